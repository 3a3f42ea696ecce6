"""The Resiliency Lab method: phases, initiatives, resources, action plans, decisions, learning.

Tables are created by ``storage/schema_v3_lab.py``; these classes must match it exactly.
"""

from __future__ import annotations

from sqlalchemy import Boolean, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from reslab_desktop.model.base import Base


class PhaseStatus(Base):
    """The facilitator's mark for a phase; a phase without a row has not started."""

    __tablename__ = "phase_status"

    phase: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    status: Mapped[str] = mapped_column(Text)


class Initiative(Base):
    """A collaborative initiative the community pursues (a network, an online toolkit…)."""

    __tablename__ = "initiatives"

    id: Mapped[str] = mapped_column(Text, primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text, default="")
    lead_organization_id: Mapped[str | None] = mapped_column(
        ForeignKey("organizations.id", ondelete="SET NULL")
    )


class InitiativeMember(Base):
    __tablename__ = "initiative_members"

    initiative_id: Mapped[str] = mapped_column(
        ForeignKey("initiatives.id", ondelete="CASCADE"), primary_key=True
    )
    organization_id: Mapped[str] = mapped_column(
        ForeignKey("organizations.id", ondelete="CASCADE"), primary_key=True
    )


class Iteration(Base):
    """A numbered cycle of steps 4–6 (prototype, test, evaluate) of one initiative."""

    __tablename__ = "iterations"

    id: Mapped[str] = mapped_column(Text, primary_key=True)
    initiative_id: Mapped[str] = mapped_column(ForeignKey("initiatives.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    started_on: Mapped[str | None] = mapped_column(String(10))
    focus: Mapped[str] = mapped_column(Text, default="")


class IterationBoard(Base):
    """Which iteration a phase 4–6 board belongs to."""

    __tablename__ = "iteration_boards"

    board_id: Mapped[str] = mapped_column(ForeignKey("boards.id", ondelete="CASCADE"), primary_key=True)
    iteration_id: Mapped[str] = mapped_column(ForeignKey("iterations.id", ondelete="CASCADE"))


class Pledge(Base):
    """What an organization offers an initiative: expertise or time (hours/days) or funding."""

    __tablename__ = "pledges"

    id: Mapped[str] = mapped_column(Text, primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)
    organization_id: Mapped[str] = mapped_column(ForeignKey("organizations.id", ondelete="CASCADE"))
    initiative_id: Mapped[str] = mapped_column(ForeignKey("initiatives.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text, default="")
    quantity: Mapped[float] = mapped_column(Float)
    unit: Mapped[str] = mapped_column(Text)
    confirmed: Mapped[bool] = mapped_column(Boolean, default=False)


class Need(Base):
    """What an initiative needs, in the same kinds and units as pledges."""

    __tablename__ = "needs"

    id: Mapped[str] = mapped_column(Text, primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)
    initiative_id: Mapped[str] = mapped_column(ForeignKey("initiatives.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text, default="")
    quantity: Mapped[float] = mapped_column(Float)
    unit: Mapped[str] = mapped_column(Text)


class ActionItem(Base):
    """One line of an initiative's action plan (timeline, governance, objectives, communication)."""

    __tablename__ = "action_items"

    id: Mapped[str] = mapped_column(Text, primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)
    initiative_id: Mapped[str] = mapped_column(ForeignKey("initiatives.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    date: Mapped[str | None] = mapped_column(String(10))
    responsible_organization_id: Mapped[str | None] = mapped_column(
        ForeignKey("organizations.id", ondelete="SET NULL")
    )
    indicator: Mapped[str] = mapped_column(Text, default="")
    audience: Mapped[str] = mapped_column(Text, default="")
    channel: Mapped[str] = mapped_column(Text, default="")
    done: Mapped[bool] = mapped_column(Boolean, default=False)


class Decision(Base):
    """A key decision and who made it: the facilitating team, shared, or local organizations."""

    __tablename__ = "decisions"

    id: Mapped[str] = mapped_column(Text, primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)
    phase: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    date: Mapped[str | None] = mapped_column(String(10))
    decided_by: Mapped[str] = mapped_column(Text)
    initiative_id: Mapped[str | None] = mapped_column(ForeignKey("initiatives.id", ondelete="SET NULL"))
    session_id: Mapped[str | None] = mapped_column(ForeignKey("sessions.id", ondelete="SET NULL"))
    # What the app recorded it from (a closed vote round, promoted notes…); no FK on purpose:
    # the source may be of several kinds, and the decision outlives it.
    source_kind: Mapped[str | None] = mapped_column(Text)
    source_id: Mapped[str | None] = mapped_column(Text)


class DecisionOrganization(Base):
    __tablename__ = "decision_organizations"

    decision_id: Mapped[str] = mapped_column(ForeignKey("decisions.id", ondelete="CASCADE"), primary_key=True)
    organization_id: Mapped[str] = mapped_column(
        ForeignKey("organizations.id", ondelete="CASCADE"), primary_key=True
    )


class LearningEntry(Base):
    """CLA: what was tried, what happened, what we learned, what we adapt."""

    __tablename__ = "learning_entries"

    id: Mapped[str] = mapped_column(Text, primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)
    initiative_id: Mapped[str | None] = mapped_column(ForeignKey("initiatives.id", ondelete="SET NULL"))
    iteration_id: Mapped[str | None] = mapped_column(ForeignKey("iterations.id", ondelete="SET NULL"))
    date: Mapped[str | None] = mapped_column(String(10))
    tried: Mapped[str] = mapped_column(Text, default="")
    happened: Mapped[str] = mapped_column(Text, default="")
    learned: Mapped[str] = mapped_column(Text, default="")
    adapt: Mapped[str] = mapped_column(Text, default="")
    decision_id: Mapped[str | None] = mapped_column(ForeignKey("decisions.id", ondelete="SET NULL"))


class AgendaItem(Base):
    """One point of a session's agenda: a phase, optionally one of its boards."""

    __tablename__ = "agenda_items"

    id: Mapped[str] = mapped_column(Text, primary_key=True)
    session_id: Mapped[str] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer)
    phase: Mapped[int] = mapped_column(Integer)
    board_id: Mapped[str | None] = mapped_column(ForeignKey("boards.id", ondelete="SET NULL"))
    title: Mapped[str] = mapped_column(Text, default="")
