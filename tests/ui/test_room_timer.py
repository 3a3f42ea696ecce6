"""The activity countdown, driven by a fake clock (no sleeping, no timed assertions)."""

from __future__ import annotations

import shutil
import sys
import time
import wave
from io import BytesIO

import pytest

from reslab_desktop.ui.room.chime import chime_wav
from reslab_desktop.ui.room.timer import CountdownTimer
from reslab_desktop.ui.room.timer_widgets import TimerControls, TimerFace
from tests.room.helpers import QT_STRICT

pytestmark = QT_STRICT  # a Qt warning (the chime's audio device, a bad property…) fails the test


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def make_timer(qtbot) -> tuple[CountdownTimer, FakeClock]:
    clock = FakeClock()
    return CountdownTimer(clock=clock), clock


def test_counts_down_pauses_and_finishes(qtbot) -> None:
    timer, clock = make_timer(qtbot)
    timer.set_duration(3 * 60)
    assert timer.text() == "3:00"
    timer.start()
    clock.advance(61.2)
    timer.poll()
    assert timer.text() == "1:59"
    timer.pause()
    clock.advance(500)  # paused time does not count
    timer.poll()
    assert timer.text() == "1:59" and not timer.running
    timer.start()
    clock.advance(118)
    timer.poll()
    assert timer.text() == "0:01" and not timer.done
    with qtbot.waitSignal(timer.finished, timeout=0):
        clock.advance(1)
        timer.poll()
    assert timer.done and timer.remaining() == 0 and not timer.running


def test_add_minute_while_running_and_after_the_end(qtbot) -> None:
    timer, clock = make_timer(qtbot)
    timer.set_duration(60)
    timer.start()
    clock.advance(30)
    timer.add_minute()
    timer.poll()
    assert timer.text() == "1:30"
    clock.advance(90)
    timer.poll()
    assert timer.done
    timer.add_minute()  # the group asks for more time
    assert not timer.done and timer.text() == "1:00"
    timer.start()
    clock.advance(10)
    timer.poll()
    assert timer.text() == "0:50"


def test_start_after_the_end_restarts_the_same_duration(qtbot) -> None:
    timer, clock = make_timer(qtbot)
    timer.set_duration(5)
    timer.start()
    clock.advance(5)
    timer.poll()
    assert timer.done
    timer.start()
    assert timer.text() == "0:05" and timer.running


def test_controls_and_face_follow_the_timer(qtbot) -> None:
    timer, clock = make_timer(qtbot)
    controls = TimerControls(timer)
    face = TimerFace(timer)
    qtbot.addWidget(controls)
    qtbot.addWidget(face)
    controls.preset_buttons[10].click()
    assert timer.duration == 600
    controls.custom.setValue(7)
    controls.set_custom.click()
    assert timer.text() == "7:00"
    controls.start_pause.click()
    assert timer.running and controls.start_pause.text() == "Pause"
    clock.advance(7 * 60)
    timer.poll()
    assert face.flashing and controls.start_pause.text() == "Start"
    controls.add_minute.click()
    assert timer.text() == "1:00"
    controls.start_pause.click()
    assert not face.flashing
    face.resize(400, 200)
    assert not face.grab().isNull()


def test_chime_is_a_short_valid_wav() -> None:
    data = chime_wav()
    with wave.open(BytesIO(data)) as wav:
        seconds = wav.getnframes() / wav.getframerate()
        assert wav.getnchannels() == 1 and 0.3 < seconds < 2


@pytest.mark.skipif(sys.platform != "linux", reason="the Linux players")
def test_without_qtmultimedia_the_systems_player_plays_the_chime(qapp, tmp_path, monkeypatch) -> None:
    from reslab_desktop.ui.room import chime

    if chime.Chime(tmp_path)._effect is not None:
        pytest.skip("QtMultimedia is installed: QSoundEffect plays it")
    played = tmp_path / "played.txt"
    player = tmp_path / "bin" / "paplay"
    player.parent.mkdir()
    player.write_text(f'#!/bin/sh\n{shutil.which("cp")} "$1" "{played}"\n')
    player.chmod(0o755)
    monkeypatch.setenv("PATH", str(player.parent))
    assert chime.Chime(tmp_path / "cache").play() == "player"
    deadline = time.monotonic() + 10
    while not played.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    with wave.open(str(played)) as wav:  # the player got the chime itself
        assert wav.getnchannels() == 1 and wav.getnframes() > 0


def test_with_no_player_at_all_the_bell_rings(qapp, tmp_path, monkeypatch) -> None:
    from reslab_desktop.ui.room import chime

    if chime.Chime(tmp_path)._effect is not None:
        pytest.skip("QtMultimedia is installed: QSoundEffect plays it")
    monkeypatch.setenv("PATH", str(tmp_path / "nothing-here"))
    monkeypatch.setattr(chime.sys, "platform", "linux")
    assert chime.Chime(tmp_path / "cache").play() == "beep"
