"""The open workshop file: engine settings, one transaction per action, change announcements.

Journal mode is DELETE with ``synchronous=FULL``: after every commit the single ``.reslab``
file is complete on disk (no ``-wal`` beside it), so it can be copied while the app is open.
The cost per commit is measured in ``benchmarks/``.

When the file stops accepting writes (disk full, permission lost, file removed or moved
while open), the failed action is rolled back, its ``StorageError`` tells the user, and the
store *detaches*: its data is copied with the backup API into an in-memory database and the
session goes on there (``store.detached``) until :meth:`Store.save_copy` writes it to a new
file and continues in that file.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import threading
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, MetaData, create_engine, event
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from reslab_desktop.errors import DamagedFileError, ReadOnlyError, ReslabError, WorkshopFileError
from reslab_desktop.storage import recording, rowlog
from reslab_desktop.storage.atomic import atomic_path, hold_input, release_input, remove_stale_parts
from reslab_desktop.storage.changes import ACTION, ChangeSet, acting_as, current_initiator
from reslab_desktop.storage.events import Change, EventBus
from reslab_desktop.storage.migrations import LATEST_VERSION, pending
from reslab_desktop.storage.probe import (
    APPLICATION_ID,
    FileInfo,
    journal_path,
    one_line,
    probe,
    read_only_uri,
)

FILE_SUFFIX = ".reslab"

_CONNECTION_PRAGMAS = (
    "PRAGMA foreign_keys=ON",
    "PRAGMA trusted_schema=OFF",
    "PRAGMA cell_size_check=ON",
    "PRAGMA synchronous=FULL",
    "PRAGMA busy_timeout=5000",
)


# SQLite primary result codes meaning "the file cannot take this write" (not a bug, not busy).
_WRITE_FAILURES = {
    3: "permission denied",  # SQLITE_PERM
    8: "the file has become read-only, or was moved or removed",  # SQLITE_READONLY(_DBMOVED)
    10: "the disk is full or failing (input/output error)",  # SQLITE_IOERR (EFBIG too)
    13: "the disk is full",  # SQLITE_FULL
    14: "the file or its folder cannot be opened",  # SQLITE_CANTOPEN
}


class StorageError(ReslabError):
    """The file could not be written (disk full, permission denied, file removed)."""


@dataclass
class Tx:
    """One user action's transaction: an ORM session, who makes it, and what it announced.

    What the transaction changed is read from the rows SQLite logged (``rowlog.py``) when it
    commits; :meth:`changed` stays for services that announce something more by hand.
    """

    session: Session
    changes: list[Change] = field(default_factory=list)
    initiator: str = ""
    #: ``ACTION`` for a new action, ``UNDO``/``REDO`` when the history applies an operation
    cause: str = ACTION

    def changed(
        self, entity: str, action: str, ids: tuple[str, ...] | list[str] = (), board_id: str | None = None
    ) -> None:
        self.changes.append(Change(entity, action, tuple(ids), board_id))

    def raw(self) -> sqlite3.Connection:
        """The transaction's driver connection (for the row log)."""
        return self.session.connection().connection.driver_connection  # type: ignore[return-value]


