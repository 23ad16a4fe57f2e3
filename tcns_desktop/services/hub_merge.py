"""The merge of one commune bundle into the consolidated tables: the rules, row by row.

A row is written only when it is new, or when it comes from the site that owns it with a
higher revision number; an older or equal revision changes nothing, so importing a bundle
twice, or overlapping and out-of-order bundles, converge to the same state, and a tombstone
(a newer revision) is never undone by an older bundle. Every reference must resolve to a row
of the bundle or one already received from the same commune; a bundle that points at rows of
an earlier bundle not received yet waits for it instead of being refused. Shared reference
data (the indicator catalogue, the platform list) is matched on its natural key to the upper
level's own entries; the commune's ids are mapped, and its versions kept, so what a commune
sent can always be given back exactly.

This module also judges a bundle's line of history against those already received (forks)
and measures what has been received (the contiguous revision range, the gaps).
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from tcns_desktop.data.sync_rows import HubLedger, HubRows, Row
from tcns_desktop.domain.identifiers import now_text
from tcns_desktop.domain.sync_records import (
    ALREADY_IMPORTED,
    IMPORTED,
    REJECTED,
    WAITING,
    BundleImportResult,
    TableCounts,
)
from tcns_desktop.domain.sync_tables import ID, REV_SEQ, REV_SITE, TableSpec
from tcns_desktop.services.bundle_export import FORK_ACCEPTED
from tcns_desktop.sync.errors import BundleError
from tcns_desktop.sync.manifest import LineageEntry, Manifest
from tcns_desktop.sync.reader import Bundle, CheckedBatch
from tcns_desktop.sync.rows import RowProblem

log = logging.getLogger(__name__)

# Row problems listed per bundle; the count of rejected rows is always complete.
MAX_PROBLEMS = 100


class _BundleRejectedError(Exception):
    """A bundle refused after its rows were read (the savepoint is rolled back)."""

    def __init__(self, message: str, problems: list[str], tables: dict[str, TableCounts]) -> None:
        super().__init__(message)
        self.message = message
        self.problems = problems
        self.tables = tables


class _BundleWaitingError(_BundleRejectedError):
    """A bundle whose rows point at rows of an earlier bundle not received yet."""


@dataclass
class _Line:
    """One line of history (database id) of a commune site, as the upper level saw it."""

    database_id: str
    lineage: list[LineageEntry]
    max_seq: int


class Importer:
    """Merges verified bundles over one connection inside the import's transaction."""

    def __init__(self, raw: sqlite3.Connection, actor: str) -> None:
        self.raw = raw
        self.rows = HubRows(raw)
        self.ledger = HubLedger(raw)
        self.actor = actor

    def merge(self, bundle: Bundle) -> BundleImportResult:
        manifest = bundle.manifest
        prior = self.ledger.bundle(manifest.bundle_id)
        if prior is not None:
            if prior["sha256"] == bundle.sha256:
                return _result(
                    bundle,
                    ALREADY_IMPORTED,
                    f"Gói này đã được nhập ngày {prior['imported_at'][:10]}; không thay đổi gì.",
                )
            return _result(
                bundle,
                REJECTED,
                "Đã nhập một gói cùng mã nhưng nội dung khác: gói này đã bị sửa hoặc hỏng.",
            )
        bundles = self.ledger.site_bundles(manifest.source.site_id)
        refusal = fork_refusal(manifest, bundles)
        if refusal is not None:
            return _result(bundle, REJECTED, refusal)
        warnings = _arrival_warnings(manifest, bundles)
        own = manifest.coverage_of(manifest.source.site_id)
        assert own is not None
        # Rows may point at rows of a missing earlier bundle only if one is missing.
        may_wait = own.from_seq > received_coverage(bundles).received_to
        self.raw.execute("SAVEPOINT tcns_bundle")
        try:
            merge = _BundleMerge(self.rows, bundle, may_wait)
            tables, missing, conflicts = merge.run()
            self.raw.execute("RELEASE tcns_bundle")
        except (_BundleRejectedError, BundleError, sqlite3.IntegrityError) as exc:
            self.raw.execute("ROLLBACK TO tcns_bundle")
            self.raw.execute("RELEASE tcns_bundle")
            counted: dict[str, TableCounts] = {}
            if isinstance(exc, _BundleWaitingError):
                return _result(bundle, WAITING, exc.message, tables=exc.tables, warnings=warnings)
            if isinstance(exc, _BundleRejectedError):
                message, problems, counted = exc.message, exc.problems, exc.tables
            elif isinstance(exc, BundleError):
                message, problems = exc.message, exc.problems
            else:
                message = "Dữ liệu của gói vi phạm ràng buộc của cơ sở dữ liệu tổng hợp."
                problems = [str(exc)]
            log.warning("Bundle %s rejected: %s", bundle.name, message)
            return _result(bundle, REJECTED, message, tables=counted, problems=problems)
        now = now_text()
        counts = {table: vars(counted) for table, counted in tables.items()}
        self.ledger.record_bundle(
            {
                "bundle_id": manifest.bundle_id,
                "sha256": bundle.sha256,
                "site_id": manifest.source.site_id,
                "commune_code": manifest.source.commune_code,
                "commune_name": manifest.source.commune_name,
                "database_id": manifest.source.database_id,
                "sequence": manifest.sequence,
                "kind": manifest.kind.value,
                "created_at": manifest.created_at,
                "imported_at": now,
                "from_seq": own.from_seq,
                "to_seq": own.to_seq,
                "previous_bundle_id": None
                if manifest.previous is None
                else manifest.previous.bundle_id,
                "key_fingerprint": manifest.source.key_fingerprint,
                "file_name": bundle.name[:300],
                "lineage_json": json.dumps(
                    [
                        [e.database_id, e.started_at, e.reason, e.seq_at_start]
                        for e in manifest.source.lineage
                    ]
                ),
                "counts_json": json.dumps(counts),
            }
        )
        self.ledger.audit(
            now,
            self.actor,
            "bundle_import",
            manifest.bundle_id,
            {
                "file": bundle.name,
                "commune": manifest.source.commune_code,
                "sequence": manifest.sequence,
                "rows": counts,
                "conflicts": conflicts[:MAX_PROBLEMS],
            },
        )
        if missing:
            warnings.append(
                "Gói đầy đủ không có "
                + ", ".join(f"{n} dòng {t}" for t, n in sorted(missing.items()))
                + " mà cấp trên đang giữ của xã (cần rà soát, không tự xóa)."
            )
        return _result(
            bundle,
            IMPORTED,
            "",
            tables=tables,
            problems=conflicts[:MAX_PROBLEMS],
            warnings=warnings,
            missing=missing,
        )


