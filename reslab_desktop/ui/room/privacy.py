"""How a painter knows it draws for the audience (projector) rather than for the facilitator.

Board items receive the viewport widget in ``paint(painter, option, widget)``; the audience
mirror marks its viewport, so an item can skip facilitator-only decorations there::

    if is_audience_widget(widget):
        return  # e.g. a private facilitator note, selection handles
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

AUDIENCE_PROPERTY = "reslab_audience"


def mark_audience(widget: QWidget) -> None:
    widget.setProperty(AUDIENCE_PROPERTY, True)


def is_audience_widget(widget: QWidget | None) -> bool:
    """True when ``widget`` or one of its ancestors is shown to the audience."""
    while widget is not None:
        if widget.property(AUDIENCE_PROPERTY):
            return True
        widget = widget.parentWidget()
    return False
