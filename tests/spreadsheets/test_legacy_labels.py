"""Reading labels written in legacy fonts (the decoders are tested in tests/domain)."""

from __future__ import annotations

from tcns_desktop.spreadsheets.legacy_labels import decode_for_font, legacy_readings
from tests.legacy_text import encode_tcvn3, encode_vni


def test_known_spellings() -> None:
    assert encode_tcvn3("Họ và tên") == "Hä vµ tªn"  # the example clerks know
    assert encode_vni("Họ và tên") == "Hoï vaø teân"
    assert decode_for_font("Hä vµ tªn", ".VnTime") == "Họ và tên"
    assert decode_for_font("Hoï vaø teân", "VNI-Times") == "Họ và tên"


def test_h_fonts_hold_capitals_at_the_small_letter_positions() -> None:
    stored = encode_tcvn3("THÔN ĐÔNG")
    assert decode_for_font(stored, ".VnTimeH") == "THÔN ĐÔNG"
    assert decode_for_font(stored, ".VnTime") == "THÔN ĐÔNG"
    assert decode_for_font(encode_tcvn3("ánh"), ".VnArialH") == "ÁNH"
    assert decode_for_font(encode_tcvn3("DANH SÁCH"), ".VnTimeH") == "DANH SÁCH"
    assert decode_for_font("Hoï", "VNI-Helve") == "Họ"
    assert decode_for_font("Hä", "Times New Roman") == "Hä"
    assert decode_for_font("Hä", None) == "Hä"


def test_readings_go_font_first_then_as_stored_then_tcvn3_and_vni() -> None:
    assert legacy_readings("Hä vµ tªn", ".VnTime") == ("Họ và tên", "Hä vµ tªn")
    # The font was lost in a copy: every reading is tried, without repeats.
    assert legacy_readings("Hä vµ tªn", None) == ("Hä vµ tªn", "Họ và tên")
    assert legacy_readings("Hoï vaø teân", "Arial") == ("Hoï vaø teân", "Hoù vaứ teõn", "Họ và tên")
    assert legacy_readings("Số điện thoại", None) == ("Số điện thoại",)
