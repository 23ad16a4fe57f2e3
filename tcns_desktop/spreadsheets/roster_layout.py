"""Rows of a roster sheet that are not members, and the names they carry.

- the sheet name and the title rows above the header tell the village or team of a sheet
  ("DANH SÁCH THÀNH VIÊN TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG THÔN ĐÔNG", a sheet named "Tổ 3");
- group rows inside the table ("I. Thôn Đông", "Thôn Tây – Tổ 2" merged across the row) set
  the village or team of the rows below;
- a column-number row ("(1) (2) (3) …") may sit under the header;
- totals ("Tổng cộng", "Tổng số: 25 người") are skipped, and the signature block ("NGƯỜI LẬP
  BIỂU", "TM. UBND", "…, ngày … tháng … năm …") ends the table: the signers' names below it
  must not become members.

Matching is done on an *aligned* fold (same length as the text, one folded character per
character), so a name found in the folded text is cut from the original with its accents.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from enum import Enum

from tcns_desktop.domain.vietnamese_text import clean_text

# Kinds of village-level units, folded; "ban" (Bản) and "ap" (Ấp) only before a name.
_VILLAGE_KIND = (
    r"(?:to dan pho|khu dan cu|khu pho|khoi pho|tdp|kdc|thon|xom|ban(?! chi dao| hanh)"
    r"|ap|buon|plei|khom|soc|lang)"
)
_AREA_PREFIX = re.compile(r"^dia ban\s*[:\-]?\s*")
_STARTS_WITH_VILLAGE = re.compile(rf"^{_VILLAGE_KIND}\b")
_STARTS_WITH_TEAM = re.compile(r"^to\b(?!\s*dan pho)")
_VILLAGE_IN_TITLE = re.compile(rf"\b{_VILLAGE_KIND}\b[\s:]+(?=\w)")
_TEAM_NUMBER_IN_TITLE = re.compile(r"\bto\s+(?:so\s+)?\d+[a-z]?\b")
# Where a village name in a title stops: punctuation, or the commune/district/province after it.
_NAME_END = re.compile(
    r"\s*(?:[,;(]|\s[-–—]\s|\b(?:xa|phuong|thi tran|huyen|quan|thi xa|thanh pho|tinh|nam \d{4}"
    r"|giai doan|dot)\b)"
)
_GROUP_NUMBERING = re.compile(r"^\s*(?:[IVXLC]{1,6}|[A-Za-z]|\d{1,3})\s*[.)/:\-–]\s*(?=\S)")
_GROUP_SEPARATOR = re.compile(r"\s+[–—-]\s+")
_KIND_COLON = re.compile(r"^(\w+(?: \w+)?)\s*:\s*")
_VOWELS = frozenset("aeiouyăâêôơư")

_TOTAL_ROW = re.compile(
    r"^(?:tong cong|tong so|tong\s*(?:[:\d]|$)|cong\s*(?:[:\d]|$)"
    r"|cong\s+(?:thon|to|ban|xom|ap|toan)\b)"
)
_SIGNATURE_ROW = re.compile(
    r"^(?:nguoi lap|lap bieu|nguoi ky|nguoi duyet|xac nhan|noi nhan|(?:tm|kt|t/m|k/t)[.\s]"
    r"|can bo lap)"
    # a signer's title alone on its line; "Chủ tịch Hội Nông dân xã" is a member's position
    r"|^(?:pho )?chu tich$|^thu truong(?: don vi)?$"
)
_DATE_LINE = re.compile(r"\bngay\b.{0,24}\bthang\b.{0,24}\bnam\b")
_COLUMN_NUMBER = re.compile(r"^\(?\s*(?:\d{1,2}|[A-Za-z])\s*\)?$")


class FooterKind(Enum):
    TOTAL = "total"  # skip the row
    END = "end"  # the table is over


def aligned_fold(text: str) -> str:
    """Lower-case, accent-free, Đ→d, one character per character of ``text``."""
    out = []
    for ch in text:
        if ch in "đĐ":
            out.append("d")
            continue
        base = unicodedata.normalize("NFD", ch)[0].lower()
        out.append(base if len(base) == 1 else ch)
    return "".join(out)


def display_name(text: str) -> str:
    """A place or team name as it should be shown: trimmed, capitalised, "Thôn: Đông" → "Thôn
    Đông", and an all-capitals title ("THÔN ĐÔNG") in normal case, keeping abbreviations (TDP,
    CNSCĐ)."""
    name = clean_text(text).strip(" .:;,-–—")
    name = _KIND_COLON.sub(r"\1 ", name)
    letters = [ch for ch in name if ch.isalpha()]
    if letters and all(not ch.islower() for ch in letters):
        name = " ".join(_word_case(word) for word in name.split(" "))
    return name[:1].upper() + name[1:]  # "tổ dân phố 5" in a title names "Tổ dân phố 5"


def _word_case(word: str) -> str:
    folded = aligned_fold(word)
    if any(ch.isdigit() for ch in word) or not any(ch in _VOWELS for ch in folded):
        return word  # "3A", "TDP", "CNSCĐ"
    return word[:1] + word[1:].lower()


def context_from_sheet_name(name: str) -> tuple[str | None, str | None]:
    """(village, team) named by a sheet: "Thôn Đông", "TDP 3" → village; "Tổ 1" → team."""
    text = clean_text(name)
    folded = aligned_fold(text)
    prefix = _AREA_PREFIX.match(folded)  # "Địa bàn: Thôn Đông"
    if prefix is not None:
        text, folded = text[prefix.end() :], folded[prefix.end() :]
    if _STARTS_WITH_VILLAGE.match(folded):
        return display_name(text), None
    if _STARTS_WITH_TEAM.match(folded):
        return None, display_name(text)
    return None, None


def context_from_titles(texts: Sequence[str]) -> tuple[str | None, str | None]:
    """(village, team) named by the title rows above a header.

    Only a "danh sách …" title or a short line that starts with a village kind ("Thôn Đông",
    "Địa bàn: Thôn Đông") or "Tổ …" counts: "UBND XÃ …" and "CỘNG HÒA …" name no village.
    """
    village: str | None = None
    team: str | None = None
    for raw in texts:
        text = clean_text(raw)
        folded = aligned_fold(text)
        if "danh sach" in folded:
            found = _village_in_title(text, folded)
            village = found or village
            number = _TEAM_NUMBER_IN_TITLE.search(folded)
            if number is not None:
                team = display_name(text[number.start() : number.end()])
        elif len(text) <= 60:
            line_village, line_team = context_from_sheet_name(text)
            village = line_village or village
            team = line_team or team
    return village, team


def _village_in_title(text: str, folded: str) -> str | None:
    matches = list(_VILLAGE_IN_TITLE.finditer(folded))
    for match in reversed(matches):  # the village is named last: "… TỔ CNSCĐ THÔN ĐÔNG, XÃ …"
        end = _NAME_END.search(folded, match.end())
        stop = end.start() if end is not None else len(text)
        if stop > match.end():
            return display_name(text[match.start() : stop])
    return None


def parse_group_label(text: str) -> tuple[str | None, str | None]:
    """(village, team) of a group row: "I. Thôn Đông" → ("Thôn Đông", None); "Thôn Đông – Tổ
    CNSCĐ thôn Đông" → both; "2. Tổ 2" → (None, "Tổ 2"). A label naming neither kind is taken
    as a village name, the usual grouping."""
    label = _GROUP_NUMBERING.sub("", clean_text(text))
    parts = _GROUP_SEPARATOR.split(label, maxsplit=1)
    first = display_name(parts[0])
    second = display_name(parts[1]) if len(parts) > 1 else ""
    if not first:
        return None, None
    if _STARTS_WITH_TEAM.match(aligned_fold(first)):
        return None, first
    team = second if second and _STARTS_WITH_TEAM.match(aligned_fold(second)) else None
    return first, team


def is_numbered_label(text: str) -> bool:
    """A label that starts like a group heading ("I.", "A.", "1.")."""
    return _GROUP_NUMBERING.match(text) is not None


def names_a_place(text: str) -> bool:
    """True for "Thôn Đông", "TDP 3", "Tổ 2", "I. Thôn Đông" — a group label, not a person."""
    folded = aligned_fold(_GROUP_NUMBERING.sub("", clean_text(text)))
    return bool(_STARTS_WITH_VILLAGE.match(folded) or _STARTS_WITH_TEAM.match(folded))


def footer_kind(text: str) -> FooterKind | None:
    """TOTAL for totals rows, END for the signature block, else None."""
    folded = aligned_fold(clean_text(text))
    if _TOTAL_ROW.match(folded):
        return FooterKind.TOTAL
    if _SIGNATURE_ROW.match(folded) or _DATE_LINE.search(folded):
        return FooterKind.END
    return None


def is_column_numbering(values: Sequence[object]) -> bool:
    """The "(1) (2) (3) …" or "A B 1 2 …" row some forms put under the header."""
    count = 0
    for value in values:
        if value is None:
            continue
        if isinstance(value, bool):
            return False
        if isinstance(value, int | float):
            if not (0 < value < 100 and float(value).is_integer()):
                return False
        elif not (isinstance(value, str) and _COLUMN_NUMBER.match(value.strip())):
            return False
        count += 1
    return count >= 3
