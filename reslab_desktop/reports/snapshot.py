"""Reading a workshop for a PDF on a worker thread: a private, consistent snapshot.

``reports.api.prepare`` reads everything a document needs through the services, each read
in its own ``store.read()`` transaction. On the thread that owns the app's store those reads
cannot interleave with the app's writes; on a worker they could. ``SnapshotStore`` opens
the same file with read-only connections of its own (nothing is shared with the app's
store or its thread) and, inside ``held()``, hands every ``read()`` the SAME session in ONE
read transaction, so the loaders see a single committed state of the file.

    with SnapshotStore.held_open(store.path) as snap:   # any thread
        job = prepare(snap, options)

While the snapshot is read (a tenth of a second for 3,000 notes) an app write waits for it
(SQLite's busy timeout), as it would wait for any reader of the file.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy.orm import Session

from reslab_desktop.storage import Store


class SnapshotStore(Store):
    """A read-only ``Store`` on ``path`` whose reads share one transaction while held."""

    def __init__(self, path: Path) -> None:
        super().__init__(Path(path), read_only=True)
        self._held: Session | None = None

    @classmethod
    @contextlib.contextmanager
    def held_open(cls, path: Path) -> Iterator[SnapshotStore]:
        store = cls(path)
        try:
            with store.held():
                yield store
        finally:
            store.close()

    @contextlib.contextmanager
    def held(self) -> Iterator[SnapshotStore]:
        """Every ``read()`` inside the block uses the same session and transaction."""
        with super().read() as session:  # BEGIN … ROLLBACK; bad text is reported as usual
            self._held = session
            try:
                yield self
            finally:
                self._held = None

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        if self._held is None:
            with super().read() as session:
                yield session
        else:
            yield self._held
