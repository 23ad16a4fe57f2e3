"""Vietnamese text typed with the pre-Unicode fonts (TCVN3/ABC and VNI), turned into Unicode.

This module owns recognising and converting such text; it reads no files. The importer
gives it a cell's text and, when it knows it, the cell's font name.

How the text looks when it arrives. The old fonts put Vietnamese letters at byte values
128–255 and Windows stored the bytes as its ANSI code page (Windows-1252) characters; Excel
keeps those characters in Unicode. So "Nguyễn Văn Ánh" typed with .VnTime arrives as
"NguyÔn V¨n ¸nh" (TCVN3 bytes D4, A8, B8 seen as Ô ¨ ¸) and "Nguyễn" typed with VNI-Times
arrives as "Nguyeãn" (VNI writes the base letter, then a byte for the marks). Files saved
with 8-bit strings give U+0080–U+009F for bytes 80–9F instead of the Windows-1252 glyphs;
both are read back. Decoding maps every character back to its byte, then through the
legacy table, then normalises to NFC.

Sources of the tables (facts only, no code copied):

* TCVN3 is the "VN3" subset of TCVN 5712:1993: the 67 lower-case letters and the capitals
  Ă Â Ê Ô Ơ Ư Đ at bytes A1–FE. Accented capitals have no code: the ".…H" fonts (.VnTimeH)
  draw capitals at the lower-case positions, so their text must be upper-cased after
  decoding. Checked against glibc ``iconv -f TCVN5712-1`` (whose VN1 table also fills the
  positions VN3 leaves empty; those are not decoded here: Word's curly quotes and dashes
  sit at 80–9F and would be garbled) and the tables listed in the domain notes §5.2
  (otth.vn, thuthuat.com.vn, dothanhlong.org).
* VNI-Windows: an accented vowel is the ASCII base letter followed by one mark byte; ơ, ư,
  đ and i with a tone are single bytes; the capital forms of the mark bytes are the
  lower-case ones minus 0x20. Checked against the VNI table of xvnkb (vni.h, Dao Hai Lam,
  2002) and the Bảng mã tables cited in the domain notes §5.2.

Without a font name the guess is deliberately conservative. Any character outside
Windows-1252 (ơ, ư, ă, đ, ạ, ỹ, a combining mark …) means Unicode at once. Otherwise the
text is called legacy only when every accented word decodes to a Vietnamese syllable in
one encoding, at least one of them is no syllable as it stands (so the text cannot be
Unicode Vietnamese: "NguyÔn", "Nguyeãn"), no word reads as Vietnamese only as it stands
("Hà"), the other encoding does not explain the text as well, and at least 60 % of the
words look Vietnamese (which keeps out French: "Il a dû partir"). A text made only of
Unicode Vietnamese syllables is therefore never converted; in return, short legacy texts
whose every word is also a Unicode syllable ("Hoà Thò" = VNI "Hồ Thị") stay unconverted
unless the font name tells.
"""

from __future__ import annotations

import contextlib
import unicodedata
from functools import lru_cache

from tcns_desktop.domain.vietnamese_text import to_nfc

TCVN3 = "tcvn3"
TCVN3_UPPER = "tcvn3-upper"
VNI = "vni"

# --- Characters ↔ bytes ------------------------------------------------------------------


def _byte_of_characters() -> dict[str, int]:
    """Every character a legacy byte 80–FF can arrive as, with that byte."""
    found: dict[str, int] = {}
    for byte in range(0x80, 0x100):
        found[chr(byte)] = byte  # Latin-1 view (8-bit strings in old .xls files)
        # Windows ANSI view; 81, 8D, 8F, 90, 9D are undefined in Windows-1252.
        with contextlib.suppress(UnicodeDecodeError):
            found[bytes([byte]).decode("cp1252")] = byte
    return found


_BYTE_OF = _byte_of_characters()
_NBSP = "\u00a0"

# --- TCVN3 ---------------------------------------------------------------------------------

