"""Activity entry rules: what is an error (blocks), what is a warning (the clerk confirms)."""

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tcns_desktop.domain.activity_records import ActivityInput, ResultInput
from tcns_desktop.domain.activity_rules import (
    ActivityFacts,
    IndicatorFacts,
    PlatformFacts,
    TeamFacts,
    activity_search_key,
    check_activity,
    clean_activity,
)
from tcns_desktop.domain.enums import ActivityKind, Pillar
from tcns_desktop.domain.vietnamese_text import fold_for_search

TODAY = date(2026, 9, 15)
TEAM = TeamFacts("Tổ CNSCĐ thôn Đông", date(2024, 1, 1), None, dissolved=False)
FACTS = ActivityFacts(
    team=TEAM,
    members_on_date=frozenset({"p1"}),
    people={"p1": "Nguyễn Văn An", "p2": "Trần Thị Bình"},
    indicators={
        "vneid": IndicatorFacts("Số người kích hoạt VNeID", "người", active=True),
        "dvc": IndicatorFacts("Số hồ sơ DVC", "hồ sơ", active=True),
        "old": IndicatorFacts("Chỉ tiêu cũ", "hộ", active=False),
    },
    platform=PlatformFacts("VNeID", active=True),
    today=TODAY,
)
GOOD = ActivityInput(
    activity_date=date(2026, 9, 10),
    team_id="t1",
    kind=ActivityKind.GUIDANCE,
    pillar=Pillar.DIGITAL_GOVERNMENT,
    platform_id="vneid-platform",
    title="Hướng dẫn kích hoạt VNeID",
    people_reached=40,
    households_reached=25,
    participant_ids=("p1",),
    results=(ResultInput("vneid", 30), ResultInput("dvc", 12)),
)


def test_a_plain_entry_passes() -> None:
    verdict = check_activity(GOOD, FACTS)
    assert verdict.ok and verdict.errors == () and verdict.warnings == ()


@pytest.mark.parametrize(
    ("change", "facts", "message"),
    [
        ({"people_reached": -1}, {}, "Số người được tiếp cận không được âm"),
        ({"households_reached": -3}, {}, "Số hộ được tiếp cận không được âm"),
        ({"activity_date": date(2026, 9, 16)}, {}, "ở tương lai"),
        ({"activity_date": date(2023, 12, 31)}, {}, "trước ngày thành lập"),
        (
            {"activity_date": date(2026, 6, 2)},
            {"team": replace(TEAM, dissolved_on=date(2026, 6, 1), dissolved=True)},
            "đã giải thể từ ngày 01/06/2026",
        ),
        ({}, {"team": replace(TEAM, dissolved=True)}, "đã giải thể"),
        ({}, {"team": None}, "Chưa chọn tổ"),
        ({"title": ""}, {}, "Chưa nhập nội dung"),
        ({"title": "x" * 501}, {}, "dài quá 500"),
        ({"participant_ids": ("ghost",)}, {}, "không còn trong danh sách"),
        ({"results": (ResultInput("nowhere", 1),)}, {}, "không còn trong danh mục"),
        (
            {"results": (ResultInput("dvc", 1), ResultInput("dvc", 2))},
            {},
            "được nhập hai lần",
        ),
        ({"results": (ResultInput("dvc", -2),)}, {}, "không được âm"),
        ({"results": (ResultInput("dvc", float("nan")),)}, {}, "phải là một số"),
        ({"people_reached": 20_000_000}, {}, "quá lớn"),
        ({}, {"platform": None}, "Nền tảng, dịch vụ đã chọn không còn"),
    ],
)
def test_errors_block_the_entry(change: dict, facts: dict, message: str) -> None:
    verdict = check_activity(replace(GOOD, **change), replace(FACTS, **facts))
    assert not verdict.ok
    assert any(message in error for error in verdict.errors), verdict.errors


def test_the_dissolution_day_itself_is_still_allowed() -> None:
    dissolved = replace(TEAM, dissolved_on=date(2026, 6, 1), dissolved=True)
    verdict = check_activity(
        replace(GOOD, activity_date=date(2026, 6, 1)), replace(FACTS, team=dissolved)
    )
    assert verdict.ok


@pytest.mark.parametrize(
    ("change", "facts", "message"),
    [
        ({"participant_ids": ("p1", "p2")}, {}, "Trần Thị Bình không phải thành viên"),
        ({"people_reached": 5_001, "households_reached": 10}, {}, "rất lớn"),
        ({"households_reached": 2_500, "people_reached": 4_000}, {}, "Số hộ được tiếp cận"),
        ({"households_reached": 41}, {}, "Số hộ (41) lớn hơn số người"),
        ({"results": (ResultInput("dvc", 6_000),)}, {}, "giá trị 6.000 rất lớn"),
        ({"results": (ResultInput("vneid", 41),)}, {}, "41 người, nhiều hơn"),
        ({"results": (ResultInput("old", 3),)}, {}, "ngừng sử dụng"),
        ({}, {"platform": PlatformFacts("Cũ", active=False)}, "đã ngừng dùng"),
    ],
)
def test_plausible_oddities_are_warnings(change: dict, facts: dict, message: str) -> None:
    verdict = check_activity(replace(GOOD, **change), replace(FACTS, **facts))
    assert verdict.ok, verdict.errors
    assert any(message in warning for warning in verdict.warnings), verdict.warnings


def test_errors_and_warnings_come_apart() -> None:
    verdict = check_activity(replace(GOOD, people_reached=-5, participant_ids=("p2",)), FACTS)
    assert len(verdict.errors) == 1 and "âm" in verdict.errors[0]
    assert len(verdict.warnings) == 1 and "không phải thành viên" in verdict.warnings[0]


def test_cleaning_normalises_texts_and_participants() -> None:
    raw = replace(
        GOOD,
        title="  Hu\u031bo\u031b\u0301ng  da\u0302\u0303n ",
        location=" Nhà\u00a0văn hóa ",
        participant_ids=("p1", "p2", "p1", ""),
    )
    cleaned = clean_activity(raw)
    assert cleaned.title == "Hướng dẫn"
    assert cleaned.location == "Nhà văn hóa"
    assert cleaned.participant_ids == ("p1", "p2")


texts = st.text(alphabet="aăâđêôơưĐÁàẢãạ xyz\u00a0\t", max_size=30)


@given(texts, texts, texts)
def test_the_search_key_is_the_folded_joined_text(title: str, location: str, notes: str) -> None:
    assert activity_search_key(title, location, notes) == fold_for_search(
        " ".join((title, location, notes))
    )
