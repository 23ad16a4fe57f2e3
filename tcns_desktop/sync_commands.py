"""Command-line handlers of sync: ``tcns bundle …``, ``tcns hub …``, ``tcns keys …``.

Each handler takes the parsed arguments, an open workspace and the console, prints
Vietnamese text, and returns the exit code: 0 done, 1 a failure explained (rejected bundles,
rows with problems, a forked file that needs a choice), 2 an unreadable file (the typed
errors carry their own exit code up to ``cli.main``). ``add_parsers`` declares the commands;
``cli.py`` registers them with a wrapper that opens and closes the workspace.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from tcns_desktop.document_commands import add_report_arguments
from tcns_desktop.domain.enums import SiteMode
from tcns_desktop.domain.sync_records import (
    ALREADY_IMPORTED,
    IMPORTED,
    REJECTED,
    WAITING,
    BundleCheckReport,
    KeyRecord,
    lineage_reason_text,
)

if TYPE_CHECKING:
    from tcns_desktop.services.bundle_export import BundleExportService
    from tcns_desktop.services.hub import HubService
    from tcns_desktop.services.workspace import Workspace

EXIT_OK = 0
EXIT_FAILED = 1


class Console(Protocol):
    """What the handlers need of ``cli.Console``."""

    def translate(self, context: str, text: str) -> str: ...

    def say(self, text: str) -> None: ...

    def fail(self, text: str) -> None: ...


WorkspaceHandler = Callable[[argparse.Namespace, "Workspace", Console], int]


def _bundles(workspace: Workspace) -> BundleExportService:
    from tcns_desktop.services.bundle_export import BundleExportService

    return BundleExportService.for_workspace(workspace)


def _hub(workspace: Workspace) -> HubService:
    from tcns_desktop.services.hub import HubService

    return HubService.for_workspace(workspace)


def _is_hub(workspace: Workspace) -> bool:
    return workspace.site().mode is SiteMode.HUB


# --- tcns bundle ---------------------------------------------------------------------------


def run_bundle_export(args: argparse.Namespace, workspace: Workspace, con: Console) -> int:
    """``tcns bundle export --out DIR [--full] [--encrypt-to KEYFILE | --encrypt]
    [--accept-fork]``"""
    from tcns_desktop.sync.keys import PublicKeyFile

    service = _bundles(workspace)
    recipient = None
    if args.encrypt_to is not None:
        recipient = PublicKeyFile.read(args.encrypt_to)
    elif args.encrypt:
        recipient = service.upper_key_file()
    report = service.export(
        args.out, full=args.full, encrypt_to=recipient, accept_fork=args.accept_fork
    )
    kind = (
        con.translate("sync", "đầy đủ")
        if report.kind == "full"
        else con.translate("sync", "bổ sung")
    )
    con.say(
        con.translate("sync", "Đã xuất gói số {sequence} ({kind}): {path}").format(
            sequence=report.sequence, kind=kind, path=report.path
        )
    )
    if report.fork_accepted:
        con.say(
            con.translate(
                "sync",
                "Đã xác nhận dùng tệp dữ liệu này từ nay; gói là gói đầy đủ, thay thế dữ liệu "
                "của xã ở cấp trên.",
            )
        )
    con.say(
        con.translate(
            "sync", "Thay đổi số {low}–{high}: {rows} dòng ({tombstones} dòng đã xóa)."
        ).format(
            low=report.from_seq + 1 if report.to_seq > report.from_seq else report.from_seq,
            high=report.to_seq,
            rows=f"{report.total_rows:,}",
            tombstones=f"{sum(report.tombstones.values()):,}",
        )
    )
    for table, count in report.rows.items():
        if count:
            con.say(f"  {table}: {count:,}")
    if report.encrypted_to:
        con.say(
            con.translate("sync", "Đã mã hóa cho: {recipient}").format(
                recipient=report.encrypted_to
            )
        )
    con.say(con.translate("sync", "Mã kiểm tra (SHA-256) của gói: {sha}").format(sha=report.sha256))
    if report.file_sha256 != report.sha256:
        con.say(
            con.translate("sync", "Mã kiểm tra của tệp mã hóa: {sha}").format(
                sha=report.file_sha256
            )
        )
    con.say(con.translate("sync", "Đã đọc lại và kiểm tra gói sau khi ghi: tốt."))
    return EXIT_OK


def run_bundle_verify(args: argparse.Namespace, workspace: Workspace, con: Console) -> int:
    """``tcns bundle verify FILE``: 0 sound, 1 rows with problems (unreadable: 2)."""
    if _is_hub(workspace):
        report = _hub(workspace).verify(args.file)
    else:
        report = _bundles(workspace).verify(args.file)
    _print_check(report, con)
    return EXIT_OK if report.ok else EXIT_FAILED


def _print_check(report: BundleCheckReport, con: Console) -> None:
    con.say(
        con.translate("sync", "Gói {file} của {commune} ({code})").format(
            file=report.file_name, commune=report.commune_name, code=report.commune_code
        )
    )
    if report.recipient:
        con.say(con.translate("sync", "Mã hóa cho: {recipient}").format(recipient=report.recipient))
    if not report.readable:
        con.say(
            con.translate(
                "sync",
                "Gói đã mã hóa cho cấp trên: máy này chỉ kiểm tra được phần bao ngoài (còn "
                "nguyên vẹn).",
            )
        )
    else:
        con.say(
            con.translate(
                "sync", "Gói số {sequence} ({kind}), tạo lúc {created}, thay đổi đến số {high}"
            ).format(
                sequence=report.sequence,
                kind=report.kind,
                created=report.created_at,
                high=report.to_seq,
            )
        )
        for table, count in report.rows.items():
            if count:
                con.say(f"  {table}: {count:,}")
    con.say(con.translate("sync", "Mã kiểm tra (SHA-256): {sha}").format(sha=report.sha256))
    if report.ok:
        con.say(con.translate("sync", "Chữ ký, mã kiểm tra và mọi dòng dữ liệu: tốt."))
    for problem in report.problems:
        con.say(con.translate("sync", "  Lỗi — {problem}").format(problem=problem))


def run_bundle_ack(args: argparse.Namespace, workspace: Workspace, con: Console) -> int:
    """``tcns bundle ack FILE``: record the upper level's acknowledgement."""
    report = _bundles(workspace).import_acknowledgement(args.file)
    if report.already_imported:
        con.say(
            con.translate("sync", "Tệp xác nhận này đã được nhập trước đây; không thay đổi gì.")
        )
        return EXIT_OK
    con.say(
        con.translate(
            "sync",
            "{hub} xác nhận đã nhận đủ thay đổi đến số {to_seq}; gói bổ sung sau sẽ bắt đầu từ đó.",
        ).format(hub=report.hub_name, to_seq=f"{report.to_seq:,}")
    )
    return EXIT_OK


