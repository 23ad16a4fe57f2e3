"""The small TCVN3/VNI tables used to recognise labels written in legacy fonts."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata

import pytest

from tcns_desktop.spreadsheets import legacy_labels
from tcns_desktop.spreadsheets.legacy_labels import (
    decode_for_font,
    decode_tcvn3,
    decode_vni,
    encode_tcvn3,
    encode_vni,
)

VIETNAMESE_SMALL = (
    "aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ"
)


def test_known_spellings() -> None:
    assert encode_tcvn3("Họ và tên") == "Hä vµ tªn"  # the example clerks know
    assert decode_tcvn3("Nguy\xd4n V\xa9n \xb8nh") == "Nguyễn Vân ánh"  # domain.md §5.2
    assert encode_vni("Họ và tên") == "Hoï vaø teân"
    assert encode_vni("á") == "aù"  # domain.md §5.2


def test_every_small_letter_round_trips() -> None:
    assert decode_tcvn3(encode_tcvn3(VIETNAMESE_SMALL)) == VIETNAMESE_SMALL
    assert decode_vni(encode_vni(VIETNAMESE_SMALL)) == VIETNAMESE_SMALL
    capitals = unicodedata.normalize("NFC", VIETNAMESE_SMALL.upper())
    assert decode_vni(encode_vni(capitals)) == capitals


def test_h_fonts_hold_capitals_at_the_small_letter_positions() -> None:
    stored = encode_tcvn3("THÔN ĐÔNG")
    assert decode_for_font(stored, ".VnTimeH") == "THÔN ĐÔNG"
    assert decode_for_font(stored, ".VnTime") == "THÔN ĐÔNG"
    assert decode_for_font(encode_tcvn3("ánh"), ".VnArialH") == "ÁNH"
    assert decode_for_font("Hoï", "VNI-Helve") == "Họ"
    assert decode_for_font("Hä", "Times New Roman") == "Hä"


@pytest.mark.skipif(shutil.which("iconv") is None, reason="glibc iconv is not installed")
def test_tcvn3_table_matches_glibc_iconv() -> None:
    table = legacy_labels._TCVN3_BYTES
    result = subprocess.run(
        ["iconv", "-f", "TCVN5712-1", "-t", "UTF-8"], input=table, capture_output=True, check=True
    )
    assert result.stdout.decode("utf-8") == legacy_labels._TCVN3_LETTERS
