"""Indicator rules and the catalogue file format: round trip, bad files, row-level errors."""

import json

import pytest

from tcns_desktop.domain.activity_records import IndicatorInput, IndicatorRecord
from tcns_desktop.domain.enums import Aggregation, Pillar
from tcns_desktop.domain.indicator_catalogue import (
    CATALOGUE_FORMAT,
    CatalogueFormatError,
    catalogue_document,
    check_indicator,
    normalise_code,
    parse_catalogue,
)


def test_codes_are_normalised_and_checked() -> None:
    assert normalise_code(" vneid activated ") == "VNEID_ACTIVATED"
    assert normalise_code("dvc-dossiers.2026") == "DVC_DOSSIERS_2026"
    cleaned, problems = check_indicator(IndicatorInput(code="gia đình số", name="  Hộ  số "))
    assert cleaned.name == "Hộ số"
    assert problems and "chữ cái không dấu" in problems[0]
    _, problems = check_indicator(IndicatorInput(code="", name=""))
    assert problems == ["Chưa nhập mã chỉ tiêu.", "Chưa nhập tên chỉ tiêu."]


def _record(code: str, name: str, **changes: object) -> IndicatorRecord:
    values: dict[str, object] = {
        "id": code.lower(),
        "code": code,
        "name": name,
        "unit": "người",
        "pillar": Pillar.DIGITAL_GOVERNMENT,
        "aggregation": Aggregation.SUM,
        "active": True,
        "sort_order": 1,
        "description": "",
    }
    values.update(changes)
    return IndicatorRecord(**values)  # type: ignore[arg-type]


def test_a_written_catalogue_reads_back_the_same() -> None:
    records = [
        _record("VNEID", "Kích hoạt VNeID"),
        _record(
            "ZALO", "Hộ trong nhóm Zalo", aggregation=Aggregation.LATEST, active=False, sort_order=2
        ),
    ]
    document = catalogue_document(records, exported_at="2026-01-01T00:00:00.000000Z", source="X")
    parsed = parse_catalogue(json.dumps(document, ensure_ascii=False))
    assert parsed.version == 1
    entries = [item.entry for item in parsed.entries]
    assert [(e.code, e.name, e.aggregation, e.active, e.sort_order) for e in entries if e] == [
        ("VNEID", "Kích hoạt VNeID", Aggregation.SUM, True, 1),
        ("ZALO", "Hộ trong nhóm Zalo", Aggregation.LATEST, False, 2),
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{not json", "không phải JSON hợp lệ"),
        ("[]", "không phải danh mục chỉ tiêu"),
        (json.dumps({"format": "something-else", "version": 1}), "không phải danh mục"),
        (json.dumps({"format": CATALOGUE_FORMAT}), "thiếu số phiên bản"),
        (json.dumps({"format": CATALOGUE_FORMAT, "version": 9}), "phiên bản 9, mới hơn"),
        (json.dumps({"format": CATALOGUE_FORMAT, "version": 1}), "không có danh sách"),
    ],
)
def test_files_that_are_not_catalogues_are_refused(text: str, message: str) -> None:
    with pytest.raises(CatalogueFormatError, match=message):
        parse_catalogue(text)


def test_each_bad_entry_gets_its_own_vietnamese_errors() -> None:
    document = {
        "format": CATALOGUE_FORMAT,
        "version": 1,
        "indicators": [
            {"code": "OK_ONE", "name": "Một", "pillar": "Kinh tế số", "aggregation": "Lớn nhất"},
            {"code": "BAD_PILLAR", "name": "Hai", "pillar": "kinh_te"},
            {"code": "", "name": "", "pillar": "digital_society"},
            {"code": "OK_ONE", "name": "Bốn", "pillar": "digital_society"},
            {"code": "NUMBERS", "name": 5, "pillar": "digital_society", "active": "yes"},
            "not an object",
        ],
    }
    parsed = parse_catalogue(json.dumps(document, ensure_ascii=False))
    first, pillar, empty, duplicate, numbers, junk = parsed.entries
    assert first.entry is not None
    assert first.entry.pillar is Pillar.DIGITAL_ECONOMY
    assert first.entry.aggregation is Aggregation.MAX
    assert pillar.entry is None and "Trụ cột \u201ckinh_te\u201d không hợp lệ" in pillar.errors[0]
    assert empty.errors == ("Chưa nhập mã chỉ tiêu.", "Chưa nhập tên chỉ tiêu.")
    assert duplicate.errors == ("Mã OK_ONE trùng với chỉ tiêu thứ 1.",)
    assert any("\u201cname\u201d phải là chữ" in e for e in numbers.errors)
    assert any("\u201cactive\u201d phải là true hoặc false" in e for e in numbers.errors)
    assert junk.errors == ("Mục này không phải một chỉ tiêu.",)
