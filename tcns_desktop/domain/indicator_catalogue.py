"""Indicator rules and the catalogue file the upper level distributes (JSON, versioned).

A catalogue file is one JSON object::

    {"format": "tcns-indicator-catalogue", "version": 1, "exported_at": "…", "source": "…",
     "indicators": [{"code": "VNEID_ACTIVATED", "name": "…", "unit": "người",
                     "pillar": "digital_government", "aggregation": "sum", "active": true,
                     "description": "", "sort_order": 1}, …]}

Entries are matched by ``code`` (ids differ from one database to the next). ``pillar`` and
``aggregation`` take the stored value or the Vietnamese label.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any, TypeVar

from tcns_desktop.domain.activity_records import CatalogueEntry, IndicatorInput, IndicatorRecord
from tcns_desktop.domain.enums import Aggregation, Pillar
from tcns_desktop.domain.vietnamese_text import clean_text

CATALOGUE_FORMAT = "tcns-indicator-catalogue"
CATALOGUE_VERSION = 1

CODE_LENGTH = 50
NAME_LENGTH = 300
UNIT_LENGTH = 50
_CODE = re.compile(r"[A-Z0-9][A-Z0-9_]*")
_CODE_SEPARATORS = re.compile(r"[\s\-.]+")
_E = TypeVar("_E", Pillar, Aggregation)


def normalise_code(code: str) -> str:
    """ "vneid activated" → "VNEID_ACTIVATED"."""
    return _CODE_SEPARATORS.sub("_", clean_text(code)).strip("_").upper()


def check_indicator(data: IndicatorInput) -> tuple[IndicatorInput, list[str]]:
    """The cleaned entry and every problem with it."""
    cleaned = replace(
        data,
        code=normalise_code(data.code),
        name=clean_text(data.name),
        unit=clean_text(data.unit),
        description=clean_text(data.description),
    )
    problems: list[str] = []
    if not cleaned.code:
        problems.append("Chưa nhập mã chỉ tiêu.")
    elif len(cleaned.code) > CODE_LENGTH or not _CODE.fullmatch(cleaned.code):
        problems.append(
            f"Mã chỉ tiêu \u201c{cleaned.code}\u201d chỉ gồm chữ cái không dấu, chữ số và dấu "
            f"gạch dưới, tối đa {CODE_LENGTH} ký tự."
        )
    if not cleaned.name:
        problems.append("Chưa nhập tên chỉ tiêu.")
    elif len(cleaned.name) > NAME_LENGTH:
        problems.append(f"Tên chỉ tiêu dài quá {NAME_LENGTH} ký tự.")
    if len(cleaned.unit) > UNIT_LENGTH:
        problems.append(f"Đơn vị tính dài quá {UNIT_LENGTH} ký tự.")
    return cleaned, problems


# --- The file ------------------------------------------------------------------------------


def catalogue_document(
    indicators: Sequence[IndicatorRecord], *, exported_at: str, source: str
) -> dict[str, Any]:
    """The JSON object of a catalogue file (keys in a fixed order)."""
    return {
        "format": CATALOGUE_FORMAT,
        "version": CATALOGUE_VERSION,
        "exported_at": exported_at,
        "source": source,
        "indicators": [
            {
                "code": item.code,
                "name": item.name,
                "unit": item.unit,
                "pillar": item.pillar.value,
                "aggregation": item.aggregation.value,
                "active": item.active,
                "description": item.description,
                "sort_order": item.sort_order,
            }
            for item in indicators
        ],
    }


@dataclass(frozen=True)
class ParsedEntry:
    position: int
    code: str
    name: str
    entry: CatalogueEntry | None
    errors: tuple[str, ...]


@dataclass(frozen=True)
class ParsedCatalogue:
    version: int
    entries: tuple[ParsedEntry, ...]


class CatalogueFormatError(ValueError):
    """The file is not a catalogue this program can read (the message is Vietnamese)."""


def parse_catalogue(text: str) -> ParsedCatalogue:
    """Read a catalogue file's text; raises CatalogueFormatError when it is not one."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CatalogueFormatError(
            f"Tệp không phải JSON hợp lệ (dòng {exc.lineno}, cột {exc.colno})."
        ) from exc
    if not isinstance(document, dict) or document.get("format") != CATALOGUE_FORMAT:
        raise CatalogueFormatError("Tệp không phải danh mục chỉ tiêu của TCNS Desktop.")
    version = document.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise CatalogueFormatError("Tệp danh mục thiếu số phiên bản định dạng.")
    if version > CATALOGUE_VERSION:
        raise CatalogueFormatError(
            f"Tệp danh mục theo định dạng phiên bản {version}, mới hơn phiên bản chương trình "
            f"này đọc được ({CATALOGUE_VERSION}). Hãy cập nhật TCNS Desktop."
        )
    items = document.get("indicators")
    if not isinstance(items, list):
        raise CatalogueFormatError(
            "Tệp danh mục không có danh sách chỉ tiêu (\u201cindicators\u201d)."
        )
    entries: list[ParsedEntry] = []
    first_position: dict[str, int] = {}
    for position, item in enumerate(items, start=1):
        parsed = _parse_entry(position, item)
        if parsed.code and parsed.entry is not None:
            if parsed.code in first_position:
                parsed = replace(
                    parsed,
                    entry=None,
                    errors=(
                        f"Mã {parsed.code} trùng với chỉ tiêu thứ {first_position[parsed.code]}.",
                    ),
                )
            else:
                first_position[parsed.code] = position
        entries.append(parsed)
    return ParsedCatalogue(version, tuple(entries))


