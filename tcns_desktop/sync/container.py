"""The zip container: opened defensively (limits, names, streamed caps), written atomically.

Everything about a member is checked from the central directory before a byte is
decompressed: its name (no absolute path, no ``..``, only the names the format allows), its
compression method, its declared size against the total limit, and its compression ratio
against the zip-bomb limit. Reading then never trusts the declared sizes alone: each stream
counts what it yields and stops with an error past the declared size.
"""

from __future__ import annotations

import contextlib
import os
import re
import struct
import tempfile
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import IO

from tcns_desktop.sync.errors import (
    BundleError,
    DamagedBundleError,
    NotABundleError,
    UnsafeBundleError,
)

_LOCAL_HEADER = b"PK\x03\x04"
_SAFE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*(/[A-Za-z0-9][A-Za-z0-9._-]*)*")


@dataclass(frozen=True)
class ReadLimits:
    """Bounds on what reading a bundle may cost, whatever its headers claim."""

    max_members: int = 64
    max_total_bytes: int = 2 << 30  # uncompressed, all members together
    max_ratio: int = 200  # uncompressed / compressed size of one member
    ratio_floor: int = 1 << 20  # members smaller than this are not ratio-checked
    max_manifest_bytes: int = 1 << 20
    max_line_bytes: int = 1 << 20


@contextlib.contextmanager
def damage_guard(source_name: str) -> Iterator[None]:
    """Turn whatever a broken zip makes the standard library raise into one typed error."""
    try:
        yield
    except BundleError:
        raise
    except (
        zipfile.BadZipFile,
        zlib.error,
        EOFError,
        ValueError,
        NotImplementedError,
        RuntimeError,
        OverflowError,
        IndexError,
        KeyError,
        UnicodeError,
        struct.error,
    ) as exc:
        raise DamagedBundleError(
            f"Gói {source_name} bị hỏng hoặc không trọn vẹn (có thể do sao chép bị ngắt "
            "giữa chừng). Hãy xin gửi lại gói.",
            detail=f"{type(exc).__name__}: {exc}",
        ) from exc
    except OSError as exc:
        raise DamagedBundleError(
            f"Không đọc được gói {source_name} (lỗi đọc tệp hoặc ổ đĩa).",
            detail=f"{type(exc).__name__}: {exc}",
        ) from exc


class CappedStream:
    """A member stream that refuses to yield more than its declared size."""

    def __init__(self, stream: IO[bytes], limit: int, name: str, source_name: str) -> None:
        self._stream = stream
        self._left = limit
        self._name = name
        self._source = source_name

    def read(self, size: int = -1) -> bytes:
        with damage_guard(self._source):
            data = self._stream.read(size if size >= 0 else self._left + 1)
        self._left -= len(data)
        if self._left < 0:
            raise UnsafeBundleError(
                f"Tệp {self._name} trong gói {self._source} giải nén ra nhiều hơn kích thước "
                "khai báo (nghi là tệp nén độc hại); gói bị từ chối."
            )
        return data

    def close(self) -> None:
        self._stream.close()


