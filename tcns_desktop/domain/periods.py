"""Reporting periods (month, quarter, half-year, year): keys, dates and Vietnamese labels.

A period is written the way targets and reports store it: "2026-07" (a month), "2026-Q3" (a
quarter), "2026-H2" (a half-year), "2026" (a year). The same key names the same days
everywhere, so a target set for "2026-Q3" is compared with the figures of exactly 1/7–30/9.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from tcns_desktop.domain.enums import PeriodKind

FIRST_YEAR = 2000
LAST_YEAR = 2100

_ROMAN = ("I", "II", "III", "IV")
_MONTHS_PER_PART = {
    PeriodKind.MONTH: 1,
    PeriodKind.QUARTER: 3,
    PeriodKind.HALF_YEAR: 6,
    PeriodKind.YEAR: 12,
}
_PARTS_PER_YEAR = {kind: 12 // months for kind, months in _MONTHS_PER_PART.items()}

_YEAR = re.compile(r"(\d{4})")
_MONTH = re.compile(r"(\d{4})-(\d{1,2})")
_MONTH_SLASH = re.compile(r"(\d{1,2})/(\d{4})")
_QUARTER = re.compile(r"(\d{4})-Q(\d)")
_HALF = re.compile(r"(\d{4})-H(\d)")

_OUT_OF_RANGE = {
    PeriodKind.MONTH: "Không có tháng {number} (chỉ có tháng 1 đến 12).",
    PeriodKind.QUARTER: "Không có quý {number} (chỉ có quý 1 đến 4).",
    PeriodKind.HALF_YEAR: "Không có nửa năm thứ {number} (chỉ có H1 và H2).",
}

PERIOD_HINT = "hãy ghi như 2026-07 (tháng), 2026-Q3 (quý), 2026-H2 (6 tháng) hoặc 2026 (năm)"


@dataclass(frozen=True)
class Period:
    """One reporting period; ``number`` is the month (1–12), quarter (1–4), half (1–2) or 0."""

    year: int
    kind: PeriodKind
    number: int = 0

    def __post_init__(self) -> None:
        if not FIRST_YEAR <= self.year <= LAST_YEAR:
            raise ValueError(f"Năm {self.year} nằm ngoài khoảng {FIRST_YEAR}–{LAST_YEAR}.")
        if self.kind is PeriodKind.YEAR:
            if self.number != 0:
                raise ValueError("Kỳ cả năm không có số thứ tự.")
        elif not 1 <= self.number <= _PARTS_PER_YEAR[self.kind]:
            raise ValueError(_OUT_OF_RANGE[self.kind].format(number=self.number))

    # --- construction ------------------------------------------------------------------

    @classmethod
    def parse(cls, text: str) -> Period:
        """Read a period key; raises ValueError with a Vietnamese message when it is not one."""
        cleaned = (text or "").strip().upper().replace(" ", "")
        try:
            if match := _YEAR.fullmatch(cleaned):
                return cls(int(match[1]), PeriodKind.YEAR)
            if match := _MONTH.fullmatch(cleaned):
                return cls(int(match[1]), PeriodKind.MONTH, int(match[2]))
            if match := _MONTH_SLASH.fullmatch(cleaned):
                return cls(int(match[2]), PeriodKind.MONTH, int(match[1]))
            if match := _QUARTER.fullmatch(cleaned):
                return cls(int(match[1]), PeriodKind.QUARTER, int(match[2]))
            if match := _HALF.fullmatch(cleaned):
                return cls(int(match[1]), PeriodKind.HALF_YEAR, int(match[2]))
        except ValueError as exc:
            reason = str(exc)
            reason = reason[:1].lower() + reason[1:]
            raise ValueError(
                f"Kỳ báo cáo \u201c{text.strip()}\u201d không hợp lệ: {reason}"
            ) from exc
        raise ValueError(
            f"Kỳ báo cáo \u201c{(text or '').strip()}\u201d không hợp lệ; {PERIOD_HINT}."
        )

    @classmethod
    def from_stored(cls, kind: PeriodKind, key: str) -> Period:
        """The period of a stored (kind, key) pair, checking that the two agree."""
        period = cls.parse(key)
        if period.kind is not kind:
            raise ValueError(f"Kỳ \u201c{key}\u201d không phải kỳ {kind.label.lower()}.")
        return period

    @classmethod
    def containing(cls, day: date, kind: PeriodKind) -> Period:
        """The period of ``kind`` that ``day`` falls in."""
        if kind is PeriodKind.YEAR:
            return cls(day.year, kind)
        months = _MONTHS_PER_PART[kind]
        return cls(day.year, kind, (day.month - 1) // months + 1)

    # --- what it covers ----------------------------------------------------------------

    @property
    def key(self) -> str:
        if self.kind is PeriodKind.MONTH:
            return f"{self.year}-{self.number:02d}"
        if self.kind is PeriodKind.QUARTER:
            return f"{self.year}-Q{self.number}"
        if self.kind is PeriodKind.HALF_YEAR:
            return f"{self.year}-H{self.number}"
        return str(self.year)

    @property
    def first_month(self) -> int:
        if self.kind is PeriodKind.YEAR:
            return 1
        return (self.number - 1) * _MONTHS_PER_PART[self.kind] + 1

    @property
    def last_month(self) -> int:
        return self.first_month + _MONTHS_PER_PART[self.kind] - 1

    @property
    def start(self) -> date:
        return date(self.year, self.first_month, 1)

    @property
    def end(self) -> date:
        month = self.last_month
        return date(self.year, month, calendar.monthrange(self.year, month)[1])

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end

    @property
    def label(self) -> str:
        """ "Tháng 7 năm 2026", "Quý III năm 2026", "6 tháng cuối năm 2026", "Năm 2026"."""
        if self.kind is PeriodKind.MONTH:
            return f"Tháng {self.number} năm {self.year}"
        if self.kind is PeriodKind.QUARTER:
            return f"Quý {_ROMAN[self.number - 1]} năm {self.year}"
        if self.kind is PeriodKind.HALF_YEAR:
            half = "đầu" if self.number == 1 else "cuối"
            return f"6 tháng {half} năm {self.year}"
        return f"Năm {self.year}"

    @property
    def date_range_text(self) -> str:
        """ "01/07/2026 – 30/09/2026"."""
        return f"{self.start:%d/%m/%Y} – {self.end:%d/%m/%Y}"

    # --- neighbours --------------------------------------------------------------------

    def previous(self) -> Period:
        return self._shifted(-1)

    def next(self) -> Period:
        return self._shifted(1)

    def _shifted(self, step: int) -> Period:
        if self.kind is PeriodKind.YEAR:
            return Period(self.year + step, self.kind)
        parts = _PARTS_PER_YEAR[self.kind]
        index = self.year * parts + self.number - 1 + step
        return Period(index // parts, self.kind, index % parts + 1)

    def __str__(self) -> str:
        return self.key
