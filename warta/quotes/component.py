"""`warta_quotes`: who said what, to whom, with every speaker resolved to ``doc._.entities``.

Why rules first: Indonesian news attributes speech in a handful of fixed shapes ("“…,” kata X",
"X mengatakan, …", "Menurut X, …", "Hal itu disampaikan X"), and quote marks are already directed by the
normaliser, so a careful reading of marks + cue lexicon (``resources/quotes``) is fast and precise.
Steps:

1. quote segments: pair “ ” inside paragraphs; an unclosed quote runs to the paragraph end and goes on
   when the next paragraph reopens with “ (the multi-paragraph convention);
2. cues: every lexicon cue outside a quote; post cues ("kata X") attach to the quote they follow,
   speaker-first verbs and "menurut X" give indirect statements (or a direct one when a quote follows
   at once, "X mengatakan: “…”"); quoted fragments inside an indirect statement are part of it (mixed);
3. runs: consecutive quotes with nothing but their attribution between them are one statement under
   one cue; a bare quote after narration takes the previous speaker (or a "Hal itu disampaikan X" after
   it);
4. speakers: :class:`warta.quotes.speakers.Resolver` links names, pronouns, clitics and titles to entities.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc

from warta.doc import sentence_index, text_of, tokens
from warta.doc import span as make_span
from warta.model import Quote
from warta.quotes.lexicon import lexicon
from warta.quotes.speakers import WORD, Resolver, Speaker, classify, phrase_after, phrase_before

OPEN, CLOSE = "“", "”"
_MIN_WORDS = 3
_BAHWA = re.compile(r"\s*(?:[,:]\s*)?(?:bahwa|bahwasanya|jika|kalau|agar|supaya)?\s*[,:]?\s*", re.IGNORECASE)
_ADDRESSEE = re.compile(
    r"\s+(?:kepada|pada|ke)\s+((?:[\w'’.\-]+\s?){1,6}?)(?=\s*(?:,|:|bahwa\b|\s(?:di|dalam|saat|pada|melalui|usai|seusai|ketika)\b|$))",
    re.IGNORECASE,
)
_PASSIVE_REF = re.compile(
    r"\b(?:hal|pernyataan|keterangan|penjelasan|ungkapan|informasi)\s+(?:itu|ini|tersebut)\s+$", re.IGNORECASE
)
# "mengungkapkan hal itu berdasarkan …", "menyampaikan hal tersebut saat …": the object points back; not
# "menyebut hal ini tidak bisa dianggap remeh" nor "menilai hal ini sebagai pelanggaran", where "hal ini" is
# part of what is said
_BACK_REF = re.compile(
    r"hal\s+(?:itu|ini|tersebut)(?=\s*(?:[.;]|,(?!\s*(?:yakni|yaitu|bahwa)\b)|$|(?:berdasarkan|dalam|di|saat|"
    r"usai|seusai|sesudah|setelah|ketika|kepada|pada|melalui|lewat|via|menanggapi|merespons|merespon|dengan|dari|sambil|"
    r"sembari|seraya|sebelum|terkait|kemarin|hari|kala|waktu)\b))",
    re.IGNORECASE,
)
# a connective before a mid-sentence post cue: "Selain itu kata Prabowo, pihaknya juga …"
_LEAD_IN = re.compile(
    r"(?:selain itu|namun|sementara itu|di sisi lain|lebih lanjut|kemudian|lalu|tetapi|akan tetapi|meski begitu|"
    r"karena itu|oleh karena itu|untuk itu|dengan demikian)\s*,?",
    re.IGNORECASE,
)
# a clause after a weak cue: a short subject, then a modal or aspect word ("mengusulkan anggota DPR dapat
# ikut …", "menyiratkan Nasdem saat ini sudah condong …"), not an object ("mengusulkan pembentukan satgas")
_SUBJECT_MODAL = re.compile(
    r"(?!(?:hal|maaf|permohonan|permintaan)\b)"
    r"(?:(?!(?:yang|dengan|dan|untuk|terhadap|di|ke|dari|pada|oleh|bagi|kepada|dalam|atas|tentang)\b)[\w'’-]+\s+){1,4}"
    r"(?:saat ini\s+|kini\s+)?"
    r"(?:dapat|bisa|harus|perlu|segera|sudah|telah|akan|masih|belum|tidak|tak|wajib|mesti)\b"
)
_PROPOSED_THING = re.compile(
    r"(?:(?:pagu|tambahan)\s+)?anggaran\b(?:\s+\S+){0,5}?\s+(?:sebesar|senilai|rp)\b|pagu\b|(?:nama|calon)\b",
    re.IGNORECASE,
)
# a sentence that goes on from the one before: "Mobil tersebut …", "Tujuannya, …", "Ia …"
_GOES_ON = re.compile(
    r"\W*(?!sementara\s+itu\b)(?:(?:\S+\s+){0,2}?(?:tersebut|itu|ini)\b"
    r"|(?:ia|dia|mereka|beliau|pihaknya|namun|(?:tujuan|alasan|akibat|hasil|arti|maksud|dampak)nya)\b)",
    re.IGNORECASE,
)
_OBJECT_NP = re.compile(
    r"(?:alasan|pentingnya|soal|mengenai|tentang|perihal|rasa|apresiasi)\b"
    r"|(?:\S+\s+){0,2}(?:tersebut|itu|ini)\s+(?:dalam(?!\s+rangka)|di|pada|saat|kepada|melalui|usai|seusai|ketika)\b",
    re.IGNORECASE,
)


@dataclass
class Segment:
    """Text between one pair of quote marks (content offsets exclude the marks)."""

    start: int
    end: int
    open: int | None  # index of “ (None: continues a quote from the previous paragraph)
    close: int | None  # index of ” (None: runs to the paragraph end)
    para: int
    cue: tuple[int, int, str, str] | None = None  # (start, end, form, kind)
    speaker: Speaker | None = None
    addressee: tuple[int, int] | None = None
    absorbed: bool = False
    attr_end: int = 0  # end of the attribution clause after the quote


@dataclass
class Draft:
    start: int
    end: int
    direct: bool
    cue: tuple[int, int, str, str] | None
    speaker: Speaker | None
    addressee: tuple[int, int] | None = None
    confidence: float = 0.8
    segments: list[Segment] = field(default_factory=list)
    inherit: bool = False  # bare quote: speaker from context


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out = []
    pos = 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _headline(text: str, para: tuple[int, int], first: bool) -> bool:
    """A short first line with no final stop is a headline: no quotes there."""
    line = text[para[0] : para[1]].strip()
    return first and bool(line) and line[-1] not in '.!?”"’:' and len(line.split()) <= 20


def find_segments(text: str) -> list[Segment]:
    segs: list[Segment] = []
    paras = _paragraphs(text)
    prev_open = False  # the previous non-empty paragraph ended inside a quote
    first_content = True
    for pi, (a, b) in enumerate(paras):
        if not text[a:b].strip():
            continue
        if _headline(text, (a, b), first_content) and pi + 1 < len(paras):
            first_content = False
            prev_open = False
            continue
        first_content = False
        cur: int | None = None  # index of the open mark
        starts_para = text[a:b].lstrip()[:1]
        open_at_end = False
        for i in range(a, b):
            ch = text[i]
            if ch == OPEN:
                if cur is not None:  # an opener inside an open quote: the earlier one never closed
                    segs.append(Segment(cur + 1, i, cur, None, pi))
                cur = i
            elif ch == CLOSE:
                if cur is not None:
                    segs.append(Segment(cur + 1, i, cur, i, pi))
                    cur = None
                elif prev_open and not any(s.para == pi for s in segs) and starts_para != OPEN:
                    # the quote of the previous paragraph closes here
                    segs.append(Segment(a + (len(text[a:b]) - len(text[a:b].lstrip())), i, None, i, pi))
                elif re.match(r"\s*,?\s*\w", text[i + 1 : i + 40]) and _post_cue_at(text, i + 1):
                    # a stray closer followed by "kata X": the opener is missing, take the sentence
                    s0 = max(text.rfind(". ", a, i) + 2 if text.rfind(". ", a, i) >= 0 else a, a)
                    segs.append(Segment(s0, i, None, i, pi))
        if cur is not None:
            segs.append(Segment(cur + 1, b, cur, None, pi))
            open_at_end = True
        prev_open = open_at_end
    for s in segs:
        while s.start < s.end and text[s.start].isspace():
            s.start += 1
        while s.end > s.start and text[s.end - 1] in " \t,":
            s.end -= 1
    return [s for s in segs if s.end > s.start]


def _post_cue_at(text: str, pos: int) -> re.Match[str] | None:
    lex = lexicon()
    m = re.compile(r"\s*,?\s*(?:(?:demikian|begitu)\s+)?").match(text, pos)
    assert m is not None
    cm = lex.cue_re.match(text, m.end())
    if cm and lex.cue_kind.get(cm.group(1).lower()) in ("post", "verb", "passive", "menurut"):
        return cm
    return None


_GENERIC_POST = re.compile(
    r"(?<=[,?!]”)\s*([a-z]{3,}(nya)?)(?=\s+(?:[A-Z]|dia\b|ia\b|beliau\b|warganet\b|netizen\b)|[\s.,]*$|\.)"
)


def generic_post_cues(text: str, segs: list[Segment]) -> list[tuple[int, int, str, bool]]:
    """'“…,” sindir Tomsi', '“…,” kritik warganet': any lowercase word right after ',”' followed by a
    speaker is a speech verb."""
    out = []
    for s in segs:
        if s.close is None or s.cue is not None:
            continue
        m = _GENERIC_POST.match(text, s.close + 1, min(len(text), s.close + 40))
        if m and (m.group(2) or not m.group(1).endswith("nya")):
            word = m.group(1)
            if lexicon().klass(word) in ("pronoun", "plural", "adverb") or word in (
                "dan",
                "yang",
                "sebab",
                "karena",
            ):
                continue
            out.append((m.start(1), m.end(1), word, bool(m.group(2))))
    return out


def _sentence_bounds(doc: Doc, pos: int) -> tuple[int, int]:
    sents = doc._.sentences or [(0, len(text_of(doc)))]
    i = sentence_index(doc, pos)
    s, e = sents[i]
    return s, max(e, pos)


def _words(text: str) -> int:
    return len(WORD.findall(text))


def _strip_content(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in ",:;"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:"):
        end -= 1
    if start < end and text[start] == OPEN and CLOSE not in text[start:end]:
        start += 1
    if end > start and text[end - 1] == CLOSE and OPEN not in text[start : end - 1]:
        end -= 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:"):
        end -= 1
    return start, end


def _inside(segs: list[Segment], pos: int) -> Segment | None:
    for s in segs:
        if s.start <= pos < s.end:
            return s
    return None


def _addressee(text: str, pos: int, limit: int) -> tuple[tuple[int, int] | None, int]:
    m = _ADDRESSEE.match(text, pos, limit)
    if not m:
        return None, pos
    return (m.start(1), m.end(1)), m.end()


def _addressee_after(text: str, pos: int, limit: int) -> tuple[int, int] | None:
    """'kepada X' a few words after a post cue's speaker: '“…,” kata dia kepada Kompas.com'."""
    m = re.compile(r"[^,.;\n]{0,40}?\bkepada\s+").search(text, pos, limit)
    if not m or m.start() != pos and text[pos : m.start()].count(" ") > 5:
        return None
    words = re.compile(r"(?:[A-Z][\w.'’\-]*\s?){1,5}").match(text, m.end(), limit)
    return (words.start(), words.end() - (1 if words.group().endswith(" ") else 0)) if words else None


