"""Sync bookkeeping: bundles made and acknowledgements received (commune), peer keys,
bundles received and the catalogue matching (upper level), sync settings.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_bundle_made",
        sa.Column("bundle_id", sa.String(length=36), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.Column("database_id", sa.String(length=36), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("file_name", sa.String(length=300), nullable=False),
        sa.Column("from_seq", sa.Integer(), nullable=False),
        sa.Column("to_seq", sa.Integer(), nullable=False),
        sa.Column("coverage_json", sa.Text(), nullable=False),
        sa.Column("counts_json", sa.Text(), nullable=False),
        sa.Column("encrypted_to", sa.String(length=39), nullable=False),
        sa.PrimaryKeyConstraint("bundle_id", name=op.f("pk_sync_bundle_made")),
        sa.UniqueConstraint("sequence", name=op.f("uq_sync_bundle_made_sequence")),
    )
    op.create_table(
        "sync_ack_received",
        sa.Column("ack_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.Column("received_at", sa.String(length=27), nullable=False),
        sa.Column("hub_site_id", sa.String(length=36), nullable=False),
        sa.Column("hub_fingerprint", sa.String(length=39), nullable=False),
        sa.Column("database_id", sa.String(length=36), nullable=False),
        sa.Column("to_seq", sa.Integer(), nullable=False),
        sa.Column("payload_json", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("ack_id", name=op.f("pk_sync_ack_received")),
    )
    op.create_table(
        "sync_peer_key",
        sa.Column("fingerprint", sa.String(length=39), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("signing_key", sa.String(length=64), nullable=False),
        sa.Column("encryption_key", sa.String(length=64), nullable=False),
        sa.Column("key_created_at", sa.String(length=40), nullable=False),
        sa.Column("registered_at", sa.String(length=27), nullable=False),
        sa.Column("revoked_at", sa.String(length=27), nullable=True),
        sa.Column("revoked_reason", sa.String(length=300), nullable=False),
        sa.PrimaryKeyConstraint("fingerprint", name=op.f("pk_sync_peer_key")),
    )
    with op.batch_alter_table("sync_peer_key", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_peer_key_code"), ["code"], unique=False)
        batch_op.create_index(batch_op.f("ix_sync_peer_key_site_id"), ["site_id"], unique=False)
    op.create_table(
        "hub_bundle_received",
        sa.Column("bundle_id", sa.String(length=36), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("commune_code", sa.String(length=20), nullable=False),
        sa.Column("commune_name", sa.String(length=300), nullable=False),
        sa.Column("database_id", sa.String(length=36), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.Column("imported_at", sa.String(length=27), nullable=False),
        sa.Column("from_seq", sa.Integer(), nullable=False),
        sa.Column("to_seq", sa.Integer(), nullable=False),
        sa.Column("previous_bundle_id", sa.String(length=36), nullable=True),
        sa.Column("key_fingerprint", sa.String(length=39), nullable=False),
        sa.Column("file_name", sa.String(length=300), nullable=False),
        sa.Column("lineage_json", sa.Text(), nullable=False),
        sa.Column("counts_json", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("bundle_id", name=op.f("pk_hub_bundle_received")),
    )
    with op.batch_alter_table("hub_bundle_received", schema=None) as batch_op:
        batch_op.create_index("ix_hub_bundle_received_site", ["site_id", "sequence"], unique=False)
    op.create_table(
        "hub_reference_map",
        sa.Column("origin_site_id", sa.String(length=36), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("origin_id", sa.String(length=36), nullable=False),
        sa.Column("local_id", sa.String(length=36), nullable=False),
        sa.Column("rev_seq", sa.Integer(), nullable=False),
        sa.Column("row_json", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint(
            "origin_site_id", "table_name", "origin_id", name=op.f("pk_hub_reference_map")
        ),
    )
    op.create_table(
        "sync_setting",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_sync_setting")),
    )


def downgrade() -> None:
    op.drop_table("sync_setting")
    op.drop_table("hub_reference_map")
    with op.batch_alter_table("hub_bundle_received", schema=None) as batch_op:
        batch_op.drop_index("ix_hub_bundle_received_site")
    op.drop_table("hub_bundle_received")
    with op.batch_alter_table("sync_peer_key", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_peer_key_site_id"))
        batch_op.drop_index(batch_op.f("ix_sync_peer_key_code"))
    op.drop_table("sync_peer_key")
    op.drop_table("sync_ack_received")
    op.drop_table("sync_bundle_made")
