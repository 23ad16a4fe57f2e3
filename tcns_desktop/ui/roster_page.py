"""Tổ & thành viên: the teams on the left, the searchable member list on the right."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tcns_desktop.domain.enums import TeamRole, TeamStatus
from tcns_desktop.domain.roster_records import (
    MemberRow,
    MembershipRecord,
    TeamRecord,
    short_team_name,
)
from tcns_desktop.domain.vietnamese_collation import collation_key
from tcns_desktop.domain.vietnamese_text import fold_for_search
from tcns_desktop.ui.labels import as_enum, label
from tcns_desktop.ui.member_table_model import MemberColumn, MemberFilter, MemberTableModel
from tcns_desktop.ui.people_checklist import PeopleChecklist
from tcns_desktop.ui.person_dialog import PersonDialog
from tcns_desktop.ui.person_page_dialog import PersonPageDialog
from tcns_desktop.ui.roster_dialogs import TeamDialog, TeamRoleDateDialog, date_edit, date_of
from tcns_desktop.ui.workspace_controller import WorkspaceController

ALL = "__all__"


class RosterPage(QWidget):
    status_message = Signal(str)
    import_requested = Signal()
    export_requested = Signal()

    def __init__(self, controller: WorkspaceController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._teams: list[TeamRecord] = []
        self._villages: list[tuple[str, str]] = []
        self._team_type_name = "Tổ công nghệ số cộng đồng"
        self.interactive = True

        self.team_list = QListWidget()
        self.team_list.setObjectName("teamList")
        self.team_list.currentRowChanged.connect(lambda _row: self._apply_filter())
        self.add_team_button = QPushButton(self.tr("Thêm tổ…"))
        self.edit_team_button = QPushButton(self.tr("Sửa…"))
        self.dissolve_button = QPushButton(self.tr("Giải thể…"))
        self.reform_button = QPushButton(self.tr("Kiện toàn…"))
        self.reform_button.setToolTip(self.tr("Lập lại danh sách thành viên của tổ từ một ngày"))
        self.reform_button.clicked.connect(self.reform_team)
        self.add_team_button.clicked.connect(self.add_team)
        self.edit_team_button.clicked.connect(self.edit_team)
        self.dissolve_button.clicked.connect(self.dissolve_team)
        team_buttons = QGridLayout()
        team_buttons.addWidget(self.add_team_button, 0, 0)
        team_buttons.addWidget(self.edit_team_button, 0, 1)
        team_buttons.addWidget(self.reform_button, 1, 0)
        team_buttons.addWidget(self.dissolve_button, 1, 1)
        left = QWidget()
        left.setMaximumWidth(320)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.team_search = QLineEdit()
        self.team_search.setClearButtonEnabled(True)
        self.team_search.setPlaceholderText(self.tr("Tìm tổ…"))
        self.team_search.textChanged.connect(self._filter_teams)
        left_layout.addWidget(QLabel(self.tr("<b>Các tổ</b>")))
        left_layout.addWidget(self.team_search)
        left_layout.addWidget(self.team_list)
        left_layout.addLayout(team_buttons)

        self.search = QLineEdit()
        self.search.setObjectName("memberSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("Tìm theo tên, số điện thoại, CCCD, thôn… (gõ không dấu cũng được)")
        )
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(120)
        self._search_timer.timeout.connect(self._apply_filter)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.village_filter = QComboBox()
        self.commune_filter = QComboBox()
        self.commune_filter.setObjectName("communeFilter")
        self.commune_filter.setVisible(False)  # the upper level's lists only
        self.commune_filter.currentIndexChanged.connect(lambda _i: self._commune_changed())
        self.role_filter = QComboBox()
        self.role_filter.addItem(self.tr("Mọi chức danh"), None)
        for role in TeamRole:
            self.role_filter.addItem(label(role), role)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("Đang tham gia"), "active")
        self.status_filter.addItem(self.tr("Đã thôi"), "former")
        self.status_filter.addItem(self.tr("Tất cả"), "all")
        self.trained_filter = QComboBox()
        self.trained_filter.addItem(self.tr("Bồi dưỡng: tất cả"), None)
        self.trained_filter.addItem(self.tr("Đã bồi dưỡng"), True)
        self.trained_filter.addItem(self.tr("Chưa bồi dưỡng"), False)
        for combo in (
            self.village_filter,
            self.role_filter,
            self.status_filter,
            self.trained_filter,
        ):
            combo.currentIndexChanged.connect(lambda _i: self._apply_filter())
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.commune_filter, 1)
        for combo in (
            self.village_filter,
            self.role_filter,
            self.status_filter,
            self.trained_filter,
        ):
            filters.addWidget(combo, 1)

        self.model = MemberTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("memberTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(MemberColumn.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setSectionResizeMode(
            MemberColumn.NAME, QHeaderView.ResizeMode.Interactive
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(MemberColumn.NAME, 190)
        self.table.setColumnWidth(MemberColumn.TEAMS, 220)
        self.table.doubleClicked.connect(lambda _index: self.open_person())
        self.count_label = QLabel()

        self.add_button = QPushButton(self.tr("&Thêm thành viên…"))
        self.open_button = QPushButton(self.tr("&Xem / sửa…"))
        self.delete_button = QPushButton(self.tr("&Xóa…"))
        self.merge_button = QPushButton(self.tr("&Gộp hai bản ghi…"))
        self.import_button = QPushButton(self.tr("&Nhập từ Excel…"))
        self.export_button = QPushButton(self.tr("Xuất &Excel…"))
        self.add_button.clicked.connect(self.add_person)
        self.open_button.clicked.connect(self.open_person)
        self.delete_button.clicked.connect(self.delete_people)
        self.merge_button.clicked.connect(self.merge_people)
        self.import_button.clicked.connect(self.import_requested)
        self.export_button.clicked.connect(self.export_requested)
        actions = QHBoxLayout()
        for button in (self.add_button, self.open_button, self.delete_button, self.merge_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.import_button)
        actions.addWidget(self.export_button)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        QShortcut(QKeySequence.StandardKey.New, self, self.add_person)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_people)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(filters)
        right_layout.addWidget(self.table)
        right_layout.addWidget(self.count_label)
        right_layout.addLayout(actions)
        splitter = QSplitter()
        splitter.setObjectName("rosterSplitter")
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([230, 870])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    # --- loading -------------------------------------------------------------------------

    def reload(self) -> None:
        if not self._controller.is_open:
            return
        self._controller.call(_roster_snapshot, self._show_snapshot, self._on_load_failed)

    def _on_load_failed(self, exc: BaseException) -> None:
        self.model.set_rows([])
        self.count_label.setText(str(exc))

    def _show_snapshot(self, snapshot: Any) -> None:
        profile, teams, members, communes = snapshot
        self._show_communes(communes)
        # Without an own commune this is the upper level's consolidated database: the
        # communes own their data, so the list is for reading only.
        editable = profile is not None
        for button in (
            self.add_team_button,
            self.edit_team_button,
            self.reform_button,
            self.dissolve_button,
            self.add_button,
            self.delete_button,
            self.merge_button,
            self.import_button,
            self.export_button,
        ):
            button.setEnabled(editable)
        self._team_type_name = profile.team_type_name if profile else self._team_type_name
        self._villages = [(v.id, v.name) for v in profile.villages] if profile else []
        self._teams = sorted(
            teams,
            key=lambda t: (
                t.status is TeamStatus.DISSOLVED,
                collation_key(t.commune_name),
                collation_key(t.name),
            ),
        )
        current = self.selected_team_id()
        self.team_list.blockSignals(True)
        self.team_list.clear()
        everyone = QListWidgetItem(self.tr("Tất cả các tổ"))
        everyone.setData(256, ALL)
        self.team_list.addItem(everyone)
        for team in self._teams:
            text = f"{short_team_name(team.name, self._team_type_name)} ({team.active_members})"
            if team.commune_name:
                text += f" — {team.commune_name}"
            if team.status is TeamStatus.DISSOLVED:
                text += " — " + label(team.status)
            item = QListWidgetItem(text)
            item.setData(256, team.id)
            item.setToolTip(
                team.name + "\n" + self.tr("Tổ trưởng: {0}").format(team.leader_name or "—")
            )
            self.team_list.addItem(item)
        row = next(
            (
                i
                for i in range(self.team_list.count())
                if self.team_list.item(i).data(256) == current
            ),
            0,
        )
        self.team_list.setCurrentRow(row)
        self.team_list.blockSignals(False)
        village = self.village_filter.currentData()
        self.village_filter.blockSignals(True)
        self.village_filter.clear()
        self.village_filter.addItem(self.tr("Mọi thôn"), None)
        for village_id, name in self._villages:
            self.village_filter.addItem(name, village_id)
        self.village_filter.setCurrentIndex(max(0, self.village_filter.findData(village)))
        self.village_filter.blockSignals(False)
        self._filter_teams(self.team_search.text())
        self.model.set_team_type_name(self._team_type_name)
        self.model.set_rows(members)
        self._apply_filter()

    def _show_communes(self, communes: list[tuple[str, str]]) -> None:
        self.commune_filter.setVisible(bool(communes))
        current = self.commune_filter.currentData()
        self.commune_filter.blockSignals(True)
        self.commune_filter.clear()
        self.commune_filter.addItem(self.tr("Mọi xã"), None)
        for commune_id, name in sorted(communes, key=lambda c: collation_key(c[1])):
            self.commune_filter.addItem(name, commune_id)
        self.commune_filter.setCurrentIndex(max(0, self.commune_filter.findData(current)))
        self.commune_filter.blockSignals(False)

    def selected_commune_id(self) -> str | None:
        value = self.commune_filter.currentData()
        return value if isinstance(value, str) else None

    def _commune_changed(self) -> None:
        self._filter_teams(self.team_search.text())
        if self.selected_team() is not None and self.team_list.currentItem().isHidden():
            self.team_list.setCurrentRow(0)
        self._apply_filter()

    def _filter_teams(self, text: str) -> None:
        words = fold_for_search(text).split()
        commune_id = self.selected_commune_id()
        teams = {team.id: team for team in self._teams}
        for row in range(1, self.team_list.count()):
            item = self.team_list.item(row)
            team = teams.get(item.data(256))
            hidden = not all(word in fold_for_search(item.text()) for word in words) or (
                commune_id is not None and team is not None and team.commune_id != commune_id
            )
            item.setHidden(hidden)

    def selected_team_id(self) -> str | None:
        item = self.team_list.currentItem()
        value = item.data(256) if item is not None else None
        return value if isinstance(value, str) and value != ALL else None

    def selected_team(self) -> TeamRecord | None:
        team_id = self.selected_team_id()
        return next((t for t in self._teams if t.id == team_id), None)

    def _apply_filter(self) -> None:
        role = self.role_filter.currentData()
        trained = self.trained_filter.currentData()
        village = self.village_filter.currentData()
        self.model.set_filter(
            MemberFilter(
                query=self.search.text(),
                village_id=village if isinstance(village, str) else None,
                team_id=self.selected_team_id(),
                role=as_enum(role, TeamRole),
                status=str(self.status_filter.currentData() or "active"),
                trained=trained if isinstance(trained, bool) else None,
                commune_id=self.selected_commune_id(),
            )
        )
        self.count_label.setText(
            self.tr("{0} / {1} người").format(self.model.rowCount(), self.model.total())
        )

    def show_filters(self, *, status: str = "active", trained: bool | None = None) -> None:
        """The member list with given filters (a dashboard figure clicked through): every
        team, every village, no search text."""
        for combo in (self.status_filter, self.trained_filter, self.village_filter):
            combo.blockSignals(True)
        self.search.blockSignals(True)
        self.search.clear()
        self.team_list.blockSignals(True)
        self.team_list.setCurrentRow(0)
        self.team_list.blockSignals(False)
        self.village_filter.setCurrentIndex(0)
        self.role_filter.setCurrentIndex(0)
        self.status_filter.setCurrentIndex(max(0, self.status_filter.findData(status)))
        self.trained_filter.setCurrentIndex(max(0, self.trained_filter.findData(trained)))
        for combo in (self.status_filter, self.trained_filter, self.village_filter):
            combo.blockSignals(False)
        self.search.blockSignals(False)
        self._apply_filter()

    def selected_rows(self) -> list[MemberRow]:
        rows = []
        for index in self.table.selectionModel().selectedRows():
            row = self.model.row_at(index.row())
            if row is not None:
                rows.append(row)
        return rows

    # --- people --------------------------------------------------------------------------

    def add_person(self) -> None:
        dialog = PersonDialog(self, self._villages)
        team = self.selected_team()
        if team is not None and team.village_id:
            dialog.village.setCurrentIndex(max(0, dialog.village.findData(team.village_id)))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.save_new_person(dialog.value(), team)

    def save_new_person(
        self, data: Any, team: TeamRecord | None, allow_duplicate: bool = False
    ) -> None:
        from tcns_desktop.services.roster import DuplicatePersonError

        def work(ws: Any) -> Any:
            outcome = ws.roster.add_person(data, allow_duplicate=allow_duplicate)
            if team is not None:
                ws.roster.add_member(team.id, outcome.person.id, TeamRole.MEMBER)
            return outcome

        def failed(exc: BaseException) -> None:
            if isinstance(exc, DuplicatePersonError) and self.interactive:
                self._offer_existing(exc, data, team)
            else:
                self._controller.failed.emit(exc)

        self._controller.call(work, self._after_save, failed, changes=True)

    def _offer_existing(self, exc: Any, data: Any, team: TeamRecord | None) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Có thể trùng người"))
        box.setText(exc.message + "\n\n" + self.tr("Dùng người đã có, hay vẫn thêm người mới?"))
        use = box.addButton(self.tr("Dùng người đã có"), QMessageBox.ButtonRole.AcceptRole)
        new = box.addButton(self.tr("Vẫn thêm mới"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is new:
            self.save_new_person(data, team, allow_duplicate=True)
        elif box.clickedButton() is use:
            existing = exc.candidates[0]
            if team is not None:
                self._controller.call(
                    lambda ws: ws.roster.add_member(team.id, existing.id, TeamRole.MEMBER),
                    lambda _r: self.status_message.emit(self.tr("Đã thêm người đã có vào tổ.")),
                    changes=True,
                )
            self.show_person(existing.id)

    def _after_save(self, outcome: Any) -> None:
        message = self.tr("Đã lưu {0}.").format(outcome.person.full_name)
        if outcome.warnings:
            message += " " + self.tr("Lưu ý: {0}").format("; ".join(outcome.warnings))
        self.status_message.emit(message)

    def open_person(self) -> None:
        rows = self.selected_rows()
        if rows:
            self.show_person(rows[0].person.id)

    def show_person(self, person_id: str) -> None:
        dialog = PersonPageDialog(self)
        self._person_dialog = dialog

        def refresh() -> None:
            self._controller.call(lambda ws: ws.roster.person_page(person_id), dialog.show_page)

        def run(work: Any, done_message: str) -> None:
            def done(_result: object) -> None:
                refresh()
                self.status_message.emit(done_message)

            self._controller.call(work, done, changes=True)

        def edit() -> None:
            page = dialog._page
            if page is None:
                return
            editor = PersonDialog(dialog, self._villages, page.person)
            if editor.exec() == QDialog.DialogCode.Accepted:
                value = editor.value()
                run(lambda ws: ws.roster.update_person(person_id, value), self.tr("Đã lưu."))

        def join() -> None:
            chooser = TeamRoleDateDialog(dialog, self.tr("Thêm vào tổ"), self._active_teams())
            if chooser.exec() == QDialog.DialogCode.Accepted and chooser.team_id():
                team_id, role, day = chooser.team_id(), chooser.role_value(), chooser.day()
                run(
                    lambda ws: ws.roster.add_member(team_id, person_id, role, day),
                    self.tr("Đã thêm vào tổ."),
                )

        def move(membership: MembershipRecord) -> None:
            teams = [t for t in self._active_teams() if t.id != membership.team_id]
            chooser = TeamRoleDateDialog(dialog, self.tr("Chuyển tổ"), teams, role=membership.role)
            if chooser.exec() == QDialog.DialogCode.Accepted and chooser.team_id():
                target, role, day = chooser.team_id(), chooser.role_value(), chooser.day()
                run(
                    lambda ws: ws.roster.move_member(membership.id, target, day, role),
                    self.tr("Đã chuyển tổ."),
                )

        def change_role(membership: MembershipRecord) -> None:
            chooser = TeamRoleDateDialog(dialog, self.tr("Đổi chức danh"), role=membership.role)
            if chooser.exec() == QDialog.DialogCode.Accepted:
                role, day = chooser.role_value(), chooser.day()
                run(
                    lambda ws: ws.roster.change_role(membership.id, role, day),
                    self.tr("Đã đổi chức danh."),
                )

        def end(membership: MembershipRecord) -> None:
            chooser = TeamRoleDateDialog(
                dialog, self.tr("Kết thúc tham gia tổ"), with_role=False, with_reason=True
            )
            if chooser.exec() == QDialog.DialogCode.Accepted:
                day, reason = chooser.day(), chooser.reason.text()
                run(
                    lambda ws: ws.roster.end_membership(membership.id, day, reason),
                    self.tr("Đã kết thúc."),
                )

        def skill(skill_value: Any, level: Any) -> None:
            run(
                lambda ws: ws.qualifications.assess_skill(person_id, skill_value, level),
                self.tr("Đã lưu kỹ năng."),
            )

        dialog.edit_requested.connect(edit)
        dialog.join_requested.connect(join)
        dialog.move_requested.connect(move)
        dialog.role_requested.connect(change_role)
        dialog.end_requested.connect(end)
        dialog.skill_changed.connect(skill)
        refresh()
        if self.interactive:
            dialog.exec()

    def delete_people(self) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        names = ", ".join(r.person.full_name for r in rows[:5]) + ("…" if len(rows) > 5 else "")
        if self.interactive:
            answer = QMessageBox.question(
                self,
                self.tr("Xóa thành viên"),
                self.tr(
                    "Xóa {0} người khỏi danh sách: {1}?\n"
                    "Các lượt tham gia tổ đang mở sẽ kết thúc hôm nay; lịch sử vẫn được giữ."
                ).format(len(rows), names),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        ids = [r.person.id for r in rows]

        def work(ws: Any) -> int:
            for person_id in ids:
                ws.roster.delete_person(person_id)
            return len(ids)

        self._controller.call(
            work,
            lambda n: self.status_message.emit(self.tr("Đã xóa {0} người.").format(n)),
            changes=True,
        )

    def merge_people(self) -> None:
        rows = self.selected_rows()
        if len(rows) != 2:
            QMessageBox.information(
                self,
                self.tr("Gộp hai bản ghi"),
                self.tr("Hãy chọn đúng hai dòng của cùng một người (giữ Ctrl khi bấm)."),
            )
            return
        keep, drop = rows
        if self.interactive:
            answer = QMessageBox.question(
                self,
                self.tr("Gộp hai bản ghi"),
                self.tr(
                    "Gộp \u201c{0}\u201d vào \u201c{1}\u201d?\nLịch sử tham gia tổ, bồi dưỡng "
                    "và kỹ năng của cả hai được giữ lại dưới một người."
                ).format(drop.person.full_name, keep.person.full_name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._controller.call(
            lambda ws: ws.roster.merge_people(keep.person.id, drop.person.id),
            lambda p: self.status_message.emit(self.tr("Đã gộp vào {0}.").format(p.full_name)),
            changes=True,
        )

    # --- teams ---------------------------------------------------------------------------

    def _active_teams(self) -> list[TeamRecord]:
        return [t for t in self._teams if t.status is TeamStatus.ACTIVE]

    def add_team(self) -> None:
        dialog = TeamDialog(self, self._villages, self._team_type_name)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            value = dialog.value()
            self._controller.call(
                lambda ws: ws.roster.create_team(value),
                lambda t: self.status_message.emit(self.tr("Đã thêm {0}.").format(t.name)),
                changes=True,
            )

    def edit_team(self) -> None:
        team = self.selected_team()
        if team is None:
            return
        dialog = TeamDialog(self, self._villages, self._team_type_name, team)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            value = dialog.value()
            self._controller.call(lambda ws: ws.roster.update_team(team.id, value), changes=True)

    def dissolve_team(self) -> None:
        team = self.selected_team()
        if team is None or team.status is TeamStatus.DISSOLVED:
            return
        chooser = TeamRoleDateDialog(
            self, self.tr("Giải thể {0}").format(team.name), with_role=False, with_reason=True
        )
        chooser.reason.setPlaceholderText(self.tr("Số quyết định (nếu có)"))
        if chooser.exec() != QDialog.DialogCode.Accepted:
            return
        day, number = chooser.day(), chooser.reason.text()
        self._controller.call(
            lambda ws: ws.roster.dissolve_team(team.id, day, number),
            lambda t: self.status_message.emit(self.tr("Đã giải thể {0}.").format(t.name)),
            changes=True,
        )

    def reform_team(self) -> None:
        """Kiện toàn: tick the new member list with roles; others leave the team that day."""
        team = self.selected_team()
        if team is None:
            return
        dialog = ReformDialog(self, team)
        self._reform_dialog = dialog

        def show(snapshot: Any) -> None:
            members, current = snapshot
            ticked = {m.person_id: (m.role, "") for m in current}
            dialog.checklist.set_people(members, ticked)

        self._controller.call(
            lambda ws: (ws.roster.members(), ws.roster.memberships(team.id)), show
        )
        if self.interactive and dialog.exec() == QDialog.DialogCode.Accepted:
            self.save_reform(team, dialog)

    def save_reform(self, team: TeamRecord, dialog: ReformDialog) -> None:
        members = [
            (person_id, as_enum(role, TeamRole, TeamRole.MEMBER) or TeamRole.MEMBER)
            for person_id, (role, _text) in dialog.checklist.ticked().items()
        ]
        day, number = dialog.day(), dialog.number.text()
        self._controller.call(
            lambda ws: ws.roster.reform_team(team.id, members, day, number),
            lambda t: self.status_message.emit(
                self.tr("Đã kiện toàn {0}: {1} thành viên.").format(t.name, t.active_members)
            ),
            changes=True,
        )

    def choose_export_file(self) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Xuất danh sách ra Excel"), "danh-sach-to-cnscd.xlsx", "Excel (*.xlsx)"
        )
        return Path(name) if name else None


class ReformDialog(QDialog):
    def __init__(self, parent: QWidget | None, team: TeamRecord) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kiện toàn {0}").format(team.name))
        self.setMinimumSize(720, 540)
        self.checklist = PeopleChecklist(list(TeamRole), self.tr("Chức danh trong tổ"))
        self.on = date_edit()
        self.number = QLineEdit()
        self.number.setPlaceholderText(self.tr("Số quyết định kiện toàn (nếu có)"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Từ ngày")))
        top.addWidget(self.on)
        top.addWidget(self.number, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.checklist)
        layout.addWidget(buttons)

    def day(self) -> date:
        return date_of(self.on)


def _roster_snapshot(workspace: Any) -> tuple[Any, Any, Any, Any]:
    profile = workspace.commune.profile()
    communes = workspace.commune.communes() if profile is None else []
    return profile, workspace.roster.teams(), workspace.roster.members(), communes
