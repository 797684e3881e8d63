"""Word clusters for the PFSA span model: k-means over the floret vectors of warta/models/id_warta.

The floret table (20,000 hashed subword rows x 64) gives every word a vector, seen or not. This script
embeds the lower-cased word types of the PFSA-ID training slice (dev slice excluded) that occur at least
``--min-count`` times, clusters them at two granularities (k-means, fixed seed) and writes
``warta/resources/pfsa/clusters.tsv``: ``word<TAB>coarse.fine`` lines. The CRF reads the ids as features,
so the run-time model needs neither spaCy nor the vectors.

    python training/pfsa/clusters.py [--data DIR] [--k 64,512] [--min-count 2]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from train import is_dev, load_articles  # noqa: E402

OUT = ROOT / "warta" / "resources" / "pfsa" / "clusters.tsv"


def main() -> None:
    import numpy as np
    from sklearn.cluster import MiniBatchKMeans
    from spacy.vocab import Vocab

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "quotes" / "pfsa-id")
    ap.add_argument("--k", default="64,512")
    ap.add_argument("--min-count", type=int, default=2)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()

    counts: Counter[str] = Counter()
    for art in load_articles(args.data):
        if not is_dev(art):
            counts.update(w.lower() for s in art for w, _ in s)
    words = sorted(w for w, c in counts.items() if c >= args.min_count and any(ch.isalpha() for ch in w))
    vocab = Vocab().from_disk(ROOT / "warta" / "models" / "id_warta" / "vocab")
    vecs = np.asarray(vocab.vectors.get_batch(words), dtype=np.float32)
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True) + 1e-8
    ids = []
    for k in (int(x) for x in args.k.split(",")):
        km = MiniBatchKMeans(n_clusters=k, random_state=0, n_init=3, batch_size=4096).fit(vecs)
        ids.append(km.labels_)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as fh:
        fh.write(
            "# Word clusters for the PFSA span model (warta/quotes/pfsa.py): word<TAB>cluster ids, coarse.fine.\n"
            f"# k-means (k={args.k}) of the floret vectors in warta/models/id_warta, over the lower-cased words\n"
            f"# seen >= {args.min_count} times in the PFSA-ID training slice (CC BY-NC-SA); written by\n"
            "# training/pfsa/clusters.py. Word list only: no text of the corpus.\n"
        )
        for i, w in enumerate(words):
            fh.write(f"{w}\t{'.'.join(str(int(x[i])) for x in ids)}\n")
    print(f"{len(words)} words -> {args.out} ({args.out.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main()
