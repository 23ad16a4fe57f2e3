"""Figures as reports print them, and the stable JSON form of a statistics record."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tcns_desktop.domain.enums import ScopeKind
from tcns_desktop.domain.number_format import format_number, format_percent, parse_number
from tcns_desktop.domain.periods import Period
from tcns_desktop.domain.statistics_records import (
    ActivityTotals,
    IdleUnit,
    Scope,
    StatisticsRecord,
    figure_text,
    statistics_as_dict,
)


def test_vietnamese_numbers() -> None:
    assert format_number(1234567) == "1.234.567"
    assert format_number(2.5) == "2,5"
    assert format_number(1234.567) == "1.234,57"
    assert format_number(3.0) == "3"
    assert format_percent(0.8534) == "85,3 %"


def test_a_blank_figure_is_not_zero() -> None:
    assert figure_text(None, "hồ sơ") == "không có số liệu"
    assert figure_text(0, "hồ sơ") == "0 hồ sơ"
    assert figure_text(1500, "người") == "1.500 người"


def test_the_json_form_has_stable_keys_and_plain_values() -> None:
    record = StatisticsRecord(
        period=Period.parse("2026-Q3"),
        scope=Scope(),
        scope_name="Xã Tân Lập",
        commune_id="c1",
        commune_name="Xã Tân Lập",
        hub=False,
        as_of=date(2026, 9, 30),
        idle_days=30,
        active_teams=2,
        active_members=9,
        totals=ActivityTotals(3, None, 12, 0, 2),
        by_pillar=(),
        by_skill=(),
        by_kind=(),
        indicators=(),
        targets=(),
        villages=(),
        teams=(),
        communes=(),
        idle_villages=(IdleUnit(ScopeKind.VILLAGE, "v1", "Thôn Tây", "Xã Tân Lập", None, None),),
        idle_teams=(),
        never_trained=1,
        never_trained_ids=("p1",),
        trained_in_period=0,
    )
    data = statistics_as_dict(record)
    assert list(data) == [
        "period",
        "scope",
        "commune_id",
        "commune_name",
        "hub",
        "as_of",
        "idle_days",
        "active_teams",
        "active_members",
        "activities",
        "by_pillar",
        "by_skill",
        "by_kind",
        "indicators",
        "targets",
        "villages",
        "teams",
        "communes",
        "idle_villages",
        "idle_teams",
        "never_trained",
        "never_trained_ids",
        "trained_in_period",
    ]
    assert data["period"] == {
        "key": "2026-Q3",
        "kind": "quarter",
        "label": "Quý III năm 2026",
        "start": "2026-07-01",
        "end": "2026-09-30",
    }
    assert data["activities"]["people_reached"] is None
    assert data["idle_villages"][0]["kind"] == "village"
    assert data["idle_villages"][0]["last_activity_on"] is None


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("1.200", 1200.0),
        ("1 200", 1200.0),
        ("2,5", 2.5),
        ("2.5", 2.5),
        ("1.234,5", 1234.5),
        ("-3", -3.0),
        ("", None),
        ("abc", None),
        ("1.2.3", None),
    ],
)
def test_parse_number_reads_what_clerks_type(typed: str, value: float | None) -> None:
    assert parse_number(typed) == value


@given(
    st.integers(min_value=-(10**9), max_value=10**9) | st.floats(0, 1e6).map(lambda v: round(v, 2))
)
def test_parse_number_reads_back_format_number(value: float) -> None:
    assert parse_number(format_number(value)) == pytest.approx(value)
