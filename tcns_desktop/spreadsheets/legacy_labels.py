"""Just enough TCVN3 (ABC) and VNI-Windows decoding to recognise labels in legacy fonts.

Old rosters were typed in ``.VnTime`` (TCVN3) or ``VNI-Times`` fonts: the workbook stores
Latin-1 look-alikes ("Hä vµ tªn" for "Họ và tên", "Hoï vaø teân" in VNI). This module turns
header words, titles and group labels back into Vietnamese so that they can be matched. It is
deliberately small: decoding the members' own data (with the H-font capitals rules and a
preview for the clerk) belongs to the services layer, which receives every cell's font name.

The TCVN3 table below was produced from glibc ``iconv -f TCVN5712-1`` (VN1 is a superset of
the ABC font encoding for these code points) and is checked against it in the tests.
"""

from __future__ import annotations

import unicodedata

# Bytes A1–AE: the seven modified letters (capital and small); B5–FE: the 60 toned small vowels.
# A workbook stores each byte as the Latin-1 character of the same number (chr(byte)).
_TCVN3_BYTES = bytes.fromhex(
    "a1a2a3a4a5a6a7a8a9aaabacadae"
    "b5b6b7b8b9bbbcbdbec6c7c8c9cacbcccecfd0d1d2d3d4d5d6d7d8dcdddedf"
    "e1e2e3e4e5e6e7e8e9eaebecedeeeff1f2f3f4f5f6f7f8f9fafbfcfdfe"
)
_TCVN3_LETTERS = "ĂÂÊÔƠƯĐăâêôơưđàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ"
if len(_TCVN3_BYTES) != len(_TCVN3_LETTERS):  # pragma: no cover - guards an edit of the table
    raise AssertionError("TCVN3 table: bytes and letters differ in length")

_TCVN3_DECODE = {chr(b): letter for b, letter in zip(_TCVN3_BYTES, _TCVN3_LETTERS, strict=True)}
_TCVN3_ENCODE = {letter: chr(b) for b, letter in zip(_TCVN3_BYTES, _TCVN3_LETTERS, strict=True)}

# VNI-Windows writes a vowel as its base letter followed by one mark character; ơ, ư, đ and the
# toned i / ỵ are single characters. Capitals are the same characters 0x20 lower (Ù for ù):
# tables are kept in small letters and case is carried over.
_ACUTE, _GRAVE, _HOOK, _TILDE, _DOT = "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"
_CIRCUMFLEX, _BREVE = "\u0302", "\u0306"
_VNI_TONES = {"ù": _ACUTE, "ø": _GRAVE, "û": _HOOK, "õ": _TILDE, "ï": _DOT}
_VNI_CIRCUMFLEX = {"â": "", "á": _ACUTE, "à": _GRAVE, "å": _HOOK, "ã": _TILDE, "ä": _DOT}
_VNI_BREVE = {"ê": "", "é": _ACUTE, "è": _GRAVE, "ú": _HOOK, "ü": _TILDE, "ë": _DOT}
_VNI_SINGLE = {"ô": "ơ", "ö": "ư", "æ": "ỉ", "ó": "ĩ", "ò": "ị", "î": "ỵ", "ñ": "đ"}
_VNI_VOWELS = frozenset("aeiouyơư")


def is_tcvn3_font(font_name: str | None) -> bool:
    """TCVN3 (ABC) fonts are named with a leading dot: ".VnTime", ".VnArialH"."""
    return bool(font_name) and str(font_name).startswith(".Vn")


def is_vni_font(font_name: str | None) -> bool:
    """VNI fonts are named "VNI-Times", "VNI-Helve", …"""
    return bool(font_name) and str(font_name).upper().startswith("VNI")


def decode_tcvn3(text: str, *, capitals: bool = False) -> str:
    """TCVN3 look-alikes → Unicode (NFC). ``capitals`` for ".…H" fonts, whose glyphs at the
    small-letter positions are capitals."""
    decoded = "".join(_TCVN3_DECODE.get(ch, ch) for ch in text)
    return decoded.upper() if capitals else decoded


