"""Pieces every Lab view shares: an undoable service call, a record table, a small form dialog.

Views declare columns and form fields; the changes themselves always go through a service,
run as one step of the window's undo history (undo applies the exact inverse of what it
wrote). Views refresh when the store announces a change to one of their entities.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QResizeEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from reslab_desktop.errors import ReslabError
from reslab_desktop.model.lab_vocab import name as vocab_name
from reslab_desktop.services.snapshot import Snapshot
from reslab_desktop.storage import ChangeSet, Store
from reslab_desktop.ui import commands, dialogs
from reslab_desktop.ui.date_field import DateField, format_iso
from reslab_desktop.ui.i18n import current_language
from reslab_desktop.ui.row_ids import ID, selected_ids
from reslab_desktop.ui.store_signals import StoreSignals


def vocab(key: str) -> str:
    """A Lab vocabulary value (phase status, resource kind, decider…) in the UI language."""
    return vocab_name(key, current_language())


def run(widget: QWidget, stack: QUndoStack, text: str, do: Callable[[], Any]) -> Any:
    """Run a service as one undo step; a ``ReslabError`` becomes a one-line dialog (then None)."""
    global _failures
    try:
        return commands.run(stack, text, do)
    except ReslabError as exc:
        _failures += 1
        dialogs.show_error(widget, exc)
        return None


_failures = 0  # refusals counted by run(): a form whose action was refused stays open


def run_remove(widget: QWidget, stack: QUndoStack, store: Store, text: str, ids: Sequence[str],
               remove: Callable[[Store, Sequence[str]], Snapshot]) -> None:
    """An undoable removal of Lab rows ``ids`` (nothing when empty)."""
    if ids:
        run(widget, stack, text, lambda: remove(store, ids))


def selected_record(table: QTableWidget, records: Iterable[Any]) -> Any:
    """The record (anything with an ``id``) of the table's first selected row, or None."""
    ids = selected_ids(table)
    return next((r for r in records if ids and r.id == ids[0]), None)


def ask_edit(widget: QWidget, stack: QUndoStack, title: str, fields: Sequence[Field], record: Any,
             update: Callable[..., Any]) -> FormDialog | None:
    """Edit ``record`` in a form; accepting runs ``update(**values)`` as one undo step."""
    if record is None:
        return None
    return ask(widget, title, fields, {f.name: getattr(record, f.name) for f in fields},
               lambda values: run(widget, stack, title, lambda: update(**values)))


def button_row(widget: QWidget, specs: Iterable[tuple[str, str, Callable[[], Any]]],
               enabled: bool = True) -> QHBoxLayout:
    """Buttons (text, object name, slot) in a left-aligned row."""
    row = QHBoxLayout()
    for text, name, slot in specs:
        button = QPushButton(text, widget)
        button.setObjectName(name)
        button.setEnabled(enabled)
        button.clicked.connect(lambda _=False, f=slot: f())
        row.addWidget(button)
    row.addStretch(1)
    return row


def watch(widget: QWidget, store: Store, entities: Iterable[type], refresh: Callable[[], None]) -> StoreSignals:
    """Call ``refresh`` after each committed action touching one of ``entities`` (mapped classes)."""
    signals = StoreSignals.of(store)
    watched = tuple(entities)

    def changed(changes: ChangeSet) -> None:
        if changes.touches(*watched):
            refresh()

    signals.follow(widget, changed)
    return signals


class LabTable(QTableWidget):
    """A table whose wrapped rows take their height again whenever its width changes."""

    def __init__(self, rows: int, columns: int, parent: QWidget | None = None) -> None:
        super().__init__(rows, columns, parent)
        self._rows_timer = QTimer(self)
        self._rows_timer.setSingleShot(True)
        self._rows_timer.setInterval(0)
        self._rows_timer.timeout.connect(self.resizeRowsToContents)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self.wordWrap() and event.size().width() != event.oldSize().width():
            self._rows_timer.start()