# Byte → letter. Rows go by vowel; each toned row is huyền, hỏi, ngã, sắc, nặng.
_TCVN3: dict[int, str] = {
    0xA1: "Ă", 0xA2: "Â", 0xA3: "Ê", 0xA4: "Ô", 0xA5: "Ơ", 0xA6: "Ư", 0xA7: "Đ",
    0xA8: "ă", 0xA9: "â", 0xAA: "ê", 0xAB: "ô", 0xAC: "ơ", 0xAD: "ư", 0xAE: "đ",
    0xB5: "à", 0xB6: "ả", 0xB7: "ã", 0xB8: "á", 0xB9: "ạ",
    0xBB: "ằ", 0xBC: "ẳ", 0xBD: "ẵ", 0xBE: "ắ", 0xC6: "ặ",
    0xC7: "ầ", 0xC8: "ẩ", 0xC9: "ẫ", 0xCA: "ấ", 0xCB: "ậ",
    0xCC: "è", 0xCE: "ẻ", 0xCF: "ẽ", 0xD0: "é", 0xD1: "ẹ",
    0xD2: "ề", 0xD3: "ể", 0xD4: "ễ", 0xD5: "ế", 0xD6: "ệ",
    0xD7: "ì", 0xD8: "ỉ", 0xDC: "ĩ", 0xDD: "í", 0xDE: "ị",
    0xDF: "ò", 0xE1: "ỏ", 0xE2: "õ", 0xE3: "ó", 0xE4: "ọ",
    0xE5: "ồ", 0xE6: "ổ", 0xE7: "ỗ", 0xE8: "ố", 0xE9: "ộ",
    0xEA: "ờ", 0xEB: "ở", 0xEC: "ỡ", 0xED: "ớ", 0xEE: "ợ",
    0xEF: "ù", 0xF1: "ủ", 0xF2: "ũ", 0xF3: "ú", 0xF4: "ụ",
    0xF5: "ừ", 0xF6: "ử", 0xF7: "ữ", 0xF8: "ứ", 0xF9: "ự",
    0xFA: "ỳ", 0xFB: "ỷ", 0xFC: "ỹ", 0xFD: "ý", 0xFE: "ỵ",
}  # fmt: skip
TCVN3_TABLE: dict[int, str] = dict(_TCVN3)
"""TCVN3 (VN3) byte → Unicode letter, for bytes 80–FF that carry a letter."""

# Character as it arrives → decoded letter.
_TCVN3_BY_CHAR: dict[str, str] = {
    char: _TCVN3[byte] for char, byte in _BYTE_OF.items() if byte in _TCVN3
}

# --- VNI -----------------------------------------------------------------------------------

_ACUTE, _GRAVE, _HOOK, _TILDE, _DOT = "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"
_TONE_ORDER = (_ACUTE, _GRAVE, _HOOK, _TILDE, _DOT)  # sắc, huyền, hỏi, ngã, nặng
_BREVE, _CIRCUMFLEX, _HORN = "\u0306", "\u0302", "\u031b"

# Lower-case mark bytes, as their Windows-1252 characters, in _TONE_ORDER.
_VNI_TONES = "ùøûõï"  # after a e o u y, and after ơ (ô) and ư (ö)
_VNI_CIRCUMFLEX_TONES = "áàåãä"  # â ê ô with a tone: after a e o
_VNI_BREVE_TONES = "éèúüë"  # ă with a tone: after a
_VNI_CIRCUMFLEX = "â"  # after a e o
_VNI_BREVE = "ê"  # after a
# Single bytes: ơ ư đ, i with each tone, ỵ.
_VNI_SINGLES: dict[str, str] = {
    "ô": "ơ",
    "ö": "ư",
    "ñ": "đ",
    "í": "í",
    "ì": "ì",
    "æ": "ỉ",
    "ó": "ĩ",
    "ò": "ị",
    "î": "ỵ",
}


