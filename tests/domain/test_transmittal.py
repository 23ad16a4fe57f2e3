"""The transmittal slip: what the upper level compares with its import report."""

from datetime import date
from pathlib import Path

import pypdf

from tcns_desktop.documents.report_pdf import write_report
from tcns_desktop.domain.document_records import FigureTable, ReportParagraph
from tcns_desktop.domain.sync_records import BundleExportReport
from tcns_desktop.domain.transmittal import grouped_hash, transmittal_content

HASH = "0123456789abcdef" * 4


def _export(**changes: object) -> BundleExportReport:
    values: dict[str, object] = {
        "path": "/media/usb/TCNS_07951_20261128_s3_01234567.tcns",
        "bundle_id": "01a2-bundle",
        "sequence": 3,
        "kind": "incremental",
        "created_at": "2026-11-28T08:15:00.000000Z",
        "sha256": HASH,
        "file_sha256": HASH,
        "from_seq": 10,
        "to_seq": 500,
        "rows": {"person": 120, "activity": 340, "membership": 0},
        "tombstones": {"activity": 2},
        "encrypted_to": None,
        "fork_accepted": False,
        "seconds": 0.1,
    }
    values.update(changes)
    return BundleExportReport(**values)  # type: ignore[arg-type]


def _slip(export: BundleExportReport):
    return transmittal_content(
        export,
        commune_display_name="xã Tân Lập",
        place_name="Tân Lập",
        recipient="Sở Khoa học và Công nghệ tỉnh Phú Thọ",
        sender_name="Nguyễn Văn Hùng",
        commune_fingerprint="1A2B 3C4D",
        on=date(2026, 11, 28),
    )


def test_the_hash_is_grouped_for_reading_aloud() -> None:
    assert grouped_hash("0123456789ab") == "0123 4567 89ab"


def test_the_slip_names_the_file_counts_and_hash() -> None:
    content = _slip(_export())
    blocks = content.sections[0].blocks
    texts = " ".join(b.text for b in blocks if isinstance(b, ReportParagraph))
    assert "TCNS_07951_20261128_s3_01234567.tcns" in texts
    assert grouped_hash(HASH) in texts
    assert "Gói số 3" in texts and "460 bản ghi" in texts
    table = next(b for b in blocks if isinstance(b, FigureTable))
    # Empty tables are left out; the total counts every record and every tombstone.
    assert [row[0] for row in table.rows] == ["Thành viên (người)", "Hoạt động"]
    assert table.total_row == ("Tổng cộng", "460", "2")
    assert content.addressees == ("Sở Khoa học và Công nghệ tỉnh Phú Thọ",)


def test_an_encrypted_bundle_says_who_can_open_it(tmp_path: Path) -> None:
    content = _slip(_export(encrypted_to="Sở KH&CN Phú Thọ (AAAA BBBB)"))
    target = tmp_path / "slip.pdf"
    write_report(content, target)
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(target).pages)
    assert "chỉ Sở KH&CN Phú Thọ (AAAA BBBB) mở được" in " ".join(text.split())
    assert "PHIẾU GỬI" in text
