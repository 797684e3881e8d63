"""The one analysis path: text -> normalise -> spaCy Doc -> Warta components -> Article.

The CLI, the HTTP API and batch ingest all call :func:`analyze`. The Language is built once per process
(:func:`get_nlp`): our fast tokenizer, rule sentence boundaries, the trained Indonesian model from
``warta/models`` when it is installed, then the Warta components in order.
"""

from __future__ import annotations

import datetime as dt
import importlib
import os
import threading
import time
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

import warta.doc  # noqa: F401  (registers the Doc extensions and warta_doc)
import warta.sentences  # noqa: F401  (registers warta_sentences)
from warta.errors import WartaInputError
from warta.ingest import check_text
from warta.langid import detect
from warta.language import WartaIndonesian
from warta.model import Article, Entity, Event, Meta, Quote, Sentence, Span, TimeExpr, text_id
from warta.models import MODEL_DIR
from warta.normalize import Normalized, normalize

DEFAULT_MAX_CHARS = 1_000_000

# (module that registers the component, component name), in pipeline order
WARTA_COMPONENTS = [
    ("warta.actors.component", "warta_actors"),
    ("warta.time.component", "warta_times"),
    ("warta.quotes.component", "warta_quotes"),
    ("warta.events.component", "warta_events"),
]

_lock = threading.Lock()
_nlp: Language | None = None


def build_nlp(model_dir: Path | None = MODEL_DIR) -> Language:
    """Rule sentences, the trained model when it is installed, then the Warta components."""
    if model_dir is not None and (model_dir / "config.cfg").exists():
        from warta.models import load

        nlp = load(model_dir)
        nlp.add_pipe("warta_sentences", first=True)
    else:
        nlp = WartaIndonesian()
        nlp.add_pipe("warta_sentences")
    nlp.max_length = 10**9  # analyze() checks our own limit (max_chars) first
    nlp.add_pipe("warta_doc")
    for module, name in WARTA_COMPONENTS:
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if not exc.name or not (module == exc.name or module.startswith(exc.name + ".")):
                raise  # a real import error inside an existing component
            continue
        nlp.add_pipe(name)
    return nlp


def max_chars() -> int:
    """Longest text analysed as one article (characters); the byte limit on inputs is separate."""
    value = os.environ.get("WARTA_MAX_CHARS")
    return int(value) if value and value.isdigit() else DEFAULT_MAX_CHARS


def get_nlp() -> Language:
    global _nlp
    with _lock:
        if _nlp is None:
            _nlp = build_nlp()
    return _nlp


def parse_date(value: str | dt.date | None) -> dt.date | None:
    """A publication date from 'YYYY-MM-DD' or an ISO datetime; None when absent or unreadable."""
    if value is None or isinstance(value, dt.date):
        return value.date() if isinstance(value, dt.datetime) else value
    text = str(value).strip()
    if not text:
        return None
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        try:
            return dt.date.fromisoformat(text[:10])
        except ValueError:
            return None


def run_doc(norm_text: str, published: dt.date | None, nlp: Language | None = None) -> Doc:
    return run_docs([norm_text], [published], nlp)[0]


def run_docs(
    norm_texts: list[str],
    published: list[dt.date | None],
    nlp: Language | None = None,
    stage_cpu: dict[str, float] | None = None,
) -> list[Doc]:
    """Run the pipeline over several normalised texts at once.

    The trained components work on the whole batch (one matrix product per layer, and the parser and NER
    advance all their states together), which is ~20% faster per word than one Doc at a time; every
    other component sees the Docs one by one. The Docs are the same either way (tested).
    ``stage_cpu``, when given, collects each component's CPU seconds by name (for benchmarks).
    """
    nlp = nlp or get_nlp()
    docs = [nlp.make_doc(t) for t in norm_texts]
    for doc, pub in zip(docs, published, strict=True):
        doc._.published = pub
    out: list[Doc] = []
    for group in _token_batches(docs, BATCH_TOKENS):
        for name, proc in nlp.pipeline:
            start = time.process_time() if stage_cpu is not None else 0.0
            if hasattr(proc, "pipe") and len(group) > 1:
                group = list(proc.pipe(group, batch_size=len(group)))
            else:
                group = [proc(doc) for doc in group]
            if stage_cpu is not None:
                stage_cpu[name] = stage_cpu.get(name, 0.0) + time.process_time() - start
        out.extend(group)
    return out


# tokens the trained components see at once: activations (the parser's precomputed features above all)
# grow with the batch, so a batch of long articles is split to keep a worker's memory flat
BATCH_TOKENS = 3000


