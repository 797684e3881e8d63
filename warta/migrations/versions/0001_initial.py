"""The first store schema: articles, actors, entities, quotes, times, events, event_actors, and
full-text indexes (FTS5 tables kept in sync by triggers on SQLite; GIN expression indexes on PostgreSQL).

Revision ID: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _article_fk() -> sa.Column:
    return sa.Column(
        "article_id",
        sa.String(16),
        sa.ForeignKey("articles.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    )


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("id", sa.String(16), nullable=False, unique=True),
        sa.Column("meta_id", sa.String(200)),
        sa.Column("title", sa.Text),
        sa.Column("published", sa.String(10), index=True),
        sa.Column("source", sa.String(200), index=True),
        sa.Column("url", sa.Text),
        sa.Column("language", sa.String(8)),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("doc", sa.Text, nullable=False),
        sa.Column("n_entities", sa.Integer, nullable=False),
        sa.Column("n_quotes", sa.Integer, nullable=False),
        sa.Column("n_times", sa.Integer, nullable=False),
        sa.Column("n_events", sa.Integer, nullable=False),
        sa.Column("ingested_at", sa.String(32), nullable=False),
    )
    op.create_table(
        "actors",
        sa.Column("id", sa.String(12), primary_key=True),
        sa.Column("key", sa.String(300), nullable=False, unique=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("type", sa.String(8)),
        sa.Column("country", sa.String(8), index=True),
        sa.Column("sector", sa.String(8), index=True),
        sa.Column("titles", sa.Text),
    )
    op.create_table(
        "entities",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        _article_fk(),
        sa.Column("entity_id", sa.String(16), nullable=False),
        sa.Column("actor_id", sa.String(12), sa.ForeignKey("actors.id"), nullable=False, index=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("type", sa.String(8)),
        sa.Column("country", sa.String(8), index=True),
        sa.Column("sector", sa.String(8), index=True),
        sa.Column("titles", sa.Text),
        sa.Column("n_mentions", sa.Integer, nullable=False),
        sa.Column("published", sa.String(10), index=True),
    )
    op.create_table(
        "quotes",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        _article_fk(),
        sa.Column("quote_id", sa.String(16), nullable=False),
        sa.Column("speaker_entity", sa.String(16)),
        sa.Column("speaker_name", sa.Text),
        sa.Column("speaker_actor", sa.String(12), index=True),
        sa.Column("content", sa.Text, nullable=False),
        sa.Column("cue", sa.Text),
        sa.Column("direct", sa.Boolean, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("confidence", sa.Float),
        sa.Column("published", sa.String(10), index=True),
    )
    op.create_index("ix_quotes_speaker_published", "quotes", ["speaker_actor", "published"])
    op.create_table(
        "times",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        _article_fk(),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("type", sa.String(10), nullable=False),
        sa.Column("value", sa.String(40), nullable=False, index=True),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
    )
    op.create_table(
        "events",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        _article_fk(),
        sa.Column("event_id", sa.String(16), nullable=False),
        sa.Column("type", sa.String(12), nullable=False, index=True),
        sa.Column("mode", sa.String(30)),
        sa.Column("aux", sa.String(14)),
        sa.Column("source_countries", sa.String(200)),
        sa.Column("target_countries", sa.String(200)),
        sa.Column("trigger", sa.Text),
        sa.Column("date", sa.String(40), index=True),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("confidence", sa.Float),
        sa.Column("published", sa.String(10), index=True),
    )
    op.create_table(
        "event_actors",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(
            "event_pk", sa.Integer, sa.ForeignKey("events.pk", ondelete="CASCADE"), nullable=False, index=True
        ),
        sa.Column("role", sa.String(6), nullable=False),
        sa.Column("actor_id", sa.String(12), index=True),
        sa.Column("country", sa.String(8), index=True),
        sa.Column("sector", sa.String(8)),
    )
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for table, cols in (("articles", "title, text"), ("quotes", "content, speaker_name")):
            fts = f"{table}_fts"
            op.execute(
                f"CREATE VIRTUAL TABLE {fts} USING fts5({cols}, content='{table}', content_rowid='pk', tokenize='unicode61 remove_diacritics 2')"
            )
            new = ", ".join(f"new.{c.strip()}" for c in cols.split(","))
            old = ", ".join(f"old.{c.strip()}" for c in cols.split(","))
            op.execute(
                f"CREATE TRIGGER {table}_ai AFTER INSERT ON {table} BEGIN INSERT INTO {fts}(rowid, {cols}) VALUES (new.pk, {new}); END"
            )
            op.execute(
                f"CREATE TRIGGER {table}_ad AFTER DELETE ON {table} BEGIN INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.pk, {old}); END"
            )
    elif dialect == "postgresql":
        op.execute("CREATE INDEX ix_articles_fts ON articles USING gin (to_tsvector('simple', text))")
        op.execute("CREATE INDEX ix_quotes_fts ON quotes USING gin (to_tsvector('simple', content))")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for table in ("articles", "quotes"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_ai")
            op.execute(f"DROP TRIGGER IF EXISTS {table}_ad")
            op.execute(f"DROP TABLE IF EXISTS {table}_fts")
    for table in ("event_actors", "events", "times", "quotes", "entities", "actors", "articles"):
        op.drop_table(table)