def run_bundle_status(args: argparse.Namespace, workspace: Workspace, con: Console) -> int:
    """``tcns bundle status``: what was sent, what the upper level confirmed."""
    status = _bundles(workspace).status()
    con.say(
        con.translate("sync", "Mã nhận dạng khóa của xã: {fingerprint}").format(
            fingerprint=status.fingerprint
        )
    )
    if status.last_bundle is None:
        con.say(con.translate("sync", "Chưa xuất gói nào."))
    else:
        last = status.last_bundle
        con.say(
            con.translate("sync", "Gói gần nhất: số {sequence}, {created}, {file}").format(
                sequence=last.sequence, created=last.created_at, file=last.file_name
            )
        )
    con.say(
        con.translate(
            "sync", "Cấp trên đã xác nhận đến thay đổi số {acked} (hiện có đến số {last})."
        ).format(acked=f"{status.acked_to:,}", last=f"{status.last_seq:,}")
    )
    for key in status.upper_keys:
        con.say(
            con.translate("sync", "Khóa cấp trên: {name} — {fingerprint}").format(
                name=key.name, fingerprint=key.fingerprint
            )
        )
    if status.fork is not None:
        con.say(
            con.translate(
                "sync",
                "Lưu ý: tệp dữ liệu là bản khôi phục hoặc bản sao ({reason}); xuất gói cần "
                "--accept-fork.",
            ).format(reason=lineage_reason_text(status.fork.reason))
        )
    return EXIT_OK


# --- tcns hub ------------------------------------------------------------------------------


def run_hub_setup(args: argparse.Namespace, workspace: Workspace, con: Console) -> int:
    """``tcns hub setup --name NAME [--code CODE]``"""
    key = _hub(workspace).set_up(args.name, args.code or "")
    con.say(
        con.translate("sync", "Đã thiết lập cơ sở dữ liệu tổng hợp của {name}.").format(
            name=key.name
        )
    )
    _print_own_key(key, con)
    return EXIT_OK


