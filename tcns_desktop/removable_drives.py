"""The USB sticks and memory cards plugged in now: where a clerk saves a bundle for the
upper level.

Windows says which drives are removable; on Linux and macOS, removable media are mounted
under the desktop's media folders. Listing never fails: a drive that cannot be read is left
out, and the clerk can always choose any folder instead.
"""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

# Windows GetDriveTypeW: 2 is a removable drive (USB stick, memory card).
_DRIVE_REMOVABLE = 2
# Where Linux desktops (udisks) and macOS mount removable media.
_MEDIA_ROOTS = ("/media/", "/run/media/", "/Volumes/")


@dataclass(frozen=True)
class Drive:
    path: Path
    label: str
    free_bytes: int
    total_bytes: int

    @property
    def description(self) -> str:
        """ "KINGSTON (E:) — còn trống 3,2 GB" """
        free = self.free_bytes / 1024**3
        name = f"{self.label} ({self.path})" if self.label else str(self.path)
        return f"{name} — còn trống {free:.1f} GB".replace(".", ",")


def removable_drives() -> list[Drive]:
    if sys.platform == "win32":
        candidates = _windows_removable()
    else:
        candidates = _mounted_media(_mount_points())
    drives = []
    for path, label in candidates:
        try:
            usage = shutil.disk_usage(path)
        except OSError:
            continue  # a card reader with no card, a drive being ejected
        drives.append(Drive(path, label, usage.free, usage.total))
    return drives


def _mount_points() -> list[str]:
    """Mount points from /proc/mounts (Linux); on macOS the entries of /Volumes."""
    mounts = Path("/proc/mounts")
    if mounts.exists():
        try:
            lines = mounts.read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError:
            return []
        # Spaces in mount points are written as \040.
        return [line.split()[1].replace("\\040", " ") for line in lines if len(line.split()) > 1]
    volumes = Path("/Volumes")
    if volumes.is_dir():
        return [str(entry) for entry in volumes.iterdir() if not entry.is_symlink()]
    return []


def _mounted_media(mount_points: Iterable[str]) -> list[tuple[Path, str]]:
    found = []
    for point in mount_points:
        if point.startswith(_MEDIA_ROOTS) and Path(point).is_dir():
            found.append((Path(point), Path(point).name))
    return found


def _windows_removable() -> list[tuple[Path, str]]:  # pragma: no cover - Windows only
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined,unused-ignore]
    mask = kernel32.GetLogicalDrives()
    found = []
    for index in range(26):
        if not mask & (1 << index):
            continue
        root = f"{chr(ord('A') + index)}:\\"
        if kernel32.GetDriveTypeW(root) != _DRIVE_REMOVABLE:
            continue
        name = ctypes.create_unicode_buffer(261)
        ok = kernel32.GetVolumeInformationW(root, name, 261, None, None, None, None, 0)
        found.append((Path(root), name.value if ok else ""))
    return found
