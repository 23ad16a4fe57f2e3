"""Word lists for synthetic demo data: names, ethnic groups, positions, places, courses, activities.

Plain data (NFC text, weights) that ``services/demo.py`` draws from to make rosters and
activity logs that look like a real commune's: family names weighted by their frequency in
the population, Kinh middle and given names by gender, the naming customs of the larger
ethnic minorities, the positions team members typically hold (village head, youth union,
women's union, VNPT/Viettel staff …), village names by kind, the courses offered to teams
(OneTouch, binhdanhocvuso.gov.vn, VNPT/Viettel sessions) and activity titles by kind and pillar.

Weights are relative, not percentages. Nothing here is real personal data.
"""

from __future__ import annotations

from dataclasses import dataclass

from tcns_desktop.domain.enums import ActivityKind, DigitalSkill, Pillar, VillageKind

# --- Regions -------------------------------------------------------------------------------

REGION_DELTA = "delta"  # Red River delta and the north-central coast: almost all Kinh
REGION_UPLAND = "upland"  # northern mountains: Tày, Thái, Mông, Nùng, Dao … and Bản villages
REGION_CENTRAL = "central"  # central coast
REGION_HIGHLAND = "highland"  # Central Highlands: Ê Đê, Gia Rai, Ba Na, Cơ Ho
REGION_SOUTH = "south"  # south-east: Ấp and Khu phố, southern spellings (Huỳnh, Võ)
REGION_MEKONG = "mekong"  # Mekong delta: Khmer minority, Ấp

# Region of each of the 34 provinces of QĐ 19/2025/QĐ-TTg (by the dominant part of the merger).
PROVINCE_REGIONS: dict[str, str] = {
    "01": REGION_DELTA,
    "04": REGION_UPLAND,
    "08": REGION_UPLAND,
    "11": REGION_UPLAND,
    "12": REGION_UPLAND,
    "14": REGION_UPLAND,
    "15": REGION_UPLAND,
    "19": REGION_UPLAND,
    "20": REGION_UPLAND,
    "22": REGION_DELTA,
    "24": REGION_DELTA,
    "25": REGION_DELTA,
    "31": REGION_DELTA,
    "33": REGION_DELTA,
    "37": REGION_DELTA,
    "38": REGION_DELTA,
    "40": REGION_DELTA,
    "42": REGION_DELTA,
    "44": REGION_CENTRAL,
    "46": REGION_CENTRAL,
    "48": REGION_CENTRAL,
    "51": REGION_CENTRAL,
    "52": REGION_HIGHLAND,
    "56": REGION_CENTRAL,
    "66": REGION_HIGHLAND,
    "68": REGION_HIGHLAND,
    "75": REGION_SOUTH,
    "79": REGION_SOUTH,
    "80": REGION_SOUTH,
    "82": REGION_MEKONG,
    "86": REGION_MEKONG,
    "91": REGION_MEKONG,
    "92": REGION_MEKONG,
    "96": REGION_MEKONG,
}

# --- Citizen identity numbers ---------------------------------------------------------------

# First three digits of a 12-digit citizen identity number: the place of birth registration,
# coded with the 63 pre-2025 provinces (NĐ 137/2015/NĐ-CP, Thông tư 07/2016/TT-BCA). Keyed
# by the 2025 province the old one merged into, so people are mostly born "nearby".
CITIZEN_ID_PROVINCE_CODES: dict[str, tuple[str, ...]] = {
    "01": ("001",),  # Hà Nội
    "04": ("004",),  # Cao Bằng
    "08": ("008", "002"),  # Tuyên Quang, Hà Giang
    "11": ("011",),  # Điện Biên
    "12": ("012",),  # Lai Châu
    "14": ("014",),  # Sơn La
    "15": ("010", "015"),  # Lào Cai, Yên Bái
    "19": ("019", "006"),  # Thái Nguyên, Bắc Kạn
    "20": ("020",),  # Lạng Sơn
    "22": ("022",),  # Quảng Ninh
    "24": ("027", "024"),  # Bắc Ninh, Bắc Giang
    "25": ("025", "026", "017"),  # Phú Thọ, Vĩnh Phúc, Hòa Bình
    "31": ("031", "030"),  # Hải Phòng, Hải Dương
    "33": ("033", "034"),  # Hưng Yên, Thái Bình
    "37": ("037", "035", "036"),  # Ninh Bình, Hà Nam, Nam Định
    "38": ("038",),  # Thanh Hóa
    "40": ("040",),  # Nghệ An
    "42": ("042",),  # Hà Tĩnh
    "44": ("045", "044"),  # Quảng Trị, Quảng Bình
    "46": ("046",),  # Thừa Thiên Huế
    "48": ("048", "049"),  # Đà Nẵng, Quảng Nam
    "51": ("051", "062"),  # Quảng Ngãi, Kon Tum
    "52": ("064", "052"),  # Gia Lai, Bình Định
    "56": ("056", "058"),  # Khánh Hòa, Ninh Thuận
    "66": ("066", "054"),  # Đắk Lắk, Phú Yên
    "68": ("068", "067", "060"),  # Lâm Đồng, Đắk Nông, Bình Thuận
    "75": ("075", "070"),  # Đồng Nai, Bình Phước
    "79": ("079", "074", "077"),  # TP. Hồ Chí Minh, Bình Dương, Bà Rịa - Vũng Tàu
    "80": ("072", "080"),  # Tây Ninh, Long An
    "82": ("087", "082"),  # Đồng Tháp, Tiền Giang
    "86": ("086", "083", "084"),  # Vĩnh Long, Bến Tre, Trà Vinh
    "91": ("089", "091"),  # An Giang, Kiên Giang
    "92": ("092", "094", "093"),  # Cần Thơ, Sóc Trăng, Hậu Giang
    "96": ("096", "095"),  # Cà Mau, Bạc Liêu
}

