"""Promise 2, JSON side: the importer, fuzzed, either imports or refuses in one line.

Hypothesis replaces values anywhere in a valid document with arbitrary JSON (wrong types,
huge integers, NaN, deep lists, long strings, duplicate and dangling ids) and also feeds raw
bytes to the parser. Nothing but ``InterchangeError`` may come out, and a refused document
leaves no file behind.
"""

from __future__ import annotations

import copy
import json
import os
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reslab_desktop.errors import InterchangeError
from reslab_desktop.interchange import import_json
from reslab_desktop.interchange.document import parse
from reslab_desktop.storage.integrity import check_file
from tests.interchange.test_import_errors import base

EXAMPLES = int(os.environ.get("RESLAB_FUZZ", "150"))
TRIED = {"documents": 0, "imported": 0, "refused": 0, "texts": 0}

scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.integers(-(10**400), 10**400),
    st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=30),
    st.sampled_from(["b0", "n0-1", "z0", "o1", "p1", "", " ", "#FFD966", "2026-11-25", "\ud800"]),
)
json_values = st.recursive(
    scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=4),
                            st.dictionaries(st.text(max_size=8), inner, max_size=4)),
    max_leaves=12,
)


def _containers(value: Any, found: list) -> list:
    if isinstance(value, dict):
        found.append(value)
        for v in value.values():
            _containers(v, found)
    elif isinstance(value, list):
        found.append(value)
        for v in value:
            _containers(v, found)
    return found


@st.composite
def mutated_documents(draw) -> Any:
    doc = copy.deepcopy(base())
    for _ in range(draw(st.integers(1, 4))):
        containers = _containers(doc, [])
        target = draw(st.sampled_from(containers))
        if isinstance(target, dict):
            keys = list(target) + ["extra"]
            key = draw(st.sampled_from(keys))
            if draw(st.booleans()) and key in target:
                del target[key]
            else:
                target[key] = draw(json_values)
        elif target:
            index = draw(st.integers(0, len(target) - 1))
            action = draw(st.sampled_from(["replace", "duplicate", "delete"]))
            if action == "replace":
                target[index] = draw(json_values)
            elif action == "duplicate":
                target.append(copy.deepcopy(target[index]))
            else:
                del target[index]
    return doc


@settings(max_examples=EXAMPLES, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(doc=mutated_documents())
def test_mutated_documents_import_or_fail_in_one_line(doc, tmp_path: Path):
    target = tmp_path / f"f{TRIED['documents']}.reslab"
    TRIED["documents"] += 1
    try:
        import_json(doc, target)
    except InterchangeError as exc:
        TRIED["refused"] += 1
        assert "\n" not in str(exc)
        assert not target.exists()
        assert list(tmp_path.glob(f".{target.name}*")) == []
    else:
        TRIED["imported"] += 1
        report = check_file(target)
        assert report.ok, report.problems
        target.unlink()


@settings(max_examples=EXAMPLES, deadline=None, derandomize=True)
@given(data=st.one_of(
    st.binary(max_size=200),
    st.text(max_size=200).map(str.encode),
    st.builds(lambda v: json.dumps(v, allow_nan=True).encode(), json_values),
))
def test_raw_bytes_parse_or_fail_in_one_line(data: bytes):
    TRIED["texts"] += 1
    try:
        parse(data)
    except InterchangeError as exc:
        assert "\n" not in str(exc)


def test_report_fuzz_figures():
    if TRIED["documents"]:
        print(f"\nRELIABILITY fuzz-import {json.dumps(TRIED)}")
