"""Activities: search key, live-row indexes for the list and the figures; campaign templates.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlite3

import sqlalchemy as sa
from alembic import op

from tcns_desktop.domain.activity_rules import activity_search_key

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

LIVE = sa.text("deleted_at IS NULL")

# (name, columns) of the partial indexes over live activities.
ACTIVITY_INDEXES: tuple[tuple[str, list[str]], ...] = (
    ("ix_activity_live_date", ["activity_date", "id"]),
    ("ix_activity_live_commune", ["commune_id", "activity_date"]),
    ("ix_activity_live_team", ["team_id", "activity_date"]),
    ("ix_activity_live_village", ["village_id", "activity_date"]),
    ("ix_activity_live_kind", ["kind", "activity_date"]),
    ("ix_activity_live_pillar", ["pillar", "activity_date"]),
    ("ix_activity_live_skill", ["skill", "activity_date"]),
    ("ix_activity_live_platform", ["platform_id", "activity_date"]),
    ("ix_activity_live_text", ["activity_date", "search_key", "deleted_at"]),
    (
        "ix_activity_live_places",
        [
            "team_id",
            "village_id",
            "activity_date",
            "people_reached",
            "households_reached",
            "deleted_at",
        ],
    ),
    (
        "ix_activity_live_categories",
        [
            "pillar",
            "skill",
            "kind",
            "activity_date",
            "people_reached",
            "households_reached",
            "deleted_at",
        ],
    ),
    (
        "ix_activity_live_figures",
        ["activity_date", "commune_id", "team_id", "village_id", "id", "deleted_at"],
    ),
)


def upgrade() -> None:
    # A plain ADD COLUMN (with a server default, as SQLite requires for NOT NULL) rather
    # than a batch table copy: an upper level's file holds a million activities.
    op.add_column("activity", sa.Column("search_key", sa.Text(), server_default="", nullable=False))
    _fill_search_keys()
    op.drop_index("ix_activity_date_id", table_name="activity")
    op.drop_index("ix_activity_commune_date", table_name="activity")
    op.drop_index("ix_activity_team_id", table_name="activity")
    for name, columns in ACTIVITY_INDEXES:
        op.create_index(name, "activity", columns, unique=False, sqlite_where=LIVE)
    op.drop_index("ix_activity_result_activity_id", table_name="activity_result")
    op.create_index(
        "ix_activity_result_activity_values",
        "activity_result",
        ["activity_id", "indicator_id", "value", "deleted_at"],
        unique=False,
    )
    _create_template_table()
    # Statistics for the planner about the new indexes (sampled, as after a bulk load), so
    # the first list or figures after the upgrade already use the right index.
    op.execute("PRAGMA analysis_limit=1000")
    op.execute("ANALYZE activity")
    op.execute("ANALYZE activity_result")


def downgrade() -> None:
    with op.batch_alter_table("activity_template", schema=None) as batch_op:
        batch_op.drop_index("ix_activity_template_revision")
        batch_op.drop_index(batch_op.f("ix_activity_template_commune_id"))
    op.drop_table("activity_template")
    op.drop_index("ix_activity_result_activity_values", table_name="activity_result")
    op.create_index(
        "ix_activity_result_activity_id", "activity_result", ["activity_id"], unique=False
    )
    for name, _columns in ACTIVITY_INDEXES:
        op.drop_index(name, table_name="activity")
    op.create_index("ix_activity_team_id", "activity", ["team_id"], unique=False)
    op.create_index(
        "ix_activity_commune_date", "activity", ["commune_id", "activity_date"], unique=False
    )
    op.create_index("ix_activity_date_id", "activity", ["activity_date", "id"], unique=False)
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.drop_column("search_key")


def _fill_search_keys() -> None:
    """Existing activities get their key at once, so the list's search finds them.

    One UPDATE with the folding function registered on the connection: a million rows take
    seconds this way, against minutes for a round trip per row.
    """
    driver = op.get_bind().connection.driver_connection
    if not isinstance(driver, sqlite3.Connection):
        raise TypeError("the migrations run on SQLite")
    driver.create_function("tcns_activity_search_key", 3, activity_search_key, deterministic=True)
    op.execute("UPDATE activity SET search_key = tcns_activity_search_key(title, location, notes)")


def _create_template_table() -> None:
    op.create_table(
        "activity_template",
        sa.Column("commune_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "propaganda",
                "guidance",
                "direct_support",
                "training",
                "campaign",
                name="activitykind",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "pillar",
            sa.Enum(
                "digital_government",
                "digital_economy",
                "digital_society",
                name="pillar",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "skill",
            sa.Enum(
                "public_services",
                "online_shopping",
                "online_payment",
                "online_safety",
                "other_platforms",
                name="digitalskill",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("platform_id", sa.String(length=36), nullable=True),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("location", sa.String(length=300), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("indicator_codes", sa.Text(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.Column("rev_site", sa.String(length=36), nullable=False),
        sa.Column("rev_seq", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.String(length=27), nullable=True),
        sa.ForeignKeyConstraint(
            ["commune_id"], ["commune.id"], name=op.f("fk_activity_template_commune_id_commune")
        ),
        sa.ForeignKeyConstraint(
            ["platform_id"],
            ["platform_service.id"],
            name=op.f("fk_activity_template_platform_id_platform_service"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity_template")),
    )
    with op.batch_alter_table("activity_template", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_activity_template_commune_id"), ["commune_id"], unique=False
        )
        batch_op.create_index(
            "ix_activity_template_revision", ["rev_site", "rev_seq"], unique=False
        )
