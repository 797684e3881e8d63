"""Repair scraped / machine-translated text for analysis while keeping a map back to the input.

Analysis runs on ``Normalized.text``; every record is mapped back with :meth:`Normalized.span` so that
offsets always index the caller's original string. Repairs (each one an edit of the original):

- non-breaking / narrow / figure spaces become plain spaces; zero-width characters and soft hyphens go;
- reduplication split by a stray space is joined again: ``rekan -rekan`` -> ``rekan-rekan``;
- glued paragraphs get their break back: ``baru.“Bendungan`` -> ``baru.\\n“Bendungan``;
- double quote marks (straight, curly, low-9, guillemets) get a direction from their context, so a
  later component can pair them: every one becomes “ (opening) or ” (closing);
- boilerplate lines ("Baca juga:", "ADVERTISEMENT", ...) are replaced by a line break and kept out of
  analysis; their original ranges are listed in ``Normalized.removed``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from warta.resources import read_lines, read_tsv

_SPACES = dict.fromkeys(map(ord, "\u00a0\u2007\u202f\u2002\u2003\u2009\u200a\u3000"), " ")
_DELETE = set("\u200b\u200c\u200d\u2060\ufeff\u00ad")
_DQUOTES = set('"“”„‟«»〝〞＂')
_OPEN, _CLOSE = "“", "”"

# reduplication split by a stray space: "rekan -rekan", "Minggu -minggu", "berhari -hari"
_REDUP = re.compile(r"(?<=\w) +-(?=[a-z])|(?<=\w)- +(?=\w)")
# a sentence end glued to the next paragraph: "baru.“Bendungan", "Ma'ruf.Baca juga:", "oleh KPK.Karena",
# "(APBN).Baca juga:", "Dilarang...Jumlah"
# (an acronym before the stop, but not a company form: "PT.Bank", "CV.Maju")
_GLUED = re.compile(
    r"(?:(?<=[a-z\d)]{2}[.!?])|(?<=[A-Z]\)[.!?])|(?<=[a-z]\.\.\.)|(?<=[a-z]…)|(?<=[A-Z]{2}[.!?])(?<!\bPT.)(?<!\bCV.)(?<!\bUD.))"
    r"([”\"’]?)(?=[“\"‘]?[A-Z][a-z])"
)
_WORD_BEFORE = re.compile(r"(\w+)$")
# a sentence glued to the next that opens with an acronym: "ujarnya.KPK menilai", "5 Juli 2024.SYL dituntut"
# or that closes with a bracket: "Selasa (9/7/2024).“BNPB mengimbau", "(Sumut).PKB belum"
_GLUED_ACRONYM = re.compile(
    r"(?:(?<=[a-z]{3}[.!?])|(?<=\b\d{4}[.!?])|(?<=\w{2}\)[.!?]))(?=[“\"‘]?[A-Z]{2,}\b)"
)
# A dateline at the top of a story names the outlet and where it was filed: "TRIBUNNEWS.COM, JAKARTA - ",
# "Suara.com - ", "TEMPO.CO Surabaya - ", "JAKARTA, KOMPAS.com -- ". It becomes a line of its own, so the
# first sentence starts with its own subject. Only with an outlet's web name: "Rapat KPU - Bawaslu" is no
# dateline.
_OUTLET = r"[A-Za-z]+(?:\.[A-Za-z]+)+"
_PLACE = r"[A-Z][A-Za-z]+(?:[ \t][A-Z][A-Za-z]+){0,2}"
_DATELINE = re.compile(
    rf"(?:{_OUTLET}(?:,?\s*{_PLACE})?|{_PLACE},\s*{_OUTLET})\s*(?:--|[-–—])(?P<space>[ \t\xa0]+)(?=[“\"A-Z0-9])"
)
# A reporter's byline before it is a credit, not content, and is kept out of the analysis: "Laporan
# Wartawan Tribunnews.com, Nama Wartawan TRIBUNNEWS.COM, JAKARTA - ..."
_BYLINE = re.compile(
    r"\A\s*Laporan\s+(?:[Ww]artawan|[Rr]eporter|[Kk]oresponden|[Jj]urnalis)\s+[\w.]+,?\s+"
    r"(?:[A-Z][\w'.-]*\s+){1,6}?(?=" + _OUTLET + r"\s*,?\s*(?:" + _PLACE + r"\s*)?(?:--|[-–—])\s)"
)
# a paragraph glued to a word with no stop between ("negara lainIa meminta", "Hasyim Asy'ariSebelumnya", "di
# JakartaSebelumnya") gets its break back, other glued words a space ("bukuHukum Bisnis", "junctoPasal 18");
# not "PlayStation", "insyaAllah", an address, an outlet ("detikNews", "dilansirAntara": see below)
_GLUED_WORD = re.compile(r"(?<![A-Za-z/.@#_-])([A-Za-z][a-z]{2,})(?=[A-Z][a-z])")
_JOINED_WORDS = ("insya", "insha", "masya")
_TOKEN_END = re.compile(r"\s")
_PLAIN_TOKEN = re.compile(r"[A-Za-z'’-]+[.,;:!?)”\"’]*")
# an outlet's name glued to the word before it when a link was stripped: "kepadadetikSulsel",
# "DilansirdetikFinance", "PantauandetikJateng"
_GLUED_OUTLET = re.compile(r"(?<=[a-z])(?=detik(?:com\b|[A-Z]))")
# a "Baca juga:" or "Pilihan Editor:" line glued to the text before it: "Ketua KPU RIBaca juga: ...",
# "PDI-P.Baca juga:", "PRAGA UTAMAPilihan Editor: ..."
_GLUED_READ_ALSO = re.compile(
    r"(?<=[A-Za-z0-9).!?])(?=(?:Baca|Simak|Lihat|Tonton) [Jj]uga\b|Pilihan [Ee]ditor\s*:)"
)
# a quote glued to the paragraph before it, which ends with no stop ("Hari Bhayangkara"Polri juga harus ...",
# "di luar Jawa“Daerah-daerah terpencil ..."): the quote opens a paragraph of its own
_GLUED_QUOTE = re.compile(r"(?<=[a-z]{2})(?=[“\"][A-Z][a-z])")
# the word that names a source glued to it: "dikutip dariReuters", "dilansirAFP", "kepadaCNBC"
_SOURCE_WORDS = ("dari", "kepada", "dilansir", "dikutip", "melalui", "lewat", "data")
_GLUED_SOURCE = re.compile(
    r"\b(?:" + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in _SOURCE_WORDS) + r")(?=[A-Z])"
)


@lru_cache(maxsize=1)
def _title_ends() -> frozenset[str]:
    """The last words of titles in the actor data ("Menteri Dalam Negeri", "Presiden"): a capitalised one
    glued to the next capitalised word is a title glued to a name ("NegeriTito"), not a brand."""
    return frozenset(
        row[0].split()[-1] for row in read_tsv("actors/agents.tsv") if len(row) > 1 and row[1] == "title"
    ) - {""}


@lru_cache(maxsize=1)
def _openers() -> frozenset[str]:
    return frozenset(read_lines("sentences/openers.txt"))


@lru_cache(maxsize=1)
def _boilerplate_words() -> re.Pattern[str]:
    """The boilerplate openers anywhere (glued ones too: "2024.Baca Juga:")."""
    return re.compile("|".join(re.escape(line) for line in read_lines("boilerplate.txt")), re.IGNORECASE)


@lru_cache(maxsize=1)
def _boilerplate() -> re.Pattern[str]:
    starts = [re.escape(line) for line in read_lines("boilerplate.txt")]
    return re.compile(
        r"(?:^[ \t]*|(?<=[.!?”\"’] ))(?:" + "|".join(starts) + r")", re.IGNORECASE | re.MULTILINE
    )


# where a scraped "Baca juga: <headline>" runs into the next paragraph with no break:
# "...Ekonomi LokalMantan ketua", "...Terapung\"Selain itu", "...UUDia menyebut", "...KPUIa menyampaikan",
# "...Hasto...Pernyataan"
_HEADLINE_END = re.compile(
    r"(?<=[a-z0-9)?!])(?=[A-Z][a-z])|(?<=[A-Za-z0-9)?!.])(?=[“\"][A-Za-z])|(?<=[A-Z])(?=[A-Z][a-z]{2,}\b)"
    r"|(?<=[A-Z]{2})(?=Ia )"
    r"|(?<=[a-z]\.\.\.)(?=[A-Z][a-z])|(?<=[a-z]…)(?=[A-Z][a-z])"
)
# a spaced opening quote after the headline starts the next paragraph when it quotes a sentence
_SPACED_QUOTE = re.compile(r" (?=[“\"]([^”\"\n]*)[”\"])")
# ... unless the quoted words are the linked title itself: 'Tonton juga video "..." di sini:'
_TITLE_LINK_END = re.compile(r"[ \t]*(?:di sini\b|disini\b|$)", re.IGNORECASE | re.MULTILINE)


# the label of a read-also link ("Baca juga:"), and the same inside a paragraph (after a no-break space,
# or with no punctuation before it): flattened pages
_READ_ALSO_LABEL = r"(?:Baca|Simak|Lihat) [Jj]uga\s*:"
_READ_ALSO = re.compile(_READ_ALSO_LABEL, re.IGNORECASE)
_INLINE_READ_ALSO = re.compile(r"(?<=\S)(?<!\n)[ \t]+(" + _READ_ALSO_LABEL + ")")


@lru_cache(maxsize=1)
def _headline_words() -> dict[str, frozenset[str]]:
    """resources/sentences/headline_words.tsv by kind: "small" (lower case inside a headline) and "after"
    (opens the sentence after one)."""
    kinds: dict[str, set[str]] = {"small": set(), "after": set()}
    for word, kind in (r[:2] for r in read_tsv("sentences/headline_words.tsv")):
        kinds[kind].add(word)
    return {k: frozenset(v) for k, v in kinds.items()}


_WORD_RUN = re.compile(r"\S+")


def _headline_end(text: str, begin: int, end: int) -> int | None:
    """Where a title-case headline that starts at ``begin`` gives way to the next sentence on the same
    line: after its "?", or before the sentence opener (else the last capitalised word) right before the
    first lower-case word ("... Soal Kematian Afif | Diberitakan sebelumnya, ..."); ``end`` when the line
    ends first; None when no sentence starts within 40 words."""
    words = _headline_words()
    caps: list[tuple[int, str]] = []
    prev = ""
    for n, m in enumerate(_WORD_RUN.finditer(text, begin, end)):
        if n >= 40:
            return None
        word = m.group()
        core = word.strip("\"“”‘’'(),:;")
        if not core:
            continue
        capital = core[:1].isupper() or core[:1].isdigit()
        if prev.endswith("?") and capital:
            return m.start()  # "Apa yang Dikorek KPK? | Hasto Penuhi Panggilan"
        if capital:
            caps.append((m.start() + word.index(core), core))
        elif core.lower() not in words["small"]:
            last = caps[-3:]
            # a sentence opener, or a small word in capitals, which title case would have kept lower case
            opener = [
                pos for pos, w in last if pos > begin and (w in words["after"] or w.lower() in words["small"])
            ]
            cut = opener[-1] if opener else (last[-1][0] if last else None)
            if not opener and len(last) >= 2:
                pair = text[last[-2][0] : last[-1][0] + len(last[-1][1])]
                # "... Dinasti Politik | Arie Putra lantas ...": a repeated name; "... Densus 88 |
                # Pembubaran JI diumumkan ...": a phrase the text repeats in lower case
                if text.lower().count(pair.lower()) >= 2:
                    cut = last[-2][0]
            return cut if cut is not None and cut > begin else None
        prev = word
    return end


def _read_also_end(text: str, start: int, begin: int, eol: int) -> int | None:
    """End of a "Baca juga: <Headline>" that starts at ``start`` (its headline at ``begin``): the glue
    point or the line's end, unless a sentence starts before it (``_headline_end``); None when no end is
    sure."""
    headline = _headline_end(text, begin, eol)
    if headline is None:
        return None
    glued = _boilerplate_end(text, start, eol)
    stop = min(glued, headline)
    rest = text[stop:glued]
    if len(rest.split()) <= 12 and not re.search(r"[.?!:;“”\"]", rest):
        # "... Golkar akan Beri Rekomendasi ... Besok" up to a glue point or a glued line break: the
        # headline's own lower-case words
        stop = glued
    while stop > start and text[stop - 1] == " ":
        stop -= 1
    return stop


def _boilerplate_end(text: str, start: int, end: int) -> int:
    """End of the boilerplate that starts at ``start``: the glue point, or the end of the line."""
    colon = text.find(":", start, min(end, start + 40))
    begin = (colon + 2) if colon >= 0 else start + 10
    m = _HEADLINE_END.search(text, begin, end)
    stop = m.start() if m else end
    q = _SPACED_QUOTE.search(text, begin, stop)
    if q and len(q.group(1).split()) >= 5 and not _TITLE_LINK_END.match(text, q.end() + len(q.group(1)) + 2):
        stop = q.start()
    return stop


@dataclass
class Normalized:
    """Repaired text plus, for each of its characters, the original characters it came from."""

    original: str
    text: str
    starts: list[int] = field(repr=False)
    ends: list[int] = field(repr=False)
    removed: list[tuple[int, int]] = field(default_factory=list)

    def offset(self, i: int) -> int:
        """Original offset of a normalised start offset."""
        if i >= len(self.text):
            return len(self.original)
        return self.starts[i]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised ``[start, end)`` to the original string."""
        if end <= start:
            o = self.offset(start)
            return o, o
        return self.starts[start], self.ends[end - 1]


