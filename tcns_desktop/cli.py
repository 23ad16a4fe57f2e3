"""The ``tcns`` command line: composition root for every command, and the way into the window."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TextIO

from tcns_desktop import __version__, document_commands, sync_commands
from tcns_desktop.errors import TcnsError
from tcns_desktop.logging_setup import configure_logging
from tcns_desktop.paths import AppPaths
from tcns_desktop.preferences import LANGUAGES, Preferences, load_preferences, save_preferences
from tcns_desktop.translation_catalog import Catalog, load_catalog

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


class Console:
    """Output of one command in the user's language (``translate`` is found by lupdate)."""

    def __init__(self, catalog: Catalog, out: TextIO, err: TextIO) -> None:
        self._catalog = catalog
        self._out = out
        self._err = err

    def translate(self, context: str, text: str) -> str:
        return self._catalog.translate(context, text)

    def say(self, text: str) -> None:
        print(text, file=self._out)

    def fail(self, text: str) -> None:
        print(text, file=self._err)


def main(argv: Sequence[str] | None = None) -> int:
    _use_utf8_output()
    args_list = list(sys.argv[1:] if argv is None else argv)
    early = _early_options(args_list)
    paths = AppPaths.resolve(early.data_dir)
    preferences = load_preferences(paths.preferences_file)
    language = early.lang or preferences.language
    console = Console(load_catalog(language), sys.stdout, sys.stderr)
    parser = _build_parser(console)
    args = parser.parse_args(args_list)
    if args.smoke_test:
        from tcns_desktop.app import smoke_test

        return smoke_test()
    command: Callable[[argparse.Namespace, AppPaths, Preferences, Console], int] | None
    command = getattr(args, "handler", None)
    if command is None:
        from tcns_desktop.app import run_gui

        return run_gui(paths, preferences, language=language)
    try:
        paths.ensure()
        configure_logging(paths, verbose=args.verbose)
        return int(command(args, paths, preferences, console))
    except TcnsError as exc:
        log.warning("Command failed: %s (%s)", exc.message, exc.detail)
        console.fail(console.translate("cli", "Lỗi: {message}").format(message=exc.message))
        for problem in getattr(exc, "problems", []):
            console.fail(f"  - {problem}")
        return exc.exit_code
    except KeyboardInterrupt:
        console.fail(console.translate("cli", "Đã dừng theo yêu cầu."))
        return 130


def _use_utf8_output() -> None:
    """Vietnamese must survive output redirected to a file or a pipe.

    On Windows such streams default to the ANSI code page, which cannot encode Vietnamese and
    would raise UnicodeEncodeError in the middle of a command.
    """
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        if encoding != "utf8" and hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")


def _early_options(argv: list[str]) -> argparse.Namespace:
    early = argparse.ArgumentParser(add_help=False)
    early.add_argument("--data-dir")
    early.add_argument("--lang", choices=LANGUAGES)
    known, _ = early.parse_known_args(argv)
    return known


