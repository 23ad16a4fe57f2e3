"""Removable media are found among the mount points; a vanished drive is left out."""

from pathlib import Path

from tcns_desktop.removable_drives import Drive, _mounted_media


def test_only_media_folders_count_as_removable(tmp_path: Path, monkeypatch) -> None:
    points = ["/", "/home", "/boot/efi", "/media/clerk/KINGSTON", "/run/media/an/USB DISK"]
    monkeypatch.setattr(Path, "is_dir", lambda path: True)
    found = _mounted_media(points)
    assert [str(path) for path, _label in found] == [
        "/media/clerk/KINGSTON",
        "/run/media/an/USB DISK",
    ]
    assert [label for _path, label in found] == ["KINGSTON", "USB DISK"]


def test_a_drive_describes_itself_in_vietnamese() -> None:
    drive = Drive(Path("E:/"), "KINGSTON", free_bytes=3 * 1024**3 + 200 * 1024**2, total_bytes=0)
    assert drive.description.startswith("KINGSTON (E:")
    assert drive.description.endswith("còn trống 3,2 GB")