def _vni_tables() -> tuple[dict[str, str], dict[str, str], frozenset[str]]:
    """(two-character sequences, single characters) → Unicode, in both cases; and the
    sequences whose mark is not in the case of its base letter."""
    lower_pairs: dict[str, str] = {}
    for base in "aeouy":
        for mark, tone in zip(_VNI_TONES, _TONE_ORDER, strict=True):
            lower_pairs[base + mark] = base + tone
    for base in "aeo":
        lower_pairs[base + _VNI_CIRCUMFLEX] = base + _CIRCUMFLEX
        for mark, tone in zip(_VNI_CIRCUMFLEX_TONES, _TONE_ORDER, strict=True):
            lower_pairs[base + mark] = base + _CIRCUMFLEX + tone
    lower_pairs["a" + _VNI_BREVE] = "a" + _BREVE
    for mark, tone in zip(_VNI_BREVE_TONES, _TONE_ORDER, strict=True):
        lower_pairs["a" + mark] = "a" + _BREVE + tone
    for base, letter in (("ô", "o"), ("ö", "u")):
        for mark, tone in zip(_VNI_TONES, _TONE_ORDER, strict=True):
            lower_pairs[base + mark] = letter + _HORN + tone

    pairs: dict[str, str] = {}
    mixed_case: set[str] = set()
    for sequence, decomposed in lower_pairs.items():
        letter = unicodedata.normalize("NFC", decomposed)
        base, mark = sequence[0], sequence[1]
        # The case of the letter is the case of its base. VNI types the mark in the same
        # case; a mark of the other case is decoded too, but is no evidence of VNI.
        pairs[base + mark] = letter
        pairs[base.upper() + mark.upper()] = letter.upper()
        pairs[base + mark.upper()] = letter
        pairs[base.upper() + mark] = letter.upper()
        mixed_case.update((base + mark.upper(), base.upper() + mark))
    singles = dict(_VNI_SINGLES)
    singles.update({vni.upper(): letter.upper() for vni, letter in _VNI_SINGLES.items()})
    return pairs, singles, frozenset(mixed_case)


_VNI_PAIRS, _VNI_SINGLE_CHARS, _VNI_MIXED_CASE = _vni_tables()

# --- Public API ----------------------------------------------------------------------------


def decode_tcvn3(text: str, *, upper_font: bool = False) -> str:
    """TCVN3 (ABC) text as Excel shows it → Unicode NFC.

    ``upper_font`` is for the ".…H" fonts (.VnTimeH …), which draw capitals at the
    lower-case positions: the decoded text is upper-cased. Characters that are not TCVN3
    letters (ASCII, punctuation, already-Unicode letters) are kept as they are.
    """
    decoded = to_nfc("".join(_TCVN3_BY_CHAR.get(char, char) for char in text))
    return decoded.upper() if upper_font else decoded


def decode_vni(text: str) -> str:
    """VNI-Windows text as Excel shows it ("Nguyeãn") → Unicode NFC ("Nguyễn")."""
    return _decode_vni(text)[0]


def decode_legacy(text: str, encoding: str | None) -> str:
    """``text`` decoded from ``encoding`` ("tcvn3", "tcvn3-upper", "vni"), as Unicode NFC;
    ``None`` (Unicode already) returns the text unchanged."""
    if encoding is None:
        return text
    if encoding == VNI:
        return decode_vni(text)
    if encoding in (TCVN3, TCVN3_UPPER):
        return decode_tcvn3(text, upper_font=encoding == TCVN3_UPPER)
    raise ValueError(f"unknown legacy encoding: {encoding!r}")


def legacy_encoding_of_font(font_name: str | None) -> str | None:
    """ "tcvn3", "tcvn3-upper" or "vni" when the font name says so, else ``None``.

    TCVN3 fonts are named with a leading dot and "Vn" (.VnTime, .VnArial Narrow); their
    capitals-only twins end in "H" (.VnTimeH, .VnArialH). VNI fonts start with "VNI-"
    (VNI-Times, VNI-Helve).
    """
    name = (font_name or "").strip()
    if name.startswith(".") and name[1:3].casefold() == "vn":
        return TCVN3_UPPER if name.endswith("H") else TCVN3
    if name[:4].casefold() in ("vni-", "vni ", "vni_"):
        return VNI
    return None


def detect_legacy_encoding(text: str, font_name: str | None = None) -> str | None:
    """The legacy encoding of ``text`` ("tcvn3", "tcvn3-upper", "vni") or ``None`` (Unicode).

    A legacy font name decides, unless the text cannot be legacy text (it holds letters
    such as ơ or ạ that the old fonts stored as other characters) or reads as Unicode
    Vietnamese only. Without such a font, the conservative guess described in the module
    notes decides; it never answers "tcvn3-upper", which only the font name can tell.
    """
    by_font = legacy_encoding_of_font(font_name)
    if not _only_legacy_characters(text):
        return None
    evidence = _Evidence.of(text)
    if by_font is not None:
        hits = evidence.hits[VNI if by_font == VNI else TCVN3]
        if evidence.unicode_only and not hits:
            return None  # Unicode typed into a cell that kept an old font
        return by_font
    return evidence.verdict()


