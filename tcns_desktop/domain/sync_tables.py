"""What a syncable table looks like in a bundle: its columns, their kinds, references, owner.

Plain descriptions shared by the two sides that must agree on them without knowing each
other: ``data.sync_rows`` builds them from the SQLAlchemy models, ``sync`` validates bundle
rows against them. The bundle format never imports the database layer.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum


class ColumnKind(StrEnum):
    """How a value travels in JSON and what it must look like."""

    ID = "id"  # a row key or a reference: short text of letters, digits, '-' and '_'
    TEXT = "text"
    INTEGER = "integer"
    FLOAT = "float"
    BOOLEAN = "boolean"
    DATE = "date"  # "YYYY-MM-DD"
    TIMESTAMP = "timestamp"  # "YYYY-MM-DDTHH:MM:SS.ffffffZ"
    ENUM = "enum"  # one of ``choices``


class NoDefault:
    """Marker: the column has no constant default (an old bundle must carry it)."""

    def __repr__(self) -> str:
        return "NO_DEFAULT"


NO_DEFAULT = NoDefault()

JsonScalar = str | int | float | bool | None


@dataclass(frozen=True)
class ColumnSpec:
    name: str
    kind: ColumnKind
    nullable: bool
    choices: frozenset[str] = frozenset()
    references: str | None = None  # the table a foreign key points at
    default: JsonScalar | NoDefault = NO_DEFAULT


@dataclass(frozen=True)
class TableSpec:
    """One syncable table; ``columns`` in the order rows are written."""

    name: str
    columns: tuple[ColumnSpec, ...]
    # "commune_id" when every row names its commune; "id" for the commune table itself;
    # None when the owner follows from a parent row (memberships, results …) or when the
    # table is shared reference data.
    owner_column: str | None = None
    # Shared reference data (indicator catalogue, platform list) is matched on this column
    # at the upper level instead of on the row id.
    natural_key: str | None = None
    column_names: tuple[str, ...] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "column_names", tuple(c.name for c in self.columns))

    def index(self, column: str) -> int:
        return self.column_names.index(column)

    @property
    def references(self) -> tuple[tuple[int, str], ...]:
        """(column position, referenced table) of every foreign key."""
        return tuple(
            (position, column.references)
            for position, column in enumerate(self.columns)
            if column.references is not None
        )


# Columns every syncable row has (see ``data.models.Syncable``).
ID = "id"
CREATED_AT = "created_at"
UPDATED_AT = "updated_at"
REV_SITE = "rev_site"
REV_SEQ = "rev_seq"
DELETED_AT = "deleted_at"


# What each table holds, in the clerk's words (tables not listed show their own name).
TABLE_LABELS: Mapping[str, str] = {
    "commune": "Thông tin xã",
    "commune_leader": "Lãnh đạo UBND xã",
    "village": "Thôn, tổ dân phố",
    "team": "Tổ công nghệ số cộng đồng",
    "team_decision": "Quyết định về Tổ",
    "person": "Thành viên (người)",
    "membership": "Quá trình tham gia Tổ",
    "training_course": "Khóa bồi dưỡng",
    "training_attendance": "Lượt tham gia bồi dưỡng",
    "skill_assessment": "Đánh giá kỹ năng số",
    "platform_service": "Nền tảng, dịch vụ",
    "indicator": "Chỉ số",
    "activity": "Hoạt động",
    "activity_participant": "Thành viên tham gia hoạt động",
    "activity_result": "Kết quả theo chỉ số",
    "activity_template": "Mẫu hoạt động",
    "target": "Chỉ tiêu",
    "issued_document": "Văn bản đã ban hành",
}
