"""``reslab serve FILE.reslab``: the room server with no GUI (a room box, the tests).

Prints ``room: http://ADDR:PORT/j/CODE`` as the first line on standard output once listening;
SIGINT or SIGTERM stop it with exit 0 and the file complete on disk.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from reslab_desktop.errors import ReslabError

if TYPE_CHECKING:
    from reslab_desktop.room.server import RoomServer
    from reslab_desktop.storage import Store


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from reslab_desktop.room.server import DEFAULT_PORT

    p = sub.add_parser("serve", help="open the room to phones with no GUI (phones join and vote)")
    p.add_argument("input", type=Path, metavar="FILE.reslab")
    p.add_argument("--host", default="127.0.0.1", metavar="ADDR",
                   help="the address to listen on: this computer's address on the room's network, "
                        "e.g. 192.168.1.20 (default: 127.0.0.1, this computer only; 0.0.0.0: every network)")
    p.add_argument("--port", type=_port, default=DEFAULT_PORT, metavar="N",
                   help=f"the port (default: {DEFAULT_PORT}; 0: any free port)")
    p.add_argument("--code", metavar="CODE",
                   help="the join code (4–6 of ACEFGHJKMNPRTWXY34679; default: a new random 5-character code)")
    p.add_argument("--guests", action="store_true", help="people not on the roster may join by typing their name")
    notes = p.add_argument_group("notes from phones")
    notes.add_argument("--notes-to", metavar="BOARD_ID", help="phones may write notes on this board")
    notes.add_argument("--zone", metavar="ZONE_ID", help="every note goes to this zone of the board "
                       "(default: each phone chooses among the board's zones)")
    notes.add_argument("--moderate", action="store_true",
                       help="notes wait in a queue until accepted in the app (default: they go on the board at once)")
    notes.add_argument("--anonymous", action="store_true", help="notes keep no author (nothing in the file says who wrote them)")
    notes.add_argument("--prompt", metavar="TEXT", default="", help="the question phones show above the text box")
    notes.add_argument("--show-board", action="store_true", help="phones may read the board's notes (a plain list)")
    p.add_argument("--check-in", metavar="SESSION_ID", help="phones check their participant in at this session")
    p.set_defaults(func=cmd_serve)


def _port(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number") from None
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"{value} is not a port number (0–65535)")
    return value


def cmd_serve(args: argparse.Namespace) -> int:
    from reslab_desktop.room.server import RoomServer
    from reslab_desktop.storage import Store

    if not args.input.exists():
        raise ReslabError(f"{args.input}: no such file")
    store = Store.open(args.input)
    if store.read_only:
        store.close()
        raise ReslabError(f"{args.input.name}: the file is read-only; phones could not vote into it")
    stop = threading.Event()
    try:
        server = RoomServer(store, host=args.host, port=args.port, code=args.code, guests=args.guests)
        _open_for_phones(server, store, args)
        previous = {s: signal.signal(s, lambda *_: stop.set()) for s in _stop_signals()}
        try:
            url = server.start()
            print(f"room: {url}", flush=True)
            if server.host.startswith("127.") or server.host == "::1":
                print("room: listening on this computer only; for phones, give --host the address of "
                      "this computer on the room's network", file=sys.stderr, flush=True)
            while not stop.wait(0.5):
                pass
        finally:
            server.stop()
            for sig, handler in previous.items():
                signal.signal(sig, handler)
    finally:
        store.close()
    return 0


def _open_for_phones(server: RoomServer, store: Store, args: argparse.Namespace) -> None:
    """``--notes-to``/``--zone``/``--moderate``/``--check-in``, checked against the file first."""
    from reslab_desktop.model import WorkSession
    from reslab_desktop.services import boards
    from reslab_desktop.services.phone_notes import Intake

    if args.zone and not args.notes_to:
        raise ReslabError("--zone needs --notes-to BOARD_ID (the board the zone is on)")
    if args.notes_to:
        found = {b.id: b for b in boards.list_boards(store)}
        if args.notes_to not in found:
            raise ReslabError(f"--notes-to: no board {args.notes_to!r} in {args.input.name} "
                              f"(boards: {', '.join(found) or 'none'})")
        zones = {z.id for z in boards.load_board(store, args.notes_to).zones}
        if args.zone and args.zone not in zones:
            raise ReslabError(f"--zone: no zone {args.zone!r} on board {args.notes_to!r} "
                              f"(zones: {', '.join(sorted(zones)) or 'none'})")
        server.notes.stage.open_board(Intake(args.notes_to, zone_id=args.zone, moderate=args.moderate,
                                             anonymous=args.anonymous, prompt=args.prompt,
                                             show_board=args.show_board))
    if args.check_in:
        with store.read() as s:
            if s.get(WorkSession, args.check_in) is None:
                raise ReslabError(f"--check-in: no session {args.check_in!r} in {args.input.name}")
        server.notes.stage.take_attendance(args.check_in)


def _stop_signals() -> list[signal.Signals]:
    wanted = [signal.SIGINT, signal.SIGTERM]
    if hasattr(signal, "SIGBREAK"):
        wanted.append(signal.SIGBREAK)  # Ctrl+Break in a Windows console
    return wanted
