"""Benchmark: the decision PDF with a large member annex, against a bare reportlab table.

The goals (issue "Official documents"):

1. a decision with a 2,000-member annex (a province's village teams) renders in at most 5 s;
2. a ~500-page annex renders within 2x the time of a bare reportlab document of the same rows
   (``SimpleDocTemplate`` + one ``Table`` with ``repeatRows=1``, same fonts, page size and
   column widths), measured in the same run.

Timed, each as the median of ``--runs`` runs in this process (fonts registered, imports done):

* ``write_decision`` of a decision with ``--members`` members in teams of 10, landscape
  annex, written atomically (temporary file, fsync, rename);
* the baseline: the same rows (team heading rows as plain rows) in one ``Table``, written to a
  file in the same folder.

Usage: ``.venv/bin/python bench/bench_documents.py [--members 10000] [--runs 3]``
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pypdf import PdfReader  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.platypus import SimpleDocTemplate, Table  # noqa: E402

from tcns_desktop.documents import fonts  # noqa: E402
from tcns_desktop.documents.decision_pdf import (  # noqa: E402
    MEMBER_COLUMN_SHARES,
    member_rows,
    write_decision,
)
from tcns_desktop.documents.page_layout import (  # noqa: E402
    LANDSCAPE,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    frame_width,
)
from tcns_desktop.domain.document_records import MEMBER_COLUMNS, DecisionContent  # noqa: E402
from tests.documents.sample_documents import sample_decision  # noqa: E402

SMALL_GOAL_SECONDS = 5.0
SMALL_MEMBERS = 2_000
GOAL_RATIO = 2.0
TEAM_SIZE = 10


def median_seconds(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bare_table(content: DecisionContent, path: Path) -> None:
    """What reportlab alone does with the same rows: one Table, header repeated."""
    assert content.annex is not None
    rows = [list(MEMBER_COLUMNS)]
    for row in member_rows(content.annex):
        cells = list(row.cells)
        rows.append(cells + [""] * (len(MEMBER_COLUMNS) - len(cells)))
    width = frame_width(LANDSCAPE)
    table = Table(
        rows,
        colWidths=[width * share for share in MEMBER_COLUMN_SHARES],
        repeatRows=1,
        style=[
            ("FONT", (0, 0), (-1, -1), fonts.REGULAR, 12),
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ],
    )
    document = SimpleDocTemplate(
        str(path),
        pagesize=landscape(A4),
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
    )
    document.build([table])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    fonts.register_fonts()

    with tempfile.TemporaryDirectory(prefix="tcns-bench-docs-") as folder:
        out = Path(folder)

        small = sample_decision(teams=SMALL_MEMBERS // TEAM_SIZE, per_team=TEAM_SIZE)
        small_path = out / "decision-2000.pdf"
        small_seconds = median_seconds(lambda: write_decision(small, small_path), args.runs)
        small_pages = len(PdfReader(small_path).pages)
        print(
            f"decision with a {SMALL_MEMBERS:,}-member annex: {small_seconds:.2f} s "
            f"({small_pages} pages; goal <= {SMALL_GOAL_SECONDS:.0f} s: "
            f"{'met' if small_seconds <= SMALL_GOAL_SECONDS else 'NOT met'})"
        )

        big = sample_decision(teams=args.members // TEAM_SIZE, per_team=TEAM_SIZE)
        assert big.annex is not None
        rows = len(member_rows(big.annex))
        ours_path = out / "decision-big.pdf"
        bare_path = out / "bare.pdf"
        # Alternate the two so that a busy neighbour on the machine slows both alike.
        ours_times: list[float] = []
        bare_times: list[float] = []
        for _ in range(args.runs):
            ours_times.append(median_seconds(lambda: write_decision(big, ours_path), 1))
            bare_times.append(median_seconds(lambda: bare_table(big, bare_path), 1))
        ours = statistics.median(ours_times)
        bare = statistics.median(bare_times)
        ours_pages = len(PdfReader(ours_path).pages)
        bare_pages = len(PdfReader(bare_path).pages)
        ratio = ours / bare
        print(f"annex of {args.members:,} members ({rows:,} table rows with team headings):")
        print(f"  bare reportlab Table, repeatRows=1: {bare:.2f} s, {bare_pages} pages")
        print(f"  write_decision (decision + annex):  {ours:.2f} s, {ours_pages} pages")
        print(
            f"  ratio {ratio:.2f}x (goal <= {GOAL_RATIO:.0f}x: "
            f"{'met' if ratio <= GOAL_RATIO else 'NOT met'})"
        )
        met = small_seconds <= SMALL_GOAL_SECONDS and ratio <= GOAL_RATIO
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
