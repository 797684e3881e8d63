"""Train the PFSA-ID span model (a CRF) into warta/models/pfsa/ from ../shared/data/quotes/pfsa-id.

Data: pfsa-id_dev-40.txt and pfsa-id-med_dev-dl-20-v2.txt. PFSA-ID-MED contains about 3,000 sentences
of PFSA-ID again, so articles are grouped by their 'CITY, KOMPAS —' header and a MED article is dropped
when most of its sentences already occur in PFSA-ID. Every 10th article (by a stable hash) is held out as
the dev slice; its scores go into meta.json. Single-threaded (CRFsuite), a few minutes on one core.

    python training/pfsa/clusters.py     # word clusters (resources/pfsa/clusters.tsv), once
    python training/pfsa/train.py [--data DIR] [--out warta/models/pfsa] [--iterations 150] [--final]
    python training/pfsa/train.py --tune --groups lex,affix,...   # model selection, writes nothing
    python training/pfsa/train.py --tune --fold 2 ...              # the same on another tune fold
    python training/pfsa/train.py --bag 2 --final --cache /tmp/pfsa-bag  # the shipped ensemble of two

``--final`` retrains on everything (dev slice included) after scoring the dev slice. ``--tune`` is for
choosing features and parameters without looking at the dev slice: it trains on the train slice minus a
tune fold (every article with hash % 10 == 1, or ``--fold N``) and scores that fold (and, for information,
the dev slice).

``--bag K`` trains K CRFs instead of one, member j on the data minus fold j (hash % 10 == j, j = 1..K; in
``--tune``, the first K folds other than the tune fold), and tags with their averaged marginals decoded
under BILOU constraints (``pfsa.Ensemble``); ``--bag-full`` makes member 1 the model on all the data.
The members go to pfsa-1.crfsuite ... and meta.json lists them. ``--cache DIR`` keeps trained members
there, named by their data and parameters, and reuses them (delete it after changing the features).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from warta.evaluate.quotes import article_span_sets, format_table, score_spans  # noqa: E402
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


Seq = tuple[list[list[str]], list[str]]


def train(seqs: list[Seq], model: Path, iterations: int, c1: float, c2: float) -> None:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for xs, ys in seqs:
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


def evaluate(seqs: list[Seq], models: list[Path]) -> dict:
    """Exact-span scores of the ensemble of ``models`` (one model: its own Viterbi path)."""
    ens = pfsa.Ensemble([pfsa._open(m) for m in models])
    return score_spans(*article_span_sets((ys, ens.tag(xs)) for xs, ys in seqs))  # one article per sequence


def members(
    articles: list[Seq],
    folds: list[int],
    keep: set[int],
    bag: int,
    args: argparse.Namespace,
    name: str,
    out: Path,
) -> list[Path]:
    """Train the model(s) on the articles whose fold is in ``keep``: one on all of them (``bag`` 1), else
    one per bag fold, each without that fold (with ``--bag-full``, the first member has all of them).
    Reuses (and fills) ``args.cache``."""
    full = bag == 1 or args.bag_full
    bag_folds = ([-1] if full else []) + [f for f in range(1, 10) if f in keep][: bag - full]
    paths = []
    for j, bf in enumerate(bag_folds, 1):
        use = keep - {bf}
        part = [a for a, f in zip(articles, folds, strict=True) if f in use]
        tag = f"{args.c1}-{args.c2}-{args.iterations}-{'_'.join(sorted(GROUPS))}"
        ex = "_".join(str(f) for f in range(1, 10) if f not in use)  # dev (0): by name
        cached = args.cache / f"{name}-ex{ex}-{tag}.crfsuite" if args.cache else None
        path = out / (f"pfsa-{j}.crfsuite" if bag > 1 else "pfsa.crfsuite")
        if cached and cached.exists():
            print(f"member {j}: {cached} (cached)", flush=True)
        else:
            t0 = time.time()
            train(part, cached or path, args.iterations, args.c1, args.c2)
            print(f"member {j}: {len(part)} articles, {round(time.time() - t0)} s", flush=True)
        if cached and cached.resolve() != path.resolve():
            path.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(cached, path)
        paths.append(path)
    return paths


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
    ap.add_argument("--bag", type=int, default=1, help="ensemble of this many CRFs (see above), 1-9")
    ap.add_argument(
        "--bag-full",
        action="store_true",
        help="with --bag K: member 1 sees all the data, K-1 leave a fold out",
    )
    ap.add_argument("--cache", type=Path, help="keep and reuse trained members in this folder")
    args = ap.parse_args()
    global GROUPS
    if args.groups is not None:
        GROUPS = frozenset(g for g in args.groups.split(",") if g)
    print(f"feature groups: {sorted(GROUPS)}", flush=True)

    t0 = time.time()
    articles = load_articles(args.data)
    folds = [fold(a) for a in articles]
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
    seqs = [sequence(a) for a in articles]
    dev_seqs = [q for q, f in zip(seqs, folds, strict=True) if f == 0]
    tmp = Path(tempfile.mkdtemp(prefix="pfsa-"))
    if args.tune:
        tune = [q for q, f in zip(seqs, folds, strict=True) if f == args.fold]
        keep = set(range(1, 10)) - {args.fold}
        if args.bag == 1 and args.cache is None:  # the file name the earlier tune runs used
            tag = "" if args.fold == 1 else f"f{args.fold}-"
            name = f"{tag}{args.c1}-{args.c2}-{args.iterations}-{'_'.join(sorted(GROUPS))}"
            models = [Path(f"/tmp/pfsa-tune-{name}.crfsuite")]
            train(
                [q for q, f in zip(seqs, folds, strict=True) if f in keep],
                models[0],
                args.iterations,
                args.c1,
                args.c2,
            )
        else:
            models = members(seqs, folds, keep, args.bag, args, "train", tmp)
        for name, part in (("tune", tune), ("dev", dev_seqs)):
            s = evaluate(part, models)
            print(f"== {name} ({len(part)} articles)\n{format_table(s)}", flush=True)
        size = sum(m.stat().st_size for m in models) // 1024
        print(f"done in {round(time.time() - t0)} s ({size} KiB)")
        shutil.rmtree(tmp, ignore_errors=True)
        return
    keep = set(range(1, 10))
    models = members(seqs, folds, keep, args.bag, args, "train", tmp if args.final else args.out)
    scores = evaluate(dev_seqs, models)
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
        models = members(seqs, folds, keep | {0}, args.bag, args, "all", args.out)
        meta["trained_on"] = "train + dev slices (dev scores above are from the train-only model)"
    if args.bag > 1:
        data = meta["trained_on"].split(" (")[0]
        meta["ensemble"] = {
            "members": [m.name for m in models],
            "member_data": ([data] if args.bag_full else [])
            + [
                f"{data} minus the articles with hash % 10 == {j}"
                for j in range(1, args.bag + 1 - args.bag_full)
            ],
            "combine": "mean of the members' tag marginals, BILOU-constrained Viterbi (pfsa.Ensemble)",
        }
    for old in [args.out / "pfsa.crfsuite", *args.out.glob("pfsa-*.crfsuite")]:
        if old not in models and old.exists():
            old.unlink()  # a stale single model or member
    meta["seconds"] = round(time.time() - t0)
    (args.out / "meta.json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    size = sum(m.stat().st_size for m in models) // 1024
    print(f"done in {meta['seconds']} s -> {', '.join(str(m) for m in models)} ({size} KiB)")
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
