"""The first-run wizard, driven with the keyboard only."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from tcns_desktop.domain.commune_rules import normalise_setup, setup_problems
from tcns_desktop.domain.enums import CommuneKind, LeaderRole, VillageKind
from tcns_desktop.ui.setup_wizard import SetupWizard
from tcns_desktop.ui.village_table_model import VillageRow
from tests.ui.keyboard import type_text


def test_wizard_collects_a_valid_setup_with_the_keyboard(qtbot) -> None:
    wizard = SetupWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert next_button.isEnabled()  # welcome page
    wizard.next()
    form = wizard.form
    assert not next_button.isEnabled()  # required fields empty
    form.province.setFocus()
    qtbot.keyClicks(form.province.lineEdit(), "25")
    form.province.setCurrentIndex(form.province.findData("25"))
    qtbot.keyClicks(form.commune_code, "07951x")  # the validator refuses letters
    assert form.commune_code.text() == "07951"
    type_text(form.commune_name, "Tân Lập")
    form.commune_kind.setCurrentIndex(form.commune_kind.findData(CommuneKind.PHUONG))
    assert next_button.isEnabled()
    qtbot.keyClick(wizard, Qt.Key.Key_Return)  # Enter = Next
    assert not next_button.isEnabled()  # no chairperson yet
    type_text(form.chair_name, "Nguyễn Văn Hùng")
    form.vice_chairs.setPlainText("Trần Thị Mai\nLê Văn Tám")
    assert next_button.isEnabled()
    wizard.next()
    wizard.villages.set_rows([VillageRow("Thôn Đông", VillageKind.THON)])
    wizard.villages.model.append(VillageRow("Tổ dân phố 3", VillageKind.TO_DAN_PHO))
    wizard.next()
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.isEnabled()
    setup = normalise_setup(wizard.setup())
    assert setup_problems(setup) == []
    assert setup.province_name == "Tỉnh Phú Thọ"
    assert setup.commune_kind is CommuneKind.PHUONG
    assert [ld.role for ld in setup.leaders] == [
        LeaderRole.CHAIR,
        LeaderRole.VICE_CHAIR,
        LeaderRole.VICE_CHAIR,
    ]
    assert [v.name for v in setup.villages] == ["Thôn Đông", "Tổ dân phố 3"]
    assert "Phường Tân Lập" in wizard.currentPage().summary.toPlainText()


def test_summary_page_blocks_finish_on_duplicate_villages(qtbot) -> None:
    wizard = SetupWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    form = wizard.form
    form.province.setCurrentIndex(form.province.findData("01"))
    form.commune_code.setText("00004")
    form.commune_name.setText("Ba Đình")
    form.chair_name.setText("Phạm Văn A")
    wizard.villages.set_rows(
        [VillageRow("Thôn 1", VillageKind.THON), VillageRow("thon 1", VillageKind.THON)]
    )
    for _ in range(4):
        wizard.next()
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert "trùng" in wizard.currentPage().summary.toPlainText()
