"""The bundle manifest: what a bundle claims to be, parsed strictly, written canonically.

The manifest is the signed part of a bundle. It names the sender (site, database and its
lineage, commune, key), the revision range the rows cover, and the SHA-256 of every row file,
so one Ed25519 signature over its bytes protects the whole bundle. It is written as canonical
JSON (sorted keys, UTF-8, no floats) so the same content always gives the same bytes.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, NoReturn, TypeVar

from tcns_desktop.sync.errors import MalformedBundleError, NewerVersionError, NotABundleError

FORMAT_NAME = "tcns-bundle"
FORMAT_VERSION = 1
MANIFEST_NAME = "manifest.json"
SIGNATURE_NAME = "manifest.sig"
ROWS_FOLDER = "rows/"
ROWS_SUFFIX = ".jsonl"

ID_PATTERN = re.compile(r"[A-Za-z0-9_-]{1,36}")
SHA256_PATTERN = re.compile(r"[0-9a-f]{64}")
TIMESTAMP_PATTERN = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z")
TABLE_PATTERN = re.compile(r"[a-z][a-z0-9_]{0,62}")
FINGERPRINT_PATTERN = re.compile(r"[0-9A-F]{4}(-[0-9A-F]{4}){7}")

T = TypeVar("T")


class BundleKind(StrEnum):
    FULL = "full"
    INCREMENTAL = "incremental"


@dataclass(frozen=True)
class LineageEntry:
    """One database id the sender's file has had (a new one after each restore or copy)."""

    database_id: str
    started_at: str
    reason: str
    seq_at_start: int


@dataclass(frozen=True)
class Source:
    site_id: str
    database_id: str
    commune_id: str
    commune_code: str
    commune_name: str
    key_fingerprint: str
    lineage: tuple[LineageEntry, ...]


@dataclass(frozen=True)
class Coverage:
    """Revisions of ``site_id`` in (from_seq, to_seq]: every row whose latest revision is in
    that range is in the bundle."""

    site_id: str
    from_seq: int
    to_seq: int


@dataclass(frozen=True)
class FileEntry:
    path: str
    table: str
    rows: int
    tombstones: int
    bytes: int
    sha256: str


@dataclass(frozen=True)
class PreviousBundle:
    bundle_id: str
    sha256: str


@dataclass(frozen=True)
class AckReference:
    """The acknowledgement an incremental bundle starts from."""

    ack_id: str
    to_seq: int


@dataclass(frozen=True)
class Manifest:
    bundle_id: str
    created_at: str
    app_version: str
    schema_version: str
    kind: BundleKind
    sequence: int
    previous: PreviousBundle | None
    source: Source
    coverage: tuple[Coverage, ...]
    tables: tuple[str, ...]
    files: tuple[FileEntry, ...]
    acknowledged: AckReference | None

    def file_for(self, table: str) -> FileEntry | None:
        for entry in self.files:
            if entry.table == table:
                return entry
        return None

    def coverage_of(self, site_id: str) -> Coverage | None:
        for item in self.coverage:
            if item.site_id == site_id:
                return item
        return None

    @property
    def total_rows(self) -> int:
        return sum(entry.rows for entry in self.files)

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT_NAME,
            "format_version": FORMAT_VERSION,
            "bundle_id": self.bundle_id,
            "created_at": self.created_at,
            "app_version": self.app_version,
            "schema_version": self.schema_version,
            "kind": self.kind.value,
            "sequence": self.sequence,
            "previous": None
            if self.previous is None
            else {"bundle_id": self.previous.bundle_id, "sha256": self.previous.sha256},
            "source": {
                "site_id": self.source.site_id,
                "database_id": self.source.database_id,
                "commune_id": self.source.commune_id,
                "commune_code": self.source.commune_code,
                "commune_name": self.source.commune_name,
                "key_fingerprint": self.source.key_fingerprint,
                "lineage": [
                    {
                        "database_id": entry.database_id,
                        "started_at": entry.started_at,
                        "reason": entry.reason,
                        "seq_at_start": entry.seq_at_start,
                    }
                    for entry in self.source.lineage
                ],
            },
            "coverage": [
                {"site_id": c.site_id, "from_seq": c.from_seq, "to_seq": c.to_seq}
                for c in self.coverage
            ],
            "tables": list(self.tables),
            "files": [
                {
                    "path": f.path,
                    "table": f.table,
                    "rows": f.rows,
                    "tombstones": f.tombstones,
                    "bytes": f.bytes,
                    "sha256": f.sha256,
                }
                for f in self.files
            ],
            "acknowledged": None
            if self.acknowledged is None
            else {"ack_id": self.acknowledged.ack_id, "to_seq": self.acknowledged.to_seq},
        }

    def to_bytes(self) -> bytes:
        return canonical_json(self.to_json())

    @classmethod
    def from_bytes(cls, data: bytes, source_name: str = "") -> Manifest:
        document = _load_document(data, source_name)
        check_format(document, source_name)
        fields = _Fields(document, source_name)
        source = _Fields(fields.mapping("source"), source_name, "source.")
        previous_data = fields.optional_mapping("previous")
        ack_data = fields.optional_mapping("acknowledged")
        manifest = cls(
            bundle_id=fields.pattern("bundle_id", ID_PATTERN),
            created_at=fields.pattern("created_at", TIMESTAMP_PATTERN),
            app_version=fields.text("app_version", 40),
            schema_version=fields.text("schema_version", 40),
            kind=fields.choice("kind", BundleKind),
            sequence=fields.count("sequence", minimum=1),
            previous=None
            if previous_data is None
            else _previous(_Fields(previous_data, source_name, "previous.")),
            source=Source(
                site_id=source.pattern("site_id", ID_PATTERN),
                database_id=source.pattern("database_id", ID_PATTERN),
                commune_id=source.pattern("commune_id", ID_PATTERN),
                commune_code=source.text("commune_code", 20),
                commune_name=source.text("commune_name", 300),
                key_fingerprint=source.pattern("key_fingerprint", FINGERPRINT_PATTERN),
                lineage=tuple(
                    _lineage(item) for item in source.items("lineage", source_name, maximum=1000)
                ),
            ),
            coverage=tuple(
                _coverage(item) for item in fields.items("coverage", source_name, maximum=1000)
            ),
            tables=tuple(
                _table_name(value, source_name) for value in fields.sequence("tables", maximum=1000)
            ),
            files=tuple(_file(item) for item in fields.items("files", source_name, maximum=1000)),
            acknowledged=None
            if ack_data is None
            else _ack(_Fields(ack_data, source_name, "acknowledged.")),
        )
        _check_consistency(manifest, source_name)
        return manifest