def _build_parser(console: Console) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tcns",
        description=console.translate(
            "cli", "TCNS Desktop: quản lý Tổ công nghệ số cộng đồng cấp xã."
        ),
    )
    parser.add_argument("--version", action="version", version=f"TCNS Desktop {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=console.translate(
            "cli", "thư mục chứa dữ liệu, cấu hình, nhật ký và sao lưu (thay cho mặc định)"
        ),
    )
    parser.add_argument(
        "--lang", choices=LANGUAGES, help=console.translate("cli", "ngôn ngữ: vi hoặc en")
    )
    parser.add_argument(
        "--verbose", action="store_true", help=console.translate("cli", "ghi nhật ký chi tiết")
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help=console.translate(
            "cli", "kiểm tra nhanh bản cài đặt (tạo CSDL tạm, nạp phông chữ, bản dịch)"
        ),
    )
    commands = parser.add_subparsers(title=console.translate("cli", "lệnh"), metavar="COMMAND")

    gui = commands.add_parser(
        "gui", help=console.translate("cli", "mở cửa sổ chương trình (mặc định)")
    )
    # For the start-up benchmark only: quit when the window is shown / the data is on screen.
    gui.add_argument("--exit-when", choices=("shown", "ready"), help=argparse.SUPPRESS)
    gui.add_argument("--timing-file", type=Path, help=argparse.SUPPRESS)
    gui.set_defaults(handler=_run_gui)

    init = commands.add_parser(
        "init", help=console.translate("cli", "thiết lập thông tin xã không cần cửa sổ")
    )
    init.add_argument(
        "--config", type=Path, help=console.translate("cli", "tệp TOML chứa thông tin xã")
    )
    init.add_argument(
        "--print-example", action="store_true", help=console.translate("cli", "in tệp mẫu")
    )
    init.add_argument("--province-code")
    init.add_argument("--province-name", default="")
    init.add_argument("--commune-code")
    init.add_argument("--commune-name")
    init.add_argument("--kind", default="xa", help="xa | phuong | thi_tran | dac_khu")
    init.add_argument("--chair", help=console.translate("cli", "họ tên Chủ tịch UBND"))
    init.add_argument("--vice-chair", action="append", default=[])
    init.add_argument("--place-name", default="")
    init.add_argument("--document-symbol", default="QĐ-UBND")
    init.add_argument("--upper-office", default="")
    init.add_argument(
        "--village",
        action="append",
        default=[],
        help=console.translate("cli", "tên thôn (lặp lại)"),
    )
    init.set_defaults(handler=_run_init)

    demo = commands.add_parser(
        "demo", help=console.translate("cli", "tạo dữ liệu mẫu để thử và đo tốc độ")
    )
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--scale", choices=("commune", "district", "province"), default="commune")
    demo.set_defaults(handler=_run_demo)

    check = commands.add_parser(
        "check", help=console.translate("cli", "kiểm tra tính toàn vẹn và phiên bản dữ liệu")
    )
    check.set_defaults(handler=_run_check)

    backup = commands.add_parser("backup", help=console.translate("cli", "sao lưu dữ liệu ngay"))
    backup.add_argument(
        "--list", action="store_true", help=console.translate("cli", "liệt kê các bản sao lưu")
    )
    backup.set_defaults(handler=_run_backup)

    restore = commands.add_parser(
        "restore", help=console.translate("cli", "khôi phục dữ liệu từ bản sao lưu")
    )
    restore.add_argument("file", nargs="?", type=Path, help=console.translate("cli", "tệp sao lưu"))
    restore.add_argument(
        "--latest",
        action="store_true",
        help=console.translate("cli", "dùng bản sao lưu tốt gần nhất"),
    )
    restore.set_defaults(handler=_run_restore)

    roster = commands.add_parser("roster", help=console.translate("cli", "danh sách thành viên"))
    roster_commands = roster.add_subparsers(metavar="ACTION", required=True)
    roster_import = roster_commands.add_parser(
        "import", help=console.translate("cli", "nhập danh sách từ Excel hoặc CSV")
    )
    roster_import.add_argument("file", type=Path)
    roster_import.add_argument(
        "--dry-run", action="store_true", help=console.translate("cli", "chỉ kiểm tra, không ghi")
    )
    roster_import.add_argument(
        "--rejected-out",
        type=Path,
        help=console.translate("cli", "lưu các dòng bị từ chối (kèm cột Lỗi) vào tệp này"),
    )
    roster_import.set_defaults(handler=_run_roster_import)
    roster_export = roster_commands.add_parser(
        "export", help=console.translate("cli", "xuất danh sách ra Excel")
    )
    roster_export.add_argument("out", type=Path)
    roster_export.add_argument(
        "--qualifications",
        action="store_true",
        help=console.translate("cli", "xuất bồi dưỡng và 5 kỹ năng số thay cho danh sách"),
    )
    roster_export.set_defaults(handler=_run_roster_export)

    stats = commands.add_parser(
        "stats",
        help=console.translate("cli", "số liệu của một kỳ: tổ, thành viên, hoạt động, chỉ tiêu"),
    )
    stats.add_argument(
        "--period",
        required=True,
        metavar="KỲ",
        help=console.translate(
            "cli", "kỳ thống kê: 2026-07 (tháng), 2026-Q3 (quý), 2026-H2 (6 tháng), 2026 (năm)"
        ),
    )
    stats.add_argument(
        "--commune",
        metavar="MÃ",
        help=console.translate("cli", "cấp trên: chỉ tính một xã (mã 5 chữ số)"),
    )
    stats.add_argument(
        "--idle-days",
        type=int,
        default=30,
        metavar="N",
        help=console.translate("cli", "số ngày không hoạt động để nêu tên thôn, tổ (mặc định 30)"),
    )
    stats.add_argument(
        "--json",
        action="store_true",
        help=console.translate("cli", "in dạng JSON (khóa cố định) thay cho bảng"),
    )
    stats.set_defaults(handler=_run_stats)

    document_commands.register(commands, console)
    sync_commands.add_parsers(commands, console, _with_workspace)
    config = commands.add_parser("config", help=console.translate("cli", "xem hoặc đổi cài đặt"))
    config.add_argument("--language", choices=LANGUAGES)
    config.add_argument("--clerk-name")
    config.add_argument("--backups-to-keep", type=int)
    config.set_defaults(handler=_run_config)
    return parser


