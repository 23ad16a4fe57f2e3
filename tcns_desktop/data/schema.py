"""Schema revisions: which one a file is at, and the upgrade to head at start-up.

The head revision is a constant here so that start-up can compare it with the file's
``alembic_version`` using only the stdlib driver, and import Alembic (~0.3 s) only when an
upgrade is really needed. A test keeps the constant equal to Alembic's own head.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path

from tcns_desktop.errors import DatabaseError

SCHEMA_HEAD = "0004"
KNOWN_REVISIONS = ("0001", "0002", "0003", "0004")
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

log = logging.getLogger(__name__)


def current_revision(database_file: Path) -> str | None:
    """The file's schema revision, or None for a new/empty file."""
    if not database_file.exists() or database_file.stat().st_size == 0:
        return None
    connection = sqlite3.connect(f"file:{database_file}?mode=ro", uri=True, timeout=10)
    try:
        has_table = connection.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if not has_table:
            return None
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return None if row is None else str(row[0])
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(
            "Không đọc được phiên bản cấu trúc của tệp dữ liệu.", detail=str(exc)
        ) from exc
    finally:
        connection.close()


def needs_upgrade(database_file: Path) -> bool:
    revision = current_revision(database_file)
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise DatabaseError(
            "Tệp dữ liệu được tạo bởi phiên bản TCNS Desktop mới hơn phiên bản đang dùng. "
            "Hãy cài phiên bản mới nhất rồi mở lại.",
            detail=f"schema revision {revision} unknown to this program (head {SCHEMA_HEAD})",
        )
    return revision != SCHEMA_HEAD


def upgrade_to_head(
    database_file: Path,
    before_change: Callable[[], object] | None = None,
    *,
    target: str = "head",
) -> bool:
    """Apply the pending migrations; ``before_change`` (a backup) runs first if any are pending.

    Returns True when the schema changed.
    """
    if target == "head" and not needs_upgrade(database_file):
        return False
    had_data = current_revision(database_file) is not None
    if had_data and before_change is not None:
        before_change()
    from alembic import command
    from alembic.config import Config

    from tcns_desktop.data.database import make_engine

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    engine = make_engine(database_file)
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, target)
    finally:
        engine.dispose()
    log.info("Database %s migrated to %s", database_file, target)
    return True


def alembic_head() -> str:
    """Alembic's own view of the head (used by tests and ``tcns check``)."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    head = ScriptDirectory.from_config(config).get_current_head()
    return str(head)
