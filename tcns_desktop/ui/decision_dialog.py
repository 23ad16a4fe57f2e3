"""Lập quyết định: the teams, number, date and signer on the left, every text of the decision
on the right, drafted from the live roster and editable before preview, print and issue.

The draft is made again (on the database lane) whenever the choices on the left change;
texts the clerk has edited are kept, the others follow the new draft.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from tcns_desktop.domain.document_records import Article, DecisionContent
from tcns_desktop.domain.enums import (
    DocumentKind,
    LeaderRole,
    SigningMode,
    TeamDecisionKind,
    TeamLevel,
    TeamStatus,
)
from tcns_desktop.domain.records import CommuneProfileRecord
from tcns_desktop.domain.roster_records import TeamRecord, short_team_name
from tcns_desktop.domain.vietnamese_collation import collation_key
from tcns_desktop.ui.labels import as_enum, label
from tcns_desktop.ui.roster_dialogs import date_edit, date_of
from tcns_desktop.ui.workspace_controller import WorkspaceController

MAX_NUMBER = 9999
_REDRAFT_DELAY_MS = 250
TEAM_ROLE = Qt.ItemDataRole.UserRole + 1


def lines_of(text: str) -> tuple[str, ...]:
    """The non-empty lines of a box where each line is one item (căn cứ, nơi nhận…)."""
    return tuple(line.strip() for line in text.splitlines() if line.strip())


class DecisionDialog(QDialog):
    """Emits ``preview_requested``, ``print_requested`` and ``issue_requested``; the page
    reads ``content()`` and ``team_ids()`` and does the file work."""

    preview_requested = Signal()
    print_requested = Signal()
    issue_requested = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        controller: WorkspaceController,
        profile: CommuneProfileRecord,
        teams: Sequence[TeamRecord],
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._profile = profile
        self._teams = sorted(
            (t for t in teams if t.status is TeamStatus.ACTIVE),
            key=lambda t: (t.level is TeamLevel.VILLAGE, collation_key(t.name)),
        )
        self._draft: DecisionContent | None = None
        self._number_touched = False
        self._setting_number = False
        self._suggested_year: int | None = None
        self.setWindowTitle(self.tr("Lập quyết định thành lập, kiện toàn Tổ"))
        self.resize(1120, 760)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(_REDRAFT_DELAY_MS)
        self._timer.timeout.connect(self.redraft)

        splitter = QSplitter()
        splitter.addWidget(self._choices_panel(today or date.today()))
        splitter.addWidget(self._texts_panel())
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([380, 740])
        splitter.setChildrenCollapsible(False)

        self.message = QLabel()
        self.message.setObjectName("decisionMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a33;")
        self.reset_button = QPushButton(self.tr("Khôi phục nội dung &mặc định"))
        self.reset_button.clicked.connect(self.reset_texts)
        self.preview_button = QPushButton(self.tr("&Xem trước"))
        self.preview_button.clicked.connect(self.preview_requested)
        self.print_button = QPushButton(self.tr("&In…"))
        self.print_button.clicked.connect(self.print_requested)
        self.issue_button = QPushButton(self.tr("&Ban hành và lưu PDF…"))
        self.issue_button.setToolTip(
            self.tr("Lưu tệp PDF và ghi vào sổ văn bản kèm dữ liệu lúc ban hành")
        )
        self.issue_button.clicked.connect(self.issue_requested)
        close = QPushButton(self.tr("Đóng"))
        close.clicked.connect(self.reject)
        for button in (self.reset_button, self.print_button, self.issue_button, close):
            button.setAutoDefault(False)
        self.preview_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.issue_button)
        buttons.addWidget(close)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_requested.emit)

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self._set_ready(False)
        self._signer_for_mode()
        self.redraft()

    # --- the left: what the decision is about -------------------------------------------

    def _choices_panel(self, today: date) -> QWidget:
        village_teams = [t for t in self._teams if t.level is TeamLevel.VILLAGE]
        self.all_villages = QRadioButton(
            self.tr("&Tất cả Tổ cấp thôn đang hoạt động ({0})").format(len(village_teams))
        )
        self.chosen_teams = QRadioButton(self.tr("&Chọn Tổ:"))
        group = QButtonGroup(self)
        group.addButton(self.all_villages)
        group.addButton(self.chosen_teams)
        self.team_list = QListWidget()
        self.team_list.setObjectName("decisionTeams")
        for team in self._teams:
            text = short_team_name(team.name, self._profile.team_type_name)
            item = QListWidgetItem(f"{text} ({team.active_members})")
            item.setData(TEAM_ROLE, team.id)
            item.setToolTip(team.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.team_list.addItem(item)
        self.team_list.itemChanged.connect(lambda _item: self._schedule())
        if village_teams:
            self.all_villages.setChecked(True)
        else:
            self.all_villages.setEnabled(False)
            self.chosen_teams.setChecked(True)
        self.team_list.setEnabled(self.chosen_teams.isChecked())
        self.chosen_teams.toggled.connect(self.team_list.setEnabled)
        self.chosen_teams.toggled.connect(lambda _on: self._schedule())
        teams_box = QGroupBox(self.tr("Tổ trong quyết định"))
        teams_layout = QVBoxLayout(teams_box)
        teams_layout.addWidget(self.all_villages)
        teams_layout.addWidget(self.chosen_teams)
        teams_layout.addWidget(self.team_list, 1)

        self.kind = QComboBox()
        for kind in (TeamDecisionKind.FOUNDING, TeamDecisionKind.REFORMATION):
            self.kind.addItem(label(kind), kind.value)
        self.number = QSpinBox()
        self.number.setObjectName("decisionNumber")
        self.number.setRange(1, MAX_NUMBER)
        self.number.valueChanged.connect(self._number_changed)
        symbol = QLabel("/" + (self._profile.document_symbol or "QĐ-UBND"))
        number_row = QHBoxLayout()
        number_row.addWidget(self.number, 1)
        number_row.addWidget(symbol)
        self.number_hint = QLabel()
        self.number_hint.setObjectName("numberHint")
        self.number_hint.setStyleSheet("color: #555;")
        self.issued_on = date_edit(today)
        self.signing = QComboBox()
        for mode in SigningMode:
            self.signing.addItem(label(mode), mode.value)
        self.signer = QComboBox()
        self.signer.setEditable(True)
        for leader in self._profile.leaders:
            self.signer.addItem(leader.full_name, leader.role.value)
        for combo in (self.kind, self.signing):
            combo.currentIndexChanged.connect(lambda _i: self._schedule())
        self.signing.currentIndexChanged.connect(lambda _i: self._signer_for_mode())
        self.signer.currentTextChanged.connect(lambda _t: self._schedule())
        self.issued_on.dateChanged.connect(lambda _d: self._schedule())

        form_box = QGroupBox(self.tr("Số, ngày và người ký"))
        form = QFormLayout(form_box)
        form.addRow(self.tr("&Loại quyết định:"), self.kind)
        number_label = QLabel(self.tr("&Số:"))
        number_label.setBuddy(self.number)
        form.addRow(number_label, number_row)
        form.addRow("", self.number_hint)
        form.addRow(self.tr("&Ngày ban hành:"), self.issued_on)
        form.addRow(self.tr("&Hình thức ký:"), self.signing)
        form.addRow(self.tr("&Người ký:"), self.signer)

        self.annex_label = QLabel()
        self.annex_label.setObjectName("annexSummary")
        self.annex_label.setWordWrap(True)
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(teams_box, 1)
        layout.addWidget(form_box)
        layout.addWidget(self.annex_label)
        return panel

    # --- the right: the texts ------------------------------------------------------------

    def _texts_panel(self) -> QWidget:
        self.summary = QLineEdit()
        self.summary.setObjectName("decisionSummary")
        self.authority = QLineEdit()
        self.bases = _text_box(5)
        self.proposal = QLineEdit()
        self.article_one = _text_box(3)
        self.article_two = _text_box(7)
        self.article_three = _text_box(4)
        self.recipients = _text_box(4)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("T&rích yếu:"), self.summary)
        form.addRow(self.tr("Thẩm &quyền:"), self.authority)
        form.addRow(self.tr("Căn &cứ\n(mỗi dòng một căn cứ):"), self.bases)
        form.addRow(self.tr("Theo đề ng&hị của:"), self.proposal)
        form.addRow(self.tr("Điều &1:"), self.article_one)
        form.addRow(self.tr("Điều &2\n(mỗi dòng một đoạn):"), self.article_two)
        form.addRow(self.tr("Điều &3:"), self.article_three)
        form.addRow(self.tr("Nơi nhậ&n\n(mỗi dòng một nơi):"), self.recipients)
        inner = QWidget()
        inner.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        box = QGroupBox(self.tr("Nội dung quyết định (sửa được trước khi in)"))
        layout = QVBoxLayout(box)
        layout.addWidget(scroll)
        return box

    def _line_fields(self) -> list[QLineEdit]:
        return [self.summary, self.authority, self.proposal]

    def _box_fields(self) -> list[QPlainTextEdit]:
        return [self.bases, self.article_one, self.article_two, self.article_three, self.recipients]

    # --- drafting ------------------------------------------------------------------------

    def team_ids(self) -> list[str]:
        if self.all_villages.isChecked():
            return [t.id for t in self._teams if t.level is TeamLevel.VILLAGE]
        return [
            str(self.team_list.item(row).data(TEAM_ROLE))
            for row in range(self.team_list.count())
            if self.team_list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def set_chosen_teams(self, team_ids: Sequence[str]) -> None:
        """Tick exactly these teams (and switch to "Chọn Tổ")."""
        self.chosen_teams.setChecked(True)
        wanted = set(team_ids)
        for row in range(self.team_list.count()):
            item = self.team_list.item(row)
            checked = item.data(TEAM_ROLE) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def decision_kind(self) -> TeamDecisionKind:
        kind = as_enum(self.kind.currentData(), TeamDecisionKind, TeamDecisionKind.FOUNDING)
        return kind or TeamDecisionKind.FOUNDING

    def signing_mode(self) -> SigningMode:
        return as_enum(self.signing.currentData(), SigningMode, SigningMode.CHAIR) or (
            SigningMode.CHAIR
        )

    def _schedule(self) -> None:
        self._timer.start()

    def redraft(self) -> None:
        """Ask the service for a draft of the current choices (now, not after the delay)."""
        self._timer.stop()
        ids = self.team_ids()
        if not ids:
            self._draft = None
            self._set_ready(False)
            self.message.setText(self.tr("Hãy chọn ít nhất một Tổ."))
            self.annex_label.setText("")
            return
        day = date_of(self.issued_on)
        if day.year != self._suggested_year:
            self._suggest_number(day.year)  # may set the number (at once in tests)
            self._timer.stop()
        kind, mode = self.decision_kind(), self.signing_mode()
        number, signer = self.number.value(), self.signer.currentText()
        self._controller.call(
            lambda ws: ws.documents.draft_decision(
                ids,
                kind=kind,
                number=number,
                issued_on=day,
                signing_mode=mode,
                signer_name=signer,
            ),
            self._show_draft,
            self._draft_failed,
        )

    def _suggest_number(self, year: int) -> None:
        self._suggested_year = year
        self._controller.call(
            lambda ws: ws.documents.suggested_number(DocumentKind.FOUNDING_DECISION, year),
            lambda number: self._show_suggestion(year, int(number)),
            lambda _exc: None,
        )

    def _show_suggestion(self, year: int, number: int) -> None:
        self.number_hint.setText(self.tr("Số tiếp theo trong sổ năm {0}: {1}").format(year, number))
        if not self._number_touched:
            self._setting_number = True
            self.number.setValue(number)
            self._setting_number = False

    def _number_changed(self, _value: int) -> None:
        if not self._setting_number:
            self._number_touched = True
        self._schedule()

    def _show_draft(self, content: Any) -> None:
        assert isinstance(content, DecisionContent)
        self._draft = content
        self.message.setText("")
        values = _field_texts(content)
        for field, text in zip(self._line_fields(), values[:3], strict=True):
            if not field.isModified():
                field.setText(text)
                field.setCursorPosition(0)
        for box, text in zip(self._box_fields(), values[3:], strict=True):
            if not box.document().isModified():
                box.setPlainText(text)
                box.document().setModified(False)
        annex = content.annex
        if annex is not None:
            self.annex_label.setText(
                self.tr(
                    "Phụ lục danh sách thành viên: {0} Tổ, {1} người (theo danh sách hiện tại)."
                ).format(len(annex.groups), annex.member_count)
            )
        self._set_ready(True)

    def _draft_failed(self, exc: BaseException) -> None:
        self._draft = None
        self._set_ready(False)
        self.message.setText(str(exc))

    def _set_ready(self, ready: bool) -> None:
        for button in (self.preview_button, self.print_button, self.issue_button):
            button.setEnabled(ready)

    def _signer_for_mode(self) -> None:
        """The vice-chairperson signs "KT. CHỦ TỊCH", the chairperson otherwise."""
        wanted = (
            LeaderRole.VICE_CHAIR
            if self.signing_mode() is SigningMode.ON_BEHALF_OF_CHAIR
            else LeaderRole.CHAIR
        )
        index = self.signer.findData(wanted.value)
        if index >= 0:
            self.signer.setCurrentIndex(index)

    def reset_texts(self) -> None:
        """Forget the clerk's edits: every text follows the draft again."""
        for field in self._line_fields():
            field.setModified(False)
        for box in self._box_fields():
            box.document().setModified(False)
        if self._draft is not None:
            self._show_draft(self._draft)

    # --- the result ----------------------------------------------------------------------

    def content(self) -> DecisionContent | None:
        """The draft with the clerk's texts; None while there is no draft."""
        draft = self._draft
        if draft is None:
            return None
        by_number = {article.number: article for article in draft.articles}
        articles = tuple(
            replace(
                by_number.get(number, Article(number, ())), paragraphs=lines_of(box.toPlainText())
            )
            for number, box in (
                (1, self.article_one),
                (2, self.article_two),
                (3, self.article_three),
            )
        )
        return replace(
            draft,
            summary=self.summary.text().strip(),
            authority=self.authority.text().strip(),
            legal_bases=lines_of(self.bases.toPlainText()),
            proposal=self.proposal.text().strip(),
            articles=articles,
            recipients=lines_of(self.recipients.toPlainText()),
        )


def _field_texts(content: DecisionContent) -> list[str]:
    """The texts of the fields, in the order of the line fields then the boxes."""
    articles = {article.number: "\n".join(article.paragraphs) for article in content.articles}
    return [
        content.summary,
        content.authority,
        content.proposal,
        "\n".join(content.legal_bases),
        articles.get(1, ""),
        articles.get(2, ""),
        articles.get(3, ""),
        "\n".join(content.recipients),
    ]


def _text_box(lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)  # Tab moves on, as in every other field
    height = box.fontMetrics().lineSpacing() * lines + 12
    box.setMinimumHeight(height)
    box.setMaximumHeight(height * 2)
    return box
