"""Unicode → TCVN3 (ABC) and VNI-Windows text as Excel shows it, for building test data.

The tests of :mod:`tcns_desktop.domain.legacy_encodings` and the spreadsheet tests that
write legacy-font workbooks share these encoders. They are written independently of the
module's tables (from the TCVN 5712 VN3 layout and the VNI-Windows keyboard table), so the
round trips check the decoders against a second source.
"""

from __future__ import annotations

import unicodedata


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


TONES = ("", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323")  # ngang huyền hỏi ngã sắc nặng
VOWELS = ("a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y")


def letter(vowel: str, tone: str) -> str:
    return nfc(vowel + tone)


def _all_letters() -> list[str]:
    lower = [
        letter(v, t)
        for v in VOWELS
        for t in TONES
        if len(letter(v, t)) == 1 and not letter(v, t).isascii()
    ]
    lower.append("đ")
    return lower + [capital.upper() for capital in lower]


ALL_LETTERS = _all_letters()
"""The 134 precomposed Vietnamese letters, small ones first."""

# --- TCVN3 ---------------------------------------------------------------------------------

# TCVN3 bytes of each vowel with the tones above (ngang, huyền, hỏi, ngã, sắc, nặng), from the
# TCVN 5712 VN3 layout; then the letters with no tone row.
_TCVN3_LAYOUT = """
    a 61 B5 B6 B7 B8 B9 | ă A8 BB BC BD BE C6 | â A9 C7 C8 C9 CA CB
    e 65 CC CE CF D0 D1 | ê AA D2 D3 D4 D5 D6 | i 69 D7 D8 DC DD DE
    o 6F DF E1 E2 E3 E4 | ô AB E5 E6 E7 E8 E9 | ơ AC EA EB EC ED EE
    u 75 EF F1 F2 F3 F4 | ư AD F5 F6 F7 F8 F9 | y 79 FA FB FC FD FE
"""
_TCVN3_OTHERS = "đ AE Ă A1 Â A2 Ê A3 Ô A4 Ơ A5 Ư A6 Đ A7"


def _tcvn3_bytes() -> dict[str, int]:
    table: dict[str, int] = {}
    for row in _TCVN3_LAYOUT.replace("|", "\n").split("\n"):
        if row.strip():
            vowel, *codes = row.split()
            for tone, code in zip(TONES, codes, strict=True):
                table[letter(vowel, tone)] = int(code, 16)
    others = iter(_TCVN3_OTHERS.split())
    table.update({char: int(code, 16) for char, code in zip(others, others, strict=True)})
    return table


TCVN3_BYTES = _tcvn3_bytes()
"""Letter → TCVN3 byte (the plain vowels a e i o u y at their ASCII bytes)."""


def encode_tcvn3(text: str) -> str:
    """Unicode → TCVN3 as Excel shows it (Windows-1252 characters of the bytes).

    Toned capitals have no code of their own: they are written as the small letter, which is
    what typing them in a ".…H" font (.VnTimeH) stores. Other characters are kept.
    """
    out = []
    for char in nfc(text):
        byte = TCVN3_BYTES.get(char)
        if byte is None and char.isupper():
            byte = TCVN3_BYTES.get(char.lower())
        out.append(char if byte is None or byte < 0x80 else bytes([byte]).decode("cp1252"))
    return "".join(out)


# --- VNI -----------------------------------------------------------------------------------

# Mark characters for huyền, hỏi, ngã, sắc, nặng after a plain vowel, after â/ê/ô, after ă;
# i takes single characters, ỵ is single, ơ/ư/đ are single bases. Capitals are the
# upper-case characters.
_VNI_TONE = dict(zip(TONES[1:], ("ø", "û", "õ", "ù", "ï"), strict=True))
_VNI_HAT_TONE = dict(zip(TONES[1:], ("à", "å", "ã", "á", "ä"), strict=True))
_VNI_BREVE_TONE = dict(zip(TONES[1:], ("è", "ú", "ü", "é", "ë"), strict=True))
_VNI_I = {"": "i", **dict(zip(TONES[1:], ("ì", "æ", "ó", "í", "ò"), strict=True))}


def _encode_vni_lower(char: str) -> str:
    if char == "đ":
        return "ñ"
    decomposed = unicodedata.normalize("NFD", char)
    base, marks = decomposed[0], decomposed[1:]
    if base not in "aeiouy":
        return char  # not a Vietnamese letter: kept
    tone = next((m for m in marks if m in TONES[1:]), "")
    if "\u031b" in marks:  # horn: ơ, ư
        return ("ô" if base == "o" else "ö") + _VNI_TONE.get(tone, "")
    if "\u0302" in marks:  # circumflex: â ê ô
        return base + (_VNI_HAT_TONE[tone] if tone else "â")
    if "\u0306" in marks:  # breve: ă
        return "a" + (_VNI_BREVE_TONE[tone] if tone else "ê")
    if base == "i":
        return _VNI_I[tone]
    if base == "y" and tone == "\u0323":
        return "î"
    return base + _VNI_TONE.get(tone, "")


def encode_vni(text: str) -> str:
    """Unicode → VNI-Windows as Excel shows it ("Họ và tên" → "Hoï vaø teân")."""
    out = []
    for char in nfc(text):
        if char.isascii() or not char.isupper():
            out.append(char if char.isascii() else _encode_vni_lower(char))
        else:
            out.append(_encode_vni_lower(char.lower()).upper())
    return "".join(out)