class Store:
    """An open ``.reslab`` workshop file. Create with :meth:`create` or :meth:`open`."""

    def __init__(self, path: Path, read_only: bool) -> None:
        self.path = path
        self.read_only = read_only
        #: True once a write failed and the session goes on in memory (see the module doc).
        self.detached = False
        self._memory_uri: str | None = None
        self._memory_anchor: sqlite3.Connection | None = None
        self.events = EventBus()
        #: writes from every thread take turns (one writer at a time); see :meth:`write`
        self._write_lock = threading.Lock()
        self._local = threading.local()
        self._seq = 0
        #: while open, no output of this process may replace the file (``atomic.py``)
        self._input_key = hold_input(path)
        self._new_engine()

    # -- opening -------------------------------------------------------------------------
    @classmethod
    def create(cls, path: Path, title: str, language: str = "es") -> Store:
        """Create a new empty workshop at ``path`` (refuses to overwrite)."""
        from reslab_desktop.model import Workshop

        path = Path(path)
        if path.exists():
            raise WorkshopFileError(f"{path.name}: already exists")
        with atomic_path(path) as tmp:
            tmp.unlink()
            initialise_file(tmp)
            store = cls(tmp, read_only=False)
            try:
                with store.write() as tx:
                    tx.session.add(Workshop(id=1, title=title, language=language))
            finally:
                store.close()
        return cls.open(path)

    @classmethod
    def open(cls, path: Path, read_only: bool = False) -> Store:
        """Open an existing workshop, migrating it (after a backup copy) when it is older."""
        path = Path(path)
        info = probe(path)
        if info.interrupted and read_only:
            # A read-only command never changes the folder, not even to undo a save that was
            # cut short (or to delete a stranger's journal): it reads a rolled-back copy.
            return cls._open_rolled_back_copy(path, info)
        if info.interrupted:
            _roll_back_interrupted_commit(path, info)
        if info.writable:
            remove_stale_parts(path.parent)  # left by a writer that was killed (``atomic.py``)
        if not info.writable:
            read_only = True
        if info.version < LATEST_VERSION:
            if read_only:
                raise WorkshopFileError(
                    f"{path.name}: needs an upgrade to format {LATEST_VERSION}, "
                    "which a read-only file cannot get; copy it somewhere writable first"
                )
            _migrate(path, info.version)
        return cls(path, read_only)

    @classmethod
    def _open_rolled_back_copy(cls, path: Path, info: FileInfo) -> Store:
        import tempfile

        folder = tempfile.TemporaryDirectory(prefix="reslab-read-")
        try:
            copy = Path(folder.name) / path.name
            shutil.copyfile(path, copy)
            shutil.copyfile(journal_path(path), journal_path(copy))
            _roll_back_interrupted_commit(copy, FileInfo(copy, info.version, writable=True, interrupted=True))
            if info.version < LATEST_VERSION:
                raise WorkshopFileError(
                    f"{path.name}: needs an upgrade to format {LATEST_VERSION}, "
                    "which a read-only file cannot get; copy it somewhere writable first"
                )
            store = cls(copy, read_only=True)
        except BaseException:
            folder.cleanup()
            raise
        store._private_folder = folder
        return store

    _private_folder: object = None

    def close(self) -> None:
        self.engine.dispose()
        if self._private_folder is not None:
            self._private_folder.cleanup()  # type: ignore[attr-defined]
            self._private_folder = None
        release_input(self._input_key)
        self._input_key = None
        if self._memory_anchor is not None:
            self._memory_anchor.close()
            self._memory_anchor = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- transactions --------------------------------------------------------------------
    def _new_engine(self) -> None:
        self.engine: Engine = _make_engine(self._connect)
        if not self.read_only:
            event.listen(self.engine, "connect", _install_row_log)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False, autoflush=False)

    @staticmethod
    def acting_as(initiator: str) -> contextlib.AbstractContextManager[None]:
        """Name the writer of this thread's writes (``with store.acting_as(PHONE): …``)."""
        return acting_as(initiator)

    @contextlib.contextmanager
    def write(self, cause: str = ACTION) -> Iterator[Tx]:
        """One action: everything inside commits together, then a ``ChangeSet`` is announced.

        May be called from any thread; writes take turns through one lock, so they commit one
        after another. Called again on a thread whose write is still open (a service calling
        another, a follow-up rule), it joins that transaction (a savepoint: a refused inner
        write is undone alone) and the announcement comes once, after the outer commit.
        """
        if self.read_only:
            raise ReadOnlyError(f"{self.path.name} is open read-only; save a copy to make changes")
        current: Tx | None = getattr(self._local, "tx", None)
        if current is not None:
            with self._joined(current):
                yield current
            return
        with self._write_lock:
            session = self._sessions()
            tx = Tx(session, initiator=current_initiator(), cause=cause)
            self._local.tx = tx
            failure: DBAPIError | None = None
            rows: list[rowlog.RowChange] = []
            try:
                with session.begin():
                    yield tx
                    session.flush()
                    rows = rowlog.collect(tx.raw(), _metadata())
            except OperationalError as exc:
                if is_bad_text(exc):
                    raise self.damaged_text() from exc
                failure = exc
            except UnicodeDecodeError as exc:
                raise self.damaged_text() from exc
            finally:
                self._local.tx = None
                session.close()
            if failure is not None:
                raise self._write_failed(failure) from failure
            self._seq += 1
            changes = ChangeSet.build(self._seq, tx.initiator, rows, _metadata(), tx.changes, tx.cause)
        recording.committed(self, changes)
        self.events.emit(changes)

    @contextlib.contextmanager
    def _joined(self, tx: Tx) -> Iterator[None]:
        mark = len(tx.changes)
        tx.session.flush()
        savepoint = tx.session.begin_nested()
        try:
            yield
            tx.session.flush()
        except BaseException:
            savepoint.rollback()
            del tx.changes[mark:]
            raise
        savepoint.commit()

    @property
    def last_seq(self) -> int:
        """The ``seq`` of the last change set committed (0 before the first)."""
        return self._seq

    def in_write(self) -> bool:
        """Whether this thread has a write of this store open."""
        return getattr(self._local, "tx", None) is not None

    def _write_failed(self, exc: DBAPIError) -> StorageError:
        """The transaction was rolled back; detach if the file itself refuses writes."""
        code = getattr(exc.orig, "sqlite_errorcode", 0) & 0xFF
        reason = _WRITE_FAILURES.get(code)
        if reason is None or self.detached:
            return StorageError(f"could not save to {self.path.name}: {one_line(exc.orig)}")
        try:
            self._detach()
        except (sqlite3.Error, OSError) as copy_exc:
            return StorageError(
                f"could not save to {self.path.name} ({reason}) and could not keep the workshop "
                f"in memory ({one_line(copy_exc)}); the last saved state is in the file and its backups"
            )
        return StorageError(
            f"could not save to {self.path.name} ({reason}); the last change was undone and "
            "your work now continues in memory: use \"Save a copy as…\" to keep it"
        )

    def _detach(self) -> None:
        uri = f"file:reslab-{uuid.uuid4().hex}?mode=memory&cache=shared"
        anchor = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
        try:
            # The pooled connection still holds the file open, even if it was removed.
            with self.engine.connect() as conn:
                raw = conn.connection.driver_connection
                assert isinstance(raw, sqlite3.Connection)
                raw.backup(anchor)
        except BaseException:
            anchor.close()
            raise
        self.engine.dispose()
        self._memory_uri, self._memory_anchor = uri, anchor
        self._new_engine()
        self.detached = True

    def save_copy(self, target: Path) -> None:
        """Write the workshop to ``target`` (a new file) and go on working in that file.

        This is how a detached session gets back onto disk; on a healthy store it is
        "Save as…". Nothing changes if the copy cannot be written.
        """
        target = Path(target)
        if target.exists():
            raise WorkshopFileError(f"{target.name}: already exists (choose another name)")
        with self._write_lock:  # no other writer between the copy and the switch
            self.backup_to(target)
            old_engine, old_anchor = self.engine, self._memory_anchor
            self.path, self.read_only, self.detached = target, False, False
            release_input(self._input_key)
            self._input_key = hold_input(target)
            self._memory_uri = self._memory_anchor = None
            self._new_engine()
            old_engine.dispose()
            if old_anchor is not None:
                old_anchor.close()

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only snapshot for loading records. Inside this thread's open write it is
        that write's session, so a service composed into a write reads what it wrote."""
        current: Tx | None = getattr(self._local, "tx", None)
        if current is not None:
            current.session.flush()
            yield current.session
            return
        session = self._sessions()
        try:
            with session.begin():
                yield session
        except (OperationalError, UnicodeDecodeError) as exc:
            if not is_bad_text(exc):
                raise
            raise self.damaged_text() from exc
        finally:
            session.close()

    def damaged_text(self) -> DamagedFileError:
        """Bytes of a text that are not UTF-8: damage the integrity check cannot see."""
        return DamagedFileError(
            f"{self.path.name}: the file is damaged (a text is not valid UTF-8); "
            "\"reslab check --repair\" recovers what can be read"
        )

    def raw_connection(self) -> sqlite3.Connection:
        """A fresh driver connection with our pragmas, for bulk Core/executemany work."""
        return self._connect()

    def _connect(self, read_only: bool | None = None) -> sqlite3.Connection:
        if self._memory_uri is not None:
            return _connect_memory(self._memory_uri)
        return connect_file(self.path, self.read_only if read_only is None else read_only)

    def backup_to(self, target: Path) -> None:
        """Write a consistent copy of the workshop to ``target`` (SQLite backup API)."""
        with atomic_path(target) as tmp:
            try:
                src = self._connect(read_only=True)
                dst = sqlite3.connect(tmp)
                try:
                    src.backup(dst)
                finally:
                    dst.close()
                    src.close()
            except sqlite3.Error as exc:
                raise StorageError(f"could not copy {self.path.name}: {one_line(exc)}") from exc


