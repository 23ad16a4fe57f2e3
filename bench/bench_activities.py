"""Activity list benchmark: open the list (first page + size) and scroll to page N, filtered.

Run on demand:  .venv/bin/python bench/bench_activities.py --data-dir DIR [--runs 5]

DIR holds a database made by ``tcns demo --scale province`` (1,000,000 activities; made in
the work folder when --data-dir is omitted). It is only read: the benchmark works on an
upgraded copy in --work-dir (see ``province_copy.py``). Goal of issue 4: with database-side
paging, opening and scrolling the list each take at most 200 ms (medians).

"Open" is the service call the list makes first: the page of 100 rows at the top and the
list's size, with nothing kept from before (the service keeps the size until the data
changes). "Scroll" is a later call for the page at 25 %, 50 %, 75 % of the list and its
last page. The service is called directly (no window).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

import province_copy

GOAL_MS = 200.0
PAGE = 100


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument(
        "--work-dir", type=Path, default=Path(tempfile.gettempdir()) / "tcns-bench-activities"
    )
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    data = province_copy.prepare(args.data_dir, args.work_dir)
    return _measure(data / province_copy.DATABASE, args.runs)


def _measure(database: Path, runs: int) -> int:
    from tcns_desktop.data.database import make_engine, make_session_factory
    from tcns_desktop.domain.activity_records import ActivityQuery, ActivitySort
    from tcns_desktop.domain.enums import ActivityKind, PeriodKind, Pillar
    from tcns_desktop.domain.periods import Period
    from tcns_desktop.services.activities import ActivityService

    province_copy.warm(database)
    raw = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        newest = raw.execute("SELECT max(activity_date) FROM activity").fetchone()[0]
        commune = raw.execute("SELECT id FROM commune ORDER BY code LIMIT 1 OFFSET 40").fetchone()[
            0
        ]
        team = raw.execute("SELECT id FROM team ORDER BY id LIMIT 1 OFFSET 1000").fetchone()[0]
        activities = raw.execute("SELECT count(*) FROM activity").fetchone()[0]
    finally:
        raw.close()
    quarter = Period.containing(Period.parse(newest[:7]).start, PeriodKind.QUARTER).previous()
    cases: dict[str, ActivityQuery] = {
        "no filter, newest first": ActivityQuery(),
        f"period {quarter.key}": ActivityQuery(period=quarter),
        "one commune": ActivityQuery(commune_id=commune),
        "one team": ActivityQuery(team_id=team),
        "kind = training": ActivityQuery(kind=ActivityKind.TRAINING),
        "pillar = digital economy": ActivityQuery(pillar=Pillar.DIGITAL_ECONOMY),
        'search "zalo"': ActivityQuery(text="zalo"),
        f'search "vneid" in {quarter.key}': ActivityQuery(text="vneid", period=quarter),
        "sorted by team": ActivityQuery(sort=ActivitySort.TEAM, descending=False),
        "sorted by kind": ActivityQuery(sort=ActivitySort.KIND, descending=False),
    }
    engine = make_engine(database)
    sessions = make_session_factory(engine)
    print(f"\n{activities:,} activities, pages of {PAGE} rows, {runs} runs, medians (ms):")
    print(f"  {'list':<32} {'rows':>9} {'open':>7} {'25 %':>7} {'50 %':>7} {'75 %':>7} {'last':>7}")
    worst = 0.0
    try:
        for name, query in cases.items():
            opens: list[float] = []
            scrolls: dict[str, list[float]] = {"25": [], "50": [], "75": [], "last": []}
            total = 0
            for _ in range(runs):
                service = ActivityService(sessions)  # a first opening: nothing kept
                started = time.perf_counter()
                page = service.list_page(query, 0, PAGE)
                opens.append(time.perf_counter() - started)
                total = page.total
                for label, offset in (
                    ("25", total // 4),
                    ("50", total // 2),
                    ("75", total * 3 // 4),
                    ("last", max(0, total - PAGE)),
                ):
                    started = time.perf_counter()
                    rows = service.list_page(query, offset, PAGE).rows
                    scrolls[label].append(time.perf_counter() - started)
                    assert len(rows) == min(PAGE, total - offset)
            medians = [statistics.median(opens)] + [statistics.median(v) for v in scrolls.values()]
            worst = max(worst, *medians)
            print(
                f"  {name:<32} {total:>9,} " + " ".join(f"{value * 1000:7.1f}" for value in medians)
            )
    finally:
        engine.dispose()
    print(f"\nSlowest median: {worst * 1000:.1f} ms (goal ≤ {GOAL_MS:.0f} ms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
