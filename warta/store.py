"""The store: SQLAlchemy tables for articles and their records; SQLite by default, PostgreSQL by URL.

``Store(url)`` takes any SQLAlchemy URL; a bare path means a SQLite file. The schema is created and
upgraded by Alembic (``warta/migrations``). Articles are keyed by the content hash (``Article.id``):
ingesting the same text twice stores it once, in one transaction per article. The full Article JSON is
kept verbatim, so ``export`` gives back exactly what ``analyze`` printed; the record tables beside it
serve search and browsing. Actors get stable ids across articles (``actor_id``), so one actor page
gathers everything about one person. Full-text search uses SQLite FTS5, or PostgreSQL's own text search.
All filters are bound parameters.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
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
    and_,
    bindparam,
    create_engine,
    event,
    func,
    select,
    text,
)
from sqlalchemy.engine import Connection, Engine

from warta.model import Article

DEFAULT_DB = "warta.db"
_ACTOR_ID = re.compile(r"[0-9a-f]{12}")
metadata = MetaData()


def _article_fk() -> Column:
    return Column(
        "article_id", String(16), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True
    )


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

actors = Table(
    "actors",
    metadata,
    Column("id", String(12), primary_key=True),
    Column("key", String(300), nullable=False, unique=True),
    Column("name", Text, nullable=False),
    Column("type", String(8)),
    Column("country", String(8), index=True),
    Column("sector", String(8), index=True),
    Column("titles", Text),
)

entities = Table(
    "entities",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    _article_fk(),
    Column("entity_id", String(16), nullable=False),
    Column("actor_id", String(12), ForeignKey("actors.id"), nullable=False, index=True),
    Column("name", Text, nullable=False),
    Column("type", String(8)),
    Column("country", String(8), index=True),
    Column("sector", String(8), index=True),
    Column("titles", Text),
    Column("n_mentions", Integer, nullable=False, default=0),
    Column("published", String(10), index=True),
)

quotes = Table(
    "quotes",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    _article_fk(),
    Column("quote_id", String(16), nullable=False),
    Column("speaker_entity", String(16)),
    Column("speaker_name", Text),
    Column("speaker_actor", String(12), index=True),
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
    Column("source_countries", String(200)),
    Column("target_countries", String(200)),
    Column("trigger", Text),
    Column("date", String(40), index=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("confidence", Float),
    Column("published", String(10), index=True),
)

event_actors = Table(
    "event_actors",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("event_pk", Integer, ForeignKey("events.pk", ondelete="CASCADE"), nullable=False, index=True),
    Column("role", String(6), nullable=False),  # source | target
    Column("actor_id", String(12), index=True),
    Column("country", String(8), index=True),
    Column("sector", String(8)),
)

Index("ix_quotes_speaker_published", quotes.c.speaker_actor, quotes.c.published)


def actor_key(name: str, type_: str | None) -> str:
    """Stable cross-article key of an actor (the actors module refines it with its dictionary)."""
    try:
        from warta.actors.ids import actor_key as refined
    except ImportError:
        return f"{(type_ or 'X').upper()}:{' '.join(name.lower().split())}"
    return refined(name, type_)


def actor_id(key: str) -> str:
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def resolve_url(db: str | None) -> str:
    db = db or os.environ.get("WARTA_DB") or DEFAULT_DB
    if "://" in db:
        if db.startswith("postgresql://"):
            db = "postgresql+psycopg://" + db[len("postgresql://") :]
        return db
    return f"sqlite:///{Path(db).expanduser()}"


def fts_query(q: str) -> str:
    """User words -> a safe FTS5 query: each word quoted, all required, last one as a prefix."""
    words = re.findall(r"\w+", q)
    if not words:
        return '""'
    parts = [f'"{w}"' for w in words]
    parts[-1] += "*"
    return " ".join(parts)


class Store:
    def __init__(self, db: str | None = None, create: bool = True) -> None:
        self.url = resolve_url(db)
        self.engine: Engine = create_engine(self.url, future=True, pool_pre_ping=True)
        self.dialect = self.engine.dialect.name
        if self.dialect == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        if create:
            self.migrate()

    def migrate(self) -> None:
        from warta.migrations import upgrade

        with self.engine.begin() as conn:
            upgrade(conn)

    # -- writing -------------------------------------------------------------------------------
    def has(self, article_id: str) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(select(articles.c.pk).where(articles.c.id == article_id)).first() is not None

    def stored_ids(self, ids: list[str]) -> set[str]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(articles.c.id).where(articles.c.id.in_(ids)))
            return {r[0] for r in rows}

    def add(self, article: Article, doc: str | None = None) -> bool:
        """Store one Article in one transaction; False when its text is already stored.

        ``doc`` is the Article's JSON when the caller already has it (batch workers send JSON)."""
        return self.add_many([(article, doc)])[0]

    def add_many(self, items: list[tuple[Article, str | None]]) -> list[bool]:
        """Store several Articles in one transaction (all or none); for each, False when its text is
        already stored (or appears earlier in ``items``). Same rows as one add() per Article, with one
        statement per table instead of one per article."""
        return self.add_rows([article_rows(a, doc) for a, doc in items])

    def add_rows(self, items: list[ArticleRows]) -> list[bool]:
        """add_many() for Articles already turned into rows (:func:`article_rows`, which batch workers
        call, so that the one process that writes the store only writes)."""
        if not items:
            return []
        with self.engine.begin() as conn:
            ids = sorted({r.id for r in items})
            stored = {r[0] for r in conn.execute(select(articles.c.id).where(articles.c.id.in_(ids)))}
            fresh: list[ArticleRows] = []
            added: list[bool] = []
            for rows in items:
                new = rows.id not in stored
                added.append(new)
                if new:
                    stored.add(rows.id)
                    fresh.append(rows)
            if fresh:
                self._insert(conn, fresh)
        return added

    def _insert(self, conn: Connection, items: list[ArticleRows]) -> None:
        conn.execute(articles.insert(), [r.article for r in items])
        self._upsert_actors(conn, [actor for r in items for actor in r.actors])
        for table, rows in (
            (entities, [row for r in items for row in r.entities]),
            (quotes, [row for r in items for row in r.quotes]),
            (times, [row for r in items for row in r.times]),
        ):
            if rows:
                conn.execute(table.insert(), rows)
        evs = [(row, links) for r in items for row, links in zip(r.events, r.event_links, strict=True)]
        if evs:
            pks = conn.execute(
                events.insert().returning(events.c.pk, sort_by_parameter_order=True), [row for row, _ in evs]
            ).scalars()
            rows = [
                {"event_pk": pk, **link} for pk, (_row, links) in zip(pks, evs, strict=True) for link in links
            ]
            if rows:
                conn.execute(event_actors.insert(), rows)

    def _upsert_actors(self, conn: Connection, items: list[dict]) -> None:
        """Insert the articles' new actors and merge titles, country and sector into the known ones.

        Entities are applied in article order (a later non-empty country or sector wins), with one SELECT
        for all of them and one statement per set of changed columns."""
        if not items:
            return
        wanted = sorted({e["id"] for e in items})
        known = {
            r.id: {"titles": json.loads(r.titles or "[]"), "country": r.country, "sector": r.sector}
            for r in conn.execute(
                select(actors.c.id, actors.c.titles, actors.c.country, actors.c.sector).where(
                    actors.c.id.in_(wanted)
                )
            )
        }
        new: dict[str, dict] = {}
        changed: dict[str, dict] = {}
        for e in items:
            aid = e["id"]
            if aid not in known and aid not in new:
                new[aid] = {**e, "titles": list(e["titles"])}
                continue
            row = new.get(aid) or known[aid]
            values = changed.setdefault(aid, {}) if aid not in new else row
            titles = row["titles"]
            seen = {t.casefold() for t in titles}  # "Presiden" in one article, "presiden" in another
            added = []
            for t in e["titles"]:
                if t.casefold() not in seen:
                    seen.add(t.casefold())
                    added.append(t)
            if added:
                row["titles"] = values["titles"] = titles + added
            for field in ("country", "sector"):
                value = e[field]
                if value and value != row[field]:
                    row[field] = values[field] = value
        if new:
            conn.execute(
                actors.insert(),
                [{**r, "titles": json.dumps(r["titles"], ensure_ascii=False)} for r in new.values()],
            )
        # only what changed, one executemany per set of changed columns
        by_columns: dict[tuple[str, ...], list[dict]] = {}
        for aid, values in changed.items():
            if values:
                if "titles" in values:
                    values = {**values, "titles": json.dumps(values["titles"], ensure_ascii=False)}
                row = {"p_id": aid, **{f"p_{c}": v for c, v in values.items()}}
                by_columns.setdefault(tuple(sorted(values)), []).append(row)
        for columns, rows in by_columns.items():
            stmt = actors.update().where(actors.c.id == bindparam("p_id"))
            conn.execute(stmt.values({c: bindparam(f"p_{c}") for c in columns}), rows)

    # -- reading -------------------------------------------------------------------------------
    def get(self, article_id: str) -> dict | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(articles.c.doc).where(articles.c.id == article_id)).first()
        return json.loads(row[0]) if row else None

    def article_actor_ids(self, article_id: str) -> dict[str, str]:
        """The article's entity ids (E1, ...) -> stable actor ids."""
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(entities.c.entity_id, entities.c.actor_id).where(entities.c.article_id == article_id)
            )
            return {r.entity_id: r.actor_id for r in rows}

    def count(self) -> int:
        with self.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(articles)).scalar_one()

    def _text_match(self, column, fts_table: str, q: str):
        """A WHERE clause: rows whose text matches the words of ``q`` (full-text, bound parameters)."""
        if self.dialect == "sqlite":
            table = column.table
            sub = text(f"SELECT rowid FROM {fts_table} WHERE {fts_table} MATCH :fts").bindparams(
                fts=fts_query(q)
            )
            return table.c.pk.in_(sub)
        if self.dialect == "postgresql":
            return func.to_tsvector("simple", column).op("@@")(func.plainto_tsquery("simple", q))
        return column.ilike(f"%{q}%")

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
            where.append(self._text_match(articles.c.text, "articles_fts", q))
        if source:
            where.append(articles.c.source == source)
        if date_from:
            where.append(articles.c.published >= date_from)
        if date_to:
            where.append(articles.c.published <= date_to)
        if actor:
            where.append(
                articles.c.id.in_(
                    select(entities.c.article_id).where(self._actor_filter(entities.c.actor_id, actor))
                )
            )
        return self._page(select(*cols).where(*where).order_by(articles.c.pk), limit, offset)

    def _actor_filter(self, column, actor: str):
        """An actor given by id (12 hex digits), or by a name fragment."""
        if _ACTOR_ID.fullmatch(actor):
            return column == actor
        names = select(actors.c.id).where(actors.c.name.ilike(f"%{actor}%"))
        return column.in_(names)

    def _page(self, stmt, limit: int, offset: int) -> tuple[int, list[dict]]:
        total_stmt = select(func.count()).select_from(stmt.order_by(None).subquery())
        with self.engine.connect() as conn:
            total = conn.execute(total_stmt).scalar_one()
            rows = [dict(r._mapping) for r in conn.execute(stmt.limit(limit).offset(offset))]
        return total, rows

    def list_quotes(
        self,
        speaker: str | None = None,
        q: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        article: str | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> tuple[int, list[dict]]:
        cols = [
            quotes.c.article_id,
            quotes.c.quote_id,
            quotes.c.speaker_name,
            quotes.c.speaker_actor,
            quotes.c.content,
            quotes.c.cue,
            quotes.c.direct,
            quotes.c.start,
            quotes.c.end,
            quotes.c.confidence,
            quotes.c.published,
            articles.c.title,
            articles.c.meta_id,
        ]
        where = []
        if speaker:
            where.append(self._actor_filter(quotes.c.speaker_actor, speaker))
        if q:
            where.append(self._text_match(quotes.c.content, "quotes_fts", q))
        if date_from:
            where.append(quotes.c.published >= date_from)
        if date_to:
            where.append(quotes.c.published <= date_to)
        if article:
            where.append(quotes.c.article_id == article)
        stmt = (
            select(*cols)
            .join(articles, articles.c.id == quotes.c.article_id)
            .where(*where)
            .order_by(quotes.c.published.desc(), quotes.c.pk)
        )
        return self._page(stmt, limit, offset)

    def list_events(
        self,
        type: str | None = None,
        mode: str | None = None,
        aux: str | None = None,
        source: str | None = None,
        target: str | None = None,
        source_country: str | None = None,
        target_country: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        limit: int = 50,
        offset: int = 0,
        actor: str | None = None,
        country: str | None = None,
        trigger: str | None = None,
    ) -> tuple[int, list[dict]]:
        """Events by type/mode/aux, by source and target (actor id or name, country), by an actor or a
        country in either role, by words of the trigger, and by date (the event's day, else publication)."""
        where = []
        for col, value in ((events.c.type, type), (events.c.mode, mode), (events.c.aux, aux)):
            if value:
                where.append(col == value)
        if actor:
            either = select(event_actors.c.event_pk).where(self._actor_filter(event_actors.c.actor_id, actor))
            where.append(events.c.pk.in_(either))
        if country:
            where.append(
                events.c.pk.in_(select(event_actors.c.event_pk).where(event_actors.c.country == country))
            )
        if trigger:
            where.append(func.lower(events.c.trigger).contains(trigger.lower(), autoescape=True))
        for role, who, country in (("source", source, source_country), ("target", target, target_country)):
            cond = [event_actors.c.role == role]
            if who:
                cond.append(self._actor_filter(event_actors.c.actor_id, who))
            if country:
                cond.append(event_actors.c.country == country)
            if len(cond) > 1:
                where.append(events.c.pk.in_(select(event_actors.c.event_pk).where(and_(*cond))))
        day = func.coalesce(func.substr(events.c.date, 1, 10), events.c.published)
        if date_from:
            where.append(day >= date_from)
        if date_to:
            where.append(day <= date_to)
        stmt = (
            select(
                events.c.pk,
                events.c.article_id,
                events.c.event_id,
                events.c.type,
                events.c.mode,
                events.c.aux,
                events.c.source_countries,
                events.c.target_countries,
                events.c.trigger,
                events.c.date,
                events.c.start,
                events.c.end,
                events.c.confidence,
                events.c.published,
            )
            .where(*where)
            .order_by(events.c.published.desc(), events.c.pk)
        )
        total, rows = self._page(stmt, limit, offset)
        self._attach_event_actors(rows)
        return total, rows

    def _attach_event_actors(self, rows: list[dict]) -> None:
        if not rows:
            return
        pks = [r["pk"] for r in rows]
        stmt = (
            select(
                event_actors.c.event_pk,
                event_actors.c.role,
                event_actors.c.actor_id,
                actors.c.name,
                event_actors.c.country,
            )
            .select_from(event_actors.outerjoin(actors, actors.c.id == event_actors.c.actor_id))
            .where(event_actors.c.event_pk.in_(pks))
            .order_by(event_actors.c.pk)
        )
        by_event: dict[int, dict[str, list]] = defaultdict(lambda: {"source": [], "target": []})
        with self.engine.connect() as conn:
            for r in conn.execute(stmt):
                by_event[r.event_pk][r.role].append(
                    {"actor": r.actor_id, "name": r.name, "country": r.country}
                )
        for r in rows:
            r["source"] = by_event[r["pk"]]["source"]
            r["target"] = by_event[r["pk"]]["target"]
            del r["pk"]

    def list_actors(
        self,
        q: str | None = None,
        country: str | None = None,
        sector: str | None = None,
        type: str | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> tuple[int, list[dict]]:
        n_articles = (
            select(func.count(func.distinct(entities.c.article_id)))
            .where(entities.c.actor_id == actors.c.id)
            .scalar_subquery()
        )
        n_quotes = select(func.count()).where(quotes.c.speaker_actor == actors.c.id).scalar_subquery()
        where = []
        if q:
            where.append(actors.c.name.ilike(f"%{q}%"))
        for col, value in ((actors.c.country, country), (actors.c.sector, sector), (actors.c.type, type)):
            if value:
                where.append(col == value)
        stmt = (
            select(
                actors.c.id,
                actors.c.name,
                actors.c.type,
                actors.c.country,
                actors.c.sector,
                actors.c.titles,
                n_articles.label("n_articles"),
                n_quotes.label("n_quotes"),
            )
            .where(*where)
            .order_by(n_articles.desc(), actors.c.name)
        )
        total, rows = self._page(stmt, limit, offset)
        for r in rows:
            r["titles"] = json.loads(r["titles"] or "[]")
        return total, rows

    def get_actor(self, aid: str) -> dict | None:
        """One actor: its record, quotes and events per ISO week, counterpart actors, latest quotes."""
        with self.engine.connect() as conn:
            row = conn.execute(select(actors).where(actors.c.id == aid)).first()
            if row is None:
                return None
            actor = dict(row._mapping)
            actor["titles"] = json.loads(actor["titles"] or "[]")
            quote_days = [
                r[0] for r in conn.execute(select(quotes.c.published).where(quotes.c.speaker_actor == aid))
            ]
            mine = select(event_actors.c.event_pk).where(event_actors.c.actor_id == aid)
            ev_rows = conn.execute(
                select(events.c.pk, events.c.date, events.c.published, events.c.type).where(
                    events.c.pk.in_(mine)
                )
            ).all()
            partners = conn.execute(
                select(event_actors.c.actor_id, actors.c.name, func.count().label("n"))
                .join(actors, actors.c.id == event_actors.c.actor_id)
                .where(event_actors.c.event_pk.in_(mine), event_actors.c.actor_id != aid)
                .group_by(event_actors.c.actor_id, actors.c.name)
                .order_by(func.count().desc())
                .limit(10)
            ).all()
            n_articles = conn.execute(
                select(func.count(func.distinct(entities.c.article_id))).where(entities.c.actor_id == aid)
            ).scalar_one()
        timeline: dict[str, Counter] = defaultdict(Counter)
        for day in quote_days:
            if week := _iso_week(day):
                timeline[week]["quotes"] += 1
        for r in ev_rows:
            if week := _iso_week(r.date) or _iso_week(r.published):  # "2023", "2025-W11": not a day
                timeline[week]["events"] += 1
        actor["n_articles"] = n_articles
        actor["timeline"] = [
            {"week": w, "quotes": c["quotes"], "events": c["events"]} for w, c in sorted(timeline.items())
        ]
        actor["counterparts"] = [{"actor": p.actor_id, "name": p.name, "events": p.n} for p in partners]
        actor["event_types"] = dict(Counter(r.type for r in ev_rows).most_common())
        actor["n_quotes"], actor["quotes"] = self.list_quotes(speaker=aid, limit=20)
        actor["n_events"], actor["events"] = self.list_events(source=aid, limit=20)
        return actor

    def network(
        self,
        date_from: str | None = None,
        date_to: str | None = None,
        type: str | None = None,
        limit: int = 300,
    ) -> dict:
        """Actors as nodes, events as edges (source -> target), for the network page."""
        _, evs = self.list_events(type=type, date_from=date_from, date_to=date_to, limit=limit)
        nodes: dict[str, dict] = {}
        edges: Counter = Counter()

        def node(a: dict) -> str | None:
            """An actor node id, or the country when the event names no actor; None when neither."""
            if a["actor"]:
                nodes.setdefault(
                    a["actor"], {"id": a["actor"], "name": a["name"] or a["country"], "degree": 0}
                )
                return a["actor"]
            if a["country"]:
                key = f"country:{a['country']}"
                nodes.setdefault(key, {"id": key, "name": a["country"], "degree": 0})
                return key
            return None

        for v in evs:
            for s in v["source"]:
                for t in v["target"]:
                    a, b = node(s), node(t)
                    if a is None or b is None or a == b:
                        continue
                    nodes[a]["degree"] += 1
                    nodes[b]["degree"] += 1
                    edges[(a, b, v["type"])] += 1
        nodes = {k: n for k, n in nodes.items() if n["degree"]}
        return {
            "nodes": sorted(nodes.values(), key=lambda n: -n["degree"]),
            "edges": [{"source": a, "target": b, "type": t, "count": n} for (a, b, t), n in edges.items()],
        }

    def stats(self) -> dict:
        with self.engine.connect() as conn:
            count = {
                name: conn.execute(select(func.count()).select_from(table)).scalar_one()
                for name, table in (
                    ("articles", articles),
                    ("actors", actors),
                    ("quotes", quotes),
                    ("times", times),
                    ("events", events),
                )
            }
            by_type = dict(conn.execute(select(events.c.type, func.count()).group_by(events.c.type)).all())
            span = conn.execute(
                select(func.min(articles.c.published), func.max(articles.c.published))
            ).first()
            sources = dict(
                conn.execute(
                    select(articles.c.source, func.count())
                    .group_by(articles.c.source)
                    .order_by(func.count().desc())
                    .limit(20)
                ).all()
            )
        return {
            "counts": count,
            "events_by_type": by_type,
            "published": {"from": span[0], "to": span[1]},
            "sources": sources,
        }

    def iter_docs(self) -> Iterator[str]:
        """Stored Article JSON strings in ingestion order (exactly as analysed)."""
        with self.engine.connect() as conn:
            for (doc,) in conn.execute(select(articles.c.doc).order_by(articles.c.pk)).yield_per(200):
                yield doc


def _iso_week(day: str | None) -> str | None:
    try:
        y, w, _ = dt.date.fromisoformat((day or "")[:10]).isocalendar()
    except ValueError:
        return None
    return f"{y}-W{w:02d}"


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()


@dataclass
class ArticleRows:
    """What one Article writes, as plain rows. :func:`article_rows` makes them without a database, so a
    batch worker can; :meth:`Store.add_rows` writes them."""

    id: str
    article: dict
    actors: list[dict]  # one per entity, in article order: id, key, name, type, country, sector, titles
    entities: list[dict]
    quotes: list[dict]
    times: list[dict]
    events: list[dict]
    event_links: list[list[dict]]  # per event: its source and target actor rows (the event's pk comes later)


def article_rows(a: Article, doc: str | None = None) -> ArticleRows:
    """The rows of ``a``; ``doc`` is its JSON when the caller already has it."""
    ids: dict[str, str] = {}  # entity id -> actor id
    found = []
    for e in a.entities:
        key = actor_key(e.name, e.type)
        ids[e.id] = aid = actor_id(key)
        found.append(
            {"id": aid, "key": key, "name": e.name, "type": e.type, "country": e.country, "sector": e.sector,
             "titles": list(e.titles)}
        )  # fmt: skip
    return ArticleRows(
        id=a.id,
        article=_article_row(a, doc if doc is not None else a.to_json()),
        actors=found,
        entities=[_entity_row(a, e, ids[e.id]) for e in a.entities],
        quotes=[_quote_row(a, q, ids) for q in a.quotes],
        times=[_time_row(a, t) for t in a.times],
        events=[_event_row(a, v, a.meta.published) for v in a.events],
        event_links=[
            [
                {"role": role, "actor_id": ids.get(x.entity), "country": x.country, "sector": x.sector}
                for role, group in (("source", v.source), ("target", v.target))
                for x in group
            ]
            for v in a.events
        ],
    )


def _article_row(a: Article, doc: str) -> dict:
    return {
        "id": a.id,
        "meta_id": a.meta.id,
        "title": a.meta.title,
        "published": a.meta.published,
        "source": a.meta.source,
        "url": a.meta.url,
        "language": a.meta.language,
        "text": a.text,
        "doc": doc,
        "n_entities": len(a.entities),
        "n_quotes": len(a.quotes),
        "n_times": len(a.times),
        "n_events": len(a.events),
        "ingested_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    }


def _entity_row(a: Article, e, aid: str) -> dict:
    return {
        "article_id": a.id,
        "entity_id": e.id,
        "actor_id": aid,
        "name": e.name,
        "type": e.type,
        "country": e.country,
        "sector": e.sector,
        "titles": json.dumps(e.titles, ensure_ascii=False),
        "n_mentions": len(e.mentions),
        "published": a.meta.published,
    }


def _quote_row(a: Article, q, ids: dict[str, str]) -> dict:
    return {
        "article_id": a.id,
        "quote_id": q.id,
        "speaker_entity": q.speaker,
        "speaker_name": q.speaker_name,
        "speaker_actor": ids.get(q.speaker) if q.speaker else None,
        "content": q.content.text,
        "cue": q.cue.text if q.cue else None,
        "direct": q.direct,
        "start": q.content.start,
        "end": q.content.end,
        "confidence": q.confidence,
        "published": a.meta.published,
    }


def _time_row(a: Article, t) -> dict:
    return {
        "article_id": a.id,
        "text": t.text,
        "type": t.type,
        "value": t.value,
        "start": t.start,
        "end": t.end,
    }


def _event_row(a: Article, v, published: str | None) -> dict:
    return {
        "article_id": a.id,
        "event_id": v.id,
        "type": v.type,
        "mode": v.mode,
        "aux": v.aux,
        "source_countries": ",".join(s.country for s in v.source if s.country),
        "target_countries": ",".join(t.country for t in v.target if t.country),
        "trigger": v.trigger.text,
        "date": v.date,
        "start": v.trigger.start,
        "end": v.trigger.end,
        "confidence": v.confidence,
        "published": published,
    }
