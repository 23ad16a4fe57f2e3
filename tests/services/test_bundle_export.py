"""The commune's side: keys, incremental and full bundles, sealing, acks, forked files."""

from __future__ import annotations

import json
import os
import random
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from tcns_desktop.errors import NotFoundError, ValidationError
from tcns_desktop.services import maintenance
from tcns_desktop.services.bundle_export import EPOCH_BITS, FORK_ACCEPTED
from tcns_desktop.sync.acknowledgement import Acknowledgement
from tcns_desktop.sync.errors import AcknowledgementError, ForkedHistoryError, KeyFileError
from tcns_desktop.sync.keys import KeyPair, KeyStore, PublicKeyFile
from tcns_desktop.sync.reader import open_bundle
from tests.sync_fixtures import (
    Pair,
    bundles_of,
    edit_commune,
    hub_of,
    make_commune,
    make_pair,
    open_workspace,
)


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[Pair]:
    made = make_pair(tmp_path)
    yield made
    made.commune.close()
    made.hub.close()


def test_the_first_bundle_holds_everything_and_is_signed(pair: Pair, tmp_path: Path) -> None:
    report = pair.bundles.export(tmp_path / "out")
    assert report.kind == "incremental" and report.sequence == 1
    assert report.from_seq == 0 and report.to_seq == pair.commune.site().last_seq
    assert report.rows["person"] == 5 and report.rows["commune"] == 1
    assert Path(report.path).name.startswith("TCNS_07951_") and report.path.endswith(".tcns")
    # Written through a temporary name: nothing else is left in the folder.
    assert [p.name for p in (tmp_path / "out").iterdir()] == [Path(report.path).name]
    check = pair.bundles.verify(Path(report.path))
    assert check.ok and check.readable and check.rows["activity"] == 6
    assert check.sha256 == report.sha256


def test_bundles_chain_and_number_themselves(pair: Pair, tmp_path: Path) -> None:
    first = pair.bundles.export(tmp_path / "a")
    second = pair.bundles.export(tmp_path / "b", full=True)
    assert (first.sequence, second.sequence) == (1, 2) and second.kind == "full"
    keys = KeyStore(pair.commune.paths.data_dir / "keys").load()
    with open_bundle(
        Path(second.path), schema=pair.bundles._schema, keys=lambda _m: keys.public
    ) as bundle:
        manifest = bundle.manifest
        assert manifest.previous is not None
        assert manifest.previous.bundle_id == first.bundle_id
        assert manifest.previous.sha256 == first.sha256
        assert [e.reason for e in manifest.source.lineage] == ["created"]
    assert [r.sequence for r in pair.bundles.history()] == [2, 1]


def test_keys_are_private_files_with_a_printable_fingerprint(pair: Pair, tmp_path: Path) -> None:
    key = pair.bundles.own_key()
    assert key == pair.bundles.own_key()
    assert len(key.fingerprint) == 39 and key.fingerprint.count("-") == 7
    folder = pair.commune.paths.data_dir / "keys"
    if os.name == "posix":
        for private in folder.glob("*.pem"):
            assert stat.S_IMODE(private.stat().st_mode) == 0o600
    public = PublicKeyFile.read(pair.bundles.export_public_key(tmp_path))
    assert public.fingerprint == key.fingerprint and public.code == "07951"
    assert "Xã Tân Lập" in public.render()


def test_only_an_upper_level_key_is_imported_as_such(pair: Pair, tmp_path: Path) -> None:
    own = pair.bundles.export_public_key(tmp_path / "own.tcnskey")
    with pytest.raises(KeyFileError, match="không phải khóa của cơ quan cấp trên"):
        pair.bundles.import_upper_key(own)
    with pytest.raises(KeyFileError, match="Chỉ mã hóa gói cho cơ quan cấp trên"):
        pair.bundles.export(tmp_path / "out", encrypt_to=PublicKeyFile.read(own))


def test_a_sealed_bundle_leaves_no_plaintext_behind(pair: Pair, tmp_path: Path) -> None:
    upper = pair.bundles.upper_key_file()
    report = pair.bundles.export(tmp_path / "out", encrypt_to=upper)
    files = list((tmp_path / "out").iterdir())
    assert files == [Path(report.path)]
    assert b"rows/person.jsonl" not in files[0].read_bytes()
    check = pair.bundles.verify(files[0])
    assert check.sealed and not check.readable and check.ok
    assert upper.fingerprint in (check.recipient or "")