ALL_CITIZEN_ID_PROVINCE_CODES: tuple[str, ...] = tuple(
    sorted({code for codes in CITIZEN_ID_PROVINCE_CODES.values() for code in codes})
)

# Mobile prefixes in use since the 2018 renumbering (Viettel, VinaPhone, MobiFone,
# Vietnamobile, Gmobile), weighted roughly by market share.
MOBILE_PREFIXES: tuple[tuple[str, int], ...] = (
    *((prefix, 6) for prefix in ("032", "033", "034", "035", "036", "037", "038", "039")),
    *((prefix, 8) for prefix in ("086", "096", "097", "098")),
    *((prefix, 4) for prefix in ("081", "082", "083", "084", "085", "088", "091", "094")),
    *((prefix, 3) for prefix in ("070", "076", "077", "078", "079", "089", "090", "093")),
    *((prefix, 1) for prefix in ("052", "056", "058", "092", "059", "099")),
)

# --- Ethnic groups --------------------------------------------------------------------------

KINH = "Kinh"

# Names as clerks write them on rosters ("Mông" is the official name of the H'Mông people).
ETHNIC_GROUPS_BY_REGION: dict[str, tuple[tuple[str, int], ...]] = {
    REGION_DELTA: ((KINH, 970), ("Mường", 15), ("Tày", 5), ("Thái", 5), ("Sán Dìu", 3)),
    REGION_UPLAND: (
        (KINH, 330),
        ("Tày", 190),
        ("Thái", 140),
        ("Mông", 120),
        ("Nùng", 90),
        ("Dao", 70),
        ("Mường", 20),
        ("Giáy", 20),
    ),
    REGION_CENTRAL: ((KINH, 930), ("Cơ Tu", 25), ("Hrê", 20), ("Ba Na", 15), ("Chăm", 10)),
    REGION_HIGHLAND: (
        (KINH, 640),
        ("Ê Đê", 110),
        ("Gia Rai", 110),
        ("Ba Na", 50),
        ("Cơ Ho", 40),
        ("Tày", 25),
        ("Nùng", 25),
    ),
    REGION_SOUTH: ((KINH, 940), ("Hoa", 35), ("Khmer", 15), ("Chăm", 10)),
    REGION_MEKONG: ((KINH, 870), ("Khmer", 110), ("Hoa", 20)),
}

# --- Kinh names -----------------------------------------------------------------------------

# (family name, weight in the north, weight in the south). Hoàng/Huỳnh and Vũ/Võ are one
# family name spelt by region; the weights follow the usual frequency estimates (Nguyễn ~38 %).
KINH_FAMILY_NAMES: tuple[tuple[str, int, int], ...] = (
    ("Nguyễn", 380, 380),
    ("Trần", 110, 110),
    ("Lê", 95, 95),
    ("Phạm", 70, 70),
    ("Hoàng", 48, 8),
    ("Huỳnh", 3, 43),
    ("Phan", 45, 45),
    ("Vũ", 36, 5),
    ("Võ", 3, 34),
    ("Đặng", 21, 21),
    ("Bùi", 20, 20),
    ("Đỗ", 14, 14),
    ("Hồ", 13, 13),
    ("Ngô", 13, 13),
    ("Dương", 10, 10),
    ("Lý", 5, 5),
    ("Đinh", 6, 5),
    ("Trương", 5, 7),
    ("Đoàn", 5, 5),
    ("Lương", 4, 3),
    ("Mai", 4, 4),
    ("Trịnh", 5, 2),
    ("Lâm", 2, 5),
    ("Tô", 3, 2),
    ("Cao", 3, 3),
    ("Hà", 4, 2),
    ("Tạ", 3, 1),
    ("Châu", 1, 3),
    ("Lưu", 3, 2),
    ("Thái", 2, 2),
)

# Middle names; "Văn" and "Thị" dominate for people born before the 1990s.
MALE_MIDDLE_NAMES: tuple[tuple[str, int], ...] = (
    ("Văn", 400),
    ("Đức", 70),
    ("Minh", 70),
    ("Hữu", 50),
    ("Quốc", 45),
    ("Công", 45),
    ("Đình", 45),
    ("Quang", 40),
    ("Thanh", 35),
    ("Xuân", 30),
    ("Ngọc", 25),
    ("Trọng", 25),
    ("Tiến", 20),
    ("Mạnh", 20),
    ("Anh", 20),
    ("Bá", 15),
    ("Gia", 15),
    ("Hoàng", 15),
    ("Duy", 15),
    ("Tuấn", 10),
)

FEMALE_MIDDLE_NAMES: tuple[tuple[str, int], ...] = (
    ("Thị", 430),
    ("Ngọc", 55),
    ("Thu", 50),
    ("Thanh", 45),
    ("Hồng", 35),
    ("Kim", 35),
    ("Phương", 25),
    ("Thùy", 25),
    ("Minh", 25),
    ("Khánh", 15),
    ("Bảo", 15),
    ("Diệu", 10),
    ("Thị Thu", 40),
    ("Thị Ngọc", 30),
    ("Thị Kim", 25),
    ("Thị Thanh", 25),
    ("Thị Hồng", 25),
    ("Thị Minh", 15),
)

