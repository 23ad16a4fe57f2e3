"""Frozen records of activities and their list, templates, platforms, indicators, targets."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum

from tcns_desktop.domain.enums import (
    ActivityKind,
    Aggregation,
    DigitalSkill,
    Pillar,
    ScopeKind,
)
from tcns_desktop.domain.periods import Period

# --- Activities ----------------------------------------------------------------------------


@dataclass(frozen=True)
class ResultInput:
    """One indicator value reported by an activity (a blank is simply not listed)."""

    indicator_id: str
    value: float


@dataclass(frozen=True)
class ActivityInput:
    """What the entry form and the batch grid collect; the service checks and cleans it.

    ``village_id`` is where it happened; left empty, the team's own village is used.
    """

    activity_date: date
    team_id: str
    kind: ActivityKind
    pillar: Pillar
    skill: DigitalSkill | None = None
    platform_id: str | None = None
    title: str = ""
    location: str = ""
    people_reached: int | None = None
    households_reached: int | None = None
    notes: str = ""
    participant_ids: tuple[str, ...] = ()
    results: tuple[ResultInput, ...] = ()
    village_id: str | None = None


@dataclass(frozen=True)
class ParticipantRecord:
    person_id: str
    full_name: str


@dataclass(frozen=True)
class ResultRecord:
    indicator_id: str
    code: str
    name: str
    unit: str
    value: float


@dataclass(frozen=True)
class ActivityRecord:
    """One activity with everything the form and the detail view show."""

    id: str
    commune_id: str
    commune_name: str
    team_id: str
    team_name: str
    village_id: str | None
    village_name: str
    activity_date: date
    kind: ActivityKind
    pillar: Pillar
    skill: DigitalSkill | None
    platform_id: str | None
    platform_name: str
    title: str
    location: str
    people_reached: int | None
    households_reached: int | None
    notes: str
    participants: tuple[ParticipantRecord, ...] = ()
    results: tuple[ResultRecord, ...] = ()
    created_at: str = ""
    updated_at: str = ""

    def as_input(self, **changes: object) -> ActivityInput:
        """The activity as form input: to edit it, or to enter the next one like it."""
        data = ActivityInput(
            activity_date=self.activity_date,
            team_id=self.team_id,
            kind=self.kind,
            pillar=self.pillar,
            skill=self.skill,
            platform_id=self.platform_id,
            title=self.title,
            location=self.location,
            people_reached=self.people_reached,
            households_reached=self.households_reached,
            notes=self.notes,
            participant_ids=tuple(p.person_id for p in self.participants),
            results=tuple(ResultInput(r.indicator_id, r.value) for r in self.results),
            village_id=self.village_id,
        )
        return replace(data, **changes)  # type: ignore[arg-type]


@dataclass(frozen=True)
class ActivityRow:
    """One line of the activity list (names resolved, counts of participants and results)."""

    id: str
    activity_date: date
    commune_id: str
    commune_name: str
    team_id: str
    team_name: str
    village_id: str | None
    village_name: str
    kind: ActivityKind
    pillar: Pillar
    skill: DigitalSkill | None
    platform_id: str | None
    platform_name: str
    title: str
    location: str
    people_reached: int | None
    households_reached: int | None
    notes: str
    participant_count: int
    result_count: int


@dataclass(frozen=True)
class ActivityCheck:
    """The outcome of the activity rules: errors block saving, warnings need a confirmation."""

    errors: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass(frozen=True)
class ActivitySaved:
    """A saved activity and the warnings the clerk confirmed."""

    activity: ActivityRecord
    warnings: tuple[str, ...] = ()


# --- The activity list ---------------------------------------------------------------------


class ActivitySort(StrEnum):
    """Orders of the list; within a team or a kind, newest first. The id breaks every tie."""

    DATE = "date"
    TEAM = "team"
    KIND = "kind"


@dataclass(frozen=True)
class ActivityQuery:
    """Filters and order of the activity list; every filter left empty matches everything.

    ``period`` and ``date_from``/``date_to`` combine (both must hold); ``text`` matches the
    title, the location and the notes without regard to accents or case, word by word;
    ``indicator_id`` keeps activities that reported that indicator; ``person_id`` those the
    person took part in; ``commune_id`` is the upper level's commune filter.
    """

    period: Period | None = None
    date_from: date | None = None
    date_to: date | None = None
    commune_id: str | None = None
    team_id: str | None = None
    village_id: str | None = None
    kind: ActivityKind | None = None
    pillar: Pillar | None = None
    skill: DigitalSkill | None = None
    platform_id: str | None = None
    indicator_id: str | None = None
    person_id: str | None = None
    text: str = ""
    sort: ActivitySort = ActivitySort.DATE
    descending: bool = True

    @property
    def first_day(self) -> date | None:
        days = [d for d in (self.date_from, self.period.start if self.period else None) if d]
        return max(days) if days else None

    @property
    def last_day(self) -> date | None:
        days = [d for d in (self.date_to, self.period.end if self.period else None) if d]
        return min(days) if days else None


@dataclass(frozen=True)
class ActivityPage:
    """Rows ``offset`` … ``offset + len(rows) - 1`` of the list, and how many rows it has."""

    rows: tuple[ActivityRow, ...]
    offset: int
    total: int


# --- Templates and pick lists --------------------------------------------------------------


@dataclass(frozen=True)
class TemplateInput:
    name: str
    kind: ActivityKind
    pillar: Pillar
    skill: DigitalSkill | None = None
    platform_id: str | None = None
    title: str = ""
    location: str = ""
    notes: str = ""
    indicator_codes: tuple[str, ...] = ()


@dataclass(frozen=True)
class TemplateRecord:
    """A recurring campaign's pre-filled activity; ``indicator_ids`` are the live ones."""

    id: str
    name: str
    kind: ActivityKind
    pillar: Pillar
    skill: DigitalSkill | None
    platform_id: str | None
    platform_name: str
    title: str
    location: str
    notes: str
    indicator_codes: tuple[str, ...]
    indicator_ids: tuple[str, ...]
    sort_order: int

    def to_input(self, activity_date: date, team_id: str) -> ActivityInput:
        """A new activity from the template: the clerk adds the date, team and counts."""
        return ActivityInput(
            activity_date=activity_date,
            team_id=team_id,
            kind=self.kind,
            pillar=self.pillar,
            skill=self.skill,
            platform_id=self.platform_id,
            title=self.title,
            location=self.location,
            notes=self.notes,
        )


