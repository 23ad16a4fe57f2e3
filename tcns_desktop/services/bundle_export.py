"""The commune's side of sync: keys, bundle export, verification, acknowledgements.

Export is incremental by default: every row whose revision is newer than what the upper
level has acknowledged, so a bundle lost on the way is healed by the next one (re-import is
idempotent). A full bundle is made on demand, and always after a fork was accepted.

A data file that was restored from a backup or turned up as a copy may have sent changes
upward that it no longer holds, and will reuse their revision numbers for different changes.
Exporting from it is refused until the clerk confirms that this file is the commune's data
from now on; the confirmation moves every row's revision past anything the old line of
history can have sent (a new "epoch" of the counter), records the choice in the database
lineage, and the next bundle is full. The upper level sees the new lineage in the manifest
and takes the confirmed file's state; without confirmation it refuses the bundle.
"""

from __future__ import annotations

import json
import logging
import tempfile
import time
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session, sessionmaker

from tcns_desktop import __version__
from tcns_desktop.data.commune_repository import own_commune, profile_record
from tcns_desktop.data.models import (
    AckReceived,
    AuditEntry,
    BundleMade,
    Commune,
    DatabaseLineage,
    LocalSite,
    PeerKey,
)
from tcns_desktop.data.schema import KNOWN_REVISIONS, SCHEMA_HEAD
from tcns_desktop.data.site_identity import ensure_site, rotate_database_id
from tcns_desktop.data.sync_rows import (
    bundle_tables,
    driver_connection,
    read_changed_rows,
    revision_peaks,
    shift_revisions,
)
from tcns_desktop.domain.enums import AuditAction, SiteMode
from tcns_desktop.domain.identifiers import now_text, uuid7
from tcns_desktop.domain.number_format import format_number
from tcns_desktop.domain.sync_records import (
    AckImportReport,
    BundleCheckReport,
    BundleExportReport,
    BundleLogRecord,
    ExportStatus,
    ForkState,
    KeyRecord,
)
from tcns_desktop.domain.transmittal import grouped_hash, transmittal_content
from tcns_desktop.errors import NotFoundError, ValidationError
from tcns_desktop.paths import AppPaths
from tcns_desktop.sync.acknowledgement import Acknowledgement
from tcns_desktop.sync.container import AtomicFile, ReadLimits, SafeZip
from tcns_desktop.sync.email_draft import LARGE_ATTACHMENT, write_email_draft
from tcns_desktop.sync.envelope import PAYLOAD_NAME, is_sealed, read_header, seal
from tcns_desktop.sync.errors import (
    AcknowledgementError,
    BundleError,
    ForkedHistoryError,
    KeyFileError,
    UnknownKeyError,
)
from tcns_desktop.sync.keys import (
    PUBLIC_KEY_SUFFIX,
    KeyPair,
    KeyRole,
    KeyStore,
    PublicKeyFile,
    PublicKeys,
)
from tcns_desktop.sync.manifest import (
    AckReference,
    BundleKind,
    Coverage,
    LineageEntry,
    Manifest,
    PreviousBundle,
    Source,
)
from tcns_desktop.sync.reader import file_sha256, open_bundle, scan
from tcns_desktop.sync.upgrades import BundleSchema
from tcns_desktop.sync.writer import BundleDraft, BundleWriter, bundle_file_name

if TYPE_CHECKING:
    from tcns_desktop.services.workspace import Workspace

log = logging.getLogger(__name__)

KEYS_FOLDER = "keys"
# Lineage reasons after which exporting goes on as before; any other (a restore, a copy, a
# replaced file) means the file may have forked from what the upper level holds.
CREATED = "created"
FORK_ACCEPTED = "fork-accepted"
# Revisions of a new epoch start at a multiple of 2**40 (10^12): no line of history reaches
# it, so every row of the confirmed file outranks every revision of the abandoned one.
EPOCH_BITS = 40


def keys_folder(paths: AppPaths) -> Path:
    return paths.data_dir / KEYS_FOLDER


