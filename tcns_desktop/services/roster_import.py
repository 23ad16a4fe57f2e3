"""Importing rosters from the Excel/CSV files communes keep: dry run first, then one transaction.

The reader (spreadsheets layer) gives raw cells with their fonts; here every cell is decoded
from legacy encodings, checked by the person rules and matched against the database, so the
clerk sees, before anything is written, which rows will be added, updated, left alone or
rejected, with the sheet and row of every problem.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from tcns_desktop.data.bulk_load import BulkLoader
from tcns_desktop.data.commune_repository import own_commune
from tcns_desktop.data.models import Commune, LocalSite, Membership, Person, Team, Village
from tcns_desktop.domain.commune_rules import guess_village_kind
from tcns_desktop.domain.enums import Gender, TeamLevel, TeamRole
from tcns_desktop.domain.identifiers import uuid7
from tcns_desktop.domain.legacy_encodings import repair_legacy_text
from tcns_desktop.domain.person_rules import (
    check_citizen_id,
    check_phone,
    parse_birth,
    parse_gender,
    parse_team_role,
    parse_yes_no,
)
from tcns_desktop.domain.roster_records import NO_TEAM_LABEL
from tcns_desktop.domain.vietnamese_text import capitalise_name, clean_text, fold_for_search
from tcns_desktop.errors import NotFoundError
from tcns_desktop.memory import collector_paused
from tcns_desktop.spreadsheets.roster_columns import RosterField
from tcns_desktop.spreadsheets.roster_reader import RawRow, RosterSource, read_roster
from tcns_desktop.spreadsheets.roster_writer import write_rejected_rows

log = logging.getLogger(__name__)

ADD = "add"
UPDATE = "update"
UNCHANGED = "unchanged"
REJECT = "reject"

ACTION_LABELS = {ADD: "Thêm mới", UPDATE: "Cập nhật", UNCHANGED: "Không đổi", REJECT: "Bị từ chối"}

_TEXT_FIELDS = (
    RosterField.FULL_NAME,
    RosterField.ETHNICITY,
    RosterField.POSITION,
    RosterField.TEAM_ROLE,
    RosterField.VILLAGE,
    RosterField.TEAM,
    RosterField.NOTES,
    RosterField.GENDER,
    RosterField.EDUCATION,
)
# Person columns an import may set; an empty cell never erases what is on file.
_PERSON_FIELDS = (
    "full_name",
    "gender",
    "birth_date",
    "birth_year",
    "ethnicity",
    "citizen_id",
    "phone",
    "position",
    "education",
    "notes",
    "youth_union_member",
)


@dataclass(frozen=True)
class ImportRow:
    """The plan for one row of the file."""

    sheet: str
    row_number: int
    action: str
    full_name: str
    village: str
    team: str
    role: TeamRole
    person_id: str | None
    values: dict[str, object]
    errors: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    converted_from: str | None = None  # legacy encoding found in the row, if any
    raw: RawRow | None = field(default=None, compare=False, repr=False)

    @property
    def where(self) -> str:
        return f"Trang \u201c{self.sheet}\u201d, dòng {self.row_number}"


@dataclass(frozen=True)
class ImportPreview:
    file_name: str
    rows: tuple[ImportRow, ...]
    sheet_problems: tuple[str, ...]
    new_villages: tuple[str, ...]
    new_teams: tuple[str, ...]
    source: RosterSource | None = field(default=None, compare=False, repr=False)
    based_on_seq: int = -1  # the database's revision counter when the plan was made

    def count(self, action: str) -> int:
        return sum(1 for row in self.rows if row.action == action)

    @property
    def rejected(self) -> tuple[ImportRow, ...]:
        return tuple(row for row in self.rows if row.action == REJECT)

    @property
    def warnings(self) -> int:
        return sum(len(row.warnings) for row in self.rows)


@dataclass(frozen=True)
class ImportResult:
    added: int
    updated: int
    unchanged: int
    rejected: int
    villages_created: int
    teams_created: int
    memberships_added: int
    backup: str | None


class RosterImportService:
    def __init__(
        self, sessions: sessionmaker[Session], backup: Callable[[str], Path] | None = None
    ) -> None:
        self._sessions = sessions
        self._backup = backup  # the workspace's backup, taken before anything is written

    def preview(self, path: Path) -> ImportPreview:
        """Read and check the file; nothing is written."""
        # Tens of thousands of cell values and row records, none in a reference cycle.
        with collector_paused():
            source = read_roster(path)
            with self._sessions.begin() as session:
                commune = self._commune(session)
                return _plan(session, commune, source)

    def apply(self, path: Path, preview: ImportPreview | None = None) -> ImportResult:
        """Write every row that is not rejected, in one transaction.

        The preview's plan is used when the database has not changed since it was made (its
        revision counter is the same); otherwise the file is read and planned again, so
        nothing changed meanwhile is overwritten blindly.
        """
        backup_path = str(self._backup("before-import")) if self._backup else None
        with collector_paused(), self._sessions.begin() as session:
            commune = self._commune(session)
            site = session.get(LocalSite, 1)
            current_seq = site.last_seq if site else -2
            if preview is not None and preview.based_on_seq == current_seq:
                plan = preview
            else:
                plan = _plan(session, commune, read_roster(path))
            result = _write(session, commune, plan)
        return replace(result, backup=backup_path)

    def save_rejected(self, preview: ImportPreview, target: Path) -> int:
        """The rejected rows in a workbook with an added "Lỗi" column, to fix and import again."""
        rejected = [(row.raw, list(row.errors)) for row in preview.rejected if row.raw is not None]
        if preview.source is None:
            raise NotFoundError("Không còn dữ liệu của tệp đã xem trước.")
        write_rejected_rows(target, preview.source, rejected)
        return len(rejected)

    def _commune(self, session: Session) -> Commune:
        commune = own_commune(session)
        if commune is None:
            raise NotFoundError("Chưa thiết lập thông tin xã. Hãy thiết lập trước khi nhập.")
        return commune


# --- planning ------------------------------------------------------------------------------


@dataclass
class _Lookup:
    """What is on file, indexed the ways a row can be matched."""

    villages: dict[str, Village]
    teams: dict[str, Team]
    teams_by_village: dict[str, Team]
    by_id: dict[str, Person]
    by_citizen_id: dict[str, Person]
    by_name_year: dict[tuple[str, int | None], list[Person]]
    memberships: dict[tuple[str, str], Membership]


def _lookup(session: Session, commune: Commune) -> _Lookup:
    villages = {
        fold_for_search(v.name): v
        for v in session.scalars(
            select(Village).where(Village.commune_id == commune.id, Village.deleted_at.is_(None))
        )
    }
    teams_list = list(
        session.scalars(
            select(Team).where(Team.commune_id == commune.id, Team.deleted_at.is_(None))
        )
    )
    people = list(
        session.scalars(
            select(Person).where(
                Person.commune_id == commune.id,
                Person.deleted_at.is_(None),
                Person.merged_into_id.is_(None),
            )
        )
    )
    by_name_year: dict[tuple[str, int | None], list[Person]] = {}
    for person in people:
        by_name_year.setdefault((person.search_key, person.birth_year), []).append(person)
    team_ids = [t.id for t in teams_list]
    memberships = {
        (m.person_id, m.team_id): m
        for m in session.scalars(
            select(Membership).where(
                Membership.team_id.in_(team_ids),
                Membership.deleted_at.is_(None),
                Membership.end_date.is_(None),
            )
        )
    }
    return _Lookup(
        villages=villages,
        teams={fold_for_search(t.name): t for t in teams_list},
        teams_by_village={t.village_id: t for t in teams_list if t.village_id},
        by_id={p.id: p for p in people},
        by_citizen_id={p.citizen_id: p for p in people if p.citizen_id},
        by_name_year=by_name_year,
        memberships=memberships,
    )


def _plan(session: Session, commune: Commune, source: RosterSource) -> ImportPreview:
    lookup = _lookup(session, commune)
    site = session.get(LocalSite, 1)
    rows: list[ImportRow] = []
    # A person may stand in two teams (the commune team and a village team): the same
    # person twice in one team is a duplicate line, in two teams it is two memberships.
    seen: dict[tuple[str, str], str] = {}
    new_villages: dict[str, str] = {}
    new_teams: dict[str, str] = {}
    for sheet in source.sheets:
        for raw in sheet.rows:
            row = _plan_row(raw, sheet.context_village, sheet.context_team, commune, lookup)
            if row.action != REJECT:
                team_key = fold_for_search(row.team)
                earlier = next(
                    (
                        seen[(key, team_key)]
                        for key in _person_keys(row.values)
                        if (key, team_key) in seen
                    ),
                    None,
                )
                if earlier is not None:
                    problems = (f"Trùng người với {earlier} trong cùng tổ.",)
                    row = replace(row, action=REJECT, errors=row.errors + problems)
                else:
                    for key in _person_keys(row.values):
                        seen[(key, team_key)] = row.where.lower()
            if row.action != REJECT:
                village_key = fold_for_search(row.village)
                if row.village and village_key not in lookup.villages:
                    new_villages.setdefault(village_key, row.village)
                team_key = fold_for_search(row.team)
                if row.team and team_key not in lookup.teams:
                    new_teams.setdefault(team_key, row.team)
            rows.append(row)
    return ImportPreview(
        file_name=source.file_name,
        rows=tuple(rows),
        sheet_problems=tuple(str(p) for p in source.problems),
        new_villages=tuple(new_villages.values()),
        new_teams=tuple(new_teams.values()),
        source=source,
        based_on_seq=site.last_seq if site else -1,
    )


def _plan_row(
    raw: RawRow,
    context_village: str | None,
    context_team: str | None,
    commune: Commune,
    lookup: _Lookup,
) -> ImportRow:
    errors: list[str] = [*raw.flags]
    warnings: list[str] = []
    text: dict[RosterField, str] = {}
    converted: str | None = None
    for column in _TEXT_FIELDS:
        value = raw.values.get(column)
        if value is None:
            continue
        fixed, encoding = repair_legacy_text(str(value), raw.fonts.get(column))
        converted = converted or encoding
        text[column] = clean_text(fixed)
    if converted:
        warnings.append("Đã chuyển chữ từ bảng mã cũ (TCVN3/VNI) sang Unicode.")
    name = capitalise_name(text.get(RosterField.FULL_NAME, ""))
    if not name:
        errors.append("Thiếu họ và tên.")

    gender_result = parse_gender(text.get(RosterField.GENDER, ""))
    gender = gender_result.value if isinstance(gender_result.value, Gender) else None
    warnings += gender_result.warnings
    birth_raw: object = raw.values.get(RosterField.BIRTH_DATE) or raw.values.get(
        RosterField.BIRTH_YEAR
    )
    male_year = raw.values.get(RosterField.BIRTH_YEAR_MALE)
    female_year = raw.values.get(RosterField.BIRTH_YEAR_FEMALE)
    if birth_raw in (None, "") and male_year not in (None, ""):
        birth_raw, gender = male_year, gender or Gender.MALE
    elif birth_raw in (None, "") and female_year not in (None, ""):
        birth_raw, gender = female_year, gender or Gender.FEMALE
    birth = parse_birth(birth_raw)
    errors += birth.errors
    warnings += birth.warnings
    citizen = check_citizen_id(raw.values.get(RosterField.CITIZEN_ID), birth.birth_year, gender)
    errors += citizen.errors
    warnings += citizen.warnings
    phone = check_phone(raw.values.get(RosterField.PHONE))
    errors += phone.errors
    warnings += phone.warnings
    youth = parse_yes_no(raw.values.get(RosterField.YOUTH_UNION))
    warnings += youth.warnings
    role_result = parse_team_role(text.get(RosterField.TEAM_ROLE, ""))
    role = role_result.value if isinstance(role_result.value, TeamRole) else TeamRole.MEMBER
    warnings += role_result.warnings

    village = (
        text.get(RosterField.VILLAGE) or _group(raw.group_village) or clean_text(context_village)
    )
    team = text.get(RosterField.TEAM) or _group(raw.group_team) or clean_text(context_team)
    if not team and village:
        existing_village = lookup.villages.get(fold_for_search(village))
        existing_team = (
            lookup.teams_by_village.get(existing_village.id) if existing_village else None
        )
        team = existing_team.name if existing_team else f"{commune.team_type_name} {village}"

    values: dict[str, object] = {
        "full_name": name,
        "gender": gender,
        "birth_date": birth.birth_date,
        "birth_year": birth.birth_year,
        "ethnicity": text.get(RosterField.ETHNICITY, ""),
        "citizen_id": citizen.value,
        "phone": phone.value or "",
        "position": text.get(RosterField.POSITION, ""),
        "education": text.get(RosterField.EDUCATION, ""),
        "notes": text.get(RosterField.NOTES, ""),
        "youth_union_member": youth.value,  # None: no such column, keep what is on file
    }
    person = None if errors else _match(raw, values, lookup)
    if person is None and not team and not errors:
        errors.append("Không xác định được tổ hay thôn của người này (thiếu cột Thôn hoặc Tổ).")
    if errors:
        return ImportRow(
            raw.sheet, raw.row_number, REJECT, name, village, team, role, None, values,
            tuple(errors), tuple(warnings), converted, raw,
        )  # fmt: skip
    action = ADD
    if person is not None:
        changed = _changes(person, values)
        team_obj = lookup.teams.get(fold_for_search(team)) if team else None
        membership = lookup.memberships.get((person.id, team_obj.id)) if team_obj else None
        same_membership = not team or (membership is not None and membership.role is role)
        action = UPDATE if changed or not same_membership else UNCHANGED
    return ImportRow(
        raw.sheet,
        raw.row_number,
        action,
        name,
        village,
        team,
        role,
        person.id if person else None,
        values,
        (),
        tuple(warnings),
        converted,
        raw,
    )


def _match(raw: RawRow, values: dict[str, object], lookup: _Lookup) -> Person | None:
    record_id = raw.values.get(RosterField.RECORD_ID)
    if isinstance(record_id, str) and record_id.strip() in lookup.by_id:
        return lookup.by_id[record_id.strip()]
    citizen_id = values.get("citizen_id")
    if isinstance(citizen_id, str) and citizen_id in lookup.by_citizen_id:
        return lookup.by_citizen_id[citizen_id]
    year = _int(values.get("birth_year"))
    if year is not None:
        found = lookup.by_name_year.get((fold_for_search(str(values["full_name"])), year), [])
        if len(found) == 1:
            return found[0]
    return None


def _group(heading: str | None) -> str:
    """A group heading of the file, except the export's "people in no team" heading."""
    text = clean_text(heading)
    return "" if fold_for_search(text) == fold_for_search(NO_TEAM_LABEL) else text


