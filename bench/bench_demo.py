"""Benchmark: ``tcns demo`` against a raw sqlite3 ``executemany`` of the same rows.

The goal (issue "demo data at province scale"): ``tcns demo --scale province`` within 3x the
time a bare ``sqlite3.executemany`` needs to insert the same activity, participant and
result rows. Each run uses fresh temporary folders:

1. ``python -m tcns_desktop --data-dir TMP demo --scale SCALE`` in a subprocess, timed from
   outside (whole command: start-up, migrations, generation, load, indexes);
2. the rows of the three activity tables are read back from that database, and inserted by
   plain ``sqlite3.executemany`` in one transaction into a new database whose schema the
   project's migrations made (``Workspace.open`` on an empty folder). The baseline gets the
   loader's own settings (rollback journal, ``synchronous=OFF``, 256 MB cache) and only the
   primary keys, so it is the fastest raw insert of those rows there is: a strict yardstick.
   For reference the same is timed for the activity rows alone (the demo must also write
   the participant and result rows and build the indexes, so that ratio is not the goal).
   With ``--naive`` a further baseline inserts into the schema as migrated (WAL, every
   secondary index maintained row by row).

Usage: ``.venv/bin/python bench/bench_demo.py [--scale province] [--runs 3] [--naive]``
"""

from __future__ import annotations

import argparse
import gc
import re
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tcns_desktop.paths import AppPaths  # noqa: E402  (after the path set-up above)
from tcns_desktop.preferences import Preferences  # noqa: E402
from tcns_desktop.services.workspace import Workspace  # noqa: E402

TABLES = ("activity", "activity_participant", "activity_result")
GOAL_RATIO = 3.0
_INTERNAL_SECONDS = re.compile(r"trong ([\d.]+) giây")

Rows = dict[str, tuple[list[str], list[tuple[object, ...]]]]


@dataclass(frozen=True)
class DemoRun:
    wall: float
    internal: float | None
    counts: dict[str, int]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", choices=("commune", "district", "province"), default="province")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--naive", action="store_true", help="also time raw inserts into the migrated schema"
    )
    args = parser.parse_args()
    runs = max(1, args.runs)

    demo_runs: list[DemoRun] = []
    raw_strict: list[float] = []
    raw_activities: list[float] = []
    raw_naive: list[float] = []
    for run in range(1, runs + 1):
        with tempfile.TemporaryDirectory(prefix="tcns-bench-") as folder:
            data_dir = Path(folder) / "demo"
            print(f"run {run}/{runs}: tcns demo --scale {args.scale} …", flush=True)
            demo = run_demo(data_dir, args.scale, args.seed)
            demo_runs.append(demo)
            print(f"  {demo.wall:.1f} s (generate_demo: {_seconds(demo.internal)})", flush=True)
            rows = read_rows(data_dir / "tcns.sqlite3")
        raw_strict.append(timed_raw_insert(rows, keep_indexes=False))
        print(f"  raw executemany, PK only: {raw_strict[-1]:.1f} s", flush=True)
        raw_activities.append(timed_raw_insert(rows, keep_indexes=False, tables=TABLES[:1]))
        print(f"  raw executemany, activity rows only: {raw_activities[-1]:.1f} s", flush=True)
        if args.naive:
            raw_naive.append(timed_raw_insert(rows, keep_indexes=True))
            print(f"  raw executemany, migrated schema: {raw_naive[-1]:.1f} s", flush=True)
        del rows
        gc.collect()

    counts = demo_runs[-1].counts
    total_rows = sum(counts.values())
    print()
    print(f"tcns demo --scale {args.scale} (seed {args.seed}), {runs} run(s) each, medians")
    print(
        f"rows: {counts['activity']:,} activities + {counts['activity_participant']:,} "
        f"participants + {counts['activity_result']:,} results = {total_rows:,}"
    )
    print()
    header = f"{'':48} {'median s':>9} {'min s':>7} {'max s':>7} {'rows/s':>11}"
    print(header)
    print("-" * len(header))
    _line("tcns demo, whole command", [d.wall for d in demo_runs], total_rows)
    internal = [d.internal for d in demo_runs if d.internal is not None]
    if internal:
        _line("  of which generate_demo()", internal, total_rows)
    _line("raw executemany, PK only, same pragmas", raw_strict, total_rows)
    _line("  activity rows alone (reference)", raw_activities, counts["activity"])
    if raw_naive:
        _line("raw executemany, migrated schema (WAL, indexes)", raw_naive, total_rows)
    print()
    ratio = statistics.median(d.wall for d in demo_runs) / statistics.median(raw_strict)
    verdict = "within" if ratio <= GOAL_RATIO else "NOT within"
    goal = f"{verdict} the {GOAL_RATIO:g}x goal"
    print(f"ratio demo (whole command) / raw PK-only: {ratio:.2f}x — {goal}")
    if internal:
        inner = statistics.median(internal) / statistics.median(raw_strict)
        print(f"ratio generate_demo() / raw PK-only:      {inner:.2f}x")
    alone = statistics.median(d.wall for d in demo_runs) / statistics.median(raw_activities)
    print(f"ratio demo (whole command) / raw activity rows alone: {alone:.2f}x (reference)")
    if raw_naive:
        naive = statistics.median(d.wall for d in demo_runs) / statistics.median(raw_naive)
        print(f"ratio demo (whole command) / raw migrated schema: {naive:.2f}x")
    return 0


