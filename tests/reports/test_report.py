"""The session report: built from real workshop files, parsed back with pdftotext/pypdf."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as hs
from pdftools import (
    TRICKY,
    assert_fonts_embedded,
    body_text,
    outline_pages,
    outline_titles,
    page_sizes,
    pdf_text,
    squash,
)
from pypdf import PdfReader

from reslab_desktop.reports.api import PdfOptions, export_pdf, prepare
from reslab_desktop.reports.registry import section_keys
from reslab_desktop.services import boards, notes
from reslab_desktop.services.boards import list_boards, load_board
from reslab_desktop.storage import Store


def test_report_has_every_note_fonts_outline_and_metadata(rich_store: Store, tmp_path: Path) -> None:
    out = tmp_path / "informe.pdf"
    export_pdf(rich_store, out, PdfOptions())
    text = squash(body_text(out))
    for board in list_boards(rich_store):
        for note in load_board(rich_store, board.id).notes:
            assert squash(note.text) in text
    assert squash("Mapa <de> empatía") in text
    assert "Estetableroaúnnotienenotas." in text  # the empty board still prints
    assert "Fueradelaszonas" in text
    assert text.count("fueradezonas") == 2  # drawn on the board AND listed under it
    assert_fonts_embedded(out)
    assert set(page_sizes(out)) <= {(612, 792), (792, 612)}  # Letter by default (Mexico)
    assert (792, 612) in page_sizes(out)  # the wide empathy map is landscape
    titles = outline_titles(out)
    assert {"Paso 1: Empatía", "Mapa <de> empatía", "Paso 2: Retos", "Tablero vacío"} <= set(titles)
    meta = PdfReader(str(out)).metadata
    assert meta.title.endswith("Taller de prueba") and meta.author == "Ana López"
    assert squash("Página 1 de") in squash(pdf_text(out))  # the footer


def test_english_a4_report_and_chosen_sections(rich_store: Store, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    export_pdf(rich_store, out, PdfOptions(lang="en", page="a4", sections=["cover", "people"]))
    text = pdf_text(out)
    assert "Participants and organizations" in text and "Page 1 of" in text
    assert "Step 1" not in text  # phases not chosen
    assert set(page_sizes(out)) == {(595, 842)}


def test_empty_workshop_still_makes_a_report(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "vacio.pdf"
    export_pdf(store, out, PdfOptions())
    assert "Taller de prueba" in pdf_text(out)
    assert_fonts_embedded(out)


def test_demo_report_reads_every_board(demo_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "demo.pdf"
    with Store.open(demo_file, read_only=True) as store:
        job = prepare(store, PdfOptions())
        board_list = list_boards(store)
        all_notes = [n for b in board_list for n in load_board(store, b.id).notes]
    job.write(out)  # built after the store is closed: plain data only
    text = squash(body_text(out))
    missing = [n.text for n in all_notes if squash(n.text) not in text]
    assert not missing
    titles = set(outline_titles(out))
    assert {b.title for b in board_list} <= titles
    for title, page in outline_pages(out):  # every bookmark opens the page with its heading
        assert squash(title) in squash(pdf_text(out, page, page)), (title, page)
    pages = len(PdfReader(str(out)).pages)
    assert len(board_list) + 3 <= pages <= 4 * len(board_list) + 10
    assert_fonts_embedded(out)


def test_core_sections_are_registered_in_order() -> None:
    keys = section_keys()
    assert keys[:4] == ["cover", "contents", "people", "phases"]


_TEXT = hs.text(
    alphabet=hs.characters(
        whitelist_categories=("Lu", "Ll", "Nd", "Po", "Ps", "Pe", "Sm", "Sc", "Zs"),
        whitelist_characters="<>&\"'ñÑáéíóú¿¡“”€$\n",
        max_codepoint=0x17F,  # Latin up to Extended-A: what DejaVu Sans covers and workshops type
        blacklist_characters="\u00a0\u2028\u2029",
    ),
    min_size=1, max_size=120,
).filter(lambda t: t.strip())


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts=hs.lists(_TEXT, min_size=0, max_size=12), wide=hs.booleans())
def test_any_note_text_prints_exactly(texts: list[str], wide: bool) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.create(Path(tmp) / "h.reslab", "Taller <h>")
        try:
            b = boards.create_board(store, 3, "Ideas & <más>")
            for i, t in enumerate(texts):
                x = (i * 260) if wide else (i % 3) * 200
                notes.add_note(store, b, t, x, (0 if wide else (i // 3) * 150))
            out = Path(tmp) / "h.pdf"
            export_pdf(store, out, PdfOptions())
        finally:
            store.close()
        text = squash(body_text(out))
        for t in texts:
            assert squash(t) in text, t
        assert_fonts_embedded(out)


def test_tricky_text_is_escaped_in_toc_and_cover(rich_store: Store, tmp_path: Path) -> None:
    out = tmp_path / "r.pdf"
    export_pdf(rich_store, out, PdfOptions())
    cover = squash(pdf_text(out, 1, 1))
    assert squash(TRICKY) in cover  # organization list on the cover


def test_longest_texts_the_services_allow_still_print(store: Store, tmp_path: Path) -> None:
    from reslab_desktop.services import people, workshop

    long_title = ("Laboratorio de resiliencia comunitaria " * 8)[:300]
    workshop.update_workshop(store, title=long_title, learning_community="Comunidad " * 30)
    people.add_participant(store, "N" * 300, people.add_organization(store, "O" * 300))
    b = boards.create_board(store, 5, long_title)
    huge = ("línea con palabras <y> & símbolos\n" * 200)[:5000]
    notes.add_note(store, b, huge, 0, 0)
    notes.add_note(store, b, "\n\n   \n", 300, 0)  # blank text: an empty note, no crash
    out = tmp_path / "largo.pdf"
    export_pdf(store, out, PdfOptions())
    text = squash(body_text(out))
    assert squash(huge) in text and squash(long_title) in text and "N" * 300 in text
    assert_fonts_embedded(out)


def test_sections_sharing_a_loader_read_the_store_once(rich_store: Store) -> None:
    from reslab_desktop.reports.data import ReportData
    from reslab_desktop.services.people import list_participants

    calls: list[int] = []

    def load(store: Store) -> list:
        calls.append(1)
        return list_participants(store)

    data = ReportData.load(rich_store, [("a", load), ("b", load)])
    assert len(calls) == 1 and data.extra["a"] is data.extra["b"] and len(data.extra["a"]) == 2


def test_contents_lists_the_page_of_every_heading_and_links_to_it(demo_file: Path, tmp_path: Path) -> None:
    import re
    import subprocess

    out = tmp_path / "demo.pdf"
    with Store.open(demo_file, read_only=True) as store:
        export_pdf(store, out, PdfOptions())
        titles = [b.title for b in list_boards(store)]
    headings = {squash(title): page for title, page in outline_pages(out)}
    first_chapter = min(page for _t, page in outline_pages(out))
    contents_pages = range(2, first_chapter)  # the cover is page 1
    listed: dict[str, int] = {}
    for number in contents_pages:
        text = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", "-f", str(number), "-l", str(number),
                               str(out), "-"], check=True, capture_output=True, text=True).stdout
        for line in text.splitlines():
            m = re.match(r"^\s*(.+?)\s*(?:\.\s*){3,}(\d+)\s*$", line)
            if m:
                listed[squash(m.group(1))] = int(m.group(2))
    assert {squash(t) for t in titles} <= set(listed)  # every board is in the contents
    assert listed == {t: headings[t] for t in listed}  # with the page its heading is on
    reader = PdfReader(str(out))
    linked = set()
    for number in contents_pages:
        for annot in reader.pages[number - 1].get("/Annots", []):
            dest = annot.get_object()["/Dest"]
            linked.add(reader.get_page_number(dest[0].get_object()) + 1)
    assert linked == set(listed.values())  # each entry opens its heading's page
