"""Rule-based sentence boundaries for Indonesian news (fast, no model).

A sentence ends at a line break, or after ``.`` ``!`` ``?`` ``…`` (with any closing quotes and brackets)
when the next token can start a sentence: a capital letter, a digit, or an opening quote. Abbreviations
stay inside their token (see ``language.py``), so their period never ends a sentence. On top of that:

- a period after a short form that always precedes a name or number (``Tb.``, ``JL.``, ``Pasal 3 jo.``,
  ``Kombes Pol.``; ``resources/sentences/abbreviations.txt``) does not end a sentence;
- a list marker (``1.``, ``a.``) at the start of a sentence or after ``:`` / ``;`` does not end one;
- a period inside brackets that close a few words later does not end one (``(E. hemisphaerica (Bl.)
  RM Smith)``);
- ``Tbk.``, ``Inc.``, ``dll.`` end a sentence before a capitalised word but not before a bracket;
- a sentence may start in lower case (as in comments and scraped social-media text) after a plain ``.``
  ``?`` ``!`` that follows a full word of at least four lower-case letters or a number of three or more
  digits, with no closing quote in between ("... di Italia. apakah ..."), but not after a quote closer
  ("“Siapa?” tanya dia") nor after ``...``.

Only the positions of sentence-final punctuation and line breaks are visited, so the cost is a regular
expression scan of the text plus a little work per candidate.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

import numpy as np
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from warta.doc import text_of
from warta.resources import read_lines

_ENDERS = {".", "!", "?", "…", "...", "?!", "!?", "!!", "??"}
_CLOSERS = {"”", "’", ")", "]", '"', "'", "»"}
_OPENERS = {"“", "‘", '"', "(", "«", "-", "—", "•", "``", "`", "'", "„", "‚"}
# abbreviations and units that often close a sentence ("... jagung dll. Konon ...", "... 5 kg. Harga ...")
_FINAL_ABBREVIATIONS = {"dll.", "dsb.", "dst.", "dkk.", "etc.", "kg.", "km.", "cm.", "mm."}
# words that end a company name and often a sentence, but not before a bracket: "Tbk. (BBRI)"
_FINAL_WORDS = {"tbk", "inc", "ltd", "corp", "co"}
# the last character of a run of sentence-final marks
_CANDIDATE = re.compile(r"[.!?…](?![.!?…])")
_NEWLINE = re.compile(r"\n\s*")
_LOWER_WORD_END = re.compile(r"[a-z]{4}$")
# lower-case continuations of a broken web address ("detik. com")
_NOT_LOWER_START = {"com", "co", "id", "net", "org", "html", "www"}
_BRACKET_LOOKAHEAD = 60
_STOP_INSIDE = re.compile(r"[.!?…]\s|\n")
_UNSET = np.iinfo(np.uint64).max  # SENT_START -1 (not a start) as Doc.from_array wants it


@cache
def _name_abbreviations() -> frozenset[str]:
    return frozenset(w.strip() for w in read_lines("sentences/abbreviations.txt"))


def _can_start(text: str) -> bool:
    ch = text[0]
    return ch.isupper() or ch.isdigit() or text in _OPENERS


def _is_list_marker(doc: Doc, k: int, starts: np.ndarray) -> bool:
    """Token ``k`` is ``1`` / ``12`` / ``a`` opening a sentence, a line, or an item after ``:`` / ``;``."""
    t = doc[k].text
    if not ((t.isdigit() and len(t) <= 2) or (len(t) == 1 and t.isalpha())):
        return False
    if k == 0 or starts[k] == 1:
        return True
    prev = doc[k - 1]
    return prev.text in (":", ";") or "\n" in prev.text or "\n" in prev.whitespace_


def _inside_brackets(text: str, sent_char: int, pos: int) -> bool:
    """``text[pos]`` sits inside a bracket opened a few words back (in this sentence) that closes a few words on."""
    before = text[max(sent_char, pos - _BRACKET_LOOKAHEAD) : pos]
    if before.count("(") <= before.count(")"):
        return False
    window = text[pos : pos + _BRACKET_LOOKAHEAD]
    k = window.find(")")
    return k >= 0 and _STOP_INSIDE.search(window, 0, k) is None


def set_sentence_starts(doc: Doc) -> Doc:
    n = len(doc)
    if n == 0:
        return doc
    text = text_of(doc)
    idx = doc.to_array(IDX).tolist()
    starts = np.full(n, _UNSET, dtype=np.uint64)
    starts[0] = 1
    line_starts = [bisect_right(idx, m.end()) - 1 for m in _NEWLINE.finditer(text) if m.end() < len(text)]
    starts[line_starts] = 1
    names = _name_abbreviations()
    last = 0  # token that starts the current sentence
    done = -1  # last token already handled as part of an ending
    for m in _CANDIDATE.finditer(text):
        i = bisect_right(idx, m.start()) - 1
        if i <= done:
            continue
        tok = doc[i]
        t = tok.text
        final_word = False
        if t in _FINAL_ABBREVIATIONS:
            final_word = True
        elif t in _ENDERS or not t.strip(".…!?"):
            if t == "." and i > 0 and not doc[i - 1].whitespace_:
                prev = doc[i - 1].text
                if prev in names or _is_list_marker(doc, i - 1, starts):
                    continue
                final_word = prev.lower() in _FINAL_WORDS
        else:
            continue
        b = bisect_right(line_starts, i)
        if b and line_starts[b - 1] > last:  # a line break since the last ending
            last = line_starts[b - 1]
        j = i + 1
        while j < n and doc[j].text in _CLOSERS and not doc[j - 1].whitespace_:
            j += 1
        closed = j > i + 1
        glued = j < n and not doc[j - 1].whitespace_ and not doc[j].is_space
        while j < n and doc[j].is_space:
            j += 1
        done = j - 1
        if j >= n:
            break
        nxt = doc[j].text
        if _can_start(nxt):
            if glued and not _glued_start(nxt):
                continue
            if final_word and (nxt == "(" or nxt.startswith("Ltd")):
                continue
            if "(" in text[idx[last] : idx[j]] and _inside_brackets(text, idx[last], idx[j]):
                continue
        elif not (
            nxt[0].islower()
            and nxt[0].isalpha()
            and not closed
            and not glued
            and t in (".", "?", "!")
            and i > 0
            and not doc[i - 1].whitespace_
            and _lower_start_ok(doc[i - 1].text, nxt)
        ):
            continue
        starts[j] = 1
        last = j
    doc.from_array([SENT_START], starts.reshape(-1, 1))
    return doc


def _glued_start(nxt: str) -> bool:
    """With no space after the stop, a word starts ("putus”.Sejak", "waktu.KPK") but not a code ("Pdt.G/2025")."""
    return nxt[0].isdigit() or nxt in _OPENERS or (len(nxt) > 1 and nxt[0].isupper() and nxt[1].isalpha())


def _lower_start_ok(prev: str, nxt: str) -> bool:
    if nxt in _NOT_LOWER_START:
        return False
    return (prev.isdigit() and len(prev) >= 3) or (
        _LOWER_WORD_END.search(prev) is not None and prev.isalpha()
    )


@Language.component("warta_sentences")
def warta_sentences(doc: Doc) -> Doc:
    return set_sentence_starts(doc)