@lru_cache(maxsize=65_536)  # roster cells repeat: villages, roles, positions
def repair_legacy_text(text: str, font_name: str | None = None) -> tuple[str, str | None]:
    """(Unicode NFC text, encoding converted from): the encoding is ``None`` when the text
    was Unicode already or converting changed nothing (plain ASCII in a TCVN3 cell)."""
    if legacy_encoding_of_font(font_name) is None and _surely_not_legacy(text):
        return to_nfc(text), None
    encoding = detect_legacy_encoding(text, font_name)
    unchanged = to_nfc(text)
    if encoding is None:
        return unchanged, None
    repaired = decode_legacy(text, encoding)
    return repaired, (encoding if repaired != unchanged else None)


# Characters above U+00FF that a Windows-1252 reading of legacy bytes can produce; any other
# character above U+00FF (ă, đ, ơ, ư, ạ, ễ …) only exists in real Unicode text.
_CP1252_EXTRA = frozenset(bytes(range(0x80, 0xA0)).decode("cp1252", errors="ignore"))


def _surely_not_legacy(text: str) -> bool:
    """Quick answer for most cells of a modern file, before the costly word-by-word test.

    Plain ASCII decodes to itself, and a letter only Unicode has proves the text is Unicode.
    """
    if text.isascii():
        return True
    return any(ord(ch) > 0xFF and ch not in _CP1252_EXTRA for ch in text)


# --- Decoding details ------------------------------------------------------------------


def _decode_vni(text: str) -> tuple[str, bool]:
    """(decoded NFC text, every non-ASCII character was part of a VNI letter typed the
    way VNI types it)."""
    out: list[str] = []
    clean = True
    index = 0
    while index < len(text):
        sequence = text[index : index + 2]
        pair = _VNI_PAIRS.get(sequence)
        if pair is not None:
            out.append(pair)
            clean = clean and sequence not in _VNI_MIXED_CASE
            index += 2
            continue
        char = text[index]
        single = _VNI_SINGLE_CHARS.get(char)
        if single is not None:
            out.append(single)
        else:
            out.append(char)
            if char not in (" ", _NBSP) and not char.isascii():
                clean = False
        index += 1
    return to_nfc("".join(out)), clean


def _decode_tcvn3_strict(text: str) -> tuple[str, bool]:
    decoded = decode_tcvn3(text)
    clean = all(char.isascii() or char in _TCVN3_BY_CHAR for char in text)
    return decoded, clean


def _only_legacy_characters(text: str) -> bool:
    return all(char.isascii() or char in _BYTE_OF for char in text)


# --- Vietnamese syllables (the yardstick of the guess) -------------------------------------

_ONSETS = (
    "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "th", "tr", "qu",
    "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "",
)  # fmt: skip
# Every rhyme (vần) of standard Vietnamese, without tone.
_RHYME_ROWS = (
    "a ai ao au ay ac ach am an ang anh ap at",
    "ă ăc ăm ăn ăng ăp ăt",
    "â âc âm ân âng âp ât âu ây",
    "e eo ec em en eng ep et",
    "ê êch êm ên ênh êp êt êu",
    "i ia ich im in inh ip it iu iêc iêm iên iêng iêp iêt iêu",
    "o oa oac oach oai oam oan oang oanh oao oap oat oay oăc oăm oăn oăng oăt",
    "oe oen oeo oet oc oi om on ong oong ooc op ot",
    "ô ôc ôi ôm ôn ông ôp ôt",
    "ơ ơi ơm ơn ơp ơt",
    "u ua uân uâng uât uây uc ui um un ung up ut uê uêch uênh uy uya uych uyên uyêt",
    "uyn uynh uyp uyt uyu uôc uôi uôm uôn uông uôt uơ",
    "ư ưa ưc ưi ưm ưn ưng ưt ưu ươc ươi ươm ươn ương ươp ươt ươu",
    "y yêm yên yêng yêt yêu",
    # Final k: Central Highlands names written the Vietnamese way (Đắk Lắk, Krông Búk).
    "ak ăk âk ek êk ik ok ôk ơk uk ưk",
)
_RHYMES = frozenset(" ".join(_RHYME_ROWS).split())
_TONE_MARKS = frozenset(_TONE_ORDER)
_STOP_ENDINGS = ("c", "ch", "k", "p", "t")
_VOWELS = frozenset("aeiouy")


