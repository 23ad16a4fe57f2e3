"""Fuzzing the readers: whatever the bytes, only the typed errors come out."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tcns_desktop.sync.acknowledgement import Acknowledgement
from tcns_desktop.sync.container import ReadLimits
from tcns_desktop.sync.errors import BundleError, KeyFileError
from tcns_desktop.sync.keys import KeyPair, KeyRole, PublicKeyFile
from tcns_desktop.sync.manifest import MANIFEST_NAME, SIGNATURE_NAME
from tcns_desktop.sync.reader import open_bundle, scan
from tests.sync.bundles import (
    SCHEMA,
    SITE,
    commune_row,
    members,
    note_row,
    resign,
    rows_member,
    trusting,
    write_bundle,
    zipped,
)

KEYS = KeyPair.generate()
FOLDER = Path(tempfile.mkdtemp(prefix="tcns-fuzz-"))
VALID = write_bundle(
    FOLDER / "valid.tcns",
    KEYS,
    {
        "commune": [commune_row()],
        "note": [note_row(n, n + 2) for n in range(4)],
    },
)
VALID_BYTES = VALID.read_bytes()
VALID_MEMBERS = members(VALID)
# Small limits: a mutated size field must not make a test run for long.
LIMITS = ReadLimits(max_total_bytes=1 << 22, max_manifest_bytes=1 << 16, max_line_bytes=1 << 16)
FUZZ = settings(
    max_examples=120,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)


def read(data: bytes, name: str = "fuzz.tcns") -> None:
    """Open and scan ``data`` as a bundle; BundleError is the only acceptable failure."""
    path = FOLDER / name
    path.write_bytes(data)
    try:
        with open_bundle(
            path, schema=SCHEMA, keys=trusting(KEYS.public), private=KEYS, limits=LIMITS
        ) as bundle:
            scan(bundle)
    except BundleError as error:
        assert error.message and error.exit_code == 2


@FUZZ
@given(st.binary(max_size=4096))
def test_random_bytes(data: bytes) -> None:
    read(data)


@FUZZ
@given(st.binary(max_size=2048))
def test_random_bytes_after_a_zip_signature(data: bytes) -> None:
    read(b"PK\x03\x04" + data)


@FUZZ
@given(
    st.lists(
        st.tuples(st.integers(0, len(VALID_BYTES) - 1), st.integers(0, 255)),
        min_size=1,
        max_size=8,
    )
)
def test_bytes_of_a_valid_bundle_changed(changes: list[tuple[int, int]]) -> None:
    data = bytearray(VALID_BYTES)
    for position, value in changes:
        data[position] = value
    read(bytes(data))


@FUZZ
@given(st.integers(0, len(VALID_BYTES)))
def test_a_valid_bundle_cut_short(length: int) -> None:
    read(VALID_BYTES[:length])


@FUZZ
@given(
    st.sampled_from(sorted(VALID_MEMBERS)),
    st.integers(0, 10_000),
    st.binary(min_size=1, max_size=64),
)
def test_a_member_rewritten_inside_a_sound_zip(name: str, position: int, junk: bytes) -> None:
    contents = dict(VALID_MEMBERS)
    data = contents[name]
    at = position % (len(data) + 1)
    contents[name] = data[:at] + junk + data[at + len(junk) :]
    read(zipped(contents))


@settings(max_examples=60, deadline=None, derandomize=True)
@given(
    st.sampled_from(["commune", "note"]),
    st.integers(0, 10_000),
    st.binary(min_size=1, max_size=32) | st.text(min_size=1, max_size=16).map(str.encode),
)
def test_row_files_rewritten_and_signed_again(table: str, position: int, junk: bytes) -> None:
    """Garbage that passes the signature (the commune's own key signed it) reaches the
    row parser and the row checks."""

    def mutate(contents: dict[str, bytes]) -> None:
        data = contents[rows_member(table)]
        at = position % (len(data) + 1)
        contents[rows_member(table)] = data[:at] + junk + data[at:]

    target = FOLDER / "resigned-source.tcns"
    target.write_bytes(VALID_BYTES)
    resign(target, FOLDER / "resigned.tcns", KEYS, files=mutate)
    read((FOLDER / "resigned.tcns").read_bytes(), "resigned-read.tcns")


@FUZZ
@given(st.dictionaries(st.sampled_from([MANIFEST_NAME, SIGNATURE_NAME]), st.binary(max_size=512)))
def test_manifest_and_signature_replaced(replacement: dict[str, bytes]) -> None:
    read(zipped({**VALID_MEMBERS, **replacement}))


@FUZZ
@given(st.text(max_size=600))
def test_public_key_files(text: str) -> None:
    valid = PublicKeyFile.of(KeyRole.HUB, "25", "Sở", SITE, KEYS.public).render()
    for candidate in (text, valid[: len(text)] + text, valid.replace("signing-key", text[:20])):
        try:
            PublicKeyFile.parse(candidate, "fuzz.tcnskey")
        except KeyFileError as error:
            assert error.message


@FUZZ
@given(st.binary(max_size=1024))
def test_acknowledgement_files(data: bytes) -> None:
    path = FOLDER / "fuzz.tcnsack"
    path.write_bytes(data)
    try:
        Acknowledgement.read(path, lambda _f: KEYS.public)
    except BundleError as error:
        assert error.message
