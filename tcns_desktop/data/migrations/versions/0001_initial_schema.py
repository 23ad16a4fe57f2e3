"""Initial schema: commune, villages, teams, people, qualifications, activities, documents.

Revision ID: 0001
Revises:
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_entry",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("at", sa.String(length=27), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column(
            "action",
            sa.Enum(
                "insert",
                "update",
                "delete",
                "restore",
                name="auditaction",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("before_json", sa.Text(), nullable=True),
        sa.Column("after_json", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entry")),
    )
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_entry_at"), ["at"], unique=False)
        batch_op.create_index("ix_audit_entry_row", ["table_name", "row_id"], unique=False)

    op.create_table(
        "commune",
        sa.Column("code", sa.String(length=5), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "xa",
                "phuong",
                "thi_tran",
                "dac_khu",
                name="communekind",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("province_code", sa.String(length=2), nullable=False),
        sa.Column("province_name", sa.String(length=200), nullable=False),
        sa.Column("district_name", sa.String(length=200), nullable=False),
        sa.Column("address", sa.String(length=500), nullable=False),
        sa.Column("place_name", sa.String(length=200), nullable=False),
        sa.Column("document_symbol", sa.String(length=50), nullable=False),
        sa.Column("upper_office_name", sa.String(length=300), nullable=False),
        sa.Column(
            "upper_office_level",
            sa.Enum(
                "district",
                "province_department",
                name="upperofficelevel",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("team_type_name", sa.String(length=200), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.Column("rev_site", sa.String(length=36), nullable=False),
        sa.Column("rev_seq", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.String(length=27), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_commune")),
        sa.UniqueConstraint("code", name=op.f("uq_commune_code")),
    )
    with op.batch_alter_table("commune", schema=None) as batch_op:
        batch_op.create_index("ix_commune_revision", ["rev_site", "rev_seq"], unique=False)

    op.create_table(
        "database_lineage",
        sa.Column("database_id", sa.String(length=36), nullable=False),
        sa.Column("started_at", sa.String(length=27), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.Column("seq_at_start", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("database_id", name=op.f("pk_database_lineage")),
    )
    op.create_table(
        "indicator",
        sa.Column("code", sa.String(length=50), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("unit", sa.String(length=50), nullable=False),
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
            "aggregation",
            sa.Enum(
                "sum",
                "max",
                "latest",
                name="aggregation",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.Column("rev_site", sa.String(length=36), nullable=False),
        sa.Column("rev_seq", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.String(length=27), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_indicator")),
        sa.UniqueConstraint("code", name=op.f("uq_indicator_code")),
    )
    with op.batch_alter_table("indicator", schema=None) as batch_op:
        batch_op.create_index("ix_indicator_revision", ["rev_site", "rev_seq"], unique=False)

    op.create_table(
        "platform_service",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.Column("rev_site", sa.String(length=36), nullable=False),
        sa.Column("rev_seq", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.String(length=27), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_platform_service")),
    )
    with op.batch_alter_table("platform_service", schema=None) as batch_op:
        batch_op.create_index("ix_platform_service_revision", ["rev_site", "rev_seq"], unique=False)

    op.create_table(
        "commune_leader",
        sa.Column("commune_id", sa.String(length=36), nullable=False),
        sa.Column("full_name", sa.String(length=200), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "chair",
                "vice_chair",
                name="leaderrole",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.Column("rev_site", sa.String(length=36), nullable=False),
        sa.Column("rev_seq", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.String(length=27), nullable=True),
        sa.ForeignKeyConstraint(
            ["commune_id"], ["commune.id"], name=op.f("fk_commune_leader_commune_id_commune")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_commune_leader")),
    )
    with op.batch_alter_table("commune_leader", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_commune_leader_commune_id"), ["commune_id"], unique=False
        )
        batch_op.create_index("ix_commune_leader_revision", ["rev_site", "rev_seq"], unique=False)

    op.create_table(
        "issued_document",
        sa.Column("commune_id", sa.String(length=36), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "founding_decision",
                "reformation_decision",
                "periodic_report",
                name="documentkind",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("number", sa.String(length=50), nullable=False),
        sa.Column("symbol", sa.String(length=50), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=True),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("signer_name", sa.String(length=200), nullable=False),
        sa.Column("signer_title", sa.String(length=200), nullable=False),
        sa.Column(
            "signing_mode",
            sa.Enum(
                "chair",
                "on_behalf_of_chair",
                "for_the_committee",
                name="signingmode",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("period_key", sa.String(length=10), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column("snapshot_json", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.Column("rev_site", sa.String(length=36), nullable=False),
        sa.Column("rev_seq", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.String(length=27), nullable=True),
        sa.ForeignKeyConstraint(
            ["commune_id"], ["commune.id"], name=op.f("fk_issued_document_commune_id_commune")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_issued_document")),
    )
    with op.batch_alter_table("issued_document", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_issued_document_commune_id"), ["commune_id"], unique=False
        )
        batch_op.create_index("ix_issued_document_revision", ["rev_site", "rev_seq"], unique=False)

    op.create_table(
        "local_site",
        sa.Column("singleton", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("database_id", sa.String(length=36), nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.Column(
            "mode",
            sa.Enum(
                "commune",
                "hub",
                name="sitemode",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("commune_id", sa.String(length=36), nullable=True),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.ForeignKeyConstraint(
            ["commune_id"], ["commune.id"], name=op.f("fk_local_site_commune_id_commune")
        ),
        sa.PrimaryKeyConstraint("singleton", name=op.f("pk_local_site")),
    )
    op.create_table(
        "target",
        sa.Column("commune_id", sa.String(length=36), nullable=False),
        sa.Column("indicator_id", sa.String(length=36), nullable=False),
        sa.Column(
            "period_kind",
            sa.Enum(
                "month",
                "quarter",
                "half_year",
                "year",
                name="periodkind",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("period_key", sa.String(length=10), nullable=False),
        sa.Column(
            "scope_kind",
            sa.Enum(
                "commune",
                "village",
                "team",
                name="scopekind",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("scope_id", sa.String(length=36), nullable=True),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.Column("rev_site", sa.String(length=36), nullable=False),
        sa.Column("rev_seq", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.String(length=27), nullable=True),
        sa.ForeignKeyConstraint(
            ["commune_id"], ["commune.id"], name=op.f("fk_target_commune_id_commune")
        ),
        sa.ForeignKeyConstraint(
            ["indicator_id"], ["indicator.id"], name=op.f("fk_target_indicator_id_indicator")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_target")),
    )
    with op.batch_alter_table("target", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_target_commune_id"), ["commune_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_target_indicator_id"), ["indicator_id"], unique=False)
        batch_op.create_index("ix_target_revision", ["rev_site", "rev_seq"], unique=False)

    op.create_table(
        "training_course",
        sa.Column("commune_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("organiser", sa.String(length=300), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("hours", sa.Float(), nullable=True),
        sa.Column(
            "mode",
            sa.Enum(
                "in_person",
                "online",
                "blended",
                name="trainingmode",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("platform", sa.String(length=200), nullable=False),
        sa.Column("location", sa.String(length=300), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.Column("rev_site", sa.String(length=36), nullable=False),
        sa.Column("rev_seq", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.String(length=27), nullable=True),
        sa.ForeignKeyConstraint(
            ["commune_id"], ["commune.id"], name=op.f("fk_training_course_commune_id_commune")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_course")),
    )
    with op.batch_alter_table("training_course", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_training_course_commune_id"), ["commune_id"], unique=False
        )
        batch_op.create_index("ix_training_course_revision", ["rev_site", "rev_seq"], unique=False)

    op.create_table(
        "village",
        sa.Column("commune_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "thon",
                "ban",
                "to_dan_pho",
                "khu_pho",
                "ap",
                "xom",
                "khac",
                name="villagekind",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("merged_into_id", sa.String(length=36), nullable=True),
        sa.Column("merged_on", sa.Date(), nullable=True),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.Column("rev_site", sa.String(length=36), nullable=False),
        sa.Column("rev_seq", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.String(length=27), nullable=True),
        sa.ForeignKeyConstraint(
            ["commune_id"], ["commune.id"], name=op.f("fk_village_commune_id_commune")
        ),
        sa.ForeignKeyConstraint(
            ["merged_into_id"], ["village.id"], name=op.f("fk_village_merged_into_id_village")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_village")),
    )
    with op.batch_alter_table("village", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_village_commune_id"), ["commune_id"], unique=False)
        batch_op.create_index("ix_village_revision", ["rev_site", "rev_seq"], unique=False)

    op.create_table(
        "person",
        sa.Column("commune_id", sa.String(length=36), nullable=False),
        sa.Column("full_name", sa.String(length=200), nullable=False),
        sa.Column(
            "gender",
            sa.Enum(
                "male",
                "female",
                name="gender",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("birth_year", sa.Integer(), nullable=True),
        sa.Column("ethnicity", sa.String(length=100), nullable=False),
        sa.Column("citizen_id", sa.String(length=12), nullable=True),
        sa.Column("phone", sa.String(length=20), nullable=False),
        sa.Column("village_id", sa.String(length=36), nullable=True),
        sa.Column("organisation", sa.String(length=300), nullable=False),
        sa.Column("position", sa.String(length=300), nullable=False),
        sa.Column("youth_union_member", sa.Boolean(), nullable=False),
        sa.Column("education", sa.String(length=200), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("merged_into_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.Column("rev_site", sa.String(length=36), nullable=False),
        sa.Column("rev_seq", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.String(length=27), nullable=True),
        sa.ForeignKeyConstraint(
            ["commune_id"], ["commune.id"], name=op.f("fk_person_commune_id_commune")
        ),
        sa.ForeignKeyConstraint(
            ["merged_into_id"], ["person.id"], name=op.f("fk_person_merged_into_id_person")
        ),
        sa.ForeignKeyConstraint(
            ["village_id"], ["village.id"], name=op.f("fk_person_village_id_village")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index("ix_person_citizen_id", ["citizen_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_commune_id"), ["commune_id"], unique=False)
        batch_op.create_index("ix_person_revision", ["rev_site", "rev_seq"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_village_id"), ["village_id"], unique=False)

    op.create_table(
        "team",
        sa.Column("commune_id", sa.String(length=36), nullable=False),
        sa.Column(
            "level",
            sa.Enum(
                "commune",
                "village",
                name="teamlevel",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("village_id", sa.String(length=36), nullable=True),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "active",
                "dissolved",
                name="teamstatus",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("founded_on", sa.Date(), nullable=True),
        sa.Column("dissolved_on", sa.Date(), nullable=True),
        sa.Column("zalo_group", sa.String(length=300), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.Column("rev_site", sa.String(length=36), nullable=False),
        sa.Column("rev_seq", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.String(length=27), nullable=True),
        sa.ForeignKeyConstraint(
            ["commune_id"], ["commune.id"], name=op.f("fk_team_commune_id_commune")
        ),
        sa.ForeignKeyConstraint(
            ["village_id"], ["village.id"], name=op.f("fk_team_village_id_village")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_team")),
    )
    with op.batch_alter_table("team", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_team_commune_id"), ["commune_id"], unique=False)
        batch_op.create_index("ix_team_revision", ["rev_site", "rev_seq"], unique=False)
        batch_op.create_index(batch_op.f("ix_team_village_id"), ["village_id"], unique=False)

    op.create_table(
        "activity",
        sa.Column("commune_id", sa.String(length=36), nullable=False),
        sa.Column("team_id", sa.String(length=36), nullable=False),
        sa.Column("village_id", sa.String(length=36), nullable=True),
        sa.Column("activity_date", sa.Date(), nullable=False),
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
        sa.Column("people_reached", sa.Integer(), nullable=True),
        sa.Column("households_reached", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.Column("rev_site", sa.String(length=36), nullable=False),
        sa.Column("rev_seq", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.String(length=27), nullable=True),
        sa.ForeignKeyConstraint(
            ["commune_id"], ["commune.id"], name=op.f("fk_activity_commune_id_commune")
        ),
        sa.ForeignKeyConstraint(
            ["platform_id"],
            ["platform_service.id"],
            name=op.f("fk_activity_platform_id_platform_service"),
        ),
        sa.ForeignKeyConstraint(["team_id"], ["team.id"], name=op.f("fk_activity_team_id_team")),
        sa.ForeignKeyConstraint(
            ["village_id"], ["village.id"], name=op.f("fk_activity_village_id_village")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity")),
    )
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.create_index("ix_activity_revision", ["rev_site", "rev_seq"], unique=False)
        batch_op.create_index(batch_op.f("ix_activity_team_id"), ["team_id"], unique=False)

    op.create_table(
        "membership",
        sa.Column("team_id", sa.String(length=36), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "leader",
                "deputy_standing",
                "deputy",
                "member",
                name="teamrole",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("end_reason", sa.String(length=300), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.Column("rev_site", sa.String(length=36), nullable=False),
        sa.Column("rev_seq", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.String(length=27), nullable=True),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_membership_person_id_person")
        ),
        sa.ForeignKeyConstraint(["team_id"], ["team.id"], name=op.f("fk_membership_team_id_team")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_membership")),
    )
    with op.batch_alter_table("membership", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_membership_person_id"), ["person_id"], unique=False)
        batch_op.create_index("ix_membership_revision", ["rev_site", "rev_seq"], unique=False)
        batch_op.create_index(batch_op.f("ix_membership_team_id"), ["team_id"], unique=False)

    op.create_table(
        "skill_assessment",
        sa.Column("person_id", sa.String(length=36), nullable=False),
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
            nullable=False,
        ),
        sa.Column(
            "level",
            sa.Enum(
                "none",
                "basic",
                "proficient",
                "can_teach",
                name="skilllevel",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "source",
            sa.Enum(
                "self",
                "assessed",
                name="assessmentsource",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("assessed_on", sa.Date(), nullable=True),
        sa.Column("assessor", sa.String(length=200), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.Column("rev_site", sa.String(length=36), nullable=False),
        sa.Column("rev_seq", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.String(length=27), nullable=True),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_skill_assessment_person_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_skill_assessment")),
    )
    with op.batch_alter_table("skill_assessment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_skill_assessment_person_id"), ["person_id"], unique=False
        )
        batch_op.create_index("ix_skill_assessment_revision", ["rev_site", "rev_seq"], unique=False)

    op.create_table(
        "team_decision",
        sa.Column("team_id", sa.String(length=36), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "founding",
                "reformation",
                "dissolution",
                name="teamdecisionkind",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("number", sa.String(length=50), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("document_id", sa.String(length=36), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.Column("rev_site", sa.String(length=36), nullable=False),
        sa.Column("rev_seq", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.String(length=27), nullable=True),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["issued_document.id"],
            name=op.f("fk_team_decision_document_id_issued_document"),
        ),
        sa.ForeignKeyConstraint(
            ["team_id"], ["team.id"], name=op.f("fk_team_decision_team_id_team")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_team_decision")),
    )
    with op.batch_alter_table("team_decision", schema=None) as batch_op:
        batch_op.create_index("ix_team_decision_revision", ["rev_site", "rev_seq"], unique=False)
        batch_op.create_index(batch_op.f("ix_team_decision_team_id"), ["team_id"], unique=False)

    op.create_table(
        "training_attendance",
        sa.Column("course_id", sa.String(length=36), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column(
            "result",
            sa.Enum(
                "registered",
                "completed",
                "passed",
                "not_passed",
                "absent",
                name="trainingresult",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("certificate_number", sa.String(length=100), nullable=False),
        sa.Column("certificate_date", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.Column("rev_site", sa.String(length=36), nullable=False),
        sa.Column("rev_seq", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.String(length=27), nullable=True),
        sa.ForeignKeyConstraint(
            ["course_id"],
            ["training_course.id"],
            name=op.f("fk_training_attendance_course_id_training_course"),
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_training_attendance_person_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_attendance")),
    )
    with op.batch_alter_table("training_attendance", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_training_attendance_course_id"), ["course_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_training_attendance_person_id"), ["person_id"], unique=False
        )
        batch_op.create_index(
            "ix_training_attendance_revision", ["rev_site", "rev_seq"], unique=False
        )

    op.create_table(
        "activity_participant",
        sa.Column("activity_id", sa.String(length=36), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.Column("rev_site", sa.String(length=36), nullable=False),
        sa.Column("rev_seq", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.String(length=27), nullable=True),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activity.id"],
            name=op.f("fk_activity_participant_activity_id_activity"),
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_activity_participant_person_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity_participant")),
    )
    with op.batch_alter_table("activity_participant", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_activity_participant_activity_id"), ["activity_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_activity_participant_person_id"), ["person_id"], unique=False
        )
        batch_op.create_index(
            "ix_activity_participant_revision", ["rev_site", "rev_seq"], unique=False
        )

    op.create_table(
        "activity_result",
        sa.Column("activity_id", sa.String(length=36), nullable=False),
        sa.Column("indicator_id", sa.String(length=36), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.Column("rev_site", sa.String(length=36), nullable=False),
        sa.Column("rev_seq", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.String(length=27), nullable=True),
        sa.ForeignKeyConstraint(
            ["activity_id"], ["activity.id"], name=op.f("fk_activity_result_activity_id_activity")
        ),
        sa.ForeignKeyConstraint(
            ["indicator_id"],
            ["indicator.id"],
            name=op.f("fk_activity_result_indicator_id_indicator"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity_result")),
    )
    with op.batch_alter_table("activity_result", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_activity_result_activity_id"), ["activity_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_activity_result_indicator_id"), ["indicator_id"], unique=False
        )
        batch_op.create_index("ix_activity_result_revision", ["rev_site", "rev_seq"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("activity_result", schema=None) as batch_op:
        batch_op.drop_index("ix_activity_result_revision")
        batch_op.drop_index(batch_op.f("ix_activity_result_indicator_id"))
        batch_op.drop_index(batch_op.f("ix_activity_result_activity_id"))

    op.drop_table("activity_result")
    with op.batch_alter_table("activity_participant", schema=None) as batch_op:
        batch_op.drop_index("ix_activity_participant_revision")
        batch_op.drop_index(batch_op.f("ix_activity_participant_person_id"))
        batch_op.drop_index(batch_op.f("ix_activity_participant_activity_id"))

    op.drop_table("activity_participant")
    with op.batch_alter_table("training_attendance", schema=None) as batch_op:
        batch_op.drop_index("ix_training_attendance_revision")
        batch_op.drop_index(batch_op.f("ix_training_attendance_person_id"))
        batch_op.drop_index(batch_op.f("ix_training_attendance_course_id"))

    op.drop_table("training_attendance")
    with op.batch_alter_table("team_decision", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_team_decision_team_id"))
        batch_op.drop_index("ix_team_decision_revision")

    op.drop_table("team_decision")
    with op.batch_alter_table("skill_assessment", schema=None) as batch_op:
        batch_op.drop_index("ix_skill_assessment_revision")
        batch_op.drop_index(batch_op.f("ix_skill_assessment_person_id"))

    op.drop_table("skill_assessment")
    with op.batch_alter_table("membership", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_membership_team_id"))
        batch_op.drop_index("ix_membership_revision")
        batch_op.drop_index(batch_op.f("ix_membership_person_id"))

    op.drop_table("membership")
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activity_team_id"))
        batch_op.drop_index("ix_activity_revision")

    op.drop_table("activity")
    with op.batch_alter_table("team", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_team_village_id"))
        batch_op.drop_index("ix_team_revision")
        batch_op.drop_index(batch_op.f("ix_team_commune_id"))

    op.drop_table("team")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_village_id"))
        batch_op.drop_index("ix_person_revision")
        batch_op.drop_index(batch_op.f("ix_person_commune_id"))
        batch_op.drop_index("ix_person_citizen_id")

    op.drop_table("person")
    with op.batch_alter_table("village", schema=None) as batch_op:
        batch_op.drop_index("ix_village_revision")
        batch_op.drop_index(batch_op.f("ix_village_commune_id"))

    op.drop_table("village")
    with op.batch_alter_table("training_course", schema=None) as batch_op:
        batch_op.drop_index("ix_training_course_revision")
        batch_op.drop_index(batch_op.f("ix_training_course_commune_id"))

    op.drop_table("training_course")
    with op.batch_alter_table("target", schema=None) as batch_op:
        batch_op.drop_index("ix_target_revision")
        batch_op.drop_index(batch_op.f("ix_target_indicator_id"))
        batch_op.drop_index(batch_op.f("ix_target_commune_id"))

    op.drop_table("target")
    op.drop_table("local_site")
    with op.batch_alter_table("issued_document", schema=None) as batch_op:
        batch_op.drop_index("ix_issued_document_revision")
        batch_op.drop_index(batch_op.f("ix_issued_document_commune_id"))

    op.drop_table("issued_document")
    with op.batch_alter_table("commune_leader", schema=None) as batch_op:
        batch_op.drop_index("ix_commune_leader_revision")
        batch_op.drop_index(batch_op.f("ix_commune_leader_commune_id"))

    op.drop_table("commune_leader")
    with op.batch_alter_table("platform_service", schema=None) as batch_op:
        batch_op.drop_index("ix_platform_service_revision")

    op.drop_table("platform_service")
    with op.batch_alter_table("indicator", schema=None) as batch_op:
        batch_op.drop_index("ix_indicator_revision")

    op.drop_table("indicator")
    op.drop_table("database_lineage")
    with op.batch_alter_table("commune", schema=None) as batch_op:
        batch_op.drop_index("ix_commune_revision")

    op.drop_table("commune")
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_entry_row")
        batch_op.drop_index(batch_op.f("ix_audit_entry_at"))

    op.drop_table("audit_entry")
