"""The activity log's use cases: entry, edit, delete, the paged list, templates, pick lists.

Entry applies the rules (errors block, warnings need a confirmation) and fills the village
from the team; "Repeat last" and auto-completion read what was entered before.

Every change goes through the ORM so it gets a revision and an audit entry; a deleted
activity is a tombstone together with its participants and results.
"""

from __future__ import annotations

import json
from collections import OrderedDict
from collections.abc import Callable, Hashable, Sequence
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from tcns_desktop.data.activity_repository import (
    activity_record,
    activity_rows,
    entry_facts,
    last_entered_id,
    list_buckets,
    live_activity_conditions,
    live_children,
    members_on,
    page_ids,
    team_place,
    used_texts,
    village_of_commune,
)
from tcns_desktop.data.audit_history import audit_lines
from tcns_desktop.data.models import (
    Activity,
    ActivityParticipant,
    ActivityResult,
    ActivityTemplate,
    Indicator,
    LocalSite,
    PlatformService,
    Team,
)
from tcns_desktop.domain.activity_records import (
    ActivityCheck,
    ActivityInput,
    ActivityPage,
    ActivityQuery,
    ActivityRecord,
    ActivitySaved,
    PlatformRecord,
    Suggestions,
    TemplateInput,
    TemplateRecord,
)
from tcns_desktop.domain.activity_rules import activity_search_key, check_activity, clean_activity
from tcns_desktop.domain.identifiers import now_text
from tcns_desktop.domain.indicator_catalogue import normalise_code
from tcns_desktop.domain.roster_records import AuditLine, MembershipRecord
from tcns_desktop.domain.vietnamese_collation import collation_key
from tcns_desktop.domain.vietnamese_text import clean_text, fold_for_search
from tcns_desktop.errors import NotFoundError, TcnsError, ValidationError
from tcns_desktop.services.commune_scope import readable_scope, writable_commune

PAGE_SIZE = 100
LARGEST_PAGE = 1_000
# Auto-completion offers what the latest activities used: enough to know a commune's habits,
# few enough to read at once.
SUGGESTION_WINDOW = 2_000
SUGGESTION_LIMIT = 200
PLATFORM_NAME_LENGTH = 200
TEMPLATE_NAME_LENGTH = 200
# Per-query list counts kept while the data does not change (scrolling asks for each page).
_CACHED_QUERIES = 8

INVALID_MESSAGE = "Hoạt động chưa hợp lệ."


class WarningsToConfirmError(TcnsError):
    """The entry breaks no rule but looks unusual: the clerk reads ``warnings`` and saves
    again with ``confirmed=True``."""

    def __init__(self, warnings: tuple[str, ...]) -> None:
        super().__init__("Hãy kiểm tra lại trước khi lưu: " + " ".join(warnings))
        self.warnings = warnings
        self.problems = list(warnings)


