"""Benchmark: bundle export of a commune-year, and the upper level's import of a province.

Goals (issue "sync bundle and the upper level"):

- export of a commune-year (``generate_demo(scale="commune")``: 5,000 activities and the
  rosters) in at most 1 s: ``BundleExportService.export(full=True)``, which includes writing
  the zip, signing, fsync, and reading the bundle back to verify it;
- import of a province's worth (100 commune bundles, 1,000,000 activities in total) within
  3x the time a raw ``sqlite3.executemany`` needs to insert the same rows into the same
  schema, measured side by side in the same run, with bounded memory.

How the province's bundles are made: ``generate_demo(scale="province")`` fills a source
database with 100 communes; each commune's rows are then written as its own signed full
bundle, as if it came from its own installation (its own site id, key pair and revision
numbers). The upper level is a fresh hub database with the 100 keys registered; its import
(``HubService.import_bundles`` on the folder, one transaction) runs in a child process so its
peak memory can be reported. The baseline inserts exactly the rows the bundles carry into a
fresh database of the same schema (every index, as the import has to maintain them) with
plain ``INSERT`` statements, one ``executemany`` per table and commune, one transaction, the
same journal and sync settings as the import; only the ``executemany`` calls are timed.

Usage: ``.venv/bin/python bench/bench_sync.py [--scale province|district] [--runs 3]``
(``--scale district``: 10 communes, 50,000 activities, for a quick look).
"""

from __future__ import annotations

import argparse
import gc
import json
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tcns_desktop.data.sync_rows import RowEncoder, bundle_tables  # noqa: E402
from tcns_desktop.domain.enums import LeaderRole  # noqa: E402
from tcns_desktop.domain.identifiers import now_text, uuid7  # noqa: E402
from tcns_desktop.domain.records import CommuneSetup, LeaderInput, VillageInput  # noqa: E402
from tcns_desktop.domain.sync_tables import ID, REV_SEQ, REV_SITE, TableSpec  # noqa: E402
from tcns_desktop.paths import AppPaths  # noqa: E402
from tcns_desktop.preferences import Preferences  # noqa: E402
from tcns_desktop.services.bundle_export import (  # noqa: E402
    BundleExportService,
    bundle_schema,
    keys_folder,
)
from tcns_desktop.services.demo import generate_demo  # noqa: E402
from tcns_desktop.services.hub import HubService  # noqa: E402
from tcns_desktop.services.workspace import Workspace  # noqa: E402
from tcns_desktop.sync.container import AtomicFile  # noqa: E402
from tcns_desktop.sync.keys import KeyPair, KeyRole, KeyStore, PublicKeyFile  # noqa: E402
from tcns_desktop.sync.manifest import BundleKind, Coverage, LineageEntry, Source  # noqa: E402
from tcns_desktop.sync.reader import file_sha256, open_bundle  # noqa: E402
from tcns_desktop.sync.writer import BundleDraft, BundleWriter, bundle_file_name  # noqa: E402

EXPORT_GOAL_SECONDS = 1.0
IMPORT_GOAL_RATIO = 3.0
TODAY = date(2026, 3, 15)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", choices=("province", "district"), default="province")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--skip-export", action="store_true")
    parser.add_argument("--child-import", nargs=2, metavar=("HUB_DIR", "BUNDLES"))
    args = parser.parse_args()
    if args.child_import:
        return child_import(Path(args.child_import[0]), Path(args.child_import[1]))
    runs = max(1, args.runs)
    if not args.skip_export:
        bench_export(runs)
    bench_import(args.scale, runs)
    return 0


def open_workspace(folder: Path) -> Workspace:
    workspace, _ = Workspace.open(AppPaths.in_folder(folder), Preferences(clerk_name="bench"))
    return workspace


# --- Export --------------------------------------------------------------------------------


