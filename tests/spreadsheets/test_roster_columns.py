"""Header wording → field, including legacy-font spellings and two-row headers."""

from __future__ import annotations

import pytest

from tcns_desktop.spreadsheets.roster_columns import (
    RosterField as F,
)
from tcns_desktop.spreadsheets.roster_columns import (
    SubHeaderMeaning,
    field_for_label,
    field_for_sub_header,
    fold_label,
)
from tests.legacy_text import encode_tcvn3, encode_vni

LABELS = [
    ("STT", F.STT),
    ("Số TT", F.STT),
    ("TT", F.STT),
    ("Họ và tên", F.FULL_NAME),
    ("HỌ VÀ TÊN\n(ghi đầy đủ)", F.FULL_NAME),
    ("Họ tên", F.FULL_NAME),
    ("Ho va ten", F.FULL_NAME),
    ("Ngày sinh", F.BIRTH_DATE),
    ("Ngày, tháng, năm sinh", F.BIRTH_DATE),
    ("Năm sinh/Ngày sinh", F.BIRTH_DATE),
    ("Năm sinh", F.BIRTH_YEAR),
    ("Nam", F.BIRTH_YEAR_MALE),
    ("Nữ", F.BIRTH_YEAR_FEMALE),
    ("Năm sinh (Nam)", F.BIRTH_YEAR_MALE),
    ("Giới tính", F.GENDER),
    ("Nam/Nữ", F.GENDER),
    ("Dân tộc", F.ETHNICITY),
    ("Chức vụ", F.POSITION),
    ("Đơn vị", F.POSITION),
    ("Chức vụ, đơn vị công tác", F.POSITION),
    ("Chức danh trong Tổ", F.TEAM_ROLE),
    ("Chức vụ trong Tổ CNSCĐ", F.TEAM_ROLE),
    ("Chức danh", F.TEAM_ROLE),
    ("Vai trò", F.TEAM_ROLE),
    ("Số điện thoại", F.PHONE),
    ("SĐT", F.PHONE),
    ("Điện thoại liên hệ", F.PHONE),
    ("CCCD", F.CITIZEN_ID),
    ("Số CCCD", F.CITIZEN_ID),
    ("Số định danh", F.CITIZEN_ID),
    ("Số CMND/CCCD", F.CITIZEN_ID),
    ("Thôn", F.VILLAGE),
    ("Tổ dân phố", F.VILLAGE),
    ("Thôn, TDP", F.VILLAGE),
    ("Thôn, TDP, Tổ", F.VILLAGE),
    ("Tổ", F.TEAM),
    ("Tên tổ", F.TEAM),
    ("Tổ CNSCĐ", F.TEAM),
    ("Đoàn viên", F.YOUTH_UNION),
    ("Trình độ học vấn", F.EDUCATION),
    ("Ghi chú", F.NOTES),
    ("Mã bản ghi", F.RECORD_ID),
]


@pytest.mark.parametrize(("label", "expected"), LABELS)
def test_header_wordings(label: str, expected: F) -> None:
    assert field_for_label(label) is expected


@pytest.mark.parametrize(("label", "expected"), LABELS)
def test_tcvn3_and_vni_spellings_of_header_words(label: str, expected: F) -> None:
    assert field_for_label(encode_tcvn3(label), ".VnTime") is expected
    assert field_for_label(encode_tcvn3(label)) is expected  # the font was lost in a copy
    assert field_for_label(encode_vni(label), "VNI-Times") is expected


@pytest.mark.parametrize(
    "label", ["Email", "Địa chỉ", "Tôn giáo", "Lỗi", "DANH SÁCH THÀNH VIÊN TỔ CNSCĐ " * 3, ""]
)
def test_other_labels_name_no_field(label: str) -> None:
    assert field_for_label(label) is None


def test_fold_label() -> None:
    assert fold_label(" Chức vụ, đơn vị\ncông tác ") == "chuc vu don vi cong tac"
    assert fold_label("SĐT/Zalo") == "sdt zalo"


def test_sub_headers() -> None:
    male = field_for_sub_header("Năm sinh", "Nam")
    assert male == (F.BIRTH_YEAR_MALE, SubHeaderMeaning.FIELD)
    assert field_for_sub_header(None, "Nữ") == (F.BIRTH_YEAR_FEMALE, SubHeaderMeaning.FIELD)
    assert field_for_sub_header("Giới tính", "Nữ") == (
        F.GENDER,
        SubHeaderMeaning.GENDER_FEMALE_MARK,
    )
    assert field_for_sub_header("Liên hệ", "Số điện thoại")[0] is F.PHONE
    assert field_for_sub_header("Họ và tên", None)[0] is F.FULL_NAME
    assert field_for_sub_header("Thông tin", "Email")[0] is None
