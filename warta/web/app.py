"""The web app: JSON API (OpenAPI at /docs) and pages, both over the same store queries.

Read-only by default. Every page escapes article text (Jinja autoescape + ``render.highlight``). Request
bodies over ``WARTA_MAX_BODY`` bytes (2 MB by default) are refused before they are read in full.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Annotated

from fastapi import FastAPI, Form, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel, Field
from starlette.middleware.base import BaseHTTPMiddleware

from warta.errors import WartaInputError
from warta.model import Article
from warta.store import Store
from warta.web.render import highlight

HERE = Path(__file__).parent
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
    app.state.store = store

    def run_analysis(req: AnalyzeRequest) -> Article:
        from warta.pipeline import analyze

        meta = {"id": req.id, "title": req.title, "source": req.source, "url": req.url}
        try:
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

    @app.get("/api/articles/{article_id}", response_model=Article, response_model_by_alias=True, tags=["articles"])
    def api_article(article_id: str) -> dict:
        doc = store.get(article_id)
        if doc is None:
            raise HTTPException(status_code=404, detail=f"no article {article_id!r}")
        return doc

    @app.post("/api/analyze", response_model=Article, response_model_by_alias=True, tags=["analysis"])
    def api_analyze(req: AnalyzeRequest) -> Article:
        """Analyse a text without storing it."""
        return run_analysis(req)

    # -- pages ---------------------------------------------------------------------------------
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
        return templates.TemplateResponse(
            request, "article.html", {"a": doc, "body": highlight(doc), "stored": True}
        )

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
