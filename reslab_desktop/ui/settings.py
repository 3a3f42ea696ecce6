"""User settings, declared once (key, type, default, label) and stored in QSettings.

To add a setting, add one ``Setting(...)`` row to :data:`SETTINGS` in your block. Read and
write it with ``settings.get(key)`` / ``settings.set(key, value)``; values come back with the
declared type (QSettings' INI backend returns strings otherwise). Tests isolate the storage
with ``QSettings.setPath`` (see ``tests/ui/conftest.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings

from reslab_desktop.ui.noop import QT_TRANSLATE_NOOP

ORGANIZATION = "Resiliency Lab"
APPLICATION = "Resiliency Lab Desktop"
RECENT_MAX = 10


@dataclass(frozen=True)
class Setting:
    """``type`` is one of bool, int, float, str, list (of str), bytes.

    Settings with a ``group`` (a translatable section title) appear in the generated
    Preferences dialog (``ui/preferences.py``): ``choices`` + ``choice_labels`` (translatable)
    give a combo box, ``choices_from`` a combo box filled when the dialog opens (a callable
    returning ``(value, label)`` pairs), ``minimum``/``maximum`` bound an int spin box.
    """

    key: str
    type: type
    default: Any
    label: str
    choices: tuple[Any, ...] = ()
    group: str = ""
    choice_labels: tuple[str, ...] = ()
    minimum: int = 0
    maximum: int = 10_000
    choices_from: Callable[[], list[tuple[Any, str]]] | None = None

    def label_text(self) -> str:
        return QCoreApplication.translate("Settings", self.label)


SETTINGS: tuple[Setting, ...] = (
    # -- shell (window, files) --------------------------------------------------------------
    Setting("window/geometry", bytes, b"", QT_TRANSLATE_NOOP("Settings", "Main window position and size")),
    Setting("window/state", bytes, b"", QT_TRANSLATE_NOOP("Settings", "Main window toolbars and docks")),
    Setting("window/navigator", bytes, b"", QT_TRANSLATE_NOOP("Settings", "Width of the phase navigator")),
    Setting("start/geometry", bytes, b"", QT_TRANSLATE_NOOP("Settings", "Start screen position and size")),
    Setting("files/recent", list, [], QT_TRANSLATE_NOOP("Settings", "Recently opened workshops")),
    Setting("files/last_folder", str, "", QT_TRANSLATE_NOOP("Settings", "Last folder used in file dialogs")),
    # -- appearance -------------------------------------------------------------------------
    # (room engineer: applied by ui/preferences.apply_appearance through ui/i18n and ui/theme)
    Setting("ui/language", str, "", QT_TRANSLATE_NOOP("Settings", "Language"), ("", "es", "en"),
            group=QT_TRANSLATE_NOOP("Settings", "Appearance"),
            choice_labels=(QT_TRANSLATE_NOOP("Settings", "Same as the system"), "Español", "English")),
    Setting("ui/theme", str, "normal", QT_TRANSLATE_NOOP("Settings", "Theme"), ("normal", "projector"),
            group=QT_TRANSLATE_NOOP("Settings", "Appearance"),
            choice_labels=(QT_TRANSLATE_NOOP("Settings", "Normal"),
                           QT_TRANSLATE_NOOP("Settings", "Projector (high contrast)"))),
    Setting("ui/text_size", int, 100, QT_TRANSLATE_NOOP("Settings", "Text size"), (90, 100, 125, 150, 200),
            group=QT_TRANSLATE_NOOP("Settings", "Appearance"),
            choice_labels=(QT_TRANSLATE_NOOP("Settings", "Small (90 %)"),
                           QT_TRANSLATE_NOOP("Settings", "Normal (100 %)"),
                           QT_TRANSLATE_NOOP("Settings", "Large (125 %)"),
                           QT_TRANSLATE_NOOP("Settings", "Larger (150 %)"),
                           QT_TRANSLATE_NOOP("Settings", "Huge (200 %)"))),
    # -- room (audience screen, presenter) --------------------------------------------------
    Setting("room/audience_screen", str, "", QT_TRANSLATE_NOOP("Settings", "Audience screen"),
            group=QT_TRANSLATE_NOOP("Settings", "Room"), choices_from=lambda: _screen_choices()),
    Setting("room/facilitator_notes", str, "", QT_TRANSLATE_NOOP("Settings", "Facilitator notes")),  # JSON {file: text}
    # -- backups (read by ui/backups_ui.attach) ----------------------------------------------
    Setting("backups/every_minutes", int, 10, QT_TRANSLATE_NOOP("Settings", "Automatic backup every (minutes)"),
            group=QT_TRANSLATE_NOOP("Settings", "Backups"), minimum=1, maximum=120),
    # -- core: workshops open for writing right now (ui/recovery.py finds them after a crash) --
    Setting("session/open", list, [], QT_TRANSLATE_NOOP("Settings", "Workshops open when the app last ran")),
    # -- voting ------------------------------------------------------------------------------
    # A salted PBKDF2 hash of the kiosk-lock PIN (ui/voting/kiosk.py); never the PIN itself.
    Setting("voting/kiosk_pin", str, "", QT_TRANSLATE_NOOP("Settings", "Facilitator PIN (hash)")),
    # The key-hint strip of a one-screen presentation was dismissed (ui/room/overlay.py).
    Setting("room/key_hint_hidden", bool, False, QT_TRANSLATE_NOOP("Settings", "Hide the room's key hint")),
)

_BY_KEY = {s.key: s for s in SETTINGS}


def _screen_choices() -> list[tuple[Any, str]]:
    from reslab_desktop.ui.room.hooks import screen_choices

    return screen_choices()


def declared(key: str) -> Setting:
    try:
        return _BY_KEY[key]
    except KeyError:
        raise KeyError(f"setting {key!r} is not declared in ui/settings.py SETTINGS") from None


def qsettings() -> QSettings:
    """The one QSettings store (INI format everywhere, so tests can redirect it)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)


