"""The ``warta_actors`` component: fills ``doc._.entities`` (ids E1..En in order of first mention)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from warta.actors.cluster import cluster_mentions
from warta.actors.mentions import find_mentions


@Language.component("warta_actors")
def warta_actors(doc: Doc) -> Doc:
    """Find actor mentions, cluster them within the article and code country and sector."""
    if doc._.entities is None:
        doc._.entities = []
    mentions = find_mentions(doc)
    doc._.entities = cluster_mentions(doc, mentions, doc._.published)
    return doc
