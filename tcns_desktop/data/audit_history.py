"""A record's change history from the audit log, in words a clerk reads."""

from __future__ import annotations

import json
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from tcns_desktop.data.models import AuditEntry
from tcns_desktop.domain.enums import AuditAction
from tcns_desktop.domain.roster_records import AuditLine

HISTORY_LIMIT = 200

_TABLE_LABELS = {
    "person": "Thông tin cá nhân",
    "membership": "Tham gia tổ",
    "activity": "Hoạt động",
    "activity_participant": "Thành viên tham gia",
    "activity_result": "Kết quả theo chỉ số",
}
_FIELD_LABELS = {
    "full_name": "họ tên",
    "gender": "giới tính",
    "birth_date": "ngày sinh",
    "birth_year": "năm sinh",
    "ethnicity": "dân tộc",
    "citizen_id": "CCCD",
    "phone": "điện thoại",
    "village_id": "thôn",
    "organisation": "đơn vị",
    "position": "chức vụ",
    "youth_union_member": "đoàn viên",
    "education": "trình độ",
    "notes": "ghi chú",
    "role": "chức danh",
    "start_date": "ngày bắt đầu",
    "end_date": "ngày kết thúc",
    "end_reason": "lý do",
    "team_id": "tổ",
    "person_id": "người",
    "merged_into_id": "gộp vào",
    "activity_date": "ngày",
    "kind": "hình thức",
    "pillar": "trụ cột",
    "skill": "nhóm kỹ năng",
    "platform_id": "nền tảng",
    "title": "nội dung",
    "location": "địa điểm",
    "people_reached": "số người",
    "households_reached": "số hộ",
    "value": "kết quả",
    "deleted_at": "xóa",
}


def audit_lines(session: Session, row_ids: Sequence[str]) -> list[AuditLine]:
    """The changes of these rows, newest first (at most ``HISTORY_LIMIT``)."""
    entries = session.scalars(
        select(AuditEntry)
        .where(AuditEntry.row_id.in_(list(row_ids)))
        .order_by(AuditEntry.at.desc())
        .limit(HISTORY_LIMIT)
    )
    return [_line(entry) for entry in entries]


def _line(entry: AuditEntry) -> AuditLine:
    summary = _TABLE_LABELS.get(entry.table_name, entry.table_name)
    if entry.action is AuditAction.UPDATE and entry.before_json and entry.after_json:
        before, after = json.loads(entry.before_json), json.loads(entry.after_json)
        changed = [
            _FIELD_LABELS[key]
            for key in _FIELD_LABELS
            if key in after and before.get(key) != after.get(key)
        ]
        if changed:
            summary += ": " + ", ".join(changed)
    return AuditLine(
        at=entry.at,
        actor=entry.actor,
        action=AuditAction(entry.action).label,
        summary=summary,
    )
