"""Opening a bundle: container, envelope, manifest, signature, versions; then rows on demand.

``open_bundle`` checks everything that can be checked before a row is read, in an order that
gives the most useful message first: is it a zip, is it safe, is it sealed (decrypt), is it a
TCNS bundle of a format this program reads, is it signed by a key the caller trusts, does the
signature match, is its schema known, does the manifest list exactly the files present.
Rows are then streamed table by table (``Bundle.batches``), each file hash-checked as it is
read; every row is checked against the table's rules, the revision range of the manifest
and the commune the manifest names. Nothing here touches a database.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any, Protocol

from tcns_desktop.domain.sync_tables import DELETED_AT, ID, REV_SEQ, REV_SITE, TableSpec
from tcns_desktop.sync.container import ReadLimits, SafeZip, damage_guard
from tcns_desktop.sync.envelope import (
    ENVELOPE_NAME,
    PAYLOAD_NAME,
    EnvelopeHeader,
    is_sealed,
    open_sealed,
    read_header,
)
from tcns_desktop.sync.errors import (
    BundleError,
    ChecksumMismatchError,
    MalformedBundleError,
    SignatureError,
    UnsafeBundleError,
)
from tcns_desktop.sync.keys import KeyPair, PublicKeys
from tcns_desktop.sync.manifest import (
    MANIFEST_NAME,
    ROWS_FOLDER,
    ROWS_SUFFIX,
    SIGNATURE_NAME,
    TABLE_PATTERN,
    BundleKind,
    Manifest,
    check_format,
    load_json_object,
)
from tcns_desktop.sync.rows import ROW_BATCH, RowChecker, RowFileReader, RowProblem
from tcns_desktop.sync.upgrades import BundleSchema

SIGNATURE_ALGORITHM = "ed25519"
_MAX_SIGNATURE = 4096
_HASH_CHUNK = 1 << 20


class KeyResolver(Protocol):
    """Finds the public keys that must have signed ``manifest``; raises a BundleError
    (unknown key, revoked key, key of another commune) when there are none to trust."""

    def __call__(self, manifest: Manifest) -> PublicKeys: ...


@dataclass(frozen=True)
class CheckedBatch:
    """Rows in the current column order, the line of the first, and what is wrong with them."""

    rows: list[list[Any]]
    first_line: int
    problems: list[RowProblem]


def _allowed_member(name: str) -> bool:
    if name in (MANIFEST_NAME, SIGNATURE_NAME, ENVELOPE_NAME, PAYLOAD_NAME):
        return True
    return (
        name.startswith(ROWS_FOLDER)
        and name.endswith(ROWS_SUFFIX)
        and TABLE_PATTERN.fullmatch(name[len(ROWS_FOLDER) : -len(ROWS_SUFFIX)]) is not None
    )


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_HASH_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def open_bundle(
    path: Path,
    *,
    schema: BundleSchema,
    keys: KeyResolver,
    private: KeyPair | None = None,
    limits: ReadLimits | None = None,
    scratch: Path | None = None,
) -> Bundle:
    """Open and verify ``path`` (plain or sealed); the caller closes the returned bundle.

    ``private`` opens bundles sealed to this installation; ``scratch`` is where a sealed
    bundle is decrypted to (a private temporary file, deleted on close).
    """
    limits = limits or ReadLimits()
    source = path.name
    outer = SafeZip(path, source, limits, _allowed_member)
    decrypted: Path | None = None
    try:
        envelope: EnvelopeHeader | None = None
        if is_sealed(outer.names):
            envelope = read_header(outer)
            decrypted, sha256 = open_sealed(outer, envelope, private, scratch)
            outer.close()
            archive = SafeZip(decrypted, source, limits, _allowed_member)
            if ENVELOPE_NAME in archive.names or PAYLOAD_NAME in archive.names:
                archive.close()
                raise UnsafeBundleError(f"Gói {source} lồng một gói mã hóa trong gói mã hóa.")
        else:
            with damage_guard(source):
                sha256 = file_sha256(path)
            archive = outer
        try:
            manifest = _verified_manifest(archive, keys, schema)
            if envelope is not None and (
                envelope.sender_site_id != manifest.source.site_id
                or envelope.sender_fingerprint != manifest.source.key_fingerprint
            ):
                raise SignatureError(
                    f"Phần đầu của gói mã hóa {source} không khớp với gói bên trong: gói đã bị sửa."
                )
            _check_members(archive, manifest, schema)
        except BaseException:
            archive.close()
            raise
    except BaseException:
        outer.close()
        if decrypted is not None:
            decrypted.unlink(missing_ok=True)
        raise
    return Bundle(path, archive, manifest, sha256, schema, envelope, decrypted)


def _verified_manifest(archive: SafeZip, keys: KeyResolver, schema: BundleSchema) -> Manifest:
    source = archive.source_name
    if MANIFEST_NAME not in archive.names:
        raise MalformedBundleError(f"Gói {source} thiếu tệp kê khai (manifest.json).")
    data = archive.read(MANIFEST_NAME, archive.limits.max_manifest_bytes)
    # The format is checked before the signature: a newer program's bundle deserves
    # "update the program", not "bad signature".
    check_format(load_json_object(data, f"Tệp kê khai của gói {source}"), source)
    manifest = Manifest.from_bytes(data, source)
    if SIGNATURE_NAME not in archive.names:
        raise SignatureError(
            f"Gói {source} không có chữ ký (manifest.sig); không thể biết gói do ai gửi nên "
            "không nhập."
        )
    signature = _signature(archive.read(SIGNATURE_NAME, _MAX_SIGNATURE), manifest, source)
    public = keys(manifest)
    if public.fingerprint != manifest.source.key_fingerprint or not public.verify(data, signature):
        raise SignatureError(
            f"Chữ ký của gói {source} không khớp với nội dung: gói đã bị sửa sau khi ký, hoặc "
            "không phải do xã đã đăng ký gửi."
        )
    schema.check_version(manifest.schema_version, source)
    return manifest


def _signature(data: bytes, manifest: Manifest, source: str) -> bytes:
    document = load_json_object(data, f"Tệp chữ ký của gói {source}")
    text = document.get("signature")
    if (
        document.get("algorithm") != SIGNATURE_ALGORITHM
        or document.get("key_fingerprint") != manifest.source.key_fingerprint
        or not isinstance(text, str)
    ):
        raise SignatureError(f"Tệp chữ ký của gói {source} không hợp lệ.")
    try:
        signature = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise SignatureError(f"Tệp chữ ký của gói {source} bị hỏng.") from exc
    if len(signature) != 64:
        raise SignatureError(f"Tệp chữ ký của gói {source} bị hỏng.")
    return signature


def _check_members(archive: SafeZip, manifest: Manifest, schema: BundleSchema) -> None:
    source = archive.source_name
    listed = {entry.path for entry in manifest.files}
    present = set(archive.names) - {MANIFEST_NAME, SIGNATURE_NAME}
    if present - listed:
        name = sorted(present - listed)[0]
        raise UnsafeBundleError(
            f"Gói {source} chứa tệp \u201c{name}\u201d không có trong tệp kê khai; gói bị từ chối."
        )
    if listed - present:
        name = sorted(listed - present)[0]
        raise MalformedBundleError(f"Gói {source} thiếu tệp \u201c{name}\u201d mà tệp kê khai ghi.")
    for entry in manifest.files:
        if schema.spec(entry.table) is None:
            raise MalformedBundleError(
                f"Gói {source} có bảng \u201c{entry.table}\u201d mà chương trình này không biết."
            )
        if archive.size(entry.path) != entry.bytes:
            raise ChecksumMismatchError(
                f"Tệp {entry.path} trong gói {source} có kích thước khác với tệp kê khai: gói "
                "đã bị sửa hoặc hỏng."
            )


# Rows → the message of the first row claiming another commune than the manifest, or None.
OwnerCheck = Callable[[list[list[Any]]], str | None]


@dataclass
class _Ownership:
    """Revision range and commune checks of one table's rows against the manifest."""

    spec: TableSpec
    manifest: Manifest
    seen: set[str] = field(default_factory=set)

    def problems(self, rows: list[list[Any]], first_line: int) -> list[RowProblem]:
        spec = self.spec
        site_at = spec.index(REV_SITE)
        seq_at = spec.index(REV_SEQ)
        id_at = spec.index(ID)
        ids = [row[id_at] for row in rows]
        sites = {row[site_at] for row in rows}
        coverage = {c.site_id: (c.from_seq, c.to_seq) for c in self.manifest.coverage}
        owner = self._owner_check()
        fast = (
            sites <= coverage.keys()
            and len(set(ids)) == len(ids)
            and self.seen.isdisjoint(ids)
            and all(self._in_range(rows, site, coverage[site], site_at, seq_at) for site in sites)
            and (owner is None or owner(rows) is None)
        )
        if fast:
            self.seen.update(ids)
            return []
        found: list[RowProblem] = []
        for offset, row in enumerate(rows):
            row_id = row[id_at] if isinstance(row[id_at], str) else None
            line = first_line + offset
            for message in self._row_problems(row, coverage, site_at, seq_at, owner):
                found.append(RowProblem(spec.name, line, row_id, message))
            if row_id is not None:
                if row_id in self.seen:
                    found.append(
                        RowProblem(
                            spec.name, line, row_id, "mã bản ghi xuất hiện hai lần trong gói"
                        )
                    )
                self.seen.add(row_id)
        return found

    @staticmethod
    def _in_range(
        rows: list[list[Any]], site: str, bounds: tuple[int, int], site_at: int, seq_at: int
    ) -> bool:
        seqs = [row[seq_at] for row in rows if row[site_at] == site]
        return bool(bounds[0] < min(seqs) and max(seqs) <= bounds[1])

    def _row_problems(
        self,
        row: list[Any],
        coverage: dict[str, tuple[int, int]],
        site_at: int,
        seq_at: int,
        owner: OwnerCheck | None,
    ) -> list[str]:
        messages = []
        site, seq = row[site_at], row[seq_at]
        if not isinstance(site, str) or site not in coverage:
            messages.append("thay đổi của một máy khác với máy đã ký gói")
        elif type(seq) is int and not coverage[site][0] < seq <= coverage[site][1]:
            low, high = coverage[site]
            messages.append(
                f"số hiệu thay đổi {seq} nằm ngoài phạm vi gói kê khai ({low + 1}–{high})"
            )
        if owner is not None:
            message = owner([row])
            if message is not None:
                messages.append(message)
        return messages

    def _owner_check(self) -> OwnerCheck | None:
        spec = self.spec
        source = self.manifest.source
        if spec.owner_column == ID:
            id_at = spec.index(ID)
            code_at = spec.index("code") if "code" in spec.column_names else None

            def commune(rows: list[list[Any]]) -> str | None:
                for row in rows:
                    if row[id_at] != source.commune_id or (
                        code_at is not None and row[code_at] != source.commune_code
                    ):
                        return (
                            "bản ghi xã không phải xã đã ký gói "
                            f"({source.commune_code} {source.commune_name})"
                        )
                return None

            return commune
        if spec.owner_column is not None:
            owner_at = spec.index(spec.owner_column)

            def owned(rows: list[list[Any]]) -> str | None:
                if any(row[owner_at] != source.commune_id for row in rows):
                    return (
                        "dòng thuộc một xã khác với xã đã ký gói "
                        f"({source.commune_code} {source.commune_name})"
                    )
                return None

            return owned
        return None


