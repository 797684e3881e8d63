"""The time lexicons (``warta/resources/time/*.tsv``) loaded once into lookup tables and regex pieces.

Words live in data files so that a linguist can add a variant without touching code; this module only
turns them into dicts (value lookup after a match) and alternations (one regex per family).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from warta.resources import read_tsv


@dataclass(frozen=True)
class Unit:
    designator: str  # ISO 8601 letter (Y M W D H S) or TimeML DE/CE
    clock: bool  # goes after "T" in a duration
    factor: int  # semester = 6 months, windu = 8 years


@dataclass(frozen=True)
class TimeLexicon:
    weekdays: dict[str, int]
    months: dict[str, int]
    bare_months: frozenset[str]
    numbers: dict[str, tuple[float, str]]
    units: dict[str, Unit]
    se_units: frozenset[str]
    relative: dict[str, tuple[int, str]]
    deictic: dict[str, tuple[int, str]]
    dayparts: dict[str, tuple[str, bool]]
    parts: dict[str, str]
    zones: dict[str, str]
    periods: dict[str, str]
    vague: dict[str, str]
    cues: dict[str, frozenset[str]]


def key(words: str) -> str:
    """Lookup key of a matched phrase: lower case, single spaces, one apostrophe form."""
    return " ".join(words.lower().replace("’", "'").split())


def alternation(words: object) -> str:
    """A regex alternation of phrases, longest first, spaces matching any whitespace run."""
    items = sorted({str(w) for w in words}, key=len, reverse=True)  # type: ignore[attr-defined]
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items)


@lru_cache(maxsize=1)
def lexicon() -> TimeLexicon:
    """Read every time resource file once per process."""
    units = {}
    se_units = set()
    for word, designator, clock, se, factor in read_tsv("time/units.tsv"):
        units[word] = Unit(designator, clock == "yes", int(factor))
        if se == "yes":
            se_units.add(word)
    cues: dict[str, set[str]] = {}
    for word, kind in read_tsv("time/cues.tsv"):
        cues.setdefault(kind, set()).add(word)
    return TimeLexicon(
        weekdays={key(w): int(n) for w, n in read_tsv("time/weekdays.tsv")},
        months={key(w): int(n) for w, n, _ in read_tsv("time/months.tsv")},
        bare_months=frozenset(key(w) for w, _, bare in read_tsv("time/months.tsv") if bare == "yes"),
        numbers={w: (float(v), kind) for w, v, kind in read_tsv("time/numbers.tsv")},
        units=units,
        se_units=frozenset(se_units),
        relative={key(w): (int(o), a) for w, o, a in read_tsv("time/relative.tsv")},
        deictic={key(w): (int(o), a) for w, o, a in read_tsv("time/deictic.tsv")},
        dayparts={key(w): (c, pm == "yes") for w, c, pm in read_tsv("time/dayparts.tsv")},
        parts={key(w): m for w, m in read_tsv("time/parts.tsv")},
        zones={w: o for w, o in read_tsv("time/timezones.tsv")},
        periods={key(w): s for w, s in read_tsv("time/periods.tsv")},
        vague={key(w): v for w, v in read_tsv("time/vague.tsv")},
        cues={k: frozenset(v) for k, v in cues.items()},
    )


def parse_number(words: str) -> float | None:
    """Value of a written number: digits ("30", "1,5", "2 (dua)") or words ("dua puluh lima", "sebelas")."""
    text = words.strip().lower()
    digits = re.match(r"(\d+(?:[.,]\d+)?)", text)
    if digits:
        return float(digits.group(1).replace(",", "."))
    table = lexicon().numbers
    total = 0.0
    pending = 0.0  # the last digit word, waiting for belas/puluh/ratus/ribu
    for tok in text.split():
        if tok not in table:
            return None
        value, kind = table[tok]
        if kind == "digit":
            pending += value
        elif kind == "word" or kind == "half":
            total += value
        elif tok == "belas":
            total, pending = total + (pending or 1) + 10, 0.0
        elif tok == "ribu":
            total, pending = (total + (pending or 1)) * 1000, 0.0
        else:  # puluh, ratus
            total, pending = total + (pending or 1) * value, 0.0
    return total + pending
