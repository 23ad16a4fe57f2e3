import itertools
import random
import unicodedata
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tcns_desktop.domain.vietnamese_collation import (
    collation_key,
    person_sort_key,
    split_person_name,
)


def _nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _assert_sorted(expected: list[str], key: Callable[[str], Any] = collation_key) -> None:
    """Every shuffle of ``expected`` sorts back to it (a fixed seed keeps the test stable)."""
    rng = random.Random(20250701)
    for _ in range(5):
        shuffled = expected[:]
        rng.shuffle(shuffled)
        assert sorted(shuffled, key=key) == expected


# --- the alphabet --------------------------------------------------------------------------


def test_the_29_letters_follow_the_vietnamese_alphabet() -> None:
    alphabet = list("aăâbcdđeêghiklmnoôơpqrstuưvxy")
    assert len(alphabet) == 29
    _assert_sorted(alphabet)
    _assert_sorted([letter.upper() for letter in alphabet])


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("a", "ă"),
        ("ă", "â"),
        ("â", "b"),
        ("d", "đ"),
        ("đ", "e"),
        ("e", "ê"),
        ("o", "ô"),
        ("ô", "ơ"),
        ("ơ", "p"),
        ("u", "ư"),
        ("ư", "v"),
        # Loanword letters after their Latin neighbours.
        ("ê", "f"),
        ("f", "g"),
        ("i", "j"),
        ("j", "k"),
        ("v", "w"),
        ("w", "x"),
        ("y", "z"),
        # Whole words: the modified letter decides even before later letters.
        ("Anh", "Ăn"),
        ("Dung", "Đa"),
        ("Đức", "Em"),
        ("Hong", "Hồ"),
        ("Hồng", "Hơn"),
        ("Tuấn", "Tư"),
        # Non-Latin letters after z.
        ("Zan", "Ωmega"),
    ],
)
def test_letter_order(before: str, after: str) -> None:
    assert collation_key(before) < collation_key(after)
    assert collation_key(before.upper()) < collation_key(after.upper())


def test_tones_follow_the_icu_vi_order() -> None:
    # ngang < huyền < hỏi < ngã < sắc < nặng, and a toned "a" still comes before "ă".
    _assert_sorted(["ma", "mà", "mả", "mã", "má", "mạ", "mă", "mằ"])
    _assert_sorted(["ô", "ồ", "ổ", "ỗ", "ố", "ộ", "ơ", "ờ", "ở", "ỡ", "ớ", "ợ"])


def test_letters_of_the_whole_text_count_before_any_tone() -> None:
    # "Lạ" has the last tone but fewer letters; "ba lá" and "bá la" differ only in tones,
    # and the first differing tone decides.
    _assert_sorted(["Lạ", "Lan", "Lán"])
    _assert_sorted(["ba lá", "bà la", "bá la"])


def test_word_boundaries_come_before_letters() -> None:
    _assert_sorted(["An", "An Bình", "Anh", "Ánh", "Ba"])
    _assert_sorted(["Hà", "Hà Nội", "Hà Tĩnh", "Hải"])


def test_numbers_sort_naturally_and_before_letters() -> None:
    _assert_sorted(["Thôn 1", "Thôn 2", "Thôn 9", "Thôn 10", "Thôn 10A", "Thôn 11", "Thôn A"])
    _assert_sorted(["Tổ dân phố 3", "Tổ dân phố 12", "Tổ dân phố Đông"])
    assert collation_key("Thôn 02") != collation_key("Thôn 2")


def test_case_only_breaks_ties() -> None:
    _assert_sorted(["an", "An", "AN", "anh", "Ánh"])
    # Upper case never jumps ahead of a letter difference.
    assert collation_key("an bình") < collation_key("Bình")
    assert collation_key("ÂN") > collation_key("anh")


def test_none_and_empty_sort_first() -> None:
    assert collation_key(None) == collation_key("")
    assert collation_key("") < collation_key("0") < collation_key("a")


def test_combining_input_gives_the_same_key() -> None:
    for word in ("Nguyễn", "Đặng", "Trường", "Phượng", "Khuê", "ỷ"):
        assert collation_key(_nfd(word)) == collation_key(word)


def test_old_and_new_tone_placement_are_different_texts_with_the_same_letters() -> None:
    old, new = collation_key("Hoà"), collation_key("Hòa")
    assert old != new
    assert old[0] == new[0]


# --- person names --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("full_name", "parts"),
    [
        ("Nguyễn Văn An", ("Nguyễn", "Văn", "An")),
        ("Nguyễn Thị Minh Khai", ("Nguyễn", "Thị Minh", "Khai")),
        ("Phạm Đức", ("Phạm", "", "Đức")),
        ("Khai", ("", "", "Khai")),
        ("  Lê\u00a0 Thị   Hồng ", ("Lê", "Thị", "Hồng")),
        ("", ("", "", "")),
        (None, ("", "", "")),
    ],
)
def test_split_person_name(full_name: str | None, parts: tuple[str, str, str]) -> None:
    assert split_person_name(full_name) == parts