def _segment_after(segs: list[Segment], text: str, pos: int, limit: int) -> Segment | None:
    """A quote that opens right after pos (only adjuncts and a colon/comma between)."""
    for s in segs:
        if s.open is not None and pos <= s.open < limit:
            gap = text[pos : s.open]
            if gap.strip() in ("", ":", ",") or (_words(gap) <= 10 and gap.rstrip().endswith((":", ","))):
                return s
            return None
    return None


def find_drafts(doc: Doc) -> list[Draft]:
    text = text_of(doc)
    lex = lexicon()
    segs = find_segments(text)
    paras = _paragraphs(text)
    headline_end = 0
    for pi, (a, b) in enumerate(paras):
        if text[a:b].strip():
            if _headline(text, (a, b), True) and pi + 1 < len(paras):
                headline_end = b
            break
    drafts: list[Draft] = []
    passive_refs: list[tuple[int, tuple[int, int, str, str], Speaker]] = []

    for m in lex.cue_re.finditer(text):
        cs, ce = m.start(), m.end()
        if cs < headline_end or _inside(segs, cs):
            continue
        form = m.group(1).lower()
        kind = lex.cue_kind[form]
        nya = bool(m.group(2))
        cue = (cs, ce, m.group(0), kind)
        s0, s1 = _sentence_bounds(doc, cs)
        if kind == "verb" and nya:
            continue  # "mengatakannya": the object, not a speaker
        before = text[s0:cs]
        prev_word = WORD.findall(before)[-1].lower() if WORD.findall(before) else ""
        modal = ("yang", "untuk", "akan", "ingin", "bisa", "dapat", "harus", "tak", "tidak", "belum")
        if prev_word in modal and (kind != "post" or prev_word in ("yang", "untuk")):
            continue  # "yang mengatakan", "untuk menjawab": no statement of a speaker here
        if kind in ("post", "passive") or (kind == "menurut" and before.strip() != ""):
            # after a quote? "“…,” kata X"
            seg = _closing_before(segs, text, cs)
            if kind == "passive":
                sp = phrase_after(text, ce, s1) if not nya else Speaker(cs, ce, "clitic")
                if sp is None:
                    continue
                ref = _PASSIVE_REF.search(text, s0, cs)
                if ref or (seg is not None and lex.cue_strength.get(form) == "strong"):
                    passive_refs.append((cs, cue, sp))
                    continue
                if lex.cue_strength.get(form) != "strong":
                    continue  # "disebut" tells speech only after "hal itu": "TAS juga disebut sempat duduk"
                if before.strip() == "":  # "Dikatakan X, …"
                    rest = _content_after_phrase(text, sp.end, s1)
                    if rest:
                        drafts.append(Draft(*rest, direct=False, cue=cue, speaker=sp, confidence=0.7))
                continue
            sp = Speaker(cs, ce, "clitic") if nya else phrase_after(text, ce, s1)
            if seg is not None and kind == "post":
                if seg.cue is None:
                    seg.cue, seg.speaker = cue, sp
                    seg.attr_end = s1
                    seg.addressee = _addressee_after(text, sp.end if sp else ce, s1)
                continue
            if seg is not None and kind == "menurut":
                if seg.cue is None:
                    seg.cue, seg.speaker = cue, sp
                    seg.attr_end = s1
                continue
            if sp is None:
                continue
            # indirect with a post cue: "…, kata Wisnu." or "Dari sisi regulasi, kata Wisnu, skema …"
            after = _content_after_phrase(text, sp.end, s1)
            head = _strip_content(text, s0, cs)
            # "Kata Dewa, pemasangan CCTV ini …" (not "Kata 'Asian Value' dan …", the word itself)
            opens = (
                not text[s0:cs].strip() and form == "kata" and re.match(r"\s*,", text[sp.end : sp.end + 3])
            )
            if (
                after
                and (
                    opens or text[cs - 2 : cs].strip() in (",", "") or _LEAD_IN.fullmatch(text[s0:cs].strip())
                )
                and _words(text[after[0] : after[1]]) >= 4
                and (text[s0:cs].strip() or opens)
            ):
                drafts.append(Draft(*after, direct=False, cue=cue, speaker=sp, confidence=0.75))
            elif text[s0:cs].rstrip().endswith(",") and _words(text[head[0] : head[1]]) >= 4:
                drafts.append(Draft(*head, direct=False, cue=cue, speaker=sp, confidence=0.75))
            continue
        if kind == "menurut":  # sentence-initial "Menurut X, …"
            sp = Speaker(cs, ce, "clitic") if nya else phrase_after(text, ce, s1)
            if sp is None:
                continue
            rest = _content_after_phrase(text, sp.end if not nya else ce, s1)
            if rest is None:
                continue
            seg = _segment_after(segs, text, sp.end if not nya else ce, s1)
            if seg is not None and seg.open is not None and seg.cue is None and text[rest[0]] == OPEN:
                seg.cue, seg.speaker = cue, sp
                continue
            d = Draft(*rest, direct=False, cue=cue, speaker=sp, confidence=0.8)
            _absorb(d, segs)
            drafts.append(d)
            continue
        # speaker-first verb: "X mengatakan (kepada Y) (bahwa|,|:) …"
        clause = _clause_start(text, s0, cs)
        sp = phrase_before(text, clause, cs)
        if sp is None:
            continue
        seg = _closing_before(segs, text, sp.start)
        after_verb = text[ce:s1]
        if (
            seg is not None
            and seg.cue is None
            and _words(after_verb) <= 8
            and not _segment_after(segs, text, ce, s1)
        ):
            seg.cue, seg.speaker = cue, sp  # "“…,” Wisnu menegaskan."
            seg.attr_end = s1
            continue
        addr, pos = _addressee(text, ce, s1)
        bm = _BAHWA.match(text, pos, s1)
        intro = text[pos : bm.end()] if bm else ""
        cstart = bm.end() if bm else pos
        qseg = _segment_after(segs, text, pos, s1)
        if qseg is not None and qseg.cue is None and "bahwa" not in intro.lower():
            qseg.cue, qseg.speaker, qseg.addressee = cue, sp, addr
            continue
        strong = lex.cue_strength.get(form) == "strong" or (
            form in ("meminta", "mendesak", "mengimbau") and not re.match(r"\s*maaf", text[ce : ce + 8])
        )
        introduced = bool(intro.strip()) or text[cstart : cstart + 1] == OPEN
        if not strong and not introduced:
            window = text[cstart:s1]
            if (
                not re.match(r"^(?:\S+\s+){0,5}?(?:agar|supaya|untuk|bahwa)\b", window, re.IGNORECASE)
                and not re.match(r"(?:belum|tidak|tak|sudah|telah|akan|masih|siap|pernah|sempat)\b", window)
                and not _SUBJECT_MODAL.match(window)
            ):
                continue
        if _BACK_REF.match(text, cstart, s1):
            passive_refs.append((cs, cue, sp))  # "X mengungkapkan hal itu berdasarkan …": told before
            continue
        if form == "mengusulkan" and _PROPOSED_THING.match(text, cstart, s1):
            continue  # "mengusulkan pagu anggaran sebesar …": a figure proposed, not a statement
        if _OBJECT_NP.match(text, cstart, s1):
            continue  # "mengungkapkan target tersebut dalam diskusi": an object, not a statement
        cs2, ce2 = _strip_content(text, cstart, s1)
        if _words(text[cs2:ce2]) < _MIN_WORDS:
            continue
        d = Draft(
            cs2, ce2, direct=False, cue=cue, speaker=sp, addressee=addr, confidence=0.8 if strong else 0.65
        )
        _absorb(d, segs)
        drafts.append(d)

    for cs, ce, word, nya in generic_post_cues(text, segs):
        seg = _closing_before(segs, text, cs)
        if seg is None or seg.cue is not None:
            continue
        s0, s1 = _sentence_bounds(doc, cs)
        sp = Speaker(cs, ce, "clitic") if nya else phrase_after(text, ce, s1)
        if sp is not None:
            seg.cue, seg.speaker, seg.attr_end = (cs, ce, word, "post"), sp, s1
    runs, unclaimed = _runs(text, segs, passive_refs, headline_end)
    drafts.extend(runs)
    drafts.extend(_told_before(doc, drafts, unclaimed, headline_end))
    drafts.sort(key=lambda d: d.start)
    return _dedupe(drafts)


