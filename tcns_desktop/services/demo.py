"""Synthetic demo data (``tcns demo``): a commune, a district's or a province's worth of teams.

Fills an empty database with rosters, courses, skill assessments and a year of activity logs
that look like real ones, so clerks can try the program and developers can measure it at the
size of a province (100 communes, 2,000 teams, 1,000,000 activities). The content is fully
determined by the seed and the day it is made on (ids and timestamps are fresh).

Communes, leaders and villages are made through the ORM, so they get revisions and audit
entries like anything a clerk enters; everything else is loaded as plain tuples through
``data.bulk_load`` with an open bulk-mode engine, one transaction per table group.
"""

from __future__ import annotations

import gc
import logging
import random
import time
from bisect import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import accumulate
from typing import Generic, TypeVar

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from tcns_desktop.data.bulk_load import BulkLoader, Row, loading_connection
from tcns_desktop.data.commune_repository import live_leaders, live_villages
from tcns_desktop.data.database import make_engine
from tcns_desktop.data.models import (
    Activity,
    ActivityParticipant,
    ActivityResult,
    Commune,
    CommuneLeader,
    Indicator,
    LocalSite,
    Membership,
    Person,
    PlatformService,
    SkillAssessment,
    Team,
    TeamDecision,
    TrainingAttendance,
    TrainingCourse,
    Village,
)
from tcns_desktop.domain import demo_names as names
from tcns_desktop.domain.activity_rules import activity_search_key
from tcns_desktop.domain.catalogues import DEFAULT_TEAM_TYPE_NAME
from tcns_desktop.domain.enums import (
    AssessmentSource,
    CommuneKind,
    DigitalSkill,
    Gender,
    LeaderRole,
    SiteMode,
    SkillLevel,
    TeamDecisionKind,
    TeamLevel,
    TeamRole,
    TeamStatus,
    TrainingMode,
    TrainingResult,
    UpperOfficeLevel,
    VillageKind,
)
from tcns_desktop.domain.identifiers import uuid7_block, uuid7_stream
from tcns_desktop.domain.provinces import PROVINCES, province_by_code
from tcns_desktop.domain.vietnamese_text import fold_for_search
from tcns_desktop.errors import ValidationError
from tcns_desktop.services.workspace import Workspace

log = logging.getLogger(__name__)

ProgressCallback = Callable[[str, int, int], None]
T = TypeVar("T")

STEP_COMMUNES = "Tạo xã và thôn"
STEP_ROSTER = "Tạo tổ và thành viên"
STEP_QUALIFICATIONS = "Tạo khóa tập huấn và đánh giá kỹ năng số"
STEP_ACTIVITIES = "Tạo hoạt động"
STEP_INDEXES = "Dựng chỉ mục và thống kê"

NOT_EMPTY_MESSAGE = (
    "Cơ sở dữ liệu này đã có dữ liệu (tổ, thành viên hoặc hoạt động); không tạo dữ liệu mẫu "
    "vào đây để khỏi lẫn với dữ liệu thật. Hãy dùng --data-dir với một thư mục trống."
)
HUB_ON_COMMUNE_MESSAGE = (
    "Dữ liệu mẫu cấp huyện, cấp tỉnh là một cơ sở dữ liệu tổng hợp của cấp trên, nhưng cơ sở "
    "dữ liệu này đã thiết lập thông tin xã; hãy dùng --data-dir với một thư mục trống."
)

# Activities per insert batch: bounds memory (a million rows of tuples would take ~1 GB)
# and sets the pace of progress reports.
ACTIVITY_BATCH = 50_000


@dataclass(frozen=True)
class DemoSize:
    """How much a scale makes: communes, villages per commune (inclusive range), activities."""

    communes: int
    villages: tuple[int, int]
    activities: int


SCALES: dict[str, DemoSize] = {
    "commune": DemoSize(communes=1, villages=(18, 20), activities=5_000),
    "district": DemoSize(communes=10, villages=(16, 24), activities=50_000),
    "province": DemoSize(communes=100, villages=(17, 23), activities=1_000_000),
}


@dataclass(frozen=True)
class DemoReport:
    """Rows made per table and the time it took."""

    scale: str
    seed: int
    communes: int
    villages: int
    teams: int
    people: int
    memberships: int
    decisions: int
    courses: int
    attendances: int
    skills: int
    activities: int
    participants: int
    results: int
    seconds: float
    backup: str | None = None


