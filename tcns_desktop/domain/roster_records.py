"""Frozen records of the roster: teams, people, memberships, trainings, skills."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from tcns_desktop.domain.enums import (
    AssessmentSource,
    DigitalSkill,
    Gender,
    SkillLevel,
    TeamLevel,
    TeamRole,
    TeamStatus,
    TrainingMode,
    TrainingResult,
)

NO_TEAM_LABEL = "Chưa thuộc tổ nào"
"""Group heading of people in no team, in exports; an import reads it as "no team"."""


def short_team_name(name: str, team_type_name: str) -> str:
    """ "Tổ công nghệ số cộng đồng Thôn Đông" → "Thôn Đông" for lists where space is short."""
    if name.casefold().startswith(team_type_name.casefold() + " "):
        rest = name[len(team_type_name) :].strip()
        if rest:
            return rest[0].upper() + rest[1:]
    return name


@dataclass(frozen=True)
class TeamInput:
    name: str
    level: TeamLevel = TeamLevel.VILLAGE
    village_id: str | None = None
    founded_on: date | None = None
    zalo_group: str = ""
    notes: str = ""


@dataclass(frozen=True)
class TeamRecord:
    id: str
    name: str
    level: TeamLevel
    village_id: str | None
    village_name: str
    status: TeamStatus
    founded_on: date | None
    dissolved_on: date | None
    zalo_group: str
    notes: str
    active_members: int = 0
    leader_name: str = ""
    commune_name: str = ""  # filled in the upper level's lists, where names repeat
    commune_id: str = ""


@dataclass(frozen=True)
class PersonInput:
    """What the add/edit dialog and the import collect (raw text is checked by the service)."""

    full_name: str
    gender: Gender | None = None
    birth: str = ""  # "dd/mm/yyyy" or "yyyy"
    ethnicity: str = ""
    citizen_id: str = ""
    phone: str = ""
    village_id: str | None = None
    organisation: str = ""
    position: str = ""
    youth_union_member: bool = False
    education: str = ""
    notes: str = ""


@dataclass(frozen=True)
class PersonRecord:
    id: str
    full_name: str
    gender: Gender | None
    birth_date: date | None
    birth_year: int | None
    ethnicity: str
    citizen_id: str | None
    phone: str
    village_id: str | None
    village_name: str
    organisation: str
    position: str
    youth_union_member: bool
    education: str
    notes: str

    @property
    def birth_text(self) -> str:
        if self.birth_date is not None:
            return self.birth_date.strftime("%d/%m/%Y")
        return str(self.birth_year) if self.birth_year else ""


@dataclass(frozen=True)
class MembershipRecord:
    id: str
    team_id: str
    team_name: str
    person_id: str
    person_name: str
    role: TeamRole
    start_date: date | None
    end_date: date | None
    end_reason: str

    @property
    def active(self) -> bool:
        return self.end_date is None


@dataclass(frozen=True)
class MemberRow:
    """One line of the member list: a person with their current teams and training status."""

    person: PersonRecord
    teams: tuple[str, ...]
    team_ids: tuple[str, ...]
    roles: tuple[TeamRole, ...]
    active: bool
    trained: bool
    search_text: str  # accent-folded name, phone, citizen id, village, teams
    commune_id: str = ""  # the upper level's lists are filtered by commune


@dataclass(frozen=True)
class CourseInput:
    name: str
    organiser: str = ""
    start_date: date | None = None
    end_date: date | None = None
    hours: float | None = None
    mode: TrainingMode = TrainingMode.IN_PERSON
    platform: str = ""
    location: str = ""
    notes: str = ""


@dataclass(frozen=True)
class CourseRecord:
    id: str
    name: str
    organiser: str
    start_date: date | None
    end_date: date | None
    hours: float | None
    mode: TrainingMode
    platform: str
    location: str
    notes: str
    attendees: int = 0


@dataclass(frozen=True)
class AttendanceRecord:
    id: str
    course_id: str
    course_name: str
    course_date: date | None
    person_id: str
    person_name: str
    result: TrainingResult
    certificate_number: str
    certificate_date: date | None


@dataclass(frozen=True)
class SkillRecord:
    skill: DigitalSkill
    level: SkillLevel
    source: AssessmentSource
    assessed_on: date | None


@dataclass(frozen=True)
class AuditLine:
    at: str
    actor: str
    action: str
    summary: str


@dataclass(frozen=True)
class PersonPage:
    """Everything about one person, for the person's page."""

    person: PersonRecord
    memberships: tuple[MembershipRecord, ...]
    attendances: tuple[AttendanceRecord, ...]
    skills: tuple[SkillRecord, ...]
    history: tuple[AuditLine, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class SaveOutcome:
    """A saved record and the warnings the clerk should still read (they did not block)."""

    person: PersonRecord
    warnings: tuple[str, ...] = ()