# The traditional middle names that younger parents use less; the generator picks again
# (once) when one of these is drawn for a person born in 1990 or later.
OLD_FASHIONED_MIDDLE_NAMES: frozenset[str] = frozenset({"Văn", "Thị"})

MALE_GIVEN_NAMES: tuple[tuple[str, int], ...] = (
    ("Hùng", 30),
    ("Dũng", 30),
    ("Tuấn", 30),
    ("Minh", 28),
    ("Hải", 25),
    ("Nam", 25),
    ("Long", 22),
    ("Cường", 22),
    ("Thắng", 20),
    ("Sơn", 20),
    ("Quân", 18),
    ("Phong", 16),
    ("Trung", 16),
    ("Huy", 18),
    ("Khánh", 14),
    ("Đạt", 16),
    ("Tùng", 14),
    ("Bình", 14),
    ("Thành", 16),
    ("Hiếu", 14),
    ("Việt", 12),
    ("Kiên", 10),
    ("Tiến", 12),
    ("Lâm", 8),
    ("An", 10),
    ("Đức", 14),
    ("Duy", 12),
    ("Vinh", 10),
    ("Toàn", 10),
    ("Thịnh", 8),
    ("Phúc", 10),
    ("Hưng", 12),
    ("Lộc", 8),
    ("Tài", 8),
    ("Quang", 10),
    ("Chiến", 8),
    ("Hoàng", 8),
    ("Trường", 8),
    ("Nghĩa", 8),
    ("Thông", 6),
)

FEMALE_GIVEN_NAMES: tuple[tuple[str, int], ...] = (
    ("Lan", 25),
    ("Hương", 28),
    ("Hoa", 22),
    ("Mai", 22),
    ("Linh", 25),
    ("Hà", 22),
    ("Trang", 25),
    ("Thảo", 22),
    ("Nhung", 14),
    ("Hằng", 18),
    ("Huyền", 18),
    ("Ngọc", 12),
    ("Yến", 14),
    ("Loan", 10),
    ("Phương", 16),
    ("Thủy", 16),
    ("Dung", 14),
    ("Oanh", 10),
    ("Hạnh", 14),
    ("Nga", 12),
    ("Vân", 12),
    ("Quỳnh", 12),
    ("Anh", 16),
    ("Châu", 6),
    ("Giang", 10),
    ("Hiền", 14),
    ("Ly", 8),
    ("My", 8),
    ("Nhi", 8),
    ("Tâm", 8),
    ("Thư", 8),
    ("Uyên", 8),
    ("Xuân", 8),
    ("Liên", 10),
    ("Hồng", 10),
    ("Thúy", 10),
    ("Nguyệt", 6),
    ("Duyên", 8),
)

# --- Ethnic minority names ------------------------------------------------------------------


@dataclass(frozen=True)
class MinorityNaming:
    """How one minority's names are built.

    ``pattern`` is one of:

    - ``"kinh"``: family + Kinh-style middle + given (Tày, Nùng, Thái, Mường, Dao, Hoa …);
    - ``"mong"``: family + "A" (men) / "Thị" (women) + given ("Giàng A Páo", "Vàng Thị Mỷ");
    - ``"khmer"``: family + ("Thị" for most women) + given ("Thạch Sô Phia", "Danh Thị Sa Ra");
    - ``"ede"``: "Y" + given (men) / "H'" + given (women), then the clan ("Y Moan Ênuôl");
    - ``"clan_first"``: clan + given, women's given names with "H'" ("Ksor Thun", "Siu H'Bia").

    Empty given-name tuples fall back to the Kinh lists.
    """

    family_names: tuple[str, ...]
    pattern: str = "kinh"
    male_given: tuple[str, ...] = ()
    female_given: tuple[str, ...] = ()


