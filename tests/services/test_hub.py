"""The upper level: registration, import rules, idempotency, tombstones, gaps, forks, acks."""

from __future__ import annotations

import json
import random
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine

from tcns_desktop.data.database import make_engine, make_session_factory
from tcns_desktop.data.models import Person
from tcns_desktop.domain.sync_records import ALREADY_IMPORTED, IMPORTED, REJECTED, WAITING
from tcns_desktop.errors import ValidationError
from tcns_desktop.paths import AppPaths
from tcns_desktop.services import maintenance
from tcns_desktop.services.bundle_export import FORK_ACCEPTED, bundle_schema, keys_folder
from tcns_desktop.services.hub import HubService, inbox_folder
from tcns_desktop.services.hub_merge import fork_refusal
from tcns_desktop.sync.errors import ForkedHistoryError
from tcns_desktop.sync.keys import KeyStore, PublicKeyFile
from tcns_desktop.sync.manifest import BundleKind, Coverage, LineageEntry, Manifest, Source
from tests.conftest import sample_setup
from tests.sync.bundles import edit_lines, resign
from tests.sync_fixtures import (
    SYNC_TABLES,
    Pair,
    bundles_of,
    edit_commune,
    held_rows,
    hub_of,
    make_commune,
    make_pair,
    open_workspace,
    own_rows,
    table_digest,
)


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[Pair]:
    made = make_pair(tmp_path)
    yield made
    made.commune.close()
    made.hub.close()


def hub_file(pair: Pair) -> Path:
    return pair.hub.paths.database_file


def test_round_trip_export_import_export_is_identical(pair: Pair, tmp_path: Path) -> None:
    first = pair.bundles.export(tmp_path / "out")
    report = pair.hub_service.import_bundles([Path(first.path)])
    assert [r.status for r in report.results] == [IMPORTED]
    counts = report.by_commune()["07951"]
    assert counts["person"].new == 5 and counts["activity"].new == 6
    # Catalogue rows are matched to the upper level's own, not added.
    assert counts["indicator"].new == 0 and counts["indicator"].unchanged > 0
    assert held_rows(pair.hub_service, "07951") == own_rows(pair.commune, tmp_path / "full")


def test_importing_twice_changes_nothing(pair: Pair, tmp_path: Path) -> None:
    exported = Path(pair.bundles.export(tmp_path / "out").path)
    pair.hub_service.import_bundles([exported])
    before = table_digest(hub_file(pair))
    again = pair.hub_service.import_bundles([exported])
    assert again.results[0].status == ALREADY_IMPORTED
    assert "đã được nhập" in again.results[0].message
    assert table_digest(hub_file(pair)) == before


def test_dry_run_reports_the_same_and_keeps_nothing(pair: Pair, tmp_path: Path) -> None:
    exported = Path(pair.bundles.export(tmp_path / "out").path)
    before = table_digest(hub_file(pair))
    dry = pair.hub_service.import_bundles([exported], dry_run=True)
    assert table_digest(hub_file(pair)) == before
    real = pair.hub_service.import_bundles([exported])
    assert dry.by_commune() == real.by_commune()


def test_tombstones_propagate_and_older_bundles_never_resurrect(pair: Pair, tmp_path: Path) -> None:
    old = Path(pair.bundles.export(tmp_path / "a").path)
    with pair.commune.sessions.begin() as session:
        person = session.query(Person).filter(Person.full_name == "Lê Văn Cường").one()
        person.deleted_at = "2026-01-02T03:04:05.000000Z"
        deleted_id = person.id
    # Nothing acknowledged yet: the newer bundle covers the older one's revisions too.
    newer = Path(pair.bundles.export(tmp_path / "b").path)
    first = pair.hub_service.import_bundles([newer]).results[0]
    assert first.tables["person"].new == 5
    late = pair.hub_service.import_bundles([old]).results[0]
    assert late.status == IMPORTED
    assert late.tables["person"].unchanged == 5 and late.tables["person"].updated == 0
    connection = sqlite3.connect(hub_file(pair))
    deleted = connection.execute(
        "SELECT deleted_at FROM person WHERE id = ?", (deleted_id,)
    ).fetchone()
    connection.close()
    assert deleted == ("2026-01-02T03:04:05.000000Z",)


