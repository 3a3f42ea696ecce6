"""The localization pathway: the localization index of each of the six steps, drawn as bars
on a band that runs from facilitator-led (bottom) to locally-led (top), joined by a line.
A step without decisions shows an empty slot (no bar), never a zero.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QLinearGradient, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from reslab_desktop.model.vocab import phase_name
from reslab_desktop.rules.localization import PathwayPoint
from reslab_desktop.rules.palette import PATHWAY_FACILITATED, PATHWAY_LOCAL, pathway_rgb
from reslab_desktop.ui.i18n import current_language


def blend(value: float) -> QColor:
    """The bar color for an index: violet at 0, green at 1."""
    return QColor.fromRgbF(*pathway_rgb(value))


class PathwayChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pathwayChart")
        self.points: list[PathwayPoint] = []
        self.setMinimumSize(420, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(640, 260)

    def set_points(self, points: Sequence[PathwayPoint]) -> None:
        self.points = list(points)
        described = ", ".join(
            f"{p.phase}: {'—' if p.index is None else f'{p.index:.0%}'}" for p in self.points)
        self.setAccessibleDescription(described)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        text_color = pal.windowText().color()
        font = QFont(self.font())
        metrics = painter.fontMetrics()
        left = max(metrics.horizontalAdvance(self.tr("Locally-led")),
                   metrics.horizontalAdvance(self.tr("Facilitator-led"))) + 16
        top, bottom, right = metrics.height() * 2, metrics.height() * 2 + 14, 12
        plot = QRectF(left, top, max(10, self.width() - left - right), max(10, self.height() - top - bottom))

        band = QLinearGradient(plot.bottomLeft(), plot.topLeft())
        low, high = QColor(PATHWAY_FACILITATED), QColor(PATHWAY_LOCAL)
        low.setAlpha(40)
        high.setAlpha(40)
        band.setColorAt(0, low)
        band.setColorAt(1, high)
        painter.fillRect(plot, band)
        grid = QPen(text_color)
        grid.setColor(QColor(text_color.red(), text_color.green(), text_color.blue(), 60))
        painter.setPen(grid)
        for frac in (0.0, 0.5, 1.0):
            y = plot.bottom() - frac * plot.height()
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(text_color)
        painter.drawText(QRectF(0, plot.top() - 2, left - 8, metrics.height()),
                         Qt.AlignmentFlag.AlignRight, self.tr("Locally-led"))
        painter.drawText(QRectF(0, plot.bottom() - metrics.height() + 2, left - 8, metrics.height()),
                         Qt.AlignmentFlag.AlignRight, self.tr("Facilitator-led"))
        painter.drawText(QRectF(0, plot.center().y() - metrics.height() / 2, left - 8, metrics.height()),
                         Qt.AlignmentFlag.AlignRight, self.tr("Shared"))

        n = max(1, len(self.points))
        slot = plot.width() / n
        line = QPainterPath()
        started = False
        dots: list[QPointF] = []
        language = current_language()
        for i, point in enumerate(self.points):
            cx = plot.left() + slot * (i + 0.5)
            label = f"{point.phase}. {phase_name(point.phase, language)}"
            painter.setPen(text_color)
            painter.drawText(QRectF(plot.left() + slot * i, plot.bottom() + 4, slot, metrics.height() * 2),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                             label)
            if point.index is None:
                painter.setPen(QPen(grid.color(), 1, Qt.PenStyle.DashLine))
                painter.drawRect(QRectF(cx - slot * 0.25, plot.bottom() - 6, slot * 0.5, 6))
                continue
            h = point.index * plot.height()
            bar = QRectF(cx - slot * 0.25, plot.bottom() - h, slot * 0.5, max(h, 2))
            painter.fillRect(bar, blend(point.index))
            bold = QFont(font)
            bold.setBold(True)
            painter.setFont(bold)
            inside = h > metrics.height() * 1.6  # the value sits inside a tall bar, above a short one
            painter.setPen(QColor("white") if inside else text_color)
            value_y = bar.top() + metrics.height() * 0.5 if inside else bar.top() - metrics.height() * 1.6
            painter.drawText(QRectF(cx - slot / 2, value_y, slot, metrics.height()),
                             Qt.AlignmentFlag.AlignHCenter, f"{point.index:.0%}")
            painter.setFont(font)
            pt = QPointF(cx, plot.bottom() - h)
            dots.append(pt)
            if started:
                line.lineTo(pt)
            else:
                line.moveTo(pt)
                started = True
        if started:
            painter.setPen(QPen(text_color, 2))
            painter.drawPath(line)
            painter.setBrush(pal.window())
            for pt in dots:
                painter.drawEllipse(pt, 4, 4)
        painter.end()