def _clause_start(text: str, s0: int, cs: int) -> int:
    """Start of the clause holding a verb cue: after "bahwa"/"sementara"/…, else the sentence start."""
    best = s0
    for m in re.finditer(
        r"\b(?:bahwa|sementara|sedangkan|namun|tetapi|karena|sebab|meski|meskipun|walaupun|dan)\b",
        text[s0:cs],
        re.IGNORECASE,
    ):
        best = s0 + m.end()
    return best


def _closing_before(segs: list[Segment], text: str, pos: int) -> Segment | None:
    """The quote that closes right before pos ("…,” kata X": only a comma/space between)."""
    for s in reversed(segs):
        stop = s.close if s.close is not None else s.end
        if stop < pos:
            gap = text[stop + (1 if s.close is not None else 0) : pos]
            if gap.strip() in ("", ",", ".", ",.") and "\n" not in gap:
                return s
            if re.fullmatch(r"\s*,?\s*(?:demikian|begitu)\s*", gap):
                return s
            return None
    return None


def _content_after_phrase(text: str, pos: int, s1: int) -> tuple[int, int] | None:
    m = re.compile(r"[^,]{0,60}?,\s*").match(text, pos, s1)
    if m and _words(text[pos : m.end()]) > 4 and re.match(r"\s+[a-z]", text[pos : pos + 3]):
        m = None  # "Menurut Purbaya inflasi …, …": the clause starts right after the name
    start = m.end() if m else pos
    if m:
        start = _after_title_apposition(text, start, s1)
    a, b = _strip_content(text, start, s1)
    if _words(text[a:b]) < _MIN_WORDS:
        return None
    return a, b