def acknowledged_bundles(
    pair: Pair, folder: Path, steps: int, seed: int, prior: list[Path]
) -> list[Path]:
    """Bundles that each start where the previous one ended: a second upper level the
    commune also trusts (given the ``prior`` bundles first) receives and acknowledges each
    at once, so the main hub can be given them later, in any order."""
    rng = random.Random(seed)
    acker = make_pair(folder / "acker", commune=pair.commune)
    paths = []
    try:
        acker.hub_service.import_bundles(prior)
        for n in range(steps):
            edit_commune(pair.commune, rng)
            paths.append(Path(pair.bundles.export(folder / f"b{n}").path))
            acker.hub_service.import_bundles([paths[-1]])
            ack = acker.hub_service.write_acknowledgements(folder / f"ack{n}")[0]
            pair.bundles.import_acknowledgement(ack)
    finally:
        acker.hub.close()
    return paths


def test_out_of_order_bundles_wait_then_converge(pair: Pair, tmp_path: Path) -> None:
    first = Path(pair.bundles.export(tmp_path / "first").path)
    pair.hub_service.import_bundles([first])
    pair.bundles.import_acknowledgement(
        pair.hub_service.write_acknowledgements(tmp_path / "acks")[0]
    )
    paths = acknowledged_bundles(pair, tmp_path, 3, seed=3, prior=[first])
    last = pair.hub_service.import_bundles([paths[2]]).results[0]
    assert last.status == WAITING, last.message
    assert any("Chưa nhận các gói số 2–3" in w for w in last.warnings)
    status = pair.hub_service.status()[0]
    assert status.missing_sequences == (2, 3) and status.waiting_sequences == (4,)
    assert status.missing_revisions
    # Each of these points at last week's activity, so each waits for the one before.
    second = pair.hub_service.import_bundles([paths[1]])
    assert [r.status for r in second.results] == [WAITING]
    assert pair.hub_service.status()[0].waiting_sequences == (3, 4)
    report = pair.hub_service.import_bundles([paths[0]])
    assert [(r.sequence, r.status) for r in report.results] == [
        (2, IMPORTED),
        (3, IMPORTED),
        (4, IMPORTED),
    ]
    status = pair.hub_service.status()[0]
    assert status.missing_sequences == () and status.missing_revisions == ()
    assert status.waiting_sequences == ()
    assert status.received_to == pair.commune.site().last_seq
    # Bundle 5: the state a full bundle reports now.
    assert held_rows(pair.hub_service, "07951") == own_rows(pair.commune, tmp_path / "full")


def test_acknowledgement_moves_the_next_incremental_bundle(pair: Pair, tmp_path: Path) -> None:
    first = pair.bundles.export(tmp_path / "a")
    pair.hub_service.import_bundles([Path(first.path)])
    ack = pair.hub_service.write_acknowledgements(tmp_path / "acks")[0]
    imported = pair.bundles.import_acknowledgement(ack)
    assert imported.to_seq == first.to_seq and not imported.already_imported
    assert pair.bundles.import_acknowledgement(ack).already_imported
    second = pair.bundles.export(tmp_path / "b")
    assert second.from_seq == first.to_seq and second.total_rows == 0
    edit_commune(pair.commune, random.Random(1))
    third = pair.bundles.export(tmp_path / "c")
    assert 0 < third.total_rows < first.total_rows
    assert pair.bundles.history()[-1].acknowledged


