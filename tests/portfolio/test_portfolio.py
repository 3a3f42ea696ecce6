"""The portfolio over a folder of generated workshops: totals checked against each file's
JSON export, files that cannot be read listed with their reason, copies counted once, and
the outputs (PDF read back with pdftotext, CSV and Excel tables) in both languages."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import openpyxl
import pytest

from reslab_desktop.interchange import export_json
from reslab_desktop.portfolio.api import build_portfolio
from reslab_desktop.portfolio.collect import Portfolio, read_portfolio
from reslab_desktop.portfolio.sources import find_workshop_files
from reslab_desktop.portfolio.tables import TABLES
from reslab_desktop.rules.localization import localization_index
from reslab_desktop.storage import Store

REPO = Path(__file__).resolve().parents[2]
READABLE = ["comunidad-0.reslab", "comunidad-1.reslab", "comunidad-2.reslab", "Mérida/demo.reslab"]


def exported(path: Path) -> dict:
    with Store.open(path, read_only=True) as store:
        return json.loads(export_json(store))


def pdf_text(path: Path) -> str:
    """The PDF's text without whitespace (line wrapping in table cells cannot break a match)."""
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout
    return "".join(text.split())


def expected(doc: dict) -> dict:
    """What the portfolio should say about one workshop, computed from its JSON document."""
    pledged: dict[tuple[str, str], float] = defaultdict(float)
    gaps: dict[tuple[str, str, str], float] = defaultdict(float)
    for p in doc.get("resources", {}).get("pledges", []):
        unit, amount = _amount(p)
        pledged[(p["kind"], unit)] += amount
        gaps[(p["initiative"], p["kind"], unit)] -= amount
    for n in doc.get("resources", {}).get("needs", []):
        unit, amount = _amount(n)
        gaps[(n["initiative"], n["kind"], unit)] += amount
    gap_sums: dict[tuple[str, str], float] = defaultdict(float)
    for (_i, kind, unit), value in gaps.items():
        gap_sums[(kind, unit)] += max(0.0, value)
    log = doc.get("decisions", {}).get("log", [])
    by = {who: sum(d["decided_by"] == who for d in log) for who in ("facilitators", "shared", "local")}
    return {
        "organizations": len(doc["organizations"]), "participants": len(doc["participants"]),
        "sessions": len(doc.get("sessions", [])),
        "attendance": sum(len(s.get("attendance", [])) for s in doc.get("sessions", [])),
        "boards": len(doc["boards"]), "notes": sum(len(b["notes"]) for b in doc["boards"]),
        "rounds": len(doc.get("votes", [])), "closed": sum(v["status"] == "closed" for v in doc.get("votes", [])),
        "initiatives": len(doc.get("initiatives", [])), "pledged": dict(pledged), "gaps": dict(gap_sums),
        "by": by, "index": localization_index(by["facilitators"], by["shared"], by["local"]),
        "phases": [(d["phase"], d["decided_by"]) for d in log],
    }


def _amount(item: dict) -> tuple[str, float]:
    for unit in ("hours", "days"):
        if unit in item:
            return unit, float(item[unit])
    return item.get("currency", "MXN"), float(item["amount"])


@pytest.fixture(scope="module")
def portfolio(portfolio_folder: Path) -> Portfolio:
    return read_portfolio(find_workshop_files([portfolio_folder]))


def test_every_community_matches_its_json_export(portfolio: Portfolio, portfolio_folder: Path) -> None:
    assert len(portfolio.communities) == len(READABLE)
    by_file = {c.path.relative_to(portfolio_folder).as_posix(): c for c in portfolio.communities}
    # the copy and the original say the same: either may be the one kept, never both
    if "Mérida/comunidad-1 (copia).reslab" in by_file:
        by_file["comunidad-1.reslab"] = by_file.pop("Mérida/comunidad-1 (copia).reslab")
    assert sorted(by_file) == sorted(READABLE)
    for name, c in by_file.items():
        want = expected(exported(portfolio_folder / name))
        got = {"organizations": c.organizations, "participants": c.participants, "sessions": c.sessions,
               "attendance": c.attendance, "boards": c.boards, "notes": c.notes, "rounds": c.rounds,
               "closed": c.closed_rounds, "initiatives": len(c.initiatives)}
        assert got == {k: want[k] for k in got}, name
        assert {(r.kind, r.unit): r.pledged for r in c.resources if r.pledged} == pytest.approx(want["pledged"]), name
        assert {(r.kind, r.unit): r.gap for r in c.resources if r.gap} == pytest.approx(
            {k: v for k, v in want["gaps"].items() if v}), name
        t = c.tally
        assert (t.facilitators, t.shared, t.local) == tuple(want["by"].values()), name
        assert t.index == pytest.approx(want["index"]) if want["index"] is not None else t.index is None
        for point in c.pathway:
            assert point.tally.total == sum(p == point.phase for p, _ in want["phases"]), name