def bench_export(runs: int) -> None:
    with tempfile.TemporaryDirectory(prefix="tcns-bench-") as folder:
        workspace = open_workspace(Path(folder) / "commune")
        try:
            workspace.commune.save_setup(
                CommuneSetup(
                    province_code="25",
                    province_name="",
                    commune_code="07951",
                    commune_name="Xã Tân Lập",
                    leaders=(LeaderInput("Nguyễn Văn Hùng", "", LeaderRole.CHAIR),),
                    villages=tuple(VillageInput(f"Thôn {n}") for n in range(1, 19)),
                )
            )
            report = generate_demo(workspace, seed=1, scale="commune", today=TODAY)
            print(
                f"commune-year: {report.activities:,} activities, {report.people:,} people, "
                f"{report.participants:,} participants, {report.results:,} results"
            )
            service = BundleExportService(
                workspace.sessions, workspace.engine, KeyStore(keys_folder(workspace.paths))
            )
            service.own_key()  # the key is made once, at set-up, not per export
            times = []
            for run in range(runs + 1):
                started = time.perf_counter()
                exported = service.export(Path(folder) / "out", full=True)
                elapsed = time.perf_counter() - started
                if run:  # the first run warms the imports and the page cache
                    times.append(elapsed)
            size = Path(exported.path).stat().st_size
            median = statistics.median(times)
            print(
                f"export (full, signed, fsync, read back and verified): median {median:.3f} s "
                f"over {runs} runs, {exported.total_rows:,} rows, {size / 1e6:.1f} MB "
                f"— goal ≤ {EXPORT_GOAL_SECONDS:.0f} s: "
                + ("met" if median <= EXPORT_GOAL_SECONDS else "NOT met")
            )
        finally:
            workspace.close()


# --- Import --------------------------------------------------------------------------------


def bench_import(scale: str, runs: int) -> None:
    with tempfile.TemporaryDirectory(prefix="tcns-bench-") as folder:
        base = Path(folder)
        print(f"generating the {scale} demo …", flush=True)
        source = open_workspace(base / "source")
        try:
            demo = generate_demo(source, seed=1, scale=scale, today=TODAY)
        finally:
            source.close()
        print(
            f"  {demo.communes} communes, {demo.activities:,} activities, "
            f"{demo.participants:,} participants, {demo.results:,} results "
            f"({demo.seconds:.0f} s)",
            flush=True,
        )
        bundles = base / "bundles"
        keys = base / "keys"
        print("writing one signed bundle per commune …", flush=True)
        started = time.perf_counter()
        written = write_commune_bundles(base / "source" / "tcns.sqlite3", bundles, keys)
        print(
            f"  {len(written)} bundles, {sum(p.stat().st_size for p in written) / 1e6:.0f} MB "
            f"({time.perf_counter() - started:.0f} s)",
            flush=True,
        )
        imports: list[float] = []
        baselines: list[float] = []
        peaks: list[float] = []
        rows = 0
        for run in range(1, runs + 1):
            hub_dir = base / f"hub{run}"
            prepare_hub(hub_dir, keys)
            print(f"run {run}/{runs}: hub import …", flush=True)
            outcome = subprocess.run(
                [sys.executable, __file__, "--child-import", str(hub_dir), str(bundles)],
                check=True,
                capture_output=True,
                text=True,
            )
            result = json.loads(outcome.stdout.strip().splitlines()[-1])
            imports.append(result["seconds"])
            peaks.append(result["peak_mb"])
            rows = result["rows"]
            print(
                f"  import {result['seconds']:.1f} s, {result['rows']:,} rows, "
                f"{result['imported']} bundles imported, peak memory {result['peak_mb']:.0f} MB",
                flush=True,
            )
            baseline_dir = base / f"baseline{run}"
            baselines.append(raw_insert(bundles, keys, baseline_dir))
            print(f"  raw executemany of the same rows {baselines[-1]:.1f} s", flush=True)
        imported = statistics.median(imports)
        raw = statistics.median(baselines)
        ratio = imported / raw
        print()
        print(f"| | median of {runs} | rows/s |")
        print("|---|---|---|")
        print(
            f"| hub import of {len(written)} bundles | {imported:.1f} s | {rows / imported:,.0f} |"
        )
        print(
            f"| raw sqlite3 executemany, same rows and schema | {raw:.1f} s | {rows / raw:,.0f} |"
        )
        print(
            f"| ratio | **{ratio:.2f}x** (goal ≤ {IMPORT_GOAL_RATIO:.0f}x: "
            + ("met" if ratio <= IMPORT_GOAL_RATIO else "NOT met")
            + ") | |"
        )
        print(f"peak memory of the import process: {max(peaks):.0f} MB")


