"""The member annex of a team decision, made from the live roster.

Teams are grouped as the commune lists them (the commune-level team first, then the village
teams in the villages' order); inside a team the Tổ trưởng comes first, then the deputies,
then everyone else in Vietnamese name order (given name first). Each line holds the text as
printed, so the decision's snapshot does not depend on the roster any more.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from tcns_desktop.domain.document_records import AnnexGroup, AnnexMember
from tcns_desktop.domain.enums import TeamLevel, TeamRole
from tcns_desktop.domain.roster_records import PersonRecord, TeamRecord
from tcns_desktop.domain.vietnamese_collation import collation_key, person_sort_key

ROLE_ORDER = {
    TeamRole.LEADER: 0,
    TeamRole.DEPUTY_STANDING: 1,
    TeamRole.DEPUTY: 2,
    TeamRole.MEMBER: 3,
}
YOUTH_UNION_NOTE = "Đoàn viên"
# Villages missing from the commune's order (merged away, say) go after the listed ones.
_UNLISTED = 1_000_000


@dataclass(frozen=True)
class AnnexTeam:
    """A team and its current members with their roles, as the roster holds them."""

    team: TeamRecord
    members: tuple[tuple[PersonRecord, TeamRole], ...]


def position_text(person: PersonRecord) -> str:
    """ "Chức vụ, đơn vị công tác": "Giáo viên, Trường THCS Tân Lập"; one part alone when the
    other is empty or already says it."""
    position, organisation = person.position.strip(), person.organisation.strip()
    if not organisation or organisation.casefold() in position.casefold():
        return position
    if not position or position.casefold() in organisation.casefold():
        return organisation
    return f"{position}, {organisation}"


def birth_year_text(person: PersonRecord) -> str:
    if person.birth_year:
        return str(person.birth_year)
    return str(person.birth_date.year) if person.birth_date else ""


def annex_member(person: PersonRecord, role: TeamRole) -> AnnexMember:
    """One printed line. The person's free notes stay out: they are the office's working
    notes, not text for a public decision; membership of the Youth Union is what the
    annexes customarily note."""
    return AnnexMember(
        full_name=person.full_name,
        birth_year=birth_year_text(person),
        gender=person.gender.label if person.gender else "",
        position=position_text(person),
        team_role=role.label,
        phone=person.phone,
        notes=YOUTH_UNION_NOTE if person.youth_union_member else "",
    )


def ordered_members(
    members: Sequence[tuple[PersonRecord, TeamRole]],
) -> list[tuple[PersonRecord, TeamRole]]:
    """Tổ trưởng, Tổ phó thường trực, Tổ phó, then the members by name."""
    return sorted(
        members,
        key=lambda item: (ROLE_ORDER[item[1]], person_sort_key(item[0].full_name), item[0].id),
    )


def annex_groups(
    teams: Sequence[AnnexTeam], village_order: Mapping[str, int]
) -> tuple[AnnexGroup, ...]:
    """The annex's groups, one per team, in the order the commune lists its teams."""

    def team_key(item: AnnexTeam) -> tuple[bool, int, str, str]:
        team = item.team
        position = village_order.get(team.village_id or "", _UNLISTED)
        return (team.level is TeamLevel.VILLAGE, position, collation_key(team.name), team.id)

    return tuple(
        AnnexGroup(
            team_name=item.team.name,
            village_name=item.team.village_name,
            members=tuple(
                annex_member(person, role) for person, role in ordered_members(item.members)
            ),
        )
        for item in sorted(teams, key=team_key)
    )
