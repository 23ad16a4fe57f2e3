"""Bundles made in memory for the format tests, and surgery on existing bundle files."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import zipfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from tcns_desktop.domain.sync_tables import ColumnKind, ColumnSpec, TableSpec
from tcns_desktop.sync.keys import KeyPair, PublicKeys
from tcns_desktop.sync.manifest import (
    MANIFEST_NAME,
    SIGNATURE_NAME,
    BundleKind,
    Coverage,
    LineageEntry,
    Manifest,
    Source,
    canonical_json,
    rows_path,
)
from tcns_desktop.sync.upgrades import BundleSchema, SchemaUpgrade, TableChange
from tcns_desktop.sync.writer import BundleDraft, BundleWriter

STAMP = "2026-03-01T08:00:00.000000Z"
SITE = "01900000-0000-7000-8000-000000000001"
DATABASE = "01900000-0000-7000-8000-000000000002"
COMMUNE = "01900000-0000-7000-8000-000000000003"


def _syncable(*columns: ColumnSpec) -> tuple[ColumnSpec, ...]:
    return (
        *columns,
        ColumnSpec("id", ColumnKind.ID, False),
        ColumnSpec("created_at", ColumnKind.TIMESTAMP, False),
        ColumnSpec("updated_at", ColumnKind.TIMESTAMP, False),
        ColumnSpec("rev_site", ColumnKind.ID, False),
        ColumnSpec("rev_seq", ColumnKind.INTEGER, False),
        ColumnSpec("deleted_at", ColumnKind.TIMESTAMP, True, default=None),
    )


COMMUNE_TABLE = TableSpec(
    "commune",
    _syncable(
        ColumnSpec("code", ColumnKind.TEXT, False),
        ColumnSpec("name", ColumnKind.TEXT, False),
    ),
    owner_column="id",
)
NOTE_TABLE = TableSpec(
    "note",
    _syncable(
        ColumnSpec("commune_id", ColumnKind.ID, False, references="commune"),
        ColumnSpec("parent_id", ColumnKind.ID, True, references="note"),
        ColumnSpec("kind", ColumnKind.ENUM, False, choices=frozenset({"a", "b"})),
        ColumnSpec("count", ColumnKind.INTEGER, True),
        ColumnSpec("ratio", ColumnKind.FLOAT, True),
        ColumnSpec("active", ColumnKind.BOOLEAN, False, default=True),
        ColumnSpec("day", ColumnKind.DATE, True),
        ColumnSpec("text", ColumnKind.TEXT, False),
        ColumnSpec("label", ColumnKind.TEXT, False, default="mặc định"),
    ),
    owner_column="commune_id",
)
SCHEMA = BundleSchema(
    current="0003",
    known=("0001", "0002", "0003"),
    tables=(COMMUNE_TABLE, NOTE_TABLE),
    upgrades={
        # 0002 added note.text, computed from the older "body" and "title" columns.
        "0002": SchemaUpgrade(
            {
                "note": TableChange(
                    added={"text": lambda row: f"{row['title']}: {row['body']}"},
                    dropped=frozenset({"title", "body"}),
                )
            }
        ),
        # 0003 added note.label (constant default) and changed nothing else.
    },
)


def commune_row(seq: int = 1, code: str = "07951") -> list[Any]:
    return [code, "Xã Tân Lập", COMMUNE, STAMP, STAMP, SITE, seq, None]


def note_row(n: int, seq: int, **changes: Any) -> list[Any]:
    values = {
        "commune_id": COMMUNE,
        "parent_id": None,
        "kind": "a",
        "count": n,
        "ratio": n / 2,
        "active": True,
        "day": "2026-02-28",
        "text": f"Ghi chú số {n} — tiếng Việt có dấu",
        "label": "nhãn",
        "id": f"01900000-0000-7000-8000-{n:012d}",
        "created_at": STAMP,
        "updated_at": STAMP,
        "rev_site": SITE,
        "rev_seq": seq,
        "deleted_at": None,
    }
    values.update(changes)
    return [values[name] for name in NOTE_TABLE.column_names]


def draft(keys: KeyPair, **changes: Any) -> BundleDraft:
    base = BundleDraft(
        bundle_id="01900000-0000-7000-8000-0000000000b1",
        created_at=STAMP,
        app_version="test",
        schema_version=SCHEMA.current,
        kind=BundleKind.FULL,
        sequence=1,
        previous=None,
        source=Source(
            site_id=SITE,
            database_id=DATABASE,
            commune_id=COMMUNE,
            commune_code="07951",
            commune_name="Xã Tân Lập",
            key_fingerprint=keys.public.fingerprint,
            lineage=(LineageEntry(DATABASE, STAMP, "created", 0),),
        ),
        coverage=(Coverage(SITE, 0, 100),),
        tables=SCHEMA.table_names,
        acknowledged=None,
    )
    return replace(base, **changes)


def write_bundle(
    path: Path,
    keys: KeyPair,
    rows: dict[str, list[list[Any]]] | None = None,
    **changes: Any,
) -> Path:
    rows = rows if rows is not None else {"commune": [commune_row()], "note": notes(3)}
    with path.open("w+b") as handle:
        writer = BundleWriter(handle, draft(keys, **changes), keys)
        try:
            for spec in SCHEMA.tables:
                with writer.table(spec.name, spec.column_names) as out:
                    out.write([tuple(row) for row in rows.get(spec.name, [])])
            writer.finish()
        except BaseException:
            writer.abort()
            raise
    return path


def notes(count: int) -> list[list[Any]]:
    return [note_row(n, seq=n + 2) for n in range(count)]


def trusting(keys: PublicKeys) -> Callable[[Manifest], PublicKeys]:
    return lambda _manifest: keys


# --- Surgery on existing bundle files -------------------------------------------------


def members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def write_members(path: Path, contents: dict[str, bytes], stored: bool = False) -> Path:
    method = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    with zipfile.ZipFile(path, "w", compression=method) as archive:
        for name, data in contents.items():
            archive.writestr(name, data)
    return path


def resign(
    source: Path,
    target: Path,
    keys: KeyPair,
    *,
    manifest: Callable[[dict[str, Any]], None] | None = None,
    files: Callable[[dict[str, bytes]], None] | None = None,
    recompute: bool = True,
) -> Path:
    """Rewrite a bundle: edit its row files and manifest, recompute the file entries
    (``recompute``), and sign again with ``keys`` (a bundle made by its own commune)."""
    contents = members(source)
    document = json.loads(contents.pop(MANIFEST_NAME))
    contents.pop(SIGNATURE_NAME)
    if files is not None:
        files(contents)
    if recompute:
        entries = []
        for entry in document["files"]:
            data = contents.get(entry["path"])
            if data is None:
                continue
            lines = data.count(b"\n") - 1
            entry = {
                **entry,
                "bytes": len(data),
                "sha256": hashlib.sha256(data).hexdigest(),
                "rows": max(lines, 0),
                "tombstones": min(entry["tombstones"], max(lines, 0)),
            }
            entries.append(entry)
        document["files"] = entries
    if manifest is not None:
        manifest(document)
    data = canonical_json(document)
    signature = canonical_json(
        {
            "algorithm": "ed25519",
            "key_fingerprint": document["source"]["key_fingerprint"],
            "signature": base64.b64encode(keys.sign(data)).decode("ascii"),
        }
    )
    return write_members(target, {**contents, MANIFEST_NAME: data, SIGNATURE_NAME: signature})


def edit_lines(data: bytes, edit: Callable[[list[Any]], list[Any] | None]) -> bytes:
    """Apply ``edit`` to each row (None drops it); the header line is kept."""
    lines = data.decode("utf-8").splitlines()
    out = [lines[0]]
    for line in lines[1:]:
        row = edit(json.loads(line))
        if row is not None:
            out.append(json.dumps(row, ensure_ascii=False, separators=(",", ":")))
    return ("\n".join(out) + "\n").encode("utf-8")


def header_of(data: bytes) -> list[str]:
    return list(json.loads(data.split(b"\n", 1)[0])["columns"])


def zipped(members_: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members_.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def rows_member(table: str) -> str:
    return rows_path(table)
