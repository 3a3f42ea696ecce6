"""Refresh the .ts catalogs from the code: ``.venv/bin/python -m tools.translations.update_ts``.

Runs PySide6's ``lupdate`` over ``reslab_desktop/ui`` (existing translations are kept, strings
gone from the code are dropped), then fills ``reslab_en.ts`` with the English sources (plural
forms of ``%n … (s)`` strings are derived). New Spanish strings stay "unfinished" until
translated; ``tests/ui/test_i18n.py`` fails while any is left.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import PySide6

ROOT = Path(__file__).resolve().parents[2]
HERE = ROOT / "reslab_desktop" / "resources" / "translations"  # the .ts catalogs
SOURCES = ROOT / "reslab_desktop" / "ui"


def lupdate_program() -> Path:
    exe = "lupdate.exe" if sys.platform == "win32" else "lupdate"
    return Path(PySide6.__file__).parent / exe


def language_of(ts: Path) -> str:
    return {"es": "es_MX", "en": "en_US"}[ts.stem.rsplit("_", 1)[1]]


def run_lupdate(ts: Path, sources: Path = SOURCES) -> None:
    subprocess.run(
        [str(lupdate_program()), "-silent", "-extensions", "py", "-no-obsolete", "-locations", "none", "-target-language", language_of(ts),
         str(sources), "-ts", str(ts)],
        check=True,
        cwd=ROOT,
    )


#: English plural forms that "(s)" cannot derive (the number itself drops out of the singular).
ENGLISH_FORMS: dict[str, tuple[str, str]] = {
    "%1 notes tied for the last %n place(s).": ("%1 notes tied for the last place.",
                                                "%1 notes tied for the last %n places."),
}


def english_forms(source: str) -> tuple[str, str]:
    """``"%n board(s)"`` → ``("%n board", "%n boards")``, unless ``ENGLISH_FORMS`` says otherwise."""
    return ENGLISH_FORMS.get(source) or (source.replace("(s)", ""), source.replace("(s)", "s"))


Forms = dict[tuple[str, str], list[str]]


def plural_forms(ts: Path) -> Forms:
    """(context, source) → the finished plural forms of each ``%n`` message of ``ts``."""
    found: Forms = {}
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or message.get("numerus") != "yes" or translation.get("type") is not None:
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")]
            if forms and all(forms):
                found[(context.findtext("name") or "", message.findtext("source") or "")] = forms
    return found


def mark_plurals(ts: Path, kept: Forms) -> None:
    """A ``%n`` source is a plural wherever it is written: Python's lupdate marks ``self.tr(…, n)``
    but not ``QCoreApplication.translate(…, n)`` or ``Speaker.translate(…, n)`` (and flattens
    their forms). Such a message is made numerus again, with its forms from before lupdate
    (``kept``), or unfinished when new (``fill_english`` and ``apply_es`` write them)."""
    tree = ET.parse(ts)
    changed = False
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source") or ""
            if message.get("numerus") == "yes" or translation is None or "%n" not in source:
                continue
            message.set("numerus", "yes")
            translation.text = None
            for child in list(translation):
                translation.remove(child)
            forms = kept.get((context.findtext("name") or "", source))
            translation.attrib.pop("type", None)
            if not forms:
                translation.set("type", "unfinished")
            for form in forms or [""]:
                ET.SubElement(translation, "numerusform").text = form or None
            changed = True
    if changed:
        write_ts(tree, ts)


def refresh(ts: Path) -> None:
    """lupdate ``ts``, keeping the plural forms of the ``%n`` messages lupdate cannot see as plurals."""
    kept = plural_forms(ts) if ts.exists() else {}
    run_lupdate(ts)
    mark_plurals(ts, kept)


def fill_english(ts: Path) -> None:
    tree = ET.parse(ts)
    for message in tree.iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if translation is None or (translation.get("type") != "unfinished" and source not in ENGLISH_FORMS):
            continue
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":  # "%n board(s)" → "%n board" / "%n boards"
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for form in english_forms(source):
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = source
    write_ts(tree, ts)


def write_ts(tree: ET.ElementTree, ts: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def main() -> None:
    for language in ("es", "en"):
        refresh(HERE / f"reslab_{language}.ts")
    fill_english(HERE / "reslab_en.ts")


if __name__ == "__main__":
    main()
