"""Build a portfolio's outputs: ``build_portfolio(sources, pdf=…, csv_dir=…, xlsx=…)``.

The CLI and the app call this; outputs are checked before any file is read (a bad output
leaves no trace), each is written atomically, and a cancel leaves nothing behind.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from reslab_desktop.errors import ReslabError
from reslab_desktop.exports.api import check_file_output, check_outputs
from reslab_desktop.portfolio.collect import Portfolio, Progress, read_portfolio
from reslab_desktop.portfolio.sources import find_workshop_files

READ_SHARE = 0.55  # of the progress bar: reading the files; the rest is writing


def check_portfolio_outputs(pdf: Path | None, csv_dir: Path | None, xlsx: Path | None,
                            lang: str = "es", page: str = "letter") -> None:
    from reslab_desktop.reports.options import PAGE_SIZE_NAMES

    if lang not in ("es", "en"):
        raise ReslabError(f"unknown language {lang!r} (choose es|en)")
    if page not in PAGE_SIZE_NAMES:
        raise ReslabError(f"unknown page size {page!r} (choose {'|'.join(PAGE_SIZE_NAMES)})")
    if pdf is None and csv_dir is None and xlsx is None:
        raise ReslabError("choose where to write the portfolio: -o OUT.pdf, --csv DIR, --xlsx OUT.xlsx")
    if pdf is not None:
        check_file_output(Path(pdf), ".pdf")
    if csv_dir is not None or xlsx is not None:
        check_outputs(csv_dir, xlsx)


def build_portfolio(
    sources: Sequence[Path], pdf: Path | None = None, csv_dir: Path | None = None, xlsx: Path | None = None,
    lang: str = "es", page: str = "letter", progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> Portfolio:
    check_portfolio_outputs(pdf, csv_dir, xlsx, lang, page)
    files = find_workshop_files(sources)
    inputs = {f.resolve() for f in files}
    for out in (pdf, xlsx):
        if out is not None and Path(out).resolve() in inputs:
            raise ReslabError(f"{out}: is one of the workshop files read; choose another output")

    def reading(fraction: float, what: str) -> None:
        if progress:
            progress(fraction * READ_SHARE, what)

    portfolio = read_portfolio(files, reading, cancelled)
    write_portfolio(portfolio, pdf, csv_dir, xlsx, lang, page, progress, cancelled)
    return portfolio


def write_portfolio(
    portfolio: Portfolio, pdf: Path | None = None, csv_dir: Path | None = None, xlsx: Path | None = None,
    lang: str = "es", page: str = "letter", progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> None:
    """Write the outputs of a portfolio already read (the app reads once, then saves)."""
    start = READ_SHARE if progress else 0.0

    def writing(fraction: float, what: str) -> None:
        if progress:
            progress(start + (1 - start) * min(fraction, 0.99), what)

    if pdf is not None:
        from reslab_desktop.reports.portfolio import write_pdf

        write_pdf(Path(pdf), portfolio, lang, page, lambda f, w: writing(f * 0.9, w), cancelled)
    if csv_dir is not None or xlsx is not None:
        from reslab_desktop.portfolio.tables import portfolio_tables

        tables = portfolio_tables(portfolio, lang)
        if csv_dir is not None:
            from reslab_desktop.exports.csv_out import write_folder

            write_folder(Path(csv_dir), tables, lang)
        if xlsx is not None:
            from reslab_desktop.exports.xlsx_out import write_workbook

            write_workbook(Path(xlsx), tables, lang)
    if progress:
        progress(1.0, "done")
