"""The command-line contract: names, exit codes, language, and no stray files."""

import subprocess
import sys
from pathlib import Path

import pytest

from tcns_desktop.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


INIT = [
    "init",
    "--province-code",
    "25",
    "--commune-code",
    "07951",
    "--commune-name",
    "Tân Lập",
    "--chair",
    "Nguyễn Văn Hùng",
    "--village",
    "Thôn Đông",
    "--village",
    "Tổ dân phố 2",
]


def test_init_check_backup_restore_round(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = str(tmp_path / "d")
    code, out, _ = run(capsys, "--data-dir", data, *INIT)
    assert code == 0 and "Xã Tân Lập" in out and "2 thôn" in out
    code, out, _ = run(capsys, "--data-dir", data, "check")
    assert code == 0 and "Tính toàn vẹn: tốt" in out and "village: 2" in out
    code, out, _ = run(capsys, "--data-dir", data, "backup")
    assert code == 0 and "Đã sao lưu vào" in out
    code, out, _ = run(capsys, "--data-dir", data, "backup", "--list")
    assert "Thủ công" in out
    code, out, _ = run(capsys, "--data-dir", data, "restore", "--latest")
    assert code == 0 and "Đã khôi phục" in out
    code, out, _ = run(capsys, "--data-dir", data, "check")
    assert code == 0 and "village: 2" in out


def test_init_from_a_config_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data = str(tmp_path / "d")
    code, example, _ = run(capsys, "init", "--print-example")
    config = tmp_path / "xa.toml"
    config.write_text(example, encoding="utf-8")
    code, out, _ = run(capsys, "--data-dir", data, "init", "--config", str(config))
    assert code == 0 and "Phường Ba Đình" in out


def test_invalid_input_exits_non_zero_with_a_vietnamese_message(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = str(tmp_path / "d")
    bad = [a if a != "07951" else "795" for a in INIT]
    code, _, err = run(capsys, "--data-dir", data, *bad)
    assert code == 1 and "Mã xã phải gồm đúng 5 chữ số" in err
    code, _, err = run(capsys, "--data-dir", data, "init")
    assert code == 2 and "--config" in err
    code, _, err = run(capsys, "--data-dir", data, "init", "--config", str(tmp_path / "x.toml"))
    assert code == 2 and "Không tìm thấy tệp cấu hình" in err
    code, _, err = run(capsys, "--data-dir", data, "restore")
    assert code == 2


def test_check_reports_a_damaged_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data = tmp_path / "d"
    run(capsys, "--data-dir", str(data), *INIT)
    (data / "tcns.sqlite3").write_bytes(b"garbage" * 1000)
    for journal in data.glob("tcns.sqlite3-*"):
        journal.unlink()
    code, out, _ = run(capsys, "--data-dir", str(data), "check")
    assert code == 1 and "HỎNG" in out and "tcns restore --latest" in out
    code, _, err = run(capsys, "--data-dir", str(data), "backup")
    assert code == 2 and "bị hỏng" in err


def test_english_by_option_and_by_setting(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = str(tmp_path / "d")
    code, out, _ = run(capsys, "--data-dir", data, "--lang", "en", *INIT)
    assert code == 0 and out.startswith("Saved")
    run(capsys, "--data-dir", data, "config", "--language", "en")
    code, out, _ = run(capsys, "--data-dir", data, "check")
    assert "Integrity: good" in out
    code, out, _ = run(capsys, "--data-dir", data, "--lang", "vi", "check")
    assert "Tính toàn vẹn: tốt" in out


def test_data_dir_environment_variable_keeps_everything_in_one_folder(tmp_path: Path) -> None:
    folder = tmp_path / "portable"
    result = subprocess.run(
        [sys.executable, "-m", "tcns_desktop", *INIT],
        env={"TCNS_DATA_DIR": str(folder), "PATH": "", "HOME": str(tmp_path / "home")},
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 0, result.stderr
    assert (folder / "tcns.sqlite3").exists()
    assert (folder / "logs" / "tcns.log").exists()
    assert not (tmp_path / "home").exists()


def test_roster_import_and_export_exit_codes(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from tests.services.test_roster_files import _clerk_workbook

    data = str(tmp_path / "d")
    run(capsys, "--data-dir", data, *INIT)
    workbook = _clerk_workbook(tmp_path / "ds.xlsx")
    code, out, _ = run(capsys, "--data-dir", data, "roster", "import", str(workbook), "--dry-run")
    assert code == 1 and "3 thêm mới" in out and "2 bị từ chối" in out
    assert "dòng 9" in out and "Chạy thử" in out
    code, out, _ = run(capsys, "--data-dir", data, "roster", "export", str(tmp_path / "x.xlsx"))
    assert code == 0
    code, out, _ = run(
        capsys,
        "--data-dir",
        data,
        "roster",
        "import",
        str(workbook),
        "--rejected-out",
        str(tmp_path / "loi.xlsx"),
    )
    assert code == 1 and "Đã nhập: 3 thêm mới" in out and (tmp_path / "loi.xlsx").exists()
    code, out, _ = run(capsys, "--data-dir", data, "roster", "export", str(tmp_path / "x.xlsx"))
    assert code == 0 and "x.xlsx" in out
    code, out, _ = run(capsys, "--data-dir", data, "roster", "import", str(tmp_path / "x.xlsx"))
    assert code == 0 and "0 thêm mới, 0 cập nhật, 3 không đổi" in out
    (tmp_path / "fake.xlsx").write_bytes(b"%PDF-1.4 not a workbook")
    code, _, err = run(capsys, "--data-dir", data, "roster", "import", str(tmp_path / "fake.xlsx"))
    assert code == 2 and "Lỗi:" in err
