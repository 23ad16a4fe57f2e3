"""Rules for the data of a team member: citizen ID, phone, birth date, gender, role in a team.

Each function takes what a clerk typed or what a spreadsheet cell held (text, or the int,
float, date or datetime that openpyxl gives for number and date cells) and returns a small
frozen result: the normalised value, blocking ``errors`` and non-blocking ``warnings``, all
in Vietnamese. An empty input gives ``value=None`` and no message: every field is optional.
When there are errors the value is ``None``.

Facts used (domain notes §5.4, §5.5):

* Citizen ID (số định danh cá nhân, 12 digits): 3 digits for the province or city where the
  birth was registered, 1 digit for century and sex (1900s: male 0 / female 1; 2000s: 2/3;
  2100s: 4/5; 2200s: 6/7; 2300s: 8/9), 2 digits for the last two digits of the birth year,
  6 random digits; there is no check digit. Nghị định 137/2015/NĐ-CP Điều 13; Thông tư
  07/2016/TT-BCA Điều 7 and Phụ lục I "Danh mục mã tỉnh, thành phố trực thuộc trung ương nơi
  công dân đăng ký khai sinh" (the province codes below, copied from that appendix as
  republished on thuvienphapluat.vn); kept by Luật Căn cước 2023 Điều 12. The 2025 merger
  of provinces does not change anyone's number, so the 63 old codes stay valid for ever.
* Mobile numbers have 10 digits since the 2018 conversion of 11-digit numbers (MobiFone
  0120/0121/0122/0126/0128 → 070/079/077/076/078; VinaPhone 0123/0124/0125/0127/0129 →
  083/084/085/081/082; Viettel 0162–0169 → 032–039; Vietnamobile 0186/0188 → 056/058;
  Gmobile 0199 → 059). Landlines are 11 digits starting with a 02x area code (since 2017).
* Excel keeps numbers, not text, unless the cell is formatted as text: a phone number loses
  its leading 0, a citizen ID its leading zeros (every province code starts with 0), and a
  12-digit number shown in a narrow "General" cell becomes "1.23457E+11", which has lost
  its last digits for good once it is saved as text.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from functools import lru_cache
from typing import Generic, TypeVar

from tcns_desktop.domain.enums import Gender, TeamRole
from tcns_desktop.domain.vietnamese_text import clean_text, fold_for_search

_T = TypeVar("_T")


@dataclass(frozen=True)
class CheckResult(Generic[_T]):
    """Outcome of one rule: ``value`` is ``None`` when the input was empty or had errors."""

    value: _T | None
    errors: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass(frozen=True)
class BirthResult:
    """A birth date, or only a birth year when that is all the source says."""

    birth_date: date | None
    birth_year: int | None
    errors: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()

    @property
    def value(self) -> date | int | None:
        """The date when known, else the year, else ``None``."""
        return self.birth_date if self.birth_date is not None else self.birth_year

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass(frozen=True)
class CitizenIdFacts:
    """What a 12-digit citizen ID says about its holder."""

    province_code: str
    province_name: str
    gender: Gender
    birth_year: int


# --- Citizen ID ----------------------------------------------------------------------------

OLD_PROVINCE_CODES: dict[str, str] = {
    "001": "Hà Nội",
    "002": "Hà Giang",
    "004": "Cao Bằng",
    "006": "Bắc Kạn",
    "008": "Tuyên Quang",
    "010": "Lào Cai",
    "011": "Điện Biên",
    "012": "Lai Châu",
    "014": "Sơn La",
    "015": "Yên Bái",
    "017": "Hòa Bình",
    "019": "Thái Nguyên",
    "020": "Lạng Sơn",
    "022": "Quảng Ninh",
    "024": "Bắc Giang",
    "025": "Phú Thọ",
    "026": "Vĩnh Phúc",
    "027": "Bắc Ninh",
    "030": "Hải Dương",
    "031": "Hải Phòng",
    "033": "Hưng Yên",
    "034": "Thái Bình",
    "035": "Hà Nam",
    "036": "Nam Định",
    "037": "Ninh Bình",
    "038": "Thanh Hóa",
    "040": "Nghệ An",
    "042": "Hà Tĩnh",
    "044": "Quảng Bình",
    "045": "Quảng Trị",
    "046": "Thừa Thiên Huế",
    "048": "Đà Nẵng",
    "049": "Quảng Nam",
    "051": "Quảng Ngãi",
    "052": "Bình Định",
    "054": "Phú Yên",
    "056": "Khánh Hòa",
    "058": "Ninh Thuận",
    "060": "Bình Thuận",
    "062": "Kon Tum",
    "064": "Gia Lai",
    "066": "Đắk Lắk",
    "067": "Đắk Nông",
    "068": "Lâm Đồng",
    "070": "Bình Phước",
    "072": "Tây Ninh",
    "074": "Bình Dương",
    "075": "Đồng Nai",
    "077": "Bà Rịa - Vũng Tàu",
    "079": "Hồ Chí Minh",
    "080": "Long An",
    "082": "Tiền Giang",
    "083": "Bến Tre",
    "084": "Trà Vinh",
    "086": "Vĩnh Long",
    "087": "Đồng Tháp",
    "089": "An Giang",
    "091": "Kiên Giang",
    "092": "Cần Thơ",
    "093": "Hậu Giang",
    "094": "Sóc Trăng",
    "095": "Bạc Liêu",
    "096": "Cà Mau",
}
"""Birth-registration codes of the 63 pre-2025 provinces (TT 07/2016/TT-BCA, Phụ lục I)."""

# Separators people type inside numbers; NBSP comes from copying out of web pages and Word.
_NUMBER_SEPARATORS = re.compile(r"[\s.\-_\u00a0]+")
_PHONE_SEPARATORS = re.compile(r"[\s.\-_()\u00a0]+")
# What Excel shows (and saves, when the column is then turned into text) for a big number
# in a "General" cell: "1.23457E+11". Commas for locales with a decimal comma.
_SCIENTIFIC = re.compile(r"^[+-]?\d+(?:[.,]\d+)?[eE][+-]?\d+$")


def describe_citizen_id(number: str) -> CitizenIdFacts | None:
    """Province, sex and birth year encoded in a 12-digit citizen ID (``None`` if the
    number is not 12 digits with a known province code)."""
    if len(number) != 12 or not number.isdigit() or number[:3] not in OLD_PROVINCE_CODES:
        return None
    century_digit = int(number[3])
    return CitizenIdFacts(
        province_code=number[:3],
        province_name=OLD_PROVINCE_CODES[number[:3]],
        gender=Gender.FEMALE if century_digit % 2 else Gender.MALE,
        birth_year=1900 + 100 * (century_digit // 2) + int(number[4:6]),
    )


def check_citizen_id(
    raw: object,
    birth_year: int | None = None,
    gender: Gender | None = None,
    *,
    today: date | None = None,
) -> CheckResult[str]:
    """A citizen ID as 12 digits (or an old 9-digit CMND, with a warning).

    ``birth_year`` and ``gender``, when known, are compared with what the number encodes;
    a disagreement is a warning, since either side may be the one typed wrong.
    """
    digits, from_number, problem = _digits_from_cell(raw, "Số định danh cá nhân")
    if problem:
        return CheckResult(None, (problem,))
    if not digits:
        return CheckResult(None)
    warnings: list[str] = []
    if len(digits) in (10, 11):
        # Lost leading zeros: every province code starts with 0. A number cell always loses
        # them; text only when someone converted such a column, so text is padded only when
        # that gives a province code, and with a warning.
        padded = digits.zfill(12)
        if from_number:
            digits = padded
        elif padded[:3] in OLD_PROVINCE_CODES:
            warnings.append(
                f"Số định danh chỉ có {len(digits)} chữ số, có lẽ Excel đã bỏ mất số 0 ở "
                f"đầu; đã thêm lại thành {padded}, hãy kiểm tra."
            )
            digits = padded
    elif len(digits) == 8 and from_number:
        digits = digits.zfill(9)  # an old CMND of a province whose code starts with 0
    if len(digits) == 9:
        warnings.append(
            "Đây là số Chứng minh nhân dân cũ (9 chữ số); nên cập nhật số định danh cá nhân "
            "12 chữ số ghi trên thẻ Căn cước."
        )
        return CheckResult(digits, (), tuple(warnings))
    if len(digits) != 12:
        return CheckResult(
            None,
            (f"Số định danh cá nhân phải có đúng 12 chữ số (số đã nhập có {len(digits)} chữ số).",),
        )
    facts = describe_citizen_id(digits)
    if facts is None:
        return CheckResult(
            None,
            (
                f"Ba chữ số đầu “{digits[:3]}” không phải mã tỉnh, thành phố nơi đăng ký khai "
                "sinh (ví dụ 001 là Hà Nội, 079 là TP. Hồ Chí Minh); hãy kiểm tra lại số định "
                "danh.",
            ),
        )
    current_year = (today or date.today()).year
    if facts.birth_year > current_year:
        return CheckResult(
            None,
            (
                f"Chữ số thứ tư “{digits[3]}” và hai chữ số tiếp theo ứng với năm sinh "
                f"{facts.birth_year}, điều không thể có; hãy kiểm tra lại số định danh.",
            ),
        )
    if birth_year is not None and birth_year != facts.birth_year:
        warnings.append(
            f"Số định danh cho biết năm sinh {facts.birth_year}, khác năm sinh đã nhập "
            f"({birth_year}); hãy kiểm tra lại."
        )
    if gender is not None and gender is not facts.gender:
        warnings.append(
            f"Số định danh cho biết giới tính {facts.gender.label}, khác giới tính đã nhập "
            f"({gender.label}); hãy kiểm tra lại."
        )
    return CheckResult(digits, (), tuple(warnings))


# --- Phone ---------------------------------------------------------------------------------

MOBILE_PREFIXES: frozenset[str] = frozenset(
    [f"03{d}" for d in "23456789"]
    + ["052", "055", "056", "058", "059"]
    + ["070", "076", "077", "078", "079"]
    + [f"08{d}" for d in "123456789"]
    + ["090", "091", "092", "093", "094", "096", "097", "098", "099"]
)
"""Three-digit prefixes of 10-digit mobile numbers in use (domain notes §5.5)."""

OLD_MOBILE_PREFIXES: dict[str, str] = {
    "0120": "070",
    "0121": "079",
    "0122": "077",
    "0126": "076",
    "0128": "078",
    "0123": "083",
    "0124": "084",
    "0125": "085",
    "0127": "081",
    "0129": "082",
    **{f"016{d}": f"03{d}" for d in "23456789"},
    "0186": "056",
    "0188": "058",
    "0199": "059",
}
"""11-digit mobile prefixes converted in 2018, and their 10-digit replacements."""

# Several numbers in one cell: "0912 345 678 / 0987 654 321", "091…; 098…".
_PHONE_LIST = re.compile(r"[/;,|\n]|\s-\s|\s+(?:hoặc|hoac|or)\s+", re.IGNORECASE)


def check_phone(raw: object) -> CheckResult[str]:
    """A phone number as its national digits: 10 for a mobile, 11 for a landline."""
    if isinstance(raw, str) and _PHONE_LIST.search(raw):
        parts = [part for part in _PHONE_LIST.split(raw) if clean_text(part)]
        if len(parts) > 1:
            first = _check_one_phone(parts[0])
            if first.ok and first.value is not None:
                return CheckResult(
                    first.value,
                    (),
                    (
                        *first.warnings,
                        f"Ô có {len(parts)} số điện thoại; chỉ lấy số đầu tiên ({first.value}).",
                    ),
                )
    return _check_one_phone(raw)


def _check_one_phone(raw: object) -> CheckResult[str]:
    digits, _from_number_cell, problem = _digits_from_cell(
        raw, "Số điện thoại", separators=_PHONE_SEPARATORS, allow_plus=True
    )
    if problem:
        return CheckResult(None, (problem,))
    if not digits:
        return CheckResult(None)
    shown = clean_text(raw) if isinstance(raw, str) else digits
    if digits.startswith("+84"):
        digits = "0" + digits[3:].removeprefix("0")  # "+84 (0) 912…" is also written
    elif digits.startswith("+"):
        return CheckResult(
            None, (f"Số điện thoại “{shown}” không phải số Việt Nam (mã nước +84).",)
        )
    elif digits.startswith("0084"):
        digits = "0" + digits[4:]
    elif digits.startswith("84") and len(digits) in (11, 12):
        digits = "0" + digits[2:]
    # A number cell has lost the leading 0: 9 digits of a mobile, 10 of a landline or of an
    # old 11-digit mobile. Text like that is the same number copied out of such a cell.
    if (len(digits) == 9 and digits[0] in "35789") or (len(digits) == 10 and digits[0] in "12"):
        digits = "0" + digits
    warnings: list[str] = []
    if len(digits) == 11 and digits[:4] in OLD_MOBILE_PREFIXES:
        new = OLD_MOBILE_PREFIXES[digits[:4]] + digits[4:]
        warnings.append(f"Số {digits} là số di động 11 chữ số cũ, đã đổi sang đầu số mới: {new}.")
        digits = new
    if len(digits) == 10 and digits[:3] in MOBILE_PREFIXES:
        return CheckResult(digits, (), tuple(warnings))
    if len(digits) == 11 and digits.startswith("02"):
        return CheckResult(digits, (), tuple(warnings))
    if len(digits) == 10 and digits.startswith("0") and digits[1] in "35789":
        return CheckResult(
            None,
            (f"Đầu số {digits[:3]} không phải đầu số di động đang dùng ở Việt Nam ({digits}).",),
        )
    if len(digits) == 11 and digits.startswith("01"):
        return CheckResult(
            None, (f"Đầu số {digits[:4]} không phải đầu số di động 11 chữ số cũ ({digits}).",)
        )
    return CheckResult(
        None,
        (
            f"Số điện thoại “{shown}” không đúng: số di động có 10 chữ số (bắt đầu bằng 03, "
            "05, 07, 08, 09), số cố định có 11 chữ số (bắt đầu bằng 02).",
        ),
    )


def _digits_from_cell(
    raw: object,
    what: str,
    *,
    separators: re.Pattern[str] = _NUMBER_SEPARATORS,
    allow_plus: bool = False,
) -> tuple[str, bool, str | None]:
    """(digits, came from a number cell, error) of a cell meant to hold a digit string."""
    if raw is None:
        return "", False, None
    if isinstance(raw, bool):  # bool is an int subclass: a ticked box, not a number
        return "", False, f"{what} phải là dãy chữ số."
    if isinstance(raw, int):
        if raw < 0:
            return "", False, f"{what} không được là số âm."
        return str(raw), True, None
    if isinstance(raw, float):
        if not math.isfinite(raw) or not raw.is_integer() or raw < 0:
            return "", False, f"{what} phải là dãy chữ số (giá trị trong ô là {raw!r})."
        return str(int(raw)), True, None
    if isinstance(raw, Decimal):
        if not raw.is_finite() or raw != raw.to_integral_value() or raw < 0:
            return "", False, f"{what} phải là dãy chữ số (giá trị trong ô là {raw})."
        return str(int(raw)), True, None
    if not isinstance(raw, str):
        return "", False, f"{what} phải là dãy chữ số."
    text = clean_text(raw).lstrip("'")  # a leading apostrophe is Excel's "this is text"
    if not text:
        return "", False, None
    if _SCIENTIFIC.match(text.replace(" ", "")):
        return (
            "",
            False,
            f"{what} “{text}” là dạng số mũ: Excel đã làm tròn số này nên mất các chữ số cuối. "
            "Hãy định dạng cột là Văn bản (Text) rồi gõ lại đủ các chữ số.",
        )
    digits = separators.sub("", text)
    body = digits[1:] if allow_plus and digits.startswith("+") else digits
    if not body.isascii() or not body.isdigit():
        return "", False, f"{what} chỉ gồm chữ số; “{text}” có ký tự khác."
    return digits, False, None


# --- Birth date ----------------------------------------------------------------------------

# Excel's 1900 date system counts days from 1899-12-30 for every date after February 1900
# (it believes 1900 was a leap year, which only matters for serials below 61).
_EXCEL_EPOCH = date(1899, 12, 30)
_MIN_AGE, _MAX_USUAL_AGE, _MAX_AGE = 14, 100, 120

_DAY_FIRST = re.compile(r"^(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{2}|\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")
_YEAR_FIRST = re.compile(r"^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$")
_MONTH_YEAR = re.compile(r"^(\d{1,2})\s*[/.\-]\s*(\d{4})$")
# Folded Vietnamese: "ngày 12 tháng 3 năm 1985", "tháng 3/1985", "năm 1985".
_WORDS_DATE = re.compile(r"^(?:ngay\s*)?(\d{1,2})\s*thang\s*(\d{1,2})\s*(?:nam|[/.\-])\s*(\d{4})$")
_WORDS_MONTH_YEAR = re.compile(r"^thang\s*(\d{1,2})\s*(?:nam|[/.\-])\s*(\d{4})$")
_WORDS_YEAR = re.compile(r"^(?:nam\s*(?:sinh\s*)?)?(\d{4})$")


def parse_birth(raw: object, *, today: date | None = None) -> BirthResult:
    """A birth date (day first, as Vietnamese write it) or a birth year.

    Accepts date/datetime cells, a year or an Excel serial date as a number, and texts such
    as "12/3/1985", "12-03-1985", "12.03.1985", "1985-03-12", "1985", "3/1985" (month and
    year: the year is kept, with a warning) and "ngày 12 tháng 3 năm 1985". Impossible and
    future dates are errors; an age under 14 or over 100 is a warning.
    """
    today = today or date.today()
    if raw is None:
        return BirthResult(None, None)
    if isinstance(raw, datetime):
        return _checked_date(raw.date(), today)
    if isinstance(raw, date):
        return _checked_date(raw, today)
    if isinstance(raw, bool):
        return _not_understood(str(raw))
    if isinstance(raw, float):
        if not math.isfinite(raw) or not raw.is_integer():
            return _not_understood(f"{raw:g}" if math.isfinite(raw) else str(raw))
        return _from_number(int(raw), today)
    if isinstance(raw, int):
        return _from_number(raw, today)
    if not isinstance(raw, str):
        return _not_understood(str(raw))
    text = clean_text(raw).lstrip("'")
    if not text:
        return BirthResult(None, None)
    return _from_text(text, today)


def _from_text(text: str, today: date) -> BirthResult:
    if text.isascii() and text.isdigit():
        # "1985"; longer digit strings are serial numbers copied out of a number cell.
        return _from_number(int(text), today) if len(text) >= 4 else _not_understood(text)
    if match := _ISO.match(text) or _YEAR_FIRST.match(text):
        year, month, day = (int(g) for g in match.groups())
        return _from_parts(day, month, year, text, today)
    if match := _DAY_FIRST.match(text):
        day_text, month_text, year_text = match.groups()
        if len(year_text) == 2:
            return _two_digit_year(int(day_text), int(month_text), int(year_text), text, today)
        return _from_parts(int(day_text), int(month_text), int(year_text), text, today)
    if match := _MONTH_YEAR.match(text):
        return _month_and_year(int(match.group(1)), int(match.group(2)), text, today)
    folded = fold_for_search(text).replace(",", " ").strip()
    if match := _WORDS_DATE.match(folded):
        day, month, year = (int(g) for g in match.groups())
        return _from_parts(day, month, year, text, today)
    if match := _WORDS_MONTH_YEAR.match(folded):
        return _month_and_year(int(match.group(1)), int(match.group(2)), text, today)
    if match := _WORDS_YEAR.match(folded):
        return _from_year(int(match.group(1)), today)
    return _not_understood(text)


def _from_number(number: int, today: date) -> BirthResult:
    """A year (up to 2100) or else an Excel serial date within plausible birth dates."""
    if 1000 <= number <= 2100:
        return _from_year(number, today)
    if number > 2100:
        try:
            moment = _EXCEL_EPOCH + timedelta(days=number)
        except OverflowError:
            moment = None
        if moment is not None and _years_between(moment, today) <= _MAX_AGE:
            return _checked_date(moment, today)
    return _not_understood(str(number))


def _from_parts(day: int, month: int, year: int, text: str, today: date) -> BirthResult:
    try:
        born = date(year, month, day)
    except ValueError:
        message = (
            f"Ngày sinh “{text}” không có thật (ghi theo thứ tự ngày/tháng/năm, ví dụ 12/03/1985)."
        )
        if _is_real_date(year, day, month):
            # Day first is the rule, so the date is not swapped silently: "3/13/1990" may
            # as well be a typo of "3/12/1990".
            message += (
                f" Nếu đã ghi tháng trước ngày thì hãy sửa thành {month:02d}/{day:02d}/{year}."
            )
        return BirthResult(None, None, (message,))
    return _checked_date(born, today)


def _is_real_date(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _two_digit_year(day: int, month: int, short: int, text: str, today: date) -> BirthResult:
    # A 2-digit year is read as the most recent one that makes the person at least 14.
    year = 2000 + short if 2000 + short <= today.year - _MIN_AGE else 1900 + short
    result = _from_parts(day, month, year, text, today)
    if result.errors:
        return result
    return BirthResult(
        result.birth_date,
        result.birth_year,
        (),
        (
            f"Năm sinh chỉ ghi 2 chữ số (“{text}”); đã hiểu là năm {year}, hãy kiểm tra.",
            *result.warnings,
        ),
    )


def _month_and_year(month: int, year: int, text: str, today: date) -> BirthResult:
    if not 1 <= month <= 12:
        return BirthResult(None, None, (f"Tháng sinh trong “{text}” không có thật.",))
    result = _from_year(year, today)
    if result.errors:
        return result
    return BirthResult(
        None,
        year,
        (),
        (f"Chỉ có tháng và năm sinh (“{text}”); đã lưu năm sinh {year}.", *result.warnings),
    )


def _from_year(year: int, today: date) -> BirthResult:
    if year > today.year:
        return BirthResult(None, None, (f"Năm sinh {year} ở tương lai.",))
    age = today.year - year
    if age > _MAX_AGE:
        return BirthResult(None, None, (f"Năm sinh {year} không hợp lý (hơn {_MAX_AGE} tuổi).",))
    return BirthResult(None, year, (), _age_warnings(age))


def _checked_date(born: date, today: date) -> BirthResult:
    shown = born.strftime("%d/%m/%Y")
    if born > today:
        return BirthResult(None, None, (f"Ngày sinh {shown} ở tương lai.",))
    age = _years_between(born, today)
    if age > _MAX_AGE:
        return BirthResult(None, None, (f"Ngày sinh {shown} không hợp lý (hơn {_MAX_AGE} tuổi).",))
    return BirthResult(born, born.year, (), _age_warnings(age))


def _age_warnings(age: int) -> tuple[str, ...]:
    if age < _MIN_AGE:
        return (f"Người này mới {age} tuổi (dưới {_MIN_AGE}); hãy kiểm tra lại ngày sinh.",)
    if age > _MAX_USUAL_AGE:
        return (f"Người này đã {age} tuổi; hãy kiểm tra lại ngày sinh.",)
    return ()


def _years_between(born: date, today: date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def _not_understood(text: str) -> BirthResult:
    return BirthResult(
        None,
        None,
        (
            f"Không hiểu ngày sinh “{text}”; hãy ghi ngày/tháng/năm (ví dụ 12/03/1985) "
            "hoặc chỉ năm sinh (1985).",
        ),
    )


# --- Gender --------------------------------------------------------------------------------

_GENDER_WORDS: dict[str, Gender] = {
    "nam": Gender.MALE,
    "nam gioi": Gender.MALE,
    "trai": Gender.MALE,
    "con trai": Gender.MALE,
    "m": Gender.MALE,
    "male": Gender.MALE,
    "nu": Gender.FEMALE,
    "nu gioi": Gender.FEMALE,
    "gai": Gender.FEMALE,
    "con gai": Gender.FEMALE,
    "phu nu": Gender.FEMALE,
    "f": Gender.FEMALE,
    "female": Gender.FEMALE,
}
# Ticks in a sheet with separate "Nam" and "Nữ" columns.
_MARKS = frozenset(["x", "v", "1", "co", "\u2713", "\u2714", "\u2612", "\u2611", "*", "+"])


def parse_gender(raw: object, *, marked_column: Gender | None = None) -> CheckResult[Gender]:
    """Gender written as "Nam"/"nữ"/"M"/"F"…. ``marked_column`` is the gender of the column the
    value came from when a sheet has one column per gender ticked with "x"."""
    if raw is None or raw is False:
        return CheckResult(None)
    if isinstance(raw, Gender):
        return CheckResult(raw)
    text = clean_text(str(raw))
    if not text:
        return CheckResult(None)
    key = fold_for_search(text).strip(" .:;")
    if raw is True or key in _MARKS:
        if marked_column is not None:
            return CheckResult(marked_column)
        return CheckResult(
            None,
            (),
            (f"Ô giới tính chỉ có dấu “{text}”; không rõ là Nam hay Nữ, đã để trống.",),
        )
    found = _GENDER_WORDS.get(key)
    if found is None:
        return CheckResult(
            None, (), (f"Không hiểu giới tính “{text}”; hãy ghi Nam hoặc Nữ. Đã để trống.",)
        )
    return CheckResult(found)


# --- Role in a team ------------------------------------------------------------------------

_ROLE_PUNCTUATION = re.compile(r"[^\w]+")
_LEADER_STARTS = ("to truong", "truong to", "totruong")
_DEPUTY_STARTS = ("to pho", "pho to", "topho", "pho truong to")
_MEMBER_STARTS = ("thanh vien", "to vien", "uy vien", "hoi vien", "member", "thanhvien")
_STANDING_ABBREVIATIONS = frozenset(["tt", "ttr", "thtr"])
_ROLE_CODES: dict[str, TeamRole] = {
    "tt": TeamRole.LEADER,
    "truong": TeamRole.LEADER,
    "tp": TeamRole.DEPUTY,
    "pho": TeamRole.DEPUTY,
    "tptt": TeamRole.DEPUTY_STANDING,
    "pttt": TeamRole.DEPUTY_STANDING,
    "tv": TeamRole.MEMBER,
    "uv": TeamRole.MEMBER,
}


def parse_team_role(raw: object) -> CheckResult[TeamRole]:
    """Free text of a role column ("Tổ trưởng", "TT", "Tổ phó thường trực", "Tổ viên",
    "Ủy viên"…) → TeamRole; anything else becomes a member, with a warning."""
    if raw is None:
        return CheckResult(None)
    if isinstance(raw, TeamRole):
        return CheckResult(raw)
    return _team_role_of_text(clean_text(str(raw)))


@lru_cache(maxsize=4096)  # a roster repeats a handful of role spellings thousands of times
def _team_role_of_text(text: str) -> CheckResult[TeamRole]:
    if not text:
        return CheckResult(None)
    labelled = TeamRole.from_label(text)
    if isinstance(labelled, TeamRole):
        return CheckResult(labelled)
    key = " ".join(_ROLE_PUNCTUATION.sub(" ", fold_for_search(text)).split())
    role = _ROLE_CODES.get(key) or _role_from_words(key)
    if role is None:
        return CheckResult(
            TeamRole.MEMBER,
            (),
            (f"Không rõ vai trò “{text}” trong tổ; tạm ghi là {TeamRole.MEMBER.label}.",),
        )
    return CheckResult(role)


def _role_from_words(key: str) -> TeamRole | None:
    if _starts_with_words(key, _DEPUTY_STARTS):
        # "Tổ phó thường trực", "Tổ phó TT"; "TT" alone is a Tổ trưởng, after "phó" it is
        # "thường trực".
        words = key.split()
        standing = "thuong truc" in key or not _STANDING_ABBREVIATIONS.isdisjoint(words[2:])
        return TeamRole.DEPUTY_STANDING if standing else TeamRole.DEPUTY
    if _starts_with_words(key, _LEADER_STARTS):
        return TeamRole.LEADER
    if _starts_with_words(key, _MEMBER_STARTS):
        return TeamRole.MEMBER
    return None


def _starts_with_words(key: str, prefixes: tuple[str, ...]) -> bool:
    """Whole-word prefix: "to pho" starts "to pho thuong truc" but not "to phong"."""
    return any(key == prefix or key.startswith(prefix + " ") for prefix in prefixes)


_YES = frozenset({"x", "co", "1", "dv", "doan vien", "la doan vien", "yes", "v", "✓", "✔", "true"})
_NO = frozenset({"", "khong", "0", "no", "-", "false"})


def parse_yes_no(raw: object) -> CheckResult[bool]:
    """A tick column ("x", "Có", "Đoàn viên", 1) → True; "Không", 0 → False; blank → None."""
    if raw is None:
        return CheckResult(None)
    if isinstance(raw, bool):
        return CheckResult(raw)
    text = fold_for_search(str(raw)).strip(" .")
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        text = "1" if raw else "0"
    if text in _YES:
        return CheckResult(True)
    if text in _NO:
        return CheckResult(None) if text == "" else CheckResult(False)
    return CheckResult(None, (), (f"Không hiểu giá trị “{raw}” (ghi “x” hoặc để trống).",))
