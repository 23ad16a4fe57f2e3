"""Reading a commune set-up from a TOML file (``tcns init --config``)."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from tcns_desktop.domain.enums import CommuneKind, LeaderRole, UpperOfficeLevel, VillageKind
from tcns_desktop.domain.records import CommuneSetup, LeaderInput, VillageInput
from tcns_desktop.errors import ConfigError

EXAMPLE = """\
villages = ["Tổ dân phố số 1", "Tổ dân phố số 2"]

[commune]
province_code = "01"
province_name = "Thành phố Hà Nội"
code = "00004"
name = "Ba Đình"
kind = "phuong"            # xa | phuong | thi_tran | dac_khu
place_name = "Ba Đình"     # địa danh dùng khi ghi ngày tháng
document_symbol = "QĐ-UBND"

[upper_office]
name = "Sở Khoa học và Công nghệ Thành phố Hà Nội"
level = "province_department"   # district | province_department

[[leaders]]
full_name = "Nguyễn Văn An"
role = "chair"             # chair | vice_chair
"""


def read_setup_file(path: Path) -> CommuneSetup:
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError as exc:
        raise ConfigError(f"Không tìm thấy tệp cấu hình: {path}") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"Không đọc được tệp cấu hình {path}.", detail=str(exc)) from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(
            f"Tệp cấu hình {path.name} sai cú pháp TOML: {exc}", detail=str(exc)
        ) from exc
    return setup_from_mapping(raw)


def setup_from_mapping(raw: Mapping[str, Any]) -> CommuneSetup:
    commune = _table(raw, "commune")
    upper = _table(raw, "upper_office", required=False)
    leaders = tuple(_leader(item) for item in _list(raw, "leaders"))
    villages = tuple(_village(item) for item in _list(raw, "villages"))
    return CommuneSetup(
        province_code=_text(commune, "province_code"),
        province_name=_text(commune, "province_name"),
        commune_code=_text(commune, "code"),
        commune_name=_text(commune, "name"),
        commune_kind=_choice(commune, "kind", CommuneKind, CommuneKind.XA),
        district_name=_text(commune, "district_name"),
        address=_text(commune, "address"),
        place_name=_text(commune, "place_name"),
        document_symbol=_text(commune, "document_symbol") or "QĐ-UBND",
        upper_office_name=_text(upper, "name"),
        upper_office_level=_choice(
            upper, "level", UpperOfficeLevel, UpperOfficeLevel.PROVINCE_DEPARTMENT
        ),
        team_type_name=_text(commune, "team_type_name") or "Tổ công nghệ số cộng đồng",
        leaders=leaders,
        villages=villages,
    )


def _table(raw: Mapping[str, Any], key: str, *, required: bool = True) -> Mapping[str, Any]:
    value = raw.get(key)
    if value is None and not required:
        return {}
    if not isinstance(value, Mapping):
        raise ConfigError(f"Tệp cấu hình thiếu mục [{key}].")
    return value


def _list(raw: Mapping[str, Any], key: str) -> list[Any]:
    value = raw.get(key, [])
    if not isinstance(value, list):
        raise ConfigError(f"Mục \u201c{key}\u201d phải là một danh sách.")
    return value


def _text(table: Mapping[str, Any], key: str) -> str:
    value = table.get(key, "")
    if isinstance(value, int) and not isinstance(value, bool):
        # TOML has no leading zeros in numbers: 4 for "00004" is a commune code typed as number.
        width = {"code": 5, "province_code": 2}.get(key, 0)
        return str(value).zfill(width)
    if not isinstance(value, str):
        raise ConfigError(f"Giá trị \u201c{key}\u201d phải là chữ.")
    return value


def _choice(table: Mapping[str, Any], key: str, enum: Any, default: Any) -> Any:
    value = table.get(key)
    if value is None or value == "":
        return default
    member = enum.from_label(str(value)) if isinstance(value, str) else None
    if member is None:
        allowed = ", ".join(m.value for m in enum)
        raise ConfigError(f"Giá trị \u201c{key}\u201d = {value!r} không hợp lệ (chọn: {allowed}).")
    return member


def _leader(item: Any) -> LeaderInput:
    if not isinstance(item, Mapping):
        raise ConfigError("Mỗi mục [[leaders]] phải có full_name và role.")
    role = _choice(item, "role", LeaderRole, LeaderRole.CHAIR)
    return LeaderInput(_text(item, "full_name"), _text(item, "title") or role.label, role)


def _village(item: Any) -> VillageInput:
    if isinstance(item, str):
        return VillageInput(item)
    if not isinstance(item, Mapping):
        raise ConfigError("Mỗi thôn là một tên, hoặc một bảng có name, kind, code.")
    return VillageInput(
        _text(item, "name"),
        _choice(item, "kind", VillageKind, VillageKind.THON),
        _text(item, "code"),
    )
