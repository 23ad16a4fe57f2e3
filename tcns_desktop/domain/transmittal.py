"""The transmittal slip (phiếu gửi) that travels with a data bundle, as report content.

Printed and signed, it tells the upper level what the USB stick or the e-mail carries: which
commune, which bundle, how many records of each kind, and the bundle's fingerprint (its
SHA-256), which the upper level compares with what its import reports. It is laid out as a
short document in the Nghị định 30 style and written by the report PDF writer.
"""

from __future__ import annotations

from datetime import date

from tcns_desktop.domain.document_records import (
    DocumentHeading,
    FigureTable,
    ReportContent,
    ReportParagraph,
    ReportSection,
    SignatureBlock,
    issuing_body_lines,
)
from tcns_desktop.domain.enums import SigningMode
from tcns_desktop.domain.number_format import format_number
from tcns_desktop.domain.sync_records import BundleExportReport
from tcns_desktop.domain.sync_tables import TABLE_LABELS


def grouped_hash(sha256: str, group: int = 4) -> str:
    """A hash in groups of four characters, so two people can read it to each other."""
    return " ".join(sha256[i : i + group] for i in range(0, len(sha256), group))


def transmittal_content(
    export: BundleExportReport,
    *,
    commune_display_name: str,
    place_name: str,
    recipient: str,
    sender_name: str,
    commune_fingerprint: str,
    on: date,
) -> ReportContent:
    """The slip for one exported bundle."""
    kind = "toàn bộ dữ liệu" if export.kind == "full" else "dữ liệu thay đổi từ lần gửi trước"
    facts = [
        f"Tệp gói dữ liệu: {_file_name(export.path)}.",
        f"Gói số {export.sequence} ({kind}), tạo lúc {_moment(export.created_at)}; "
        f"gồm {format_number(export.total_rows)} bản ghi, trong đó "
        f"{format_number(sum(export.tombstones.values()))} bản ghi đã xóa.",
        f"Mã kiểm tra (SHA-256) của gói: {grouped_hash(export.sha256)}.",
        f"Dấu vân tay khóa ký của xã: {commune_fingerprint}.",
    ]
    if export.encrypted_to:
        facts.append(f"Gói được mã hóa, chỉ {export.encrypted_to} mở được.")
    rows = tuple(
        (
            TABLE_LABELS.get(table, table),
            format_number(count),
            format_number(export.tombstones.get(table, 0)),
        )
        for table, count in export.rows.items()
        if count
    )
    table = FigureTable(
        title="Số bản ghi trong gói",
        columns=("Loại dữ liệu", "Số bản ghi", "Trong đó đã xóa"),
        rows=rows,
        total_row=(
            "Tổng cộng",
            format_number(export.total_rows),
            format_number(sum(export.tombstones.values())),
        ),
        column_weights=(3.0, 1.2, 1.2),
        alignments=("left", "right", "right"),
    )
    check = (
        "Khi nhập gói, phần mềm ở cấp trên tính lại mã kiểm tra và kiểm tra chữ ký; mã kiểm "
        "tra trên phiếu này phải trùng với mã phần mềm báo. Nếu khác, gói đã bị thay đổi "
        "hoặc hỏng trên đường gửi: đề nghị báo lại để xã gửi gói khác."
    )
    return ReportContent(
        heading=DocumentHeading(
            issuing_body=issuing_body_lines(commune_display_name),
            symbol="PG-UBND",  # the number is written in by hand, as on paper slips
            place_name=place_name,
            issued_on=on,
        ),
        title="PHIẾU GỬI",
        summary="Gói dữ liệu Tổ công nghệ số cộng đồng",
        addressees=(recipient,),
        sections=(
            ReportSection(
                heading="",
                blocks=(*(ReportParagraph(text) for text in facts), table, ReportParagraph(check)),
            ),
        ),
        recipients=("Như trên", "Lưu: VT"),
        signature=SignatureBlock(mode=SigningMode.FOR_THE_COMMITTEE, signer_name=sender_name),
    )


def _file_name(path: str) -> str:
    return path.replace("\\", "/").rsplit("/", 1)[-1]


def _moment(timestamp: str) -> str:
    """ "2026-03-01T08:00:00.000000Z" → "08:00 ngày 01/03/2026 (giờ UTC)"."""
    day, _, time = timestamp.partition("T")
    year, month, dom = day.split("-")
    return f"{time[:5]} ngày {dom}/{month}/{year} (giờ UTC)"
