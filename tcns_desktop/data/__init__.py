"""Storage: SQLAlchemy models, the SQLite engine, migrations, revisions, audit and backups."""
