"""Teams, people and memberships of the commune: the roster's use cases.

Every change goes through the ORM so it gets a revision and an audit entry; deletions are
tombstones; a person's history of teams and roles is kept as memberships with dates.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, sessionmaker

from tcns_desktop.data.audit_history import audit_lines
from tcns_desktop.data.commune_repository import own_commune
from tcns_desktop.data.models import (
    ActivityParticipant,
    Commune,
    LocalSite,
    Membership,
    Person,
    SkillAssessment,
    Team,
    TeamDecision,
    TrainingAttendance,
)
from tcns_desktop.data.roster_repository import (
    attendance_records,
    latest_skills,
    member_rows,
    membership_records,
    person_record,
    team_records,
    village_names,
)
from tcns_desktop.domain.enums import (
    SiteMode,
    TeamDecisionKind,
    TeamLevel,
    TeamRole,
    TeamStatus,
)
from tcns_desktop.domain.identifiers import now_text
from tcns_desktop.domain.person_rules import check_citizen_id, check_phone, parse_birth
from tcns_desktop.domain.roster_records import (
    MemberRow,
    MembershipRecord,
    PersonInput,
    PersonPage,
    PersonRecord,
    SaveOutcome,
    TeamInput,
    TeamRecord,
)
from tcns_desktop.domain.vietnamese_text import capitalise_name, clean_text, fold_for_search
from tcns_desktop.errors import NotFoundError, TcnsError, ValidationError
from tcns_desktop.memory import collector_paused


class DuplicatePersonError(TcnsError):
    """The person seems to be on file already; ``candidates`` are the records to offer."""

    def __init__(self, candidates: list[PersonRecord]) -> None:
        names = ", ".join(
            f"{c.full_name} ({c.birth_text or 'không rõ năm sinh'})" for c in candidates
        )
        super().__init__(f"Người này có thể đã có trong danh sách: {names}.")
        self.candidates = candidates


@dataclass(frozen=True)
class CheckedPerson:
    """A person's fields after every rule: values to store and warnings to show."""

    values: dict[str, object]
    warnings: tuple[str, ...]


def check_person(data: PersonInput) -> CheckedPerson:
    """Apply the person rules; raises ValidationError listing every blocking problem."""
    errors: list[str] = []
    warnings: list[str] = []
    name = capitalise_name(data.full_name)
    if not name:
        errors.append("Chưa nhập họ và tên.")
    birth = parse_birth(data.birth)
    errors += birth.errors
    warnings += birth.warnings
    citizen = check_citizen_id(data.citizen_id, birth.birth_year, data.gender)
    errors += citizen.errors
    warnings += citizen.warnings
    phone = check_phone(data.phone)
    errors += phone.errors
    warnings += phone.warnings
    if errors:
        raise ValidationError("Thông tin thành viên chưa hợp lệ.", errors)
    values: dict[str, object] = {
        "full_name": name,
        "search_key": fold_for_search(name),
        "gender": data.gender,
        "birth_date": birth.birth_date,
        "birth_year": birth.birth_year,
        "ethnicity": clean_text(data.ethnicity),
        "citizen_id": citizen.value,
        "phone": phone.value or "",
        "village_id": data.village_id,
        "organisation": clean_text(data.organisation),
        "position": clean_text(data.position),
        "youth_union_member": data.youth_union_member,
        "education": clean_text(data.education),
        "notes": clean_text(data.notes),
    }
    return CheckedPerson(values, tuple(warnings))


