"""Helpers of the sync tests: a small commune with edits, a hub, database digests."""

from __future__ import annotations

import hashlib
import random
import sqlite3
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select

from tcns_desktop.data.models import (
    SYNCABLE_MODELS,
    Activity,
    ActivityParticipant,
    ActivityResult,
    Indicator,
    Membership,
    Person,
    PlatformService,
    Team,
    TrainingAttendance,
    TrainingCourse,
    Village,
)
from tcns_desktop.domain.enums import ActivityKind, Gender, Pillar, TeamLevel, TeamRole
from tcns_desktop.domain.identifiers import now_text
from tcns_desktop.domain.vietnamese_text import fold_for_search
from tcns_desktop.paths import AppPaths
from tcns_desktop.preferences import Preferences
from tcns_desktop.services.bundle_export import BundleExportService, bundle_schema, keys_folder
from tcns_desktop.services.hub import HubService, inbox_folder
from tcns_desktop.services.workspace import Workspace
from tcns_desktop.sync.keys import KeyStore
from tcns_desktop.sync.reader import open_bundle
from tests.conftest import sample_setup

SYNC_TABLES = tuple(model.__tablename__ for model in SYNCABLE_MODELS)  # type: ignore[attr-defined]


def open_workspace(folder: Path) -> Workspace:
    workspace, _ = Workspace.open(AppPaths.in_folder(folder), Preferences(clerk_name="Kiểm thử"))
    return workspace


def bundles_of(workspace: Workspace) -> BundleExportService:
    return BundleExportService(
        workspace.sessions, workspace.engine, KeyStore(keys_folder(workspace.paths))
    )


def hub_of(workspace: Workspace) -> HubService:
    return HubService(
        workspace.sessions,
        workspace.engine,
        KeyStore(keys_folder(workspace.paths)),
        inbox=inbox_folder(workspace.paths),
        actor="Kiểm thử",
    )


def make_commune(folder: Path, code: str = "07951", name: str = "Xã Tân Lập") -> Workspace:
    """A commune with villages, two teams, people, memberships, a course, activities."""
    workspace = open_workspace(folder)
    workspace.commune.save_setup(sample_setup(commune_code=code, commune_name=name))
    with workspace.sessions.begin() as session:
        commune_id = workspace.site().commune_id
        assert commune_id is not None
        villages = list(session.scalars(select(Village)))
        indicators = list(session.scalars(select(Indicator).order_by(Indicator.sort_order)))
        platform = session.scalars(select(PlatformService)).first()
        teams = [
            Team(commune_id=commune_id, level=TeamLevel.COMMUNE, village_id=None, name="Tổ xã"),
            Team(
                commune_id=commune_id,
                level=TeamLevel.VILLAGE,
                village_id=villages[0].id,
                name="Tổ thôn Đông",
            ),
        ]
        session.add_all(teams)
        session.flush()
        # A merged village pointing at a successor: a reference within one table.
        villages[2].active = False
        villages[2].merged_into_id = villages[1].id
        people = []
        for n, full_name in enumerate(
            ("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung", "Hoàng Văn Em")
        ):
            person = Person(
                commune_id=commune_id,
                full_name=full_name,
                search_key=fold_for_search(full_name),
                gender=Gender.FEMALE if " Thị " in full_name else Gender.MALE,
                birth_year=1980 + n,
                citizen_id=f"0252030{n:05d}",
                phone=f"09120000{n:02d}",
                village_id=villages[n % 2].id,
                youth_union_member=n % 2 == 0,
            )
            people.append(person)
        session.add_all(people)
        session.flush()
        for n, person in enumerate(people):
            session.add(
                Membership(
                    team_id=teams[n % 2].id,
                    person_id=person.id,
                    role=TeamRole.LEADER if n < 2 else TeamRole.MEMBER,
                    start_date=date(2025, 1, 1),
                )
            )
        course = TrainingCourse(
            commune_id=commune_id,
            name="Tập huấn kỹ năng số",
            hours=7.5,
            start_date=date(2025, 3, 1),
        )
        session.add(course)
        session.flush()
        session.add(TrainingAttendance(course_id=course.id, person_id=people[0].id))
        for n in range(6):
            activity = Activity(
                commune_id=commune_id,
                team_id=teams[n % 2].id,
                village_id=villages[n % 2].id,
                activity_date=date(2025, 4, 1) + timedelta(days=n),
                kind=ActivityKind.GUIDANCE,
                pillar=Pillar.DIGITAL_SOCIETY,
                platform_id=platform.id if platform and n % 2 else None,
                title=f"Hướng dẫn cài VNeID lần {n + 1}",
                people_reached=10 + n,
            )
            session.add(activity)
            session.flush()
            session.add(
                ActivityParticipant(
                    activity_id=activity.id, person_id=people[n].id if n < 5 else people[0].id
                )
            )
            session.add(
                ActivityResult(
                    activity_id=activity.id, indicator_id=indicators[0].id, value=n + 0.5
                )
            )
    return workspace


