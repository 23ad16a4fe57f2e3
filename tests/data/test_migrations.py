"""The schema is created and upgraded by Alembic; old files reach head with their data."""

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from tcns_desktop.data.database import make_engine
from tcns_desktop.data.models import Base
from tcns_desktop.data.schema import (
    KNOWN_REVISIONS,
    SCHEMA_HEAD,
    alembic_head,
    current_revision,
    needs_upgrade,
    upgrade_to_head,
)
from tcns_desktop.errors import DatabaseError
from tcns_desktop.paths import AppPaths
from tcns_desktop.preferences import Preferences
from tcns_desktop.services.workspace import Workspace


def test_the_head_constant_is_alembics_head() -> None:
    assert alembic_head() == SCHEMA_HEAD == KNOWN_REVISIONS[-1]


def test_a_migrated_database_matches_the_models_exactly(tmp_path: Path) -> None:
    database = tmp_path / "db.sqlite3"
    assert upgrade_to_head(database) is True
    engine = make_engine(database)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
    engine.dispose()


def test_upgrade_is_skipped_when_already_at_head(tmp_path: Path) -> None:
    database = tmp_path / "db.sqlite3"
    upgrade_to_head(database)
    calls: list[str] = []
    assert upgrade_to_head(database, before_change=lambda: calls.append("backup")) is False
    assert calls == []


def _database_at_revision_0001(folder: Path) -> Path:
    """A file as the first schema revision left it, with a person and a village."""
    database = folder / "tcns.sqlite3"
    upgrade_to_head(database, target="0001")
    connection = sqlite3.connect(database)
    stamp = "2026-01-02T03:04:05.000000Z"
    connection.execute(
        "INSERT INTO local_site (singleton, site_id, database_id, last_seq, mode, created_at)"
        " VALUES (1, 'site-1', 'db-1', 2, 'commune', ?)",
        (stamp,),
    )
    connection.execute(
        "INSERT INTO commune (id, created_at, updated_at, rev_site, rev_seq, code, name, kind,"
        " province_code, province_name, district_name, address, place_name, document_symbol,"
        " upper_office_name, upper_office_level, team_type_name, notes) VALUES"
        " ('c1', ?, ?, 'site-1', 1, '07951', 'Tân Lập', 'xa', '25', 'Tỉnh Phú Thọ', '', '',"
        " 'Tân Lập', 'QĐ-UBND', '', 'province_department', 'Tổ công nghệ số cộng đồng', '')",
        (stamp, stamp),
    )
    connection.execute("UPDATE local_site SET commune_id = 'c1'")
    connection.execute(
        "INSERT INTO person (id, created_at, updated_at, rev_site, rev_seq, commune_id,"
        " full_name, ethnicity, phone, organisation, position, youth_union_member, education,"
        " notes) VALUES ('p1', ?, ?, 'site-1', 2, 'c1', 'Đặng Thị Ánh', 'Kinh', '0912345678',"
        " '', '', 0, '', '')",
        (stamp, stamp),
    )
    connection.commit()
    connection.close()
    return database


def test_a_database_from_revision_0001_is_backed_up_then_upgraded(tmp_path: Path) -> None:
    paths = AppPaths.in_folder(tmp_path)
    paths.ensure()
    database = _database_at_revision_0001(tmp_path)
    assert current_revision(database) == "0001"
    assert needs_upgrade(database)

    workspace, report = Workspace.open(paths, Preferences())
    try:
        assert report.migrated
        assert report.migration_backup is not None
        backup = Path(report.migration_backup)
        assert current_revision(backup) == "0001"  # the backup is the file as it was
        assert current_revision(database) == SCHEMA_HEAD
        profile = workspace.commune.profile()
        assert profile is not None and profile.commune_name == "Tân Lập"
    finally:
        workspace.close()
    # The data migration filled the new search key from the existing name.
    connection = sqlite3.connect(database)
    key = connection.execute("SELECT search_key FROM person WHERE id = 'p1'").fetchone()[0]
    connection.close()
    assert key == "dang thi anh"


def test_a_database_from_a_newer_program_is_refused(tmp_path: Path) -> None:
    database = tmp_path / "db.sqlite3"
    upgrade_to_head(database)
    connection = sqlite3.connect(database)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    with pytest.raises(DatabaseError, match="phiên bản TCNS Desktop mới hơn"):
        upgrade_to_head(database)
