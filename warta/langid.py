"""Document-level language check: Indonesian vs Malay vs English (lingua, low-accuracy mode).

Low-accuracy mode keeps memory at ~25 MB and loads in milliseconds; on whole documents it is reliable.
Texts too short to judge (under ``MIN_LETTERS`` letters) are not checked.
"""

from __future__ import annotations

import re
from functools import cache

from warta.resources import read_tsv

MIN_LETTERS = 40
_CODES = {"INDONESIAN": "id", "MALAY": "ms", "ENGLISH": "en"}


@cache
def _detector():
    from lingua import Language, LanguageDetectorBuilder

    return (
        LanguageDetectorBuilder.from_languages(Language.INDONESIAN, Language.MALAY, Language.ENGLISH)
        .with_low_accuracy_mode()
        .build()
    )


def detect(text: str) -> str | None:
    """'id', 'ms' or 'en' for a document; None when it is too short or unlike all three."""
    sample = text[:20000]
    if sum(ch.isalpha() for ch in sample) < MIN_LETTERS:
        return None
    lang = _detector().detect_language_of(sample)
    code = _CODES.get(lang.name) if lang is not None else None
    if code == "ms" and _marker_vote(sample) > 0:
        code = "id"  # Indonesian spelling wins over the detector's Malay guess (loanword-heavy topics)
    return code


@cache
def _markers() -> dict[str, int]:
    return {word: (1 if lang == "id" else -1) for word, lang in read_tsv("langid_markers.tsv")}


def _marker_vote(text: str) -> int:
    markers = _markers()
    return sum(markers.get(w, 0) for w in re.findall(r"[a-z]+", text.lower()))
