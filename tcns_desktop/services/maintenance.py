"""Backup listing, restore (also of a damaged database) and the database id after restore."""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from tcns_desktop.data.backups import (
    backup_database,
    list_backups,
    replace_database_file,
    set_aside_damaged,
)
from tcns_desktop.data.database import make_engine, make_session_factory, quick_check
from tcns_desktop.data.site_identity import (
    ensure_site,
    remember_identity,
    rotate_database_id,
    site_record,
)
from tcns_desktop.domain.records import BackupRecord
from tcns_desktop.errors import BackupError
from tcns_desktop.paths import AppPaths

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RestoreReport:
    restored_from: str
    previous_saved_as: str | None
    previous_was_damaged: bool
    new_database_id: str


def backups(paths: AppPaths) -> list[BackupRecord]:
    return list_backups(paths.backup_dir)


def latest_good_backup(paths: AppPaths) -> BackupRecord | None:
    """The newest backup that passes the integrity check (what a damaged start-up offers)."""
    for record in list_backups(paths.backup_dir):
        if not quick_check(Path(record.path)) and _is_tcns_database(Path(record.path)):
            return record
    return None


def restore_backup(paths: AppPaths, backup_file: Path) -> RestoreReport:
    """Replace the database with ``backup_file``; the current file is kept first.

    No workspace may be open on the database. A sound current database is backed up
    ("before-restore"); a damaged one is moved aside untouched. After the restore the file
    gets a new database id, because its history now diverges from what was sent upward.
    """
    backup_file = backup_file.expanduser().resolve()
    if not backup_file.is_file():
        raise BackupError(f"Không tìm thấy tệp sao lưu: {backup_file}")
    problems = quick_check(backup_file)
    if problems:
        raise BackupError(
            "Tệp sao lưu đã chọn bị hỏng, không khôi phục được.", detail="; ".join(problems)
        )
    if not _is_tcns_database(backup_file):
        raise BackupError("Tệp đã chọn không phải bản sao lưu dữ liệu của TCNS Desktop.")
    database_file = paths.database_file
    previous: Path | None = None
    damaged = False
    if database_file.exists():
        if quick_check(database_file):
            damaged = True
            previous = set_aside_damaged(database_file)
        else:
            previous = backup_database(database_file, paths.backup_dir, "before-restore")
    replace_database_file(database_file, backup_file)
    engine = make_engine(database_file)
    try:
        sessions = make_session_factory(engine)
        with sessions.begin() as session:
            ensure_site(session)
            new_id = rotate_database_id(session, f"restored-from:{backup_file.name}")
            site = site_record(ensure_site(session))
    finally:
        engine.dispose()
    remember_identity(paths.identity_file, database_file, site)
    log.info("Restored %s from %s (previous: %s)", database_file, backup_file, previous)
    return RestoreReport(
        restored_from=str(backup_file),
        previous_saved_as=str(previous) if previous else None,
        previous_was_damaged=damaged,
        new_database_id=new_id,
    )


def _is_tcns_database(path: Path) -> bool:
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        return False
    try:
        names = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
    except sqlite3.DatabaseError:
        return False
    finally:
        connection.close()
    return {"local_site", "alembic_version", "commune"} <= names


def set_damaged_database_aside(paths: AppPaths) -> Path:
    """Keep a damaged file for a technician and let the program start on a new empty one."""
    return set_aside_damaged(paths.database_file)
