"""Look-ups other components use on ``doc._.entities`` (quotes: speakers; events: actors).

They read the finished Entity list only, so a mention another component appended (a pronoun speaker)
counts like any other.
"""

from __future__ import annotations

from spacy.tokens import Doc

from warta.doc import text_of
from warta.model import Entity


def resolve_mention(doc: Doc, start: int, end: int) -> str | None:
    """Entity id for the character span [start, end): an exact mention, else the tightest overlapping one.

    A person wins over a place nested in the same title ("Presiden AS Donald Trump" is Trump, not AS)
    unless the span is exactly the nested place.
    """
    best: tuple[int, int, str] | None = None
    for ent in doc._.entities or []:
        for m in ent.mentions:
            if m.start == start and m.end == end:
                return ent.id
            overlap = min(end, m.end) - max(start, m.start)
            if overlap <= 0:
                continue
            rank = (overlap, 1 if ent.type == "PER" else 0, ent.id)
            if best is None or rank[:2] > best[:2]:
                best = rank
    return best[2] if best else None


def window_start(doc: Doc, char: int, window: int) -> int:
    """Where the sentence ``window`` sentences before the one holding ``char`` starts."""
    sentences = doc._.sentences or [(0, len(text_of(doc)))]
    idx = 0
    for i, (s, _) in enumerate(sentences):
        if s <= char:
            idx = i
    return sentences[max(0, idx - window)][0]


def most_salient_person(doc: Doc, before_char: int, window: int = 2) -> Entity | None:
    """The person a pronoun at ``before_char`` most likely means: the latest person mentioned before it
    within ``window`` sentences (ties: the one mentioned more often)."""
    floor = window_start(doc, before_char, window)
    best: tuple[int, int, Entity] | None = None
    for ent in doc._.entities or []:
        if ent.type != "PER":
            continue
        starts = [m.start for m in ent.mentions if floor <= m.start < before_char]
        if not starts:
            continue
        rank = (max(starts), len(ent.mentions), ent)
        if best is None or rank[:2] > best[:2]:
            best = rank
    return best[2] if best else None


def entity_by_id(doc: Doc, entity_id: str | None) -> Entity | None:
    for ent in doc._.entities or []:
        if ent.id == entity_id:
            return ent
    return None
