"""Workshop files from the command line: demo, import, export, check."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from reslab_desktop.demo import DEMO_FILE_NAME, default_demo_path, write_demo
from reslab_desktop.errors import ReslabError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("demo", help="write the demo workshop and open it")
    p.add_argument("file", nargs="?", type=Path, help=f"where to write it (default: Documents/Resiliency Lab/{DEMO_FILE_NAME})")
    p.add_argument("--no-gui", action="store_true", help="only write the file")
    p.add_argument("--overwrite", action="store_true", help="replace an existing file at FILE")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("import", help="make a workshop file from a JSON document")
    p.add_argument("input", type=Path, metavar="IN.json")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.reslab")
    p.add_argument("--overwrite", action="store_true", help="replace OUT.reslab if it exists")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("export", help="write a workshop file as a JSON document")
    p.add_argument("input", type=Path, metavar="IN.reslab")
    p.add_argument("-o", "--output", type=Path, metavar="OUT.json", help="default: standard output")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("check", help="check a workshop file's integrity and schema (exit 1 if damaged)")
    p.add_argument("input", type=Path, metavar="FILE.reslab")
    p.add_argument("--repair", action="store_true",
                   help="salvage what can be read into a new file (FILE is never changed)")
    p.add_argument("-o", "--output", type=Path, metavar="OUT.reslab",
                   help="with --repair: the new file (default: FILE.recovered.reslab beside FILE)")
    p.set_defaults(func=cmd_check)


def cmd_demo(args: argparse.Namespace) -> int:
    if args.file is not None:
        target = args.file
        write_demo(target, overwrite=args.overwrite)
        print(f"demo workshop written to {target}", file=sys.stderr)
    else:
        target = default_demo_path()
        if target.exists() and not args.overwrite:
            print(f"opening the demo workshop at {target}", file=sys.stderr)
        else:
            try:
                target.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise ReslabError(f"{target.parent}: cannot create the folder ({exc.strerror})") from None
            write_demo(target, overwrite=args.overwrite)
            print(f"demo workshop written to {target}", file=sys.stderr)
    if args.no_gui:
        return 0
    from reslab_desktop.cli.core_first import import_core_first

    import_core_first()
    from reslab_desktop.ui.app import run_gui

    return run_gui(target)


def cmd_import(args: argparse.Namespace) -> int:
    from reslab_desktop.interchange import import_file

    for warning in import_file(args.input, args.output, overwrite=args.overwrite):
        print(f"reslab: warning: {warning}", file=sys.stderr)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from reslab_desktop.interchange import export_json, export_to_file
    from reslab_desktop.storage import Store

    with Store.open(args.input, read_only=True) as store:
        if args.output is None:
            text = export_json(store)
            try:
                sys.stdout.write(text)
                sys.stdout.flush()
            except BrokenPipeError:
                raise
            except OSError as exc:  # ``> /dev/full``, a full disk: a user's problem, one line
                from reslab_desktop.storage.atomic import write_failure

                failure = write_failure(Path("standard output"), exc)
                raise (failure or ReslabError(f"standard output: cannot write ({exc.strerror})")) from None
        else:
            export_to_file(store, args.output)
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from reslab_desktop.storage.integrity import check_file

    if args.output is not None and not args.repair:
        raise ReslabError("-o/--output goes with --repair")
    report = check_file(args.input)
    if args.repair and not report.ok:
        return _repair(args)
    if report.ok:
        counts = ", ".join(f"{n} {t}" for t, n in report.counts.items())
        print(f"{args.input}: ok (format {report.version}; {counts})")
        if report.interrupted:
            print(f"{args.input}: note: a save was interrupted; it is undone when the file is next opened")
        if args.repair:
            print(f"{args.input}: nothing to repair")
        return 0
    for problem in report.problems:
        print(f"{args.input}: {problem}", file=sys.stderr)
    return 1


def _repair(args: argparse.Namespace) -> int:
    """Exit 0 when everything was recovered, 1 when something could not be."""
    from reslab_desktop.storage.repair import repair

    result = repair(args.input, args.output)
    counts = ", ".join(f"{n} {t}" for t, n in result.recovered.items() if n)
    print(f"{result.target}: written with what could be recovered ({counts or 'no rows'})")
    for table, n in result.lost.items():
        print(f"{args.input}: lost: {n} {table}", file=sys.stderr)
    for note in result.notes:
        print(f"{args.input}: {note}", file=sys.stderr)
    print(f"{args.input}: left unchanged", file=sys.stderr)
    return 0 if result.complete else 1
