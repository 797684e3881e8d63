"""Readers for the corpus formats Warta's models are trained and scored on (CoNLL-U and BIO NER files).

idner-news-2k is "token POS TAG" with CRLF line ends; indolem (nerui, nerugm) and indonlu (NERGrit, NERP)
are "token<TAB>TAG". ``training/`` converts them to spaCy Docs and ``warta eval ud|ner`` scores on them,
so both read them here, once. The label maps say how each dataset's entity types meet Warta's
PER ORG GPE LOC ("PLACE" is split into GPE and LOC at training time).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class UDSentence:
    """One CoNLL-U sentence over its syntactic words (multiword tokens expanded, as UD scores them)."""

    comments: list[str]
    rows: list[list[str]]  # the 10 columns of every syntactic word
    mwt: dict[int, list[str]] = field(default_factory=dict)  # first word id -> the range line's columns

    @property
    def words(self) -> list[str]:
        return [r[1] for r in self.rows]

    @property
    def spaces(self) -> list[bool]:
        """Whitespace after each word: words inside a multiword token are glued together."""
        after: dict[int, bool] = {}
        for cols in self.mwt.values():
            a, b = (int(x) for x in cols[0].split("-"))
            for wid in range(a, b):
                after[wid] = False
            after[b] = "SpaceAfter=No" not in cols[9]
        out = [after.get(int(r[0]), "SpaceAfter=No" not in r[9]) for r in self.rows]
        if out:
            out[-1] = False
        return out


def read_conllu(path: Path) -> Iterator[UDSentence]:
    comments: list[str] = []
    rows: list[list[str]] = []
    mwt: dict[int, list[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.rstrip("\r")
        if not line.strip():
            if rows:
                yield UDSentence(comments, rows, mwt)
            comments, rows, mwt = [], [], {}
        elif line.startswith("#"):
            comments.append(line)
        else:
            cols = line.split("\t")
            if "-" in cols[0]:
                mwt[int(cols[0].split("-")[0])] = cols
            elif "." not in cols[0]:
                rows.append(cols)
    if rows:
        yield UDSentence(comments, rows, mwt)


@dataclass
class NERSentence:
    words: list[str]
    tags: list[str]  # BIO in the source's own labels


def read_ner(path: Path, fmt: str | None = None) -> Iterator[NERSentence]:
    """Sentences of an NER file in any of the three formats (the last column is the BIO tag)."""
    words: list[str] = []
    tags: list[str] = []
    with path.open(encoding="utf-8", newline="") as f:
        for raw in f:
            line = raw.rstrip("\r\n").rstrip("\r")
            if not line.strip():
                if words:
                    yield NERSentence(words, tags)
                words, tags = [], []
                continue
            cols = line.split("\t") if "\t" in line else line.split(" ")
            if len(cols) < 2:
                continue
            words.append(cols[0])
            tags.append(cols[-1].strip() or "O")
    if words:
        yield NERSentence(words, tags)


def detect_format(path: Path) -> str:
    """idner (space-separated, 3 columns), indolem (PERSON/ORGANIZATION/LOCATION) or indonlu."""
    head = path.read_text(encoding="utf-8")[:200_000]
    first = next((ln for ln in head.splitlines() if ln.strip()), "")
    if "\t" not in first and len(first.split(" ")) >= 3:
        return "idner"
    labels = {ln.split("\t")[-1].strip()[2:] for ln in head.splitlines() if "\t" in ln}
    if labels & {"ORGANIZATION", "LOCATION"}:
        return "indolem"
    return "indonlu"


# source entity type -> Warta type ("PLACE" means GPE or LOC by gazetteer; None drops the entity)
SOURCE_TO_WARTA: dict[str, str | None] = {
    "PER": "PER",
    "PERSON": "PER",
    "PPL": "PER",
    "ORG": "ORG",
    "ORGANIZATION": "ORG",
    "ORGANISATION": "ORG",
    "IND": "ORG",
    "LOC": "PLACE",
    "LOCATION": "PLACE",
    "PLACE": "PLACE",
    "PLC": "PLACE",
    "TIME": None,
    "QUANTITY": None,
    "EVT": None,
    "FNB": None,
}

# Warta type -> the label each evaluation format uses for it (GPE and LOC both score as the place label)
WARTA_TO_SOURCE: dict[str, dict[str, str]] = {
    "idner": {"PER": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC"},
    "indolem": {"PER": "PERSON", "ORG": "ORGANIZATION", "GPE": "LOCATION", "LOC": "LOCATION"},
    "indonlu": {"PER": "PERSON", "ORG": "ORGANISATION", "GPE": "PLACE", "LOC": "PLACE"},
}


def bio_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, label) token spans of a BIO sequence; a stray I- starts a new entity."""
    spans: list[tuple[int, int, str]] = []
    start, label = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, lab = tag.partition("-")
        if prefix in ("B", "I") and not (prefix == "I" and lab == label and start >= 0):
            if start >= 0:
                spans.append((start, i, label))
            start, label = i, lab
        elif prefix not in ("B", "I"):
            if start >= 0:
                spans.append((start, i, label))
            start, label = -1, ""
    return spans
