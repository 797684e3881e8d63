"""`warta eval timex`: TimeML 1.2 TIMEX3 gold -> recognition and normalisation scores, Warta vs dateparser.

Each ``*.tml`` file's TEXT content is the input and its TIMEX3 tags are the gold; the publication date is
the DCT TIMEX3 (``functionInDocument="CREATION_TIME"``). Scores follow TempEval-3: strict (same span)
and relaxed (overlapping span, one-to-one) recognition P/R/F1; type accuracy over relaxed matches; value
P/R/F1 where a hit is a relaxed match with the same value. dateparser's ``search_dates`` (languages=id,
RELATIVE_BASE=DCT) is scored in the same run, the peer a user would otherwise reach for.

:func:`score_times` is the matcher that ``warta eval e2e`` uses for ../shared/ANNOTATION.md dates.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any

import typer

_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>")
_ATTR = re.compile(r'([A-Za-z_]+)\s*=\s*"([^"]*)"')
_DCT = re.compile(r"<TIMEX3\b[^>]*functionInDocument=\"CREATION_TIME\"[^>]*>", re.IGNORECASE)
_TEXT = re.compile(r"<TEXT>(.*)</TEXT>", re.DOTALL)
_DATE_VALUE = re.compile(r"^\d{4}(?:-(?:\d{2}(?:-\d{2})?|W\d{2}|Q\d|H\d))?$")


@dataclass
class Gold:
    start: int
    end: int
    type: str
    value: str
    mod: str | None = None


@dataclass
class TimeMLDoc:
    name: str
    text: str
    dct: dt.date | None
    timexes: list[Gold] = field(default_factory=list)


def read_timeml(path: Path) -> TimeMLDoc:
    """Plain TEXT content with the offsets of its TIMEX3 tags (other tags such as EVENT are dropped)."""
    raw = path.read_text(encoding="utf-8")
    dct = None
    m = _DCT.search(raw)
    if m:
        value = dict(_ATTR.findall(m.group(0))).get("value", "")
        try:
            dct = dt.date.fromisoformat(value[:10])
        except ValueError:
            dct = None
    body = _TEXT.search(raw)
    content = body.group(1) if body else raw
    parts: list[str] = []
    length = 0
    open_timex: list[tuple[int, dict[str, str]]] = []
    timexes: list[Gold] = []
    pos = 0
    for tag in _TAG.finditer(content):
        chunk = html.unescape(content[pos : tag.start()])
        parts.append(chunk)
        length += len(chunk)
        pos = tag.end()
        closing, name, attrs, selfclosing = tag.groups()
        if name.upper() != "TIMEX3" or selfclosing:
            continue
        if not closing:
            open_timex.append((length, dict(_ATTR.findall(attrs))))
        elif open_timex:
            start, a = open_timex.pop()
            timexes.append(Gold(start, length, a.get("type", "DATE"), a.get("value", ""), a.get("mod")))
    parts.append(html.unescape(content[pos:]))
    timexes.sort(key=lambda g: g.start)
    return TimeMLDoc(path.stem, "".join(parts), dct, timexes)


def write_timeml(path: Path, doc: TimeMLDoc, timexes: Sequence[Any]) -> None:
    """A TimeML 1.2 file of ``doc.text`` with ``timexes`` (objects with start/end/type/value) tagged."""
    out = []
    pos = 0
    for i, t in enumerate(sorted(timexes, key=lambda t: t.start), start=1):
        if t.start < pos:
            continue
        out.append(html.escape(doc.text[pos : t.start], quote=False))
        attrs = f'tid="t{i}" type="{t.type}" value="{html.escape(t.value)}"'
        for extra in ("mod", "anchor", "tz"):
            val = getattr(t, extra, None)
            if val:
                name = {"anchor": "anchorValue", "tz": "timezone"}.get(extra, extra)
                attrs += f' {name}="{html.escape(val)}"'
        out.append(f"<TIMEX3 {attrs}>{html.escape(doc.text[t.start : t.end], quote=False)}</TIMEX3>")
        pos = t.end
    out.append(html.escape(doc.text[pos:], quote=False))
    dct = doc.dct.isoformat() if doc.dct else ""
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<TimeML>\n'
        f"<DOCID>{html.escape(doc.name)}</DOCID>\n"
        f'<DCT><TIMEX3 tid="t0" type="DATE" value="{dct}" temporalFunction="false" '
        f'functionInDocument="CREATION_TIME">{dct}</TIMEX3></DCT>\n'
        f"<TEXT>{''.join(out)}</TEXT>\n</TimeML>\n",
        encoding="utf-8",
    )


def predict_warta(text: str, dct: dt.date | None) -> list[Any]:
    """Warta's time expressions, exactly as the pipeline makes them: on normalised text, mapped back."""
    from warta.normalize import normalize
    from warta.time import scan

    norm = normalize(text)
    found = scan(norm.text, dct)
    for t in found:
        t.start, t.end = norm.span(t.start, t.end)
    return found