def bundle_schema() -> BundleSchema:
    """The tables and schema revisions this program writes and reads."""
    return BundleSchema(current=SCHEMA_HEAD, known=KNOWN_REVISIONS, tables=bundle_tables())


def key_record(row: PeerKey) -> KeyRecord:
    return KeyRecord(
        fingerprint=row.fingerprint,
        role=row.role,
        code=row.code,
        name=row.name,
        site_id=row.site_id,
        registered_at=row.registered_at,
        revoked_at=row.revoked_at,
        revoked_reason=row.revoked_reason,
    )


def peer_key_row(key_file: PublicKeyFile) -> PeerKey:
    return PeerKey(
        fingerprint=key_file.fingerprint,
        role=key_file.role.value,
        code=key_file.code,
        name=key_file.name,
        site_id=key_file.site_id,
        signing_key=key_file.keys.signing_text(),
        encryption_key=key_file.keys.encryption_text(),
        key_created_at=key_file.created_at[:40],
        registered_at=now_text(),
    )


def peer_public_keys(row: PeerKey) -> PublicKeys:
    return PublicKeys.from_text(row.signing_key, row.encryption_key)


def public_key_target(out: Path, code: str) -> Path:
    """``out`` itself, or a file named after the unit inside ``out`` when it is a folder."""
    if out.is_dir():
        return out / f"TCNS_KEY_{code}{PUBLIC_KEY_SUFFIX}"
    return out


@dataclass(frozen=True)
class _Snapshot:
    """What the export reads in the same transaction as the rows."""

    site: LocalSite
    commune_id: str
    commune_code: str
    commune_name: str
    lineage: tuple[LineageEntry, ...]
    acked_to: int
    ack: AckReference | None
    sequence: int
    previous: PreviousBundle | None
    must_be_full: bool


