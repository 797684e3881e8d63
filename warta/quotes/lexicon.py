"""The quote lexicons (``resources/quotes/*.tsv``) loaded once, as sets and one cue regex."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from warta.resources import read_tsv


@dataclass(frozen=True)
class Lexicon:
    cue_kind: dict[str, str]  # form -> post | verb | passive | menurut
    cue_strength: dict[str, str]  # form -> strong | weak | clitic (only with -nya)
    words: dict[str, str]  # word -> pronoun | plural | adverb | unnamed | title | org_head | ...
    cue_re: re.Pattern[str]  # any cue form, with an optional -nya clitic

    def klass(self, word: str) -> str:
        return self.words.get(word.lower(), "")


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    kinds: dict[str, str] = {}
    strength: dict[str, str] = {}
    for row in read_tsv("quotes/cues.tsv"):
        form, kind = row[0].lower(), row[1]
        kinds[form] = kind
        strength[form] = row[2] if len(row) > 2 else "strong"
    words = {row[0].lower(): row[1] for row in read_tsv("quotes/words.tsv") if len(row) > 1}
    forms = sorted(kinds, key=len, reverse=True)
    # a "clitic" form is a cue only with its -nya ("Baginya, …", not "Bagi warga, …"): the regex says so
    alts = [re.escape(f) + ("(?=nya)" if strength[f] == "clitic" else "") for f in forms]
    cue_re = re.compile(r"(?<![\w'’-])(" + "|".join(alts) + r")(nya)?(?![\w'’-])", re.IGNORECASE)
    return Lexicon(kinds, strength, words, cue_re)
