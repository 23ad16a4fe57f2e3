"""The upper level's side of sync: registered commune keys, bundle import, acknowledgements.

Import checks every bundle before a row is written (container, signature by a registered and
unrevoked key, versions, the commune's line of history), then merges its rows
(``hub_merge``: the owning commune's latest revision wins, the upper level never edits
commune data), all bundles in ONE transaction, each inside a savepoint: a bundle with any
rejected row is rolled back whole and reported, the others stand. A dry run is the same work
rolled back at the end, so its summary can never differ from what applying would do.
"""

from __future__ import annotations

import json
import logging
import shutil
import sqlite3
import time
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from tcns_desktop.data.bulk_load import loading_connection
from tcns_desktop.data.models import Commune, LocalSite, PeerKey, SyncSetting
from tcns_desktop.data.site_identity import ensure_site
from tcns_desktop.data.sync_rows import (
    HubLedger,
    HubRows,
    Row,
    driver_connection,
)
from tcns_desktop.domain.enums import SiteMode
from tcns_desktop.domain.identifiers import now_text, uuid7
from tcns_desktop.domain.sync_records import (
    REJECTED,
    WAITING,
    BundleCheckReport,
    BundleImportResult,
    CommuneStatus,
    HubImportReport,
    KeyRecord,
)
from tcns_desktop.domain.sync_tables import ID, TableSpec
from tcns_desktop.errors import NotFoundError, TcnsError, ValidationError
from tcns_desktop.paths import AppPaths
from tcns_desktop.services.bundle_export import (
    bundle_schema,
    check_report,
    key_record,
    keys_folder,
    peer_key_row,
    public_key_target,
)
from tcns_desktop.services.hub_merge import Importer, received_coverage
from tcns_desktop.sync.acknowledgement import MAX_LISTED_BUNDLES, Acknowledgement, ReceivedBundle
from tcns_desktop.sync.container import AtomicFile, ReadLimits
from tcns_desktop.sync.errors import (
    BundleError,
    KeyFileError,
    RevokedKeyError,
    UnknownKeyError,
    WrongCommuneError,
)
from tcns_desktop.sync.keys import (
    KeyPair,
    KeyRole,
    KeyStore,
    PublicKeyFile,
    PublicKeys,
    normalise_fingerprint,
)
from tcns_desktop.sync.manifest import Manifest
from tcns_desktop.sync.reader import KeyResolver, open_bundle, scan
from tcns_desktop.sync.writer import BUNDLE_SUFFIX

if TYPE_CHECKING:
    from tcns_desktop.services.workspace import Workspace

log = logging.getLogger(__name__)

INBOX_FOLDER = "hub-inbox"
HUB_NAME = "hub_name"
HUB_CODE = "hub_code"
DEFAULT_HUB_CODE = "CAPTREN"


def inbox_folder(paths: AppPaths) -> Path:
    """Where bundles waiting for an earlier one are kept between imports."""
    return paths.data_dir / INBOX_FOLDER


