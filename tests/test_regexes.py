"""guard_first_char: the same matches as the pattern itself, found sooner."""

from __future__ import annotations

import random
import re

from warta.examples import records
from warta.regexes import guard_first_char
from warta.time.recognise import patterns


def _matches(rx: re.Pattern[str], text: str) -> list[tuple[int, int, dict]]:
    return [(m.start(), m.end(), m.groupdict()) for m in rx.finditer(text)]


def test_a_pattern_that_can_start_anywhere_or_match_empty_is_left_alone():
    for source in (r"[^a]b", r"(x)?\1?", r"a*", r"\b(?:foo)?", r"."):
        rx = re.compile(source)
        assert guard_first_char(rx) is rx


def test_the_guard_names_the_possible_first_characters():
    rx = guard_first_char(re.compile(r"\b(?:(?:awal|akhir)\s+)?(?:\d{1,2}|tgl)\b", re.IGNORECASE))
    assert rx.pattern.startswith("(?=[") and "\\x61" in rx.pattern and "\\d" in rx.pattern
    assert _matches(rx, "Pada AWAL 12 dan tgl dan 345 xawal 7") == [(5, 12, {}), (17, 20, {}), (35, 36, {})]


def test_time_patterns_find_what_the_unguarded_patterns_find():
    rng = random.Random(3)
    words = [
        "awal",
        "akhir",
        "tanggal",
        "12",
        "Maret",
        "2024",
        "pukul",
        "10.00",
        "WIB",
        "Senin",
        "Minggu",
        "minggu",
        "lalu",
        "pekan",
        "depan",
        "tiap",
        "hari",
    ]
    texts = [r.text for r in records()]
    texts += [" ".join(rng.choice(words) for _ in range(rng.randint(1, 30))) for _ in range(300)]
    texts += ["ſetiap hari", "K 12 Januari", "setiap\u00a0Senin", "Rabu (12/3) pagi"]
    for name, guarded in patterns().items():
        plain = re.compile(guarded.pattern[guarded.pattern.index("])(?:") + 5 : -2], guarded.flags)  # VERBOSE
        assert guarded.pattern != plain.pattern, name
        for text in texts:
            assert _matches(guarded, text) == _matches(plain, text), (name, text)
