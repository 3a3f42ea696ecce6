"""``reslab export-data FILE.reslab --csv DIR | --xlsx OUT.xlsx [--lang es|en]``: the workshop's
data as spreadsheet tables (notes, voting results, ballots, decisions, pledges and needs,
initiatives and action plans, participants and attendance). See ``docs/data-exports.md``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "export-data",
        help="write the workshop's data as CSV files (UTF-8) or an Excel workbook",
        description="Write the workshop's data as tables: notes, voting results, ballots (rounds that are "
        "not anonymous), decisions, pledges, needs and gaps, initiatives, action plans, organizations, "
        "participants, sessions and attendance. CSV files are UTF-8 with a byte-order mark; the workbook "
        "has one sheet per table with typed cells. Text that a spreadsheet would run as a formula "
        "starts with an apostrophe. See docs/data-exports.md.",
    )
    p.add_argument("input", type=Path, metavar="FILE.reslab")
    p.add_argument("--csv", type=Path, metavar="DIR", dest="csv_dir",
                   help="write one CSV file per table into DIR (made if missing; its files are replaced)")
    p.add_argument("--xlsx", type=Path, metavar="OUT.xlsx", help="write one Excel workbook, a sheet per table")
    p.add_argument("--lang", choices=("es", "en"), help="language of headers and names (default: the workshop's)")
    p.set_defaults(func=cmd_export_data)


def cmd_export_data(args: argparse.Namespace) -> int:
    from reslab_desktop.exports.api import check_outputs, export_data
    from reslab_desktop.services.workshop import get_workshop
    from reslab_desktop.storage import Store

    check_outputs(args.csv_dir, args.xlsx)  # before opening anything: a bad output leaves no trace
    with Store.open(args.input, read_only=True) as store:
        lang = args.lang or ("en" if get_workshop(store).language == "en" else "es")
        written = export_data(store, args.csv_dir, args.xlsx, lang)
    if args.csv_dir is not None:
        print(f"{args.csv_dir}: {sum(p.suffix == '.csv' for p in written)} CSV files written", file=sys.stderr)
    if args.xlsx is not None:
        print(f"{args.xlsx}: workbook written", file=sys.stderr)
    return 0
