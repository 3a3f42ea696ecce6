"""Domain objects as SQLAlchemy typed mapped classes (Qt-free)."""

from reslab_desktop.model.base import Base
from reslab_desktop.model.board import Board, Image, Link, Note, Zone
from reslab_desktop.model.people import (
    Attendance,
    Organization,
    Participant,
    WorkSession,
    Workshop,
)

__all__ = [
    "Attendance",
    "Base",
    "Board",
    "Image",
    "Link",
    "Note",
    "Organization",
    "Participant",
    "WorkSession",
    "Workshop",
    "Zone",
]
