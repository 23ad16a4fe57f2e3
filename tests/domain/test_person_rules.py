from datetime import date, datetime
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tcns_desktop.domain.enums import Gender, TeamRole
from tcns_desktop.domain.person_rules import (
    MOBILE_PREFIXES,
    OLD_MOBILE_PREFIXES,
    OLD_PROVINCE_CODES,
    BirthResult,
    CheckResult,
    check_citizen_id,
    check_phone,
    describe_citizen_id,
    parse_birth,
    parse_gender,
    parse_team_role,
)

TODAY = date(2026, 5, 1)


# --- province codes ------------------------------------------------------------------------


def test_province_codes_are_the_63_of_circular_07_2016() -> None:
    assert len(OLD_PROVINCE_CODES) == 63
    assert all(len(code) == 3 and code.startswith("0") for code in OLD_PROVINCE_CODES)
    assert OLD_PROVINCE_CODES["001"] == "Hà Nội"
    assert OLD_PROVINCE_CODES["031"] == "Hải Phòng"
    assert OLD_PROVINCE_CODES["048"] == "Đà Nẵng"
    assert OLD_PROVINCE_CODES["079"] == "Hồ Chí Minh"
    assert OLD_PROVINCE_CODES["096"] == "Cà Mau"
    # The numbering has gaps (it follows the old statistical province codes).
    for gap in ("003", "005", "013", "016", "018", "041", "050", "081", "090", "097"):
        assert gap not in OLD_PROVINCE_CODES
    assert len(set(OLD_PROVINCE_CODES.values())) == 63


# --- citizen ID ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("001085012345", "001085012345"),
        (" 001 085 012 345 ", "001085012345"),
        ("001.085.012.345", "001085012345"),
        ("001-085-012-345", "001085012345"),
        ("'001085012345", "001085012345"),  # Excel's text marker
        ("001\u00a0085\u00a0012345", "001085012345"),
        (1085012345, "001085012345"),  # Hà Nội from a number cell: two zeros lost
        (79185012345, "079185012345"),
        (79185012345.0, "079185012345"),
        (Decimal("79185012345"), "079185012345"),
    ],
)
def test_citizen_id_forms(raw: object, expected: str) -> None:
    result = check_citizen_id(raw)
    assert result == CheckResult(expected)
    assert result.ok


@pytest.mark.parametrize("raw", [None, "", "   ", "\u00a0"])
def test_empty_citizen_id_is_no_problem(raw: object) -> None:
    assert check_citizen_id(raw) == CheckResult(None)


@pytest.mark.parametrize(
    ("raw", "fragment"),
    [
        ("1.23457E+11", "Excel đã làm tròn"),
        ("7.91851E+10", "Excel đã làm tròn"),
        ("1,23457E+11", "Excel đã làm tròn"),
        ("00108501234", "12 chữ số"),  # 11 digits but padding gives province 000
        ("0010850123456", "đúng 12 chữ số"),
        ("12345", "đúng 12 chữ số"),
        ("099085012345", "không phải mã tỉnh"),
        ("003085012345", "không phải mã tỉnh"),
        ("123085012345", "không phải mã tỉnh"),
        ("001A85012345", "chỉ gồm chữ số"),
        ("٠٠١٠٨٥٠١٢٣٤٥", "chỉ gồm chữ số"),  # Arabic-Indic digits are not accepted
        ("001485012345", "không thể có"),  # born in 2185
        ("001926012345", "không thể có"),
        (99085012345, "không phải mã tỉnh"),  # number cell: padded, then judged
        (-1085012345, "số âm"),
        (1.5, "dãy chữ số"),
        (float("nan"), "dãy chữ số"),
        (True, "dãy chữ số"),
        (date(2000, 1, 1), "dãy chữ số"),
    ],
)
def test_citizen_id_errors(raw: object, fragment: str) -> None:
    result = check_citizen_id(raw)
    assert result.value is None
    assert len(result.errors) == 1
    assert fragment in result.errors[0]


