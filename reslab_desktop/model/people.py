"""The workshop itself and the people in it: organizations, participants, sessions."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from reslab_desktop.model.base import Base


class Workshop(Base):
    """The single row describing the lab held in this file (``id`` is always 1)."""

    __tablename__ = "workshop"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    learning_community: Mapped[str] = mapped_column(Text, default="")
    place: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str] = mapped_column(String(2), default="es")
    starts_on: Mapped[str | None] = mapped_column(String(10))
    ends_on: Mapped[str | None] = mapped_column(String(10))
    # JSON list of names: facilitators are people named on the cover, not roster rows.
    facilitators: Mapped[str] = mapped_column(Text, default="[]")


class Organization(Base):
    __tablename__ = "organizations"

    id: Mapped[str] = mapped_column(Text, primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    sector: Mapped[str] = mapped_column(Text)


class Participant(Base):
    __tablename__ = "participants"

    id: Mapped[str] = mapped_column(Text, primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    organization_id: Mapped[str | None] = mapped_column(
        ForeignKey("organizations.id", ondelete="SET NULL")
    )
    role: Mapped[str] = mapped_column(Text, default="participant")


class WorkSession(Base):
    """A meeting of the Learning Community (named to avoid clashing with SQLAlchemy's Session)."""

    __tablename__ = "sessions"

    id: Mapped[str] = mapped_column(Text, primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text, default="")
    date: Mapped[str | None] = mapped_column(String(10))
    place: Mapped[str] = mapped_column(Text, default="")


class Attendance(Base):
    __tablename__ = "attendance"

    session_id: Mapped[str] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), primary_key=True
    )
    participant_id: Mapped[str] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), primary_key=True
    )
    #: how the participant was checked in: "window" (in the app), "phone" (their own), "import" (v4)
    source: Mapped[str] = mapped_column(Text, default="window")
    checked_in_at: Mapped[str | None] = mapped_column(Text)
