"""`warta eval sentences`: sentence-boundary P/R/F1 against a UD file's running text.

The input is the file's ``# text`` lines joined by single spaces into one text; a boundary is the end
offset of a sentence. Spaces at the joins are not content, so the offsets compare directly.
"""

from __future__ import annotations

from pathlib import Path

import typer


def read_ud_texts(path: Path) -> list[str]:
    return [
        line[len("# text = ") :].strip()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.startswith("# text = ")
    ]


def boundary_scores(sentences: list[str], predicted_ends: list[int]) -> dict[str, float]:
    gold, pos = set(), 0
    for s in sentences:
        pos += len(s)
        gold.add(pos)
        pos += 1
    pred = set(predicted_ends)
    tp = len(gold & pred)
    p = tp / len(pred) if pred else 0.0
    r = tp / len(gold) if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"gold": len(gold), "pred": len(pred), "tp": tp, "precision": p, "recall": r, "f1": f}


def predict_ends(text: str) -> list[int]:
    from warta.normalize import normalize
    from warta.pipeline import run_doc

    norm = normalize(text)
    doc = run_doc(norm.text, None)
    return [norm.span(s, e)[1] for s, e in doc._.sentences]


def run(
    conllu: Path = typer.Option(..., exists=True, dir_okay=False, help="A UD .conllu file"),
    out: Path | None = typer.Option(None, help="Write the predicted sentences here, one per line"),
) -> None:
    """Sentence-boundary P/R/F1 on the running text of a UD file."""
    from rich.console import Console
    from rich.table import Table

    sentences = read_ud_texts(conllu)
    text = " ".join(sentences)
    ends = predict_ends(text)
    s = boundary_scores(sentences, ends)
    table = Table(title=f"Sentence boundaries: {conllu.name}")
    for col in ("gold", "predicted", "P", "R", "F1"):
        table.add_column(col, justify="right")
    table.add_row(
        str(s["gold"]), str(s["pred"]), f"{s['precision']:.4f}", f"{s['recall']:.4f}", f"{s['f1']:.4f}"
    )
    Console().print(table)
    if out:
        starts = [0] + ends[:-1]
        out.write_text("\n".join(text[a:b].strip() for a, b in zip(starts, ends, strict=True)) + "\n")
