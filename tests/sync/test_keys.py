"""Key pairs on disk, public key files, fingerprints, acknowledgement signatures."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from tcns_desktop.sync.acknowledgement import Acknowledgement, ReceivedBundle
from tcns_desktop.sync.errors import AcknowledgementError, KeyFileError
from tcns_desktop.sync.keys import (
    KeyPair,
    KeyRole,
    KeyStore,
    PublicKeyFile,
    normalise_fingerprint,
)

SITE = "01900000-0000-7000-8000-000000000001"


def test_a_key_pair_is_made_once_and_kept_private(tmp_path: Path) -> None:
    store = KeyStore(tmp_path / "keys")
    assert not store.exists()
    first = store.load_or_create()
    assert store.exists()
    assert store.load().public.fingerprint == first.public.fingerprint
    if os.name == "posix":
        assert stat.S_IMODE((tmp_path / "keys").stat().st_mode) == 0o700
        assert stat.S_IMODE(store.signing_file.stat().st_mode) == 0o600
    store.signing_file.write_text("hỏng", encoding="utf-8")
    with pytest.raises(KeyFileError, match="bị hỏng"):
        store.load()


def test_fingerprints_read_aloud_and_typed_back() -> None:
    keys = KeyPair.generate().public
    fingerprint = keys.fingerprint
    assert len(fingerprint.split("-")) == 8 and fingerprint.upper() == fingerprint
    assert normalise_fingerprint(fingerprint.replace("-", " ").lower()) == fingerprint
    with pytest.raises(KeyFileError, match="không hợp lệ"):
        normalise_fingerprint("3F2A-9C01")


def test_public_key_files_round_trip_and_detect_tampering(tmp_path: Path) -> None:
    keys = KeyPair.generate().public
    written = PublicKeyFile.of(KeyRole.COMMUNE, "07951", "Xã Tân Lập", SITE, keys).write(
        tmp_path / "xa.tcnskey"
    )
    read = PublicKeyFile.read(written)
    assert (read.role, read.code, read.name, read.fingerprint) == (
        KeyRole.COMMUNE,
        "07951",
        "Xã Tân Lập",
        keys.fingerprint,
    )
    text = written.read_text(encoding="utf-8")
    other = KeyPair.generate().public
    swapped = text.replace(keys.signing_text(), other.signing_text())
    with pytest.raises(KeyFileError, match="bị sửa hoặc hỏng"):
        PublicKeyFile.parse(swapped, "xa.tcnskey")
    with pytest.raises(KeyFileError, match="mới hơn"):
        PublicKeyFile.parse(text.replace("TCNS-PUBLIC-KEY: 1", "TCNS-PUBLIC-KEY: 2"), "x")
    with pytest.raises(KeyFileError, match="không phải tệp khóa"):
        PublicKeyFile.parse("xin chào", "x")
    with pytest.raises(KeyFileError, match="thiếu"):
        PublicKeyFile.parse(text.replace("site-id", "# site-id"), "x")
    # A file saved by Notepad (BOM, CRLF) still reads.
    windows = tmp_path / "windows.tcnskey"
    windows.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    assert PublicKeyFile.read(windows).fingerprint == keys.fingerprint
    (tmp_path / "big.tcnskey").write_bytes(b"#" * 100_000)
    with pytest.raises(KeyFileError, match="quá lớn"):
        PublicKeyFile.read(tmp_path / "big.tcnskey")


def test_acknowledgements_verify_with_the_hub_key(tmp_path: Path) -> None:
    hub = KeyPair.generate()
    ack = Acknowledgement(
        ack_id="01900000-0000-7000-8000-0000000000a1",
        created_at="2026-03-02T08:00:00.000000Z",
        hub_site_id=SITE,
        hub_name="Sở KH&CN tỉnh Phú Thọ",
        hub_fingerprint=hub.public.fingerprint,
        commune_code="07951",
        site_id=SITE,
        database_id=SITE,
        to_seq=120,
        gaps=((130, 150),),
        bundles=(
            ReceivedBundle("01900000-0000-7000-8000-0000000000b1", 1, "a" * 64, ack_created()),
        ),
    )
    path = ack.write(tmp_path, hub)
    assert Acknowledgement.read(path, lambda _f: hub.public) == ack
    with pytest.raises(AcknowledgementError, match="không hợp lệ"):
        Acknowledgement.read(path, lambda _f: KeyPair.generate().public)

    def unknown(_fingerprint: str) -> object:
        raise AcknowledgementError("chưa nhập khóa")

    with pytest.raises(AcknowledgementError, match="chưa nhập khóa"):
        Acknowledgement.read(path, unknown)  # type: ignore[arg-type]


def ack_created() -> str:
    return "2026-03-02T07:00:00.000000Z"