class Bundle:
    """An opened, verified bundle. Read rows with ``batches``; close when done."""

    def __init__(
        self,
        path: Path,
        archive: SafeZip,
        manifest: Manifest,
        sha256: str,
        schema: BundleSchema,
        envelope: EnvelopeHeader | None,
        decrypted: Path | None,
    ) -> None:
        self.path = path
        self.manifest = manifest
        self.sha256 = sha256
        self.envelope = envelope
        self._archive = archive
        self._schema = schema
        self._decrypted = decrypted
        self._read: set[str] = set()

    def __enter__(self) -> Bundle:
        return self

    def __exit__(
        self,
        _type: type[BaseException] | None,
        _value: BaseException | None,
        _traceback: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def sealed(self) -> bool:
        return self.envelope is not None

    @property
    def schema(self) -> BundleSchema:
        return self._schema

    def tables(self) -> list[str]:
        """Tables present in the bundle, in the foreign-key order parents first."""
        present = {entry.table for entry in self.manifest.files}
        return [name for name in self._schema.table_names if name in present]

    def batches(self, table: str, size: int = ROW_BATCH) -> Iterator[CheckedBatch]:
        entry = self.manifest.file_for(table)
        spec = self._schema.spec(table)
        if entry is None or spec is None:
            return
        if table in self._read:
            raise BundleError(f"Bảng {table} của gói {self.name} đã được đọc.")
        self._read.add(table)
        stream = self._archive.open(entry.path)
        try:
            reader = RowFileReader(stream, entry, self.name, self._archive.limits.max_line_bytes)
            where = f"Tệp {entry.path} (gói {self.name})"
            mapper = self._schema.row_mapper(
                spec, reader.columns, self.manifest.schema_version, where
            )
            checker = RowChecker(spec)
            ownership = _Ownership(spec, self.manifest)
            for raw in reader.batches(size):
                rows = mapper(raw.rows)
                problems = checker.problems(rows, raw.first_line)
                if not problems:
                    problems = ownership.problems(rows, raw.first_line)
                yield CheckedBatch(rows, raw.first_line, problems)
        finally:
            stream.close()

    def verify_rest(self) -> None:
        """Hash-check every row file not read yet (so no file goes unchecked)."""
        for entry in self.manifest.files:
            if entry.table in self._read:
                continue
            deque(self.batches(entry.table), maxlen=0)

    @property
    def is_full(self) -> bool:
        return self.manifest.kind is BundleKind.FULL

    def close(self) -> None:
        self._archive.close()
        if self._decrypted is not None:
            self._decrypted.unlink(missing_ok=True)
            self._decrypted = None


@dataclass(frozen=True)
class ScanResult:
    rows: dict[str, int]
    tombstones: dict[str, int]
    problems: tuple[str, ...]


def scan(bundle: Bundle, max_problems: int = 100) -> ScanResult:
    """Read every row of ``bundle`` and check it; a full bundle's references are also
    checked against its own rows (an incremental one refers to rows sent before)."""
    rows: dict[str, int] = {}
    tombstones: dict[str, int] = {}
    problems: list[str] = []
    full = bundle.is_full
    ids: dict[str, set[str]] = {}
    schema = bundle.schema
    for table in bundle.tables():
        spec = schema.spec(table)
        assert spec is not None
        id_at = spec.index(ID)
        deleted_at = spec.index(DELETED_AT)
        known = ids.setdefault(table, set())
        # References within the table (a merged village points at its successor) may point
        # forward; they are checked once the whole table is read.
        inner: list[tuple[RowProblem, str]] = []
        for batch in bundle.batches(table):
            rows[table] = rows.get(table, 0) + len(batch.rows)
            tombstones[table] = tombstones.get(table, 0) + sum(
                1 for row in batch.rows if row[deleted_at] is not None
            )
            problems.extend(str(problem) for problem in batch.problems[:max_problems])
            if batch.problems or not full:
                continue
            known.update(row[id_at] for row in batch.rows)
            problems.extend(str(p) for p, _value in _dangling(spec, batch, ids, inner=False))
            inner.extend(_dangling(spec, batch, {}, inner=True))
            if len(problems) >= max_problems:
                break
        problems.extend(str(p) for p, value in inner if value not in known)
        if len(problems) >= max_problems:
            break
    return ScanResult(rows, tombstones, tuple(problems[:max_problems]))


def _dangling(
    spec: TableSpec, batch: CheckedBatch, ids: dict[str, set[str]], *, inner: bool
) -> list[tuple[RowProblem, str]]:
    """References of a full bundle's rows to rows the bundle does not hold: to other tables
    (``inner`` False), or every reference within the table, for a later check (True)."""
    found: list[tuple[RowProblem, str]] = []
    for position, parent in spec.references:
        if (parent == spec.name) != inner:
            continue
        parents = ids.get(parent, set())
        for offset, row in enumerate(batch.rows):
            value = row[position]
            if value is not None and value not in parents:
                problem = RowProblem(
                    spec.name,
                    batch.first_line + offset,
                    row[spec.index(ID)],
                    f"cột {spec.columns[position].name} trỏ tới bản ghi không có trong gói "
                    f"({parent} {value})",
                )
                found.append((problem, value))
    return found
