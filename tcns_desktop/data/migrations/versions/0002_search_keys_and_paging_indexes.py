"""Accent-folded search key on people; indexes for keyset paging of activities.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from tcns_desktop.domain.vietnamese_text import fold_for_search

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("search_key", sa.String(length=200), nullable=False, server_default="")
        )
    # Existing people get their key from their name, so search finds them at once.
    connection = op.get_bind()
    people = connection.execute(sa.text("SELECT id, full_name FROM person")).fetchall()
    if people:
        connection.execute(
            sa.text("UPDATE person SET search_key = :key WHERE id = :id"),
            [{"id": row[0], "key": fold_for_search(row[1])} for row in people],
        )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.alter_column("search_key", server_default=None)
        batch_op.create_index(batch_op.f("ix_person_search_key"), ["search_key"], unique=False)
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.create_index("ix_activity_date_id", ["activity_date", "id"], unique=False)
        batch_op.create_index(
            "ix_activity_commune_date", ["commune_id", "activity_date"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.drop_index("ix_activity_commune_date")
        batch_op.drop_index("ix_activity_date_id")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_search_key"))
        batch_op.drop_column("search_key")
