"""The ``tcns doc`` commands: team decisions, periodic reports, the register and reprints.

``register`` adds them to the ``tcns`` parser; each handler has the signature of the other
commands in ``cli.py`` and leaves typed errors to ``cli.main``, which prints them and exits
with their code.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from tcns_desktop.paths import AppPaths
from tcns_desktop.preferences import Preferences

if TYPE_CHECKING:
    from tcns_desktop.cli import Console
    from tcns_desktop.domain.roster_records import TeamRecord
    from tcns_desktop.services.workspace import Workspace

KINDS = ("founding", "reformation")
SIGNING = ("chair", "on_behalf_of_chair", "for_the_committee")
FORMATS = ("pdf", "xlsx")


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser], con: Console) -> None:
    """Add ``tcns doc decision|report|list|reprint`` to the command parser."""
    doc = commands.add_parser(
        "doc", help=con.translate("cli", "văn bản: quyết định thành lập Tổ, báo cáo định kỳ")
    )
    actions = doc.add_subparsers(metavar="ACTION", required=True)

    decision = actions.add_parser(
        "decision",
        help=con.translate("cli", "ban hành quyết định thành lập hoặc kiện toàn Tổ (PDF)"),
    )
    teams = decision.add_mutually_exclusive_group(required=True)
    teams.add_argument(
        "--team",
        action="extend",
        nargs="+",
        metavar="ID",
        help=con.translate("cli", "mã hoặc tên Tổ (có thể ghi nhiều Tổ)"),
    )
    teams.add_argument(
        "--all-villages",
        action="store_true",
        help=con.translate("cli", "mọi Tổ cấp thôn đang hoạt động"),
    )
    decision.add_argument(
        "--number", type=int, required=True, help=con.translate("cli", "số văn bản")
    )
    decision.add_argument(
        "--date",
        type=_day,
        required=True,
        metavar="YYYY-MM-DD",
        help=con.translate("cli", "ngày ban hành"),
    )
    decision.add_argument("--kind", choices=KINDS, default="founding")
    decision.add_argument("--signing", choices=SIGNING, default="chair")
    decision.add_argument(
        "--signer", help=con.translate("cli", "họ tên người ký (mặc định: theo thông tin xã)")
    )
    decision.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    decision.set_defaults(handler=run_decision)

    report = actions.add_parser(
        "report", help=con.translate("cli", "báo cáo kết quả hoạt động của Tổ (PDF hoặc Excel)")
    )
    add_report_arguments(report, con)

    listing = actions.add_parser("list", help=con.translate("cli", "sổ văn bản đã ban hành"))
    listing.set_defaults(handler=run_list)

    reprint = actions.add_parser(
        "reprint", help=con.translate("cli", "in lại văn bản đã ban hành, đúng như bản gốc")
    )
    reprint.add_argument("document_id", metavar="ID")
    reprint.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    reprint.set_defaults(handler=run_reprint)


class Translator(Protocol):
    def translate(self, context: str, text: str) -> str: ...


def add_report_arguments(report: argparse.ArgumentParser, con: Translator) -> None:
    """The periodic report's options; ``tcns hub report`` (every commune) takes the same."""
    report.add_argument(
        "--period",
        required=True,
        help=con.translate("cli", "kỳ báo cáo: 2026-07, 2026-Q3, 2026-H2 hoặc 2026"),
    )
    report.add_argument("--format", choices=FORMATS, default="pdf")
    report.add_argument("--out", type=Path, required=True, metavar="FILE")
    report.add_argument(
        "--number",
        type=int,
        help=con.translate("cli", "số văn bản: có số thì báo cáo PDF được vào sổ văn bản"),
    )
    report.add_argument("--date", type=_day, metavar="YYYY-MM-DD")
    report.add_argument("--signing", choices=SIGNING, default="for_the_committee")
    report.add_argument("--signer")
    report.set_defaults(handler=run_report)


def run_decision(
    args: argparse.Namespace, paths: AppPaths, prefs: Preferences, con: Console
) -> int:
    from tcns_desktop.cli import EXIT_OK
    from tcns_desktop.domain.enums import SigningMode, TeamDecisionKind

    workspace = _open(paths, prefs, con)
    try:
        documents = workspace.documents
        if args.all_villages:
            team_ids = documents.village_team_ids()
        else:
            team_ids = [_team_id(workspace.roster.teams(), text) for text in args.team]
        mode = SigningMode(args.signing)
        content = documents.draft_decision(
            team_ids,
            kind=TeamDecisionKind(args.kind),
            number=args.number,
            issued_on=args.date,
            signing_mode=mode,
            signer_name=args.signer,
        )
        record = documents.issue(content, args.out, team_ids=team_ids)
    finally:
        workspace.close()
    members = content.annex.member_count if content.annex else 0
    con.say(
        con.translate(
            "cli",
            "Đã ban hành Quyết định số {number} ngày {day} ({teams} Tổ, {members} thành viên).",
        ).format(
            number=record.number_text,
            day=args.date.strftime("%d/%m/%Y"),
            teams=len(team_ids),
            members=members,
        )
    )
    con.say(con.translate("cli", "Tệp PDF: {path}").format(path=args.out))
    con.say(con.translate("cli", "Mã văn bản trong sổ: {id}").format(id=record.id))
    return EXIT_OK


