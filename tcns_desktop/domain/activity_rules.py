"""The rules of an activity log entry: what blocks saving, what only needs a second look.

Errors (the entry cannot be saved): no team or a team that did not exist on that day (before
its founding, after its dissolution), a date in the future, negative counts, an unknown
participant, indicator or platform. Warnings (plausible, the clerk confirms): a participant
who was not a member of the team on that day, implausibly large counts, more households than
people, an indicator counted in people above the people reached.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date

from tcns_desktop.domain.activity_records import ActivityCheck, ActivityInput, ResultInput
from tcns_desktop.domain.number_format import format_number as _number
from tcns_desktop.domain.vietnamese_text import clean_text, fold_for_search

# One activity (a visit, a class, a campaign day) reaching more than this is possible (a
# commune-wide livestream) but much more often a typo: the clerk is asked to confirm.
PLAUSIBLE_PEOPLE = 5_000
PLAUSIBLE_HOUSEHOLDS = 2_000
PLAUSIBLE_RESULT = 5_000
# Nothing a commune counts reaches this: larger numbers are refused outright.
LARGEST_COUNT = 10_000_000

TITLE_LENGTH = 500
LOCATION_LENGTH = 300
PERSON_UNITS = frozenset({"người"})


@dataclass(frozen=True)
class TeamFacts:
    name: str
    founded_on: date | None
    dissolved_on: date | None
    dissolved: bool


@dataclass(frozen=True)
class IndicatorFacts:
    name: str
    unit: str
    active: bool


@dataclass(frozen=True)
class PlatformFacts:
    name: str
    active: bool


@dataclass(frozen=True)
class ActivityFacts:
    """What the rules need from the database, gathered by the service.

    ``people`` names the participants that exist (live); ``members_on_date`` are the ids of
    the team's members on the activity's day.
    """

    team: TeamFacts | None
    members_on_date: frozenset[str]
    people: Mapping[str, str]
    indicators: Mapping[str, IndicatorFacts]
    platform: PlatformFacts | None
    today: date


def clean_activity(data: ActivityInput) -> ActivityInput:
    """Texts in NFC without stray spaces; participants once each, in the order given."""
    return replace(
        data,
        title=clean_text(data.title),
        location=clean_text(data.location),
        notes=clean_text(data.notes),
        participant_ids=tuple(dict.fromkeys(p for p in data.participant_ids if p)),
    )


def activity_search_key(title: str | None, location: str | None, notes: str | None) -> str:
    """What the list's search looks in: title, location and notes, accent-folded.

    Folded part by part (the same text as folding them joined): titles, places and notes
    repeat from one activity to the next, so each part's folding is cached.
    """
    return " ".join(
        filter(None, (fold_for_search(part) for part in (title, location, notes) if part))
    )


def check_activity(data: ActivityInput, facts: ActivityFacts) -> ActivityCheck:
    """Every broken rule of a (cleaned) entry, errors and warnings apart."""
    errors: list[str] = []
    warnings: list[str] = []
    _check_team_and_date(data, facts, errors)
    _check_texts(data, errors)
    _check_counts(data, errors, warnings)
    _check_participants(data, facts, errors, warnings)
    _check_results(data, facts, errors, warnings)
    if data.platform_id is not None:
        if facts.platform is None:
            errors.append("Nền tảng, dịch vụ đã chọn không còn trong danh mục.")
        elif not facts.platform.active:
            warnings.append(
                f"Nền tảng \u201c{facts.platform.name}\u201d đã ngừng dùng trong danh mục."
            )
    return ActivityCheck(tuple(errors), tuple(warnings))


def _day(value: date) -> str:
    return value.strftime("%d/%m/%Y")


def _check_team_and_date(data: ActivityInput, facts: ActivityFacts, errors: list[str]) -> None:
    if not isinstance(data.activity_date, date):
        errors.append("Chưa nhập ngày hoạt động.")
        return
    day = data.activity_date
    if day > facts.today:
        errors.append(
            f"Ngày hoạt động {_day(day)} ở tương lai: chỉ ghi những hoạt động đã diễn ra."
        )
    team = facts.team
    if not data.team_id or team is None:
        errors.append("Chưa chọn tổ thực hiện (hoặc tổ đã bị xóa).")
        return
    if team.founded_on is not None and day < team.founded_on:
        errors.append(
            f"Ngày hoạt động {_day(day)} trước ngày thành lập {team.name} "
            f"({_day(team.founded_on)})."
        )
    if team.dissolved_on is not None and day > team.dissolved_on:
        errors.append(
            f"{team.name} đã giải thể từ ngày {_day(team.dissolved_on)}; "
            "không ghi hoạt động sau ngày giải thể."
        )
    elif team.dissolved and team.dissolved_on is None:
        errors.append(f"{team.name} đã giải thể; không ghi thêm hoạt động.")


def _check_texts(data: ActivityInput, errors: list[str]) -> None:
    if not data.title:
        errors.append("Chưa nhập nội dung hoạt động.")
    elif len(data.title) > TITLE_LENGTH:
        errors.append(f"Nội dung hoạt động dài quá {TITLE_LENGTH} ký tự.")
    if len(data.location) > LOCATION_LENGTH:
        errors.append(f"Địa điểm dài quá {LOCATION_LENGTH} ký tự.")


def _check_counts(data: ActivityInput, errors: list[str], warnings: list[str]) -> None:
    people, households = data.people_reached, data.households_reached
    for value, what, plausible in (
        (people, "Số người được tiếp cận", PLAUSIBLE_PEOPLE),
        (households, "Số hộ được tiếp cận", PLAUSIBLE_HOUSEHOLDS),
    ):
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, int):
            errors.append(f"{what} phải là số nguyên.")
        elif value < 0:
            errors.append(f"{what} không được âm ({value}).")
        elif value > LARGEST_COUNT:
            errors.append(f"{what} quá lớn ({_number(value)}).")
        elif value > plausible:
            warnings.append(
                f"{what} ({_number(value)}) rất lớn cho một hoạt động; hãy kiểm tra lại."
            )
    if isinstance(people, int) and isinstance(households, int) and 0 <= people < households:
        warnings.append(f"Số hộ ({households}) lớn hơn số người được tiếp cận ({people}).")


def _check_participants(
    data: ActivityInput, facts: ActivityFacts, errors: list[str], warnings: list[str]
) -> None:
    for person_id in data.participant_ids:
        name = facts.people.get(person_id)
        if name is None:
            errors.append("Một người tham gia không còn trong danh sách (có thể đã bị xóa).")
        elif facts.team is not None and person_id not in facts.members_on_date:
            when = _day(data.activity_date) if isinstance(data.activity_date, date) else ""
            warnings.append(f"{name} không phải thành viên của {facts.team.name} vào ngày {when}.")


def _check_results(
    data: ActivityInput, facts: ActivityFacts, errors: list[str], warnings: list[str]
) -> None:
    seen: set[str] = set()
    for result in data.results:
        indicator = facts.indicators.get(result.indicator_id)
        if indicator is None:
            errors.append("Một chỉ tiêu đã chọn không còn trong danh mục.")
            continue
        label = f"Chỉ tiêu \u201c{indicator.name}\u201d"
        if result.indicator_id in seen:
            errors.append(f"{label} được nhập hai lần.")
            continue
        seen.add(result.indicator_id)
        problem = result_value_problem(result)
        if problem:
            errors.append(f"{label}: {problem}")
            continue
        if not indicator.active:
            warnings.append(f"{label} đã ngừng sử dụng trong danh mục.")
        if result.value > PLAUSIBLE_RESULT:
            warnings.append(f"{label}: giá trị {_number(result.value)} rất lớn; hãy kiểm tra lại.")
        people = data.people_reached
        if indicator.unit in PERSON_UNITS and people is not None and result.value > people > 0:
            warnings.append(
                f"{label}: {_number(result.value)} người, nhiều hơn số người được tiếp cận "
                f"({people})."
            )


def result_value_problem(result: ResultInput) -> str:
    """Why a reported value cannot be stored ("" when it can)."""
    value = result.value
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return "giá trị phải là một số."
    if value < 0:
        return f"giá trị không được âm ({_number(value)})."
    if value > LARGEST_COUNT:
        return f"giá trị quá lớn ({_number(value)})."
    return ""


def target_value_problem(value: float) -> str:
    """Why a target cannot be stored ("" when it can): the same bounds as reported values."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return "Chỉ tiêu phải là một số."
    if value < 0:
        return f"Chỉ tiêu không được âm ({_number(value)})."
    if value > LARGEST_COUNT:
        return f"Chỉ tiêu quá lớn ({_number(value)})."
    return ""