def _is_syllable(word: str, *, strict_tones: bool) -> bool:
    """Whether ``word`` spells one Vietnamese syllable (tone placement is not checked).

    ``strict_tones`` adds the rule that syllables ending in c, ch, p, t take only sắc or
    nặng: decoded legacy text always obeys it, hand-typed Unicode sometimes does not.
    """
    decomposed = unicodedata.normalize("NFD", word.lower())
    tones = [char for char in decomposed if char in _TONE_MARKS]
    if len(tones) > 1:
        return False
    # A tone sits on a vowel: "ñ" decomposes to n + tilde, which is not "n" with ngã.
    base = ""
    for char in decomposed:
        if not unicodedata.combining(char):
            base = char
        elif char in _TONE_MARKS and base not in _VOWELS:
            return False
    bare = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONE_MARKS))
    for onset in _ONSETS:
        if bare.startswith(onset) and bare[len(onset) :] in _RHYMES:
            rhyme = bare[len(onset) :]
            if strict_tones and rhyme.endswith(_STOP_ENDINGS):
                return bool(tones) and tones[0] in (_ACUTE, _DOT)
            return True
    return False


def _words(text: str) -> list[str]:
    """Runs of letters: ASCII letters and the characters legacy fonts use for letters."""
    words: list[str] = []
    current: list[str] = []
    for char in text:
        if (char.isascii() and char.isalpha()) or _BYTE_OF.get(char, 0) >= 0xA1:
            current.append(char)
        elif current:
            words.append("".join(current))
            current = []
    if current:
        words.append("".join(current))
    return words


class _Evidence:
    """How the words of a text read: as Unicode Vietnamese, as TCVN3, as VNI."""

    def __init__(self) -> None:
        self.words = 0
        self.vietnamese = 0  # words that read as Vietnamese syllables one way or another
        self.unicode_only = 0  # words that read as Vietnamese only as they stand
        self.fits_all = {TCVN3: True, VNI: True}  # every accented word decodes to a syllable
        self.hits = {TCVN3: 0, VNI: 0}  # words that are syllables only once decoded

    @classmethod
    def of(cls, text: str) -> _Evidence:
        evidence = cls()
        for word in _words(text):
            evidence.words += 1
            as_is = _is_syllable(word, strict_tones=False)
            if word.isascii():
                evidence.vietnamese += as_is  # the same in every encoding
                continue
            fits_any = False
            for encoding, decode in ((TCVN3, _decode_tcvn3_strict), (VNI, _decode_vni)):
                decoded, clean = decode(word)
                if not (clean and _is_syllable(decoded, strict_tones=True)):
                    evidence.fits_all[encoding] = False
                    continue
                fits_any = True
                # "bá" is Unicode "bá" and TCVN3 "bỏ": only a word that is no syllable as
                # it stands is a hit. One-letter results say too little (French "où" is
                # VNI "ó").
                if not as_is and decoded != word and len(decoded) > 1:
                    evidence.hits[encoding] += 1
            evidence.unicode_only += as_is and not fits_any
            evidence.vietnamese += as_is or fits_any
        return evidence

    def verdict(self) -> str | None:
        """The one encoding every accented word fits, with at least one hit; Unicode
        evidence, a tie, or a text mostly of non-Vietnamese words ("Il a dû partir") give
        ``None``."""
        if self.unicode_only or 5 * self.vietnamese < 3 * self.words:
            return None
        tcvn3 = self.hits[TCVN3] if self.fits_all[TCVN3] else 0
        vni = self.hits[VNI] if self.fits_all[VNI] else 0
        if tcvn3 > vni:
            return TCVN3
        if vni > tcvn3:
            return VNI
        return None
