"""The `warta` command: a thin layer over the library (analyze, ingest, export, serve, eval)."""

from __future__ import annotations

import importlib
import json
import sys
from enum import StrEnum
from pathlib import Path

import typer

from warta.errors import WartaInputError

app = typer.Typer(
    name="warta",
    help="Indonesian news -> actors, quotes, time expressions and PLOVER events (schema warta/1).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
eval_app = typer.Typer(help="Measure accuracy against gold data; each eval writes predictions with --out.")
app.add_typer(eval_app, name="eval")

# warta eval <name>: each module defines run(...) with typer-annotated parameters
EVALS = ["sentences", "ud", "ner", "quotes", "e2e", "timex", "events"]


class Format(StrEnum):
    json = "json"
    jsonl = "jsonl"


def fail(message: str) -> None:
    typer.echo(f"warta: error: {message}", err=True)
    raise typer.Exit(2)


@app.command()
def analyze(
    input: str = typer.Argument(..., help="A .txt, .html or .jsonl file, - for stdin, or an http(s) URL"),
    published: str | None = typer.Option(None, help="Publication date YYYY-MM-DD (anchors relative times)"),
    format: Format | None = typer.Option(None, "--format", help="json (default) or jsonl (default for .jsonl)"),
    force: bool = typer.Option(False, help="Analyse text that does not look Indonesian"),
    kind: str | None = typer.Option(None, help="Input kind when the name does not tell: text, html, jsonl"),
) -> None:
    """Analyse articles and print warta/1 JSON."""
    from warta.ingest import kind_of, read_records
    from warta.model import ErrorRecord
    from warta.pipeline import analyze as run
    from warta.pipeline import parse_date

    kind = kind or kind_of(input)
    fmt = format or (Format.jsonl if kind == "jsonl" else Format.json)
    if published and parse_date(published) is None:
        fail(f"--published {published!r} is not a date (YYYY-MM-DD)")
    failed = 0
    out = sys.stdout
    try:
        for rec in read_records(input, kind):
            if rec.error is None:
                try:
                    article = run(rec.text, published=published, meta=rec.meta, force=force)
                except WartaInputError as exc:
                    rec.error = f"line {rec.line}: {exc}" if rec.line else str(exc)
            if rec.error is not None:
                failed += 1
                if kind != "jsonl":
                    fail(rec.error)
                out.write(ErrorRecord(meta={"id": rec.meta.get("id")}, error=rec.error).to_json() + "\n")
                typer.echo(f"warta: error: {rec.error}", err=True)
                continue
            out.write(article.to_json(indent=2 if fmt is Format.json else None) + "\n")
    except WartaInputError as exc:
        fail(str(exc))
    if failed:
        raise typer.Exit(2)


@app.command()
def ingest(
    inputs: list[str] = typer.Argument(None, help=".jsonl, .txt or .html files (or -)"),
    db: str | None = typer.Option(None, help="SQLite file or SQLAlchemy URL (default $WARTA_DB or warta.db)"),
    examples: bool = typer.Option(False, help="Also ingest the example articles bundled with Warta"),
    published: str | None = typer.Option(None, help="Publication date for inputs that carry none"),
    force: bool = typer.Option(False, help="Analyse text that does not look Indonesian"),
    errors: Path | None = typer.Option(None, help="Write failed records here (JSONL with id and error)"),
) -> None:
    """Analyse and store articles; the same text ingested twice is stored once."""
    from warta.batch import ingest_records, iter_inputs
    from warta.store import Store

    if not inputs and not examples:
        fail("nothing to ingest: give files or --examples")
    store = Store(db)
    summary = ingest_records(store, iter_inputs(inputs or [], examples), published, force, errors)
    typer.echo(
        f"ok {summary['ok']}, skipped (already stored) {summary['skipped']}, failed {summary['failed']}"
        f" -> {store.url}"
    )
    if summary["failed"]:
        raise typer.Exit(2)


@app.command()
def export(
    db: str | None = typer.Option(None, help="SQLite file or SQLAlchemy URL"),
    format: str = typer.Option("jsonl", "--format", help="jsonl"),
    out: Path | None = typer.Option(None, help="Output file (default stdout)"),
) -> None:
    """Write the stored Articles back, exactly as analysed."""
    from warta.store import Store

    if format != "jsonl":
        fail(f"unknown export format {format!r} (jsonl)")
    store = Store(db, create=False)
    fh = out.open("w", encoding="utf-8") if out else sys.stdout
    try:
        for doc in store.iter_docs():
            fh.write(doc + "\n")
    finally:
        if out:
            fh.close()


@app.command()
def serve(
    db: str | None = typer.Option(None, help="SQLite file or SQLAlchemy URL"),
    host: str = typer.Option("127.0.0.1", help="Interface to bind (loopback unless you say otherwise)"),
    port: int = typer.Option(8000, envvar="PORT", help="Port (or $PORT)"),
) -> None:
    """Serve the web pages and the JSON API."""
    import uvicorn

    from warta.web.app import create_app

    typer.echo(f"Warta is serving on http://{host}:{port}")
    uvicorn.run(create_app(db), host=host, port=port, log_level="warning")


def _register_evals() -> None:
    for name in EVALS:
        try:
            module = importlib.import_module(f"warta.evaluate.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"warta.evaluate.{name}":
                continue  # that capability is not installed in this checkout
            raise
        eval_app.command(name)(module.run)


def main() -> None:
    _register_evals()
    try:
        app()
    except WartaInputError as exc:
        typer.echo(f"warta: error: {exc}", err=True)
        sys.exit(2)


def dumps(obj) -> str:
    return json.dumps(obj, ensure_ascii=False)