def _run_gui(args: argparse.Namespace, paths: AppPaths, prefs: Preferences, con: Console) -> int:
    from tcns_desktop.app import run_gui

    return run_gui(
        paths,
        prefs,
        language=args.lang or prefs.language,
        exit_when=args.exit_when,
        timing_file=args.timing_file,
    )


def _with_workspace(handler: Any) -> Any:
    """A command of (args, workspace, console) as a command-line handler: the workspace is
    opened (safely, as every command does) and closed whatever happens."""

    def run(args: argparse.Namespace, paths: AppPaths, prefs: Preferences, con: Console) -> int:
        workspace: Any = _open(paths, prefs, con)
        try:
            return int(handler(args, workspace, con))
        finally:
            workspace.close()

    return run


def _open(paths: AppPaths, prefs: Preferences, con: Console) -> object:
    from tcns_desktop.services.workspace import Workspace

    workspace, report = Workspace.open(paths, prefs)
    if report.migration_backup:
        con.say(
            con.translate(
                "cli", "Đã nâng cấp cấu trúc dữ liệu; bản sao lưu trước khi nâng cấp: {path}"
            ).format(path=report.migration_backup)
        )
    if report.identity_rotated:
        con.say(
            con.translate(
                "cli",
                "Lưu ý: tệp dữ liệu là bản sao hoặc bản khôi phục; đã cấp mã CSDL mới để "
                "cấp trên không trộn lẫn lịch sử.",
            )
        )
    return workspace


def _run_init(args: argparse.Namespace, paths: AppPaths, prefs: Preferences, con: Console) -> int:
    from tcns_desktop.domain.enums import CommuneKind, LeaderRole
    from tcns_desktop.domain.records import CommuneSetup, LeaderInput, VillageInput
    from tcns_desktop.services.commune_config import EXAMPLE, read_setup_file
    from tcns_desktop.services.workspace import Workspace

    if args.print_example:
        con.say(EXAMPLE)
        return EXIT_OK
    if args.config is not None:
        setup = read_setup_file(args.config)
    else:
        if not (args.province_code and args.commune_code and args.commune_name and args.chair):
            con.fail(
                con.translate(
                    "cli",
                    "Cần --config FILE.toml, hoặc đủ --province-code, --commune-code, "
                    "--commune-name và --chair. Xem mẫu: tcns init --print-example",
                )
            )
            return EXIT_USAGE
        kind = CommuneKind.from_label(args.kind)
        leaders = [LeaderInput(args.chair, "", LeaderRole.CHAIR)]
        leaders += [LeaderInput(name, "", LeaderRole.VICE_CHAIR) for name in args.vice_chair]
        setup = CommuneSetup(
            province_code=args.province_code,
            province_name=args.province_name,
            commune_code=args.commune_code,
            commune_name=args.commune_name,
            commune_kind=kind if isinstance(kind, CommuneKind) else CommuneKind.XA,
            place_name=args.place_name,
            document_symbol=args.document_symbol,
            upper_office_name=args.upper_office,
            leaders=tuple(leaders),
            villages=tuple(VillageInput(name) for name in args.village),
        )
    workspace = _open(paths, prefs, con)
    assert isinstance(workspace, Workspace)
    try:
        profile = workspace.commune.save_setup(setup)
    finally:
        workspace.close()
    con.say(
        con.translate(
            "cli", "Đã lưu thông tin {name} (mã {code}, {province}), {villages} thôn/tổ dân phố."
        ).format(
            name=profile.display_name,
            code=profile.commune_code,
            province=profile.province_name,
            villages=len(profile.villages),
        )
    )
    return EXIT_OK