class SafeZip:
    """A zip file opened for reading; members are checked against ``allowed`` and limits."""

    def __init__(
        self,
        path: Path,
        source_name: str,
        limits: ReadLimits,
        allowed: Callable[[str], bool],
    ) -> None:
        self.path = path
        self.source_name = source_name
        self.limits = limits
        self._zip = _open_zip(path, source_name)
        try:
            with damage_guard(source_name):
                self._members = self._checked_members(allowed)
        except BaseException:
            self._zip.close()
            raise

    def __enter__(self) -> SafeZip:
        return self

    def __exit__(
        self,
        _type: type[BaseException] | None,
        _value: BaseException | None,
        _traceback: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def names(self) -> list[str]:
        return list(self._members)

    def size(self, name: str) -> int:
        return self._members[name].file_size

    def read(self, name: str, cap: int) -> bytes:
        """A small member whole (manifest, signature, envelope header)."""
        info = self._members[name]
        if info.file_size > cap:
            raise UnsafeBundleError(
                f"Tệp {name} trong gói {self.source_name} lớn bất thường; gói bị từ chối."
            )
        stream = self.open(name)
        try:
            return stream.read()
        finally:
            stream.close()

    def open(self, name: str) -> CappedStream:
        info = self._members[name]
        with damage_guard(self.source_name):
            raw = self._zip.open(info)
        return CappedStream(raw, info.file_size, name, self.source_name)

    def close(self) -> None:
        self._zip.close()

    def _checked_members(self, allowed: Callable[[str], bool]) -> dict[str, zipfile.ZipInfo]:
        infos = self._zip.infolist()
        limits = self.limits
        if len(infos) > limits.max_members:
            raise UnsafeBundleError(
                f"Gói {self.source_name} chứa {len(infos)} tệp, quá nhiều cho một gói dữ liệu."
            )
        members: dict[str, zipfile.ZipInfo] = {}
        total = 0
        for info in infos:
            name = info.filename
            if not _SAFE_NAME.fullmatch(name) or ".." in name.split("/"):
                raise UnsafeBundleError(
                    f"Gói {self.source_name} chứa tệp có tên nguy hiểm \u201c{name[:80]}\u201d "
                    "(đường dẫn tuyệt đối, có \u201c..\u201d hoặc ký tự không hợp lệ); "
                    "gói bị từ chối."
                )
            if name in members:
                raise UnsafeBundleError(
                    f"Gói {self.source_name} chứa hai tệp cùng tên \u201c{name}\u201d."
                )
            if not allowed(name):
                raise UnsafeBundleError(
                    f"Gói {self.source_name} chứa tệp lạ \u201c{name[:80]}\u201d không thuộc "
                    "định dạng gói dữ liệu TCNS."
                )
            if info.flag_bits & 0x1:
                raise UnsafeBundleError(
                    f"Gói {self.source_name} có tệp đặt mật khẩu kiểu zip; không đọc được."
                )
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                raise UnsafeBundleError(f"Gói {self.source_name} dùng kiểu nén không được hỗ trợ.")
            total += info.file_size
            if total > limits.max_total_bytes:
                raise UnsafeBundleError(
                    f"Gói {self.source_name} giải nén ra hơn "
                    f"{limits.max_total_bytes // (1 << 20):,} MB (nghi là tệp nén độc hại); "
                    "gói bị từ chối."
                )
            if info.file_size > limits.ratio_floor and info.file_size > limits.max_ratio * max(
                info.compress_size, 1
            ):
                raise UnsafeBundleError(
                    f"Tệp {name} trong gói {self.source_name} có tỉ lệ nén bất thường "
                    f"(hơn {limits.max_ratio} lần, nghi là \u201cbom nén\u201d); gói bị từ chối."
                )
            members[name] = info
        return members


def _open_zip(path: Path, source_name: str) -> zipfile.ZipFile:
    try:
        with path.open("rb") as handle:
            start = handle.read(4)
    except OSError as exc:
        raise NotABundleError(
            f"Không mở được tệp {source_name}.", detail=f"{type(exc).__name__}: {exc}"
        ) from exc
    with damage_guard(source_name):
        if not zipfile.is_zipfile(path):
            if start == _LOCAL_HEADER:
                raise DamagedBundleError(
                    f"Gói {source_name} bị cắt cụt hoặc hỏng (thiếu phần cuối của tệp zip); "
                    "có thể do rút USB khi đang chép. Hãy xin gửi lại gói."
                )
            raise NotABundleError(
                f"Tệp {source_name} không phải gói dữ liệu TCNS (không phải tệp zip)."
            )
        return zipfile.ZipFile(path)


# --- Writing -------------------------------------------------------------------------------


class AtomicFile:
    """A file written through a temporary name in its final folder, then flushed, synced and
    renamed: a crash or a pulled USB stick leaves no half-written file under a final name.

    The final name may be decided only once the content is known (it carries the hash).
    """

    def __init__(self, folder: Path, hint: str) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.folder = folder
        fd, name = tempfile.mkstemp(prefix=f".{hint}.", suffix=".tmp", dir=folder)
        self.temporary = Path(name)
        self.handle: IO[bytes] = os.fdopen(fd, "w+b")
        self._done = False

    def __enter__(self) -> AtomicFile:
        return self

    def __exit__(
        self,
        _type: type[BaseException] | None,
        _value: BaseException | None,
        _traceback: TracebackType | None,
    ) -> None:
        if not self._done:
            self.discard()

    def commit(self, name: str) -> Path:
        target = self.folder / name
        self.handle.flush()
        os.fsync(self.handle.fileno())
        self.handle.close()
        self.temporary.replace(target)
        self._done = True
        _sync_folder(self.folder)
        return target

    def discard(self) -> None:
        self._done = True
        with contextlib.suppress(OSError):
            self.handle.close()
        self.temporary.unlink(missing_ok=True)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows has no directory handles for this."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
