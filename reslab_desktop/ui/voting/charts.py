"""Painted result charts for the screen: a ranked bar chart and the 2×2 matrix of two criteria."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QLineF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from reslab_desktop.rules.voting import MatrixPoint
from reslab_desktop.services.voting_records import RankingRecord

INK = QColor("#1F2328")
MUTED = QColor("#57606A")
BAR = QColor("#1B4F9C")
TIED = QColor("#B45309")
REST = QColor("#8C959F")
GRID = QColor("#D0D7DE")


def _short(text: str, n: int = 60) -> str:
    text = " ".join(text.split()) or "—"
    return text if len(text) <= n else text[: n - 1] + "…"


class BarChart(QWidget):
    """Horizontal bars, best first, "=" after a tied rank; the top K strong, a tie at the
    cut-off in amber, the rest grey."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[RankingRecord] = []
        self.safe: set[str] = set()
        self.at_cut: set[str] = set()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_rows(self, rows: Sequence[RankingRecord], safe: set[str] | None = None,
                 at_cut: set[str] | None = None) -> None:
        """``safe``: in the top K (drawn strong); ``at_cut``: tied at the cut-off (amber)."""
        resized = len(rows) != len(self.rows)  # the size hint follows the number of rows only
        self.rows = list(rows)
        self.safe = safe if safe is not None else {r.note_id for r in rows}
        self.at_cut = at_cut or set()
        if resized:
            self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(600, max(120, 52 * len(self.rows) + 20))

    @staticmethod
    def label_for(fm: QFontMetricsF, text: str, width: float, lines: int = 2) -> str:
        """The label drawn for ``text``: wrapped on up to ``lines`` lines, "…" only past them
        (a label cut after ~12 characters told nobody which challenge won)."""
        text = _short(text, 120)
        box = QRectF(0, 0, width, fm.lineSpacing() * lines + 1)
        flags = int(Qt.TextFlag.TextWordWrap)
        if fm.boundingRect(box, flags, text).height() <= box.height():
            return text
        words = text.split()
        while len(words) > 1:
            words.pop()
            shorter = " ".join(words) + "…"
            if fm.boundingRect(box, flags, shorter).height() <= box.height():
                return shorter
        return fm.elidedText(text, Qt.TextElideMode.ElideRight, width)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self.rows:
            p.end()
            return
        font = QFont(self.font())
        font.setPointSizeF(max(11.0, self.font().pointSizeF() * 1.2))
        p.setFont(font)
        fm = QFontMetricsF(font)
        row_h = min(56.0, (self.height() - 10) / len(self.rows))
        if row_h < fm.lineSpacing() * 2 + 4:  # two lines per label, smaller when the rows are many
            font.setPointSizeF(max(8.0, font.pointSizeF() * row_h / (fm.lineSpacing() * 2 + 4)))
            p.setFont(font)
            fm = QFontMetricsF(font)
        label_w = min(self.width() * 0.5, max(fm.horizontalAdvance(_short(r.text, 40)) for r in self.rows) + 70)
        top = max(r.dots for r in self.rows) or 1
        bar_x = label_w + 10
        bar_w = self.width() - bar_x - 60
        for i, r in enumerate(self.rows):
            y = 5 + i * row_h
            color = TIED if r.note_id in self.at_cut else BAR if r.note_id in self.safe else REST
            p.setPen(INK)
            rank = f"{r.rank}{'=' if r.tied else ''}"
            p.drawText(QRectF(0, y, 44, row_h), int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight), rank)
            p.drawText(QRectF(54, y, label_w - 54, row_h), int(Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap),
                       self.label_for(fm, r.text, label_w - 54))
            w = bar_w * r.dots / top
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(color)
            p.drawRoundedRect(QRectF(bar_x, y + row_h * 0.18, max(w, 2), row_h * 0.64), 4, 4)
            p.setPen(INK)
            p.drawText(QRectF(bar_x + w + 8, y, 60, row_h), int(Qt.AlignmentFlag.AlignVCenter), str(r.dots))
        p.end()