def test_portfolio_totals_are_the_sum_of_the_communities(portfolio: Portfolio, portfolio_folder: Path) -> None:
    docs = [exported(portfolio_folder / name) for name in READABLE]
    wants = [expected(d) for d in docs]
    assert portfolio.total("organizations") == sum(w["organizations"] for w in wants)
    assert portfolio.total("notes") == sum(w["notes"] for w in wants)
    funding = sum(w["pledged"].get(("funding", "MXN"), 0) for w in wants)
    assert {(r.kind, r.unit): r.pledged for r in portfolio.resources}[("funding", "MXN")] == pytest.approx(funding)
    by = {k: sum(w["by"][k] for w in wants) for k in ("facilitators", "shared", "local")}
    t = portfolio.tally
    assert (t.facilitators, t.shared, t.local) == tuple(by.values())
    assert t.index == pytest.approx(localization_index(*by.values()))
    # the same "Fondo Común" in the three generated communities counts once among distinct names
    names = {o["name"].casefold() for d in docs for o in d["organizations"]}
    assert portfolio.distinct_organizations == len(names)


def test_unreadable_files_are_listed_with_their_reason(portfolio: Portfolio) -> None:
    reasons = {u.path.name: u.reason for u in portfolio.unreadable}
    assert reasons == {"dañado.reslab": "damaged", "nuevo.reslab": "newer", "notas.reslab": "not_workshop"}
    assert all(u.detail and "\n" not in u.detail for u in portfolio.unreadable)
    assert portfolio.files == len(READABLE) + 1 + 3  # + the copy, + three unreadable; the hidden folder is skipped


def test_a_copy_of_the_same_workshop_is_counted_once_and_said(portfolio: Portfolio) -> None:
    [group] = portfolio.copies
    assert {group.kept.name, *(p.name for p in group.others)} == {"comunidad-1.reslab", "comunidad-1 (copia).reslab"}
    assert group.identical and group.name == "ComuniPaz 1"
    assert sum(c.name == "ComuniPaz 1" for c in portfolio.communities) == 1


def test_a_copy_edited_later_is_the_one_kept(tmp_path: Path, portfolio_folder: Path) -> None:
    import os
    import shutil

    from reslab_desktop.services.lab.decisions import add_decision

    first, second = tmp_path / "a.reslab", tmp_path / "b.reslab"
    shutil.copy(portfolio_folder / "comunidad-0.reslab", first)
    shutil.copy(first, second)
    with Store.open(second) as store:
        add_decision(store, 5, "governance", "Gobernanza rotativa", "local")
    os.utime(first, (1_700_000_000, 1_700_000_000))
    result = read_portfolio([first, second])
    [community] = result.communities
    assert community.path == second and not result.copies[0].identical
    assert community.tally.local == expected(exported(second))["by"]["local"]


def test_the_combined_pathway_counts_every_decision_of_a_step(portfolio: Portfolio) -> None:
    for i, point in enumerate(portfolio.pathway):
        tallies = [c.pathway[i].tally for c in portfolio.communities]
        assert point.tally.local == sum(t.local for t in tallies)
        assert point.tally.total == sum(t.total for t in tallies)


def test_prioritized_challenges_are_the_top_of_closed_rounds(portfolio: Portfolio, portfolio_folder: Path) -> None:
    for c in portfolio.communities:
        doc = exported(c.path)
        closed = [v for v in doc.get("votes", []) if v["status"] == "closed"]
        assert [r.question for r in c.challenges] == [v["question"] for v in closed]
        texts = {n["id"]: n["text"] for b in doc["boards"] for n in b["notes"]}
        for rnd, vote in zip(c.challenges, closed, strict=True):
            dots: dict[str, int] = defaultdict(int)
            for ballot in vote.get("ballots", []) + vote.get("paper_tally", []):
                dots[ballot["note"]] += ballot["dots"]
            best = max(dots.values())
            assert {ch.text for ch in rnd.top if ch.rank == 1} == {texts[n] for n, d in dots.items() if d == best}
            assert all(ch.rank <= 3 and ch.dots > 0 for ch in rnd.top)


