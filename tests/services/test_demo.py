"""Demo data generator: sizes, determinism, sync columns, realistic people, refusals."""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from collections.abc import Iterator
from dataclasses import fields, is_dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tcns_desktop.data.models import SYNCABLE_MODELS, Base
from tcns_desktop.domain import demo_names
from tcns_desktop.domain.enums import LeaderRole, SiteMode
from tcns_desktop.domain.identifiers import TIMESTAMP_FORMAT, parse_timestamp
from tcns_desktop.domain.records import CommuneSetup, LeaderInput, VillageInput
from tcns_desktop.domain.vietnamese_text import fold_for_search
from tcns_desktop.errors import ValidationError
from tcns_desktop.paths import AppPaths
from tcns_desktop.preferences import Preferences
from tcns_desktop.services.demo import ACTIVITY_BATCH, STEP_ACTIVITIES, DemoReport, generate_demo
from tcns_desktop.services.workspace import Workspace

TODAY = date(2026, 3, 15)


def open_workspace(folder: Path) -> Workspace:
    workspace, _ = Workspace.open(AppPaths.in_folder(folder), Preferences())
    return workspace


@pytest.fixture
def demo_workspace(tmp_path: Path) -> Iterator[Workspace]:
    workspace = open_workspace(tmp_path / "data")
    yield workspace
    workspace.close()


@pytest.fixture(scope="module")
def commune_demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, DemoReport]]:
    """One commune-scale database shared by the read-only checks."""
    folder = tmp_path_factory.mktemp("commune-demo")
    workspace = open_workspace(folder)
    try:
        report = generate_demo(workspace, seed=11, scale="commune", today=TODAY)
    finally:
        workspace.close()
    yield folder / "tcns.sqlite3", report