def predict_dateparser(text: str, dct: dt.date | None) -> list[Gold]:
    """dateparser's search_dates (languages=['id'], RELATIVE_BASE=DCT): every hit as a DATE (or TIME)."""
    from dateparser.search import search_dates

    settings: dict[str, Any] = {}
    if dct is not None:
        settings["RELATIVE_BASE"] = dt.datetime(dct.year, dct.month, dct.day)
    try:
        hits = search_dates(text, languages=["id"], settings=settings) or []
    except Exception:  # dateparser raises on some inputs; a peer that fails finds nothing
        hits = []
    out = []
    pos = 0
    for found, when in hits:
        start = text.find(found, pos)
        if start < 0:
            start = text.find(found)
        if start < 0:
            continue
        pos = start + len(found)
        if when.hour or when.minute:
            out.append(Gold(start, pos, "TIME", when.strftime("%Y-%m-%dT%H:%M")))
        else:
            out.append(Gold(start, pos, "DATE", when.date().isoformat()))
    return out


def match(gold: Sequence[Any], pred: Sequence[Any], strict: bool) -> dict[int, int]:
    """gold index -> pred index, one-to-one; strict needs the same span, relaxed any overlap."""
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if strict:
                if (g.start, g.end) == (p.start, p.end):
                    pairs.append((1 << 30, gi, pi))
            else:
                overlap = min(g.end, p.end) - max(g.start, p.start)
                if overlap > 0:
                    pairs.append((overlap, gi, pi))
    pairs.sort(key=lambda x: -x[0])
    out: dict[int, int] = {}
    used: set[int] = set()
    for _, gi, pi in pairs:
        if gi in out or pi in used:
            continue
        out[gi] = pi
        used.add(pi)
    return out


def count(gold: Sequence[Any], pred: Sequence[Any]) -> dict[str, int]:
    """TempEval-3 counts for one document."""
    relaxed = match(gold, pred, strict=False)
    return {
        "gold": len(gold),
        "pred": len(pred),
        "strict": len(match(gold, pred, strict=True)),
        "relaxed": len(relaxed),
        "type": sum(1 for gi, pi in relaxed.items() if gold[gi].type == pred[pi].type),
        "value": sum(1 for gi, pi in relaxed.items() if same_value(gold[gi].value, pred[pi].value)),
    }


def same_value(gold: str, pred: str) -> bool:
    """Values compare as strings, ignoring case and a trailing time-zone designator."""
    return gold.strip().upper().rstrip("Z") == pred.strip().upper().rstrip("Z")


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def summary(c: dict[str, int]) -> dict[str, float]:
    """The reported figures from summed counts."""
    sp, sr, sf = prf(c["strict"], c["pred"], c["gold"])
    rp, rr, rf = prf(c["relaxed"], c["pred"], c["gold"])
    vp, vr, vf = prf(c["value"], c["pred"], c["gold"])
    return {
        "strict_p": sp, "strict_r": sr, "strict_f1": sf, "relaxed_p": rp, "relaxed_r": rr, "relaxed_f1": rf,
        "type_acc": c["type"] / c["relaxed"] if c["relaxed"] else 0.0, "value_p": vp, "value_r": vr,
        "value_f1": vf, "gold": c["gold"], "pred": c["pred"],
    }  # fmt: skip


