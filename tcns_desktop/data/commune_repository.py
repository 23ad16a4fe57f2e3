"""Queries and changes for the commune profile, its leaders and villages (take a Session)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from tcns_desktop.data.models import Commune, CommuneLeader, LocalSite, Village
from tcns_desktop.domain.identifiers import now_text
from tcns_desktop.domain.records import (
    CommuneProfileRecord,
    CommuneSetup,
    LeaderRecord,
    VillageRecord,
)
from tcns_desktop.domain.vietnamese_text import fold_for_search


def own_commune(session: Session) -> Commune | None:
    site = session.get(LocalSite, 1)
    if site is None or site.commune_id is None:
        return None
    commune = session.get(Commune, site.commune_id)
    return None if commune is None or commune.is_deleted else commune


def live_leaders(session: Session, commune_id: str) -> list[CommuneLeader]:
    return list(
        session.scalars(
            select(CommuneLeader)
            .where(CommuneLeader.commune_id == commune_id, CommuneLeader.deleted_at.is_(None))
            .order_by(CommuneLeader.sort_order, CommuneLeader.full_name)
        )
    )


def live_villages(session: Session, commune_id: str) -> list[Village]:
    return list(
        session.scalars(
            select(Village)
            .where(Village.commune_id == commune_id, Village.deleted_at.is_(None))
            .order_by(Village.sort_order, Village.name)
        )
    )


def profile_record(session: Session, commune: Commune) -> CommuneProfileRecord:
    return CommuneProfileRecord(
        id=commune.id,
        province_code=commune.province_code,
        province_name=commune.province_name,
        district_name=commune.district_name,
        commune_code=commune.code,
        commune_name=commune.name,
        commune_kind=commune.kind,
        address=commune.address,
        place_name=commune.place_name,
        document_symbol=commune.document_symbol,
        upper_office_name=commune.upper_office_name,
        upper_office_level=commune.upper_office_level,
        team_type_name=commune.team_type_name,
        leaders=tuple(
            LeaderRecord(ld.id, ld.full_name, ld.title, ld.role, ld.sort_order)
            for ld in live_leaders(session, commune.id)
        ),
        villages=tuple(village_record(v) for v in live_villages(session, commune.id)),
    )


def village_record(village: Village) -> VillageRecord:
    return VillageRecord(
        id=village.id,
        name=village.name,
        kind=village.kind,
        code=village.code,
        active=village.active,
        merged_into_id=village.merged_into_id,
        merged_on=village.merged_on,
        sort_order=village.sort_order,
    )


def apply_setup(session: Session, setup: CommuneSetup) -> Commune:
    """Create the own commune or update it from a (validated) set-up."""
    site = session.get(LocalSite, 1)
    assert site is not None, "ensure_site runs when the database is opened"
    commune = own_commune(session)
    if commune is None:
        commune = session.scalars(select(Commune).where(Commune.code == setup.commune_code)).first()
        if commune is None:
            commune = Commune(code=setup.commune_code)
            session.add(commune)
        commune.deleted_at = None
    commune.code = setup.commune_code
    commune.name = setup.commune_name
    commune.kind = setup.commune_kind
    commune.province_code = setup.province_code
    commune.province_name = setup.province_name
    commune.district_name = setup.district_name
    commune.address = setup.address
    commune.place_name = setup.place_name
    commune.document_symbol = setup.document_symbol
    commune.upper_office_name = setup.upper_office_name
    commune.upper_office_level = setup.upper_office_level
    commune.team_type_name = setup.team_type_name
    session.flush()
    site.commune_id = commune.id
    _apply_leaders(session, commune.id, setup)
    _apply_villages(session, commune.id, setup)
    session.flush()
    return commune


def _apply_leaders(session: Session, commune_id: str, setup: CommuneSetup) -> None:
    existing = {
        (ld.role, fold_for_search(ld.full_name)): ld for ld in live_leaders(session, commune_id)
    }
    kept: set[str] = set()
    for order, wanted in enumerate(setup.leaders):
        key = (wanted.role, fold_for_search(wanted.full_name))
        leader = existing.get(key)
        if leader is None:
            leader = CommuneLeader(commune_id=commune_id, role=wanted.role)
            session.add(leader)
        leader.full_name = wanted.full_name
        leader.title = wanted.title
        leader.sort_order = order
        session.flush()
        kept.add(leader.id)
    stamp = now_text()
    for leader in existing.values():
        if leader.id not in kept:
            leader.deleted_at = stamp


def _apply_villages(session: Session, commune_id: str, setup: CommuneSetup) -> None:
    """Add villages that are new by (folded) name; never drop one silently."""
    existing = {fold_for_search(v.name): v for v in live_villages(session, commune_id)}
    next_order = max((v.sort_order for v in existing.values()), default=0) + 1
    for wanted in setup.villages:
        village = existing.get(fold_for_search(wanted.name))
        if village is None:
            village = Village(commune_id=commune_id, name=wanted.name, sort_order=next_order)
            next_order += 1
            session.add(village)
        village.kind = wanted.kind
        if wanted.code:
            village.code = wanted.code
