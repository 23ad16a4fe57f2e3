"""Roster files as clerks really keep them, generated for the tests (nothing is checked in).

Each builder writes one file into a folder and returns its path. The layouts copy what
commune workbooks do: title blocks with merged cells, blank rows, two-row headers with
"Nam"/"Nữ" birth-year columns under a merged "Năm sinh", column-number rows, group rows
("I. Thôn Đông"), totals and signature blocks with the signers' names below, IDs and phones
typed as numbers, formulas with and without cached values, "#N/A", TCVN3/VNI text, and CSVs
in the encodings Excel writes.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
import zipfile
from datetime import date
from pathlib import Path

import openpyxl
from openpyxl.styles import Font
from openpyxl.worksheet.worksheet import Worksheet

from tests.legacy_text import encode_tcvn3, encode_vni

TIMES = Font(name="Times New Roman", size=12)
BOLD = Font(name="Times New Roman", size=12, bold=True)
VNTIME = Font(name=".VnTime", size=12)
VNTIME_H = Font(name=".VnTimeH", size=13, bold=True)
VNI_TIMES = Font(name="VNI-Times", size=12)


def _put(ws: Worksheet, ref: str, value: object, font: Font = TIMES, merge: str = "") -> None:
    if merge:
        ws.merge_cells(f"{ref}:{merge}")
    cell = ws[ref]
    cell.value = value
    cell.font = font


def _row(ws: Worksheet, row: int, values: list[object], font: Font = TIMES) -> None:
    for col, value in enumerate(values, start=1):
        if value is not None:
            cell = ws.cell(row, col, value)
            cell.font = font


def _cache_formula_result(path: Path, sheet_part: str, ref: str, value: str) -> None:
    """openpyxl cannot store a formula's cached result; Excel does. Add one to ``ref``."""
    with zipfile.ZipFile(path) as archive:
        members = {info.filename: archive.read(info.filename) for info in archive.infolist()}
    xml = members[sheet_part].decode("utf-8")
    pattern = re.compile(rf'(<c r="{ref}"[^>]*>\s*<f>[^<]*</f>)\s*<v\s*/>')
    xml, count = pattern.subn(rf"\1<v>{value}</v>", xml)
    assert count == 1, f"formula cell {ref} not found"
    members[sheet_part] = xml.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)


# --- 1. one sheet, two-row header, group rows, footer ---------------------------------------

COMMUNE_ROSTER_NAMES = [
    "Nguyễn Văn Hùng",
    "Trần Thị Lan",
    "Lê Văn Nam",
    "Phạm Thị Hoa",
    "Hoàng Văn Minh",
]


