"""A date that can be typed in the locale's format (17/03/2026 in Spanish), picked from a
calendar that opens at the date or today, or left empty ("no date").

Replaces ``QDateEdit``, whose "no date" special text swallows typing and whose calendar
opened at its minimum (January 2000). ``iso()`` is what the services take: ``None`` when
empty, ``YYYY-MM-DD`` when the text is a date, else the text as typed (the service then
says, in one line, that it is not a date).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from reslab_desktop.ui.i18n import current_language

ISO = "yyyy-MM-dd"
#: Typed forms accepted besides the locale's own (day first in Spanish, month first in English).
_FORMATS = {"es": ("dd/MM/yyyy", "d/M/yyyy", "d/M/yy", "d-M-yyyy", "d.M.yyyy"),
            "en": ("MM/dd/yyyy", "M/d/yyyy", "M/d/yy")}


def display_format(language: str | None = None) -> str:
    return _FORMATS.get(language or current_language(), _FORMATS["en"])[0]


def parse_date(text: str, language: str | None = None) -> QDate | None:
    """A typed date in the locale's format (or ISO), or ``None`` when it is not one."""
    text = text.strip()
    for fmt in (*_FORMATS.get(language or current_language(), _FORMATS["en"]), ISO):
        found = QDate.fromString(text, fmt)
        if found.isValid():
            if "yy" in fmt and "yyyy" not in fmt:
                found = found.addYears(100) if found.year() < 2000 else found
            return found
    return None


def format_iso(iso: str | None, language: str | None = None) -> str:
    """``2026-03-17`` → ``17/03/2026`` (tables and forms); other text passes through."""
    if not iso:
        return ""
    found = QDate.fromString(iso, ISO)
    return found.toString(display_format(language)) if found.isValid() else iso


class DateField(QWidget):
    """A line to type a date in and a button with a calendar."""

    def __init__(self, iso: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line = QLineEdit(self)
        self.line.setObjectName("dateText")
        self.button = QToolButton(self)
        self.button.setObjectName("dateCalendar")
        self.button.setText("▾")  # in the bundled fonts (an emoji calendar is not)
        self.button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0; }")
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar = QCalendarWidget(self)
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        menu = QMenu(self.button)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(self.calendar)
        menu.addAction(holder)
        menu.aboutToShow.connect(self._open_calendar)
        self.button.setMenu(menu)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.line, 1)
        row.addWidget(self.button)
        self.setFocusProxy(self.line)
        self._retranslate()
        self.set_iso(iso)

    # -- value ----------------------------------------------------------------------------------
    def iso(self) -> str | None:
        text = self.line.text().strip()
        if not text:
            return None
        found = parse_date(text)
        return found.toString(ISO) if found is not None else text

    def set_iso(self, iso: str | None) -> None:
        self.line.setText(format_iso(iso))

    def date(self) -> QDate | None:
        return parse_date(self.line.text())

    def setDate(self, value: QDate) -> None:  # noqa: N802 - QDateEdit's name, for callers of one
        self.set_iso(value.toString(ISO))

    def text(self) -> str:
        """What the field shows: the date, or its placeholder ("no date") when empty."""
        return self.line.text() or self.line.placeholderText().split(" (")[0]

    def is_valid(self) -> bool:
        return not self.line.text().strip() or self.date() is not None

    # -- calendar -------------------------------------------------------------------------------
    def _open_calendar(self) -> None:
        start = self.date() or QDate.currentDate()
        self.calendar.setSelectedDate(start)
        self.calendar.setCurrentPage(start.year(), start.month())
        self.calendar.setLocale(QLocale())

    def _picked(self, value: QDate) -> None:
        self.setDate(value)
        self.button.menu().hide()
        self.line.setFocus()

    def _retranslate(self) -> None:
        example = QDate(date.today().year, 3, 17).toString(display_format())
        self.line.setPlaceholderText(self.tr("no date") + f" ({example})")
        self.line.setToolTip(self.tr("Type the date like %1, pick it from the calendar, or leave it empty")
                             .replace("%1", example))
        self.button.setAccessibleName(self.tr("Choose the date in a calendar"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            iso = self.iso()
            self._retranslate()
            self.set_iso(iso)  # the typed date in the new language's order
        super().changeEvent(event)

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 - Qt's name
        super().setAccessibleName(name)
        self.line.setAccessibleName(name)