def test_acknowledgements_are_checked_before_they_count(pair: Pair, tmp_path: Path) -> None:
    exported = pair.bundles.export(tmp_path / "out")
    pair.hub_service.import_bundles([Path(exported.path)])
    good = pair.hub_service.write_acknowledgements(tmp_path / "acks")[0]
    # Tampered: the signature no longer matches.
    document = json.loads(good.read_text(encoding="utf-8"))
    document["payload"] = document["payload"][:-8] + "AAAAAAA="
    tampered = tmp_path / "tampered.tcnsack"
    tampered.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(AcknowledgementError):
        pair.bundles.import_acknowledgement(tampered)
    # Signed by an office the commune never trusted.
    stranger = KeyPair.generate()
    ack = Acknowledgement.read(good, lambda _f: pair.hub_service._keys.load().public)
    forged = Acknowledgement(
        **{**ack.__dict__, "hub_fingerprint": stranger.public.fingerprint}
    ).write(tmp_path / "forged", stranger)
    with pytest.raises(AcknowledgementError, match="chưa được nhập"):
        pair.bundles.import_acknowledgement(forged)
    # For another commune.
    elsewhere = Acknowledgement(**{**ack.__dict__, "commune_code": "99999"}).write(
        tmp_path / "other", pair.hub_service._keys.load()
    )
    with pytest.raises(AcknowledgementError, match="xã khác"):
        pair.bundles.import_acknowledgement(elsewhere)
    # Naming more than this file ever had: the file is an older copy.
    ahead = Acknowledgement(**{**ack.__dict__, "to_seq": ack.to_seq + 1000}).write(
        tmp_path / "ahead", pair.hub_service._keys.load()
    )
    with pytest.raises(ForkedHistoryError, match="bản khôi phục"):
        pair.bundles.import_acknowledgement(ahead)
    with pytest.raises(AcknowledgementError, match="không phải tệp xác nhận"):
        pair.bundles.import_acknowledgement(Path(exported.path))
    assert pair.bundles.status().acked_to == 0
    assert pair.bundles.import_acknowledgement(good).to_seq == exported.to_seq
    assert pair.bundles.status().acked_to == exported.to_seq


def test_a_restored_file_is_refused_until_confirmed(pair: Pair, tmp_path: Path) -> None:
    backup = pair.commune.backup("manual")
    pair.bundles.export(tmp_path / "a")
    paths = pair.commune.paths
    pair.commune.close()
    maintenance.restore_backup(paths, backup)
    restored = open_workspace(paths.data_dir)
    pair.commune = restored
    service = bundles_of(restored)
    fork = service.fork_state()
    assert fork is not None and fork.reason.startswith("restored-from:")
    with pytest.raises(ForkedHistoryError, match="bản khôi phục") as refused:
        service.export(tmp_path / "b")
    assert refused.value.exit_code == 1
    before = restored.site().last_seq
    report = service.export(tmp_path / "b", accept_fork=True)
    assert report.fork_accepted and report.kind == "full"
    site = restored.site()
    assert site.last_seq == before + (1 << EPOCH_BITS)
    connection = sqlite3.connect(paths.database_file)
    lowest = connection.execute("SELECT MIN(rev_seq) FROM person").fetchone()[0]
    reasons = [r[0] for r in connection.execute("SELECT reason FROM database_lineage")]
    connection.close()
    assert lowest > 1 << EPOCH_BITS and reasons[-1] == FORK_ACCEPTED
    # Confirmed once: later bundles are ordinary incremental ones.
    edit_commune(restored, random.Random(2))
    assert service.export(tmp_path / "c").kind == "incremental"


def test_export_needs_a_commune(tmp_path: Path) -> None:
    empty = open_workspace(tmp_path / "empty")
    try:
        with pytest.raises(NotFoundError, match="Chưa thiết lập thông tin xã"):
            bundles_of(empty).export(tmp_path / "out")
    finally:
        empty.close()
    commune = make_commune(tmp_path / "c")
    try:
        with pytest.raises(ValidationError):
            hub_of(commune).import_bundles([tmp_path])
    finally:
        commune.close()


def test_the_slip_and_the_email_draft_go_with_the_bundle(tmp_path: Path) -> None:
    from email import message_from_bytes
    from email.policy import default

    import pypdf

    commune = make_commune(tmp_path / "xa")
    try:
        service = bundles_of(commune)
        stick = tmp_path / "usb"
        stick.mkdir()
        report = service.export(stick)
        slip = service.write_transmittal(report)
        assert slip.parent == stick and slip.suffix == ".pdf"
        text = " ".join(p.extract_text() for p in pypdf.PdfReader(slip).pages)
        flat = "".join(text.split())
        assert report.sha256[:4] in flat and Path(report.path).name in flat
        draft = service.write_email_draft(report, [Path(report.path), slip], to="so@tinh.gov.vn")
        message = message_from_bytes(draft.read_bytes(), policy=default)
        names = {part.get_filename() for part in message.iter_attachments()}
        assert names == {Path(report.path).name, slip.name}
        assert f"gói số {report.sequence}" in message["Subject"]
    finally:
        commune.close()
