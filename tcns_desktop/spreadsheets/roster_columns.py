"""Roster columns: the fields a member list can hold and how header wording maps to them.

Clerks' headers vary ("Họ và tên", "Họ tên", "HỌ VÀ TÊN\\n(ghi đầy đủ)", "Hä vµ tªn" in
TCVN3), so a header cell is *folded* first: Unicode NFC, Đ→D, accents and case removed, every
run of punctuation or spaces made one space ("Chức vụ, đơn vị công tác" → "chuc vu don vi cong
tac"). The folded text is then matched:

1. against :data:`EXACT_LABELS` (whole label; short or ambiguous words such as "tổ", "nam",
   "nữ", "tt", "đt" are only recognised alone);
2. against :data:`LABEL_PATTERNS` in order, first hit wins (word-bounded regular
   expressions, so "Số điện thoại liên hệ" is a phone column). The order settles overlaps:
   "Chức vụ trong Tổ" is the team role before "chức vụ" can make it the position; "Thôn, TDP,
   Tổ" is the village before "tổ" can make it the team.

A label in a legacy font is tried as its font says, as stored, as TCVN3 and as VNI
(:func:`~tcns_desktop.spreadsheets.legacy_labels.legacy_readings`), so "Hä vµ tªn" and
"Hoï vaø teân" both read as "họ và tên".

Two-row headers: under a merged group cell, the sub-header decides ("Nam"/"Nữ" under "Năm
sinh" are the male and female birth-year columns; under "Giới tính" they are tick columns for
the gender), and a sub-header that means nothing falls back to its group label.
"""

from __future__ import annotations

import re
from enum import StrEnum

from tcns_desktop.domain.vietnamese_text import fold_for_search
from tcns_desktop.spreadsheets.legacy_labels import legacy_readings


class RosterField(StrEnum):
    """What a roster column holds. Values are stable ASCII codes (used in logs and tests)."""

    RECORD_ID = "record_id"
    STT = "stt"
    FULL_NAME = "full_name"
    BIRTH_DATE = "birth_date"
    BIRTH_YEAR = "birth_year"
    BIRTH_YEAR_MALE = "birth_year_male"
    BIRTH_YEAR_FEMALE = "birth_year_female"
    GENDER = "gender"
    ETHNICITY = "ethnicity"
    POSITION = "position"
    TEAM_ROLE = "team_role"
    PHONE = "phone"
    CITIZEN_ID = "citizen_id"
    VILLAGE = "village"
    TEAM = "team"
    YOUTH_UNION = "youth_union"
    EDUCATION = "education"
    NOTES = "notes"


F = RosterField

EXACT_LABELS: dict[str, RosterField] = {
    # Ordinal column
    "stt": F.STT,
    "tt": F.STT,
    "so tt": F.STT,
    "so thu tu": F.STT,
    "thu tu": F.STT,
    "no": F.STT,
    # "Nam" / "Nữ" alone head the birth-year columns of the classic form (a gender column is
    # headed "Giới tính", or "Nam/Nữ" as one label).
    "nam": F.BIRTH_YEAR_MALE,
    "nu": F.BIRTH_YEAR_FEMALE,
    "nam nu": F.GENDER,
    "gioi": F.GENDER,
    "phai": F.GENDER,
    # Short words that are something else inside longer labels
    "ten": F.FULL_NAME,
    "dt": F.PHONE,
    "sdt": F.PHONE,
    "dtdd": F.PHONE,
    "to": F.TEAM,
    "to so": F.TEAM,
    "ten to": F.TEAM,
    "thuoc to": F.TEAM,
    "ban": F.VILLAGE,
    "lang": F.VILLAGE,
}