class BundleExportService:
    """Keys, bundles and acknowledgements of a commune's database."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        engine: Engine,
        keys: KeyStore,
        *,
        scratch: Path | None = None,
        limits: ReadLimits | None = None,
    ) -> None:
        self._sessions = sessions
        self._engine = engine
        self._keys = keys
        self._scratch = scratch
        self._limits = limits or ReadLimits()
        self._schema = bundle_schema()

    @classmethod
    def for_workspace(cls, workspace: Workspace) -> BundleExportService:
        """The service over an open workspace, its keys in ``<data folder>/keys``."""
        return cls(workspace.sessions, workspace.engine, KeyStore(keys_folder(workspace.paths)))

    # --- Keys ------------------------------------------------------------------------------

    def own_key(self) -> KeyRecord:
        """This commune's key (made now on first use), with its fingerprint to print."""
        key_file = self._own_key_file(self._keys.load_or_create())
        return KeyRecord(
            fingerprint=key_file.fingerprint,
            role=key_file.role.value,
            code=key_file.code,
            name=key_file.name,
            site_id=key_file.site_id,
        )

    def export_public_key(self, out: Path) -> Path:
        """Write the public key file to hand to the upper level (a file, or into a folder)."""
        key_file = self._own_key_file(self._keys.load_or_create())
        return key_file.write(public_key_target(out, key_file.code))

    def import_upper_key(self, path: Path) -> KeyRecord:
        """Trust the upper level's key: to encrypt bundles to it and check its acknowledgements."""
        key_file = PublicKeyFile.read(path)
        if key_file.role is not KeyRole.HUB:
            raise KeyFileError(
                f"Tệp {path.name} là khóa của một xã ({key_file.name}), không phải khóa của cơ "
                "quan cấp trên."
            )
        with self._sessions.begin() as session:
            self._require_commune_site(session)
            existing = session.get(PeerKey, key_file.fingerprint)
            if existing is not None:
                return key_record(existing)
            row = peer_key_row(key_file)
            session.add(row)
            session.flush()
            return key_record(row)

    def upper_keys(self) -> list[KeyRecord]:
        with self._sessions.begin() as session:
            rows = session.scalars(
                select(PeerKey)
                .where(PeerKey.role == KeyRole.HUB.value)
                .order_by(PeerKey.registered_at)
            )
            return [key_record(row) for row in rows]

    def upper_key_file(self, fingerprint: str | None = None) -> PublicKeyFile:
        """The imported upper-level key to encrypt to (the newest one unless named)."""
        with self._sessions.begin() as session:
            query = select(PeerKey).where(
                PeerKey.role == KeyRole.HUB.value, PeerKey.revoked_at.is_(None)
            )
            if fingerprint is not None:
                query = query.where(PeerKey.fingerprint == fingerprint)
            row = session.scalars(query.order_by(PeerKey.registered_at.desc())).first()
            if row is None:
                raise NotFoundError(
                    "Chưa nhập khóa công khai của cơ quan cấp trên; hãy nhập tệp khóa do cấp "
                    "trên gửi (tcns keys import TỆP)."
                )
            return PublicKeyFile(
                KeyRole.HUB,
                row.code,
                row.name,
                row.site_id,
                row.key_created_at,
                peer_public_keys(row),
            )

    def _own_key_file(self, keys: KeyPair) -> PublicKeyFile:
        with self._sessions.begin() as session:
            site, commune = self._require_commune_site(session)
            return PublicKeyFile.of(
                KeyRole.COMMUNE,
                commune.code,
                profile_record(session, commune).display_name,
                site.site_id,
                keys.public,
            )

    def _require_commune_site(self, session: Session) -> tuple[LocalSite, Commune]:
        site = ensure_site(session)
        if site.mode is SiteMode.HUB:
            raise ValidationError(
                "Đây là cơ sở dữ liệu tổng hợp của cấp trên; thao tác này chỉ dùng ở xã."
            )
        commune = own_commune(session)
        if commune is None:
            raise NotFoundError("Chưa thiết lập thông tin xã. Hãy chạy trình thiết lập ban đầu.")
        return site, commune

    # --- Fork detection --------------------------------------------------------------------

    def fork_state(self) -> ForkState | None:
        """Set when the file was restored or copied after it had history (export needs a
        confirmation), else None."""
        with self._sessions.begin() as session:
            return _fork_state(session)

    def _accept_fork(self, session: Session, site: LocalSite) -> None:
        raw = driver_connection(session.connection())
        specs = bundle_tables()
        peak = max(site.last_seq, revision_peaks(raw, specs).get(site.site_id, 0))
        offset = ((peak >> EPOCH_BITS) + 1) << EPOCH_BITS
        touched = shift_revisions(raw, specs, site.site_id, offset)
        site.last_seq += offset
        new_id = rotate_database_id(session, FORK_ACCEPTED)
        session.add(
            AuditEntry(
                actor=str(session.info.get("actor", "")),
                table_name="local_site",
                row_id=site.site_id,
                action=AuditAction.UPDATE,
                after_json=json.dumps(
                    {
                        "reason": FORK_ACCEPTED,
                        "database_id": new_id,
                        "revision_offset": offset,
                        "rows_restamped": touched,
                    }
                ),
            )
        )
        log.warning("Fork accepted: %s rows moved by %s, database id %s", touched, offset, new_id)

    # --- Export ----------------------------------------------------------------------------

    def export(
        self,
        out_dir: Path,
        *,
        full: bool = False,
        encrypt_to: PublicKeyFile | None = None,
        accept_fork: bool = False,
    ) -> BundleExportReport:
        """Write a signed bundle into ``out_dir`` (sealed to ``encrypt_to`` when given)."""
        started = time.perf_counter()
        if encrypt_to is not None and encrypt_to.role is not KeyRole.HUB:
            raise KeyFileError(
                f"Chỉ mã hóa gói cho cơ quan cấp trên; khóa của {encrypt_to.name} là khóa của xã."
            )
        keys = self._keys.load_or_create()
        fork_accepted = False
        with self._sessions.begin() as session:
            site, _commune = self._require_commune_site(session)
            fork = _fork_state(session)
            if fork is not None:
                if not accept_fork:
                    raise ForkedHistoryError(_fork_message(fork))
                self._accept_fork(session, site)
                fork_accepted = True
        # A sealed bundle is signed in a private scratch folder first: no plaintext bundle
        # ever lands on the removable drive.
        with tempfile.TemporaryDirectory(dir=self._scratch) as scratch:
            plain_folder = out_dir if encrypt_to is None else Path(scratch)
            with self._engine.connect() as connection:
                raw = driver_connection(connection)
                # One read transaction: the rows, the counter and the bookkeeping are one state.
                raw.execute("BEGIN")
                try:
                    # The session reads through the same connection, inside that transaction
                    # (closing it ends the transaction, so it stays open until the end).
                    with Session(bind=connection) as session:
                        snap = _snapshot(session)
                        full = full or snap.must_be_full
                        kind = BundleKind.FULL if full else BundleKind.INCREMENTAL
                        since = None if full else {snap.site.site_id: snap.acked_to}
                        draft = self._draft(raw, snap, kind, keys)
                        plain, manifest = self._write_plain(raw, draft, keys, since, plain_folder)
                finally:
                    if raw.in_transaction:
                        raw.rollback()
            report = self._deliver(plain, manifest, keys, out_dir, encrypt_to, fork_accepted)
        report = replace(report, seconds=time.perf_counter() - started)
        log.info("Bundle exported: %s", report)
        return report

    def _draft(self, raw: Any, snap: _Snapshot, kind: BundleKind, keys: KeyPair) -> BundleDraft:
        site = snap.site
        floor = 0 if kind is BundleKind.FULL else snap.acked_to
        coverage = [Coverage(site.site_id, floor, site.last_seq)]
        # Rows stamped by other sites (none in a commune's own file so far) travel with
        # their own revision range.
        for other, peak in sorted(revision_peaks(raw, self._schema.tables).items()):
            if other != site.site_id:
                coverage.append(Coverage(other, 0, peak))
        return BundleDraft(
            bundle_id=uuid7(),
            created_at=now_text(),
            app_version=__version__,
            schema_version=self._schema.current,
            kind=kind,
            sequence=snap.sequence,
            previous=snap.previous,
            source=Source(
                site_id=site.site_id,
                database_id=site.database_id,
                commune_id=snap.commune_id,
                commune_code=snap.commune_code,
                commune_name=snap.commune_name,
                key_fingerprint=keys.public.fingerprint,
                lineage=snap.lineage,
            ),
            coverage=tuple(coverage),
            tables=self._schema.table_names,
            acknowledged=None if kind is BundleKind.FULL else snap.ack,
        )

    def _write_plain(
        self,
        raw: Any,
        draft: BundleDraft,
        keys: KeyPair,
        since: dict[str, int] | None,
        folder: Path,
    ) -> tuple[Path, Manifest]:
        """The signed bundle, written atomically into ``folder``."""
        with AtomicFile(folder, "bundle") as target:
            writer = BundleWriter(target.handle, draft, keys)
            try:
                for spec in self._schema.tables:
                    with writer.table(spec.name, spec.column_names) as rows:
                        for batch in read_changed_rows(raw, spec, since):
                            rows.write(batch)
                manifest = writer.finish()
            except BaseException:
                writer.abort()
                raise
            target.handle.flush()
            sha256 = file_sha256(target.temporary)
            name = bundle_file_name(
                draft.source.commune_code, draft.created_at, draft.sequence, sha256
            )
            path = target.commit(name)
        return path, manifest

    def _deliver(
        self,
        plain: Path,
        manifest: Manifest,
        keys: KeyPair,
        out_dir: Path,
        encrypt_to: PublicKeyFile | None,
        fork_accepted: bool,
    ) -> BundleExportReport:
        sha256 = self._verify_written(plain, keys)
        final = plain
        file_hash = sha256
        recipient = None
        if encrypt_to is not None:
            sender = {
                "commune_code": manifest.source.commune_code,
                "commune_name": manifest.source.commune_name,
                "site_id": manifest.source.site_id,
                "key_fingerprint": manifest.source.key_fingerprint,
            }
            with AtomicFile(out_dir, "bundle") as target:
                seal(plain, target.handle, encrypt_to, sender, manifest.created_at)
                target.handle.flush()
                file_hash = file_sha256(target.temporary)
                final = target.commit(plain.name)
            self._verify_sealed(final, file_hash, keys)
            recipient = f"{encrypt_to.name} ({encrypt_to.fingerprint})"
        own = manifest.coverage_of(manifest.source.site_id)
        assert own is not None
        rows = {entry.table: entry.rows for entry in manifest.files}
        tombstones = {entry.table: entry.tombstones for entry in manifest.files}
        with self._sessions.begin() as session:
            session.add(
                BundleMade(
                    bundle_id=manifest.bundle_id,
                    sequence=manifest.sequence,
                    kind=manifest.kind.value,
                    created_at=manifest.created_at,
                    database_id=manifest.source.database_id,
                    sha256=sha256,
                    file_name=final.name,
                    from_seq=own.from_seq,
                    to_seq=own.to_seq,
                    coverage_json=json.dumps(
                        [[c.site_id, c.from_seq, c.to_seq] for c in manifest.coverage]
                    ),
                    counts_json=json.dumps({"rows": rows, "tombstones": tombstones}),
                    encrypted_to="" if encrypt_to is None else encrypt_to.fingerprint,
                )
            )
        return BundleExportReport(
            path=str(final),
            bundle_id=manifest.bundle_id,
            sequence=manifest.sequence,
            kind=manifest.kind.value,
            created_at=manifest.created_at,
            sha256=sha256,
            file_sha256=file_hash,
            from_seq=own.from_seq,
            to_seq=own.to_seq,
            rows=rows,
            tombstones=tombstones,
            encrypted_to=recipient,
            fork_accepted=fork_accepted,
            seconds=0.0,
        )

    def _own_resolver(self, keys: KeyPair) -> Any:
        def resolve(manifest: Manifest) -> PublicKeys:
            if manifest.source.key_fingerprint != keys.public.fingerprint:
                raise UnknownKeyError(
                    "Gói này không do máy này ký (khóa "
                    f"{manifest.source.key_fingerprint}); chỉ cấp trên đã đăng ký khóa của "
                    f"{manifest.source.commune_name} mới kiểm tra được."
                )
            return keys.public

        return resolve

    def _verify_written(self, path: Path, keys: KeyPair) -> str:
        """Read the bundle back from where it was written; remove it if it is not sound."""
        try:
            with open_bundle(
                path, schema=self._schema, keys=self._own_resolver(keys), limits=self._limits
            ) as bundle:
                result = scan(bundle)
                if result.problems:
                    raise BundleError(
                        "Gói vừa tạo đọc lại không đúng; chưa gửi được gói này.",
                        problems=list(result.problems),
                    )
                return bundle.sha256
        except BaseException:
            path.unlink(missing_ok=True)
            raise

    def _verify_sealed(self, path: Path, expected: str, keys: KeyPair) -> None:
        try:
            if file_sha256(path) != expected:
                raise BundleError(
                    "Gói mã hóa vừa ghi đọc lại không khớp; hãy thử lại hoặc đổi USB."
                )
            with SafeZip(path, path.name, self._limits, lambda _name: True) as archive:
                header = read_header(archive)
                _read_through(archive, PAYLOAD_NAME)
            if header.sender_fingerprint != keys.public.fingerprint:
                raise BundleError("Gói mã hóa vừa ghi đọc lại không khớp; hãy thử lại.")
        except BaseException:
            path.unlink(missing_ok=True)
            raise

    # --- Verification ----------------------------------------------------------------------

    def verify(self, path: Path) -> BundleCheckReport:
        """Check a bundle this commune made: signature, hashes, every row.

        A bundle sealed to the upper level cannot be opened here; its envelope and the
        integrity of its ciphertext are checked instead.
        """
        keys = self._keys.load_or_create()
        with SafeZip(path, path.name, self._limits, lambda _name: True) as probe:
            if is_sealed(probe.names):
                header = read_header(probe)
                _read_through(probe, PAYLOAD_NAME)  # the zip's CRC covers the ciphertext
                problems = []
                if header.sender_fingerprint != keys.public.fingerprint:
                    problems.append("Gói mã hóa này không do máy này ký.")
                return BundleCheckReport(
                    file_name=path.name,
                    sha256=file_sha256(path),
                    sealed=True,
                    readable=False,
                    bundle_id="",
                    commune_code=header.sender_commune_code,
                    commune_name=header.sender_commune_name,
                    kind="",
                    sequence=0,
                    created_at=header.created_at,
                    from_seq=0,
                    to_seq=0,
                    rows={},
                    tombstones={},
                    recipient=f"{header.recipient_name} ({header.recipient_fingerprint})",
                    problems=tuple(problems),
                )
        with open_bundle(
            path, schema=self._schema, keys=self._own_resolver(keys), limits=self._limits
        ) as bundle:
            result = scan(bundle)
            return check_report(bundle.manifest, path.name, bundle.sha256, result, None)

    # --- Acknowledgements ------------------------------------------------------------------

    def import_acknowledgement(self, path: Path) -> AckImportReport:
        """Record the upper level's acknowledgement: the next incremental bundle starts at
        the revision it names."""
        with self._sessions.begin() as session:
            hub_keys = {
                row.fingerprint: row
                for row in session.scalars(select(PeerKey).where(PeerKey.role == KeyRole.HUB.value))
            }

            def resolve(fingerprint: str) -> PublicKeys:
                row = hub_keys.get(fingerprint)
                if row is None:
                    raise AcknowledgementError(
                        f"Tệp xác nhận {path.name} được ký bằng khóa {fingerprint} chưa được nhập; "
                        "hãy nhập tệp khóa công khai của cấp trên trước (tcns keys import TỆP)."
                    )
                if row.revoked_at is not None:
                    raise AcknowledgementError(
                        f"Khóa {fingerprint} của cấp trên đã bị thu hồi; không nhận tệp xác nhận."
                    )
                return peer_public_keys(row)

            ack = Acknowledgement.read(path, resolve)
            site, commune = self._require_commune_site(session)
            if ack.site_id != site.site_id or ack.commune_code != commune.code:
                raise AcknowledgementError(
                    f"Tệp xác nhận {path.name} dành cho xã khác (mã {ack.commune_code}), không "
                    "phải xã này."
                )
            previous = _acked_to(session)
            if session.get(AckReceived, ack.ack_id) is not None:
                return AckImportReport(
                    ack.ack_id, ack.hub_name, ack.to_seq, previous, len(ack.bundles), True
                )
            if ack.to_seq > site.last_seq:
                raise ForkedHistoryError(
                    f"Cấp trên xác nhận đã nhận thay đổi đến số {ack.to_seq:,}, nhiều hơn dữ liệu "
                    f"trên máy này (đến số {site.last_seq:,}): tệp dữ liệu này là bản khôi phục "
                    "hoặc bản sao cũ hơn những gì đã gửi lên. Nếu từ nay dùng tệp này, hãy xuất "
                    "gói với lựa chọn xác nhận dùng bản này (--accept-fork)."
                )
            session.add(
                AckReceived(
                    ack_id=ack.ack_id,
                    created_at=ack.created_at,
                    hub_site_id=ack.hub_site_id,
                    hub_fingerprint=ack.hub_fingerprint,
                    database_id=ack.database_id,
                    to_seq=ack.to_seq,
                    payload_json=json.dumps(
                        {
                            "gaps": [list(gap) for gap in ack.gaps],
                            "bundles": [
                                [b.bundle_id, b.sequence, b.sha256, b.imported_at]
                                for b in ack.bundles
                            ],
                        }
                    ),
                )
            )
            return AckImportReport(
                ack.ack_id, ack.hub_name, ack.to_seq, previous, len(ack.bundles), False
            )

    # --- Delivery ---------------------------------------------------------------------------

    def write_transmittal(self, report: BundleExportReport, path: Path | None = None) -> Path:
        """The printable slip (phiếu gửi) for a bundle, beside it unless ``path`` is given."""
        from tcns_desktop.documents.report_pdf import write_report  # reportlab: on demand

        target = path or Path(report.path).with_suffix(".phieu-gui.pdf")
        status = self.status()
        with self._sessions.begin() as session:
            commune = own_commune(session)
            if commune is None:
                raise NotFoundError("Chưa thiết lập thông tin xã.")
            profile = profile_record(session, commune)
        chair = profile.chair
        recipient = profile.upper_office_name or (
            status.upper_keys[0].name if status.upper_keys else "Cơ quan cấp trên"
        )
        content = transmittal_content(
            report,
            commune_display_name=profile.display_name,
            place_name=profile.place_name or commune.name,
            recipient=recipient,
            sender_name=chair.full_name if chair else "",
            commune_fingerprint=status.fingerprint,
            on=date.today(),
        )
        write_report(content, target)
        return target

    def write_email_draft(
        self, report: BundleExportReport, attachments: list[Path], to: str = ""
    ) -> Path:
        """An ``.eml`` draft with the bundle (and the slip) attached, beside the bundle."""
        bundle = Path(report.path)
        size = sum(path.stat().st_size for path in attachments)
        if size > LARGE_ATTACHMENT:
            raise ValidationError(
                f"Tệp đính kèm lớn ({size / 1024**2:.0f} MB): nhiều hộp thư từ chối thư quá "
                "20 MB. Hãy gửi gói qua USB, hoặc xuất gói bổ sung (nhỏ hơn) thay cho gói đầy đủ."
            )
        with self._sessions.begin() as session:
            commune = own_commune(session)
            name = profile_record(session, commune).display_name if commune else ""
        subject = f"Gói dữ liệu Tổ công nghệ số cộng đồng {name}, gói số {report.sequence}"
        body = (
            f"Kính gửi cơ quan cấp trên,\n\n"
            f"{name[:1].upper() + name[1:]} gửi gói dữ liệu số {report.sequence} "
            f"({format_number(report.total_rows)} bản ghi) và phiếu gửi kèm theo.\n"
            f"Mã kiểm tra (SHA-256) của gói: {grouped_hash(report.sha256)}\n\n"
            "Đề nghị gửi lại tệp xác nhận sau khi nhập gói.\n"
        )
        return write_email_draft(
            bundle.with_suffix(".eml"), attachments, to=to, subject=subject, body=body
        )

    # --- History and status ----------------------------------------------------------------

    def history(self) -> list[BundleLogRecord]:
        with self._sessions.begin() as session:
            acked = _acked_to(session)
            rows = session.scalars(select(BundleMade).order_by(BundleMade.sequence.desc()))
            return [_log_record(row, acked) for row in rows]

    def status(self) -> ExportStatus:
        keys = self._keys.load_or_create()
        with self._sessions.begin() as session:
            site = ensure_site(session)
            last = session.scalars(select(BundleMade).order_by(BundleMade.sequence.desc())).first()
            acked = _acked_to(session)
            uppers = session.scalars(select(PeerKey).where(PeerKey.role == KeyRole.HUB.value))
            return ExportStatus(
                site_id=site.site_id,
                database_id=site.database_id,
                fingerprint=keys.public.fingerprint,
                acked_to=acked,
                last_seq=site.last_seq,
                last_bundle=None if last is None else _log_record(last, acked),
                fork=_fork_state(session),
                upper_keys=tuple(key_record(row) for row in uppers),
            )