# a title set off by commas after the name: "Menurut Rina, Kepala Pusat Literasi Digital Komdigi, ...":
# capitalised words, acronyms, bracketed short forms and the joining words of offices' names
_APPOSED = re.compile(
    r"((?:(?:[A-Z][\w'’.\-]*|\([^()\n]{1,30}\)|dan|dari|bidang|untuk|&)\s+){0,11}?)"
    r"(?:[A-Z][\w'’.\-]*|\([^()\n]{1,30}\)),\s*"
)


def _after_title_apposition(text: str, pos: int, s1: int) -> int:
    """Past a title phrase set off by commas that opens at pos (its first word a title), else pos."""
    m = _APPOSED.match(text, pos, s1)
    first = WORD.match(text, pos, s1)
    if m is None or first is None or lexicon().klass(first.group().lower()) not in ("title", "org_head"):
        return pos
    return m.end()


def _absorb(d: Draft, segs: list[Segment]) -> None:
    """Quoted fragments inside an indirect statement belong to it (a mixed quote)."""
    for s in segs:
        if s.open is not None and d.start <= s.open < d.end and s.cue is None:
            s.absorbed = True
            d.segments.append(s)


def _gap_is_attribution(text: str, prev: Segment, nxt: Segment) -> bool:
    """Only whitespace (and the previous quote's own attribution clause) between two quotes."""
    a = prev.close + 1 if prev.close is not None else prev.end
    if prev.cue is not None and prev.attr_end > a:
        a = prev.attr_end
    b = nxt.open if nxt.open is not None else nxt.start
    gap = text[a:b] if b >= a else ""
    return gap.strip(" \t\n.,") == ""


