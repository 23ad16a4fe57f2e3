"""First-run wizard: the commune profile, its leaders and its villages."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)
from typing_extensions import override

from tcns_desktop.domain.commune_rules import normalise_setup, setup_problems
from tcns_desktop.domain.enums import LeaderRole
from tcns_desktop.domain.records import CommuneSetup, VillageInput
from tcns_desktop.ui.commune_form import CommuneForm
from tcns_desktop.ui.labels import label
from tcns_desktop.ui.village_editor import VillageEditor
from tcns_desktop.ui.village_table_model import VillageRow


class _CommunePage(QWizardPage):
    def __init__(self, form: CommuneForm) -> None:
        super().__init__()
        self.setTitle(self.tr("Thông tin xã, phường"))
        self.setSubTitle(self.tr("Các mục có dấu (*) là bắt buộc."))
        self._form = form
        layout = QVBoxLayout(self)
        layout.addWidget(form.details_box)
        form.changed.connect(self.completeChanged)

    @override
    def isComplete(self) -> bool:
        setup = normalise_setup(self._form.values())
        return bool(setup.province_code and len(setup.commune_code) == 5 and setup.commune_name)


class _LeadersPage(QWizardPage):
    def __init__(self, form: CommuneForm) -> None:
        super().__init__()
        self.setTitle(self.tr("Lãnh đạo UBND và văn bản"))
        self.setSubTitle(self.tr("Người ký Quyết định thành lập Tổ và nơi nhận báo cáo định kỳ."))
        self._form = form
        layout = QVBoxLayout(self)
        layout.addWidget(form.leaders_box)
        form.changed.connect(self.completeChanged)

    @override
    def isComplete(self) -> bool:
        return any(
            ld.role is LeaderRole.CHAIR for ld in normalise_setup(self._form.values()).leaders
        )


class _VillagesPage(QWizardPage):
    def __init__(self, editor: VillageEditor) -> None:
        super().__init__()
        self.setTitle(self.tr("Thôn, tổ dân phố"))
        self.setSubTitle(
            self.tr(
                "Nhập các thôn, bản, tổ dân phố của xã. Có thể dán cả danh sách từ Excel; "
                "có thể bổ sung sau trong Cài đặt."
            )
        )
        layout = QVBoxLayout(self)
        layout.addWidget(editor)


class _SummaryPage(QWizardPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self.setTitle(self.tr("Kiểm tra và hoàn tất"))
        self._wizard = wizard
        self.summary = QTextBrowser()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)

    @override
    def initializePage(self) -> None:
        setup = normalise_setup(self._wizard.setup())
        problems = setup_problems(setup)
        lines = [
            f"<b>{label(setup.commune_kind)} {setup.commune_name}</b> — "
            + self.tr("mã {0}").format(setup.commune_code),
            f"{setup.province_name} ({setup.province_code})",
        ]
        for leader in setup.leaders:
            lines.append(f"{leader.title}: {leader.full_name}")
        lines.append(self.tr("Ký hiệu quyết định: {0}").format(setup.document_symbol))
        lines.append(self.tr("Số thôn, tổ dân phố: {0}").format(len(setup.villages)))
        html = "<br>".join(lines)
        if problems:
            html += "<p style='color:#b00020'><b>" + self.tr("Cần sửa:") + "</b><br>"
            html += "<br>".join(f"• {p}" for p in problems) + "</p>"
        self.summary.setHtml(html)
        self.completeChanged.emit()

    @override
    def isComplete(self) -> bool:
        return not setup_problems(normalise_setup(self._wizard.setup()))


class SetupWizard(QWizard):
    """Collects a ``CommuneSetup``; the caller saves it through the commune service."""

    def __init__(self, parent: QWidget | None = None, initial: CommuneSetup | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Thiết lập ban đầu — TCNS Desktop"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setMinimumSize(720, 560)
        self.form = CommuneForm()
        self.villages = VillageEditor(persistent=False)
        intro = QWizardPage()
        intro.setTitle(self.tr("Chào mừng đến với TCNS Desktop"))
        text = QLabel(
            self.tr(
                "Chương trình giúp UBND xã quản lý Tổ công nghệ số cộng đồng: danh sách tổ "
                "và thành viên, bồi dưỡng, hoạt động, in Quyết định và báo cáo, gửi dữ liệu "
                "lên cấp trên.\n\nTrước hết, hãy nhập thông tin của xã. Mọi thông tin đều "
                "sửa được sau này trong mục Cài đặt."
            )
        )
        text.setWordWrap(True)
        QVBoxLayout(intro).addWidget(text)
        self.addPage(intro)
        self.addPage(_CommunePage(self.form))
        self.addPage(_LeadersPage(self.form))
        self.addPage(_VillagesPage(self.villages))
        self.addPage(_SummaryPage(self))
        if initial is not None:
            self.form.set_values(initial)
            self.villages.set_rows([VillageRow(v.name, v.kind, v.code) for v in initial.villages])

    def setup(self) -> CommuneSetup:
        return replace(
            self.form.values(),
            villages=tuple(VillageInput(r.name, r.kind, r.code) for r in self.villages.rows()),
        )
