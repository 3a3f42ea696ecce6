"""THE action table: every menu item, shortcut and toolbar button is one ``ActionSpec`` row.

Menus and the toolbar are built from :data:`ACTIONS`, then the rows of the features registered
on ``ui/features.FEATURES``, in row order, by :func:`install_actions`. Add your rows in your
menu's block (or in your ``Feature``'s ``actions``). A row's fields:

- ``id``: unique, ``"<menu>.<verb>"`` (``"board.add_note"``); ``window.actions_by_id[id]`` is the QAction.
- ``text``: English source text wrapped in ``QT_TRANSLATE_NOOP("Actions", …)``; translated when
  the action is built. ``&`` marks the mnemonic.
- ``shortcut``: a ``QKeySequence.StandardKey`` when one exists (platform conventions), else a
  portable string (``"Ctrl+Shift+N"``), or a tuple of either; ``None`` for none.
- ``menu``: a key of :data:`MENUS` (``""``: no menu, e.g. a shortcut-only action).
- ``handler``: a function taking the window context (``ui/window_context.py``), e.g.
  ``file_actions.open_file``, ``shell_hooks.undo``, ``board_hooks.editor(lambda e: e.zoom_in())``;
  never a name looked up on the window. Checkable actions pass their new state as a second
  argument; submenu rows get the QMenu to fill (called just before it shows). A ``ReslabError``
  raised by a handler is shown as a one-line dialog.
- ``needs``: space-separated conditions for the action to be enabled: ``"writable"`` (the
  workshop is not read-only), ``"page:KEY"`` (that page is showing). Re-checked on every
  page switch; ``window.update_action_states()`` re-checks on demand.
- ``tip``, ``checkable``, ``toolbar`` (also on the main toolbar), ``separator_before``,
  ``submenu``, ``role`` (``QAction.MenuRole`` for macOS: quit, about, preferences).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMenuBar, QToolBar, QWidget

from reslab_desktop.errors import ReslabError
from reslab_desktop.ui import (
    backups_ui,
    data_export_dialog,
    file_actions,
    pdf_export,
    portfolio_dialog,
    shell_hooks,
)
from reslab_desktop.ui.board import hooks as board_hooks
from reslab_desktop.ui.lab import hooks as lab_hooks
from reslab_desktop.ui.noop import QT_TRANSLATE_NOOP
from reslab_desktop.ui.room import hooks as room_hooks
from reslab_desktop.ui.room import phone_notes_hooks, phones_hooks
from reslab_desktop.ui.voting import hooks as voting_hooks

if TYPE_CHECKING:
    from reslab_desktop.ui.window_context import WindowContext

#: A row's handler: ``f(window)``, ``f(window, checked)`` (checkable) or ``f(window, menu)`` (submenu).
Handler = Callable[..., object]


def _no_handler(window: WindowContext, *args: object) -> None:
    """Rows whose action the window wires itself."""


Key = QKeySequence.StandardKey
Shortcut = Key | str | tuple[Key | str, ...] | None

#: Menu keys in menu-bar order, with their (translatable) titles. Empty menus are not shown.
MENUS: tuple[tuple[str, str], ...] = (
    ("file", QT_TRANSLATE_NOOP("Actions", "&File")),
    ("edit", QT_TRANSLATE_NOOP("Actions", "&Edit")),
    ("view", QT_TRANSLATE_NOOP("Actions", "&View")),
    ("board", QT_TRANSLATE_NOOP("Actions", "&Board")),
    ("voting", QT_TRANSLATE_NOOP("Actions", "V&oting")),
    ("lab", QT_TRANSLATE_NOOP("Actions", "&Lab")),
    ("room", QT_TRANSLATE_NOOP("Actions", "&Room")),
    ("help", QT_TRANSLATE_NOOP("Actions", "&Help")),
)


@dataclass(frozen=True)
class ActionSpec:
    id: str
    text: str
    shortcut: Shortcut = None
    menu: str = ""
    handler: Handler = _no_handler
    tip: str = ""
    needs: str = ""
    checkable: bool = False
    toolbar: bool = False
    separator_before: bool = False
    submenu: bool = False
    role: QAction.MenuRole | None = None


ACTIONS: list[ActionSpec] = [
    # -- File (shell) -----------------------------------------------------------------------
    ActionSpec("file.new", QT_TRANSLATE_NOOP("Actions", "&New Workshop…"), Key.New, "file", file_actions.new_workshop,
               QT_TRANSLATE_NOOP("Actions", "Create a new workshop file")),
    ActionSpec("file.open", QT_TRANSLATE_NOOP("Actions", "&Open…"), Key.Open, "file", file_actions.open_file,
               QT_TRANSLATE_NOOP("Actions", "Open a workshop file"), toolbar=True),
    ActionSpec("file.open_recent", QT_TRANSLATE_NOOP("Actions", "Open &Recent"), None, "file", file_actions.fill_recent_menu, submenu=True),
    ActionSpec("file.open_demo", QT_TRANSLATE_NOOP("Actions", "Open the &Demo Workshop"), None, "file", file_actions.open_demo),
    ActionSpec("file.save_copy", QT_TRANSLATE_NOOP("Actions", "Save a &Copy As…"), Key.SaveAs, "file", file_actions.save_copy,
               QT_TRANSLATE_NOOP("Actions", "Write a copy of this workshop to another file"), separator_before=True),
    ActionSpec("file.import_json", QT_TRANSLATE_NOOP("Actions", "&Import JSON…"), None, "file", file_actions.import_json,
               QT_TRANSLATE_NOOP("Actions", "Make a new workshop file from a JSON document and open it"), separator_before=True),
    ActionSpec("file.export_json", QT_TRANSLATE_NOOP("Actions", "&Export JSON…"), None, "file", file_actions.export_json,
               QT_TRANSLATE_NOOP("Actions", "Write this workshop as a JSON document")),
    ActionSpec("file.export_data", QT_TRANSLATE_NOOP("Actions", "Export Dat&a…"), None, "file", data_export_dialog.export_data,
               QT_TRANSLATE_NOOP("Actions", "This workshop's notes, votes, decisions, resources and people as Excel or CSV tables")),
    ActionSpec("file.export_pdf", QT_TRANSLATE_NOOP("Actions", "Export P&DF…"), None, "file", pdf_export.export_pdf,
               QT_TRANSLATE_NOOP("Actions", "The session report, worksheets, tally or sign-in sheets, or a board poster as PDF"),
               separator_before=True),
    ActionSpec("file.print", QT_TRANSLATE_NOOP("Actions", "&Print…"), Key.Print, "file", pdf_export.print_pdf,
               QT_TRANSLATE_NOOP("Actions", "Print the session report or blank worksheets")),
    ActionSpec("file.portfolio", QT_TRANSLATE_NOOP("Actions", "Port&folio…"), None, "file", portfolio_dialog.show_portfolio,
               QT_TRANSLATE_NOOP("Actions", "One report across many workshop files: communities, localization pathways, challenges, resources"),
               separator_before=True),
    ActionSpec("file.properties", QT_TRANSLATE_NOOP("Actions", "Workshop &Properties…"), None, "file", shell_hooks.edit_properties,
               QT_TRANSLATE_NOOP("Actions", "Title, learning community, place, language, dates, facilitators"),
               needs="writable", separator_before=True),
    ActionSpec("file.restore_backup", QT_TRANSLATE_NOOP("Actions", "Restore from &Backup…"), None, "file",
               backups_ui.restore_from_backup,
               QT_TRANSLATE_NOOP("Actions", "Put back a copy taken automatically while you worked"),
               needs="writable"),
    ActionSpec("file.close", QT_TRANSLATE_NOOP("Actions", "&Close"), Key.Close, "file", shell_hooks.close_workshop, separator_before=True),
    ActionSpec("file.quit", QT_TRANSLATE_NOOP("Actions", "&Quit"), Key.Quit, "file", shell_hooks.quit_app, role=QAction.MenuRole.QuitRole),
    # -- Edit (shell: undo/redo; the window keeps their text saying what will be undone) ----
    ActionSpec("edit.undo", QT_TRANSLATE_NOOP("Actions", "&Undo"), Key.Undo, "edit", shell_hooks.undo, needs="writable",
               toolbar=True),
    ActionSpec("edit.redo", QT_TRANSLATE_NOOP("Actions", "&Redo"), Key.Redo, "edit", shell_hooks.redo, needs="writable",
               toolbar=True),
    # -- View (shell) -----------------------------------------------------------------------
    ActionSpec("view.home", QT_TRANSLATE_NOOP("Actions", "&Overview"), "Ctrl+0", "view", shell_hooks.show_home),
    ActionSpec("view.people", QT_TRANSLATE_NOOP("Actions", "&People and Organizations"), "Ctrl+Shift+P", "view", shell_hooks.show_people,
               toolbar=True),
    ActionSpec("view.navigator", QT_TRANSLATE_NOOP("Actions", "Phase &Navigator"), "Ctrl+Shift+L", "view", shell_hooks.set_navigator_visible,
               checkable=True),
    # Alt+1…6 jump to a phase; the window renames these rows with the phase names of the workshop.
    ActionSpec("view.phase_1", QT_TRANSLATE_NOOP("Actions", "Phase 1"), "Alt+1", "view", shell_hooks.go_to_phase(1), separator_before=True),
    ActionSpec("view.phase_2", QT_TRANSLATE_NOOP("Actions", "Phase 2"), "Alt+2", "view", shell_hooks.go_to_phase(2)),
    ActionSpec("view.phase_3", QT_TRANSLATE_NOOP("Actions", "Phase 3"), "Alt+3", "view", shell_hooks.go_to_phase(3)),
    ActionSpec("view.phase_4", QT_TRANSLATE_NOOP("Actions", "Phase 4"), "Alt+4", "view", shell_hooks.go_to_phase(4)),
    ActionSpec("view.phase_5", QT_TRANSLATE_NOOP("Actions", "Phase 5"), "Alt+5", "view", shell_hooks.go_to_phase(5)),
    ActionSpec("view.phase_6", QT_TRANSLATE_NOOP("Actions", "Phase 6"), "Alt+6", "view", shell_hooks.go_to_phase(6)),
    # -- Board (whiteboard engineer) --------------------------------------------------------
    ActionSpec("board.new", QT_TRANSLATE_NOOP("Actions", "&New Board…"), "Ctrl+Shift+B", "board", shell_hooks.new_board,
               QT_TRANSLATE_NOOP("Actions", "Add a board to the selected phase from a template"), needs="writable"),
    ActionSpec("board.rename", QT_TRANSLATE_NOOP("Actions", "&Rename Board…"), None, "board", shell_hooks.rename_board,
               needs="writable"),
    ActionSpec("board.delete", QT_TRANSLATE_NOOP("Actions", "&Delete Board"), None, "board", shell_hooks.delete_board,
               needs="writable"),
    # board editing (handlers in ui/board/hooks.py act on window.board_editor)
    ActionSpec("board.add_note", QT_TRANSLATE_NOOP("Actions", "Add &Note"), "N", "board", board_hooks.controller(lambda c: c.add_note()),
               QT_TRANSLATE_NOOP("Actions", "A new note under the mouse, beside the notes there; Enter types the next one"),
               needs="writable page:board", toolbar=True, separator_before=True),
    ActionSpec("board.edit_text", QT_TRANSLATE_NOOP("Actions", "&Edit Note Text"), "F2", "board",
               board_hooks.controller(lambda c: c.edit_selected()), needs="writable page:board"),
    ActionSpec("board.color", QT_TRANSLATE_NOOP("Actions", "Note &Color"), None, "board", board_hooks.fill_color_menu,
               needs="writable page:board", submenu=True),
    *(ActionSpec(row_id, "", key, "", board_hooks.set_color(color),
                 needs="writable page:board") for row_id, color, key in board_hooks.COLOR_SHORTCUTS),
    ActionSpec("board.author", QT_TRANSLATE_NOOP("Actions", "Note &Author"), None, "board", board_hooks.fill_author_menu,
               needs="writable page:board", submenu=True),
    ActionSpec("board.front", QT_TRANSLATE_NOOP("Actions", "Bring to &Front"), "Ctrl+Shift+]", "board",
               board_hooks.controller(lambda c: c.bring_to_front()), needs="writable page:board", separator_before=True),
    ActionSpec("board.back", QT_TRANSLATE_NOOP("Actions", "Send to &Back"), "Ctrl+Shift+[", "board",
               board_hooks.controller(lambda c: c.send_to_back()), needs="writable page:board"),
    ActionSpec("board.arrange", QT_TRANSLATE_NOOP("Actions", "&Align and Distribute"), None, "board",
               board_hooks.fill_arrange_menu, needs="writable page:board", submenu=True),
    ActionSpec("board.group", QT_TRANSLATE_NOOP("Actions", "&Group Notes…"), "Ctrl+G", "board",
               board_hooks.controller(lambda c: c.group_selection()),
               QT_TRANSLATE_NOOP("Actions", "Put the selected notes in a new titled zone (affinity clustering)"),
               needs="writable page:board", separator_before=True),
    ActionSpec("board.add_zone", QT_TRANSLATE_NOOP("Actions", "Draw a &Zone"), "Ctrl+Shift+G", "board",
               board_hooks.controller(lambda c: c.start_zone_tool()),
               QT_TRANSLATE_NOOP("Actions", "Drag on the board to draw a titled zone (Enter: in the middle of the view)"),
               needs="writable page:board"),
    ActionSpec("board.rename_zone", QT_TRANSLATE_NOOP("Actions", "Rena&me Zone…"), None, "board",
               board_hooks.controller(lambda c: c.rename_selected_zone()), needs="writable page:board"),
    ActionSpec("board.link", QT_TRANSLATE_NOOP("Actions", "&Link Two Notes"), "Ctrl+K", "board",
               board_hooks.controller(lambda c: c.link_selected()),
               QT_TRANSLATE_NOOP("Actions", "An arrow from the note selected first to the second"), needs="writable page:board"),
    ActionSpec("board.insert_image", QT_TRANSLATE_NOOP("Actions", "Insert &Image…"), "Ctrl+Shift+I", "board",
               board_hooks.controller(lambda c: c.insert_image_file()),
               QT_TRANSLATE_NOOP("Actions", "A photo (e.g. of a paper flip chart), stored inside the workshop file"),
               needs="writable page:board"),
    ActionSpec("board.find", QT_TRANSLATE_NOOP("Actions", "&Find Notes…"), Key.Find, "board", board_hooks.editor(lambda e: e.show_search()),
               needs="page:board", separator_before=True),
    ActionSpec("board.export_png", QT_TRANSLATE_NOOP("Actions", "Export Board as &PNG…"), None, "board",
               board_hooks.editor(lambda e: e.export_image(False)), needs="page:board", separator_before=True),
    ActionSpec("board.export_selection", QT_TRANSLATE_NOOP("Actions", "Export &Selection as PNG…"), None, "board",
               board_hooks.editor(lambda e: e.export_image(True)), needs="page:board"),
    ActionSpec("board.export_svg", QT_TRANSLATE_NOOP("Actions", "Export Board as S&VG…"), None, "board",
               board_hooks.editor(lambda e: e.export_svg()), needs="page:board"),
    # board rows in the Edit menu: they act only while the board has the keyboard focus
    ActionSpec("board.cut", QT_TRANSLATE_NOOP("Actions", "Cu&t"), Key.Cut, "edit", board_hooks.controller(lambda c: c.cut(), needs_focus=True),
               needs="writable page:board", separator_before=True),
    ActionSpec("board.copy", QT_TRANSLATE_NOOP("Actions", "&Copy"), Key.Copy, "edit",
               board_hooks.controller(lambda c: c.copy(), needs_focus=True), needs="page:board"),
    ActionSpec("board.paste", QT_TRANSLATE_NOOP("Actions", "&Paste"), Key.Paste, "edit",
               board_hooks.controller(lambda c: c.paste(), needs_focus=True),
               QT_TRANSLATE_NOOP("Actions", "Notes, an image, or text (one note per line)"), needs="writable page:board"),
    ActionSpec("board.duplicate", QT_TRANSLATE_NOOP("Actions", "D&uplicate"), "Ctrl+D", "edit",
               board_hooks.controller(lambda c: c.duplicate(), needs_focus=True), needs="writable page:board"),
    # "Del", not Key.Delete: on X11 that standard key is also Ctrl+D, which duplicates
    ActionSpec("board.delete_selection", QT_TRANSLATE_NOOP("Actions", "&Delete"), ("Del", "Backspace"), "edit",
               board_hooks.controller(lambda c: c.delete_selection(), needs_focus=True), needs="writable page:board"),
    ActionSpec("board.select_all", QT_TRANSLATE_NOOP("Actions", "Select &All"), Key.SelectAll, "edit",
               board_hooks.controller(lambda c: c.select_all(), needs_focus=True), needs="page:board"),
    # board rows in the View menu
    ActionSpec("board.zoom_in", QT_TRANSLATE_NOOP("Actions", "Zoom &In"), (Key.ZoomIn, "Ctrl+="), "view",
               board_hooks.editor(lambda e: e.zoom_in()), needs="page:board", separator_before=True),
    ActionSpec("board.zoom_out", QT_TRANSLATE_NOOP("Actions", "Zoom &Out"), Key.ZoomOut, "view",
               board_hooks.editor(lambda e: e.zoom_out()), needs="page:board"),
    ActionSpec("board.fit_all", QT_TRANSLATE_NOOP("Actions", "&Fit the Whole Board"), ("Home", "Ctrl+9"), "view",
               board_hooks.editor(lambda e: e.fit_all()), needs="page:board"),
    ActionSpec("board.zoom_selection", QT_TRANSLATE_NOOP("Actions", "Zoom to &Selection"), "Ctrl+8", "view",
               board_hooks.editor(lambda e: e.zoom_to_selection()), needs="page:board"),
    ActionSpec("board.actual_size", QT_TRANSLATE_NOOP("Actions", "&Actual Size"), "Ctrl+Alt+0", "view",
               board_hooks.editor(lambda e: e.reset_zoom()), needs="page:board"),
    ActionSpec("board.grid", QT_TRANSLATE_NOOP("Actions", "Show &Grid"), "Ctrl+'", "view", board_hooks.editor_toggle(lambda e, on: e.set_grid_visible(on)),
               needs="page:board", checkable=True),
    ActionSpec("board.snap", QT_TRANSLATE_NOOP("Actions", "S&nap to Grid"), "Ctrl+Shift+'", "view", board_hooks.editor_toggle(lambda e, on: e.set_snap(on)),
               needs="page:board", checkable=True),
    ActionSpec("board.minimap", QT_TRANSLATE_NOOP("Actions", "&Minimap"), "Ctrl+Shift+K", "view",
               board_hooks.editor_toggle(lambda e, on: e.set_minimap_visible(on)), needs="page:board", checkable=True),
    # -- Voting (voting engineer) -----------------------------------------------------------
    ActionSpec("voting.show", QT_TRANSLATE_NOOP("Actions", "&Voting Rounds"), "Ctrl+Shift+O", "voting",
               voting_hooks.show_voting,
               QT_TRANSLATE_NOOP("Actions", "Dot-voting rounds of the workshop: set up, progress, results"),
               toolbar=True),
    ActionSpec("voting.new_round", QT_TRANSLATE_NOOP("Actions", "&New Voting Round…"), "Ctrl+Shift+D", "voting",
               voting_hooks.new_round,
               QT_TRANSLATE_NOOP("Actions", "Vote on all notes of the board, a zone or the selected notes"),
               needs="writable"),
    ActionSpec("voting.screen", QT_TRANSLATE_NOOP("Actions", "Start the Shared &Voting Screen"), "Ctrl+Shift+J",
               "voting", voting_hooks.start_screen,
               QT_TRANSLATE_NOOP("Actions", "Full-screen secret voting, one person after another, locked with your PIN"),
               needs="writable"),
    ActionSpec("voting.paper", QT_TRANSLATE_NOOP("Actions", "Enter a &Paper Tally…"), None, "voting",
               voting_hooks.paper_tally, needs="writable"),
    ActionSpec("voting.close", QT_TRANSLATE_NOOP("Actions", "&Close the Round and Reveal"), None, "voting",
               voting_hooks.close_round, needs="writable", separator_before=True),
    # -- Lab (lab engineer) -----------------------------------------------------------------
    ActionSpec("lab.pathway", QT_TRANSLATE_NOOP("Actions", "Lab &Pathway"), None, "lab", lab_hooks.show_tab("pathway"),
               QT_TRANSLATE_NOOP("Actions", "The six steps, what to do next, and who decides in each step")),
    ActionSpec("lab.resources", QT_TRANSLATE_NOOP("Actions", "&Resources"), "Ctrl+Alt+R", "lab",
               lab_hooks.show_tab("resources"),
               QT_TRANSLATE_NOOP("Actions", "Who gives what: expertise, time and funding; totals and gaps")),
    ActionSpec("lab.initiatives", QT_TRANSLATE_NOOP("Actions", "&Initiatives and Action Plans"), "Ctrl+Alt+I", "lab",
               lab_hooks.show_tab("initiatives")),
    ActionSpec("lab.decisions", QT_TRANSLATE_NOOP("Actions", "&Decision Log"), "Ctrl+Alt+D", "lab",
               lab_hooks.show_tab("decisions"),
               QT_TRANSLATE_NOOP("Actions", "Every key decision and who made it")),
    ActionSpec("lab.learning", QT_TRANSLATE_NOOP("Actions", "&Learning Log"), "Ctrl+Alt+L", "lab",
               lab_hooks.show_tab("learning")),
    ActionSpec("lab.sessions", QT_TRANSLATE_NOOP("Actions", "&Sessions and Check-in"), "Ctrl+Alt+S", "lab",
               lab_hooks.show_tab("sessions")),
    ActionSpec("lab.add_decision", QT_TRANSLATE_NOOP("Actions", "Record a &Decision…"), "Ctrl+Alt+N", "lab",
               lab_hooks.add_decision, needs="writable", separator_before=True),
    ActionSpec("lab.carry_ideas", QT_TRANSLATE_NOOP("Actions", "&Carry Selected Ideas to a Prototype…"), None, "lab",
               lab_hooks.carry_ideas, needs="writable page:board"),
    ActionSpec("lab.lineage", QT_TRANSLATE_NOOP("Actions", "&Where Did This Note Come From?"), "Ctrl+Alt+W", "lab",
               lab_hooks.show_lineage, needs="page:board"),
    # -- Room (room engineer) ---------------------------------------------------------------
    ActionSpec("room.present", QT_TRANSLATE_NOOP("Actions", "&Presentation Mode"), "F5", "room", room_hooks.toggle_presentation,
               QT_TRANSLATE_NOOP("Actions", "Show the audience screen full screen (on the projector when one is connected); Esc returns"),
               toolbar=True),
    ActionSpec("room.console", QT_TRANSLATE_NOOP("Actions", "Facilitator &Console"), "Ctrl+Shift+R", "room",
               room_hooks.set_console_visible,
               QT_TRANSLATE_NOOP("Actions", "Preview of the audience screen, timer, voting progress and private notes"),
               checkable=True),
    ActionSpec("room.audience_screen", QT_TRANSLATE_NOOP("Actions", "Audience &Screen"), None, "room",
               room_hooks.fill_screen_menu, QT_TRANSLATE_NOOP("Actions", "Which screen is the projector (remembered)"),
               submenu=True),
    ActionSpec("room.phones", QT_TRANSLATE_NOOP("Actions", "Open the Room to P&hones…"), "Ctrl+Shift+Q", "room",
               phones_hooks.open_phones,
               QT_TRANSLATE_NOOP("Actions", "Participants join with a QR code and vote from their phones (no internet needed)"),
               needs="writable"),
    # -- Room: notes from phones (notes engineer) -------------------------------------------
    ActionSpec("room.phone_notes", QT_TRANSLATE_NOOP("Actions", "Receive &Notes from Phones…"), "Ctrl+Shift+Y", "room",
               phone_notes_hooks.toggle_phone_notes,
               QT_TRANSLATE_NOOP("Actions", "Participants write notes on their phones; they come to this board"),
               needs="writable page:board", checkable=True),
    ActionSpec("room.send_welcome", QT_TRANSLATE_NOOP("Actions", "Show the &Welcome Card"), "Ctrl+Shift+W", "room",
               room_hooks.send_welcome, separator_before=True),
    ActionSpec("room.send_board", QT_TRANSLATE_NOOP("Actions", "Show My &Board (Follow Me)"), "Ctrl+Shift+F", "room",
               room_hooks.send_board, QT_TRANSLATE_NOOP("Actions", "The audience screen follows the part of the board you look at")),
    ActionSpec("room.freeze", QT_TRANSLATE_NOOP("Actions", "&Freeze the Screen"), "Ctrl+Shift+E", "room",
               room_hooks.freeze_board, QT_TRANSLATE_NOOP("Actions", "Keep the board as it is now on the audience screen while you work")),
    ActionSpec("room.send_voting", QT_TRANSLATE_NOOP("Actions", "Show the &Voting Screen"), "Ctrl+Shift+U", "room",
               room_hooks.send_voting),
    ActionSpec("room.send_timer", QT_TRANSLATE_NOOP("Actions", "Show the &Timer"), "Ctrl+Shift+T", "room", room_hooks.send_timer),
    ActionSpec("room.timer_toggle", QT_TRANSLATE_NOOP("Actions", "&Start or Pause the Timer"), "Ctrl+T", "room",
               room_hooks.toggle_timer, separator_before=True),
    ActionSpec("room.timer_add_minute", QT_TRANSLATE_NOOP("Actions", "&Add a Minute to the Timer"), "Ctrl+Shift+M", "room",
               room_hooks.add_minute),
    ActionSpec("view.projector_theme", QT_TRANSLATE_NOOP("Actions", "P&rojector Theme (High Contrast)"), "Ctrl+Shift+H", "view",
               room_hooks.toggle_projector_theme,
               QT_TRANSLATE_NOOP("Actions", "Bigger text, thicker outlines and strong colors for a washed-out projector"),
               checkable=True, separator_before=True),
    ActionSpec("edit.preferences", QT_TRANSLATE_NOOP("Actions", "Pre&ferences…"), (Key.Preferences, "Ctrl+,"), "edit",
               room_hooks.show_preferences, QT_TRANSLATE_NOOP("Actions", "Language, theme, text size, audience screen"),
               separator_before=True, role=QAction.MenuRole.PreferencesRole),
    ActionSpec("help.guide", QT_TRANSLATE_NOOP("Actions", "Facilitator's &Guide"), None, "help", shell_hooks.open_guide,
               QT_TRANSLATE_NOOP("Actions", "How to run a lab day: before, during and after the workshop")),
    ActionSpec("help.shortcuts", QT_TRANSLATE_NOOP("Actions", "&Keyboard Shortcuts"), ("F1", "?"), "help", room_hooks.show_shortcuts),
    # -- Help -------------------------------------------------------------------------------
    ActionSpec("help.about", QT_TRANSLATE_NOOP("Actions", "&About Resiliency Lab"), None, "help", shell_hooks.show_about,
               role=QAction.MenuRole.AboutRole),
]


def tr(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


def key_sequences(shortcut: Shortcut) -> list[QKeySequence]:
    if shortcut is None:
        return []
    items = shortcut if isinstance(shortcut, tuple) else (shortcut,)
    sequences: list[QKeySequence] = []
    for item in items:
        if isinstance(item, Key):
            sequences.extend(QKeySequence.keyBindings(item))
        else:
            sequences.append(QKeySequence(item))
    return sequences


def all_actions() -> list[ActionSpec]:
    """The table's rows, then those of the registered features."""
    from reslab_desktop.ui import builtin_features  # noqa: F401 - registers the app's features
    from reslab_desktop.ui.features import FEATURES

    return [*ACTIONS, *FEATURES.actions()]


