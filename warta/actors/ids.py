"""Stable cross-article actor keys, so that the store can list everything about one actor.

A dictionary actor keeps its dictionary id whatever alias the article used ("AS", "Amerika Serikat" ->
``country:USA``; "Jokowi", "Joko Widodo" -> ``person:jokowi``). Other actors get their type and a
normalised name (case, accents, punctuation and spacing folded): ``PER:steve witkoff``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from warta.actors.dictionary import get_dictionary, tokens_of

_NON_WORD = re.compile(r"[^\w]+", re.UNICODE)


def normalise_name(name: str) -> str:
    """Lower case, accents dropped, punctuation to single spaces ("Ma'ruf  Amin" -> "ma ruf amin")."""
    folded = unicodedata.normalize("NFKD", name)
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return _NON_WORD.sub(" ", folded.lower()).strip()


# The store asks for the key of every entity of every article, and names repeat across articles: tokenising
# each name again cost the ingesting process ~0.2 ms per entity, as much as all its database writes.
@lru_cache(maxsize=65_536)
def actor_key(name: str, type: str | None = None) -> str:
    """The stable key of an actor named ``name`` (an Entity's ``name``) of the given entity ``type``."""
    entry = get_dictionary().lookup(tokens_of(name))
    if entry is not None and (type is None or entry.type == type or {entry.type, type} <= {"GPE", "LOC"}):
        return entry.key
    return f"{type or 'ENT'}:{normalise_name(name)}"
