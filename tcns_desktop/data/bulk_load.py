"""Fast insertion of generated rows (demo data) with the sync columns the ORM would have set.

Per-row ORM objects cost 5–7x a raw ``executemany`` and SQLAlchemy Core 1.3–1.7x (platform
notes), so large loads go straight to the DBAPI cursor with plain tuples. What the ORM's
flush would have added is added here instead:

- revisions: one ``reserve_revisions`` call per batch takes a range of the per-site counter
  in a single statement, and each row gets (site id, next counter value);
- ``created_at`` = ``updated_at`` = one canonical timestamp for the whole load,
  ``deleted_at`` NULL;
- every column the caller does not fill gets its Python-side default from the table
  metadata (raw inserts skip SQLAlchemy's defaults, and most are NOT NULL), written into the
  statement as a constant so it costs nothing per row.

Secondary indexes of the big tables are dropped for the load and rebuilt from the metadata
afterwards (building an index once is several times cheaper than maintaining it row by row),
then ``ANALYZE`` refreshes the planner's statistics.

``loading_connection`` sets a connection up for loading (rollback journal instead of WAL,
optionally no foreign-key checks); the loader works inside the caller's open transaction on
it and never commits.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from datetime import date
from enum import Enum
from typing import Any

from sqlalchemy import Connection, Engine, Index, Table

from tcns_desktop.data.models import Base, Syncable
from tcns_desktop.data.revisions import reserve_revisions
from tcns_desktop.domain.enums import AuditAction
from tcns_desktop.domain.identifiers import now_text, uuid7

Row = tuple[Any, ...]

# Filled by the loader itself, never by the caller's rows.
_LOADER_COLUMNS = frozenset({"created_at", "updated_at", "rev_site", "rev_seq", "deleted_at"})

# Rows per ANALYZE sample: exact statistics of million-row tables take seconds and buy the
# planner nothing here (SQLite's own advice for large databases is a limit of a few hundred).
_ANALYSIS_LIMIT = 1000


@contextmanager
def loading_connection(engine: Engine, *, foreign_keys: bool = True) -> Iterator[Connection]:
    """A connection set up for bulk loads; the database is back in WAL mode afterwards.

    In WAL mode every page of a load is written twice: into the log, then copied into the
    file at the checkpoint (a million activities make ~2 GB; the copy alone took ~8 s of a
    ~45 s load). With a rollback journal, pages appended to the end of the file need no
    journal at all, so the load is written once and stays just as atomic. SQLite switches
    only when no other connection is reading; if one is, the load simply runs in WAL mode.

    ``foreign_keys=False`` skips the parent lookups of every inserted row (~10 % of a load)
    for rows whose parent ids the caller has just inserted itself; the setting can only be
    changed outside a transaction, hence here and not in the loader.
    """
    with engine.connect() as connection:
        raw = _driver_connection(connection)
        previous_mode = str(raw.execute("PRAGMA journal_mode").fetchone()[0])
        previous_keys = int(raw.execute("PRAGMA foreign_keys").fetchone()[0])
        if not foreign_keys:
            raw.execute("PRAGMA foreign_keys=OFF")
        _leave_wal_if_alone(raw)
        try:
            yield connection
        finally:
            if connection.in_transaction():
                connection.rollback()
            raw.execute(f"PRAGMA foreign_keys={previous_keys}")
            with suppress(sqlite3.OperationalError):
                # Locked by a reader that opened meanwhile: harmless, every connection of
                # ``make_engine`` sets WAL again when it connects.
                raw.execute(f"PRAGMA journal_mode={previous_mode}")


def _leave_wal_if_alone(raw: sqlite3.Connection) -> None:
    """Switch to a rollback journal unless another connection has the file open."""
    timeout = int(raw.execute("PRAGMA busy_timeout").fetchone()[0])
    # Waiting would not help: the other connection is a reader that may stay open for hours.
    raw.execute("PRAGMA busy_timeout=0")
    try:
        # "database is locked" when another connection has the file open: then the load
        # runs in WAL mode, slower but just as correct.
        with suppress(sqlite3.OperationalError):
            raw.execute("PRAGMA journal_mode=DELETE")
    finally:
        raw.execute(f"PRAGMA busy_timeout={timeout}")


def _driver_connection(connection: Connection) -> sqlite3.Connection:
    driver = connection.connection.driver_connection
    if not isinstance(driver, sqlite3.Connection):
        raise TypeError("bulk loading needs the sqlite3 driver")
    return driver


class BulkLoader:
    """Inserts tuples into syncable tables over one connection's open transaction.

    The caller supplies ``id`` and the content columns of each row; see ``insert``.
    """

    def __init__(self, connection: Connection, *, timestamp: str | None = None) -> None:
        self._connection = connection
        self._raw = _driver_connection(connection)
        self.timestamp = timestamp or now_text()
        self._statements: dict[tuple[str, tuple[str, ...]], str] = {}
        self.inserted: dict[str, int] = {}
        if not self._raw.in_transaction:
            # sqlite3 opens a transaction only before DML; DDL issued first (dropping an
            # index) would otherwise run in autocommit, outside the load's transaction.
            self._raw.execute("BEGIN")

    def __enter__(self) -> BulkLoader:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def insert(self, model: type[Base], columns: Sequence[str], rows: Sequence[Row]) -> int:
        """Insert ``rows`` whose values follow ``columns`` (which must start with ``id``).

        Values are stored as given: dates as ISO text, enums as their values, booleans as
        0/1. Returns the number of rows inserted.
        """
        if not rows:
            return 0
        table = _table_of(model)
        site_id, first_seq = reserve_revisions(self._connection, len(rows))
        statement = self._statement(table, tuple(columns), site_id)
        sequences = range(first_seq, first_seq + len(rows))
        stamped = ((*row, seq) for row, seq in zip(rows, sequences, strict=True))
        self._raw.executemany(statement, stamped)
        self.inserted[table.name] = self.inserted.get(table.name, 0) + len(rows)
        return len(rows)

    @contextmanager
    def indexes_deferred(self, *models: type[Base]) -> Iterator[None]:
        """Drop the secondary indexes of ``models`` now and rebuild them at the end.

        On an exception the indexes are not rebuilt here: the caller's rollback brings the
        dropped ones back, because SQLite's DDL is transactional.
        """
        indexes = [index for model in models for index in _secondary_indexes(_table_of(model))]
        for index in indexes:
            self._raw.execute(f"DROP INDEX IF EXISTS {_quote(_index_name(index))}")
        yield
        for index in indexes:
            index.create(self._connection)

    def analyze(self, *models: type[Base]) -> None:
        """Refresh the query planner's statistics of the loaded tables."""
        self._raw.execute(f"PRAGMA analysis_limit={_ANALYSIS_LIMIT}")
        for model in models:
            self._raw.execute(f"ANALYZE {_quote(_table_of(model).name)}")

    def record_summary(self, actor: str, summary: dict[str, Any]) -> None:
        """One audit entry for the whole load, in place of one per row.

        Bulk loads skip the per-row audit trail on purpose: the rows are generated (demo
        data), a million before/after JSON documents would cost more than the load itself,
        and they would tell a reader nothing that this summary does not.
        """
        after = {"rows": dict(self.inserted), **summary}
        # "bulk_load" is no table: readers of the trail see a load, whose own id is row_id.
        self._raw.execute(
            "INSERT INTO audit_entry (id, at, actor, table_name, row_id, action, before_json, "
            "after_json) VALUES (?, ?, ?, ?, ?, ?, NULL, ?)",
            (
                uuid7(),
                self.timestamp,
                actor,
                "bulk_load",
                uuid7(),
                AuditAction.INSERT.value,
                json.dumps(after, ensure_ascii=False),
            ),
        )

    def close(self) -> None:
        """Nothing to release: the caller owns the connection and its transaction."""

    def _statement(self, table: Table, columns: tuple[str, ...], site_id: str) -> str:
        key = (table.name, columns)
        cached = self._statements.get(key)
        if cached is not None:
            return cached
        if not columns or columns[0] != "id":
            raise ValueError("bulk rows must start with the id column")
        unknown = [name for name in columns if name not in table.columns]
        if unknown or _LOADER_COLUMNS.intersection(columns):
            raise ValueError(f"columns not fillable in {table.name}: {columns}")
        names = [*columns, "rev_seq"]
        values = ["?"] * len(names)
        constants = {
            "created_at": self.timestamp,
            "updated_at": self.timestamp,
            "rev_site": site_id,
            "deleted_at": None,
        }
        for column in table.columns:
            if column.name in names:
                continue
            if column.name in constants:
                value = constants[column.name]
            else:
                value = _python_default(table, column.name)
            names.append(column.name)
            values.append(_sql_literal(value))
        statement = (
            f"INSERT INTO {_quote(table.name)} ({', '.join(_quote(n) for n in names)}) "
            f"VALUES ({', '.join(values)})"
        )
        self._statements[key] = statement
        return statement


def _table_of(model: type[Base]) -> Table:
    table = model.__table__
    if not isinstance(table, Table) or not issubclass(model, Syncable):
        raise TypeError(f"{model.__name__} is not a syncable table")
    return table


def _secondary_indexes(table: Table) -> list[Index]:
    return sorted(table.indexes, key=_index_name)


def _index_name(index: Index) -> str:
    if not isinstance(index.name, str):
        raise ValueError(f"index on {index.table} has no name")
    return index.name


def _python_default(table: Table, name: str) -> Any:
    column = table.columns[name]
    default = column.default
    if default is not None and default.is_scalar:
        return getattr(default, "arg", None)
    if default is None and column.nullable:
        return None
    raise ValueError(f"{table.name}.{name} has no constant default: the rows must fill it")


def _sql_literal(value: Any) -> str:
    """A constant as SQL text; only values from the metadata and the loader reach here."""
    if value is None:
        return "NULL"
    if isinstance(value, Enum):
        value = value.value
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, date):
        value = value.isoformat()
    if isinstance(value, str):
        return "'" + value.replace("'", "''") + "'"
    raise TypeError(f"no SQL literal for {value!r}")


def _quote(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'
