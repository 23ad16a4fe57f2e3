"""Writing a signed bundle: row files streamed into the zip, then the manifest and signature.

Rows go into the zip as they are read from the database (one batch in memory at a time);
each file's SHA-256, size and row count are taken while it is written, so the manifest can
be made, and signed, as soon as the last row is out.
"""

from __future__ import annotations

import base64
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import IO

from tcns_desktop.sync.keys import KeyPair
from tcns_desktop.sync.manifest import (
    MANIFEST_NAME,
    SIGNATURE_NAME,
    AckReference,
    BundleKind,
    Coverage,
    FileEntry,
    Manifest,
    PreviousBundle,
    Source,
    canonical_json,
    rows_path,
)
from tcns_desktop.sync.reader import SIGNATURE_ALGORITHM
from tcns_desktop.sync.rows import RowFileWriter

BUNDLE_SUFFIX = ".tcns"
# Level 1 deflate: about three times faster than the default level for JSON rows, at a few
# percent more bytes (a commune-year is a few MB either way, fine for e-mail).
COMPRESS_LEVEL = 1


@dataclass(frozen=True)
class BundleDraft:
    """Everything the manifest says except the files, known before the rows are written."""

    bundle_id: str
    created_at: str
    app_version: str
    schema_version: str
    kind: BundleKind
    sequence: int
    previous: PreviousBundle | None
    source: Source
    coverage: tuple[Coverage, ...]
    tables: tuple[str, ...]
    acknowledged: AckReference | None


def bundle_file_name(commune_code: str, created_at: str, sequence: int, sha256: str) -> str:
    """ "TCNS_07951_20261130_s0003_ab12cd34.tcns": sorts by commune, then day, then number."""
    day = created_at[:10].replace("-", "")
    return f"TCNS_{commune_code}_{day}_s{sequence:04d}_{sha256[:8]}{BUNDLE_SUFFIX}"


class BundleWriter:
    """Writes one bundle into ``out`` (a seekable binary file); ``finish`` signs and closes."""

    def __init__(self, out: IO[bytes], draft: BundleDraft, keys: KeyPair) -> None:
        self._draft = draft
        self._keys = keys
        self._zip = zipfile.ZipFile(
            out, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=COMPRESS_LEVEL
        )
        self._files: list[FileEntry] = []
        stamp = draft.created_at
        self._date_time = (
            int(stamp[0:4]),
            int(stamp[5:7]),
            int(stamp[8:10]),
            int(stamp[11:13]),
            int(stamp[14:16]),
            int(stamp[17:19]),
        )

    def _info(self, name: str) -> zipfile.ZipInfo:
        info = zipfile.ZipInfo(name, date_time=self._date_time)
        info.compress_type = zipfile.ZIP_DEFLATED
        return info

    @contextmanager
    def table(self, name: str, columns: tuple[str, ...]) -> Iterator[RowFileWriter]:
        path = rows_path(name)
        with self._zip.open(self._info(path), "w") as member:
            writer = RowFileWriter(member, name, columns)
            yield writer
        self._files.append(
            FileEntry(
                path=path,
                table=name,
                rows=writer.rows,
                tombstones=writer.tombstones,
                bytes=writer.bytes,
                sha256=writer.sha256,
            )
        )

    def finish(self) -> Manifest:
        draft = self._draft
        manifest = Manifest(
            bundle_id=draft.bundle_id,
            created_at=draft.created_at,
            app_version=draft.app_version,
            schema_version=draft.schema_version,
            kind=draft.kind,
            sequence=draft.sequence,
            previous=draft.previous,
            source=draft.source,
            coverage=draft.coverage,
            tables=draft.tables,
            files=tuple(self._files),
            acknowledged=draft.acknowledged,
        )
        data = manifest.to_bytes()
        signature = canonical_json(
            {
                "algorithm": SIGNATURE_ALGORITHM,
                "key_fingerprint": draft.source.key_fingerprint,
                "signature": base64.b64encode(self._keys.sign(data)).decode("ascii"),
            }
        )
        self._zip.writestr(self._info(MANIFEST_NAME), data)
        self._zip.writestr(self._info(SIGNATURE_NAME), signature)
        self._zip.close()
        return manifest

    def abort(self) -> None:
        self._zip.close()