def test_unknown_and_revoked_keys_are_refused(pair: Pair, tmp_path: Path) -> None:
    exported = Path(pair.bundles.export(tmp_path / "out").path)
    fingerprint = pair.bundles.own_key().fingerprint
    pair.hub_service.revoke_key(fingerprint.replace("-", " "), "mất máy")
    before = table_digest(hub_file(pair))
    result = pair.hub_service.import_bundles([exported]).results[0]
    assert result.status == REJECTED and "thu hồi" in result.message
    assert table_digest(hub_file(pair)) == before
    with pytest.raises(ValidationError, match="thu hồi"):
        pair.hub_service.register_commune(
            bundles_of(pair.commune).export_public_key(tmp_path / "again")
        )
    stranger = open_workspace(tmp_path / "stranger")
    try:
        stranger.commune.save_setup(sample_setup(commune_code="07954", commune_name="Xã Lạ"))
        foreign = Path(bundles_of(stranger).export(tmp_path / "foreign").path)
    finally:
        stranger.close()
    result = pair.hub_service.import_bundles([foreign]).results[0]
    assert result.status == REJECTED and "chưa đăng ký" in result.message


def test_a_second_installation_of_a_commune_needs_the_old_key_revoked(
    pair: Pair, tmp_path: Path
) -> None:
    other = open_workspace(tmp_path / "reinstalled")
    try:
        other.commune.save_setup(sample_setup())
        key = bundles_of(other).export_public_key(tmp_path / "k2")
        with pytest.raises(ValidationError, match="thu hồi khóa cũ"):
            pair.hub_service.register_commune(key)
    finally:
        other.close()


def test_sealed_bundles_are_opened_with_the_hub_key(pair: Pair, tmp_path: Path) -> None:
    hub_key = PublicKeyFile.read(pair.hub_service.export_public_key(tmp_path / "hubkey"))
    exported = pair.bundles.export(tmp_path / "out", encrypt_to=hub_key)
    assert exported.encrypted_to and exported.file_sha256 != exported.sha256
    raw = Path(exported.path).read_bytes()
    assert "Nguyễn Văn An".encode() not in raw and b"025203000000" not in raw
    result = pair.hub_service.import_bundles([Path(exported.path)]).results[0]
    assert result.status == IMPORTED
    check = pair.hub_service.verify(Path(exported.path))
    assert check.ok and check.sealed and check.rows["person"] == 5


def test_a_restored_database_cannot_fork_silently(pair: Pair, tmp_path: Path) -> None:
    backup = pair.commune.backup("manual")
    first = pair.bundles.export(tmp_path / "a")
    pair.hub_service.import_bundles([Path(first.path)])
    edit_commune(pair.commune, random.Random(5))
    second = pair.bundles.export(tmp_path / "b")
    pair.hub_service.import_bundles([Path(second.path)])
    paths = pair.commune.paths
    pair.commune.close()
    maintenance.restore_backup(paths, backup)
    restored = open_workspace(paths.data_dir)
    try:
        service = bundles_of(restored)
        assert service.fork_state() is not None
        with pytest.raises(ForkedHistoryError, match="--accept-fork"):
            service.export(tmp_path / "c")
        # An older program would have exported anyway: the hub still refuses the rollback.
        connection = sqlite3.connect(paths.database_file)
        connection.execute("UPDATE database_lineage SET reason = 'created'")
        connection.commit()
        connection.close()
        edit_commune(restored, random.Random(6))
        sneaky = service.export(tmp_path / "d")
        before = table_digest(hub_file(pair))
        refused = pair.hub_service.import_bundles([Path(sneaky.path)]).results[0]
        assert refused.status == REJECTED and "rẽ nhánh" in refused.message
        assert table_digest(hub_file(pair)) == before
    finally:
        restored.close()