def _run_demo(args: argparse.Namespace, paths: AppPaths, prefs: Preferences, con: Console) -> int:
    from tcns_desktop.services.demo import generate_demo
    from tcns_desktop.services.workspace import Workspace

    workspace = _open(paths, prefs, con)
    assert isinstance(workspace, Workspace)

    def progress(step: str, done: int, total: int) -> None:
        con.say(f"  {step}: {done:,}/{total:,}")

    try:
        report = generate_demo(workspace, seed=args.seed, scale=args.scale, progress=progress)
    finally:
        workspace.close()
    if report.backup:
        con.say(
            con.translate("cli", "Đã sao lưu trước khi tạo dữ liệu mẫu: {path}").format(
                path=report.backup
            )
        )
    con.say(
        con.translate(
            "cli",
            "Đã tạo dữ liệu mẫu: {communes} xã, {teams} tổ, {people} thành viên, "
            "{activities} hoạt động trong {seconds:.1f} giây.",
        ).format(
            communes=report.communes,
            teams=report.teams,
            people=report.people,
            activities=report.activities,
            seconds=report.seconds,
        )
    )
    return EXIT_OK


def _run_check(args: argparse.Namespace, paths: AppPaths, prefs: Preferences, con: Console) -> int:
    from tcns_desktop.domain.enums import SiteMode
    from tcns_desktop.services.database_health import check_database

    report = check_database(paths.database_file)
    con.say(con.translate("cli", "Tệp dữ liệu: {path}").format(path=report.database_file))
    if not report.integrity_ok:
        con.say(con.translate("cli", "Tính toàn vẹn: HỎNG"))
        for message in report.integrity_messages:
            con.say(f"  - {message}")
        con.say(con.translate("cli", "Khôi phục bản sao lưu tốt gần nhất: tcns restore --latest"))
        return EXIT_FAILED
    if not Path(report.database_file).exists():
        con.say(con.translate("cli", "Chưa có tệp dữ liệu (sẽ được tạo khi mở chương trình)."))
        return EXIT_OK
    if report.site is None:
        return EXIT_OK
    con.say(con.translate("cli", "Tính toàn vẹn: tốt"))
    state = (
        con.translate("cli", "mới nhất")
        if report.schema_current
        else con.translate("cli", "cần nâng cấp")
    )
    con.say(
        con.translate("cli", "Phiên bản cấu trúc: {revision} (mới nhất: {head}) — {state}").format(
            revision=report.schema_revision or "-", head=report.schema_head, state=state
        )
    )
    con.say(con.translate("cli", "Mã máy (site): {site}").format(site=report.site.site_id))
    con.say(con.translate("cli", "Mã CSDL: {database}").format(database=report.site.database_id))
    if report.site.mode is SiteMode.HUB:
        con.say(con.translate("cli", "Cơ sở dữ liệu tổng hợp của cấp trên."))
    elif not report.commune_configured:
        con.say(con.translate("cli", "Chưa thiết lập thông tin xã."))
    for table, count in report.row_counts.items():
        con.say(f"  {table}: {count:,}")
    return EXIT_OK


def _run_backup(args: argparse.Namespace, paths: AppPaths, prefs: Preferences, con: Console) -> int:
    from tcns_desktop.domain.enums import BackupReason
    from tcns_desktop.services import maintenance
    from tcns_desktop.services.workspace import Workspace

    if args.list:
        records = maintenance.backups(paths)
        if not records:
            con.say(con.translate("cli", "Chưa có bản sao lưu nào."))
        for record in records:
            reason = BackupReason.label_of(record.reason)
            con.say(
                f"{record.created_at}  {record.size_bytes / 1024:,.0f} KB  {reason}  {record.path}"
            )
        return EXIT_OK
    workspace = _open(paths, prefs, con)
    assert isinstance(workspace, Workspace)
    try:
        target = workspace.backup("manual", keep=prefs.backups_to_keep)
    finally:
        workspace.close()
    con.say(con.translate("cli", "Đã sao lưu vào {path}").format(path=target))
    return EXIT_OK