def _read_through(archive: SafeZip, name: str) -> None:
    """Read a member to its end: the zip's CRC check runs there."""
    stream = archive.open(name)
    try:
        while stream.read(1 << 20):
            continue  # only the check at the end is wanted, not the data
    finally:
        stream.close()


def check_report(
    manifest: Manifest, file_name: str, sha256: str, result: Any, recipient: str | None
) -> BundleCheckReport:
    own = manifest.coverage_of(manifest.source.site_id)
    return BundleCheckReport(
        file_name=file_name,
        sha256=sha256,
        sealed=recipient is not None,
        readable=True,
        bundle_id=manifest.bundle_id,
        commune_code=manifest.source.commune_code,
        commune_name=manifest.source.commune_name,
        kind=manifest.kind.value,
        sequence=manifest.sequence,
        created_at=manifest.created_at,
        from_seq=0 if own is None else own.from_seq,
        to_seq=0 if own is None else own.to_seq,
        rows=dict(result.rows),
        tombstones=dict(result.tombstones),
        recipient=recipient,
        problems=tuple(result.problems),
    )


def _log_record(row: BundleMade, acked_to: int) -> BundleLogRecord:
    return BundleLogRecord(
        bundle_id=row.bundle_id,
        sequence=row.sequence,
        kind=row.kind,
        created_at=row.created_at,
        file_name=row.file_name,
        sha256=row.sha256,
        from_seq=row.from_seq,
        to_seq=row.to_seq,
        acknowledged=row.to_seq <= acked_to,
    )