MINORITY_NAMING: dict[str, MinorityNaming] = {
    "Tày": MinorityNaming(
        ("Hoàng", "Nông", "Lương", "Hà", "Lục", "Bế", "Đàm", "Ma", "Lộc", "Triệu", "Hứa")
    ),
    "Nùng": MinorityNaming(("Hoàng", "Nông", "Lương", "Lục", "Vi", "Chu", "Lăng", "Mã", "Lý")),
    "Thái": MinorityNaming(("Lò", "Lường", "Quàng", "Cầm", "Vi", "Hà", "Lô", "Lang", "Tòng")),
    "Mường": MinorityNaming(("Bùi", "Đinh", "Quách", "Hà", "Xa", "Bạch")),
    "Dao": MinorityNaming(("Triệu", "Bàn", "Đặng", "Lý", "Chảo", "Phùn", "Tẩn")),
    "Giáy": MinorityNaming(("Lò", "Hoàng", "Vương", "Lù", "Sần")),
    "Sán Dìu": MinorityNaming(("Diệp", "Lam", "Trần", "Lục", "Dương")),
    "Mông": MinorityNaming(
        ("Giàng", "Vàng", "Sùng", "Thào", "Lý", "Mùa", "Hầu", "Vừ", "Hạng", "Lầu", "Ly"),
        "mong",
        ("Páo", "Chứ", "Sử", "Lử", "Dế", "Chư", "Tủa", "Giống", "Pó", "Vư", "Sình", "Dìa"),
        ("Mỷ", "Dợ", "Sua", "Pà", "Mai", "Say", "Dính", "Chu", "Mỉ", "Xúa", "Ly"),
    ),
    "Khmer": MinorityNaming(
        ("Thạch", "Danh", "Sơn", "Kim", "Lâm", "Châu", "Kiên", "Trà"),
        "khmer",
        ("Sô Phia", "Sóc", "Sa Rết", "Phol", "Sa Ron", "Chanh", "Đa Ra", "Ly", "Sà Rinh"),
        ("Sa Ra", "Sô Phi", "Srây", "Sóc Kha", "Mây", "Phia", "Sa Pha", "Ni", "Sa Vên"),
    ),
    "Hoa": MinorityNaming(("Lâm", "Trương", "Quách", "Lý", "Hứa", "Tăng", "Mã", "Diệp", "Lưu")),
    "Chăm": MinorityNaming(("Thông", "Đàng", "Châu", "Lưu", "Báo", "Thổ")),
    "Cơ Tu": MinorityNaming(("Alăng", "Bhling", "Bríu", "Zơrâm", "Pơloong", "Clâu")),
    "Hrê": MinorityNaming(("Đinh", "Phạm", "Nguyễn")),
    "Ê Đê": MinorityNaming(
        ("Niê", "Mlô", "Êban", "Ktla", "Byă", "Ayŭn", "Adrơng", "Ênuôl", "Buôn Yă"),
        "ede",
        ("Moan", "Blin", "Khâm", "Jút", "Thuột", "Sơn", "Kông", "Kim", "Wai", "Bhiông"),
        ("Hen", "Lan", "Nhi", "Bia", "Yam", "Bơ", "Linh", "Nhung", "Wơn", "Mai"),
    ),
    "Gia Rai": MinorityNaming(
        ("Ksor", "Rơ Mah", "Siu", "Rơ Lan", "Nay", "Kpă", "Rơ Châm", "Puih"),
        "clan_first",
        ("Thun", "Phai", "Blơng", "Đoan", "Brel", "Hyưh", "Nhiên", "Khoan"),
        ("H'Bia", "H'Lan", "H'Nhi", "H'Bơr", "H'Yen", "H'Lâm"),
    ),
    "Ba Na": MinorityNaming(("Đinh", "Hồ", "Nguyễn")),
    "Cơ Ho": MinorityNaming(
        ("Liêng Hót", "Kơ Să", "Bon Niêng", "Cil", "Ha"),
        "clan_first",
        ("K'Brỏi", "K'Điệp", "K'Krai", "Ha Sin", "K'Sớ"),
        ("Ka Hoa", "Ka Thủy", "Ka Liên", "Ka Duyên", "Ka Điệp"),
    ),
}

# --- Education ------------------------------------------------------------------------------

EDUCATION_LEVELS: tuple[tuple[str, int], ...] = (
    ("Đại học", 30),
    ("Cao đẳng", 14),
    ("Trung cấp", 14),
    ("12/12", 30),
    ("9/12", 8),
    ("Thạc sĩ", 2),
)

# --- Positions of team members --------------------------------------------------------------


@dataclass(frozen=True)
class MemberProfile:
    """What a team member does besides the team: ``organisation`` and ``position`` fields.

    Placeholders in the texts: ``{village}`` the village's name ("Thôn Đông"), ``{commune}``
    the commune's bare name ("Tân Lập"), ``{unit}`` with its kind ("xã Tân Lập", "phường
    Tân Lập"), ``{kind}`` the kind alone ("xã"), ``{province}`` the province's bare name and
    ``{head_title}`` the village head's title ("Trưởng thôn", "Trưởng bản" …), with
    ``{head_title_lower}`` its lower-case form. ``young`` profiles (youth union) get people
    born in 1988 or later; a non-empty ``education`` replaces the drawn education level;
    ``women_only`` profiles (the women's union) always get a woman.
    """

    organisation: str
    position: str
    weight: int = 1
    young: bool = False
    education: str = ""
    women_only: bool = False


# Village head titles by village kind: the usual choice for a village team's Tổ trưởng.
VILLAGE_HEAD_TITLES: dict[VillageKind, str] = {
    VillageKind.THON: "Trưởng thôn",
    VillageKind.BAN: "Trưởng bản",
    VillageKind.TO_DAN_PHO: "Tổ trưởng tổ dân phố",
    VillageKind.KHU_PHO: "Trưởng khu phố",
    VillageKind.AP: "Trưởng ấp",
    VillageKind.XOM: "Trưởng xóm",
    VillageKind.KHAC: "Trưởng thôn",
}

# A village team's leader: the village head or the party cell secretary.
VILLAGE_LEADER_PROFILES: tuple[MemberProfile, ...] = (
    MemberProfile("{village}", "{head_title}", 7),
    MemberProfile("Chi bộ {village}", "Bí thư Chi bộ", 3),
)

VILLAGE_DEPUTY_PROFILES: tuple[MemberProfile, ...] = (
    MemberProfile("Chi đoàn {village}", "Bí thư chi đoàn", 4, young=True),
    MemberProfile("Chi hội Phụ nữ {village}", "Chi hội trưởng Hội Phụ nữ", 3, women_only=True),
    MemberProfile("Ban công tác Mặt trận {village}", "Trưởng ban công tác Mặt trận", 2),
    MemberProfile("Công an {unit}", "Cán bộ Công an xã phụ trách địa bàn", 2),
    MemberProfile("{village}", "Phó {head_title_lower}", 1),
)

