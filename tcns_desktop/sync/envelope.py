"""Encryption of a whole bundle to the upper level's public key (a sealed bundle).

Sign, then encrypt: the signed bundle (the inner zip) is encrypted as a whole with
AES-256-GCM under a key agreed by X25519 between a fresh ephemeral key and the recipient's
public key, stretched by HKDF-SHA256. The outer zip holds a small clear header (who sent it,
for whom, the ephemeral key and nonce: enough to file it without opening it) and the
ciphertext; the header is the cipher's associated data, so changing it breaks decryption.
A lost USB stick or a misaddressed e-mail then leaks no citizen ID.

Both directions stream in chunks, so memory stays flat whatever the bundle's size; the
decrypted bundle is written to a private temporary file and used only once the
authentication tag has been checked.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from tcns_desktop.sync.container import CappedStream, SafeZip
from tcns_desktop.sync.errors import (
    DamagedBundleError,
    MalformedBundleError,
    NewerVersionError,
    WrongRecipientError,
)
from tcns_desktop.sync.keys import KeyPair, PublicKeyFile
from tcns_desktop.sync.manifest import (
    FINGERPRINT_PATTERN,
    ID_PATTERN,
    TIMESTAMP_PATTERN,
    canonical_json,
    load_json_object,
)

ENVELOPE_NAME = "envelope.json"
PAYLOAD_NAME = "payload.bin"
ENVELOPE_FORMAT = "tcns-sealed-bundle"
ENVELOPE_VERSION = 1
ALGORITHM = "X25519-HKDF-SHA256-AES-256-GCM"
_INFO = b"tcns-sealed-bundle-v1"
_TAG_BYTES = 16
_CHUNK = 1 << 20
_MAX_HEADER = 16 * 1024


@dataclass(frozen=True)
class EnvelopeHeader:
    """The clear part of a sealed bundle."""

    recipient_fingerprint: str
    recipient_name: str
    sender_commune_code: str
    sender_commune_name: str
    sender_site_id: str
    sender_fingerprint: str
    created_at: str
    ephemeral_key: bytes
    nonce: bytes
    plaintext_bytes: int
    # The bytes as read, which the cipher authenticated (not a re-serialisation of them).
    raw: bytes = field(default=b"", compare=False, repr=False)

    def to_bytes(self) -> bytes:
        return canonical_json(
            {
                "format": ENVELOPE_FORMAT,
                "format_version": ENVELOPE_VERSION,
                "algorithm": ALGORITHM,
                "recipient": {
                    "fingerprint": self.recipient_fingerprint,
                    "name": self.recipient_name,
                },
                "sender": {
                    "commune_code": self.sender_commune_code,
                    "commune_name": self.sender_commune_name,
                    "site_id": self.sender_site_id,
                    "key_fingerprint": self.sender_fingerprint,
                },
                "created_at": self.created_at,
                "ephemeral_key": base64.b64encode(self.ephemeral_key).decode("ascii"),
                "nonce": base64.b64encode(self.nonce).decode("ascii"),
                "plaintext_bytes": self.plaintext_bytes,
            }
        )

    @classmethod
    def from_bytes(cls, data: bytes, source_name: str) -> EnvelopeHeader:
        what = f"Phần đầu của gói mã hóa {source_name}"
        document = load_json_object(data, what)
        version = document.get("format_version")
        if document.get("format") != ENVELOPE_FORMAT or not isinstance(version, int):
            raise MalformedBundleError(f"{what} không đúng định dạng.")
        if version > ENVELOPE_VERSION or document.get("algorithm") != ALGORITHM:
            raise NewerVersionError(
                f"Gói {source_name} được mã hóa theo cách của phiên bản TCNS Desktop mới hơn; "
                "hãy cài phiên bản mới nhất rồi nhập lại."
            )
        try:
            recipient = document["recipient"]
            sender = document["sender"]
            header = cls(
                recipient_fingerprint=_text(recipient["fingerprint"]),
                recipient_name=_text(recipient["name"]),
                sender_commune_code=_text(sender["commune_code"]),
                sender_commune_name=_text(sender["commune_name"]),
                sender_site_id=_text(sender["site_id"]),
                sender_fingerprint=_text(sender["key_fingerprint"]),
                created_at=_text(document["created_at"]),
                ephemeral_key=base64.b64decode(_text(document["ephemeral_key"]), validate=True),
                nonce=base64.b64decode(_text(document["nonce"]), validate=True),
                plaintext_bytes=_count(document["plaintext_bytes"]),
                raw=data,
            )
        except (KeyError, TypeError, ValueError, binascii.Error) as exc:
            raise MalformedBundleError(f"{what} thiếu hoặc sai trường.", detail=str(exc)) from exc
        if (
            not FINGERPRINT_PATTERN.fullmatch(header.recipient_fingerprint)
            or not FINGERPRINT_PATTERN.fullmatch(header.sender_fingerprint)
            or not ID_PATTERN.fullmatch(header.sender_site_id)
            or not TIMESTAMP_PATTERN.fullmatch(header.created_at)
            or len(header.ephemeral_key) != 32
            or len(header.nonce) != 12
        ):
            raise MalformedBundleError(f"{what} có giá trị không hợp lệ.")
        return header


def _text(value: Any) -> str:
    if not isinstance(value, str) or len(value) > 300:
        raise TypeError("text expected")
    return value


def _count(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise TypeError("count expected")
    return value


def _key(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=ephemeral + recipient, info=_INFO
    ).derive(shared)


def seal(
    plain: Path,
    out: IO[bytes],
    recipient: PublicKeyFile,
    sender: dict[str, str],
    created_at: str,
) -> None:
    """Write a sealed bundle of the signed bundle ``plain`` into ``out``.

    ``sender`` holds commune_code, commune_name, site_id and key_fingerprint.
    """
    ephemeral = X25519PrivateKey.generate()
    ephemeral_raw = ephemeral.public_key().public_bytes_raw()
    recipient_raw = recipient.keys.encryption_raw
    key = _key(ephemeral.exchange(recipient.keys.encryption), ephemeral_raw, recipient_raw)
    nonce = os.urandom(12)
    header = EnvelopeHeader(
        recipient_fingerprint=recipient.fingerprint,
        recipient_name=recipient.name,
        sender_commune_code=sender["commune_code"],
        sender_commune_name=sender["commune_name"],
        sender_site_id=sender["site_id"],
        sender_fingerprint=sender["key_fingerprint"],
        created_at=created_at,
        ephemeral_key=ephemeral_raw,
        nonce=nonce,
        plaintext_bytes=plain.stat().st_size,
    ).to_bytes()
    encryptor = Cipher(algorithms.AES(key), modes.GCM(nonce)).encryptor()
    encryptor.authenticate_additional_data(header)
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_STORED) as archive:
        archive.writestr(ENVELOPE_NAME, header)
        # Stored, not deflated: ciphertext does not compress.
        with archive.open(PAYLOAD_NAME, "w") as payload, plain.open("rb") as source:
            while chunk := source.read(_CHUNK):
                payload.write(encryptor.update(chunk))
            payload.write(encryptor.finalize())
            payload.write(encryptor.tag)


def is_sealed(names: list[str]) -> bool:
    return ENVELOPE_NAME in names


def read_header(archive: SafeZip) -> EnvelopeHeader:
    if set(archive.names) != {ENVELOPE_NAME, PAYLOAD_NAME}:
        raise MalformedBundleError(
            f"Gói mã hóa {archive.source_name} phải có đúng hai tệp {ENVELOPE_NAME} và "
            f"{PAYLOAD_NAME}."
        )
    return EnvelopeHeader.from_bytes(archive.read(ENVELOPE_NAME, _MAX_HEADER), archive.source_name)


def open_sealed(
    archive: SafeZip, header: EnvelopeHeader, keys: KeyPair | None, scratch: Path | None
) -> tuple[Path, str]:
    """Decrypt into a private temporary file; returns its path and the plain SHA-256.

    The caller deletes the file. Nothing of the plaintext is used before the tag is checked.
    """
    source = archive.source_name
    if keys is None or header.recipient_fingerprint != keys.public.fingerprint:
        raise WrongRecipientError(
            f"Gói {source} được mã hóa cho đơn vị khác ({header.recipient_name}, khóa "
            f"{header.recipient_fingerprint}); máy này không mở được."
        )
    if header.plaintext_bytes > archive.limits.max_total_bytes:
        raise DamagedBundleError(f"Gói mã hóa {source} lớn bất thường; gói bị từ chối.")
    if archive.size(PAYLOAD_NAME) != header.plaintext_bytes + _TAG_BYTES:
        raise DamagedBundleError(
            f"Gói mã hóa {source} bị cắt cụt hoặc hỏng (kích thước phần mã hóa không khớp)."
        )
    recipient_raw = keys.public.encryption_raw
    try:
        shared = keys.encryption.exchange(X25519PublicKey.from_public_bytes(header.ephemeral_key))
    except ValueError as exc:
        raise DamagedBundleError(f"Gói mã hóa {source} bị hỏng.", detail=str(exc)) from exc
    key = _key(shared, header.ephemeral_key, recipient_raw)
    decryptor = Cipher(algorithms.AES(key), modes.GCM(header.nonce)).decryptor()
    decryptor.authenticate_additional_data(header.raw)
    fd, name = tempfile.mkstemp(prefix="tcns-bundle-", suffix=".zip", dir=scratch)
    target = Path(name)
    digest = hashlib.sha256()
    try:
        with os.fdopen(fd, "wb") as out:
            stream: CappedStream = archive.open(PAYLOAD_NAME)
            try:
                tail = b""
                while chunk := stream.read(_CHUNK):
                    data = tail + chunk
                    tail = data[-_TAG_BYTES:]
                    plain = decryptor.update(data[:-_TAG_BYTES])
                    digest.update(plain)
                    out.write(plain)
            finally:
                stream.close()
            try:
                last = decryptor.finalize_with_tag(tail)
            except (InvalidTag, ValueError) as exc:
                raise DamagedBundleError(
                    f"Không giải mã được gói {source}: gói đã bị sửa hoặc hỏng khi sao chép.",
                    detail=type(exc).__name__,
                ) from exc
            digest.update(last)
            out.write(last)
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    return target, digest.hexdigest()
