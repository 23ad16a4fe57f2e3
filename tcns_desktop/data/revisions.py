"""Revision stamping and the audit trail, done in the same flush as the change itself.

Each new or changed syncable row gets (site id, next per-site counter) and a fresh
``updated_at``; each change writes an audit entry with the row before and after. Doing it in
the session (not in triggers) keeps the counter and the change in one transaction.
"""

from __future__ import annotations

import json
from datetime import date
from enum import Enum
from typing import Any

from sqlalchemy import Connection, event, inspect, text
from sqlalchemy.orm import Session, sessionmaker

from tcns_desktop.domain.enums import AuditAction
from tcns_desktop.domain.identifiers import now_text
from tcns_desktop.errors import DatabaseError

_RESERVE_SEQ = text(
    "UPDATE local_site SET last_seq = last_seq + :n WHERE singleton = 1 RETURNING site_id, last_seq"
)
_BOOKKEEPING = frozenset({"updated_at", "rev_site", "rev_seq"})


def install_revision_stamping(factory: sessionmaker[Session]) -> None:
    event.listen(factory, "before_flush", _before_flush)


def reserve_revisions(executor: Session | Connection, count: int) -> tuple[str, int]:
    """Take ``count`` counter values in one statement; returns the site id and the first one.

    Works on a session (ORM flushes) or a connection (bulk loads), inside its transaction.
    """
    row = executor.execute(_RESERVE_SEQ, {"n": count}).one_or_none()
    if row is None:
        raise DatabaseError(
            "Cơ sở dữ liệu chưa được khởi tạo đầy đủ (thiếu định danh máy).",
            detail="local_site row missing",
        )
    site_id, last = str(row[0]), int(row[1])
    return site_id, last - count + 1


def row_state(obj: Any) -> dict[str, Any]:
    """Column values of an ORM object as JSON-ready Python values."""
    mapper = inspect(obj).mapper
    return {attr.key: _jsonable(getattr(obj, attr.key)) for attr in mapper.column_attrs}


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    from tcns_desktop.data.models import AuditEntry, Syncable

    for obj in session.deleted:
        if isinstance(obj, Syncable):
            raise DatabaseError(
                "Không được xóa hẳn dữ liệu; hãy đánh dấu đã xóa.",
                detail=f"hard delete of {type(obj).__name__} {obj.id}",
            )
    new_rows = [obj for obj in session.new if isinstance(obj, Syncable)]
    changed_rows = [
        obj for obj in session.dirty if isinstance(obj, Syncable) and _changed_columns(obj)
    ]
    if not new_rows and not changed_rows:
        return
    site_id, seq = reserve_revisions(session, len(new_rows) + len(changed_rows))
    now = now_text()
    actor = str(session.info.get("actor", ""))
    audits: list[AuditEntry] = []
    for obj in new_rows:
        if obj.id is None:
            from tcns_desktop.domain.identifiers import uuid7

            obj.id = uuid7()
        obj.created_at = obj.created_at or now
        obj.updated_at = now
        obj.rev_site, obj.rev_seq = site_id, seq
        seq += 1
        audits.append(_audit(obj, AuditAction.INSERT, None, row_state(obj), actor, now))
    for obj in changed_rows:
        before = _state_before(obj)
        obj.updated_at = now
        obj.rev_site, obj.rev_seq = site_id, seq
        seq += 1
        action = AuditAction.UPDATE
        if before.get("deleted_at") is None and obj.deleted_at is not None:
            action = AuditAction.DELETE
        elif before.get("deleted_at") is not None and obj.deleted_at is None:
            action = AuditAction.RESTORE
        audits.append(_audit(obj, action, before, row_state(obj), actor, now))
    session.add_all(audits)


def _changed_columns(obj: Any) -> list[str]:
    state = inspect(obj)
    changed = []
    for attr in state.mapper.column_attrs:
        if attr.key in _BOOKKEEPING:
            continue
        history = state.attrs[attr.key].history
        if history.has_changes() and history.deleted != history.added:
            changed.append(attr.key)
    return changed


def _state_before(obj: Any) -> dict[str, Any]:
    state = inspect(obj)
    before: dict[str, Any] = {}
    for attr in state.mapper.column_attrs:
        history = state.attrs[attr.key].history
        if history.deleted:
            before[attr.key] = _jsonable(history.deleted[0])
        else:
            before[attr.key] = _jsonable(getattr(obj, attr.key))
    return before


def _audit(
    obj: Any,
    action: AuditAction,
    before: dict[str, Any] | None,
    after: dict[str, Any],
    actor: str,
    now: str,
) -> Any:
    from tcns_desktop.data.models import AuditEntry

    return AuditEntry(
        at=now,
        actor=actor,
        table_name=obj.__tablename__,
        row_id=obj.id,
        action=action,
        before_json=None if before is None else json.dumps(before, ensure_ascii=False),
        after_json=json.dumps(after, ensure_ascii=False),
    )


def _jsonable(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    return value
