"""Key pairs of a site (Ed25519 to sign, X25519 to receive), their files and fingerprints.

Each installation has one signing key and one encryption key, made on first use and kept as
PEM files in the data folder, readable by the user only. Public halves travel as a small text
file that names the commune (or the upper-level office) and the fingerprint, so the receiving
clerk can compare it with a printed, stamped slip before trusting it: keys are exchanged
offline, and the fingerprint is what makes that exchange checkable by a person.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
import os
import re
import tempfile
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from tcns_desktop.domain.identifiers import now_text
from tcns_desktop.sync.errors import KeyFileError

SIGNING_KEY_FILE = "signing-ed25519.pem"
ENCRYPTION_KEY_FILE = "encryption-x25519.pem"
PUBLIC_KEY_SUFFIX = ".tcnskey"
PUBLIC_KEY_FORMAT = "TCNS-PUBLIC-KEY"
PUBLIC_KEY_VERSION = 1

# A public key file is a dozen short lines; anything much larger is not one.
_MAX_PUBLIC_KEY_FILE = 16 * 1024
_FINGERPRINT_DOMAIN = b"TCNS-KEY-V1\0"
_FINGERPRINT_BYTES = 16
_FINGERPRINT_TEXT = re.compile(r"[0-9A-F]{32}")


class KeyRole(StrEnum):
    COMMUNE = "commune"
    HUB = "hub"


def format_fingerprint(compact: str) -> str:
    """ "3F2A9C01…" → "3F2A-9C01-…": eight groups of four, easy to read aloud and to print."""
    return "-".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def normalise_fingerprint(text: str) -> str:
    """The grouped form of a fingerprint typed or pasted in any spacing; KeyFileError if bad."""
    compact = re.sub(r"[\s:\-]", "", text).upper()
    if not _FINGERPRINT_TEXT.fullmatch(compact):
        raise KeyFileError(
            f"Mã nhận dạng khóa \u201c{text.strip()[:60]}\u201d không hợp lệ "
            "(cần 32 chữ số hệ 16, ví dụ 3F2A-9C01-…)."
        )
    return format_fingerprint(compact)


@dataclass(frozen=True)
class PublicKeys:
    """The public halves of a site's two keys; the fingerprint covers both."""

    signing: Ed25519PublicKey
    encryption: X25519PublicKey

    @property
    def signing_raw(self) -> bytes:
        return self.signing.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)

    @property
    def encryption_raw(self) -> bytes:
        return self.encryption.public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )

    @property
    def fingerprint(self) -> str:
        digest = hashlib.sha256(_FINGERPRINT_DOMAIN + self.signing_raw + self.encryption_raw)
        return format_fingerprint(digest.digest()[:_FINGERPRINT_BYTES].hex().upper())

    def verify(self, data: bytes, signature: bytes) -> bool:
        try:
            self.signing.verify(signature, data)
        except InvalidSignature:
            return False
        return True

    def signing_text(self) -> str:
        return base64.b64encode(self.signing_raw).decode("ascii")

    def encryption_text(self) -> str:
        return base64.b64encode(self.encryption_raw).decode("ascii")

    @classmethod
    def from_text(cls, signing: str, encryption: str) -> PublicKeys:
        """From the base64 texts of a key file or a database row; KeyFileError if bad."""
        try:
            signing_raw = base64.b64decode(signing, validate=True)
            encryption_raw = base64.b64decode(encryption, validate=True)
            return cls(
                Ed25519PublicKey.from_public_bytes(signing_raw),
                X25519PublicKey.from_public_bytes(encryption_raw),
            )
        except (binascii.Error, ValueError, UnsupportedAlgorithm) as exc:
            raise KeyFileError(
                "Khóa công khai bị hỏng (không đúng định dạng Ed25519/X25519).", detail=str(exc)
            ) from exc


