"""Seeding of the default indicator catalogue and platform pick list into a new database."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tcns_desktop.data.models import Indicator, PlatformService
from tcns_desktop.domain.catalogues import DEFAULT_INDICATORS, DEFAULT_PLATFORMS


def seed_reference_data(session: Session) -> int:
    """Add the defaults to empty tables only (a clerk's own catalogue is never overwritten)."""
    added = 0
    if not session.scalar(select(func.count()).select_from(Indicator)):
        for order, seed in enumerate(DEFAULT_INDICATORS, start=1):
            session.add(
                Indicator(
                    code=seed.code,
                    name=seed.name,
                    unit=seed.unit,
                    pillar=seed.pillar,
                    aggregation=seed.aggregation,
                    sort_order=order,
                )
            )
            added += 1
    if not session.scalar(select(func.count()).select_from(PlatformService)):
        for order, name in enumerate(DEFAULT_PLATFORMS, start=1):
            session.add(PlatformService(name=name, sort_order=order))
            added += 1
    return added