def generate_demo(
    workspace: Workspace,
    *,
    seed: int,
    scale: str,
    progress: ProgressCallback | None = None,
    today: date | None = None,
) -> DemoReport:
    """Fill an empty database with demo data of ``scale`` (commune, district or province).

    ``today`` anchors the dates (the last 12 months of activities end on it); with the same
    seed and day the content is the same.
    """
    size = SCALES.get(scale)
    if size is None:
        raise ValidationError(
            f"Quy mô dữ liệu mẫu \u201c{scale}\u201d không hợp lệ; "
            "hãy chọn commune, district hoặc province."
        )
    started = time.perf_counter()
    notify: ProgressCallback = progress or _no_progress
    hub = scale != "commune"
    site = workspace.site()
    _refuse_real_data(workspace)
    if hub and site.commune_id is not None:
        raise ValidationError(HUB_ON_COMMUNE_MESSAGE)
    backup = str(workspace.backup("before-demo")) if site.commune_id is not None else None
    day = today or date.today()
    rng = random.Random(seed)
    actor = workspace.actor
    summary = {"reason": "demo", "scale": scale, "seed": seed}
    # Generation makes millions of tuples that are never cyclic garbage: collector passes
    # over them would only burn time (platform notes: 3x on a bulk decode).
    collector_was_enabled = gc.isenabled()
    gc.disable()
    try:
        notify(STEP_COMMUNES, 0, size.communes)
        communes = _prepare_communes(workspace, rng, size, hub=hub)
        notify(STEP_COMMUNES, len(communes), len(communes))
        reference = _reference_data(workspace)
        # The workspace's idle pooled connections keep the file open, which would keep the
        # load in WAL mode (see ``loading_connection``); they reconnect on their next use.
        workspace.engine.dispose()
        engine = make_engine(workspace.paths.database_file, bulk=True)
        try:
            # Every parent id in the generated rows comes from rows inserted just before, so
            # per-row foreign-key lookups would only slow the load (the tests check the keys).
            with loading_connection(engine, foreign_keys=False) as connection:
                with connection.begin(), BulkLoader(connection) as loader:
                    roster = _RosterMaker(rng, day).make(communes)
                    notify(STEP_ROSTER, 0, len(roster.people))
                    _load_roster(loader, roster)
                    loader.analyze(Team, TeamDecision, Person, Membership)
                    loader.record_summary(actor, summary)
                notify(STEP_ROSTER, len(roster.people), len(roster.people))
                with connection.begin(), BulkLoader(connection) as loader:
                    qualifications = _make_qualifications(rng, day, communes, roster)
                    notify(STEP_QUALIFICATIONS, 0, qualifications.total)
                    _load_qualifications(loader, qualifications)
                    loader.analyze(TrainingCourse, TrainingAttendance, SkillAssessment)
                    loader.record_summary(actor, summary)
                notify(STEP_QUALIFICATIONS, qualifications.total, qualifications.total)
                with connection.begin(), BulkLoader(connection) as loader:
                    activities = _ActivityMaker(rng, day, roster, reference, size.activities)
                    activities.load(loader, notify)
                    loader.record_summary(actor, summary)
        finally:
            engine.dispose()
    finally:
        if collector_was_enabled:
            gc.enable()
    report = DemoReport(
        scale=scale,
        seed=seed,
        communes=len(communes),
        villages=sum(len(commune.villages) for commune in communes),
        teams=len(roster.teams),
        people=len(roster.people),
        memberships=len(roster.memberships),
        decisions=len(roster.decisions),
        courses=len(qualifications.courses),
        attendances=len(qualifications.attendances),
        skills=len(qualifications.skills),
        activities=activities.activity_count,
        participants=activities.participant_count,
        results=activities.result_count,
        seconds=time.perf_counter() - started,
        backup=backup,
    )
    log.info("Demo data generated: %s", report)
    return report


def _no_progress(_step: str, _done: int, _total: int) -> None:
    return None


def _refuse_real_data(workspace: Workspace) -> None:
    with workspace.sessions.begin() as session:
        for model in (Team, Person, Activity):
            live = select(model.id).where(model.deleted_at.is_(None))
            if session.scalar(select(exists(live))):
                raise ValidationError(NOT_EMPTY_MESSAGE, detail=f"{model.__tablename__} has rows")


# --- Weighted choice -----------------------------------------------------------------------


class _Weighted(Generic[T]):
    """Items with relative weights, drawn one at a time or many at once."""

    def __init__(self, pairs: Sequence[tuple[T, float]]) -> None:
        self.items = [item for item, _ in pairs]
        self.cumulative = list(accumulate(weight for _, weight in pairs))
        self._total = self.cumulative[-1]

    def pick(self, rng: random.Random) -> T:
        return self.items[bisect(self.cumulative, rng.random() * self._total)]

    def many(self, rng: random.Random, count: int) -> list[T]:
        return rng.choices(self.items, cum_weights=self.cumulative, k=count)


# --- Communes, leaders, villages (ORM) -----------------------------------------------------


@dataclass
class _Village:
    id: str
    name: str
    kind: VillageKind


@dataclass
class _Commune:
    """A commune as the generators see it (plain values, no ORM object)."""

    id: str
    name: str  # bare name, "Tân Lập"
    kind: CommuneKind
    province_code: str
    province_name: str  # bare name, "Lạng Sơn"
    region: str
    team_type_name: str
    document_symbol: str
    villages: list[_Village] = field(default_factory=list)
    vice_chair: tuple[str, Gender] | None = None

    @property
    def unit(self) -> str:
        """ "xã Tân Lập", "phường Đông Hòa" as it reads inside a sentence."""
        return f"{self.kind.label.lower()} {self.name}"


def _prepare_communes(
    workspace: Workspace, rng: random.Random, size: DemoSize, *, hub: bool
) -> list[_Commune]:
    """The communes to fill: the database's own (commune scale) or new ones."""
    with workspace.sessions.begin() as session:
        site = session.get(LocalSite, 1)
        assert site is not None, "Workspace.open makes the site row"
        own = session.get(Commune, site.commune_id) if site.commune_id else None
        if own is not None and not own.is_deleted:
            commune = _existing_commune(session, own)
            if not commune.villages:
                commune.villages = _add_villages(session, rng, commune, size)
            return [commune]
        factory = _CommuneFactory(rng, session)
        communes = [factory.make(size) for _ in range(size.communes)]
        if hub:
            site.mode = SiteMode.HUB
        else:
            site.commune_id = communes[0].id
        return communes


