"""The Doc contract shared by every Warta component.

One spaCy ``Doc`` (of the *normalised* text) flows through the pipeline. Components read it and add to it
through these extension attributes; all records hold offsets into ``doc.text`` and are mapped back to the
input text once, in :mod:`warta.pipeline`.

- ``doc._.published``: ``datetime.date`` or None, the publication date (anchor for relative times)
- ``doc._.entities``:  list[model.Entity]   (actors component; quotes may add pronoun mentions)
- ``doc._.times``:     list[model.TimeExpr] (time component)
- ``doc._.quotes``:    list[model.Quote]    (quote component)
- ``doc._.events``:    list[model.Event]    (event component)
- ``doc._.sentences``: list[(start_char, end_char)] of content sentences; record ``sentence`` fields index it
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.language import Language
from spacy.tokens import Doc

from warta.model import Span

_EXTENSIONS = {
    "published": None,
    "entities": None,
    "times": None,
    "quotes": None,
    "events": None,
    "sentences": None,
}
for _name, _default in _EXTENSIONS.items():
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


def text_of(doc: Doc) -> str:
    """``doc.text``, built once per Doc: spaCy joins every token each time the property is read."""
    text = doc.user_data.get("warta.text")
    if text is None:
        text = doc.user_data["warta.text"] = doc.text
    return text


@Language.component("warta_doc")
def init_doc(doc: Doc) -> Doc:
    """Start the record lists and fix the content sentences (runs after the trained components)."""
    doc._.entities = []
    doc._.times = []
    doc._.quotes = []
    doc._.events = []
    sents = doc.sents if doc.has_annotation("SENT_START") else [doc[:]]
    text = text_of(doc)
    doc._.sentences = [
        _trim(text, s.start_char, s.end_char) for s in sents if text[s.start_char : s.end_char].strip()
    ]
    return doc


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def sentence_index(doc: Doc, char: int) -> int:
    """Index in ``doc._.sentences`` of the sentence holding ``char`` (the nearest one before it)."""
    starts = [s for s, _ in doc._.sentences]
    return max(0, bisect_right(starts, char) - 1)


def span(doc: Doc, start: int, end: int) -> Span:
    """A model Span over ``doc.text[start:end]`` (normalised offsets, remapped later)."""
    return Span(start=start, end=end, text=text_of(doc)[start:end])


def tokens(doc: Doc, start: int, end: int) -> list:
    """The tokens that overlap ``doc.text[start:end]``, found without walking the whole Doc."""
    if end <= start:
        return []
    found = doc.char_span(start, end, alignment_mode="expand")
    return list(found) if found is not None else []
