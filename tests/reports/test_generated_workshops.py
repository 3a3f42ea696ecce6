"""Every PDF kind from hypothesis-made workshops and from the demo workshop."""

from __future__ import annotations

import io
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as hs
from pdftools import assert_fonts_embedded, body_text, page_sizes, pdf_text, squash
from pypdf import PdfReader

from reslab_desktop.reports.api import PdfOptions, export_pdf
from reslab_desktop.services import boards, images, links, notes, people
from reslab_desktop.services.boards import list_boards, load_board
from reslab_desktop.services.zones import ZoneDraft, add_zone
from reslab_desktop.storage import Store

_CHARS = hs.characters(
    whitelist_categories=("Lu", "Ll", "Nd", "Po", "Sm", "Sc", "Zs"),
    whitelist_characters="<>&ñÑáéíóú¿¡",
    max_codepoint=0x17F,
    blacklist_characters="\u00a0",
)
_TEXT = hs.text(_CHARS, min_size=1, max_size=60).filter(lambda t: t.strip())
_NOTE = hs.tuples(_TEXT, hs.floats(-2000, 2000), hs.floats(-2000, 2000), hs.floats(40, 600), hs.floats(40, 400))
_BOARD = hs.fixed_dictionaries({
    "phase": hs.integers(1, 6),
    "title": _TEXT,
    "zones": hs.lists(hs.tuples(_TEXT, hs.floats(-1000, 1000), hs.floats(-1000, 1000),
                                hs.floats(60, 1500), hs.floats(60, 1000), hs.sampled_from(["rect", "ellipse"])),
                      max_size=3),
    "notes": hs.lists(_NOTE, max_size=10),
    "links": hs.integers(0, 4),
    "image": hs.booleans(),
})
_WORKSHOP = hs.fixed_dictionaries({
    "people": hs.lists(hs.tuples(_TEXT, _TEXT), max_size=6),
    "boards": hs.lists(_BOARD, min_size=1, max_size=3),
})


def _png() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 80, 40)).save(out, "PNG")
    return out.getvalue()


def _build(store: Store, w: dict) -> None:
    for name, org in w["people"]:
        people.add_participant(store, name, people.add_organization(store, org))
    for spec in w["boards"]:
        b = boards.create_board(store, spec["phase"], spec["title"])
        for title, x, y, zw, zh, shape in spec["zones"]:
            add_zone(store, b, ZoneDraft(x, y, zw, zh, title=title, shape=shape))
        ids = [notes.add_note(store, b, t, x, y, w=nw, h=nh) for t, x, y, nw, nh in spec["notes"]]
        for i in range(min(spec["links"], len(ids) - 1)):
            links.add_link(store, ids[i], ids[i + 1], label=f"l{i} <&>")
        if spec["image"]:
            images.add_image(store, b, _png(), 0, 0, caption="foto & <pie>")


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(w=_WORKSHOP)
def test_every_kind_from_generated_workshops(w: dict) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        store = Store.create(folder / "g.reslab", "Taller & <generado>")
        try:
            _build(store, w)
            board_list = list_boards(store)
            contents = [load_board(store, b.id) for b in board_list]
            export_pdf(store, folder / "report.pdf", PdfOptions())
            export_pdf(store, folder / "signin.pdf", PdfOptions(kind="sign-in", lang="en"))
            export_pdf(store, folder / "poster.pdf", PdfOptions(kind="poster", board_id=board_list[0].id))
        finally:
            store.close()
        report = squash(body_text(folder / "report.pdf"))
        for content in contents:
            assert squash(content.board.title) in report
            for note in content.notes:
                assert squash(note.text) in report
        signin = squash(pdf_text(folder / "signin.pdf"))
        for name, org in w["people"]:
            assert squash(name) in signin and squash(org) in signin
        assert len(PdfReader(str(folder / "poster.pdf")).pages) == 4
        for pdf in ("report.pdf", "signin.pdf", "poster.pdf"):
            assert_fonts_embedded(folder / pdf)


def test_every_kind_from_the_demo(demo_file: Path, tmp_path: Path) -> None:
    from reslab_desktop.services import voting

    copy = tmp_path / "demo.reslab"
    shutil.copy(demo_file, copy)
    with Store.open(copy) as store:
        board_list = list_boards(store)
        rounds = voting.list_rounds(store)
        rid = rounds[0].id if rounds else voting.create_round(store, board_list[0].id, "¿Cuál primero?")
        kinds = {
            "report": PdfOptions(),
            "worksheets": PdfOptions(kind="worksheets", page="a4"),
            "tally": PdfOptions(kind="tally", round_id=rid),
            "sign-in": PdfOptions(kind="sign-in"),
            "poster": PdfOptions(kind="poster", board_id=board_list[0].id, tiles="3x3", page="a3"),
        }
        for kind, options in kinds.items():
            export_pdf(store, tmp_path / f"{kind}.pdf", options)
        people_names = [p.name for p in people.list_participants(store)]
        candidates = voting.round_candidates(store, rid)
    for kind in kinds:
        assert_fonts_embedded(tmp_path / f"{kind}.pdf")
    assert all(squash(n) in squash(pdf_text(tmp_path / "sign-in.pdf")) for n in people_names)
    tally = squash(pdf_text(tmp_path / "tally.pdf"))
    assert all(squash(c.text) in tally for c in candidates)
    assert set(page_sizes(tmp_path / "poster.pdf")) <= {(842, 1191), (1191, 842)}
    assert len(page_sizes(tmp_path / "poster.pdf")) == 9