def _parse_entry(position: int, item: object) -> ParsedEntry:
    if not isinstance(item, dict):
        return ParsedEntry(position, "", "", None, ("Mục này không phải một chỉ tiêu.",))
    errors: list[str] = []
    texts: dict[str, str] = {}
    for key in ("code", "name", "unit", "description"):
        value = item.get(key, "")
        if value is None:
            value = ""
        if not isinstance(value, str):
            errors.append(f"Trường \u201c{key}\u201d phải là chữ.")
            value = ""
        texts[key] = value
    pillar = _enum_value(Pillar, item.get("pillar"), "trụ cột", errors, None)
    aggregation = _enum_value(
        Aggregation, item.get("aggregation"), "cách tổng hợp", errors, Aggregation.SUM
    )
    active = item.get("active", True)
    if not isinstance(active, bool):
        errors.append("Trường \u201cactive\u201d phải là true hoặc false.")
        active = True
    order = item.get("sort_order", position)
    if isinstance(order, bool) or not isinstance(order, int):
        errors.append("Trường \u201csort_order\u201d phải là số nguyên.")
        order = position
    cleaned, problems = check_indicator(
        IndicatorInput(
            code=texts["code"],
            name=texts["name"],
            unit=texts["unit"],
            pillar=pillar or Pillar.DIGITAL_SOCIETY,
            aggregation=aggregation or Aggregation.SUM,
            description=texts["description"],
        )
    )
    errors += problems
    if errors or pillar is None or aggregation is None:
        return ParsedEntry(position, cleaned.code, cleaned.name, None, tuple(errors))
    entry = CatalogueEntry(
        code=cleaned.code,
        name=cleaned.name,
        unit=cleaned.unit,
        pillar=pillar,
        aggregation=aggregation,
        active=active,
        description=cleaned.description,
        sort_order=order,
    )
    return ParsedEntry(position, cleaned.code, cleaned.name, entry, ())


def _enum_value(
    enum: type[_E], raw: object, what: str, errors: list[str], default: _E | None
) -> _E | None:
    if raw is None or raw == "":
        if default is None:
            errors.append(f"Chưa có {what}.")
        return default
    found = enum.from_label(raw) if isinstance(raw, str) else None
    if found is None:
        choices = ", ".join(member.value for member in enum)
        errors.append(
            f"{what.capitalize()} \u201c{raw}\u201d không hợp lệ (chọn một trong: {choices})."
        )
        return None
    return enum(found.value)
