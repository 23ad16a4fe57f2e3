"""Row files of a bundle (JSON Lines) and the checks every row must pass.

A row file starts with a header line naming the table and its columns; each further line is
one row as a JSON array in that column order (full row state, tombstones included). Arrays
rather than objects keep a province's million rows small and quick to parse, and the header
keeps the file self-describing.

Files are read as a stream in batches: memory holds one batch, never a whole file. A batch is
decoded with one ``json`` call, and checked column by column (a set of the distinct values of
a column is checked once), which is what keeps the upper level's import of a million rows
within a small multiple of a raw insert. Only a batch that fails is checked again row by row,
to name each broken row with its line number.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import IO, Any, Protocol

from tcns_desktop.domain.sync_tables import (
    DELETED_AT,
    ID,
    REV_SEQ,
    ColumnKind,
    ColumnSpec,
    TableSpec,
)
from tcns_desktop.sync.errors import ChecksumMismatchError, MalformedBundleError
from tcns_desktop.sync.manifest import ID_PATTERN, TABLE_PATTERN, TIMESTAMP_PATTERN, FileEntry

ROW_BATCH = 5000
READ_CHUNK = 1 << 20

_INT_MIN = -(2**63)
_INT_MAX = 2**63 - 1
_DATE_PATTERN = re.compile(r"\d{4}-\d{2}-\d{2}")
# A JSON escape of a lone UTF-16 surrogate decodes to a str SQLite cannot store.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
# Distinct values remembered as valid per column (dates, enum values, parent ids …); the
# bound keeps memory flat on a column whose values never repeat.
_CACHE_LIMIT = 50_000


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed in a bundle")


_DECODER = json.JSONDecoder(parse_constant=_no_constant)


@dataclass(frozen=True)
class RowProblem:
    """One row that breaks a rule: where it is and why, in Vietnamese."""

    table: str
    line: int
    row_id: str | None
    message: str

    def __str__(self) -> str:
        where = f"Bảng {self.table}, dòng {self.line}"
        if self.row_id:
            where += f" (mã {self.row_id[:36]})"
        return f"{where}: {self.message}"


# --- Writing -------------------------------------------------------------------------------


def header_line(table: str, columns: tuple[str, ...]) -> bytes:
    return (
        json.dumps({"table": table, "columns": list(columns)}, separators=(",", ":")).encode(
            "utf-8"
        )
        + b"\n"
    )


class RowFileWriter:
    """Encodes rows into lines, counting them and hashing what is written."""

    def __init__(self, sink: IO[bytes], table: str, columns: tuple[str, ...]) -> None:
        self._sink = sink
        self._hash = hashlib.sha256()
        self.rows = 0
        self.tombstones = 0
        self.bytes = 0
        self._deleted = columns.index(DELETED_AT)
        self._encode = json.JSONEncoder(
            ensure_ascii=False, separators=(",", ":"), allow_nan=False
        ).encode
        self._write(header_line(table, columns))

    def write(self, rows: list[tuple[Any, ...]]) -> None:
        if not rows:
            return
        encode = self._encode
        deleted = self._deleted
        self.tombstones += sum(1 for row in rows if row[deleted] is not None)
        self.rows += len(rows)
        text = "\n".join([encode(row) for row in rows]) + "\n"
        self._write(text.encode("utf-8"))

    def _write(self, data: bytes) -> None:
        self._hash.update(data)
        self.bytes += len(data)
        self._sink.write(data)

    @property
    def sha256(self) -> str:
        return self._hash.hexdigest()


# --- Reading -------------------------------------------------------------------------------


class BinarySource(Protocol):
    def read(self, size: int = -1, /) -> bytes: ...


@dataclass(frozen=True)
class RawBatch:
    """Decoded rows (lists in the file's column order) and the line number of the first."""

    rows: list[list[Any]]
    first_line: int


class RowFileReader:
    """Streams a row file: checks size, row count and SHA-256 against the manifest entry."""

    def __init__(
        self, stream: BinarySource, entry: FileEntry, source_name: str, max_line: int
    ) -> None:
        self._stream = stream
        self._entry = entry
        self._source = source_name
        self._max_line = max_line
        self._hash = hashlib.sha256()
        self._read = 0
        self._lines = self._line_blocks()
        self._pending: list[bytes] = []
        self._line_number = 0
        self.columns = self._read_header()

    def batches(self, size: int = ROW_BATCH) -> Iterator[RawBatch]:
        rows_seen = 0
        for block in self._blocks(size):
            first = self._line_number + 1
            self._line_number += len(block)
            decoded = self._decode(block, first)
            rows_seen += len(decoded)
            yield RawBatch(decoded, first)
        self._finish(rows_seen)

    def _finish(self, rows_seen: int) -> None:
        entry = self._entry
        if self._read != entry.bytes or self._hash.hexdigest() != entry.sha256:
            raise ChecksumMismatchError(
                f"Tệp {entry.path} trong gói {self._source} không khớp mã kiểm tra (SHA-256) "
                "trong tệp kê khai: gói đã bị sửa hoặc hỏng khi sao chép.",
                detail=f"{self._read} bytes, sha256 {self._hash.hexdigest()}",
            )
        if rows_seen != entry.rows:
            raise MalformedBundleError(
                f"Tệp {entry.path} trong gói {self._source} có {rows_seen} dòng dữ liệu, "
                f"tệp kê khai ghi {entry.rows}."
            )

    def _read_header(self) -> tuple[str, ...]:
        block = next(self._blocks(1), [])
        self._line_number = 1
        where = f"Dòng tiêu đề của tệp {self._entry.path} (gói {self._source})"
        if not block:
            raise MalformedBundleError(f"{where} bị thiếu.")
        document = _decode_text(block[0], where)
        if not isinstance(document, dict) or document.get("table") != self._entry.table:
            raise MalformedBundleError(f"{where} không đúng bảng {self._entry.table}.")
        columns = document.get("columns")
        if (
            not isinstance(columns, list)
            or not columns
            or not all(isinstance(c, str) and TABLE_PATTERN.fullmatch(c) for c in columns)
            or len(set(columns)) != len(columns)
        ):
            raise MalformedBundleError(f"{where} có danh sách cột không hợp lệ.")
        return tuple(columns)

    def _line_blocks(self) -> Iterator[list[bytes]]:
        """Complete lines, a chunk's worth at a time (without their newline)."""
        rest = b""
        while True:
            chunk = self._stream.read(READ_CHUNK)
            if not chunk:
                break
            self._read += len(chunk)
            if self._read > self._entry.bytes:
                raise ChecksumMismatchError(
                    f"Tệp {self._entry.path} trong gói {self._source} dài hơn kích thước ghi "
                    "trong tệp kê khai: gói đã bị sửa hoặc hỏng."
                )
            self._hash.update(chunk)
            lines = (rest + chunk).split(b"\n")
            rest = lines.pop()
            if len(rest) > self._max_line:
                raise MalformedBundleError(
                    f"Tệp {self._entry.path} trong gói {self._source} có dòng dài quá "
                    f"{self._max_line // 1024} KB sau dòng {self._line_number + len(lines)}."
                )
            if lines:
                yield lines
        if rest:
            raise MalformedBundleError(
                f"Tệp {self._entry.path} trong gói {self._source} không kết thúc bằng "
                "xuống dòng (tệp bị cắt cụt?)."
            )

    def _blocks(self, size: int) -> Iterator[list[bytes]]:
        while True:
            while len(self._pending) < size:
                more = next(self._lines, None)
                if more is None:
                    break
                self._pending.extend(more)
            if not self._pending:
                return
            block, self._pending = self._pending[:size], self._pending[size:]
            yield block

    def _decode(self, lines: list[bytes], first: int) -> list[list[Any]]:
        width = len(self.columns)
        try:
            text = (b"[" + b",".join(lines) + b"]").decode("utf-8")
            rows: list[Any] | None = _DECODER.decode(text)
        except (ValueError, RecursionError):
            rows = None
        if (
            rows is None
            or len(rows) != len(lines)
            or _SURROGATE_ESCAPE.search(text)
            or not all(type(row) is list and len(row) == width for row in rows)
        ):
            # Find the first bad line, to name it; joined lines can also fail together.
            rows = []
            for offset, line in enumerate(lines):
                where = f"Dòng {first + offset} của tệp {self._entry.path} (gói {self._source})"
                row = _decode_text(line, where)
                if type(row) is not list or len(row) != width:
                    raise MalformedBundleError(f"{where} không phải một dòng dữ liệu {width} cột.")
                rows.append(row)
        return rows


def _decode_text(line: bytes, where: str) -> Any:
    try:
        text = line.decode("utf-8")
        if _SURROGATE_ESCAPE.search(text) and _has_lone_surrogate(_DECODER.decode(text)):
            raise ValueError("lone surrogate")
        return _DECODER.decode(text)
    except (ValueError, RecursionError) as exc:
        raise MalformedBundleError(
            f"{where} không phải JSON hợp lệ.", detail=str(exc)[:200]
        ) from exc


def _has_lone_surrogate(value: Any) -> bool:
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return True
        return False
    if isinstance(value, list):
        return any(_has_lone_surrogate(item) for item in value)
    if isinstance(value, dict):
        return any(_has_lone_surrogate(k) or _has_lone_surrogate(v) for k, v in value.items())
    return False


# --- Checking ------------------------------------------------------------------------------


def _is_timestamp(value: object) -> bool:
    if type(value) is not str or not TIMESTAMP_PATTERN.fullmatch(value):
        return False
    try:
        datetime.fromisoformat(value[:-1])
    except ValueError:
        return False
    return True


def _is_date(value: object) -> bool:
    if type(value) is not str or not _DATE_PATTERN.fullmatch(value):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _is_id(value: object) -> bool:
    return type(value) is str and ID_PATTERN.fullmatch(value) is not None


def _is_int(value: object) -> bool:
    return type(value) is int and _INT_MIN <= value <= _INT_MAX


def _is_float(value: object) -> bool:
    if type(value) is int:
        return _INT_MIN <= value <= _INT_MAX
    return type(value) is float and math.isfinite(value)


def _has_surrogate(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


class RowChecker:
    """Checks decoded rows (in the table's column order) against a ``TableSpec``."""

    def __init__(self, spec: TableSpec) -> None:
        self.spec = spec
        self._id = spec.index(ID)
        self._rev_seq = spec.index(REV_SEQ)
        self._caches: list[set[Any]] = [set() for _ in spec.columns]
        self._plans = [self._plan(column) for column in spec.columns]

    def problems(self, rows: list[list[Any]], first_line: int) -> list[RowProblem]:
        """Every broken rule of the batch; an empty list when all rows are good."""
        if self._fast_ok(rows):
            return []
        found: list[RowProblem] = []
        for offset, row in enumerate(rows):
            row_id = row[self._id] if _is_id(row[self._id]) else None
            for column, value in zip(self.spec.columns, row, strict=True):
                message = _value_problem(column, value)
                if message is not None:
                    found.append(RowProblem(self.spec.name, first_line + offset, row_id, message))
            if _is_int(row[self._rev_seq]) and row[self._rev_seq] < 1:
                found.append(
                    RowProblem(
                        self.spec.name,
                        first_line + offset,
                        row_id,
                        "số hiệu thay đổi (rev_seq) phải từ 1 trở lên",
                    )
                )
        return found

    def _fast_ok(self, rows: list[list[Any]]) -> bool:
        if not rows:
            return True
        columns = list(zip(*rows, strict=True))
        for values, plan in zip(columns, self._plans, strict=True):
            if not plan(values):
                return False
        return bool(min(columns[self._rev_seq]) >= 1)

    def _plan(self, column: ColumnSpec) -> Callable[[tuple[Any, ...]], bool]:
        position = self.spec.index(column.name)
        cache = self._caches[position]
        allowed: set[type] = set()
        nullable = column.nullable
        kind = column.kind
        if kind is ColumnKind.TEXT:
            allowed = {str, type(None)} if nullable else {str}

            def text(values: tuple[Any, ...]) -> bool:
                return set(map(type, values)) <= allowed

            return text
        if kind in (ColumnKind.INTEGER, ColumnKind.FLOAT, ColumnKind.BOOLEAN):
            numeric_types: dict[ColumnKind, set[type]] = {
                ColumnKind.INTEGER: {int},
                ColumnKind.FLOAT: {int, float},
                ColumnKind.BOOLEAN: {bool},
            }
            allowed = numeric_types[kind]
            if nullable:
                allowed = allowed | {type(None)}

            def number(values: tuple[Any, ...]) -> bool:
                if not set(map(type, values)) <= allowed:
                    return False
                if kind is ColumnKind.BOOLEAN:
                    return True
                present = [v for v in values if v is not None] if nullable else values
                if not present:
                    return True
                if kind is ColumnKind.FLOAT and not all(map(math.isfinite, present)):
                    return False
                return bool(min(present) >= _INT_MIN and max(present) <= _INT_MAX)

            return number
        check = {
            ColumnKind.ID: _is_id,
            ColumnKind.DATE: _is_date,
            ColumnKind.TIMESTAMP: _is_timestamp,
            ColumnKind.ENUM: lambda value: type(value) is str and value in column.choices,
        }[kind]

        def distinct(values: tuple[Any, ...]) -> bool:
            try:
                new = set(values) - cache
            except TypeError:  # a list or an object where a value belongs
                return False
            if nullable:
                new.discard(None)
            if not all(map(check, new)):
                return False
            if len(cache) < _CACHE_LIMIT:
                cache.update(new)
            return True

        def unique(values: tuple[Any, ...]) -> bool:
            # A row's own id never repeats: remembering it would only cost.
            return all(map(check, values))

        return unique if column.name == ID else distinct


def _value_problem(column: ColumnSpec, value: Any) -> str | None:
    """Why ``value`` cannot go into ``column``, in Vietnamese; None when it can."""
    name = column.name
    if value is None:
        return None if column.nullable else f"cột {name} không được để trống"
    kind = column.kind
    if kind is ColumnKind.TEXT:
        if type(value) is not str:
            return f"cột {name} phải là chữ"
        if _has_surrogate(value):
            return f"cột {name} có ký tự không hợp lệ"
        return None
    if kind is ColumnKind.ID:
        return None if _is_id(value) else f"cột {name} phải là một mã bản ghi hợp lệ"
    if kind is ColumnKind.INTEGER:
        return None if _is_int(value) else f"cột {name} phải là số nguyên"
    if kind is ColumnKind.FLOAT:
        return None if _is_float(value) else f"cột {name} phải là số"
    if kind is ColumnKind.BOOLEAN:
        return None if type(value) is bool else f"cột {name} phải là true hoặc false"
    if kind is ColumnKind.DATE:
        return None if _is_date(value) else f"cột {name} phải là ngày dạng YYYY-MM-DD"
    if kind is ColumnKind.TIMESTAMP:
        if _is_timestamp(value):
            return None
        return f"cột {name} phải là thời điểm dạng YYYY-MM-DDTHH:MM:SS.ffffffZ"
    if type(value) is str and value in column.choices:
        return None
    shown = str(value)[:40]
    return f"cột {name} có giá trị \u201c{shown}\u201d không thuộc danh sách cho phép"