def _existing_commune(session: Session, own: Commune) -> _Commune:
    province = province_by_code(own.province_code)
    province_name = own.province_name or (province.name if province else "")
    vice_chairs = [ld for ld in live_leaders(session, own.id) if ld.role is LeaderRole.VICE_CHAIR]
    commune = _Commune(
        id=own.id,
        name=own.place_name or own.name,
        kind=own.kind,
        province_code=own.province_code,
        province_name=_bare_province_name(province_name),
        region=names.PROVINCE_REGIONS.get(own.province_code, names.REGION_DELTA),
        team_type_name=own.team_type_name or DEFAULT_TEAM_TYPE_NAME,
        document_symbol=own.document_symbol,
        villages=[
            _Village(v.id, v.name, v.kind) for v in live_villages(session, own.id) if v.active
        ],
    )
    if vice_chairs:
        # The gender of an existing leader is not recorded; the team leader made from the
        # vice-chair is only a demo person, so a name-based guess is good enough.
        name = vice_chairs[0].full_name
        commune.vice_chair = (name, Gender.FEMALE if " Thị " in name else Gender.MALE)
    return commune


def _bare_province_name(full_name: str) -> str:
    for prefix in ("Thành phố ", "Tỉnh "):
        if full_name.startswith(prefix):
            return full_name[len(prefix) :]
    return full_name


class _CommuneFactory:
    """New demo communes in one province, with leaders and villages, through the ORM."""

    def __init__(self, rng: random.Random, session: Session) -> None:
        self._rng = rng
        self._session = session
        self._province = rng.choice(PROVINCES)
        self._region = names.PROVINCE_REGIONS.get(self._province.code, names.REGION_DELTA)
        taken = set(session.scalars(select(Commune.code)))
        # Real codes (QĐ 19/2025) run in steps of 3 within a province's block.
        start = rng.randrange(100, 30_000)
        self._codes = iter(
            f"{code:05d}" for code in range(start, 99_999, 3) if f"{code:05d}" not in taken
        )
        pairs = [
            f"{first} {second}"
            for first in names.COMMUNE_NAME_FIRSTS
            for second in names.COMMUNE_NAME_SECONDS
            if first != second
        ]
        rng.shuffle(pairs)
        self._names = iter(pairs)
        self._people = _NameMaker(rng)

    def make(self, size: DemoSize) -> _Commune:
        rng = self._rng
        province = self._province
        kind = CommuneKind.PHUONG if rng.random() < 0.15 else CommuneKind.XA
        name = next(self._names)
        commune = _Commune(
            id="",
            name=name,
            kind=kind,
            province_code=province.code,
            province_name=_bare_province_name(province.name),
            region=self._region,
            team_type_name=DEFAULT_TEAM_TYPE_NAME,
            document_symbol="QĐ-UBND",
        )
        row = Commune(
            code=next(self._codes),
            name=name,
            kind=kind,
            province_code=province.code,
            province_name=province.name,
            address=f"UBND {commune.unit}, {_lower_first(province.name)}",
            place_name=name,
            upper_office_name=f"Sở Khoa học và Công nghệ {_lower_first(province.name)}",
            upper_office_level=UpperOfficeLevel.PROVINCE_DEPARTMENT,
        )
        self._session.add(row)
        self._session.flush()
        commune.id = row.id
        leaders = [(LeaderRole.CHAIR, self._people.leader(self._region))]
        for _ in range(rng.choice((1, 2, 2, 3))):
            leaders.append((LeaderRole.VICE_CHAIR, self._people.leader(self._region)))
        for order, (role, (full_name, gender)) in enumerate(leaders):
            self._session.add(
                CommuneLeader(
                    commune_id=row.id,
                    full_name=full_name,
                    title=role.label,
                    role=role,
                    sort_order=order,
                )
            )
            if role is LeaderRole.VICE_CHAIR and commune.vice_chair is None:
                commune.vice_chair = (full_name, gender)
        commune.villages = _add_villages(self._session, rng, commune, size)
        return commune


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _add_villages(
    session: Session, rng: random.Random, commune: _Commune, size: DemoSize
) -> list[_Village]:
    count = rng.randint(*size.villages)
    rows = [
        Village(commune_id=commune.id, name=name, kind=kind, sort_order=order)
        for order, (name, kind) in enumerate(_village_names(rng, commune, count), start=1)
    ]
    session.add_all(rows)
    session.flush()
    return [_Village(row.id, row.name, row.kind) for row in rows]


