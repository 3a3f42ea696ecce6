"""Output files: written whole or not at all, with the permissions a plain write gives."""

from __future__ import annotations

import os
import stat

import pytest

from reslab_desktop.errors import ReslabError
from reslab_desktop.storage.atomic import atomic_path, write_bytes_atomic


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_new_output_gets_the_mode_of_a_plain_write_not_a_private_temp_file(tmp_path):
    plain = tmp_path / "plain.json"
    plain.write_bytes(b"{}")
    out = tmp_path / "out.json"
    write_bytes_atomic(out, b"{}")
    assert stat.S_IMODE(out.stat().st_mode) == stat.S_IMODE(plain.stat().st_mode)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_replaced_output_keeps_its_mode(tmp_path):
    out = tmp_path / "out.pdf"
    out.write_bytes(b"old")
    os.chmod(out, 0o640)
    write_bytes_atomic(out, b"new")
    assert out.read_bytes() == b"new" and stat.S_IMODE(out.stat().st_mode) == 0o640


def test_a_failed_write_leaves_the_old_file_and_no_temporary_file(tmp_path):
    out = tmp_path / "out.json"
    out.write_bytes(b"old")
    with pytest.raises(RuntimeError), atomic_path(out) as tmp:
        tmp.write_bytes(b"half")
        raise RuntimeError("interrupted")
    assert out.read_bytes() == b"old" and sorted(p.name for p in tmp_path.iterdir()) == ["out.json"]


def test_a_folder_or_a_missing_folder_is_refused_in_words(tmp_path):
    with pytest.raises(ReslabError, match="is a folder"), atomic_path(tmp_path):
        pass
    with pytest.raises(ReslabError, match="does not exist"), atomic_path(tmp_path / "no" / "x.pdf"):
        pass