def canonical_json(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode(
        "utf-8"
    )


def rows_path(table: str) -> str:
    return f"{ROWS_FOLDER}{table}{ROWS_SUFFIX}"


def check_format(document: dict[str, Any], source_name: str) -> None:
    """Refuse other files and newer formats before anything else is read or verified."""
    if document.get("format") != FORMAT_NAME:
        raise NotABundleError(f"Tệp {source_name} không phải gói dữ liệu TCNS.")
    version = document.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise MalformedBundleError(
            f"Gói {source_name} có phiên bản định dạng không hợp lệ.", detail=repr(version)[:80]
        )
    if version > FORMAT_VERSION:
        raise NewerVersionError(
            f"Gói {source_name} được tạo bằng phiên bản TCNS Desktop mới hơn (định dạng gói "
            f"{version}, chương trình này đọc được đến {FORMAT_VERSION}). "
            "Hãy cài phiên bản mới nhất rồi nhập lại."
        )


def load_json_object(data: bytes, what: str) -> dict[str, Any]:
    """A JSON object from untrusted bytes; MalformedBundleError for anything else."""
    try:
        value = json.loads(data.decode("utf-8"), parse_constant=_no_constant)
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        raise MalformedBundleError(
            f"{what} không phải JSON hợp lệ.", detail=str(exc)[:200]
        ) from exc
    if not isinstance(value, dict):
        raise MalformedBundleError(f"{what} không đúng cấu trúc (cần một đối tượng JSON).")
    return value


def _load_document(data: bytes, source_name: str) -> dict[str, Any]:
    return load_json_object(data, f"Tệp kê khai (manifest.json) của gói {source_name}")


def _no_constant(name: str) -> NoReturn:
    raise ValueError(f"{name} is not allowed")


class _Fields:
    """Typed access to a manifest object with one clear message per bad field."""

    def __init__(self, data: dict[str, Any], source_name: str, prefix: str = "") -> None:
        self._data = data
        self._source = source_name
        self._prefix = prefix

    def fail(self, key: str, expected: str) -> NoReturn:
        raise MalformedBundleError(
            f"Tệp kê khai của gói {self._source} thiếu hoặc sai trường "
            f"\u201c{self._prefix}{key}\u201d (cần {expected}).",
            detail=repr(self._data.get(key))[:120],
        )

    def get(self, key: str, kind: type[T], expected: str) -> T:
        value = self._data.get(key)
        if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
            self.fail(key, expected)
        return value

    def text(self, key: str, maximum: int) -> str:
        value = self.get(key, str, "chữ")
        if not value or len(value) > maximum:
            self.fail(key, f"chữ dài 1–{maximum} ký tự")
        return value

    def pattern(self, key: str, pattern: re.Pattern[str]) -> str:
        value = self.get(key, str, "chữ")
        if not pattern.fullmatch(value):
            self.fail(key, "giá trị đúng định dạng")
        return value

    def count(self, key: str, minimum: int = 0) -> int:
        value = self.get(key, int, "số nguyên")
        if value < minimum or value >= 2**63:
            self.fail(key, f"số nguyên từ {minimum}")
        return value

    def choice(self, key: str, kind: Callable[[str], T]) -> T:
        value = self.get(key, str, "chữ")
        try:
            return kind(value)
        except ValueError:
            self.fail(key, "một giá trị cho phép")

    def mapping(self, key: str) -> dict[str, Any]:
        return self.get(key, dict, "đối tượng")

    def optional_mapping(self, key: str) -> dict[str, Any] | None:
        if key not in self._data:
            self.fail(key, "đối tượng hoặc null")
        value = self._data[key]
        if value is None:
            return None
        if not isinstance(value, dict):
            self.fail(key, "đối tượng hoặc null")
        return value

    def sequence(self, key: str, maximum: int) -> list[Any]:
        value = self.get(key, list, "danh sách")
        if len(value) > maximum:
            self.fail(key, f"danh sách tối đa {maximum} mục")
        return value

    def items(self, key: str, source_name: str, maximum: int) -> list[_Fields]:
        result = []
        for position, item in enumerate(self.sequence(key, maximum)):
            if not isinstance(item, dict):
                self.fail(f"{key}[{position}]", "đối tượng")
            result.append(_Fields(item, source_name, f"{self._prefix}{key}[{position}]."))
        return result


def _previous(fields: _Fields) -> PreviousBundle:
    return PreviousBundle(
        bundle_id=fields.pattern("bundle_id", ID_PATTERN),
        sha256=fields.pattern("sha256", SHA256_PATTERN),
    )


def _ack(fields: _Fields) -> AckReference:
    return AckReference(ack_id=fields.pattern("ack_id", ID_PATTERN), to_seq=fields.count("to_seq"))


def _lineage(fields: _Fields) -> LineageEntry:
    return LineageEntry(
        database_id=fields.pattern("database_id", ID_PATTERN),
        started_at=fields.pattern("started_at", TIMESTAMP_PATTERN),
        reason=fields.text("reason", 300),
        seq_at_start=fields.count("seq_at_start"),
    )


def _coverage(fields: _Fields) -> Coverage:
    coverage = Coverage(
        site_id=fields.pattern("site_id", ID_PATTERN),
        from_seq=fields.count("from_seq"),
        to_seq=fields.count("to_seq"),
    )
    if coverage.to_seq < coverage.from_seq:
        fields.fail("to_seq", "số không nhỏ hơn from_seq")
    return coverage


def _file(fields: _Fields) -> FileEntry:
    entry = FileEntry(
        path=fields.text("path", 200),
        table=fields.pattern("table", TABLE_PATTERN),
        rows=fields.count("rows"),
        tombstones=fields.count("tombstones"),
        bytes=fields.count("bytes"),
        sha256=fields.pattern("sha256", SHA256_PATTERN),
    )
    if entry.path != rows_path(entry.table):
        fields.fail("path", f"\u201c{rows_path(entry.table)}\u201d")
    if entry.tombstones > entry.rows:
        fields.fail("tombstones", "số không lớn hơn số dòng")
    return entry


def _table_name(value: Any, source_name: str) -> str:
    if not isinstance(value, str) or not TABLE_PATTERN.fullmatch(value):
        raise MalformedBundleError(
            f"Tệp kê khai của gói {source_name} có tên bảng không hợp lệ trong \u201ctables\u201d."
        )
    return value


def _check_consistency(manifest: Manifest, source_name: str) -> None:
    def fail(what: str) -> NoReturn:
        raise MalformedBundleError(f"Tệp kê khai của gói {source_name} mâu thuẫn: {what}.")

    tables = [entry.table for entry in manifest.files]
    if len(set(tables)) != len(tables):
        fail("một bảng được kê hai lần")
    if len(set(manifest.tables)) != len(manifest.tables):
        fail("danh sách bảng có tên trùng")
    if not set(tables) <= set(manifest.tables):
        fail("có tệp của bảng không nằm trong danh sách bảng")
    sites = [item.site_id for item in manifest.coverage]
    if len(set(sites)) != len(sites):
        fail("phạm vi thay đổi kê một máy hai lần")
    if manifest.source.site_id not in sites:
        fail("không có phạm vi thay đổi của chính máy gửi")
    lineage = manifest.source.lineage
    if not lineage or lineage[-1].database_id != manifest.source.database_id:
        fail("lịch sử mã CSDL không kết thúc bằng mã CSDL hiện tại")
    if manifest.kind is BundleKind.FULL and any(item.from_seq for item in manifest.coverage):
        fail("gói đầy đủ phải bắt đầu từ thay đổi số 0")
