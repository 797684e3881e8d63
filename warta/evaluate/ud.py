"""``warta eval ud``: tag a UD treebank's gold tokenisation and score UPOS, XPOS, lemma, UAS and LAS.

The model tags the GOLD words (a Doc built from the CoNLL-U syntactic words and their spacing), so the
scores measure tagging and parsing alone. LAS compares universal relations (``nsubj:pass`` scores as
``nsubj``), as the CoNLL 2018 evaluation script does. XPOS is predicted in CSUI's PTB-style scheme only,
so it is meaningful on CSUI files. Published scores (from raw text, trained on full GSD train) are printed
beside ours.
"""

from __future__ import annotations

from pathlib import Path

import typer

PUBLISHED = {
    "gsd": {
        "UDPipe 2": {"UPOS": 94.35, "Lemma": 98.14, "LAS": 81.91},
        "Stanza": {"UPOS": 94.16, "Lemma": 98.28, "LAS": 80.83},
    },
    "csui": {
        "UDPipe 2": {"UPOS": 95.93, "Lemma": 98.26, "LAS": 81.65},
        "Stanza": {"UPOS": 95.90, "Lemma": 96.36, "LAS": 78.55},
    },
}


def _universal(deprel: str) -> str:
    return deprel.split(":")[0].lower()


def score(gold_rows: list[list[str]], doc, xpos_labels: frozenset[str] = frozenset()) -> dict[str, list[int]]:
    """Per-metric [correct, total] counts for one sentence (tokens aligned one to one).

    XPOS is counted only for gold tags of our scheme (``xpos_labels``): GSD's and PUD's tag sets differ.
    """
    counts = {k: [0, 0] for k in ("UPOS", "XPOS", "Lemma", "UAS", "LAS")}
    for row, tok in zip(gold_rows, doc, strict=True):
        gold_head = int(row[6]) if row[6].isdigit() else 0
        pred_head = 0 if tok.head.i == tok.i else tok.head.i + 1
        pred_dep = "root" if tok.dep_ == "ROOT" else tok.dep_
        checks = {
            "UPOS": row[3] == tok.pos_,
            "Lemma": row[2] == tok.lemma_,
            "UAS": gold_head == pred_head,
            "LAS": gold_head == pred_head and _universal(row[7]) == _universal(pred_dep),
        }
        if row[4] in xpos_labels:
            checks["XPOS"] = row[4] == tok.tag_
        for name, ok in checks.items():
            counts[name][0] += int(ok)
            counts[name][1] += 1
    return counts


def predicted_row(row: list[str], tok) -> list[str]:
    """The gold row with our LEMMA, UPOS, XPOS, FEATS, HEAD, DEPREL (ID, FORM, MISC kept)."""
    head = 0 if tok.head.i == tok.i else tok.head.i + 1
    dep = "root" if tok.dep_ == "ROOT" else (tok.dep_ or "dep")
    feats = str(tok.morph) or "_"
    return [
        row[0],
        row[1],
        tok.lemma_ or "_",
        tok.pos_ or "X",
        tok.tag_ or "_",
        feats,
        str(head),
        dep,
        "_",
        row[9],
    ]


def write_conllu(path: Path, sentences, docs) -> None:
    """PRED in CoNLL-U: the gold file's comments, multiword lines and words, with our annotation."""
    lines: list[str] = []
    for sent, doc in zip(sentences, docs, strict=True):
        lines.extend(sent.comments)
        for row, tok in zip(sent.rows, doc, strict=True):
            wid = int(row[0])
            if wid in sent.mwt:
                lines.append("\t".join(sent.mwt[wid]))
            lines.append("\t".join(predicted_row(row, tok)))
        lines.append("")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def run(
    conllu: Path = typer.Option(..., "--conllu", exists=True, dir_okay=False, help="gold CoNLL-U file"),
    out: Path | None = typer.Option(None, "--out", help="write predictions here (CoNLL-U, same words)"),
    limit: int = typer.Option(0, "--limit", help="score only the first N sentences (0: all)"),
    model: Path | None = typer.Option(None, "--model", help="pipeline directory (default: the shipped one)"),
) -> dict[str, float]:
    """Tag and parse the gold words of CONLLU; print UPOS/XPOS/lemma/UAS/LAS beside published scores."""
    from rich.console import Console
    from rich.progress import track
    from rich.table import Table
    from spacy.tokens import Doc

    from warta.models import load
    from warta.models.formats import read_conllu

    nlp = load(model) if model is not None else load()
    sentences = list(read_conllu(conllu))
    if limit:
        sentences = sentences[:limit]
    docs_in = []
    for sent in sentences:
        doc = Doc(nlp.vocab, words=sent.words, spaces=sent.spaces)
        for i, tok in enumerate(doc):
            tok.is_sent_start = i == 0
        docs_in.append(doc)
    totals = {k: [0, 0] for k in ("UPOS", "XPOS", "Lemma", "UAS", "LAS")}
    xpos_labels = frozenset(nlp.get_pipe("tagger").labels) if "tagger" in nlp.pipe_names else frozenset()
    docs = []
    piped = nlp.pipe(docs_in, batch_size=128)
    for sent, doc in track(
        zip(sentences, piped, strict=True), total=len(sentences), description="tagging", transient=True
    ):
        docs.append(doc)
        for name, (ok, n) in score(sent.rows, doc, xpos_labels).items():
            totals[name][0] += ok
            totals[name][1] += n
    result = {name: round(100 * ok / n, 2) for name, (ok, n) in totals.items() if n}
    if totals["XPOS"][1] < totals["UPOS"][1] / 2:  # the file's XPOS is mostly another scheme
        result.pop("XPOS", None)
    name = conllu.name.lower()
    treebank = "gsd" if "gsd" in name else "csui" if "csui" in name else ""
    table = Table(title=f"{conllu.name}: {len(sentences)} sentences, {totals['UPOS'][1]} words (gold tokens)")
    table.add_column("metric")
    table.add_column("Warta", justify="right")
    published = PUBLISHED.get(treebank, {})
    for system in published:
        table.add_column(f"{system} (raw text)", justify="right")
    for metric in ("UPOS", "XPOS", "Lemma", "UAS", "LAS"):
        ours = f"{result[metric]:.2f}" if metric in result else "n/a (other scheme)"
        table.add_row(metric, ours, *[f"{p[metric]:.2f}" if metric in p else "" for p in published.values()])
    console = Console()
    console.print(table)
    console.print("XPOS is predicted in UD_Indonesian-CSUI's PTB-style scheme; LAS uses universal relations.")
    if out is not None:
        write_conllu(out, sentences, docs)
        console.print(f"predictions written to {out}")
    return result
