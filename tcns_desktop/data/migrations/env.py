"""Alembic environment: run with the connection the program passes in (no alembic.ini)."""

from __future__ import annotations

from alembic import context

from tcns_desktop.data.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("TCNS migrations run only through tcns_desktop.data.schema")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