def edit_commune(workspace: Workspace, rng: random.Random) -> None:
    """A clerk's week: a new activity, a corrected name, a deleted activity or person."""
    with workspace.sessions.begin() as session:
        commune_id = workspace.site().commune_id
        teams = list(session.scalars(select(Team)))
        people = list(session.scalars(select(Person).where(Person.deleted_at.is_(None))))
        activities = list(
            session.scalars(
                select(Activity).where(Activity.deleted_at.is_(None)).order_by(Activity.id)
            )
        )
        activity = Activity(
            commune_id=commune_id,
            team_id=rng.choice(teams).id,
            activity_date=date(2025, 5, 1) + timedelta(days=rng.randrange(100)),
            kind=ActivityKind.PROPAGANDA,
            pillar=Pillar.DIGITAL_GOVERNMENT,
            title=f"Tuyên truyền {rng.randrange(1000)}",
        )
        session.add(activity)
        session.flush()
        if people:
            session.add(
                ActivityParticipant(activity_id=activity.id, person_id=rng.choice(people).id)
            )
            person = rng.choice(people)
            person.notes = f"Sửa lần {rng.randrange(1000)}"
            if activities:
                # A late entry for last week's activity: this week's bundle points at a row
                # that only an earlier bundle carries.
                session.add(
                    ActivityParticipant(activity_id=activities[-1].id, person_id=people[0].id)
                )
        if len(activities) > 1:
            rng.choice(activities[:-1]).deleted_at = now_text()
        if len(people) > 3 and rng.random() < 0.5:
            rng.choice(people).deleted_at = now_text()


@dataclass
class Pair:
    """A commune and a hub that know each other's keys."""

    commune: Workspace
    hub: Workspace
    keys: Path

    @property
    def bundles(self) -> BundleExportService:
        return bundles_of(self.commune)

    @property
    def hub_service(self) -> HubService:
        return hub_of(self.hub)


def make_pair(root: Path, commune: Workspace | None = None) -> Pair:
    commune = commune or make_commune(root / "commune")
    hub = open_workspace(root / "hub")
    keys = root / "keys"
    keys.mkdir(exist_ok=True)
    service = hub_of(hub)
    service.set_up("Sở Khoa học và Công nghệ tỉnh Phú Thọ", "25")
    service.register_commune(bundles_of(commune).export_public_key(keys))
    bundles_of(commune).import_upper_key(service.export_public_key(keys))
    return Pair(commune, hub, keys)


def table_digest(database: Path, tables: tuple[str, ...] | None = None) -> str:
    """SHA-256 of every row of ``tables`` (all tables when None), in a stable order."""
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        if tables is None:
            tables = tuple(
                row[0]
                for row in connection.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
                )
            )
        digest = hashlib.sha256()
        for table in tables:
            columns = [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]
            order = ", ".join(columns)
            for row in connection.execute(f"SELECT * FROM {table} ORDER BY {order}"):
                digest.update(repr((table, row)).encode())
        return digest.hexdigest()
    finally:
        connection.close()


def commune_rows(database: Path, site_id: str) -> dict[str, list[tuple[object, ...]]]:
    """Every syncable row stamped by ``site_id``, per table, ordered by id."""
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        return {
            table: connection.execute(
                f"SELECT * FROM {table} WHERE rev_site = ? ORDER BY id", (site_id,)
            ).fetchall()
            for table in SYNC_TABLES
        }
    finally:
        connection.close()


def held_rows(hub: HubService, code: str) -> dict[str, list[tuple[object, ...]]]:
    """What the upper level holds of a commune, in the commune's terms, per table."""
    held: dict[str, list[tuple[object, ...]]] = {}
    for table, batch in hub.commune_rows(code):
        held.setdefault(table, []).extend(batch)
    return {table: rows for table, rows in held.items() if rows}


def own_rows(commune: Workspace, folder: Path) -> dict[str, list[tuple[object, ...]]]:
    """The commune's whole row state, as a full bundle carries it."""
    service = bundles_of(commune)
    exported = service.export(folder, full=True)
    keys = KeyStore(keys_folder(commune.paths)).load()
    rows: dict[str, list[tuple[object, ...]]] = {}
    with open_bundle(
        Path(exported.path), schema=bundle_schema(), keys=lambda _m: keys.public
    ) as bundle:
        for table in bundle.tables():
            found = [tuple(row) for batch in bundle.batches(table) for row in batch.rows]
            if found:
                rows[table] = found
    return rows
