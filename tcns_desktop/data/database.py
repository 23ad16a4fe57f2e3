"""The SQLite engine: pragmas that keep data safe, the session factory, the integrity check."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import ClauseElement, Connection, Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from tcns_desktop.data.revisions import install_revision_stamping

BUSY_TIMEOUT_MS = 10_000


def make_engine(database_file: Path, *, bulk: bool = False) -> Engine:
    """An engine on one SQLite file with WAL, foreign keys and a busy timeout.

    ``bulk`` turns fsync off and enlarges the page cache, for generated demo data only: a
    crash of the program loses the load, but a power cut or an OS crash during it can damage
    the file, so it is never used on a clerk's real data.
    """
    engine = create_engine(f"sqlite:///{database_file}", future=True)

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        # FULL: a commit is on disk when it returns, so a power cut loses nothing confirmed.
        cursor.execute("PRAGMA synchronous=" + ("OFF" if bulk else "FULL"))
        if bulk:
            cursor.execute("PRAGMA cache_size=-262144")
        cursor.close()

    return engine


def make_session_factory(engine: Engine, actor: str = "") -> sessionmaker[Session]:
    """Sessions whose objects stay readable after commit; every flush stamps revisions."""
    factory = sessionmaker(engine, expire_on_commit=False, info={"actor": actor})
    install_revision_stamping(factory)
    return factory


def quick_check(database_file: Path) -> list[str]:
    """Problems SQLite's ``PRAGMA quick_check`` reports; an empty list means the file is sound.

    Uses the stdlib driver so the check runs before SQLAlchemy is even imported at start-up.
    """
    try:
        connection = sqlite3.connect(f"file:{database_file}?mode=ro", uri=True, timeout=10)
    except sqlite3.Error as exc:
        return [str(exc)]
    try:
        rows = connection.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    finally:
        connection.close()
    messages = [str(row[0]) for row in rows]
    return [] if messages == ["ok"] else messages


def fetch_tuples(connection: Connection, statement: ClauseElement) -> list[tuple[Any, ...]]:
    """Rows of a Core statement as the driver's plain tuples, without SQLAlchemy's result
    processing (no Row objects, no enum or date conversion: values come back as stored).

    For lists of 10,000+ rows that must appear at once; the statement is rendered with its
    values inline (SQLAlchemy quotes them), so it must only carry values, never raw SQL text.
    """
    sql = str(statement.compile(bind=connection, compile_kwargs={"literal_binds": True}))
    cursor = connection.connection.cursor()
    try:
        cursor.execute(sql)
        return list(cursor.fetchall())
    finally:
        cursor.close()
