"""Spanish/English: complete catalogs, translated actions, live switching (shortcuts: test_shortcuts.py)."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reslab_desktop.resources import resource
from reslab_desktop.rules.formatting import format_date, format_money, format_number
from reslab_desktop.ui import actions as table
from reslab_desktop.ui import i18n

REPO = Path(__file__).resolve().parents[2]
LANGS = ("es", "en")


def catalog(ts: Path) -> dict[tuple[str, str], list[str]]:
    """(context, source) → translated forms ([] when unfinished or empty)."""
    found: dict[tuple[str, str], list[str]] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            done = translation.get("type") not in ("unfinished", "vanished", "obsolete")
            found[(name, message.findtext("source") or "")] = forms if done and all(forms) else []
    return found


@pytest.fixture(scope="module")
def fresh_catalogs(tmp_path_factory) -> dict[str, dict]:
    """The committed .ts files merged with every string in the code now (lupdate)."""
    from tools.translations.update_ts import refresh

    folder = tmp_path_factory.mktemp("ts")
    result = {}
    for lang in LANGS:
        ts = folder / f"reslab_{lang}.ts"
        shutil.copy(resource("translations", ts.name), ts)
        refresh(ts)  # lupdate, keeping the plural forms of %n messages
        result[lang] = catalog(ts)
    return result


@pytest.mark.parametrize("lang", LANGS)
def test_every_ui_string_has_a_translation(fresh_catalogs, lang) -> None:
    missing = [f"{ctx}: {src!r}" for (ctx, src), forms in fresh_catalogs[lang].items() if not forms]
    assert not missing, (
        f"{len(missing)} strings without a {lang} translation — run python -m tools.translations.update_ts, "
        f"translate them (es_glossary.py + apply_es.py):\n" + "\n".join(missing[:40])
    )


def test_no_context_passed_as_source(tmp_path) -> None:
    """``tr("Ctx", "text")`` makes lupdate file "Ctx" as the text and "text" as a comment."""
    from tools.translations.update_ts import run_lupdate

    ts = tmp_path / "reslab_es.ts"
    run_lupdate(ts)
    misused = [(m.findtext("source"), m.findtext("comment"))
               for m in ET.parse(ts).getroot().iter("message") if m.find("comment") is not None]
    assert not misused, f"write QCoreApplication.translate(ctx, text) (or an alias named translate): {misused}"


@pytest.mark.parametrize("lang", LANGS)
def test_every_action_and_menu_is_translated(lang) -> None:
    entries = catalog(resource("translations", f"reslab_{lang}.ts"))
    texts = [title for _, title in table.MENUS]
    for spec in table.ACTIONS:
        texts += [spec.text] + ([spec.tip] if spec.tip else [])
    missing = [t for t in texts if t and not entries.get(("Actions", t))]
    assert not missing, f"actions without a {lang} translation: {missing}"


def test_room_and_view_actions_have_shortcuts(qapp) -> None:  # keyBindings needs the app
    mine = [s for s in table.ACTIONS
            if s.id.startswith(("room.", "help.shortcuts", "edit.preferences", "view.projector")) and not s.submenu]
    assert len(mine) >= 10
    assert all(table.key_sequences(s.shortcut) for s in mine)


def test_language_switch_retranslates_the_open_window(open_window, demo_copy, qtbot) -> None:
    from reslab_desktop.ui.room.hooks import room_for

    window = open_window(demo_copy)
    console = room_for(window).console
    file_menu = window.menuBar().actions()[0]
    try:
        i18n.set_language("es")
        assert file_menu.text() == "&Archivo"
        assert window.actions_by_id["room.present"].text() == "Modo &presentación"
        assert console.windowTitle() == "Consola de facilitación"
        assert console.timer_controls.start_pause.text() == "Iniciar"
        assert window.saved_label.text() == "Cada cambio se guarda mientras trabajas"
        i18n.set_language("en")
        assert file_menu.text() == "&File"
        assert console.windowTitle() == "Facilitator console"
        assert console.timer_controls.preset_buttons[1].accessibleName() == "Set the timer to 1 minute"
        assert console.timer_controls.preset_buttons[3].accessibleName() == "Set the timer to 3 minutes"
    finally:
        i18n.set_language("en")


def test_catalog_is_the_built_qm(qapp) -> None:
    assert i18n.qm_path("es").stat().st_mtime >= i18n.ts_path("es").stat().st_mtime
    i18n.set_language("es")
    try:
        assert i18n.translate("Actions", "&Quit") == "&Salir"
        assert i18n.translate("Dialogs", "Open Workshop") == "Abrir taller"  # module-level tr()
    finally:
        i18n.set_language("en")


def test_locale_formatting() -> None:
    assert format_date(date(2026, 11, 25), "es") == "25 de noviembre de 2026"
    assert format_date(date(2026, 11, 25), "en") == "November 25, 2026"
    assert format_money(12500, "MXN", "es") == "$12,500.00 MXN"
    assert format_money(Decimal("-0.5"), "MXN", "en") == "-$0.50 MXN"


@given(st.decimals(min_value=-10**12, max_value=10**12, places=2, allow_nan=False))
def test_number_formatting_round_trips(value: Decimal) -> None:
    text = format_number(value, 2, "es")
    assert Decimal(text.replace(",", "")) == value


def test_lrelease_is_available() -> None:
    from tools.translations.build_qm import lrelease_program

    program = lrelease_program()
    assert subprocess.run([str(program), "-version"], capture_output=True).returncode == 0