VILLAGE_MEMBER_PROFILES: tuple[MemberProfile, ...] = (
    MemberProfile("Chi đoàn {village}", "Đoàn viên thanh niên", 8, young=True),
    MemberProfile("Chi hội Nông dân {village}", "Chi hội trưởng Hội Nông dân", 4),
    MemberProfile("Chi hội Cựu chiến binh {village}", "Chi hội trưởng Hội Cựu chiến binh", 2),
    MemberProfile("Chi hội Phụ nữ {village}", "Hội viên Hội Phụ nữ", 4, women_only=True),
    MemberProfile("Trường THCS {commune}", "Giáo viên tin học", 3, education="Đại học"),
    MemberProfile("Trường Tiểu học {commune}", "Giáo viên", 2, education="Đại học"),
    MemberProfile("VNPT {province}", "Nhân viên VNPT", 3, education="Đại học"),
    MemberProfile("Viettel {province}", "Nhân viên Viettel", 3, education="Đại học"),
    MemberProfile("Bưu điện văn hóa xã {commune}", "Nhân viên Bưu điện văn hóa xã", 2),
    MemberProfile("Trạm Y tế {unit}", "Nhân viên y tế thôn", 2),
    MemberProfile("Tổ bảo vệ an ninh, trật tự ở cơ sở {village}", "Tổ viên", 2),
    MemberProfile("Chi đoàn {village}", "Sinh viên tình nguyện", 1, young=True),
    MemberProfile("", "Người dân tích cực", 6),
    MemberProfile("Hợp tác xã {commune}", "Chủ hộ kinh doanh", 2),
)

COMMUNE_LEADER_PROFILE = MemberProfile("UBND {unit}", "Phó Chủ tịch UBND {kind}")

COMMUNE_DEPUTY_PROFILES: tuple[MemberProfile, ...] = (
    MemberProfile(
        "Phòng Văn hóa - Xã hội {unit}", "Công chức Văn hóa - Xã hội", 3, education="Đại học"
    ),
    MemberProfile("Công an {unit}", "Phó Trưởng Công an {kind}", 2, education="Đại học"),
    MemberProfile("Đoàn Thanh niên {unit}", "Bí thư Đoàn {kind}", 2, young=True),
)

COMMUNE_MEMBER_PROFILES: tuple[MemberProfile, ...] = (
    MemberProfile("Hội Liên hiệp Phụ nữ {unit}", "Chủ tịch Hội Phụ nữ {kind}", 2, women_only=True),
    MemberProfile("Hội Nông dân {unit}", "Chủ tịch Hội Nông dân {kind}", 2),
    MemberProfile("Đoàn Thanh niên {unit}", "Phó Bí thư Đoàn {kind}", 2, young=True),
    MemberProfile("Văn phòng HĐND và UBND {unit}", "Chuyên viên công nghệ thông tin", 2),
    MemberProfile("Trung tâm Phục vụ hành chính công {unit}", "Công chức Một cửa", 2),
    MemberProfile("Bưu điện văn hóa xã {commune}", "Nhân viên Bưu điện văn hóa xã", 2),
    MemberProfile("VNPT {province}", "Nhân viên VNPT", 2, education="Đại học"),
    MemberProfile("Viettel {province}", "Nhân viên Viettel", 2, education="Đại học"),
    MemberProfile("Trường THCS {commune}", "Giáo viên tin học", 2, education="Đại học"),
)

MEMBERSHIP_END_REASONS: tuple[str, ...] = (
    "Chuyển công tác",
    "Xin thôi tham gia vì lý do cá nhân",
    "Chuyển nơi cư trú",
    "Đi làm ăn xa",
    "Kiện toàn lại tổ sau sắp xếp đơn vị hành chính",
)

# --- Communes and villages ------------------------------------------------------------------

# Commune names are two Sino-Vietnamese syllables; these halves combine into common names
# ("Tân Lập", "Phú Hòa", "An Bình" …).
COMMUNE_NAME_FIRSTS: tuple[str, ...] = (
    "Tân",
    "Phú",
    "An",
    "Bình",
    "Hòa",
    "Thạnh",
    "Long",
    "Vĩnh",
    "Đông",
    "Tây",
    "Nam",
    "Bắc",
    "Hưng",
    "Quảng",
    "Thanh",
    "Xuân",
    "Minh",
    "Đức",
    "Phước",
    "Mỹ",
    "Hồng",
    "Kim",
    "Trung",
    "Yên",
)

COMMUNE_NAME_SECONDS: tuple[str, ...] = (
    "Lập",
    "Hòa",
    "Bình",
    "Phú",
    "Thịnh",
    "Hưng",
    "Lợi",
    "An",
    "Thành",
    "Sơn",
    "Trung",
    "Tiến",
    "Phong",
    "Lộc",
    "Hải",
    "Yên",
    "Khánh",
    "Thuận",
    "Quang",
    "Mỹ",
)

# Named villages; numbered ones ("Thôn 3", "Tổ dân phố số 5", "Khu phố 2", "Ấp 1") are made
# by the generator.
THON_NAMES: tuple[str, ...] = (
    "Đông",
    "Tây",
    "Nam",
    "Bắc",
    "Trung",
    "Thượng",
    "Hạ",
    "Đoài",
    "Đình",
    "Chùa",
    "Phú Mỹ",
    "An Thái",
    "Tân Hòa",
    "Yên Thịnh",
    "Đồng Tâm",
    "Quyết Tiến",
    "Thắng Lợi",
    "Hòa Bình",
    "Tiền Phong",
    "Phú Xuân",
    "Văn Giang",
    "Lạc Thị",
    "Ngọc Động",
    "Cao Xá",
    "Kim Bảng",
    "Mỹ Lộc",
)