def _lineage(session: Session) -> list[DatabaseLineage]:
    return list(
        session.scalars(
            select(DatabaseLineage).order_by(
                DatabaseLineage.started_at, DatabaseLineage.seq_at_start
            )
        )
    )


def _fork_state(session: Session) -> ForkState | None:
    site = ensure_site(session)
    current = session.get(DatabaseLineage, site.database_id)
    if current is None or current.reason in (CREATED, FORK_ACCEPTED) or current.seq_at_start == 0:
        return None
    return ForkState(
        database_id=current.database_id,
        reason=current.reason,
        started_at=current.started_at,
        seq_at_start=current.seq_at_start,
    )


def _fork_message(fork: ForkState) -> str:
    return (
        "Tệp dữ liệu này là bản khôi phục từ sao lưu hoặc bản sao chép từ máy khác "
        f"(từ {fork.started_at[:10]}). Có thể cấp trên đã nhận những thay đổi mà tệp này không "
        "còn, nên chưa xuất gói để lịch sử dữ liệu của xã không bị rẽ nhánh. Nếu từ nay xã dùng "
        "tệp này (và thôi dùng bản cũ), hãy xác nhận dùng bản này (ô xác nhận trên trang Đồng "
        "bộ, hoặc tcns bundle export --accept-fork): gói tiếp theo sẽ là gói đầy đủ, thay thế "
        "dữ liệu của xã ở cấp trên."
    )