def run_hub_import(args: argparse.Namespace, workspace: Workspace, con: Console) -> int:
    """``tcns hub import FILE_OR_DIR… [--dry-run] [--ack-dir DIR]``: 0 every bundle in (or
    already in, or waiting for an earlier one), 1 some bundle rejected."""
    hub = _hub(workspace)
    report = hub.import_bundles(args.sources, dry_run=args.dry_run)
    labels = {
        IMPORTED: con.translate("sync", "nhập được"),
        ALREADY_IMPORTED: con.translate("sync", "đã nhập trước đây"),
        WAITING: con.translate("sync", "chờ gói trước"),
        REJECTED: con.translate("sync", "bị từ chối"),
    }
    for result in report.results:
        who = f"{result.commune_name} ({result.commune_code})" if result.commune_code else ""
        con.say(
            con.translate("sync", "{file}: {status} {who}")
            .format(file=result.file_name, status=labels[result.status], who=who)
            .rstrip()
        )
        if result.message:
            con.say(f"  {result.message}")
        for problem in result.problems:
            con.say(con.translate("sync", "  Lỗi — {problem}").format(problem=problem))
        for warning in result.warnings:
            con.say(con.translate("sync", "  Lưu ý — {warning}").format(warning=warning))
    for code, tables in sorted(report.by_commune().items()):
        if not code:
            continue
        con.say(
            con.translate("sync", "Xã {code}: mới, cập nhật, không đổi, xung đột, từ chối").format(
                code=code
            )
        )
        for table, counts in tables.items():
            if counts.total:
                con.say(
                    f"  {table}: {counts.new:,}, {counts.updated:,}, {counts.unchanged:,}, "
                    f"{counts.conflicts:,}, {counts.rejected:,}"
                )
    if args.dry_run:
        con.say(con.translate("sync", "Chạy thử: chưa ghi gì vào dữ liệu."))
    elif args.ack_dir is not None and report.imported:
        codes = sorted({r.commune_code for r in report.imported})
        for path in hub.write_acknowledgements(args.ack_dir, codes):
            con.say(con.translate("sync", "Đã ghi tệp xác nhận gửi xã: {path}").format(path=path))
    return EXIT_FAILED if report.rejected else EXIT_OK


def run_hub_status(args: argparse.Namespace, workspace: Workspace, con: Console) -> int:
    """``tcns hub status``: per commune, the last bundle, the data's date, what is missing."""
    statuses = _hub(workspace).status()
    if not statuses:
        con.say(con.translate("sync", "Chưa đăng ký xã nào."))
    for status in statuses:
        state = con.translate("sync", " (khóa đã thu hồi)") if status.revoked else ""
        con.say(f"{status.commune_code} {status.commune_name}{state}")
        if status.last_sequence is None:
            con.say(con.translate("sync", "  Chưa nhận gói nào."))
            continue
        con.say(
            con.translate(
                "sync", "  Gói gần nhất: số {sequence} (tạo {created}, nhập {imported})"
            ).format(
                sequence=status.last_sequence,
                created=(status.last_created_at or "")[:10],
                imported=(status.last_imported_at or "")[:10],
            )
        )
        con.say(
            con.translate(
                "sync", "  Dữ liệu đầy đủ tính đến: {as_of} (thay đổi số {received})"
            ).format(as_of=(status.as_of or "-")[:10], received=f"{status.received_to:,}")
        )
        if status.missing_sequences:
            con.say(
                con.translate("sync", "  Chưa nhận các gói số: {numbers}").format(
                    numbers=", ".join(str(n) for n in status.missing_sequences)
                )
            )
        if status.waiting_sequences:
            con.say(
                con.translate("sync", "  Gói đang chờ gói trước: {numbers}").format(
                    numbers=", ".join(str(n) for n in status.waiting_sequences)
                )
            )
        for low, high in status.missing_revisions:
            con.say(
                con.translate(
                    "sync", "  Thiếu các thay đổi số {low}–{high}: đề nghị xã gửi lại."
                ).format(low=f"{low + 1:,}", high=f"{high:,}")
            )
        for warning in status.warnings:
            con.say(con.translate("sync", "  Lưu ý — {warning}").format(warning=warning))
    return EXIT_OK


