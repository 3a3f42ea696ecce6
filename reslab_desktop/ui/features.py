"""The feature registry: how a part of the app plugs into every main window.

A :class:`Feature` names its action rows (appended to the table of ``ui/actions.py``), what to
do when a window is built (``attach``) and what to do before the window closes its file
(``detach``: e.g. stop a server writing to it). Features register once, at import, on
:data:`FEATURES`; the window calls :meth:`FeatureRegistry.attach_all` when it is built and
:meth:`FeatureRegistry.detach_all` when it closes. Per-window state lives in
``window.features`` under a typed key (``ui/window_context.py``). ``docs/extending-the-shell.md``
walks through adding one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reslab_desktop.ui.actions import ActionSpec
    from reslab_desktop.ui.window_context import WindowContext

WindowHook = Callable[["WindowContext"], object]


@dataclass(frozen=True)
class Feature:
    name: str
    actions: Sequence[ActionSpec] = ()
    attach: WindowHook | None = None
    detach: WindowHook | None = None


class FeatureRegistry:
    """The features in registration order (their hooks run in that order; detach in reverse)."""

    def __init__(self) -> None:
        self._features: dict[str, Feature] = {}

    def register(self, feature: Feature) -> Feature:
        if feature.name in self._features:
            raise ValueError(f"feature {feature.name!r} is already registered")
        self._features[feature.name] = feature
        return feature

    def unregister(self, name: str) -> None:
        self._features.pop(name, None)

    def __iter__(self) -> Iterator[Feature]:
        return iter(list(self._features.values()))

    def __contains__(self, name: str) -> bool:
        return name in self._features

    def actions(self) -> list[ActionSpec]:
        return [spec for feature in self for spec in feature.actions]

    def attach_all(self, window: WindowContext) -> None:
        for feature in self:
            if feature.attach is not None:
                feature.attach(window)

    def detach_all(self, window: WindowContext) -> None:
        for feature in reversed(list(self)):
            if feature.detach is not None:
                feature.detach(window)


#: The app's registry; the built-in features register in ``ui/builtin_features.py``.
FEATURES = FeatureRegistry()
