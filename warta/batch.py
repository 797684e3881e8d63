"""Many articles: analyse and store them with N local processes or a Dask cluster.

Every engine runs the same function (:func:`analyze_batch`, a few records at a time) over the one
analysis path, so records are identical whatever the engine. The store is written by this process only,
one transaction per task; texts already stored (by content hash) are skipped before analysis. A run killed at any
point can be started again with the same command: nothing stored is lost or stored twice.
A bad record is reported (and written to ``--errors``) and the rest go on.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from warta.errors import WartaInputError
from warta.ingest import Record, kind_of, read_records

if TYPE_CHECKING:
    from warta.store import ArticleRows

_SUFFIXES = {".txt", ".html", ".htm", ".jsonl", ".ndjson"}
# records per task (a local worker's or a Dask task's): enough for the trained components to batch well
# (16 articles run ~20% faster per word than one at a time), few enough that the last tasks of a run
# do not leave a worker idle for long
CHUNK = 16
# the writing process stores what the tasks return in one transaction per WRITE_ARTICLES Articles, or
# per task when the last write is WRITE_SECONDS old (a slow run still stores each task as it comes)
WRITE_ARTICLES = 64
WRITE_SECONDS = 1.0


@dataclass
class Outcome:
    """What one record became: an Article (as JSON, or as its store rows), or an error."""

    meta: dict
    doc: str | None = None  # the Article's JSON; None when it comes as rows (they hold it)
    error: str | None = None
    rows: ArticleRows | None = None  # the Article's store rows, made by the worker


def iter_inputs(inputs: Iterable[str], examples: bool = False) -> Iterator[Record]:
    """Records from files, folders (their .txt/.html/.jsonl files), '-' and the bundled examples."""
    if examples:
        from warta.examples import records

        yield from records()
    for source in inputs:
        path = Path(source)
        if source != "-" and path.is_dir():
            for f in _folder_files(path):
                yield from _safe(f)
        else:
            yield from _safe(source)


def _folder_files(path: Path) -> list[str]:
    out = []
    for root, dirs, files in os.walk(path, onerror=lambda e: out.append(e.filename)):
        dirs.sort()
        out.extend(str(Path(root) / f) for f in sorted(files) if Path(f).suffix.lower() in _SUFFIXES)
    return out


def count_inputs(inputs: Iterable[str], examples: bool = False) -> int | None:
    """How many records there will be (cheap: newlines of JSONL files), or None for stdin."""
    total = 0
    for source in inputs:
        if source == "-":
            return None
        path = Path(source)
        files = _folder_files(path) if path.is_dir() else [source]
        for f in files:
            if kind_of(f) == "jsonl":
                try:
                    with open(f, "rb") as fh:
                        total += sum(1 for line in fh if line.strip())
                except OSError:
                    total += 1
            else:
                total += 1
    if examples:
        from warta.examples import records

        total += len(records())
    return total


def _safe(source: str) -> Iterator[Record]:
    try:
        for rec in read_records(source, kind_of(source)):
            rec.meta.setdefault("source_file", source)
            yield rec
    except WartaInputError as exc:
        yield Record("", {"id": Path(source).stem, "source_file": source}, str(exc))


def _meta(meta: dict) -> dict:
    return {k: v for k, v in meta.items() if k in ("id", "title", "published", "source", "url")}


def _outcome(meta: dict, result: object, rows: bool) -> Outcome:
    from warta.model import Article

    if isinstance(result, Article):
        doc = result.to_json()
        if not rows:
            return Outcome(meta, doc=doc)
        from warta.store import article_rows

        # the rows hold the JSON already; sending it twice would double what a task returns
        return Outcome(meta, rows=article_rows(result, doc))
    if isinstance(result, WartaInputError):
        return Outcome(meta, error=str(result))
    return Outcome(meta, error=f"internal error: {type(result).__name__}: {result}")


def analyze_batch(
    items: list[tuple[str, dict]], published: str | None, force: bool, rows: bool = False
) -> list[Outcome]:
    """The unit of work of every engine: records -> Article JSON or an error message each, in order.

    The records go through the one analysis path together (:func:`warta.pipeline.analyze_many`), so the
    trained components see them as one batch; a bad record gets its error and the others go on. With
    ``rows`` each Article also comes as its store rows, so the process that writes the store (one, whatever
    the number of workers) does not spend its time building them.
    """
    from warta.pipeline import analyze_many

    try:
        results: list[object] = list(
            analyze_many([(text, published or None, _meta(meta), force) for text, meta in items])
        )
    except Exception as exc:  # noqa: BLE001 (a bug must not stop the batch)
        results = [exc] * len(items)
    return [_outcome(meta, r, rows) for (_text, meta), r in zip(items, results, strict=True)]


def _chunks(
    items: Iterable[tuple[str, dict]],
    size: int,
    left: Callable[[], int | None] | None = None,
    workers: int = 1,
) -> Iterator[list[tuple[str, dict]]]:
    """Tasks of ``size`` records. With several workers and ``left()`` (how many records are still to
    come, when known), the last tasks of a run get smaller, so that the workers finish together instead
    of one waiting for the other's last full task (about half a task's time, ~0.4 s at 2 workers)."""
    chunk: list[tuple[str, dict]] = []
    want = size
    for item in items:
        chunk.append(item)
        if len(chunk) >= want:
            yield chunk
            chunk = []
            n = left() if left is not None and workers > 1 else None
            # a quarter of what each worker still gets, once that is under two tasks
            want = size if not n or n <= 0 else max(1, min(size, -(-n // (2 * workers))))
    if chunk:
        yield chunk


def _worker_init() -> None:
    from warta.models import limit_blas_threads
    from warta.pipeline import get_nlp

    limit_blas_threads()  # one process per core: no BLAS threads on top
    get_nlp()  # each worker builds the pipeline once


def _work(args: tuple[list[tuple[str, dict]], str | None, bool, bool]) -> list[Outcome]:
    return analyze_batch(*args)


class Summary(dict):
    """Counts of ok / skipped / failed records. With the Dask engine also when the workers were ready
    (started, pipeline loaded) and when the last record was settled: benchmarks report the throughput
    in between apart from the cluster's fixed start-up cost."""

    ready_at: float | None = None
    done_at: float | None = None

    def line(self) -> str:
        return f"ok {self['ok']}, skipped (already stored) {self['skipped']}, failed {self['failed']}"


