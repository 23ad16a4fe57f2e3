"""The Văn bản & báo cáo page on a real database: a decision made through its dialog, edited,
previewed, issued, found in the register, reprinted and printed; a report saved as Excel and
issued; the upper level's read-only register."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pdfplumber
import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from pytestqt.modeltest import ModelTester

from tcns_desktop.data.models import LocalSite
from tcns_desktop.domain.enums import SigningMode, SiteMode
from tcns_desktop.services.workspace import Workspace
from tcns_desktop.ui.decision_dialog import DecisionDialog
from tcns_desktop.ui.documents_page import DocumentsPage
from tcns_desktop.ui.report_dialog import ReportDialog
from tcns_desktop.ui.workspace_controller import WorkspaceController
from tests.services.document_data import (
    EAST_TEAM,
    PERIOD,
    Commune,
    add_activities,
    build_commune,
)
from tests.ui.keyboard import type_text

TODAY = date(2025, 11, 20)


@pytest.fixture
def made(controller: WorkspaceController) -> Commune:
    controller.open()
    found: list[Commune] = []

    def work(ws: object) -> None:
        commune = build_commune(ws)
        add_activities(ws, commune)
        found.append(commune)

    controller.call(work)
    return found[0]


@pytest.fixture
def page(qtbot, controller: WorkspaceController, made: Commune, tmp_path: Path) -> DocumentsPage:
    created = DocumentsPage(controller, today=TODAY)
    created.interactive = False
    qtbot.addWidget(created)
    created.resize(1000, 600)
    created.reload()
    return created


def _pdf_text(path: Path) -> str:
    """The PDF's text without spaces or line breaks (lines wrap where a space was)."""
    with pdfplumber.open(path) as pdf:
        return "".join("".join((page.extract_text() or "").split()) for page in pdf.pages)


def _squashed(text: str) -> str:
    return "".join(text.split())


def _pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_a_decision_is_made_edited_previewed_issued_and_reprinted(
    qtbot, page: DocumentsPage, made: Commune, tmp_path: Path
) -> None:
    ModelTester(qtbot).check(page.model)
    assert page.decision_button.isEnabled() and page.model.rowCount() == 0
    dialog = page.new_decision()
    assert isinstance(dialog, DecisionDialog) and page.last_dialog is dialog
    qtbot.addWidget(dialog)
    # All village teams by default, numbered from the register, the chairperson signing.
    assert dialog.all_villages.isChecked()
    assert dialog.number.value() == 1
    assert dialog.signer.currentText() == "Nguyễn Văn Hùng"
    assert dialog.summary.text().startswith("Về việc thành lập Tổ công nghệ số cộng đồng")
    assert "2 Tổ, 6 người" in dialog.annex_label.text()

    # One team only, number 5, the vice-chairperson signing "KT. CHỦ TỊCH".
    dialog.set_chosen_teams([made.teams[EAST_TEAM]])
    dialog.number.setValue(5)
    dialog.issued_on.setDate(date(2025, 2, 5))
    dialog.signing.setCurrentIndex(dialog.signing.findData(SigningMode.ON_BEHALF_OF_CHAIR.value))
    dialog.redraft()
    assert dialog.signer.currentText() == "Trần Thị Mai"
    assert dialog.summary.text() == f"Về việc thành lập {EAST_TEAM}, xã Tân Lập"
    # The clerk edits the summary and adds a legal basis; a new draft keeps both.
    dialog.summary.selectAll()
    type_text(dialog.summary, "Về việc thành lập Tổ CNSCĐ thôn Đông")
    dialog.bases.moveCursor(dialog.bases.textCursor().MoveOperation.End)
    dialog.bases.setFocus()
    QTest.keyClick(dialog.bases, Qt.Key.Key_Return)
    type_text(dialog.bases, "Căn cứ Kế hoạch số 12/KH-UBND của xã Tân Lập")
    dialog.kind.setCurrentIndex(0)
    dialog.redraft()
    assert dialog.summary.text() == "Về việc thành lập Tổ CNSCĐ thôn Đông"
    content = dialog.content()
    assert content is not None
    assert content.legal_bases[-1] == "Căn cứ Kế hoạch số 12/KH-UBND của xã Tân Lập"
    assert content.signature.authority_lines == ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")

    dialog.preview_button.click()
    preview = page.last_preview
    assert preview is not None
    qtbot.addWidget(preview)
    assert preview.preview.page_count() == 3  # two pages of decision, one of annex
    assert preview.preview.page_label.text() == "Trang 1/3"
    preview.preview.step_zoom(1)
    assert preview.preview.zoom() > 0

    page.choose_path = lambda _title, name, _filter: tmp_path / name.replace(".pdf", "")
    preview.action_buttons[0].click()  # "Ban hành và lưu PDF…"
    issued = tmp_path / "Quyet-dinh-05-2025.pdf"
    assert issued.exists(), dialog.message.text()
    assert dialog.result() == dialog.DialogCode.Accepted
    text = _pdf_text(issued)
    assert _squashed("Về việc thành lập Tổ CNSCĐ thôn Đông") in text
    assert _squashed("Căn cứ Kế hoạch số 12/KH-UBND của xã Tân Lập;") in text
    assert _squashed("Trần Thị Ánh") in text and _squashed("Trần Thị Mai") in text

    assert page.model.rowCount() == 1
    assert page.model.index(0, 1).data() == "05/QĐ-UBND"
    assert page.model.index(0, 4).data() == "Trần Thị Mai"
    page.search.setText("kien toan")
    assert page.model.rowCount() == 0
    page.search.setText("thon dong 05")
    assert page.model.rowCount() == 1

    page.select_row(0)
    page.choose_path = lambda _title, _name, _filter: tmp_path / "lai.pdf"
    page.save_selected_again()
    assert (tmp_path / "lai.pdf").read_bytes() == issued.read_bytes()
    page.open_selected()
    assert page.last_preview is not None and page.last_preview.preview.page_count() == 3
    qtbot.addWidget(page.last_preview)

    printed = tmp_path / "may-in.pdf"
    page.choose_printer = lambda _parent, _count: _pdf_printer(printed)
    page.last_preview.print_button.click()
    with pdfplumber.open(printed) as pdf:
        sizes = [(round(p.width), round(p.height)) for p in pdf.pages]
    assert sizes == [(595, 842), (595, 842), (842, 595)]  # the annex prints landscape
    page.last_preview.reject()  # lets go of the file, as closing the window does
    assert page.last_preview.preview.page_count() == 0


