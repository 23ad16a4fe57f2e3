"""Enum labels in the window's language (the labels are marked for lupdate in domain/enums)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from tcns_desktop.domain.enums import LabelledEnum
from tcns_desktop.domain.translation_marks import LABELS_CONTEXT


def label(member: LabelledEnum) -> str:
    return QCoreApplication.translate(LABELS_CONTEXT, member.label)


def translated(text: str) -> str:
    """A Vietnamese label that is not an enum member (e.g. a backup reason read from disk)."""
    return QCoreApplication.translate(LABELS_CONTEXT, text)
