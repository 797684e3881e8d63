"""Alembic environment: runs on the connection the Store passes in, or on ``-x db=URL``."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from warta.store import metadata, resolve_url

config = context.config


def run() -> None:
    conn = config.attributes.get("connection")
    if conn is not None:
        context.configure(connection=conn, target_metadata=metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()
        return
    url = resolve_url(context.get_x_argument(as_dictionary=True).get("db"))
    with create_engine(url).begin() as connection:
        context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()


run()
