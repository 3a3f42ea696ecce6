"""The feature registry and the typed window context: a feature plugs into every window through
``FEATURES`` (its rows in the menus, attach when the window is built, detach before its file
closes) and keeps its per-window state under a typed key, never as a window attribute."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMenu

from reslab_desktop.services.workshop import get_workshop
from reslab_desktop.storage import Store
from reslab_desktop.ui.actions import ActionSpec
from reslab_desktop.ui.features import FEATURES, Feature, FeatureRegistry
from reslab_desktop.ui.room.hooks import ROOM, Room, room_for
from reslab_desktop.ui.window_context import FeatureKey, FeatureState, WindowContext


def _file(tmp_path: Path) -> Path:
    path = tmp_path / "taller.reslab"
    Store.create(path, "Taller", "es").close()
    return path


class Counter:
    def __init__(self) -> None:
        self.clicks = 0


COUNTER: FeatureKey[Counter] = FeatureKey("test.counter")


@pytest.fixture
def counter_feature():
    seen: list[str] = []

    def click(window: WindowContext) -> None:
        window.features.require(COUNTER).clicks += 1

    feature = Feature(
        "test.counter",
        actions=[ActionSpec("help.test_counter", "Count", None, "help", click)],
        attach=lambda w: (seen.append("attach"), w.features.put(COUNTER, Counter())),
        # detached before the window closes its file: the feature can still read it
        detach=lambda w: seen.append(f"detach with {w.features.require(COUNTER).clicks} clicks "
                                     f"from {get_workshop(w.store).title}"),
    )
    FEATURES.register(feature)
    yield seen
    FEATURES.unregister(feature.name)


def test_a_registered_feature_plugs_into_the_window(open_window, tmp_path, counter_feature) -> None:
    window = open_window(_file(tmp_path))
    assert counter_feature == ["attach"]
    action = window.actions_by_id["help.test_counter"]
    assert action in window.menuBar().findChild(QMenu, "menu.help").actions()
    action.trigger()
    action.trigger()
    assert window.features.require(COUNTER).clicks == 2
    window.close()
    assert counter_feature == ["attach", "detach with 2 clicks from Taller"]


def test_feature_state_is_reachable_only_through_its_typed_key(open_window, tmp_path) -> None:
    window = open_window(_file(tmp_path))
    assert window.features.get(ROOM) is None
    window.actions_by_id["room.console"].setChecked(True)
    room = window.features.require(ROOM)
    assert isinstance(room, Room) and room_for(window) is room and room.console.isVisible()
    # nothing of the room's hangs on the window itself
    assert not [name for name in vars(window) if "room" in name or name.startswith("_reslab")]
    assert "room" in set(window.features.names())


def test_feature_state_and_registry_refuse_doubles() -> None:
    state = FeatureState()
    key: FeatureKey[int] = FeatureKey("n")
    other: FeatureKey[int] = FeatureKey("n")  # same name, another key: keys compare by identity
    assert state.setdefault(key, lambda: 1) == 1 and state.setdefault(key, lambda: 2) == 1
    assert state.get(other) is None
    with pytest.raises(ValueError, match="already set"):
        state.put(key, 3)
    with pytest.raises(LookupError, match="no 'n' state"):
        state.require(other)
    registry = FeatureRegistry()
    registry.register(Feature("x"))
    with pytest.raises(ValueError, match="already registered"):
        registry.register(Feature("x"))


def test_an_action_row_naming_a_window_method_is_refused(app) -> None:
    from PySide6.QtWidgets import QMainWindow

    from reslab_desktop.ui.actions import install_actions

    window = QMainWindow()
    rows = [ActionSpec("help.by_name", "By name", None, "help", "show_about")]  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"callables taking the window: \['help.by_name'\]"):
        install_actions(window, window.menuBar(), None, lambda *_: None, rows)
    window.deleteLater()
