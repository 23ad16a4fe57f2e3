"""Bundle format v1 without a database: writing, reading, signatures, sealing, old versions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tcns_desktop.sync.container import ReadLimits
from tcns_desktop.sync.envelope import ENVELOPE_NAME, PAYLOAD_NAME, seal
from tcns_desktop.sync.errors import (
    BundleError,
    MalformedBundleError,
    NewerVersionError,
    SignatureError,
    UnsafeBundleError,
    WrongRecipientError,
)
from tcns_desktop.sync.keys import KeyPair, KeyRole, PublicKeyFile
from tcns_desktop.sync.manifest import MANIFEST_NAME, BundleKind, Manifest
from tcns_desktop.sync.reader import file_sha256, open_bundle, scan
from tests.sync.bundles import (
    NOTE_TABLE,
    SCHEMA,
    SITE,
    commune_row,
    members,
    note_row,
    notes,
    resign,
    rows_member,
    trusting,
    write_bundle,
    write_members,
)

KEYS = KeyPair.generate()


def read_all(path: Path, **options: object) -> dict[str, list[list[object]]]:
    rows: dict[str, list[list[object]]] = {}
    with open_bundle(path, schema=SCHEMA, keys=trusting(KEYS.public), **options) as bundle:  # type: ignore[arg-type]
        for table in bundle.tables():
            for batch in bundle.batches(table):
                assert batch.problems == []
                rows.setdefault(table, []).extend(batch.rows)
    return rows


def test_rows_come_back_exactly_as_written(tmp_path: Path) -> None:
    path = write_bundle(tmp_path / "b.tcns", KEYS, {"commune": [commune_row()], "note": notes(7)})
    assert read_all(path) == {"commune": [commune_row()], "note": notes(7)}
    with open_bundle(path, schema=SCHEMA, keys=trusting(KEYS.public)) as bundle:
        manifest = bundle.manifest
        assert bundle.sha256 == file_sha256(path)
        assert manifest.kind is BundleKind.FULL and manifest.total_rows == 8
        entry = manifest.file_for("note")
        assert entry is not None and entry.rows == 7 and entry.tombstones == 0


def test_the_manifest_is_canonical_and_strict(tmp_path: Path) -> None:
    path = write_bundle(tmp_path / "b.tcns", KEYS)
    data = members(path)[MANIFEST_NAME]
    manifest = Manifest.from_bytes(data, "b.tcns")
    assert manifest.to_bytes() == data
    document = json.loads(data)
    for field, value, message in (
        ("sequence", 0, "sequence"),
        ("kind", "partial", "kind"),
        ("created_at", "2026-03-01 08:00", "created_at"),
        ("bundle_id", "../../etc", "bundle_id"),
        ("files", "none", "files"),
    ):
        broken = {**document, field: value}
        with pytest.raises(MalformedBundleError, match=message):
            Manifest.from_bytes(json.dumps(broken).encode(), "b.tcns")
    with pytest.raises(NewerVersionError, match="mới hơn"):
        Manifest.from_bytes(json.dumps({**document, "format_version": 2}).encode(), "b.tcns")


def test_a_changed_manifest_breaks_the_signature(tmp_path: Path) -> None:
    path = write_bundle(tmp_path / "b.tcns", KEYS)
    contents = members(path)
    document = json.loads(contents[MANIFEST_NAME])
    document["sequence"] = 9
    contents[MANIFEST_NAME] = json.dumps(document).encode()
    with pytest.raises(SignatureError, match="không khớp"):
        read_all(write_members(tmp_path / "changed.tcns", contents))
    other = KeyPair.generate()
    with pytest.raises(SignatureError):
        open_bundle(path, schema=SCHEMA, keys=trusting(other.public))


def test_row_problems_name_the_line_and_the_rule(tmp_path: Path) -> None:
    bad = [
        note_row(1, 3, kind="zzz"),
        note_row(2, 4, count="mười"),
        note_row(3, 5, day="2026-02-30"),
        note_row(4, 6, text=None),
        note_row(5, 7, commune_id="01900000-0000-7000-8000-00000000ffff"),
        note_row(6, 700),
        note_row(7, 8, ratio=float("inf")),
        note_row(7, 9),
    ]
    path = write_bundle(tmp_path / "b.tcns", KEYS, {"commune": [commune_row()], "note": bad[:5]})
    with open_bundle(path, schema=SCHEMA, keys=trusting(KEYS.public)) as bundle:
        problems = [str(p) for p in scan(bundle).problems]
    assert any("dòng 2" in p and "không thuộc danh sách" in p for p in problems)
    assert any("dòng 3" in p and "số nguyên" in p for p in problems)
    assert any("dòng 4" in p and "ngày" in p for p in problems)
    assert any("dòng 5" in p and "không được để trống" in p for p in problems)
    path = write_bundle(
        tmp_path / "c.tcns", KEYS, {"commune": [commune_row()], "note": [bad[4], bad[5], bad[7]]}
    )
    with open_bundle(path, schema=SCHEMA, keys=trusting(KEYS.public)) as bundle:
        problems = [str(p) for p in scan(bundle).problems]
    assert any("xã khác" in p for p in problems)
    assert any("ngoài phạm vi" in p for p in problems)
    with pytest.raises(ValueError):  # the writer itself refuses non-finite numbers
        write_bundle(tmp_path / "d.tcns", KEYS, {"note": [bad[6]]})


def test_a_full_bundle_must_hold_what_its_rows_point_at(tmp_path: Path) -> None:
    rows = [note_row(1, 3, parent_id=note_row(2, 4)[NOTE_TABLE.index("id")]), note_row(2, 4)]
    path = write_bundle(tmp_path / "ok.tcns", KEYS, {"commune": [commune_row()], "note": rows})
    with open_bundle(path, schema=SCHEMA, keys=trusting(KEYS.public)) as bundle:
        assert scan(bundle).problems == ()  # a reference forward within the table is fine
    dangling = [note_row(1, 3, parent_id="01900000-0000-7000-8000-0000000fffff")]
    path = write_bundle(tmp_path / "bad.tcns", KEYS, {"commune": [commune_row()], "note": dangling})
    with open_bundle(path, schema=SCHEMA, keys=trusting(KEYS.public)) as bundle:
        assert any("không có trong gói" in p for p in scan(bundle).problems)


def test_an_older_schema_is_upgraded_through_the_hook(tmp_path: Path) -> None:
    path = write_bundle(tmp_path / "new.tcns", KEYS)

    def to_0001(contents: dict[str, bytes]) -> None:
        # As revision 0001 wrote notes: "title" and "body" instead of "text", no "label".
        lines = contents[rows_member("note")].decode().splitlines()
        header = json.loads(lines[0])
        columns = header["columns"]
        old_columns = [c for c in columns if c not in ("text", "label")] + ["title", "body"]
        out = [json.dumps({"table": "note", "columns": old_columns})]
        for line in lines[1:]:
            row = dict(zip(columns, json.loads(line), strict=True))
            row["title"], row["body"] = "Tiêu đề", row["text"]
            out.append(json.dumps([row[c] for c in old_columns], ensure_ascii=False))
        contents[rows_member("note")] = ("\n".join(out) + "\n").encode()

    def version(document: dict[str, object]) -> None:
        document["schema_version"] = "0001"

    old = resign(path, tmp_path / "old.tcns", KEYS, files=to_0001, manifest=version)
    rows = read_all(old)["note"]
    text_at, label_at = NOTE_TABLE.index("text"), NOTE_TABLE.index("label")
    assert rows[0][text_at] == "Tiêu đề: Ghi chú số 0 — tiếng Việt có dấu"
    assert rows[0][label_at] == "mặc định"  # the column's default
    newer = resign(
        path, tmp_path / "newer.tcns", KEYS, manifest=lambda d: d.update(schema_version="0009")
    )
    with pytest.raises(NewerVersionError, match="0009"):
        read_all(newer)


def test_sealed_bundles_open_only_for_their_recipient(tmp_path: Path) -> None:
    plain = write_bundle(tmp_path / "plain.tcns", KEYS)
    hub = KeyPair.generate()
    recipient = PublicKeyFile.of(KeyRole.HUB, "25", "Sở KH&CN", SITE, hub.public)
    sender = {
        "commune_code": "07951",
        "commune_name": "Xã Tân Lập",
        "site_id": SITE,
        "key_fingerprint": KEYS.public.fingerprint,
    }
    sealed = tmp_path / "sealed.tcns"
    with sealed.open("wb") as out:
        seal(plain, out, recipient, sender, "2026-03-01T08:00:00.000000Z")
    assert set(members(sealed)) == {ENVELOPE_NAME, PAYLOAD_NAME}
    assert read_all(sealed, private=hub, scratch=tmp_path) == read_all(plain)
    assert list(tmp_path.glob("tcns-bundle-*")) == []  # the decrypted copy is gone
    with pytest.raises(WrongRecipientError, match="đơn vị khác"):
        read_all(sealed, private=KeyPair.generate())
    with pytest.raises(WrongRecipientError):
        read_all(sealed)
    contents = members(sealed)
    payload = bytearray(contents[PAYLOAD_NAME])
    payload[len(payload) // 2] ^= 1
    contents[PAYLOAD_NAME] = bytes(payload)
    tampered = write_members(tmp_path / "tampered.tcns", contents, stored=True)
    with pytest.raises(BundleError, match="giải mã"):
        read_all(tampered, private=hub)
    header = json.loads(contents[ENVELOPE_NAME])
    header["sender"]["commune_name"] = "Xã Khác"
    contents[ENVELOPE_NAME] = json.dumps(header).encode()
    contents[PAYLOAD_NAME] = members(sealed)[PAYLOAD_NAME]
    relabelled = write_members(tmp_path / "relabelled.tcns", contents, stored=True)
    with pytest.raises(BundleError, match="giải mã"):
        read_all(relabelled, private=hub)


def test_limits_stop_a_bomb_before_it_is_read(tmp_path: Path) -> None:
    rows = {"commune": [commune_row()], "note": [note_row(1, 3, text="a" * 3_000_000)]}
    path = write_bundle(tmp_path / "b.tcns", KEYS, rows)
    with pytest.raises(UnsafeBundleError, match="tỉ lệ nén"):
        read_all(path)
    limits = ReadLimits(max_ratio=100_000, max_line_bytes=1 << 20)
    with pytest.raises(MalformedBundleError, match="dòng dài quá"):
        read_all(path, limits=limits)
    with pytest.raises(UnsafeBundleError, match="giải nén ra hơn"):
        read_all(path, limits=ReadLimits(max_ratio=100_000, max_total_bytes=1 << 20))
