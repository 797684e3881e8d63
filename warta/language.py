"""Warta's Indonesian spaCy language: spaCy's ``id`` punctuation rules without its 15,963 exceptions.

``spacy.blank("id")`` spends seconds building its tokenizer because its exception table lists every
hyphenated reduplication. We keep the behaviour that matters by rule instead: a hyphen between two
letters does not split (``rekan-rekan``, ``berhari-hari``) unless the right part starts a new capitalised
name (``AS-Rusia``), and a short list of abbreviations (``resources/abbreviations.txt``) stays whole.
"""

from __future__ import annotations

from spacy.lang.char_classes import ALPHA, ALPHA_UPPER
from spacy.lang.id.lex_attrs import LEX_ATTRS
from spacy.lang.id.punctuation import TOKENIZER_INFIXES, TOKENIZER_PREFIXES, TOKENIZER_SUFFIXES
from spacy.lang.id.stop_words import STOP_WORDS
from spacy.language import BaseDefaults, Language
from spacy.symbols import ORTH
from spacy.util import registry

from warta.resources import read_lines

_LETTER_HYPHEN_LETTER = r"(?<=[{a}])[\/-](?={c}|[{a}])"


def _infixes() -> list[str]:
    from spacy.lang.char_classes import HYPHENS
    from spacy.lang.id.punctuation import CURRENCY

    dropped = {
        _LETTER_HYPHEN_LETTER.format(a=ALPHA, c=CURRENCY),
        rf"(?<=[{ALPHA}])(?:{HYPHENS})(?=[{ALPHA}])",
        r"(?<=[0-9])[\\/](?=[0-9%-])",  # keep 9/7/2024 whole
    }
    out = [rule for rule in TOKENIZER_INFIXES if rule not in dropped]
    out.append(rf"(?<=[{ALPHA}])/(?=[{ALPHA}])")
    out.append(rf"(?<=[{ALPHA}])-(?=[{ALPHA_UPPER}])")
    out.append(rf"(?<=[{ALPHA}])(?:–|—|--)(?=[{ALPHA}])")
    return out


def _exceptions() -> dict[str, list[dict]]:
    return {abbr: [{ORTH: abbr}] for abbr in read_lines("abbreviations.txt")}


class WartaIndonesianDefaults(BaseDefaults):
    tokenizer_exceptions = _exceptions()
    prefixes = TOKENIZER_PREFIXES
    suffixes = TOKENIZER_SUFFIXES
    infixes = _infixes()
    lex_attr_getters = LEX_ATTRS
    stop_words = STOP_WORDS


# spaCy caches the tokenisation of at most 10,000 distinct whitespace-separated chunks and then stops adding
# any: on a news archive the long tail of names and numbers is split by the regexes again every time. A
# news-sized cache (about 70,000 chunks for the 575K words of shared/data/news, ~15 MB) keeps them.
TOKENIZER_CACHE_CHUNKS = 200_000


@registry.languages("id_warta")
class WartaIndonesian(Language):
    """Language class for every Warta pipeline (``lang`` stays ``id`` for trained components)."""

    lang = "id"
    Defaults = WartaIndonesianDefaults

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if hasattr(self.tokenizer, "max_cache_size"):
            self.tokenizer.max_cache_size = TOKENIZER_CACHE_CHUNKS


def blank() -> Language:
    return WartaIndonesian()
