"""The ``warta_events`` component: fills ``doc._.events`` with PLOVER events (runs after times, quotes)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from warta.events.coder import code_events


@Language.component("warta_events")
def warta_events(doc: Doc) -> Doc:
    """Code who did what to whom in every content sentence."""
    doc._.events = code_events(doc)
    return doc