def _token_batches(docs: list[Doc], budget: int) -> list[list[Doc]]:
    groups: list[list[Doc]] = []
    size = 0
    for doc in docs:
        if groups and size + len(doc) <= budget:
            groups[-1].append(doc)
            size += len(doc)
        else:
            groups.append([doc])
            size = len(doc)
    return groups


def prepare(
    text: str,
    published: str | dt.date | None = None,
    meta: Meta | dict | None = None,
    force: bool = False,
) -> tuple[Normalized, dt.date | None, Meta]:
    """Check and normalise one input: (normalised text, publication date, meta with its language).

    Raises WartaInputError for empty or binary-looking text, text over the size limit, and text that
    is not Indonesian (unless ``force``).
    """
    check_text(text)
    limit = max_chars()
    if len(text) > limit:
        raise WartaInputError(
            f"text is {len(text):,} characters, over the per-article limit of {limit:,} (WARTA_MAX_CHARS)"
        )
    meta = Meta.model_validate(meta or {}) if not isinstance(meta, Meta) else meta.model_copy()
    pub = parse_date(published) or parse_date(meta.published)
    meta.published = pub.isoformat() if pub else None
    meta.language = detect(text)
    if meta.language not in ("id", None) and not force:
        name = {"ms": "Malay", "en": "English"}.get(meta.language, meta.language)
        raise WartaInputError(f"text looks {name}, not Indonesian (use --force to analyse it anyway)")
    return normalize(text), pub, meta


def analyze(
    text: str,
    published: str | dt.date | None = None,
    meta: Meta | dict | None = None,
    force: bool = False,
) -> Article:
    """Analyse one article; every span in the result indexes ``text`` exactly as given.

    Raises WartaInputError for empty or binary-looking text, text over the size limit, and text that
    is not Indonesian (unless ``force``).
    """
    norm, pub, meta = prepare(text, published, meta, force)
    doc = run_doc(norm.text, pub)
    return to_article(text, norm, doc, meta)


# (text, published, meta, force): the arguments of analyze()
Request = tuple[str, "str | dt.date | None", "Meta | dict | None", bool]


def analyze_many(requests: list[Request]) -> list[Article | Exception]:
    """analyze() over several articles, with the trained components batched; same Articles as analyze().

    Each result is the Article or the exception that analyze() would have raised for that input; one bad
    input never costs the others. A failure inside the batched run falls back to one article at a time,
    so that only the article that fails gets the error.
    """
    results: list[Article | Exception | None] = [None] * len(requests)
    ready: list[tuple[int, str, Normalized, dt.date | None, Meta]] = []
    for i, (text, published, meta, force) in enumerate(requests):
        try:
            norm, pub, m = prepare(text, published, meta, force)
        except Exception as exc:  # noqa: BLE001 (reported per input)
            results[i] = exc
            continue
        ready.append((i, text, norm, pub, m))
    try:
        docs = run_docs([r[2].text for r in ready], [r[3] for r in ready])
        for (i, text, norm, _pub, m), doc in zip(ready, docs, strict=True):
            results[i] = to_article(text, norm, doc, m)
    except Exception:  # noqa: BLE001 (isolate the failing article below)
        for i, text, norm, pub, m in ready:
            try:
                results[i] = to_article(text, norm, run_doc(norm.text, pub), m)
            except Exception as exc:  # noqa: BLE001
                results[i] = exc
    return results  # type: ignore[return-value]


def to_article(text: str, norm: Normalized, doc: Doc, meta: Meta) -> Article:
    def remap(s: Span | None) -> Span | None:
        if s is None:
            return None
        a, b = norm.span(s.start, s.end)
        return Span(start=a, end=b, text=text[a:b])

    sentences = []
    for s, e in doc._.sentences:
        a, b = norm.span(s, e)
        sentences.append(Sentence(start=a, end=b))
    entities = [
        Entity(**{**e.model_dump(), "mentions": [remap(m) for m in e.mentions]}) for e in doc._.entities
    ]
    quotes = [
        Quote(
            **{
                **q.model_dump(),
                "speaker_mention": remap(q.speaker_mention),
                "cue": remap(q.cue),
                "content": remap(q.content),
            }
        )
        for q in doc._.quotes
    ]
    times = []
    for t in doc._.times:
        a, b = norm.span(t.start, t.end)
        times.append(TimeExpr(**{**t.model_dump(), "start": a, "end": b, "text": text[a:b]}))
    events = [Event(**{**v.model_dump(), "trigger": remap(v.trigger)}) for v in doc._.events]
    return Article(
        id=text_id(text),
        meta=meta,
        language="id",
        text=text,
        sentences=sentences,
        entities=entities,
        quotes=quotes,
        times=times,
        events=events,
    )
