"""The gentle end-of-timer sound, generated (no sound files to ship or download).

PySide6-Essentials has no QtMultimedia; when the full PySide6 is installed the chime plays
through ``QSoundEffect``. Otherwise the system's own player plays it (``winsound`` on Windows,
``afplay`` on macOS, PipeWire/PulseAudio/ALSA's player on Linux), and with none of them the
system bell rings. The audience screen also flashes, which is what a noisy room notices anyway.
"""

from __future__ import annotations

import io
import math
import shutil
import struct
import sys
import wave
from pathlib import Path

from PySide6.QtCore import QProcess, QUrl
from PySide6.QtWidgets import QApplication

RATE = 22050
LINUX_PLAYERS = ("pw-play", "paplay", "aplay")  # PipeWire, PulseAudio, ALSA


def chime_wav(notes: tuple[float, ...] = (659.25, 880.0), note_ms: int = 420, volume: float = 0.35) -> bytes:
    """A soft two-note bell (E5, A5) as 16-bit mono WAV bytes, each note with a decaying tail."""
    frames = bytearray()
    per_note = RATE * note_ms // 1000
    for freq in notes:
        for i in range(per_note):
            t = i / RATE
            attack = min(1.0, i / (RATE * 0.01))  # 10 ms attack: no click
            envelope = attack * math.exp(-4.0 * t / (note_ms / 1000))
            sample = math.sin(2 * math.pi * freq * t) + 0.3 * math.sin(4 * math.pi * freq * t)
            frames += struct.pack("<h", int(32767 * volume * envelope * sample / 1.3))
    out = io.BytesIO()
    with wave.open(out, "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(RATE)
        wav.writeframes(bytes(frames))
    return out.getvalue()


class Chime:
    """Plays the chime; ``play()`` returns how: ``"sound"``, ``"player"`` or ``"beep"``."""

    def __init__(self, cache_dir: Path | None = None) -> None:
        self._effect = None
        self._cache_dir = cache_dir
        try:
            from PySide6.QtMultimedia import QSoundEffect  # type: ignore[import-not-found]
        except ImportError:
            return
        self._effect = QSoundEffect()
        self._effect.setSource(QUrl.fromLocalFile(str(self.wav_path())))
        self._effect.setVolume(0.6)

    def wav_path(self) -> Path:
        """The chime as a file in the user's cache folder (written once)."""
        from platformdirs import user_cache_path

        folder = self._cache_dir or user_cache_path("reslab", appauthor=False)
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "chime.wav"
        if not path.exists():
            path.write_bytes(chime_wav())
        return path

    def play(self) -> str:
        if self._effect is not None:
            self._effect.play()
            return "sound"
        try:
            if self._play_with_system_player():
                return "player"
        except OSError:
            pass  # no cache folder or no player: the bell still rings
        QApplication.beep()
        return "beep"

    def _play_with_system_player(self) -> bool:
        if sys.platform == "win32":
            import winsound

            winsound.PlaySound(str(self.wav_path()), winsound.SND_FILENAME | winsound.SND_ASYNC)
            return True
        players = ("afplay",) if sys.platform == "darwin" else LINUX_PLAYERS
        program = next((found for name in players if (found := shutil.which(name))), None)
        if program is None:
            return False
        started, _pid = QProcess.startDetached(program, [str(self.wav_path())])
        return bool(started)
