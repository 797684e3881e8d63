"""Alembic migrations of the store schema; ``upgrade(conn)`` brings any database to the newest version.

Use the Alembic CLI too: ``alembic -c warta/migrations/alembic.ini -x db=URL upgrade head``.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.engine import Connection

HERE = Path(__file__).parent


def config():
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(HERE))
    return cfg


def upgrade(conn: Connection, revision: str = "head") -> None:
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    cfg = config()
    head = ScriptDirectory.from_config(cfg).get_current_head()
    if MigrationContext.configure(conn).get_current_revision() == head and revision == "head":
        return  # already current: skip Alembic's environment start-up
    cfg.attributes["connection"] = conn
    command.upgrade(cfg, revision)
