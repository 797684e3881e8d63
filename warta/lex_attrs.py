"""spaCy's lexical attribute getters, with the same values, for less.

spaCy computes about 23 attributes for every word the vocabulary has not seen yet, each through its own
Python function: on the first pass over a news archive that is the larger part of tokenisation (35,811 new
words in the 575K words of shared/data/news). Where a builtin gives the same value (``str.isalpha`` for
``is_alpha``, ``frozenset.__contains__`` for ``is_bracket``, ``itemgetter`` for the prefix) we call it
directly; the slower getters (``like_url``, ``word_shape``, ``like_num``, ``is_punct``, ``is_currency``) get
a short cut for the common case and fall back to spaCy's own function otherwise.

The values must be spaCy's exactly, since the trained models read ``NORM``, ``PREFIX``, ``SUFFIX`` and
``SHAPE`` and the rules read the flags: ``tests/test_language.py`` compares every getter with spaCy's on
every word of a corpus and on edge cases. ``install`` replaces the getters of a vocabulary in place, so a
lookup table spaCy wraps around ``NORM`` later (``Vocab.from_disk``) still applies.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable
from typing import Any

from spacy import attrs
from spacy.lang import lex_attrs as base
from spacy.lang.id import lex_attrs as indonesian
from spacy.lang.norm_exceptions import BASE_NORMS

_NUM_WORDS = frozenset(indonesian._num_words)
_CURRENCY = frozenset(indonesian.LIST_CURRENCY)


def like_url(text: str) -> bool:
    """``spacy.lang.lex_attrs.like_url`` with its character loop replaced by ``in`` (most words have no '.')."""
    if text.startswith(("http://", "https://")):
        return True
    if text.startswith("www.") and len(text) >= 5:
        return True
    if text[0] == "." or text[-1] == "." or "@" in text or "." not in text:
        return False
    return base.like_url(text)


def like_num(text: str) -> bool:
    """``spacy.lang.id.lex_attrs.like_num``; a word of letters alone is a number only as a number word."""
    if text.isalpha():
        return text.lower() in _NUM_WORDS
    return indonesian.like_num(text)


def is_punct(text: str) -> bool:
    """No letter or digit is punctuation (Unicode categories L* and N* are not P*)."""
    return False if text.isalnum() else base.is_punct(text)


def is_currency(text: str) -> bool:
    """``spacy.lang.id.lex_attrs.is_currency``: a currency word, or currency symbols alone."""
    if text in _CURRENCY:
        return True
    return False if text.isalnum() else indonesian.is_currency(text)


# word_shape on ASCII: letters -> X/x, digits -> d, everything else itself; then at most 4 alike in a row.
# Words share few raw shapes ("Xxxxxxx"), so each raw shape's collapsed form is kept once computed.
_ASCII_SHAPE = bytes(
    ord(("X" if chr(i).isupper() else "x") if chr(i).isalpha() else "d" if chr(i).isdigit() else chr(i))
    for i in range(128)
) + bytes(range(128, 256))
_LONG_RUN = re.compile(r"(.)\1{4,}", re.S)
_SHAPES: dict[bytes, str] = {}
_MAX_SHAPES = 100_000


def word_shape(text: str) -> str:
    if len(text) >= 100 or not text.isascii():
        return base.word_shape(text)
    raw = text.encode("ascii").translate(_ASCII_SHAPE)
    shape = _SHAPES.get(raw)
    if shape is None:
        shape = _LONG_RUN.sub(_first_four, raw.decode("ascii"))
        if len(_SHAPES) < _MAX_SHAPES:
            _SHAPES[raw] = shape
    return shape


def _first_four(run: re.Match) -> str:
    return run[0][:4]


def like_email(text: str) -> bool:
    return "@" in text and base.like_email(text)


def _norm(lookups: dict[str, str]) -> Callable[[str], str]:
    def norm(text: str) -> str:
        value = lookups.get(text)
        return text.lower() if value is None else value

    return norm


def _is_stop(stops: frozenset[str]) -> Callable[[str], bool]:
    def is_stop(text: str) -> bool:
        return text.lower() in stops

    return is_stop


def _is_in(strings: tuple[str, ...]) -> Callable[[str], bool]:
    return frozenset(strings).__contains__


def getters(lang: str, stop_words: set[str] | frozenset[str]) -> dict[int, Callable[[str], Any]]:
    """The getters of ``spacy.vocab.create_vocab`` for a language with Indonesian's lexical attributes."""
    return {
        attrs.LOWER: str.lower,
        attrs.NORM: _norm(BASE_NORMS),
        attrs.PREFIX: operator.itemgetter(0),
        attrs.SUFFIX: operator.itemgetter(slice(-3, None)),
        attrs.IS_ALPHA: str.isalpha,
        attrs.IS_DIGIT: str.isdigit,
        attrs.IS_LOWER: str.islower,
        attrs.IS_SPACE: str.isspace,
        attrs.IS_TITLE: str.istitle,
        attrs.IS_UPPER: str.isupper,
        attrs.IS_STOP: _is_stop(frozenset(stop_words)),
        attrs.LIKE_EMAIL: like_email,
        attrs.LIKE_NUM: like_num,
        attrs.IS_PUNCT: is_punct,
        attrs.IS_ASCII: str.isascii,
        attrs.SHAPE: word_shape,
        attrs.IS_BRACKET: _is_in(("(", ")", "[", "]", "{", "}", "<", ">")),
        attrs.IS_QUOTE: _is_in(
            ('"', "'", "`", "«", "»", "‘", "’", "‚", "‛", "“", "”", "„", "‟", "‹", "›", "❮", "❯", "''", "``")
        ),
        attrs.IS_LEFT_PUNCT: _is_in(
            ("(", "[", "{", "<", '"', "'", "«", "‘", "‚", "‛", "“", "„", "‟", "‹", "❮", "``")
        ),
        attrs.IS_RIGHT_PUNCT: _is_in((")", "]", "}", ">", '"', "'", "»", "’", "”", "›", "❯", "''")),
        attrs.IS_CURRENCY: is_currency,
        attrs.LIKE_URL: like_url,
        # a constant: str.format ignores arguments its template does not name
        attrs.LANG: lang.format,
    }


def install(vocab, lang: str, stop_words: set[str] | frozenset[str]) -> None:
    """Swap a vocabulary's getters for these, keeping any it has that are not ours (``add_flag``)."""
    vocab.lex_attr_getters.update(getters(lang, stop_words))
