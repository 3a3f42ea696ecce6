"""The room server: aiohttp on its own thread and event loop, one writer thread for the file.

* The event loop parses requests, checks tokens and limits and answers; it never waits on
  SQLite. Writes run on **one** writer thread (a single-worker executor: phone writes are
  serialized) and reads too (below). Dots are group-committed (``batch.py``): what many phones
  sent meanwhile is one transaction, each phone answered after that commit.
* The server writes through the store it is given — in the app, the window's own store (a
  second writer: ``Store.write()`` serializes the two), in ``reslab serve`` a store of its own.
  Its writes are named ``PHONE`` in their change sets (``store.acting_as``), which is how the
  window's views and undo history tell them apart; ``on_phone_changes`` gets them too, on the
  writer thread.
* Reads run on the same thread as writes: with SQLite's rollback journal a reader on another
  thread makes a commit wait (``busy_timeout`` sleeps), which doubled a dot's time under load.
* A watcher notices every commit to the file, by anyone (``PRAGMA data_version``), reads what
  phones may see again and tells the phones when it changed. A change set of another writer
  of the same store (the facilitator opening or closing a round) wakes it at once.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import ipaddress
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, TypeVar

from aiohttp import web

from reslab_desktop.errors import ReslabError
from reslab_desktop.room.batch import Dot, DotBatcher
from reslab_desktop.room.codes import check_code, new_code
from reslab_desktop.room.connections import ConnectionWatch, Guard, JsonErrorsHandler
from reslab_desktop.room.limits import IDLE_KEEPALIVE_S, MAX_BODY
from reslab_desktop.room.live import LiveHub
from reslab_desktop.room.seats import Seats
from reslab_desktop.room.views import RoomView, read_view
from reslab_desktop.services.voting_records import now
from reslab_desktop.storage import PHONE, Change, ChangeSet, Store
from reslab_desktop.storage.store import connect_file

DEFAULT_PORT = 8642
WATCH_INTERVAL_S = 0.5
FULL_REFRESH_S = 5.0  # read the view again at least this often while the file changes
T = TypeVar("T")

_HANDLER_ARGS: dict[str, Any] = {
    "keepalive_timeout": IDLE_KEEPALIVE_S,
    "access_log": None,
    "max_line_size": 4096,
    "max_field_size": 4096,
    "max_headers": 64,
    "lingering_time": 2.0,
}


class RoomError(ReslabError):
    """The room cannot open (address not on this machine, port in use…): one line."""


@dataclass
class RoomStats:
    """What the facilitator's console shows about reaching the server."""

    started_at: float = field(default_factory=time.monotonic)
    requests: int = 0
    server_errors: int = 0
    remote_addresses: set[str] = field(default_factory=set)

    @property
    def phones_reached(self) -> int:
        """Addresses other than this machine's loopback that reached the server."""
        return sum(1 for a in self.remote_addresses if not _is_loopback(a))


def parse_host(host: str) -> str:
    """An IP address to bind (``localhost`` → 127.0.0.1), else ``RoomError``."""
    if host == "localhost":
        return "127.0.0.1"
    try:
        return str(ipaddress.ip_address(host.strip("[]")))
    except ValueError:
        raise RoomError(f"{host!r} is not an IP address (e.g. 192.168.1.20, or 0.0.0.0 for every network)") from None


