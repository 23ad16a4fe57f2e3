"""Benchmark: ``read_roster`` against openpyxl alone reading the same 10,000-row roster.

The goal (issue "import clerks' rosters"): importing a 10,000-row roster takes at most 2x the
time openpyxl needs to read the same file in read-only mode. The file is generated once with
openpyxl, laid out as communes do: a title block with merged cells, the header on row 7,
a group row ("I. Thôn …") every 25 members, Times New Roman cells, dates, phones and citizen
IDs typed as numbers, and a signature block.

Timed, each as the median of ``--runs`` runs in this process (imports already done):

1. baseline: ``openpyxl.load_workbook(read_only=True, data_only=True)`` and a
   ``values_only`` iteration over every row of every sheet;
2. ``read_roster(path)``: sniffing, the raw XML scan for merges and formulas, header search,
   fonts and number formats per cell, group/footer rows, ``RawRow`` objects;
3. the sheet reader alone: every row of every sheet as ``open_sheets`` gives them to
   ``read_roster`` (values, fonts, number formats, merges), without the header search;
4. for reference, a full (not read-only) ``load_workbook``, which is what reading merged
   cells and fonts the easy way would cost.

Usage: ``.venv/bin/python bench/bench_roster_read.py [--rows 10000] [--runs 5]``
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import openpyxl  # noqa: E402  (after the path set-up above)
from openpyxl.styles import Font  # noqa: E402

from tcns_desktop.spreadsheets.file_checks import FileKind  # noqa: E402
from tcns_desktop.spreadsheets.roster_reader import read_roster  # noqa: E402
from tcns_desktop.spreadsheets.sheet_sources import open_sheets  # noqa: E402

GOAL_RATIO = 2.0
GROUP_SIZE = 25
FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ")
MIDDLE = ("Văn", "Thị", "Đức", "Ngọc", "Minh", "Thu")
GIVEN = ("Hùng", "Lan", "Nam", "Hoa", "Minh", "Ánh", "Cường", "Dũng", "Hằng", "Tú")
ROLES = ("Tổ trưởng", "Tổ phó", "Thành viên", "Thành viên", "Thành viên")
POSITIONS = ("Trưởng thôn", "Bí thư chi đoàn", "Công an viên", "Giáo viên", "Nhân viên VNPT")


def make_roster(path: Path, rows: int) -> None:
    """A normal (not write-only) workbook: openpyxl then stores text as shared strings, as
    Excel does (write-only mode would store inline strings, which read far slower)."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Danh sách"
    font = Font(name="Times New Roman", size=12)
    bold = Font(name="Times New Roman", size=12, bold=True)

    def put(row: int, values: list[object], cell_font: Font = font) -> None:
        for col, value in enumerate(values, start=1):
            cell = sheet.cell(row, col, value)
            cell.font = cell_font

    put(1, ["UBND XÃ TÂN LẬP", None, None, None, None, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"], bold)
    put(2, [None, None, None, None, None, "Độc lập - Tự do - Hạnh phúc"], bold)
    put(4, ["DANH SÁCH THÀNH VIÊN TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG"], bold)
    for merged in ("A1:D1", "F1:L1", "F2:L2", "A4:L4"):
        sheet.merge_cells(merged)
    header = [
        "STT",
        "Họ và tên",
        "Ngày sinh",
        "Giới tính",
        "Dân tộc",
        "Chức vụ, đơn vị công tác",
        "Chức danh trong Tổ",
        "Số điện thoại",
        "Số CCCD",
        "Thôn",
        "Tổ",
        "Ghi chú",
    ]
    put(7, header, bold)
    row = 7
    for index in range(rows):
        group = index // GROUP_SIZE + 1
        if index % GROUP_SIZE == 0:
            row += 1
            put(row, [f"{group}. Thôn {group}"], bold)
            sheet.merge_cells(f"A{row}:L{row}")
        row += 1
        name = f"{FAMILY[index % 10]} {MIDDLE[index % 6]} {GIVEN[index * 7 % 10]}"
        birth = date(1960, 1, 1) + timedelta(days=index * 3 % 15000)
        put(
            row,
            [
                index + 1,
                name,
                birth,
                "Nam" if index % 2 else "Nữ",
                "Kinh",
                POSITIONS[index % 5],
                ROLES[index % 5],
                912000000 + index,
                1085000000 + index,
                f"Thôn {group}",
                f"Tổ {group}",
                None,
            ],
        )
        sheet.cell(row, 3).number_format = "dd/mm/yyyy"
    put(row + 2, [None, "NGƯỜI LẬP BIỂU", None, None, None, None, "TM. UBND XÃ"], bold)
    put(row + 5, [None, "Nguyễn Thị Thư", None, None, None, None, "Nguyễn Văn Hùng"])
    workbook.save(path)


_INLINE_STRING = re.compile(r'<c ([^>]*?)t="inlineStr"><is><t(?: [^>]*)?>([^<]*)</t></is></c>')
_SHARED_STRINGS_TYPE = (
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
)
_SHARED_STRINGS_REL = (
    '<Relationship Id="rIdShared" Type="http://schemas.openxmlformats.org/officeDocument/'
    '2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
)


def to_shared_strings(path: Path) -> None:
    """Rewrite openpyxl's inline strings as a shared-string table, as Excel stores text.

    openpyxl 3.1 writes every text cell inline (``t="inlineStr"``), which openpyxl then reads
    about 1.5x slower than the shared strings of a workbook saved by Excel: timing only
    openpyxl-written files would flatter the ratio.
    """
    with zipfile.ZipFile(path) as archive:
        parts = {info.filename: archive.read(info.filename) for info in archive.infolist()}
    table: dict[str, int] = {}

    def shared(match: re.Match[str]) -> str:
        index = table.setdefault(match.group(2), len(table))
        return f'<c {match.group(1)}t="s"><v>{index}</v></c>'

    for name in [n for n in parts if n.startswith("xl/worksheets/sheet")]:
        parts[name] = _INLINE_STRING.sub(shared, parts[name].decode("utf-8")).encode("utf-8")
    strings = "".join(f"<si><t>{text}</t></si>" for text in table)
    parts["xl/sharedStrings.xml"] = (
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        f'count="{len(table)}" uniqueCount="{len(table)}">{strings}</sst>'
    ).encode()
    types = parts["[Content_Types].xml"].decode("utf-8")
    parts["[Content_Types].xml"] = types.replace(
        "</Types>", _SHARED_STRINGS_TYPE + "</Types>"
    ).encode()
    rels = parts["xl/_rels/workbook.xml.rels"].decode("utf-8")
    parts["xl/_rels/workbook.xml.rels"] = rels.replace(
        "</Relationships>", _SHARED_STRINGS_REL + "</Relationships>"
    ).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


def openpyxl_alone(path: Path) -> int:
    workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    cells = 0
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows(values_only=True):
            cells += len(row)
    workbook.close()
    return cells


def sheet_reader_alone(path: Path) -> int:
    cells = 0
    with open_sheets(path.read_bytes(), FileKind.XLSX, path.name) as grids:
        for grid in grids:
            for _number, values, _styles in grid.rows():
                cells += len(values)
    return cells


def full_load(path: Path) -> int:
    workbook = openpyxl.load_workbook(path, data_only=True)
    cells = sum(1 for sheet in workbook.worksheets for row in sheet.iter_rows() for _ in row)
    workbook.close()
    return cells


def median_seconds(action: Callable[[], object], runs: int) -> float:
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        timings.append(time.perf_counter() - start)
    return statistics.median(timings)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--full", action="store_true", help="also time a full (not read-only) load")
    args = parser.parse_args()
    worst = 0.0
    with tempfile.TemporaryDirectory() as folder:
        for storage in ("shared strings (as Excel saves)", "inline strings (as openpyxl saves)"):
            path = Path(folder) / f"roster-{len(storage)}.xlsx"
            make_roster(path, args.rows)
            if storage.startswith("shared"):
                to_shared_strings(path)
            source = read_roster(path)  # warm-up, and a check that the file reads as intended
            members = sum(len(sheet.rows) for sheet in source.sheets)
            assert members == args.rows, f"read {members} members, expected {args.rows}"
            size = path.stat().st_size / 1e6
            print(f"{args.rows} members, text as {storage}, {size:.2f} MB, median of {args.runs}")
            baseline = median_seconds(lambda path=path: openpyxl_alone(path), args.runs)
            ours = median_seconds(lambda path=path: read_roster(path), args.runs)
            reader = median_seconds(lambda path=path: sheet_reader_alone(path), args.runs)
            print(f"  openpyxl read-only, all values : {baseline:6.3f} s")
            print(f"  read_roster                    : {ours:6.3f} s")
            print(f"  sheet reader alone             : {reader:6.3f} s ({reader / baseline:.2f}x)")
            if args.full:
                full = median_seconds(lambda path=path: full_load(path), args.runs)
                print(f"  openpyxl full load (reference) : {full:6.3f} s ({full / baseline:.2f}x)")
            ratio = ours / baseline
            worst = max(worst, ratio)
            verdict = "goal met" if ratio <= GOAL_RATIO else "GOAL MISSED"
            print(f"  ratio: {ratio:.2f}x (goal ≤ {GOAL_RATIO:.0f}x) — {verdict}")
    return 0 if worst <= GOAL_RATIO else 1


if __name__ == "__main__":
    raise SystemExit(main())