def run(
    timeml: Annotated[
        Path, typer.Option(help="folder of TimeML 1.2 files (*.tml or *.xml) with TIMEX3 gold")
    ],
    out: Annotated[Path | None, typer.Option(help="write Warta's predictions here as TimeML files")] = None,
    dateparser: Annotated[bool, typer.Option(help="also score dateparser's search_dates")] = True,
) -> dict[str, dict[str, float]]:
    """Score time expressions (strict/relaxed P/R/F1, type accuracy, value F1) against TimeML gold."""
    from rich.console import Console
    from rich.progress import track
    from rich.table import Table

    console = Console()
    files = (
        sorted(p for p in timeml.iterdir() if p.suffix in {".tml", ".xml", ".timeml"})
        if timeml.is_dir()
        else []
    )
    if not files:
        raise typer.BadParameter(f"no TimeML files (*.tml, *.xml) in {timeml}")
    docs = [read_timeml(p) for p in files]
    systems: dict[str, Callable[[str, dt.date | None], list[Any]]] = {"Warta": predict_warta}
    if dateparser:
        try:
            import dateparser as _  # noqa: F401
        except ImportError:
            console.print("[yellow]dateparser is not installed: scoring Warta only[/yellow]")
        else:
            systems["dateparser"] = predict_dateparser
    totals = {
        name: dict.fromkeys(("gold", "pred", "strict", "relaxed", "type", "value"), 0) for name in systems
    }
    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
    for doc in track(docs, description="scoring TimeML files", console=console):
        for name, system in systems.items():
            pred = system(doc.text, doc.dct)
            for k, v in count(doc.timexes, pred).items():
                totals[name][k] += v
            if out is not None and name == "Warta":
                write_timeml(out / f"{doc.name}.tml", doc, pred)
    results = {name: summary(c) for name, c in totals.items()}
    table = Table(title=f"TIMEX3 on {len(docs)} files, {totals['Warta']['gold']} gold expressions")
    table.add_column("measure")
    for name in results:
        table.add_column(name, justify="right")
    rows = [
        ("strict P", "strict_p"), ("strict R", "strict_r"), ("strict F1", "strict_f1"),
        ("relaxed P", "relaxed_p"), ("relaxed R", "relaxed_r"), ("relaxed F1", "relaxed_f1"),
        ("type accuracy", "type_acc"), ("value P", "value_p"), ("value R", "value_r"), ("value F1", "value_f1"),
    ]  # fmt: skip
    for label, k in rows:
        table.add_row(label, *(f"{r[k]:.3f}" for r in results.values()))
    table.add_row("predicted", *(str(r["pred"]) for r in results.values()))
    console.print(table)
    return results


def score_times(
    text: str | list, gold: list[dict] | str, pred: list[dict], dates_only: bool = True
) -> dict[str, int]:
    """Counts for ../shared/ANNOTATION.md dates: match by span overlap (one-to-one), then by value.

    ``gold`` is ``[{text, value}]`` (located in ``text`` in order); ``pred`` is TimeExpr-like dicts. With
    ``dates_only`` (that gold's scope) predictions are limited to calendar values: a TIME such as
    ``2025-03-13TNI`` counts as its day, and durations, sets, clock-only and vague values are left out.
    The argument order ``(gold, pred, text)`` is accepted too.
    """
    if not isinstance(text, str):
        text, gold, pred = pred, text, gold  # type: ignore[assignment]
    assert isinstance(text, str) and not isinstance(gold, str)
    from warta.evaluate.e2e import gold_spans

    spans = gold_spans(text, gold, "text", "start")
    gold_items = [Gold(s[0], s[1], "DATE", str(g["value"])) for g, s in zip(gold, spans, strict=True) if s]
    preds = []
    for p in pred:
        value = str(p["value"])
        if dates_only:
            value = value.split("T")[0] if p.get("type") in ("DATE", "TIME") else ""
            if not _DATE_VALUE.match(value):
                continue
        preds.append(Gold(p["start"], p["end"], p.get("type", "DATE"), value))
    pairs = match(gold_items, preds, strict=False)
    return {
        "gold": len(gold),
        "pred": len(preds),
        "match": len(pairs),
        "value": sum(1 for gi, pi in pairs.items() if same_value(gold_items[gi].value, preds[pi].value)),
    }


if __name__ == "__main__":
    typer.run(run)