def _runs(
    text: str, segs: list[Segment], passive_refs, headline_end: int
) -> tuple[list[Draft], list[tuple[int, tuple[int, int, str, str], Speaker]]]:
    """Group quote segments into statements: one record per run under one cue. Also returns the
    "Hal itu disampaikan X" references that name no quote's speaker (see :func:`_told_before`)."""
    out: list[Draft] = []
    cur: Draft | None = None
    last_seg: Segment | None = None
    for s in segs:
        if s.absorbed or (s.open is not None and s.open < headline_end):
            continue
        adjacent = last_seg is not None and _gap_is_attribution(text, last_seg, s)
        bare = s.cue is None
        if bare and not adjacent and (_words(text[s.start : s.end]) < 4 or not _sentence_like(text, s)):
            continue  # a quoted term inside narration, not a statement
        if cur is not None and adjacent and (bare or cur.cue is None) and not (s.cue and cur.cue):
            cur.end = max(cur.end, s.end)
            cur.segments.append(s)
            if s.cue is not None:
                cur.cue, cur.speaker, cur.addressee, cur.inherit = s.cue, s.speaker, s.addressee, False
                cur.confidence = 0.9
        else:
            cur = Draft(
                s.start, s.end, True, s.cue, s.speaker, s.addressee, 0.92 if s.cue else 0.6, [s], bare
            )
            out.append(cur)
        last_seg = s
    # "Hal itu disampaikan X" names the speaker of the quote before it
    unclaimed = []
    for pos, cue, sp in passive_refs:
        prev = [d for d in out if d.end <= pos]
        if prev and (prev[-1].cue is None or prev[-1].inherit):
            d = prev[-1]
            d.cue, d.speaker, d.inherit, d.confidence = cue, sp, False, 0.8
        else:
            unclaimed.append((pos, cue, sp))
    return out, unclaimed


