"""The app shell on real widgets and real workshop files: navigator, pages, undo, File menu, recent files."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from reslab_desktop.model.vocab import PHASE_NAMES
from reslab_desktop.services import boards, people
from reslab_desktop.services.workshop import get_workshop
from reslab_desktop.storage import Store
from reslab_desktop.ui.actions import ACTIONS
from reslab_desktop.ui.settings import Settings
from reslab_desktop.ui.workspace import workspace


def new_file(tmp_path: Path, name: str = "taller.reslab", title: str = "Taller de prueba") -> Path:
    path = tmp_path / name
    Store.create(path, title, "es").close()
    return path


def error_boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def close_error_boxes() -> None:
    for box in error_boxes():
        box.close()


# -- the main window on the demo ------------------------------------------------------------
def test_demo_opens_with_six_named_phases_and_switches_boards(open_window, demo_copy):
    window = open_window(demo_copy)
    info = get_workshop(window.store)
    assert window.windowTitle() == f"{info.title} — {demo_copy.name}"
    nav = window.navigator
    assert [nav.phase_list.item(i).text() for i in range(6)] == [
        f"{n}  {PHASE_NAMES['es'][n]}" for n in range(1, 7)
    ]
    seen = {}
    for phase in range(1, 7):
        nav.select_phase(phase)
        seen[phase] = nav.board_ids()
        assert seen[phase] == [b.id for b in boards.list_boards(window.store, phase)]
        assert seen[phase], f"the demo has boards in phase {phase}"
    assert len({tuple(ids) for ids in seen.values()}) == 6

    nav.select_phase(2)
    item = nav.board_list.item(1)
    nav.board_list.itemClicked.emit(item)
    assert window.current_page() == "board"
    assert window.board_editor.board_id == seen[2][1]
    assert nav.current_board_id() == seen[2][1]


def test_every_action_row_has_a_callable_handler(open_window, tmp_path):
    window = open_window(new_file(tmp_path))
    for spec in ACTIONS:
        assert callable(spec.handler) and not isinstance(spec.handler, str), spec.id
        assert spec.id in window.actions_by_id
    menus = [a.text() for a in window.menuBar().actions() if a.isVisible()]
    assert menus[:3] == ["&File", "&Edit", "&View"]
    assert window.actions_by_id["file.open"].shortcut().toString() == "Ctrl+O"


# -- boards in the navigator ----------------------------------------------------------------
def test_new_board_from_template_rename_delete_each_undoable(open_window, tmp_path):
    window = open_window(new_file(tmp_path))
    nav, stack = window.navigator, window.undo_stack
    nav.select_phase(1)
    board_id = nav.create_board("Mapa de empatía de las familias", "empathy_map")
    assert nav.board_ids() == [board_id]
    assert window.current_page() == "board"
    assert len(boards.load_board(window.store, board_id).zones) > 0  # the template's zones
    assert window.actions_by_id["edit.undo"].text() == "&Undo Create board “Mapa de empatía de las familias”"

    nav.rename_board_to(board_id, "Empatía: familias")
    assert nav.board_list.item(0).text() == "Empatía: familias"
    nav.delete_board(board_id)
    assert nav.board_ids() == []
    assert window.current_page() == "home"  # the deleted board's page is left

    stack.undo()
    assert nav.board_ids() == [board_id]
    stack.undo()
    assert nav.board_list.item(0).text() == "Mapa de empatía de las familias"
    stack.undo()
    assert nav.board_ids() == []
    stack.redo()
    assert nav.board_ids() == [board_id]  # the same board (id and zones) comes back
    assert len(boards.load_board(window.store, board_id).zones) > 0


def test_new_board_dialog_offers_the_phase_templates_first(app, qtbot):
    from reslab_desktop.ui.new_board_dialog import NewBoardDialog

    dialog = NewBoardDialog(4, "es")
    qtbot.addWidget(dialog)
    assert dialog.templates.item(0).text() == "Blank board"
    assert dialog.templates.item(1).text().startswith("4 · ")
    assert dialog.template_key() == dialog.templates.item(1).data(0x0100)
    assert dialog.title()  # the template's title is proposed
    dialog.title_edit.clear()
    assert not dialog.ok_button.isEnabled()


# -- people -------------------------------------------------------------------------------------
def test_participant_add_edit_remove_with_undo_redo(open_window, tmp_path):
    window = open_window(new_file(tmp_path))
    window.show_people()
    page = window.people_page
    stack = window.undo_stack

    org = page.add_organization_values("Niñez Primero A.C.", "civil_society")
    pid = page.add_participant_values("Ana López", org, "participant")
    assert page.participant_ids() == [pid]
    assert page.person_table.item(0, 1).text() == "Niñez Primero A.C."
    assert page.org_table.item(0, 2).text() == "1"

    page.edit_participant_values(pid, "Ana María López", org, "facilitator")
    assert page.person_table.item(0, 0).text() == "Ana María López"
    assert page.person_table.item(0, 2).text() == "Facilitador/a"
    assert window.actions_by_id["edit.undo"].text() == "&Undo Edit participant “Ana María López”"

    page.select_participants([pid])
    page.remove_selected_participants()
    assert page.participant_ids() == []

    stack.undo()  # remove
    assert page.participant_ids() == [pid]
    stack.undo()  # edit
    assert people.list_participants(window.store)[0].name == "Ana López"
    assert page.person_table.item(0, 2).text() == "Participante"
    stack.undo()  # add participant
    assert page.participant_ids() == []
    stack.redo()
    assert page.participant_ids() == [pid]  # same id: later commands still apply
    stack.redo()
    stack.redo()
    assert page.participant_ids() == []
    assert window.saved_label.text().startswith("Saved")


def test_removing_an_organization_keeps_its_people_and_undo_relinks_them(open_window, tmp_path):
    window = open_window(new_file(tmp_path))
    page = window.people_page
    org = page.add_organization_values("Colectivo Sur", "community")
    pid = page.add_participant_values("Luis", org, "observer")
    page.remove_organizations([org])
    assert people.list_participants(window.store)[0].organization_id is None
    assert page.person_table.item(0, 1).text() == ""
    window.undo_stack.undo()
    assert people.list_participants(window.store)[0].organization_id == org
    assert page.participant_ids() == [pid]


def test_people_dialogs_return_what_was_chosen(app, qtbot, store):
    from reslab_desktop.ui.people.dialogs import OrganizationDialog, ParticipantDialog

    org = people.add_organization(store, "Semillas de Paz", "civil_society")
    dialog = ParticipantDialog("es", people.list_organizations(store))
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()  # a name is required
    dialog.name_edit.setText("  Rosa Gil ")
    dialog.org_box.setCurrentIndex(dialog.org_box.findData(org))
    dialog.role_box.setCurrentIndex(dialog.role_box.findData("observer"))
    assert ok.isEnabled()
    assert (dialog.name(), dialog.organization_id(), dialog.role()) == ("Rosa Gil", org, "observer")
    assert [dialog.role_box.itemText(i) for i in range(3)] == ["Participante", "Facilitador/a", "Observador/a"]

    org_dialog = OrganizationDialog("en", "Semillas", "funder")
    qtbot.addWidget(org_dialog)
    assert org_dialog.sector_box.currentText() == "Funder"


def test_csv_import_previews_rows_and_errors_then_imports_as_one_undo_step(open_window, tmp_path):
    window = open_window(new_file(tmp_path))
    page = window.people_page
    csv = tmp_path / "registro.csv"
    csv.write_text(
        "Nombre;Organización;Rol\n"
        "Ana López;Fundación Sol;facilitadora\n"
        ";Fundación Sol;\n"
        "Pedro Ruiz;Colectivo Nuevo;jefe\n"
        "Marta Díaz;Fundación Sol;\n",
        encoding="utf-8",
    )
    dialog = page.open_import_dialog(csv)
    table = dialog.table
    assert table.rowCount() == 4
    assert [table.item(r, 4).text() for r in range(4)] == [
        "ready",
        "the name cannot be empty",
        "unknown role “jefe” (use Participante, Facilitador/a, Observador/a)",
        "ready",
    ]
    assert table.item(0, 2).text() == "Fundación Sol (new)"
    assert table.item(1, 0).foreground().color().name() == "#b00020"
    assert dialog.import_button.text().startswith("Import 2 participant")
    assert "2 row" in dialog.summary.text() and "will be skipped" in dialog.summary.text()
    assert people.list_participants(window.store) == []  # nothing written by the preview

    dialog.import_button.click()
    assert [p.name for p in people.list_participants(window.store)] == ["Ana López", "Marta Díaz"]
    assert [o.name for o in people.list_organizations(window.store)] == ["Fundación Sol"]
    assert page.person_table.rowCount() == 2
    assert window.undo_stack.count() == 1
    window.undo_stack.undo()
    assert people.list_participants(window.store) == []
    assert people.list_organizations(window.store) == []
    window.undo_stack.redo()
    assert [p.id for p in people.list_participants(window.store)] == list(dialog.result_.participant_ids)


def test_csv_without_a_name_column_is_refused_in_one_line(open_window, tmp_path):
    from reslab_desktop.errors import InterchangeError

    window = open_window(new_file(tmp_path))
    bad = tmp_path / "lista.csv"
    bad.write_text("correo,telefono\na@b.c,1\n", encoding="utf-8")
    with pytest.raises(InterchangeError) as info:
        window.people_page.open_import_dialog(bad)
    assert "\n" not in str(info.value) and str(info.value).startswith("lista.csv: ")


# -- workshop properties --------------------------------------------------------------------
def test_properties_dialog_updates_the_workshop_with_undo(open_window, tmp_path, qtbot):
    from PySide6.QtCore import QDate

    from reslab_desktop.ui.workshop_dialog import WorkshopDialog

    window = open_window(new_file(tmp_path))
    dialog = WorkshopDialog(window.store, window.undo_stack, window)
    qtbot.addWidget(dialog)
    assert dialog.starts_edit.text() == "no date"
    dialog.title_edit.setText("Laboratorio Mérida")
    dialog.community_edit.setText("Comunidad de Aprendizaje Yucatán")
    dialog.place_edit.setText("Mérida, Yucatán")
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("en"))
    dialog.starts_edit.setDate(QDate(2026, 11, 24))
    dialog.ends_edit.setDate(QDate(2026, 11, 25))
    dialog.facilitators_edit.setPlainText("Ana Laura Méndez\n\n  Tomás Herrera \n")
    dialog.accept()
    info = get_workshop(window.store)
    assert (info.title, info.place, info.language, info.starts_on, info.ends_on, info.facilitators) == (
        "Laboratorio Mérida", "Mérida, Yucatán", "en", "2026-11-24", "2026-11-25",
        ("Ana Laura Méndez", "Tomás Herrera"))
    assert window.windowTitle() == "Laboratorio Mérida — taller.reslab"
    assert window.navigator.phase_list.item(0).text() == "1  Empathy"  # phases follow the workshop language

    window.undo_stack.undo()
    assert get_workshop(window.store).title == "Taller de prueba"
    assert window.navigator.phase_list.item(0).text() == "1  Empatía"


def test_properties_dialog_keeps_editing_after_a_validation_error(open_window, tmp_path, qtbot):
    from PySide6.QtCore import QDate

    from reslab_desktop.ui.workshop_dialog import WorkshopDialog

    window = open_window(new_file(tmp_path))
    dialog = WorkshopDialog(window.store, window.undo_stack, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.starts_edit.setDate(QDate(2026, 11, 25))
    dialog.ends_edit.setDate(QDate(2026, 11, 24))
    dialog.accept()
    assert dialog.isVisible()
    assert [b.text() for b in error_boxes()] == ["the end date is before the start date"]
    assert window.undo_stack.count() == 0
    close_error_boxes()


# -- files: recent, start screen, File menu -----------------------------------------------------
def test_recent_files_most_recent_first_and_on_the_start_screen(open_window, tmp_path):
    a, b = new_file(tmp_path, "a.reslab", "A"), new_file(tmp_path, "b.reslab", "B")
    open_window(a).close()
    window_b = open_window(b)
    open_window(a)
    assert Settings().recent_files() == [a.resolve(), b.resolve()]
    window_b.close_workshop()  # another window is still open: no start screen
    assert workspace().start is None

    for window in list(workspace().windows):
        window.close_workshop()
    start = workspace().start
    assert start is not None and start.isVisible()
    assert [start.recent.item(i).text().split("\n")[0] for i in range(start.recent.count())] == ["a", "b"]
    b.unlink()
    start.refresh()
    assert start.recent.count() == 1
    start.recent.itemActivated.emit(start.recent.item(0))
    assert [w.path for w in workspace().windows] == [a.resolve()]
    assert workspace().start is None or not workspace().start.isVisible()


def test_opening_a_missing_or_foreign_file_shows_one_line(app, tmp_path):
    junk = tmp_path / "notas.reslab"
    junk.write_text("no soy una base de datos", encoding="utf-8")
    assert workspace().open_or_report(tmp_path / "nada.reslab") is None
    assert workspace().open_or_report(junk) is None
    texts = [box.text() for box in error_boxes()]
    assert len(texts) == 2 and all("\n" not in t for t in texts)
    assert sorted(t.split(": ", 1)[1] for t in texts) == ["no such file", "not a workshop file (not an SQLite database)"]
    close_error_boxes()
    workspace().start.close()


def test_save_copy_import_and_export_json(open_window, tmp_path, monkeypatch):
    from reslab_desktop.ui import dialogs, file_actions

    window = open_window(new_file(tmp_path))
    people.add_participant(window.store, "Ana")
    copy, exported = tmp_path / "copia.reslab", tmp_path / "taller.json"
    answers = iter([copy, exported])
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a, **k: next(answers))
    file_actions.save_copy(window)
    file_actions.export_json(window)
    with Store.open(copy, read_only=True) as s:
        assert [p.name for p in people.list_participants(s)] == ["Ana"]
    assert '"name": "Ana"' in exported.read_text(encoding="utf-8")

    imported, warnings = workspace().import_json(exported, tmp_path / "importado.reslab")
    assert warnings == []
    assert [p.name for p in people.list_participants(imported.store)] == ["Ana"]
    assert len(workspace().windows) == 2


def test_window_geometry_is_restored(open_window, tmp_path):
    path = new_file(tmp_path)
    window = open_window(path)
    window.setGeometry(23, 31, 700, 520)  # fits the 800 px offscreen screen
    window.splitter.setSizes([300, 400])
    before, sizes = window.geometry(), window.splitter.sizes()
    window.close()
    again = open_window(path)
    assert again.geometry() == before
    assert again.splitter.sizes() == sizes  # the navigator keeps its width


# -- one writer per file ------------------------------------------------------------------------
def test_a_second_lock_on_the_same_file_is_refused(open_window, tmp_path):
    from PySide6.QtCore import QLockFile

    from reslab_desktop.ui.file_lock import FileInUseError, acquire, lock_path

    path = new_file(tmp_path)
    other = QLockFile(str(lock_path(path)))  # "another instance" holding the lock
    assert other.tryLock(0)
    with pytest.raises(FileInUseError, match="taller.reslab is already open in another Resiliency Lab window"):
        workspace().open_path(path)
    assert workspace().windows == []
    other.unlock()
    window = open_window(path)
    assert lock_path(path).exists()
    with pytest.raises(FileInUseError):
        acquire(path)
    window.close()
    assert not lock_path(path).exists()


def test_a_lock_held_by_another_process_refuses_and_a_crashed_ones_is_taken_over(app, tmp_path):
    import subprocess
    import sys

    from reslab_desktop.ui.file_lock import FileInUseError, acquire, lock_path

    path = new_file(tmp_path)
    holder = (
        "import os, sys\n"
        "from PySide6.QtCore import QLockFile\n"
        f"lock = QLockFile({str(lock_path(path))!r}); lock.setStaleLockTime(0)\n"
        "assert lock.tryLock(0)\n"
        "print('locked', flush=True)\n"
        "sys.stdin.readline()\n"
        "os._exit(0)  # exit without unlocking, like a crash\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", holder], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            text=True)
    try:
        assert proc.stdout.readline().strip() == "locked"
        with pytest.raises(FileInUseError, match=r"another Resiliency Lab window \(on the computer ") as caught:
            acquire(path)
        assert str(proc.pid) not in str(caught.value)  # no process id in a user message (issue 17)
    finally:
        proc.communicate("\n")
    assert lock_path(path).exists()  # left behind by the "crash"
    lock = acquire(path)
    assert lock is not None and lock.isLocked()
    lock.unlock()


def test_read_only_workshop_shows_a_banner_and_disables_changes(open_window, tmp_path):
    from reslab_desktop.ui.main_window import MainWindow

    path = new_file(tmp_path)
    window = MainWindow(Store.open(path, read_only=True), path, lock=None)  # deletes itself on close
    window.show()
    assert window.banner.isVisible()
    assert window.windowTitle().endswith("(read-only)")
    assert not window.actions_by_id["board.new"].isEnabled()
    assert not window.actions_by_id["file.properties"].isEnabled()
    assert window.actions_by_id["file.save_copy"].isEnabled()
    window.close()


def test_reslab_file_command_opens_the_workshop(app, tmp_path):
    from reslab_desktop.cli import main

    path = new_file(tmp_path, title="Desde la terminal")
    seen = []

    def look_and_quit() -> None:
        seen.extend(w.windowTitle() for w in workspace().windows)
        workspace().quit()

    QTimer.singleShot(0, look_and_quit)
    assert main([str(path)]) == 0
    assert seen == ["Desde la terminal — taller.reslab"]
    assert Settings().recent_files() == [path.resolve()]


def test_no_lock_possible_means_read_only_with_a_banner(open_window, tmp_path):
    """A folder nobody may write (a read-only stick): no lock can be made, the file opens read-only."""
    import os
    import subprocess

    folder = tmp_path / "solo-lectura"
    folder.mkdir()
    path = new_file(folder)
    if os.geteuid() == 0:  # root writes anywhere, except into an immutable folder
        if subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode != 0:
            pytest.skip("cannot make a folder read-only for root here")
        restore = ["chattr", "-i", str(folder)]
    else:
        os.chmod(folder, 0o555)
        restore = ["chmod", "755", str(folder)]
    try:
        window = open_window(path)
        assert window.lock is None and window.store.read_only
        assert not window.banner.isHidden()
        assert window.windowTitle().endswith("(read-only)")
        window.close()
    finally:
        subprocess.run(restore, check=True)


def test_a_file_lost_while_open_keeps_the_work_in_memory_until_saved_as_a_copy(open_window, tmp_path,
                                                                              monkeypatch):
    from reslab_desktop.ui import dialogs, file_actions
    from reslab_desktop.ui.file_lock import lock_path

    path = new_file(tmp_path)
    window = open_window(path)
    page = window.people_page
    page.add_organization_values("Primera", "civil_society")
    path.unlink()  # the USB stick was pulled out
    page._guard(lambda: page.add_organization_values("Fallida", "civil_society"))
    assert [b.text() for b in error_boxes()][0].startswith("could not save to taller.reslab")
    close_error_boxes()
    assert window.store.detached and not window.banner.isHidden()
    assert "continues in memory" in window.banner.text()
    page.add_organization_values("En memoria", "community")
    assert window.saved_label.text().startswith("Kept in memory only")

    rescued = tmp_path / "rescate.reslab"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a, **k: rescued)
    file_actions.save_copy(window)
    assert window.path == rescued.resolve() and not window.store.detached
    assert window.banner.isHidden() and window.windowTitle().endswith("— rescate.reslab")
    assert lock_path(rescued).exists() and not lock_path(path).exists()
    page.add_organization_values("Después", "other")
    assert window.saved_label.text().startswith("Saved")
    window.close()
    with Store.open(rescued, read_only=True) as again:
        assert [o.name for o in people.list_organizations(again)] == ["Primera", "En memoria", "Después"]


def test_alt_number_jumps_to_a_phase_named_in_the_workshop_language(open_window, demo_copy, qtbot):
    from PySide6.QtCore import Qt

    window = open_window(demo_copy)
    window.activateWindow()
    action = window.actions_by_id["view.phase_4"]
    assert action.text() == "&4  Prototipo"
    assert action.shortcut().toString() == "Alt+4"
    action.trigger()
    assert window.navigator.current_phase() == 4
    assert window.navigator.board_list.hasFocus() or QApplication.focusWidget() is None
    assert window.navigator.current_board_id() == boards.list_boards(window.store, 4)[0].id
    qtbot.keyClick(window.navigator.board_list, Qt.Key.Key_Return)
    assert window.current_page() == "board"


def test_new_workshop_dialog_proposes_a_file_and_the_workspace_creates_it(app, qtbot, tmp_path):
    from reslab_desktop.ui.new_workshop_dialog import NewWorkshopDialog

    dialog = NewWorkshopDialog(tmp_path)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.title_edit.setText("Laboratorio: Mérida / 2026?")
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("en"))
    assert ok.isEnabled()
    assert dialog.path() == tmp_path / "Laboratorio Mérida 2026.reslab"
    window = workspace().create_workshop(dialog.path(), dialog.title(), dialog.language())
    info = get_workshop(window.store)
    assert (info.title, info.language) == ("Laboratorio: Mérida / 2026?", "en")
    assert window.navigator.phase_list.item(1).text() == "2  Challenges"
    window.close()


def test_open_the_demo_writes_it_once_in_documents(app, tmp_path):
    from reslab_desktop.demo import default_demo_path

    target = tmp_path / "Documentos" / "demo.reslab"
    window = workspace().open_demo(target)
    assert target.is_file() and window.path == target.resolve()
    assert workspace().open_demo(target) is window  # already open: the same window comes forward
    assert "Resiliency Lab" in str(default_demo_path())
    window.close()


def test_people_keyboard_delete_and_filter(open_window, tmp_path, qtbot):
    from PySide6.QtCore import Qt

    window = open_window(new_file(tmp_path))
    window.show_people()
    page = window.people_page
    org = page.add_organization_values("Fundación Sol", "civil_society")
    ana = page.add_participant_values("Ana López", org, "participant")
    page.add_participant_values("Luis Pérez", None, "observer")
    page.filter_edit.setText("fundacion  SOL")
    visible = [r for r in range(page.person_table.rowCount()) if not page.person_table.isRowHidden(r)]
    assert [page.person_table.item(r, 0).text() for r in visible] == ["Ana López"]
    page.filter_edit.setText("observador")  # role names count too
    assert [page.person_table.isRowHidden(r) for r in range(2)] == [True, False]
    page.filter_edit.clear()

    page.select_participants([ana])
    page.person_table.setFocus()
    qtbot.keyClick(page.person_table, Qt.Key.Key_Delete)
    assert [p.name for p in people.list_participants(window.store)] == ["Luis Pérez"]
    window.actions_by_id["edit.undo"].trigger()
    assert [p.name for p in people.list_participants(window.store)] == ["Ana López", "Luis Pérez"]


def test_recent_menu_and_dropped_files_open_workshops(open_window, tmp_path):
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent, QFileOpenEvent
    from PySide6.QtWidgets import QMenu

    from reslab_desktop.ui import file_actions
    from reslab_desktop.ui.file_drop import FileOpenFilter

    a, b, c = (new_file(tmp_path, f"{n}.reslab", n.upper()) for n in "abc")
    window = open_window(a)
    menu = QMenu()
    file_actions.fill_recent_menu(window, menu)
    assert [act.text() for act in menu.actions()] == ["&1  a.reslab"]

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(b)), QUrl.fromLocalFile(str(tmp_path / "notes.txt"))])
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    window.dropEvent(drop)
    assert [w.path.name for w in workspace().windows] == ["a.reslab", "b.reslab"]

    assert FileOpenFilter().eventFilter(QApplication.instance(), QFileOpenEvent(str(c)))
    assert [w.path.name for w in workspace().windows] == ["a.reslab", "b.reslab", "c.reslab"]
    file_actions.fill_recent_menu(window, menu)
    assert [act.text() for act in menu.actions()] == ["&1  c.reslab", "&2  b.reslab", "&3  a.reslab"]


def test_the_lab_overview_is_the_home_page_and_opens_boards(open_window, demo_copy):
    from reslab_desktop.ui.lab.overview import LabOverview

    window = open_window(demo_copy)
    home = window.page("home")
    assert isinstance(home, LabOverview) and window.current_page() == "home"
    board = boards.list_boards(window.store, 5)[0]
    home.board_requested.emit(board.id)
    assert window.current_page() == "board"
    assert window.navigator.current_phase() == 5 and window.navigator.current_board_id() == board.id
    window.actions_by_id["view.home"].trigger()
    assert window.current_page() == "home" and window.navigator.current_board_id() is None


def test_delete_key_in_the_board_list_deletes_the_board_undoably(open_window, tmp_path, qtbot):
    from PySide6.QtCore import Qt

    window = open_window(new_file(tmp_path))
    nav = window.navigator
    nav.select_phase(3)
    first = nav.create_board("Ideas", None)
    nav.create_board("Recursos", "resources_board")
    nav.refresh_boards(select_id=first)
    qtbot.keyClick(nav.board_list, Qt.Key.Key_Delete)
    assert [nav.board_list.item(i).text() for i in range(nav.board_list.count())] == ["Recursos"]
    window.undo_stack.undo()
    assert nav.board_ids()[0] == first


def test_the_window_fits_a_1024_pixel_projector_with_every_page_built(open_window, demo_copy):
    window = open_window(demo_copy)
    window.open_board(boards.list_boards(window.store)[0].id)
    window.show_people()
    window.show_home()
    assert window.minimumSizeHint().width() <= 1024  # wide pages scroll instead
