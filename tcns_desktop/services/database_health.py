"""Integrity and schema status of a database file, readable even when the file is old or damaged.

Only the stdlib sqlite3 driver is used, so the start-up check costs no SQLAlchemy import.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tcns_desktop.data.database import quick_check
from tcns_desktop.data.schema import SCHEMA_HEAD, current_revision
from tcns_desktop.domain.enums import SiteMode
from tcns_desktop.domain.records import CheckReport, SiteRecord
from tcns_desktop.errors import DatabaseError

COUNTED_TABLES = (
    "commune",
    "village",
    "team",
    "team_decision",
    "person",
    "membership",
    "training_course",
    "training_attendance",
    "skill_assessment",
    "activity",
    "activity_participant",
    "activity_result",
    "activity_template",
    "indicator",
    "target",
    "issued_document",
    "audit_entry",
)


def check_database(database_file: Path) -> CheckReport:
    if not database_file.exists():
        return CheckReport(
            database_file=str(database_file),
            integrity_ok=True,
            integrity_messages=("Chưa có tệp dữ liệu (sẽ được tạo khi mở chương trình).",),
            schema_revision=None,
            schema_head=SCHEMA_HEAD,
            site=None,
        )
    problems = quick_check(database_file)
    if problems:
        return CheckReport(
            database_file=str(database_file),
            integrity_ok=False,
            integrity_messages=tuple(problems[:20]),
            schema_revision=None,
            schema_head=SCHEMA_HEAD,
            site=None,
        )
    try:
        revision = current_revision(database_file)
    except DatabaseError as exc:
        return CheckReport(
            database_file=str(database_file),
            integrity_ok=False,
            integrity_messages=(exc.message,),
            schema_revision=None,
            schema_head=SCHEMA_HEAD,
            site=None,
        )
    site, counts, configured = _read_site_and_counts(database_file)
    return CheckReport(
        database_file=str(database_file),
        integrity_ok=True,
        integrity_messages=(),
        schema_revision=revision,
        schema_head=SCHEMA_HEAD,
        site=site,
        row_counts=counts,
        commune_configured=configured,
    )


def _read_site_and_counts(
    database_file: Path,
) -> tuple[SiteRecord | None, dict[str, int], bool]:
    connection = sqlite3.connect(f"file:{database_file}?mode=ro", uri=True, timeout=10)
    try:
        tables = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        site = None
        configured = False
        if "local_site" in tables:
            row = connection.execute(
                "SELECT site_id, database_id, mode, last_seq, commune_id FROM local_site"
            ).fetchone()
            if row is not None:
                site = SiteRecord(
                    site_id=row[0],
                    database_id=row[1],
                    mode=SiteMode(row[2]),
                    last_seq=int(row[3]),
                    commune_id=row[4],
                )
                configured = row[4] is not None
        counts: dict[str, int] = {}
        for table in COUNTED_TABLES:
            if table not in tables:
                continue
            has_tombstones = table != "audit_entry"
            where = " WHERE deleted_at IS NULL" if has_tombstones else ""
            counts[table] = int(
                connection.execute(f"SELECT count(*) FROM {table}{where}").fetchone()[0]
            )
        return site, counts, configured
    finally:
        connection.close()
