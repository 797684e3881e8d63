"""The web app: JSON API (OpenAPI at /docs) and pages, both over the same store queries.

Read-only by default. Every page escapes article text (Jinja autoescape + ``render.highlight``). Request
bodies over ``WARTA_MAX_BODY`` bytes (2 MB by default) are refused before they are read in full.
"""

from __future__ import annotations

import datetime as dt
import hmac
import os
import threading
from enum import StrEnum
from pathlib import Path
from typing import Annotated

from fastapi import FastAPI, Form, Header, HTTPException, Query, Request
from fastapi import Path as FPath
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel, Field
from starlette.middleware.base import BaseHTTPMiddleware

from warta.errors import WartaInputError
from warta.model import AUX_MODES, PLOVER_TYPES, Article
from warta.store import Store
from warta.web.render import QUAD_COLOURS, actor_names, highlight, network_svg, timeline_svg

HERE = Path(__file__).parent
EventTypeParam = StrEnum("EventTypeParam", {t: t for t in PLOVER_TYPES})
AuxParam = StrEnum("AuxParam", {a: a for a in AUX_MODES})


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _date_or_none(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _search_events(store: Store, q: str | None, limit: int, offset: int) -> tuple[int, list[dict]]:
    """The search box on events: a PLOVER type ("sanction"), a country code ("RUS"), an actor in either
    role ("Prabowo"), else words of the trigger ("sanksi")."""
    if not q or not q.strip():
        return store.list_events(limit=limit, offset=offset)
    q = q.strip()
    if q.upper() in PLOVER_TYPES:
        return store.list_events(type=q.upper(), limit=limit, offset=offset)
    if len(q) == 3 and q.isalpha() and q.isupper():
        total, rows = store.list_events(country=q, limit=limit, offset=offset)
        if total:
            return total, rows
    total, rows = store.list_events(actor=q, limit=limit, offset=offset)
    if total:
        return total, rows
    return store.list_events(trigger=q, limit=limit, offset=offset)


class SearchKind(StrEnum):
    articles = "articles"
    quotes = "quotes"
    events = "events"
    actors = "actors"


DEFAULT_MAX_BODY = 2 * 1024 * 1024


class AnalyzeRequest(BaseModel):
    text: str = Field(description="The article text (exactly what the spans will index)")
    published: dt.date | None = Field(default=None, description="Publication date")
    id: str | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None
    force: bool = Field(default=False, description="Analyse text that does not look Indonesian")


class ArticleSummary(BaseModel):
    id: str
    meta_id: str | None
    title: str | None
    published: str | None
    source: str | None
    url: str | None
    n_entities: int
    n_quotes: int
    n_times: int
    n_events: int
    snippet: str


class ArticlePage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[ArticleSummary]


class Page(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[dict]


class Stored(BaseModel):
    id: str
    stored: bool = Field(description="False when the same text was already stored")


class BodyLimit(BaseHTTPMiddleware):
    def __init__(self, app, max_body: int) -> None:
        super().__init__(app)
        self.max_body = max_body

    async def dispatch(self, request: Request, call_next):
        length = request.headers.get("content-length")
        if length and length.isdigit() and int(length) > self.max_body:
            return JSONResponse(
                {"detail": f"request body over the limit of {self.max_body:,} bytes"}, status_code=413
            )
        return await call_next(request)


def create_app(db: str | None = None) -> FastAPI:
    store = Store(db)
    max_body = int(os.environ.get("WARTA_MAX_BODY", DEFAULT_MAX_BODY))
    app = FastAPI(
        title="Warta",
        version="0.1.0",
        description="Indonesian news as checkable records: actors, quotes, times and PLOVER events.",
    )
    app.add_middleware(BodyLimit, max_body=max_body)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    templates = Jinja2Templates(directory=HERE / "templates")
    templates.env.filters["actors"] = actor_names
    app.state.store = store
    analysis_lock = threading.Lock()

    def run_analysis(req: AnalyzeRequest) -> Article:
        from warta.pipeline import analyze

        meta = {"id": req.id, "title": req.title, "source": req.source, "url": req.url}
        try:
            # one analysis at a time per process: it is CPU-bound under the GIL anyway, and running it on
            # many pool threads at once only adds per-thread allocator arenas (memory that keeps growing)
            with analysis_lock:
                return analyze(req.text, published=req.published, meta=meta, force=req.force)
        except WartaInputError as exc:
            raise HTTPException(status_code=422, detail=str(exc)) from None

    # -- JSON API ------------------------------------------------------------------------------
    @app.get("/api/articles", response_model=ArticlePage, tags=["articles"])
    def api_articles(
        q: Annotated[str | None, Query(max_length=200, description="Words in the text or title")] = None,
        source: Annotated[str | None, Query(max_length=200)] = None,
        date_from: Annotated[dt.date | None, Query(alias="from")] = None,
        date_to: Annotated[dt.date | None, Query(alias="to")] = None,
        actor: Annotated[str | None, Query(max_length=200)] = None,
        limit: Annotated[int, Query(ge=1, le=500)] = 50,
        offset: Annotated[int, Query(ge=0)] = 0,
    ) -> ArticlePage:
        total, rows = store.list_articles(
            q=q,
            source=source,
            date_from=date_from.isoformat() if date_from else None,
            date_to=date_to.isoformat() if date_to else None,
            actor=actor,
            limit=limit,
            offset=offset,
        )
        return ArticlePage(total=total, limit=limit, offset=offset, items=rows)

    @app.get(
        "/api/articles/{article_id}", response_model=Article, response_model_by_alias=True, tags=["articles"]
    )
    def api_article(article_id: str) -> dict:
        doc = store.get(article_id)
        if doc is None:
            raise HTTPException(status_code=404, detail=f"no article {article_id!r}")
        return doc

    @app.get("/api/quotes", response_model=Page, tags=["records"])
    def api_quotes(
        speaker: Annotated[
            str | None, Query(max_length=200, description="Actor id or a name fragment")
        ] = None,
        q: Annotated[str | None, Query(max_length=200, description="Words in the quote")] = None,
        date_from: Annotated[dt.date | None, Query(alias="from")] = None,
        date_to: Annotated[dt.date | None, Query(alias="to")] = None,
        limit: Annotated[int, Query(ge=1, le=500)] = 50,
        offset: Annotated[int, Query(ge=0)] = 0,
    ) -> Page:
        total, rows = store.list_quotes(
            speaker=speaker, q=q, date_from=_iso(date_from), date_to=_iso(date_to), limit=limit, offset=offset
        )
        return Page(total=total, limit=limit, offset=offset, items=rows)

    @app.get("/api/events", response_model=Page, tags=["records"])
    def api_events(
        type: Annotated[EventTypeParam | None, Query(description="PLOVER event type")] = None,
        mode: Annotated[str | None, Query(max_length=40)] = None,
        aux: Annotated[AuxParam | None, Query()] = None,
        source: Annotated[str | None, Query(max_length=200, description="Source actor id or name")] = None,
        target: Annotated[str | None, Query(max_length=200, description="Target actor id or name")] = None,
        source_country: Annotated[str | None, Query(pattern=r"^[A-Z]{3}$")] = None,
        target_country: Annotated[str | None, Query(pattern=r"^[A-Z]{3}$")] = None,
        actor: Annotated[
            str | None, Query(max_length=200, description="Actor id or name, either role")
        ] = None,
        country: Annotated[
            str | None, Query(pattern=r"^[A-Z]{3}$", description="Country, either role")
        ] = None,
        q: Annotated[str | None, Query(max_length=200, description="Words of the trigger")] = None,
        date_from: Annotated[dt.date | None, Query(alias="from")] = None,
        date_to: Annotated[dt.date | None, Query(alias="to")] = None,
        limit: Annotated[int, Query(ge=1, le=500)] = 50,
        offset: Annotated[int, Query(ge=0)] = 0,
    ) -> Page:
        total, rows = store.list_events(
            actor=actor,
            country=country,
            trigger=q,
            type=type.value if type else None,
            mode=mode,
            aux=aux.value if aux else None,
            source=source,
            target=target,
            source_country=source_country,
            target_country=target_country,
            date_from=_iso(date_from),
            date_to=_iso(date_to),
            limit=limit,
            offset=offset,
        )
        return Page(total=total, limit=limit, offset=offset, items=rows)

    @app.get("/api/actors", response_model=Page, tags=["actors"])
    def api_actors(
        q: Annotated[str | None, Query(max_length=200, description="Name fragment")] = None,
        country: Annotated[str | None, Query(pattern=r"^[A-Z]{3}$")] = None,
        sector: Annotated[str | None, Query(pattern=r"^[A-Z]{3}$")] = None,
        limit: Annotated[int, Query(ge=1, le=500)] = 50,
        offset: Annotated[int, Query(ge=0)] = 0,
    ) -> Page:
        total, rows = store.list_actors(q=q, country=country, sector=sector, limit=limit, offset=offset)
        return Page(total=total, limit=limit, offset=offset, items=rows)

    @app.get("/api/actors/{actor_id}", tags=["actors"])
    def api_actor(actor_id: Annotated[str, FPath(pattern=r"^[0-9a-f]{12}$")]) -> dict:
        """An actor with its quotes and events per week and its counterpart actors."""
        actor = store.get_actor(actor_id)
        if actor is None:
            raise HTTPException(status_code=404, detail=f"no actor {actor_id!r}")
        return actor

    @app.get("/api/network", tags=["records"])
    def api_network(
        type: Annotated[EventTypeParam | None, Query()] = None,
        date_from: Annotated[dt.date | None, Query(alias="from")] = None,
        date_to: Annotated[dt.date | None, Query(alias="to")] = None,
    ) -> dict:
        return store.network(
            date_from=_iso(date_from), date_to=_iso(date_to), type=type.value if type else None
        )

    @app.get("/api/stats", tags=["records"])
    def api_stats() -> dict:
        return store.stats()

    @app.post("/api/articles", response_model=Stored, tags=["articles"], status_code=201)
    def api_store(req: AnalyzeRequest, authorization: Annotated[str | None, Header()] = None) -> Stored:
        """Analyse and store (off unless WARTA_TOKEN is set; send `Authorization: Bearer <token>`)."""
        token = os.environ.get("WARTA_TOKEN")
        if not token:
            raise HTTPException(
                status_code=403, detail="ingestion over HTTP is off (set WARTA_TOKEN to enable it)"
            )
        if not authorization or not hmac.compare_digest(authorization, f"Bearer {token}"):
            raise HTTPException(status_code=401, detail="missing or wrong token")
        article = run_analysis(req)
        return Stored(id=article.id, stored=store.add(article))

    @app.post("/api/analyze", response_model=Article, response_model_by_alias=True, tags=["analysis"])
    def api_analyze(req: AnalyzeRequest) -> Article:
        """Analyse a text without storing it."""
        return run_analysis(req)

    # -- pages ---------------------------------------------------------------------------------
    @app.get("/favicon.ico", include_in_schema=False)
    def favicon():
        return FileResponse(HERE / "static" / "favicon.svg", media_type="image/svg+xml")

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def index(
        request: Request,
        q: Annotated[str | None, Query(max_length=200)] = None,
        offset: Annotated[int, Query(ge=0)] = 0,
    ):
        limit = 50
        total, rows = store.list_articles(q=q, limit=limit, offset=offset)
        return templates.TemplateResponse(
            request, "index.html", {"rows": rows, "total": total, "q": q, "offset": offset, "limit": limit}
        )

    @app.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(request: Request, article_id: str):
        doc = store.get(article_id)
        if doc is None:
            raise HTTPException(status_code=404, detail=f"no article {article_id!r}")
        ctx = {
            "a": doc,
            "body": highlight(doc),
            "stored": True,
            "actor_ids": store.article_actor_ids(article_id),
        }
        return templates.TemplateResponse(request, "article.html", ctx)

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(
        request: Request,
        q: Annotated[str | None, Query(max_length=200)] = None,
        kind: Annotated[SearchKind, Query()] = SearchKind.articles,
        offset: Annotated[int, Query(ge=0)] = 0,
    ):
        limit = 50
        if kind is SearchKind.quotes:
            # a query that names a speaker finds their quotes; otherwise it searches the quote text
            total, rows = (
                store.list_quotes(speaker=q, limit=limit, offset=offset)
                if q
                else store.list_quotes(limit=limit, offset=offset)
            )
            if q and not total:
                total, rows = store.list_quotes(q=q, limit=limit, offset=offset)
        elif kind is SearchKind.events:
            total, rows = _search_events(store, q, limit, offset)
        elif kind is SearchKind.actors:
            total, rows = store.list_actors(q=q, limit=limit, offset=offset)
        else:
            total, rows = store.list_articles(q=q, limit=limit, offset=offset)
        ctx = {"rows": rows, "total": total, "q": q, "kind": kind.value, "offset": offset, "limit": limit}
        return templates.TemplateResponse(request, "search.html", ctx)

    @app.get("/actors/{actor_id}", response_class=HTMLResponse, include_in_schema=False)
    def actor_page(request: Request, actor_id: Annotated[str, FPath(pattern=r"^[0-9a-f]{12}$")]):
        actor = store.get_actor(actor_id)
        if actor is None:
            raise HTTPException(status_code=404, detail=f"no actor {actor_id!r}")
        return templates.TemplateResponse(
            request, "actor.html", {"a": actor, "timeline": timeline_svg(actor["timeline"])}
        )

    @app.get("/network", response_class=HTMLResponse, include_in_schema=False)
    def network_page(
        request: Request,
        type: Annotated[str | None, Query(max_length=12)] = None,
        date_from: Annotated[str | None, Query(alias="from", max_length=10)] = None,
        date_to: Annotated[str | None, Query(alias="to", max_length=10)] = None,
    ):
        type = type if type in PLOVER_TYPES else None
        date_from = _iso(_date_or_none(date_from))
        date_to = _iso(_date_or_none(date_to))
        net = store.network(date_from=date_from, date_to=date_to, type=type)
        ctx = {
            "svg": network_svg(net),
            "types": PLOVER_TYPES,
            "type": type,
            "date_from": date_from,
            "date_to": date_to,
            "colours": QUAD_COLOURS,
            "n_nodes": len(net["nodes"]),
            "n_edges": len(net["edges"]),
        }
        return templates.TemplateResponse(request, "network.html", ctx)

    @app.get("/analyze", response_class=HTMLResponse, include_in_schema=False)
    def analyze_form(request: Request):
        return templates.TemplateResponse(request, "analyze.html", {})

    @app.post("/analyze", response_class=HTMLResponse, include_in_schema=False)
    def analyze_page(
        request: Request,
        text: Annotated[str, Form()],
        published: Annotated[str | None, Form()] = None,
        title: Annotated[str | None, Form()] = None,
        force: Annotated[bool, Form()] = False,
    ):
        from warta.pipeline import parse_date

        req = AnalyzeRequest(text=text, published=parse_date(published), title=title or None, force=force)
        try:
            article = run_analysis(req)
        except HTTPException as exc:
            ctx = {"error": exc.detail, "text": text, "published": published, "title": title}
            return templates.TemplateResponse(request, "analyze.html", ctx, status_code=422)
        doc = article.to_dict()
        return templates.TemplateResponse(
            request, "article.html", {"a": doc, "body": highlight(doc), "stored": False}
        )

    return app


def app_from_env() -> FastAPI:
    """The app for `warta serve` (one per server process): the store is $WARTA_DB."""
    return create_app(os.environ.get("WARTA_DB"))
