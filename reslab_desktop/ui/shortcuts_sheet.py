"""The keyboard shortcuts sheet (F1 / "?"), generated from the action table.

Nothing here lists shortcuts by hand: the rows come from ``ui/actions.py`` ACTIONS (with their
menus) plus :data:`EXTRA_KEYS`, the few keys that are not actions (Esc on the audience screen).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reslab_desktop.ui import actions as action_table
from reslab_desktop.ui.i18n import Retranslatable
from reslab_desktop.ui.noop import QT_TRANSLATE_NOOP

#: (menu key, text, keys) for keys handled by widgets rather than actions.
EXTRA_KEYS: tuple[tuple[str, str, str], ...] = (
    ("room", QT_TRANSLATE_NOOP("Actions", "Leave presentation mode"), "Esc"),
    ("help", QT_TRANSLATE_NOOP("Actions", "Move between controls"), "Tab"),
    ("help", QT_TRANSLATE_NOOP("Actions", "Activate the focused button"), "Space"),
)


@dataclass(frozen=True)
class ShortcutRow:
    menu: str  # translated menu title without "&"
    text: str  # translated action text without "&" and "…"
    keys: str  # native text, alternatives separated by ", "


def plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def typeable(sequence: QKeySequence) -> bool:
    """Leave out the dedicated media/office keys some platforms bind (Qt::Key_Copy, Key_Open…)."""
    return not sequence.isEmpty() and all(
        sequence[i].key().value < Qt.Key.Key_Back.value  # type: ignore[index]  # QKeySequence.operator[]
        for i in range(sequence.count())
    )


def shortcut_rows() -> list[ShortcutRow]:
    """Every action with a shortcut, grouped in menu-bar order (translated, native key names)."""
    titles = {key: plain(action_table.tr(title)) for key, title in action_table.MENUS}
    order = {key: i for i, (key, _) in enumerate(action_table.MENUS)}
    rows: list[tuple[int, int, ShortcutRow]] = []
    for index, spec in enumerate(action_table.ACTIONS):
        sequences = [s for s in action_table.key_sequences(spec.shortcut) if typeable(s)]
        if not sequences:
            continue
        keys = ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences)
        menu = titles.get(spec.menu, "")
        rows.append((order.get(spec.menu, len(order)), index, ShortcutRow(menu, plain(action_table.tr(spec.text)), keys)))
    for index, (menu_key, text, keys) in enumerate(EXTRA_KEYS):
        native = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
        row = ShortcutRow(titles.get(menu_key, ""), plain(action_table.tr(text)), native)
        rows.append((order.get(menu_key, len(order)), 10_000 + index, row))
    return [row for _, _, row in sorted(rows, key=lambda r: (r[0], r[1]))]


class ShortcutsSheet(Retranslatable, QDialog):
    """A filterable two-column list: what it does, which keys."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcuts_sheet")
        self.resize(680, 680)
        layout = QVBoxLayout(self)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("shortcuts.filter")
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("shortcuts.tree")
        self.tree.setColumnCount(2)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.buttons)
        self.retranslate_ui()

    @classmethod
    def show_for(cls, parent: QWidget) -> ShortcutsSheet:
        sheet = parent.findChild(ShortcutsSheet)
        if sheet is None:
            sheet = cls(parent)
        sheet.show()
        sheet.raise_()
        sheet.filter.setFocus()
        return sheet

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.filter.setPlaceholderText(self.tr("Type to filter…"))
        self.filter.setAccessibleName(self.tr("Filter the shortcuts"))
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tree.setHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self._fill()

    def _fill(self) -> None:
        self.tree.clear()
        group: QTreeWidgetItem | None = None
        for row in shortcut_rows():
            if group is None or group.text(0) != row.menu:
                group = QTreeWidgetItem(self.tree, [row.menu, ""])
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            QTreeWidgetItem(group, [row.text, row.keys])
        self.tree.expandAll()
        self._apply_filter(self.filter.text())

    def _apply_filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            assert group is not None
            shown = 0
            for j in range(group.childCount()):
                child = group.child(j)
                assert child is not None
                hit = not needle or needle in child.text(0).casefold() or needle in child.text(1).casefold()
                child.setHidden(not hit)
                shown += hit
            group.setHidden(shown == 0)
