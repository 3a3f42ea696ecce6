"""Generated preferences, themes and the generated shortcuts sheet."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QSpinBox

from reslab_desktop.ui import settings as settings_module
from reslab_desktop.ui import theme
from reslab_desktop.ui.preferences import PreferencesDialog, apply_appearance, visible_settings
from reslab_desktop.ui.settings import Settings
from reslab_desktop.ui.shortcuts_sheet import ShortcutsSheet, shortcut_rows


def test_preferences_are_generated_from_the_declared_settings(app, qtbot) -> None:
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    shown = {s.key for s in visible_settings()}
    assert {"ui/language", "ui/theme", "ui/text_size", "room/audience_screen", "backups/every_minutes"} <= shown
    assert set(dialog.editors) == shown
    for setting in settings_module.SETTINGS:
        editor = dialog.editors.get(setting.key)
        if editor is None:
            assert not setting.group  # only grouped settings are shown
            continue
        expected = QCheckBox if setting.type is bool else (
            QComboBox if setting.choices or setting.choices_from else QSpinBox if setting.type is int else QLineEdit)
        assert isinstance(editor.widget, expected), setting.key
        assert editor.widget.accessibleName() == setting.label_text()


def test_choosing_the_projector_theme_applies_it(app, qtbot) -> None:
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    base_points = QGuiApplication.font().pointSizeF()
    combo = dialog.editors["ui/theme"].widget
    combo.setCurrentIndex(combo.findData("projector"))
    sizes = dialog.editors["ui/text_size"].widget
    sizes.setCurrentIndex(sizes.findData(125))
    try:
        dialog.accept()
        assert Settings().get("ui/theme") == "projector" and Settings().get("ui/text_size") == 125
        current = theme.current()
        assert current.name == "projector" and current.font_scale > 1.5 and current.outline_width >= 3
        assert QGuiApplication.font().pointSizeF() > base_points * 1.5
        assert QGuiApplication.palette().color(QPalette.ColorRole.Text).name() == "#000000"
    finally:
        Settings().reset("ui/theme")
        Settings().reset("ui/text_size")
        apply_appearance()
    assert theme.current().name == "normal"
    assert abs(QGuiApplication.font().pointSizeF() - base_points) < 0.01


def test_backup_interval_preference_reaches_the_schedule(open_window, demo_copy, qtbot) -> None:
    Settings().set("backups/every_minutes", 3)
    window = open_window(demo_copy)
    from reslab_desktop.ui import backups_ui

    schedule = window.features.require(backups_ui.BACKUPS)
    assert schedule.every.total_seconds() == 180
    Settings().reset("backups/every_minutes")


def test_restore_defaults(app, qtbot) -> None:
    Settings().set("ui/theme", "projector")
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    assert dialog.values()["ui/theme"] == "projector"
    dialog.restore_defaults()
    assert dialog.values()["ui/theme"] == "normal"
    Settings().reset("ui/theme")


def test_projector_theme_action_follows_the_theme(open_window, demo_copy, qtbot) -> None:
    window = open_window(demo_copy)
    action = window.actions_by_id["view.projector_theme"]
    try:
        action.trigger()
        assert theme.current().name == "projector" and action.isChecked()
        action.trigger()
        assert theme.current().name == "normal" and not action.isChecked()
    finally:
        Settings().reset("ui/theme")
        apply_appearance()


def test_shortcuts_sheet_lists_the_action_table(open_window, demo_copy, qtbot) -> None:
    rows = shortcut_rows()
    by_text = {row.text: row.keys for row in rows}
    assert by_text["Presentation Mode"] == "F5"
    assert "F1" in by_text["Keyboard Shortcuts"]
    assert by_text["Leave presentation mode"] == "Esc"
    window = open_window(demo_copy)
    window.actions_by_id["help.shortcuts"].trigger()
    sheet = window.findChild(ShortcutsSheet)
    assert sheet is not None and sheet.isVisible()
    total = sum(sheet.tree.topLevelItem(i).childCount() for i in range(sheet.tree.topLevelItemCount()))
    assert total == len(rows)
    sheet.filter.setText("timer")
    visible = [sheet.tree.topLevelItem(i).child(j).text(0)
               for i in range(sheet.tree.topLevelItemCount())
               for j in range(sheet.tree.topLevelItem(i).childCount())
               if not sheet.tree.topLevelItem(i).child(j).isHidden()]
    assert visible and all("timer" in text.lower() for text in visible)
