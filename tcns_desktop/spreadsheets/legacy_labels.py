"""Reading header words, titles and group labels typed in legacy fonts.

Old rosters were typed in ``.VnTime`` (TCVN3) or ``VNI-Times`` fonts: the workbook stores
Latin-1 look-alikes ("Hä vµ tªn" for "Họ và tên", "Hoï vaø teân" in VNI). The decoding and
the font names belong to :mod:`tcns_desktop.domain.legacy_encodings`; this module only
decides which readings of a label to try, since fonts are often lost when rows are copied
between workbooks. Members' own data is repaired by the services layer, which receives every
cell's font name.
"""

from __future__ import annotations

from tcns_desktop.domain.legacy_encodings import (
    decode_legacy,
    decode_tcvn3,
    decode_vni,
    legacy_encoding_of_font,
)


def decode_for_font(text: str, font_name: str | None) -> str:
    """Decode ``text`` when its font says it is TCVN3 or VNI; otherwise return it unchanged."""
    return decode_legacy(text, legacy_encoding_of_font(font_name))


def legacy_readings(text: str, font_name: str | None) -> tuple[str, ...]:
    """The ways a label may be read, most likely first: as its font says, then as stored, then
    as TCVN3 and as VNI (fonts are often lost when rows are copied between workbooks)."""
    readings = [decode_for_font(text, font_name), text, decode_tcvn3(text), decode_vni(text)]
    return tuple(dict.fromkeys(readings))