@dataclass(frozen=True)
class PlatformRecord:
    id: str
    name: str
    active: bool
    sort_order: int


@dataclass(frozen=True)
class Suggestions:
    """Texts used before, most used first, for the form's auto-completion."""

    titles: tuple[str, ...] = ()
    locations: tuple[str, ...] = ()


# --- Indicators ----------------------------------------------------------------------------


@dataclass(frozen=True)
class IndicatorInput:
    code: str
    name: str
    unit: str = ""
    pillar: Pillar = Pillar.DIGITAL_SOCIETY
    aggregation: Aggregation = Aggregation.SUM
    description: str = ""


@dataclass(frozen=True)
class IndicatorRecord:
    id: str
    code: str
    name: str
    unit: str
    pillar: Pillar
    aggregation: Aggregation
    active: bool
    sort_order: int
    description: str


@dataclass(frozen=True)
class CatalogueEntry:
    """One indicator as a catalogue file carries it, after the checks."""

    code: str
    name: str
    unit: str
    pillar: Pillar
    aggregation: Aggregation
    active: bool
    description: str
    sort_order: int


class CatalogueAction(StrEnum):
    ADD = "add"
    UPDATE = "update"
    UNCHANGED = "unchanged"
    REJECT = "reject"


@dataclass(frozen=True)
class CatalogueRow:
    """What importing one entry of a catalogue file would do (``position`` counts from 1)."""

    position: int
    code: str
    name: str
    action: CatalogueAction
    changes: tuple[str, ...] = ()
    errors: tuple[str, ...] = ()
    entry: CatalogueEntry | None = None

    @property
    def where(self) -> str:
        return f"Chỉ tiêu thứ {self.position}" + (f" ({self.code})" if self.code else "")


@dataclass(frozen=True)
class CataloguePreview:
    """The dry run of a catalogue import: nothing is written until ``apply``."""

    file_name: str
    format_version: int
    rows: tuple[CatalogueRow, ...]
    problems: tuple[str, ...] = ()
    not_in_file: tuple[str, ...] = ()  # codes on file that the catalogue does not mention

    def count(self, action: CatalogueAction) -> int:
        return sum(1 for row in self.rows if row.action is action)

    @property
    def rejected(self) -> tuple[CatalogueRow, ...]:
        return tuple(row for row in self.rows if row.action is CatalogueAction.REJECT)


@dataclass(frozen=True)
class CatalogueImportResult:
    added: int
    updated: int
    unchanged: int
    rejected: int


# --- Targets -------------------------------------------------------------------------------


@dataclass(frozen=True)
class TargetInput:
    """One cell of the target grid; ``value`` None clears the cell.

    ``scope_id`` is the village or team id; None for the whole commune.
    """

    indicator_id: str
    scope_kind: ScopeKind
    scope_id: str | None
    value: float | None


@dataclass(frozen=True)
class TargetRecord:
    id: str
    commune_id: str
    indicator_id: str
    indicator_code: str
    indicator_name: str
    unit: str
    period: Period
    scope_kind: ScopeKind
    scope_id: str | None
    scope_name: str
    value: float


@dataclass(frozen=True)
class TargetSaveResult:
    added: int = 0
    changed: int = 0
    cleared: int = 0
    unchanged: int = 0
    targets: tuple[TargetRecord, ...] = field(default_factory=tuple)