BAN_NAMES: tuple[str, ...] = (
    "Na Hang",
    "Pác Nặm",
    "Nà Phặc",
    "Khuổi Nằm",
    "Huổi Só",
    "Cốc Lầu",
    "Nậm Cang",
    "Pá Khoang",
    "Lả",
    "Hua Pe",
    "Nà Sản",
    "Tả Van",
    "Sín Chải",
    "Lao Chải",
    "Nà Ngần",
    "Phiêng Luông",
    "Mường Khoa",
    "Co Muông",
    "Pu Nhi",
    "Hát Lót",
    "Tà Xùa",
    "Nậm Ngặt",
    "Khau Vai",
    "Lũng Cú",
)

AP_NAMES: tuple[str, ...] = (
    "Tân Lợi",
    "Phú Hòa",
    "Bình Thạnh",
    "Long Hưng",
    "Mỹ Phước",
    "An Thạnh",
    "Tân Quới",
    "Hòa Lợi",
    "Phước Thạnh",
    "Vĩnh Lợi",
    "Thạnh Mỹ",
    "Long Thới",
    "Tân Hưng",
    "Bình Chánh",
    "Phú Thuận",
    "Trà Cú",
    "Sóc Tre",
    "Kinh Xáng",
    "Rạch Gốc",
    "Cây Dương",
)

XOM_NAMES: tuple[str, ...] = ("Chùa", "Đình", "Giữa", "Đồng", "Bãi", "Trại", "Mới", "Cầu")

# --- Training courses -----------------------------------------------------------------------


@dataclass(frozen=True)
class CourseTemplate:
    """A course teams are sent to; ``mode`` is a TrainingMode value, ``hours`` its length."""

    name: str
    organiser: str
    mode: str
    platform: str
    hours: float
    location: str = ""


COURSE_TEMPLATES: tuple[CourseTemplate, ...] = (
    CourseTemplate(
        "Bồi dưỡng kỹ năng số cơ bản cho thành viên Tổ công nghệ số cộng đồng trên nền tảng "
        "OneTouch",
        "Bộ Khoa học và Công nghệ",
        "online",
        "OneTouch (onetouch.mic.gov.vn)",
        16,
    ),
    CourseTemplate(
        "Khóa học \u201cKỹ năng số cơ bản\u201d trên nền tảng Bình dân học vụ số",
        "Bộ Khoa học và Công nghệ",
        "online",
        "binhdanhocvuso.gov.vn",
        8,
    ),
    CourseTemplate(
        "Tập huấn kỹ năng hướng dẫn người dân sử dụng dịch vụ công trực tuyến",
        "Sở Khoa học và Công nghệ",
        "in_person",
        "",
        8,
        "Hội trường UBND {unit}",
    ),
    CourseTemplate(
        "Hướng dẫn cài đặt, kích hoạt tài khoản định danh điện tử VNeID mức 2",
        "Công an {unit}",
        "in_person",
        "",
        4,
        "Hội trường UBND {unit}",
    ),
    CourseTemplate(
        "Tập huấn chữ ký số cá nhân và thanh toán không dùng tiền mặt",
        "VNPT {province}",
        "blended",
        "Microsoft Teams",
        6,
        "Hội trường UBND {unit}",
    ),
    CourseTemplate(
        "Tập huấn đưa sản phẩm nông sản, OCOP lên sàn thương mại điện tử Postmart, Voso",
        "Bưu điện {province} và Viettel {province}",
        "in_person",
        "",
        6,
        "Bưu điện văn hóa xã {commune}",
    ),
    CourseTemplate(
        "An toàn thông tin và phòng chống lừa đảo trực tuyến cho Tổ công nghệ số cộng đồng",
        "Viettel {province}",
        "online",
        "Zoom",
        3,
    ),
    CourseTemplate(
        "Tập huấn nghiệp vụ cho Tổ công nghệ số cộng đồng sau sắp xếp đơn vị hành chính",
        "UBND {unit}",
        "in_person",
        "",
        8,
        "Hội trường UBND {unit}",
    ),
)

CERTIFICATE_PREFIXES: dict[str, str] = {
    "OneTouch (onetouch.mic.gov.vn)": "OT",
    "binhdanhocvuso.gov.vn": "BDHVS",
}

# --- Activities -----------------------------------------------------------------------------


@dataclass(frozen=True)
class ActivityTemplate:
    """One kind of entry in a team's activity log.

    ``platform`` is a name from the default platform list (``catalogues.DEFAULT_PLATFORMS``),
    ``indicators`` codes from the default indicator catalogue that such an activity reports,
    ``reach`` the usual range of people reached, ``weight`` how often teams log it.
    """

    kind: ActivityKind
    pillar: Pillar
    title: str
    skill: DigitalSkill | None
    platform: str | None
    indicators: tuple[str, ...]
    reach: tuple[int, int]
    weight: int


_GOV = Pillar.DIGITAL_GOVERNMENT
_ECO = Pillar.DIGITAL_ECONOMY
_SOC = Pillar.DIGITAL_SOCIETY