def test_text_that_lost_its_leading_zero_is_repaired_with_a_warning() -> None:
    result = check_citizen_id("79185012345")
    assert result.value == "079185012345"
    assert result.errors == ()
    assert "số 0 ở đầu" in result.warnings[0]


def test_old_cmnd_is_accepted_with_a_warning() -> None:
    result = check_citizen_id("013456789")
    assert result.value == "013456789"
    assert result.errors == ()
    assert "CMND" in result.warnings[0] or "Chứng minh nhân dân" in result.warnings[0]
    # From a number cell, a CMND of a province code starting with 0 has 8 digits left.
    assert check_citizen_id(13456789).value == "013456789"
    assert check_citizen_id(123456789).value == "123456789"


@pytest.mark.parametrize(
    ("number", "gender", "year"),
    [
        ("001085012345", Gender.MALE, 1985),
        ("001185012345", Gender.FEMALE, 1985),
        ("079203012345", Gender.MALE, 2003),
        ("079303012345", Gender.FEMALE, 2003),
        ("096000000001", Gender.MALE, 1900),
        ("096199000001", Gender.FEMALE, 1999),
    ],
)
def test_century_and_sex_digit(number: str, gender: Gender, year: int) -> None:
    facts = describe_citizen_id(number)
    assert facts is not None
    assert (facts.gender, facts.birth_year) == (gender, year)
    assert facts.province_name == OLD_PROVINCE_CODES[number[:3]]
    assert check_citizen_id(number, year, gender) == CheckResult(number)


def test_describe_rejects_what_is_not_a_citizen_id() -> None:
    assert describe_citizen_id("123456789") is None
    assert describe_citizen_id("099085012345") is None
    assert describe_citizen_id("00108501234x") is None


def test_disagreement_with_birth_year_or_sex_is_only_a_warning() -> None:
    result = check_citizen_id("001085012345", 1986, Gender.FEMALE)
    assert result.value == "001085012345"
    assert result.errors == ()
    assert len(result.warnings) == 2
    assert "1985" in result.warnings[0] and "1986" in result.warnings[0]
    assert "Nam" in result.warnings[1] and "Nữ" in result.warnings[1]


def test_citizen_id_century_is_judged_against_today() -> None:
    assert check_citizen_id("001230012345", today=date(2030, 1, 1)).ok
    assert not check_citizen_id("001230012345", today=date(2029, 12, 31)).ok


_provinces = st.sampled_from(sorted(OLD_PROVINCE_CODES))


