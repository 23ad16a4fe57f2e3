"""Opening the commune's database safely and handing out the services that work on it.

Opening = integrity check, backup + migration when the schema is old, site identity
(detect copies and restores), default reference data, the daily backup. Everything the
command line and the window do goes through an open ``Workspace``.
"""

from __future__ import annotations

import getpass
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session, sessionmaker

from tcns_desktop.data.backups import (
    backup_database,
    daily_backup_due,
    list_backups,
    rotate_backups,
)
from tcns_desktop.data.database import make_engine, make_session_factory, quick_check
from tcns_desktop.data.models import (
    Activity,
    IssuedDocument,
    Membership,
    Person,
    Team,
    TrainingCourse,
    Village,
)
from tcns_desktop.data.reference_data import seed_reference_data
from tcns_desktop.data.schema import upgrade_to_head
from tcns_desktop.data.site_identity import (
    ensure_site,
    reconcile_identity,
    remember_identity,
    site_record,
)
from tcns_desktop.domain.records import BackupRecord, CommuneProfileRecord, SiteRecord
from tcns_desktop.errors import DamagedDatabaseError
from tcns_desktop.paths import AppPaths
from tcns_desktop.preferences import Preferences
from tcns_desktop.services.activities import ActivityService
from tcns_desktop.services.bundle_export import BundleExportService
from tcns_desktop.services.commune import CommuneService
from tcns_desktop.services.documents import DocumentService
from tcns_desktop.services.hub import HubService
from tcns_desktop.services.indicators import IndicatorService
from tcns_desktop.services.qualifications import QualificationService
from tcns_desktop.services.roster import RosterService
from tcns_desktop.services.roster_export import QualificationExportService, RosterExportService
from tcns_desktop.services.roster_import import RosterImportService
from tcns_desktop.services.statistics import StatisticsService
from tcns_desktop.services.targets import TargetService

log = logging.getLogger(__name__)

DAMAGED_MESSAGE = (
    "Tệp dữ liệu bị hỏng (có thể do mất điện hoặc ổ đĩa lỗi). "
    "Có thể khôi phục từ bản sao lưu gần nhất còn tốt."
)


@dataclass(frozen=True)
class WorkspaceSummary:
    """What the overview page shows: who we are and how much is on file."""

    profile: CommuneProfileRecord | None
    site: SiteRecord
    counts: dict[str, int]
    last_backup: BackupRecord | None
    database_file: str


@dataclass(frozen=True)
class OpenReport:
    """What happened while opening, so the window and the CLI can tell the clerk."""

    created: bool
    migrated: bool
    migration_backup: str | None
    daily_backup: str | None
    identity_rotated: str | None
    seeded_rows: int


def audit_actor(preferences: Preferences) -> str:
    """The clerk's name from the settings, else the Windows/Linux account name."""
    if preferences.clerk_name:
        return preferences.clerk_name
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user database entry (containers, odd set-ups)
        return ""


class Workspace:
    """An open database with its services; close it before restoring a backup."""

    def __init__(self, paths: AppPaths, engine: Engine, sessions: sessionmaker[Session]) -> None:
        self.paths = paths
        self._engine = engine
        self._sessions = sessions
        self.commune = CommuneService(sessions)
        self.roster = RosterService(sessions)
        self.qualifications = QualificationService(sessions)
        self.roster_import = RosterImportService(sessions, backup=self.backup)
        self.roster_export = RosterExportService(sessions)
        self.qualification_export = QualificationExportService(sessions)
        self.activities = ActivityService(sessions)
        self.indicators = IndicatorService(sessions)
        self.targets = TargetService(sessions)
        self.statistics = StatisticsService(sessions)
        self.documents = DocumentService(sessions, self.statistics)

    @classmethod
    def open(cls, paths: AppPaths, preferences: Preferences) -> tuple[Workspace, OpenReport]:
        paths.ensure()
        database_file = paths.database_file
        created = not database_file.exists() or database_file.stat().st_size == 0
        if not created:
            problems = quick_check(database_file)
            if problems:
                raise DamagedDatabaseError(DAMAGED_MESSAGE, problems, detail="; ".join(problems))
        migration_backup: list[Path] = []

        def _backup_before_migration() -> None:
            migration_backup.append(
                backup_database(database_file, paths.backup_dir, "before-migration")
            )

        migrated = upgrade_to_head(database_file, before_change=_backup_before_migration)
        engine = make_engine(database_file)
        sessions = make_session_factory(engine, actor=audit_actor(preferences))
        with sessions.begin() as session:
            ensure_site(session)
            rotated = reconcile_identity(session, paths.identity_file, database_file)
            seeded = seed_reference_data(session)
        workspace = cls(paths, engine, sessions)
        remember_identity(paths.identity_file, database_file, workspace.site())
        daily: Path | None = None
        if not created and daily_backup_due(paths.backup_dir, database_file):
            daily = backup_database(database_file, paths.backup_dir, "daily")
        rotate_backups(paths.backup_dir, preferences.backups_to_keep)
        report = OpenReport(
            created=created,
            migrated=migrated and not created,
            migration_backup=str(migration_backup[0]) if migration_backup else None,
            daily_backup=str(daily) if daily else None,
            identity_rotated=rotated,
            seeded_rows=seeded,
        )
        log.info("Workspace opened: %s", report)
        return workspace, report

    @property
    def engine(self) -> Engine:
        """For services that bulk-load (demo data, bundles); screens never touch it."""
        return self._engine

    @property
    def sessions(self) -> sessionmaker[Session]:
        return self._sessions

    def site(self) -> SiteRecord:
        with self._sessions.begin() as session:
            return site_record(ensure_site(session))

    @property
    def bundles(self) -> BundleExportService:
        """The commune side of sync (made per use, so the clerk's name is the current one)."""
        return BundleExportService.for_workspace(self)

    @property
    def hub(self) -> HubService:
        """The upper level's side of sync."""
        return HubService.for_workspace(self)

    def summary(self) -> WorkspaceSummary:
        counted: dict[str, Any] = {
            "village": Village,
            "team": Team,
            "person": Person,
            "membership": Membership,
            "training_course": TrainingCourse,
            "activity": Activity,
            "issued_document": IssuedDocument,
        }
        with self._sessions.begin() as session:
            counts = {
                name: int(
                    session.scalar(
                        select(func.count()).select_from(model).where(model.deleted_at.is_(None))
                    )
                    or 0
                )
                for name, model in counted.items()
            }
            site = site_record(ensure_site(session))
        backups = list_backups(self.paths.backup_dir)
        return WorkspaceSummary(
            profile=self.commune.profile(),
            site=site,
            counts=counts,
            last_backup=backups[0] if backups else None,
            database_file=str(self.paths.database_file),
        )

    def backup(self, reason: str = "manual", keep: int | None = None) -> Path:
        path = backup_database(self.paths.database_file, self.paths.backup_dir, reason)
        if keep is not None:
            rotate_backups(self.paths.backup_dir, keep)
        return path

    @property
    def actor(self) -> str:
        """Who the audit log names for changes made through this workspace."""
        return str(self._sessions.kw.get("info", {}).get("actor", ""))

    def use_preferences(self, preferences: Preferences) -> None:
        """Changed settings: the clerk's name goes into the audit log of later changes."""
        self._sessions.configure(info={"actor": audit_actor(preferences)})

    def close(self) -> None:
        try:
            remember_identity(self.paths.identity_file, self.paths.database_file, self.site())
        finally:
            self._engine.dispose()
