"""Readers for the UD and NER corpora in ../shared/data, and their conversion to spaCy Docs.

Each corpus keeps its own format (CoNLL-U; idner-news-2k "token POS TAG" with CRLF; indolem and indonlu
"token<TAB>TAG"), so the readers live here once and are shared by training and by ``warta eval``.
Source labels are mapped onto Warta's PER ORG GPE LOC (see ``docs/models.md``); a source place entity
becomes LOC when it is a feature, facility, region or island (``loc.txt``) and GPE otherwise.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from warta.models.formats import (  # noqa: F401  (re-exported for training scripts)
    SOURCE_TO_WARTA,
    NERSentence,
    UDSentence,
    bio_spans,
    read_conllu,
    read_ner,
)

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("WARTA_SHARED", ROOT.parent / "shared"))
DATA = SHARED / "data"
UD = DATA / "ud"
NER = DATA / "ner"


_GPE_HEADS = re.compile(
    r"^(kota|kabupaten|kab\.?|provinsi|prov\.?|negara|republik|kerajaan|kecamatan|desa|kelurahan|"
    r"daerah istimewa|dki|pemkot|pemkab|pemprov)\b",
    re.I,
)


def _names(file: str) -> list[str]:
    lines = (Path(__file__).parent / file).read_text(encoding="utf-8").splitlines()
    return [ln.strip().lower() for ln in lines if ln.strip() and not ln.startswith("#")]


@cache
def place_lexicon() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(GPE names, LOC names, LOC head words) from ``gpe.txt`` and ``loc.txt``."""
    loc = _names("loc.txt")
    heads = frozenset(n[5:] for n in loc if n.startswith("head:"))
    return frozenset(_names("gpe.txt")), frozenset(n for n in loc if not n.startswith("head:")), heads


def place_type(name: str) -> str:
    """LOC for features, facilities, regions and islands (by name or head word); GPE for other places.

    Most unmarked place names in news are cities, provinces and countries, so GPE is the default.
    """
    text = " ".join(name.split()).lower()
    gpe, loc, heads = place_lexicon()
    if _GPE_HEADS.match(text) or text in gpe:
        return "GPE"
    if text in loc or text.split(" ")[0] in heads:
        return "LOC"
    return "GPE"


def to_warta_spans(sent: NERSentence) -> list[tuple[int, int, str]]:
    out = []
    for a, b, lab in bio_spans(sent.tags):
        mapped = SOURCE_TO_WARTA.get(lab)
        if mapped == "PLACE":
            mapped = place_type(" ".join(sent.words[a:b]))
        if mapped:
            out.append((a, b, mapped))
    return out


def sentence_key(words: Iterable[str]) -> str:
    """Identity of a sentence across corpora: lowercase letters and digits only (NERP is lowercased)."""
    return re.sub(r"[^0-9a-z]+", "", "".join(words).lower())


# Files the shipped model is reported on: never train or tune on them, and drop their sentences elsewhere.
UD_REPORTED = [
    UD / "UD_Indonesian-GSD" / "id_gsd-ud-test.conllu",
    UD / "UD_Indonesian-CSUI" / "id_csui-ud-test.conllu",
]
NER_REPORTED = [
    NER / "idner-news-2k" / "test.txt",
    NER / "indolem" / "nerui" / "test.01.tsv",
    NER / "indonlu" / "nergrit_ner-grit" / "valid_preprocess.txt",
]


def reported_keys(paths: Iterable[Path]) -> set[str]:
    keys: set[str] = set()
    for p in paths:
        sents = read_conllu(p) if p.suffix == ".conllu" else read_ner(p)
        keys.update(sentence_key(s.words) for s in sents)
    return keys


def news_paragraphs() -> list[str]:
    """Non-empty paragraphs (stripped) of every ``text`` field of the news JSONL files, in file order:
    unlabelled text for the vectors and for pretraining."""
    paras: list[str] = []
    for path in sorted((DATA / "news").glob("*.jsonl")):
        for raw in path.read_text(encoding="utf-8").split("\n"):
            if raw.strip():
                text = json.loads(raw).get("text") or ""
                paras += [p.strip() for p in text.split("\n") if p.strip()]
    return paras