def _village_names(
    rng: random.Random, commune: _Commune, count: int
) -> list[tuple[str, VillageKind]]:
    """Unique village names in the styles of the commune's kind and region."""
    if commune.kind is CommuneKind.PHUONG:
        if commune.region in (names.REGION_SOUTH, names.REGION_MEKONG) or rng.random() < 0.3:
            return [(f"Khu phố {n}", VillageKind.KHU_PHO) for n in range(1, count + 1)]
        return [(f"Tổ dân phố số {n}", VillageKind.TO_DAN_PHO) for n in range(1, count + 1)]
    if commune.region in (names.REGION_SOUTH, names.REGION_MEKONG):
        kind, prefix, named = VillageKind.AP, "Ấp", names.AP_NAMES
    elif commune.region == names.REGION_UPLAND:
        kind, prefix, named = VillageKind.BAN, "Bản", names.BAN_NAMES
    else:
        kind, prefix, named = VillageKind.THON, "Thôn", names.THON_NAMES
    # Bản have names, never numbers: numbered villages of upland communes are Thôn.
    numbered_kind, numbered_prefix = (
        (VillageKind.THON, "Thôn") if kind is VillageKind.BAN else (kind, prefix)
    )
    named_count = 0 if rng.random() < 0.4 else count
    if kind is VillageKind.BAN:
        named_count = max(named_count, count // 2) * 2 // 3
    chosen = rng.sample(named, min(named_count, len(named)))
    result = [(f"{prefix} {name}", kind) for name in chosen]
    result += [(f"{numbered_prefix} {n}", numbered_kind) for n in range(1, count - len(result) + 1)]
    return result


# --- People's names ------------------------------------------------------------------------


class _NameMaker:
    """Full names, gender and ethnicity drawn from ``domain.demo_names``."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._family = {
            north: _Weighted(
                [(name, float(n if north else s)) for name, n, s in names.KINH_FAMILY_NAMES]
            )
            for north in (True, False)
        }
        self._middle = {
            Gender.MALE: _Weighted(names.MALE_MIDDLE_NAMES),
            Gender.FEMALE: _Weighted(names.FEMALE_MIDDLE_NAMES),
        }
        self._given = {
            Gender.MALE: _Weighted(names.MALE_GIVEN_NAMES),
            Gender.FEMALE: _Weighted(names.FEMALE_GIVEN_NAMES),
        }
        self._ethnic = {
            region: _Weighted(groups) for region, groups in names.ETHNIC_GROUPS_BY_REGION.items()
        }

    def ethnicity(self, region: str) -> str:
        weighted = self._ethnic.get(region) or self._ethnic[names.REGION_DELTA]
        return weighted.pick(self._rng)

    def full_name(self, region: str, ethnicity: str, gender: Gender, birth_year: int) -> str:
        rng = self._rng
        naming = names.MINORITY_NAMING.get(ethnicity)
        if naming is None:
            north = region not in (names.REGION_SOUTH, names.REGION_MEKONG, names.REGION_CENTRAL)
            family = self._family[north].pick(rng)
            return f"{family} {self._middle_name(gender, birth_year)} {self._given_name(gender)}"
        family = rng.choice(naming.family_names)
        if naming.pattern == "kinh":
            return f"{family} {self._middle_name(gender, birth_year)} {self._given_name(gender)}"
        given_pool = naming.male_given if gender is Gender.MALE else naming.female_given
        given = rng.choice(given_pool) if given_pool else self._given_name(gender)
        if naming.pattern == "mong":
            return f"{family} {'A' if gender is Gender.MALE else 'Thị'} {given}"
        if naming.pattern == "khmer":
            if gender is Gender.FEMALE and rng.random() < 0.7:
                return f"{family} Thị {given}"
            return f"{family} {given}"
        if naming.pattern == "ede":
            return f"Y {given} {family}" if gender is Gender.MALE else f"H'{given} {family}"
        return f"{family} {given}"  # clan_first

    def leader(self, region: str) -> tuple[str, Gender]:
        """A commune chair or vice-chair: mostly men, born 1965–1985."""
        gender = Gender.MALE if self._rng.random() < 0.78 else Gender.FEMALE
        year = self._rng.randint(1965, 1985)
        return self.full_name(region, self.ethnicity(region), gender, year), gender

    def _middle_name(self, gender: Gender, birth_year: int) -> str:
        middle = self._middle[gender].pick(self._rng)
        if birth_year >= 1990 and middle in names.OLD_FASHIONED_MIDDLE_NAMES:
            middle = self._middle[gender].pick(self._rng)
        return middle

    def _given_name(self, gender: Gender) -> str:
        return self._given[gender].pick(self._rng)


# --- Teams, people, memberships (bulk) -----------------------------------------------------


TEAM_COLUMNS = (
    "id",
    "commune_id",
    "level",
    "village_id",
    "name",
    "status",
    "founded_on",
    "zalo_group",
)
DECISION_COLUMNS = ("id", "team_id", "kind", "number", "decided_on")
PERSON_COLUMNS = (
    "id",
    "commune_id",
    "full_name",
    "search_key",
    "gender",
    "birth_date",
    "birth_year",
    "ethnicity",
    "citizen_id",
    "phone",
    "village_id",
    "organisation",
    "position",
    "youth_union_member",
    "education",
)
MEMBERSHIP_COLUMNS = (
    "id",
    "team_id",
    "person_id",
    "role",
    "start_date",
    "end_date",
    "end_reason",
)


@dataclass
class _TeamPlan:
    """A team as the activity generator needs it."""

    id: str
    commune: _Commune
    village: _Village | None
    members: list[str]
    weight: float


@dataclass
class _Roster:
    teams: list[_TeamPlan] = field(default_factory=list)
    team_rows: list[Row] = field(default_factory=list)
    decisions: list[Row] = field(default_factory=list)
    people: list[Row] = field(default_factory=list)
    memberships: list[Row] = field(default_factory=list)
    # Current members of each commune's teams, for course attendance.
    members_by_commune: dict[str, list[str]] = field(default_factory=dict)


@dataclass
class _Member:
    person_id: str
    role: TeamRole
    start: date
    end: date | None = None
    end_reason: str = ""


class _RosterMaker:
    """Teams with their founding decisions, members and the people behind them."""

    def __init__(self, rng: random.Random, day: date) -> None:
        self._rng = rng
        self._day = day
        self._names = _NameMaker(rng)
        self._ids = uuid7_stream(4096).__next__
        self._education = _Weighted(names.EDUCATION_LEVELS)
        self._phone_prefixes = _Weighted(names.MOBILE_PREFIXES)
        self._citizen_ids: set[str] = set()
        self._phones: set[str] = set()
        self._roster = _Roster()

    def make(self, communes: Sequence[_Commune]) -> _Roster:
        for commune in communes:
            self._commune(commune)
        return self._roster

    def _commune(self, commune: _Commune) -> None:
        rng, day = self._rng, self._day
        founded = day - timedelta(days=rng.randint(900, 1500))
        reformed = day - timedelta(days=rng.randint(90, 480)) if rng.random() < 0.6 else None
        founding_number = f"{rng.randint(12, 320)}/{commune.document_symbol}"
        reform_number = f"{rng.randint(12, 320)}/{commune.document_symbol}"
        current: list[str] = []
        village_leaders: list[str] = []
        for village in commune.villages:
            members = self._village_team_members(commune, village, founded, reformed)
            team_id = self._team(commune, village, members, founded)
            self._decisions(team_id, founding_number, founded, reform_number, reformed)
            village_leaders.append(members[0].person_id)
            current += [m.person_id for m in members if m.end is None]
        members = self._commune_team_members(commune, founded, village_leaders)
        team_id = self._team(commune, None, members, founded)
        self._decisions(team_id, founding_number, founded, reform_number, reformed)
        current += [m.person_id for m in members if m.end is None]
        self._roster.members_by_commune[commune.id] = list(dict.fromkeys(current))

    def _village_team_members(
        self, commune: _Commune, village: _Village, founded: date, reformed: date | None
    ) -> list[_Member]:
        rng = self._rng
        size = rng.randint(5, 7)
        deputies = 2 if rng.random() < 0.4 else 1
        joined = reformed or founded
        members = [
            self._member(
                commune, village, _pick(rng, names.VILLAGE_LEADER_PROFILES), TeamRole.LEADER
            )
        ]
        deputy_profiles = _distinct(rng, names.VILLAGE_DEPUTY_PROFILES, deputies)
        roles = (TeamRole.DEPUTY_STANDING, TeamRole.DEPUTY) if deputies == 2 else (TeamRole.DEPUTY,)
        members += [
            self._member(commune, village, profile, role)
            for profile, role in zip(deputy_profiles, roles, strict=True)
        ]
        member_profiles = _Weighted([(p, float(p.weight)) for p in names.VILLAGE_MEMBER_PROFILES])
        members += [
            self._member(commune, village, member_profiles.pick(rng), TeamRole.MEMBER)
            for _ in range(size - len(members))
        ]
        for member in members:
            # A re-formed team keeps most of its people; a few joined at the re-formation.
            member.start = founded if reformed is None or rng.random() < 0.75 else joined
        if rng.random() < 0.3:
            former = self._member(commune, village, member_profiles.pick(rng), TeamRole.MEMBER)
            former.start = founded
            last_day = (reformed or self._day) - timedelta(days=30)
            span = max(1, (last_day - founded).days - 180)
            former.end = founded + timedelta(days=180 + rng.randrange(span))
            former.end_reason = rng.choice(names.MEMBERSHIP_END_REASONS)
            members.append(former)
        members[0].start = founded
        return members

    def _commune_team_members(
        self, commune: _Commune, founded: date, village_leaders: list[str]
    ) -> list[_Member]:
        rng = self._rng
        leader = self._member(
            commune, None, names.COMMUNE_LEADER_PROFILE, TeamRole.LEADER, commune.vice_chair
        )
        deputies = _distinct(rng, names.COMMUNE_DEPUTY_PROFILES, 2)
        roles = (TeamRole.DEPUTY_STANDING, TeamRole.DEPUTY)
        members = [leader] + [
            self._member(commune, None, profile, role)
            for profile, role in zip(deputies, roles, strict=True)
        ]
        for profile in _distinct(rng, names.COMMUNE_MEMBER_PROFILES, rng.randint(3, 5)):
            members.append(self._member(commune, None, profile, TeamRole.MEMBER))
        # Village team leaders usually sit in the commune team as well.
        joined = rng.sample(village_leaders, min(len(village_leaders), rng.randint(2, 3)))
        members += [_Member(person_id, TeamRole.MEMBER, founded) for person_id in joined]
        for member in members:
            member.start = founded
        return members

    def _member(
        self,
        commune: _Commune,
        village: _Village | None,
        profile: names.MemberProfile,
        role: TeamRole,
        identity: tuple[str, Gender] | None = None,
    ) -> _Member:
        person_id = self._person(commune, village, profile, role, identity)
        return _Member(person_id, role, self._day)

    def _person(
        self,
        commune: _Commune,
        village: _Village | None,
        profile: names.MemberProfile,
        role: TeamRole,
        identity: tuple[str, Gender] | None,
    ) -> str:
        rng, day = self._rng, self._day
        oldest_young = min(2005, day.year - 18)
        if profile.young:
            birth_year = rng.randint(1988, max(1988, oldest_young))
        else:
            birth_year = min(2005, int(rng.triangular(1960, 2003, 1980)))
        ethnicity = self._names.ethnicity(commune.region)
        if identity is not None:
            full_name, gender = identity
        else:
            male_share = 0.7 if role is TeamRole.LEADER else 0.5
            if profile.women_only or rng.random() >= male_share:
                gender = Gender.FEMALE
            else:
                gender = Gender.MALE
            full_name = self._names.full_name(commune.region, ethnicity, gender, birth_year)
        birth_date = None
        if rng.random() < 0.35:
            birth_date = date(birth_year, rng.randint(1, 12), rng.randint(1, 28)).isoformat()
        citizen_id: str | None = self._citizen_id(commune.province_code, gender, birth_year)
        if rng.random() >= 0.88:
            citizen_id = None  # not yet collected: realistic gaps in a roster
        phone = self._phone() if rng.random() < 0.92 else ""
        home = village
        if home is None and commune.villages and rng.random() < 0.7:
            home = rng.choice(commune.villages)
        texts = _placeholders(commune, village)
        youth = birth_year >= day.year - 30 and (profile.young or rng.random() < 0.6)
        person_id = self._ids()
        self._roster.people.append(
            (
                person_id,
                commune.id,
                full_name,
                fold_for_search(full_name),
                gender.value,
                birth_date,
                birth_year,
                ethnicity,
                citizen_id,
                phone,
                None if home is None else home.id,
                profile.organisation.format(**texts).strip(", "),
                profile.position.format(**texts),
                1 if youth else 0,
                profile.education or self._education.pick(rng),
            )
        )
        return person_id

    def _citizen_id(self, province_code: str, gender: Gender, birth_year: int) -> str:
        """12 digits: birth province (old code), century and gender, year, then a serial."""
        rng = self._rng
        local = names.CITIZEN_ID_PROVINCE_CODES.get(province_code)
        if local and rng.random() < 0.9:
            place = rng.choice(local)
        else:
            place = rng.choice(names.ALL_CITIZEN_ID_PROVINCE_CODES)
        century = (0 if birth_year < 2000 else 2) + (1 if gender is Gender.FEMALE else 0)
        while True:
            value = f"{place}{century}{birth_year % 100:02d}{rng.randrange(1_000_000):06d}"
            if value not in self._citizen_ids:
                self._citizen_ids.add(value)
                return value

    def _phone(self) -> str:
        while True:
            value = f"{self._phone_prefixes.pick(self._rng)}{self._rng.randrange(10_000_000):07d}"
            if value not in self._phones:
                self._phones.add(value)
                return value

    def _team(
        self,
        commune: _Commune,
        village: _Village | None,
        members: list[_Member],
        founded: date,
    ) -> str:
        rng = self._rng
        team_id = self._ids()
        if village is None:
            level, name = TeamLevel.COMMUNE, f"{commune.team_type_name} {commune.unit}"
            zalo = f"Nhóm Zalo Tổ CNSCĐ {commune.unit}"
        else:
            level, name = TeamLevel.VILLAGE, f"{commune.team_type_name} {village.name}"
            zalo = f"Nhóm Zalo {village.name}" if rng.random() < 0.8 else ""
        self._roster.team_rows.append(
            (
                team_id,
                commune.id,
                level.value,
                None if village is None else village.id,
                name,
                TeamStatus.ACTIVE.value,
                founded.isoformat(),
                zalo,
            )
        )
        for member in members:
            self._roster.memberships.append(
                (
                    self._ids(),
                    team_id,
                    member.person_id,
                    member.role.value,
                    member.start.isoformat(),
                    None if member.end is None else member.end.isoformat(),
                    member.end_reason,
                )
            )
        weight = 1.5 if village is None else rng.uniform(0.4, 1.6)
        current = [m.person_id for m in members if m.end is None]
        self._roster.teams.append(_TeamPlan(team_id, commune, village, current, weight))
        return team_id

    def _decisions(
        self,
        team_id: str,
        founding_number: str,
        founded: date,
        reform_number: str,
        reformed: date | None,
    ) -> None:
        """The commune's one founding (and re-formation) decision covers all of its teams."""
        self._roster.decisions.append(
            (
                self._ids(),
                team_id,
                TeamDecisionKind.FOUNDING.value,
                founding_number,
                founded.isoformat(),
            )
        )
        if reformed is not None:
            self._roster.decisions.append(
                (
                    self._ids(),
                    team_id,
                    TeamDecisionKind.REFORMATION.value,
                    reform_number,
                    reformed.isoformat(),
                )
            )


def _placeholders(commune: _Commune, village: _Village | None) -> dict[str, str]:
    head_title = names.VILLAGE_HEAD_TITLES.get(
        village.kind if village else VillageKind.THON, "Trưởng thôn"
    )
    return {
        "village": "" if village is None else village.name,
        "commune": commune.name,
        "unit": commune.unit,
        "kind": commune.kind.label.lower(),
        "province": commune.province_name,
        "head_title": head_title,
        "head_title_lower": _lower_first(head_title),
    }


def _pick(rng: random.Random, profiles: Sequence[names.MemberProfile]) -> names.MemberProfile:
    return _Weighted([(p, float(p.weight)) for p in profiles]).pick(rng)


def _distinct(
    rng: random.Random, profiles: Sequence[names.MemberProfile], count: int
) -> list[names.MemberProfile]:
    """``count`` different profiles, drawn by weight."""
    remaining = list(profiles)
    chosen: list[names.MemberProfile] = []
    while remaining and len(chosen) < count:
        profile = _pick(rng, remaining)
        remaining.remove(profile)
        chosen.append(profile)
    return chosen


def _load_roster(loader: BulkLoader, roster: _Roster) -> None:
    loader.insert(Team, TEAM_COLUMNS, roster.team_rows)
    loader.insert(TeamDecision, DECISION_COLUMNS, roster.decisions)
    loader.insert(Person, PERSON_COLUMNS, roster.people)
    loader.insert(Membership, MEMBERSHIP_COLUMNS, roster.memberships)


# --- Courses, attendance, skills (bulk) ----------------------------------------------------

COURSE_COLUMNS = (
    "id",
    "commune_id",
    "name",
    "organiser",
    "start_date",
    "end_date",
    "hours",
    "mode",
    "platform",
    "location",
)
ATTENDANCE_COLUMNS = (
    "id",
    "course_id",
    "person_id",
    "result",
    "certificate_number",
    "certificate_date",
)
SKILL_COLUMNS = ("id", "person_id", "skill", "level", "source", "assessed_on", "assessor")

_RESULTS_IN_PERSON = _Weighted(
    [
        (TrainingResult.COMPLETED, 50.0),
        (TrainingResult.PASSED, 35.0),
        (TrainingResult.ABSENT, 8.0),
        (TrainingResult.NOT_PASSED, 4.0),
        (TrainingResult.REGISTERED, 3.0),
    ]
)
_RESULTS_ONLINE = _Weighted(
    [
        (TrainingResult.COMPLETED, 60.0),
        (TrainingResult.PASSED, 25.0),
        (TrainingResult.REGISTERED, 10.0),
        (TrainingResult.ABSENT, 5.0),
    ]
)
_SKILL_LEVELS = _Weighted(
    [
        (SkillLevel.NONE, 2.0),
        (SkillLevel.BASIC, 20.0),
        (SkillLevel.PROFICIENT, 50.0),
        (SkillLevel.CAN_TEACH, 28.0),
    ]
)


@dataclass
class _Qualifications:
    courses: list[Row] = field(default_factory=list)
    attendances: list[Row] = field(default_factory=list)
    skills: list[Row] = field(default_factory=list)

    @property
    def total(self) -> int:
        return len(self.courses) + len(self.attendances) + len(self.skills)


def _make_qualifications(
    rng: random.Random, day: date, communes: Sequence[_Commune], roster: _Roster
) -> _Qualifications:
    made = _Qualifications()
    ids = uuid7_stream(4096).__next__
    for commune in communes:
        members = roster.members_by_commune.get(commune.id, [])
        texts = _placeholders(commune, None)
        for template in rng.sample(names.COURSE_TEMPLATES, rng.randint(3, 5)):
            course_id = ids()
            start = day - timedelta(days=rng.randint(20, 700))
            mode = TrainingMode(template.mode)
            end = start + timedelta(days=rng.randint(14, 45) if mode is TrainingMode.ONLINE else 0)
            made.courses.append(
                (
                    course_id,
                    commune.id,
                    template.name,
                    template.organiser.format(**texts),
                    start.isoformat(),
                    end.isoformat(),
                    template.hours,
                    mode.value,
                    template.platform,
                    template.location.format(**texts),
                )
            )
            results = _RESULTS_ONLINE if mode is TrainingMode.ONLINE else _RESULTS_IN_PERSON
            prefix = names.CERTIFICATE_PREFIXES.get(template.platform, "")
            share = rng.uniform(0.4, 0.9)
            for person_id in rng.sample(members, int(len(members) * share)):
                result = results.pick(rng)
                certified = prefix and result in (TrainingResult.PASSED, TrainingResult.COMPLETED)
                made.attendances.append(
                    (
                        ids(),
                        course_id,
                        person_id,
                        result.value,
                        f"{prefix}-{end.year}-{rng.randrange(1_000_000):06d}" if certified else "",
                        end.isoformat() if certified else None,
                    )
                )
    skills = list(DigitalSkill)
    for person in roster.people:
        if rng.random() >= 0.75:
            continue  # not every member has filled in the self-assessment yet
        assessed = rng.random() < 0.2
        assessed_on = (day - timedelta(days=rng.randint(10, 400))).isoformat()
        for skill in skills:
            made.skills.append(
                (
                    ids(),
                    person[0],
                    skill.value,
                    _SKILL_LEVELS.pick(rng).value,
                    (AssessmentSource.ASSESSED if assessed else AssessmentSource.SELF).value,
                    assessed_on,
                    "Tổ công nghệ số cộng đồng cấp xã" if assessed else "",
                )
            )
    return made


def _load_qualifications(loader: BulkLoader, made: _Qualifications) -> None:
    loader.insert(TrainingCourse, COURSE_COLUMNS, made.courses)
    loader.insert(TrainingAttendance, ATTENDANCE_COLUMNS, made.attendances)
    loader.insert(SkillAssessment, SKILL_COLUMNS, made.skills)


# --- Activities (bulk, the big tables) -----------------------------------------------------

ACTIVITY_COLUMNS = (
    "id",
    "commune_id",
    "team_id",
    "village_id",
    "activity_date",
    "kind",
    "pillar",
    "skill",
    "platform_id",
    "title",
    "location",
    "people_reached",
    "households_reached",
    "notes",
    "search_key",
)
PARTICIPANT_COLUMNS = ("id", "activity_id", "person_id")
RESULT_COLUMNS = ("id", "activity_id", "indicator_id", "value")

# Indicators whose value is a running total of households (a Zalo group's size), not a count
# of people helped at this one activity.
_HOUSEHOLD_TOTAL_INDICATORS = frozenset({"ZALO_GROUP_HOUSEHOLDS"})


@dataclass(frozen=True)
class _Reference:
    indicators: dict[str, str]  # code -> id
    platforms: dict[str, str]  # name -> id


def _reference_data(workspace: Workspace) -> _Reference:
    """Ids of the seeded (or clerk-edited) indicator catalogue and platform list."""
    with workspace.sessions.begin() as session:
        indicators = session.execute(
            select(Indicator.code, Indicator.id).where(
                Indicator.deleted_at.is_(None), Indicator.active.is_(True)
            )
        )
        platforms = session.execute(
            select(PlatformService.name, PlatformService.id).where(
                PlatformService.deleted_at.is_(None), PlatformService.active.is_(True)
            )
        )
        return _Reference(
            indicators={code: id_ for code, id_ in indicators},
            platforms={name: id_ for name, id_ in platforms},
        )


class _ActivityMaker:
    """A year of activity logs with participants and indicator results, in batches."""

    def __init__(
        self,
        rng: random.Random,
        day: date,
        roster: _Roster,
        reference: _Reference,
        total: int,
    ) -> None:
        self._rng = rng
        self._total = total
        self.activity_count = 0
        self.participant_count = 0
        self.result_count = 0
        self._templates = _Weighted(
            [(_compile_template(t, reference), float(t.weight)) for t in names.ACTIVITY_TEMPLATES]
        )
        self._teams = _Weighted([(_compile_team(t), t.weight) for t in roster.teams])
        self._notes = _expand(names.ACTIVITY_NOTES)
        self._next_id = uuid7_stream().__next__  # participant and result ids
        # Activities are entered as they happen: ids (time-ordered) follow the dates.
        self._dates = sorted(_activity_days(day).many(rng, total))

    def load(self, loader: BulkLoader, notify: ProgressCallback) -> None:
        big_tables = (Activity, ActivityParticipant, ActivityResult)
        notify(STEP_ACTIVITIES, 0, self._total)
        with loader.indexes_deferred(*big_tables):
            for start in range(0, self._total, ACTIVITY_BATCH):
                count = min(ACTIVITY_BATCH, self._total - start)
                activities, participants, results = self._batch(start, count)
                self.activity_count += loader.insert(Activity, ACTIVITY_COLUMNS, activities)
                self.participant_count += loader.insert(
                    ActivityParticipant, PARTICIPANT_COLUMNS, participants
                )
                self.result_count += loader.insert(ActivityResult, RESULT_COLUMNS, results)
                notify(STEP_ACTIVITIES, start + count, self._total)
            notify(STEP_INDEXES, 0, 1)
        loader.analyze(*big_tables)
        notify(STEP_INDEXES, 1, 1)

    def _batch(self, start: int, count: int) -> tuple[list[Row], list[Row], list[Row]]:
        rng = self._rng
        rand = rng.random
        search_key = activity_search_key
        next_id = self._next_id
        notes = self._notes
        note_count = len(notes)
        activities: list[Row] = []
        participants: list[Row] = []
        results: list[Row] = []
        add_activity = activities.append
        add_participant = participants.append
        add_result = results.append
        for activity_id, activity_date, team, template in zip(
            uuid7_block(count),
            self._dates[start : start + count],
            self._teams.many(rng, count),
            self._templates.many(rng, count),
            strict=True,
        ):
            team_id, commune_id, village_id, members, locations, villages = team
            kind, pillar, skill, platform_id, title, indicators, low, span = template
            reached = low + int(span * rand())
            households = max(1, int(reached * (0.4 + 0.5 * rand()))) if rand() < 0.7 else None
            if village_id is None and villages and rand() < 0.5:
                village_id = villages[int(rand() * len(villages))]
            location = locations[int(rand() * len(locations))]
            note = notes[int(rand() * note_count)]
            add_activity(
                (
                    activity_id,
                    commune_id,
                    team_id,
                    village_id,
                    activity_date,
                    kind,
                    pillar,
                    skill,
                    platform_id,
                    title,
                    location,
                    reached,
                    households,
                    note,
                    search_key(title, location, note),
                )
            )
            # One to three of the team's current members ran it.
            size = len(members)
            first = int(rand() * size)
            add_participant((next_id(), activity_id, members[first]))
            draw = rand()
            if draw < 0.45 and size > 1:
                second = (first + 1 + int(rand() * (size - 1))) % size
                add_participant((next_id(), activity_id, members[second]))
                if draw < 0.15 and size > 2:
                    third = first
                    while third in (first, second):
                        third = int(rand() * size)
                    add_participant((next_id(), activity_id, members[third]))
            # Most activities report their indicators; a missing row means "no figure".
            if indicators and rand() < 0.85:
                for indicator_id, household_total in indicators:
                    if household_total:
                        value = float(60 + int(390 * rand()))
                    else:
                        value = float(1 + int(reached * rand()))
                    add_result((next_id(), activity_id, indicator_id, value))
        return activities, participants, results


_CompiledTemplate = tuple[
    str, str, str | None, str | None, str, tuple[tuple[str, bool], ...], int, int
]
_CompiledTeam = tuple[str, str, str | None, tuple[str, ...], list[str], list[str]]


def _compile_template(template: names.ActivityTemplate, reference: _Reference) -> _CompiledTemplate:
    """The template's values as stored, with the ids of its platform and indicators."""
    platform_id = reference.platforms.get(template.platform or "")
    if platform_id is None and template.platform is not None:
        platform_id = reference.platforms.get("Khác")
    indicators = tuple(
        (reference.indicators[code], code in _HOUSEHOLD_TOTAL_INDICATORS)
        for code in template.indicators
        if code in reference.indicators
    )
    low, high = template.reach
    return (
        template.kind.value,
        template.pillar.value,
        None if template.skill is None else template.skill.value,
        platform_id,
        template.title,
        indicators,
        low,
        high - low + 1,
    )


def _compile_team(team: _TeamPlan) -> _CompiledTeam:
    """Team id, commune id, village id, current members, likely places, commune villages."""
    commune = team.commune
    texts = _placeholders(commune, team.village)
    if team.village is None:
        places = _expand(names.COMMUNE_LOCATIONS)
        villages = [village.id for village in commune.villages]
    else:
        places = _expand(names.VILLAGE_LOCATIONS)
        villages = []
    locations = [place.format(**texts) for place in places]
    members = tuple(team.members) or ("",)
    village_id = None if team.village is None else team.village.id
    return (team.id, commune.id, village_id, members, locations, villages)


def _expand(weighted: Sequence[tuple[str, int]]) -> list[str]:
    """Each item repeated by its weight: one index draw then picks by weight."""
    return [item for item, weight in weighted for _ in range(weight)]


def _activity_days(day: date) -> _Weighted[str]:
    """The 365 days up to ``day``; weekends busier ("Ngày Chủ nhật số"), recent months more."""
    weekday_factor = (1.0, 1.0, 1.0, 1.0, 1.0, 1.3, 1.6)
    days: list[tuple[str, float]] = []
    for back in range(364, -1, -1):
        moment = day - timedelta(days=back)
        trend = 0.8 + 0.4 * (364 - back) / 364
        days.append((moment.isoformat(), weekday_factor[moment.weekday()] * trend))
    return _Weighted(days)