@st.composite
def _valid_citizen_ids(draw: st.DrawFn) -> tuple[str, int, Gender]:
    province = draw(_provinces)
    year = draw(st.integers(min_value=1900, max_value=2025))
    gender = draw(st.sampled_from(Gender))
    century_digit = 2 * ((year - 1900) // 100) + (1 if gender is Gender.FEMALE else 0)
    serial = draw(st.integers(min_value=0, max_value=999_999))
    return f"{province}{century_digit}{year % 100:02d}{serial:06d}", year, gender


@given(_valid_citizen_ids())
def test_any_valid_citizen_id_passes(case: tuple[str, int, Gender]) -> None:
    number, year, gender = case
    assert check_citizen_id(number) == CheckResult(number)
    assert check_citizen_id(number, year, gender) == CheckResult(number)
    # The same number read from an Excel number cell (leading zeros lost).
    assert check_citizen_id(int(number), year, gender) == CheckResult(number)
    assert check_citizen_id(float(int(number)), year, gender) == CheckResult(number)
    spaced = f"{number[:3]} {number[3:6]} {number[6:]}"
    assert check_citizen_id(spaced, year, gender) == CheckResult(number)


@given(_valid_citizen_ids(), st.integers(min_value=1, max_value=50))
def test_wrong_birth_year_warns_but_keeps_the_number(
    case: tuple[str, int, Gender], shift: int
) -> None:
    number, year, gender = case
    result = check_citizen_id(number, year + shift, gender)
    assert result.value == number
    assert result.errors == ()
    assert len(result.warnings) == 1


# --- phone ---------------------------------------------------------------------------------


def test_mobile_prefixes_are_the_allocated_ones() -> None:
    assert {"032", "039", "052", "055", "056", "058", "059", "070", "076", "079"} <= (
        MOBILE_PREFIXES
    )
    assert {"081", "086", "089", "090", "094", "096", "099"} <= MOBILE_PREFIXES
    for unused in ("031", "050", "051", "053", "057", "071", "075", "080", "095"):
        assert unused not in MOBILE_PREFIXES
    assert set(OLD_MOBILE_PREFIXES.values()) <= MOBILE_PREFIXES
    assert len(OLD_MOBILE_PREFIXES) == 21  # 5 MobiFone, 5 VinaPhone, 8 Viettel, 3 others


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("0912345678", "0912345678"),
        ("0912 345 678", "0912345678"),
        ("0912.345.678", "0912345678"),
        ("0912-345-678", "0912345678"),
        ("(091) 234 5678", "0912345678"),
        ("'0912345678", "0912345678"),
        ("+84 912 345 678", "0912345678"),
        ("+84912345678", "0912345678"),
        ("+84 (0) 912 345 678", "0912345678"),
        ("84912345678", "0912345678"),
        ("0084 912 345 678", "0912345678"),
        ("0327654321", "0327654321"),
        ("0559876543", "0559876543"),
        ("0868123456", "0868123456"),
        (912345678, "0912345678"),  # number cell: leading 0 lost
        (912345678.0, "0912345678"),
        ("912345678", "0912345678"),  # the same, copied out as text
        (84912345678, "0912345678"),
        # Landlines: 02x area code, 11 digits.
        ("024 3825 3344", "02438253344"),
        ("(0236) 382 1234", "02363821234"),
        ("02113 862 345", "02113862345"),
        (2438253344, "02438253344"),
    ],
)
def test_phone_forms(raw: object, expected: str) -> None:
    assert check_phone(raw) == CheckResult(expected)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("01201234567", "0701234567"),
        ("01211234567", "0791234567"),
        ("01221234567", "0771234567"),
        ("01261234567", "0761234567"),
        ("01281234567", "0781234567"),
        ("01231234567", "0831234567"),
        ("01241234567", "0841234567"),
        ("01251234567", "0851234567"),
        ("01271234567", "0811234567"),
        ("01291234567", "0821234567"),
        ("01621234567", "0321234567"),
        ("01691234567", "0391234567"),
        ("01861234567", "0561234567"),
        ("01881234567", "0581234567"),
        ("01991234567", "0591234567"),
        ("0169 123 4567", "0391234567"),
        ("+84 169 123 4567", "0391234567"),
        (1691234567, "0391234567"),  # from a number cell
    ],
)
def test_old_11_digit_mobiles_are_converted_with_a_notice(old: object, new: str) -> None:
    result = check_phone(old)
    assert result.value == new
    assert result.errors == ()
    assert len(result.warnings) == 1
    assert "đầu số mới" in result.warnings[0]
    assert new in result.warnings[0]


@pytest.mark.parametrize("raw", [None, "", "  "])
def test_empty_phone_is_no_problem(raw: object) -> None:
    assert check_phone(raw) == CheckResult(None)


@pytest.mark.parametrize(
    ("raw", "fragment"),
    [
        ("0501234567", "Đầu số 050"),
        ("0951234567", "Đầu số 095"),
        ("01301234567", "Đầu số 0130"),
        ("091234567", "không đúng"),  # 9 digits starting with 0: a digit is missing
        ("09123456789", "không đúng"),
        ("0212345", "không đúng"),
        ("1900 1234", "không đúng"),
        ("+1 555 123 4567", "+84"),
        ("0912 345 67a", "chỉ gồm chữ số"),
        ("9.12346E+08", "Excel đã làm tròn"),
        (-912345678, "số âm"),
        (9.5, "dãy chữ số"),
        (False, "dãy chữ số"),
    ],
)
def test_phone_errors(raw: object, fragment: str) -> None:
    result = check_phone(raw)
    assert result.value is None
    assert len(result.errors) == 1
    assert fragment in result.errors[0]


