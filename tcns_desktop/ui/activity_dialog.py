"""Entering an activity fast, from the keyboard: Enter saves and starts the next one.

A clerk copies a week of Zalo reports in one sitting. The form keeps what repeats (date,
team, kind, pillar, platform) after each save and clears what changes (content, counts,
participants, results); "Lặp lại lần trước" copies the previous activity whole; a template
fills a recurring campaign. The rules are the service's: errors block, warnings are shown
once and the next Enter saves anyway.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QIntValidator, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tcns_desktop.domain.activity_records import (
    ActivityInput,
    ActivityRecord,
    IndicatorRecord,
    PlatformRecord,
    ResultInput,
    Suggestions,
    TemplateInput,
    TemplateRecord,
)
from tcns_desktop.domain.enums import ActivityKind, DigitalSkill, Pillar, TeamStatus
from tcns_desktop.domain.number_format import parse_number
from tcns_desktop.domain.roster_records import MembershipRecord, TeamRecord, short_team_name
from tcns_desktop.domain.vietnamese_collation import collation_key
from tcns_desktop.domain.vietnamese_text import unique_match
from tcns_desktop.ui.error_reporting import problem_lines
from tcns_desktop.ui.labels import as_enum, label
from tcns_desktop.ui.labels import translated as label_text
from tcns_desktop.ui.workspace_controller import WorkspaceController

PERSON_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class EntryContext:
    """What the form offers: loaded once when it opens."""

    teams: tuple[TeamRecord, ...]
    platforms: tuple[PlatformRecord, ...]
    indicators: tuple[IndicatorRecord, ...]
    templates: tuple[TemplateRecord, ...] = ()
    suggestions: Suggestions = field(default_factory=Suggestions)
    last: ActivityRecord | None = None
    team_type_name: str = ""


def load_entry_context(workspace: Any) -> EntryContext:
    """Runs on the database lane: everything the form needs, in one trip."""
    profile = workspace.commune.profile()
    return EntryContext(
        teams=tuple(workspace.roster.teams()),
        platforms=tuple(workspace.activities.platforms()),
        indicators=tuple(i for i in workspace.indicators.catalogue() if i.active),
        templates=tuple(workspace.activities.templates()),
        suggestions=workspace.activities.suggestions(),
        last=workspace.activities.last_entered(),
        team_type_name=profile.team_type_name if profile else "",
    )


class ActivityDialog(QDialog):
    """Add activities one after another, or edit one (``activity`` given)."""

    def __init__(
        self,
        controller: WorkspaceController,
        context: EntryContext,
        parent: QWidget | None = None,
        activity: ActivityRecord | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._context = context
        self._editing = activity
        self._confirming: ActivityInput | None = None  # warnings shown for this entry
        self._members_for: tuple[str, date] | None = None
        self.saved_count = 0
        self.setWindowTitle(self.tr("Sửa hoạt động") if activity else self.tr("Nhập hoạt động"))
        self.setMinimumWidth(720)

        self.template = QComboBox()
        self.template.addItem(self.tr("(không dùng mẫu)"), None)
        for template in context.templates:
            self.template.addItem(template.name, template.id)
        self.template.activated.connect(lambda _i: self._apply_template())
        self.day = QLineEdit()
        self.day.setInputMask("99/99/9999")
        self.day.setObjectName("activityDate")
        start = today or date.today()
        self._set_day(start)
        self.team = QComboBox()
        self.team.setEditable(True)
        self.team.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        live_teams = sorted(
            (t for t in context.teams if t.status is TeamStatus.ACTIVE),
            key=lambda t: collation_key(t.name),
        )
        for team in live_teams:
            self.team.addItem(short_team_name(team.name, context.team_type_name), team.id)
        self.team.setCurrentIndex(-1)
        completer = self.team.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.team.currentIndexChanged.connect(lambda _i: self._team_changed())
        self.village = QLabel()
        self.kind = _enum_combo(ActivityKind)
        self.pillar = _enum_combo(Pillar)
        self.skill = _enum_combo(DigitalSkill, blank=self.tr("(không chọn)"))
        self.platform = QComboBox()
        self.platform.setEditable(True)
        self.platform.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.platform.addItem("", None)
        for platform in context.platforms:
            if platform.active:
                self.platform.addItem(platform.name, platform.id)
        platform_completer = self.platform.completer()
        if platform_completer is not None:
            platform_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.title = QLineEdit()
        self.title.setObjectName("activityTitle")
        self.title.setCompleter(_completer(context.suggestions.titles, self))
        self.location = QLineEdit()
        self.location.setCompleter(_completer(context.suggestions.locations, self))
        self.people = QLineEdit()
        self.people.setValidator(QIntValidator(0, 10_000_000, self))
        self.people.setPlaceholderText(self.tr("để trống nếu không có số liệu"))
        self.households = QLineEdit()
        self.households.setValidator(QIntValidator(0, 10_000_000, self))
        self.households.setPlaceholderText(self.tr("để trống nếu không có số liệu"))
        self.notes = QLineEdit()

        self.participants = QListWidget()
        self.participants.setObjectName("participants")
        self.participants.setMaximumHeight(150)
        self._result_cells: list[tuple[IndicatorRecord, QTableWidgetItem]] = []
        self.results = QTableWidget(len(context.indicators), 3)
        self.results.setObjectName("results")
        self.results.setHorizontalHeaderLabels(
            [self.tr("Chỉ tiêu"), self.tr("Đơn vị"), self.tr("Kết quả")]
        )
        self.results.verticalHeader().setVisible(False)
        self.results.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setMaximumHeight(180)
        for row, indicator in enumerate(context.indicators):
            for column, text in enumerate((indicator.name, indicator.unit)):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.results.setItem(row, column, item)
            value = QTableWidgetItem("")
            value.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.results.setItem(row, 2, value)
            self._result_cells.append((indicator, value))

        form = QFormLayout()
        if activity is None:
            form.addRow(self.tr("&Mẫu hoạt động:"), self.template)
        form.addRow(self.tr("Ngà&y (dd/mm/yyyy):"), self.day)
        form.addRow(self.tr("&Tổ:"), self.team)
        form.addRow(self.tr("Thôn:"), self.village)
        kinds = QHBoxLayout()
        kinds.addWidget(self.kind)
        kinds.addWidget(_buddy_label(self.tr("Trụ &cột:"), self.pillar))
        kinds.addWidget(self.pillar)
        form.addRow(_buddy_label(self.tr("&Hình thức:"), self.kind), kinds)
        form.addRow(self.tr("Nhóm &kỹ năng:"), self.skill)
        form.addRow(self.tr("Nền tảng, &dịch vụ:"), self.platform)
        form.addRow(self.tr("&Nội dung:"), self.title)
        form.addRow(self.tr("Đị&a điểm:"), self.location)
        counts = QHBoxLayout()
        counts.addWidget(self.people)
        counts.addWidget(_buddy_label(self.tr("&Số hộ:"), self.households))
        counts.addWidget(self.households)
        form.addRow(_buddy_label(self.tr("Số người được hỗ t&rợ:"), self.people), counts)
        form.addRow(self.tr("Thành viên tham gia:"), self.participants)
        form.addRow(self.tr("Kết quả theo chỉ tiêu:"), self.results)
        form.addRow(self.tr("&Ghi chú:"), self.notes)

        self.history = QListWidget()
        self.history.setObjectName("activityHistory")
        self.history.setMaximumHeight(90)
        self.history.setVisible(activity is not None)
        self.message = QLabel()
        self.message.setObjectName("activityMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.status = QLabel()

        self.repeat_button = QPushButton(self.tr("Lặp &lại lần trước"))
        self.repeat_button.setToolTip(self.tr("Chép hoạt động vừa nhập (Ctrl+R)"))
        self.repeat_button.setEnabled(context.last is not None and activity is None)
        self.repeat_button.clicked.connect(self.repeat_last)
        self.template_button = QPushButton(self.tr("Lưu làm &mẫu…"))
        self.template_button.setToolTip(
            self.tr(
                "Lưu hình thức, trụ cột, nền tảng, nội dung và các chỉ tiêu đang điền thành "
                "một mẫu cho các đợt hoạt động lặp lại"
            )
        )
        self.template_button.clicked.connect(self.ask_template_name)
        self.save_next_button = QPushButton(self.tr("Lưu và nhập t&iếp"))
        self.save_next_button.setObjectName("saveNext")
        self.save_close_button = QPushButton(self.tr("Lưu") if activity else self.tr("Lưu và đóng"))
        self.close_button = QPushButton(self.tr("Đóng"))
        self.save_next_button.clicked.connect(lambda: self.save(next_one=True))
        self.save_close_button.clicked.connect(lambda: self.save(next_one=False))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.repeat_button)
        if activity is None:
            buttons.addWidget(self.template_button)
        buttons.addStretch(1)
        if activity is None:
            buttons.addWidget(self.save_next_button)
            self.save_next_button.setDefault(True)
        else:
            self.save_next_button.hide()
            self.save_close_button.setDefault(True)
        buttons.addWidget(self.save_close_button)
        buttons.addWidget(self.close_button)
        QShortcut(QKeySequence("Ctrl+R"), self, self.repeat_last)
        QShortcut(QKeySequence("Ctrl+Return"), self, lambda: self.save(next_one=False))

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if activity is not None:
            layout.addWidget(QLabel(self.tr("Lịch sử thay đổi:")))
            layout.addWidget(self.history)
        layout.addWidget(self.message)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        for widget in (self.title, self.location, self.people, self.households, self.notes):
            widget.textEdited.connect(lambda _t: self._forget_confirmation())
        self.day.editingFinished.connect(self._load_members)
        if activity is not None:
            self.fill(activity)
            self._load_history(activity.id)
        elif context.last is not None:
            # Start where the clerk left off: the same day and team as the last entry.
            self._set_day(context.last.activity_date)
            self._select_team(context.last.team_id)
        self.day.setFocus()

    # --- filling -------------------------------------------------------------------------

    def fill(self, record: ActivityRecord, *, with_counts: bool = True) -> None:
        self._set_day(record.activity_date)
        self._select_team(record.team_id)
        _select(self.kind, record.kind.value)
        _select(self.pillar, record.pillar.value)
        _select(self.skill, record.skill.value if record.skill else None)
        _select(self.platform, record.platform_id)
        self.title.setText(record.title)
        self.location.setText(record.location)
        self.notes.setText(record.notes)
        if with_counts:
            self.people.setText("" if record.people_reached is None else str(record.people_reached))
            self.households.setText(
                "" if record.households_reached is None else str(record.households_reached)
            )
            values = {r.indicator_id: r.value for r in record.results}
            for indicator, item in self._result_cells:
                value = values.get(indicator.id)
                item.setText("" if value is None else _number_text(value))
            self._check_participants({p.person_id for p in record.participants})

    def _load_history(self, activity_id: str) -> None:
        def show(lines: Any) -> None:
            self.history.clear()
            for line in lines:
                when = line.at[:16].replace("T", " ")
                who = f" — {line.actor}" if line.actor else ""
                self.history.addItem(f"{when}{who}: {label_text(line.action)} · {line.summary}")

        self._controller.call(lambda workspace: workspace.activities.history(activity_id), show)

    def repeat_last(self) -> None:
        last = self._context.last
        if last is None or self._editing is not None:
            return
        self.fill(last)
        self.status.setText(self.tr("Đã chép hoạt động trước; sửa những gì khác rồi lưu."))
        self.title.setFocus()
        self.title.selectAll()

    def _apply_template(self) -> None:
        template_id = self.template.currentData()
        template = next((t for t in self._context.templates if t.id == template_id), None)
        if template is None:
            return
        _select(self.kind, template.kind.value)
        _select(self.pillar, template.pillar.value)
        _select(self.skill, template.skill.value if template.skill else None)
        _select(self.platform, template.platform_id)
        self.title.setText(template.title)
        self.location.setText(template.location)
        self.notes.setText(template.notes)
        # The template's indicators come first in the results table, ready to be typed.
        wanted = set(template.indicator_ids)
        for row, (indicator, _item) in enumerate(self._result_cells):
            if indicator.id in wanted:
                self.results.setCurrentCell(row, 2)
                break

    def ask_template_name(self) -> None:
        name, accepted = QInputDialog.getText(
            self,
            self.tr("Lưu làm mẫu hoạt động"),
            self.tr("Tên mẫu (ví dụ “Ra quân Ngày Chủ nhật số”):"),
            text=self.title.text(),
        )
        if accepted:
            self.save_template(name)

    def save_template(self, name: str) -> None:
        """The repeating part of the form as a named template (replacing one of that name)."""
        codes = tuple(
            indicator.code for indicator, item in self._result_cells if item.text().strip()
        )
        data = TemplateInput(
            name=name,
            kind=as_enum(self.kind.currentData(), ActivityKind, ActivityKind.GUIDANCE)
            or ActivityKind.GUIDANCE,
            pillar=as_enum(self.pillar.currentData(), Pillar, Pillar.DIGITAL_GOVERNMENT)
            or Pillar.DIGITAL_GOVERNMENT,
            skill=as_enum(self.skill.currentData(), DigitalSkill),
            platform_id=self._platform_id(),
            title=self.title.text(),
            location=self.location.text(),
            notes=self.notes.text(),
            indicator_codes=codes,
        )
        existing = next(
            (t.id for t in self._context.templates if t.name.strip() == name.strip()), None
        )

        def saved(record: TemplateRecord) -> None:
            templates = [t for t in self._context.templates if t.id != record.id] + [record]
            self._context = replace(self._context, templates=tuple(templates))
            index = self.template.findData(record.id)
            if index < 0:
                self.template.addItem(record.name, record.id)
            self.status.setText(self.tr("Đã lưu mẫu “{0}”.").format(record.name))

        self._controller.call(
            lambda workspace: workspace.activities.save_template(data, existing),
            saved,
            lambda exc: self._show_problems(problem_lines(exc), []),
        )

    # --- reading -------------------------------------------------------------------------

    def entry(self) -> ActivityInput | None:
        """What the form holds, or None with a message when a field cannot be read."""
        problems: list[str] = []
        day = self.day_value()
        if day is None:
            problems.append(self.tr("Ngày chưa đúng dạng dd/mm/yyyy."))
        team_id = self.team_id()
        if team_id is None:
            problems.append(self.tr("Chưa chọn tổ."))
        results: list[ResultInput] = []
        for indicator, item in self._result_cells:
            text = item.text().strip()
            if not text:
                continue  # blank is "not reported", not zero
            value = parse_number(text)
            if value is None:
                problems.append(self.tr("Kết quả “{0}” không phải là số.").format(indicator.name))
                continue
            results.append(ResultInput(indicator.id, value))
        if problems or day is None or team_id is None:
            self._show_problems(problems, [])
            return None
        return ActivityInput(
            activity_date=day,
            team_id=team_id,
            kind=as_enum(self.kind.currentData(), ActivityKind, ActivityKind.GUIDANCE)
            or ActivityKind.GUIDANCE,
            pillar=as_enum(self.pillar.currentData(), Pillar, Pillar.DIGITAL_GOVERNMENT)
            or Pillar.DIGITAL_GOVERNMENT,
            skill=as_enum(self.skill.currentData(), DigitalSkill),
            platform_id=self._platform_id(),
            title=self.title.text(),
            location=self.location.text(),
            people_reached=_int_or_none(self.people.text()),
            households_reached=_int_or_none(self.households.text()),
            notes=self.notes.text(),
            participant_ids=tuple(
                str(self.participants.item(i).data(PERSON_ROLE))
                for i in range(self.participants.count())
                if self.participants.item(i).checkState() == Qt.CheckState.Checked
            ),
            results=tuple(results),
        )

    def day_value(self) -> date | None:
        parts = self.day.text().split("/")
        try:
            return date(int(parts[2]), int(parts[1]), int(parts[0]))
        except (ValueError, IndexError):
            return None

    def team_id(self) -> str | None:
        return _picked(self.team)

    # --- saving --------------------------------------------------------------------------

    def save(self, *, next_one: bool) -> None:
        data = self.entry()
        if data is None:
            return
        confirmed = self._confirming == data
        editing = self._editing

        def work(workspace: Any) -> Any:
            if editing is not None:
                return workspace.activities.update(editing.id, data, confirmed=confirmed)
            return workspace.activities.create(data, confirmed=confirmed)

        def failed(exc: BaseException) -> None:
            warnings = getattr(exc, "warnings", None)
            if warnings:
                self._confirming = data
                self._show_problems(
                    [], [*warnings, self.tr("Nhấn Lưu lần nữa để vẫn lưu.")], warning=True
                )
                return
            self._show_problems(problem_lines(exc), [])

        def saved(result: Any) -> None:
            self._confirming = None
            self.saved_count += 1
            record: ActivityRecord = result.activity
            self._context = replace(self._context, last=record)
            self.repeat_button.setEnabled(self._editing is None)
            self.message.clear()
            if not next_one:
                self.accept()
                return
            self._clear_for_next()
            self.status.setText(
                self.tr("Đã lưu: {0} — {1}. Đã nhập {2} hoạt động.").format(
                    record.activity_date.strftime("%d/%m/%Y"),
                    record.title or label(record.kind),
                    self.saved_count,
                )
            )

        self._controller.call(work, saved, failed, changes=True)

    def _clear_for_next(self) -> None:
        for widget in (self.title, self.location, self.people, self.households, self.notes):
            widget.clear()
        for _indicator, item in self._result_cells:
            item.setText("")
        self._check_participants(set())
        self.template.setCurrentIndex(0)
        self.title.setFocus()

    # --- helpers -------------------------------------------------------------------------

    def _team_changed(self) -> None:
        team_id = self.team_id()
        team = next((t for t in self._context.teams if t.id == team_id), None)
        self.village.setText(team.village_name if team and team.village_name else "—")
        self._load_members()
        self._forget_confirmation()

    def _load_members(self, checked: set[str] | None = None) -> None:
        team_id, day = self.team_id(), self.day_value()
        if team_id is None or day is None:
            self.participants.clear()
            return
        if self._members_for == (team_id, day):
            return
        self._members_for = (team_id, day)

        def show(members: Any) -> None:
            self.participants.clear()
            records: list[MembershipRecord] = members
            for member in records:
                item = QListWidgetItem(f"{member.person_name} ({label(member.role)})")
                item.setData(PERSON_ROLE, member.person_id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(
                    Qt.CheckState.Checked
                    if checked and member.person_id in checked
                    else Qt.CheckState.Unchecked
                )
                self.participants.addItem(item)

        self._controller.call(
            lambda workspace: workspace.activities.team_members(team_id, day),
            show,
            lambda exc: self._show_problems([str(exc)], []),
        )

    def _check_participants(self, person_ids: set[str]) -> None:
        if self.participants.count() == 0 and person_ids:
            self._members_for = None
            self._load_members(person_ids)
            return
        for i in range(self.participants.count()):
            item = self.participants.item(i)
            state = (
                Qt.CheckState.Checked
                if str(item.data(PERSON_ROLE)) in person_ids
                else Qt.CheckState.Unchecked
            )
            item.setCheckState(state)

    def _platform_id(self) -> str | None:
        return _picked(self.platform)

    def _set_day(self, day: date) -> None:
        self.day.setText(day.strftime("%d/%m/%Y"))

    def _select_team(self, team_id: str) -> None:
        index = self.team.findData(team_id)
        if index >= 0:
            self.team.setCurrentIndex(index)

    def _forget_confirmation(self) -> None:
        self._confirming = None

    def _show_problems(
        self, errors: list[str], warnings: list[str], *, warning: bool = False
    ) -> None:
        lines = [f"• {text}" for text in [*errors, *warnings]]
        self.message.setText("\n".join(lines))
        colour = "#8a5a00" if warning and not errors else "#b00020"
        self.message.setStyleSheet(f"color: {colour};")


def _buddy_label(text: str, buddy: QWidget) -> QLabel:
    """A label whose Alt+letter moves to ``buddy`` (rows holding several fields need one)."""
    widget = QLabel(text)
    widget.setBuddy(buddy)
    return widget


def _picked(combo: QComboBox) -> str | None:
    """The item an editable combo box names, typed in full or in part (see unique_match)."""
    index = unique_match(combo.currentText(), [combo.itemText(i) for i in range(combo.count())])
    value = combo.itemData(index) if index is not None else None
    return value if isinstance(value, str) else None


def _enum_combo(enum_class: Any, blank: str | None = None) -> QComboBox:
    combo = QComboBox()
    if blank is not None:
        combo.addItem(blank, None)
    for member in enum_class:
        combo.addItem(label(member), member.value)
    return combo


def _select(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


def _completer(texts: tuple[str, ...], parent: QWidget) -> QCompleter:
    completer = QCompleter(list(texts), parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    return completer


def _int_or_none(text: str) -> int | None:
    text = text.strip().replace(".", "")
    return int(text) if text.isdigit() else None


def _number_text(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)
