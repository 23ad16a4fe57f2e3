"""The province-scale database the activity benchmarks read: a private, upgraded copy.

The source (``tcns demo --scale province``: 100 communes, 1,000,000 activities) is never
written to: it is copied with SQLite's backup API into a work folder and the copy is upgraded
to the current schema there. The copy is kept and reused while the source is unchanged, so
the activity and statistics benchmarks share it.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tcns_desktop.data.schema import SCHEMA_HEAD, current_revision, upgrade_to_head  # noqa: E402

DATABASE = "tcns.sqlite3"


def prepare(source: Path | None, work: Path) -> Path:
    """A data folder whose database is a current-schema copy of ``source``'s (made if None)."""
    work.mkdir(parents=True, exist_ok=True)
    if source is None:
        source = work / "source"
        if not (source / DATABASE).exists():
            print("Generating a province-scale database (about a minute) …", flush=True)
            subprocess.run(
                [sys.executable, "-m", "tcns_desktop", "--data-dir", str(source), "demo",
                 "--scale", "province"],
                check=True,
                stdout=subprocess.DEVNULL,
            )  # fmt: skip
    original = source / DATABASE
    if not original.exists():
        raise SystemExit(f"No database in {source}")
    copy_dir = work / "copy"
    copy = copy_dir / DATABASE
    marker = copy_dir / "source.json"
    stat = original.stat()
    wanted = {"source": str(original), "size": stat.st_size, "mtime": stat.st_mtime}
    fresh = (
        copy.exists()
        and marker.exists()
        and json.loads(marker.read_text(encoding="utf-8")) == wanted
        and current_revision(copy) == SCHEMA_HEAD
    )
    if not fresh:
        copy_dir.mkdir(parents=True, exist_ok=True)
        for stale in copy_dir.glob(DATABASE + "*"):
            stale.unlink()
        started = time.perf_counter()
        print(f"Copying {original} ({stat.st_size / 1e9:.1f} GB) …", flush=True)
        source_connection = sqlite3.connect(f"file:{original}?mode=ro", uri=True)
        target_connection = sqlite3.connect(copy)
        try:
            source_connection.backup(target_connection, pages=65_536)
        finally:
            target_connection.close()
            source_connection.close()
        copied = time.perf_counter()
        upgrade_to_head(copy)
        print(
            f"  copied in {copied - started:.1f} s, upgraded to schema {SCHEMA_HEAD} "
            f"in {time.perf_counter() - copied:.1f} s",
            flush=True,
        )
        marker.write_text(json.dumps(wanted), encoding="utf-8")
    return copy_dir


def warm(database: Path) -> None:
    """Read the file once so every measured run finds it in the OS cache alike."""
    with database.open("rb") as handle:
        while handle.read(16 * 1024 * 1024):
            continue  # only the reading matters: it puts the file in the OS cache