def run_demo(data_dir: Path, scale: str, seed: int) -> DemoRun:
    command = [sys.executable, "-m", "tcns_desktop", "--lang", "vi", "--data-dir", str(data_dir)]
    command += ["demo", "--scale", scale, "--seed", str(seed)]
    started = time.perf_counter()
    finished = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - started
    if finished.returncode != 0:
        raise SystemExit(f"tcns demo failed ({finished.returncode}):\n{finished.stderr}")
    match = _INTERNAL_SECONDS.search(finished.stdout)
    with sqlite3.connect(data_dir / "tcns.sqlite3") as connection:
        counts = {
            table: int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
            for table in TABLES
        }
    return DemoRun(wall, float(match.group(1)) if match else None, counts)


def read_rows(database: Path) -> Rows:
    """Every row of the three activity tables, as tuples, in insertion order."""
    connection = sqlite3.connect(database)
    try:
        rows: Rows = {}
        for table in TABLES:
            columns = [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]
            data = connection.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()
            rows[table] = (columns, data)
        return rows
    finally:
        connection.close()


def timed_raw_insert(rows: Rows, *, keep_indexes: bool, tables: tuple[str, ...] = TABLES) -> float:
    """Seconds for plain executemany of ``rows`` in one transaction into a migrated schema."""
    with tempfile.TemporaryDirectory(prefix="tcns-bench-raw-") as folder:
        paths = AppPaths.in_folder(Path(folder))
        workspace, _ = Workspace.open(paths, Preferences())
        workspace.close()
        connection = sqlite3.connect(paths.database_file, isolation_level=None)
        try:
            connection.execute("PRAGMA cache_size=-262144")
            connection.execute("PRAGMA synchronous=OFF")
            if not keep_indexes:
                connection.execute("PRAGMA journal_mode=DELETE")
                for table in TABLES:
                    for (name,) in connection.execute(
                        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                        "AND sql IS NOT NULL",
                        (table,),
                    ).fetchall():
                        connection.execute(f'DROP INDEX "{name}"')
            gc.disable()
            started = time.perf_counter()
            connection.execute("BEGIN")
            for table in tables:
                columns, data = rows[table]
                marks = ", ".join("?" for _ in columns)
                connection.executemany(
                    f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", data
                )
            connection.execute("COMMIT")
            elapsed = time.perf_counter() - started
            gc.enable()
        finally:
            connection.close()
    return elapsed


def _line(label: str, values: list[float], rows: int) -> None:
    median = statistics.median(values)
    print(f"{label:48} {median:9.2f} {min(values):7.2f} {max(values):7.2f} {rows / median:11,.0f}")


def _seconds(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.1f} s"


if __name__ == "__main__":
    raise SystemExit(main())