def _metadata() -> MetaData:
    from reslab_desktop.model import Base

    return Base.metadata


def _install_row_log(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    rowlog.install(dbapi_connection, _metadata())


def is_bad_text(exc: BaseException) -> bool:
    """A stored text that is not UTF-8 (Python's sqlite3 reports it as OperationalError)."""
    return isinstance(exc, UnicodeDecodeError) or "Could not decode to UTF-8" in str(exc)


def connect_file(path: Path, read_only: bool) -> sqlite3.Connection:
    if read_only:
        conn = sqlite3.connect(read_only_uri(path), uri=True, isolation_level=None, check_same_thread=False)
    else:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    for pragma in _CONNECTION_PRAGMAS:
        conn.execute(pragma)
    if not read_only:
        conn.execute("PRAGMA journal_mode=DELETE")
    return conn


def _connect_memory(uri: str) -> sqlite3.Connection:
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    for pragma in _CONNECTION_PRAGMAS:
        conn.execute(pragma)
    return conn


def _make_engine(creator: Callable[[], sqlite3.Connection]) -> Engine:
    engine = create_engine(
        "sqlite://",
        creator=creator,
        poolclass=QueuePool,
        pool_size=2,  # kept: the GUI thread's and a second writer's (the room); a new one installs the row log
        max_overflow=4,
    )

    # The driver runs in autocommit mode; SQLAlchemy's begin emits the real BEGIN so that
    # every transaction, DDL included, is explicit (the SQLAlchemy pysqlite recipe).
    @event.listens_for(engine, "begin")
    def _begin(conn):  # type: ignore[no-untyped-def]
        conn.exec_driver_sql("BEGIN")

    return engine


def initialise_file(path: Path) -> None:
    conn = connect_file(path, read_only=False)
    try:
        conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
        _apply_migrations(conn, 0)
    finally:
        conn.close()


def _apply_migrations(conn: sqlite3.Connection, from_version: int) -> None:
    steps = pending(from_version)
    if not steps:
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        for migration in steps:
            for statement in migration.statements:
                conn.execute(statement)
        conn.execute(f"PRAGMA user_version={steps[-1].version}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _roll_back_interrupted_commit(path: Path, info: FileInfo) -> None:
    """Let SQLite play back the journal of a commit cut short (probe vetted the result)."""
    if not info.writable:
        raise WorkshopFileError(
            f"{path.name}: a save was interrupted and the file is on a read-only medium; copy it "
            f"together with {journal_path(path).name} to a writable folder and open it there"
        )
    try:
        conn = connect_file(path, read_only=False)
        try:
            conn.execute("PRAGMA schema_version").fetchone()
        finally:
            conn.close()
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        raise WorkshopFileError(f"{path.name}: could not undo an interrupted save ({one_line(exc)})") from exc


def _migrate(path: Path, from_version: int) -> Path:
    """Copy the file aside, then upgrade it in one transaction. Returns the copy's path."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    backup = path.with_name(f"{path.stem}.before-v{LATEST_VERSION}-{stamp}{FILE_SUFFIX}")
    try:
        shutil.copy2(path, backup)
    except OSError as exc:
        raise WorkshopFileError(
            f"{path.name}: needs an upgrade but no backup copy could be written ({exc.strerror})"
        ) from exc
    conn = connect_file(path, read_only=False)
    try:
        _apply_migrations(conn, from_version)
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        raise WorkshopFileError(f"{path.name}: upgrade failed, file left unchanged ({one_line(exc)})") from exc
    finally:
        conn.close()
    return backup
