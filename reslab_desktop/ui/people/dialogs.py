"""Add/edit dialogs for an organization and a participant."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from reslab_desktop.model.vocab import ROLES, SECTORS, role_name, sector_name
from reslab_desktop.rules.text import NAME_MAX
from reslab_desktop.services.records import OrganizationRecord


class _NameDialog(QDialog):
    """A name field (required) plus whatever the subclass adds; OK is off while the name is empty."""

    def __init__(self, title: str, name: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.name_edit = QLineEdit(name, self)
        self.name_edit.setObjectName("nameEdit")
        self.name_edit.setAccessibleName(QCoreApplication.translate("PeopleDialogs", "Name"))
        self.name_edit.setMaxLength(NAME_MAX)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, parent=self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout(self)
        self.form.addRow(QCoreApplication.translate("PeopleDialogs", "&Name:"), self.name_edit)
        self.name_edit.textChanged.connect(self._update_ok)
        self._update_ok()
        self.setMinimumWidth(440)

    def finish(self) -> None:
        """Buttons last, and Tab walks the fields in the order they are shown (the buttons were
        made first, so Qt's default order jumped from the name to OK, skipping the combo boxes)."""
        self.form.addRow(self.buttons)
        items = [self.form.itemAt(row, QFormLayout.ItemRole.FieldRole) for row in range(self.form.rowCount())]
        fields = [item.widget() for item in items if item is not None]
        chain = [w for w in fields if w is not None and w is not self.buttons]
        for w in chain:
            w.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # combo boxes too (macOS leaves them out)
        chain += [self.buttons.button(b) for b in (QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel)]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.name_edit.setFocus()

    def name(self) -> str:
        return self.name_edit.text().strip()

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.name()))


class OrganizationDialog(_NameDialog):
    def __init__(self, language: str, name: str = "", sector: str = "civil_society",
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Organization"), name, parent)
        self.sector_box = QComboBox(self)
        self.sector_box.setObjectName("sectorBox")
        self.sector_box.setAccessibleName(self.tr("Sector"))
        for key in SECTORS:
            self.sector_box.addItem(sector_name(key, language), key)
        self.sector_box.setCurrentIndex(SECTORS.index(sector))
        self.form.addRow(self.tr("&Sector:"), self.sector_box)
        self.finish()

    def sector(self) -> str:
        return self.sector_box.currentData()


class ParticipantDialog(_NameDialog):
    def __init__(self, language: str, organizations: Sequence[OrganizationRecord], name: str = "",
                 organization_id: str | None = None, role: str = "participant",
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Participant"), name, parent)
        self.org_box = QComboBox(self)
        self.org_box.setObjectName("organizationBox")
        self.org_box.setAccessibleName(self.tr("Organization"))
        self.org_box.addItem(self.tr("(no organization)"), None)
        for org in organizations:
            self.org_box.addItem(org.name, org.id)
        self.org_box.setCurrentIndex(max(self.org_box.findData(organization_id), 0))
        self.role_box = QComboBox(self)
        self.role_box.setObjectName("roleBox")
        self.role_box.setAccessibleName(self.tr("Role"))
        for key in ROLES:
            self.role_box.addItem(role_name(key, language), key)
        self.role_box.setCurrentIndex(ROLES.index(role))
        self.form.addRow(self.tr("&Organization:"), self.org_box)
        self.form.addRow(self.tr("&Role:"), self.role_box)
        self.finish()

    def organization_id(self) -> str | None:
        return self.org_box.currentData()

    def role(self) -> str:
        return self.role_box.currentData()
