"""A horizontal bar chart a clerk reads at a glance; clicking a bar opens the list behind it.

PySide6-Essentials has no QtCharts, and a few labelled bars need no chart library: this
widget paints them with QPainter and reports which bar was clicked.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

PALETTE = ("#1f6fb2", "#2e9d5b", "#d08a12", "#8e44ad", "#c0392b", "#16a085", "#7f8c8d")


@dataclass(frozen=True)
class Bar:
    key: str
    label: str
    value: float | None  # None: nothing reported (drawn as a note, not as an empty bar)
    text: str  # the value as shown beside the bar


class BarChart(QWidget):
    bar_clicked = Signal(str)  # the bar's key

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = title
        self._bars: list[Bar] = []
        self._hit: list[tuple[QRectF, str]] = []
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_bars(self, bars: list[Bar]) -> None:
        self._bars = list(bars)
        self.setMinimumHeight(self._height())
        self.updateGeometry()
        self.update()

    def bars(self) -> list[Bar]:
        return list(self._bars)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(360, self._height())

    def _row_height(self) -> int:
        return self.fontMetrics().height() + 10

    def _height(self) -> int:
        return self._row_height() * (len(self._bars) + 1) + 8

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        del event
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        row = self._row_height()
        width = self.width()
        bold = painter.font()
        bold.setBold(True)
        painter.setFont(bold)
        painter.drawText(QRectF(4, 0, width - 8, row), Qt.AlignmentFlag.AlignVCenter, self._title)
        painter.setFont(self.font())
        label_width = min(
            max((metrics.horizontalAdvance(bar.label) for bar in self._bars), default=0) + 12,
            int(width * 0.42),
        )
        value_width = max((metrics.horizontalAdvance(bar.text) for bar in self._bars), default=0)
        track = max(20.0, width - label_width - value_width - 20)
        largest = max((bar.value or 0 for bar in self._bars), default=0) or 1
        self._hit = []
        for index, bar in enumerate(self._bars):
            top = row * (index + 1)
            label_rect = QRectF(4, top, label_width - 8, row)
            painter.setPen(self.palette().text().color())
            elided = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_width - 8)
            painter.drawText(
                label_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, elided
            )
            length = track * (bar.value or 0) / largest
            bar_rect = QRectF(label_width, top + 4, max(length, 1.0 if bar.value else 0), row - 8)
            painter.fillRect(bar_rect, QColor(PALETTE[index % len(PALETTE)]))
            painter.setPen(
                self.palette().text().color() if bar.value is not None else Qt.GlobalColor.gray
            )
            painter.drawText(
                QRectF(label_width + length + 6, top, value_width + 8, row),
                Qt.AlignmentFlag.AlignVCenter,
                bar.text,
            )
            self._hit.append((QRectF(0, top, width, row), bar.key))
        painter.end()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        over = self._key_at(event.position().x(), event.position().y()) is not None
        self.setCursor(Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.ArrowCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        key = self._key_at(event.position().x(), event.position().y())
        if key is not None and event.button() == Qt.MouseButton.LeftButton:
            self.bar_clicked.emit(key)

    def _key_at(self, x: float, y: float) -> str | None:
        for rect, key in self._hit:
            if rect.contains(x, y):
                return key
        return None