def test_an_accepted_fork_replaces_the_communes_data(pair: Pair, tmp_path: Path) -> None:
    backup = pair.commune.backup("manual")
    first = pair.bundles.export(tmp_path / "a")
    pair.hub_service.import_bundles([Path(first.path)])
    edit_commune(pair.commune, random.Random(7))
    pair.hub_service.import_bundles([Path(pair.bundles.export(tmp_path / "b").path)])
    paths = pair.commune.paths
    pair.commune.close()
    maintenance.restore_backup(paths, backup)
    restored = open_workspace(paths.data_dir)
    pair.commune = restored
    edit_commune(restored, random.Random(8))
    accepted = bundles_of(restored).export(tmp_path / "c", accept_fork=True)
    assert accepted.fork_accepted and accepted.kind == "full"
    assert bundles_of(restored).fork_state() is None
    result = pair.hub_service.import_bundles([Path(accepted.path)]).results[0]
    assert result.status == IMPORTED, result.message
    # What only the abandoned copy had is reported for review, never deleted.
    assert result.missing_from_full and any("rà soát" in w for w in result.warnings)
    held = held_rows(pair.hub_service, "07951")
    own = own_rows(restored, tmp_path / "now")
    for table, rows in own.items():
        spec = bundle_schema().spec(table)
        assert spec is not None
        at = spec.index("id")
        ids = {row[at] for row in rows}
        assert [row for row in held[table] if row[at] in ids] == rows, table
    # The abandoned line's late bundles are refused from now on.
    late = pair.hub_service.import_bundles([Path(first.path)]).results[0]
    assert late.status == ALREADY_IMPORTED


def test_status_and_acknowledgements_name_each_commune(pair: Pair, tmp_path: Path) -> None:
    assert pair.hub_service.status()[0].bundles_received == 0
    exported = pair.bundles.export(tmp_path / "out")
    pair.hub_service.import_bundles([tmp_path / "out"])
    status = pair.hub_service.status()[0]
    assert status.commune_code == "07951" and status.last_sequence == 1
    assert status.as_of == exported.created_at and status.received_to == exported.to_seq
    acks = pair.hub_service.write_acknowledgements(tmp_path / "acks", ["07951"])
    assert len(acks) == 1 and acks[0].name.startswith("TCNS_ACK_07951_")


def test_hub_set_up_refuses_a_commune_database(pair: Pair) -> None:
    with pytest.raises(ValidationError, match="dữ liệu của một xã"):
        hub_of(pair.commune).set_up("Sở")
    with pytest.raises(ValidationError, match="chỉ dùng ở xã"):
        bundles_of(pair.hub).own_key()


# --- Convergence: any order, any duplication --------------------------------------------


CONVERGENCE_TABLES = (*SYNC_TABLES, "hub_reference_map")


@dataclass(frozen=True)
class Story:
    """A commune's bundles (some overlapping, some starting at an acknowledgement), the state
    an upper level reaches applying them once in order, and an empty upper level to copy."""

    bundles: tuple[Path, ...]
    expected: str
    template: Path


@pytest.fixture(scope="module")
def story(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Story]:
    root = tmp_path_factory.mktemp("story")
    pair = make_pair(root)
    template = root / "template"
    shutil.copytree(pair.hub.paths.data_dir, template)
    acker = make_pair(root / "acker", commune=pair.commune)
    rng = random.Random(11)
    bundles = []

    def export(name: str) -> None:
        bundles.append(Path(pair.bundles.export(root / name).path))
        acker.hub_service.import_bundles([bundles[-1]])

    def acknowledge(name: str) -> None:
        pair.bundles.import_acknowledgement(
            acker.hub_service.write_acknowledgements(root / name)[0]
        )

    try:
        export("b1")
        edit_commune(pair.commune, rng)
        export("b2")  # overlaps b1: nothing acknowledged yet
        acknowledge("a1")
        edit_commune(pair.commune, rng)
        export("b3")
        edit_commune(pair.commune, rng)
        export("b4")  # overlaps b3
        acknowledge("a2")
        edit_commune(pair.commune, rng)
        edit_commune(pair.commune, rng)
        export("b5")
        for path in bundles:
            pair.hub_service.import_bundles([path])
        assert not pair.hub_service.status()[0].waiting_sequences
        expected = table_digest(pair.hub.paths.database_file, CONVERGENCE_TABLES)
        yield Story(tuple(bundles), expected, template)
    finally:
        acker.hub.close()
        pair.commune.close()
        pair.hub.close()


