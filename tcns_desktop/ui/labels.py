"""Enum labels in the window's language (the labels are marked for lupdate in domain/enums)."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QCoreApplication

from tcns_desktop.domain.enums import LabelledEnum, PeriodKind
from tcns_desktop.domain.periods import Period
from tcns_desktop.domain.translation_marks import LABELS_CONTEXT


def label(member: LabelledEnum) -> str:
    return QCoreApplication.translate(LABELS_CONTEXT, member.label)


def translated(text: str) -> str:
    """A Vietnamese label that is not an enum member (e.g. a backup reason read from disk)."""
    return QCoreApplication.translate(LABELS_CONTEXT, text)


E = TypeVar("E", bound=LabelledEnum)


def as_enum(value: object, enum_class: type[E], default: E | None = None) -> E | None:
    """A combo box's item data back as the enum member.

    PySide6 stores a StrEnum member given as item data as its plain string value, so
    ``currentData()`` returns "leader", not ``TeamRole.LEADER``.
    """
    try:
        return enum_class(str(value)) if value is not None else default
    except ValueError:
        return default


def period_label(period: Period) -> str:
    """A period in the window's language; in Vietnamese exactly ``Period.label`` (the
    documents, which are always Vietnamese, use that)."""
    translate = QCoreApplication.translate
    if period.kind is PeriodKind.MONTH:
        return translate("labels", "Tháng {0} năm {1}").format(period.number, period.year)
    if period.kind is PeriodKind.QUARTER:
        roman = ("I", "II", "III", "IV")[period.number - 1]
        return translate("labels", "Quý {0} năm {1}").format(roman, period.year)
    if period.kind is PeriodKind.HALF_YEAR:
        if period.number == 1:
            return translate("labels", "6 tháng đầu năm {0}").format(period.year)
        return translate("labels", "6 tháng cuối năm {0}").format(period.year)
    return translate("labels", "Năm {0}").format(period.year)
