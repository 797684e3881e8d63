"""The `warta` command: a thin layer over the library (analyze, ingest, export, serve, eval)."""

from __future__ import annotations

import importlib
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
    format: Format | None = typer.Option(
        None, "--format", help="json (default) or jsonl (default for .jsonl)"
    ),
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
                except Exception as exc:
                    if kind != "jsonl":
                        raise  # one input: the traceback is the report
                    # a bug met on one record of a file costs that record, not the others
                    rec.error = f"line {rec.line}: internal error ({type(exc).__name__}: {exc})"
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


class Engine(StrEnum):
    local = "local"
    dask = "dask"


class ExportFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"
    gdelt = "gdelt"


@app.command()
def ingest(
    inputs: list[str] = typer.Argument(None, help="JSONL files, folders of .txt/.html/.jsonl, or -"),
    db: str | None = typer.Option(None, help="SQLite file or SQLAlchemy URL (default $WARTA_DB or warta.db)"),
    examples: bool = typer.Option(False, help="Also ingest the example articles bundled with Warta"),
    published: str | None = typer.Option(None, help="Publication date for inputs that carry none"),
    force: bool = typer.Option(False, help="Analyse text that does not look Indonesian"),
    errors: Path | None = typer.Option(None, help="Append failed records here (JSONL: id, error, file)"),
    workers: int = typer.Option(0, help="Worker processes (default: the number of cores)"),
    engine: Engine = typer.Option(Engine.local, help="local processes, or dask (a cluster)"),
    scheduler: str | None = typer.Option(
        None, help="Dask scheduler address tcp://HOST:PORT (else a LocalCluster)"
    ),
    parquet: Path | None = typer.Option(
        None, help="Write partitioned Parquet tables here instead of the store"
    ),
) -> None:
    """Analyse and store articles. Resumable: already-stored texts are skipped without re-analysis."""
    import os

    from warta.batch import count_inputs, iter_inputs
    from warta.batch import ingest as run_ingest
    from warta.store import Store

    if not inputs and not examples:
        fail("nothing to ingest: give files, folders or --examples")
    workers = workers or os.cpu_count() or 1
    store = None if parquet else Store(db)
    total = count_inputs(inputs or [], examples)
    summary = run_ingest(
        store,
        iter_inputs(inputs or [], examples),
        published=published,
        force=force,
        errors_path=errors,
        workers=workers,
        total=total,
        engine=engine.value,
        scheduler=scheduler,
        parquet=parquet,
    )
    where = parquet if parquet else store.url
    typer.echo(f"{summary.line()} -> {where}")
    if summary["failed"]:
        raise typer.Exit(2)


@app.command()
def export(
    db: str | None = typer.Option(None, help="SQLite file or SQLAlchemy URL"),
    format: ExportFormat = typer.Option(ExportFormat.jsonl, "--format", help="jsonl, csv, parquet or gdelt"),
    out: Path | None = typer.Option(
        None, help="Output file (jsonl, gdelt; default stdout) or folder (csv, parquet)"
    ),
) -> None:
    """Write the stored records: Articles exactly as analysed (jsonl), tables (csv, parquet), GDELT events."""
    from warta.store import Store

    store = Store(db, create=False)
    if format in (ExportFormat.csv, ExportFormat.parquet):
        from warta.export import export_tables

        if out is None:
            fail(f"--format {format.value} writes one file per table: give --out FOLDER")
        counts = export_tables(store.iter_docs(), out, format.value)
        typer.echo(", ".join(f"{t} {n}" for t, n in counts.items()) + f" -> {out}")
        return
    fh = out.open("w", encoding="utf-8", newline="") if out else sys.stdout
    try:
        if format is ExportFormat.gdelt:
            from warta.export import export_gdelt

            export_gdelt(store.iter_docs(), fh)
        else:
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
    workers: int = typer.Option(1, help="Server processes (each loads the pipeline once)"),
) -> None:
    """Serve the web pages and the JSON API."""
    import os

    import uvicorn

    from warta.store import Store, resolve_url

    url = resolve_url(db)
    Store(url)  # create / upgrade the schema once, before any worker starts
    os.environ["WARTA_DB"] = url
    if workers > 1:
        # one process per core already: BLAS threads on top would oversubscribe the cores
        os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    typer.echo(f"Warta is serving on http://{host}:{port}")
    uvicorn.run(
        "warta.web.app:app_from_env", factory=True, host=host, port=port, workers=workers, log_level="warning"
    )


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
