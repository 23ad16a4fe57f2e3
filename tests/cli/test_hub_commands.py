"""The whole trip on the command line: a commune exports, the upper level imports and
reports on every commune, with the same figures as the commune's own report."""

from pathlib import Path

import pypdf
import pytest

from tcns_desktop.cli import main
from tests.sync_fixtures import make_commune


def _tcns(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str]:
    code = main(["--data-dir", str(data), *args])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def _text(pdf: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in pypdf.PdfReader(pdf).pages)


def test_export_import_and_consolidated_report(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    commune_dir, hub_dir, stick = tmp_path / "xa", tmp_path / "so", tmp_path / "usb"
    stick.mkdir()
    make_commune(commune_dir).close()
    assert _tcns(capsys, hub_dir, "hub", "setup", "--name", "Sở KH&CN Phú Thọ")[0] == 0
    code, _ = _tcns(capsys, commune_dir, "keys", "export", "--out", str(stick))
    assert code == 0
    key_file = next(stick.glob("*"))
    assert _tcns(capsys, hub_dir, "keys", "import", str(key_file))[0] == 0
    code, out = _tcns(capsys, commune_dir, "bundle", "export", "--out", str(stick))
    assert code == 0, out
    bundle = next(stick.glob("*.tcns"))
    code, out = _tcns(capsys, hub_dir, "hub", "import", str(bundle), "--dry-run")
    assert code == 0, out
    code, out = _tcns(capsys, hub_dir, "hub", "import", str(stick))
    assert code == 0, out
    code, out = _tcns(capsys, hub_dir, "hub", "status")
    assert code == 0 and "07951" in out

    own, consolidated = tmp_path / "xa.pdf", tmp_path / "so.pdf"
    assert (
        _tcns(capsys, commune_dir, "doc", "report", "--period", "2025", "--out", str(own))[0] == 0
    )
    code, out = _tcns(
        capsys, hub_dir, "hub", "report", "--period", "2025", "--out", str(consolidated)
    )
    assert code == 0, out
    # One commune at the upper level: its activity count reads the same in both reports.
    own_text, hub_text = _text(own), _text(consolidated)
    assert "Tân Lập" in hub_text
    count = own_text.split("các Tổ đã tổ chức ")[1].split(" ")[0]
    assert f"các Tổ đã tổ chức {count} " in hub_text
    code, _ = _tcns(
        capsys, hub_dir, "hub", "report", "--period", "2025", "--format", "xlsx",
        "--out", str(tmp_path / "so.xlsx"),
    )  # fmt: skip
    assert code == 0 and (tmp_path / "so.xlsx").stat().st_size > 0