class HubService:
    """The upper level's merge of commune bundles into its consolidated database."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        engine: Engine,
        keys: KeyStore,
        *,
        inbox: Path,
        actor: str = "",
        scratch: Path | None = None,
        limits: ReadLimits | None = None,
    ) -> None:
        self._sessions = sessions
        self._engine = engine
        self._keys = keys
        # Bundles waiting for an earlier one are kept here between imports.
        self._inbox = inbox
        self._actor = actor
        self._scratch = scratch
        self._limits = limits or ReadLimits()
        self._schema = bundle_schema()

    @classmethod
    def for_workspace(cls, workspace: Workspace) -> HubService:
        """The service over an open workspace: keys in ``<data>/keys``, waiting bundles in
        ``<data>/hub-inbox``, the workspace's clerk named in the audit trail."""
        return cls(
            workspace.sessions,
            workspace.engine,
            KeyStore(keys_folder(workspace.paths)),
            inbox=inbox_folder(workspace.paths),
            actor=workspace.actor,
        )

    # --- Set-up and keys -------------------------------------------------------------------

    def set_up(self, name: str, code: str = "") -> KeyRecord:
        """Make this database the upper level's (an empty one, or one already a hub)."""
        name = " ".join(name.split())
        if not name:
            raise ValidationError(
                "Hãy nhập tên cơ quan cấp trên (ví dụ: Sở Khoa học và Công nghệ)."
            )
        with self._sessions.begin() as session:
            site = ensure_site(session)
            if site.mode is not SiteMode.HUB:
                if site.commune_id is not None or session.scalar(select(Commune.id).limit(1)):
                    raise ValidationError(
                        "Cơ sở dữ liệu này đã có dữ liệu của một xã; cơ sở dữ liệu tổng hợp của "
                        "cấp trên phải là một thư mục dữ liệu riêng (--data-dir)."
                    )
                site.mode = SiteMode.HUB
            _set(session, HUB_NAME, name)
            _set(session, HUB_CODE, code.strip() or DEFAULT_HUB_CODE)
        return self.own_key()

    def own_key(self) -> KeyRecord:
        key_file = self._own_key_file()
        return KeyRecord(
            fingerprint=key_file.fingerprint,
            role=key_file.role.value,
            code=key_file.code,
            name=key_file.name,
            site_id=key_file.site_id,
        )

    def export_public_key(self, out: Path) -> Path:
        """The key file communes import: to encrypt to the upper level, to check its acks."""
        key_file = self._own_key_file()
        return key_file.write(public_key_target(out, key_file.code))

    def _own_key_file(self) -> PublicKeyFile:
        keys = self._keys.load_or_create()
        with self._sessions.begin() as session:
            site = self._require_hub(session)
            name = _get(session, HUB_NAME) or "Cơ quan cấp trên"
            code = _get(session, HUB_CODE) or DEFAULT_HUB_CODE
            return PublicKeyFile.of(KeyRole.HUB, code, name, site.site_id, keys.public)

    def register_commune(self, path: Path) -> KeyRecord:
        """Register a commune's public key file (after comparing its fingerprint with the
        printed slip): bundles signed by it can then be imported."""
        key_file = PublicKeyFile.read(path)
        if key_file.role is not KeyRole.COMMUNE:
            raise KeyFileError(f"Tệp {path.name} không phải khóa công khai của một xã.")
        with self._sessions.begin() as session:
            self._require_hub(session)
            existing = session.get(PeerKey, key_file.fingerprint)
            if existing is not None:
                if existing.revoked_at is not None:
                    raise ValidationError(
                        f"Khóa {key_file.fingerprint} của {existing.name} đã bị thu hồi ngày "
                        f"{existing.revoked_at[:10]}; không đăng ký lại khóa đã thu hồi."
                    )
                return key_record(existing)
            for other in session.scalars(
                select(PeerKey).where(
                    PeerKey.role == KeyRole.COMMUNE.value,
                    PeerKey.code == key_file.code,
                    PeerKey.revoked_at.is_(None),
                    PeerKey.site_id != key_file.site_id,
                )
            ):
                raise ValidationError(
                    f"Xã mã {key_file.code} đã có khóa đang dùng từ một máy khác (khóa "
                    f"{other.fingerprint}). Nếu xã đã chuyển sang máy mới, hãy thu hồi khóa cũ "
                    "trước rồi đăng ký khóa mới."
                )
            row = peer_key_row(key_file)
            session.add(row)
            session.flush()
            return key_record(row)

    def revoke_key(self, fingerprint: str, reason: str = "") -> KeyRecord:
        """Refuse every future bundle signed by this key (lost or stolen computer …)."""
        wanted = normalise_fingerprint(fingerprint)
        with self._sessions.begin() as session:
            self._require_hub(session)
            row = session.get(PeerKey, wanted)
            if row is None or row.role != KeyRole.COMMUNE.value:
                raise NotFoundError(f"Không có khóa đã đăng ký nào mang mã {wanted}.")
            if row.revoked_at is None:
                row.revoked_at = now_text()
                row.revoked_reason = reason.strip()[:300]
            return key_record(row)

    def registered_keys(self) -> list[KeyRecord]:
        with self._sessions.begin() as session:
            rows = session.scalars(
                select(PeerKey)
                .where(PeerKey.role == KeyRole.COMMUNE.value)
                .order_by(PeerKey.code, PeerKey.registered_at)
            )
            return [key_record(row) for row in rows]

    def _require_hub(self, session: Session) -> LocalSite:
        site = ensure_site(session)
        if site.mode is not SiteMode.HUB:
            raise ValidationError(
                "Đây là cơ sở dữ liệu của một xã; chức năng tổng hợp chỉ dùng ở cấp trên "
                "(tcns hub setup --name … trên một thư mục dữ liệu riêng)."
            )
        return site

    # --- Import ----------------------------------------------------------------------------

    def import_bundles(self, sources: Sequence[Path], *, dry_run: bool = False) -> HubImportReport:
        """Import bundle files and folders of bundles; ``dry_run`` reports without keeping.

        A bundle whose rows point at rows of an earlier bundle that has not arrived yet
        waits: it is retried as the other bundles get in, and, if still waiting at the end,
        kept in the inbox folder and retried by every later import. So bundles arriving in
        any order, on any number of sticks, end in the same state.
        """
        started = time.perf_counter()
        with self._sessions.begin() as session:
            self._require_hub(session)
        files = bundle_files(sources)
        keys = self._keys.load_or_create()
        kept = self._inbox_files()
        # Idle pooled connections would keep the import in WAL mode (see loading_connection).
        self._engine.dispose()
        results: dict[Path, BundleImportResult] = {}
        with loading_connection(self._engine) as connection:
            raw = driver_connection(connection)
            raw.execute("BEGIN IMMEDIATE")
            try:
                # A merged village may point at a successor later in the file.
                raw.execute("PRAGMA defer_foreign_keys = ON")
                importer = Importer(raw, self._actor)
                for path in files:
                    results[path] = self._import_file(importer, path, keys)
                pending = [p for p in files if results[p].status == WAITING] + [
                    p for p in kept if p not in results
                ]
                progress = True
                while pending and progress:
                    progress = False
                    for path in list(pending):
                        result = self._import_file(importer, path, keys)
                        if result.status == WAITING:
                            if path in results:
                                results[path] = result
                            continue
                        pending.remove(path)
                        results[path] = result
                        progress = True
                if dry_run:
                    raw.rollback()
                else:
                    raw.commit()
            except sqlite3.IntegrityError as exc:
                raw.rollback()
                raise TcnsError(
                    "Dữ liệu nhập vi phạm ràng buộc của cơ sở dữ liệu; không gói nào được nhập.",
                    detail=str(exc),
                ) from exc
            except BaseException:
                if raw.in_transaction:
                    raw.rollback()
                raise
        if not dry_run:
            self._file_waiting(files, kept, results)
        report = HubImportReport(dry_run, tuple(results.values()), time.perf_counter() - started)
        log.info(
            "Hub import%s: %d files, %d imported, %d waiting, %d rejected in %.1f s",
            " (dry run)" if dry_run else "",
            len(results),
            len(report.imported),
            len(report.waiting),
            len(report.rejected),
            report.seconds,
        )
        return report

    def _inbox_files(self) -> list[Path]:
        if not self._inbox.is_dir():
            return []
        return sorted(p for p in self._inbox.glob(f"*{BUNDLE_SUFFIX}") if p.is_file())

    def _file_waiting(
        self, files: list[Path], kept: list[Path], results: dict[Path, BundleImportResult]
    ) -> None:
        """Keep this import's waiting bundles in the inbox; let go of those that got in."""
        for path in kept:
            # Kept bundles still waiting are left out of the report (nothing new to say).
            result = results.get(path)
            if result is not None and result.status != WAITING:
                path.unlink(missing_ok=True)
                path.with_suffix(".json").unlink(missing_ok=True)
        for path in files:
            result = results[path]
            target = self._inbox / path.name
            if result.status != WAITING or target.exists():
                continue
            with AtomicFile(self._inbox, "waiting") as copy, path.open("rb") as source:
                shutil.copyfileobj(source, copy.handle)
                copy.commit(path.name)
            with AtomicFile(self._inbox, "waiting") as note:
                note.handle.write(
                    json.dumps(
                        {
                            "commune_code": result.commune_code,
                            "sequence": result.sequence,
                            "bundle_id": result.bundle_id,
                            "from_seq": result.from_seq,
                            "to_seq": result.to_seq,
                        }
                    ).encode()
                )
                note.commit(target.with_suffix(".json").name)

    def _import_file(self, importer: Importer, path: Path, keys: KeyPair) -> BundleImportResult:
        registry = importer.ledger.peer_keys()
        try:
            bundle = open_bundle(
                path,
                schema=self._schema,
                keys=_registry_resolver(registry, path.name),
                private=keys,
                limits=self._limits,
                scratch=self._scratch,
            )
        except BundleError as exc:
            log.warning("Bundle %s refused: %s (%s)", path, exc.message, exc.detail)
            return BundleImportResult(
                path.name, REJECTED, exc.message, problems=tuple(exc.problems)
            )
        with bundle:
            return importer.merge(bundle)

    def verify(self, path: Path) -> BundleCheckReport:
        """Check a commune's bundle against the registered keys, reading every row."""
        keys = self._keys.load_or_create()
        with self._engine.connect() as connection:
            registry = HubLedger(driver_connection(connection)).peer_keys()
        with open_bundle(
            path,
            schema=self._schema,
            keys=_registry_resolver(registry, path.name),
            private=keys,
            limits=self._limits,
            scratch=self._scratch,
        ) as bundle:
            result = scan(bundle)
            recipient = None
            if bundle.envelope is not None:
                recipient = (
                    f"{bundle.envelope.recipient_name} ({bundle.envelope.recipient_fingerprint})"
                )
            return check_report(bundle.manifest, path.name, bundle.sha256, result, recipient)

    # --- Acknowledgements and status -------------------------------------------------------

    def write_acknowledgements(
        self, out_dir: Path, codes: Iterable[str] | None = None
    ) -> list[Path]:
        """One signed acknowledgement per commune (all that sent bundles, or ``codes``)."""
        keys = self._keys.load_or_create()
        wanted = None if codes is None else set(codes)
        written: list[Path] = []
        with self._sessions.begin() as session:
            site = self._require_hub(session)
            hub_name = _get(session, HUB_NAME) or "Cơ quan cấp trên"
        with self._engine.connect() as connection:
            ledger = HubLedger(driver_connection(connection))
            for commune_site, code in _received_sites(driver_connection(connection)):
                if wanted is not None and code not in wanted:
                    continue
                bundles = ledger.site_bundles(commune_site)
                coverage = received_coverage(bundles)
                latest = max(bundles, key=lambda b: (b["imported_at"], b["sequence"]))
                ack = Acknowledgement(
                    ack_id=uuid7(),
                    created_at=now_text(),
                    hub_site_id=site.site_id,
                    hub_name=hub_name,
                    hub_fingerprint=keys.public.fingerprint,
                    commune_code=code,
                    site_id=commune_site,
                    database_id=latest["database_id"],
                    to_seq=coverage.received_to,
                    gaps=coverage.missing,
                    bundles=tuple(
                        ReceivedBundle(b["bundle_id"], b["sequence"], b["sha256"], b["imported_at"])
                        for b in bundles[-MAX_LISTED_BUNDLES:]
                    ),
                )
                written.append(ack.write(out_dir, keys))
        if wanted and not written:
            raise NotFoundError("Chưa nhận gói nào của xã được chọn nên chưa có gì để xác nhận.")
        return written

    def status(self) -> list[CommuneStatus]:
        """Each registered commune (or sender): last bundle, data as-of date, what is missing."""
        with self._sessions.begin() as session:
            self._require_hub(session)
            keys = list(
                session.scalars(
                    select(PeerKey)
                    .where(PeerKey.role == KeyRole.COMMUNE.value)
                    .order_by(PeerKey.code, PeerKey.registered_at)
                )
            )
        # One line per commune installation, shown with its newest key.
        newest: dict[str, PeerKey] = {}
        for key in keys:
            newest[key.site_id] = key
        waiting: dict[str, list[tuple[int, int, int]]] = {}
        for path in self._inbox_files():
            try:
                note = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
                waiting.setdefault(str(note["commune_code"]), []).append(
                    (int(note["sequence"]), int(note["from_seq"]), int(note["to_seq"]))
                )
            except (OSError, ValueError, KeyError, TypeError):
                log.warning("No readable note beside the waiting bundle %s", path)
        statuses: list[CommuneStatus] = []
        with self._engine.connect() as connection:
            ledger = HubLedger(driver_connection(connection))
            for key in newest.values():
                bundles = ledger.site_bundles(key.site_id)
                statuses.append(_status(key, bundles, sorted(waiting.get(key.code, []))))
        return statuses

    # --- Reading back a commune's rows -----------------------------------------------------

    def commune_rows(self, commune_code: str) -> Iterator[tuple[str, list[Row]]]:
        """(table, batch) of everything the upper level holds from one commune, in the
        commune's own terms (its catalogue ids): what its full bundle would carry."""
        with self._sessions.begin() as session:
            self._require_hub(session)
            sites = list(
                session.scalars(
                    select(PeerKey.site_id).where(
                        PeerKey.role == KeyRole.COMMUNE.value, PeerKey.code == commune_code
                    )
                )
            )
        if not sites:
            raise NotFoundError(f"Chưa đăng ký xã nào mang mã {commune_code}.")
        with self._engine.connect() as connection:
            rows = HubRows(driver_connection(connection))
            for site_id in dict.fromkeys(sites):
                yield from _site_rows(rows, self._schema.tables, site_id)


