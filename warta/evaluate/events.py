"""`warta eval events`: PLOVER-ID sentences (one gold event each) -> type P/R/F1, actor code accuracy.

Input: JSONL lines ``{"id", "text", "event", "source": [{"text","code","sector"}], "target": [...],
"trigger"}`` (the format of ../shared/data/events/plover-id_dev.jsonl). Each sentence runs through the
full pipeline (no publication date). Scoring, per sentence:
- a predicted event whose type is the gold type is a hit (TP); every other predicted event is a false
  positive; a sentence without a hit is a false negative; of several of the gold type, the one whose
  trigger shares a word with the gold trigger is the hit (else the first);
- source (target) code accuracy over hits: the hit's actor countries share a code with the gold codes
  (both empty also counts as correct); UNO and EUR count as the gold's IGO.
``--out`` writes one line per sentence in the input's format, the first (hit, else highest-confidence)
predicted event as ``event``/``source``/``target``/``trigger`` plus every prediction under ``predicted``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer


def score(rows: list[dict[str, Any]], predictions: list[list[dict[str, Any]]]) -> dict[str, float]:
    """Type P/R/F1 and source/target code accuracy over hits (see the module docstring)."""
    tp = fp = fn = 0
    src_ok = tgt_ok = 0
    for row, preds in zip(rows, predictions, strict=True):
        gold = row["event"]
        hits = [p for p in preds if p["type"] == gold]
        fp += len(preds) - len(hits)
        if not hits:
            fn += 1
            continue
        tp += 1
        hit = _the_hit(hits, row.get("trigger"))
        src_ok += _codes_agree(row.get("source", []), hit["source"])
        tgt_ok += _codes_agree(row.get("target", []), hit["target"])
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "sentences": float(len(rows)),
        "tp": float(tp),
        "fp": float(fp),
        "fn": float(fn),
        "precision": p,
        "recall": r,
        "f1": f,
        "source_acc": src_ok / tp if tp else 0.0,
        "target_acc": tgt_ok / tp if tp else 0.0,
    }


# PLOVER-ID gold codes the UN and the European Community as IGO; PLOVER 2.0 (and Warta) split them out
# as UNO and EUR. Compare at the gold's granularity.
_SAME_AS_GOLD = {"UNO": "IGO", "EUR": "IGO"}


def _codes_agree(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> bool:
    gold_codes = {_SAME_AS_GOLD.get(g["code"], g["code"]) for g in gold if g.get("code")}
    pred_codes = {_SAME_AS_GOLD.get(p["country"], p["country"]) for p in pred if p.get("country")}
    if not gold_codes:
        return not pred_codes
    return bool(gold_codes & pred_codes)


def predict(text: str) -> list[dict[str, Any]]:
    from warta.pipeline import analyze

    article = analyze(text, force=True)  # single sentences are often mislabelled Malay
    return [e.model_dump(mode="json") for e in article.events]


def _the_hit(hits: list[dict[str, Any]], gold_trigger: str | None) -> dict[str, Any]:
    """The hit to score the actors of: the first whose trigger shares a word with the gold trigger
    ("meledakkan serangkaian bom" is the bombing, not the kidnapping coded before it), else the first."""
    words = set((gold_trigger or "").lower().split())
    if not words:
        return hits[0]
    return next((h for h in hits if words & set(h["trigger"]["text"].lower().split())), hits[0])


def _as_gold_format(row: dict[str, Any], preds: list[dict[str, Any]]) -> dict[str, Any]:
    hits = [p for p in preds if p["type"] == row.get("event")]
    chosen = _the_hit(hits, row.get("trigger")) if hits else None
    if chosen is None and preds:
        chosen = max(preds, key=lambda p: p["confidence"])

    def actors(items: list[dict[str, Any]]) -> list[dict[str, str]]:
        return [
            {"text": a.get("text") or "", "code": a.get("country") or "", "sector": a.get("sector") or ""}
            for a in items
        ]

    return {
        "id": row.get("id"),
        "text": row["text"],
        "event": chosen["type"] if chosen else None,
        "source": actors(chosen["source"]) if chosen else [],
        "target": actors(chosen["target"]) if chosen else [],
        "trigger": chosen["trigger"]["text"] if chosen else None,
        "predicted": [
            {"event": p["type"], "mode": p["mode"], "aux": p["aux"], "trigger": p["trigger"]["text"],
             "source": actors(p["source"]), "target": actors(p["target"])}
            for p in preds
        ],
    }  # fmt: skip


def run(
    plover: Annotated[Path, typer.Option(help="PLOVER-ID JSONL (one sentence and its gold event per line)")],
    out: Annotated[Path | None, typer.Option(help="write predictions here, same JSONL format")] = None,
) -> dict[str, float]:
    """Score the event coder: type P/R/F1 and source/target code accuracy over hits."""
    from rich.console import Console
    from rich.progress import track
    from rich.table import Table

    rows = [json.loads(line) for line in plover.read_text(encoding="utf-8").splitlines() if line.strip()]
    predictions = [predict(row["text"]) for row in track(rows, description="coding events")]
    result = score(rows, predictions)
    table = Table(title=f"PLOVER events: {plover.name}")
    for col in ("sentences", "P", "R", "F1", "source acc", "target acc"):
        table.add_column(col, justify="right")
    table.add_row(
        str(int(result["sentences"])),
        f"{result['precision']:.3f}",
        f"{result['recall']:.3f}",
        f"{result['f1']:.3f}",
        f"{result['source_acc']:.3f}",
        f"{result['target_acc']:.3f}",
    )
    Console().print(table)
    if out is not None:
        with out.open("w", encoding="utf-8") as fh:
            for row, preds in zip(rows, predictions, strict=True):
                fh.write(json.dumps(_as_gold_format(row, preds), ensure_ascii=False) + "\n")
    return result