def install_actions(
    window: QMainWindow,
    menubar: QMenuBar,
    toolbar: QToolBar | None,
    on_error: Callable[[QWidget, ReslabError], object],
    specs: list[ActionSpec] | None = None,
) -> dict[str, QAction]:
    """Build every action, the menus and the toolbar. Returns the actions by id."""
    specs = all_actions() if specs is None else specs
    ids = [s.id for s in specs]
    duplicates = {i for i in ids if ids.count(i) > 1}
    if duplicates:
        raise ValueError(f"duplicate action ids in ui/actions.py: {sorted(duplicates)}")
    named = [s.id for s in specs if not callable(s.handler)]
    if named:  # a method name looked up on the window is what the registry replaced
        raise TypeError(f"action handlers must be callables taking the window: {named}")
    menus: dict[str, QMenu] = {}
    for key, title in MENUS:
        menus[key] = menubar.addMenu(tr(title))
        menus[key].setObjectName(f"menu.{key}")
    actions: dict[str, QAction] = {}
    for spec in specs:
        action = _build(window, spec, on_error)
        actions[spec.id] = action
        if spec.menu:
            menu = menus[spec.menu]
            if spec.separator_before and not menu.isEmpty():
                menu.addSeparator()
            menu.addAction(action)
        else:
            window.addAction(action)  # a shortcut-only row still needs a widget to listen
        if spec.toolbar and toolbar is not None:
            toolbar.addAction(action)
    for menu in menus.values():
        menu.menuAction().setVisible(not menu.isEmpty())
    return actions