def _run_restore(
    args: argparse.Namespace, paths: AppPaths, prefs: Preferences, con: Console
) -> int:
    from tcns_desktop.services import maintenance

    if args.latest:
        record = maintenance.latest_good_backup(paths)
        if record is None:
            con.fail(con.translate("cli", "Không có bản sao lưu nào còn tốt để khôi phục."))
            return EXIT_FAILED
        source = Path(record.path)
    elif args.file is not None:
        source = args.file
    else:
        con.fail(con.translate("cli", "Hãy chỉ ra tệp sao lưu, hoặc dùng --latest."))
        return EXIT_USAGE
    report = maintenance.restore_backup(paths, source)
    con.say(
        con.translate("cli", "Đã khôi phục dữ liệu từ {path}").format(path=report.restored_from)
    )
    if report.previous_saved_as:
        label = (
            con.translate("cli", "Tệp hỏng trước đó được giữ lại tại {path}").format(
                path=report.previous_saved_as
            )
            if report.previous_was_damaged
            else con.translate("cli", "Dữ liệu trước khi khôi phục được lưu tại {path}").format(
                path=report.previous_saved_as
            )
        )
        con.say(label)
    return EXIT_OK


def _run_roster_import(
    args: argparse.Namespace, paths: AppPaths, prefs: Preferences, con: Console
) -> int:
    """Exit 0: every row imported; 1: some rows rejected; 2: the file could not be read."""
    from tcns_desktop.services.roster_import import REJECT, UNCHANGED
    from tcns_desktop.services.workspace import Workspace

    workspace = _open(paths, prefs, con)
    assert isinstance(workspace, Workspace)
    try:
        preview = workspace.roster_import.preview(args.file)
        con.say(
            con.translate(
                "cli",
                "{file}: {add} thêm mới, {update} cập nhật, {same} không đổi, {reject} bị từ chối.",
            ).format(
                file=preview.file_name,
                add=preview.count("add"),
                update=preview.count("update"),
                same=preview.count(UNCHANGED),
                reject=preview.count(REJECT),
            )
        )
        for problem in preview.sheet_problems:
            con.say(f"  ! {problem}")
        for row in preview.rows:
            for error in row.errors:
                con.say(
                    con.translate("cli", "  Lỗi — {where}: {message}").format(
                        where=row.where, message=error
                    )
                )
            for warning in row.warnings:
                con.say(
                    con.translate("cli", "  Lưu ý — {where}: {message}").format(
                        where=row.where, message=warning
                    )
                )
        if preview.new_villages:
            con.say(
                con.translate("cli", "Thôn mới: {names}").format(
                    names=", ".join(preview.new_villages)
                )
            )
        if preview.new_teams:
            con.say(
                con.translate("cli", "Tổ mới: {names}").format(names=", ".join(preview.new_teams))
            )
        if args.rejected_out and preview.rejected:
            count = workspace.roster_import.save_rejected(preview, args.rejected_out)
            con.say(
                con.translate("cli", "Đã lưu {count} dòng bị từ chối vào {path}").format(
                    count=count, path=args.rejected_out
                )
            )
        if args.dry_run:
            con.say(con.translate("cli", "Chạy thử: chưa ghi gì vào dữ liệu."))
        else:
            result = workspace.roster_import.apply(args.file, preview)
            con.say(
                con.translate(
                    "cli", "Đã nhập: {added} thêm mới, {updated} cập nhật; sao lưu trước: {backup}"
                ).format(added=result.added, updated=result.updated, backup=result.backup or "-")
            )
    finally:
        workspace.close()
    return EXIT_FAILED if preview.rejected or preview.sheet_problems else EXIT_OK


