"""The 34 provinces and their codes from 1 July 2025 (QĐ 19/2025/QĐ-TTg).

Source: the list published with QĐ 19/2025/QĐ-TTg (baochinhphu.vn, 4 July 2025). A merged
province carries the old code of the province where its administrative centre now is, not
always of the one whose name it kept (Lào Cai 15 was Yên Bái's, Tây Ninh 80 was Long An's).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Province:
    code: str
    name: str


PROVINCES: tuple[Province, ...] = (
    Province("01", "Thành phố Hà Nội"),
    Province("04", "Tỉnh Cao Bằng"),
    Province("08", "Tỉnh Tuyên Quang"),
    Province("11", "Tỉnh Điện Biên"),
    Province("12", "Tỉnh Lai Châu"),
    Province("14", "Tỉnh Sơn La"),
    Province("15", "Tỉnh Lào Cai"),
    Province("19", "Tỉnh Thái Nguyên"),
    Province("20", "Tỉnh Lạng Sơn"),
    Province("22", "Tỉnh Quảng Ninh"),
    Province("24", "Tỉnh Bắc Ninh"),
    Province("25", "Tỉnh Phú Thọ"),
    Province("31", "Thành phố Hải Phòng"),
    Province("33", "Tỉnh Hưng Yên"),
    Province("37", "Tỉnh Ninh Bình"),
    Province("38", "Tỉnh Thanh Hóa"),
    Province("40", "Tỉnh Nghệ An"),
    Province("42", "Tỉnh Hà Tĩnh"),
    Province("44", "Tỉnh Quảng Trị"),
    Province("46", "Thành phố Huế"),
    Province("48", "Thành phố Đà Nẵng"),
    Province("51", "Tỉnh Quảng Ngãi"),
    Province("52", "Tỉnh Gia Lai"),
    Province("56", "Tỉnh Khánh Hòa"),
    Province("66", "Tỉnh Đắk Lắk"),
    Province("68", "Tỉnh Lâm Đồng"),
    Province("75", "Tỉnh Đồng Nai"),
    Province("79", "Thành phố Hồ Chí Minh"),
    Province("80", "Tỉnh Tây Ninh"),
    Province("82", "Tỉnh Đồng Tháp"),
    Province("86", "Tỉnh Vĩnh Long"),
    Province("91", "Tỉnh An Giang"),
    Province("92", "Thành phố Cần Thơ"),
    Province("96", "Tỉnh Cà Mau"),
)

_BY_CODE = {province.code: province for province in PROVINCES}


def province_by_code(code: str) -> Province | None:
    return _BY_CODE.get(code.strip().zfill(2)) if code.strip().isdigit() else None
