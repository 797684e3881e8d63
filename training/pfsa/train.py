"""Train the PFSA-ID span model (a CRF) into warta/models/pfsa/ from ../shared/data/quotes/pfsa-id.

Data: pfsa-id_dev-40.txt and pfsa-id-med_dev-dl-20-v2.txt. PFSA-ID-MED contains about 3,000 sentences
of PFSA-ID again, so articles are grouped by their 'CITY, KOMPAS —' header and a MED article is dropped
when most of its sentences already occur in PFSA-ID. Every 10th article (by a stable hash) is held out as
the dev slice; its scores go into meta.json. Single-threaded (CRFsuite), a few minutes on one core.

    python training/pfsa/clusters.py     # word clusters (resources/pfsa/clusters.tsv), once
    python training/pfsa/train.py [--data DIR] [--out warta/models/pfsa] [--iterations 150] [--final]
    python training/pfsa/train.py --tune --groups lex,affix,...   # model selection, writes nothing
    python training/pfsa/train.py --tune --fold 2 ...              # the same on another tune fold

``--final`` retrains on everything (dev slice included) after scoring the dev slice. ``--tune`` is for
choosing features and parameters without looking at the dev slice: it trains on the train slice minus a
tune fold (every article with hash % 10 == 1, or ``--fold N``) and scores that fold (and, for information,
the dev slice).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from warta.evaluate.quotes import format_table, score_spans, span_sets  # noqa: E402
from warta.quotes import pfsa  # noqa: E402
from warta.quotes.pfsa import features, read_bilou, split_articles, to_tokens  # noqa: E402

FILES = ("pfsa-id_dev-40.txt", "pfsa-id-med_dev-dl-20-v2.txt")


def load_articles(data: Path) -> list[list[list[tuple[str, str]]]]:
    """Articles (lists of tagged sentences) of both files, MED duplicates of PFSA-ID removed."""
    seen: set[tuple[str, ...]] = set()
    articles: list[list[list[tuple[str, str]]]] = []
    for name in FILES:
        sents = read_bilou(data / name)
        groups = split_articles([[w for w, _ in s] for s in sents])
        new_keys: set[tuple[str, ...]] = set()
        dropped = 0
        for group in groups:
            art = [sents[i] for i in group]
            keys = [tuple(w for w, _ in s) for s in art]
            if sum(k in seen for k in keys) * 2 > len(keys):
                dropped += 1
                continue
            new_keys.update(keys)
            articles.append(art)
        seen |= new_keys
        print(f"{name}: {len(groups)} articles, {dropped} dropped as duplicates", flush=True)
    return articles


def fold(article: list[list[tuple[str, str]]]) -> int:
    key = " ".join(w for w, _ in article[0]).encode("utf-8")
    return int(hashlib.sha1(key).hexdigest(), 16) % 10


def is_dev(article: list[list[tuple[str, str]]]) -> bool:
    return fold(article) == 0


GROUPS: frozenset[str] = pfsa.GROUPS


def sequence(article: list[list[tuple[str, str]]]) -> tuple[list[list[str]], list[str]]:
    tokens = to_tokens([[w for w, _ in s] for s in article])
    return features(tokens, GROUPS), [t for s in article for _, t in s]


def train(articles, model: Path, iterations: int, c1: float, c2: float) -> None:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for art in articles:
        xs, ys = sequence(art)
        trainer.append(xs, ys)
    trainer.set_params(
        {
            "c1": c1,
            "c2": c2,
            "max_iterations": iterations,
            "feature.possible_transitions": True,
            "feature.minfreq": 2,
        }
    )
    model.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(model))


def evaluate(articles, model: Path) -> dict:
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    sents: list[list[tuple[str, str]]] = []
    preds: list[list[str]] = []
    for art in articles:
        xs, _ = sequence(art)
        tags = tagger.tag(xs)
        k = 0
        for s in art:
            sents.append(s)
            preds.append(list(tags[k : k + len(s)]))
            k += len(s)
    gold, pred = span_sets(sents, preds)
    return score_spans(gold, pred)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "quotes" / "pfsa-id")
    ap.add_argument("--out", type=Path, default=ROOT / "warta" / "models" / "pfsa")
    ap.add_argument("--iterations", type=int, default=150)
    ap.add_argument("--c1", type=float, default=0.03)
    ap.add_argument("--c2", type=float, default=0.01)
    ap.add_argument("--final", action="store_true", help="retrain on all data after scoring the dev slice")
    ap.add_argument(
        "--dev-out", type=Path, help="also write the held-out dev slice here (for warta eval quotes)"
    )
    ap.add_argument("--no-train", action="store_true", help="only write --dev-out")
    ap.add_argument(
        "--groups", help="comma-separated extra feature groups (default: the ones pfsa.GROUPS names)"
    )
    ap.add_argument("--fold", type=int, default=1, help="tune fold (hash %% 10), 1-9; with --tune")
    ap.add_argument(
        "--tune",
        action="store_true",
        help="model selection: train on the train slice minus its tune fold (hash %% 10 == 1), "
        "score the tune fold (and the dev slice, for information); writes nothing under --out",
    )
    args = ap.parse_args()
    global GROUPS
    if args.groups is not None:
        GROUPS = frozenset(g for g in args.groups.split(",") if g)
    print(f"feature groups: {sorted(GROUPS)}", flush=True)

    t0 = time.time()
    articles = load_articles(args.data)
    dev = [a for a in articles if is_dev(a)]
    trn = [a for a in articles if not is_dev(a)]
    n_tok = sum(len(s) for a in trn for s in a)
    print(f"train {len(trn)} articles ({n_tok} tokens), dev {len(dev)} articles", flush=True)
    if args.dev_out:
        with open(args.dev_out, "w", encoding="utf-8") as fh:
            for art in dev:
                for sent in art:
                    fh.write("".join(f"{w}\t{t}\n" for w, t in sent) + "\n")
    if args.no_train:
        return
    if args.tune:
        fit = [a for a in trn if fold(a) != args.fold]
        tune = [a for a in trn if fold(a) == args.fold]
        tag = "" if args.fold == 1 else f"f{args.fold}-"
        model = Path(
            f"/tmp/pfsa-tune-{tag}{args.c1}-{args.c2}-{args.iterations}-{'_'.join(sorted(GROUPS))}.crfsuite"
        )
        train(fit, model, args.iterations, args.c1, args.c2)
        for name, part in (("tune", tune), ("dev", dev)):
            s = evaluate(part, model)
            print(f"== {name} ({len(part)} articles)\n{format_table(s)}", flush=True)
        print(f"done in {round(time.time() - t0)} s ({model.stat().st_size // 1024} KiB)")
        return
    model = args.out / "pfsa.crfsuite"
    train(trn, model, args.iterations, args.c1, args.c2)
    scores = evaluate(dev, model)
    print(format_table(scores), flush=True)
    meta = {
        "name": "pfsa",
        "kind": "python-crfsuite linear-chain CRF, BILOU",
        "data": list(FILES),
        "train_articles": len(trn),
        "dev_articles": len(dev),
        "params": {"iterations": args.iterations, "c1": args.c1, "c2": args.c2, "minfreq": 2},
        "feature_groups": sorted(GROUPS),
        "dev_scores": {k: {m: round(v, 4) for m, v in s.items()} for k, s in scores.items()},
        "trained_on": "train slice",
        "seconds": round(time.time() - t0),
    }
    if args.final:
        train(trn + dev, model, args.iterations, args.c1, args.c2)
        meta["trained_on"] = "train + dev slices (dev scores above are from the train-only model)"
    meta["seconds"] = round(time.time() - t0)
    (args.out / "meta.json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    print(f"done in {meta['seconds']} s -> {model} ({model.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main()