def _run_roster_export(
    args: argparse.Namespace, paths: AppPaths, prefs: Preferences, con: Console
) -> int:
    from tcns_desktop.services.workspace import Workspace

    workspace = _open(paths, prefs, con)
    assert isinstance(workspace, Workspace)
    try:
        exporter = (
            workspace.qualification_export if args.qualifications else workspace.roster_export
        )
        target = exporter.export(args.out)
    finally:
        workspace.close()
    con.say(con.translate("cli", "Đã xuất danh sách ra {path}").format(path=target))
    return EXIT_OK


def _run_stats(args: argparse.Namespace, paths: AppPaths, prefs: Preferences, con: Console) -> int:
    """Exit 0: figures printed; 1: an invalid period, commune or database state."""
    import json

    from tcns_desktop.domain.periods import Period
    from tcns_desktop.domain.statistics_records import statistics_as_dict
    from tcns_desktop.errors import ValidationError
    from tcns_desktop.services.workspace import Workspace

    try:
        period = Period.parse(args.period)
    except ValueError as exc:
        raise ValidationError(str(exc)) from exc
    workspace = _open(paths, prefs, con)
    assert isinstance(workspace, Workspace)
    try:
        commune_id = None
        if args.commune:
            commune_id = workspace.statistics.commune_id_of(args.commune)
        record = workspace.statistics.compute(
            period, commune_id=commune_id, idle_days=args.idle_days
        )
    finally:
        workspace.close()
    if args.json:
        con.say(json.dumps(statistics_as_dict(record), ensure_ascii=False, indent=2))
    else:
        _print_statistics(record, con)
    return EXIT_OK


