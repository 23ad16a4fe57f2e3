"""The commune profile and its villages: set-up, edits, merges."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from tcns_desktop.data.commune_repository import (
    apply_setup,
    live_villages,
    own_commune,
    profile_record,
    village_record,
)
from tcns_desktop.data.models import Commune, Person, Village
from tcns_desktop.domain.commune_rules import normalise_setup, setup_problems
from tcns_desktop.domain.enums import VillageKind
from tcns_desktop.domain.identifiers import now_text
from tcns_desktop.domain.records import CommuneProfileRecord, CommuneSetup, VillageRecord
from tcns_desktop.domain.vietnamese_text import clean_text, fold_for_search
from tcns_desktop.errors import NotFoundError, ValidationError


class CommuneService:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def profile(self) -> CommuneProfileRecord | None:
        """The commune this database belongs to, or None before the first-run set-up."""
        with self._sessions.begin() as session:
            commune = own_commune(session)
            return None if commune is None else profile_record(session, commune)

    def communes(self) -> list[tuple[str, str]]:
        """(id, name) of every commune on file: one at a commune, all of them at the upper
        level, where lists are filtered by commune."""
        with self._sessions.begin() as session:
            rows = session.execute(
                select(Commune.id, Commune.name).where(Commune.deleted_at.is_(None))
            ).all()
            return [(row[0], row[1]) for row in rows]

    def save_setup(self, setup: CommuneSetup) -> CommuneProfileRecord:
        """Create or update the commune profile, its leaders, and add new villages."""
        cleaned = normalise_setup(setup)
        problems = setup_problems(cleaned)
        if problems:
            raise ValidationError("Thông tin xã chưa hợp lệ.", problems)
        with self._sessions.begin() as session:
            commune = apply_setup(session, cleaned)
            return profile_record(session, commune)

    def add_village(self, name: str, kind: VillageKind, code: str = "") -> VillageRecord:
        with self._sessions.begin() as session:
            commune = self._require_commune(session)
            cleaned = self._checked_village_name(session, commune.id, name, exclude_id=None)
            order = max((v.sort_order for v in live_villages(session, commune.id)), default=0)
            village = Village(
                commune_id=commune.id,
                name=cleaned,
                kind=kind,
                code=clean_text(code),
                sort_order=order + 1,
            )
            session.add(village)
            session.flush()
            return village_record(village)

    def update_village(
        self, village_id: str, name: str, kind: VillageKind, code: str = ""
    ) -> VillageRecord:
        with self._sessions.begin() as session:
            village = self._live_village(session, village_id)
            village.name = self._checked_village_name(
                session, village.commune_id, name, exclude_id=village.id
            )
            village.kind = kind
            village.code = clean_text(code)
            session.flush()
            return village_record(village)

    def delete_village(self, village_id: str) -> None:
        """Tombstone a village (the screen asks for confirmation first)."""
        with self._sessions.begin() as session:
            self._live_village(session, village_id).deleted_at = now_text()

    def merge_villages(self, source_id: str, target_id: str, merged_on: date) -> VillageRecord:
        """Merge ``source`` into ``target``: the source keeps its history and points onwards.

        People living in the source village are moved to the target; teams and activities
        stay attached to the old village, because that is where they happened.
        """
        if source_id == target_id:
            raise ValidationError("Không thể sáp nhập một thôn vào chính nó.")
        with self._sessions.begin() as session:
            source = self._live_village(session, source_id)
            target = self._live_village(session, target_id)
            if not target.active:
                raise ValidationError(
                    f"Thôn \u201c{target.name}\u201d đã được sáp nhập; "
                    "hãy chọn thôn đang hoạt động."
                )
            source.active = False
            source.merged_into_id = target.id
            source.merged_on = merged_on
            people = session.scalars(
                select(Person).where(Person.village_id == source.id, Person.deleted_at.is_(None))
            )
            for person in people:
                person.village_id = target.id
            session.flush()
            return village_record(source)

    def reorder_villages(self, ordered_ids: list[str]) -> None:
        with self._sessions.begin() as session:
            # Through the ORM, not a bulk UPDATE, so each change gets a revision and an audit row.
            for order, village_id in enumerate(ordered_ids, start=1):
                self._live_village(session, village_id).sort_order = order

    def _require_commune(self, session: Session) -> Commune:
        commune = own_commune(session)
        if commune is None:
            raise NotFoundError("Chưa thiết lập thông tin xã. Hãy chạy trình thiết lập ban đầu.")
        return commune

    def _live_village(self, session: Session, village_id: str) -> Village:
        village = session.get(Village, village_id)
        if village is None or village.is_deleted:
            raise NotFoundError("Không tìm thấy thôn (có thể đã bị xóa).")
        return village

    def _checked_village_name(
        self, session: Session, commune_id: str, name: str, exclude_id: str | None
    ) -> str:
        cleaned = clean_text(name)
        if not cleaned:
            raise ValidationError("Tên thôn không được để trống.")
        key = fold_for_search(cleaned)
        for other in live_villages(session, commune_id):
            if other.id != exclude_id and fold_for_search(other.name) == key:
                raise ValidationError(f"Đã có thôn tên \u201c{other.name}\u201d.")
        return cleaned
