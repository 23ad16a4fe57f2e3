"""Frozen records of the sync side: bundles made and checked, keys, imports, commune status."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class KeyRecord:
    """A key as the clerk sees it: whose it is and its printable fingerprint."""

    fingerprint: str
    role: str  # "commune" or "hub"
    code: str
    name: str
    site_id: str
    registered_at: str = ""
    revoked_at: str | None = None
    revoked_reason: str = ""

    @property
    def revoked(self) -> bool:
        return self.revoked_at is not None


@dataclass(frozen=True)
class ForkState:
    """This data file was restored or copied after it had history: exporting needs a choice."""

    database_id: str
    reason: str
    started_at: str
    seq_at_start: int


@dataclass(frozen=True)
class BundleExportReport:
    path: str
    bundle_id: str
    sequence: int
    kind: str  # "full" or "incremental"
    created_at: str
    sha256: str  # of the signed bundle (the inner one when sealed)
    file_sha256: str  # of the file written (equals sha256 unless sealed)
    from_seq: int
    to_seq: int
    rows: dict[str, int]
    tombstones: dict[str, int]
    encrypted_to: str | None  # the recipient's name and fingerprint
    fork_accepted: bool
    seconds: float

    @property
    def total_rows(self) -> int:
        return sum(self.rows.values())


@dataclass(frozen=True)
class BundleLogRecord:
    bundle_id: str
    sequence: int
    kind: str
    created_at: str
    file_name: str
    sha256: str
    from_seq: int
    to_seq: int
    acknowledged: bool


@dataclass(frozen=True)
class BundleCheckReport:
    """What ``verify`` found in a bundle file."""

    file_name: str
    sha256: str
    sealed: bool
    readable: bool  # False for a bundle sealed to another office: only its envelope is checked
    bundle_id: str
    commune_code: str
    commune_name: str
    kind: str
    sequence: int
    created_at: str
    from_seq: int
    to_seq: int
    rows: dict[str, int]
    tombstones: dict[str, int]
    recipient: str | None
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class AckImportReport:
    ack_id: str
    hub_name: str
    to_seq: int
    previous_to_seq: int
    bundles_acknowledged: int
    already_imported: bool


@dataclass(frozen=True)
class ExportStatus:
    site_id: str
    database_id: str
    fingerprint: str
    acked_to: int
    last_seq: int
    last_bundle: BundleLogRecord | None
    fork: ForkState | None
    upper_keys: tuple[KeyRecord, ...]


@dataclass
class TableCounts:
    """Rows of one table of one commune in an import, by what happens to them."""

    new: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0
    rejected: int = 0

    def add(self, other: TableCounts) -> None:
        self.new += other.new
        self.updated += other.updated
        self.unchanged += other.unchanged
        self.conflicts += other.conflicts
        self.rejected += other.rejected

    @property
    def total(self) -> int:
        return self.new + self.updated + self.unchanged + self.conflicts + self.rejected


IMPORTED = "imported"
ALREADY_IMPORTED = "already_imported"
REJECTED = "rejected"
# Rows point at rows of an earlier bundle not received yet: kept aside, imported on arrival.
WAITING = "waiting"


@dataclass(frozen=True)
class BundleImportResult:
    file_name: str
    status: str  # IMPORTED, ALREADY_IMPORTED, REJECTED or WAITING
    message: str  # why it was rejected or skipped, in Vietnamese ("" when imported)
    bundle_id: str = ""
    commune_code: str = ""
    commune_name: str = ""
    sequence: int = 0
    kind: str = ""
    created_at: str = ""
    from_seq: int = 0  # the sender's revisions covered: (from_seq, to_seq]
    to_seq: int = 0
    tables: dict[str, TableCounts] = field(default_factory=dict)
    problems: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    missing_from_full: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class HubImportReport:
    dry_run: bool
    results: tuple[BundleImportResult, ...]
    seconds: float

    @property
    def imported(self) -> tuple[BundleImportResult, ...]:
        return tuple(r for r in self.results if r.status == IMPORTED)

    @property
    def rejected(self) -> tuple[BundleImportResult, ...]:
        return tuple(r for r in self.results if r.status == REJECTED)

    @property
    def waiting(self) -> tuple[BundleImportResult, ...]:
        return tuple(r for r in self.results if r.status == WAITING)

    def by_commune(self) -> dict[str, dict[str, TableCounts]]:
        """Commune code → table → counts, over every imported bundle."""
        totals: dict[str, dict[str, TableCounts]] = {}
        for result in self.results:
            tables = totals.setdefault(result.commune_code, {})
            for table, counts in result.tables.items():
                tables.setdefault(table, TableCounts()).add(counts)
        return totals


@dataclass(frozen=True)
class CommuneStatus:
    """The upper level's view of one registered commune's deliveries."""

    commune_code: str
    commune_name: str
    site_id: str
    fingerprint: str
    revoked: bool
    bundles_received: int
    last_sequence: int | None
    last_created_at: str | None
    last_imported_at: str | None
    as_of: str | None  # when the data the upper level holds without gaps was exported
    received_to: int
    missing_revisions: tuple[tuple[int, int], ...]  # (from excl., to incl.) not yet received
    missing_sequences: tuple[int, ...]  # bundle numbers never received
    waiting_sequences: tuple[int, ...]  # received, waiting for an earlier bundle
    warnings: tuple[str, ...]


def lineage_reason_text(reason: str) -> str:
    """Why a data file started a new line of history, in the clerk's words."""
    if reason.startswith("restored-from:"):
        return f"khôi phục từ bản sao lưu {reason.split(':', 1)[1]}"
    return {
        "created": "tạo mới",
        "copied-from-elsewhere": "chép từ máy hoặc thư mục khác",
        "replaced-by-another-file": "tệp dữ liệu bị thay bằng một tệp khác",
        "restored-older-copy": "chép lại một bản cũ hơn",
        "fork-accepted": "đã xác nhận dùng tệp này",
    }.get(reason, reason)
