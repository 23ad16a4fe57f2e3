"""Vietnamese alphabetical order without ICU, and the order of person names in lists.

This module owns how the app sorts Vietnamese text: village names, positions, and above all
member lists, which Vietnamese offices sort by given name (Tên, the last word), then middle
names (tên đệm), then family name (họ).

The order follows the CLDR/ICU ``vi`` tailoring, which is also the rule of the Vietnam
Lexicography Centre (domain notes §5.3):

* letters: a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y; the loanword letters
  f j w z sit where Latin puts them, after their Latin neighbours (f after ê, j after i,
  w after v, z after y); letters outside the Latin script sort after all of these;
* the letters of the whole string are compared first, word by word, so "An" < "Anh" <
  "Ánh" < "Ba" and "An Bình" < "Anh" (a word boundary sorts before any letter);
* only between texts with the same letters do tones count: ngang < huyền < hỏi < ngã <
  sắc < nặng;
* then case (lower before upper), and last the NFC text itself, so that two keys are equal
  exactly when the NFC-normalised texts are equal;
* runs of digits are numbers and sort before letters: "Thôn 2" < "Thôn 10" < "Thôn A".

Keys are plain strings: compare them with ``<`` or pass the functions to ``sorted(key=…)``.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from tcns_desktop.domain.vietnamese_text import clean_text

# Vowel modifiers that make a separate letter (ă, â, ê, ô, ơ, ư) and the five tone marks,
# as Unicode combining characters (what NFD splits precomposed letters into).
_BREVE = "\u0306"
_CIRCUMFLEX = "\u0302"
_HORN = "\u031b"
_MODIFIERS = frozenset((_BREVE, _CIRCUMFLEX, _HORN))

# Tone index = position in the ICU/CLDR ``vi`` order; 0 is ngang (no mark).
_TONES: dict[str, int] = {
    "\u0300": 1,  # huyền (grave)
    "\u0309": 2,  # hỏi (hook above)
    "\u0303": 3,  # ngã (tilde)
    "\u0301": 4,  # sắc (acute)
    "\u0323": 5,  # nặng (dot below)
}

# fmt: off
_ALPHABET = (
    "a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "f", "g", "h", "i", "j", "k", "l", "m",
    "n", "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "w", "x", "y", "z",
)
# fmt: on
# Keyed by the lower-case base letter plus its modifier in NFD ("a\u0306" for ă); đ has no
# decomposition, so it is its own key.
_LETTER_WEIGHTS: dict[str, int] = {
    unicodedata.normalize("NFD", letter): weight for weight, letter in enumerate(_ALPHABET)
}
# Letters outside the Vietnamese/Latin alphabet: after "z", by code point.
_OTHER_LETTERS = len(_ALPHABET) + 1

_DIGITS = frozenset("0123456789")

# Keys are strings whose plain ``<`` gives the order described above: a province's member
# list sorts 10,000+ names, and comparing one string is several times faster than
# comparing nested tuples. Each part of a key ends with a marker below every character a
# part can hold, so a shorter part sorts first and keys can be concatenated (a person's key
# is given + middle + family name keys) and still compare part by part.
_END_OF_PART = "\x00"
_END_OF_ITEM = "\x01"  # end of a word (primary) or of one letter's marks (secondary)
_NUMBER = "\x10"  # a number sorts before every letter, which starts at _LETTER_BASE
_SMALL_BASE = 0x10  # tones and cases: small integers
_LENGTH_BASE = 0x20  # digit count of a number: longer numbers are larger
_LETTER_BASE = 0x100
_MAX_CHAR = 0x10FFFF

CollationKey = str
PersonSortKey = str


@lru_cache(maxsize=65_536)
def collation_key(text: str | None) -> CollationKey:
    """Sort key of ``text`` in Vietnamese alphabetical order (NFC and NFD give the same key).

    ``None`` sorts like the empty text, which comes before everything else. The key has
    four parts: the letters and numbers word by word, then the tones (and any other marks)
    letter by letter, then the case of each letter, and last the NFC text itself, so that
    two keys are equal exactly when the texts are.
    """
    nfc = unicodedata.normalize("NFC", text or "")
    primary: list[str] = []
    secondary: list[str] = []
    tertiary: list[str] = []
    word_open = False
    number = ""

    def end_number() -> None:
        nonlocal number
        if number:
            digits = str(int(number))
            primary.append(_NUMBER + chr(min(_LENGTH_BASE + len(digits), 0xFF)) + digits)
            number = ""

    def end_word() -> None:
        nonlocal word_open
        end_number()
        if word_open:
            primary.append(_END_OF_ITEM)
            word_open = False

    for base, marks in _clusters(unicodedata.normalize("NFD", nfc)):
        if base in _DIGITS:
            number += base
            word_open = True
            continue
        if not base.isalpha():
            # Spaces, punctuation, symbols: a word boundary; their identity only matters
            # through the NFC text at the end of the key.
            end_word()
            continue
        end_number()
        weight, tone, foreign = _letter(base, marks)
        primary.append(chr(min(_LETTER_BASE + weight, _MAX_CHAR)))
        word_open = True
        secondary.append(
            chr(_SMALL_BASE + tone)
            + "".join(chr(min(_LETTER_BASE + mark, _MAX_CHAR)) for mark in foreign)
            + _END_OF_ITEM
        )
        tertiary.append(chr(_SMALL_BASE + (0 if base == base.lower() else 1)))
    end_word()
    return (
        "".join(primary)
        + _END_OF_PART
        + "".join(secondary)
        + _END_OF_PART
        + "".join(tertiary)
        + _END_OF_PART
        + nfc
        + _END_OF_PART
    )


def split_person_name(full_name: str | None) -> tuple[str, str, str]:
    """(family name, middle names, given name): "Nguyễn Thị Minh Khai" → ("Nguyễn",
    "Thị Minh", "Khai"). A single word is a given name; texts are NFC with single spaces.

    This is the Kinh naming order; names of peoples who put the family name last (Ê Đê,
    Gia Rai: "H'Hen Niê") are split the same way, since nothing in the text tells them apart.
    """
    words = clean_text(full_name).split(" ")
    if words == [""]:
        return "", "", ""
    if len(words) == 1:
        return "", "", words[0]
    return words[0], " ".join(words[1:-1]), words[-1]


@lru_cache(maxsize=65_536)
def person_sort_key(full_name: str | None) -> PersonSortKey:
    """Sort key of a person's full name as Vietnamese lists are sorted: given name first,
    then middle names, then family name, each in Vietnamese alphabetical order; the NFC name
    last, so that only identical names get equal keys. The three parts' keys are simply
    concatenated: each ends with a marker that sorts below any other character."""
    family, middle, given = split_person_name(full_name)
    return (
        collation_key(given)
        + collation_key(middle)
        + collation_key(family)
        + unicodedata.normalize("NFC", full_name or "")
    )


def _clusters(decomposed: str) -> list[tuple[str, str]]:
    """Base characters with the combining marks that follow them."""
    clusters: list[tuple[str, str]] = []
    for char in decomposed:
        if unicodedata.combining(char) and clusters:
            base, marks = clusters[-1]
            clusters[-1] = (base, marks + char)
        else:
            clusters.append((char, ""))
    return clusters


def _letter(base: str, marks: str) -> tuple[int, int, tuple[int, ...]]:
    """(primary weight, tone, foreign marks) of one letter with its combining marks."""
    lower = base.lower()
    if len(lower) != 1:  # a few letters lower-case to two characters; keep them whole
        lower = base
    weight = _LETTER_WEIGHTS.get(lower)
    if weight is None:
        weight = _OTHER_LETTERS + ord(lower)
    tone = 0
    foreign: list[int] = []
    modified = False
    for mark in marks:
        if mark in _MODIFIERS and not modified and (lower + mark) in _LETTER_WEIGHTS:
            weight = _LETTER_WEIGHTS[lower + mark]
            modified = True
        elif mark in _TONES and tone == 0:
            tone = _TONES[mark]
        else:
            # Marks Vietnamese does not use (ü, ç, a second tone): they still tell texts
            # apart, after the tone, like ICU's secondary differences.
            foreign.append(ord(mark))
    return weight, tone, tuple(foreign)
