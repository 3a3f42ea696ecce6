"""``named(QPushButton("…"), "saveButton")``: a widget with its object name (tests find it by
that name), typed as the widget (PySide6's stubs refuse ``objectName=`` in constructors)."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject

W = TypeVar("W", bound=QObject)


def named(widget: W, name: str) -> W:
    widget.setObjectName(name)
    return widget
