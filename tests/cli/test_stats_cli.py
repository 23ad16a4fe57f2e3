"""`tcns stats`: the figures of a period as a Vietnamese table or as JSON, and its exit codes."""

import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from tcns_desktop.cli import main
from tcns_desktop.domain.enums import PeriodKind
from tcns_desktop.domain.periods import Period


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("stats-cli") / "data"
    assert main(["--data-dir", str(folder), "demo", "--scale", "commune", "--seed", "3"]) == 0
    return folder


def _count(folder: Path, period: Period) -> tuple[int, int]:
    connection = sqlite3.connect(folder / "tcns.sqlite3")
    try:
        row = connection.execute(
            "SELECT count(*), sum(people_reached) FROM activity "
            "WHERE deleted_at IS NULL AND activity_date BETWEEN ? AND ?",
            (period.start.isoformat(), period.end.isoformat()),
        ).fetchone()
    finally:
        connection.close()
    return int(row[0]), int(row[1] or 0)


def test_json_has_stable_keys_and_the_database_figures(
    capsys: pytest.CaptureFixture[str], demo_dir: Path
) -> None:
    period = Period.containing(date.today(), PeriodKind.QUARTER)
    code, out, _ = run(
        capsys, "--data-dir", str(demo_dir), "stats", "--period", period.key, "--json"
    )
    assert code == 0
    data = json.loads(out)
    activities, people = _count(demo_dir, period)
    assert data["period"]["key"] == period.key and data["hub"] is False
    assert data["activities"]["activities"] == activities > 0
    assert data["activities"]["people_reached"] == people
    assert sum(g["activities"] for g in data["by_pillar"]) == activities
    assert {i["code"] for i in data["indicators"]} >= {"VNEID_ACTIVATED", "DVC_DOSSIERS"}
    assert data["active_teams"] > 0 and data["active_members"] > 0


def test_the_table_is_vietnamese(capsys: pytest.CaptureFixture[str], demo_dir: Path) -> None:
    year = str(date.today().year)
    code, out, _ = run(capsys, "--data-dir", str(demo_dir), "stats", "--period", year)
    assert code == 0
    assert out.startswith(f"Thống kê Năm {year} (01/01/{year} – 31/12/{year})")
    for heading in (
        "Tổ đang hoạt động:",
        "Theo trụ cột",
        "Chính quyền số",
        "Theo nhóm kỹ năng số",
        "Theo loại hoạt động",
        "Nội dung (đơn vị tính)",
        "Theo thôn, tổ dân phố",
        "Thành viên chưa được bồi dưỡng:",
    ):
        assert heading in out
    # A period with no activities: blanks are "no data", not zero.
    code, out, _ = run(capsys, "--data-dir", str(demo_dir), "stats", "--period", "2001-Q1")
    assert code == 0 and "Hoạt động: 0" in out and "không có số liệu" in out


def test_bad_input_exits_with_a_vietnamese_message(
    capsys: pytest.CaptureFixture[str], demo_dir: Path, tmp_path: Path
) -> None:
    code, _, err = run(capsys, "--data-dir", str(demo_dir), "stats", "--period", "2026-Q5")
    assert code == 1 and "Kỳ báo cáo \u201c2026-Q5\u201d không hợp lệ" in err
    code, _, err = run(
        capsys, "--data-dir", str(demo_dir), "stats", "--period", "2026", "--commune", "99999"
    )
    assert code == 1 and "Không có xã mã" in err
    code, _, err = run(capsys, "--data-dir", str(tmp_path / "empty"), "stats", "--period", "2026")
    assert code == 1 and "Chưa thiết lập thông tin xã" in err
    with pytest.raises(SystemExit) as usage:
        main(["--data-dir", str(demo_dir), "stats"])
    assert usage.value.code == 2 and "--period" in capsys.readouterr().err