def run_hub_ack(args: argparse.Namespace, workspace: Workspace, con: Console) -> int:
    """``tcns hub ack --out DIR [--commune CODE …]``"""
    paths = _hub(workspace).write_acknowledgements(args.out, args.commune or None)
    for path in paths:
        con.say(con.translate("sync", "Đã ghi tệp xác nhận: {path}").format(path=path))
    return EXIT_OK


# --- tcns keys -----------------------------------------------------------------------------


def _print_own_key(key: KeyRecord, con: Console) -> None:
    con.say(con.translate("sync", "Mã nhận dạng khóa (in ra, ký và đóng dấu để gửi kèm):"))
    con.say(f"  {key.fingerprint.replace('-', ' ')}")


def run_keys_show(args: argparse.Namespace, workspace: Workspace, con: Console) -> int:
    key = _hub(workspace).own_key() if _is_hub(workspace) else _bundles(workspace).own_key()
    con.say(f"{key.name} ({key.code})")
    _print_own_key(key, con)
    return EXIT_OK


def run_keys_export(args: argparse.Namespace, workspace: Workspace, con: Console) -> int:
    if _is_hub(workspace):
        hub = _hub(workspace)
        path, key = hub.export_public_key(args.out), hub.own_key()
    else:
        bundles = _bundles(workspace)
        path, key = bundles.export_public_key(args.out), bundles.own_key()
    con.say(con.translate("sync", "Đã ghi tệp khóa công khai: {path}").format(path=path))
    _print_own_key(key, con)
    return EXIT_OK


def run_keys_import(args: argparse.Namespace, workspace: Workspace, con: Console) -> int:
    """At the upper level: register a commune's key; at a commune: trust the upper level's."""
    if _is_hub(workspace):
        key = _hub(workspace).register_commune(args.file)
        con.say(
            con.translate("sync", "Đã đăng ký khóa của {name} ({code}).").format(
                name=key.name, code=key.code
            )
        )
    else:
        key = _bundles(workspace).import_upper_key(args.file)
        con.say(con.translate("sync", "Đã nhập khóa của cấp trên: {name}.").format(name=key.name))
    con.say(
        con.translate(
            "sync", "Hãy so mã nhận dạng với phiếu in có chữ ký, đóng dấu: {fingerprint}"
        ).format(fingerprint=key.fingerprint.replace("-", " "))
    )
    return EXIT_OK


def run_keys_list(args: argparse.Namespace, workspace: Workspace, con: Console) -> int:
    if _is_hub(workspace):
        keys = _hub(workspace).registered_keys()
    else:
        keys = _bundles(workspace).upper_keys()
    if not keys:
        con.say(con.translate("sync", "Chưa có khóa nào."))
    for key in keys:
        state = (
            con.translate("sync", " — đã thu hồi {date}").format(date=(key.revoked_at or "")[:10])
            if key.revoked
            else ""
        )
        con.say(f"{key.code} {key.name}: {key.fingerprint}{state}")
    return EXIT_OK


def run_keys_revoke(args: argparse.Namespace, workspace: Workspace, con: Console) -> int:
    key = _hub(workspace).revoke_key(args.fingerprint, args.reason or "")
    con.say(
        con.translate(
            "sync", "Đã thu hồi khóa {fingerprint} của {name}; gói ký bằng khóa này sẽ bị từ chối."
        ).format(fingerprint=key.fingerprint, name=key.name)
    )
    return EXIT_OK


# --- Declaring the commands ----------------------------------------------------------------


