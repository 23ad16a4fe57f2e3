"""Statistics benchmark: the dashboard's quarter, and a year's figures against hand-written SQL.

Run on demand:  .venv/bin/python bench/bench_stats.py --data-dir DIR [--runs 5]

DIR holds a database made by ``tcns demo --scale province`` (100 communes, 1,000,000
activities: an upper level's database, so the figures cover every commune and are broken
down by commune). It is only read: the benchmark works on an upgraded copy in --work-dir
(see ``province_copy.py``). Goals of issue 4 (medians):

1. the dashboard's figures for one quarter (``StatisticsService.compute``) in at most 1 s;
2. the figures of a year, as ``tcns stats --period YEAR`` computes them, within 3x the time
   of the equivalent hand-written SQL run in the same process on the same file: the same
   figures (activities by pillar, skill group and kind, by team and village; indicator
   values by commune and each team's latest value; teams and members at the year's end by
   team, village and commune; each team's and village's latest activity; members never
   trained; members trained in the year) as plain SQL strings through the stdlib driver,
   results fetched, nothing rolled up. For reference also: one bare ``GROUP BY`` of the
   year's activities, and the whole ``tcns stats --json`` command in this process (it also
   opens the database safely, which includes SQLite's ``quick_check`` of the whole file).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import province_copy  # (after the path set-up above)

GOAL_QUARTER_S = 1.0
GOAL_RATIO = 3.0

HAND_WRITTEN = (
    # Activities by pillar, skill group and kind.
    """SELECT pillar, skill, kind, count(*), sum(people_reached), sum(households_reached),
              count(people_reached), count(households_reached)
       FROM activity WHERE deleted_at IS NULL AND activity_date BETWEEN :start AND :end
       GROUP BY pillar, skill, kind""",
    # Activities by team and village.
    """SELECT team_id, village_id, count(*), sum(people_reached), sum(households_reached),
              count(people_reached), count(households_reached)
       FROM activity WHERE deleted_at IS NULL AND activity_date BETWEEN :start AND :end
       GROUP BY team_id, village_id""",
    # Indicator values by commune.
    """SELECT r.indicator_id, a.commune_id, count(*), sum(r.value), max(r.value)
       FROM activity a JOIN activity_result r ON r.activity_id = a.id
       WHERE a.deleted_at IS NULL AND r.deleted_at IS NULL
         AND a.activity_date BETWEEN :start AND :end
       GROUP BY r.indicator_id, a.commune_id""",
    # Each team's latest value of the "latest" indicators.
    """SELECT indicator_id, commune_id, team_id, village_id, value FROM (
         SELECT r.indicator_id, a.commune_id, a.team_id, a.village_id, r.value,
                row_number() OVER (PARTITION BY r.indicator_id, a.team_id
                                   ORDER BY a.activity_date DESC, a.id DESC) AS n
         FROM activity a JOIN activity_result r ON r.activity_id = a.id
         JOIN indicator i ON i.id = r.indicator_id
         WHERE a.deleted_at IS NULL AND r.deleted_at IS NULL AND i.aggregation = 'latest'
           AND a.activity_date BETWEEN :start AND :end)
       WHERE n = 1""",
    # Teams at the end.
    """SELECT id, name, commune_id, village_id,
              (founded_on IS NULL OR founded_on <= :end)
              AND (dissolved_on IS NULL OR dissolved_on > :end)
       FROM team WHERE deleted_at IS NULL""",
    # Members at the end: in all, by team, by village, by commune.
    """WITH members AS (
         SELECT m.person_id, m.team_id, t.village_id, t.commune_id
         FROM membership m JOIN team t ON t.id = m.team_id JOIN person p ON p.id = m.person_id
         WHERE m.deleted_at IS NULL AND t.deleted_at IS NULL AND p.deleted_at IS NULL
           AND (t.founded_on IS NULL OR t.founded_on <= :end)
           AND (t.dissolved_on IS NULL OR t.dissolved_on > :end)
           AND (m.start_date IS NULL OR m.start_date <= :end)
           AND (m.end_date IS NULL OR m.end_date > :end))
       SELECT 'all', NULL, NULL, count(DISTINCT person_id) FROM members
       UNION ALL SELECT 'team', team_id, NULL, count(DISTINCT person_id) FROM members
         GROUP BY team_id
       UNION ALL SELECT 'village', commune_id, village_id, count(DISTINCT person_id)
         FROM members GROUP BY commune_id, village_id
       UNION ALL SELECT 'commune', commune_id, NULL, count(DISTINCT person_id) FROM members
         GROUP BY commune_id""",
    # Each team's and village's latest activity up to the end.
    """SELECT t.id, (SELECT max(a.activity_date) FROM activity a WHERE a.deleted_at IS NULL
                     AND a.team_id = t.id AND a.activity_date <= :end)
       FROM team t WHERE t.deleted_at IS NULL""",
    """SELECT v.id, (SELECT max(a.activity_date) FROM activity a WHERE a.deleted_at IS NULL
                     AND a.village_id = v.id AND a.activity_date <= :end)
       FROM village v WHERE v.deleted_at IS NULL""",
    # Members never trained up to the end.
    """SELECT DISTINCT m.person_id
       FROM membership m JOIN team t ON t.id = m.team_id JOIN person p ON p.id = m.person_id
       WHERE m.deleted_at IS NULL AND t.deleted_at IS NULL AND p.deleted_at IS NULL
         AND (m.start_date IS NULL OR m.start_date <= :end)
         AND (m.end_date IS NULL OR m.end_date > :end)
         AND NOT EXISTS (
           SELECT 1 FROM training_attendance ta JOIN training_course c ON c.id = ta.course_id
           WHERE ta.person_id = m.person_id AND ta.deleted_at IS NULL
             AND c.deleted_at IS NULL AND ta.result IN ('completed', 'passed')
             AND coalesce(c.end_date, c.start_date) <= :end)""",
    # Members trained in the period.
    """SELECT count(DISTINCT ta.person_id)
       FROM training_attendance ta JOIN training_course c ON c.id = ta.course_id
       WHERE ta.deleted_at IS NULL AND c.deleted_at IS NULL
         AND ta.result IN ('completed', 'passed')
         AND coalesce(c.end_date, c.start_date) BETWEEN :start AND :end""",
)
ONE_GROUP_BY = HAND_WRITTEN[0]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument(
        "--work-dir", type=Path, default=Path(tempfile.gettempdir()) / "tcns-bench-activities"
    )
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    data = province_copy.prepare(args.data_dir, args.work_dir)
    return _measure(data, args.runs)


def _median(work: Callable[[], object], runs: int) -> float:
    work()  # once untimed: caches of the query compiler and of the OS alike
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _measure(data: Path, runs: int) -> int:
    from tcns_desktop.cli import main as tcns
    from tcns_desktop.data.database import make_engine, make_session_factory
    from tcns_desktop.domain.enums import PeriodKind
    from tcns_desktop.domain.periods import Period
    from tcns_desktop.services.statistics import StatisticsService

    database = data / province_copy.DATABASE
    province_copy.warm(database)
    raw = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    newest = raw.execute("SELECT max(activity_date) FROM activity").fetchone()[0]
    counts = raw.execute("SELECT count(*) FROM activity").fetchone()[0]
    year = Period.parse(newest[:4])
    quarter = Period.containing(Period.parse(newest[:7]).start, PeriodKind.QUARTER).previous()
    in_year = raw.execute(
        "SELECT count(*) FROM activity WHERE activity_date BETWEEN ? AND ?",
        (year.start.isoformat(), year.end.isoformat()),
    ).fetchone()[0]
    parameters = {"start": year.start.isoformat(), "end": year.end.isoformat()}

    def hand_written() -> None:
        for statement in HAND_WRITTEN:
            raw.execute(statement, parameters).fetchall()

    def one_group_by() -> None:
        raw.execute(ONE_GROUP_BY, parameters).fetchall()

    engine = make_engine(database)
    service = StatisticsService(make_session_factory(engine))
    try:
        quarter_s = _median(lambda: service.compute(quarter), runs)
        year_s = _median(lambda: service.compute(year), runs)
        sql_s = _median(hand_written, runs)
        bare_s = _median(one_group_by, runs)
    finally:
        engine.dispose()
        raw.close()

    def command() -> None:
        with contextlib.redirect_stdout(io.StringIO()):
            code = tcns(["--data-dir", str(data), "stats", "--period", year.key, "--json"])
        assert code == 0

    command_s = _median(command, runs)
    print(f"\n{counts:,} activities ({in_year:,} in {year.key}), {runs} runs, medians:")
    print(
        f"  dashboard, quarter {quarter.key}: {quarter_s * 1000:7.0f} ms"
        f" (goal ≤ {GOAL_QUARTER_S * 1000:.0f} ms)"
    )
    print(f"  figures of the year {year.key} (service): {year_s * 1000:7.0f} ms")
    print(f"  the same figures, hand-written SQL: {sql_s * 1000:7.0f} ms")
    print(f"  ratio service / hand-written SQL: {year_s / sql_s:7.2f}x (goal ≤ {GOAL_RATIO:.0f}x)")
    print(
        f"  for reference: one bare GROUP BY of the year's activities {bare_s * 1000:.0f} ms;"
        f" whole 'tcns stats --period {year.key} --json' {command_s * 1000:.0f} ms"
        " (opening: integrity check of the whole file, identity, backups check)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
