"""The whole data model as SQLAlchemy 2 typed ORM classes.

Every syncable row carries a UUIDv7 text key, created/updated timestamps, a revision
(site id + per-site counter, stamped in ``revisions.py``) and a tombstone (``deleted_at``):
rows are never hard-deleted, so a deletion can travel to the upper level in a bundle.
"""

from __future__ import annotations

from datetime import date
from enum import Enum as PyEnum
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    Enum,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column
from sqlalchemy.types import TypeDecorator

from tcns_desktop.domain.enums import (
    ActivityKind,
    Aggregation,
    AssessmentSource,
    AuditAction,
    CommuneKind,
    DigitalSkill,
    DocumentKind,
    Gender,
    LeaderRole,
    PeriodKind,
    Pillar,
    ScopeKind,
    SigningMode,
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
from tcns_desktop.domain.identifiers import TIMESTAMP_FORMAT, now_text, uuid7

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Timestamp(TypeDecorator[str]):
    """UTC timestamp stored as fixed-width text ``YYYY-MM-DDTHH:MM:SS.ffffffZ``.

    One format everywhere, checked on the way in, so text order is time order and a
    "newer revision wins" comparison can never be fooled by a different spelling.
    """

    impl = String(27)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> str | None:
        if value is None:
            return None
        if not isinstance(value, str) or len(value) != 27 or not value.endswith("Z"):
            raise ValueError(f"timestamp must use the canonical format {TIMESTAMP_FORMAT}")
        return value


def enum_type(enum_class: type[PyEnum]) -> Enum:
    """Store the enum's ASCII value (not its Python name) with a CHECK constraint."""
    return Enum(
        enum_class,
        name=enum_class.__name__.lower(),
        native_enum=False,
        create_constraint=True,
        length=32,
        values_callable=lambda members: [member.value for member in members],
        validate_strings=True,
    )


class Syncable:
    """Columns every row that travels in a sync bundle must have from the first release."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=uuid7)
    created_at: Mapped[str] = mapped_column(Timestamp, default=now_text)
    updated_at: Mapped[str] = mapped_column(Timestamp, default=now_text)
    rev_site: Mapped[str] = mapped_column(String(36))
    rev_seq: Mapped[int] = mapped_column(Integer)
    deleted_at: Mapped[str | None] = mapped_column(Timestamp, default=None)

    @declared_attr.directive
    def __table_args__(cls) -> tuple[Any, ...]:  # noqa: N805 (a class-level directive)
        name = cls.__tablename__  # type: ignore[attr-defined]
        extra: tuple[Any, ...] = getattr(cls, "_extra_table_args", ())
        return (Index(f"ix_{name}_revision", "rev_site", "rev_seq"), *extra)

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None


# --- Commune, leaders, villages ------------------------------------------------------------


class Commune(Syncable, Base):
    """A commune-level unit (xã/phường/thị trấn/đặc khu); the hub holds many."""

    __tablename__ = "commune"
    _extra_table_args = (UniqueConstraint("code"),)

    code: Mapped[str] = mapped_column(String(5))
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[CommuneKind] = mapped_column(enum_type(CommuneKind))
    province_code: Mapped[str] = mapped_column(String(2))
    province_name: Mapped[str] = mapped_column(String(200))
    district_name: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(String(500), default="")
    place_name: Mapped[str] = mapped_column(String(200), default="")
    document_symbol: Mapped[str] = mapped_column(String(50), default="QĐ-UBND")
    upper_office_name: Mapped[str] = mapped_column(String(300), default="")
    upper_office_level: Mapped[UpperOfficeLevel] = mapped_column(
        enum_type(UpperOfficeLevel), default=UpperOfficeLevel.PROVINCE_DEPARTMENT
    )
    team_type_name: Mapped[str] = mapped_column(String(200), default="Tổ công nghệ số cộng đồng")
    notes: Mapped[str] = mapped_column(Text, default="")


class CommuneLeader(Syncable, Base):
    """Chairperson and vice-chairpersons who sign the commune's decisions."""

    __tablename__ = "commune_leader"

    commune_id: Mapped[str] = mapped_column(ForeignKey("commune.id"), index=True)
    full_name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(200))
    role: Mapped[LeaderRole] = mapped_column(enum_type(LeaderRole))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    start_date: Mapped[date | None] = mapped_column(Date, default=None)
    end_date: Mapped[date | None] = mapped_column(Date, default=None)


