"""The store: SQLAlchemy tables for articles and their records, SQLite by default.

``Store(url)`` takes any SQLAlchemy URL; a bare path means a SQLite file. Articles are keyed by the
content hash (``Article.id``), so ingesting the same text twice stores it once. The full Article JSON
is kept verbatim, so ``export`` gives back exactly what ``analyze`` printed; the record tables beside it
exist for search and browsing.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import (
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    event,
    func,
    or_,
    select,
)
from sqlalchemy.engine import Engine

from warta.model import Article

DEFAULT_DB = "warta.db"
metadata = MetaData()

articles = Table(
    "articles",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("id", String(16), nullable=False, unique=True),
    Column("meta_id", String(200)),
    Column("title", Text),
    Column("published", String(10), index=True),
    Column("source", String(200), index=True),
    Column("url", Text),
    Column("language", String(8)),
    Column("text", Text, nullable=False),
    Column("doc", Text, nullable=False),
    Column("n_entities", Integer, nullable=False, default=0),
    Column("n_quotes", Integer, nullable=False, default=0),
    Column("n_times", Integer, nullable=False, default=0),
    Column("n_events", Integer, nullable=False, default=0),
    Column("ingested_at", String(32), nullable=False),
)



def _article_fk() -> Column:
    return Column("article_id", String(16), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True)

entities = Table(
    "entities",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    _article_fk(),
    Column("entity_id", String(16), nullable=False),
    Column("actor_key", String(300), nullable=False, index=True),
    Column("name", Text, nullable=False),
    Column("type", String(8)),
    Column("country", String(8), index=True),
    Column("sector", String(8), index=True),
    Column("titles", Text),
    Column("n_mentions", Integer, nullable=False, default=0),
)

quotes = Table(
    "quotes",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    _article_fk(),
    Column("quote_id", String(16), nullable=False),
    Column("speaker_entity", String(16)),
    Column("speaker_name", Text),
    Column("speaker_key", String(300), index=True),
    Column("content", Text, nullable=False),
    Column("cue", Text),
    Column("direct", Boolean, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("confidence", Float),
    Column("published", String(10), index=True),
)

times = Table(
    "times",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    _article_fk(),
    Column("text", Text, nullable=False),
    Column("type", String(10), nullable=False),
    Column("value", String(40), nullable=False, index=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
)

events = Table(
    "events",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    _article_fk(),
    Column("event_id", String(16), nullable=False),
    Column("type", String(12), nullable=False, index=True),
    Column("mode", String(30)),
    Column("aux", String(14)),
    Column("source_keys", Text),
    Column("target_keys", Text),
    Column("source_countries", String(200)),
    Column("target_countries", String(200)),
    Column("trigger", Text),
    Column("date", String(40), index=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("confidence", Float),
    Column("published", String(10), index=True),
)

Index("ix_quotes_speaker_published", quotes.c.speaker_key, quotes.c.published)


def actor_key(name: str, type_: str | None) -> str:
    """Stable cross-article key of an actor (the actors module may refine it with its dictionary)."""
    try:
        from warta.actors.ids import actor_key as refined
    except ImportError:
        return f"{(type_ or 'X').upper()}:{' '.join(name.lower().split())}"
    return refined(name, type_)


def resolve_url(db: str | None) -> str:
    db = db or os.environ.get("WARTA_DB") or DEFAULT_DB
    if "://" in db:
        return db
    return f"sqlite:///{Path(db).expanduser()}"


class Store:
    def __init__(self, db: str | None = None, create: bool = True) -> None:
        self.url = resolve_url(db)
        self.engine: Engine = create_engine(self.url, future=True)
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        if create:
            metadata.create_all(self.engine)

    # -- writing -------------------------------------------------------------------------------
    def has(self, article_id: str) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(select(articles.c.pk).where(articles.c.id == article_id)).first() is not None

    def add(self, article: Article) -> bool:
        """Store one Article in one transaction; False when its text is already stored."""
        with self.engine.begin() as conn:
            if conn.execute(select(articles.c.pk).where(articles.c.id == article.id)).first():
                return False
            conn.execute(articles.insert(), [_article_row(article)])
            keys = {}
            rows = []
            for e in article.entities:
                keys[e.id] = actor_key(e.name, e.type)
                rows.append(
                    {
                        "article_id": article.id,
                        "entity_id": e.id,
                        "actor_key": keys[e.id],
                        "name": e.name,
                        "type": e.type,
                        "country": e.country,
                        "sector": e.sector,
                        "titles": json.dumps(e.titles, ensure_ascii=False),
                        "n_mentions": len(e.mentions),
                    }
                )
            if rows:
                conn.execute(entities.insert(), rows)
            pub = article.meta.published
            if article.quotes:
                conn.execute(
                    quotes.insert(),
                    [
                        {
                            "article_id": article.id,
                            "quote_id": q.id,
                            "speaker_entity": q.speaker,
                            "speaker_name": q.speaker_name,
                            "speaker_key": keys.get(q.speaker) if q.speaker else None,
                            "content": q.content.text,
                            "cue": q.cue.text if q.cue else None,
                            "direct": q.direct,
                            "start": q.content.start,
                            "end": q.content.end,
                            "confidence": q.confidence,
                            "published": pub,
                        }
                        for q in article.quotes
                    ],
                )
            if article.times:
                conn.execute(
                    times.insert(),
                    [
                        {
                            "article_id": article.id,
                            "text": t.text,
                            "type": t.type,
                            "value": t.value,
                            "start": t.start,
                            "end": t.end,
                        }
                        for t in article.times
                    ],
                )
            if article.events:
                conn.execute(
                    events.insert(),
                    [_event_row(article, v, keys) for v in article.events],
                )
        return True

    # -- reading -------------------------------------------------------------------------------
    def get(self, article_id: str) -> dict | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(articles.c.doc).where(articles.c.id == article_id)).first()
        return json.loads(row[0]) if row else None

    def count(self) -> int:
        with self.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(articles)).scalar_one()

    def list_articles(
        self,
        q: str | None = None,
        source: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        actor: str | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> tuple[int, list[dict]]:
        cols = [
            articles.c.id,
            articles.c.meta_id,
            articles.c.title,
            articles.c.published,
            articles.c.source,
            articles.c.url,
            articles.c.n_entities,
            articles.c.n_quotes,
            articles.c.n_times,
            articles.c.n_events,
            func.substr(articles.c.text, 1, 240).label("snippet"),
        ]
        where = []
        if q:
            like = f"%{q}%"
            where.append(or_(articles.c.text.ilike(like), articles.c.title.ilike(like)))
        if source:
            where.append(articles.c.source == source)
        if date_from:
            where.append(articles.c.published >= date_from)
        if date_to:
            where.append(articles.c.published <= date_to)
        if actor:
            sub = select(entities.c.article_id).where(
                or_(entities.c.actor_key == actor, entities.c.name.ilike(f"%{actor}%"))
            )
            where.append(articles.c.id.in_(sub))
        stmt = select(*cols).where(*where).order_by(articles.c.pk).limit(limit).offset(offset)
        total_stmt = select(func.count()).select_from(articles).where(*where)
        with self.engine.connect() as conn:
            total = conn.execute(total_stmt).scalar_one()
            rows = [dict(r._mapping) for r in conn.execute(stmt)]
        return total, rows

    def iter_docs(self) -> Iterator[str]:
        """Stored Article JSON strings in ingestion order (exactly as analysed)."""
        with self.engine.connect() as conn:
            for (doc,) in conn.execute(select(articles.c.doc).order_by(articles.c.pk)).yield_per(200):
                yield doc


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _article_row(a: Article) -> dict:
    return {
        "id": a.id,
        "meta_id": a.meta.id,
        "title": a.meta.title,
        "published": a.meta.published,
        "source": a.meta.source,
        "url": a.meta.url,
        "language": a.meta.language,
        "text": a.text,
        "doc": a.to_json(),
        "n_entities": len(a.entities),
        "n_quotes": len(a.quotes),
        "n_times": len(a.times),
        "n_events": len(a.events),
        "ingested_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    }


def _event_row(a: Article, v, keys: dict[str, str]) -> dict:
    return {
        "article_id": a.id,
        "event_id": v.id,
        "type": v.type,
        "mode": v.mode,
        "aux": v.aux,
        "source_keys": json.dumps([keys.get(s.entity) for s in v.source if s.entity]),
        "target_keys": json.dumps([keys.get(t.entity) for t in v.target if t.entity]),
        "source_countries": ",".join(s.country for s in v.source if s.country),
        "target_countries": ",".join(t.country for t in v.target if t.country),
        "trigger": v.trigger.text,
        "date": v.date,
        "start": v.trigger.start,
        "end": v.trigger.end,
        "confidence": v.confidence,
        "published": a.meta.published,
    }