def _print_statistics(record: object, con: Console) -> None:
    """The figures as Vietnamese tables (English with --lang en, data names as stored)."""
    import textwrap

    from tcns_desktop.domain.number_format import format_number, format_percent
    from tcns_desktop.domain.statistics_records import (
        ActivityTotals,
        GroupFigures,
        IdleUnit,
        StatisticsRecord,
    )

    assert isinstance(record, StatisticsRecord)
    no_data = con.translate("cli", "không có số liệu")

    def figure(value: float | None) -> str:
        return no_data if value is None else format_number(value)

    # Column headings (lupdate reads only plain translate calls, not ones inside f-strings).
    h_activities = con.translate("cli", "Hoạt động")
    h_people = con.translate("cli", "Người")
    h_households = con.translate("cli", "Hộ")
    h_indicator = con.translate("cli", "Nội dung (đơn vị tính)")
    h_value = con.translate("cli", "Kết quả")
    h_target = con.translate("cli", "Chỉ tiêu giao")
    h_ratio = con.translate("cli", "Tỷ lệ")
    h_by_commune = con.translate("cli", "Theo xã")
    h_teams = con.translate("cli", "Tổ")
    h_members = con.translate("cli", "Thành viên")
    h_by_village = con.translate("cli", "Theo thôn, tổ dân phố")

    def reach_line(name: str, totals: ActivityTotals, width: int) -> str:
        return (
            f"  {name[:width]:<{width}} {format_number(totals.activities):>10} "
            f"{figure(totals.people_reached):>17} {figure(totals.households_reached):>17}"
        )

    def reach_table(title: str, groups: tuple[GroupFigures, ...]) -> None:
        con.say("")
        con.say(f"{title:<40} {h_activities:>10} {h_people:>17} {h_households:>17}")
        for group in groups:
            con.say(reach_line(con.translate("labels", group.label), group.totals, 38))

    def idle_list(title: str, units: tuple[IdleUnit, ...]) -> None:
        shown = 20
        con.say(title.format(days=record.idle_days, count=len(units)))
        for unit in units[:shown]:
            where = f"{unit.name}, {unit.commune_name}" if record.hub else unit.name
            since = (
                con.translate("cli", "chưa có hoạt động nào")
                if unit.days_without is None
                else con.translate("cli", "{days} ngày, lần cuối {day}").format(
                    days=unit.days_without, day=f"{unit.last_activity_on:%d/%m/%Y}"
                )
            )
            con.say(f"  - {where} ({since})")
        if len(units) > shown:
            con.say(
                con.translate("cli", "  … và {count} nơi khác").format(count=len(units) - shown)
            )

    con.say(
        con.translate("cli", "Thống kê {period} ({dates}) — {scope}").format(
            period=record.period.label, dates=record.period.date_range_text, scope=record.scope_name
        )
    )
    con.say(
        con.translate("cli", "Tổ và thành viên tính đến ngày {day}.").format(
            day=f"{record.as_of:%d/%m/%Y}"
        )
    )
    con.say("")
    con.say(
        con.translate("cli", "Tổ đang hoạt động: {teams}    Thành viên: {members}").format(
            teams=format_number(record.active_teams), members=format_number(record.active_members)
        )
    )
    con.say(
        con.translate(
            "cli", "Hoạt động: {activities}    Người được tiếp cận: {people}    Hộ: {households}"
        ).format(
            activities=format_number(record.totals.activities),
            people=figure(record.totals.people_reached),
            households=figure(record.totals.households_reached),
        )
    )
    reach_table(con.translate("cli", "Theo trụ cột"), record.by_pillar)
    reach_table(con.translate("cli", "Theo nhóm kỹ năng số"), record.by_skill)
    reach_table(con.translate("cli", "Theo loại hoạt động"), record.by_kind)

    con.say("")
    con.say(f"{h_indicator:<52} {h_value:>17} {h_target:>13} {h_ratio:>8}")
    for item in record.indicators:
        name = f"{item.name} ({item.unit})" if item.unit else item.name
        lines = textwrap.wrap(name, 50) or [""]
        for line in lines[:-1]:
            con.say(f"  {line}")
        target = "" if item.target is None else format_number(item.target)
        progress = "" if item.progress is None else format_percent(item.progress)
        con.say(f"  {lines[-1]:<50} {figure(item.value):>17} {target:>13} {progress:>8}".rstrip())

    if record.hub and record.communes:
        con.say("")
        con.say(
            f"{h_by_commune:<40} {h_teams:>6} {h_members:>10} {h_activities:>10} {h_people:>17}"
        )
        for commune in record.communes:
            con.say(
                f"  {commune.name[:38]:<38} {commune.active_teams:>6} "
                f"{format_number(commune.active_members):>10} "
                f"{format_number(commune.totals.activities):>10} "
                f"{figure(commune.totals.people_reached):>17}"
            )
    elif record.villages:
        con.say("")
        con.say(
            f"{h_by_village:<40} {h_teams:>6} {h_members:>10} {h_activities:>10} {h_people:>17}"
        )
        for village in record.villages:
            con.say(
                f"  {village.name[:38]:<38} {village.active_teams:>6} "
                f"{format_number(village.active_members):>10} "
                f"{format_number(village.totals.activities):>10} "
                f"{figure(village.totals.people_reached):>17}"
            )

    con.say("")
    idle_list(
        con.translate("cli", "Thôn, tổ dân phố không có hoạt động trong {days} ngày: {count}"),
        record.idle_villages,
    )
    idle_list(
        con.translate("cli", "Tổ không có hoạt động trong {days} ngày: {count}"),
        record.idle_teams,
    )
    con.say(
        con.translate("cli", "Thành viên chưa được bồi dưỡng: {count}").format(
            count=format_number(record.never_trained)
        )
    )
    con.say(
        con.translate("cli", "Thành viên được bồi dưỡng trong kỳ: {count}").format(
            count=format_number(record.trained_in_period)
        )
    )


def _run_config(args: argparse.Namespace, paths: AppPaths, prefs: Preferences, con: Console) -> int:
    changes: dict[str, object] = {}
    if args.language:
        changes["language"] = args.language
    if args.clerk_name is not None:
        changes["clerk_name"] = args.clerk_name
    if args.backups_to_keep is not None:
        changes["backups_to_keep"] = args.backups_to_keep
    if changes:
        prefs = prefs.with_changes(**changes)
        save_preferences(paths.preferences_file, prefs)
    con.say(con.translate("cli", "Ngôn ngữ: {value}").format(value=prefs.language))
    con.say(con.translate("cli", "Người nhập liệu: {value}").format(value=prefs.clerk_name or "-"))
    con.say(
        con.translate("cli", "Số bản sao lưu giữ lại: {value}").format(value=prefs.backups_to_keep)
    )
    con.say(con.translate("cli", "Thư mục dữ liệu: {value}").format(value=paths.data_dir))
    return EXIT_OK
