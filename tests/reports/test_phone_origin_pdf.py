"""The report and the sign-in sheet say which notes came from phones and who checked in how;
hostile phone text is printed as text (read back with pdftotext). The board's SVG too."""

from __future__ import annotations

from pathlib import Path

from reslab_desktop.reports.api import PdfOptions, export_pdf
from reslab_desktop.services import boards, people
from reslab_desktop.services import phone_notes as pn
from reslab_desktop.services.lab import sessions
from reslab_desktop.storage import Store
from tests.reports.pdftools import body_text, pdf_text, squash

HOSTILE = ['<img src=x onerror="alert(1)">', "<b>negrita</b> & <i>", "abc\u202egnp.exe", "w" * 500]


def _workshop(store: Store) -> tuple[str, str, list[str]]:
    bid = boards.create_board_from_template(store, 1, "Mapa de empatía", "empathy_map", "es")
    zones = {z.title: z.id for z in boards.load_board(store, bid).zones}
    pids = [people.add_participant(store, n) for n in ("Ana Pérez", "Beto Canul", "Carmen Pech")]
    intake = pn.Intake(bid)
    subs = [pn.submission(intake, pids[0], f"h{i}", t, zones["Dice"], zones.values()) for i, t in enumerate(HOSTILE)]
    pn.receive(store, {bid: intake}, subs)
    sid = sessions.add_session(store, "Sesión de empatía", "2026-03-02", "Mérida")
    sessions.check_in(store, sid, [pids[0]], source="phone")
    sessions.check_in(store, sid, [pids[2]])
    return bid, sid, pids


def test_report_shows_origins_and_check_ins(store: Store, tmp_path: Path) -> None:
    _workshop(store)
    out = tmp_path / "informe.pdf"
    export_pdf(store, out, PdfOptions())
    text = squash(body_text(out))
    assert squash("4 notas (4 desde teléfonos)") in text
    assert squash("desde un teléfono") in text
    assert squash('<img src=x onerror="alert(1)">') in text and squash("<b>negrita</b> & <i>") in text
    assert "abcgnp.exe" in text  # no direction override printed
    assert squash("2 (1 por teléfono)") in text
    assert squash("Asistencia: Sesión de empatía") in text
    assert squash("Ana Pérez en su teléfono") in text and squash("Carmen Pech en la laptop") in text


def test_sign_in_sheet_shows_who_checked_in_and_how(store: Store, tmp_path: Path) -> None:
    _, sid, _ = _workshop(store)
    out = tmp_path / "asistencia.pdf"
    export_pdf(store, out, PdfOptions(kind="sign-in", session_id=sid))
    text = pdf_text(out)
    assert "Registro" in text and "Firma" in text
    flat = squash(text)
    assert "✓ensuteléfono" in flat and "✓enlalaptop" in flat
    assert text.count("✓") == 2  # Beto has not checked in: his row is left to sign
    english = tmp_path / "sign-in.pdf"
    export_pdf(store, english, PdfOptions(kind="sign-in", session_id=sid, lang="en"))
    assert "on their phone" in pdf_text(english) and "Checked in" in pdf_text(english)


def test_board_svg_keeps_hostile_text_as_text(qapp, store: Store, tmp_path: Path) -> None:
    import xml.etree.ElementTree as ET

    from PySide6.QtGui import QUndoStack

    from reslab_desktop.ui.board.editor import BoardEditor

    bid, _, _ = _workshop(store)
    editor = BoardEditor(store, QUndoStack())
    editor.show_board(bid)
    target = tmp_path / "tablero.svg"
    editor.ask_save_path = lambda *a: str(target)  # type: ignore[method-assign]
    assert editor.export_svg() == str(target)
    tree = ET.parse(target)  # well-formed: the markup in the notes is escaped text
    texts = "".join(t.text or "" for t in tree.iter() if t.tag.endswith("text") or t.tag.endswith("tspan"))
    assert "onerror" in texts or "<img" in texts
    assert not [e for e in tree.iter() if e.tag.rsplit("}", 1)[-1] in ("script", "img", "foreignObject")]
    editor.deleteLater()
