"""Consistent backups of the live database (SQLite backup API), rotation and restore."""

from __future__ import annotations

import logging
import os
import re
import sqlite3
from datetime import datetime
from pathlib import Path

from tcns_desktop.data.database import quick_check
from tcns_desktop.domain.records import BackupRecord
from tcns_desktop.errors import BackupError

log = logging.getLogger(__name__)

BACKUP_SUFFIX = ".sqlite3"
_NAME = re.compile(r"^tcns-(\d{8}-\d{6}(?:-\d+)?)-([a-z0-9-]+)\.sqlite3$")


def backup_database(database_file: Path, backup_dir: Path, reason: str) -> Path:
    """Copy the live database consistently into ``backup_dir`` and verify the copy.

    The copy is written under a temporary name and renamed only after it passed
    ``quick_check``, so a half-written backup never looks like a good one.
    """
    if not re.fullmatch(r"[a-z0-9-]+", reason):
        raise ValueError(f"bad backup reason {reason!r}")
    if not database_file.exists():
        raise BackupError("Chưa có tệp dữ liệu để sao lưu.", detail=str(database_file))
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = backup_dir / f"tcns-{stamp}-{reason}{BACKUP_SUFFIX}"
    counter = 1
    while target.exists():
        target = backup_dir / f"tcns-{stamp}-{counter}-{reason}{BACKUP_SUFFIX}"
        counter += 1
    temporary = target.with_name(target.name + ".tmp")
    _copy_with_backup_api(database_file, temporary)
    problems = quick_check(temporary)
    if problems:
        temporary.unlink(missing_ok=True)
        raise BackupError(
            "Bản sao lưu vừa tạo bị lỗi, chưa lưu được. Hãy kiểm tra ổ đĩa.",
            detail="; ".join(problems),
        )
    temporary.replace(target)
    log.info("Backup written: %s", target)
    return target


def copy_database(source: Path, target: Path) -> None:
    """Consistent copy of one SQLite file to another path (temporary name, then rename)."""
    temporary = target.with_name(target.name + ".tmp")
    _copy_with_backup_api(source, temporary)
    temporary.replace(target)


def _copy_with_backup_api(source: Path, target: Path) -> None:
    target.unlink(missing_ok=True)
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=30)
        try:
            dst = sqlite3.connect(target)
            try:
                src.backup(dst, pages=4096)
                # A rollback-journal file with no WAL: one self-contained file to move around.
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        with target.open("rb+") as handle:
            os.fsync(handle.fileno())
    except (sqlite3.Error, OSError) as exc:
        target.unlink(missing_ok=True)
        raise BackupError(
            "Không sao lưu được dữ liệu (ổ đĩa đầy hoặc không ghi được?).", detail=str(exc)
        ) from exc


def list_backups(backup_dir: Path) -> list[BackupRecord]:
    """Backups, newest first."""
    if not backup_dir.is_dir():
        return []
    found: list[BackupRecord] = []
    for path in backup_dir.iterdir():
        match = _NAME.match(path.name)
        if not match:
            continue
        stamp = match.group(1)
        created = datetime.strptime(stamp[:15], "%Y%m%d-%H%M%S")
        found.append(
            BackupRecord(
                path=str(path),
                size_bytes=path.stat().st_size,
                created_at=created.strftime("%Y-%m-%d %H:%M:%S"),
                reason=match.group(2),
            )
        )
    found.sort(key=lambda record: (record.created_at, record.path), reverse=True)
    return found


def rotate_backups(backup_dir: Path, keep: int) -> list[Path]:
    """Keep the newest ``keep`` backups of each reason; returns what was removed."""
    removed: list[Path] = []
    by_reason: dict[str, list[BackupRecord]] = {}
    for record in list_backups(backup_dir):
        by_reason.setdefault(record.reason, []).append(record)
    for records in by_reason.values():
        for old in records[keep:]:
            path = Path(old.path)
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


def daily_backup_due(
    backup_dir: Path, database_file: Path | None = None, today: str | None = None
) -> bool:
    """No daily backup yet today, and (when ``database_file`` is given) something changed.

    An unchanged database needs no new copy: an upper level's file can weigh gigabytes, and
    days without work would otherwise fill the disk with identical backups.
    """
    day = today or datetime.now().strftime("%Y-%m-%d")
    backups = list_backups(backup_dir)
    if any(b.reason == "daily" and b.created_at.startswith(day) for b in backups):
        return False
    if database_file is None or not backups:
        return True
    return _revision_mark(database_file) != _revision_mark(Path(backups[0].path))


def _revision_mark(database_file: Path) -> tuple[str, int] | None:
    """(database id, last revision counter): equal marks mean equal content."""
    try:
        connection = sqlite3.connect(f"file:{database_file}?mode=ro", uri=True, timeout=10)
    except sqlite3.Error:
        return None
    try:
        row = connection.execute("SELECT database_id, last_seq FROM local_site").fetchone()
    except sqlite3.DatabaseError:
        return None
    finally:
        connection.close()
    return None if row is None else (str(row[0]), int(row[1]))


def replace_database_file(database_file: Path, backup_file: Path) -> None:
    """Put ``backup_file``'s content in place of the database (no connection may be open).

    The stale ``-wal``/``-shm`` files of the old database are removed first: left beside the
    restored file, SQLite would replay the old journal into it and damage it.
    """
    problems = quick_check(backup_file)
    if problems:
        raise BackupError(
            "Tệp sao lưu đã chọn bị hỏng, không khôi phục được.", detail="; ".join(problems)
        )
    staged = database_file.with_name(database_file.name + ".restoring")
    _copy_with_backup_api(backup_file, staged)
    for suffix in ("-wal", "-shm", "-journal"):
        Path(str(database_file) + suffix).unlink(missing_ok=True)
    staged.replace(database_file)
    log.info("Database %s restored from %s", database_file, backup_file)


def set_aside_damaged(database_file: Path) -> Path:
    """Move a damaged database (and its journals) aside, keeping it for an expert to look at."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = database_file.with_name(f"{database_file.stem}-damaged-{stamp}{database_file.suffix}")
    database_file.replace(aside)
    for suffix in ("-wal", "-shm"):
        journal = Path(str(database_file) + suffix)
        if journal.exists():
            journal.replace(Path(str(aside) + suffix))
    return aside
