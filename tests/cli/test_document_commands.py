"""``tcns doc``: decisions, reports, the register and reprints, through the handlers that
``register`` adds to a parser; exit codes as ``cli.main`` gives them."""

from __future__ import annotations

import argparse
import io
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from tcns_desktop.cli import Console
from tcns_desktop.document_commands import register
from tcns_desktop.errors import TcnsError
from tcns_desktop.paths import AppPaths
from tcns_desktop.preferences import Preferences
from tcns_desktop.services.workspace import Workspace
from tcns_desktop.translation_catalog import Catalog
from tests.services.document_data import (
    EAST_TEAM,
    add_activities,
    build_commune,
)


@pytest.fixture
def teams(paths: AppPaths) -> dict[str, str]:
    workspace, _ = Workspace.open(paths, Preferences())
    try:
        made = build_commune(workspace)
        add_activities(workspace, made)
        return made.teams
    finally:
        workspace.close()


def run(paths: AppPaths, *argv: str) -> tuple[int, str, str]:
    """Parse ``argv`` with the registered commands and run the handler as ``cli.main`` does."""
    out, err = io.StringIO(), io.StringIO()
    console = Console(Catalog(), out, err)
    parser = argparse.ArgumentParser(prog="tcns")
    register(parser.add_subparsers(), console)
    args = parser.parse_args(list(argv))
    try:
        code = int(args.handler(args, paths, Preferences(), console))
    except TcnsError as exc:
        console.fail(f"Lỗi: {exc.message}")
        for problem in getattr(exc, "problems", []):
            console.fail(f"  - {problem}")
        code = exc.exit_code
    return code, out.getvalue(), err.getvalue()


def test_a_decision_is_issued_listed_and_reprinted_identically(
    paths: AppPaths, teams: dict[str, str], tmp_path: Path
) -> None:
    issued = tmp_path / "qd.pdf"
    code, out, _ = run(
        paths,
        "doc", "decision", "--all-villages", "--number", "5", "--date", "2025-02-05",
        "--out", str(issued),
    )  # fmt: skip
    assert code == 0, out
    assert "Đã ban hành Quyết định số 05/QĐ-UBND ngày 05/02/2025 (2 Tổ, 6 thành viên)" in out
    assert issued.read_bytes().startswith(b"%PDF")
    code, out, _ = run(paths, "doc", "list")
    assert code == 0
    assert "05/02/2025  05/QĐ-UBND  Quyết định thành lập" in out
    document_id = out.split()[0]
    again = tmp_path / "again.pdf"
    code, out, _ = run(paths, "doc", "reprint", document_id, "--out", str(again))
    assert code == 0 and "giống hệt bản đã ban hành" in out
    assert again.read_bytes() == issued.read_bytes()


def test_teams_are_named_by_id_or_by_name_without_accents(
    paths: AppPaths, teams: dict[str, str], tmp_path: Path
) -> None:
    code, out, err = run(
        paths,
        "doc", "decision", "--team", "thon dong", teams["Tổ công nghệ số cộng đồng thôn Tây"],
        "--kind", "reformation", "--signing", "on_behalf_of_chair",
        "--number", "7", "--date", "2025-06-01", "--out", str(tmp_path / "kt.pdf"),
    )  # fmt: skip
    assert code == 0, err
    code, out, _ = run(paths, "doc", "list")
    assert "07/QĐ-UBND  Quyết định kiện toàn" in out and "Trần Thị Mai" in out
    code, _, err = run(
        paths, "doc", "decision", "--team", "thôn", "--number", "8", "--date", "2025-06-01",
        "--out", str(tmp_path / "x.pdf"),
    )  # fmt: skip
    assert code == 1 and "khớp nhiều Tổ" in err
    code, _, err = run(
        paths, "doc", "decision", "--team", "không có", "--number", "8", "--date", "2025-06-01",
        "--out", str(tmp_path / "x.pdf"),
    )  # fmt: skip
    assert code == 1 and "Không tìm thấy Tổ" in err


def test_a_used_number_and_usage_errors_exit_non_zero(
    paths: AppPaths, teams: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["doc", "decision", "--team", EAST_TEAM, "--number", "5", "--date", "2025-02-05"]
    assert run(paths, *args, "--out", str(tmp_path / "a.pdf"))[0] == 0
    code, _, err = run(paths, *args, "--out", str(tmp_path / "b.pdf"))
    assert code == 1 and "05/QĐ-UBND năm 2025 đã có trong sổ" in err
    assert not (tmp_path / "b.pdf").exists()
    with pytest.raises(SystemExit) as missing:
        run(paths, "doc", "decision", "--all-villages", "--out", str(tmp_path / "c.pdf"))
    assert missing.value.code == 2
    with pytest.raises(SystemExit) as bad_date:
        run(paths, *args[:-1], "05/02/2025", "--out", str(tmp_path / "c.pdf"))
    assert bad_date.value.code == 2
    capsys.readouterr()


def test_reports_as_excel_as_a_draft_and_as_an_issued_pdf(
    paths: AppPaths, teams: dict[str, str], tmp_path: Path
) -> None:
    workbook = tmp_path / "bc.xlsx"
    code, out, _ = run(
        paths, "doc", "report", "--period", "2025-Q3", "--format", "xlsx", "--out", str(workbook)
    )
    assert code == 0 and "Đã lưu báo cáo Quý III năm 2025 dạng Excel" in out
    assert openpyxl.load_workbook(workbook).sheetnames[0] == "Báo cáo"

    draft = tmp_path / "nhap.pdf"
    code, out, _ = run(paths, "doc", "report", "--period", "2025-Q3", "--out", str(draft))
    assert code == 0 and "bản nháp" in out and draft.exists()
    assert "Sổ văn bản chưa có văn bản nào." in run(paths, "doc", "list")[1]

    issued = tmp_path / "bc.pdf"
    code, out, _ = run(
        paths, "doc", "report", "--period", "2025-Q3", "--number", "3",
        "--date", date(2025, 10, 6).isoformat(), "--out", str(issued),
    )  # fmt: skip
    assert code == 0 and "Đã ban hành Báo cáo số 03/BC-UBND (Quý III năm 2025)" in out
    assert "03/BC-UBND  Báo cáo định kỳ" in run(paths, "doc", "list")[1]

    code, _, err = run(paths, "doc", "report", "--period", "2025-Q5", "--out", str(draft))
    assert code == 2 and "không có quý 5" in err
    code, _, err = run(
        paths, "doc", "report", "--period", "2025-Q3", "--number", "4", "--out", str(draft)
    )
    assert code == 2 and "--date" in err
