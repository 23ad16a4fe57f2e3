"""Who this database is: its site id, its database id, and the detection of copies/restores.

The site id names the installation and never changes. The database id names this particular
history of the file: it changes whenever the file is restored from a backup or copied, so the
upper level can tell two diverging copies of one commune apart instead of silently merging
them (morango's DatabaseIDModel rule, see the project's sync notes).
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from tcns_desktop.atomic_files import write_text_atomically
from tcns_desktop.data.models import DatabaseLineage, LocalSite
from tcns_desktop.domain.enums import SiteMode
from tcns_desktop.domain.identifiers import now_text, uuid7
from tcns_desktop.domain.records import SiteRecord

log = logging.getLogger(__name__)


def ensure_site(session: Session, mode: SiteMode = SiteMode.COMMUNE) -> LocalSite:
    site = session.get(LocalSite, 1)
    if site is None:
        site = LocalSite(singleton=1, site_id=uuid7(), database_id=uuid7(), last_seq=0, mode=mode)
        session.add(site)
        session.add(DatabaseLineage(database_id=site.database_id, reason="created"))
        session.flush()
    return site


def site_record(site: LocalSite) -> SiteRecord:
    return SiteRecord(
        site_id=site.site_id,
        database_id=site.database_id,
        mode=site.mode,
        last_seq=site.last_seq,
        commune_id=site.commune_id,
    )


def rotate_database_id(session: Session, reason: str) -> str:
    site = session.execute(select(LocalSite)).scalar_one()
    site.database_id = uuid7()
    session.add(
        DatabaseLineage(
            database_id=site.database_id,
            started_at=now_text(),
            reason=reason,
            seq_at_start=site.last_seq,
        )
    )
    log.warning("Database id rotated (%s): %s", reason, site.database_id)
    return site.database_id


def reconcile_identity(session: Session, identity_file: Path, database_file: Path) -> str | None:
    """Compare the file with what this installation remembers; rotate the id on a mismatch.

    Returns the reason when the database id was rotated, else None.
    """
    site = ensure_site(session)
    remembered = _read_identity(identity_file).get(str(database_file.resolve()))
    reason: str | None = None
    if remembered is None:
        # A file with history that this installation has never opened at this path was
        # copied here (or its folder moved): same commune, but a new line of history.
        if site.last_seq > 0:
            reason = "copied-from-elsewhere"
    elif remembered.get("database_id") != site.database_id:
        reason = "replaced-by-another-file"
    elif int(str(remembered.get("last_seq", 0))) > site.last_seq:
        reason = "restored-older-copy"
    if reason is not None:
        rotate_database_id(session, reason)
    return reason


def remember_identity(identity_file: Path, database_file: Path, site: SiteRecord) -> None:
    known = _read_identity(identity_file)
    known[str(database_file.resolve())] = {
        "database_id": site.database_id,
        "site_id": site.site_id,
        "last_seq": site.last_seq,
        "seen_at": now_text(),
    }
    write_text_atomically(identity_file, json.dumps(known, ensure_ascii=False, indent=2))


def _read_identity(identity_file: Path) -> dict[str, dict[str, object]]:
    try:
        data = json.loads(identity_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}
