"""`warta eval quotes`: span P/R/F1 per PFSA-ID label for the shipped span model.

Spans are exact (label, first token, last token) matches, conlleval style. They are read over each
article's whole token stream, because a PFSA-ID statement continues across the blank lines that split
its sentences. ``--out`` writes ``token<TAB>gold<TAB>pred`` BILOU lines, a blank line between sentences.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Annotated

import typer


def score_spans(
    gold: Sequence[tuple[str, int, int]], pred: Sequence[tuple[str, int, int]]
) -> dict[str, dict[str, float]]:
    """Per-label and overall (micro) precision, recall and F1 of exact span matches."""
    g, p = Counter(gold), Counter(pred)
    tp = g & p
    labels = sorted({s[0] for s in gold} | {s[0] for s in pred})
    out: dict[str, dict[str, float]] = {}

    def prf(t: int, np_: int, ng: int) -> dict[str, float]:
        pr = t / np_ if np_ else 0.0
        rc = t / ng if ng else 0.0
        f1 = 2 * pr * rc / (pr + rc) if pr + rc else 0.0
        return {"p": pr, "r": rc, "f1": f1, "gold": ng, "pred": np_}

    for lab in labels:
        out[lab] = prf(
            sum(v for k, v in tp.items() if k[0] == lab),
            sum(v for k, v in p.items() if k[0] == lab),
            sum(v for k, v in g.items() if k[0] == lab),
        )
    out["overall"] = prf(sum(tp.values()), sum(p.values()), sum(g.values()))
    return out


def predict_file(sentences: list[list[tuple[str, str]]], tagger=None) -> list[list[str]]:
    """Predicted tags per sentence; each article (grouped by its header) is tagged as one sequence."""
    from warta.quotes.pfsa import split_articles, tag, to_tokens

    words = [[w for w, _ in s] for s in sentences]
    preds: list[list[str]] = [[] for _ in sentences]
    for group in split_articles(words):
        tags = tag(to_tokens(words[i] for i in group), tagger)
        k = 0
        for i in group:
            preds[i] = tags[k : k + len(words[i])]
            k += len(words[i])
    return preds


def span_sets(
    sentences: list[list[tuple[str, str]]], preds: list[list[str]]
) -> tuple[list[tuple[str, int, int]], list[tuple[str, int, int]]]:
    """Gold and predicted spans over each article's concatenated tokens (offsets made file-global)."""
    from warta.quotes.pfsa import split_articles

    groups = split_articles([[w for w, _ in s] for s in sentences])
    return article_span_sets(
        ([t for i in group for _, t in sentences[i]], [t for i in group for t in preds[i]])
        for group in groups
    )


def article_span_sets(
    articles: Iterable[tuple[Sequence[str], Sequence[str]]],
) -> tuple[list[tuple[str, int, int]], list[tuple[str, int, int]]]:
    """Gold and predicted spans of (gold tags, predicted tags) per article, offsets made file-global."""
    from warta.quotes.pfsa import spans

    gold: list[tuple[str, int, int]] = []
    pred: list[tuple[str, int, int]] = []
    base = 0
    for g, p in articles:
        gold.extend((lab, base + a, base + b) for lab, a, b in spans(g))
        pred.extend((lab, base + a, base + b) for lab, a, b in spans(p))
        base += len(g)
    return gold, pred


def format_table(scores: dict[str, dict[str, float]]) -> str:
    from warta.quotes.pfsa import LABELS

    lines = [f"{'label':<13}{'P':>7}{'R':>7}{'F1':>7}{'gold':>7}{'pred':>7}"]
    order = [lab for lab in (*LABELS, "overall") if lab in scores] + [
        k for k in scores if k not in LABELS and k != "overall"
    ]
    for lab in order:
        s = scores[lab]
        lines.append(
            f"{lab:<13}{100 * s['p']:7.2f}{100 * s['r']:7.2f}{100 * s['f1']:7.2f}"
            f"{int(s['gold']):7d}{int(s['pred']):7d}"
        )
    return "\n".join(lines)


def run(
    pfsa: Annotated[Path, typer.Option(help="PFSA-ID file: token<TAB>BILOU-tag lines")],
    out: Annotated[Path | None, typer.Option(help="write token<TAB>gold<TAB>pred lines here")] = None,
) -> dict[str, dict[str, float]]:
    """Score the shipped PFSA span model on a PFSA-ID file; print P/R/F1 per label and overall."""
    from rich.console import Console
    from rich.progress import track

    from warta.quotes.pfsa import load_tagger, read_bilou, split_articles

    console = Console()
    tagger = load_tagger()
    if tagger is None:
        raise typer.BadParameter(
            "the PFSA span model is missing (warta/models/pfsa) or python-crfsuite is not installed"
        )
    sentences = read_bilou(pfsa)
    preds: list[list[str]] = [[] for _ in sentences]
    groups = split_articles([[w for w, _ in s] for s in sentences])
    for group in track(groups, description="tagging articles", console=console):
        sub = predict_file([sentences[i] for i in group], tagger)
        for i, p in zip(group, sub, strict=True):
            preds[i] = p
    gold, pred = span_sets(sentences, preds)
    scores = score_spans(gold, pred)
    console.print(format_table(scores))
    if out is not None:
        out.parent.mkdir(parents=True, exist_ok=True)
        with open(out, "w", encoding="utf-8") as fh:
            for sent, p in zip(sentences, preds, strict=True):
                for (w, g), t in zip(sent, p, strict=True):
                    fh.write(f"{w}\t{g}\t{t}\n")
                fh.write("\n")
    return scores