def _status(
    key: PeerKey, bundles: list[dict[str, Any]], waiting_bundles: list[tuple[int, int, int]]
) -> CommuneStatus:
    """``waiting_bundles``: (sequence, from_seq, to_seq) of those kept in the inbox."""
    coverage = received_coverage(bundles)
    waiting = [sequence for sequence, _low, _high in waiting_bundles]
    # Revisions a waiting bundle holds are on their way, not missing.
    known = received_coverage(
        bundles + [{"from_seq": low, "to_seq": high} for _n, low, high in waiting_bundles]
    )
    sequences = {b["sequence"] for b in bundles}
    last = max(bundles, key=lambda b: b["sequence"]) if bundles else None
    upto = [b["created_at"] for b in bundles if b["to_seq"] <= coverage.received_to]
    warnings: list[str] = []
    if len({b["database_id"] for b in bundles}) > 1:
        warnings.append("Dữ liệu của xã đã đổi sang bản khôi phục hoặc bản sao (đã xác nhận).")
    return CommuneStatus(
        commune_code=key.code,
        commune_name=key.name,
        site_id=key.site_id,
        fingerprint=key.fingerprint,
        revoked=key.revoked_at is not None,
        bundles_received=len(bundles),
        last_sequence=None if last is None else last["sequence"],
        last_created_at=None if last is None else last["created_at"],
        last_imported_at=max((b["imported_at"] for b in bundles), default=None),
        as_of=max(upto, default=None),
        received_to=coverage.received_to,
        missing_revisions=known.missing,
        missing_sequences=tuple(
            n
            for n in range(1, max(sequences | set(waiting), default=0) + 1)
            if n not in sequences and n not in waiting
        ),
        waiting_sequences=tuple(waiting),
        warnings=tuple(warnings),
    )