def _person_keys(values: dict[str, object]) -> list[str]:
    """Ways to recognise the same person twice: citizen id, or folded name with birth year."""
    keys = []
    citizen_id = values.get("citizen_id")
    if isinstance(citizen_id, str):
        keys.append("id:" + citizen_id)
    year = _int(values.get("birth_year"))
    if year is not None:
        keys.append(f"name:{fold_for_search(str(values['full_name']))}:{year}")
    return keys


def _changes(person: Person, values: dict[str, object]) -> list[str]:
    return [
        key
        for key in _PERSON_FIELDS
        if values.get(key) not in (None, "") and getattr(person, key) != values[key]
    ]


_BULK_PERSON_COLUMNS = (
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
    "position",
    "education",
    "notes",
    "youth_union_member",
)
_BULK_MEMBERSHIP_COLUMNS = ("id", "team_id", "person_id", "role", "start_date")


def _stored(value: object) -> object:
    """A value as a raw insert stores it: enums by value, dates as ISO text."""
    if isinstance(value, Gender):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    return value


def _int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


# --- writing -------------------------------------------------------------------------------


def _write(session: Session, commune: Commune, plan: ImportPreview) -> ImportResult:
    lookup = _lookup(session, commune)
    memberships_added = 0
    today = date.today()
    # New people and their memberships go in by bulk insert (with revisions reserved and one
    # audit summary), not one ORM object each: a 10,000-row roster would otherwise take many
    # seconds. Changes to people already on file go through the ORM and are audited per row.
    created: dict[str, str] = {}  # ids of people added by this import, by _person_keys
    new_people: list[tuple[object, ...]] = []
    new_memberships: list[tuple[object, ...]] = []
    planned: set[tuple[str, str]] = set()
    villages_created, teams_created = _create_places(session, commune, plan, lookup)
    for row in plan.rows:
        if row.action in (REJECT, UNCHANGED):
            continue
        village = lookup.villages.get(fold_for_search(row.village)) if row.village else None
        team = lookup.teams.get(fold_for_search(row.team)) if row.team else None
        person = lookup.by_id.get(row.person_id or "")
        new_id = next((created[key] for key in _person_keys(row.values) if key in created), None)
        if person is None and new_id is None:
            new_id = uuid7()
            values = row.values
            new_people.append(
                (
                    new_id,
                    commune.id,
                    row.full_name,
                    fold_for_search(row.full_name),
                    _stored(values.get("gender")),
                    _stored(values.get("birth_date")),
                    values.get("birth_year"),
                    values.get("ethnicity") or "",
                    values.get("citizen_id"),
                    values.get("phone") or "",
                    village.id if village else None,
                    values.get("position") or "",
                    values.get("education") or "",
                    values.get("notes") or "",
                    1 if values.get("youth_union_member") else 0,
                )
            )
            for key in _person_keys(values):
                created[key] = new_id
        if new_id is not None:
            if team is not None and (new_id, team.id) not in planned:
                planned.add((new_id, team.id))
                new_memberships.append(
                    (uuid7(), team.id, new_id, row.role.value, today.isoformat())
                )
                memberships_added += 1
            continue
        assert person is not None  # matched on file (new people took the branch above)
        for key in _changes(person, row.values):
            setattr(person, key, row.values[key])
        person.search_key = fold_for_search(person.full_name)
        if village is not None and person.village_id is None:
            person.village_id = village.id
        if team is None:
            continue
        membership = lookup.memberships.get((person.id, team.id))
        if membership is None or membership.role is not row.role:
            if membership is not None:
                membership.end_date = today
                membership.end_reason = "Đổi chức danh (nhập từ Excel)"
            new = Membership(team_id=team.id, person_id=person.id, role=row.role, start_date=today)
            session.add(new)
            lookup.memberships[(person.id, team.id)] = new
            memberships_added += 1
    session.flush()
    if new_people:
        loader = BulkLoader(session.connection())
        loader.insert(Person, _BULK_PERSON_COLUMNS, new_people)
        loader.insert(Membership, _BULK_MEMBERSHIP_COLUMNS, new_memberships)
        loader.record_summary(
            str(session.info.get("actor", "")),
            {"reason": "roster-import", "file": plan.file_name},
        )
    counts = Counter(row.action for row in plan.rows)
    log.info("Roster import %s: %s", plan.file_name, dict(counts))
    return ImportResult(
        added=counts[ADD],
        updated=counts[UPDATE],
        unchanged=counts[UNCHANGED],
        rejected=counts[REJECT],
        villages_created=villages_created,
        teams_created=teams_created,
        memberships_added=memberships_added,
        backup=None,
    )


def _create_places(
    session: Session, commune: Commune, plan: ImportPreview, lookup: _Lookup
) -> tuple[int, int]:
    """The villages, then the teams, that the rows name and the commune does not have yet.

    One flush for each kind (villages first: teams point at them), instead of one per row.
    """
    rows = [row for row in plan.rows if row.action not in (REJECT, UNCHANGED)]
    villages = 0
    for row in rows:
        key = fold_for_search(row.village)
        if row.village and key not in lookup.villages:
            village = Village(
                commune_id=commune.id,
                name=row.village,
                kind=guess_village_kind(row.village),
                sort_order=len(lookup.villages) + 1,
            )
            session.add(village)
            lookup.villages[key] = village
            villages += 1
    session.flush()
    teams = 0
    for row in rows:
        key = fold_for_search(row.team)
        if row.team and key not in lookup.teams:
            home = lookup.villages.get(fold_for_search(row.village)) if row.village else None
            team = Team(
                commune_id=commune.id,
                level=TeamLevel.VILLAGE if home else TeamLevel.COMMUNE,
                village_id=home.id if home else None,
                name=row.team,
                founded_on=None,
            )
            session.add(team)
            lookup.teams[key] = team
            teams += 1
    session.flush()
    return villages, teams
