"""Opening a database: creation, seeding, daily backup, identity, damage, restore."""

import sqlite3
from pathlib import Path

import pytest

from tcns_desktop.errors import BackupError, DamagedDatabaseError
from tcns_desktop.paths import AppPaths
from tcns_desktop.preferences import Preferences
from tcns_desktop.services import maintenance
from tcns_desktop.services.database_health import check_database
from tcns_desktop.services.workspace import Workspace
from tests.conftest import sample_setup


def _open(paths: AppPaths) -> Workspace:
    workspace, _ = Workspace.open(paths, Preferences())
    return workspace


def test_a_new_database_is_created_seeded_and_knows_who_it_is(paths: AppPaths) -> None:
    workspace, report = Workspace.open(paths, Preferences())
    try:
        assert report.created and not report.migrated
        assert report.seeded_rows == 25  # 13 indicators + 12 platforms
        site = workspace.site()
        assert site.site_id != site.database_id
        assert workspace.summary().profile is None
    finally:
        workspace.close()
    assert paths.database_file.exists()
    # Reopening seeds nothing twice and takes the daily backup.
    workspace, report = Workspace.open(paths, Preferences())
    workspace.close()
    assert report.seeded_rows == 0
    assert report.daily_backup is not None and Path(report.daily_backup).exists()
    assert report.identity_rotated is None


def test_a_copied_database_gets_a_new_database_id_but_keeps_its_site(
    paths: AppPaths, tmp_path: Path
) -> None:
    workspace = _open(paths)
    workspace.commune.save_setup(sample_setup())
    original = workspace.site()
    workspace.close()
    other = AppPaths.in_folder(tmp_path / "other-pc")
    other.ensure()
    backup = Path(maintenance.backups(paths)[0].path) if maintenance.backups(paths) else None
    source = backup or paths.database_file
    other.database_file.write_bytes(source.read_bytes())
    copied, report = Workspace.open(other, Preferences())
    try:
        assert report.identity_rotated == "copied-from-elsewhere"
        site = copied.site()
        assert site.site_id == original.site_id
        assert site.database_id != original.database_id
    finally:
        copied.close()


def test_a_damaged_database_is_refused_with_a_clear_message(paths: AppPaths) -> None:
    workspace = _open(paths)
    workspace.commune.save_setup(sample_setup())
    workspace.close()
    data = bytearray(paths.database_file.read_bytes())
    for offset in range(4096, len(data), 4096):  # wreck every page after the first
        data[offset + 100 : offset + 400] = b"\x5a" * 300
    paths.database_file.write_bytes(bytes(data))
    with pytest.raises(DamagedDatabaseError) as caught:
        Workspace.open(paths, Preferences())
    assert "bị hỏng" in caught.value.message
    report = check_database(paths.database_file)
    assert not report.integrity_ok


def test_restore_of_the_latest_good_backup_after_damage(paths: AppPaths) -> None:
    workspace = _open(paths)
    workspace.commune.save_setup(sample_setup())
    good = workspace.backup("manual")
    before = workspace.site()
    workspace.close()
    paths.database_file.write_bytes(b"not a database at all" * 200)
    with pytest.raises(DamagedDatabaseError):
        Workspace.open(paths, Preferences())
    latest = maintenance.latest_good_backup(paths)
    assert latest is not None and latest.path == str(good)
    report = maintenance.restore_backup(paths, Path(latest.path))
    assert report.previous_was_damaged
    assert report.previous_saved_as is not None and Path(report.previous_saved_as).exists()
    workspace = _open(paths)
    try:
        profile = workspace.commune.profile()
        assert profile is not None and profile.commune_code == "07951"
        site = workspace.site()
        assert site.site_id == before.site_id
        assert site.database_id == report.new_database_id != before.database_id
    finally:
        workspace.close()


def test_restoring_something_that_is_not_a_tcns_backup_changes_nothing(
    paths: AppPaths, tmp_path: Path
) -> None:
    workspace = _open(paths)
    workspace.commune.save_setup(sample_setup())
    workspace.close()
    foreign = tmp_path / "foreign.sqlite3"
    connection = sqlite3.connect(foreign)
    connection.execute("CREATE TABLE x (y)")
    connection.commit()
    connection.close()
    with pytest.raises(BackupError, match="không phải bản sao lưu"):
        maintenance.restore_backup(paths, foreign)
    with pytest.raises(BackupError, match="Không tìm thấy"):
        maintenance.restore_backup(paths, tmp_path / "missing.sqlite3")
    workspace = _open(paths)
    assert workspace.commune.profile() is not None
    workspace.close()
