"""Row-level reads and merges for sync bundles, on the stdlib sqlite3 driver.

The bundle side describes tables with ``domain.sync_tables``; this module builds those
descriptions from the models (so a new column travels without a format change), reads the
rows a bundle carries (commune side), and looks up, compares and writes incoming rows
(upper-level side). It works on the driver's connection with plain tuples: SQLAlchemy's Row
objects and type processing would cost more than the SQL itself at a province's million rows.

Writes are guarded in SQL as well as in the caller: an insert fails on an existing id, and
an update replaces a row only when both come from the same site and the incoming revision is
newer, so no ordering of bundles can let an older state win or one commune overwrite
another's row.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date
from enum import Enum
from typing import Any

from sqlalchemy import Boolean, Connection, Date, Float, Integer, Table
from sqlalchemy import Enum as SqlEnum

from tcns_desktop.data.models import (
    SYNCABLE_MODELS,
    Commune,
    Indicator,
    PlatformService,
    Syncable,
    Timestamp,
)
from tcns_desktop.domain.identifiers import uuid7
from tcns_desktop.domain.sync_tables import (
    ID,
    NO_DEFAULT,
    REV_SEQ,
    REV_SITE,
    ColumnKind,
    ColumnSpec,
    JsonScalar,
    NoDefault,
    TableSpec,
)

Row = tuple[Any, ...]

# Shared reference data: matched between sites on this column, not on the row id.
NATURAL_KEYS: Mapping[str, str] = {
    Indicator.__tablename__: "code",
    PlatformService.__tablename__: "name",
}
READ_BATCH = 5000
# Parameters per IN (...) lookup; well under SQLite's limit of 32,766.
_LOOKUP_CHUNK = 900


def driver_connection(connection: Connection) -> sqlite3.Connection:
    driver = connection.connection.driver_connection
    if not isinstance(driver, sqlite3.Connection):
        raise TypeError("sync rows need the sqlite3 driver")
    return driver


def _quote(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


# --- Table descriptions --------------------------------------------------------------------


def bundle_tables() -> tuple[TableSpec, ...]:
    """Every syncable table as a bundle sees it, parents first."""
    return tuple(_table_spec(model) for model in SYNCABLE_MODELS)


def _table_spec(model: type[Syncable]) -> TableSpec:
    table = model.__table__  # type: ignore[attr-defined]
    assert isinstance(table, Table)
    columns = tuple(_column_spec(table, column.name) for column in table.columns)
    names = {column.name for column in columns}
    owner = ID if model is Commune else ("commune_id" if "commune_id" in names else None)
    return TableSpec(
        name=table.name,
        columns=columns,
        owner_column=owner,
        natural_key=NATURAL_KEYS.get(table.name),
    )


def _column_spec(table: Table, name: str) -> ColumnSpec:
    column = table.columns[name]
    column_type = column.type
    references = next((fk.column.table.name for fk in column.foreign_keys), None)
    choices: frozenset[str] = frozenset()
    if isinstance(column_type, Timestamp):
        kind = ColumnKind.TIMESTAMP
    elif isinstance(column_type, SqlEnum):
        kind = ColumnKind.ENUM
        choices = frozenset(str(value) for value in column_type.enums)
    elif isinstance(column_type, Boolean):
        kind = ColumnKind.BOOLEAN
    elif isinstance(column_type, Integer):
        kind = ColumnKind.INTEGER
    elif isinstance(column_type, Float):
        kind = ColumnKind.FLOAT
    elif isinstance(column_type, Date):
        kind = ColumnKind.DATE
    elif column.primary_key or references is not None or name == REV_SITE:
        kind = ColumnKind.ID
    else:
        kind = ColumnKind.TEXT
    return ColumnSpec(
        name=name,
        kind=kind,
        nullable=bool(column.nullable),
        choices=choices,
        references=references,
        default=_constant_default(column.default, bool(column.nullable)),
    )


def _constant_default(default: Any, nullable: bool) -> JsonScalar | NoDefault:
    if default is None or not getattr(default, "is_scalar", False):
        # A nullable column without a default is empty in a row that predates it.
        return None if nullable and default is None else NO_DEFAULT
    value = default.arg
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, date):
        return value.isoformat()
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return NO_DEFAULT


# --- Value conversion ----------------------------------------------------------------------


class RowEncoder:
    """Stored values → bundle values: only booleans differ (SQLite keeps them as 0/1)."""

    def __init__(self, spec: TableSpec) -> None:
        self._booleans = [
            position
            for position, column in enumerate(spec.columns)
            if column.kind is ColumnKind.BOOLEAN
        ]

    def encode(self, rows: list[Row]) -> list[Row]:
        if not self._booleans:
            return rows
        booleans = self._booleans
        result = []
        for row in rows:
            values = list(row)
            for position in booleans:
                if values[position] is not None:
                    values[position] = bool(values[position])
            result.append(tuple(values))
        return result


# --- Commune side: what a bundle carries ---------------------------------------------------


def _select(spec: TableSpec) -> str:
    columns = ", ".join(_quote(name) for name in spec.column_names)
    return f"SELECT {columns} FROM {_quote(spec.name)}"


def read_changed_rows(
    raw: sqlite3.Connection, spec: TableSpec, since: Mapping[str, int] | None
) -> Iterator[list[Row]]:
    """Batches of ``spec``'s rows (bundle values, ordered by id) whose revision is newer than
    ``since[rev_site]``; rows of a site missing from ``since`` all count; None = every row."""
    sql = _select(spec)
    parameters: list[Any] = []
    if since:
        sites = list(since)
        marks = ", ".join("?" for _ in sites)
        clauses = [f"{_quote(REV_SITE)} NOT IN ({marks})"]
        parameters += sites
        for site, seq in since.items():
            clauses.append(f"({_quote(REV_SITE)} = ? AND {_quote(REV_SEQ)} > ?)")
            parameters += [site, seq]
        sql += " WHERE " + " OR ".join(clauses)
    sql += f" ORDER BY {_quote(ID)}"
    encoder = RowEncoder(spec)
    cursor = raw.execute(sql, parameters)
    try:
        while batch := cursor.fetchmany(READ_BATCH):
            yield encoder.encode(batch)
    finally:
        cursor.close()


def revision_peaks(raw: sqlite3.Connection, specs: Iterable[TableSpec]) -> dict[str, int]:
    """The highest revision of each site found in the rows (whatever the tables)."""
    peaks: dict[str, int] = {}
    for spec in specs:
        sql = (
            f"SELECT {_quote(REV_SITE)}, MAX({_quote(REV_SEQ)}) FROM {_quote(spec.name)} "
            f"GROUP BY {_quote(REV_SITE)}"
        )
        for site, seq in raw.execute(sql):
            peaks[str(site)] = max(peaks.get(str(site), 0), int(seq))
    return peaks


def shift_revisions(
    raw: sqlite3.Connection, specs: Iterable[TableSpec], site_id: str, offset: int
) -> int:
    """Add ``offset`` to every revision of ``site_id`` (order kept); returns rows touched.

    Used when a restored or copied file is confirmed as the commune's data from now on: its
    rows then outrank every revision the lost line of history may have sent upward.
    """
    touched = 0
    for spec in specs:
        cursor = raw.execute(
            f"UPDATE {_quote(spec.name)} SET {_quote(REV_SEQ)} = {_quote(REV_SEQ)} + ? "
            f"WHERE {_quote(REV_SITE)} = ?",
            (offset, site_id),
        )
        touched += cursor.rowcount
    return touched


# --- Upper-level side: looking up, comparing and writing -----------------------------------


def _chunks(values: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for start in range(0, len(values), _LOOKUP_CHUNK):
        yield values[start : start + _LOOKUP_CHUNK]


class HubRows:
    """Statements of the upper level's merge, over one driver connection and transaction."""

    def __init__(self, raw: sqlite3.Connection) -> None:
        self._raw = raw
        self._statements: dict[tuple[str, str], str] = {}

    def revisions(self, spec: TableSpec, ids: Sequence[str]) -> dict[str, tuple[str, int]]:
        """(rev_site, rev_seq) of the rows among ``ids`` that exist."""
        found: dict[str, tuple[str, int]] = {}
        table = _quote(spec.name)
        for chunk in _chunks(ids):
            marks = ", ".join("?" * len(chunk))
            sql = (
                f"SELECT {_quote(ID)}, {_quote(REV_SITE)}, {_quote(REV_SEQ)} FROM {table} "
                f"WHERE {_quote(ID)} IN ({marks})"
            )
            for row_id, site, seq in self._raw.execute(sql, chunk):
                found[row_id] = (site, seq)
        return found

    def rows(self, spec: TableSpec, ids: Sequence[str]) -> dict[str, Row]:
        """Whole rows (bundle values) among ``ids``, to compare with incoming ones."""
        found: dict[str, Row] = {}
        encoder = RowEncoder(spec)
        select = _select(spec)
        id_at = spec.index(ID)
        for chunk in _chunks(ids):
            marks = ", ".join("?" * len(chunk))
            batch = self._raw.execute(f"{select} WHERE {_quote(ID)} IN ({marks})", chunk)
            for row in encoder.encode(batch.fetchall()):
                found[row[id_at]] = row
        return found

    def existing_ids(self, table: str, ids: Iterable[str], site_id: str | None) -> set[str]:
        """Which of ``ids`` exist in ``table`` (and belong to ``site_id`` when given)."""
        wanted = list(ids)
        found: set[str] = set()
        for chunk in _chunks(wanted):
            marks = ", ".join("?" * len(chunk))
            sql = f"SELECT {_quote(ID)} FROM {_quote(table)} WHERE {_quote(ID)} IN ({marks})"
            parameters = list(chunk)
            if site_id is not None:
                sql += f" AND {_quote(REV_SITE)} = ?"
                parameters.append(site_id)
            found.update(row[0] for row in self._raw.execute(sql, parameters))
        return found

    def site_has_rows(self, table: str, site_id: str) -> bool:
        sql = f"SELECT 1 FROM {_quote(table)} WHERE {_quote(REV_SITE)} = ? LIMIT 1"
        return self._raw.execute(sql, (site_id,)).fetchone() is not None

    def site_row_count(self, table: str, site_id: str) -> int:
        sql = f"SELECT COUNT(*) FROM {_quote(table)} WHERE {_quote(REV_SITE)} = ?"
        return int(self._raw.execute(sql, (site_id,)).fetchone()[0])

    def site_rows(self, spec: TableSpec, site_id: str) -> Iterator[list[Row]]:
        """Batches of the rows whose latest revision comes from ``site_id``, ordered by id."""
        sql = f"{_select(spec)} WHERE {_quote(REV_SITE)} = ? ORDER BY {_quote(ID)}"
        encoder = RowEncoder(spec)
        cursor = self._raw.execute(sql, (site_id,))
        try:
            while batch := cursor.fetchmany(READ_BATCH):
                yield encoder.encode(batch)
        finally:
            cursor.close()

    def insert(self, spec: TableSpec, rows: Sequence[Sequence[Any]]) -> int:
        """Insert rows whose ids are new; an id that exists fails (IntegrityError), so an
        insert can never overwrite anything."""
        if not rows:
            return 0
        statement = self._statements.get(("insert", spec.name))
        if statement is None:
            names = ", ".join(_quote(n) for n in spec.column_names)
            marks = ", ".join("?" for _ in spec.column_names)
            statement = f"INSERT INTO {_quote(spec.name)} ({names}) VALUES ({marks})"
            self._statements[("insert", spec.name)] = statement
        before = self._raw.total_changes
        self._raw.executemany(statement, rows)
        return self._raw.total_changes - before

    def update(self, spec: TableSpec, rows: Sequence[Sequence[Any]]) -> int:
        """Replace stored rows by newer revisions of the same site; returns rows replaced.

        The WHERE clause repeats the merge rule, so even a wrong call cannot let an older
        revision, or another site's, replace a row.

        Not one ``INSERT … ON CONFLICT DO UPDATE``: with foreign keys on, SQLite runs that
        upsert at about a third of the speed of a plain insert (measured: 4.6 s against
        1.7 s for the same 190,000 rows), and the caller already knows which rows are new.
        """
        if not rows:
            return 0
        id_at, site_at, seq_at = spec.index(ID), spec.index(REV_SITE), spec.index(REV_SEQ)
        others = [i for i, name in enumerate(spec.column_names) if name != ID]
        statement = self._statements.get(("update", spec.name))
        if statement is None:
            table = _quote(spec.name)
            sets = ", ".join(f"{_quote(spec.column_names[i])} = ?" for i in others)
            statement = (
                f"UPDATE {table} SET {sets} WHERE {_quote(ID)} = ? "
                f"AND {_quote(REV_SITE)} = ? AND {_quote(REV_SEQ)} < ?"
            )
            self._statements[("update", spec.name)] = statement
        parameters = [
            [*(row[i] for i in others), row[id_at], row[site_at], row[seq_at]] for row in rows
        ]
        before = self._raw.total_changes
        self._raw.executemany(statement, parameters)
        return self._raw.total_changes - before

    # Shared reference data (catalogues) ------------------------------------------------

    def natural_matches(self, spec: TableSpec, values: Iterable[str]) -> dict[str, str]:
        """Ids of the rows of a catalogue table whose natural key is among ``values``
        (the oldest row when several share one)."""
        key = spec.natural_key
        assert key is not None, f"{spec.name} has no natural key"
        wanted = list(set(values))
        found: dict[str, str] = {}
        for chunk in _chunks(wanted):
            marks = ", ".join("?" * len(chunk))
            sql = (
                f"SELECT {_quote(key)}, {_quote(ID)} FROM {_quote(spec.name)} "
                f"WHERE {_quote(key)} IN ({marks}) ORDER BY rowid DESC"
            )
            for value, row_id in self._raw.execute(sql, chunk):
                found[value] = row_id  # ascending by age at the end: the oldest wins
        return found

    def reference_map(self, site_id: str) -> dict[tuple[str, str], tuple[str, int]]:
        """(table, commune's id) → (upper level's id, commune's revision) for ``site_id``."""
        sql = (
            "SELECT table_name, origin_id, local_id, rev_seq FROM hub_reference_map "
            "WHERE origin_site_id = ?"
        )
        return {
            (table, origin): (local, seq)
            for table, origin, local, seq in self._raw.execute(sql, (site_id,))
        }

    def reference_rows(self, site_id: str, table: str) -> Iterator[Row]:
        """The commune's own versions of the catalogue rows matched to the upper level's."""
        sql = (
            "SELECT row_json FROM hub_reference_map WHERE origin_site_id = ? AND table_name = ? "
            "ORDER BY origin_id"
        )
        for (text,) in self._raw.execute(sql, (site_id, table)):
            yield tuple(json.loads(text))

    def save_references(
        self, site_id: str, table: str, entries: Sequence[tuple[str, str, int, Row]]
    ) -> None:
        """Record (commune's id, upper level's id, revision, commune's row) matches; a newer
        revision of a match replaces the older one."""
        self._raw.executemany(
            "INSERT INTO hub_reference_map (origin_site_id, table_name, origin_id, local_id, "
            "rev_seq, row_json) VALUES (?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(origin_site_id, table_name, origin_id) DO UPDATE SET "
            "rev_seq = excluded.rev_seq, row_json = excluded.row_json "
            "WHERE excluded.rev_seq > hub_reference_map.rev_seq",
            [
                (
                    site_id,
                    table,
                    origin,
                    local,
                    seq,
                    json.dumps(list(row), ensure_ascii=False, separators=(",", ":")),
                )
                for origin, local, seq, row in entries
            ],
        )


