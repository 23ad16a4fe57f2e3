"""Composition root of the window: paths, logging, then the Qt application (lazily imported).

The window is shown first; the database is opened right after, on the database lane, so the
clerk sees the program at once even with a large province database.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from tcns_desktop import APP_NAME, __version__
from tcns_desktop.logging_setup import configure_logging
from tcns_desktop.paths import AppPaths
from tcns_desktop.preferences import Preferences


def run_gui(
    paths: AppPaths,
    preferences: Preferences,
    *,
    language: str,
    exit_when: str | None = None,
    timing_file: Path | None = None,
) -> int:
    """Show the main window and run the event loop.

    ``exit_when`` ("shown" or "ready") and ``timing_file`` serve the start-up benchmark: the
    moments (``time.time()``) the window was shown and the data was on screen are written to
    the file and the program quits.
    """
    from tcns_desktop.ui.application import run_window

    paths.ensure()
    configure_logging(paths)
    return run_window(paths, preferences, language, exit_when, timing_file)


def _check_documents_and_keys(folder: Path) -> list[str]:
    """The native parts a frozen build must carry: a PDF written with the bundled fonts and
    read back by pdfium, and a signature made and checked by the cryptography library."""
    from datetime import date

    from tcns_desktop.documents.page_images import render_pages
    from tcns_desktop.documents.report_pdf import write_report
    from tcns_desktop.domain.document_records import (
        DocumentHeading,
        ReportContent,
        ReportParagraph,
        ReportSection,
        SignatureBlock,
    )
    from tcns_desktop.domain.enums import SigningMode
    from tcns_desktop.sync.keys import KeyPair

    problems: list[str] = []
    pdf = folder / "smoke.pdf"
    write_report(
        ReportContent(
            heading=DocumentHeading(
                ("ỦY BAN NHÂN DÂN", "XÃ THỬ"), "BC-UBND", "Thử", None, date.today()
            ),
            summary="Kiểm tra cài đặt",
            sections=(ReportSection("I. THỬ", (ReportParagraph("Tiếng Việt: Đặng Thị Ửng."),)),),
            recipients=("Lưu: VT",),
            signature=SignatureBlock(SigningMode.CHAIR, "Nguyễn Văn A"),
        ),
        pdf,
    )
    pages = render_pages(pdf, 20)
    if not pages or pages[0].width == 0:
        problems.append("PDF pages cannot be rendered")
    keys = KeyPair.generate()
    if not keys.public.verify(b"tcns", keys.sign(b"tcns")):
        problems.append("signatures do not verify")
    return problems


def smoke_test() -> int:
    """Prove an installed (or frozen) program works: database, fonts, translations, window.

    Creates a database in a temporary folder, migrates it, loads the bundled fonts and the
    translations, builds the main window offscreen, and exits 0 (1 with a message otherwise).
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from tcns_desktop.services.workspace import Workspace
    from tcns_desktop.translation_catalog import load_catalog
    from tcns_desktop.ui.application import check_window

    problems: list[str] = []
    with tempfile.TemporaryDirectory(prefix="tcns-smoke-") as folder:
        paths = AppPaths.in_folder(Path(folder))
        workspace, _report = Workspace.open(paths, Preferences())
        if not workspace.summary().site.site_id:
            problems.append("no site id")
        workspace.close()
        if len(load_catalog("en")) == 0:
            problems.append("English catalogue (.ts) empty")
        problems += check_window(AppPaths.in_folder(Path(folder) / "window"))
        problems += _check_documents_and_keys(Path(folder))
    if problems:
        print("SMOKE TEST FAILED: " + "; ".join(problems), file=sys.stderr)  # noqa: T201
        return 1
    print(f"{APP_NAME} {__version__}: smoke test ok")  # noqa: T201
    return 0
