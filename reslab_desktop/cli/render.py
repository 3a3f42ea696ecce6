"""``reslab render FILE.reslab --board ID -o OUT.png [--width PX]``: a board drawn headless,
exactly as the app draws it (offscreen Qt platform when there is no display)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from reslab_desktop.errors import ValidationError

MIN_WIDTH = 16
MAX_WIDTH = 8000


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("render", help="draw a board as a PNG (or .svg) image, headless")
    p.add_argument("input", type=Path, metavar="FILE.reslab")
    p.add_argument("--board", required=True, metavar="ID", help="the board's id (see `reslab export`)")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.png")
    p.add_argument("--width", type=int, metavar="PX", help=f"image width in pixels ({MIN_WIDTH}–{MAX_WIDTH}; default: 2 px per board unit, at most {MAX_WIDTH})")
    p.set_defaults(func=cmd_render)


def cmd_render(args: argparse.Namespace) -> int:
    suffix = args.output.suffix.lower()
    if suffix not in (".png", ".svg"):
        raise ValidationError(f"{args.output.name}: the output must end in .png or .svg")
    if args.width is not None and not MIN_WIDTH <= args.width <= MAX_WIDTH:
        raise ValidationError(f"--width must be between {MIN_WIDTH} and {MAX_WIDTH} pixels (got {args.width})")
    from reslab_desktop.storage import Store

    with Store.open(args.input, read_only=True) as store:
        from reslab_desktop.services.boards import get_board
        from reslab_desktop.ui.board.export import export_png, export_svg
        from reslab_desktop.ui.board.render import build_scene

        title = get_board(store, args.board).title
        scene = build_scene(store, args.board)
        if suffix == ".svg":
            export_svg(scene, args.output, title)
        else:
            source = export_png(scene, args.output, width=args.width)
            if args.width is None and source.width() * 2 > MAX_WIDTH:
                print(f"reslab: note: the board is wide; the image was limited to {MAX_WIDTH} px", file=sys.stderr)
    print(f"board {args.board!r} ({title}) drawn to {args.output}", file=sys.stderr)
    return 0