def test_a_used_number_is_shown_in_the_dialog(
    qtbot, page: DocumentsPage, made: Commune, tmp_path: Path
) -> None:
    page.choose_path = lambda _title, name, _filter: tmp_path / name
    first = page.new_decision()
    assert first is not None
    qtbot.addWidget(first)
    first.issue_button.click()
    assert page.model.rowCount() == 1
    again = page.new_decision()
    assert again is not None
    qtbot.addWidget(again)
    again.number.setValue(1)
    again.redraft()
    page.choose_path = lambda _title, _name, _filter: tmp_path / "other.pdf"
    again.issue_button.click()
    assert "01/QĐ-UBND năm 2025 đã có trong sổ" in again.message.text()
    assert not (tmp_path / "other.pdf").exists()


def test_a_report_is_edited_saved_as_excel_and_issued(
    qtbot, page: DocumentsPage, tmp_path: Path
) -> None:
    dialog = page.new_report()
    assert isinstance(dialog, ReportDialog)
    qtbot.addWidget(dialog)
    dialog.period_picker.set_period(PERIOD)
    dialog.redraft()
    assert dialog.period() == PERIOD
    assert "Quý III năm 2025" in dialog.figures_label.text()
    assert dialog.number.value() == 1  # the register's next BC-UBND number
    # The good-practice paragraph is the clerk's to write.
    box = next(
        editor
        for _heading, blocks in dialog._sections
        for _block, editor in blocks
        if editor is not None
        and "Bổ sung các cách làm hay" in getattr(editor, "toPlainText", str)()
    )
    box.selectAll()
    type_text(box, "Mô hình “Đại sứ số” tại thôn Đông.")
    content = dialog.content()
    assert content is not None
    texts = [getattr(b, "text", "") for s in content.sections for b in s.blocks]
    assert "Mô hình “Đại sứ số” tại thôn Đông." in texts

    page.choose_path = lambda _title, name, _filter: tmp_path / name
    dialog.excel_button.click()
    workbook = openpyxl.load_workbook(tmp_path / "Bao-cao-TCNS-2025-Q3.xlsx")
    report_values = [v for row in workbook["Báo cáo"].iter_rows(values_only=True) for v in row]
    assert "Mô hình “Đại sứ số” tại thôn Đông." in report_values

    dialog.pdf_button.click()
    issued = tmp_path / "Bao-cao-TCNS-2025-Q3.pdf"
    assert issued.exists(), dialog.message.text()
    assert _squashed("Mô hình “Đại sứ số” tại thôn Đông.") in _pdf_text(issued)
    assert page.model.rowCount() == 1
    assert page.model.index(0, 2).data() == "Báo cáo định kỳ (2025-Q3)"


def test_the_upper_level_reads_the_register_and_makes_reports_only(
    qtbot, controller: WorkspaceController, page: DocumentsPage
) -> None:
    def become_hub(ws: Workspace) -> None:
        with ws.sessions.begin() as session:
            site = session.get(LocalSite, 1)
            site.mode, site.commune_id = SiteMode.HUB, None

    controller.call(become_hub)
    page.reload()
    assert not page.decision_button.isEnabled()
    assert page.report_button.isEnabled()
    assert not page.hub_note.isHidden()
    assert page.new_decision() is None
    dialog = page.new_report()
    assert isinstance(dialog, ReportDialog)
    qtbot.addWidget(dialog)
    assert dialog.pdf_button.text() == "Lưu &PDF…"
