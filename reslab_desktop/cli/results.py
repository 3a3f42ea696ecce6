"""``reslab results FILE.reslab [--round ID] [--json]``: each voting round's ranking.

Hidden rounds that are still open print no counts: the table says so on one line, and the
JSON has ``"hidden": true`` with an empty ``"ranking"``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from reslab_desktop.errors import ReslabError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("results", help="print the ranking of each voting round")
    p.add_argument("input", type=Path, metavar="FILE.reslab")
    p.add_argument("--round", dest="round_id", metavar="ID", help="only this round")
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    p.set_defaults(func=cmd_results)


def collect(store: Any, round_id: str | None = None) -> list[dict[str, Any]]:
    """The rounds as the JSON list the command prints."""
    from reslab_desktop.services import voting

    if round_id is not None:
        rounds = [r for r in voting.list_rounds(store) if r.id == round_id]
        if not rounds:
            raise ReslabError(f"no voting round with id {round_id!r} (see `reslab results FILE`)")
    else:
        rounds = voting.list_rounds(store)
    out = []
    for rnd in rounds:
        item: dict[str, Any] = {"round": rnd.id, "question": rnd.question, "status": rnd.status}
        if rnd.counts_hidden:
            item["ranking"] = []
            item["hidden"] = True
        else:
            item["ranking"] = [
                {"note": r.note_id, "text": r.text, "dots": r.dots, "rank": r.rank, "tied": r.tied}
                for r in voting.results(store, rnd.id)
            ]
        out.append(item)
    return out


def format_table(rounds: list[dict[str, Any]]) -> str:
    lines: list[str] = []
    for item in rounds:
        if lines:
            lines.append("")
        lines.append(f"{item['question']}  [{item['round']}, {item['status']}]")
        if item.get("hidden"):
            lines.append("  (results hidden until the round is closed)")
            continue
        if not item["ranking"]:
            lines.append("  (no candidate notes)")
            continue
        lines.append(f"  {'rank':>5}  {'dots':>4}  note")
        for r in item["ranking"]:
            rank = f"{r['rank']}{'=' if r['tied'] else ''}"
            text = " ".join(r["text"].split()) or "(empty note)"
            if len(text) > 70:
                text = text[:69] + "…"
            lines.append(f"  {rank:>5}  {r['dots']:>4}  {text}")
    if not rounds:
        lines.append("no voting rounds in this workshop")
    return "\n".join(lines) + "\n"


def cmd_results(args: argparse.Namespace) -> int:
    from reslab_desktop.storage import Store

    with Store.open(args.input, read_only=True) as store:
        rounds = collect(store, args.round_id)
    if args.json:
        sys.stdout.write(json.dumps(rounds, ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(format_table(rounds))
    return 0
