"""Boards of a phase and what is on them: zones, notes, links between notes, images."""

from __future__ import annotations

from sqlalchemy import Float, ForeignKey, Integer, LargeBinary, Text
from sqlalchemy.orm import Mapped, mapped_column

from reslab_desktop.model.base import Base


class Board(Base):
    __tablename__ = "boards"

    id: Mapped[str] = mapped_column(Text, primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)
    phase: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text)
    template: Mapped[str | None] = mapped_column(Text)


class Zone(Base):
    """A titled region of a board; notes dropped in it belong to it (stored, not recomputed)."""

    __tablename__ = "zones"

    id: Mapped[str] = mapped_column(Text, primary_key=True)
    board_id: Mapped[str] = mapped_column(ForeignKey("boards.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text, default="")
    x: Mapped[float] = mapped_column(Float)
    y: Mapped[float] = mapped_column(Float)
    w: Mapped[float] = mapped_column(Float)
    h: Mapped[float] = mapped_column(Float)
    color: Mapped[str] = mapped_column(Text)
    shape: Mapped[str] = mapped_column(Text, default="rect")
    prompt: Mapped[str] = mapped_column(Text, default="")


class Note(Base):
    """A sticky note. ``seq`` is its stacking order on the board (and its order in exports)."""

    __tablename__ = "notes"

    id: Mapped[str] = mapped_column(Text, primary_key=True)
    board_id: Mapped[str] = mapped_column(ForeignKey("boards.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text, default="")
    color: Mapped[str] = mapped_column(Text)
    x: Mapped[float] = mapped_column(Float)
    y: Mapped[float] = mapped_column(Float)
    w: Mapped[float] = mapped_column(Float)
    h: Mapped[float] = mapped_column(Float)
    zone_id: Mapped[str | None] = mapped_column(ForeignKey("zones.id", ondelete="SET NULL"))
    author_id: Mapped[str | None] = mapped_column(
        ForeignKey("participants.id", ondelete="SET NULL")
    )
    # The note this one was copied from when a vote promoted it to the next phase (v2).
    source_note_id: Mapped[str | None] = mapped_column(ForeignKey("notes.id", ondelete="SET NULL"))
    source_round_id: Mapped[str | None] = mapped_column(ForeignKey("vote_rounds.id", ondelete="SET NULL"))
    #: where the note came from: "window" (typed in the app), "phone", "import" (v4)
    origin: Mapped[str] = mapped_column(Text, default="window")


class PhoneNote(Base):
    """A note as a phone sent it, and what the facilitator made of it (v4).

    ``status``: ``pending`` (waiting in the console's queue), ``placed`` (``note_id`` is the
    board note made from it, perhaps edited or merged with others) or ``rejected``.
    ``author_id`` is NULL on an anonymous board; ``client_key`` finds a phone's retry again.
    """

    __tablename__ = "phone_notes"

    id: Mapped[str] = mapped_column(Text, primary_key=True)
    board_id: Mapped[str] = mapped_column(ForeignKey("boards.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer)
    client_key: Mapped[str] = mapped_column(Text, unique=True)
    text: Mapped[str] = mapped_column(Text)
    zone_id: Mapped[str | None] = mapped_column(ForeignKey("zones.id", ondelete="SET NULL"))
    author_id: Mapped[str | None] = mapped_column(ForeignKey("participants.id", ondelete="SET NULL"))
    status: Mapped[str] = mapped_column(Text, default="pending")
    note_id: Mapped[str | None] = mapped_column(ForeignKey("notes.id", ondelete="SET NULL"))
    received_at: Mapped[str] = mapped_column(Text)


class Link(Base):
    """An arrow from one note to another on the same board."""

    __tablename__ = "links"

    id: Mapped[str] = mapped_column(Text, primary_key=True)
    board_id: Mapped[str] = mapped_column(ForeignKey("boards.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer)
    from_note_id: Mapped[str] = mapped_column(ForeignKey("notes.id", ondelete="CASCADE"))
    to_note_id: Mapped[str] = mapped_column(ForeignKey("notes.id", ondelete="CASCADE"))
    label: Mapped[str] = mapped_column(Text, default="")


class Image(Base):
    """A photo placed on a board (e.g. a paper flip chart), stored inside the file."""

    __tablename__ = "images"

    id: Mapped[str] = mapped_column(Text, primary_key=True)
    board_id: Mapped[str] = mapped_column(ForeignKey("boards.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer)
    x: Mapped[float] = mapped_column(Float)
    y: Mapped[float] = mapped_column(Float)
    w: Mapped[float] = mapped_column(Float)
    h: Mapped[float] = mapped_column(Float)
    mime: Mapped[str] = mapped_column(Text)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    caption: Mapped[str] = mapped_column(Text, default="")