def _acked_to(session: Session) -> int:
    return int(session.scalar(select(func.max(AckReceived.to_seq))) or 0)


def _snapshot(session: Session) -> _Snapshot:
    site = ensure_site(session)
    commune = own_commune(session)
    if commune is None:
        raise NotFoundError("Chưa thiết lập thông tin xã. Hãy chạy trình thiết lập ban đầu.")
    lineage = tuple(
        LineageEntry(row.database_id, row.started_at, row.reason, row.seq_at_start)
        for row in _lineage(session)
    )
    ack_row = session.scalars(
        select(AckReceived).order_by(AckReceived.to_seq.desc(), AckReceived.created_at.desc())
    ).first()
    last = session.scalars(select(BundleMade).order_by(BundleMade.sequence.desc())).first()
    acked_sequences = [0]
    if ack_row is not None:
        # After a restore the local log may be older than what the upper level received.
        bundles = json.loads(ack_row.payload_json).get("bundles", [])
        acked_sequences += [int(item[1]) for item in bundles]
    sequence = max([last.sequence if last is not None else 0, *acked_sequences]) + 1
    current = session.get(DatabaseLineage, site.database_id)
    made_on_this_line = session.scalar(
        select(func.count())
        .select_from(BundleMade)
        .where(BundleMade.database_id == site.database_id)
    )
    must_be_full = current is not None and current.reason == FORK_ACCEPTED and not made_on_this_line
    return _Snapshot(
        site=site,
        commune_id=commune.id,
        commune_code=commune.code,
        commune_name=profile_record(session, commune).display_name,
        lineage=lineage,
        acked_to=0 if ack_row is None else ack_row.to_seq,
        ack=None if ack_row is None else AckReference(ack_row.ack_id, ack_row.to_seq),
        sequence=sequence,
        previous=None if last is None else PreviousBundle(last.bundle_id, last.sha256),
        must_be_full=must_be_full,
    )