class ActivityService:
    def __init__(
        self, sessions: sessionmaker[Session], today: Callable[[], date] = date.today
    ) -> None:
        self._sessions = sessions
        self._today = today
        self._list_cache: OrderedDict[Hashable, Any] = OrderedDict()

    # --- entry ---------------------------------------------------------------------------

    def check(self, data: ActivityInput) -> ActivityCheck:
        """The rules' verdict on an entry, without saving (the form shows it as typed)."""
        cleaned = clean_activity(data)
        with self._sessions.begin() as session:
            commune = writable_commune(session)
            return self._check(session, cleaned, commune.id)

    def create(self, data: ActivityInput, *, confirmed: bool = False) -> ActivitySaved:
        """Save a new activity with its participants and results (one transaction).

        Raises ValidationError listing every error, or WarningsToConfirmError when there
        are only warnings and ``confirmed`` is False.
        """
        cleaned = clean_activity(data)
        with self._sessions.begin() as session:
            commune = writable_commune(session)
            verdict = self._verdict(session, cleaned, commune.id, confirmed)
            activity_id = self._insert(session, commune.id, cleaned)
            return ActivitySaved(self._record(session, activity_id), verdict.warnings)

    def create_many(
        self, entries: Sequence[ActivityInput], *, confirmed: bool = False
    ) -> list[ActivitySaved]:
        """Save the lines of the batch-entry grid in one transaction: all or none.

        Problems name their line ("Dòng 3: …"); errors raise ValidationError, warnings
        alone raise WarningsToConfirmError unless ``confirmed``.
        """
        cleaned = [clean_activity(entry) for entry in entries]
        with self._sessions.begin() as session:
            commune = writable_commune(session)
            verdicts = [self._check(session, entry, commune.id) for entry in cleaned]
            errors = [
                f"Dòng {line}: {error}"
                for line, verdict in enumerate(verdicts, start=1)
                for error in verdict.errors
            ]
            if errors:
                raise ValidationError(INVALID_MESSAGE, errors)
            warnings = tuple(
                f"Dòng {line}: {warning}"
                for line, verdict in enumerate(verdicts, start=1)
                for warning in verdict.warnings
            )
            if warnings and not confirmed:
                raise WarningsToConfirmError(warnings)
            ids = [self._insert(session, commune.id, entry) for entry in cleaned]
            return [
                ActivitySaved(self._record(session, activity_id), verdict.warnings)
                for activity_id, verdict in zip(ids, verdicts, strict=True)
            ]

    def update(
        self, activity_id: str, data: ActivityInput, *, confirmed: bool = False
    ) -> ActivitySaved:
        """Change an activity; participants and results not given any more are tombstoned."""
        cleaned = clean_activity(data)
        with self._sessions.begin() as session:
            commune = writable_commune(session)
            activity = self._live_activity(session, activity_id, commune.id)
            verdict = self._verdict(session, cleaned, commune.id, confirmed)
            self._fill(session, activity, cleaned)
            stamp = now_text()
            wanted_people = set(cleaned.participant_ids)
            kept_people: set[str] = set()
            for participant in live_children(session, ActivityParticipant, activity.id):
                if participant.person_id in wanted_people:
                    kept_people.add(participant.person_id)
                else:
                    participant.deleted_at = stamp
            for person_id in cleaned.participant_ids:
                if person_id not in kept_people:
                    session.add(ActivityParticipant(activity_id=activity.id, person_id=person_id))
            wanted_values = {r.indicator_id: float(r.value) for r in cleaned.results}
            for result in live_children(session, ActivityResult, activity.id):
                if result.indicator_id in wanted_values:
                    result.value = wanted_values.pop(result.indicator_id)
                else:
                    result.deleted_at = stamp
            for indicator_id, value in wanted_values.items():
                session.add(
                    ActivityResult(activity_id=activity.id, indicator_id=indicator_id, value=value)
                )
            session.flush()
            return ActivitySaved(self._record(session, activity.id), verdict.warnings)

    def delete(self, activity_id: str) -> None:
        """Tombstone the activity with its participants and results (the screen asks first)."""
        with self._sessions.begin() as session:
            commune = writable_commune(session)
            activity = self._live_activity(session, activity_id, commune.id)
            stamp = now_text()
            for model in (ActivityParticipant, ActivityResult):
                for child in live_children(session, model, activity.id):
                    child.deleted_at = stamp
            activity.deleted_at = stamp

    def get(self, activity_id: str) -> ActivityRecord:
        with self._sessions.begin() as session:
            scope = readable_scope(session)
            record = activity_record(session, activity_id)
            if record is None or (scope is not None and record.commune_id != scope):
                raise NotFoundError("Không tìm thấy hoạt động (có thể đã bị xóa).")
            return record

    def history(self, activity_id: str) -> list[AuditLine]:
        """Who changed the activity, its participants and results, and when (newest first)."""
        with self._sessions.begin() as session:
            scope = readable_scope(session)
            commune_id = session.scalar(
                select(Activity.commune_id).where(Activity.id == activity_id)
            )
            if commune_id is None or (scope is not None and commune_id != scope):
                raise NotFoundError("Không tìm thấy hoạt động.")
            related = [activity_id]
            for model in (ActivityParticipant, ActivityResult):
                related += session.scalars(select(model.id).where(model.activity_id == activity_id))
            return audit_lines(session, related)

    def last_entered(self) -> ActivityRecord | None:
        """The activity entered most recently, for "Repeat last" (None before the first)."""
        with self._sessions.begin() as session:
            commune = writable_commune(session)
            activity_id = last_entered_id(session.connection(), commune.id)
            return None if activity_id is None else activity_record(session, activity_id)

    def team_members(self, team_id: str, on: date) -> list[MembershipRecord]:
        """The team's members on a day: the participants the form offers first."""
        with self._sessions.begin() as session:
            scope = readable_scope(session)
            place = team_place(session.connection(), team_id)
            if place is None or (scope is not None and place[0] != scope):
                raise NotFoundError("Không tìm thấy tổ (có thể đã bị xóa).")
            team_name = session.scalar(select(Team.name).where(Team.id == team_id)) or ""
            members = members_on(session.connection(), team_id, on)
        records = [
            MembershipRecord(
                id="",
                team_id=team_id,
                team_name=team_name,
                person_id=person_id,
                person_name=name,
                role=role,
                start_date=None,
                end_date=None,
                end_reason="",
            )
            for person_id, name, role in members
        ]
        return sorted(records, key=lambda m: (collation_key(m.person_name), m.person_id))

    def suggestions(self) -> Suggestions:
        """Titles and locations used before, most used first."""
        with self._sessions.begin() as session:
            commune = writable_commune(session)
            connection = session.connection()
            return Suggestions(
                titles=tuple(
                    used_texts(connection, commune.id, Activity.title, SUGGESTION_WINDOW)[
                        :SUGGESTION_LIMIT
                    ]
                ),
                locations=tuple(
                    used_texts(connection, commune.id, Activity.location, SUGGESTION_WINDOW)[
                        :SUGGESTION_LIMIT
                    ]
                ),
            )

    # --- the list ------------------------------------------------------------------------

    def list_page(
        self, query: ActivityQuery, offset: int = 0, limit: int = PAGE_SIZE
    ) -> ActivityPage:
        """Rows ``offset`` … ``offset + limit - 1`` of the filtered, sorted list, and its size.

        The list's day-by-day counts (their sum is the size) are kept until the data
        changes, so scrolling only reads the page.
        """
        offset = max(0, int(offset))
        limit = max(1, min(int(limit), LARGEST_PAGE))
        with self._sessions.begin() as session:
            scope = readable_scope(session)
            connection = session.connection()
            terms = live_activity_conditions(query, scope)
            key = (self._data_version(session), scope, query)
            buckets = self._cached(
                key,
                lambda: list_buckets(connection, terms, query.sort, descending=query.descending),
            )
            total = sum(bucket[2] for bucket in buckets)
            ids = page_ids(connection, query, scope, buckets, offset, limit)
            return ActivityPage(tuple(activity_rows(connection, ids)), offset, total)

    def count(self, query: ActivityQuery) -> int:
        return self.list_page(query, 0, 1).total

    # --- templates -----------------------------------------------------------------------

    def templates(self) -> list[TemplateRecord]:
        with self._sessions.begin() as session:
            scope = readable_scope(session)
            query = select(ActivityTemplate).where(ActivityTemplate.deleted_at.is_(None))
            if scope is not None:
                query = query.where(ActivityTemplate.commune_id == scope)
            rows = list(session.scalars(query))
            records = [self._template_record(session, row) for row in rows]
        return sorted(records, key=lambda t: (t.sort_order, collation_key(t.name), t.id))

    def save_template(self, data: TemplateInput, template_id: str | None = None) -> TemplateRecord:
        """Add a template, or change the one named by ``template_id``."""
        name = clean_text(data.name)
        codes = tuple(dict.fromkeys(normalise_code(code) for code in data.indicator_codes if code))
        with self._sessions.begin() as session:
            commune = writable_commune(session)
            problems = []
            if not name:
                problems.append("Chưa nhập tên mẫu hoạt động.")
            elif len(name) > TEMPLATE_NAME_LENGTH:
                problems.append(f"Tên mẫu dài quá {TEMPLATE_NAME_LENGTH} ký tự.")
            others = session.scalars(
                select(ActivityTemplate).where(
                    ActivityTemplate.commune_id == commune.id,
                    ActivityTemplate.deleted_at.is_(None),
                )
            ).all()
            if name and any(
                t.id != template_id and fold_for_search(t.name) == fold_for_search(name)
                for t in others
            ):
                problems.append(f"Đã có mẫu hoạt động tên \u201c{name}\u201d.")
            if data.platform_id is not None and self._platform(session, data.platform_id) is None:
                problems.append("Nền tảng, dịch vụ đã chọn không còn trong danh mục.")
            known = set(
                session.scalars(
                    select(Indicator.code).where(
                        Indicator.code.in_(codes), Indicator.deleted_at.is_(None)
                    )
                )
            )
            problems += [
                f"Không có chỉ tiêu mã {code} trong danh mục."
                for code in codes
                if code not in known
            ]
            if problems:
                raise ValidationError("Mẫu hoạt động chưa hợp lệ.", problems)
            if template_id is None:
                template = ActivityTemplate(
                    commune_id=commune.id,
                    sort_order=max((t.sort_order for t in others), default=0) + 1,
                )
                session.add(template)
            else:
                template = self._live_template(session, template_id, commune.id)
            template.name = name
            template.kind = data.kind
            template.pillar = data.pillar
            template.skill = data.skill
            template.platform_id = data.platform_id
            template.title = clean_text(data.title)
            template.location = clean_text(data.location)
            template.notes = clean_text(data.notes)
            template.indicator_codes = json.dumps(list(codes), ensure_ascii=False)
            session.flush()
            return self._template_record(session, template)

    def delete_template(self, template_id: str) -> None:
        with self._sessions.begin() as session:
            commune = writable_commune(session)
            self._live_template(session, template_id, commune.id).deleted_at = now_text()

    # --- the platform pick list ----------------------------------------------------------

    def platforms(self, *, include_inactive: bool = False) -> list[PlatformRecord]:
        """The pick list (the database's own reference list: the upper level keeps one too)."""
        with self._sessions.begin() as session:
            query = select(PlatformService).where(PlatformService.deleted_at.is_(None))
            if not include_inactive:
                query = query.where(PlatformService.active.is_(True))
            records = [_platform_record(p) for p in session.scalars(query)]
        return sorted(records, key=lambda p: (p.sort_order, collation_key(p.name), p.id))

    def add_platform(self, name: str) -> PlatformRecord:
        cleaned = self._platform_name(name)
        with self._sessions.begin() as session:
            self._check_platform_name(session, cleaned, None)
            order = session.scalar(select(func.max(PlatformService.sort_order))) or 0
            platform = PlatformService(name=cleaned, sort_order=order + 1)
            session.add(platform)
            session.flush()
            return _platform_record(platform)

    def rename_platform(self, platform_id: str, name: str) -> PlatformRecord:
        cleaned = self._platform_name(name)
        with self._sessions.begin() as session:
            platform = self._live_platform(session, platform_id)
            self._check_platform_name(session, cleaned, platform.id)
            platform.name = cleaned
            session.flush()
            return _platform_record(platform)

    def set_platform_active(self, platform_id: str, active: bool) -> PlatformRecord:
        """Deactivate (hide from the pick list; old activities keep it) or bring back."""
        with self._sessions.begin() as session:
            platform = self._live_platform(session, platform_id)
            platform.active = active
            session.flush()
            return _platform_record(platform)

    # --- helpers -------------------------------------------------------------------------

    def _check(self, session: Session, data: ActivityInput, commune_id: str) -> ActivityCheck:
        verdict = check_activity(data, entry_facts(session, data, self._today()))
        errors = list(verdict.errors)
        connection = session.connection()
        place = team_place(connection, data.team_id) if data.team_id else None
        if place is not None and place[0] != commune_id:
            errors.append("Tổ đã chọn không thuộc xã này.")
        if data.village_id is not None and not village_of_commune(
            connection, data.village_id, commune_id
        ):
            errors.append("Thôn, tổ dân phố đã chọn không thuộc xã này (hoặc đã bị xóa).")
        return ActivityCheck(tuple(errors), verdict.warnings)

    def _verdict(
        self, session: Session, data: ActivityInput, commune_id: str, confirmed: bool
    ) -> ActivityCheck:
        verdict = self._check(session, data, commune_id)
        if verdict.errors:
            raise ValidationError(INVALID_MESSAGE, list(verdict.errors))
        if verdict.warnings and not confirmed:
            raise WarningsToConfirmError(verdict.warnings)
        return verdict

    def _insert(self, session: Session, commune_id: str, data: ActivityInput) -> str:
        activity = Activity(commune_id=commune_id)
        self._fill(session, activity, data)
        session.add(activity)
        session.flush()
        for person_id in data.participant_ids:
            session.add(ActivityParticipant(activity_id=activity.id, person_id=person_id))
        for result in data.results:
            session.add(
                ActivityResult(
                    activity_id=activity.id,
                    indicator_id=result.indicator_id,
                    value=float(result.value),
                )
            )
        session.flush()
        return activity.id

    def _fill(self, session: Session, activity: Activity, data: ActivityInput) -> None:
        place = team_place(session.connection(), data.team_id)
        assert place is not None, "checked by the rules"
        activity.team_id = data.team_id
        activity.village_id = data.village_id or place[1]
        activity.activity_date = data.activity_date
        activity.kind = data.kind
        activity.pillar = data.pillar
        activity.skill = data.skill
        activity.platform_id = data.platform_id
        activity.title = data.title
        activity.location = data.location
        activity.people_reached = data.people_reached
        activity.households_reached = data.households_reached
        activity.notes = data.notes
        activity.search_key = activity_search_key(data.title, data.location, data.notes)

    def _record(self, session: Session, activity_id: str) -> ActivityRecord:
        record = activity_record(session, activity_id)
        assert record is not None, "the activity was just saved"
        return record

    def _live_activity(self, session: Session, activity_id: str, commune_id: str) -> Activity:
        activity = session.get(Activity, activity_id)
        if activity is None or activity.deleted_at is not None or activity.commune_id != commune_id:
            raise NotFoundError("Không tìm thấy hoạt động (có thể đã bị xóa).")
        return activity

    def _data_version(self, session: Session) -> tuple[str, int]:
        """Changes with every write (the revision counter) and every restore (the file id)."""
        site = session.get(LocalSite, 1)
        return (site.database_id, site.last_seq) if site is not None else ("", -1)

    def _cached(self, key: Hashable, compute: Callable[[], Any]) -> Any:
        if key in self._list_cache:
            self._list_cache.move_to_end(key)
            return self._list_cache[key]
        value = compute()
        self._list_cache[key] = value
        while len(self._list_cache) > _CACHED_QUERIES:
            self._list_cache.popitem(last=False)
        return value

    def _template_record(self, session: Session, template: ActivityTemplate) -> TemplateRecord:
        codes = tuple(str(code) for code in json.loads(template.indicator_codes or "[]"))
        ids = dict(
            session.execute(
                select(Indicator.code, Indicator.id).where(
                    Indicator.code.in_(codes),
                    Indicator.deleted_at.is_(None),
                    Indicator.active.is_(True),
                )
            ).all()
        )
        platform = self._platform(session, template.platform_id) if template.platform_id else None
        return TemplateRecord(
            id=template.id,
            name=template.name,
            kind=template.kind,
            pillar=template.pillar,
            skill=template.skill,
            platform_id=template.platform_id,
            platform_name=platform.name if platform else "",
            title=template.title,
            location=template.location,
            notes=template.notes,
            indicator_codes=codes,
            indicator_ids=tuple(ids[code] for code in codes if code in ids),
            sort_order=template.sort_order,
        )

    def _live_template(
        self, session: Session, template_id: str, commune_id: str
    ) -> ActivityTemplate:
        template = session.get(ActivityTemplate, template_id)
        if template is None or template.deleted_at is not None or template.commune_id != commune_id:
            raise NotFoundError("Không tìm thấy mẫu hoạt động (có thể đã bị xóa).")
        return template

    def _platform(self, session: Session, platform_id: str) -> PlatformService | None:
        platform = session.get(PlatformService, platform_id)
        return None if platform is None or platform.deleted_at is not None else platform

    def _live_platform(self, session: Session, platform_id: str) -> PlatformService:
        platform = self._platform(session, platform_id)
        if platform is None:
            raise NotFoundError("Không tìm thấy nền tảng, dịch vụ trong danh mục.")
        return platform

    def _platform_name(self, name: str) -> str:
        cleaned = clean_text(name)
        if not cleaned:
            raise ValidationError("Chưa nhập tên nền tảng, dịch vụ.")
        if len(cleaned) > PLATFORM_NAME_LENGTH:
            raise ValidationError(f"Tên nền tảng, dịch vụ dài quá {PLATFORM_NAME_LENGTH} ký tự.")
        return cleaned

    def _check_platform_name(self, session: Session, name: str, exclude_id: str | None) -> None:
        key = fold_for_search(name)
        for platform in session.scalars(
            select(PlatformService).where(PlatformService.deleted_at.is_(None))
        ):
            if platform.id != exclude_id and fold_for_search(platform.name) == key:
                raise ValidationError(f"Đã có nền tảng, dịch vụ tên \u201c{platform.name}\u201d.")


def _platform_record(platform: PlatformService) -> PlatformRecord:
    return PlatformRecord(platform.id, platform.name, platform.active, platform.sort_order)
