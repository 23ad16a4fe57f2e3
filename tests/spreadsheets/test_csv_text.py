"""Encodings and delimiters of CSV rosters."""

from __future__ import annotations

import codecs

from tcns_desktop.spreadsheets.csv_text import (
    decode_text,
    detect_delimiter,
    detect_encoding,
    read_csv_rows,
)
from tests.spreadsheets.corpus import to_cp1258

TEXT = "STT;Họ và tên;Ghi chú\r\n1;Nguyễn Thị Ngọc Ánh;Tổ phó\r\n"


def test_encodings() -> None:
    assert detect_encoding(codecs.BOM_UTF8 + TEXT.encode()) == "utf-8-sig"
    assert detect_encoding(TEXT.encode("utf-16")) == "utf-16"
    assert detect_encoding(TEXT.encode("utf-16-le")) == "utf-16-le"
    assert detect_encoding(TEXT.encode("utf-16-be")) == "utf-16-be"
    assert detect_encoding(TEXT.encode()) == "utf-8"
    assert detect_encoding(to_cp1258(TEXT)) == "cp1258"


def test_cp1258_tone_marks_are_composed() -> None:
    data = to_cp1258(TEXT)
    assert b"\xde" in data or b"\xec" in data  # combining tilde / acute of the code page
    text, encoding = decode_text(data)
    assert encoding == "cp1258"
    assert text == TEXT  # NFC


def test_delimiters_ignore_the_one_cell_title_rows() -> None:
    title = "DANH SÁCH, THÔN ĐÔNG\r\n\r\n"
    assert detect_delimiter(title + TEXT) == ";"
    assert detect_delimiter(title + TEXT.replace(";", "\t")) == "\t"
    assert detect_delimiter(TEXT.replace(";", ",")) == ","
    assert detect_delimiter("một dòng\r\n") == ","


def test_sep_line() -> None:
    rows, _, delimiter = read_csv_rows(("sep=,\r\n" + TEXT.replace(";", ",")).encode())
    assert delimiter == ","
    assert rows[0] == ["STT", "Họ và tên", "Ghi chú"]
