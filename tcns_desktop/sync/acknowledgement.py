"""Acknowledgement files: the upper level tells a commune what it has received, signed.

An acknowledgement names the highest revision of the commune up to which the upper level
holds every change (``to_seq``: the contiguous end of what its bundles covered). The
commune's next incremental bundle starts there, so a bundle lost on the way is healed by the
next one. The file is the signed canonical JSON of its content, base64-wrapped, so the
signature covers exactly the bytes that were signed.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tcns_desktop.sync.container import AtomicFile
from tcns_desktop.sync.errors import AcknowledgementError, BundleError
from tcns_desktop.sync.keys import KeyPair, PublicKeys
from tcns_desktop.sync.manifest import (
    FINGERPRINT_PATTERN,
    ID_PATTERN,
    SHA256_PATTERN,
    TIMESTAMP_PATTERN,
    canonical_json,
    load_json_object,
)

ACK_FORMAT = "tcns-ack"
ACK_VERSION = 1
ACK_SUFFIX = ".tcnsack"
_MAX_ACK_FILE = 1 << 20
# Bundles listed in one acknowledgement (the newest); enough for the commune's history view.
MAX_LISTED_BUNDLES = 200


@dataclass(frozen=True)
class ReceivedBundle:
    bundle_id: str
    sequence: int
    sha256: str
    imported_at: str


@dataclass(frozen=True)
class Acknowledgement:
    ack_id: str
    created_at: str
    hub_site_id: str
    hub_name: str
    hub_fingerprint: str
    commune_code: str
    site_id: str
    database_id: str  # the commune's line of history the upper level follows
    to_seq: int
    gaps: tuple[tuple[int, int], ...]  # revisions missing above to_seq: (from excl., to incl.)
    bundles: tuple[ReceivedBundle, ...]

    def payload(self) -> bytes:
        return canonical_json(
            {
                "ack_id": self.ack_id,
                "created_at": self.created_at,
                "hub": {
                    "site_id": self.hub_site_id,
                    "name": self.hub_name,
                    "key_fingerprint": self.hub_fingerprint,
                },
                "commune": {"code": self.commune_code, "site_id": self.site_id},
                "database_id": self.database_id,
                "to_seq": self.to_seq,
                "gaps": [list(gap) for gap in self.gaps],
                "bundles": [
                    {
                        "bundle_id": b.bundle_id,
                        "sequence": b.sequence,
                        "sha256": b.sha256,
                        "imported_at": b.imported_at,
                    }
                    for b in self.bundles
                ],
            }
        )

    def file_name(self) -> str:
        day = self.created_at[:10].replace("-", "")
        return f"TCNS_ACK_{self.commune_code}_{day}_{self.ack_id[-8:]}{ACK_SUFFIX}"

    def write(self, folder: Path, keys: KeyPair) -> Path:
        payload = self.payload()
        document = canonical_json(
            {
                "format": ACK_FORMAT,
                "format_version": ACK_VERSION,
                "key_fingerprint": self.hub_fingerprint,
                "payload": base64.b64encode(payload).decode("ascii"),
                "signature": base64.b64encode(keys.sign(payload)).decode("ascii"),
            }
        )
        with AtomicFile(folder, "ack") as target:
            target.handle.write(document)
            return target.commit(self.file_name())

    @classmethod
    def read(cls, path: Path, keys: Callable[[str], PublicKeys]) -> Acknowledgement:
        """Read and verify ``path``; ``keys`` gives the trusted upper-level key of a
        fingerprint (or raises a BundleError when there is none)."""
        name = path.name
        try:
            with path.open("rb") as handle:
                data = handle.read(_MAX_ACK_FILE + 1)
        except OSError as exc:
            raise AcknowledgementError(
                f"Không đọc được tệp xác nhận {name}.", detail=str(exc)
            ) from exc
        if len(data) > _MAX_ACK_FILE:
            raise AcknowledgementError(f"Tệp {name} quá lớn, không phải tệp xác nhận của cấp trên.")
        try:
            document = load_json_object(data, f"Tệp xác nhận {name}")
        except BundleError as exc:
            raise AcknowledgementError(
                f"Tệp {name} không phải tệp xác nhận của cấp trên.", detail=exc.message
            ) from exc
        if document.get("format") != ACK_FORMAT:
            raise AcknowledgementError(f"Tệp {name} không phải tệp xác nhận của cấp trên.")
        if document.get("format_version") != ACK_VERSION:
            raise AcknowledgementError(
                f"Tệp xác nhận {name} do phiên bản TCNS Desktop mới hơn tạo ra; hãy cài phiên "
                "bản mới nhất."
            )
        fingerprint = document.get("key_fingerprint")
        if not isinstance(fingerprint, str) or not FINGERPRINT_PATTERN.fullmatch(fingerprint):
            raise AcknowledgementError(f"Tệp xác nhận {name} không có mã khóa hợp lệ.")
        try:
            payload = base64.b64decode(str(document.get("payload", "")), validate=True)
            signature = base64.b64decode(str(document.get("signature", "")), validate=True)
        except (binascii.Error, ValueError) as exc:
            raise AcknowledgementError(f"Tệp xác nhận {name} bị hỏng.") from exc
        public = keys(fingerprint)
        if public.fingerprint != fingerprint or not public.verify(payload, signature):
            raise AcknowledgementError(
                f"Chữ ký của tệp xác nhận {name} không hợp lệ: tệp bị sửa, hoặc không do cấp "
                "trên đã đăng ký khóa ký."
            )
        return cls._from_payload(payload, name, fingerprint)

    @classmethod
    def _from_payload(cls, payload: bytes, name: str, fingerprint: str) -> Acknowledgement:
        try:
            data: dict[str, Any] = json.loads(payload.decode("utf-8"))
            hub = data["hub"]
            commune = data["commune"]
            ack = cls(
                ack_id=_match(data["ack_id"], ID_PATTERN),
                created_at=_match(data["created_at"], TIMESTAMP_PATTERN),
                hub_site_id=_match(hub["site_id"], ID_PATTERN),
                hub_name=_text(hub["name"]),
                hub_fingerprint=_match(hub["key_fingerprint"], FINGERPRINT_PATTERN),
                commune_code=_text(commune["code"]),
                site_id=_match(commune["site_id"], ID_PATTERN),
                database_id=_match(data["database_id"], ID_PATTERN),
                to_seq=_count(data["to_seq"]),
                gaps=tuple((_count(gap[0]), _count(gap[1])) for gap in data["gaps"]),
                bundles=tuple(
                    ReceivedBundle(
                        bundle_id=_match(item["bundle_id"], ID_PATTERN),
                        sequence=_count(item["sequence"]),
                        sha256=_match(item["sha256"], SHA256_PATTERN),
                        imported_at=_match(item["imported_at"], TIMESTAMP_PATTERN),
                    )
                    for item in data["bundles"]
                ),
            )
        except (KeyError, TypeError, ValueError, IndexError, RecursionError) as exc:
            raise AcknowledgementError(
                f"Nội dung tệp xác nhận {name} không đúng định dạng.", detail=str(exc)[:200]
            ) from exc
        if ack.hub_fingerprint != fingerprint:
            raise AcknowledgementError(f"Tệp xác nhận {name} mâu thuẫn về khóa ký.")
        return ack


def _text(value: Any) -> str:
    if not isinstance(value, str) or len(value) > 300:
        raise TypeError("text expected")
    return value


def _match(value: Any, pattern: Any) -> str:
    text = _text(value)
    if not pattern.fullmatch(text):
        raise ValueError(f"bad value {text[:40]!r}")
    return text


def _count(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value < 2**63:
        raise TypeError("count expected")
    return value
