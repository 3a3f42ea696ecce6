"""``reslab export-pdf``: every kind from the command line; errors are one line, exit 2, no file."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdftools import page_sizes, pdf_text

from reslab_desktop.cli import main
from reslab_desktop.services.boards import list_boards
from reslab_desktop.storage import Store


@pytest.fixture
def workshop_path(rich_store: Store) -> Path:
    path = rich_store.path
    rich_store.close()
    return path


def test_report_by_default(workshop_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    out = tmp_path / "informe.pdf"
    assert main(["export-pdf", str(workshop_path), "-o", str(out)]) == 0
    assert "Participantes y organizaciones" in pdf_text(out)
    assert "informe.pdf" in capsys.readouterr().err


@pytest.mark.parametrize("kind", ["worksheets", "sign-in"])
def test_other_kinds_in_english_on_a4(workshop_path: Path, tmp_path: Path, kind: str) -> None:
    out = tmp_path / f"{kind}.pdf"
    assert main(["export-pdf", str(workshop_path), "-o", str(out), "--kind", kind,
                 "--page-size", "a4", "--lang", "en"]) == 0
    assert set(page_sizes(out)) <= {(595, 842), (842, 595)}


def test_poster_3x3(workshop_path: Path, tmp_path: Path) -> None:
    with Store.open(workshop_path, read_only=True) as store:
        board = list_boards(store)[0].id
    out = tmp_path / "poster.pdf"
    assert main(["export-pdf", str(workshop_path), "-o", str(out), "--kind", "poster",
                 "--board", board, "--tiles", "3x3", "--page-size", "tabloid"]) == 0
    assert len(page_sizes(out)) == 9


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--kind", "tally"], "needs --round"),
        (["--kind", "poster"], "needs --board"),
        (["--kind", "poster", "--board", "nope"], "nope"),
        (["--kind", "tally", "--round", "nope"], "nope"),
        (["--kind", "worksheets", "--template", "nope"], "nope"),
        (["--kind", "sign-in", "--session", "nope"], "nope"),
        (["--sections", "cover,nope"], "nope"),
    ],
)
def test_errors_exit_2_and_leave_no_file(
    workshop_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture, args: list[str], message: str
) -> None:
    out = tmp_path / "out" / "x.pdf"
    out.parent.mkdir()
    assert main(["export-pdf", str(workshop_path), "-o", str(out), *args]) == 2
    err = capsys.readouterr().err
    assert err.startswith("reslab: error:") and message in err and err.count("\n") == 1
    assert list(out.parent.iterdir()) == []  # no PDF and no temporary file


def test_missing_workshop_and_bad_output(tmp_path: Path, workshop_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert main(["export-pdf", str(tmp_path / "none.reslab"), "-o", str(tmp_path / "a.pdf")]) == 2
    assert main(["export-pdf", str(workshop_path), "-o", str(tmp_path / "a.txt")]) == 2
    assert main(["export-pdf", str(workshop_path), "-o", str(tmp_path / "no" / "dir" / "a.pdf")]) == 2
    assert list(tmp_path.glob("*.pdf")) == [] and not (tmp_path / "a.txt").exists()
    assert capsys.readouterr().err.count("reslab: error:") == 3


def test_progress_line_for_large_workshops(
    workshop_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reslab_desktop.cli import pdf

    monkeypatch.setattr(pdf, "LARGE_NOTES", 1)  # the small workshop counts as large
    assert main(["export-pdf", str(workshop_path), "-o", str(tmp_path / "p.pdf")]) == 0
    err = capsys.readouterr().err
    assert "building PDF" in err and "100%" in err


def test_reportlab_stays_out_of_the_start_path() -> None:
    """The CLI parser and the action table (app start) list the PDF options without ReportLab."""
    import subprocess
    import sys

    code = ("import sys; from reslab_desktop.cli import build_parser; build_parser(); "
            "import reslab_desktop.ui.actions; "
            "print(sorted(m for m in sys.modules if m.startswith('reportlab')))")
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    assert out.strip() == "[]"
