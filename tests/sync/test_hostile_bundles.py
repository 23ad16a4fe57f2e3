"""A corpus of hostile and broken bundles: each is refused with its own Vietnamese message,
and the upper level's database is left exactly as it was."""

from __future__ import annotations

import json
import sqlite3
import struct
import warnings
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tcns_desktop.domain.activity_rules import activity_search_key
from tcns_desktop.domain.sync_records import IMPORTED, REJECTED
from tcns_desktop.domain.vietnamese_text import fold_for_search
from tcns_desktop.services.bundle_export import bundle_schema
from tcns_desktop.sync.keys import KeyPair, KeyStore, PublicKeyFile
from tcns_desktop.sync.manifest import MANIFEST_NAME, SIGNATURE_NAME
from tests.sync.bundles import edit_lines, header_of, members, resign, rows_member, write_members
from tests.sync_fixtures import (
    Pair,
    bundles_of,
    hub_of,
    make_commune,
    make_pair,
    open_workspace,
    table_digest,
)

SCHEMA = bundle_schema()
ACTIVITY = SCHEMA.spec("activity")
PERSON = SCHEMA.spec("person")
assert ACTIVITY is not None and PERSON is not None


@dataclass
class Corpus:
    pair: Pair
    valid: Path
    keys: KeyPair  # the commune's own signing keys, to re-sign doctored bundles
    revoked: Path  # a bundle signed by a key the hub revoked
    other_hub_sealed: Path  # a bundle sealed to another upper level
    folder: Path


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Corpus]:
    root = tmp_path_factory.mktemp("hostile")
    pair = make_pair(root)
    valid = Path(pair.bundles.export(root / "valid").path)
    keys = KeyStore(pair.commune.paths.data_dir / "keys").load()
    # A second commune whose key the hub registered, then revoked.
    second = make_commune(root / "second", code="07954", name="Xã Hợp Nhất")
    revoked = Path(bundles_of(second).export(root / "revoked").path)
    pair.hub_service.register_commune(bundles_of(second).export_public_key(root / "k2"))
    pair.hub_service.revoke_key(bundles_of(second).own_key().fingerprint, "mất máy")
    second.close()
    # Another upper level's key, to seal a bundle it cannot open here.
    elsewhere = open_workspace(root / "elsewhere")
    hub_of(elsewhere).set_up("Sở ở tỉnh khác")
    other_key = PublicKeyFile.read(hub_of(elsewhere).export_public_key(root / "k3"))
    elsewhere.close()
    sealed = Path(pair.bundles.export(root / "sealed", encrypt_to=other_key).path)
    yield Corpus(pair, valid, keys, revoked, sealed, root / "cases")
    pair.commune.close()
    pair.hub.close()


def _central_entry(data: bytes, name: str) -> int:
    """Offset of ``name``'s record in the zip's central directory."""
    encoded = name.encode()
    position = data.find(b"PK\x01\x02")
    while position != -1:
        length = struct.unpack_from("<H", data, position + 28)[0]
        if data[position + 46 : position + 46 + length] == encoded:
            return position
        position = data.find(b"PK\x01\x02", position + 4)
    raise AssertionError(f"{name} not in the central directory")


def declared_size(source: Path, target: Path, name: str, size: int) -> Path:
    data = bytearray(source.read_bytes())
    struct.pack_into("<I", data, _central_entry(bytes(data), name) + 24, size)
    target.write_bytes(bytes(data))
    return target


