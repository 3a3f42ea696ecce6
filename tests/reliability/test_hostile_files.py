"""Promise 2: damaged and hostile files get one line, exit 2, and are never changed.

Every file below is refused by ``Store.open`` with a one-line ``WorkshopFileError``; the
command line says so on one line (``export``: exit 2; ``check``: exit 1 for a damaged
workshop, 2 for something that is not one) and never shows a traceback. The file's bytes
and its folder are exactly as before. The opener is fuzzed with hypothesis as well.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reslab_desktop.cli import main
from reslab_desktop.errors import DamagedFileError, ReslabError, WorkshopFileError
from reslab_desktop.interchange import export_json
from reslab_desktop.services import boards
from reslab_desktop.storage import Store
from reslab_desktop.storage.integrity import check_file
from tests.reliability.hostile import HOSTILE, invalid_utf8_text, sound_workshop

FUZZ_EXAMPLES = int(os.environ.get("RESLAB_FUZZ", "150"))


def _folder_state(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


@pytest.fixture(params=sorted(HOSTILE), ids=lambda name: name.replace(" ", "-"))
def hostile(request, tmp_path: Path) -> Path:
    folder = tmp_path / "files"
    folder.mkdir()
    return HOSTILE[request.param](folder / "taller.reslab")


def test_store_open_refuses_in_one_line_and_changes_nothing(hostile):
    before = _folder_state(hostile.parent)
    for read_only in (False, True):
        with pytest.raises(WorkshopFileError) as info:
            Store.open(hostile, read_only=read_only)
        message = str(info.value)
        assert "\n" not in message and len(message) < 300, message
        assert str(hostile) in message or hostile.name in message
    assert _folder_state(hostile.parent) == before


def test_command_line_refuses_in_one_line_and_changes_nothing(hostile, capsys, tmp_path):
    before = _folder_state(hostile.parent)
    assert main(["export", str(hostile), "-o", str(tmp_path / "out.json")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("reslab: error: ") and err.count("\n") == 1, err
    assert not (tmp_path / "out.json").exists()

    code = main(["check", str(hostile)])
    out, err = capsys.readouterr()
    assert code in (1, 2) and out == ""
    assert "internal error" not in err and "Traceback" not in err
    if code == 2:
        assert err.startswith("reslab: error: ") and err.count("\n") == 1, err
    else:
        assert all(line.startswith(f"{hostile}: ") for line in err.splitlines()), err
    assert _folder_state(hostile.parent) == before


@pytest.mark.parametrize("name", ["corrupted page"])  # the in-process test covers every kind
def test_real_process_shows_no_traceback(name, tmp_path):
    path = HOSTILE[name](tmp_path / "t.reslab")
    before = path.read_bytes()
    for command in ("export", "check"):
        result = subprocess.run([sys.executable, "-m", "reslab_desktop", command, str(path)],
                                capture_output=True, text=True, timeout=120)
        assert result.returncode in (1, 2) and "Traceback" not in result.stderr, result.stderr
        assert result.stdout == ""
    assert path.read_bytes() == before


def test_a_text_that_is_not_utf8_is_reported_not_crashed_on(tmp_path, capsys):
    """SQLite's checks pass such a file; reading the note must still give one line."""
    path = invalid_utf8_text(tmp_path / "t.reslab")
    before = path.read_bytes()
    with Store.open(path, read_only=True) as store:
        with pytest.raises(DamagedFileError, match="not valid UTF-8"):
            boards.load_board(store, "b1")
        with pytest.raises(DamagedFileError, match="not valid UTF-8"):
            export_json(store)
    assert main(["check", str(path)]) == 1
    assert "a text in notes.text, row 47, is not valid UTF-8" in capsys.readouterr().err
    assert main(["check", str(path), "--repair", "-o", str(tmp_path / "ok.reslab")]) == 1
    assert "1 texts had damaged characters" in capsys.readouterr().err
    with Store.open(tmp_path / "ok.reslab", read_only=True) as fixed:
        texts = [n.text for n in boards.load_board(fixed, "b1").notes]
    assert len(texts) == 300 and texts[46].startswith("\ufffdOTE-00046")
    assert path.read_bytes() == before


# -- fuzzing the opener -----------------------------------------------------------------
_TEMPLATE = Path(tempfile.mkdtemp(prefix="reslab-fuzz-")) / "template.reslab"
_TRIED = {"inputs": 0, "opened": 0, "refused": 0}


def _template() -> bytes:
    if not _TEMPLATE.exists():
        sound_workshop(_TEMPLATE, notes=60)
    return _TEMPLATE.read_bytes()


mutations = st.lists(
    st.tuples(st.integers(0, 10**9), st.integers(0, 255)), min_size=1, max_size=12
)


@settings(max_examples=FUZZ_EXAMPLES, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(flips=mutations, cut=st.one_of(st.none(), st.integers(0, 10**9)),
       header_bias=st.booleans())
def test_fuzzed_files_are_opened_or_refused_cleanly(flips, cut, header_bias, tmp_path):
    data = bytearray(_template())
    for offset, value in flips:
        # Half the examples aim at the first page, where the header and schema live.
        data[offset % (4096 if header_bias else len(data))] = value
    if cut is not None:
        data = data[: cut % len(data)]
    path = tmp_path / f"fuzz-{_TRIED['inputs']}.reslab"
    path.write_bytes(bytes(data))
    _TRIED["inputs"] += 1
    try:
        store = Store.open(path, read_only=True)
    except WorkshopFileError as exc:
        assert "\n" not in str(exc)
        _TRIED["refused"] += 1
    else:
        _TRIED["opened"] += 1
        with store:
            try:
                for board in boards.list_boards(store):
                    boards.load_board(store, board.id)
                export_json(store)
            except ReslabError:
                pass
    with contextlib.suppress(WorkshopFileError):
        check_file(path)
    assert path.read_bytes() == bytes(data)
    path.unlink()


def test_report_fuzz_figures():
    """Runs after the fuzz test (file order) and prints its figures for docs/reliability.md."""
    if _TRIED["inputs"]:
        print(f"\nRELIABILITY fuzz-opener {json.dumps(_TRIED)}")
