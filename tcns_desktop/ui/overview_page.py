"""The home page: the commune, its leaders, what is on file, the last backup."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from tcns_desktop.domain.enums import SiteMode

COUNT_LABELS = (
    ("village", QT_TRANSLATE_NOOP("OverviewPage", "Thôn, tổ dân phố")),
    ("team", QT_TRANSLATE_NOOP("OverviewPage", "Tổ công nghệ số")),
    ("person", QT_TRANSLATE_NOOP("OverviewPage", "Thành viên")),
    ("membership", QT_TRANSLATE_NOOP("OverviewPage", "Lượt tham gia tổ")),
    ("training_course", QT_TRANSLATE_NOOP("OverviewPage", "Khóa bồi dưỡng")),
    ("activity", QT_TRANSLATE_NOOP("OverviewPage", "Hoạt động đã ghi")),
    ("issued_document", QT_TRANSLATE_NOOP("OverviewPage", "Văn bản đã ban hành")),
)


def grouped(number: int) -> str:
    """Vietnamese thousands separator: 1.000.000."""
    return f"{number:,}".replace(",", ".")


class OverviewPage(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        self.text = QLabel(self.tr("Đang mở dữ liệu…"))
        self.text.setObjectName("overviewText")
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addWidget(self.text)
        layout.addStretch(1)
        self.setWidget(body)

    def show_summary(self, summary: Any) -> None:
        profile = summary.profile
        parts: list[str] = []
        if profile is not None:
            parts.append(f"<h1>{profile.display_name}</h1>")
            province = profile.province_name
            if profile.district_name:
                province = f"{profile.district_name}, {province}"
            parts.append(
                "<p>"
                + self.tr("Mã đơn vị: {0} · {1}").format(profile.commune_code, province)
                + "</p>"
            )
            leaders = "".join(
                f"<li>{ld.title}: <b>{ld.full_name}</b></li>" for ld in profile.leaders
            )
            if leaders:
                parts.append(f"<ul>{leaders}</ul>")
        elif summary.site.mode is SiteMode.HUB:
            parts.append("<h1>" + self.tr("Cơ sở dữ liệu tổng hợp của cấp trên") + "</h1>")
        else:
            parts.append("<h1>" + self.tr("Chưa thiết lập thông tin xã") + "</h1>")
        rows = "".join(
            f"<tr><td>{self.tr(str(label))}</td><td align='right'><b>"
            f"{grouped(summary.counts.get(key, 0))}</b></td></tr>"
            for key, label in COUNT_LABELS
        )
        parts.append(f"<h3>{self.tr('Dữ liệu hiện có')}</h3><table cellpadding='4'>{rows}</table>")
        backup = summary.last_backup
        backup_text = (
            self.tr("Sao lưu gần nhất: {0}").format(backup.created_at)
            if backup
            else self.tr("Chưa có bản sao lưu nào.")
        )
        parts.append(f"<h3>{self.tr('An toàn dữ liệu')}</h3><p>{backup_text}<br>")
        parts.append(self.tr("Tệp dữ liệu: {0}").format(summary.database_file) + "</p>")
        self.text.setText("".join(parts))
