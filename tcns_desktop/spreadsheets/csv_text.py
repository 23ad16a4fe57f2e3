"""CSV rosters: which encoding and which delimiter a clerk's file uses.

Excel saves "CSV UTF-8" with a BOM, "Unicode Text" as tab-separated UTF-16LE with a BOM, and a
plain "CSV" in the Windows code page (Windows-1258 on Vietnamese Windows, whose tone marks are
combining characters, so the text is NFC-normalised after decoding). Regional settings decide
the delimiter: comma, semicolon (most of Europe-style locales) or tab.
"""

from __future__ import annotations

import codecs
import csv
import io
import unicodedata
from collections import Counter

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_DELIMITERS = (",", ";", "\t")


def detect_encoding(data: bytes) -> str:
    """The codec name to decode ``data`` with.

    BOM first; then UTF-16 without a BOM when NULs fill one byte of each pair (this must come
    before UTF-8, which accepts NULs); then strict UTF-8; then Windows-1258.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    sample = data[:4096]
    if len(sample) >= 4 and sample.count(b"\x00") >= len(sample) // 4:
        odd_nuls = sample[1::2].count(b"\x00")
        even_nuls = sample[0::2].count(b"\x00")
        return "utf-16-le" if odd_nuls >= even_nuls else "utf-16-be"
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return "cp1258"
    return "utf-8"


def decode_text(data: bytes) -> tuple[str, str]:
    """(text in NFC, encoding used). Undecodable bytes become U+FFFD rather than failing: the
    clerk then sees which cells are damaged."""
    encoding = detect_encoding(data)
    text = data.decode(encoding, errors="replace")
    return unicodedata.normalize("NFC", text), encoding


def detect_delimiter(text: str) -> str:
    """Comma, semicolon or tab: the one that splits most sample lines into the same number of
    fields (title lines above the header have one field whatever the delimiter). Falls back to
    :class:`csv.Sniffer`, then to a comma."""
    lines = [line for line in text.splitlines()[:60] if line.strip()]
    best, best_score = "", 0
    for delimiter in _DELIMITERS:
        counts = [len(row) for row in csv.reader(lines, delimiter=delimiter)]
        multi = [count for count in counts if count > 1]
        if not multi:
            continue
        width, rows = Counter(multi).most_common(1)[0]
        score = rows * width
        if score > best_score:
            best, best_score = delimiter, score
    if best:
        return best
    try:
        return csv.Sniffer().sniff("\n".join(lines[:20]), delimiters="".join(_DELIMITERS)).delimiter
    except csv.Error:
        return ","


def read_csv_rows(data: bytes) -> tuple[list[list[str]], str, str]:
    """(rows of cell texts, encoding, delimiter). An Excel "sep=;" first line is honoured."""
    text, encoding = decode_text(data)
    first_line, _, rest = text.partition("\n")
    if first_line.strip().lower().startswith("sep=") and len(first_line.strip()) == 5:
        delimiter = first_line.strip()[4]
        text = rest
    else:
        delimiter = detect_delimiter(text)
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    return rows, encoding, delimiter
