"""Backups are consistent copies, rotate per reason, and restore without stale journals."""

import sqlite3
from pathlib import Path

import pytest

from tcns_desktop.data.backups import (
    backup_database,
    daily_backup_due,
    list_backups,
    replace_database_file,
    rotate_backups,
)
from tcns_desktop.data.database import quick_check
from tcns_desktop.errors import BackupError


def _database(path: Path, rows: int) -> Path:
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("CREATE TABLE t (n INTEGER)")
    connection.executemany("INSERT INTO t VALUES (?)", [(i,) for i in range(rows)])
    connection.commit()
    connection.close()
    return path


def _count(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute("SELECT count(*) FROM t").fetchone()[0])
    finally:
        connection.close()


def test_backup_of_a_live_database_holds_committed_rows_only(tmp_path: Path) -> None:
    database = _database(tmp_path / "live.sqlite3", 100)
    writer = sqlite3.connect(database)
    writer.execute("BEGIN")
    writer.execute("INSERT INTO t VALUES (-1)")  # uncommitted while the backup runs
    backup = backup_database(database, tmp_path / "backups", "manual")
    writer.rollback()
    writer.close()
    assert _count(backup) == 100
    assert quick_check(backup) == []
    assert not list((tmp_path / "backups").glob("*.tmp"))


def test_rotation_keeps_the_newest_of_each_reason(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    for day in range(1, 6):
        (folder / f"tcns-2026010{day}-120000-daily.sqlite3").write_bytes(b"x")
    (folder / "tcns-20260101-120000-before-migration.sqlite3").write_bytes(b"x")
    removed = rotate_backups(folder, keep=2)
    assert len(removed) == 3
    names = sorted(p.name for p in folder.iterdir())
    assert names == [
        "tcns-20260101-120000-before-migration.sqlite3",
        "tcns-20260104-120000-daily.sqlite3",
        "tcns-20260105-120000-daily.sqlite3",
    ]
    assert list_backups(folder)[0].reason == "daily"


def test_daily_backup_is_skipped_when_nothing_changed_since_the_last_backup(
    tmp_path: Path,
) -> None:
    database = tmp_path / "live.sqlite3"
    connection = sqlite3.connect(database)
    connection.execute("CREATE TABLE local_site (database_id TEXT, last_seq INTEGER)")
    connection.execute("INSERT INTO local_site VALUES ('db-1', 5)")
    connection.commit()
    backup_database(database, tmp_path / "backups", "manual")
    assert not daily_backup_due(tmp_path / "backups", database, today="2099-01-01")
    connection.execute("UPDATE local_site SET last_seq = 6")
    connection.commit()
    connection.close()
    assert daily_backup_due(tmp_path / "backups", database, today="2099-01-01")


def test_daily_backup_is_due_once_a_day(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    assert daily_backup_due(folder, today="2026-01-05")
    (folder / "tcns-20260105-080000-daily.sqlite3").write_bytes(b"x")
    assert not daily_backup_due(folder, today="2026-01-05")
    assert daily_backup_due(folder, today="2026-01-06")


def test_restore_removes_the_stale_journal_of_the_replaced_file(tmp_path: Path) -> None:
    database = _database(tmp_path / "live.sqlite3", 10)
    backup = backup_database(database, tmp_path / "backups", "manual")
    # More rows, left in the WAL of the live file (connection kept open: no checkpoint).
    writer = sqlite3.connect(database)
    writer.execute("PRAGMA wal_autocheckpoint=0")
    writer.executemany("INSERT INTO t VALUES (?)", [(i,) for i in range(50)])
    writer.commit()
    assert Path(str(database) + "-wal").stat().st_size > 0
    writer.close()
    replace_database_file(database, backup)
    assert not Path(str(database) + "-wal").exists()
    assert _count(database) == 10
    assert quick_check(database) == []


def test_a_damaged_backup_is_not_restored(tmp_path: Path) -> None:
    database = _database(tmp_path / "live.sqlite3", 10)
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    with pytest.raises(BackupError):
        replace_database_file(database, bad)
    assert _count(database) == 10
