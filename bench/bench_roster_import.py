"""Whole roster import of a 10,000-row workbook (dry run, then apply) against openpyxl alone.

Run on demand:  .venv/bin/python bench/bench_roster_import.py [--rows 10000] [--runs 3]

Issue 3's goal: importing a 10,000-row roster within 2x the time openpyxl alone takes to read
the same file in read-only mode. ``bench_roster_read.py`` measures the reading part alone; this
one measures what the clerk waits for: the dry run (read + decode + check + match) and the
apply (one transaction into an empty commune database), each in a fresh data folder.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_roster_read import make_roster, openpyxl_alone, to_shared_strings


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    from tcns_desktop.domain.enums import LeaderRole
    from tcns_desktop.domain.records import CommuneSetup, LeaderInput
    from tcns_desktop.paths import AppPaths
    from tcns_desktop.preferences import Preferences
    from tcns_desktop.services.workspace import Workspace

    with tempfile.TemporaryDirectory(prefix="tcns-bench-") as folder:
        workbook = Path(folder) / "roster.xlsx"
        make_roster(workbook, args.rows)
        to_shared_strings(workbook)
        baseline, preview_times, apply_times = [], [], []
        counts = ""
        for run in range(args.runs):
            started = time.perf_counter()
            openpyxl_alone(workbook)
            baseline.append(time.perf_counter() - started)
            paths = AppPaths.in_folder(Path(folder) / f"data-{run}")
            workspace, _ = Workspace.open(paths, Preferences())
            workspace.commune.save_setup(
                CommuneSetup(
                    province_code="25",
                    province_name="",
                    commune_code="07951",
                    commune_name="Tân Lập",
                    leaders=(LeaderInput("Nguyễn Văn Hùng", "", LeaderRole.CHAIR),),
                )
            )
            started = time.perf_counter()
            preview = workspace.roster_import.preview(workbook)
            preview_times.append(time.perf_counter() - started)
            started = time.perf_counter()
            result = workspace.roster_import.apply(workbook, preview)
            apply_times.append(time.perf_counter() - started)
            counts = f"{result.added:,} added, {result.rejected:,} rejected"
            assert preview.count("add") == result.added
            workspace.close()
    base = statistics.median(baseline)
    dry = statistics.median(preview_times)
    full = statistics.median(apply_times)
    print(f"\n{args.rows:,} rows ({counts}), {args.runs} runs, medians:")
    print(f"  openpyxl read-only, values only   {base:7.2f} s")
    print(f"  dry run (read + check + match)    {dry:7.2f} s   {dry / base:.2f}x")
    print(f"  apply (write, 1 transaction)      {full:7.2f} s   {full / base:.2f}x")
    print(
        f"  dry run + apply                   {dry + full:7.2f} s   {(dry + full) / base:.2f}x"
        " (goal ≤ 2x for the import)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