def commune_roster_xlsx(folder: Path) -> Path:
    """Title block, header on rows 7–8 (merged "Năm sinh" over "Nam"/"Nữ"), numbering row,
    group rows "I. Thôn Đông" / "II. Thôn Tây", a total, the signature block and signers."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Danh sách"
    _put(ws, "A1", "UBND XÃ TÂN LẬP", BOLD, merge="D1")
    _put(ws, "F1", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", BOLD, merge="J1")
    _put(ws, "F2", "Độc lập - Tự do - Hạnh phúc", BOLD, merge="J2")
    _put(ws, "A4", "DANH SÁCH THÀNH VIÊN TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG", BOLD, merge="J4")
    _put(ws, "A5", "(Kèm theo Quyết định số 12/QĐ-UBND ngày 05/3/2024 của UBND xã Tân Lập)")
    ws.merge_cells("A5:J5")
    for col, label in zip(
        "ABEFGHIJ",
        (
            "STT",
            "Họ và tên",
            "Dân tộc",
            "Chức vụ, đơn vị công tác",
            "Chức danh trong Tổ",
            "Số điện thoại",
            "Số CCCD",
            "Ghi chú",
        ),
        strict=True,
    ):
        _put(ws, f"{col}7", label, BOLD, merge=f"{col}8")
    _put(ws, "C7", "Năm sinh", BOLD, merge="D7")
    _put(ws, "C8", "Nam", BOLD)
    _put(ws, "D8", "Nữ", BOLD)
    _row(ws, 9, [f"({n})" for n in range(1, 11)])
    _put(ws, "A10", "I. Thôn Đông", BOLD, merge="J10")
    _row(
        ws,
        11,
        [
            1,
            "Nguyễn Văn Hùng",
            1975,
            None,
            "Kinh",
            "Trưởng thôn",
            "Tổ trưởng",
            912345678,
            36075012345,
            None,
        ],
    )
    ws["I11"].number_format = "0.00E+00"  # Excel's own display of a long number typed in
    _row(
        ws,
        12,
        [
            2,
            "Trần Thị Lan",
            None,
            "1988",
            "Kinh",
            "Bí thư chi đoàn",
            "Tổ phó",
            "0987654321",
            "036188001234",
            "Đoàn viên",
        ],
    )
    _row(
        ws,
        13,
        [
            3,
            "Lê Văn Nam",
            "=1990+0",
            None,
            "Kinh",
            "Công an viên",
            "Thành viên",
            "#N/A",
            1090001234,
            None,
        ],
    )
    _put(ws, "A14", "II. Thôn Tây", BOLD, merge="J14")
    _row(
        ws,
        15,
        [4, "Phạm Thị Hoa", None, 1992, "Tày", "Giáo viên", "Thành viên", 84912000111, None, None],
    )
    _row(
        ws,
        16,
        [
            5,
            "Hoàng Văn Minh",
            "=1985",
            None,
            "Kinh",
            "Nhân viên VNPT",
            "Thành viên",
            None,
            None,
            None,
        ],
    )
    _put(ws, "A18", "Tổng cộng: 5 người", BOLD, merge="B18")
    _put(ws, "B20", "NGƯỜI LẬP BIỂU", BOLD, merge="D20")
    _put(ws, "G20", "TM. UBND XÃ TÂN LẬP", BOLD, merge="J20")
    _put(ws, "G21", "CHỦ TỊCH", BOLD, merge="J21")
    _put(ws, "B25", "Nguyễn Thị Thư", BOLD)
    _put(ws, "G25", "Nguyễn Văn Hùng", BOLD)
    path = folder / "danh_sach_tcnscd.xlsx"
    wb.save(path)
    _cache_formula_result(path, "xl/worksheets/sheet1.xml", "C16", "1985")
    return path


# --- 2. one sheet per village or team ------------------------------------------------------


def village_sheets_xlsx(folder: Path) -> Path:
    wb = openpyxl.Workbook()
    east = wb.active
    assert east is not None
    east.title = "Thôn Đông"
    _put(east, "A1", "DANH SÁCH THÀNH VIÊN TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG THÔN ĐÔNG", BOLD, merge="H1")
    # shuffled columns, other wordings
    _row(
        east,
        3,
        [
            "Họ tên",
            "STT",
            "Giới tính",
            "Ngày sinh",
            "SĐT",
            "Số định danh cá nhân",
            "Chức vụ trong Tổ",
            "Ghi chú",
        ],
        BOLD,
    )
    _row(
        east,
        4,
        ["Đỗ Văn An", 1, "Nam", date(1985, 3, 12), "0912000001", "001085000001", "Tổ trưởng", None],
    )
    east["D4"].number_format = "dd/mm/yyyy"
    _row(east, 5, ["Vũ Thị Bình", 2, "Nữ", "12/3/1985", 912000002, None, "Thành viên", None])
    _row(east, 6, ["Bùi Văn Cường", 3, "nam", 1990, None, None, "Thành viên", "chỉ năm sinh"])

    west = wb.create_sheet("Sheet2")
    _put(west, "A1", "UBND XÃ TÂN LẬP", BOLD)
    _put(west, "A3", "DANH SÁCH TỔ CNSCĐ THÔN TÂY, XÃ TÂN LẬP, TỈNH PHÚ THỌ", BOLD, merge="F3")
    _row(west, 7, ["TT", "Họ và tên", "Năm sinh", "Điện thoại", "CCCD", "Chức danh"], BOLD)
    _row(west, 8, [1, "Ngô Thị Dung", 1979, None, None, "Tổ trưởng"])
    _row(west, 9, [2, "Đinh Văn Em", 2001, None, None, "Thành viên"])

    team = wb.create_sheet("Tổ 3")
    _row(team, 1, ["Số TT", "Họ và tên", "Năm sinh", "Thôn", "Chức danh trong Tổ"], BOLD)
    _row(team, 2, [1, "Lý Thị Giang", 1995, "Thôn Bắc", "Tổ trưởng"])

    notes = wb.create_sheet("Ghi chú")
    _put(notes, "A1", "Danh sách này cập nhật đến tháng 3/2025.")
    _put(notes, "A2", "Liên hệ cán bộ văn hóa xã khi có thay đổi.")

    hidden = wb.create_sheet("Danh mục")
    _row(hidden, 1, ["STT", "Họ và tên"])
    _row(hidden, 2, [1, "Không được đọc"])
    hidden.sheet_state = "hidden"

    wb.create_sheet("Sheet5")  # empty, as Excel leaves them
    path = folder / "theo_thon.xlsx"
    wb.save(path)
    return path


# --- 3. one sheet with a village column, merged down; repeated header -------------------------


def village_column_xlsx(folder: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Tổng hợp"
    header = [
        "TT",
        "Thôn, TDP",
        "Tổ",
        "Họ và tên",
        "Năm sinh",
        "Nam/Nữ",
        "Dân tộc",
        "Điện thoại",
        "CCCD",
    ]
    _row(ws, 2, header, BOLD)
    _row(ws, 3, [1, "Thôn Đông", "Tổ 1", "Mai Văn Hải", 1980, "Nam", "Kinh", None, None])
    _row(ws, 4, [2, None, None, "Mai Thị Hằng", 1982, "Nữ", "Kinh", None, None])
    _row(ws, 5, [3, None, None, "Mai Văn Hưng", 2000, "Nam", "Kinh", None, None])
    ws.merge_cells("B3:B5")
    ws.merge_cells("C3:C5")
    _row(ws, 6, header, BOLD)  # the header again, as after a page break
    _row(ws, 7, [4, "TDP Số 2", "Tổ 2", "Cao Thị Yến", 1999, "Nữ", "Mường", None, None])
    _row(ws, 8, [None, None, None, None, None, None, None, None, None])
    _row(ws, 9, [5, None, None, None, None, None, None, None, None])  # numbered, empty line
    _row(ws, 10, [None, "Cộng thôn: 4", None, None, None, None, None, None, None])
    path = folder / "cot_thon.xlsx"
    wb.save(path)
    return path


# --- 4. legacy fonts -------------------------------------------------------------------------

TCVN3_NAMES = ["Nguyễn Văn Đức", "Trịnh Thị Ánh"]


def tcvn3_xlsx(folder: Path) -> Path:
    """TCVN3 title in .VnTimeH, header and data in .VnTime; a second sheet in VNI-Times."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Sheet1"
    _put(ws, "A1", encode_tcvn3("DANH SÁCH THÀNH VIÊN TỔ CNSCĐ THÔN ĐÔNG"), VNTIME_H, merge="E1")
    labels = ["STT", "Họ và tên", "Năm sinh", "Giới tính", "Dân tộc"]
    _row(ws, 3, [encode_tcvn3(label) for label in labels], VNTIME)
    _row(ws, 4, [1, encode_tcvn3(TCVN3_NAMES[0]), 1980, encode_tcvn3("Nam"), "Kinh"], VNTIME)
    _row(ws, 5, [2, encode_tcvn3(TCVN3_NAMES[1]), 1984, encode_tcvn3("Nữ"), "Kinh"], VNTIME)

    vni = wb.create_sheet("VNI")
    _row(
        vni,
        1,
        [encode_vni(label) for label in ["STT", "Họ và tên", "Số điện thoại", "Thôn"]],
        VNI_TIMES,
    )
    _row(vni, 2, [1, encode_vni("Lò Văn Sáng"), "0912345678", encode_vni("Bản Mới")], VNI_TIMES)
    path = folder / "tcvn3.xlsx"
    wb.save(path)
    return path