def run_report(args: argparse.Namespace, paths: AppPaths, prefs: Preferences, con: Console) -> int:
    """A PDF with a number is issued into the register; without one it is a draft with the
    number and day left blank for the văn thư; the Excel version is never registered."""
    from tcns_desktop.cli import EXIT_OK, EXIT_USAGE
    from tcns_desktop.domain.enums import SigningMode
    from tcns_desktop.domain.periods import Period

    try:
        period = Period.parse(args.period)
    except ValueError as exc:
        con.fail(str(exc))
        return EXIT_USAGE
    if args.number is not None and args.date is None and args.format == "pdf":
        con.fail(con.translate("cli", "Báo cáo có số cần ngày ban hành: thêm --date YYYY-MM-DD."))
        return EXIT_USAGE
    number = ""
    workspace = _open(paths, prefs, con)
    try:
        documents = workspace.documents
        content = documents.draft_report(
            period,
            number=args.number,
            issued_on=args.date,
            signing_mode=SigningMode(args.signing),
            signer_name=args.signer,
        )
        if args.format == "xlsx":
            from tcns_desktop.spreadsheets.report_workbook import write_report_workbook

            write_report_workbook(content, args.out)
            message = con.translate("cli", "Đã lưu báo cáo {period} dạng Excel: {path}")
        elif args.number is not None:
            number = documents.issue(content, args.out, period=period).number_text
            message = con.translate(
                "cli", "Đã ban hành Báo cáo số {number} ({period}) vào sổ văn bản: {path}"
            )
        else:
            from tcns_desktop.documents.report_pdf import write_report

            write_report(content, args.out)
            message = con.translate(
                "cli", "Đã lưu bản nháp báo cáo {period} (chưa có số, chưa vào sổ văn bản): {path}"
            )
    finally:
        workspace.close()
    con.say(message.format(period=period.label, path=args.out, number=number))
    return EXIT_OK


def run_list(args: argparse.Namespace, paths: AppPaths, prefs: Preferences, con: Console) -> int:
    from tcns_desktop.cli import EXIT_OK

    workspace = _open(paths, prefs, con)
    try:
        records = workspace.documents.register()
    finally:
        workspace.close()
    if not records:
        con.say(con.translate("cli", "Sổ văn bản chưa có văn bản nào."))
    for record in records:
        day = record.issued_on.strftime("%d/%m/%Y") if record.issued_on else "-"
        con.say(
            f"{record.id}  {day}  {record.number_text}  {record.kind.label}: {record.title}"
            f" — {record.signer_name}"
        )
    return EXIT_OK


def run_reprint(args: argparse.Namespace, paths: AppPaths, prefs: Preferences, con: Console) -> int:
    from tcns_desktop.cli import EXIT_OK

    workspace = _open(paths, prefs, con)
    try:
        outcome = workspace.documents.reprint(args.document_id, args.out)
    finally:
        workspace.close()
    if outcome.identical:
        con.say(
            con.translate("cli", "Đã in lại văn bản vào {path}, giống hệt bản đã ban hành.").format(
                path=outcome.path
            )
        )
    else:
        con.say(
            con.translate(
                "cli",
                "Đã in lại văn bản vào {path} từ dữ liệu lúc ban hành; tệp khác bản gốc về định "
                "dạng (chương trình đã được nâng cấp), nội dung giữ nguyên.",
            ).format(path=outcome.path)
        )
    return EXIT_OK


def _open(paths: AppPaths, prefs: Preferences, con: Console) -> Workspace:
    # cli.py imports this module to register the commands: import it back only when run.
    from tcns_desktop.cli import _open as open_workspace
    from tcns_desktop.services.workspace import Workspace

    workspace = open_workspace(paths, prefs, con)
    assert isinstance(workspace, Workspace)
    return workspace


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"ngày “{text}” không hợp lệ (YYYY-MM-DD)") from exc


def _team_id(teams: list[TeamRecord], text: str) -> str:
    """A team named by its id, its full name or a unique part of it ("thon dong")."""
    from tcns_desktop.domain.vietnamese_text import fold_for_search
    from tcns_desktop.errors import NotFoundError, ValidationError

    wanted = text.strip()
    if any(team.id == wanted for team in teams):
        return wanted
    folded = fold_for_search(wanted)
    exact = [team for team in teams if fold_for_search(team.name) == folded]
    found = exact or [team for team in teams if folded and folded in fold_for_search(team.name)]
    if len(found) == 1:
        return found[0].id
    if not found:
        raise NotFoundError(f"Không tìm thấy Tổ “{wanted}”.")
    names = ", ".join(team.name for team in found[:5])
    raise ValidationError(f"“{wanted}” khớp nhiều Tổ: {names}; hãy ghi rõ hơn hoặc dùng mã Tổ.")
