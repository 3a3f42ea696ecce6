"""Reading PDFs back: text via pdftotext, fonts via pdffonts, structure via pypdf."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from pypdf import PdfReader

# Markup characters, accents, Spanish punctuation, curly quotes, euro and dollar signs.
TRICKY = "Fundación <b>&amp; Niñez ¿sí? ¡no! “comillas” 5 € y $ 10 & <i>fin</i>"


def pdf_text(path: Path, first: int | None = None, last: int | None = None) -> str:
    cmd = ["pdftotext", "-enc", "UTF-8"]
    if first:
        cmd += ["-f", str(first)]
    if last:
        cmd += ["-l", str(last)]
    return subprocess.run([*cmd, str(path), "-"], check=True, capture_output=True, text=True).stdout


def body_text(path: Path) -> str:
    """Text of every page without the running header and footer (a text that continues on
    the next page then reads on without "Página 7 de 9" in the middle)."""
    parts = []
    for number, (w, h) in enumerate(page_sizes(path), start=1):
        cmd = ["pdftotext", "-enc", "UTF-8", "-f", str(number), "-l", str(number),
               "-x", "0", "-y", "46", "-W", str(w), "-H", str(h - 92), str(path), "-"]
        parts.append(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)
    return "\n".join(parts)


def squash(text: str) -> str:
    """Text without any whitespace: line wrapping and justification cannot break a match."""
    return re.sub(r"\s+", "", text)


def fonts(path: Path) -> list[tuple[str, bool]]:
    """(name, embedded) for every font pdffonts lists."""
    out = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True).stdout
    rows = []
    for line in out.splitlines()[2:]:
        parts = line.split()
        # columns from the right: emb sub uni object-id gen
        rows.append((parts[0], parts[-5] == "yes"))
    return rows


def assert_fonts_embedded(path: Path) -> None:
    found = fonts(path)
    assert found, "no fonts at all"
    assert all(emb for _n, emb in found), found
    assert all("DejaVu" in name or name.endswith("+Symbola") for name, _e in found), found


def page_sizes(path: Path) -> list[tuple[float, float]]:
    reader = PdfReader(str(path))
    return [(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in reader.pages]


def outline_titles(path: Path) -> list[str]:
    reader = PdfReader(str(path))
    titles: list[str] = []

    def walk(items: list) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                titles.append(item.title)

    walk(reader.outline)
    return titles


def outline_pages(path: Path) -> list[tuple[str, int]]:
    """(title, 1-based page number its bookmark opens) for every outline entry."""
    reader = PdfReader(str(path))
    found: list[tuple[str, int]] = []

    def walk(items: list) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                found.append((item.title, reader.get_destination_page_number(item) + 1))

    walk(reader.outline)
    return found


Word = tuple[int, str, float, float, float, float]  # page (1-based), text, xMin, yMin, xMax, yMax


def word_boxes(path: Path) -> list[Word]:
    """Every word of the PDF with its page and box (``pdftotext -bbox``; y grows downwards)."""
    xml = subprocess.run(["pdftotext", "-bbox", str(path), "-"], check=True, capture_output=True,
                         text=True).stdout
    words, page = [], 0
    for line in xml.splitlines():
        page += "<page " in line
        m = re.search(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)</word>', line)
        if m:
            words.append((page, m.group(5), *(float(v) for v in m.groups()[:4])))
    return words
