"""Ask for a new board's template and title (the templates of the selected phase come first)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from reslab_desktop.rules.templates import load_templates
from reslab_desktop.rules.text import NAME_MAX

KEY = Qt.ItemDataRole.UserRole


class NewBoardDialog(QDialog):
    def __init__(self, phase: int, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New Board"))
        self.language = language
        self.templates = QListWidget(self)
        self.templates.setObjectName("templateList")
        self.templates.setAccessibleName(self.tr("Template"))
        self.description = QLabel(self)
        self.description.setWordWrap(True)
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("boardTitle")
        self.title_edit.setAccessibleName(self.tr("Board title"))
        self.title_edit.setMaxLength(NAME_MAX)

        blank = QListWidgetItem(self.tr("Blank board"))
        blank.setData(KEY, None)
        self.templates.addItem(blank)
        # This phase's templates first, then the others (any template works in any phase).
        ordered = sorted(load_templates(), key=lambda t: t.phase != phase)
        for template in ordered:
            item = QListWidgetItem(f"{template.phase} · {template.title_in(language)}")
            item.setData(KEY, template.key)
            item.setToolTip(template.description_in(language))
            self.templates.addItem(item)
        self._titles = {t.key: t.title_in(language) for t in ordered}
        self._descriptions = {t.key: t.description_in(language) for t in ordered}

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, parent=self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create Board"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)

        form = QFormLayout(self)
        form.addRow(self.tr("&Template:"), self.templates)
        form.addRow("", self.description)
        form.addRow(self.tr("T&itle:"), self.title_edit)
        form.addRow(buttons)
        for row, buddy in ((0, self.templates), (2, self.title_edit)):
            cell = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = cell.widget() if cell is not None else None
            if isinstance(label, QLabel):
                label.setBuddy(buddy)

        self.templates.currentItemChanged.connect(self._template_chosen)
        self.title_edit.textChanged.connect(self._update_ok)
        self.templates.setCurrentRow(1 if self.templates.count() > 1 and ordered[0].phase == phase else 0)
        self.resize(520, 460)

    def template_key(self) -> str | None:
        item = self.templates.currentItem()
        return item.data(KEY) if item is not None else None

    def title(self) -> str:
        return self.title_edit.text().strip()

    def _template_chosen(self, current: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        old_default = self._titles.get(previous.data(KEY) or "", "") if previous is not None else ""
        key = (current.data(KEY) if current is not None else None) or ""
        if not self.title_edit.text() or self.title_edit.text() == old_default:
            self.title_edit.setText(self._titles.get(key, ""))
        self.description.setText(self._descriptions.get(key, self.tr("An empty board without zones.")))

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.title()))
