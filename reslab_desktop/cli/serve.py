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

from reslab_desktop.errors import ReslabError


def register(sub: argparse._SubParsersAction) -> None:
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


def _stop_signals() -> list[signal.Signals]:
    wanted = [signal.SIGINT, signal.SIGTERM]
    if hasattr(signal, "SIGBREAK"):
        wanted.append(signal.SIGBREAK)  # Ctrl+Break in a Windows console
    return wanted