def _received_sites(raw: sqlite3.Connection) -> list[tuple[str, str]]:
    return [
        (str(site), str(code))
        for site, code in raw.execute(
            "SELECT site_id, MAX(commune_code) FROM hub_bundle_received GROUP BY site_id ORDER BY 2"
        )
    ]


def _site_rows(
    rows: HubRows, specs: Sequence[TableSpec], site_id: str
) -> Iterator[tuple[str, list[Row]]]:
    reverse = {
        (table, local): origin
        for (table, origin), (local, _seq) in rows.reference_map(site_id).items()
    }
    catalogues = {spec.name for spec in specs if spec.natural_key is not None}
    for spec in specs:
        remap = [(p, parent) for p, parent in spec.references if parent in catalogues]
        if spec.name in catalogues:
            own = [row for batch in rows.site_rows(spec, site_id) for row in batch]
            own += list(rows.reference_rows(site_id, spec.name))
            own.sort(key=lambda row: row[spec.index(ID)])
            if own:
                yield spec.name, own
            continue
        for batch in rows.site_rows(spec, site_id):
            if remap:
                batch = [_unmapped(row, remap, reverse) for row in batch]
            yield spec.name, batch


def _unmapped(row: Row, remap: list[tuple[int, str]], reverse: dict[tuple[str, str], str]) -> Row:
    values = list(row)
    for position, parent in remap:
        if values[position] is not None:
            values[position] = reverse.get((parent, values[position]), values[position])
    return tuple(values)