def add_parsers(
    commands: Any,
    con: Console,
    with_workspace: Callable[[WorkspaceHandler], Callable[..., int]],
) -> None:
    """Add ``bundle``, ``hub`` and ``keys`` to ``commands`` (the subparsers of ``tcns``).

    ``with_workspace`` turns a handler of (args, workspace, console) into the command
    line's handler: it opens the workspace, calls it, and closes the workspace.
    """

    def command(parser: argparse.ArgumentParser, handler: WorkspaceHandler) -> None:
        parser.set_defaults(handler=with_workspace(handler))

    bundle = commands.add_parser("bundle", help=con.translate("sync", "gói dữ liệu gửi cấp trên"))
    bundle_actions = bundle.add_subparsers(metavar="ACTION", required=True)
    export = bundle_actions.add_parser(
        "export", help=con.translate("sync", "xuất gói (mặc định: bổ sung)")
    )
    export.add_argument("--out", type=Path, required=True, metavar="DIR")
    export.add_argument(
        "--full", action="store_true", help=con.translate("sync", "xuất gói đầy đủ")
    )
    encryption = export.add_mutually_exclusive_group()
    encryption.add_argument(
        "--encrypt-to",
        type=Path,
        metavar="KEYFILE",
        help=con.translate("sync", "mã hóa cho khóa công khai trong tệp này"),
    )
    encryption.add_argument(
        "--encrypt",
        action="store_true",
        help=con.translate("sync", "mã hóa cho khóa cấp trên đã nhập"),
    )
    export.add_argument(
        "--accept-fork",
        action="store_true",
        help=con.translate("sync", "xác nhận dùng tệp dữ liệu khôi phục/sao chép này từ nay"),
    )
    command(export, run_bundle_export)
    verify = bundle_actions.add_parser("verify", help=con.translate("sync", "kiểm tra một gói"))
    verify.add_argument("file", type=Path)
    command(verify, run_bundle_verify)
    ack = bundle_actions.add_parser(
        "ack", help=con.translate("sync", "nhập tệp xác nhận của cấp trên")
    )
    ack.add_argument("file", type=Path)
    command(ack, run_bundle_ack)
    status = bundle_actions.add_parser("status", help=con.translate("sync", "tình trạng gửi gói"))
    command(status, run_bundle_status)

    hub = commands.add_parser(
        "hub", help=con.translate("sync", "tổng hợp dữ liệu các xã (cấp trên)")
    )
    hub_actions = hub.add_subparsers(metavar="ACTION", required=True)
    setup = hub_actions.add_parser(
        "setup", help=con.translate("sync", "thiết lập cơ sở dữ liệu tổng hợp")
    )
    setup.add_argument("--name", required=True, help=con.translate("sync", "tên cơ quan cấp trên"))
    setup.add_argument("--code", default="", help=con.translate("sync", "mã ngắn của cơ quan"))
    command(setup, run_hub_setup)
    hub_import = hub_actions.add_parser("import", help=con.translate("sync", "nhập gói của các xã"))
    hub_import.add_argument("sources", type=Path, nargs="+", metavar="FILE_OR_DIR")
    hub_import.add_argument(
        "--dry-run", action="store_true", help=con.translate("sync", "chỉ kiểm tra, không ghi")
    )
    hub_import.add_argument(
        "--ack-dir",
        type=Path,
        metavar="DIR",
        help=con.translate("sync", "ghi tệp xác nhận cho xã vào đây"),
    )
    command(hub_import, run_hub_import)
    hub_report = hub_actions.add_parser(
        "report",
        help=con.translate(
            "sync", "báo cáo tổng hợp mọi xã (PDF hoặc Excel), cùng số liệu với bảng theo dõi"
        ),
    )
    add_report_arguments(hub_report, con)
    hub_status = hub_actions.add_parser(
        "status", help=con.translate("sync", "tình trạng nhận gói từng xã")
    )
    command(hub_status, run_hub_status)
    hub_ack = hub_actions.add_parser(
        "ack", help=con.translate("sync", "ghi tệp xác nhận gửi các xã")
    )
    hub_ack.add_argument("--out", type=Path, required=True, metavar="DIR")
    hub_ack.add_argument("--commune", action="append", metavar="CODE")
    command(hub_ack, run_hub_ack)

    keys = commands.add_parser("keys", help=con.translate("sync", "khóa ký và mã hóa"))
    key_actions = keys.add_subparsers(metavar="ACTION", required=True)
    command(
        key_actions.add_parser("show", help=con.translate("sync", "mã nhận dạng khóa")),
        run_keys_show,
    )
    key_export = key_actions.add_parser(
        "export", help=con.translate("sync", "ghi tệp khóa công khai")
    )
    key_export.add_argument("--out", type=Path, required=True, metavar="FILE_OR_DIR")
    command(key_export, run_keys_export)
    key_import = key_actions.add_parser(
        "import",
        help=con.translate("sync", "nhập khóa công khai (của xã ở cấp trên, của cấp trên ở xã)"),
    )
    key_import.add_argument("file", type=Path)
    command(key_import, run_keys_import)
    command(
        key_actions.add_parser("list", help=con.translate("sync", "các khóa đã nhập")),
        run_keys_list,
    )
    revoke = key_actions.add_parser("revoke", help=con.translate("sync", "thu hồi khóa của một xã"))
    revoke.add_argument("fingerprint")
    revoke.add_argument("--reason", default="")
    command(revoke, run_keys_revoke)
