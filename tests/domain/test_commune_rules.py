import pytest

from tcns_desktop.domain.commune_rules import guess_village_kind, normalise_setup, setup_problems
from tcns_desktop.domain.enums import LeaderRole, VillageKind
from tcns_desktop.domain.records import LeaderInput, VillageInput
from tests.conftest import sample_setup


def test_a_complete_setup_has_no_problems_and_fills_derived_fields() -> None:
    setup = normalise_setup(sample_setup())
    assert setup_problems(setup) == []
    assert setup.province_name == "Tỉnh Phú Thọ"
    assert setup.place_name == "Tân Lập"
    assert setup.leaders[0].title == "Chủ tịch"


@pytest.mark.parametrize(
    ("changes", "fragment"),
    [
        ({"commune_code": "7951"}, "5 chữ số"),
        ({"commune_code": "0795A"}, "5 chữ số"),
        ({"province_code": "251"}, "2 chữ số"),
        ({"commune_name": "  "}, "tên xã"),
        ({"document_symbol": "QĐ/UBND"}, "Ký hiệu"),
        ({"document_symbol": "qđ-ubnd"}, "Ký hiệu"),
        ({"leaders": ()}, "Chủ tịch"),
        (
            {
                "leaders": (
                    LeaderInput("A", "", LeaderRole.CHAIR),
                    LeaderInput("B", "", LeaderRole.CHAIR),
                )
            },
            "Chỉ có một Chủ tịch",
        ),
        ({"villages": (VillageInput("Thôn Đông"), VillageInput("thon dong"))}, "trùng"),
    ],
)
def test_each_broken_rule_is_reported_in_vietnamese(changes: dict, fragment: str) -> None:
    problems = setup_problems(normalise_setup(sample_setup(**changes)))
    assert any(fragment.casefold() in p.casefold() for p in problems), problems


def test_single_digit_province_code_is_padded() -> None:
    assert normalise_setup(sample_setup(province_code="1")).province_code == "01"


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Tổ dân phố số 3", VillageKind.TO_DAN_PHO),
        ("TDP 5", VillageKind.TO_DAN_PHO),
        ("Bản Na Hang", VillageKind.BAN),
        ("Ấp Tân Lợi", VillageKind.AP),
        ("Khu phố 2", VillageKind.KHU_PHO),
        ("Xóm Chợ", VillageKind.XOM),
        ("Thôn 1", VillageKind.THON),
        ("Bàn Cờ", VillageKind.THON),
    ],
)
def test_village_kind_is_guessed_from_the_name(name: str, kind: VillageKind) -> None:
    assert guess_village_kind(name) is kind