def encode_tcvn3(text: str) -> str:
    """Unicode → the characters a ``.VnTime`` cell holds (the inverse of :func:`decode_tcvn3`).

    Toned capitals do not exist in the plain font; they are written as the small letter, which
    is what typing them in a ".…H" font produces.
    """
    out = []
    for ch in unicodedata.normalize("NFC", text):
        mapped = _TCVN3_ENCODE.get(ch)
        if mapped is None and ch.isupper():
            mapped = _TCVN3_ENCODE.get(ch.lower())
        out.append(mapped if mapped is not None else ch)
    return "".join(out)


def decode_vni(text: str) -> str:
    """VNI-Windows look-alikes → Unicode (NFC): "Hoï vaø teân" → "Họ và tên"."""
    out: list[str] = []
    previous_base = ""  # the last base vowel written (lower case), while it can take a mark
    for original in text:
        ch = original.lower()
        if previous_base in ("a", "e", "o") and ch in _VNI_CIRCUMFLEX:
            out.append(_CIRCUMFLEX + _VNI_CIRCUMFLEX[ch])
            previous_base = ""
        elif previous_base == "a" and ch in _VNI_BREVE:
            out.append(_BREVE + _VNI_BREVE[ch])
            previous_base = ""
        elif previous_base and ch in _VNI_TONES:
            out.append(_VNI_TONES[ch])
            previous_base = ""
        else:
            letter = _VNI_SINGLE.get(ch)
            if letter is None:
                out.append(original)
                previous_base = ch if ch in _VNI_VOWELS else ""
            else:
                out.append(letter.upper() if original.isupper() else letter)
                previous_base = letter if letter in _VNI_VOWELS else ""
    return unicodedata.normalize("NFC", "".join(out))


def encode_vni(text: str) -> str:
    """Unicode → VNI-Windows look-alikes, the inverse of :func:`decode_vni`."""
    return "".join(
        _encode_vni_letter(ch.lower()).upper() if ch.isupper() else _encode_vni_letter(ch)
        for ch in unicodedata.normalize("NFC", text)
    )


def _encode_vni_letter(ch: str) -> str:
    single_chars = {letter: vni for vni, letter in _VNI_SINGLE.items()}
    if ch in single_chars:
        return single_chars[ch]
    decomposed = unicodedata.normalize("NFD", ch)
    base, marks = decomposed[0], decomposed[1:]
    if not marks or base not in "aeiouy":
        return ch
    horn = "\u031b"
    shape = next((m for m in marks if m in (_CIRCUMFLEX, _BREVE, horn)), "")
    tone = next((m for m in marks if m in (_ACUTE, _GRAVE, _HOOK, _TILDE, _DOT)), "")
    tone_chars = {mark: vni for vni, mark in _VNI_TONES.items()}
    if base == "i":
        return {_ACUTE: "í", _GRAVE: "ì", _HOOK: "æ", _TILDE: "ó", _DOT: "ò"}[tone]
    if base == "y" and tone == _DOT:
        return "î"
    if shape == horn:  # ơ / ư are single characters, the tone follows
        return single_chars["ơ" if base == "o" else "ư"] + tone_chars.get(tone, "")
    if shape == _CIRCUMFLEX:
        return base + {mark: vni for vni, mark in _VNI_CIRCUMFLEX.items()}[tone]
    if shape == _BREVE:
        return base + {mark: vni for vni, mark in _VNI_BREVE.items()}[tone]
    return base + tone_chars[tone]


def decode_for_font(text: str, font_name: str | None) -> str:
    """Decode ``text`` when its font says it is TCVN3 or VNI; otherwise return it unchanged."""
    if is_tcvn3_font(font_name):
        return decode_tcvn3(text, capitals=str(font_name).endswith("H"))
    if is_vni_font(font_name):
        return decode_vni(text)
    return text


def legacy_readings(text: str, font_name: str | None) -> tuple[str, ...]:
    """The ways a label may be read, most likely first: as its font says, then as stored, then
    as TCVN3 and as VNI (fonts are often lost when rows are copied between workbooks)."""
    readings = [decode_for_font(text, font_name), text, decode_tcvn3(text), decode_vni(text)]
    return tuple(dict.fromkeys(readings))