def prepare_hub(hub_dir: Path, keys: Path) -> None:
    workspace = open_workspace(hub_dir)
    try:
        hub = HubService.for_workspace(workspace)
        hub.set_up("Sở Khoa học và Công nghệ (bench)")
        for key_file in sorted(keys.glob("*.tcnskey")):
            hub.register_commune(key_file)
    finally:
        workspace.close()


def child_import(hub_dir: Path, bundles: Path) -> int:
    """The import alone, in a fresh process: its time and peak memory."""
    workspace = open_workspace(hub_dir)
    try:
        hub = HubService.for_workspace(workspace)
        gc.collect()
        started = time.perf_counter()
        report = hub.import_bundles([bundles])
        seconds = time.perf_counter() - started
    finally:
        workspace.close()
    rows = sum(c.total for r in report.results for c in r.tables.values())
    failed = [f"{r.file_name}: {r.message} {r.problems[:3]}" for r in report.rejected]
    if failed:
        print("\n".join(failed), file=sys.stderr)
        return 1
    peak_mb = peak_memory_mb()
    print(
        json.dumps(
            {
                "seconds": seconds,
                "rows": rows,
                "imported": len(report.imported),
                "peak_mb": peak_mb,
            }
        )
    )
    return 0


def peak_memory_mb() -> float:
    """This process's peak resident memory. Not ``getrusage``: on Linux its maximum survives
    ``exec`` and would report the parent's (the benchmark's own, after generating the
    province) instead of the import's."""
    try:
        lines = Path("/proc/self/status").read_text().splitlines()
    except OSError:  # not Linux: the rusage figure is the best there is
        lines = []
    for line in lines:
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# --- Making the province's bundles ---------------------------------------------------------


def _owner_filter(spec: TableSpec, specs: dict[str, TableSpec]) -> tuple[str, str] | None:
    """SQL that selects one commune's rows of a table (by commune_id or through a parent)."""
    if spec.owner_column == ID:
        return "id = ?", "commune"
    if spec.owner_column is not None:
        return f"{spec.owner_column} = ?", "commune"
    for position, parent in spec.references:
        parent_spec = specs[parent]
        if parent_spec.owner_column == "commune_id":
            column = spec.columns[position].name
            return f"{column} IN (SELECT id FROM {parent} WHERE commune_id = ?)", parent
    return None  # shared reference data: every bundle carries it