def query(database: Path, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    connection = sqlite3.connect(database)
    try:
        return connection.execute(sql, params).fetchall()
    finally:
        connection.close()


def scalar(database: Path, sql: str, *params: Any) -> Any:
    return query(database, sql, *params)[0][0]


# --- Sizes ---------------------------------------------------------------------------------


def test_commune_scale_makes_a_commune_worth_of_rows(
    commune_demo: tuple[Path, DemoReport],
) -> None:
    database, report = commune_demo
    assert report.communes == 1
    assert 18 <= report.villages <= 20
    assert report.teams == report.villages + 1
    assert 100 <= report.people <= 160
    assert report.memberships >= report.people
    assert 3 <= report.courses <= 5
    assert report.attendances > 0 and report.skills > 0
    assert report.activities == 5_000
    assert report.activities <= report.participants <= 3 * report.activities
    assert 0 < report.results <= 3 * report.activities
    for table, expected in (
        ("commune", report.communes),
        ("village", report.villages),
        ("team", report.teams),
        ("person", report.people),
        ("membership", report.memberships),
        ("team_decision", report.decisions),
        ("training_course", report.courses),
        ("training_attendance", report.attendances),
        ("skill_assessment", report.skills),
        ("activity", report.activities),
        ("activity_participant", report.participants),
        ("activity_result", report.results),
    ):
        assert scalar(database, f"SELECT count(*) FROM {table}") == expected, table


def test_commune_scale_configures_the_commune(commune_demo: tuple[Path, DemoReport]) -> None:
    database, _ = commune_demo
    commune_id, mode = query(database, "SELECT commune_id, mode FROM local_site")[0]
    assert mode == SiteMode.COMMUNE.value
    code, province_code = query(database, "SELECT code, province_code FROM commune")[0]
    assert commune_id == scalar(database, "SELECT id FROM commune")
    assert re.fullmatch(r"\d{5}", code) and re.fullmatch(r"\d{2}", province_code)
    roles = [row[0] for row in query(database, "SELECT role FROM commune_leader")]
    assert roles.count(LeaderRole.CHAIR.value) == 1
    assert LeaderRole.VICE_CHAIR.value in roles


def test_teams_have_one_leader_and_one_or_two_deputies(
    commune_demo: tuple[Path, DemoReport],
) -> None:
    database, _ = commune_demo
    rows = query(
        database,
        "SELECT t.level, m.team_id, m.role, count(*) FROM membership m "
        "JOIN team t ON t.id = m.team_id WHERE m.end_date IS NULL GROUP BY m.team_id, m.role",
    )
    by_team: dict[str, dict[str, int]] = {}
    levels: dict[str, str] = {}
    for level, team_id, role, count in rows:
        by_team.setdefault(team_id, {})[role] = count
        levels[team_id] = level
    assert list(levels.values()).count("commune") == 1
    for team_id, roles in by_team.items():
        assert roles.get("leader") == 1
        assert 1 <= roles.get("deputy", 0) + roles.get("deputy_standing", 0) <= 2
        if levels[team_id] == "village":
            assert 5 <= sum(roles.values()) <= 7
    former = query(
        database,
        "SELECT start_date, end_date, end_reason FROM membership WHERE end_date IS NOT NULL",
    )
    assert former, "some members have left"
    assert all(start < end and reason for start, end, reason in former)


def test_activities_cover_the_last_twelve_months(commune_demo: tuple[Path, DemoReport]) -> None:
    database, _ = commune_demo
    first, last = query(database, "SELECT min(activity_date), max(activity_date) FROM activity")[0]
    assert first >= "2025-03-16" and last <= TODAY.isoformat()
    assert last >= "2026-03-01"
    per_activity = query(
        database,
        "SELECT count(r.id) FROM activity a LEFT JOIN activity_result r ON r.activity_id = a.id "
        "GROUP BY a.id",
    )
    assert {count for (count,) in per_activity} <= {0, 1, 2, 3}
    unknown = scalar(
        database,
        "SELECT count(*) FROM activity_result WHERE indicator_id NOT IN (SELECT id FROM indicator)",
    )
    assert unknown == 0
    assert scalar(database, "SELECT count(*) FROM activity WHERE platform_id IS NOT NULL") > 0


def test_participants_are_current_members_of_the_team(
    commune_demo: tuple[Path, DemoReport],
) -> None:
    database, _ = commune_demo
    strangers = scalar(
        database,
        "SELECT count(*) FROM activity_participant p JOIN activity a ON a.id = p.activity_id "
        "WHERE NOT EXISTS (SELECT 1 FROM membership m WHERE m.team_id = a.team_id "
        "AND m.person_id = p.person_id AND m.end_date IS NULL)",
    )
    assert strangers == 0


def test_foreign_keys_hold_and_indexes_are_back(commune_demo: tuple[Path, DemoReport]) -> None:
    database, _ = commune_demo
    assert query(database, "PRAGMA foreign_key_check") == []
    assert scalar(database, "PRAGMA journal_mode") == "wal"
    present = {
        row[0] for row in query(database, "SELECT name FROM sqlite_master WHERE type='index'")
    }
    expected = {index.name for table in Base.metadata.sorted_tables for index in table.indexes}
    assert expected <= present
    assert scalar(database, "SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'activity'") > 0


# --- Sync columns --------------------------------------------------------------------------


def test_every_row_has_this_site_revision(commune_demo: tuple[Path, DemoReport]) -> None:
    database, _ = commune_demo
    site_id, last_seq = query(database, "SELECT site_id, last_seq FROM local_site")[0]
    everything: list[int] = []
    for model in SYNCABLE_MODELS:
        table = model.__tablename__  # type: ignore[attr-defined]
        rows = query(
            database, f"SELECT rev_site, rev_seq, created_at, updated_at, deleted_at FROM {table}"
        )
        sequences = [row[1] for row in rows]
        assert len(set(sequences)) == len(sequences), f"duplicate rev_seq in {table}"
        for rev_site, _seq, created_at, updated_at, deleted_at in rows:
            assert rev_site == site_id, table
            assert deleted_at is None, table
            assert parse_timestamp(created_at) <= parse_timestamp(updated_at)
            assert len(created_at) == 27 and created_at.endswith("Z")
        everything += sequences
    assert len(set(everything)) == len(everything), "one counter for the whole site"
    assert max(everything) <= last_seq
    assert TIMESTAMP_FORMAT.endswith("Z")


def test_bulk_loads_leave_one_audit_summary_each(commune_demo: tuple[Path, DemoReport]) -> None:
    database, report = commune_demo
    summaries = query(database, "SELECT after_json FROM audit_entry WHERE table_name = 'bulk_load'")
    assert len(summaries) == 3
    assert any(f'"activity": {report.activities}' in text for (text,) in summaries)
    # The ORM-made rows (commune, leaders, villages) keep their per-row audit entries.
    audited = scalar(database, "SELECT count(*) FROM audit_entry WHERE table_name = 'village'")
    assert audited == report.villages


# --- People --------------------------------------------------------------------------------


def test_people_look_real(commune_demo: tuple[Path, DemoReport]) -> None:
    database, _ = commune_demo
    people = query(
        database,
        "SELECT full_name, search_key, gender, birth_date, birth_year, ethnicity, citizen_id, "
        "phone FROM person",
    )
    valid_places = set(demo_names.ALL_CITIZEN_ID_PROVINCE_CODES)
    without_id = without_phone = 0
    for name, key, gender, birth_date, year, ethnicity, citizen_id, phone in people:
        assert unicodedata.is_normalized("NFC", name)
        assert key == fold_for_search(name)
        assert 1960 <= year <= 2005
        if birth_date is not None:
            assert birth_date.startswith(str(year))
        assert ethnicity
        words = name.split()
        if gender == "male":
            assert "Thị" not in words and not name.startswith("H'"), name
        else:
            assert gender == "female" and words[1:2] != ["Văn"] and " A " not in name, name
        if citizen_id is None:
            without_id += 1
        else:
            assert isinstance(citizen_id, str) and re.fullmatch(r"\d{12}", citizen_id)
            assert citizen_id[:3] in valid_places
            century = 0 if year < 2000 else 2
            assert int(citizen_id[3]) == century + (1 if gender == "female" else 0)
            assert citizen_id[4:6] == f"{year % 100:02d}"
        if phone == "":
            without_phone += 1
        else:
            assert isinstance(phone, str) and re.fullmatch(r"0[35789]\d{8}", phone), phone
    assert 0 < without_id < len(people) // 3
    assert 0 <= without_phone < len(people) // 3
    genders = {row[2] for row in people}
    assert genders == {"male", "female"}


def test_citizen_ids_and_phones_are_unique(commune_demo: tuple[Path, DemoReport]) -> None:
    database, _ = commune_demo
    for column in ("citizen_id", "phone"):
        duplicates = query(
            database,
            f"SELECT {column} FROM person WHERE {column} IS NOT NULL AND {column} != '' "
            f"GROUP BY {column} HAVING count(*) > 1",
        )
        assert duplicates == []


def test_demo_names_are_nfc() -> None:
    def texts(value: Any) -> Iterator[str]:
        if isinstance(value, str):
            yield value
        elif isinstance(value, dict):
            for key, item in value.items():
                yield from texts(key)
                yield from texts(item)
        elif isinstance(value, tuple | list | frozenset | set):
            for item in value:
                yield from texts(item)
        elif is_dataclass(value) and not isinstance(value, type):
            for item in fields(value):
                yield from texts(getattr(value, item.name))

    found = [text for name in dir(demo_names) for text in texts(getattr(demo_names, name))]
    assert len(found) > 500
    assert [text for text in found if not unicodedata.is_normalized("NFC", text)] == []


# --- Determinism ---------------------------------------------------------------------------


def content(folder: Path, seed: int) -> tuple[list[str], list[tuple[str, str]], list[str]]:
    workspace = open_workspace(folder)
    try:
        generate_demo(workspace, seed=seed, scale="commune", today=TODAY)
    finally:
        workspace.close()
    database = folder / "tcns.sqlite3"
    names = sorted(row[0] for row in query(database, "SELECT full_name FROM person"))
    activities = sorted(query(database, "SELECT activity_date, title FROM activity"))
    villages = sorted(row[0] for row in query(database, "SELECT name FROM village"))
    return names, activities, villages


def test_same_seed_same_content_other_seed_other_content(tmp_path: Path) -> None:
    first = content(tmp_path / "a", seed=5)
    again = content(tmp_path / "b", seed=5)
    other = content(tmp_path / "c", seed=6)
    assert first == again
    assert first[0] != other[0]
    assert first[1] != other[1]


# --- Rules ---------------------------------------------------------------------------------


def test_refuses_a_database_that_has_people(demo_workspace: Workspace) -> None:
    generate_demo(demo_workspace, seed=1, scale="commune", today=TODAY)
    before = scalar(demo_workspace.paths.database_file, "SELECT count(*) FROM person")
    with pytest.raises(ValidationError, match="--data-dir"):
        generate_demo(demo_workspace, seed=2, scale="commune", today=TODAY)
    assert scalar(demo_workspace.paths.database_file, "SELECT count(*) FROM person") == before


def test_refuses_an_unknown_scale(demo_workspace: Workspace) -> None:
    with pytest.raises(ValidationError):
        generate_demo(demo_workspace, seed=1, scale="country")


def test_uses_the_configured_commune_after_a_backup(demo_workspace: Workspace) -> None:
    profile = demo_workspace.commune.save_setup(
        CommuneSetup(
            province_code="20",
            province_name="",
            commune_code="06001",
            commune_name="Xã Tân Lập",
            leaders=(
                LeaderInput("Nguyễn Văn Hùng", "", LeaderRole.CHAIR),
                LeaderInput("Trần Thị Mai", "", LeaderRole.VICE_CHAIR),
            ),
            villages=(VillageInput("Thôn Đông"), VillageInput("Thôn Tây"), VillageInput("Bản Mới")),
        )
    )
    report = generate_demo(demo_workspace, seed=3, scale="commune", today=TODAY)
    database = demo_workspace.paths.database_file
    assert report.communes == 1 and report.villages == 3 and report.teams == 4
    assert scalar(database, "SELECT count(*) FROM commune") == 1
    assert {row[0] for row in query(database, "SELECT commune_id FROM team")} == {profile.id}
    assert report.backup is not None and "before-demo" in Path(report.backup).name
    assert Path(report.backup).exists()
    assert scalar(database, "SELECT count(*) FROM person WHERE full_name = 'Trần Thị Mai'") == 1
    places = {
        row[0][:3] for row in query(database, "SELECT citizen_id FROM person") if row[0] is not None
    }
    assert "020" in places, "Lạng Sơn people are mostly born in Lạng Sơn"


def test_district_scale_makes_a_hub(demo_workspace: Workspace) -> None:
    steps: list[tuple[str, int, int]] = []
    report = generate_demo(
        demo_workspace,
        seed=4,
        scale="district",
        today=TODAY,
        progress=lambda step, done, total: steps.append((step, done, total)),
    )
    database = demo_workspace.paths.database_file
    assert query(database, "SELECT mode, commune_id FROM local_site") == [("hub", None)]
    assert report.communes == 10 == scalar(database, "SELECT count(*) FROM commune")
    assert report.activities == 50_000
    assert scalar(database, "SELECT count(DISTINCT commune_id) FROM activity") == 10
    assert report.backup is None
    activity_steps = [done for step, done, _ in steps if step == STEP_ACTIVITIES]
    assert activity_steps == sorted(activity_steps)
    assert activity_steps[-1] == 50_000
    assert len(activity_steps) <= 50_000 // ACTIVITY_BATCH + 2
    assert demo_workspace.site().mode is SiteMode.HUB


def test_hub_scale_refuses_a_commune_database(demo_workspace: Workspace) -> None:
    demo_workspace.commune.save_setup(
        CommuneSetup(
            province_code="01",
            province_name="",
            commune_code="00004",
            commune_name="Phường Ba Đình",
            leaders=(LeaderInput("Lê Văn An", "", LeaderRole.CHAIR),),
        )
    )
    with pytest.raises(ValidationError):
        generate_demo(demo_workspace, seed=1, scale="district")
