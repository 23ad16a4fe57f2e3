"""The short solid rules of NĐ 30: a flowable drawing one centred line.

Under the issuing body, the Tiêu ngữ, the trích yếu and an appendix's reference line."""

from __future__ import annotations

from reportlab.platypus import Flowable

from tcns_desktop.documents.nd30_styles import RULE_THICKNESS


class HorizontalRule(Flowable):
    """A line ``length`` points long, centred in the width it is given, ``gap_above`` below
    the text above it and ``gap_below`` above what follows."""

    def __init__(self, length: float, *, gap_above: float = 4.0, gap_below: float = 6.0) -> None:
        super().__init__()
        self.length = length
        self.gap_above = gap_above
        self.gap_below = gap_below
        self._avail_width = length

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._avail_width = avail_width
        return (avail_width, self.gap_above + RULE_THICKNESS + self.gap_below)

    def draw(self) -> None:
        start = (self._avail_width - self.length) / 2
        y = self.gap_below + RULE_THICKNESS / 2
        self.canv.saveState()
        self.canv.setLineWidth(RULE_THICKNESS)
        self.canv.line(start, y, start + self.length, y)
        self.canv.restoreState()
