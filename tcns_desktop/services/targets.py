"""Targets (chỉ tiêu) per indicator, period and scope: the grid's list, save and clearing.

Scopes are the commune, a village or a team; the grid is saved in one transaction (a value
sets or changes a target, a blank clears it).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from tcns_desktop.data.models import Commune, Indicator, Target, Team, Village
from tcns_desktop.domain.activity_records import TargetInput, TargetRecord, TargetSaveResult
from tcns_desktop.domain.activity_rules import target_value_problem
from tcns_desktop.domain.enums import ScopeKind
from tcns_desktop.domain.identifiers import now_text
from tcns_desktop.domain.periods import Period
from tcns_desktop.domain.vietnamese_collation import collation_key
from tcns_desktop.errors import ValidationError
from tcns_desktop.services.commune_scope import readable_scope, writable_commune

_SCOPE_ORDER = {ScopeKind.COMMUNE: 0, ScopeKind.VILLAGE: 1, ScopeKind.TEAM: 2}

CellKey = tuple[str, ScopeKind, str | None]


class TargetService:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def targets(self, period: Period, *, commune_id: str | None = None) -> list[TargetRecord]:
        """The period's targets: the own commune's, or (upper level) every commune's or the
        one ``commune_id`` names."""
        with self._sessions.begin() as session:
            scope = readable_scope(session)
            wanted = scope if scope is not None else commune_id
            return self._records(session, period, wanted)

    def save(self, period: Period, cells: Sequence[TargetInput]) -> TargetSaveResult:
        """Save the grid: a value sets or changes a target, None clears it (all or nothing)."""
        with self._sessions.begin() as session:
            commune = writable_commune(session)
            wanted = self._checked(session, commune.id, cells)
            current = {_key(target): target for target in self._live(session, period, commune.id)}
            added = changed = cleared = unchanged = 0
            stamp = now_text()
            for key, value in wanted.items():
                target = current.get(key)
                if value is None:
                    if target is not None:
                        target.deleted_at = stamp
                        cleared += 1
                elif target is None:
                    indicator_id, scope_kind, scope_id = key
                    session.add(
                        Target(
                            commune_id=commune.id,
                            indicator_id=indicator_id,
                            period_kind=period.kind,
                            period_key=period.key,
                            scope_kind=scope_kind,
                            scope_id=scope_id,
                            value=value,
                        )
                    )
                    added += 1
                elif target.value != value:
                    target.value = value
                    changed += 1
                else:
                    unchanged += 1
            session.flush()
            return TargetSaveResult(
                added=added,
                changed=changed,
                cleared=cleared,
                unchanged=unchanged,
                targets=tuple(self._records(session, period, commune.id)),
            )

    def clear(
        self, period: Period, scope_kind: ScopeKind | None = None, scope_id: str | None = None
    ) -> int:
        """Clear the period's targets (of one scope kind, or one village or team)."""
        with self._sessions.begin() as session:
            commune = writable_commune(session)
            stamp = now_text()
            cleared = 0
            for target in self._live(session, period, commune.id):
                if scope_kind is not None and target.scope_kind is not scope_kind:
                    continue
                if scope_id is not None and target.scope_id != scope_id:
                    continue
                target.deleted_at = stamp
                cleared += 1
            return cleared

    # --- helpers -------------------------------------------------------------------------

    def _live(self, session: Session, period: Period, commune_id: str | None) -> list[Target]:
        query = select(Target).where(
            Target.deleted_at.is_(None),
            Target.period_kind == period.kind,
            Target.period_key == period.key,
        )
        if commune_id is not None:
            query = query.where(Target.commune_id == commune_id)
        return list(session.scalars(query))

    def _checked(
        self, session: Session, commune_id: str, cells: Sequence[TargetInput]
    ) -> dict[CellKey, float | None]:
        indicators = dict(
            session.execute(
                select(Indicator.id, Indicator.name).where(Indicator.deleted_at.is_(None))
            ).all()
        )
        villages = dict(
            session.execute(
                select(Village.id, Village.name).where(
                    Village.commune_id == commune_id, Village.deleted_at.is_(None)
                )
            ).all()
        )
        teams = dict(
            session.execute(
                select(Team.id, Team.name).where(
                    Team.commune_id == commune_id, Team.deleted_at.is_(None)
                )
            ).all()
        )
        problems: list[str] = []
        wanted: dict[CellKey, float | None] = {}
        for cell in cells:
            name = indicators.get(cell.indicator_id)
            if name is None:
                problems.append("Một chỉ tiêu trong bảng không còn trong danh mục.")
                continue
            scope_id = None if cell.scope_kind is ScopeKind.COMMUNE else cell.scope_id
            if cell.scope_kind is ScopeKind.VILLAGE:
                place = villages.get(scope_id or "")
            elif cell.scope_kind is ScopeKind.TEAM:
                place = teams.get(scope_id or "")
            else:
                place = "toàn xã"
            if place is None:
                problems.append(
                    f"Chỉ tiêu \u201c{name}\u201d: {cell.scope_kind.label.lower()} đã chọn "
                    "không thuộc xã này (hoặc đã bị xóa)."
                )
                continue
            key = (cell.indicator_id, cell.scope_kind, scope_id)
            if key in wanted:
                problems.append(f"Chỉ tiêu \u201c{name}\u201d của {place} được nhập hai lần.")
                continue
            if cell.value is not None:
                problem = target_value_problem(cell.value)
                if problem:
                    problems.append(f"Chỉ tiêu \u201c{name}\u201d của {place}: {problem}")
                    continue
            wanted[key] = None if cell.value is None else float(cell.value)
        if problems:
            raise ValidationError("Bảng chỉ tiêu chưa hợp lệ; chưa lưu gì.", problems)
        return wanted

    def _records(
        self, session: Session, period: Period, commune_id: str | None
    ) -> list[TargetRecord]:
        targets = self._live(session, period, commune_id)
        indicators = {
            row.id: row
            for row in session.execute(
                select(
                    Indicator.id,
                    Indicator.code,
                    Indicator.name,
                    Indicator.unit,
                    Indicator.sort_order,
                )
            )
        }
        names = _scope_names(session, targets)
        records = [
            TargetRecord(
                id=target.id,
                commune_id=target.commune_id,
                indicator_id=target.indicator_id,
                indicator_code=indicators[target.indicator_id].code,
                indicator_name=indicators[target.indicator_id].name,
                unit=indicators[target.indicator_id].unit,
                period=period,
                scope_kind=target.scope_kind,
                scope_id=target.scope_id,
                scope_name=names.get(target.scope_id or target.commune_id, ""),
                value=target.value,
            )
            for target in targets
            if target.indicator_id in indicators
        ]
        return sorted(
            records,
            key=lambda r: (
                indicators[r.indicator_id].sort_order,
                r.indicator_code,
                _SCOPE_ORDER[r.scope_kind],
                collation_key(r.scope_name),
            ),
        )


def _key(target: Target) -> CellKey:
    return (target.indicator_id, target.scope_kind, target.scope_id)


def _scope_names(session: Session, targets: Sequence[Target]) -> dict[str, str]:
    """Names of the communes, villages and teams the targets are set for."""
    names: dict[str, str] = {}
    wanted: dict[ScopeKind, set[str | None]] = {
        ScopeKind.COMMUNE: {t.commune_id for t in targets if t.scope_kind is ScopeKind.COMMUNE},
        ScopeKind.VILLAGE: {t.scope_id for t in targets if t.scope_kind is ScopeKind.VILLAGE},
        ScopeKind.TEAM: {t.scope_id for t in targets if t.scope_kind is ScopeKind.TEAM},
    }
    models: tuple[tuple[ScopeKind, Any], ...] = (
        (ScopeKind.COMMUNE, Commune),
        (ScopeKind.VILLAGE, Village),
        (ScopeKind.TEAM, Team),
    )
    for kind, model in models:
        ids = [i for i in wanted[kind] if i]
        if ids:
            rows = session.execute(select(model.id, model.name).where(model.id.in_(ids)))
            names.update({row[0]: row[1] for row in rows})
    return names
