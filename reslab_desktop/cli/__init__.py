"""Command line: ``reslab [FILE]`` opens the app; ``reslab COMMAND …`` works headless.

User errors print one line to stderr and exit 2; ``--debug`` shows the traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from reslab_desktop import __version__
from reslab_desktop.cli.commands import COMMAND_MODULES

EXIT_OK = 0
EXIT_FAILED_CHECK = 1
EXIT_USER_ERROR = 2
EXIT_INTERNAL_ERROR = 3


class OneLineParser(argparse.ArgumentParser):
    """Usage errors are one line on stderr and exit 2, like every other user error."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USER_ERROR, f"reslab: error: {message} (see `{self.prog} --help`)\n")


def build_parser() -> tuple[argparse.ArgumentParser, set[str]]:
    parser = OneLineParser(
        prog="reslab",
        description="Resiliency Lab Desktop. Without a command, opens the app "
        "(with FILE.reslab, opens that workshop).",
    )
    parser.add_argument("--version", action="version", version=f"reslab {__version__}")
    parser.add_argument("--debug", action="store_true", help="show full tracebacks on errors")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser, set(sub.choices)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    _utf8_output()
    parser, commands = build_parser()
    positional = [a for a in argv if not a.startswith("-")]
    if not positional or positional[0] not in commands:
        return _open_app(parser, commands, argv)
    args = parser.parse_args(argv)
    return run_guarded(lambda: args.func(args), debug=args.debug)


def _utf8_output() -> None:
    """Documents and messages leave as UTF-8 whatever the locale says: the JSON contract is
    UTF-8, and a Windows pipe (cp1252) or ``LANG=C`` could not even encode "ñ"."""
    for stream, errors in ((sys.stdout, "strict"), (sys.stderr, "backslashreplace")):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "").replace("_", "")
        if encoding != "utf8" and hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors=errors)


def _open_app(parser: argparse.ArgumentParser, commands: set[str], argv: list[str]) -> int:
    open_parser = OneLineParser(prog="reslab", add_help=False)
    open_parser.add_argument("--debug", action="store_true")
    open_parser.add_argument("file", nargs="?")
    if any(a in ("-h", "--help") for a in argv):
        parser.print_help()
        return EXIT_OK
    if "--version" in argv:
        print(f"reslab {__version__}")
        return EXIT_OK
    args, unknown = open_parser.parse_known_args(argv)
    if args.file and not Path(args.file).exists() and (unknown or not Path(args.file).suffix):
        parser.error(f"{args.file}: neither a command ({', '.join(sorted(commands))}) nor a file")
    if unknown:
        parser.error(f"unrecognized arguments: {' '.join(unknown)}")
    if args.file and not Path(args.file).exists():
        parser.exit(EXIT_USER_ERROR, f"reslab: error: {args.file}: no such file\n")

    def launch() -> int:
        from reslab_desktop.cli.core_first import import_core_first

        import_core_first()  # before PySide6 (see core_first)
        from reslab_desktop.ui.app import run_gui

        return run_gui(Path(args.file) if args.file else None)

    return run_guarded(launch, debug=args.debug)


def run_guarded(action, debug: bool = False) -> int:  # type: ignore[no-untyped-def]
    """Run a command: domain errors become one line on stderr and exit 2; a file missing from
    the installation, one line and exit 3."""
    from reslab_desktop.errors import InstallationError, ReslabError

    try:
        return int(action() or EXIT_OK)
    except ReslabError as exc:
        if debug:
            raise
        print(f"reslab: error: {exc}", file=sys.stderr)
        return EXIT_USER_ERROR
    except InstallationError as exc:
        if debug:
            raise
        print(f"reslab: error: {exc}", file=sys.stderr)
        return EXIT_INTERNAL_ERROR
    except KeyboardInterrupt:
        print("reslab: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:
        if debug:
            raise
        print(
            f"reslab: internal error: {type(exc).__name__}: {exc} (run with --debug for details)",
            file=sys.stderr,
        )
        return EXIT_INTERNAL_ERROR