def _quote_open(text: str, at: int) -> bool:
    """Whether a double quote opened in ``at``'s paragraph is still open there (marks read as
    ``_direct_quotes`` reads them)."""
    marks = _mark_directions(text[text.rfind("\n", 0, at) + 1 : at])
    return bool(marks) and marks[-1][1] == _OPEN


def normalize(original: str) -> Normalized:
    # pass 1: character-level repairs and paragraph breaks
    edits: list[tuple[int, int, str]] = []  # (start, end, replacement) in the original
    for m in _REDUP.finditer(original):
        if "- " in m.group(0):
            before = _WORD_BEFORE.search(original, 0, m.start())
            after = re.match(r"\w+", original[m.end() :])
            if not (before and after and before.group(1).lower().endswith(after.group(0).lower())):
                continue
        edits.append((m.start(), m.end(), "-"))
    for m in _GLUED.finditer(original):
        if original[m.start() - 2].isupper():  # an acronym before the stop ("KPK"), not a code ("2025/PN")
            word = original[max(0, m.start() - 41) : m.start() - 1].split()[-1]
            if "/" in word or "." in word:
                continue
        if m.group(1) == '"' and not _quote_open(original, m.start(1)):
            # 'tahun sebelumnya."Pada momen ...,” ujar Yaqut': no quote is open, so the straight mark
            # opens the next paragraph's quote rather than closing this one
            edits.append((m.start(1), m.start(1), "\n"))
            continue
        edits.append((m.end(), m.end(), "\n"))
    for m in _GLUED_QUOTE.finditer(original):
        since = max(original.rfind(c, 0, m.start()) for c in "\n.!?") + 1  # this sentence so far
        if _boilerplate_words().search(original, since, m.start()):
            continue  # 'Tonton juga video"Zulhas: ..." di sini:': a boilerplate line, cut whole below
        # an opening mark, not a closing one ('... selesai"Kata')
        if original[m.start()] == "“" or not _quote_open(original, m.start()):
            edits.append((m.start(), m.start(), "\n"))
    for m in _GLUED_ACRONYM.finditer(original):
        word = original[max(0, m.start() - 60) : m.start()].split()[-1]
        if ("/" in word and not word.startswith("(")) or word.lower().startswith(("www", "http")):
            continue  # an address: "https://nasional.KOMPAS.com" (a date in brackets is none: "(9/7/2024).")
        edits.append((m.start(), m.start(), "\n"))
    for m in _GLUED_OUTLET.finditer(original):
        edits.append((m.start(), m.start(), " "))
    for m in _GLUED_READ_ALSO.finditer(original):
        edits.append((m.start(), m.start(), "\n"))
    for m in _GLUED_SOURCE.finditer(original):
        edits.append((m.end(), m.end(), " "))
    # after the more specific glue rules above, which win at the same place ("diaBaca juga:")
    for m in _GLUED_WORD.finditer(original):
        word = m.group(1).lower()
        if word.startswith(_JOINED_WORDS) or "detik" in word or word.endswith(_SOURCE_WORDS):
            continue
        token_end = _TOKEN_END.search(original, m.end())
        token = original[m.start() : token_end.start() if token_end else len(original)]
        if not _PLAIN_TOKEN.fullmatch(token):
            continue  # an address or a code: "isvqUn/?igsh=...", "wzmBu4zNRM"
        tail = re.match(r"[A-Za-z]+", original[m.end() :]).group(0)
        if tail in _openers():
            edits.append((m.end(), m.end(), "\n"))
        elif _boilerplate_words().search(original, original.rfind("\n", 0, m.start()) + 1, m.start()):
            pass  # a "Baca juga: ... Asy'ariBagja menyampaikan" line: the glue point ends the headline
        elif m.group(1).islower() or (len(word) > 3 and word in _title_ends()):
            # a capitalised pair is mostly a brand ("YouTube", "NasDem", "AirAsia"), but not a title and a
            # name ("Menteri Dalam NegeriTito Karnavian")
            edits.append((m.end(), m.end(), " "))
    for i, ch in enumerate(original):
        if ch in _DELETE:
            edits.append((i, i + 1, ""))
        elif ord(ch) in _SPACES:
            edits.append((i, i + 1, " "))
    byline = _BYLINE.match(original)
    dateline = _DATELINE.match(original, byline.end() if byline else len(original) - len(original.lstrip()))
    if dateline:  # its line break replaces the spaces after the dash (a no-break one among them too)
        gap = (dateline.start("space"), dateline.end("space"))
        edits = [x for x in edits if not gap[0] <= x[0] < gap[1]] + [(*gap, "\n")]
    text1, starts1, ends1 = _apply(original, _without_overlaps(edits))

    # pass 2: boilerplate lines (found after the glued ones got their own line)
    cut = []
    byline = _BYLINE.match(text1)
    if byline:
        cut.append((len(text1) - len(text1.lstrip()), byline.end(), ""))
    for m in _boilerplate().finditer(text1):
        if cut and m.start() < cut[-1][1]:
            continue
        eol = text1.find("\n", m.start())
        eol = len(text1) if eol < 0 else eol
        stop = _boilerplate_end(text1, m.start(), eol)
        label = _READ_ALSO.match(text1, m.start())
        if label is not None:
            # a flattened page goes on after the headline on the same line ("Baca juga: Menag Klaim
            # Pelaksanaan Haji 2024 Lebih Baik dari Sebelumnya Oleh sebab itu, ..."): the text stays
            headline_end = _read_also_end(text1, m.start(), label.end(), eol)
            stop = stop if headline_end is None else headline_end
        cut.append((m.start(), stop, "\n" if stop < eol else ""))
    for m in _INLINE_READ_ALSO.finditer(text1):
        start = m.start(1)
        if any(a <= start < b for a, b, _ in cut):
            continue
        eol = text1.find("\n", start)
        eol = len(text1) if eol < 0 else eol
        stop = _read_also_end(text1, start, m.end(1), eol)
        if stop is None:
            continue  # no sure end: the words stay rather than a sentence be lost
        cut.append((start, stop, "\n"))
    cut.sort()
    text2, starts2, ends2 = _apply(text1, cut)
    n1 = len(original)
    starts = [starts1[j] if j < len(starts1) else n1 for j in starts2]
    ends = [ends1[j - 1] if j > 0 else 0 for j in ends2]
    removed = [(starts1[s], ends1[e - 1]) for s, e, _ in cut]
    return Normalized(original, _direct_quotes(text2), starts, ends, removed)


