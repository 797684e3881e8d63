"""Many articles: analyse and store them, reporting each bad record and going on with the rest."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from warta.errors import WartaInputError
from warta.ingest import Record, kind_of, read_records

_SUFFIXES = {".txt", ".html", ".htm", ".jsonl", ".ndjson"}


def iter_inputs(inputs: Iterable[str], examples: bool = False) -> Iterator[Record]:
    """Records from files, folders (their .txt/.html/.jsonl files), '-' and the bundled examples."""
    if examples:
        from warta.examples import records

        yield from records()
    for source in inputs:
        path = Path(source)
        if source != "-" and path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.suffix.lower() in _SUFFIXES)
            for f in files:
                yield from _safe(str(f))
        else:
            yield from _safe(source)


def _safe(source: str) -> Iterator[Record]:
    try:
        for rec in read_records(source, kind_of(source)):
            if rec.error and rec.line:
                rec.meta.setdefault("source_file", source)
            yield rec
    except WartaInputError as exc:
        yield Record("", {"id": Path(source).stem, "source_file": source}, str(exc))


def ingest_records(
    store,
    records: Iterable[Record],
    published: str | None = None,
    force: bool = False,
    errors_path: Path | None = None,
) -> dict[str, int]:
    """Analyse + store each record (skipping stored texts); returns ok / skipped / failed counts."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from warta.pipeline import analyze, text_id

    counts = {"ok": 0, "skipped": 0, "failed": 0}
    err_fh = errors_path.open("a", encoding="utf-8") if errors_path else None
    try:
        with Progress(
            TextColumn("[bold]ingest"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]}"),
            TimeElapsedColumn(),
            transient=False,
        ) as progress:
            task = progress.add_task("ingest", total=None, rate="")
            for rec in records:
                if rec.error is None:
                    if store.has(text_id(rec.text)):
                        counts["skipped"] += 1
                        progress.advance(task)
                        continue
                    try:
                        article = analyze(rec.text, published=published or None, meta=_meta(rec), force=force)
                    except WartaInputError as exc:
                        rec.error = str(exc)
                    else:
                        counts["ok" if store.add(article) else "skipped"] += 1
                if rec.error is not None:
                    counts["failed"] += 1
                    line = {"id": rec.meta.get("id"), "error": rec.error}
                    if rec.meta.get("source_file"):
                        line["file"] = rec.meta["source_file"]
                    progress.console.print(f"[red]failed[/red] {line}")
                    if err_fh:
                        err_fh.write(json.dumps(line, ensure_ascii=False) + "\n")
                progress.advance(task)
                done = sum(counts.values())
                elapsed = progress.tasks[0].elapsed or 1e-9
                progress.update(task, rate=f"{done / elapsed:.1f} articles/s")
    finally:
        if err_fh:
            err_fh.close()
    return counts


def _meta(rec: Record) -> dict:
    return {k: v for k, v in rec.meta.items() if k in ("id", "title", "published", "source", "url")}