def _told_before(
    doc: Doc,
    drafts: list[Draft],
    refs: list[tuple[int, tuple[int, int, str, str], Speaker]],
    headline_end: int,
) -> list[Draft]:
    """A statement told first in narration and attributed after it: "Sebelumnya, Prabowo akan mewajibkan
    … . Hal tersebut diungkapkan Prabowo saat …", "Kompol Sukadi mengungkapkan hal itu berdasarkan …".
    The content is the paragraph before when the pointing sentence opens a paragraph, else the sentence
    before it (and the one before that when it goes on from it: "Tujuannya, …", "Mobil tersebut …"); at
    most two sentences, none of them already a statement. A clitic speaker ("disampaikannya") or a title
    cut at a comma names no one reliably here, so those are left as they were."""
    text = text_of(doc)
    sents = doc._.sentences or []
    out: list[Draft] = []
    for pos, cue, sp in refs:
        if not sents or sp.kind == "clitic" or (sp.kind == "title" and text[sp.end : sp.end + 1] == ","):
            continue
        i = sentence_index(doc, pos)
        opens_para = i > 0 and "\n" in text[sents[i - 1][1] : sents[i][0]]
        taken: list[tuple[int, int]] = []
        j = i - 1
        while j >= 0 and len(taken) < 2:
            a, b = sents[j]
            if a < headline_end or any(d.start < b and a < d.end for d in drafts + out):
                break  # already a statement (or the headline): nothing told before it here
            if taken and (
                "\n" in text[b : taken[-1][0]]  # one paragraph only
                or not opens_para
                and not _GOES_ON.match(text, taken[-1][0], taken[-1][1])
            ):
                break
            taken.append((a, b))
            j -= 1
        if not taken:
            continue
        start, end = _strip_content(text, taken[-1][0], taken[0][1])
        if _words(text[start:end]) >= 4:
            out.append(Draft(start, end, direct=False, cue=cue, speaker=sp, confidence=0.6))
    return out