def test_several_numbers_in_one_cell_keep_the_first() -> None:
    for raw in ("0912 345 678 / 0987 654 321", "0912345678; 0987654321", "0912345678 - 098765"):
        result = check_phone(raw)
        assert result.value == "0912345678"
        assert result.errors == ()
        assert "chỉ lấy số đầu tiên" in result.warnings[-1]


_mobiles = st.builds(
    lambda prefix, rest: f"{prefix}{rest:07d}",
    st.sampled_from(sorted(MOBILE_PREFIXES)),
    st.integers(min_value=0, max_value=9_999_999),
)


@given(_mobiles)
def test_any_valid_mobile_passes_in_every_written_form(phone: str) -> None:
    expected = CheckResult(phone)
    assert check_phone(phone) == expected
    assert check_phone(int(phone)) == expected
    assert check_phone(float(int(phone))) == expected
    assert check_phone(str(int(phone))) == expected  # leading-zero repair
    assert check_phone("+84" + phone[1:]) == expected
    assert check_phone(f"{phone[:4]} {phone[4:7]} {phone[7:]}") == expected
    assert check_phone(f"{phone[:4]}.{phone[4:7]}.{phone[7:]}") == expected


@given(st.sampled_from(sorted(OLD_MOBILE_PREFIXES)), st.integers(min_value=0, max_value=9_999_999))
def test_any_old_mobile_becomes_a_valid_new_one(prefix: str, rest: int) -> None:
    old = f"{prefix}{rest:07d}"
    result = check_phone(old)
    assert result.value == f"{OLD_MOBILE_PREFIXES[prefix]}{rest:07d}"
    assert check_phone(result.value) == CheckResult(result.value)
    assert check_phone(int(old)).value == result.value


# --- birth ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "born"),
    [
        ("12/3/1985", date(1985, 3, 12)),
        ("12/03/1985", date(1985, 3, 12)),
        ("12-03-1985", date(1985, 3, 12)),
        ("12.03.1985", date(1985, 3, 12)),
        ("12 / 03 / 1985", date(1985, 3, 12)),
        ("1/2/1985", date(1985, 2, 1)),  # day first, never month first
        ("1985-03-12", date(1985, 3, 12)),
        ("1985-03-12 00:00:00", date(1985, 3, 12)),
        ("1985/03/12", date(1985, 3, 12)),
        ("ngày 12 tháng 3 năm 1985", date(1985, 3, 12)),
        ("Ngày 12 tháng 03 năm 1985", date(1985, 3, 12)),
        ("12 tháng 3 năm 1985", date(1985, 3, 12)),
        (date(1985, 3, 12), date(1985, 3, 12)),
        (datetime(1985, 3, 12, 0, 0), date(1985, 3, 12)),
        (31118, date(1985, 3, 12)),  # Excel serial date (1900 date system)
        (31118.0, date(1985, 3, 12)),
        ("31118", date(1985, 3, 12)),
        ("29/02/2000", date(2000, 2, 29)),
    ],
)
def test_birth_dates(raw: object, born: date) -> None:
    assert parse_birth(raw, today=TODAY) == BirthResult(born, born.year)


@pytest.mark.parametrize(
    "raw", ["1985", 1985, 1985.0, " 1985 ", "Năm 1985", "năm sinh 1985", "'1985"]
)
def test_birth_year_only(raw: object) -> None:
    result = parse_birth(raw, today=TODAY)
    assert result == BirthResult(None, 1985)
    assert result.value == 1985


@pytest.mark.parametrize(
    "raw", ["3/1985", "03/1985", "03-1985", "tháng 3 năm 1985", "tháng 3/1985"]
)
def test_month_and_year_keep_the_year_with_a_warning(raw: str) -> None:
    result = parse_birth(raw, today=TODAY)
    assert (result.birth_date, result.birth_year, result.errors) == (None, 1985, ())
    assert "tháng và năm" in result.warnings[0]


def test_two_digit_years() -> None:
    old = parse_birth("12/3/85", today=TODAY)
    young = parse_birth("12/3/05", today=TODAY)
    assert old.birth_date == date(1985, 3, 12)
    assert young.birth_date == date(2005, 3, 12)
    assert "2 chữ số" in old.warnings[0]
    # 2015 would make a child of 11, so "15" is read as 1915.
    assert parse_birth("1/1/15", today=TODAY).birth_year == 1915