ACTIVITY_TEMPLATES: tuple[ActivityTemplate, ...] = (
    ActivityTemplate(
        ActivityKind.DIRECT_SUPPORT,
        _GOV,
        "Hỗ trợ người dân cài đặt, kích hoạt tài khoản định danh điện tử VNeID mức 2",
        DigitalSkill.PUBLIC_SERVICES,
        "VNeID",
        ("VNEID_ACTIVATED",),
        (1, 25),
        40,
    ),
    ActivityTemplate(
        ActivityKind.DIRECT_SUPPORT,
        _GOV,
        "Hỗ trợ người dân nộp hồ sơ dịch vụ công trực tuyến toàn trình",
        DigitalSkill.PUBLIC_SERVICES,
        "Cổng Dịch vụ công quốc gia",
        ("DVC_DOSSIERS",),
        (1, 15),
        30,
    ),
    ActivityTemplate(
        ActivityKind.DIRECT_SUPPORT,
        _GOV,
        "Hỗ trợ đăng ký khai sinh, thường trú trực tuyến trên Cổng dịch vụ công của tỉnh",
        DigitalSkill.PUBLIC_SERVICES,
        "Cổng dịch vụ công của tỉnh",
        ("DVC_DOSSIERS",),
        (1, 10),
        15,
    ),
    ActivityTemplate(
        ActivityKind.GUIDANCE,
        _GOV,
        "Hướng dẫn tích hợp giấy phép lái xe, thẻ bảo hiểm y tế vào ứng dụng VNeID",
        DigitalSkill.PUBLIC_SERVICES,
        "VNeID",
        ("VNEID_ACTIVATED",),
        (3, 30),
        15,
    ),
    ActivityTemplate(
        ActivityKind.GUIDANCE,
        _GOV,
        "Hướng dẫn cài đặt và sử dụng ứng dụng VssID - Bảo hiểm xã hội số",
        DigitalSkill.PUBLIC_SERVICES,
        "VssID (Bảo hiểm xã hội số)",
        (),
        (3, 30),
        10,
    ),
    ActivityTemplate(
        ActivityKind.DIRECT_SUPPORT,
        _GOV,
        "Hỗ trợ đăng ký chữ ký số cá nhân cho người dân",
        DigitalSkill.PUBLIC_SERVICES,
        "Chữ ký số",
        ("DIGITAL_SIGNATURES",),
        (1, 12),
        10,
    ),
    ActivityTemplate(
        ActivityKind.PROPAGANDA,
        _GOV,
        "Tuyên truyền lợi ích của dịch vụ công trực tuyến tại buổi họp thôn",
        None,
        "Cổng Dịch vụ công quốc gia",
        (),
        (20, 150),
        14,
    ),
    ActivityTemplate(
        ActivityKind.GUIDANCE,
        _GOV,
        "Hướng dẫn cài đặt ứng dụng công dân số của địa phương",
        DigitalSkill.PUBLIC_SERVICES,
        "Nền tảng công dân số của địa phương",
        ("LOCAL_CITIZEN_APP",),
        (5, 40),
        10,
    ),
    ActivityTemplate(
        ActivityKind.GUIDANCE,
        _ECO,
        "Hướng dẫn mở tài khoản thanh toán, ví điện tử và thanh toán không dùng tiền mặt",
        DigitalSkill.ONLINE_PAYMENT,
        "Thanh toán không dùng tiền mặt, ví điện tử, Mobile Money",
        ("EPAYMENT_ACCOUNTS",),
        (3, 35),
        22,
    ),
    ActivityTemplate(
        ActivityKind.DIRECT_SUPPORT,
        _ECO,
        "Hỗ trợ hộ sản xuất đưa sản phẩm OCOP, nông sản lên sàn thương mại điện tử",
        DigitalSkill.ONLINE_SHOPPING,
        "Sàn thương mại điện tử (postmart, voso …)",
        ("ECOMMERCE_ACCOUNTS", "DIGITAL_SHOPS"),
        (1, 10),
        12,
    ),
    ActivityTemplate(
        ActivityKind.GUIDANCE,
        _ECO,
        "Hướng dẫn thanh toán tiền điện, nước, học phí qua ứng dụng ngân hàng",
        DigitalSkill.ONLINE_PAYMENT,
        "Thanh toán không dùng tiền mặt, ví điện tử, Mobile Money",
        ("EPAYMENT_ACCOUNTS",),
        (3, 30),
        14,
    ),
    ActivityTemplate(
        ActivityKind.GUIDANCE,
        _ECO,
        "Hướng dẫn tiểu thương tại chợ dùng mã QR thanh toán",
        DigitalSkill.ONLINE_PAYMENT,
        "Thanh toán không dùng tiền mặt, ví điện tử, Mobile Money",
        ("EPAYMENT_ACCOUNTS",),
        (5, 40),
        10,
    ),
    ActivityTemplate(
        ActivityKind.PROPAGANDA,
        _ECO,
        "Tuyên truyền mua sắm trực tuyến an toàn trên các sàn thương mại điện tử",
        DigitalSkill.ONLINE_SHOPPING,
        "Sàn thương mại điện tử (postmart, voso …)",
        (),
        (20, 120),
        8,
    ),
    ActivityTemplate(
        ActivityKind.PROPAGANDA,
        _SOC,
        "Tuyên truyền phòng, chống lừa đảo trực tuyến trên loa truyền thanh thôn",
        DigitalSkill.ONLINE_SAFETY,
        "An toàn thông tin mạng",
        (),
        (30, 300),
        16,
    ),
    ActivityTemplate(
        ActivityKind.GUIDANCE,
        _SOC,
        "Hướng dẫn cài đặt và sử dụng Sổ sức khỏe điện tử",
        DigitalSkill.OTHER_PLATFORMS,
        "Sổ sức khỏe điện tử",
        ("PEOPLE_TRAINED",),
        (3, 30),
        12,
    ),
    ActivityTemplate(
        ActivityKind.GUIDANCE,
        _SOC,
        "Hướng dẫn người dân học kỹ năng số trên nền tảng binhdanhocvuso.gov.vn",
        DigitalSkill.OTHER_PLATFORMS,
        "Bình dân học vụ số",
        ("BDHVS_COMPLETED", "PEOPLE_TRAINED"),
        (5, 40),
        18,
    ),
    ActivityTemplate(
        ActivityKind.TRAINING,
        _SOC,
        "Lớp \u201cBình dân học vụ số\u201d cho hội viên Hội Phụ nữ, Hội Nông dân",
        DigitalSkill.OTHER_PLATFORMS,
        "Bình dân học vụ số",
        ("PEOPLE_TRAINED", "BDHVS_COMPLETED"),
        (15, 60),
        8,
    ),
    ActivityTemplate(
        ActivityKind.TRAINING,
        _SOC,
        "Tập huấn 5 kỹ năng số cơ bản cho người cao tuổi",
        DigitalSkill.ONLINE_SAFETY,
        "An toàn thông tin mạng",
        ("PEOPLE_TRAINED", "HOUSEHOLDS_5_SKILLS"),
        (10, 50),
        6,
    ),
    ActivityTemplate(
        ActivityKind.DIRECT_SUPPORT,
        _SOC,
        "Đi từng ngõ, gõ từng nhà hướng dẫn hộ gia đình sử dụng 5 kỹ năng số cơ bản",
        DigitalSkill.OTHER_PLATFORMS,
        None,
        ("HOUSEHOLDS_5_SKILLS", "DIGITAL_FAMILIES"),
        (2, 20),
        14,
    ),
    ActivityTemplate(
        ActivityKind.DIRECT_SUPPORT,
        _SOC,
        "Đại sứ số kèm cặp người dân sử dụng điện thoại thông minh",
        DigitalSkill.OTHER_PLATFORMS,
        "Bình dân học vụ số",
        ("DIGITAL_AMBASSADOR_MENTEES",),
        (1, 8),
        10,
    ),
    ActivityTemplate(
        ActivityKind.GUIDANCE,
        _SOC,
        "Cập nhật thành viên nhóm Zalo của thôn, hướng dẫn hộ mới tham gia",
        DigitalSkill.OTHER_PLATFORMS,
        "Khác",
        ("ZALO_GROUP_HOUSEHOLDS",),
        (5, 40),
        8,
    ),
    ActivityTemplate(
        ActivityKind.CAMPAIGN,
        _GOV,
        "Ra quân \u201cNgày Chủ nhật số\u201d hỗ trợ người dân làm dịch vụ công trực tuyến",
        DigitalSkill.PUBLIC_SERVICES,
        "Cổng Dịch vụ công quốc gia",
        ("DVC_DOSSIERS", "VNEID_ACTIVATED"),
        (30, 250),
        6,
    ),
    ActivityTemplate(
        ActivityKind.CAMPAIGN,
        _SOC,
        "Chiến dịch \u201cBình dân học vụ số\u201d tại nhà văn hóa",
        DigitalSkill.OTHER_PLATFORMS,
        "Bình dân học vụ số",
        ("BDHVS_COMPLETED", "PEOPLE_TRAINED", "HOUSEHOLDS_5_SKILLS"),
        (30, 200),
        5,
    ),
    ActivityTemplate(
        ActivityKind.CAMPAIGN,
        _ECO,
        "Ra quân tuyên truyền \u201cChợ 4.0\u201d, thanh toán không dùng tiền mặt tại chợ",
        DigitalSkill.ONLINE_PAYMENT,
        "Thanh toán không dùng tiền mặt, ví điện tử, Mobile Money",
        ("EPAYMENT_ACCOUNTS",),
        (30, 200),
        4,
    ),
)

# Where activities happen (placeholders as in ``MemberProfile``).
VILLAGE_LOCATIONS: tuple[tuple[str, int], ...] = (
    ("Nhà văn hóa {village}", 10),
    ("Tại nhà dân, {village}", 8),
    ("Hội trường {village}", 2),
    ("Sân nhà văn hóa {village}", 2),
    ("", 3),
)

COMMUNE_LOCATIONS: tuple[tuple[str, int], ...] = (
    ("Hội trường UBND {unit}", 6),
    ("Trung tâm Phục vụ hành chính công {unit}", 8),
    ("Bưu điện văn hóa xã {commune}", 3),
    ("Chợ {commune}", 3),
    ("Trường THCS {commune}", 2),
)

ACTIVITY_NOTES: tuple[tuple[str, int], ...] = (
    ("", 90),
    ("Phối hợp với Đoàn Thanh niên", 3),
    ("Phối hợp với Công an xã", 3),
    ("Người dân còn thiếu điện thoại thông minh", 2),
    ("Mất sóng di động, phải hẹn lại", 1),
    ("Phối hợp với Bưu điện văn hóa xã", 1),
)
