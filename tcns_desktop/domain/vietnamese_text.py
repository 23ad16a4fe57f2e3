"""Vietnamese text rules: everything stored is NFC; search keys fold case, accents and Đ/đ."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

_SPACES = re.compile(r"\s+")
_D_FOLD = str.maketrans({"đ": "d", "Đ": "d"})


def to_nfc(text: str) -> str:
    """Precomposed form: the Windows Vietnamese keyboard types combining marks (NFD)."""
    return unicodedata.normalize("NFC", text)


def clean_text(text: str | None) -> str:
    """NFC, trimmed, inner runs of whitespace (including non-breaking spaces) made one space."""
    if text is None:
        return ""
    return _SPACES.sub(" ", to_nfc(text)).strip()


def clean_optional(text: str | None) -> str | None:
    cleaned = clean_text(text)
    return cleaned or None


@lru_cache(maxsize=65_536)
def fold_for_search(text: str) -> str:
    """Accent- and case-insensitive key: "Nguyễn Văn Đức" → "nguyen van duc".

    Đ/đ have no Unicode decomposition, so they are mapped explicitly.
    """
    decomposed = unicodedata.normalize("NFD", clean_text(text).translate(_D_FOLD))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.casefold()


def capitalise_name(name: str) -> str:
    """Each word of a person's name starts with a capital: "nguyễn văn ánh" → "Nguyễn Văn Ánh".

    Only a lowercase first letter is changed (the rest is kept as typed), so "H'Hen Niê" and
    "McDonald" stay as they are. Legacy TCVN3 text has no accented capitals in its base
    fonts, so names typed with them come out lowercase and need this.
    """
    return " ".join(
        word[0].upper() + word[1:] if word and word[0].islower() else word
        for word in clean_text(name).split(" ")
    )


def unique_match(typed: str, names: Sequence[str]) -> int | None:
    """Index of the one name that ``typed`` designates: the name itself, or any part of it
    typed without accents ("dong" for "thôn Đông"), as long as only one name fits."""
    if not typed.strip():
        return None
    exact = [i for i, name in enumerate(names) if name == typed]
    if len(exact) == 1:
        return exact[0]
    words = fold_for_search(typed).split()
    found = [i for i, name in enumerate(names) if all(w in fold_for_search(name) for w in words)]
    return found[0] if len(found) == 1 else None