@pytest.mark.parametrize("raw", [None, "", "   "])
def test_empty_birth_is_no_problem(raw: object) -> None:
    result = parse_birth(raw, today=TODAY)
    assert result == BirthResult(None, None)
    assert result.value is None


@pytest.mark.parametrize(
    ("raw", "fragment"),
    [
        ("31/2/1985", "không có thật"),
        ("29/02/1985", "không có thật"),
        ("12/13/1985", "không có thật"),
        ("0/3/1985", "không có thật"),
        ("13/1985", "Tháng sinh"),
        ("2/5/2026", "tương lai"),
        (date(2027, 1, 1), "tương lai"),
        ("2030", "tương lai"),
        (2030, "tương lai"),
        ("1850", "không hợp lý"),
        (date(1900, 1, 1), "không hợp lý"),
        ("abc", "Không hiểu"),
        ("12/3", "Không hiểu"),
        ("85", "Không hiểu"),
        (500, "Không hiểu"),
        (99_999_999, "Không hiểu"),
        (1985.5, "Không hiểu"),
        (True, "Không hiểu"),
        ([1985], "Không hiểu"),
    ],
)
def test_birth_errors(raw: object, fragment: str) -> None:
    result = parse_birth(raw, today=TODAY)
    assert (result.birth_date, result.birth_year) == (None, None)
    assert len(result.errors) == 1
    assert fragment in result.errors[0]


def test_month_first_dates_get_a_hint() -> None:
    result = parse_birth("3/13/1990", today=TODAY)
    assert "13/03/1990" in result.errors[0]


@pytest.mark.parametrize(
    ("raw", "fragment"),
    [
        ("1/6/2015", "mới 10 tuổi"),
        (2020, "mới 6 tuổi"),
        ("1/1/1920", "106 tuổi"),
        (1915, "111 tuổi"),
    ],
)
def test_unusual_ages_are_warnings(raw: object, fragment: str) -> None:
    result = parse_birth(raw, today=TODAY)
    assert result.errors == ()
    assert result.birth_year is not None
    assert fragment in result.warnings[0]


def test_age_limits_are_exact() -> None:
    assert parse_birth("1/5/2012", today=TODAY).warnings == ()  # 14 today
    assert parse_birth("2/5/2012", today=TODAY).warnings != ()  # 14 tomorrow
    assert parse_birth("2/5/1925", today=TODAY).warnings == ()  # still 100
    assert parse_birth("1/5/1925", today=TODAY).warnings != ()  # 101 today


_birth_dates = st.dates(min_value=date(1926, 6, 1), max_value=date(2012, 1, 1))


@given(_birth_dates)
def test_any_birth_date_round_trips_through_its_usual_forms(born: date) -> None:
    expected = BirthResult(born, born.year)
    assert parse_birth(f"{born.day}/{born.month}/{born.year}", today=TODAY) == expected
    assert parse_birth(born.strftime("%d/%m/%Y"), today=TODAY) == expected
    assert parse_birth(born.strftime("%d-%m-%Y"), today=TODAY) == expected
    assert parse_birth(born.strftime("%d.%m.%Y"), today=TODAY) == expected
    assert parse_birth(born.isoformat(), today=TODAY) == expected
    assert parse_birth(datetime(born.year, born.month, born.day), today=TODAY) == expected
    serial = (born - date(1899, 12, 30)).days
    assert parse_birth(serial, today=TODAY) == expected


# --- gender --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "gender"),
    [
        ("Nam", Gender.MALE),
        ("nam", Gender.MALE),
        ("NAM", Gender.MALE),
        (" Nam ", Gender.MALE),
        ("M", Gender.MALE),
        ("Male", Gender.MALE),
        ("Nam giới", Gender.MALE),
        ("Nữ", Gender.FEMALE),
        ("nữ", Gender.FEMALE),
        ("NỮ", Gender.FEMALE),
        ("nu", Gender.FEMALE),
        ("Nữ.", Gender.FEMALE),
        ("F", Gender.FEMALE),
        ("female", Gender.FEMALE),
        ("Nữ giới", Gender.FEMALE),
        ("Nu\u0303\u031b", Gender.FEMALE),  # combining input
        (Gender.MALE, Gender.MALE),
    ],
)
def test_gender_words(raw: object, gender: Gender) -> None:
    assert parse_gender(raw) == CheckResult(gender)