def test_split_person_name_returns_nfc() -> None:
    assert split_person_name(_nfd("Nguyễn Thị Ánh")) == ("Nguyễn", "Thị", "Ánh")


def test_member_list_is_sorted_by_given_name_then_middle_then_family() -> None:
    # Expected order, by given name (Tên) first:
    #   An < Anh < Ánh (same letters, ngang < sắc) < Ân (a < â) < Bình < Dung < Đức (d < đ)
    #   < Hà < Hải (word "ha" is a prefix of "hai") < Hoa < Hoa < Nam < Nam < Ơn < Ưng;
    # two "Hoa": middle name Thị < Văn; two "Văn Nam": family name Lê < Trần;
    # a single-word name is a given name ("Minh" after "Hoa", before "Nam").
    expected = [
        "Nguyễn Văn An",
        "Hoàng Văn Anh",
        "Trần Thị Ánh",
        "Vũ Thị Ân",
        "Lê Văn Bình",
        "Đặng Thị Dung",
        "Phạm Đức",
        "Bùi Thị Thu Hà",
        "Ngô Quang Hải",
        "Nguyễn Thị Hoa",
        "Lê Văn Hoa",
        "Minh",
        "Lê Văn Nam",
        "Trần Văn Nam",
        "Đỗ Thị Ơn",
        "Cao Văn Ưng",
    ]
    _assert_sorted(expected, key=person_sort_key)


def test_person_key_is_the_same_for_combining_input() -> None:
    assert person_sort_key(_nfd("Đặng Thị Dung")) == person_sort_key("Đặng Thị Dung")


def test_person_key_tells_different_spellings_apart() -> None:
    assert person_sort_key("Lê  Văn Nam") != person_sort_key("Lê Văn Nam")
    assert person_sort_key("Lê  Văn Nam")[:3] == person_sort_key("Lê Văn Nam")[:3]


# --- properties ----------------------------------------------------------------------------

_VIETNAMESE_LETTERS = (
    "aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵfjwz"
)
_vietnamese_text = st.text(
    alphabet=st.sampled_from(_VIETNAMESE_LETTERS + _VIETNAMESE_LETTERS.upper() + "0123456789 -"),
    max_size=12,
)
_any_text = st.one_of(_vietnamese_text, st.text(max_size=12))


@given(_any_text, _any_text)
def test_keys_are_equal_exactly_when_nfc_texts_are_equal(a: str, b: str) -> None:
    key_a, key_b = collation_key(a), collation_key(b)
    assert (key_a == key_b) == (_nfc(a) == _nfc(b))
    # Comparing never fails and is a total order on these keys.
    assert (key_a < key_b) + (key_a == key_b) + (key_a > key_b) == 1


@given(_any_text)
def test_nfd_and_nfc_give_the_same_key(text: str) -> None:
    assert collation_key(_nfd(text)) == collation_key(_nfc(text)) == collation_key(text)


@given(_vietnamese_text, _vietnamese_text)
def test_case_only_matters_when_letters_and_tones_tie(a: str, b: str) -> None:
    key_a, key_b = collation_key(a), collation_key(b)
    folded_a, folded_b = collation_key(a.lower()), collation_key(b.lower())
    assert key_a[:2] == folded_a[:2] == collation_key(a.upper())[:2]
    if folded_a[:2] < folded_b[:2]:
        assert key_a < key_b


@given(st.lists(_any_text, max_size=8))
def test_sorting_is_consistent(texts: list[str]) -> None:
    ordered = sorted(texts, key=collation_key)
    keys = [collation_key(t) for t in ordered]
    assert all(x <= y for x, y in itertools.pairwise(keys))
    assert sorted(ordered, key=person_sort_key) == sorted(texts, key=person_sort_key)


_NAME_PIECES = st.sampled_from(
    ["An", "Anh", "Ánh", "ân", "Bình", "đức", "Đức", "Hòa", "Hoà", "Thôn 2", "Thôn 10", "A1", "z"]
)


@given(st.lists(_NAME_PIECES, max_size=4), st.lists(_NAME_PIECES, max_size=4))
def test_person_key_compares_part_by_part(first: list[str], second: list[str]) -> None:
    # The person key concatenates the given, middle and family name keys: comparing the
    # concatenations must give exactly the order of comparing the parts one after another.
    def parts(words: list[str]) -> tuple[str, ...]:
        family, middle, given_name = split_person_name(" ".join(words))
        return (
            collation_key(given_name),
            collation_key(middle),
            collation_key(family),
            unicodedata.normalize("NFC", " ".join(words)),
        )

    a, b = " ".join(first), " ".join(second)
    assert (person_sort_key(a) < person_sort_key(b)) == (parts(first) < parts(second))
    assert (person_sort_key(a) == person_sort_key(b)) == (parts(first) == parts(second))