def ingest(
    store,
    records: Iterable[Record],
    published: str | None = None,
    force: bool = False,
    errors_path: Path | None = None,
    workers: int = 1,
    total: int | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    parquet: Path | None = None,
) -> Summary:
    """Analyse and store records; returns the ok / skipped / failed counts."""
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    from warta.model import text_id  # not warta.pipeline: this process needs no spaCy

    summary = Summary(ok=0, skipped=0, failed=0)
    err_fh = errors_path.open("a", encoding="utf-8") if errors_path else None
    sink = ParquetSink(parquet) if parquet else None

    held: list[ArticleRows] = []  # analysed, not yet written
    last_write = time.perf_counter()

    def write() -> None:
        """Store the held Articles in one transaction."""
        nonlocal last_write
        last_write = time.perf_counter()
        if held:
            for stored in store.add_rows(held):
                summary["ok" if stored else "skipped"] += 1
            progress.advance(task, len(held))
            held.clear()

    def report(outcomes: list[Outcome]) -> None:
        """Settle a task's outcomes: errors reported at once, the Articles held for the next write.

        Tasks share a transaction (up to WRITE_ARTICLES Articles or WRITE_SECONDS between writes): fewer
        commits and FTS5 segments cost the one writing process, whose CPU the workers need, about a fifth
        less. A run killed before a write analyses those Articles again when it is started again."""
        for outcome in outcomes:
            if outcome.error is not None:
                summary["failed"] += 1
                line = {"id": outcome.meta.get("id"), "error": outcome.error}
                if outcome.meta.get("source_file"):
                    line["file"] = outcome.meta["source_file"]
                progress.console.print(f"[red]failed[/red] {json.dumps(line, ensure_ascii=False)}")
                if err_fh:
                    err_fh.write(json.dumps(line, ensure_ascii=False) + "\n")
                    err_fh.flush()
                progress.advance(task)
            elif sink is not None:
                sink.add(json.loads(outcome.doc))
                summary["ok"] += 1
                progress.advance(task)
            else:
                held.append(outcome.rows)
        if len(held) >= WRITE_ARTICLES or (held and time.perf_counter() - last_write >= WRITE_SECONDS):
            write()

    seen = {"out": 0, "settled": 0}  # records handed to the workers / settled here

    def left() -> int | None:
        """Records still to come (``total`` counts input lines, so this is an estimate)."""
        return None if total is None else total - seen["out"] - seen["settled"]

    def pending() -> Iterator[tuple[str, dict]]:
        """Records still to analyse; errors and already-stored texts are settled here."""
        batch: list[Record] = []

        def flush() -> Iterator[tuple[str, dict]]:
            ids = [text_id(r.text) for r in batch]
            done = store.stored_ids(ids) if store is not None else set()
            for r, i in zip(batch, ids, strict=True):
                if i in done:
                    summary["skipped"] += 1
                    seen["settled"] += 1
                    progress.advance(task)
                else:
                    seen["out"] += 1
                    yield r.text, r.meta
            batch.clear()

        for rec in records:
            if rec.error is not None:
                seen["settled"] += 1
                report([Outcome(rec.meta, error=rec.error)])
                continue
            batch.append(rec)
            if len(batch) >= 256:
                yield from flush()
        yield from flush()

    columns = (
        TextColumn("[bold]ingest"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
    )
    try:
        # 4 refreshes a second (Rich's default is 10): the bar runs in the process that writes the store,
        # whose CPU the workers need on a small machine
        with Progress(*columns, refresh_per_second=4) as progress:
            task = progress.add_task("ingest", total=total, rate="")

            def tick() -> None:
                elapsed = progress.tasks[0].elapsed or 1e-9
                progress.update(task, rate=f"{progress.tasks[0].completed / elapsed:.1f} articles/s")

            rows = sink is None
            if engine == "dask":

                def ready() -> None:
                    summary.ready_at = time.perf_counter()

                def drained() -> None:
                    write()
                    summary.done_at = time.perf_counter()  # before the cluster closes

                n_workers = workers if not scheduler else 2  # a remote cluster's size is not known here
                tasks = _chunks(pending(), CHUNK, left, n_workers)
                for outcomes in _run_dask(tasks, published, force, rows, workers, scheduler, ready, drained):
                    report(outcomes)
                    tick()
            elif workers <= 1:
                for chunk in _chunks(pending(), CHUNK):
                    report(analyze_batch(chunk, published, force, rows))
                    tick()
            else:
                import multiprocessing as mp

                ctx = mp.get_context("fork" if hasattr(os, "fork") else "spawn")
                with ctx.Pool(workers, initializer=_worker_init) as pool:
                    tasks = _chunks(pending(), CHUNK, left, workers)
                    jobs = ((chunk, published, force, rows) for chunk in tasks)
                    for outcomes in pool.imap(_work, jobs):
                        report(outcomes)
                        tick()
            write()
    finally:
        if err_fh:
            err_fh.close()
        if sink is not None:
            sink.close()
    return summary


def _run_dask(
    tasks: Iterator[list[tuple[str, dict]]],
    published,
    force,
    rows: bool,
    workers: int,
    scheduler: str | None,
    on_ready: Callable[[], None] | None = None,
    on_drained: Callable[[], None] | None = None,
) -> Iterator[list[Outcome]]:
    """Analyse ``tasks`` on a Dask cluster (a LocalCluster of ``workers`` processes unless a scheduler is
    given); yields each task's outcomes, in input order. ``on_ready`` is called once every worker has its
    pipeline loaded, ``on_drained`` after the last outcomes were taken, before the cluster closes."""
    from dask.distributed import Client, LocalCluster, as_completed

    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        import dask

        # Dask starts workers with MALLOC_TRIM_THRESHOLD_=65536 so that they hand memory back to the OS;
        # that also pins glibc's mmap threshold, and every array the models allocate is then mapped and
        # unmapped again: analysis ran 33% slower than in a plain process. Warta's workers keep a flat
        # ~300 MB, so the LocalCluster starts them without it.
        environ = dict(dask.config.get("distributed.nanny.pre-spawn-environ", {}))
        environ.pop("MALLOC_TRIM_THRESHOLD_", None)
        # No dashboard is started, so nothing reads what Dask samples for it: the 10 ms stack profiler in
        # each worker (~3% of the analysis time) and the system monitors. The nanny still enforces the
        # memory limit, checking once a second instead of ten times. Every server's event loop checks
        # that it is not blocked twice a second instead of fifty times, and the scheduler does not try
        # to steal work ten times a second: Warta submits a few equal tasks per worker, as they finish.
        # The cores go to the analysis.
        quiet = {
            "distributed.nanny.pre-spawn-environ": environ,
            "distributed.worker.profile.enabled": False,
            "distributed.admin.system-monitor.interval": "2s",
            "distributed.worker.memory.monitor-interval": "1s",
            "distributed.admin.tick.interval": "500ms",
            "distributed.scheduler.work-stealing": False,
        }
        with dask.config.set(quiet):
            cluster = LocalCluster(
                n_workers=max(1, workers), threads_per_worker=1, processes=True, dashboard_address=None
            )
        client = Client(cluster)
    try:
        client.run(_worker_init)
        if on_ready is not None:
            on_ready()
        window = max(4, 4 * max(1, workers))  # tasks in flight: enough to keep every worker busy
        seq_of: dict = {}  # future -> its sequence number; dropped once consumed (frees cluster memory)
        done: dict[int, list[Outcome]] = {}
        ac = as_completed()
        submitted = emitted = 0

        def submit(chunk: list[tuple[str, dict]]) -> None:
            nonlocal submitted
            fut = client.submit(analyze_batch, chunk, published, force, rows, pure=False)
            seq_of[fut] = submitted
            submitted += 1
            ac.add(fut)

        def collect(fut) -> Iterator[list[Outcome]]:
            nonlocal emitted
            done[seq_of.pop(fut)] = fut.result()
            while emitted in done:  # yield each task's outcomes, in input order
                yield done.pop(emitted)
                emitted += 1

        for chunk in tasks:
            while ac.count() >= window:
                yield from collect(next(ac))
            submit(chunk)
        for fut in ac:
            yield from collect(fut)
        if on_drained is not None:
            on_drained()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


class ParquetSink:
    """Partitioned Parquet output: DIR/<table>/part-00000.parquet, one file per table per flush."""

    def __init__(self, root: Path, rows_per_part: int = 2000) -> None:
        from warta.export import TABLES

        self.root = Path(root)
        self.rows_per_part = rows_per_part
        self.buffers: dict[str, list[dict]] = {t: [] for t in TABLES}
        self.part = 0
        self.n_articles = 0

    def add(self, doc: dict) -> None:
        from warta.export import article_tables

        for table, rows in article_tables(doc).items():
            self.buffers[table].extend(rows)
        self.n_articles += 1
        if self.n_articles % self.rows_per_part == 0:
            self.flush()

    def flush(self) -> None:
        from warta.export import write_parquet_part

        if not self.buffers["articles"]:
            return
        for table, rows in self.buffers.items():
            write_parquet_part(self.root / table, self.part, table, rows)
            rows.clear()
        self.part += 1

    def close(self) -> None:
        self.flush()
