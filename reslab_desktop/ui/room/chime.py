"""The gentle end-of-timer sound, generated (no sound files to ship or download).

PySide6-Essentials has no QtMultimedia; when the full PySide6 is installed the chime plays
through ``QSoundEffect``, otherwise the system bell rings. The audience screen also flashes,
which is what a noisy room notices anyway.
"""

from __future__ import annotations

import io
import math
import struct
import wave
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QApplication

RATE = 22050


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
    """Plays the chime; ``play()`` returns how: ``"sound"`` or ``"beep"``."""

    def __init__(self, cache_dir: Path | None = None) -> None:
        self._effect = None
        try:
            from PySide6.QtMultimedia import QSoundEffect  # type: ignore[import-not-found]
        except ImportError:
            return
        from platformdirs import user_cache_path

        folder = cache_dir or user_cache_path("reslab", appauthor=False)
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "chime.wav"
        if not path.exists():
            path.write_bytes(chime_wav())
        self._effect = QSoundEffect()
        self._effect.setSource(QUrl.fromLocalFile(str(path)))
        self._effect.setVolume(0.6)

    def play(self) -> str:
        if self._effect is not None:
            self._effect.play()
            return "sound"
        QApplication.beep()
        return "beep"
