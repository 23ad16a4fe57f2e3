import unicodedata

import pytest

from tcns_desktop.domain.vietnamese_text import clean_text, fold_for_search, to_nfc


def test_decomposed_input_is_stored_precomposed() -> None:
    typed = unicodedata.normalize("NFD", "Nguyễn Thị Ánh")
    assert len(typed) > len("Nguyễn Thị Ánh")
    assert to_nfc(typed) == "Nguyễn Thị Ánh"
    assert clean_text(typed) == "Nguyễn Thị Ánh"


def test_clean_text_collapses_spaces_including_non_breaking() -> None:
    assert clean_text("  Thôn\u00a0 Đông \t ") == "Thôn Đông"
    assert clean_text(None) == ""


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Nguyễn Văn An", "nguyen van an"),
        ("ĐẶNG ĐỨC ĐIỀN", "dang duc dien"),
        ("đ", "d"),
        ("Hoà", "hoa"),
        ("Hòa", "hoa"),
    ],
)
def test_fold_ignores_accents_case_and_d_stroke(text: str, folded: str) -> None:
    assert fold_for_search(text) == folded
    assert fold_for_search(unicodedata.normalize("NFD", text)) == folded


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("nguyễn  văn ánh", "Nguyễn Văn Ánh"),
        ("đặng thị đào", "Đặng Thị Đào"),
        ("H'Hen Niê", "H'Hen Niê"),
        ("ksor h'bia", "Ksor H'bia"),
    ],
)
def test_names_get_capital_initials(typed: str, stored: str) -> None:
    from tcns_desktop.domain.vietnamese_text import capitalise_name

    assert capitalise_name(typed) == stored