def _hub_copy(template: Path, folder: Path) -> tuple[HubService, Engine]:
    shutil.copytree(template, folder)
    paths = AppPaths.in_folder(folder)
    engine = make_engine(paths.database_file)
    hub = HubService(
        make_session_factory(engine),
        engine,
        KeyStore(keys_folder(paths)),
        inbox=inbox_folder(paths),
    )
    return hub, engine


@settings(max_examples=25, deadline=None, derandomize=True)
@given(data=st.data())
def test_any_interleaving_of_a_communes_bundles_converges(
    story: Story, data: st.DataObject
) -> None:
    count = len(story.bundles)
    once = data.draw(st.permutations(range(count)), label="order")
    again = data.draw(st.lists(st.sampled_from(range(count)), max_size=3), label="repeats")
    order = data.draw(st.permutations([*once, *again]), label="arrival")
    with tempfile.TemporaryDirectory() as folder:
        hub, engine = _hub_copy(story.template, Path(folder) / "hub")
        try:
            position = 0
            while position < len(order):
                size = data.draw(st.integers(1, 3), label="files per import")
                chosen = [story.bundles[i] for i in order[position : position + size]]
                hub.import_bundles(list(dict.fromkeys(chosen)))
                position += size
            database = Path(folder) / "hub" / "tcns.sqlite3"
            assert table_digest(database, CONVERGENCE_TABLES) == story.expected
        finally:
            engine.dispose()


def _manifest(database_id: str, lineage: list[tuple[str, str, int]], to_seq: int) -> Manifest:
    site = "01900000-0000-7000-8000-000000000001"
    stamp = "2026-03-01T08:00:00.000000Z"
    return Manifest(
        bundle_id="01900000-0000-7000-8000-0000000000b9",
        created_at=stamp,
        app_version="test",
        schema_version="0004",
        kind=BundleKind.INCREMENTAL,
        sequence=9,
        previous=None,
        source=Source(
            site_id=site,
            database_id=database_id,
            commune_id="c",
            commune_code="07951",
            commune_name="Xã Tân Lập",
            key_fingerprint="3F2A-9C01-77B4-0D1E-5A6B-C7D8-E9F0-1234",
            lineage=tuple(LineageEntry(d, stamp, r, s) for d, r, s in lineage),
        ),
        coverage=(Coverage(site, 0, to_seq),),
        tables=(),
        files=(),
        acknowledged=None,
    )


def _received(
    database_id: str, lineage: list[tuple[str, str, int]], to_seq: int
) -> dict[str, object]:
    return {
        "database_id": database_id,
        "to_seq": to_seq,
        "lineage_json": json.dumps(
            [[d, "2026-03-01T08:00:00.000000Z", r, s] for d, r, s in lineage]
        ),
    }


ORIGINAL = [("d1", "created", 0)]
RESTORED = [*ORIGINAL, ("d2", "restored-from:x", 800)]
CONFIRMED = [*RESTORED, ("d3", FORK_ACCEPTED, (1 << 40) + 850)]


def test_lines_of_history_are_judged_by_where_they_diverged() -> None:
    seen_original = [_received("d1", ORIGINAL, 1000)]
    # A restore that rolled back revisions the upper level holds: refused.
    refusal = fork_refusal(_manifest("d2", RESTORED, 850), seen_original)
    assert refusal is not None and "rẽ nhánh" in refusal
    # The same file after the commune confirmed it: accepted, it replaces the old line.
    assert fork_refusal(_manifest("d3", CONFIRMED, (1 << 40) + 900), seen_original) is None
    # The old copy still in use afterwards: refused as superseded.
    seen_both = [*seen_original, _received("d3", CONFIRMED, (1 << 40) + 900)]
    late = fork_refusal(_manifest("d1", ORIGINAL, 1100), seen_both)
    assert late is not None and "bản dữ liệu cũ" in late
    # An old bundle of the old line from before the divergence: harmless, accepted.
    assert fork_refusal(_manifest("d1", ORIGINAL, 700), seen_both) is None
    # A clean copy (the old line sent nothing after the copy point): a continuation.
    copied = [*ORIGINAL, ("d4", "copied-from-elsewhere", 1000)]
    assert fork_refusal(_manifest("d4", copied, 1200), seen_original) is None