@dataclass
class _BundleMerge:
    """One bundle's rows against the consolidated tables."""

    rows: HubRows
    bundle: Bundle
    may_wait: bool
    # Ids known to exist once this bundle is applied, per table (its rows and parents found).
    known: dict[str, set[str]] = field(default_factory=dict)
    # The bundle's own ids per table (for a full bundle's reconciliation).
    sent: dict[str, set[str]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    rejected_rows: int = 0
    # False as soon as a row is rejected for anything but a reference to a missing row.
    parents_only: bool = True
    conflicts: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        source = self.bundle.manifest.source
        self.site_id = source.site_id
        # The commune's catalogue ids → the upper level's: from earlier bundles, then this one.
        self.mapped: dict[tuple[str, str], str] = {
            key: local for key, (local, _seq) in self.rows.reference_map(self.site_id).items()
        }
        self.catalogues = {
            spec.name for spec in self.bundle.schema.tables if spec.natural_key is not None
        }

    def run(self) -> tuple[dict[str, TableCounts], dict[str, int], list[str]]:
        tables: dict[str, TableCounts] = {}
        for table in self.bundle.tables():
            spec = self.bundle.schema.spec(table)
            assert spec is not None
            counts = tables.setdefault(table, TableCounts())
            if spec.natural_key is not None:
                self._catalogue(spec, counts)
            else:
                self._table(spec, counts)
        self.bundle.verify_rest()
        if self.rejected_rows:
            # Nothing of the bundle is kept: the summary shows only the rows at fault.
            faults = {table: TableCounts(rejected=c.rejected) for table, c in tables.items()}
            if self.parents_only and self.may_wait:
                raise _BundleWaitingError(
                    f"Gói số {self.bundle.manifest.sequence} chờ gói trước của xã chưa đến (có "
                    f"{self.rejected_rows:,} dòng trỏ tới dữ liệu trong gói đó); sẽ tự nhập "
                    "khi nhận được gói còn thiếu.",
                    [],
                    faults,
                )
            raise _BundleRejectedError(
                f"Gói bị từ chối: {self.rejected_rows:,} dòng không hợp lệ; không nhập dòng nào "
                "của gói này (hãy báo xã kiểm tra và gửi lại).",
                self.problems[:MAX_PROBLEMS],
                faults,
            )
        missing: dict[str, int] = {}
        if self.bundle.is_full:
            for table in self.bundle.schema.table_names:
                if table in self.catalogues:
                    continue
                # Every row the bundle sent is now held under this site (a row of another
                # site would have rejected the bundle), so the rest is what it did not send.
                extra = self.rows.site_row_count(table, self.site_id) - len(
                    self.sent.get(table, ())
                )
                if extra:
                    missing[table] = extra
        return tables, missing, self.conflicts

    def _reject(
        self,
        counts: TableCounts,
        problems: Iterable[RowProblem],
        rows: int,
        *,
        missing_parent: bool = False,
    ) -> None:
        if not missing_parent:
            self.parents_only = False
        listed = list(problems)
        counts.rejected += rows
        self.rejected_rows += rows
        self.problems.extend(str(p) for p in listed[: MAX_PROBLEMS - len(self.problems)])

    # Catalogue tables (matched on their natural key) -------------------------------------

    def _catalogue(self, spec: TableSpec, counts: TableCounts) -> None:
        id_at, seq_at = spec.index(ID), spec.index(REV_SEQ)
        key_at = spec.index(spec.natural_key or "")
        known = self.known.setdefault(spec.name, set())
        for batch in self.bundle.batches(spec.name):
            if batch.problems:
                self._reject(counts, batch.problems, len(batch.rows))
                continue
            if self.rejected_rows:
                continue  # the bundle is lost already: only its faults are still sought
            ids = [row[id_at] for row in batch.rows]
            existing = self.rows.revisions(spec, ids)
            matches = self.rows.natural_matches(
                spec, [row[key_at] for row in batch.rows if row[id_at] not in existing]
            )
            direct: list[list[Any]] = []
            references: list[tuple[str, str, int, Row]] = []
            for row in batch.rows:
                row_id = row[id_at]
                mapped = self.mapped.get((spec.name, row_id))
                if row_id in existing and existing[row_id][0] != self.site_id:
                    # The very entry of someone else's catalogue (a file copied from it):
                    # the same entry, so it maps onto itself.
                    references.append((row_id, row_id, row[seq_at], tuple(row)))
                    self.mapped[(spec.name, row_id)] = row_id
                    counts.unchanged += 1
                elif row_id in existing:
                    direct.append(row)
                elif mapped is not None or row[key_at] in matches:
                    local = mapped or matches[row[key_at]]
                    self.mapped[(spec.name, row_id)] = local
                    references.append((row_id, local, row[seq_at], tuple(row)))
                    counts.unchanged += 1
                else:
                    direct.append(row)
            self.rows.save_references(self.site_id, spec.name, references)
            self._apply(spec, direct, existing, counts, batch)
            known.update(ids)

    # Commune-owned tables ------------------------------------------------------------------

    def _table(self, spec: TableSpec, counts: TableCounts) -> None:
        id_at = spec.index(ID)
        sent = self.sent.setdefault(spec.name, set())
        has_rows = self.rows.site_has_rows(spec.name, self.site_id)
        remap = [
            (position, parent) for position, parent in spec.references if parent in self.catalogues
        ]
        forward: list[tuple[int, int, str, str]] = []  # (line, position, row id, value)
        for batch in self.bundle.batches(spec.name):
            if batch.problems:
                self._reject(counts, batch.problems, len(batch.rows))
                continue
            rows = batch.rows
            for position, parent in remap:
                for row in rows:
                    value = row[position]
                    if value is not None:
                        row[position] = self.mapped.get((parent, value), value)
            ids = [row[id_at] for row in rows]
            sent.update(ids)
            self.known.setdefault(spec.name, set()).update(ids)
            dangling = self._dangling(spec, batch, forward)
            if dangling:
                rows_hit = len({p.line for p in dangling})
                self._reject(counts, dangling, rows_hit, missing_parent=True)
            if self.rejected_rows:
                continue
            if has_rows:
                existing = self.rows.revisions(spec, ids)
                self._apply(spec, rows, existing, counts, batch)
            else:
                self._apply_new(spec, counts, batch)
        if forward:
            values = {value for _l, _p, _i, value in forward}
            found = self.known[spec.name] | self.rows.existing_ids(
                spec.name, values - self.known[spec.name], self.site_id
            )
            dangling = [
                RowProblem(
                    spec.name,
                    line,
                    row_id,
                    f"cột {spec.columns[position].name} trỏ tới bản ghi không có ({value})",
                )
                for line, position, row_id, value in forward
                if value not in found
            ]
            if dangling:
                self._reject(counts, dangling, len(dangling), missing_parent=True)

    def _dangling(
        self, spec: TableSpec, batch: CheckedBatch, forward: list[tuple[int, int, str, str]]
    ) -> list[RowProblem]:
        """Rows whose references point at nothing this bundle or the upper level holds for
        this commune (catalogue entries may belong to anyone). References within the table
        may point forward: they are noted in ``forward`` and checked at its end."""
        found: list[RowProblem] = []
        id_at = spec.index(ID)
        for position, parent in spec.references:
            known = self.known.setdefault(parent, set())
            values = {row[position] for row in batch.rows} - known
            values.discard(None)
            if not values:
                continue
            if parent == spec.name:
                forward.extend(
                    (batch.first_line + offset, position, row[id_at], row[position])
                    for offset, row in enumerate(batch.rows)
                    if row[position] in values
                )
                continue
            owner = None if parent in self.catalogues else self.site_id
            present = self.rows.existing_ids(parent, values, owner)
            known.update(present)
            missing = values - present
            if not missing:
                continue
            column = spec.columns[position].name
            for offset, row in enumerate(batch.rows):
                if row[position] in missing:
                    found.append(
                        RowProblem(
                            spec.name,
                            batch.first_line + offset,
                            row[id_at],
                            f"cột {column} trỏ tới {parent} {row[position]} mà cả gói lẫn dữ "
                            "liệu đã nhận của xã đều không có",
                        )
                    )
        return found

    def _apply_new(self, spec: TableSpec, counts: TableCounts, batch: CheckedBatch) -> None:
        """Rows of a table where this commune had nothing yet: they are all new, unless an
        id already belongs to someone else, which the insert refuses."""
        rows = batch.rows
        try:
            counts.new += self.rows.insert(spec, rows)
        except sqlite3.IntegrityError:
            id_at = spec.index(ID)
            existing = self.rows.revisions(spec, [row[id_at] for row in rows])
            foreign = [row for row in rows if row[id_at] in existing]
            if not foreign:
                raise
            self._reject(counts, self._foreign(spec, foreign, batch), len(foreign))

    def _apply(
        self,
        spec: TableSpec,
        rows: list[list[Any]],
        existing: dict[str, tuple[str, int]],
        counts: TableCounts,
        batch: CheckedBatch,
    ) -> None:
        """Classify rows (of ``batch``) against the stored revisions; write the new and
        newer ones."""
        id_at, site_at, seq_at = spec.index(ID), spec.index(REV_SITE), spec.index(REV_SEQ)
        new: list[list[Any]] = []
        newer: list[list[Any]] = []
        same: list[list[Any]] = []
        foreign: list[list[Any]] = []
        for row in rows:
            stored = existing.get(row[id_at])
            if stored is None:
                counts.new += 1
                new.append(row)
            elif stored[0] != row[site_at]:
                foreign.append(row)
            elif row[seq_at] > stored[1]:
                counts.updated += 1
                newer.append(row)
            elif row[seq_at] == stored[1]:
                same.append(row)
            else:
                counts.unchanged += 1
        if foreign:
            self._reject(counts, self._foreign(spec, foreign, batch), len(foreign))
        if same:
            stored_rows = self.rows.rows(spec, [row[id_at] for row in same])
            for row in same:
                if tuple(row) == stored_rows[row[id_at]]:
                    counts.unchanged += 1
                else:
                    # Same revision, other content: the commune's own history is broken.
                    # The version held stays; the other is recorded in the audit entry.
                    counts.conflicts += 1
                    self.conflicts.append(
                        f"Bảng {spec.name}, mã {row[id_at]}: cùng số hiệu thay đổi "
                        f"{row[seq_at]} nhưng nội dung khác bản đã nhận; giữ bản đã nhận. "
                        f"Bản mới: {json.dumps(row, ensure_ascii=False)[:2000]}"
                    )
        if not self.rejected_rows:
            self.rows.insert(spec, new)
            self.rows.update(spec, newer)

    def _foreign(
        self, spec: TableSpec, rows: list[list[Any]], batch: CheckedBatch
    ) -> list[RowProblem]:
        id_at = spec.index(ID)
        lines = {row[id_at]: batch.first_line + offset for offset, row in enumerate(batch.rows)}
        return [
            RowProblem(
                spec.name,
                lines[row[id_at]],
                row[id_at],
                "mã bản ghi này đã thuộc về một xã (máy) khác ở cấp trên; xã gửi gói không có "
                "quyền sửa nó",
            )
            for row in rows
        ]


def _result(
    bundle: Bundle,
    status: str,
    message: str,
    *,
    tables: dict[str, TableCounts] | None = None,
    problems: Sequence[str] = (),
    warnings: Sequence[str] = (),
    missing: dict[str, int] | None = None,
) -> BundleImportResult:
    manifest = bundle.manifest
    own = manifest.coverage_of(manifest.source.site_id)
    return BundleImportResult(
        file_name=bundle.name,
        status=status,
        message=message,
        bundle_id=manifest.bundle_id,
        commune_code=manifest.source.commune_code,
        commune_name=manifest.source.commune_name,
        sequence=manifest.sequence,
        kind=manifest.kind.value,
        created_at=manifest.created_at,
        from_seq=0 if own is None else own.from_seq,
        to_seq=0 if own is None else own.to_seq,
        tables=tables or {},
        problems=tuple(problems),
        warnings=tuple(warnings),
        missing_from_full=missing or {},
    )


# --- History lines, gaps, status ---------------------------------------------------------


def _lines(bundles: list[dict[str, Any]]) -> dict[str, _Line]:
    lines: dict[str, _Line] = {}
    for bundle in bundles:
        lineage = [LineageEntry(*entry) for entry in json.loads(bundle["lineage_json"])]
        line = lines.get(bundle["database_id"])
        if line is None:
            lines[bundle["database_id"]] = _Line(bundle["database_id"], lineage, bundle["to_seq"])
        else:
            line.max_seq = max(line.max_seq, bundle["to_seq"])
            if len(lineage) >= len(line.lineage):
                line.lineage = lineage
    return lines


def fork_refusal(manifest: Manifest, bundles: list[dict[str, Any]]) -> str | None:
    """Why a bundle must be refused because its line of history collides with one the upper
    level already follows (a restored or copied file not confirmed at the commune), or None.

    Two lines share the revisions before they diverged; after that each numbers its own
    changes from the same counter, so both cannot be merged by revision number. A line that
    was confirmed at the commune ("fork-accepted") restarted its counter above everything
    before, so it supersedes the other.
    """
    source = manifest.source
    own = manifest.coverage_of(source.site_id)
    assert own is not None
    incoming = list(source.lineage)
    for line in _lines(bundles).values():
        if line.database_id == source.database_id:
            continue
        shared = 0
        while (
            shared < min(len(incoming), len(line.lineage))
            and incoming[shared].database_id == line.lineage[shared].database_id
        ):
            shared += 1
        ours, theirs = incoming[shared:], line.lineage[shared:]
        branch_ours = ours[0].seq_at_start if ours else theirs[0].seq_at_start
        branch_theirs = theirs[0].seq_at_start if theirs else ours[0].seq_at_start
        collide = (
            own.to_seq > branch_ours
            and line.max_seq > branch_theirs
            and max(branch_ours, branch_theirs) < min(own.to_seq, line.max_seq)
        )
        if not collide:
            continue
        if any(e.reason == FORK_ACCEPTED and e.seq_at_start > line.max_seq for e in ours):
            continue  # confirmed at the commune: this line replaces the other
        if any(e.reason == FORK_ACCEPTED and e.seq_at_start > own.to_seq for e in theirs):
            return (
                f"Gói đến từ một bản dữ liệu cũ của {source.commune_name} mà xã đã thay bằng bản "
                "khác (đã xác nhận ở xã); không nhập để khỏi trộn hai bản. Hãy báo xã thôi dùng "
                "bản cũ."
            )
        return (
            f"Phát hiện rẽ nhánh dữ liệu của {source.commune_name}: gói này đến từ một bản "
            f"khôi phục hoặc bản sao (tách ra ở thay đổi số {branch_ours:,}), trong khi cấp "
            f"trên đã nhận của bản kia đến thay đổi số {line.max_seq:,}. Không nhập để khỏi "
            "trộn hai lịch sử; xã cần xác nhận dùng bản nào (xuất gói với --accept-fork trên "
            "bản được chọn)."
        )
    return None


@dataclass(frozen=True)
class ReceivedCoverage:
    received_to: int
    missing: tuple[tuple[int, int], ...]


def received_coverage(bundles: list[dict[str, Any]]) -> ReceivedCoverage:
    """The contiguous end of the received revision ranges, and the holes above it."""
    ranges = sorted((b["from_seq"], b["to_seq"]) for b in bundles)
    end = 0
    merged: list[tuple[int, int]] = []
    for low, high in ranges:
        if merged and low <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], high))
        else:
            merged.append((low, high))
    if merged and merged[0][0] == 0:
        end = merged[0][1]
    missing = []
    previous = end
    for low, high in merged:
        if high <= end:
            continue
        if low > previous:
            missing.append((previous, low))
        previous = max(previous, high)
    return ReceivedCoverage(end, tuple(missing))


def _arrival_warnings(manifest: Manifest, bundles: list[dict[str, Any]]) -> list[str]:
    warnings: list[str] = []
    name = manifest.source.commune_name
    if bundles:
        highest = max(b["sequence"] for b in bundles)
        if manifest.sequence > highest + 1:
            warnings.append(
                f"Chưa nhận các gói số {highest + 1}–{manifest.sequence - 1} của {name}."
            )
        by_id = {b["bundle_id"]: b for b in bundles}
        previous = manifest.previous
        if (
            previous is not None
            and previous.bundle_id in by_id
            and by_id[previous.bundle_id]["sha256"] != previous.sha256
        ):
            warnings.append(
                f"Gói số {manifest.sequence} của {name} ghi gói trước với mã kiểm tra khác "
                "gói cấp trên đã nhận."
            )
    covered = received_coverage(bundles).received_to
    own = manifest.coverage_of(manifest.source.site_id)
    if own is not None and own.from_seq > covered:
        warnings.append(
            f"Còn thiếu các thay đổi số {covered + 1:,}–{own.from_seq:,} của {name} (một gói "
            "trước chưa đến); gói sau sẽ bù nếu xã xuất gói theo xác nhận mới nhất."
        )
    return warnings
