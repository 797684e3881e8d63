"""The ``warta_times`` pipeline component: fills ``doc._.times`` from the normalised text.

It scans ``doc.text`` once with the precompiled families of :mod:`warta.time.recognise` (no per-token
work), so it adds little to pipeline time; ``doc._.published`` is the anchor for relative expressions.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from warta.doc import text_of
from warta.time.recognise import find_times


@Language.component("warta_times")
def warta_times(doc: Doc) -> Doc:
    """Write every time expression of the Doc as model.TimeExpr (offsets into doc.text)."""
    doc._.times = find_times(text_of(doc), doc._.published)
    return doc