@pytest.mark.parametrize("raw", ["x", "X", "✓", "1", 1, True])
def test_ticks_take_the_gender_of_their_column(raw: object) -> None:
    assert parse_gender(raw, marked_column=Gender.MALE) == CheckResult(Gender.MALE)
    assert parse_gender(raw, marked_column=Gender.FEMALE) == CheckResult(Gender.FEMALE)
    alone = parse_gender(raw)
    assert alone.value is None
    assert alone.errors == ()
    assert "dấu" in alone.warnings[0]


@pytest.mark.parametrize("raw", [None, "", "  ", False])
def test_empty_gender(raw: object) -> None:
    assert parse_gender(raw) == CheckResult(None)


def test_unknown_gender_is_left_empty_with_a_warning() -> None:
    result = parse_gender("Khác")
    assert result.value is None
    assert result.errors == ()
    assert "Khác" in result.warnings[0]


# --- role in a team ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "role"),
    [
        ("Tổ trưởng", TeamRole.LEADER),
        ("tổ trưởng", TeamRole.LEADER),
        ("TỔ TRƯỞNG", TeamRole.LEADER),
        ("To truong", TeamRole.LEADER),
        ("TT", TeamRole.LEADER),
        ("Tổ trưởng (Trưởng thôn)", TeamRole.LEADER),
        ("Tổ trưởng - Bí thư chi bộ", TeamRole.LEADER),
        ("Trưởng tổ", TeamRole.LEADER),
        ("Tổ phó", TeamRole.DEPUTY),
        ("tổ phó", TeamRole.DEPUTY),
        ("TP", TeamRole.DEPUTY),
        ("Phó tổ trưởng", TeamRole.DEPUTY),
        ("Tổ phó - Bí thư chi đoàn", TeamRole.DEPUTY),
        ("Tổ phó thường trực", TeamRole.DEPUTY_STANDING),
        ("Tổ phó Thường trực", TeamRole.DEPUTY_STANDING),
        ("Tổ phó TT", TeamRole.DEPUTY_STANDING),
        ("Thành viên", TeamRole.MEMBER),
        ("thành viên", TeamRole.MEMBER),
        ("Tổ viên", TeamRole.MEMBER),
        ("TV", TeamRole.MEMBER),
        ("Ủy viên", TeamRole.MEMBER),
        ("Uỷ viên", TeamRole.MEMBER),  # old tone placement
        ("Thành viên (Công an xã)", TeamRole.MEMBER),
        (TeamRole.DEPUTY, TeamRole.DEPUTY),
        ("leader", TeamRole.LEADER),
    ],
)
def test_team_roles(raw: object, role: TeamRole) -> None:
    assert parse_team_role(raw) == CheckResult(role)


@pytest.mark.parametrize("raw", ["Trưởng thôn", "Bí thư chi đoàn", "Tổ phòng", "?"])
def test_unknown_roles_become_members_with_a_warning(raw: str) -> None:
    result = parse_team_role(raw)
    assert result.value is TeamRole.MEMBER
    assert result.errors == ()
    assert raw in result.warnings[0]


@pytest.mark.parametrize("raw", [None, "", "  "])
def test_empty_role(raw: object) -> None:
    assert parse_team_role(raw) == CheckResult(None)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("x", True), ("X", True), ("Có", True), (1, True), ("Đoàn viên", True), ("không", False),
     (0, False), ("", None), (None, None), ("  ", None)],
)  # fmt: skip
def test_tick_columns(raw: object, expected: bool | None) -> None:
    from tcns_desktop.domain.person_rules import parse_yes_no

    assert parse_yes_no(raw).value is expected
