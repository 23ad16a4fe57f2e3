"""The sync command handlers: a commune and its upper level exchanging keys, bundles, acks."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tcns_desktop.services.workspace import Workspace
from tcns_desktop.sync.errors import BundleError
from tcns_desktop.sync_commands import WorkspaceHandler, add_parsers
from tests.sync_fixtures import make_commune, open_workspace


class Console:
    def __init__(self) -> None:
        self.lines: list[str] = []

    def translate(self, _context: str, text: str) -> str:
        return text

    def say(self, text: str) -> None:
        self.lines.append(text)

    def fail(self, text: str) -> None:
        self.lines.append(text)

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


Runner = Callable[..., tuple[int, str]]


def runner(workspace: Workspace) -> Runner:
    """Parse a command line as ``tcns`` would and run it on ``workspace``."""

    def with_workspace(handler: WorkspaceHandler) -> Callable[..., int]:
        def run(args: argparse.Namespace, con: Console) -> int:
            return handler(args, workspace, con)

        return run

    def run(*argv: str | Path) -> tuple[int, str]:
        con = Console()
        parser = argparse.ArgumentParser(prog="tcns")
        add_parsers(parser.add_subparsers(), con, with_workspace)
        args = parser.parse_args([str(a) for a in argv])
        code = args.handler(args, con)
        return code, con.text

    return run


@pytest.fixture
def offices(tmp_path: Path) -> Iterator[tuple[Runner, Runner]]:
    commune = make_commune(tmp_path / "commune")
    hub = open_workspace(tmp_path / "hub")
    yield runner(commune), runner(hub)
    commune.close()
    hub.close()


def test_a_commune_and_its_upper_level_work_from_the_command_line(
    offices: tuple[Runner, Runner], tmp_path: Path
) -> None:
    xa, cap_tren = offices
    code, out = cap_tren("hub", "setup", "--name", "Sở KH&CN tỉnh Phú Thọ", "--code", "25")
    assert code == 0 and "Mã nhận dạng khóa" in out
    code, out = cap_tren("keys", "export", "--out", tmp_path)
    assert code == 0 and "TCNS_KEY_25.tcnskey" in out
    code, out = xa("keys", "import", tmp_path / "TCNS_KEY_25.tcnskey")
    assert code == 0 and "Đã nhập khóa của cấp trên" in out
    code, out = xa("keys", "export", "--out", tmp_path / "xa.tcnskey")
    assert code == 0
    code, out = cap_tren("keys", "import", tmp_path / "xa.tcnskey")
    assert code == 0 and "Đã đăng ký khóa của Xã Tân Lập (07951)" in out
    code, out = xa("bundle", "export", "--out", tmp_path / "usb", "--encrypt")
    assert code == 0 and "Đã xuất gói số 1" in out and "Đã mã hóa cho" in out
    bundle = next((tmp_path / "usb").glob("*.tcns"))
    code, out = xa("bundle", "verify", bundle)
    assert code == 0 and "chỉ kiểm tra được phần bao ngoài" in out
    code, out = cap_tren("bundle", "verify", bundle)
    assert code == 0 and "mọi dòng dữ liệu: tốt" in out
    code, out = cap_tren("hub", "import", tmp_path / "usb", "--dry-run")
    assert code == 0 and "Chạy thử" in out and "nhập được" in out
    code, out = cap_tren("hub", "import", tmp_path / "usb", "--ack-dir", tmp_path / "acks")
    assert code == 0 and "Đã ghi tệp xác nhận gửi xã" in out
    code, out = cap_tren("hub", "status")
    assert code == 0 and "Gói gần nhất: số 1" in out
    ack = next((tmp_path / "acks").glob("*.tcnsack"))
    code, out = xa("bundle", "ack", ack)
    assert code == 0 and "xác nhận đã nhận đủ" in out
    code, out = xa("bundle", "status")
    assert code == 0 and "Gói gần nhất: số 1" in out
    code, out = cap_tren("keys", "list")
    assert "07951 Xã Tân Lập" in out
    fingerprint = out.split(": ")[-1]
    code, out = cap_tren("keys", "revoke", fingerprint, "--reason", "mất máy")
    assert code == 0 and "Đã thu hồi khóa" in out
    (tmp_path / "usb2").mkdir()
    xa("bundle", "export", "--out", tmp_path / "usb2", "--full")
    code, out = cap_tren("hub", "import", tmp_path / "usb2")
    assert code == 1 and "bị từ chối" in out and "thu hồi" in out


def test_an_unreadable_file_is_a_bad_input_error(
    offices: tuple[Runner, Runner], tmp_path: Path
) -> None:
    xa, _cap_tren = offices
    junk = tmp_path / "junk.tcns"
    junk.write_text("không phải gói", encoding="utf-8")
    with pytest.raises(BundleError) as error:
        xa("bundle", "verify", junk)
    assert error.value.exit_code == 2 and "không phải tệp zip" in error.value.message
