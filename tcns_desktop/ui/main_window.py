"""The main window: navigation between work areas, menus, status bar, first-run wizard."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTabWidget,
    QWidget,
)

from tcns_desktop import APP_NAME
from tcns_desktop.domain.enums import SiteMode
from tcns_desktop.errors import DamagedDatabaseError
from tcns_desktop.ui.about_dialog import AboutDialog
from tcns_desktop.ui.error_reporting import ErrorReporter
from tcns_desktop.ui.overview_page import OverviewPage
from tcns_desktop.ui.setup_wizard import SetupWizard
from tcns_desktop.ui.window_state import WindowState
from tcns_desktop.ui.workspace_controller import WorkspaceController

if TYPE_CHECKING:
    from tcns_desktop.ui.activity_page import ActivityPage
    from tcns_desktop.ui.dashboard_page import DashboardPage
    from tcns_desktop.ui.documents_page import DocumentsPage
    from tcns_desktop.ui.indicator_page import IndicatorPage
    from tcns_desktop.ui.platform_page import PlatformPage
    from tcns_desktop.ui.roster_page import RosterPage
    from tcns_desktop.ui.settings_page import SettingsPage
    from tcns_desktop.ui.sync_page import SyncPage
    from tcns_desktop.ui.target_page import TargetPage
    from tcns_desktop.ui.training_page import TrainingPage

log = logging.getLogger(__name__)


class Page:
    OVERVIEW = 0
    TEAMS = 1
    ACTIVITIES = 2
    DOCUMENTS = 3
    SYNC = 4
    SETTINGS = 5


_LAZY_AREAS = (Page.TEAMS, Page.ACTIVITIES, Page.DOCUMENTS, Page.SYNC, Page.SETTINGS)


class MainWindow(QMainWindow):
    first_shown = Signal()
    ready = Signal()  # the database is open and the pages show its data

    def __init__(
        self,
        controller: WorkspaceController,
        reporter: ErrorReporter,
        *,
        interactive: bool = True,
    ) -> None:
        super().__init__()
        self.controller = controller
        self.reporter = reporter
        self.interactive = interactive  # False in tests: no modal dialogs are opened
        self._shown_once = False
        self._members_warmed = False
        self._state = WindowState(controller.paths.window_state_file)
        self.setWindowTitle(APP_NAME)
        self.resize(1100, 720)
        self.setMinimumSize(QSize(800, 560))

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setMaximumWidth(240)
        # Wide pages (the roster's button row) must not squeeze the area names unreadable.
        self.navigation.setMinimumWidth(170)
        self.navigation.setIconSize(QSize(22, 22))
        self.pages = QStackedWidget()
        self.overview = OverviewPage()
        # The other areas are built the first time they are shown (or asked for): their
        # modules and widgets cost more at start-up than the whole window otherwise does.
        self._areas: dict[int, QWidget] = {}
        self._placeholders = {row: QWidget() for row in _LAZY_AREAS}
        style = self.style()
        areas: list[tuple[str, QStyle.StandardPixmap, QWidget]] = [
            (self.tr("Tổng quan"), QStyle.StandardPixmap.SP_DirHomeIcon, self.overview),
            (
                self.tr("Tổ && thành viên"),
                QStyle.StandardPixmap.SP_FileDialogListView,
                self._placeholders[Page.TEAMS],
            ),
            (
                self.tr("Hoạt động"),
                QStyle.StandardPixmap.SP_FileDialogDetailedView,
                self._placeholders[Page.ACTIVITIES],
            ),
            (
                self.tr("Văn bản && báo cáo"),
                QStyle.StandardPixmap.SP_FileIcon,
                self._placeholders[Page.DOCUMENTS],
            ),
            (
                self.tr("Đồng bộ"),
                QStyle.StandardPixmap.SP_DriveFDIcon,
                self._placeholders[Page.SYNC],
            ),
            (
                self.tr("Cài đặt"),
                QStyle.StandardPixmap.SP_FileDialogContentsView,
                self._placeholders[Page.SETTINGS],
            ),
        ]
        for title, icon, page in areas:
            QListWidgetItem(style.standardIcon(icon), title.replace("&&", "&"), self.navigation)
            self.pages.addWidget(page)
        self.navigation.currentRowChanged.connect(self._on_navigation_changed)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("mainSplitter")
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        splitter.setCollapsible(0, False)
        splitter.setSizes([200, 900])
        self.setCentralWidget(splitter)

        self.commune_label = QLabel()
        self.statusBar().addPermanentWidget(self.commune_label)
        self.statusBar().showMessage(self.tr("Đang mở dữ liệu…"))
        self._build_menus()
        self._state.restore(self)
        self.navigation.setCurrentRow(min(self._state.page(), len(areas) - 1))

        controller.opened.connect(self._on_opened)
        controller.open_failed.connect(self._on_open_failed)
        controller.data_changed.connect(self.refresh)
        controller.failed.connect(reporter.report)

    # --- the work areas, built on first use ----------------------------------------------

    def _area(self, row: int) -> QWidget:
        """The area's widget, built (and filled, if the data is open) the first time."""
        built = self._areas.get(row)
        if built is not None:
            return built
        widget = self._build_area(row)
        self._areas[row] = widget
        placeholder = self._placeholders[row]
        current = self.pages.currentIndex()
        self.pages.insertWidget(row, widget)
        self.pages.removeWidget(placeholder)
        placeholder.deleteLater()
        self.pages.setCurrentIndex(current)
        if self.controller.is_open:
            self._reload_area(row)
        return widget

    def _build_area(self, row: int) -> QWidget:
        interactive = self.interactive
        controller = self.controller
        if row == Page.TEAMS:
            from tcns_desktop.ui import roster_page, training_page

            self._roster = roster_page.RosterPage(controller)
            self._roster.interactive = interactive
            self._roster.import_requested.connect(self.import_roster)
            self._roster.export_requested.connect(self.export_roster)
            self._training = training_page.TrainingPage(controller)
            self._training.interactive = interactive
            people = QTabWidget()
            people.setObjectName("peopleTabs")
            people.addTab(self._roster, self.tr("Tổ và thành viên"))
            people.addTab(self._training, self.tr("Bồi dưỡng"))
            for page in (self._roster, self._training):
                page.status_message.connect(self._show_status)
            return people
        if row == Page.ACTIVITIES:
            from tcns_desktop.ui import (
                activity_page,
                dashboard_page,
                indicator_page,
                platform_page,
                target_page,
            )

            self._activities = activity_page.ActivityPage(controller)
            self._dashboard = dashboard_page.DashboardPage(controller)
            self._targets = target_page.TargetPage(controller)
            self._indicators = indicator_page.IndicatorPage(controller)
            self._platforms = platform_page.PlatformPage(controller)
            work = QTabWidget()
            work.setObjectName("activityTabs")
            work.addTab(self._activities, self.tr("Nhật ký hoạt động"))
            work.addTab(self._dashboard, self.tr("Bảng theo dõi"))
            work.addTab(self._targets, self.tr("Chỉ tiêu"))
            work.addTab(self._indicators, self.tr("Danh mục chỉ số"))
            work.addTab(self._platforms, self.tr("Nền tảng, dịch vụ"))
            for tab in (self._activities, self._targets, self._indicators, self._platforms):
                tab.interactive = interactive
                tab.status_message.connect(self._show_status)
            self._dashboard.open_activities.connect(self.show_activities)
            self._dashboard.open_members.connect(self.show_members)
            self._activities.show_dashboard.connect(lambda: work.setCurrentWidget(self._dashboard))
            return work
        if row == Page.DOCUMENTS:
            from tcns_desktop.ui import documents_page

            self._documents = documents_page.DocumentsPage(controller)
            self._documents.interactive = interactive
            self._documents.status_message.connect(self._show_status)
            return self._documents

        if row == Page.SETTINGS:
            from tcns_desktop.ui import settings_page

            self._settings = settings_page.SettingsPage(controller)
            self._settings.status_message.connect(self._show_status)
            return self._settings
        from tcns_desktop.ui import sync_page

        self._sync = sync_page.SyncPage(controller)
        self._sync.interactive = interactive
        self._sync.status_message.connect(self._show_status)
        return self._sync

    def _reload_area(self, row: int) -> None:
        if row == Page.TEAMS:
            self._roster.reload()
            self._training.reload()
        elif row == Page.ACTIVITIES:
            for tab in (
                self._activities,
                self._dashboard,
                self._targets,
                self._indicators,
                self._platforms,
            ):
                tab.reload()
        elif row == Page.DOCUMENTS:
            self._documents.reload()
        elif row == Page.SYNC:
            self._sync.reload()
        elif row == Page.SETTINGS:
            self._settings.reload()

    @property
    def people(self) -> QTabWidget:
        widget = self._area(Page.TEAMS)
        assert isinstance(widget, QTabWidget)
        return widget

    @property
    def roster(self) -> RosterPage:
        self._area(Page.TEAMS)
        return self._roster

    @property
    def training(self) -> TrainingPage:
        self._area(Page.TEAMS)
        return self._training

    @property
    def work(self) -> QTabWidget:
        widget = self._area(Page.ACTIVITIES)
        assert isinstance(widget, QTabWidget)
        return widget

    @property
    def activities(self) -> ActivityPage:
        self._area(Page.ACTIVITIES)
        return self._activities

    @property
    def dashboard(self) -> DashboardPage:
        self._area(Page.ACTIVITIES)
        return self._dashboard

    @property
    def targets(self) -> TargetPage:
        self._area(Page.ACTIVITIES)
        return self._targets

    @property
    def indicators(self) -> IndicatorPage:
        self._area(Page.ACTIVITIES)
        return self._indicators

    @property
    def platforms(self) -> PlatformPage:
        self._area(Page.ACTIVITIES)
        return self._platforms

    @property
    def documents(self) -> DocumentsPage:
        self._area(Page.DOCUMENTS)
        return self._documents

    @property
    def settings(self) -> SettingsPage:
        self._area(Page.SETTINGS)
        return self._settings

    @property
    def sync(self) -> SyncPage:
        self._area(Page.SYNC)
        return self._sync

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Tệp"))
        self.backup_action = QAction(self.tr("&Sao lưu ngay"), self)
        self.backup_action.setShortcut(QKeySequence("Ctrl+B"))
        self.backup_action.triggered.connect(lambda: self.settings.backup_now())
        self.restore_action = QAction(self.tr("&Khôi phục từ bản sao lưu…"), self)
        self.restore_action.triggered.connect(self._show_restore)
        # For a fresh database whose first-run wizard was closed (a commune's details are
        # edited in Cài đặt afterwards; the upper level's database has none).
        self.setup_action = QAction(self.tr("Thiết lập thông tin &xã…"), self)
        self.setup_action.setEnabled(False)
        self.setup_action.triggered.connect(self.run_setup_wizard)
        open_folder = QAction(self.tr("Mở &thư mục dữ liệu"), self)
        open_folder.triggered.connect(self._open_data_folder)
        quit_action = QAction(self.tr("&Thoát"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        for action in (self.setup_action, self.backup_action, self.restore_action, open_folder):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)

        view_menu = self.menuBar().addMenu(self.tr("&Xem"))
        for row in range(self.navigation.count()):
            item = self.navigation.item(row)
            action = QAction(item.text(), self)
            action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            action.triggered.connect(lambda _checked=False, r=row: self.navigation.setCurrentRow(r))
            view_menu.addAction(action)

        help_menu = self.menuBar().addMenu(self.tr("Trợ &giúp"))
        about = QAction(self.tr("&Giới thiệu"), self)
        about.setShortcut(QKeySequence.StandardKey.HelpContents)
        about.triggered.connect(self._show_about)
        help_menu.addAction(about)

    # --- start-up ------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            # After the first paint: open the database only once the window is on screen.
            QTimer.singleShot(0, self.first_shown.emit)

    def _on_opened(self, report: Any) -> None:
        messages = []
        if report.migrated:
            messages.append(self.tr("Đã nâng cấp cấu trúc dữ liệu (có bản sao lưu trước đó)."))
        if report.identity_rotated:
            messages.append(
                self.tr("Tệp dữ liệu là bản sao hoặc bản khôi phục; đã cấp mã CSDL mới.")
            )
        self._show_status(" ".join(messages) or self.tr("Sẵn sàng."))
        self.refresh()
        self.controller.call(lambda ws: ws.summary(), self._maybe_run_wizard)

    def _maybe_run_wizard(self, summary: Any) -> None:
        if summary.profile is None and summary.site.mode is SiteMode.COMMUNE:
            self.run_setup_wizard()
        self.ready.emit()

    def run_setup_wizard(self) -> None:
        wizard = SetupWizard(self)
        self._wizard = wizard
        if not self.interactive:
            return
        if wizard.exec() == QDialog.DialogCode.Accepted:
            self.save_setup(wizard.setup())
        else:
            self._show_status(
                self.tr("Chưa thiết lập thông tin xã. Có thể thiết lập trong mục Cài đặt.")
            )

    def save_setup(self, setup: Any) -> None:
        self.controller.call(
            lambda ws: ws.commune.save_setup(setup),
            lambda profile: self._show_status(
                self.tr("Đã lưu thông tin {0}.").format(profile.display_name)
            ),
            changes=True,
        )

    def _on_open_failed(self, exc: BaseException) -> None:
        if isinstance(exc, DamagedDatabaseError):
            self._handle_damaged(exc)
            return
        self._show_status(self.tr("Không mở được dữ liệu."))
        self.reporter.report(exc)

    def _handle_damaged(self, exc: DamagedDatabaseError) -> None:
        self._show_status(self.tr("Tệp dữ liệu bị hỏng."))
        self.reporter.shown.append(exc.message)
        if not self.interactive:
            return
        self.controller.latest_good_backup(lambda record: self._offer_restore(exc, record))

    def _offer_restore(self, exc: DamagedDatabaseError, record: Any) -> None:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(self.tr("Tệp dữ liệu bị hỏng"))
        if record is not None:
            box.setText(
                exc.message
                + "\n\n"
                + self.tr("Bản sao lưu tốt gần nhất: {0}.").format(record.created_at)
            )
            restore = box.addButton(self.tr("Khôi phục bản này"), QMessageBox.ButtonRole.AcceptRole)
        else:
            box.setText(exc.message + "\n\n" + self.tr("Không tìm thấy bản sao lưu nào còn tốt."))
            restore = None
        fresh = box.addButton(
            self.tr("Bắt đầu dữ liệu mới (giữ lại tệp hỏng)"), QMessageBox.ButtonRole.ActionRole
        )
        box.addButton(self.tr("Thoát"), QMessageBox.ButtonRole.RejectRole)
        box.setDetailedText("\n".join(exc.problems))
        box.exec()
        clicked = box.clickedButton()
        if restore is not None and clicked is restore:
            self.controller.restore_latest_and_open(
                lambda _report: self._show_status(self.tr("Đã khôi phục từ bản sao lưu."))
            )
        elif clicked is fresh:
            self.controller.set_damaged_aside_and_open()
        else:
            QTimer.singleShot(0, self.close)

    # --- refresh -------------------------------------------------------------------------

    def refresh(self) -> None:
        self.controller.call(lambda ws: ws.summary(), self._show_summary)
        for row in self._areas:
            self._reload_area(row)
        if Page.TEAMS not in self._areas and not self._members_warmed:
            # The member list of a province takes a moment to read the first time: read it
            # now, on the database lane, so the clerk who opens the roster sees it at once.
            self._members_warmed = True
            self.controller.call(
                lambda ws: ws.roster.members(),
                on_failure=lambda _exc: None,  # no commune yet: the roster page will say so
            )

    def show_activities(self, query: Any) -> None:
        """The activity list answering ``query`` (a dashboard figure clicked through)."""
        self.navigation.setCurrentRow(Page.ACTIVITIES)
        self.work.setCurrentWidget(self.activities)
        self.activities.show_query(query)

    def show_members(self, filters: dict[str, Any]) -> None:
        self.navigation.setCurrentRow(Page.TEAMS)
        self.people.setCurrentWidget(self.roster)
        self.roster.show_filters(**filters)

    def _show_summary(self, summary: Any) -> None:
        self.overview.show_summary(summary)
        self.setup_action.setEnabled(
            summary.profile is None and summary.site.mode is SiteMode.COMMUNE
        )
        profile = summary.profile
        if profile is not None:
            self.commune_label.setText(f"{profile.display_name} · {profile.province_name}")
            self.setWindowTitle(f"{profile.display_name} — {APP_NAME}")
        elif summary.site.mode is SiteMode.HUB:
            self.commune_label.setText(self.tr("Cấp trên (tổng hợp)"))

    # --- actions -------------------------------------------------------------------------

    def import_roster(self) -> None:
        from tcns_desktop.ui.import_dialog import ImportDialog

        dialog = ImportDialog(self, self.controller)
        self._import_dialog = dialog
        if self.interactive:
            dialog.choose_and_preview()
            dialog.exec()

    def export_roster(self) -> None:
        target = self.roster.choose_export_file() if self.interactive else None
        if target is None:
            return
        self.controller.call(
            lambda ws: ws.roster_export.export(target),
            lambda path: self._show_status(self.tr("Đã xuất danh sách ra {0}").format(path)),
        )

    def _on_navigation_changed(self, row: int) -> None:
        if row in _LAZY_AREAS:
            self._area(row)
        self.pages.setCurrentIndex(row)
        self.setProperty("current_page", row)

    def _show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 10_000)

    def _show_about(self) -> None:
        AboutDialog(self, self.controller.paths).exec()

    def _show_restore(self) -> None:
        self.navigation.setCurrentRow(Page.SETTINGS)
        self.settings.backup_list.setFocus()

    def _open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(self.controller.paths.data_dir))))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        self._state.save(self)
        self.controller.close()
        event.accept()
        app = QApplication.instance()
        if app is not None:
            app.quit()