class Village(Syncable, Base):
    """Thôn / bản / tổ dân phố / khu phố / ấp; a merged village points at its successor."""

    __tablename__ = "village"

    commune_id: Mapped[str] = mapped_column(ForeignKey("commune.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[VillageKind] = mapped_column(enum_type(VillageKind), default=VillageKind.THON)
    code: Mapped[str] = mapped_column(String(20), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    merged_into_id: Mapped[str | None] = mapped_column(ForeignKey("village.id"), default=None)
    merged_on: Mapped[date | None] = mapped_column(Date, default=None)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    notes: Mapped[str] = mapped_column(Text, default="")


# --- Teams, people, memberships ------------------------------------------------------------


class Team(Syncable, Base):
    __tablename__ = "team"

    commune_id: Mapped[str] = mapped_column(ForeignKey("commune.id"), index=True)
    level: Mapped[TeamLevel] = mapped_column(enum_type(TeamLevel))
    village_id: Mapped[str | None] = mapped_column(ForeignKey("village.id"), index=True)
    name: Mapped[str] = mapped_column(String(300))
    status: Mapped[TeamStatus] = mapped_column(enum_type(TeamStatus), default=TeamStatus.ACTIVE)
    founded_on: Mapped[date | None] = mapped_column(Date, default=None)
    dissolved_on: Mapped[date | None] = mapped_column(Date, default=None)
    zalo_group: Mapped[str] = mapped_column(String(300), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class TeamDecision(Syncable, Base):
    """A founding, re-formation (kiện toàn) or dissolution decision that concerns a team."""

    __tablename__ = "team_decision"

    team_id: Mapped[str] = mapped_column(ForeignKey("team.id"), index=True)
    kind: Mapped[TeamDecisionKind] = mapped_column(enum_type(TeamDecisionKind))
    number: Mapped[str] = mapped_column(String(50), default="")
    decided_on: Mapped[date | None] = mapped_column(Date, default=None)
    document_id: Mapped[str | None] = mapped_column(ForeignKey("issued_document.id"))
    notes: Mapped[str] = mapped_column(Text, default="")


class Person(Syncable, Base):
    __tablename__ = "person"
    _extra_table_args = (Index("ix_person_citizen_id", "citizen_id"),)

    commune_id: Mapped[str] = mapped_column(ForeignKey("commune.id"), index=True)
    full_name: Mapped[str] = mapped_column(String(200))
    search_key: Mapped[str] = mapped_column(String(200), index=True)
    gender: Mapped[Gender | None] = mapped_column(enum_type(Gender), default=None)
    birth_date: Mapped[date | None] = mapped_column(Date, default=None)
    birth_year: Mapped[int | None] = mapped_column(Integer, default=None)
    ethnicity: Mapped[str] = mapped_column(String(100), default="")
    citizen_id: Mapped[str | None] = mapped_column(String(12), default=None)
    phone: Mapped[str] = mapped_column(String(20), default="")
    village_id: Mapped[str | None] = mapped_column(ForeignKey("village.id"), index=True)
    organisation: Mapped[str] = mapped_column(String(300), default="")
    position: Mapped[str] = mapped_column(String(300), default="")
    youth_union_member: Mapped[bool] = mapped_column(Boolean, default=False)
    education: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    merged_into_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"), default=None)


class Membership(Syncable, Base):
    """A person's role in a team between two dates: the roster's history."""

    __tablename__ = "membership"

    team_id: Mapped[str] = mapped_column(ForeignKey("team.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    role: Mapped[TeamRole] = mapped_column(enum_type(TeamRole), default=TeamRole.MEMBER)
    start_date: Mapped[date | None] = mapped_column(Date, default=None)
    end_date: Mapped[date | None] = mapped_column(Date, default=None)
    end_reason: Mapped[str] = mapped_column(String(300), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


# --- Qualifications ------------------------------------------------------------------------


class TrainingCourse(Syncable, Base):
    __tablename__ = "training_course"

    commune_id: Mapped[str] = mapped_column(ForeignKey("commune.id"), index=True)
    name: Mapped[str] = mapped_column(String(300))
    organiser: Mapped[str] = mapped_column(String(300), default="")
    start_date: Mapped[date | None] = mapped_column(Date, default=None)
    end_date: Mapped[date | None] = mapped_column(Date, default=None)
    hours: Mapped[float | None] = mapped_column(Float, default=None)
    mode: Mapped[TrainingMode] = mapped_column(
        enum_type(TrainingMode), default=TrainingMode.IN_PERSON
    )
    platform: Mapped[str] = mapped_column(String(200), default="")
    location: Mapped[str] = mapped_column(String(300), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class TrainingAttendance(Syncable, Base):
    __tablename__ = "training_attendance"

    course_id: Mapped[str] = mapped_column(ForeignKey("training_course.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    result: Mapped[TrainingResult] = mapped_column(
        enum_type(TrainingResult), default=TrainingResult.COMPLETED
    )
    certificate_number: Mapped[str] = mapped_column(String(100), default="")
    certificate_date: Mapped[date | None] = mapped_column(Date, default=None)
    notes: Mapped[str] = mapped_column(Text, default="")


class SkillAssessment(Syncable, Base):
    """A person's level in one of the 5 basic digital skills, self-rated or assessed."""

    __tablename__ = "skill_assessment"

    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    skill: Mapped[DigitalSkill] = mapped_column(enum_type(DigitalSkill))
    level: Mapped[SkillLevel] = mapped_column(enum_type(SkillLevel))
    source: Mapped[AssessmentSource] = mapped_column(
        enum_type(AssessmentSource), default=AssessmentSource.SELF
    )
    assessed_on: Mapped[date | None] = mapped_column(Date, default=None)
    assessor: Mapped[str] = mapped_column(String(200), default="")


# --- Activities, indicators, targets -------------------------------------------------------


class PlatformService(Syncable, Base):
    """Managed pick list of platforms and services an activity is about (VNeID, DVC …)."""

    __tablename__ = "platform_service"

    name: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class Indicator(Syncable, Base):
    """Catalogue entry; the upper level may distribute one standard catalogue."""

    __tablename__ = "indicator"
    _extra_table_args = (UniqueConstraint("code"),)

    code: Mapped[str] = mapped_column(String(50))
    name: Mapped[str] = mapped_column(String(300))
    unit: Mapped[str] = mapped_column(String(50), default="")
    pillar: Mapped[Pillar] = mapped_column(enum_type(Pillar))
    aggregation: Mapped[Aggregation] = mapped_column(
        enum_type(Aggregation), default=Aggregation.SUM
    )
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    description: Mapped[str] = mapped_column(Text, default="")


def _live(*columns: str, name: str) -> Index:
    """A partial index over live rows only: every list and figure reads live rows only, so
    tombstones cost nothing there, and SQLite uses the index only when the query says
    ``deleted_at IS NULL`` (which every query of activities does)."""
    return Index(name, *columns, sqlite_where=text("deleted_at IS NULL"))


class Activity(Syncable, Base):
    __tablename__ = "activity"
    _extra_table_args = (
        # The activity list: newest first with the id as tie-break, one filter at a time
        # (a province's upper level holds 10^6 rows; each index answers its filter's count
        # and pages without reading the rows).
        _live("activity_date", "id", name="ix_activity_live_date"),
        _live("commune_id", "activity_date", name="ix_activity_live_commune"),
        _live("team_id", "activity_date", name="ix_activity_live_team"),
        _live("village_id", "activity_date", name="ix_activity_live_village"),
        _live("kind", "activity_date", name="ix_activity_live_kind"),
        _live("pillar", "activity_date", name="ix_activity_live_pillar"),
        _live("skill", "activity_date", name="ix_activity_live_skill"),
        _live("platform_id", "activity_date", name="ix_activity_live_platform"),
        # The search looks for words anywhere in the text, which no index can seek; this one
        # lets it read the folded texts of a period without reading the activities.
        _live("activity_date", "search_key", "deleted_at", name="ix_activity_live_text"),
        # The statistics: each GROUP BY reads one index in the order of its groups (SQLite
        # skips from group to group to the period's days), so nothing is sorted and no row
        # is read; ``deleted_at`` is listed so the planner knows the index is enough.
        _live(
            "team_id",
            "village_id",
            "activity_date",
            "people_reached",
            "households_reached",
            "deleted_at",
            name="ix_activity_live_places",
        ),
        _live(
            "pillar",
            "skill",
            "kind",
            "activity_date",
            "people_reached",
            "households_reached",
            "deleted_at",
            name="ix_activity_live_categories",
        ),
        # A period's activities with what the indicator figures join and group by.
        _live(
            "activity_date",
            "commune_id",
            "team_id",
            "village_id",
            "id",
            "deleted_at",
            name="ix_activity_live_figures",
        ),
    )

    commune_id: Mapped[str] = mapped_column(ForeignKey("commune.id"))
    team_id: Mapped[str] = mapped_column(ForeignKey("team.id"))
    village_id: Mapped[str | None] = mapped_column(ForeignKey("village.id"))
    activity_date: Mapped[date] = mapped_column(Date)
    kind: Mapped[ActivityKind] = mapped_column(enum_type(ActivityKind))
    pillar: Mapped[Pillar] = mapped_column(enum_type(Pillar))
    skill: Mapped[DigitalSkill | None] = mapped_column(enum_type(DigitalSkill), default=None)
    platform_id: Mapped[str | None] = mapped_column(ForeignKey("platform_service.id"))
    title: Mapped[str] = mapped_column(String(500), default="")
    location: Mapped[str] = mapped_column(String(300), default="")
    people_reached: Mapped[int | None] = mapped_column(Integer, default=None)
    households_reached: Mapped[int | None] = mapped_column(Integer, default=None)
    notes: Mapped[str] = mapped_column(Text, default="")
    # Accent-folded title, location and notes ("tap huan vneid …") for the list's search.
    search_key: Mapped[str] = mapped_column(Text, default="", server_default="")


class ActivityParticipant(Syncable, Base):
    __tablename__ = "activity_participant"

    activity_id: Mapped[str] = mapped_column(ForeignKey("activity.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)


class ActivityResult(Syncable, Base):
    """One indicator value reported by an activity; no row means "không có số liệu"."""

    __tablename__ = "activity_result"

    # The activity's results with their values in the index itself: a period's indicator
    # figures join the activities in the period to this index without reading result rows.
    _extra_table_args = (
        Index(
            "ix_activity_result_activity_values",
            "activity_id",
            "indicator_id",
            "value",
            "deleted_at",
        ),
    )

    activity_id: Mapped[str] = mapped_column(ForeignKey("activity.id"))
    indicator_id: Mapped[str] = mapped_column(ForeignKey("indicator.id"), index=True)
    value: Mapped[float] = mapped_column(Float)


class ActivityTemplate(Syncable, Base):
    """A recurring campaign's pre-filled activity: what the clerk would otherwise retype."""

    __tablename__ = "activity_template"

    commune_id: Mapped[str] = mapped_column(ForeignKey("commune.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[ActivityKind] = mapped_column(enum_type(ActivityKind))
    pillar: Mapped[Pillar] = mapped_column(enum_type(Pillar))
    skill: Mapped[DigitalSkill | None] = mapped_column(enum_type(DigitalSkill), default=None)
    platform_id: Mapped[str | None] = mapped_column(ForeignKey("platform_service.id"))
    title: Mapped[str] = mapped_column(String(500), default="")
    location: Mapped[str] = mapped_column(String(300), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # Codes (not ids) of the indicators the activity reports, as a JSON list: codes are what
    # an imported catalogue matches on, so a template survives a catalogue exchange.
    indicator_codes: Mapped[str] = mapped_column(Text, default="[]")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class Target(Syncable, Base):
    """Chỉ tiêu: an indicator's target for a period and a scope (commune, village or team)."""

    __tablename__ = "target"

    commune_id: Mapped[str] = mapped_column(ForeignKey("commune.id"), index=True)
    indicator_id: Mapped[str] = mapped_column(ForeignKey("indicator.id"), index=True)
    period_kind: Mapped[PeriodKind] = mapped_column(enum_type(PeriodKind))
    period_key: Mapped[str] = mapped_column(String(10))
    scope_kind: Mapped[ScopeKind] = mapped_column(enum_type(ScopeKind))
    scope_id: Mapped[str | None] = mapped_column(String(36), default=None)
    value: Mapped[float] = mapped_column(Float)


# --- Documents -----------------------------------------------------------------------------


class IssuedDocument(Syncable, Base):
    """Register of issued decisions and reports, with the data snapshot each was made from."""

    __tablename__ = "issued_document"

    commune_id: Mapped[str] = mapped_column(ForeignKey("commune.id"), index=True)
    kind: Mapped[DocumentKind] = mapped_column(enum_type(DocumentKind))
    number: Mapped[str] = mapped_column(String(50), default="")
    symbol: Mapped[str] = mapped_column(String(50), default="")
    issued_on: Mapped[date | None] = mapped_column(Date, default=None)
    title: Mapped[str] = mapped_column(String(500), default="")
    signer_name: Mapped[str] = mapped_column(String(200), default="")
    signer_title: Mapped[str] = mapped_column(String(200), default="")
    signing_mode: Mapped[SigningMode] = mapped_column(
        enum_type(SigningMode), default=SigningMode.CHAIR
    )
    period_key: Mapped[str] = mapped_column(String(10), default="")
    file_sha256: Mapped[str] = mapped_column(String(64), default="")
    snapshot_json: Mapped[str] = mapped_column(Text, default="{}")
    notes: Mapped[str] = mapped_column(Text, default="")


# --- Local bookkeeping (never synced) ------------------------------------------------------


class LocalSite(Base):
    """Singleton row: this database's installation id, file identity and revision counter."""

    __tablename__ = "local_site"

    singleton: Mapped[int] = mapped_column(Integer, primary_key=True, default=1)
    site_id: Mapped[str] = mapped_column(String(36))
    database_id: Mapped[str] = mapped_column(String(36))
    last_seq: Mapped[int] = mapped_column(Integer, default=0)
    mode: Mapped[SiteMode] = mapped_column(enum_type(SiteMode), default=SiteMode.COMMUNE)
    commune_id: Mapped[str | None] = mapped_column(ForeignKey("commune.id"), default=None)
    created_at: Mapped[str] = mapped_column(Timestamp, default=now_text)


class DatabaseLineage(Base):
    """Each database id this file has had; a new one is made when the file is restored/copied."""

    __tablename__ = "database_lineage"

    database_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    started_at: Mapped[str] = mapped_column(Timestamp, default=now_text)
    reason: Mapped[str] = mapped_column(String(200))
    seq_at_start: Mapped[int] = mapped_column(Integer, default=0)


class AuditEntry(Base):
    """Who changed what, when, with the row before and after (JSON)."""

    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_entry_row", "table_name", "row_id"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=uuid7)
    at: Mapped[str] = mapped_column(Timestamp, default=now_text, index=True)
    actor: Mapped[str] = mapped_column(String(200), default="")
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(36))
    action: Mapped[AuditAction] = mapped_column(enum_type(AuditAction))
    before_json: Mapped[str | None] = mapped_column(Text, default=None)
    after_json: Mapped[str | None] = mapped_column(Text, default=None)


SYNCABLE_MODELS: tuple[type[Syncable], ...] = (
    Commune,
    CommuneLeader,
    Village,
    Team,
    IssuedDocument,
    TeamDecision,
    Person,
    Membership,
    TrainingCourse,
    TrainingAttendance,
    SkillAssessment,
    PlatformService,
    Indicator,
    ActivityTemplate,
    Activity,
    ActivityParticipant,
    ActivityResult,
    Target,
)
"""Syncable tables in foreign-key order (parents first): the order bundles apply them in."""


# --- Sync bookkeeping (local to each database, never synced) ---------------------------------


class BundleMade(Base):
    """A bundle this commune made: its number, file hash and the revisions it covered."""

    __tablename__ = "sync_bundle_made"
    __table_args__ = (UniqueConstraint("sequence"),)

    bundle_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    sequence: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[str] = mapped_column(Timestamp)
    database_id: Mapped[str] = mapped_column(String(36))
    sha256: Mapped[str] = mapped_column(String(64))
    file_name: Mapped[str] = mapped_column(String(300))
    # This site's revisions covered: (from_seq, to_seq]; every site's in coverage_json.
    from_seq: Mapped[int] = mapped_column(Integer)
    to_seq: Mapped[int] = mapped_column(Integer)
    coverage_json: Mapped[str] = mapped_column(Text)
    counts_json: Mapped[str] = mapped_column(Text)
    encrypted_to: Mapped[str] = mapped_column(String(39), default="")


class AckReceived(Base):
    """An acknowledgement from the upper level: up to which revision it holds our changes."""

    __tablename__ = "sync_ack_received"

    ack_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    created_at: Mapped[str] = mapped_column(Timestamp)
    received_at: Mapped[str] = mapped_column(Timestamp, default=now_text)
    hub_site_id: Mapped[str] = mapped_column(String(36))
    hub_fingerprint: Mapped[str] = mapped_column(String(39))
    database_id: Mapped[str] = mapped_column(String(36))
    to_seq: Mapped[int] = mapped_column(Integer)
    payload_json: Mapped[str] = mapped_column(Text)


class PeerKey(Base):
    """A public key from another office: the upper level's (at a commune), or a commune's
    (at the upper level, where revoking it refuses its bundles)."""

    __tablename__ = "sync_peer_key"

    fingerprint: Mapped[str] = mapped_column(String(39), primary_key=True)
    role: Mapped[str] = mapped_column(String(16))
    code: Mapped[str] = mapped_column(String(20), index=True)
    name: Mapped[str] = mapped_column(String(300))
    site_id: Mapped[str] = mapped_column(String(36), index=True)
    signing_key: Mapped[str] = mapped_column(String(64))
    encryption_key: Mapped[str] = mapped_column(String(64))
    key_created_at: Mapped[str] = mapped_column(String(40))
    registered_at: Mapped[str] = mapped_column(Timestamp, default=now_text)
    revoked_at: Mapped[str | None] = mapped_column(Timestamp, default=None)
    revoked_reason: Mapped[str] = mapped_column(String(300), default="")


class HubBundle(Base):
    """A commune bundle the upper level has imported (imports are idempotent by this row)."""

    __tablename__ = "hub_bundle_received"
    __table_args__ = (Index("ix_hub_bundle_received_site", "site_id", "sequence"),)

    bundle_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64))
    site_id: Mapped[str] = mapped_column(String(36))
    commune_code: Mapped[str] = mapped_column(String(20))
    commune_name: Mapped[str] = mapped_column(String(300))
    database_id: Mapped[str] = mapped_column(String(36))
    sequence: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[str] = mapped_column(Timestamp)
    imported_at: Mapped[str] = mapped_column(Timestamp, default=now_text)
    from_seq: Mapped[int] = mapped_column(Integer)
    to_seq: Mapped[int] = mapped_column(Integer)
    previous_bundle_id: Mapped[str | None] = mapped_column(String(36), default=None)
    key_fingerprint: Mapped[str] = mapped_column(String(39))
    file_name: Mapped[str] = mapped_column(String(300))
    lineage_json: Mapped[str] = mapped_column(Text)
    counts_json: Mapped[str] = mapped_column(Text)


class HubReferenceMap(Base):
    """A commune's catalogue row (indicator, platform) matched to the upper level's own.

    The commune's version is kept whole in ``row_json``, so what the commune sent can be
    given back exactly, while its activities point at the upper level's catalogue.
    """

    __tablename__ = "hub_reference_map"

    origin_site_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    table_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    origin_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    local_id: Mapped[str] = mapped_column(String(36))
    rev_seq: Mapped[int] = mapped_column(Integer)
    row_json: Mapped[str] = mapped_column(Text)


class SyncSetting(Base):
    """Small named settings of the sync side (the upper-level office's name …)."""

    __tablename__ = "sync_setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