class MatrixChart(QWidget):
    """The 2×2 matrix: first criterion across, second up; quadrant lines at half the maximum."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: list[MatrixPoint] = []
        self.names: dict[str, str] = {}
        self.x_label = self.y_label = ""
        self.ranks: dict[str, int] = {}
        self.label_top = 5  # only the best few get a text label; the rank number links the rest
        self.setMinimumSize(240, 240)  # beside the ranking on a 1024-px laptop page

    def set_points(self, points: Sequence[MatrixPoint], names: dict[str, str], x_label: str, y_label: str,
                   ranks: dict[str, int] | None = None) -> None:
        self.points, self.names, self.x_label, self.y_label = list(points), names, x_label, y_label
        self.ranks = ranks or {}
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(self.rect()).adjusted(48, 16, -16, -44)
        p.setPen(QPen(GRID, 1))
        p.setBrush(QColor("#F6F8FA"))
        p.drawRect(area)
        p.setBrush(QColor("#E6F4EA"))
        p.drawRect(QRectF(area.center().x(), area.top(), area.width() / 2, area.height() / 2))
        p.setPen(QPen(MUTED, 1, Qt.PenStyle.DashLine))
        p.drawLine(QLineF(area.center().x(), area.top(), area.center().x(), area.bottom()))
        p.drawLine(QLineF(area.left(), area.center().y(), area.right(), area.center().y()))
        p.setPen(INK)
        p.drawText(QRectF(area.left(), area.bottom() + 6, area.width(), 30), int(Qt.AlignmentFlag.AlignCenter),
                   f"{self.x_label} →")
        p.save()
        p.translate(area.left() - 34, area.bottom())
        p.rotate(-90)
        p.drawText(QRectF(0, 0, area.height(), 28), int(Qt.AlignmentFlag.AlignCenter), f"{self.y_label} →")
        p.restore()
        font = QFont(self.font())
        p.setFont(font)
        fm = QFontMetricsF(font)
        # Points at the same place are spread on a small ring so each stays visible.
        seen: dict[tuple[int, int], int] = {}
        placed: list[QRectF] = []
        r = 13.0
        for pt in sorted(self.points, key=lambda q: self.ranks.get(q.note, 0)):
            cx = area.left() + 20 + pt.fx * (area.width() - 40)
            cy = area.bottom() - 20 - pt.fy * (area.height() - 40)
            k = seen.get((pt.x, pt.y), 0)
            seen[(pt.x, pt.y)] = k + 1
            if k:
                angle = k * 2.1
                cx += math.cos(angle) * (r + 4) * (1 + k // 3)
                cy += math.sin(angle) * (r + 4) * (1 + k // 3)
            rank = self.ranks.get(pt.note)
            p.setPen(QPen(QColor("white"), 2))
            p.setBrush(BAR)
            p.drawEllipse(QRectF(cx - r, cy - r, 2 * r, 2 * r))
            if rank is not None:
                p.setPen(QColor("white"))
                p.drawText(QRectF(cx - r, cy - r, 2 * r, 2 * r), int(Qt.AlignmentFlag.AlignCenter), str(rank))
            placed.append(QRectF(cx - r, cy - r, 2 * r, 2 * r))
            if rank is None or rank > self.label_top:
                continue
            label = fm.elidedText(_short(self.names.get(pt.note, pt.note), 40), Qt.TextElideMode.ElideRight, 220)
            w = fm.horizontalAdvance(label)
            tx = cx + r + 4 if cx + r + 4 + w < area.right() else cx - r - 4 - w
            box = QRectF(tx, cy - fm.height() / 2, w, fm.height())
            if any(box.intersects(o) for o in placed):
                continue
            placed.append(box)
            p.setPen(INK)
            p.drawText(box, int(Qt.AlignmentFlag.AlignVCenter), label)
        p.end()