def _sentence_like(text: str, s: Segment) -> bool:
    """A bare quote that opens a sentence or paragraph (not a quoted term inside narration)."""
    if s.open is None:
        return True
    before = text[max(0, s.open - 3) : s.open]
    return (
        s.open == 0
        or before.strip() == ""
        and (s.open == 0 or "\n" in before or text[s.open - 2 : s.open - 1] in ".!?”")
        or before.rstrip().endswith((":", ".", "\n"))
    )


def _dedupe(drafts: list[Draft]) -> list[Draft]:
    """Two records over the same content keep the one with a cue and the higher confidence."""
    out: list[Draft] = []
    for d in drafts:
        clash = next((o for o in out if o.start < d.end and d.start < o.end), None)
        if clash is None:
            out.append(d)
            continue
        if d.cue is not None and clash.start <= d.cue[0] < clash.end:
            continue  # its cue is inside the other's content: what the other reports ("…, kata X, Afif
            # sudah menyatakan niat …")
        if (clash.cue is not None and d.start <= clash.cue[0] < d.end) or (
            (d.cue is not None, d.confidence) > (clash.cue is not None, clash.confidence)
        ):
            out[out.index(clash)] = d
    return out


def build_quotes(doc: Doc) -> list[Quote]:
    drafts = find_drafts(doc)
    resolver = Resolver(doc)
    # names inside what is said (quoted or reported) are not the subjects of the narrative
    quoted = [(d.start, d.end) for d in drafts]
    resolver.quoted = quoted
    quotes: list[Quote] = []
    sents = doc._.sentences or []
    for d in drafts:
        cue_span = (d.cue[0], d.cue[1]) if d.cue else None
        if d.inherit or d.speaker is None:
            sid = resolver.last
            ent = next((e for e in resolver.entities if e.id == sid), None) if sid else None
            eid, name, mention = (ent.id, ent.name, None) if ent else (None, None, None)
        else:
            if d.speaker.kind in ("pronoun", "clitic", "title"):
                _note_recent_subject(
                    doc, resolver, d.speaker.start, sents, opens=min(d.start, d.speaker.start), quoted=quoted
                )
            eid, name, mention = resolver.resolve(d.speaker, cue_span)
        name = resolver.display_name(eid) if eid else name
        addressee = None
        if d.addressee:
            sp = classify(text_of(doc), *d.addressee)
            if sp is not None and sp.kind == "name" and sp.name:
                found = resolver.entity_at(*d.addressee) or resolver._by_name(
                    text_of(doc)[sp.name[0] : sp.name[1]]
                )
                addressee = found.id if found else None
        start, end = d.start, d.end
        quotes.append(
            Quote(
                id=f"Q{len(quotes) + 1}",
                speaker=eid,
                speaker_name=name,
                speaker_mention=make_span(doc, *mention) if mention else None,
                cue=make_span(doc, *cue_span) if cue_span else None,
                addressee=addressee,
                content=make_span(doc, start, end),
                direct=d.direct,
                sentence=sentence_index(doc, start) if sents else 0,
                confidence=round(d.confidence if eid or d.speaker else d.confidence * 0.8, 2),
            )
        )
    return quotes


def _note_recent_subject(
    doc: Doc, resolver: Resolver, pos: int, sents, opens: int | None = None, quoted=()
) -> None:
    """Before a pronoun: a person named as the subject of one of the two sentences before the quote (which
    may run over several sentences before its cue: ``opens``) wins; not one named inside a quote ("Kata
    Adam Malik, semua urusan gampang ...," imbuhnya: the speaker quotes him)."""
    if not resolver.entities:
        return
    i = sentence_index(doc, pos if opens is None else opens)
    lo = sents[max(0, i - 2)][0] if sents else 0
    best = None
    for e in resolver.entities:
        if e.type != "PER":
            continue
        for m in e.mentions:
            later = lo <= m.start < pos and (best is None or m.start > best[0])
            if (
                not later
                or any(a <= m.start < b for a, b in quoted)
                or _DIED.match(text_of(doc), m.end)
                or _REASON_OPENING.match(text_of(doc), sents[sentence_index(doc, m.start)][0])
            ):
                # nor one whose death the sentence tells ("Viryan Aziz meninggal dunia"), nor one in a
                # sentence that gives the speaker's reason ("Sebab, Iffa menduduki peringkat 9")
                continue
            if _subject(doc, m.start, m.end, sents):
                best = (m.start, e)
    if best is not None and best[0] > resolver.last_pos:
        resolver.last = best[1].id