def bundle_files(sources: Sequence[Path]) -> list[Path]:
    """The bundle files named, and those inside named folders (and their subfolders)."""
    files: list[Path] = []
    for source in sources:
        if source.is_dir():
            files.extend(sorted(p for p in source.rglob(f"*{BUNDLE_SUFFIX}") if p.is_file()))
        elif source.exists():
            files.append(source)
        else:
            raise NotFoundError(f"Không tìm thấy {source}.")
    if not files:
        raise NotFoundError(
            "Không tìm thấy gói dữ liệu nào (tệp .tcns) trong "
            + ", ".join(str(s) for s in sources)
            + "."
        )
    return list(dict.fromkeys(files))


def _registry_resolver(registry: dict[str, dict[str, Any]], file_name: str) -> KeyResolver:
    def resolve(manifest: Manifest) -> PublicKeys:
        source = manifest.source
        row = registry.get(source.key_fingerprint)
        if row is None or row["role"] != KeyRole.COMMUNE.value:
            raise UnknownKeyError(
                f"Gói {file_name} của {source.commune_name} (mã {source.commune_code}) được ký "
                f"bằng khóa {source.key_fingerprint} chưa đăng ký ở cấp trên. Hãy đăng ký tệp "
                "khóa công khai của xã (sau khi so mã nhận dạng với phiếu in) rồi nhập lại."
            )
        if row["revoked_at"] is not None:
            raise RevokedKeyError(
                f"Gói {file_name} được ký bằng khóa {source.key_fingerprint} của {row['name']}, "
                f"khóa này đã bị thu hồi ngày {row['revoked_at'][:10]}; gói bị từ chối."
            )
        if row["code"] != source.commune_code or row["site_id"] != source.site_id:
            raise WrongCommuneError(
                f"Gói {file_name} ghi là của {source.commune_name} (mã {source.commune_code}) "
                f"nhưng được ký bằng khóa đã đăng ký cho {row['name']} (mã {row['code']}); gói "
                "bị từ chối."
            )
        return PublicKeys.from_text(row["signing_key"], row["encryption_key"])

    return resolve


def _get(session: Session, key: str) -> str | None:
    setting = session.get(SyncSetting, key)
    return None if setting is None else setting.value


def _set(session: Session, key: str, value: str) -> None:
    setting = session.get(SyncSetting, key)
    if setting is None:
        session.add(SyncSetting(key=key, value=value))
    else:
        setting.value = value
