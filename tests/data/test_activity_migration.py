"""Revision 0003: existing activities get their search key; live-row indexes; templates."""

import sqlite3
from pathlib import Path

from tcns_desktop.data.schema import upgrade_to_head

STAMP = "2026-01-02T03:04:05.000000Z"


def _database_at_0002(folder: Path) -> Path:
    database = folder / "tcns.sqlite3"
    upgrade_to_head(database, target="0002")
    connection = sqlite3.connect(database)
    rows = [
        (
            "INSERT INTO local_site (singleton, site_id, database_id, last_seq, mode, created_at)"
            " VALUES (1, 's', 'd', 9, 'commune', ?)",
            (STAMP,),
        ),
        (
            "INSERT INTO commune (id, created_at, updated_at, rev_site, rev_seq, code, name, kind,"
            " province_code, province_name, district_name, address, place_name, document_symbol,"
            " upper_office_name, upper_office_level, team_type_name, notes) VALUES ('c1', ?, ?,"
            " 's', 1, '07951', 'Tân Lập', 'xa', '25', '', '', '', '', 'QĐ-UBND', '',"
            " 'province_department', 'Tổ công nghệ số cộng đồng', '')",
            (STAMP, STAMP),
        ),
        (
            "INSERT INTO team (id, created_at, updated_at, rev_site, rev_seq, commune_id, level,"
            " village_id, name, status, zalo_group, notes) VALUES ('t1', ?, ?, 's', 2, 'c1',"
            " 'commune', NULL, 'Tổ xã', 'active', '', '')",
            (STAMP, STAMP),
        ),
        (
            "INSERT INTO activity (id, created_at, updated_at, rev_site, rev_seq, commune_id,"
            " team_id, activity_date, kind, pillar, title, location, notes) VALUES ('a1', ?, ?,"
            " 's', 3, 'c1', 't1', '2025-12-01', 'guidance', 'digital_government',"
            " 'Hướng dẫn Dịch vụ công', 'Nhà văn hóa Đồng Tâm', 'Đông người')",
            (STAMP, STAMP),
        ),
    ]
    for statement, parameters in rows:
        connection.execute(statement, parameters)
    connection.commit()
    connection.close()
    return database


def test_existing_activities_are_searchable_after_the_upgrade(tmp_path: Path) -> None:
    database = _database_at_0002(tmp_path)
    assert upgrade_to_head(database) is True
    connection = sqlite3.connect(database)
    try:
        key = connection.execute("SELECT search_key FROM activity WHERE id = 'a1'").fetchone()[0]
        assert key == "huong dan dich vu cong nha van hoa dong tam dong nguoi"
        indexes = dict(
            connection.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'activity'"
            ).fetchall()
        )
        live = {name: sql for name, sql in indexes.items() if name.startswith("ix_activity_live_")}
        assert len(live) == 12
        assert all(sql.endswith("WHERE deleted_at IS NULL") for sql in live.values())
        assert "ix_activity_date_id" not in indexes and "ix_activity_team_id" not in indexes
        columns = [row[1] for row in connection.execute("PRAGMA table_info(activity_template)")]
        assert {"name", "kind", "pillar", "indicator_codes", "rev_seq"} <= set(columns)
    finally:
        connection.close()
