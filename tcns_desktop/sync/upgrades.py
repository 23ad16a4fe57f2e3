"""Schema versions a bundle may come from, and the hook that upgrades older bundles' rows.

A bundle names the schema revision (Alembic revision id) of the database that made it. A
bundle from a revision this program does not know is refused: it comes from a newer program.
A bundle from an older revision is read through the upgrade steps of every later revision
that changed a syncable table, in order; each step says how that revision's new columns are
computed from an older row (or which columns it dropped or renamed). A column that a step
does not mention but that has a constant default in the current schema gets that default.
A revision that changed no syncable table needs no step at all.

To add a step when a migration changes a syncable table: add an entry to ``UPGRADES`` under
the migration's revision id (see docs/sync-bundle.md, "Older bundles").
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from operator import itemgetter
from types import MappingProxyType
from typing import Any

from tcns_desktop.domain.activity_rules import activity_search_key
from tcns_desktop.domain.sync_tables import NO_DEFAULT, TableSpec
from tcns_desktop.domain.vietnamese_text import fold_for_search
from tcns_desktop.sync.errors import MalformedBundleError, NewerVersionError

Derive = Callable[[Mapping[str, Any]], Any]
Rows = list[list[Any]]
RowMapper = Callable[[Rows], Rows]


@dataclass(frozen=True)
class TableChange:
    """What one schema revision changed in one table."""

    added: Mapping[str, Derive] = field(default_factory=dict)
    dropped: frozenset[str] = frozenset()
    renamed: Mapping[str, str] = field(default_factory=dict)  # old name → new name


@dataclass(frozen=True)
class SchemaUpgrade:
    tables: Mapping[str, TableChange]


UPGRADES: Mapping[str, SchemaUpgrade] = MappingProxyType(
    {
        # 0002: accent-folded search key on people.
        "0002": SchemaUpgrade(
            {
                "person": TableChange(
                    added={"search_key": lambda row: fold_for_search(row["full_name"])}
                )
            }
        ),
        # 0003: accent-folded search key on activities (and the new activity_template table,
        # which an older bundle simply does not have).
        "0003": SchemaUpgrade(
            {
                "activity": TableChange(
                    added={
                        "search_key": lambda row: activity_search_key(
                            row["title"], row["location"], row["notes"]
                        )
                    }
                )
            }
        ),
    }
)


@dataclass(frozen=True)
class BundleSchema:
    """What this program reads: its schema revision, the revisions it knows (oldest first),
    the syncable tables in foreign-key order, and the upgrade steps."""

    current: str
    known: tuple[str, ...]
    tables: tuple[TableSpec, ...]
    upgrades: Mapping[str, SchemaUpgrade] = field(default_factory=lambda: UPGRADES)

    def spec(self, table: str) -> TableSpec | None:
        for spec in self.tables:
            if spec.name == table:
                return spec
        return None

    @property
    def table_names(self) -> tuple[str, ...]:
        return tuple(spec.name for spec in self.tables)

    def check_version(self, version: str, source_name: str) -> None:
        if version not in self.known:
            raise NewerVersionError(
                f"Gói {source_name} được tạo từ cấu trúc dữ liệu phiên bản {version[:40]}, mới "
                f"hơn chương trình này (phiên bản {self.current}). Hãy cài phiên bản TCNS "
                "Desktop mới nhất rồi nhập lại."
            )

    def steps_after(self, version: str) -> list[SchemaUpgrade]:
        later = self.known[self.known.index(version) + 1 :]
        return [self.upgrades[v] for v in later if v in self.upgrades]

    def row_mapper(
        self, spec: TableSpec, header: tuple[str, ...], version: str, where: str
    ) -> RowMapper:
        """A function turning rows in the file's column order into the current order."""
        if header == spec.column_names:
            return _same
        if version == self.current:
            if set(header) != set(spec.column_names):
                missing = sorted(set(spec.column_names) - set(header))
                unknown = sorted(set(header) - set(spec.column_names))
                raise MalformedBundleError(
                    f"{where} không đúng cột của bảng {spec.name}"
                    + (f"; thiếu: {', '.join(missing)}" if missing else "")
                    + (f"; cột lạ: {', '.join(unknown)}" if unknown else "")
                    + "."
                )
            pick = itemgetter(*[header.index(name) for name in spec.column_names])
            return lambda rows: [list(pick(row)) for row in rows]
        return _upgrading_mapper(spec, header, self.steps_after(version), where)


def _same(rows: Rows) -> Rows:
    return rows


def _upgrading_mapper(
    spec: TableSpec, header: tuple[str, ...], steps: list[SchemaUpgrade], where: str
) -> RowMapper:
    changes = [step.tables[spec.name] for step in steps if spec.name in step.tables]
    columns = list(header)
    for change in changes:
        columns = [change.renamed.get(c, c) for c in columns if c not in change.dropped]
        columns += [c for c in change.added if c not in columns]
    defaults: dict[str, Any] = {}
    for column in spec.columns:
        if column.name in columns:
            continue
        if column.default is NO_DEFAULT:
            raise MalformedBundleError(
                f"{where}: gói từ phiên bản cũ thiếu cột {column.name} của bảng {spec.name} "
                "và không có cách nâng cấp; hãy cập nhật chương trình ở xã rồi xuất lại gói."
            )
        defaults[column.name] = column.default
    unknown = sorted(set(columns) - set(spec.column_names))
    if unknown:
        raise MalformedBundleError(
            f"{where}: gói từ phiên bản cũ có cột lạ của bảng {spec.name}: {', '.join(unknown)}."
        )

    def upgrade(rows: Rows) -> Rows:
        result = []
        for row in rows:
            values: dict[str, Any] = dict(zip(header, row, strict=True))
            for change in changes:
                # New columns are computed from the row as that revision found it.
                added = {n: _derived(d, values, n, where) for n, d in change.added.items()}
                for old, new in change.renamed.items():
                    if old in values:
                        values[new] = values.pop(old)
                for name in change.dropped:
                    values.pop(name, None)
                values.update(added)
            for name, default in defaults.items():
                values.setdefault(name, default)
            result.append([values[name] for name in spec.column_names])
        return result

    return upgrade


def _derived(derive: Derive, values: Mapping[str, Any], name: str, where: str) -> Any:
    try:
        return derive(values)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise MalformedBundleError(
            f"{where}: không nâng cấp được cột {name} từ gói phiên bản cũ.", detail=str(exc)
        ) from exc