def _without_overlaps(edits: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    last_end = -1
    for s, e, r in sorted(edits, key=lambda x: (x[0], x[1])):
        if s < last_end or (s == last_end and e == s and out and out[-1][1] == s and out[-1][0] == s):
            continue
        out.append((s, e, r))
        last_end = max(last_end, e)
    return out


def _apply(original: str, edits: list[tuple[int, int, str]]) -> tuple[str, list[int], list[int]]:
    parts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for s, e, rep in edits:
        if s > pos:
            parts.append(original[pos:s])
            starts.extend(range(pos, s))
            ends.extend(range(pos + 1, s + 1))
        if rep:
            parts.append(rep)
            if e > s and len(rep) == e - s:
                starts.extend(range(s, e))
                ends.extend(range(s + 1, e + 1))
            else:
                starts.extend([s] * len(rep))
                ends.extend([e if e > s else s] * len(rep))
        pos = max(pos, e)
    if pos < len(original):
        parts.append(original[pos:])
        starts.extend(range(pos, len(original)))
        ends.extend(range(pos + 1, len(original) + 1))
    return "".join(parts), starts, ends


def _mark_directions(text: str) -> list[tuple[int, str]]:
    """(index, direction) of every double quote mark in ``text``, from its flanks, falling back on
    parity; a paragraph break resets the pairing (unbalanced quotes stay local)."""
    marks: list[tuple[int, str]] = []
    is_open = False
    for i, ch in enumerate(text):
        if ch == "\n":
            is_open = False
            continue
        if ch not in _DQUOTES:
            continue
        prev = text[i - 1] if i else " "
        nxt = text[i + 1] if i + 1 < len(text) else " "
        left_space = prev.isspace() or prev in "([{—-–:"
        right_space = nxt.isspace() or nxt in ".,;:!?)]}—–"
        if left_space and not right_space:
            mark = _OPEN
        elif right_space and not left_space:
            mark = _CLOSE
        else:
            mark = _CLOSE if is_open else _OPEN
        marks.append((i, mark))
        is_open = mark == _OPEN
    return marks


def _direct_quotes(text: str) -> str:
    """Give every double quote mark a direction from its flanks, falling back on parity."""
    if not any(ch in _DQUOTES for ch in text):
        return text
    chars = list(text)
    for i, mark in _mark_directions(text):
        chars[i] = mark
    return "".join(chars)