class RosterService:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions
        # The member list of a province is 10,000+ rows; it is kept until the database
        # changes (any write moves the revision counter; a restore changes the database id).
        self._members_cache: tuple[tuple[str, int, str | None], list[MemberRow]] | None = None

    # --- lists ---------------------------------------------------------------------------

    def teams(self) -> list[TeamRecord]:
        with self._sessions.begin() as session:
            return team_records(session, self._scope(session))

    def members(self) -> list[MemberRow]:
        """Every person with their current teams (the list filters and sorts in memory).

        At the upper level (hub) this is every commune's people.
        """
        with self._sessions.begin() as session:
            scope = self._scope(session)
            site = session.get(LocalSite, 1)
            key = (site.database_id if site else "", site.last_seq if site else -1, scope)
            if self._members_cache is not None and self._members_cache[0] == key:
                return list(self._members_cache[1])
            with collector_paused():
                rows = member_rows(session, scope)
            self._members_cache = (key, rows)
            return list(rows)

    def memberships(self, team_id: str, *, include_former: bool = False) -> list[MembershipRecord]:
        with self._sessions.begin() as session:
            query = select(Membership).where(
                Membership.team_id == team_id, Membership.deleted_at.is_(None)
            )
            if not include_former:
                query = query.where(Membership.end_date.is_(None))
            return membership_records(session, session.scalars(query))

    # --- people --------------------------------------------------------------------------

    def possible_duplicates(
        self, data: PersonInput, exclude_id: str | None = None
    ) -> list[PersonRecord]:
        """People on file with the same citizen id, or the same name and birth year."""
        checked = check_person(data)
        with self._sessions.begin() as session:
            commune = self._commune(session)
            return self._duplicates(session, commune.id, checked, exclude_id)

    def add_person(self, data: PersonInput, *, allow_duplicate: bool = False) -> SaveOutcome:
        checked = check_person(data)
        with self._sessions.begin() as session:
            commune = self._commune(session)
            if not allow_duplicate:
                candidates = self._duplicates(session, commune.id, checked, None)
                if candidates:
                    raise DuplicatePersonError(candidates)
            person = Person(commune_id=commune.id, **checked.values)
            session.add(person)
            session.flush()
            return SaveOutcome(
                person_record(person, village_names(session, commune.id)), checked.warnings
            )

    def update_person(self, person_id: str, data: PersonInput) -> SaveOutcome:
        checked = check_person(data)
        with self._sessions.begin() as session:
            person = self._live_person(session, person_id)
            for key, value in checked.values.items():
                setattr(person, key, value)
            session.flush()
            return SaveOutcome(
                person_record(person, village_names(session, person.commune_id)), checked.warnings
            )

    def delete_person(self, person_id: str, on: date | None = None) -> None:
        """Tombstone the person and end their open memberships (the screen asks first)."""
        with self._sessions.begin() as session:
            person = self._live_person(session, person_id)
            stamp = now_text()
            for membership in self._open_memberships(session, person_id):
                membership.end_date = on or date.today()
                membership.end_reason = membership.end_reason or "Xóa khỏi danh sách"
            person.deleted_at = stamp

    def merge_people(self, keep_id: str, drop_id: str) -> PersonRecord:
        """Two records of one person become one; both histories are kept under ``keep``.

        The dropped record stays as a tombstone pointing at the kept one, so a bundle can
        tell the upper level to re-point references instead of keeping two people.
        """
        if keep_id == drop_id:
            raise ValidationError("Hãy chọn hai bản ghi khác nhau để gộp.")
        with self._sessions.begin() as session:
            keep = self._live_person(session, keep_id)
            drop = self._live_person(session, drop_id)
            linked: tuple[Any, ...] = (
                Membership,
                TrainingAttendance,
                SkillAssessment,
                ActivityParticipant,
            )
            for model in linked:
                rows = session.scalars(
                    select(model).where(model.person_id == drop.id, model.deleted_at.is_(None))
                )
                for row in rows:
                    row.person_id = keep.id
            for field_name in (
                "citizen_id",
                "phone",
                "birth_date",
                "birth_year",
                "gender",
                "ethnicity",
                "village_id",
                "organisation",
                "position",
                "education",
            ):
                if not getattr(keep, field_name) and getattr(drop, field_name):
                    setattr(keep, field_name, getattr(drop, field_name))
            if drop.notes and drop.notes not in keep.notes:
                keep.notes = "; ".join(filter(None, (keep.notes, drop.notes)))
            drop.merged_into_id = keep.id
            drop.deleted_at = now_text()
            session.flush()
            return person_record(keep, village_names(session, keep.commune_id))

    def person_page(self, person_id: str) -> PersonPage:
        with self._sessions.begin() as session:
            person = self._live_person(session, person_id)
            memberships = session.scalars(
                select(Membership)
                .where(Membership.person_id == person_id, Membership.deleted_at.is_(None))
                .order_by(Membership.start_date.desc().nulls_last())
            )
            attendances = session.scalars(
                select(TrainingAttendance).where(
                    TrainingAttendance.person_id == person_id,
                    TrainingAttendance.deleted_at.is_(None),
                )
            )
            related = [
                person_id,
                *session.scalars(select(Membership.id).where(Membership.person_id == person_id)),
            ]
            return PersonPage(
                person=person_record(person, village_names(session, person.commune_id)),
                memberships=tuple(membership_records(session, memberships)),
                attendances=tuple(attendance_records(session, attendances)),
                skills=tuple(latest_skills(session, person_id)),
                history=tuple(audit_lines(session, related)),
            )

    # --- teams and memberships -----------------------------------------------------------

    def create_team(self, data: TeamInput) -> TeamRecord:
        name = clean_text(data.name)
        if not name:
            raise ValidationError("Chưa nhập tên tổ.")
        with self._sessions.begin() as session:
            commune = self._commune(session)
            if data.level is TeamLevel.VILLAGE and not data.village_id:
                raise ValidationError("Tổ cấp thôn cần chọn thôn, tổ dân phố.")
            self._check_team_name(session, commune.id, name, None)
            team = Team(
                commune_id=commune.id,
                level=data.level,
                village_id=data.village_id if data.level is TeamLevel.VILLAGE else None,
                name=name,
                founded_on=data.founded_on,
                zalo_group=clean_text(data.zalo_group),
                notes=clean_text(data.notes),
            )
            session.add(team)
            session.flush()
            return self._team_record(session, commune.id, team.id)

    def update_team(self, team_id: str, data: TeamInput) -> TeamRecord:
        name = clean_text(data.name)
        if not name:
            raise ValidationError("Chưa nhập tên tổ.")
        with self._sessions.begin() as session:
            team = self._live_team(session, team_id)
            self._check_team_name(session, team.commune_id, name, team.id)
            team.name = name
            team.level = data.level
            team.village_id = data.village_id if data.level is TeamLevel.VILLAGE else None
            team.founded_on = data.founded_on
            team.zalo_group = clean_text(data.zalo_group)
            team.notes = clean_text(data.notes)
            session.flush()
            return self._team_record(session, team.commune_id, team.id)

    def add_member(
        self, team_id: str, person_id: str, role: TeamRole, start: date | None = None
    ) -> MembershipRecord:
        with self._sessions.begin() as session:
            team = self._live_team(session, team_id)
            if team.status is TeamStatus.DISSOLVED:
                raise ValidationError(f"Tổ \u201c{team.name}\u201d đã giải thể.")
            self._live_person(session, person_id)
            for open_membership in self._open_memberships(session, person_id):
                if open_membership.team_id == team_id:
                    raise ValidationError("Người này đang là thành viên của tổ.")
            membership = Membership(
                team_id=team_id, person_id=person_id, role=role, start_date=start or date.today()
            )
            session.add(membership)
            session.flush()
            return membership_records(session, [membership])[0]

    def change_role(self, membership_id: str, role: TeamRole, on: date | None = None) -> None:
        """A new role is a new membership line, so the roster's history shows both."""
        with self._sessions.begin() as session:
            current = self._open_membership(session, membership_id)
            if current.role is role:
                return
            day = on or date.today()
            current.end_date = day
            current.end_reason = "Đổi chức danh"
            session.add(
                Membership(
                    team_id=current.team_id, person_id=current.person_id, role=role, start_date=day
                )
            )

    def end_membership(self, membership_id: str, on: date, reason: str = "") -> None:
        with self._sessions.begin() as session:
            membership = self._open_membership(session, membership_id)
            if membership.start_date and on < membership.start_date:
                raise ValidationError("Ngày kết thúc trước ngày bắt đầu tham gia tổ.")
            membership.end_date = on
            membership.end_reason = clean_text(reason)

    def move_member(
        self, membership_id: str, to_team_id: str, on: date, role: TeamRole | None = None
    ) -> MembershipRecord:
        """End the membership in one team and open one in another; history is kept."""
        with self._sessions.begin() as session:
            current = self._open_membership(session, membership_id)
            target = self._live_team(session, to_team_id)
            if target.id == current.team_id:
                raise ValidationError("Hãy chọn một tổ khác.")
            if target.status is TeamStatus.DISSOLVED:
                raise ValidationError(f"Tổ \u201c{target.name}\u201d đã giải thể.")
            current.end_date = on
            current.end_reason = f"Chuyển sang {target.name}"
            moved = Membership(
                team_id=target.id,
                person_id=current.person_id,
                role=role or current.role,
                start_date=on,
            )
            session.add(moved)
            session.flush()
            return membership_records(session, [moved])[0]

    def dissolve_team(self, team_id: str, on: date, decision_number: str = "") -> TeamRecord:
        with self._sessions.begin() as session:
            team = self._live_team(session, team_id)
            for membership in session.scalars(
                select(Membership).where(
                    Membership.team_id == team_id,
                    Membership.deleted_at.is_(None),
                    Membership.end_date.is_(None),
                )
            ):
                membership.end_date = on
                membership.end_reason = "Tổ giải thể"
            team.status = TeamStatus.DISSOLVED
            team.dissolved_on = on
            session.add(
                TeamDecision(
                    team_id=team.id,
                    kind=TeamDecisionKind.DISSOLUTION,
                    number=clean_text(decision_number),
                    decided_on=on,
                )
            )
            session.flush()
            return self._team_record(session, team.commune_id, team.id)

    def reform_team(
        self,
        team_id: str,
        members: list[tuple[str, TeamRole]],
        on: date,
        decision_number: str = "",
    ) -> TeamRecord:
        """Kiện toàn: the team's membership becomes exactly ``members`` from ``on``.

        People who stay in the same role keep their membership line; everyone else's line
        ends and new lines start, so the history says who was in the team when.
        """
        if not any(role is TeamRole.LEADER for _, role in members):
            raise ValidationError("Danh sách kiện toàn cần có Tổ trưởng.")
        wanted = dict(members)
        if len(wanted) != len(members):
            raise ValidationError("Một người chỉ có một chức danh trong tổ.")
        with self._sessions.begin() as session:
            team = self._live_team(session, team_id)
            current = session.scalars(
                select(Membership).where(
                    Membership.team_id == team_id,
                    Membership.deleted_at.is_(None),
                    Membership.end_date.is_(None),
                )
            ).all()
            kept: set[str] = set()
            for membership in current:
                if wanted.get(membership.person_id) is membership.role:
                    kept.add(membership.person_id)
                else:
                    membership.end_date = on
                    membership.end_reason = "Kiện toàn tổ"
            for person_id, role in members:
                if person_id not in kept:
                    self._live_person(session, person_id)
                    session.add(
                        Membership(team_id=team_id, person_id=person_id, role=role, start_date=on)
                    )
            team.status = TeamStatus.ACTIVE
            team.dissolved_on = None
            session.add(
                TeamDecision(
                    team_id=team.id,
                    kind=TeamDecisionKind.REFORMATION,
                    number=clean_text(decision_number),
                    decided_on=on,
                )
            )
            session.flush()
            return self._team_record(session, team.commune_id, team.id)

    def delete_team(self, team_id: str) -> None:
        """Tombstone a team created by mistake, with its memberships (screen asks first)."""
        with self._sessions.begin() as session:
            team = self._live_team(session, team_id)
            stamp = now_text()
            for membership in session.scalars(
                select(Membership).where(
                    Membership.team_id == team_id, Membership.deleted_at.is_(None)
                )
            ):
                membership.deleted_at = stamp
            team.deleted_at = stamp

    # --- helpers -------------------------------------------------------------------------

    def _commune(self, session: Session) -> Commune:
        commune = own_commune(session)
        if commune is None:
            if _is_hub(session):
                raise ValidationError(
                    "Cấp trên chỉ xem dữ liệu của các xã; việc sửa do xã thực hiện rồi gửi lên."
                )
            raise NotFoundError("Chưa thiết lập thông tin xã. Hãy vào Cài đặt để thiết lập.")
        return commune

    def _scope(self, session: Session) -> str | None:
        """The own commune's id; None (every commune) in an upper-level database."""
        commune = own_commune(session)
        if commune is not None:
            return commune.id
        if _is_hub(session):
            return None
        raise NotFoundError("Chưa thiết lập thông tin xã. Hãy vào Cài đặt để thiết lập.")

    def _live_person(self, session: Session, person_id: str) -> Person:
        person = session.get(Person, person_id)
        if person is None or person.deleted_at is not None:
            raise NotFoundError("Không tìm thấy thành viên (có thể đã bị xóa hoặc gộp).")
        return person

    def _live_team(self, session: Session, team_id: str) -> Team:
        team = session.get(Team, team_id)
        if team is None or team.deleted_at is not None:
            raise NotFoundError("Không tìm thấy tổ (có thể đã bị xóa).")
        return team

    def _open_membership(self, session: Session, membership_id: str) -> Membership:
        membership = session.get(Membership, membership_id)
        if membership is None or membership.deleted_at is not None:
            raise NotFoundError("Không tìm thấy lượt tham gia tổ.")
        if membership.end_date is not None:
            raise ValidationError("Lượt tham gia này đã kết thúc.")
        return membership

    def _open_memberships(self, session: Session, person_id: str) -> list[Membership]:
        return list(
            session.scalars(
                select(Membership).where(
                    Membership.person_id == person_id,
                    Membership.deleted_at.is_(None),
                    Membership.end_date.is_(None),
                )
            )
        )

    def _team_record(self, session: Session, commune_id: str, team_id: str) -> TeamRecord:
        return next(r for r in team_records(session, commune_id) if r.id == team_id)

    def _check_team_name(
        self, session: Session, commune_id: str, name: str, exclude_id: str | None
    ) -> None:
        key = fold_for_search(name)
        for team in session.scalars(
            select(Team).where(Team.commune_id == commune_id, Team.deleted_at.is_(None))
        ):
            if team.id != exclude_id and fold_for_search(team.name) == key:
                raise ValidationError(f"Đã có tổ tên \u201c{team.name}\u201d.")

    def _duplicates(
        self, session: Session, commune_id: str, checked: CheckedPerson, exclude_id: str | None
    ) -> list[PersonRecord]:
        values = checked.values
        conditions = []
        if values["citizen_id"]:
            conditions.append(Person.citizen_id == values["citizen_id"])
        if values["birth_year"]:
            conditions.append(
                (Person.search_key == values["search_key"])
                & (Person.birth_year == values["birth_year"])
            )
        if not conditions:
            return []
        found = session.scalars(
            select(Person).where(
                Person.commune_id == commune_id,
                Person.deleted_at.is_(None),
                or_(*conditions),
            )
        )
        villages = village_names(session, commune_id)
        return [person_record(p, villages) for p in found if p.id != exclude_id]


def _is_hub(session: Session) -> bool:
    site = session.get(LocalSite, 1)
    return site is not None and site.mode is SiteMode.HUB
