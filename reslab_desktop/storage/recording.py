"""Collecting the change sets this thread commits, e.g. to make them one undo step.

``with recording() as got:`` — every write committed by this thread inside the block (on any
store) appends its :class:`~reslab_desktop.storage.changes.ChangeSet` to ``got``. Recordings
nest: an inner one sees its own writes, and the outer one sees them too.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from reslab_desktop.storage.changes import ChangeSet

_local = threading.local()


@contextlib.contextmanager
def recording() -> Iterator[list[tuple[Any, ChangeSet]]]:
    """Yields a list that fills with ``(store, change set)`` pairs as writes commit."""
    got: list[tuple[Any, ChangeSet]] = []
    stack: list[list[tuple[Any, ChangeSet]]] = _local.__dict__.setdefault("stack", [])
    stack.append(got)
    try:
        yield got
    finally:
        stack.remove(got)


def committed(store: Any, changes: ChangeSet) -> None:
    """Called by ``Store.write`` after each commit on this thread."""
    for got in _local.__dict__.get("stack", ()):
        got.append((store, changes))
