"""Painted result charts for the screen: a ranked bar chart and the 2×2 matrix of two criteria."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from reslab_desktop.rules.voting import MatrixPoint
from reslab_desktop.services.voting_records import RankingRecord

INK = QColor("#1F2328")
MUTED = QColor("#57606A")
BAR = QColor("#1B4F9C")
TIED = QColor("#B45309")
GRID = QColor("#D0D7DE")


def _short(text: str, n: int = 60) -> str:
    text = " ".join(text.split()) or "—"
    return text if len(text) <= n else text[: n - 1] + "…"


class BarChart(QWidget):
    """Horizontal bars, best first; tied ranks in amber with "=" after the rank."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[RankingRecord] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_rows(self, rows: Sequence[RankingRecord]) -> None:
        self.rows = list(rows)
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(600, max(120, 40 * len(self.rows) + 20))

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
        row_h = min(48.0, (self.height() - 10) / len(self.rows))
        label_w = min(self.width() * 0.45, max(fm.horizontalAdvance(_short(r.text, 40)) for r in self.rows) + 70)
        top = max(r.dots for r in self.rows) or 1
        bar_x = label_w + 10
        bar_w = self.width() - bar_x - 60
        for i, r in enumerate(self.rows):
            y = 5 + i * row_h
            color = TIED if r.tied else BAR
            p.setPen(INK)
            rank = f"{r.rank}{'=' if r.tied else ''}"
            p.drawText(QRectF(0, y, 44, row_h), int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight), rank)
            p.drawText(QRectF(54, y, label_w - 54, row_h), int(Qt.AlignmentFlag.AlignVCenter),
                       fm.elidedText(_short(r.text, 80), Qt.TextElideMode.ElideRight, label_w - 54))
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
        self.setMinimumSize(360, 320)

    def set_points(self, points: Sequence[MatrixPoint], names: dict[str, str], x_label: str, y_label: str) -> None:
        self.points, self.names, self.x_label, self.y_label = list(points), names, x_label, y_label
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
        p.drawLine(area.center().x(), area.top(), area.center().x(), area.bottom())
        p.drawLine(area.left(), area.center().y(), area.right(), area.center().y())
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
        for pt in self.points:
            cx = area.left() + 14 + pt.fx * (area.width() - 28)
            cy = area.bottom() - 14 - pt.fy * (area.height() - 28)
            p.setPen(QPen(QColor("white"), 2))
            p.setBrush(BAR)
            p.drawEllipse(QRectF(cx - 8, cy - 8, 16, 16))
            label = fm.elidedText(_short(self.names.get(pt.note, pt.note), 40), Qt.TextElideMode.ElideRight, 200)
            p.setPen(INK)
            tx = cx + 12 if cx + 12 + fm.horizontalAdvance(label) < area.right() else cx - 12 - fm.horizontalAdvance(label)
            p.drawText(int(tx), int(cy + fm.ascent() / 2 - 2), label)
        p.end()
