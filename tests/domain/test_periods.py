"""Reporting periods: keys, dates, Vietnamese labels, neighbours, bad keys."""

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tcns_desktop.domain.enums import PeriodKind
from tcns_desktop.domain.periods import Period


@pytest.mark.parametrize(
    ("text", "key", "label", "start", "end"),
    [
        ("2026-07", "2026-07", "Tháng 7 năm 2026", date(2026, 7, 1), date(2026, 7, 31)),
        ("2024-2", "2024-02", "Tháng 2 năm 2024", date(2024, 2, 1), date(2024, 2, 29)),
        ("07/2026", "2026-07", "Tháng 7 năm 2026", date(2026, 7, 1), date(2026, 7, 31)),
        ("2026-Q3", "2026-Q3", "Quý III năm 2026", date(2026, 7, 1), date(2026, 9, 30)),
        (" 2026-q1 ", "2026-Q1", "Quý I năm 2026", date(2026, 1, 1), date(2026, 3, 31)),
        ("2026-Q4", "2026-Q4", "Quý IV năm 2026", date(2026, 10, 1), date(2026, 12, 31)),
        ("2026-H1", "2026-H1", "6 tháng đầu năm 2026", date(2026, 1, 1), date(2026, 6, 30)),
        ("2026-h2", "2026-H2", "6 tháng cuối năm 2026", date(2026, 7, 1), date(2026, 12, 31)),
        ("2026", "2026", "Năm 2026", date(2026, 1, 1), date(2026, 12, 31)),
    ],
)
def test_keys_dates_and_labels(text: str, key: str, label: str, start: date, end: date) -> None:
    period = Period.parse(text)
    assert (period.key, period.label, period.start, period.end) == (key, label, start, end)
    assert Period.parse(period.key) == period
    assert str(period) == key


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "hãy ghi như 2026-07"),
        ("Quý 3", "hãy ghi như 2026-07"),
        ("2026-13", "không có tháng 13"),
        ("2026-Q5", "không có quý 5"),
        ("2026-H3", "không có nửa năm thứ 3"),
        ("1999", "năm 1999 nằm ngoài khoảng"),
        ("2026-Q0", "không có quý 0"),
    ],
)
def test_bad_keys_are_refused_in_vietnamese(text: str, reason: str) -> None:
    with pytest.raises(ValueError, match="Kỳ báo cáo") as caught:
        Period.parse(text)
    assert reason in str(caught.value)


def test_a_stored_key_must_match_its_kind() -> None:
    assert Period.from_stored(PeriodKind.QUARTER, "2026-Q3") == Period(2026, PeriodKind.QUARTER, 3)
    with pytest.raises(ValueError, match="không phải kỳ quý"):
        Period.from_stored(PeriodKind.QUARTER, "2026-07")


def test_neighbours_cross_the_year() -> None:
    assert Period.parse("2026-01").previous().key == "2025-12"
    assert Period.parse("2026-Q1").previous().key == "2025-Q4"
    assert Period.parse("2026-H2").next().key == "2027-H1"
    assert Period.parse("2026").previous().key == "2025"
    assert Period.parse("2026-Q2").date_range_text == "01/04/2026 – 30/06/2026"


days = st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31))
kinds = st.sampled_from(list(PeriodKind))


@given(days, kinds)
def test_the_period_containing_a_day_holds_it_and_tiles_with_its_neighbours(
    day: date, kind: PeriodKind
) -> None:
    period = Period.containing(day, kind)
    assert period.contains(day)
    assert period.start <= day <= period.end
    assert Period.parse(period.key) == period
    if period.year > 2000:
        before = period.previous()
        assert before.end + timedelta(days=1) == period.start
        assert before.next() == period
    if period.year < 2100:
        assert period.next().start == period.end + timedelta(days=1)
    assert period.days == (period.end - period.start).days + 1
