"""Enum labels in the window's language (the labels are marked for lupdate in domain/enums)."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QCoreApplication

from tcns_desktop.domain.enums import LabelledEnum
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