class Settings:
    """Typed access to the declared settings."""

    def __init__(self) -> None:
        self._q = qsettings()

    def get(self, key: str) -> Any:
        spec = declared(key)
        raw = self._q.value(key)
        if raw is None:
            return _copy(spec.default)
        try:
            value = _coerce(spec.type, raw)
        except (TypeError, ValueError):
            return _copy(spec.default)
        if spec.choices and value not in spec.choices:
            return _copy(spec.default)
        return value

    def set(self, key: str, value: Any) -> None:  # noqa: A003 - mirrors QSettings
        spec = declared(key)
        if spec.type is bytes:
            value = QByteArray(bytes(value))
        elif spec.type is list:
            value = [str(v) for v in value]
        self._q.setValue(key, value)
        self._q.sync()

    def reset(self, key: str) -> None:
        declared(key)
        self._q.remove(key)

    # -- recent files -----------------------------------------------------------------------
    def recent_files(self) -> list[Path]:
        """Recently opened workshops that still exist, most recent first."""
        return [Path(p) for p in self.get("files/recent") if Path(p).is_file()]

    def add_recent_file(self, path: Path) -> None:
        text = str(Path(path).resolve())
        others = [p for p in self.get("files/recent") if p != text]
        self.set("files/recent", [text, *others][:RECENT_MAX])
        self.set("files/last_folder", str(Path(text).parent))

    def remove_recent_file(self, path: Path) -> None:
        text = str(Path(path).resolve())
        self.set("files/recent", [p for p in self.get("files/recent") if p != text])

    def last_folder(self, fallback: Path) -> Path:
        folder = Path(self.get("files/last_folder") or fallback)
        return folder if folder.is_dir() else fallback


def _coerce(kind: type, raw: Any) -> Any:
    if kind is bool:
        if isinstance(raw, str):
            return raw.lower() in ("true", "1", "yes")
        return bool(raw)
    if kind is bytes:
        return bytes(raw.data()) if isinstance(raw, QByteArray) else bytes(raw)
    if kind is list:
        if isinstance(raw, str):  # INI stores a one-item list as a plain string
            return [raw] if raw else []
        return [str(v) for v in raw] if isinstance(raw, Sequence) else []
    return kind(raw)


def _copy(value: Any) -> Any:
    return list(value) if isinstance(value, list) else value
