"""Alembic environment of the corpus store. Run through `sourcetrace.store.migrate`, which hands
over an open connection; `alembic -x url=… upgrade head` from this folder works too."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from sourcetrace.store.schema import metadata

config = context.config


def run() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()
        return
    url = context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option("sqlalchemy.url")
    engine = create_engine(str(url))
    with engine.connect() as conn:
        context.configure(connection=conn, target_metadata=metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()


run()
