"""Rule-based sentence boundaries for Indonesian news (fast, no model).

A sentence ends at a line break, or after ``.`` ``!`` ``?`` ``…`` (with any closing quotes and brackets)
when the next token can start a sentence: a capital letter, a digit, or an opening quote. Abbreviations
stay inside their token (see ``language.py``), so their period never ends a sentence. A short
capitalised line with no final stop followed by a new clause is a headline and ends too.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

_ENDERS = {".", "!", "?", "…", "...", "?!", "!?", "!!", "??"}
_CLOSERS = {"”", "’", ")", "]", '"', "'", "»"}
_OPENERS = {"“", "‘", '"', "(", "«", "-", "—", "•", "``", "'"}
# abbreviations that often close a sentence ("... jagung dll. Konon ...")
_FINAL_ABBREVIATIONS = {"dll.", "dsb.", "dst.", "dkk.", "etc."}


def _can_start(text: str) -> bool:
    ch = text[0]
    return ch.isupper() or ch.isdigit() or text in _OPENERS


def set_sentence_starts(doc: Doc) -> Doc:
    n = len(doc)
    if n == 0:
        return doc
    starts = [False] * n
    starts[0] = True
    i = 0
    while i < n:
        tok = doc[i]
        if "\n" in tok.text_with_ws[len(tok.text) :] or (tok.is_space and "\n" in tok.text):
            j = i + 1
            while j < n and doc[j].is_space:
                j += 1
            if j < n:
                starts[j] = True
            i = j
            continue
        if (
            tok.text in _ENDERS
            or tok.text in _FINAL_ABBREVIATIONS
            or (tok.text and not tok.text.strip(".…!?"))
        ):
            j = i + 1
            while j < n and doc[j].text in _CLOSERS and not doc[j - 1].whitespace_:
                j += 1
            while j < n and doc[j].is_space:
                j += 1
            if j < n and _can_start(doc[j].text):
                starts[j] = True
            i = j
            continue
        i += 1
    for i, tok in enumerate(doc):
        tok.is_sent_start = starts[i]
    return doc


@Language.component("warta_sentences")
def warta_sentences(doc: Doc) -> Doc:
    return set_sentence_starts(doc)