class RoomServer:
    def __init__(
        self,
        store: Store,
        *,
        host: str = "127.0.0.1",
        port: int = DEFAULT_PORT,
        code: str | None = None,
        guests: bool = False,
        on_phone_changes: Callable[[Sequence[Change]], None] | None = None,
    ) -> None:
        self.store = store
        self.host = parse_host(host)
        self.port = port
        try:
            self.code = check_code(code) if code is not None else new_code()
        except ValueError as exc:
            raise RoomError(str(exc)) from None
        self.guests = guests
        self.stats = RoomStats()
        self.seats = Seats()
        self.hub = LiveHub()
        self.watch = ConnectionWatch()
        self.view = RoomView()
        self.opened_at = now()
        self._phone_rounds_off: set[str] = set()
        self.on_phone_changes = on_phone_changes
        self.on_seats_changed: Callable[[], None] | None = None
        self.seats.on_change = self._seats_changed
        from reslab_desktop.room.notes import NotesRoom

        self.notes = NotesRoom(self)
        self.notes.stage.on_change = lambda: self.poke(publish=True)
        self.writer = ThreadPoolExecutor(1, thread_name_prefix="room-writer")
        self.readers = self.writer  # see the module doc: one thread for the file, no lock waits
        self.dots = DotBatcher(store, self.writer, after_commit=self._after_dots)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._stop: asyncio.Event | None = None
        self._poke: asyncio.Event | None = None
        self._ready = threading.Event()
        self._failure: BaseException | None = None
        self._data_version: int | None = None
        self._own_version: int | None = None  # the file's version right after our last dot
        self._watch_conn: Any = None
        self._refreshed_at = 0.0
        self._others_wrote = False  # another writer of this store committed: read the view again

    # -------------------------------------------------------------- the facilitator's side

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/j/{self.code}"

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive() and self._ready.is_set()

    def start(self, timeout: float = 15.0) -> str:
        """Listen and serve on a thread of its own; returns :attr:`url` once listening."""
        self.view = read_view(self.store, self.opened_at)
        self.store.events.subscribe(self._announce)
        self._thread = threading.Thread(target=self._run, name="room-server", daemon=True)
        self._thread.start()
        if not self._ready.wait(timeout):
            self.stop()
            raise RoomError("the room server did not start in time")
        if self._failure is not None:
            self._shutdown_executors()
            self.store.events.unsubscribe(self._announce)
            raise self._failure
        return self.url

    def stop(self, timeout: float = 10.0) -> None:
        """Close every connection, finish the write under way, and stop."""
        loop, stop = self._loop, self._stop
        if loop is not None and stop is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(stop.set)
        if self._thread is not None:
            self._thread.join(timeout)
        self._shutdown_executors()
        self.store.events.unsubscribe(self._announce)

    def phones_may_vote(self, round_id: str) -> bool:
        return round_id not in self._phone_rounds_off

    def set_phones_may_vote(self, round_id: str, allowed: bool) -> None:
        """A round kept for the shared screen only is neither listed nor votable on phones."""
        (self._phone_rounds_off.discard if allowed else self._phone_rounds_off.add)(round_id)
        self.poke(publish=True)

    def remove_device(self, device_id: str) -> bool:
        seat = self.seats.remove(device_id)
        if seat is not None and self._loop is not None:
            self._call(self.hub.close_device(device_id))
        return seat is not None

    def poke(self, publish: bool = False) -> None:
        """Look at the file now (thread-safe); ``publish``: tell the phones in any case."""
        if publish and self._loop is not None:
            self._call(self.hub.publish({"type": "state"}))
        if self._loop is not None and self._poke is not None:
            with contextlib.suppress(RuntimeError):
                self._loop.call_soon_threadsafe(self._poke.set)

    # -------------------------------------------------------------- used by the handlers

    async def write(self, fn: Callable[..., T], *args: Any) -> T:
        """``fn(*args)`` on the writer thread; what it writes is a phone's (``PHONE``)."""
        return await asyncio.get_running_loop().run_in_executor(self.writer, self._as_phone, fn, *args)

    def _as_phone(self, fn: Callable[..., T], *args: Any) -> T:
        with self.store.acting_as(PHONE):
            return fn(*args)

    async def write_dot(self, dot: Dot) -> dict[str, int]:
        """A dot, written with the others queued meanwhile in one transaction (``batch.py``).
        It changes only the caller's own dots: the watcher need not read the view again for
        it (what phones see is the same), which keeps the writer free for dots."""
        return await self.dots.submit(dot)

    def _after_dots(self) -> None:
        conn = self._watch_conn  # read once: the watcher may let go of it meanwhile
        if conn is not None:
            self._own_version = conn.execute("PRAGMA data_version").fetchone()[0]

    async def read(self, fn: Callable[..., T], *args: Any) -> T:
        return await asyncio.get_running_loop().run_in_executor(self.readers, fn, *args)

    async def refresh_view(self) -> RoomView:
        self._refreshed_at = time.monotonic()
        view = await self.read(read_view, self.store, self.opened_at)
        changed = view != self.view
        self.view = view
        if changed:
            known = set(view.people)
            for seat in self.seats.drop_participants(known):
                await self.hub.close_device(seat.device_id)
            await self.hub.publish({"type": "state"})
        return view

    @property
    def data_version(self) -> int | None:
        """The file's ``PRAGMA data_version`` as last read by the watcher (changes with every commit)."""
        return self._data_version

    def server_error(self) -> None:
        self.stats.server_errors += 1

    # -------------------------------------------------------------- the loop's thread

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        try:
            loop.run_until_complete(self._serve())
        except BaseException as exc:  # noqa: BLE001 - reported to start(), never lost
            self._failure = self._failure or RoomError(f"the room server stopped: {exc}")
            self._ready.set()
        finally:
            with contextlib.suppress(Exception):
                loop.run_until_complete(loop.shutdown_asyncgens())
            loop.close()

    async def _serve(self) -> None:
        from reslab_desktop.room.api import build_app

        self._stop, self._poke = asyncio.Event(), asyncio.Event()
        app = build_app(self)
        runner = web.AppRunner(app, handle_signals=False, **_HANDLER_ARGS)
        await runner.setup()
        manager = runner.server
        assert manager is not None
        loop = asyncio.get_running_loop()

        def protocol() -> Guard:
            return Guard(JsonErrorsHandler(manager, loop=loop, **_HANDLER_ARGS), self.watch)

        try:
            server = await loop.create_server(protocol, self.host, self.port, backlog=256)
        except OSError as exc:
            await runner.cleanup()
            self._failure = RoomError(_listen_error(self.host, self.port, exc))
            self._ready.set()
            return
        self.port = server.sockets[0].getsockname()[1]
        self.watch.start()
        watcher = loop.create_task(self._watch_file())
        self._ready.set()
        try:
            await self._stop.wait()
        finally:
            watcher.cancel()
            self.watch.stop()
            server.close()
            await self.hub.close_all()
            await runner.shutdown()
            await runner.cleanup()
            with contextlib.suppress(Exception):
                await asyncio.wait_for(server.wait_closed(), 2)

    async def _watch_file(self) -> None:
        conn = self._watch_conn = await self.read(connect_file, self.store.path, True)
        try:
            while True:
                assert self._poke is not None
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._poke.wait(), WATCH_INTERVAL_S)
                self._poke.clear()
                try:
                    version = await self.read(lambda: conn.execute("PRAGMA data_version").fetchone()[0])
                    others, self._others_wrote = self._others_wrote, False
                    if version != self._data_version or others:
                        self._data_version = version
                        only_dots = (not others and version == self._own_version
                                     and time.monotonic() - self._refreshed_at < FULL_REFRESH_S)
                        if not only_dots:
                            await self.refresh_view()
                            await self.notes.file_changed()
                except ReslabError:
                    continue  # e.g. the file is being repaired: the phones keep the last view
                except Exception as exc:  # noqa: BLE001 - the watcher must not die
                    self.server_error()
                    print(f"room: could not read the workshop: {type(exc).__name__}: {exc}", flush=True,
                          file=__import__("sys").stderr)
                    await asyncio.sleep(2)
        finally:
            self._watch_conn = None
            # Closed on the file's thread, after whatever it is still running on this connection
            # (a cancelled read goes on there): closing it from here crashed the interpreter.
            try:
                self.writer.submit(conn.close)
            except RuntimeError:  # that thread has stopped: nothing else can use the connection
                conn.close()

    # -------------------------------------------------------------- plumbing

    def _announce(self, changes: Sequence[Change]) -> None:
        """On the thread that committed ``changes``: a phone's write (this server's writer
        thread) is passed on; another writer's wakes the watcher."""
        if isinstance(changes, ChangeSet) and changes.initiator != PHONE:
            self._others_wrote = True
            self.poke()
        elif self.on_phone_changes is not None:
            self.on_phone_changes(changes)

    def _seats_changed(self) -> None:
        if self.on_seats_changed is not None:
            self.on_seats_changed()

    def _call(self, coro: Any) -> None:
        assert self._loop is not None
        try:
            asyncio.run_coroutine_threadsafe(coro, self._loop)
        except RuntimeError:
            coro.close()  # the loop has stopped

    def _shutdown_executors(self) -> None:
        self.writer.shutdown(wait=True)
        self.readers.shutdown(wait=True)


def _is_loopback(address: str) -> bool:
    try:
        return ipaddress.ip_address(address).is_loopback
    except ValueError:
        return False


def _listen_error(host: str, port: int, exc: OSError) -> str:
    if exc.errno == errno.EADDRINUSE:
        return f"port {port} on {host} is already in use (another program, or a room already open); choose another with --port"
    if exc.errno in (errno.EADDRNOTAVAIL, getattr(errno, "WSAEADDRNOTAVAIL", -1)):
        return f"{host} is not an address of this computer (is the network connected?)"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return f"not allowed to listen on port {port} (ports below 1024 need an administrator); use --port {DEFAULT_PORT}"
    return f"cannot listen on {host}:{port}: {exc.strerror or exc}"


__all__ = ["DEFAULT_PORT", "MAX_BODY", "RoomError", "RoomServer", "RoomStats"]
