"""Titles, group rows, totals and signatures: the rows around the members."""

from __future__ import annotations

import pytest

from tcns_desktop.spreadsheets.roster_layout import (
    FooterKind,
    context_from_sheet_name,
    context_from_titles,
    display_name,
    footer_kind,
    is_column_numbering,
    parse_group_label,
)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Thôn Đông", ("Thôn Đông", None)),
        ("TDP 3", ("TDP 3", None)),
        ("Tổ dân phố Số 1", ("Tổ dân phố Số 1", None)),
        ("Bản Mới", ("Bản Mới", None)),
        ("Tổ 1", (None, "Tổ 1")),
        ("Sheet1", (None, None)),
        ("Danh sách", (None, None)),
        ("Ban chỉ đạo", (None, None)),
    ],
)
def test_sheet_names(name: str, expected: tuple[str | None, str | None]) -> None:
    assert context_from_sheet_name(name) == expected


@pytest.mark.parametrize(
    ("titles", "expected"),
    [
        (["DANH SÁCH THÀNH VIÊN TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG THÔN ĐÔNG"], ("Thôn Đông", None)),
        (["DANH SÁCH TỔ CNSCĐ THÔN TÂY, XÃ TÂN LẬP"], ("Thôn Tây", None)),
        (["Danh sách thành viên Tổ CNSCĐ tổ dân phố 5 - phường An Hòa"], ("Tổ dân phố 5", None)),
        (["DANH SÁCH THÀNH VIÊN TỔ 3"], (None, "Tổ 3")),
        (["UBND XÃ TÂN LẬP", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"], (None, None)),
        (["DANH SÁCH", "Địa bàn: Thôn Bắc"], ("Thôn Bắc", None)),
        (["(Kèm theo Quyết định số 12/QĐ-UBND ngày 05/3/2024)"], (None, None)),
    ],
)
def test_titles(titles: list[str], expected: tuple[str | None, str | None]) -> None:
    assert context_from_titles(titles) == expected


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("I. Thôn Đông", ("Thôn Đông", None)),
        ("II - THÔN TÂY", ("Thôn Tây", None)),
        ("Thôn Đông – Tổ CNSCĐ thôn Đông", ("Thôn Đông", "Tổ CNSCĐ thôn Đông")),
        ("2. Tổ 2", (None, "Tổ 2")),
        ("A. Khu phố 3", ("Khu phố 3", None)),
        ("Thôn: Đông", ("Thôn Đông", None)),
    ],
)
def test_group_labels(label: str, expected: tuple[str | None, str | None]) -> None:
    assert parse_group_label(label) == expected


def test_display_name_keeps_abbreviations() -> None:
    assert display_name("TỔ CNSCĐ TDP 3A") == "Tổ CNSCĐ TDP 3A"
    assert display_name("thôn Đông ") == "Thôn Đông"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tổng cộng", FooterKind.TOTAL),
        ("Tổng số: 25 người", FooterKind.TOTAL),
        ("Cộng: 12", FooterKind.TOTAL),
        ("NGƯỜI LẬP BIỂU", FooterKind.END),
        ("TM. UBND XÃ TÂN LẬP", FooterKind.END),
        ("KT. CHỦ TỊCH", FooterKind.END),
        ("CHỦ TỊCH", FooterKind.END),
        ("Chủ tịch Hội Nông dân xã", None),
        ("Tân Lập, ngày 05 tháng 3 năm 2025", FooterKind.END),
        ("…, ngày … tháng … năm …", FooterKind.END),
        ("Nguyễn Văn Tổng", None),
        ("Công an viên", None),
    ],
)
def test_footer_rows(text: str, expected: FooterKind | None) -> None:
    assert footer_kind(text) is expected


def test_column_numbering_rows() -> None:
    assert is_column_numbering(["(1)", "(2)", "(3)", "(4)"])
    assert is_column_numbering([1, 2, 3, None, 5])
    assert is_column_numbering(["A", "B", "1", "2"])
    assert not is_column_numbering([1, "Nguyễn Văn A", 1985])
    assert not is_column_numbering([1, 2])