# a person's death told right after the name: the dead say nothing after it
_DIED = re.compile(r"\s*(?:(?:telah|sudah|yang)\s+)?(?:meninggal|wafat|tewas|gugur)\b", re.IGNORECASE)
# a sentence that opens with the subject of a passive whose doer is named right after the verb, with
# its title: "Optimisme tersebut turut disambut (oleh) Duta Besar Pakistan, ", "Hal senada diungkapkan
# ..." (not "Hal ini sebagaimana diperintahkan oleh ...", a clause, nor "Dia mengaku ditelepon oleh ...",
# whose subject is someone and acts)
_PASSIVE_LEAD = re.compile(
    r"\W*((?:(?!(?i:sebagaimana|seperti|sesuai|yang|karena|setelah|saat|ketika|dia|ia|mereka|beliau|kami"
    r"|saya|kita|pihaknya)\b|me[a-z]|ber[a-z])[^\s,.]+\s+){1,3}?)"
    r"(?:(?:turut|juga|pun|pula|langsung)\s+)*di[a-z]{3,}\s+(?:oleh\s+)?"
    r"(?:[A-Z][^\s,]*\s+){0,4}?(?:[A-Z][^\s,]*,\s+)?$"
)
_REASON_OPENING = re.compile(r"\W*(?:sebab|pasalnya|karena\s+itu|alasannya)\s*,", re.IGNORECASE)
_RELATIVE_OPENING = re.compile(r"\s*(?:di\s*mana|yang\s+mana|tempat\s+di\s*mana)\b", re.IGNORECASE)


def _subject(doc: Doc, start: int, end: int, sents) -> bool:
    """Whether a mention is the subject of its sentence: the parse's subject of the main verb ("Hasbi
    mengungkapkan ...", "Pendiri X, Andi Sinulingga, menganggap ..."), or a mention that opens its sentence
    after at most four words with no verb or conjunction among them, before an active verb ("Dalam pidato
    aslinya, Sri Mulyani menyinggung", not "Ia mengatakan ketika Anies masih menjabat" nor "Sidang dakwaan
    Isa digelar")."""
    s0 = sents[sentence_index(doc, start)][0] if sents else 0
    if _RELATIVE_OPENING.match(text_of(doc), s0):
        return False  # "Di mana Ketua Umum X menyampaikan pidato.": where it happened, no new subject
    if doc.has_annotation("DEP"):
        for t in tokens(doc, start, end):
            if start <= t.head.idx < end and t.head is not t:
                continue  # only the mention's own head word
            while t.dep_ in ("appos", "flat", "flat:name", "compound") and t.head is not t:
                t = t.head  # "Pendiri Kolaborasi Warga Jakarta, Andi Sinulingga": the title is the subject
            if t.dep_.startswith("nsubj") and t.head.dep_ == "ROOT":
                return True
    lead = _PASSIVE_LEAD.match(text_of(doc)[s0:start])
    if lead and not any(t.ent_type_ for t in tokens(doc, s0, s0 + lead.end(1))):
        return True  # "Optimisme tersebut turut disambut Duta Besar Pakistan, Zahid ...": he does it
    if _words(text_of(doc)[s0:start]) > 4:
        return False
    mention = tokens(doc, start, end)
    if not mention:
        return False
    after = next((t for t in doc[mention[-1].i + 1 :] if not t.is_punct), None)
    passive = after is not None and after.lower_.startswith(("di", "ter"))  # "Sidang dakwaan Isa digelar"
    return (
        not any(t.pos_ in ("VERB", "AUX", "SCONJ") for t in tokens(doc, s0, start))
        and after is not None
        and (after.pos_ == "VERB" or not after.pos_)
        and not passive
    )


@Language.component("warta_quotes")
def warta_quotes(doc: Doc) -> Doc:
    """Fill ``doc._.quotes`` (model.Quote) and add speaker mentions to ``doc._.entities``."""
    if doc._.quotes is None:
        doc._.quotes = []
    if doc._.sentences is None:
        doc._.sentences = [(0, len(text_of(doc)))]
    doc._.quotes = build_quotes(doc)
    return doc