# --- 5. gender ticked in two columns --------------------------------------------------------


def gender_ticks_xlsx(folder: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    _put(ws, "A1", "STT", BOLD, merge="A2")
    _put(ws, "B1", "Họ và tên", BOLD, merge="B2")
    _put(ws, "C1", "Giới tính", BOLD, merge="D1")
    _put(ws, "C2", "Nam", BOLD)
    _put(ws, "D2", "Nữ", BOLD)
    _put(ws, "E1", "Ngày, tháng, năm sinh", BOLD, merge="E2")
    _row(ws, 3, [1, "Hà Văn Tú", "x", None, "01/02/1990"])
    _row(ws, 4, [2, "Hà Thị Vân", None, "x", "03/04/1991"])
    _row(ws, 5, [3, "Hà Văn Lỗi", "x", "x", "05/06/1992"])
    path = folder / "gioi_tinh.xlsx"
    wb.save(path)
    return path


# --- 6. CSV in Excel's encodings ------------------------------------------------------------

CSV_ROWS = [
    ["DANH SÁCH THÀNH VIÊN TỔ CNSCĐ THÔN ĐÔNG"],
    [],
    ["STT", "Họ và tên", "Năm sinh", "Giới tính", "Số điện thoại", "Số CCCD", "Ghi chú"],
    ["1", "Nguyễn Thị Ngọc Ánh", "1990", "Nữ", "0912345678", "001190012345", "Tổ phó; kiêm"],
    ["2", "Trương Văn Đạt", "12/03/1985", "Nam", "", "", "Thành viên"],
]


def _csv_text(delimiter: str) -> str:
    lines = []
    for row in CSV_ROWS:
        cells = [f'"{cell}"' if delimiter in cell or '"' in cell else cell for cell in row]
        lines.append(delimiter.join(cells))
    return "\r\n".join(lines) + "\r\n"


def to_cp1258(text: str) -> bytes:
    """Windows-1258 as Vietnamese Windows writes it: base letters (with â, ê, ô, ơ, ư, ă
    precomposed where the code page has them) followed by combining tone marks."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            # Not in the code page as one character: write base letter + combining marks.
            decomposed = unicodedata.normalize("NFD", ch)
        base, marks = decomposed[0], decomposed[1:]
        shape = "".join(m for m in marks if m in "\u0302\u0306\u031b")  # ^, breve, horn
        tones = "".join(m for m in marks if m not in shape)
        out += unicodedata.normalize("NFC", base + shape).encode("cp1258") + tones.encode("cp1258")
    return bytes(out)


def csv_files(folder: Path) -> dict[str, Path]:
    files = {
        "utf8_bom": ("\ufeff" + _csv_text(",")).encode("utf-8"),
        "utf16_tab": ("\ufeff" + _csv_text("\t")).encode("utf-16-le"),
        "utf16_no_bom": _csv_text("\t").encode("utf-16-le"),
        "cp1258_semicolon": to_cp1258(_csv_text(";")),
        "utf8_sep_line": ("sep=;\r\n" + _csv_text(";")).encode("utf-8"),
    }
    paths = {}
    for name, data in files.items():
        path = folder / f"{name}.csv"
        path.write_bytes(data)
        paths[name] = path
    return paths


# --- 7. bad inputs ---------------------------------------------------------------------------


def bad_files(folder: Path, good_xlsx: Path) -> dict[str, Path]:
    paths = {}

    def write(name: str, data: bytes) -> None:
        paths[name] = folder / name
        paths[name].write_bytes(data)

    write("bao_cao.xlsx", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
    data = good_xlsx.read_bytes()
    write("cat_ngang.xlsx", data[: len(data) // 2])
    ole_header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    directory = "EncryptedPackage".encode("utf-16-le") + b"\x00" * 32
    write("mat_khau.xlsx", ole_header + directory + b"\x00" * 1024)
    write("trang_web.xls", b"<html><body><table><tr><td>STT</td></tr></table></body></html>")
    write("trong.csv", b"")
    write("anh.xlsx", bytes(range(256)) * 8)
    empty = openpyxl.Workbook()
    paths["rong.xlsx"] = folder / "rong.xlsx"
    empty.save(paths["rong.xlsx"])
    no_header = openpyxl.Workbook()
    sheet = no_header.active
    assert sheet is not None
    sheet["A1"] = "Báo cáo tháng 3"
    sheet["A2"] = "Số liệu: 25"
    paths["khong_tieu_de.xlsx"] = folder / "khong_tieu_de.xlsx"
    no_header.save(paths["khong_tieu_de.xlsx"])
    return paths


# --- 8. .xls through LibreOffice ------------------------------------------------------------


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert_with_libreoffice(sources: list[Path], target_format: str, out_dir: Path) -> None:
    """Convert in one LibreOffice start (each start costs seconds). A private profile folder
    keeps parallel runs and the user's own LibreOffice apart."""
    program = soffice()
    assert program is not None
    out_dir.mkdir(parents=True, exist_ok=True)
    profile = out_dir / "lo-profile"
    subprocess.run(
        [
            program,
            f"-env:UserInstallation={profile.resolve().as_uri()}",
            "--headless",
            "--convert-to",
            target_format,
            "--outdir",
            str(out_dir),
            *map(str, sources),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
