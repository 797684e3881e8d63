"""Faster ``finditer`` for big alternation regexes, with the same matches.

Python's regex engine tries a pattern at every position of the text. For a pattern such as
``\\b(?:(?P<part>awal|akhir|...)\\s+)?(?:tanggal\\s+)?(?P<d>\\d{1,2})\\s+(?P<mn>januari|...)`` under IGNORECASE,
each failed attempt walks several alternations. :func:`guard_first_char` prefixes the pattern with a
lookahead for the characters a match can start with (its FIRST set, read from the parsed pattern), so that
most positions fail on one character-class test. The lookahead only rules out positions where the pattern
cannot match, so the matches, their groups and their order are the same.
"""

from __future__ import annotations

import re
from re import _constants as C  # noqa: N812
from re import _parser

_CATEGORIES = {C.CATEGORY_DIGIT: r"\d", C.CATEGORY_WORD: r"\w", C.CATEGORY_SPACE: r"\s"}
_ZERO_WIDTH = {C.AT, C.ASSERT, C.ASSERT_NOT}
_REPEATS = {C.MAX_REPEAT, C.MIN_REPEAT} | (
    {C.POSSESSIVE_REPEAT} if hasattr(C, "POSSESSIVE_REPEAT") else set()
)


def guard_first_char(rx: re.Pattern[str]) -> re.Pattern[str]:
    """``rx`` behind a lookahead for its possible first characters; ``rx`` itself when that set is unknown
    (a negated class, a back-reference, a pattern that can match the empty string, ...)."""
    try:
        pieces, nullable = _first(list(_parser.parse(rx.pattern, rx.flags)))
    except Exception:  # noqa: BLE001 (a private parser: never worse than the pattern itself)
        return rx
    if not pieces or nullable:
        return rx
    # a VERBOSE pattern may end in a comment, hence the newline before the closing parenthesis
    end = "\n)" if rx.flags & re.VERBOSE else ")"
    return re.compile("(?=[" + "".join(sorted(pieces)) + "])(?:" + rx.pattern + end, rx.flags)


def _char(cp: int) -> str:
    return f"\\x{cp:02x}" if cp < 0x100 else f"\\u{cp:04x}" if cp < 0x10000 else f"\\U{cp:08x}"


def _first(seq: list) -> tuple[set[str] | None, bool]:
    """(class items a match of ``seq`` can start with, or None for any character; can it match empty?)"""
    pieces: set[str] = set()
    for op, av in seq:
        if op in _ZERO_WIDTH:
            continue
        if op is C.LITERAL:
            pieces.add(_char(av))
            return pieces, False
        if op is C.IN:
            for item, value in av:
                if item is C.LITERAL:
                    pieces.add(_char(value))
                elif item is C.RANGE:
                    pieces.add(_char(value[0]) + "-" + _char(value[1]))
                elif item is C.CATEGORY and value in _CATEGORIES:
                    pieces.add(_CATEGORIES[value])
                else:
                    return None, False
            return pieces, False
        if op is C.BRANCH:
            nullable = False
            for alternative in av[1]:
                sub, empty = _first(list(alternative))
                if sub is None:
                    return None, False
                pieces |= sub
                nullable |= empty
            if not nullable:
                return pieces, False
            continue
        if op is C.SUBPATTERN:
            sub, empty = _first(list(av[3]))
            if sub is None:
                return None, False
            pieces |= sub
            if not empty:
                return pieces, False
            continue
        if op in _REPEATS:
            sub, empty = _first(list(av[2]))
            if sub is None:
                return None, False
            pieces |= sub
            if av[0] > 0 and not empty:
                return pieces, False
            continue
        return None, False
    return pieces, True