@dataclass(frozen=True)
class KeyPair:
    """A site's private keys. Never leaves the data folder."""

    signing: Ed25519PrivateKey
    encryption: X25519PrivateKey

    @property
    def public(self) -> PublicKeys:
        return PublicKeys(self.signing.public_key(), self.encryption.public_key())

    def sign(self, data: bytes) -> bytes:
        return self.signing.sign(data)

    @classmethod
    def generate(cls) -> KeyPair:
        return cls(Ed25519PrivateKey.generate(), X25519PrivateKey.generate())


class KeyStore:
    """The private key files of this installation, in ``folder`` (``<data>/keys``)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    @property
    def signing_file(self) -> Path:
        return self.folder / SIGNING_KEY_FILE

    @property
    def encryption_file(self) -> Path:
        return self.folder / ENCRYPTION_KEY_FILE

    def exists(self) -> bool:
        return self.signing_file.is_file() and self.encryption_file.is_file()

    def load_or_create(self) -> KeyPair:
        """The key pair, made now if this installation has none yet (first use)."""
        if not self.signing_file.exists():
            _write_private(self.signing_file, _pem(Ed25519PrivateKey.generate()))
        if not self.encryption_file.exists():
            _write_private(self.encryption_file, _pem(X25519PrivateKey.generate()))
        return self.load()

    def load(self) -> KeyPair:
        signing = _read_private(self.signing_file)
        encryption = _read_private(self.encryption_file)
        if not isinstance(signing, Ed25519PrivateKey) or not isinstance(
            encryption, X25519PrivateKey
        ):
            raise KeyFileError(
                f"Tệp khóa riêng trong {self.folder} không đúng loại khóa; "
                "hãy khôi phục thư mục khóa từ bản sao lưu."
            )
        return KeyPair(signing, encryption)


def _pem(key: Ed25519PrivateKey | X25519PrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def _read_private(path: Path) -> object:
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise KeyFileError(
            f"Chưa có khóa riêng của máy này ({path.name}).", detail=str(path)
        ) from exc
    except OSError as exc:
        raise KeyFileError(f"Không đọc được tệp khóa riêng {path}.", detail=str(exc)) from exc
    try:
        return serialization.load_pem_private_key(data, password=None)
    except (ValueError, TypeError, UnsupportedAlgorithm) as exc:
        raise KeyFileError(
            f"Tệp khóa riêng {path.name} bị hỏng; hãy khôi phục thư mục khóa từ bản sao lưu.",
            detail=str(exc),
        ) from exc


def _write_private(path: Path, data: bytes) -> None:
    """Owner-only permissions from the first byte (no window where others could read it)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(OSError):  # Windows: per-user profile folders already protect it
        path.parent.chmod(0o700)
    # mkstemp creates the file readable and writable by its owner only (0600).
    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        Path(temporary).replace(path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


# --- Public key files ----------------------------------------------------------------------


@dataclass(frozen=True)
class PublicKeyFile:
    """What a ``.tcnskey`` file says: who the keys belong to, and the keys themselves."""

    role: KeyRole
    code: str  # commune code (5 digits) for a commune; the office's short code for a hub
    name: str
    site_id: str
    created_at: str
    keys: PublicKeys

    @property
    def fingerprint(self) -> str:
        return self.keys.fingerprint

    def render(self) -> str:
        who = "xã" if self.role is KeyRole.COMMUNE else "cơ quan cấp trên"
        lines = [
            f"# TCNS Desktop — khóa công khai của {who}: {self.name}",
            "# Tệp này không bí mật: có thể gửi qua thư điện tử hoặc USB.",
            "# Trước khi đăng ký, hãy so mã nhận dạng (fingerprint) dưới đây với phiếu in có",
            "# chữ ký, đóng dấu của đơn vị gửi.",
            f"{PUBLIC_KEY_FORMAT}: {PUBLIC_KEY_VERSION}",
            f"role: {self.role.value}",
            f"code: {self.code}",
            f"name: {self.name}",
            f"site-id: {self.site_id}",
            f"created-at: {self.created_at}",
            f"signing-key: ed25519:{self.keys.signing_text()}",
            f"encryption-key: x25519:{self.keys.encryption_text()}",
            f"fingerprint: {self.fingerprint}",
        ]
        return "\n".join(lines) + "\n"

    def write(self, path: Path) -> Path:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
                handle.write(self.render())
                handle.flush()
                os.fsync(handle.fileno())
            Path(temporary).replace(path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        return path

    @classmethod
    def read(cls, path: Path) -> PublicKeyFile:
        try:
            with path.open("rb") as handle:
                data = handle.read(_MAX_PUBLIC_KEY_FILE + 1)
        except OSError as exc:
            raise KeyFileError(f"Không đọc được tệp khóa {path}.", detail=str(exc)) from exc
        if len(data) > _MAX_PUBLIC_KEY_FILE:
            raise KeyFileError(f"Tệp {path.name} quá lớn, không phải tệp khóa công khai TCNS.")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise KeyFileError(
                f"Tệp {path.name} không phải tệp khóa công khai TCNS (không phải văn bản UTF-8)."
            ) from exc
        return cls.parse(text, path.name)

    @classmethod
    def parse(cls, text: str, source: str = "") -> PublicKeyFile:
        fields: dict[str, str] = {}
        for raw in text.splitlines():
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            key, separator, value = line.partition(":")
            if not separator or key.strip() in fields:
                raise KeyFileError(
                    f"Tệp {source} không phải tệp khóa công khai TCNS "
                    f"(dòng \u201c{line[:40]}\u201d)."
                )
            fields[key.strip()] = value.strip()
        version = fields.pop(PUBLIC_KEY_FORMAT, None)
        if version is None:
            raise KeyFileError(f"Tệp {source} không phải tệp khóa công khai TCNS.")
        if version != str(PUBLIC_KEY_VERSION):
            raise KeyFileError(
                f"Tệp khóa {source} có định dạng phiên bản {version[:10]}, mới hơn chương trình "
                "này; hãy cài phiên bản TCNS Desktop mới nhất."
            )
        expected = {
            "role",
            "code",
            "name",
            "site-id",
            "created-at",
            "signing-key",
            "encryption-key",
            "fingerprint",
        }
        if set(fields) != expected:
            missing = sorted(expected - set(fields))
            unknown = sorted(set(fields) - expected)
            raise KeyFileError(
                f"Tệp khóa {source} không đúng định dạng"
                + (f"; thiếu: {', '.join(missing)}" if missing else "")
                + (f"; dòng lạ: {', '.join(u[:30] for u in unknown)}" if unknown else "")
                + "."
            )
        try:
            role = KeyRole(fields["role"])
        except ValueError as exc:
            raise KeyFileError(
                f"Tệp khóa {source}: vai trò \u201c{fields['role'][:20]}\u201d lạ."
            ) from exc
        signing = _strip_prefix(fields["signing-key"], "ed25519:", source)
        encryption = _strip_prefix(fields["encryption-key"], "x25519:", source)
        keys = PublicKeys.from_text(signing, encryption)
        stated = normalise_fingerprint(fields["fingerprint"])
        if stated != keys.fingerprint:
            raise KeyFileError(
                f"Tệp khóa {source} bị sửa hoặc hỏng: mã nhận dạng ghi trong tệp ({stated}) "
                f"không khớp với khóa ({keys.fingerprint})."
            )
        if not fields["site-id"] or not fields["code"]:
            raise KeyFileError(f"Tệp khóa {source} thiếu mã đơn vị hoặc mã máy.")
        return cls(
            role=role,
            code=fields["code"],
            name=fields["name"],
            site_id=fields["site-id"],
            created_at=fields["created-at"],
            keys=keys,
        )

    @classmethod
    def of(
        cls, role: KeyRole, code: str, name: str, site_id: str, keys: PublicKeys
    ) -> PublicKeyFile:
        return cls(role, code, name, site_id, now_text(), keys)


def _strip_prefix(value: str, prefix: str, source: str) -> str:
    if not value.startswith(prefix):
        raise KeyFileError(f"Tệp khóa {source}: khóa phải bắt đầu bằng \u201c{prefix}\u201d.")
    return value[len(prefix) :]