def _person_name_changed(contents: dict[str, bytes]) -> None:
    spec = bundle_schema().spec("person")
    assert spec is not None
    at = spec.index("full_name")

    def edit(row: list[object]) -> list[object]:
        if row[at] == "Nguyễn Văn An":
            row[at] = "Nguyễn Văn Ân"
        return row

    contents["rows/person.jsonl"] = edit_lines(contents["rows/person.jsonl"], edit)


def test_same_revision_with_other_content_is_a_recorded_conflict(
    pair: Pair, tmp_path: Path
) -> None:
    exported = Path(pair.bundles.export(tmp_path / "a").path)
    pair.hub_service.import_bundles([exported])
    keys = KeyStore(keys_folder(pair.commune.paths)).load()
    doctored = resign(
        exported,
        tmp_path / "doctored.tcns",
        keys,
        files=_person_name_changed,
        manifest=lambda d: d.update(bundle_id="01900000-0000-7000-8000-0000000000c1"),
    )
    result = pair.hub_service.import_bundles([doctored]).results[0]
    assert result.status == IMPORTED and result.tables["person"].conflicts == 1
    assert "giữ bản đã nhận" in result.problems[0]
    connection = sqlite3.connect(hub_file(pair))
    names = {row[0] for row in connection.execute("SELECT full_name FROM person")}
    audit = connection.execute(
        "SELECT after_json FROM audit_entry WHERE row_id = ?",
        ("01900000-0000-7000-8000-0000000000c1",),
    ).fetchone()[0]
    connection.close()
    assert "Nguyễn Văn An" in names and "Nguyễn Văn Ân" not in names
    assert "Nguyễn Văn Ân" in audit


def test_a_row_of_another_commune_cannot_be_taken_over(pair: Pair, tmp_path: Path) -> None:
    other = make_commune(tmp_path / "other", code="07954", name="Xã Hợp Nhất")
    try:
        pair.hub_service.register_commune(bundles_of(other).export_public_key(tmp_path / "k"))
        pair.hub_service.import_bundles([Path(bundles_of(other).export(tmp_path / "o").path)])
        connection = sqlite3.connect(other.paths.database_file)
        stolen = connection.execute("SELECT id FROM person LIMIT 1").fetchone()[0]
        connection.close()
    finally:
        other.close()
    pair.hub_service.import_bundles([Path(pair.bundles.export(tmp_path / "a").path)])
    edit_commune(pair.commune, random.Random(4))
    exported = Path(pair.bundles.export(tmp_path / "b").path)
    spec = bundle_schema().spec("person")
    assert spec is not None
    at = spec.index("id")

    def take_over(contents: dict[str, bytes]) -> None:
        first = {"done": False}

        def edit(row: list[object]) -> list[object]:
            if not first["done"]:
                row[at] = stolen
                first["done"] = True
            return row

        contents["rows/person.jsonl"] = edit_lines(contents["rows/person.jsonl"], edit)

    keys = KeyStore(keys_folder(pair.commune.paths)).load()
    doctored = resign(exported, tmp_path / "taken.tcns", keys, files=take_over)
    before = table_digest(hub_file(pair))
    result = pair.hub_service.import_bundles([doctored]).results[0]
    assert result.status == REJECTED
    assert any("thuộc về một xã (máy) khác" in p for p in result.problems)
    assert table_digest(hub_file(pair)) == before