# --- Upper-level bookkeeping, in the import's own transaction ------------------------------


class HubLedger:
    """Registered keys and received bundles, read and written over the import's connection
    (the ORM's session would end the import's transaction when it closes)."""

    _BUNDLE_COLUMNS = (
        "bundle_id",
        "sha256",
        "site_id",
        "commune_code",
        "commune_name",
        "database_id",
        "sequence",
        "kind",
        "created_at",
        "imported_at",
        "from_seq",
        "to_seq",
        "previous_bundle_id",
        "key_fingerprint",
        "file_name",
        "lineage_json",
        "counts_json",
    )

    def __init__(self, raw: sqlite3.Connection) -> None:
        self._raw = raw

    def peer_keys(self) -> dict[str, dict[str, Any]]:
        """Fingerprint → the key's row (as a dict), every role."""
        cursor = self._raw.execute(
            "SELECT fingerprint, role, code, name, site_id, signing_key, encryption_key, "
            "revoked_at FROM sync_peer_key"
        )
        names = [d[0] for d in cursor.description]
        return {row[0]: dict(zip(names, row, strict=True)) for row in cursor}

    def bundle(self, bundle_id: str) -> dict[str, Any] | None:
        cursor = self._raw.execute(
            f"SELECT {', '.join(self._BUNDLE_COLUMNS)} FROM hub_bundle_received "
            "WHERE bundle_id = ?",
            (bundle_id,),
        )
        row = cursor.fetchone()
        return None if row is None else dict(zip(self._BUNDLE_COLUMNS, row, strict=True))

    def site_bundles(self, site_id: str) -> list[dict[str, Any]]:
        cursor = self._raw.execute(
            f"SELECT {', '.join(self._BUNDLE_COLUMNS)} FROM hub_bundle_received "
            "WHERE site_id = ? ORDER BY sequence, imported_at",
            (site_id,),
        )
        return [dict(zip(self._BUNDLE_COLUMNS, row, strict=True)) for row in cursor]

    def record_bundle(self, values: Mapping[str, Any]) -> None:
        names = self._BUNDLE_COLUMNS
        self._raw.execute(
            f"INSERT INTO hub_bundle_received ({', '.join(names)}) "
            f"VALUES ({', '.join('?' for _ in names)})",
            [values[name] for name in names],
        )

    def audit(self, at: str, actor: str, table: str, row_id: str, after: Mapping[str, Any]) -> None:
        """One audit entry for a whole bundle (rows merged in bulk get no entry each)."""
        self._raw.execute(
            "INSERT INTO audit_entry (id, at, actor, table_name, row_id, action, before_json, "
            "after_json) VALUES (?, ?, ?, ?, ?, 'insert', NULL, ?)",
            (uuid7(), at, actor, table, row_id, json.dumps(after, ensure_ascii=False)),
        )
