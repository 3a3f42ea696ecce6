"""Spanish/English UI through Qt's translation system — the ONE language mechanism.

How the rest of the UI uses it:

* Source strings are English, marked with ``self.tr("…")`` in QObject subclasses,
  ``QCoreApplication.translate("Context", "…")`` or a module-level ``tr("…")`` helper
  elsewhere (``lupdate`` finds all three; ``QT_TRANSLATE_NOOP("Context", "…")`` marks strings
  translated later, e.g. in tables). Literal strings only: ``tr(variable)`` is invisible to
  lupdate. Plurals: ``self.tr("%n board(s)", "", n)``.
* A widget that shows text sets it in ``retranslate_ui()`` and inherits :class:`Retranslatable`
  (first base): ``retranslate_ui`` runs again on Qt's ``LanguageChange`` event, which Qt sends
  to every widget when :func:`set_language` swaps the translators.
* Non-widget objects (actions, models) connect a bound method (not a lambda) to
  ``language_notifier().changed``.
* Dates, numbers and money go through :func:`format_date`/:func:`format_money`… which call
  the Qt-free ``reslab_desktop.rules.formatting`` with the current language.

New strings: ``python -m tools.translations.update_ts`` (lupdate), Spanish in ``es_glossary.py``,
``apply_es.py``; ``tests/ui/test_i18n.py`` fails while any string lacks a translation.
``.ts`` sources live in ``reslab_desktop/resources/translations``; the ``.qm`` files beside them
are built with the wheel and the bundle (``tools/translations/build_qm.py`` says why and where).
This module only loads them: it never compiles nor writes a catalog, so the installed package
can be read-only; a missing catalog is an incomplete installation (``InstallationError``).
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QTranslator,
    Signal,
)

from reslab_desktop.resources import CATALOG, resource
from reslab_desktop.rules import formatting

LANGUAGES = formatting.LANGUAGES
#: Shown in the language chooser in each language's own name (never translated).
LANGUAGE_NAMES = {"es": "Español", "en": "English"}
_LOCALES = {"es": QLocale(QLocale.Language.Spanish, QLocale.Country.Mexico),
            "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)}


#: Qt's own Spanish (``qtbase_es``) misses the file dialog's labels with their shortcut and
#: says "fichero"; these win over it (Spanish only: English needs no catalog).
QT_OVERRIDES: dict[str, dict[str, str]] = {
    "QFileDialog": {
        "&Look in:": "&Buscar en:",
        "Look in:": "Buscar en:",
        "Files of &type:": "Archivos de &tipo:",
        "Files of type:": "Archivos de tipo:",
        "File &name:": "&Nombre de archivo:",
        "&File name:": "&Nombre de archivo:",
        "File name:": "Nombre de archivo:",
        "Folder &name:": "&Nombre de la carpeta:",
    },
}


class LanguageNotifier(QObject):
    """``changed(language)`` after the translators were swapped (for non-widget objects)."""

    changed = Signal(str)


_state: dict[str, Any] = {"language": None, "translators": [], "notifier": None}


class _Catalog(QTranslator):
    """Our catalog, forgiving about contexts: ``lupdate`` names a context after what it sees
    (``""`` for a module-level ``tr("…")`` helper, the class where ``self.tr`` is written)
    while the running code may ask with another (the helper's own name, a subclass). Misses
    fall back to the empty context, then to the source text alone (from the .ts)."""

    def __init__(self, by_source: dict[str, tuple[str, ...]], parent: QObject | None = None,
                 language: str = "en") -> None:
        super().__init__(parent)
        self.by_source = by_source
        self.overrides = QT_OVERRIDES if language == "es" else {}

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:  # type: ignore[override]
        if source in self.overrides.get(context, {}):
            return self.overrides[context][source]
        found = super().translate(context, source, disambiguation, n)
        if not found and context:
            found = super().translate("", source, disambiguation, n)
        forms = () if found else self.by_source.get(source, ())
        if forms:  # Spanish and English: one form for 1, the other for everything else
            found = forms[0] if n == 1 or len(forms) == 1 else forms[-1]
        return found or None  # None = "not here" (an empty string would blank the text)


def _translations_by_source(ts: Path) -> dict[str, tuple[str, ...]]:
    """Finished translations of a .ts (plural: every form), keyed by source text."""
    import xml.etree.ElementTree as ET

    found: dict[str, tuple[str, ...]] = {}
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type"):
            continue
        forms = tuple(f.text or "" for f in translation.iter("numerusform")) or (translation.text or "",)
        if all(forms):
            found.setdefault(message.findtext("source") or "", forms)
    return found


def language_notifier() -> LanguageNotifier:
    if _state["notifier"] is None:
        _state["notifier"] = LanguageNotifier()
    return _state["notifier"]


class Retranslatable:
    """Mixin for widgets: put every visible string in ``retranslate_ui()``.

    ``class MyPanel(Retranslatable, QWidget)`` — call ``self.retranslate_ui()`` at the end of
    ``__init__``; a language switch calls it again through ``changeEvent``.
    """

    def retranslate_ui(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)  # type: ignore[misc]


# ---------------------------------------------------------------- choosing the language


def system_language() -> str:
    """``"es"`` when the system locale is Spanish (any country), else ``"en"``."""
    return formatting.normalize_language(QLocale.system().name())


def resolve_language(preference: str | None) -> str:
    """A stored preference (``"system"``, ``"es"``, ``"en"``) → the language to use."""
    if preference in LANGUAGES:
        return str(preference)
    return system_language()


def current_language() -> str:
    return _state["language"] or system_language()


def set_language(language: str) -> str:
    """Install the Qt and reslab translators for ``language``; open widgets retranslate.

    Returns the language actually set. English needs no catalog (sources are English) but
    still gets Qt's own ``qtbase_en`` so standard dialogs match.
    """
    language = resolve_language(language)
    app = QCoreApplication.instance()
    for old in _state["translators"]:
        if app is not None:
            QCoreApplication.removeTranslator(old)
        old.deleteLater()
    _state["translators"] = []
    QLocale.setDefault(_LOCALES[language])
    _state["language"] = language
    if app is not None:
        ours = _Catalog(_translations_by_source(ts_path(language)), app, language)
        for path, translator in ((_qt_catalog(language), QTranslator(app)), (qm_path(language), ours)):
            if path is not None and translator.load(str(path)):
                QCoreApplication.installTranslator(translator)
                _state["translators"].append(translator)
    if app is not None:
        # Qt posts LanguageChange to the windows; deliver now so the switch is immediate.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    language_notifier().changed.emit(language)
    return language


class Speaker:
    """Translations into one fixed language, whatever the UI language: the audience screen
    speaks the workshop's language even when the facilitator's UI is in the other one.
    ``speaker(lang).translate("Context", "Text")`` — lupdate extracts these calls too."""

    def __init__(self, language: str) -> None:
        self.language = language
        self._catalog = _Catalog(_translations_by_source(ts_path(language)))
        self._catalog.load(str(qm_path(language)))

    def translate(self, context: str, text: str, disambiguation: str = "", n: int = -1) -> str:
        """As ``QCoreApplication.translate``: with ``n`` ≥ 0, ``"%n dot(s)"`` takes the plural
        form for ``n`` and ``%n`` becomes the number."""
        found = self._catalog.translate(context, text, disambiguation or None, n)
        if n < 0:
            return found or text
        return (found or text.replace("(s)", "" if n == 1 else "s")).replace("%n", str(n))


def speaker(language: str) -> Speaker:
    language = resolve_language(language)
    cache: dict[str, Speaker] = _state.setdefault("speakers", {})
    if language not in cache:
        cache[language] = Speaker(language)
    return cache[language]


def translate(context: str, text: str) -> str:
    """``QCoreApplication.translate`` for code that has no ``self.tr`` (lupdate sees literals)."""
    return QCoreApplication.translate(context, text)


def _qt_catalog(language: str) -> Path | None:
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    path = folder / f"qtbase_{language}.qm"
    return path if path.exists() else None


# ---------------------------------------------------------------- the catalogs


def ts_path(language: str) -> Path:
    return resource("translations", f"{CATALOG}_{language}.ts")


def qm_path(language: str) -> Path:
    """The compiled catalog, built with the app (raises ``InstallationError`` when missing)."""
    return resource("translations", f"{CATALOG}_{language}.qm")


# ---------------------------------------------------------------- formatting for the UI


def format_date(value: date | datetime) -> str:
    return formatting.format_date(value, current_language())


def format_datetime(value: datetime) -> str:
    return formatting.format_datetime(value, current_language())


def format_number(value: int | float | Decimal, decimals: int = 0) -> str:
    return formatting.format_number(value, decimals, current_language())


def format_money(value: int | float | Decimal, currency: str = "MXN") -> str:
    return formatting.format_money(value, currency, current_language())


def format_percent(value: float) -> str:
    return formatting.format_percent(value, current_language())

