"""What a roster file really is, decided from its first bytes (never from its extension).

Clerks receive files renamed by hand, HTML tables saved by web software as ".xls", PDFs
renamed ".xlsx" and password-protected workbooks; each gets its own plain message. The file
is read once, with a size limit checked before reading.
"""

from __future__ import annotations

import io
import zipfile
from enum import Enum
from pathlib import Path

from tcns_desktop.spreadsheets.errors import SpreadsheetError

_ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# An Office file encrypted with a password (Excel 2007+) is an OLE2 container whose directory
# names this stream (UTF-16LE, as directory entries store names).
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")
_OTHER_FORMATS = (
    (b"%PDF", "tệp PDF"),
    (b"\x89PNG", "ảnh PNG"),
    (b"\xff\xd8\xff", "ảnh JPEG"),
    (b"GIF8", "ảnh GIF"),
    (b"{\\rtf", "văn bản RTF"),
    (b"Rar!", "tệp nén RAR"),
    (b"7z\xbc\xaf", "tệp nén 7-Zip"),
)
_SAVE_AS_XLSX = (
    "Hãy mở tệp bằng Excel, chọn Lưu thành (Save As) kiểu “Excel Workbook (.xlsx)” rồi nhập lại."
)


class FileKind(Enum):
    XLSX = "xlsx"
    XLS = "xls"
    CSV = "csv"


def read_file_bytes(path: Path, max_bytes: int) -> bytes:
    """The whole file, after checking that it exists and is not larger than ``max_bytes``."""
    name = path.name
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise SpreadsheetError(f"Không tìm thấy tệp “{name}”.", str(path)) from None
    except OSError as exc:
        raise SpreadsheetError(f"Không đọc được tệp “{name}”.", repr(exc)) from exc
    if not path.is_file():
        raise SpreadsheetError(f"“{name}” không phải là một tệp.", str(path))
    if size > max_bytes:
        raise SpreadsheetError(
            f"Tệp “{name}” quá lớn ({_megabytes(size)}, tối đa {_megabytes(max_bytes)}). "
            "Hãy tách danh sách thành nhiều tệp nhỏ hơn.",
            f"{size} bytes > {max_bytes}",
        )
    try:
        return path.read_bytes()
    except OSError as exc:
        raise SpreadsheetError(
            f"Không đọc được tệp “{name}” (tệp có thể đang bị chương trình khác khóa).",
            repr(exc),
        ) from exc


def _megabytes(size: int) -> str:
    if size < 1_000_000:
        return f"{size / 1000:.0f} KB"
    return f"{size / 1_000_000:.1f} MB".replace(".", ",")


def detect_kind(data: bytes, name: str, *, max_unpacked: int) -> FileKind:
    """XLSX, XLS or CSV; raises :class:`SpreadsheetError` for anything else.

    ``max_unpacked`` caps the unpacked size of an .xlsx (a "zip bomb" would exhaust memory).
    """
    if not data.strip():
        raise SpreadsheetError(f"Tệp “{name}” không có dữ liệu (tệp trống).", "0 bytes")
    if data.startswith(_ZIP_MAGICS):
        _check_zip(data, name, max_unpacked)
        return FileKind.XLSX
    if data.startswith(_OLE2_MAGIC):
        if _ENCRYPTED_PACKAGE in data:
            raise encrypted_error(name, "OLE2 with EncryptedPackage stream")
        return FileKind.XLS
    for magic, what in _OTHER_FORMATS:
        if data.startswith(magic):
            raise not_a_spreadsheet(name, what)
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<html", b"<!doctype html", b"<table", b"<meta")):
        raise SpreadsheetError(
            f"Tệp “{name}” là trang HTML (thường do phần mềm khác xuất ra với đuôi .xls), "
            f"không phải bảng tính Excel thật. {_SAVE_AS_XLSX}",
            "HTML content",
        )
    if head.startswith(b"<?xml") and b"urn:schemas-microsoft-com:office:spreadsheet" in data[:4096]:
        raise SpreadsheetError(
            f"Tệp “{name}” ở dạng “XML Spreadsheet 2003” mà chương trình không đọc được. "
            f"{_SAVE_AS_XLSX}",
            "SpreadsheetML 2003",
        )
    if _looks_binary(data):
        raise not_a_spreadsheet(name, "")
    return FileKind.CSV


def _check_zip(data: bytes, name: str, max_unpacked: int) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            unpacked = sum(info.file_size for info in archive.infolist())
            mimetype = archive.read("mimetype")[:100] if "mimetype" in names else b""
    except (zipfile.BadZipFile, EOFError, ValueError, NotImplementedError) as exc:
        raise damaged_error(name, exc) from exc
    if unpacked > max_unpacked:
        raise SpreadsheetError(
            f"Tệp “{name}” quá lớn khi giải nén ({_megabytes(unpacked)}). "
            "Hãy tách danh sách thành nhiều tệp nhỏ hơn.",
            f"{unpacked} unpacked bytes > {max_unpacked}",
        )
    if any(n.startswith("xl/") and n.endswith("workbook.xml") for n in names):
        return
    if "xl/workbook.bin" in names:
        raise SpreadsheetError(
            f"Tệp “{name}” là bảng tính Excel nhị phân (.xlsb), chương trình chưa đọc được. "
            f"{_SAVE_AS_XLSX}",
            "xlsb",
        )
    if b"opendocument.spreadsheet" in mimetype:
        raise SpreadsheetError(
            f"Tệp “{name}” là bảng tính OpenDocument (.ods). {_SAVE_AS_XLSX}", "ods"
        )
    if any(n.startswith("word/") for n in names):
        raise not_a_spreadsheet(name, "văn bản Word")
    if any(n.startswith("ppt/") for n in names):
        raise not_a_spreadsheet(name, "bản trình chiếu PowerPoint")
    if not names or "[Content_Types].xml" in names:
        raise damaged_error(name, ValueError("zip without xl/workbook.xml"))
    raise not_a_spreadsheet(name, "tệp nén ZIP")


def _looks_binary(data: bytes) -> bool:
    """Text files (CSV in any of the encodings we read) have almost no control bytes, apart
    from the NULs of UTF-16."""
    sample = data[:8192]
    if sample.count(b"\x00") > len(sample) // 4:
        return False  # UTF-16: the CSV reader decides
    controls = sum(1 for b in sample if b < 0x20 and b not in (0x09, 0x0A, 0x0D))
    return controls > max(2, len(sample) // 100)


def not_a_spreadsheet(name: str, what: str) -> SpreadsheetError:
    found = f" (nội dung là {what})" if what else ""
    return SpreadsheetError(
        f"Tệp “{name}” không phải bảng tính Excel (.xlsx, .xls) hay tệp CSV{found}. "
        "Hãy chọn đúng tệp danh sách.",
        what or "unknown content",
    )


def encrypted_error(name: str, detail: str) -> SpreadsheetError:
    return SpreadsheetError(
        f"Tệp “{name}” được đặt mật khẩu nên chương trình không đọc được. Hãy mở tệp bằng "
        "Excel, gỡ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc) rồi lưu lại và nhập lại.",
        detail,
    )


def damaged_error(name: str, exc: BaseException) -> SpreadsheetError:
    return SpreadsheetError(
        f"Tệp “{name}” bị hỏng hoặc chưa được sao chép hết nên không đọc được. Hãy mở tệp gốc "
        "bằng Excel, lưu thành tệp mới rồi nhập lại.",
        repr(exc),
    )
