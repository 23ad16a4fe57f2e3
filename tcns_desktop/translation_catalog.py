"""Qt-free reader of the Qt Linguist ``.ts`` files, so the command line speaks English too.

The window loads the compiled ``.qm`` through Qt; the command line has no Qt, so it reads the
same ``.ts`` source (one translation file for both, edited with Qt Linguist).
"""

from __future__ import annotations

import logging
import xml.etree.ElementTree as ET
from pathlib import Path

from tcns_desktop.paths import resource_path

log = logging.getLogger(__name__)


class Catalog:
    """Translations of one language: (context, Vietnamese source) → translated text."""

    def __init__(self, entries: dict[tuple[str, str], str] | None = None) -> None:
        self._entries = entries or {}

    def translate(self, context: str, source: str) -> str:
        return self._entries.get((context, source)) or source

    def __len__(self) -> int:
        return len(self._entries)


def translations_file(language: str) -> Path:
    return resource_path("translations", f"tcns_{language}.ts")


def load_catalog(language: str) -> Catalog:
    """Vietnamese is the source language: it needs no file and gets an empty catalogue."""
    if language == "vi":
        return Catalog()
    path = translations_file(language)
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as exc:
        log.warning("Translations %s unreadable: %s", path, exc)
        return Catalog()
    entries: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None or not translation.text:
                continue
            if translation.get("type") in {"unfinished", "obsolete", "vanished"}:
                continue
            entries[(name, source)] = translation.text
    return Catalog(entries)
