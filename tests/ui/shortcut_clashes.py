"""Shortcuts as Qt resolves them: which key sequences two live actions share in one context.

Qt matches a key press against every enabled ``QAction`` and ``QShortcut`` whose shortcut
context contains the focus widget; two matches print "Ambiguous shortcut overload" and run
neither. So the check works on the *built* objects, not on the action table: each action's
``shortcuts()`` (a ``QKeySequence.StandardKey`` is already expanded by the running platform
theme, e.g. Delete is Del *and* Ctrl+D on X11) and each ``QShortcut``'s ``keys()``, with the
context each is alive in:

- ``WindowShortcut``: the windows of the widgets the action is added to (an action in a menu
  lives where that menu's own action is added: the window of the menu bar);
- ``WidgetShortcut`` / ``WidgetWithChildrenShortcut``: that widget (and its children), which is
  inside its window, so it clashes with the window's shortcuts too;
- ``ApplicationShortcut``: every window.

Enabled or not does not matter here: an action disabled on one page is enabled on another,
and the check must not depend on the page a test happens to show.

Run as a script (``python tests/ui/shortcut_clashes.py FILE.reslab``) it opens the app's
windows on that workshop and prints the clashes (exit 1 when there are any): the tests run it
under other platforms (X11 through xvfb-run) whose key bindings differ.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from shiboken6 import isValid

Portable = QKeySequence.SequenceFormat.PortableText


@dataclass(frozen=True)
class Binding:
    name: str  # the action's objectName (its action-table id) or the shortcut's owner
    keys: frozenset[str]  # portable texts: "Ctrl+D", "Del"
    windows: frozenset[int]  # ids of the top-level widgets where it is alive (empty: all)
    widget: int | None  # a widget-context binding: its widget's id


def _menu_windows(menu: QMenu, seen: set[int]) -> set[QWidget]:
    """The windows where the actions of ``menu`` are alive: where its menu action is added."""
    if id(menu) in seen:
        return set()
    seen.add(id(menu))
    found: set[QWidget] = set()
    for owner in menu.menuAction().associatedObjects():
        found |= _widget_windows(owner, seen)
    return found


def _widget_windows(owner: QObject, seen: set[int]) -> set[QWidget]:
    if isinstance(owner, QMenu):
        return _menu_windows(owner, seen)
    if isinstance(owner, QWidget):
        return {owner.window()}
    return set()


def bindings(app: QApplication) -> list[Binding]:
    """Every action and QShortcut of the application's widgets with a key sequence."""
    out: list[Binding] = []
    actions: dict[int, QAction] = {}
    for widget in app.allWidgets():
        if not isValid(widget):
            continue
        for action in widget.actions():
            actions[id(action)] = action
    for action in actions.values():
        if not isValid(action):
            continue
        keys = frozenset(s.toString(Portable) for s in action.shortcuts() if not s.isEmpty())
        if not keys:
            continue
        context = action.shortcutContext()
        windows: set[QWidget] = set()
        for owner in action.associatedObjects():
            windows |= _widget_windows(owner, set())
        if not windows and context != Qt.ShortcutContext.ApplicationShortcut:
            continue  # added nowhere: never triggered by a key
        alive = frozenset() if context == Qt.ShortcutContext.ApplicationShortcut else frozenset(map(id, windows))
        out.append(Binding(action.objectName() or action.text(), keys, alive, None))
    for window in app.topLevelWidgets():
        if not isValid(window):
            continue
        for shortcut in window.findChildren(QShortcut):
            keys = frozenset(s.toString(Portable) for s in shortcut.keys() if not s.isEmpty())  # noqa: SIM118 (a QShortcut, not a dict)
            parent = shortcut.parent()
            if not keys or not isinstance(parent, QWidget):
                continue
            context = shortcut.context()
            alive = frozenset() if context == Qt.ShortcutContext.ApplicationShortcut else frozenset({id(parent.window())})
            widget = id(parent) if context in (Qt.ShortcutContext.WidgetShortcut,
                                               Qt.ShortcutContext.WidgetWithChildrenShortcut) else None
            name = f"QShortcut of {type(parent).__name__}#{parent.objectName()}"
            out.append(Binding(name, keys, alive, widget))
    return out


def _together(a: Binding, b: Binding) -> bool:
    """Can one focus widget reach both? (Two widget-context shortcuts of different widgets
    are treated as reachable together: one may hold the other.)"""
    if not a.windows or not b.windows:
        return True
    return bool(a.windows & b.windows)


def clashes(app: QApplication) -> dict[str, list[str]]:
    """Key sequence → the names bound to it in one context (only those with several)."""
    found: dict[str, set[str]] = {}
    items = bindings(app)
    for i, a in enumerate(items):
        for b in items[i + 1:]:
            if a.name == b.name and a.windows == b.windows:
                continue  # one action of several windows alike (each window builds its own)
            for key in a.keys & b.keys:
                if _together(a, b):
                    found.setdefault(key, set()).update((a.name, b.name))
    return {key: sorted(names) for key, names in sorted(found.items())}


def open_every_window(path: Path) -> list[QWidget]:
    """The start screen and a workshop window with every page built (board shown last)."""
    from reslab_desktop.services.boards import list_boards
    from reslab_desktop.ui.workspace import workspace

    ws = workspace()
    window = ws.open_path(path)
    start = ws.show_start()
    for key in window.page_keys():  # build every registered page (their widgets' shortcuts)
        window.show_page(key)
    window.open_board(list_boards(window.store)[0].id)
    window.actions_by_id["room.console"].setChecked(True)
    return [start, window]


def main(argv: list[str]) -> int:
    import json
    import os
    import tempfile

    from PySide6.QtCore import QSettings

    home = Path(tempfile.mkdtemp(prefix="reslab-shortcuts-"))
    os.environ["XDG_CONFIG_HOME"] = str(home)
    for fmt in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(home))
    app = QApplication(argv[:1])
    from reslab_desktop.ui.app import prepare_application

    prepare_application(app)
    windows = open_every_window(Path(argv[1]))
    result = {"platform": QApplication.platformName(), "clashes": clashes(app),
              "delete": [s.toString(Portable) for s in QKeySequence.keyBindings(QKeySequence.StandardKey.Delete)]}
    print(json.dumps(result))
    for window in windows:
        window.close()
    return 1 if result["clashes"] else 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    sys.exit(main(sys.argv))