LABEL_PATTERNS: tuple[tuple[re.Pattern[str], RosterField], ...] = tuple(
    (re.compile(pattern), field)
    for pattern, field in (
        (r"\bma ban ghi\b", F.RECORD_ID),
        (r"\bghi chu\b", F.NOTES),
        (r"\b(ho va ten|ho ten|ho chu dem va ten|ten thanh vien|ten to vien)\b", F.FULL_NAME),
        # A birth column split by sex, as the rejected-rows workbook writes it: "Năm sinh (Nam)"
        (r"^(ngay thang nam sinh|ngay sinh|nam sinh) nam$", F.BIRTH_YEAR_MALE),
        (r"^(ngay thang nam sinh|ngay sinh|nam sinh) nu$", F.BIRTH_YEAR_FEMALE),
        (r"\b(ngay sinh|ngay thang nam sinh|ngay thang sinh|sinh ngay)\b", F.BIRTH_DATE),
        (r"\bnam sinh\b", F.BIRTH_YEAR),
        (r"\bgioi tinh\b", F.GENDER),
        (r"\bdan toc\b", F.ETHNICITY),
        # Role in the team before the general "chức vụ": "Chức danh trong Tổ", "Chức vụ trong
        # Tổ CNSCĐ", "Vai trò", "Nhiệm vụ trong tổ"; "Chức danh" alone means the same.
        (r"\b(chuc danh|chuc vu|nhiem vu|vi tri) (trong|cua|tai) to\b", F.TEAM_ROLE),
        (r"\bvai tro\b|^chuc danh$|^chuc danh trong to", F.TEAM_ROLE),
        (
            r"\b(chuc vu|don vi cong tac|noi cong tac|co quan cong tac|don vi|co quan"
            r"|nghe nghiep|cong viec|chuc danh)\b",
            F.POSITION,
        ),
        (r"\b(so dien thoai|dien thoai|sdt|so dt|dt|dtdd|di dong)\b", F.PHONE),
        (
            r"\b(cccd|cmnd|cmt|can cuoc|chung minh|dinh danh|so dd|ddcn|so cc)\b",
            F.CITIZEN_ID,
        ),
        (r"\b(doan vien|doan thanh nien|doan tncs|dtn)\b", F.YOUTH_UNION),
        (r"\b(trinh do|hoc van|van hoa|chuyen mon|bang cap)\b", F.EDUCATION),
        (
            r"\b(thon|to dan pho|tdp|khu pho|xom|khu dan cu|ap|khom|buon|plei|thon ban)\b",
            F.VILLAGE,
        ),
        (r"^(ten )?to (cnscd|cong nghe so|chuyen doi so|cdscd)\b", F.TEAM),
    )
)

_NON_ALNUM = re.compile(r"[^0-9a-z]+")

# Longer cells are titles or notes, not headers.
MAX_LABEL_LENGTH = 80


def fold_label(text: str) -> str:
    """Folded form used for matching: "Chức vụ, đơn vị\\ncông tác" → "chuc vu don vi cong tac"."""
    return _NON_ALNUM.sub(" ", fold_for_search(text)).strip()


def field_for_folded(folded: str) -> RosterField | None:
    """The field a folded label names, or None."""
    if not folded:
        return None
    exact = EXACT_LABELS.get(folded)
    if exact is not None:
        return exact
    for pattern, field in LABEL_PATTERNS:
        if pattern.search(folded):
            return field
    return None


def field_for_label(text: str, font_name: str | None = None) -> RosterField | None:
    """The field a header cell names (trying legacy-font readings too), or None."""
    if len(text) > MAX_LABEL_LENGTH:
        return None
    for reading in legacy_readings(text, font_name):
        field = field_for_folded(fold_label(reading))
        if field is not None:
            return field
    return None


def label_reading(text: str, font_name: str | None = None) -> str:
    """The reading of a header label that names a field, in Unicode ("Hä vµ tªn" in a
    ".VnTime" cell → "Họ và tên"); the text itself when no reading does."""
    for reading in legacy_readings(text, font_name):
        folded = fold_label(reading)
        if field_for_folded(folded) is not None or folded in ("nam", "nu"):
            return reading
    return text


def folded_reading(text: str, font_name: str | None = None) -> str:
    """The folded reading of a label that names a field (the plain fold when none does)."""
    for reading in legacy_readings(text, font_name):
        folded = fold_label(reading)
        if field_for_folded(folded) is not None or folded in ("nam", "nu"):
            return folded
    return fold_label(text)


class SubHeaderMeaning(StrEnum):
    """How a sub-header under a merged group cell is to be read."""

    FIELD = "field"
    GENDER_MALE_MARK = "gender_male_mark"
    GENDER_FEMALE_MARK = "gender_female_mark"


def field_for_sub_header(
    group_label: str | None,
    sub_label: str | None,
    *,
    group_font: str | None = None,
    sub_font: str | None = None,
) -> tuple[RosterField | None, SubHeaderMeaning]:
    """Read one column of a two-row header.

    "Nam"/"Nữ" under "Giới tính" are tick columns (an "x" marks the member's sex); under "Năm
    sinh", "Ngày sinh" or no group they are the male/female birth-year columns. Any other
    sub-header is matched on its own, and falls back to the group label.
    """
    group = folded_reading(group_label, group_font) if group_label else ""
    sub = folded_reading(sub_label, sub_font) if sub_label else ""
    if sub in ("nam", "nu"):
        if field_for_folded(group) is F.GENDER:
            mark = SubHeaderMeaning.GENDER_MALE_MARK
            if sub == "nu":
                mark = SubHeaderMeaning.GENDER_FEMALE_MARK
            return F.GENDER, mark
        year_field = F.BIRTH_YEAR_MALE if sub == "nam" else F.BIRTH_YEAR_FEMALE
        return year_field, SubHeaderMeaning.FIELD
    if sub:
        sub_field = field_for_folded(sub)
        if sub_field is not None:
            return sub_field, SubHeaderMeaning.FIELD
    return (field_for_folded(group) if group else None), SubHeaderMeaning.FIELD
