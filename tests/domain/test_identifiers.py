import re
import uuid
from datetime import UTC, datetime, timedelta, timezone

from hypothesis import given
from hypothesis import strategies as st

from tcns_desktop.domain.identifiers import (
    format_timestamp,
    now_text,
    parse_timestamp,
    uuid7,
)


def test_uuid7_has_version_7_and_rfc_variant() -> None:
    value = uuid.UUID(uuid7())
    assert value.version == 7
    assert value.variant == uuid.RFC_4122


def test_uuid7_embeds_the_current_millisecond() -> None:
    before = int(datetime.now(UTC).timestamp() * 1000)
    value = uuid.UUID(uuid7())
    after = int(datetime.now(UTC).timestamp() * 1000)
    assert before <= value.int >> 80 <= after + 1


def test_uuid7_text_sorts_in_creation_order_and_is_unique() -> None:
    ids = [uuid7() for _ in range(20_000)]
    assert ids == sorted(ids)
    assert len(set(ids)) == len(ids)


def test_timestamps_have_one_fixed_width_format() -> None:
    text = now_text()
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z", text)
    moment = datetime(2026, 1, 5, 7, 0, 0, tzinfo=timezone(timedelta(hours=7)))
    assert format_timestamp(moment) == "2026-01-05T00:00:00.000000Z"


@given(st.datetimes(min_value=datetime(1970, 1, 2), max_value=datetime(9000, 1, 1)))
def test_timestamp_text_order_is_time_order(moment: datetime) -> None:
    aware = moment.replace(tzinfo=UTC)
    later = aware + timedelta(microseconds=1)
    assert format_timestamp(aware) < format_timestamp(later)
    assert parse_timestamp(format_timestamp(aware)) == aware