def retranslate_actions(window: QMainWindow, actions: dict[str, QAction], specs: list[ActionSpec] | None = None) -> None:
    """Re-apply the translated menu titles, texts and tips (on the window's LanguageChange)."""
    for spec in all_actions() if specs is None else specs:
        action = actions.get(spec.id)
        if action is None:
            continue
        action.setText(tr(spec.text))
        if spec.tip:
            action.setStatusTip(tr(spec.tip))
            action.setToolTip(tr(spec.tip))
    for key, title in MENUS:
        menu = window.menuBar().findChild(QMenu, f"menu.{key}")
        if menu is not None:
            menu.setTitle(tr(title))


def _build(window: QMainWindow, spec: ActionSpec, on_error: Callable[[QWidget, ReslabError], object]) -> QAction:
    action = QAction(tr(spec.text), window)
    action.setObjectName(spec.id)
    action.setShortcuts(key_sequences(spec.shortcut))
    if spec.tip:
        action.setStatusTip(tr(spec.tip))
        action.setToolTip(tr(spec.tip))
    if spec.role is not None:
        action.setMenuRole(spec.role)
    action.setProperty("needs", spec.needs)
    if spec.submenu:
        menu = QMenu(window)
        menu.setObjectName(f"{spec.id}.menu")
        action.setMenu(menu)
        menu.aboutToShow.connect(partial(_call, window, spec, on_error, menu))
        return action
    if spec.checkable:
        action.setCheckable(True)
        action.toggled.connect(partial(_call, window, spec, on_error))
    else:
        action.triggered.connect(lambda *_: _call(window, spec, on_error))
    return action


def _call(window: QMainWindow, spec: ActionSpec, on_error: Callable[[QWidget, ReslabError], object],
          *args: Any) -> None:
    try:
        spec.handler(window, *args)
    except ReslabError as exc:
        on_error(window, exc)


def needs_met(needs: str, *, writable: bool, page: str) -> bool:
    for need in needs.split():
        if need == "writable" and not writable:
            return False
        if need.startswith("page:") and need[5:] != page:
            return False
    return True
