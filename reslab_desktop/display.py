"""Can a window be opened here? Asked before Qt starts: Qt aborts the process (exit 134,
"could not connect to display") when it cannot, and no Python code runs to explain why."""

from __future__ import annotations

import ctypes
import os
import re
import socket
import sys

from reslab_desktop.errors import ReslabError

HEADLESS_PLATFORMS = {"offscreen", "minimal", "vnc", "eglfs", "linuxfb", "vkkhrdisplay", "minimalegl"}


def require_display(environ: dict[str, str] | None = None, platform: str | None = None) -> None:
    """Raise a one-line ``ReslabError`` when the app could not open a window on Linux."""
    env = os.environ if environ is None else environ
    if not (platform or sys.platform).startswith("linux"):
        return  # Windows and macOS always have their one platform
    qpa = env.get("QT_QPA_PLATFORM", "").split(":")[0].strip().lower()
    if qpa in HEADLESS_PLATFORMS or qpa.startswith("wayland"):
        return
    if not qpa and env.get("WAYLAND_DISPLAY"):
        return
    if not env.get("DISPLAY"):
        raise ReslabError(
            "no screen to open the app on (DISPLAY is not set); start it from a desktop session "
            "— the commands of `reslab --help` work without one"
        )
    if not _x_server_answers(env["DISPLAY"]):
        raise ReslabError(
            f"no screen to open the app on (nothing answers on DISPLAY={env['DISPLAY']}); start it "
            "from a desktop session — the commands of `reslab --help` work without one"
        )
    if not _loads("libxcb-cursor.so.0"):
        raise ReslabError(
            "Qt needs the library libxcb-cursor0 to open a window: install it "
            "(sudo apt-get install libxcb-cursor0, or run `make demo`)"
        )


def _x_server_answers(display: str) -> bool:
    """A local display (``:0``, ``unix:1.0``) answers on its socket; a remote one (ssh's
    ``localhost:10.0``) is left to Qt."""
    local = re.fullmatch(r"(?:unix)?:(\d+)(?:\.\d+)?", display.strip())
    if local is None:
        return True
    path = f"/tmp/.X11-unix/X{local.group(1)}"
    for address in (path, "\0" + path):  # the file, or Linux's abstract socket of that name
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
            probe.settimeout(1.0)
            try:
                probe.connect(address)
                return True
            except OSError:
                continue
    return False


def _loads(library: str) -> bool:
    try:
        ctypes.CDLL(library)  # dlopen: ~1 ms (ctypes.util.find_library runs ldconfig)
    except OSError:
        return False
    return True