def test_pdf_in_spanish_and_english_read_back(portfolio_folder: Path, tmp_path: Path) -> None:
    es, en = tmp_path / "portafolio.pdf", tmp_path / "portfolio.pdf"
    build_portfolio([portfolio_folder], pdf=es, lang="es")
    build_portfolio([portfolio_folder], pdf=en, lang="en", page="a4")
    text = pdf_text(es)
    for phrase in ("Portafolio de Comunidades de Aprendizaje", "Las comunidades", "Ruta de localización",
                   "Retos priorizados", "Recursos movilizados", "Archivos leídos", "ComuniPaz 1",
                   "Comunidad de Aprendizaje Península–Oaxaca–Norte", "dañado.reslab", "el archivo está dañado",
                   "lo hizo una versión más nueva", "no es un archivo de taller", "se cuenta una vez",
                   "Ruta combinada", "¿Qué retos primero?"):
        assert "".join(phrase.split()) in text, phrase
    english = pdf_text(en)
    for phrase in ("Portfolio of Learning Communities", "The communities", "Localization pathway",
                   "Prioritized challenges", "Resources mobilized", "the file is damaged", "counted once",
                   "Combined pathway"):
        assert "".join(phrase.split()) in english, phrase
    assert "Retospriorizados" not in english
    from pypdf import PdfReader

    assert {round(float(p.mediabox.width)) for p in PdfReader(str(en)).pages} == {842}  # A4, landscape


def test_tables_as_csv_and_excel_in_both_languages(portfolio_folder: Path, tmp_path: Path) -> None:
    build_portfolio([portfolio_folder], pdf=tmp_path / "p.pdf", csv_dir=tmp_path / "es", xlsx=tmp_path / "p.xlsx")
    build_portfolio([portfolio_folder], pdf=tmp_path / "p.pdf", csv_dir=tmp_path / "en", lang="en")
    for spec in TABLES:
        for lang in ("es", "en"):
            with (tmp_path / lang / f"{spec.key}.csv").open(encoding="utf-8-sig", newline="") as fh:
                rows = list(csv.reader(fh))
            assert rows[0] == spec.headers(lang)
    with (tmp_path / "es" / "communities.csv").open(encoding="utf-8-sig", newline="") as fh:
        communities = list(csv.DictReader(fh))
    assert len(communities) == len(READABLE)
    with (tmp_path / "es" / "files.csv").open(encoding="utf-8-sig", newline="") as fh:
        files = list(csv.DictReader(fh))
    assert len(files) == 8 and sum(f["Motivo"] != "" for f in files) == 3
    book = openpyxl.load_workbook(tmp_path / "p.xlsx")
    assert book.sheetnames == [t.es for t in TABLES]
    sheet = book["Comunidades"]
    header = [c.value for c in sheet[1]]
    funding = header.index("Fondos (MXN)") + 1
    assert "MXN" in sheet.cell(2, funding).number_format and sheet.cell(2, funding).data_type == "n"
    assert sheet.cell(2, header.index("Inicio") + 1).is_date
    assert sheet.cell(2, header.index("Índice de localización") + 1).number_format == "0%"


def reslab(*args: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "reslab_desktop", *map(str, args)], capture_output=True,
                          text=True, encoding="utf-8", timeout=180, cwd=REPO)


def test_cli_warns_about_unreadable_files_and_writes(portfolio_folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "p.pdf"
    done = reslab("portfolio", portfolio_folder, "-o", out, "--xlsx", tmp_path / "p.xlsx")
    assert done.returncode == 0, done.stderr
    assert out.exists() and (tmp_path / "p.xlsx").exists()
    assert done.stderr.count("reslab: warning:") == 3 and "counted once" in done.stderr
    assert f"{out}: portfolio of 4 communities written (5 of 8 files read)" in done.stderr


def test_cli_user_errors_are_one_line_and_leave_nothing(portfolio_folder: Path, tmp_path: Path) -> None:
    empty = tmp_path / "vacía"
    empty.mkdir()
    cases = [
        (("portfolio", tmp_path / "nowhere", "-o", tmp_path / "a.pdf"), "no such file or folder"),
        (("portfolio", empty, "-o", tmp_path / "a.pdf"), "no workshop files"),
        (("portfolio", portfolio_folder, "-o", tmp_path / "a.txt"), "should end in .pdf"),
        (("portfolio", portfolio_folder, "-o", tmp_path / "no" / "a.pdf"), "does not exist"),
        (("portfolio", portfolio_folder, "-o", tmp_path / "a.pdf", "--xlsx", tmp_path / "a.csv"), ".xlsx"),
        (("portfolio", portfolio_folder, "-o", "/proc/a.pdf"), "cannot write"),
        (("portfolio", portfolio_folder), "-o"),
        (("portfolio", portfolio_folder, "-o", tmp_path / "a.pdf", "--page-size", "b5"), "page-size"),
    ]
    for args, message in cases:
        done = reslab(*args)
        assert done.returncode == 2, (args, done.stderr)
        lines = done.stderr.splitlines()
        assert len(lines) == 1 and message in lines[0] and "Traceback" not in done.stderr, (args, done.stderr)
    assert not list(tmp_path.glob("a.*")) and not list(tmp_path.glob(".a.*"))