def make_table(parent: QWidget, name: str, headers: Sequence[str], stretch: int | Sequence[int],
               wrap: bool = True, widths: dict[int, int] | None = None) -> QTableWidget:
    """A read-only row-selecting table; ``stretch`` columns share the width, ``widths`` columns start
    at that many pixels (the facilitator may drag them), the others fit their content.
    Without ``wrap`` rows stay one line high and long cells end in "…" (the tooltip shows all)."""
    table = LabTable(0, len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(list(headers))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(wrap)
    table.setProperty("wrapRows", wrap)
    if not wrap:
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for column in (stretch,) if isinstance(stretch, int) else stretch:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    for column, width in (widths or {}).items():
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(column, width)
    table.setAlternatingRowColors(True)
    return table


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _cell_text(value: Any) -> str:
    """Dates in the locale's format (17/03/2026), everything else as text."""
    text = str(value)
    return format_iso(text) if isinstance(value, str) and _ISO_DATE.fullmatch(text) else text


def fill_table(table: QTableWidget, rows: Iterable[tuple[str, Sequence[Any]]]) -> None:
    """``rows``: (row id, cell values); keeps the selection by id."""
    selected = set(selected_ids(table))
    table.setRowCount(0)
    for rid, cells in rows:
        r = table.rowCount()
        table.insertRow(r)
        for c, value in enumerate(cells):
            item = QTableWidgetItem("" if value is None else _cell_text(value))
            item.setToolTip(item.text())
            if isinstance(value, int | float) and not isinstance(value, bool):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setData(ID, rid)
            table.setItem(r, c, item)
            if rid in selected:
                item.setSelected(True)
    if table.property("wrapRows"):
        table.resizeRowsToContents()


# -- forms -------------------------------------------------------------------------------------
@dataclass
class Field:
    """One form field. ``kind``: text, long, date, choice, number, bool, many (a checklist)."""

    name: str
    label: str
    kind: str = "text"
    choices: Sequence[tuple[Any, str]] = ()
    maximum: float = 1e12
    decimals: int = 0


class FormDialog(QDialog):
    """A form built from :class:`Field` rows; ``result_values()`` reads it back."""

    def __init__(self, parent: QWidget | None, title: str, fields: Sequence[Field],
                 values: dict[str, Any] | None = None,
                 on_accept: Callable[[dict[str, Any]], Any] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("labForm")
        self.on_accept = on_accept
        self.fields = fields
        self.editors: dict[str, QWidget] = {}
        form = QFormLayout(self)
        for f in fields:
            editor = self._editor(f, (values or {}).get(f.name))
            editor.setObjectName(f"field.{f.name}")
            self.editors[f.name] = editor
            form.addRow(f.label, editor)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _editor(self, f: Field, value: Any) -> QWidget:
        if f.kind == "long":
            w = QPlainTextEdit(self)
            w.setPlainText(value or "")
            w.setTabChangesFocus(True)
            w.setMinimumHeight(70)
            return w
        if f.kind == "date":  # typed in the locale's format, a calendar, or left empty
            return DateField(value or None, self)
        if f.kind == "choice":
            w = QComboBox(self)
            for key, label in f.choices:
                w.addItem(label, key)
            index = w.findData(value)
            w.setCurrentIndex(max(0, index))
            return w
        if f.kind == "number":
            w = QDoubleSpinBox(self)
            w.setDecimals(f.decimals)
            w.setMaximum(f.maximum)
            w.setGroupSeparatorShown(True)
            w.setValue(float(value or 0))
            return w
        if f.kind == "bool":
            w = QCheckBox(self)
            w.setChecked(bool(value))
            return w
        if f.kind == "many":
            w = QListWidget(self)
            chosen = set(value or ())
            for key, label in f.choices:
                item = QListWidgetItem(label, w)
                item.setData(ID, key)
                item.setCheckState(Qt.CheckState.Checked if key in chosen else Qt.CheckState.Unchecked)
            w.setMinimumHeight(120)
            return w
        w = QLineEdit(self)
        w.setText(value or "")
        return w

    def accept(self) -> None:
        """Run ``on_accept``; a refused value (wrong date, empty text) keeps what was typed."""
        if self.on_accept is not None:
            refused = _failures
            self.on_accept(self.result_values())
            if _failures != refused:
                return
        super().accept()

    def result_values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in self.fields:
            w = self.editors[f.name]
            if isinstance(w, QPlainTextEdit):
                out[f.name] = w.toPlainText()
            elif isinstance(w, QComboBox):
                out[f.name] = w.currentData()
            elif isinstance(w, QDoubleSpinBox):
                out[f.name] = w.value()
            elif isinstance(w, QCheckBox):
                out[f.name] = w.isChecked()
            elif isinstance(w, QListWidget):
                out[f.name] = [w.item(i).data(ID) for i in range(w.count())
                               if w.item(i).checkState() == Qt.CheckState.Checked]
            elif isinstance(w, DateField):
                out[f.name] = w.iso()
            else:
                out[f.name] = w.text()  # type: ignore[attr-defined]
        return out

    def set_value(self, name: str, value: Any) -> None:
        """For tests and scripted use: put ``value`` in a field's editor."""
        w = self.editors[name]
        if isinstance(w, QPlainTextEdit):
            w.setPlainText(value)
        elif isinstance(w, QComboBox):
            w.setCurrentIndex(w.findData(value))
        elif isinstance(w, QDoubleSpinBox):
            w.setValue(float(value))
        elif isinstance(w, QCheckBox):
            w.setChecked(bool(value))
        elif isinstance(w, DateField):
            w.set_iso(value)  # ISO shown in the locale's format; other text as it is
        elif isinstance(w, QLineEdit):
            w.setText(value)


def ask(parent: QWidget, title: str, fields: Sequence[Field], values: dict[str, Any] | None,
        accepted: Callable[[dict[str, Any]], None]) -> FormDialog:
    """Open a form window-modally (no nested event loop); ``accepted`` gets the values."""
    dialog = FormDialog(parent, title, fields, values, on_accept=accepted)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def today() -> str:
    return date.today().isoformat()
