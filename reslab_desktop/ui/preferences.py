"""Preferences dialog GENERATED from the declared settings (``ui/settings.py`` SETTINGS).

A setting appears when it declares a ``group`` (the section title); its editor follows from
its declaration: ``bool`` → check box; ``choices`` (or ``choices_from``, a callable giving
``(value, label)`` pairs, for things like the screens plugged in now) → combo box labelled by
``choice_labels``; ``int`` → spin box within ``minimum``/``maximum``; ``str`` → line edit.
Nothing here is laid out per setting.

:func:`apply_appearance` turns the stored language/theme/text size into the running look; the
app calls it at start and this dialog after OK.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from reslab_desktop.ui import settings as settings_module
from reslab_desktop.ui.i18n import Retranslatable, set_language
from reslab_desktop.ui.settings import Setting, Settings
from reslab_desktop.ui.theme import apply_theme


def apply_appearance() -> None:
    """Language, theme and text size from settings → translators, palette, fonts."""
    values = Settings()
    set_language(str(values.get("ui/language") or "system"))
    apply_theme(str(values.get("ui/theme")), _text_size(values.get("ui/text_size")))


def _text_size(value: Any) -> int:
    try:
        size = int(value)
    except (TypeError, ValueError):
        return 100
    return size if size >= 50 else 100  # 0 / legacy point sizes mean "default"


def visible_settings() -> list[Setting]:
    return [s for s in settings_module.SETTINGS if getattr(s, "group", "")]


def _translate(text: str) -> str:
    return QCoreApplication.translate("Settings", text)


class Editor:
    """One generated editor: the widget plus how to read and write its value."""

    def __init__(self, setting: Setting, widget: QWidget, get: Callable[[], Any], put: Callable[[Any], None]) -> None:
        self.setting, self.widget, self.get, self.put = setting, widget, get, put


def make_editor(setting: Setting, parent: QWidget) -> Editor:
    name = f"pref.{setting.key}"
    choices_from = getattr(setting, "choices_from", None)
    if setting.type is bool:
        box = QCheckBox(parent)
        return Editor(setting, box, box.isChecked, lambda v: box.setChecked(bool(v)))
    if setting.choices or choices_from:
        combo = QComboBox(parent)

        def fill() -> None:
            combo.clear()
            for value, label in choice_pairs(setting):
                combo.addItem(label, value)

        fill()

        def put(value: Any) -> None:
            index = combo.findData(value)
            if index < 0 and choices_from:  # e.g. a remembered screen that is unplugged now
                combo.addItem(str(value), value)
                index = combo.count() - 1
            combo.setCurrentIndex(max(0, index))

        combo.setObjectName(name)
        return Editor(setting, combo, combo.currentData, put)
    if setting.type is int:
        spin = QSpinBox(parent)
        spin.setRange(getattr(setting, "minimum", 0), getattr(setting, "maximum", 10_000))
        spin.setObjectName(name)
        return Editor(setting, spin, spin.value, lambda v: spin.setValue(int(v)))
    line = QLineEdit(parent)
    line.setObjectName(name)
    return Editor(setting, line, line.text, lambda v: line.setText(str(v)))


def choice_pairs(setting: Setting) -> list[tuple[Any, str]]:
    choices_from = getattr(setting, "choices_from", None)
    if choices_from:
        return list(choices_from())
    labels = getattr(setting, "choice_labels", ()) or ()
    pairs = []
    for i, value in enumerate(setting.choices):
        label = labels[i] if i < len(labels) else str(value)
        pairs.append((value, _translate(label)))
    return pairs


class PreferencesDialog(Retranslatable, QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferences")
        self.settings = Settings()
        layout = QVBoxLayout(self)
        self.groups: dict[str, QGroupBox] = {}
        self.forms: dict[str, QFormLayout] = {}
        self.editors: dict[str, Editor] = {}
        for setting in visible_settings():
            group = setting.group  # type: ignore[attr-defined]
            if group not in self.groups:
                box = QGroupBox(self)
                self.groups[group] = box
                self.forms[group] = QFormLayout(box)
                layout.addWidget(box)
            editor = make_editor(setting, self.groups[group])
            editor.put(self.settings.get(setting.key))
            self.forms[group].addRow(setting.label_text(), editor.widget)
            self.editors[setting.key] = editor
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults,
            self,
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(self.restore_defaults)
        layout.addWidget(self.buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Preferences"))
        for group, box in self.groups.items():
            box.setTitle(_translate(group))
        for key, editor in self.editors.items():
            form = self.forms[editor.setting.group]  # type: ignore[attr-defined]
            label = form.labelForField(editor.widget)
            text = editor.setting.label_text()
            if label is not None:
                label.setText(text)  # type: ignore[attr-defined]
            editor.widget.setAccessibleName(text)
            if isinstance(editor.widget, QComboBox) and not getattr(editor.setting, "choices_from", None):
                value = editor.get()
                for i, (_, label_text) in enumerate(choice_pairs(editor.setting)):
                    editor.widget.setItemText(i, label_text)
                editor.put(value)
            del key

    def values(self) -> dict[str, Any]:
        return {key: editor.get() for key, editor in self.editors.items()}

    def restore_defaults(self) -> None:
        for editor in self.editors.values():
            editor.put(editor.setting.default)

    def accept(self) -> None:
        for key, value in self.values().items():
            self.settings.set(key, value)
        super().accept()
        apply_appearance()
