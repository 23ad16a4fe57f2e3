"""Rules for the commune profile and its villages; each returns a list of Vietnamese problems."""

from __future__ import annotations

import re
from dataclasses import replace

from tcns_desktop.domain.enums import LeaderRole, VillageKind
from tcns_desktop.domain.provinces import province_by_code
from tcns_desktop.domain.records import CommuneSetup, LeaderInput, VillageInput
from tcns_desktop.domain.vietnamese_text import clean_text, fold_for_search

_COMMUNE_CODE = re.compile(r"^\d{5}$")
_PROVINCE_CODE = re.compile(r"^\d{2}$")
# "QĐ-UBND", "QĐ-CT", "BC-UBND": groups of capitals (Đ included) joined by hyphens, no spaces.
_DOCUMENT_SYMBOL = re.compile(r"^[A-ZĐ][A-Za-zĐđ]*(-[A-ZĐ][A-Za-zĐđ&]*)*$")


def normalise_setup(setup: CommuneSetup) -> CommuneSetup:
    """Clean every text field (NFC, spaces) and fill what can be derived."""
    province_code = clean_text(setup.province_code)
    if province_code.isdigit() and len(province_code) == 1:
        province_code = province_code.zfill(2)
    province_name = clean_text(setup.province_name)
    known = province_by_code(province_code) if province_code else None
    if not province_name and known is not None:
        province_name = known.name
    commune_name = clean_text(setup.commune_name)
    place_name = clean_text(setup.place_name) or _place_from_commune_name(commune_name)
    leaders = tuple(
        LeaderInput(clean_text(ld.full_name), clean_text(ld.title) or ld.role.label, ld.role)
        for ld in setup.leaders
        if clean_text(ld.full_name)
    )
    villages = tuple(
        VillageInput(clean_text(v.name), v.kind, clean_text(v.code))
        for v in setup.villages
        if clean_text(v.name)
    )
    return replace(
        setup,
        province_code=province_code,
        province_name=province_name,
        commune_code=clean_text(setup.commune_code),
        commune_name=commune_name,
        district_name=clean_text(setup.district_name),
        address=clean_text(setup.address),
        place_name=place_name,
        document_symbol=clean_text(setup.document_symbol).replace(" ", "") or "QĐ-UBND",
        upper_office_name=clean_text(setup.upper_office_name),
        team_type_name=clean_text(setup.team_type_name) or "Tổ công nghệ số cộng đồng",
        leaders=leaders,
        villages=villages,
    )


def setup_problems(setup: CommuneSetup) -> list[str]:
    """Every broken rule of a (normalised) commune set-up, in Vietnamese."""
    problems: list[str] = []
    if not _PROVINCE_CODE.match(setup.province_code):
        problems.append("Mã tỉnh phải gồm đúng 2 chữ số (ví dụ 01 cho Hà Nội).")
    if not setup.province_name:
        problems.append("Chưa nhập tên tỉnh, thành phố.")
    if not _COMMUNE_CODE.match(setup.commune_code):
        problems.append(
            "Mã xã phải gồm đúng 5 chữ số theo Quyết định 19/2025/QĐ-TTg (ví dụ 00004)."
        )
    if not setup.commune_name:
        problems.append("Chưa nhập tên xã, phường, đặc khu.")
    if not _DOCUMENT_SYMBOL.match(setup.document_symbol):
        problems.append(
            "Ký hiệu văn bản viết in hoa, nối bằng dấu gạch ngang, không có dấu cách "
            "(ví dụ QĐ-UBND)."
        )
    chairs = [ld for ld in setup.leaders if ld.role is LeaderRole.CHAIR]
    if not chairs:
        problems.append("Chưa nhập họ tên Chủ tịch UBND (người ký Quyết định).")
    elif len(chairs) > 1:
        problems.append("Chỉ có một Chủ tịch UBND; những người khác hãy chọn Phó Chủ tịch.")
    seen: dict[str, str] = {}
    for village in setup.villages:
        key = fold_for_search(village.name)
        if key in seen:
            problems.append(
                f"Tên thôn bị trùng: \u201c{village.name}\u201d và \u201c{seen[key]}\u201d."
            )
        else:
            seen[key] = village.name
    return problems


def _place_from_commune_name(commune_name: str) -> str:
    """Địa danh in dates is the commune's own name, without "xã"/"phường" in front."""
    lowered = commune_name.casefold()
    for prefix in ("xã ", "phường ", "thị trấn ", "đặc khu "):
        if lowered.startswith(prefix):
            return commune_name[len(prefix) :].strip()
    return commune_name


# Accented prefixes first; unaccented spellings only where they cannot be another word
# ("ban" could be "Bàn", so an unaccented "ban" is not taken as "Bản").
_KIND_PREFIXES = (
    ("tổ dân phố", VillageKind.TO_DAN_PHO),
    ("to dan pho", VillageKind.TO_DAN_PHO),
    ("tdp", VillageKind.TO_DAN_PHO),
    ("khu phố", VillageKind.KHU_PHO),
    ("khu pho", VillageKind.KHU_PHO),
    ("thôn", VillageKind.THON),
    ("thon", VillageKind.THON),
    ("bản", VillageKind.BAN),
    ("ấp", VillageKind.AP),
    ("xóm", VillageKind.XOM),
    ("xom", VillageKind.XOM),
)


def guess_village_kind(name: str, default: VillageKind = VillageKind.THON) -> VillageKind:
    """ "Tổ dân phố số 3" → tổ dân phố, "Bản Na Hang" → bản; otherwise ``default``."""
    lowered = clean_text(name).casefold()
    for prefix, kind in _KIND_PREFIXES:
        if lowered == prefix or lowered.startswith(prefix + " "):
            return kind
    return default