def write_commune_bundles(source: Path, out: Path, keys_out: Path) -> list[Path]:
    specs = {spec.name: spec for spec in bundle_tables()}
    schema = bundle_schema()
    connection = sqlite3.connect(source)
    communes = connection.execute("SELECT id, code, name FROM commune ORDER BY code").fetchall()
    written = []
    for commune_id, code, name in communes:
        site_id, database_id = uuid7(), uuid7()
        pair = KeyPair.generate()
        PublicKeyFile.of(KeyRole.COMMUNE, code, f"Xã {name}", site_id, pair.public).write(
            keys_out / f"{code}.tcnskey"
        )
        created = now_text()
        # Rows are renumbered as this commune's own revisions 1..n, in the order written.
        total = 0
        for spec in specs.values():
            where = _owner_filter(spec, specs)
            sql = f"SELECT COUNT(*) FROM {spec.name}"
            params: tuple[Any, ...] = ()
            if where is not None:
                sql += f" WHERE {where[0]}"
                params = (commune_id,)
            total += connection.execute(sql, params).fetchone()[0]
        draft = BundleDraft(
            bundle_id=uuid7(),
            created_at=created,
            app_version="bench",
            schema_version=schema.current,
            kind=BundleKind.FULL,
            sequence=1,
            previous=None,
            source=Source(
                site_id=site_id,
                database_id=database_id,
                commune_id=commune_id,
                commune_code=code,
                commune_name=f"Xã {name}",
                key_fingerprint=pair.public.fingerprint,
                lineage=(LineageEntry(database_id, created, "created", 0),),
            ),
            coverage=(Coverage(site_id, 0, total),),
            tables=schema.table_names,
            acknowledged=None,
        )
        seq = 0
        with AtomicFile(out, "bundle") as target:
            writer = BundleWriter(target.handle, draft, pair)
            for spec in specs.values():
                where = _owner_filter(spec, specs)
                sql = f"SELECT {', '.join(spec.column_names)} FROM {spec.name}"
                params = ()
                if where is not None:
                    sql += f" WHERE {where[0]}"
                    params = (commune_id,)
                sql += " ORDER BY id"
                site_at, seq_at = spec.index(REV_SITE), spec.index(REV_SEQ)
                encoder = RowEncoder(spec)
                with writer.table(spec.name, spec.column_names) as rows_out:
                    cursor = connection.execute(sql, params)
                    while batch := cursor.fetchmany(5000):
                        renumbered = []
                        for row in encoder.encode(batch):
                            seq += 1
                            values = list(row)
                            values[site_at], values[seq_at] = site_id, seq
                            renumbered.append(tuple(values))
                        rows_out.write(renumbered)
            writer.finish()
            target.handle.flush()
            sha = file_sha256(target.temporary)
            written.append(target.commit(bundle_file_name(code, created, 1, sha)))
    connection.close()
    return written


# --- The baseline --------------------------------------------------------------------------


def raw_insert(bundles: Path, keys: Path, folder: Path) -> float:
    """Plain executemany of the rows the bundles carry, into a fresh database of the schema.

    The rows are read through the bundle reader beforehand (not timed); catalogue rows are
    left out, as the import matches them to the upper level's own catalogue.
    """
    open_workspace(folder).close()  # migrated schema, every index
    trusted = {key.fingerprint: key.keys for key in map(PublicKeyFile.read, keys.glob("*.tcnskey"))}
    target = sqlite3.connect(folder / "tcns.sqlite3", isolation_level=None)
    target.execute("PRAGMA journal_mode=DELETE")
    target.execute("PRAGMA synchronous=FULL")
    schema = bundle_schema()
    statements = {
        spec.name: f"INSERT INTO {spec.name} ({', '.join(spec.column_names)}) "
        f"VALUES ({', '.join('?' for _ in spec.column_names)})"
        for spec in schema.tables
    }
    elapsed = 0.0
    target.execute("BEGIN")
    for path in sorted(bundles.glob("*.tcns")):
        with open_bundle(
            path, schema=schema, keys=lambda m: trusted[m.source.key_fingerprint]
        ) as bundle:
            for table in bundle.tables():
                spec = schema.spec(table)
                assert spec is not None
                if spec.natural_key is not None:
                    continue
                for batch in bundle.batches(table):
                    started = time.perf_counter()
                    target.executemany(statements[table], batch.rows)
                    elapsed += time.perf_counter() - started
    started = time.perf_counter()
    target.execute("COMMIT")
    elapsed += time.perf_counter() - started
    target.close()
    return elapsed


if __name__ == "__main__":
    raise SystemExit(main())
