"""Record identifiers (time-ordered UUIDv7) and the one canonical timestamp format."""

from __future__ import annotations

import os
import threading
import time
import uuid
from datetime import UTC, datetime

# One text format for every stored timestamp: fixed width, UTC, microseconds always present,
# so text comparison equals time comparison (see platform notes: mixed formats break guards).
TIMESTAMP_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"

_lock = threading.Lock()
_last_ms = 0
_counter = 0


def uuid7() -> str:
    """A UUIDv7 (RFC 9562) as text: 48-bit Unix milliseconds, then randomness.

    Within one millisecond a 12-bit counter in ``rand_a`` keeps ids of this process increasing,
    so bulk inserts append to the primary-key index instead of splitting pages at random.
    """
    global _last_ms, _counter
    with _lock:
        now_ms = time.time_ns() // 1_000_000
        if now_ms <= _last_ms:
            _counter += 1
            if _counter > 0xFFF:
                _last_ms += 1
                _counter = 0
            now_ms = _last_ms
        else:
            _last_ms = now_ms
            _counter = int.from_bytes(os.urandom(2), "big") & 0x3FF
        counter = _counter
    tail = int.from_bytes(os.urandom(8), "big") & 0x3FFF_FFFF_FFFF_FFFF
    value = (now_ms & 0xFFFF_FFFF_FFFF) << 80
    value |= 0x7 << 76
    value |= counter << 64
    value |= 0b10 << 62
    value |= tail
    return str(uuid.UUID(int=value))


def utc_now() -> datetime:
    return datetime.now(UTC)


def format_timestamp(moment: datetime) -> str:
    """Canonical text of an aware datetime (naive values are taken as UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime(TIMESTAMP_FORMAT)


def parse_timestamp(text: str) -> datetime:
    return datetime.strptime(text, TIMESTAMP_FORMAT).replace(tzinfo=UTC)


def now_text() -> str:
    return format_timestamp(utc_now())
