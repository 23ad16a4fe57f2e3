"""Reading produced PDFs back for the conformance tests.

Find a text's characters, group them into lines, tell their face, measure in millimetres."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from pdfplumber.page import Page
from pdfplumber.pdf import PDF

from tcns_desktop.documents.nd30_styles import ELEMENT_STYLES, Element

MM = 72 / 25.4
Char = dict[str, Any]
LIBERATION = re.compile(r"^([A-Z]{6}\+)?LiberationSerif(-Bold|-Italic|-BoldItalic)?$")


@dataclass(frozen=True)
class Found:
    page: int  # 0-based
    chars: list[Char]


def locate_all(pdf: PDF, needle: str) -> list[Found]:
    """Every occurrence of ``needle``, spaces ignored (lines wrap where a space was)."""
    found: list[Found] = []
    for index, page in enumerate(pdf.pages):
        found += [Found(index, chars) for chars in locate_on(page, needle)]
    return found


def locate_on(page: Page, needle: str) -> list[list[Char]]:
    """The characters of every occurrence of ``needle`` on one page."""
    wanted = needle.replace(" ", "")
    chars = [c for c in page.chars if not c["text"].isspace()]
    text = "".join(c["text"] for c in chars)
    found: list[list[Char]] = []
    start = text.find(wanted)
    while start >= 0:
        found.append(chars[start : start + len(wanted)])
        start = text.find(wanted, start + len(wanted))
    return found


def locate(pdf: PDF, needle: str, occurrence: int = 0) -> Found:
    found = locate_all(pdf, needle)
    assert found, f"{needle!r} not in the PDF"
    return found[occurrence]


def face(char: Char) -> tuple[bool, bool]:
    """(bold, italic) from the embedded font's name."""
    name = str(char["fontname"])
    return ("Bold" in name, "Italic" in name)


def assert_element(chars: Sequence[Char], element: Element) -> None:
    """Every character has the element's chosen size and face, and the size is inside the
    range Nghị định 30 allows for the element."""
    spec = ELEMENT_STYLES[element]
    if spec.decree_sizes is not None:
        low, high = spec.decree_sizes
        assert low <= spec.size <= high, element
    for char in chars:
        assert round(char["size"], 2) == spec.size, (element, char["text"], char["size"])
        assert face(char) == (spec.bold, spec.italic), (element, char["text"], char["fontname"])


def lines_of(chars: Sequence[Char]) -> list[list[Char]]:
    """Characters grouped by baseline, top line first, each line left to right."""
    by_line: dict[float, list[Char]] = {}
    for char in chars:
        by_line.setdefault(round(float(char["matrix"][5]), 1), []).append(char)
    return [sorted(by_line[key], key=lambda c: c["x0"]) for key in sorted(by_line, reverse=True)]


def text_chars(page: Page, top_margin: float) -> list[Char]:
    """The page's characters below the top margin: everything but the page number."""
    return [c for c in page.chars if c["top"] >= top_margin - 0.5 and not c["text"].isspace()]


def page_number_chars(page: Page, top_margin: float) -> list[Char]:
    return [c for c in page.chars if c["bottom"] <= top_margin and not c["text"].isspace()]
