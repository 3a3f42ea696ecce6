"""The ONE theme module: normal and high-contrast projector themes plus a global text size.

Everything that draws reads :func:`current` (a frozen :class:`Theme`) and listens to
``theme_notifier().changed`` to repaint: board items ask for ``outline_width``,
``selection_width``, ``font_scale``…; windows get the palette, font and focus style from
:func:`apply_theme`. Connect a *bound method of a QObject* (``notifier.changed.connect(self.update)``),
never a lambda: the notifier lives as long as the app and a lambda would outlive its widget.

The projector theme is built for a washed-out beamer in a lit room: near-black text on white,
saturated dark accents (a projector lifts blacks and desaturates pastels), thick outlines, and
a focus ring that is visible from the back of the room.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette

NORMAL = "normal"
PROJECTOR = "projector"
#: Text-size choices in percent of the platform default (stored in settings).
TEXT_SIZES = (90, 100, 125, 150, 200)


@dataclass(frozen=True)
class Theme:
    name: str
    font_scale: float  # multiplies every font (UI and board text); includes the text size
    outline_width: float  # note/zone outlines on the board, in scene units at zoom 1
    selection_width: float
    focus_width: int  # keyboard-focus ring around widgets, in pixels
    window: str
    base: str
    text: str
    muted_text: str
    accent: str  # selection, highlight, focus ring
    accent_text: str
    board_background: str
    note_outline: str
    danger: str

    def color(self, role: str) -> QColor:
        return QColor(getattr(self, role))

    def font_points(self, base_points: float) -> float:
        return base_points * self.font_scale


THEMES: dict[str, Theme] = {
    NORMAL: Theme(
        name=NORMAL,
        font_scale=1.0,
        outline_width=1.0,
        selection_width=2.0,
        focus_width=2,
        window="#F3F4F6",
        base="#FFFFFF",
        text="#1F2328",
        muted_text="#57606A",
        accent="#0B63C5",
        accent_text="#FFFFFF",
        board_background="#FAFAF7",
        note_outline="#8C959F",
        danger="#B42318",
    ),
    PROJECTOR: Theme(
        name=PROJECTOR,
        font_scale=1.35,
        outline_width=3.0,
        selection_width=5.0,
        focus_width=4,
        window="#FFFFFF",
        base="#FFFFFF",
        text="#000000",
        muted_text="#1F2328",
        accent="#0033A0",  # dark saturated blue keeps contrast when the beamer washes colors
        accent_text="#FFFFFF",
        board_background="#FFFFFF",
        note_outline="#000000",
        danger="#A00000",
    ),
}


class ThemeNotifier(QObject):
    """``changed(theme)`` after :func:`apply_theme`; board items and previews repaint on it."""

    changed = Signal(object)


_state: dict[str, Any] = {"theme": THEMES[NORMAL], "notifier": None, "base_points": None}


def theme_notifier() -> ThemeNotifier:
    if _state["notifier"] is None:
        _state["notifier"] = ThemeNotifier()
    return _state["notifier"]


def current() -> Theme:
    return _state["theme"]


def make_theme(name: str, text_size: int = 100) -> Theme:
    """The named theme (unknown names → normal) scaled by the text size in percent."""
    base = THEMES.get(name, THEMES[NORMAL])
    size = min(max(int(text_size), TEXT_SIZES[0]), TEXT_SIZES[-1])
    return replace(base, font_scale=round(base.font_scale * size / 100, 3))


def apply_theme(name: str, text_size: int = 100) -> Theme:
    """Make ``name`` at ``text_size`` % the application's look; returns the new theme."""
    theme = make_theme(name, text_size)
    _state["theme"] = theme
    app = QCoreApplication.instance()
    if isinstance(app, QGuiApplication):
        if _state["base_points"] is None:
            _state["base_points"] = QGuiApplication.font().pointSizeF() or 10.0
        font = QFont(QGuiApplication.font())
        font.setPointSizeF(_state["base_points"] * theme.font_scale)
        QGuiApplication.setFont(font)
        QGuiApplication.setPalette(palette(theme))
        set_style_sheet = getattr(app, "setStyleSheet", None)
        if set_style_sheet is not None:
            set_style_sheet(style_sheet(theme))
    theme_notifier().changed.emit(theme)
    return theme


def palette(theme: Theme) -> QPalette:
    pal = QPalette()
    roles = {
        QPalette.ColorRole.Window: theme.window,
        QPalette.ColorRole.Base: theme.base,
        QPalette.ColorRole.AlternateBase: theme.window,
        QPalette.ColorRole.Button: theme.window,
        QPalette.ColorRole.Text: theme.text,
        QPalette.ColorRole.WindowText: theme.text,
        QPalette.ColorRole.ButtonText: theme.text,
        QPalette.ColorRole.ToolTipBase: theme.base,
        QPalette.ColorRole.ToolTipText: theme.text,
        QPalette.ColorRole.PlaceholderText: theme.muted_text,
        QPalette.ColorRole.Highlight: theme.accent,
        QPalette.ColorRole.HighlightedText: theme.accent_text,
        QPalette.ColorRole.Link: theme.accent,
    }
    for role, value in roles.items():
        pal.setColor(role, QColor(value))
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor(theme.muted_text))
    pal.setColor(
        QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor(theme.muted_text)
    )
    return pal


def style_sheet(theme: Theme) -> str:
    """Only what the palette cannot say: a focus ring that is always visible."""
    ring = f"{theme.focus_width}px solid {theme.accent}"
    return (
        f"QPushButton:focus, QToolButton:focus, QCheckBox:focus, QRadioButton:focus {{"
        f" outline: none; border: {ring}; border-radius: 4px; }}\n"
        f"QLineEdit:focus, QTextEdit:focus, QPlainTextEdit:focus, QComboBox:focus,"
        f" QSpinBox:focus, QAbstractItemView:focus, QGraphicsView:focus {{ border: {ring}; }}\n"
    )
