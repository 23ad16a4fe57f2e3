"""Record identifiers (time-ordered UUIDv7) and the one canonical timestamp format."""

from __future__ import annotations

import os
import threading
import time
import uuid
from collections.abc import Iterator
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


# ``uuid7`` takes a lock and reads os.urandom for every id (~3 µs); a load of
# millions of rows makes its ids in blocks instead (~0.5 µs each). Same layout (RFC 9562,
# counter in rand_a): 4,096 ids per millisecond, so a block runs ahead of the clock by a
# few hundred milliseconds at most, and ids stay increasing from one block to the next.
_ID_COUNTERS = tuple(f"-7{counter:03x}-" for counter in range(4096))
_ID_VARIANTS = {digit: "89ab"[int(digit, 16) & 3] for digit in "0123456789abcdef"}
_id_lock = threading.Lock()
_id_next_ms = 0


def uuid7_block(count: int) -> list[str]:
    """``count`` fresh, increasing UUIDv7 texts."""
    global _id_next_ms
    milliseconds = -(-count // 4096)
    with _id_lock:
        start_ms = max(time.time_ns() // 1_000_000, _id_next_ms)
        _id_next_ms = start_ms + milliseconds
    random_hex = os.urandom(8 * count).hex()
    ids: list[str] = []
    for block in range(milliseconds):
        stamp = f"{start_ms + block:012x}"
        head = f"{stamp[:8]}-{stamp[8:]}"
        base = block * 4096
        size = min(4096, count - base)
        ids.extend(
            [
                f"{head}{_ID_COUNTERS[n]}{_ID_VARIANTS[random_hex[16 * (base + n)]]}"
                f"{random_hex[16 * (base + n) + 1 : 16 * (base + n) + 4]}-"
                f"{random_hex[16 * (base + n) + 4 : 16 * (base + n) + 16]}"
                for n in range(size)
            ]
        )
    return ids


def uuid7_stream(block_size: int = 65_536) -> Iterator[str]:
    """Endless fresh ids, made in blocks (for rows whose count is known only as they come)."""
    while True:
        yield from uuid7_block(block_size)


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
