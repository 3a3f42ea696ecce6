"""Opening a window where none can be opened is a one-line error, not Qt aborting the process."""

from __future__ import annotations

import socket
import sys

import pytest

from reslab_desktop.display import require_display
from reslab_desktop.errors import ReslabError

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland rules")


def test_no_display_at_all_is_refused_in_words():
    with pytest.raises(ReslabError, match="DISPLAY is not set"):
        require_display({})


def test_a_display_nobody_answers_on_is_refused_in_words():
    with pytest.raises(ReslabError, match="nothing answers on DISPLAY=:987"):
        require_display({"DISPLAY": ":987"})


def test_headless_platforms_wayland_and_other_systems_need_no_x_server():
    require_display({"QT_QPA_PLATFORM": "offscreen"})
    require_display({"WAYLAND_DISPLAY": "wayland-0"})
    require_display({}, platform="win32")
    require_display({"DISPLAY": "localhost:10.0"})  # ssh forwarding: left to Qt


def test_a_display_that_answers_is_accepted(tmp_path, monkeypatch):
    number = 4242
    path = f"/tmp/.X11-unix/X{number}"
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        server.bind("\0" + path)  # abstract socket: nothing left on disk
        server.listen(1)
        try:
            require_display({"DISPLAY": f":{number}.0"})
        except ReslabError as exc:
            assert "libxcb-cursor0" in str(exc)  # the only other refusal once a server answers
