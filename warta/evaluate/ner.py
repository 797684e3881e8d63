"""``warta eval ner``: entity-level P/R/F1 per label on idner-news-2k, indolem or indonlu NER files.

The model tags the gold tokens. Its labels are mapped onto the dataset's before scoring: PER and ORG to
the dataset's person and organisation labels, GPE and LOC both to its place label (no dataset here splits
places into political units and other places). Dataset labels Warta does not predict (nerugm's TIME and
QUANTITY, NERP's EVT and FNB) are left out of the scores, and the command says so.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import typer

from warta.models.formats import SOURCE_TO_WARTA, NERSentence, bio_spans, detect_format, read_ner

FORMATS = ("idner", "indolem", "indonlu")


def label_map(sentences: list[NERSentence]) -> dict[str, str]:
    """Warta label -> the dataset label it scores as, from the labels the file actually uses."""
    used = Counter(tag[2:] for s in sentences for tag in s.tags if tag[:2] in ("B-", "I-"))
    out: dict[str, str] = {}
    for source, _ in used.most_common():
        target = SOURCE_TO_WARTA.get(source)
        if target == "PLACE":
            out.setdefault("GPE", source)
            out.setdefault("LOC", source)
        elif target:
            out.setdefault(target, source)
    return out


def to_bio(n: int, spans: list[tuple[int, int, str]]) -> list[str]:
    tags = ["O"] * n
    for a, b, label in spans:
        tags[a] = f"B-{label}"
        for i in range(a + 1, b):
            tags[i] = f"I-{label}"
    return tags


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return 100 * p, 100 * r, 100 * (2 * p * r / (p + r) if p + r else 0.0)


def run(
    data: Path = typer.Option(..., "--data", exists=True, dir_okay=False, help="gold NER file (BIO)"),
    out: Path | None = typer.Option(None, "--out", help="write token<TAB>gold<TAB>pred lines here"),
    format: str | None = typer.Option(None, "--format", help="idner | indolem | indonlu (default: detect)"),
    limit: int = typer.Option(0, "--limit", help="score only the first N sentences (0: all)"),
    model: Path | None = typer.Option(None, "--model", help="pipeline directory (default: the shipped one)"),
) -> dict[str, float]:
    """Tag the gold tokens of DATA with Warta's NER; print entity-level P/R/F1 per dataset label."""
    from rich.console import Console
    from rich.progress import track
    from rich.table import Table
    from spacy.tokens import Doc

    from warta.models import load

    fmt = format or detect_format(data)
    if fmt not in FORMATS:
        raise typer.BadParameter(f"--format must be one of {', '.join(FORMATS)}")
    sentences = list(read_ner(data))
    if limit:
        sentences = sentences[:limit]
    mapping = label_map(sentences)
    nlp = load(model) if model is not None else load()
    nlp.select_pipes(enable=["ner"])
    docs_in = [Doc(nlp.vocab, words=s.words) for s in sentences]
    scored = set(mapping.values())
    gold_n: Counter[str] = Counter()
    pred_n: Counter[str] = Counter()
    tp: Counter[str] = Counter()
    skipped: Counter[str] = Counter()
    lines: list[str] = []
    piped = nlp.pipe(docs_in, batch_size=256)
    for sent, doc in track(
        zip(sentences, piped, strict=True), total=len(sentences), description="tagging", transient=True
    ):
        gold = set()
        for a, b, label in bio_spans(sent.tags):
            if label in scored:
                gold.add((a, b, label))
            else:
                skipped[label] += 1
        pred = {(e.start, e.end, mapping[e.label_]) for e in doc.ents if e.label_ in mapping}
        for _, _, label in gold:
            gold_n[label] += 1
        for _, _, label in pred:
            pred_n[label] += 1
        for _, _, label in gold & pred:
            tp[label] += 1
        pred_tags = to_bio(len(sent.words), sorted(pred))
        lines.extend(f"{w}\t{g}\t{p}" for w, g, p in zip(sent.words, sent.tags, pred_tags, strict=True))
        lines.append("")
    console = Console()
    table = Table(title=f"{data.name} ({fmt}): {len(sentences)} sentences, entity-level exact match")
    for col in ("label", "gold", "pred", "P", "R", "F1"):
        table.add_column(col, justify="right" if col != "label" else "left")
    result: dict[str, float] = {}
    for label in sorted(scored):
        p, r, f = prf(tp[label], pred_n[label], gold_n[label])
        result[label] = round(f, 2)
        table.add_row(label, str(gold_n[label]), str(pred_n[label]), f"{p:.2f}", f"{r:.2f}", f"{f:.2f}")
    p, r, f = prf(sum(tp.values()), sum(pred_n.values()), sum(gold_n.values()))
    result.update({"P": round(p, 2), "R": round(r, 2), "F1": round(f, 2)})
    table.add_row(
        "all", str(sum(gold_n.values())), str(sum(pred_n.values())), f"{p:.2f}", f"{r:.2f}", f"{f:.2f}"
    )
    console.print(table)
    shown = ", ".join(f"{ours}->{theirs}" for ours, theirs in sorted(mapping.items()))
    console.print(f"Warta labels scored as the dataset's: {shown}")
    if skipped:
        console.print(f"not scored (no Warta counterpart): {dict(skipped)}")
    if out is not None:
        out.write_text("\n".join(lines) + "\n", encoding="utf-8")
        console.print(f"predictions written to {out}")
    return result