def flipped_member_byte(source: Path, target: Path, name: str) -> Path:
    data = bytearray(source.read_bytes())
    with zipfile.ZipFile(source) as archive:
        info = archive.getinfo(name)
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    for offset in range(start + info.compress_size // 3, start + info.compress_size // 3 + 8):
        data[offset] ^= 0x5A
    target.write_bytes(bytes(data))
    return target


def row_edit(
    table: str, edit: Callable[[list[Any]], list[Any] | None]
) -> Callable[[dict[str, bytes]], None]:
    def apply(contents: dict[str, bytes]) -> None:
        contents[rows_member(table)] = edit_lines(contents[rows_member(table)], edit)

    return apply


def first_row_only(position: int, value: Any) -> Callable[[list[Any]], list[Any]]:
    state = {"done": False}

    def edit(row: list[Any]) -> list[Any]:
        if not state["done"]:
            row[position] = value
            state["done"] = True
        return row

    return edit


def other_key_resign(source: Path, target: Path, _keys: KeyPair) -> Path:
    stranger = KeyPair.generate()

    def manifest(document: dict[str, Any]) -> None:
        document["source"]["key_fingerprint"] = stranger.public.fingerprint

    return resign(source, target, stranger, manifest=manifest)


def case_files(corpus: Corpus, name: str) -> Path:
    folder = corpus.folder / name
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"{name}.tcns"


Builder = Callable[[Corpus, Path], Path]


def _bomb(corpus: Corpus, target: Path) -> Path:
    contents = members(corpus.valid)
    contents[rows_member("activity")] = b"0" * 20_000_000
    return write_members(target, contents)


def _ghost(corpus: Corpus, target: Path) -> Path:
    contents = members(corpus.valid)
    contents[rows_member("ghost")] = b'{"table":"ghost","columns":["id"]}\n'
    return write_members(target, contents)


def _duplicate_names(corpus: Corpus, target: Path) -> Path:
    contents = members(corpus.valid)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate name
        with zipfile.ZipFile(target, "w") as archive:
            for name, data in contents.items():
                archive.writestr(name, data)
            archive.writestr(MANIFEST_NAME, contents[MANIFEST_NAME])
    return target


def _named(name: str) -> Builder:
    def build(corpus: Corpus, target: Path) -> Path:
        return write_members(target, {**members(corpus.valid), name: b"x"})

    return build


def _without(name: str) -> Builder:
    def build(corpus: Corpus, target: Path) -> Path:
        contents = members(corpus.valid)
        del contents[name]
        return write_members(target, contents)

    return build


def _resigned(**options: Any) -> Builder:
    def build(corpus: Corpus, target: Path) -> Path:
        return resign(corpus.valid, target, corpus.keys, **options)

    return build


def _unsigned_manifest_change(corpus: Corpus, target: Path) -> Path:
    contents = members(corpus.valid)
    document = json.loads(contents[MANIFEST_NAME])
    document["sequence"] = 7
    contents[MANIFEST_NAME] = json.dumps(document).encode()
    return write_members(target, contents)


def _same_length_change(corpus: Corpus, target: Path) -> Path:
    contents = members(corpus.valid)
    data = contents[rows_member("person")]
    contents[rows_member("person")] = data.replace("Nguyễn".encode(), "Nguyễm".encode(), 1)
    return write_members(target, contents)


def _missing_column(contents: dict[str, bytes]) -> None:
    data = contents[rows_member("person")]
    header = header_of(data)
    drop = header.index("phone")
    lines = data.decode().splitlines()
    out = [json.dumps({"table": "person", "columns": header[:drop] + header[drop + 1 :]})]
    for line in lines[1:]:
        row = json.loads(line)
        out.append(json.dumps(row[:drop] + row[drop + 1 :], ensure_ascii=False))
    contents[rows_member("person")] = ("\n".join(out) + "\n").encode()


def _malformed_line(contents: dict[str, bytes]) -> None:
    lines = contents[rows_member("person")].decode().splitlines()
    lines[2] = '{"không phải": json'
    contents[rows_member("person")] = ("\n".join(lines) + "\n").encode()


def _duplicated_row(contents: dict[str, bytes]) -> None:
    lines = contents[rows_member("person")].decode().splitlines()
    lines.append(lines[1])
    contents[rows_member("person")] = ("\n".join(lines) + "\n").encode()


def _other_format(corpus: Corpus, target: Path) -> Path:
    return write_members(target, {MANIFEST_NAME: b'{"format": "khac"}', SIGNATURE_NAME: b"{}"})


def _copy(attribute: str) -> Builder:
    def build(corpus: Corpus, target: Path) -> Path:
        target.write_bytes(getattr(corpus, attribute).read_bytes())
        return target

    return build


UNKNOWN_ID = "01900000-0000-7000-8000-00000000dead"
CASES: dict[str, tuple[Builder, str]] = {
    "not_a_zip": (
        lambda c, t: _write(t, "Đây không phải gói dữ liệu".encode()),
        "không phải tệp zip",
    ),
    "empty_file": (lambda c, t: _write(t, b""), "không phải tệp zip"),
    "truncated": (
        lambda c, t: _write(t, c.valid.read_bytes()[: c.valid.stat().st_size // 2]),
        "cắt cụt",
    ),
    "corrupted_member": (
        lambda c, t: flipped_member_byte(c.valid, t, rows_member("activity")),
        "bị hỏng",
    ),
    "zip_bomb_ratio": (_bomb, "bom nén"),
    "zip_bomb_declared_size": (
        lambda c, t: declared_size(c.valid, t, rows_member("activity"), 0xFFFF_FF00),
        "giải nén ra hơn",
    ),
    "size_smaller_than_content": (
        lambda c, t: declared_size(c.valid, t, rows_member("person"), 100),
        "kích thước khác",
    ),
    "absolute_name": (_named("/etc/passwd"), "tên nguy hiểm"),
    "parent_folder_name": (_named("rows/../../evil.jsonl"), "tên nguy hiểm"),
    "windows_path": (_named("C:\\Windows\\evil.jsonl"), "tên nguy hiểm"),
    "unexpected_name": (_named("readme.txt"), "tệp lạ"),
    "member_not_in_manifest": (_ghost, "không có trong tệp kê khai"),
    "duplicate_member_names": (_duplicate_names, "hai tệp cùng tên"),
    "manifest_missing": (_without(MANIFEST_NAME), "thiếu tệp kê khai"),
    "not_a_tcns_bundle": (_other_format, "không phải gói dữ liệu TCNS"),
    "checksum_mismatch": (_same_length_change, "mã kiểm tra"),
    "signature_missing": (_without(SIGNATURE_NAME), "không có chữ ký"),
    "signature_bad": (_unsigned_manifest_change, "Chữ ký"),
    "unknown_key": (lambda c, t: other_key_resign(c.valid, t, c.keys), "chưa đăng ký"),
    "revoked_key": (_copy("revoked"), "thu hồi"),
    "sealed_for_another_office": (_copy("other_hub_sealed"), "đơn vị khác"),
    "newer_format": (
        _resigned(manifest=lambda d: d.update(format_version=2)),
        "phiên bản TCNS Desktop mới hơn",
    ),
    "newer_schema": (
        _resigned(manifest=lambda d: d.update(schema_version="9999")),
        "mới hơn chương trình này",
    ),
    "manifest_names_another_commune": (
        _resigned(manifest=lambda d: d["source"].update(commune_code="07954")),
        "đã đăng ký cho",
    ),
    "malformed_json_line": (_resigned(files=_malformed_line), "không phải JSON hợp lệ"),
    "missing_column": (_resigned(files=_missing_column), "thiếu: phone"),
    "wrong_type": (
        _resigned(
            files=row_edit("activity", first_row_only(ACTIVITY.index("people_reached"), "nhiều"))
        ),
        "phải là số nguyên",
    ),
    "unknown_enum_value": (
        _resigned(files=row_edit("activity", first_row_only(ACTIVITY.index("kind"), "xyz"))),
        "không thuộc danh sách cho phép",
    ),
    "required_value_missing": (
        _resigned(files=row_edit("person", first_row_only(PERSON.index("full_name"), None))),
        "không được để trống",
    ),
    "reference_to_unknown_row": (
        _resigned(
            files=row_edit("activity", first_row_only(ACTIVITY.index("team_id"), UNKNOWN_ID))
        ),
        "trỏ tới",
    ),
    "row_of_another_commune": (
        _resigned(
            files=row_edit("activity", first_row_only(ACTIVITY.index("commune_id"), UNKNOWN_ID))
        ),
        "xã khác",
    ),
    "commune_row_of_another_commune": (
        _resigned(files=row_edit("commune", lambda row: [*row[:0], "07954", *row[1:]])),
        "bản ghi xã không phải xã đã ký gói",
    ),
    "row_id_twice": (_resigned(files=_duplicated_row), "hai lần"),
}


def _write(target: Path, data: bytes) -> Path:
    target.write_bytes(data)
    return target


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_hostile_bundle_is_refused_and_changes_nothing(corpus: Corpus, case: str) -> None:
    build, expected = CASES[case]
    path = build(corpus, case_files(corpus, case))
    database = corpus.pair.hub.paths.database_file
    before = table_digest(database)
    report = corpus.pair.hub_service.import_bundles([path])
    assert table_digest(database) == before
    (result,) = report.results
    assert result.status == REJECTED
    said = " ".join([result.message, *result.problems])
    assert expected in said, said


def test_the_valid_bundle_itself_imports(corpus: Corpus) -> None:
    """The corpus's source is sound: each case fails for its own defect only."""
    report = corpus.pair.hub_service.import_bundles([corpus.valid], dry_run=True)
    assert report.results[0].status == IMPORTED


def test_an_older_schema_bundle_is_upgraded_on_import(corpus: Corpus, tmp_path: Path) -> None:
    def to_0001(contents: dict[str, bytes]) -> None:
        for table in ("person", "activity"):
            data = contents[rows_member(table)]
            header = header_of(data)
            drop = header.index("search_key")
            lines = data.decode().splitlines()
            out = [json.dumps({"table": table, "columns": header[:drop] + header[drop + 1 :]})]
            for line in lines[1:]:
                row = json.loads(line)
                out.append(json.dumps(row[:drop] + row[drop + 1 :], ensure_ascii=False))
            contents[rows_member(table)] = ("\n".join(out) + "\n").encode()

    old = resign(
        corpus.valid,
        tmp_path / "old.tcns",
        corpus.keys,
        files=to_0001,
        manifest=lambda d: d.update(schema_version="0001", bundle_id=UNKNOWN_ID),
    )
    check = corpus.pair.hub_service.verify(old)
    assert check.ok and check.rows["activity"] == 6
    report = corpus.pair.hub_service.import_bundles([old])
    assert report.results[0].status == IMPORTED, report.results[0].message
    connection = sqlite3.connect(corpus.pair.hub.paths.database_file)
    try:
        activities = connection.execute(
            "SELECT title, location, notes, search_key FROM activity"
        ).fetchall()
        people = connection.execute("SELECT full_name, search_key FROM person").fetchall()
    finally:
        connection.close()
    assert len(activities) == 6 and len(people) == 5
    assert all(key == activity_search_key(t, loc, n) for t, loc, n, key in activities)
    assert all(key == fold_for_search(name) for name, key in people)
