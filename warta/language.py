"""Warta's Indonesian spaCy language: spaCy's ``id`` punctuation rules without its 15,963 exceptions.

``spacy.blank("id")`` spends seconds building its tokenizer because its exception table lists every
hyphenated reduplication. We keep the behaviour that matters by rule instead: a hyphen between two
letters does not split (``rekan-rekan``, ``berhari-hari``) unless the right part starts a new capitalised
name (``AS-Rusia``), and a short list of abbreviations (``resources/abbreviations.txt``) stays whole.
"""

from __future__ import annotations

import re
import re._parser as _parser

from spacy.lang.char_classes import ALPHA, ALPHA_UPPER
from spacy.lang.id.lex_attrs import LEX_ATTRS
from spacy.lang.id.punctuation import TOKENIZER_INFIXES, TOKENIZER_PREFIXES, TOKENIZER_SUFFIXES
from spacy.lang.id.stop_words import STOP_WORDS
from spacy.language import BaseDefaults, Language
from spacy.symbols import ORTH
from spacy.util import registry

from warta import lex_attrs
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


# an acronym with digits inside: "TNP2K", "P3K", "G20"
DIGIT_ACRONYM = re.compile(r"(?:[A-Z][A-Z0-9]*[0-9][A-Z0-9]*)\Z")


class WartaIndonesianDefaults(BaseDefaults):
    tokenizer_exceptions = _exceptions()
    token_match = DIGIT_ACRONYM.match
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
        speed_up(self.tokenizer)
        lex_attrs.install(self.vocab, self.lang, self.Defaults.stop_words)


# A chunk of ASCII letters (or digits) alone is one token under every prefix, suffix and infix rule above: no
# rule splits inside a run of letters or of digits. ``token_match`` lets the tokenizer keep such chunks
# without running the affix regexes, which is most chunks of running text.
PLAIN_CHUNK = re.compile(r"(?:[A-Za-z]+|[0-9]+)\Z")
# Kept whole as a rule of the language (not only a short cut): spaCy's unit suffix reads "2K" as 2 kelvin
# and cuts "TNP2" from "K".
_KEEP_WHOLE = re.compile(r"(?:[A-Za-z]+|[0-9]+|[A-Z][A-Z0-9]*[0-9][A-Z0-9]*)\Z")


def speed_up(tokenizer) -> None:
    """The same tokens, sooner.

    spaCy joins the prefix rules as ``^a|^b|...`` and calls ``search``, which tries the whole alternation at
    every position of the chunk although all but one rule can only match at position 0. We try the whole
    pattern once at position 0 (``match``: what ``search`` finds there), then only the rules without ``^``
    at the later positions, which is where ``search`` would go next. The suffix rules (``a$|b$|...``) are
    searched from every position too, though all but one match at most 9 characters: those are searched
    only near the end. Plain chunks skip the affix rules.
    """
    prefix = getattr(tokenizer.prefix_search, "__self__", None)
    if isinstance(prefix, re.Pattern):
        floating = [alt for alt in _alternatives(prefix.pattern) if not alt.startswith("^")]
        tokenizer.prefix_search = _prefix_search(prefix, re.compile("|".join(floating)) if floating else None)
    suffix = getattr(tokenizer.suffix_search, "__self__", None)
    if isinstance(suffix, re.Pattern) and tokenizer.suffix_search == suffix.search:
        tokenizer.suffix_search = _suffix_search(suffix)
    if tokenizer.token_match in (None, DIGIT_ACRONYM.match):
        tokenizer.token_match = _KEEP_WHOLE.match


def _prefix_search(whole: re.Pattern, floating: re.Pattern | None):
    at_start = whole.match
    if floating is None:
        return at_start
    later = floating.search

    def prefix_search(chunk: str) -> re.Match | None:
        return at_start(chunk) or later(chunk, 1)

    prefix_search.__self__ = whole  # spaCy serialises a rule function as ``fn.__self__.pattern``
    return prefix_search


def _suffix_search(whole: re.Pattern):
    """``whole.search`` for rules that all end in ``$``, whose matches run to the end of the chunk.

    A rule that matches at most ``n`` characters can only start in the last ``n + 1`` (``$`` also matches
    before a final newline); its lookbehind still sees the whole chunk. ``search`` returns the leftmost
    match, and spaCy reads only its length, so the leftmost of the two searches is the same suffix.
    """
    short, long = [], []
    width = 0
    for alt in _alternatives(whole.pattern):
        most = _parser.parse(alt).getwidth()[1]
        if alt.endswith("$") and most < 64:
            short.append(alt)
            width = max(width, most)
        else:
            long.append(alt)
    if not short:
        return whole.search
    near_end = re.compile("|".join(short), whole.flags).search
    anywhere = re.compile("|".join(long), whole.flags).search if long else None

    def suffix_search(chunk: str) -> re.Match | None:
        found = near_end(chunk, max(0, len(chunk) - width - 1))
        if anywhere is not None:
            other = anywhere(chunk)
            if other is not None and (found is None or other.start() < found.start()):
                return other
        return found

    suffix_search.__self__ = whole
    return suffix_search


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of spaCy's joined affix pattern (``a|b|c``, no group spans a ``|`` there)."""
    out, depth, start, escaped, in_class = [], 0, 0, False, False
    for i, ch in enumerate(pattern):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
    out.append(pattern[start:])
    return out


def blank() -> Language:
    return WartaIndonesian()
