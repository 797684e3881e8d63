"""Speaker phrases: read them next to a cue, then resolve them to ``doc._.entities``.

A speaker phrase is a name ("Ketua KPU Hasyim Asy'ari"), a pronoun ("dia", "beliau"), a clitic
("katanya"), a title or description ("Utusan itu", "Wapres", "Menteri ... ini") or an unnamed source
("sumber itu"). Resolution links it to the one within-article entity list the actors component built;
a named speaker with no entity gets a new PER entity (the next id), so every named speaker has an id.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.lang.id.stop_words import STOP_WORDS

from warta.actors.dictionary import get_dictionary, tokens_of
from warta.actors.mentions import NUMERAL, VERB_ENDINGS, not_names, portfolios
from warta.doc import span as make_span
from warta.doc import text_of, tokens
from warta.model import Entity
from warta.quotes.lexicon import lexicon
from warta.time.lexicon import lexicon as time_lexicon

WORD = re.compile(r"\(?[\w][\w'’.\-]*\w\)?|\(?\w\)?")
_DEMONSTRATIVE = {"itu", "ini", "tersebut"}
# stop words that also open names ("Hari Dermanto", the Sasak title "Lalu"): kept before a speaker's name
_NAME_STOPS = {"hari", "lalu"}
_PARTICLES = {"bin", "binti", "van", "von", "de", "da", "al", "el", "dan"}
# words that end a title phrase's run to its comma: a verb or clause word means the comma is not an apposition
_DESCRIPTOR_STOP = {
    "yang", "bahwa", "adalah", "akan", "telah", "sudah", "tidak", "harus", "ini", "itu", "tersebut", "saat",
    "ketika", "usai", "seusai", "selepas", "setelah", "kemarin", "melalui", "lewat", "dalam", "kepada", "soal",
}  # fmt: skip
_LINKS = {"yang", "akrab", "disapa", "dipanggil", "biasa", "bernama"}  # "pria yang akrab disapa Gus Fahrur"
_LEADERS = {"seorang", "salah", "satu", "para", "sejumlah", "beberapa", "mantan", "eks", "sang"}
_STOP_AFTER = {
    "di", "dalam", "saat", "seusai", "usai", "ketika", "kepada", "pada", "melalui", "lewat", "dari",
    "sebelum", "setelah", "sambil", "seraya", "menanggapi", "terkait", "soal", "tentang",
    "kemarin", "yang", "dengan", "selepas", "sesudah", "untuk", "kala", "sebagaimana",
}  # fmt: skip


# capitalised words (and "atau"/"dan") that open a sentence; a dash after them closes an outlet's dateline
_OPENING_NAME = re.compile(r"(?:[A-Z(][\w'’().\-]*\s+|atau\s+|dan\s+)+")
_DATELINE_DASH = re.compile(r"\s*[-–—]\s+")


@dataclass
class Speaker:
    """A speaker phrase at text[start:end]; ``name`` is the proper-name part, if any."""

    start: int
    end: int
    kind: str  # name | pronoun | clitic | title | unnamed | plural
    name: tuple[int, int] | None = None


def _is_cap(word: str) -> bool:
    w = word.strip("()")
    return bool(w) and (w[0].isupper() or w[0].isdigit() and len(w) <= 4)


def _is_acronym(word: str) -> bool:
    w = word.strip("()")
    return len(w) >= 2 and w.isupper() and w.isalnum() and w[0].isalpha()  # "KPK", "TNP2K"


# a title phrase that names the holder of another title: "Kepala Negara" is the president
_TITLE_SYNONYMS = {"kepala negara": "presiden", "orang nomor satu di indonesia": "presiden"}
_TITLE_QUALIFIERS = {"republik", "indonesia", "ri"}  # "Menteri Agama Republik Indonesia Yaqut"


def _known_bodies(words: list[str]) -> set[int]:
    """Indices of the words that name an organisation or country the actor dictionary knows, in one to
    three words ("Kemenkeu", "Jepang", "Federal Reserve")."""
    d = get_dictionary()
    out: set[int] = set()
    for i in range(len(words)):
        for n in (3, 2, 1):
            entry = d.lookup(tuple(words[i : i + n])) if i + n <= len(words) else None
            if entry is not None and entry.type in ("ORG", "GPE"):
                out.update(range(i, i + n))
                break
    return out


def _name_part(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The proper-name tail of a phrase: the last run of capitalised non-title, non-acronym words."""
    lex = lexicon()
    words = [(m.start() + start, m.end() + start, m.group()) for m in WORD.finditer(text[start:end])]
    best: tuple[int, int] | None = None
    run: list[tuple[int, int, str]] = []

    def close() -> None:
        nonlocal best, run
        while run and run[-1][2].lower() in _PARTICLES:
            run.pop()
        if run and not all(_is_acronym(w) for _, _, w in run):
            best = (run[0][0], run[-1][1])
        run = []

    prev = ""
    in_title = False  # "Menteri Ketenagakerjaan Yassierli": portfolio words after a title are the title's
    bodies = _known_bodies([w.strip("()") for _, _, w in words])
    for i, (s, e, w) in enumerate(words):
        if i and "," in text[words[i - 1][1] : s]:
            close()  # "Wakil Ketua LP3HI, Kurniawan Adi Nugroho": the name after the comma
        bare = w.strip("()")
        lw = bare.lower()
        org_follow = lex.klass(prev) == "org_head"
        portfolio = in_title and (lw in portfolios() or lw in _TITLE_QUALIFIERS or i in bodies)
        in_title = lex.klass(lw) == "title" or portfolio
        name_word = (
            _is_cap(w)
            and not w.startswith("(")
            and not portfolio
            and lex.klass(lw) not in ("title", "org_head", "pronoun", "plural", "unnamed")
            and not (_is_acronym(bare) and len(bare) > 2 and not run)
            and not org_follow
            and lw not in _DEMONSTRATIVE
        )
        if name_word or (run and lw in _PARTICLES and lw != "dan"):
            run.append((s, e, w))
        else:
            close()
        prev = lw
    close()
    return best


# a name set off by commas after a title phrase, up to a comma, full stop, line end or the words that
# go on with the report: "kata Ketua The Fed, Jerome Powell dikutip dari Reuters"
_APPOSITION = re.compile(
    r",\s+((?:[A-Z][\w'’.\-]*\s?){1,5})(?=[,.]|\s*$|\s+(?:di|dalam|saat|seusai|usai|ketika|pada|kepada|"
    r"melalui|seperti|sebagaimana|dikutip|dilansir|mengutip)\b)",
    re.M,
)


# up to six more words (or a bracketed short form) and then "itu/ini/tersebut", with no punctuation between
_CLOSING_DEMONSTRATIVE = re.compile(
    r"(?:[ \t]+(?:[\w'’.\-]+|\([^()\n]{1,30}\))){0,6}?[ \t]+(?:itu|ini|tersebut)\b"
)


def phrase_after(text: str, pos: int, limit: int) -> Speaker | None:
    """The speaker phrase that follows a post cue: "kata Ma'ruf", "ujar dia", "kata sumber itu"."""
    lex = lexicon()
    m = re.compile(r"\s*").match(text, pos)
    pos = m.end() if m else pos
    words = []
    for w in WORD.finditer(text, pos, limit):
        gap = text[(words[-1][1] if words else pos) : w.start()]
        if words and gap.strip():  # punctuation between words ends the phrase (commas: see below)
            break
        if "\n" in gap:
            break
        words.append((w.start(), w.end(), w.group()))
        if len(words) > 22:  # "Plt Direktur Jenderal (Dirjen) Mineral dan Batu Bara Kementerian ... Bambang"
            break
    if not words:
        return None
    first = words[0][2].lower()
    if lex.klass(first) == "pronoun":
        return Speaker(words[0][0], words[0][1], "pronoun")
    if lex.klass(first) == "plural":
        return Speaker(words[0][0], words[0][1], "plural")
    taken: list[tuple[int, int, str]] = []
    for k, (s, e, w) in enumerate(words):
        lw = w.lower().strip("()")
        if lw == "dari" and _title_from_faction(taken, words[k + 1 : k + 2]):
            taken.append((s, e, w))  # "Anggota DPR RI dari Fraksi PKS Alifudin"
            continue
        if taken and lw in _STOP_AFTER:
            break
        if _is_cap(w) or lex.klass(lw) in ("title", "org_head", "unnamed") or w.startswith("("):
            taken.append((s, e, w))
        elif taken and lw in _DEMONSTRATIVE:
            taken.append((s, e, w))
            break
        elif (taken and (lw in _LINKS or lw in _PARTICLES)) or (not taken and lw in _LEADERS):
            taken.append((s, e, w))
        elif lex.klass(lw) == "document" and all(lex.klass(t[2].lower()) == "document" for t in taken):
            taken.append((s, e, w))  # "menurut data PPATK", "hasil survei LSI": the body behind the record
        else:
            break
    if taken and all(t[2].lower() in _LEADERS or lex.klass(t[2].lower()) == "document" for t in taken):
        taken = []
    if not taken and words[0][2][:1].islower() and lex.klass(first) != "unnamed":
        # a descriptor before a name: "tanya host Arie Putra", "tanya balik Pandji", "ujar komika Pandji"
        k0 = next((k for k in (1, 2) if k < len(words) and _is_cap(words[k][2])), None)
        if k0 is not None and all(words[k][2].lower() not in _STOP_AFTER for k in range(k0)):
            k1 = k0
            while k1 + 1 < len(words) and _is_cap(words[k1 + 1][2]):
                k1 += 1
            inner = classify(text, words[k0][0], words[k1][1])
            if inner is not None and inner.kind == "name":
                return Speaker(words[0][0], words[k1][1], "name", inner.name)
    if not taken and words[0][2][:1].islower():
        # a common-noun source: "sahut warganet", "ungkap warga maya"
        for s, e, w in words[:3]:
            if w.lower() in _STOP_AFTER:
                break
            taken.append((s, e, w))
        if taken:
            return Speaker(taken[0][0], taken[-1][1], "unnamed")
    if not taken:
        return None
    start, end = taken[0][0], taken[-1][1]
    if (
        len(taken) == 1
        and taken[0][2].islower()  # "pengamat", not "kata Habib di Kompleks Parlemen, Jakarta"
        and lex.klass(taken[0][2]) == "title"
        and len(words) > 1
    ):
        # a lower-case title phrase, then the name set off by commas: "menurut pengamat terorisme dari
        # UIN Syarif Hidayatullah, Zaki Mubarak, ..."
        comma = text.find(",", end, limit)
        head = WORD.findall(text[end:comma]) if comma > 0 else []
        if 0 < len(head) <= 10 and not any(w.lower() in _DESCRIPTOR_STOP for w in head):
            am = _APPOSITION.match(text, comma, limit)
            if am and _name_part(text, am.start(1), am.end(1)):
                named = classify(text, am.start(1), am.end(1))
                if named is not None and named.kind == "name":
                    return Speaker(start, am.end(1), "name", named.name)
    if lex.klass(taken[0][2].strip("()").lower()) == "title" or taken[0][2].lower() in _LEADERS:
        # "kata mantan wali kota Solo itu", "kata profesor kehormatan Universitas Negeri Surabaya (Unesa)
        # itu": the title phrase runs on to the demonstrative that closes it
        closing = _CLOSING_DEMONSTRATIVE.match(text, end, limit)
        if closing and not any(w.lower() in _STOP_AFTER for w in WORD.findall(closing.group(0))):
            end = closing.end()
    # apposition: "kata Direktur Eksekutif Indef, Tauhid Ahmad, di Jakarta"
    if lex.klass(taken[0][2].strip("()")) == "title":
        am = _APPOSITION.match(text, end, limit)
        if am and _name_part(text, am.start(1), am.end(1)):
            end = am.end(1)
            while end > start and text[end - 1].isspace():
                end -= 1
    return classify(text, start, end)


def _title_from_faction(taken: list[tuple[int, int, str]], nxt: list[tuple[int, int, str]]) -> bool:
    """ "dari Fraksi ..." / "dari Partai ..." after a title continues the title ("Anggota DPR dari Fraksi PKS")."""
    lex = lexicon()
    return (
        bool(nxt)
        and nxt[0][2] in ("Fraksi", "Partai")
        and any(lex.klass(t[2].lower().strip("()")) == "title" for t in taken)
    )


def classify(text: str, start: int, end: int) -> Speaker | None:
    """Kind of a speaker phrase text[start:end]."""
    lex = lexicon()
    phrase = text[start:end].strip()
    if not phrase:
        return None
    words = [w.strip("()").lower() for w in WORD.findall(phrase)]
    if not words or any(lex.klass(w) == "nonspeaker" for w in words):
        return None
    if len(words) == 1 and lex.klass(words[0]) == "pronoun":
        return Speaker(start, end, "pronoun")
    if lex.klass(words[0]) == "plural" and len(words) == 1:
        return Speaker(start, end, "plural")
    if words[-1] in _DEMONSTRATIVE and lex.klass(words[0]) == "document":
        return Speaker(start, end, "unnamed")  # "menurut laporan tersebut": a record, not the last speaker
    if words[-1] in _DEMONSTRATIVE:  # "Utusan itu", "Menteri ... ini": a description, not a name
        return Speaker(start, end, "title")
    if lex.klass(words[0]) == "document":  # "laporan Bank Dunia": the body that issued the record
        rest = [m for m in WORD.finditer(text, start, end) if lex.klass(m.group().lower()) != "document"]
        if rest and rest[0].group()[:1].isupper():
            inner = classify(text, rest[0].start(), end)
            if inner is not None and inner.kind in ("name", "title"):
                return Speaker(start, end, inner.kind, inner.name)
    name = _name_part(text, start, end)
    if name:
        return Speaker(start, end, "name", name)
    if any(lex.klass(w) == "title" for w in words):
        return Speaker(start, end, "title")
    acr = [m for m in WORD.finditer(text, start, end) if _is_acronym(m.group())]
    if acr:  # an organisation speaker written as an acronym: "kata KPK"
        return Speaker(start, end, "name", (acr[-1].start(), acr[-1].end()))
    if any(lex.klass(w) == "unnamed" for w in words) or not phrase[0].isupper():
        return Speaker(start, end, "unnamed")
    return Speaker(start, end, "title")


def _recurring_name(text: str, word: str) -> bool:
    """A capitalised word that is no title or other known word and that the text names again: a name."""
    return (
        not lexicon().klass(word.lower())
        and word.lower() not in not_names()
        and len(re.findall(rf"\b{re.escape(word)}\b", text)) >= 2
    )


# an adjunct between the subject and its verb: "Hendro Dewanto dalam sambutannya mengatakan", "Kementerian
# Sosial melalui akun Instagram resminya, @kemensosri, menjelaskan"
_ADJUNCT = re.compile(r"\s(?:dalam|saat|ketika|melalui|lewat|usai|seusai)\s")


@lru_cache(maxsize=1)
def _trailing_date() -> re.Pattern[str]:
    """A date between the subject and its verb ("Anies pada 14 Juni 2024, mengumumkan", "X, Senin (8/7),
    mengatakan"), with the day and month names of the time lexicon (resources/time/*.tsv)."""
    tl = time_lexicon()

    def alt(words) -> str:
        return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))

    return re.compile(
        rf",?\s*(?:pada\s+)?(?:(?:{alt(tl.weekdays)})\s*,?\s*)?"
        rf"(?:\(?\d{{1,2}}(?:/\d{{1,2}}){{1,2}}\)?|\d{{1,2}}\s+(?:{alt(tl.months)})(?:\s+\d{{4}})?)\s*,?\s*$",
        re.IGNORECASE,
    )


_CHANNEL = re.compile(r"(?:akun|laman|situs|kanal|siaran|unggahan)\b")


def _drop_adjunct(seg: str) -> str:
    """``seg`` without a short adjunct that closes it after a capitalised subject (not "Sementara saat
    ditemui, Ketua KPU Hasyim": a name after its comma is the subject)."""
    found = list(_ADJUNCT.finditer(seg))
    if not found:
        return seg
    a = found[-1]
    tail = seg[a.end() :]
    words = tail.split()
    if not words or len(words) > 8 or lexicon().klass(words[-1].lower()) in ("pronoun", "plural"):
        # "ujar Burhanuddin saat memaparkan": nothing after it; "usai dirinya menyatakan": the pronoun
        # is the subject
        return seg
    # no name in it and no clause going on after a comma ("dalam sambutannya"; not "Istana melalui Kepala
    # Staf Presiden Moeldoko", where the one named speaks, nor "dalam sebuah email, merujuk pada"), or a
    # channel ("melalui akun Instagram resminya, @kemensosri")
    plain = "," not in tail and not re.search(r"(?<!@)\b[A-Z]", tail)
    if (plain or _CHANNEL.match(tail)) and re.search(r"\b[A-Z]", seg[: a.start()]):
        return seg[: a.start()]
    return seg


def phrase_before(text: str, clause_start: int, cue_start: int) -> Speaker | None:
    """The subject before a speaker-first verb: "Witkoff juga mengatakan", "Utusan itu mengatakan"."""
    lex = lexicon()
    seg = text[clause_start:cue_start]
    # drop a relative clause between subject and verb: "Witkoff, yang bertemu ... di Moskow, mengatakan"
    rel = re.search(r",\s*yang\b[^,]*,\s*$", seg)
    if rel:
        seg = seg[: rel.start()]
    # ... or with no commas, after a name (and its age): "Andri (23) yang juga kakak dari ... mengatakan",
    # "Titi yang juga bagian dari Koalisi ... mengingatkan" (not "Pria yang juga menjabat sebagai Imam
    # Besar ... menyatakan", "Sosok yang juga merupakan Komite BP Tapera itu": their titles name them)
    bare_rel = re.search(
        r"\b([A-Z]\w+)(\s+\(\d{1,2}\))?(\s+yang\s+(?:juga|merupakan|adalah|menjabat|sekaligus)\b[^,.;:]*)$",
        seg,
    )
    if (
        bare_rel
        and (bare_rel.group(2) or _recurring_name(text, bare_rel.group(1)))
        and not re.search(r"\b[A-Z][a-z]+\s+[A-Z][a-z]+\s*$", bare_rel.group(3))
    ):
        seg = seg[: bare_rel.start(3)]  # (not "Kader PDIP yang juga Kepala LKPP Hendrar Prihadi": he speaks)
    seg = _drop_adjunct(_trailing_date().sub("", seg))
    words = [(m.start() + clause_start, m.end() + clause_start, m.group()) for m in WORD.finditer(seg)]
    i = len(words) - 1
    end_limit = clause_start + len(seg)
    # skip adverbs (and one comma) right before the verb
    while i >= 0 and lex.klass(words[i][2]) == "adverb":
        end_limit = words[i][0]
        i -= 1
    if i < 0:
        return None
    last_word = words[i][2].lower()
    if lex.klass(last_word) in ("pronoun", "plural"):
        kind = "pronoun" if lex.klass(last_word) == "pronoun" else "plural"
        return Speaker(words[i][0], words[i][1], kind)
    taken: list[tuple[int, int, str]] = []
    j = i
    while j >= 0:
        s, e, w = words[j]
        lw = w.lower().strip("()")
        between = text[e : taken[0][0]] if taken else text[e:end_limit]
        if taken and ("," in between or "\n" in between or ";" in between):
            break
        if not taken and ("\n" in between or ";" in between):
            break
        proper = _is_cap(w) or w.startswith("(") or lex.klass(lw) in ("title", "org_head")
        if (
            proper
            or (lw in _DEMONSTRATIVE and not taken)
            or (taken and lw in _PARTICLES)
            or (taken and lw in _LINKS and j > 0)
        ):
            taken.insert(0, (s, e, w))
        else:
            break
        j -= 1
    while taken and taken[0][2].lower() in _LINKS:
        taken.pop(0)
    while len(taken) > 1 and taken[0][2].lower() in STOP_WORDS and taken[0][2].lower() not in _NAME_STOPS:
        taken.pop(0)  # "Terakhir Ronny berharap", "Sehingga Ade Herlanda meminta": an opener, no name
    if not taken:
        # an unnamed common-noun subject: "seorang pejabat pelabuhan mengatakan"
        tail = seg[: end_limit - clause_start]
        tail = tail[max(tail.rfind(","), tail.rfind("\n")) + 1 :]
        tw = [
            (m.start() + end_limit - len(tail), m.end() + end_limit - len(tail), m.group())
            for m in WORD.finditer(tail)
        ]
        if 0 < len(tw) <= 5 and any(lex.klass(w) == "unnamed" for _, _, w in tw):
            return Speaker(tw[0][0], tw[-1][1], "unnamed")
        return None
    if all(t[2].lower() in _DEMONSTRATIVE for t in taken):
        return None
    return classify(text, taken[0][0], taken[-1][1])


class Resolver:
    """Links speaker phrases to ``doc._.entities`` and remembers the last speaker for pronouns."""

    def __init__(self, doc) -> None:
        self.doc = doc
        self.text = text_of(doc)
        if doc._.entities is None:
            doc._.entities = []
        self.entities: list[Entity] = doc._.entities
        self.last: str | None = None  # entity id of the last person speaker
        self.quoted: list[tuple[int, int]] = []  # the direct quotes' spans (set by build_quotes)
        self.last_pos = -1  # where that speaker was last named or referred to
        self._names: dict[str, str] = {}
        self._places: set[str] | None = None  # one-word place mentions (``_has_place``)
        # the mentions of bodies and places the dictionary knows (``_dictionary_mentions``)
        self._bodies: list[tuple[int, int, str]] | None = None

    def _by_id(self, eid: str) -> Entity | None:
        return next((e for e in self.entities if e.id == eid), None)

    def _next_id(self) -> str:
        nums = [int(e.id[1:]) for e in self.entities if e.id[1:].isdigit()]
        return f"E{max(nums, default=0) + 1}"

    def _add_mention(self, ent: Entity, start: int, end: int) -> None:
        if any(m.start <= start and end <= m.end for m in ent.mentions):
            return
        ent.mentions.append(make_span(self.doc, start, end))
        ent.mentions.sort(key=lambda m: m.start)
        self._bodies = None

    def _dictionary_mentions(self) -> list[tuple[int, int, str]]:
        """(start, end, type) of the mentions of organisations and places that the dictionary knows by
        that text ("DPR RI", "Kejagung", "Sumatera Selatan"); the model's own non-person spans are left
        out, as it sometimes types a person so ("Chuck Schumer" as a place)."""
        if self._bodies is None:
            d = get_dictionary()
            self._bodies = [
                (m.start, m.end, e.type)
                for e in self.entities
                if e.type != "PER"
                for m in e.mentions
                if d.lookup(tokens_of(m.text)) is not None
            ]
        return self._bodies

    def _in_body(self, pos: int) -> bool:
        """Character ``pos`` lies in a known organisation's or place's mention."""
        return any(s <= pos < e for s, e, _ in self._dictionary_mentions())

    def _overlapping(self, start: int, end: int) -> Entity | None:
        best = None
        for e in self.entities:
            if e.type not in ("PER", "ORG"):
                continue
            overlaps = any(m.start < end and start < m.end for m in e.mentions)
            if overlaps and (best is None or (e.type == "PER" and best.type != "PER")):
                best = e
        return best

    def _misread_place(self, start: int, end: int) -> Entity | None:
        """A speaker's name the model typed as a place no dictionary knows ("jelas Kepala KPP Pratama
        Klaten, Veronica Heryanti", "Nunung mengakui ..."): the speaker is a person."""
        for e in self.entities:
            if (
                e.type in ("GPE", "LOC")
                and e.country is None
                and any((m.start, m.end) == (start, end) for m in e.mentions)
                and get_dictionary().lookup(tuple(WORD.findall(e.name))) is None
            ):
                e.type = "PER"
                return e
        return None

    def display_name(self, eid: str) -> str | None:
        """The fullest name of a speaker: a one-word person name ("Rocky") grows to the article's fullest form."""
        ent = self._by_id(eid)
        if ent is None:
            return None
        if ent.type != "PER" or " " in ent.name.strip() or not ent.mentions:
            return ent.name
        if eid not in self._names:
            best = ent.name
            for m in ent.mentions:
                part = _name_part(self.text, m.start, m.end)  # the mention without its titles
                if part is None:
                    continue
                words = WORD.findall(self.text[part[0] : part[1]])
                if words and words[-1].lower() == ent.name.lower():
                    cand = self._fullest_name(*part)
                    if (
                        len(cand) > len(best)
                        and ent.name in cand.split()
                        and not self._has_place(cand, ent.name)
                    ):
                        best = cand
            self._names[eid] = best
        return self._names[eid]

    def _has_place(self, name: str, own: str) -> bool:
        """A word of the name is a place of the article ("Bantaeng Saharuddin": the regency, then the man)."""
        if self._places is None:
            self._places = {
                m.text
                for e in self.entities
                if e.type in ("GPE", "LOC")
                for m in e.mentions
                if " " not in m.text
            }
        return any(w in self._places for w in name.split() if w != own)

    def entity_at(self, start: int, end: int) -> Entity | None:
        """Any entity (media and organisations included) with a mention overlapping the span."""
        for e in self.entities:
            if any(m.start < end and start < m.end for m in e.mentions):
                return e
        return None

    def _organisation_named(self, start: int, end: int) -> tuple[Entity, tuple[int, int]] | None:
        """The organisation whose mention is the whole phrase, after any record words ("laporan")."""
        lex = lexicon()
        for e in self.entities:
            if e.type != "ORG":
                continue
            for m in e.mentions:
                lead = self.text[start : m.start]
                if (
                    m.end == end
                    and start <= m.start
                    and all(lex.klass(w) == "document" for w in WORD.findall(lead))
                ):
                    return e, (m.start, m.end)
        return None

    def _in_place(self, start: int, end: int, known: bool = False) -> bool:
        """The span lies within a place mention; with ``known``, of a place the dictionary coded (the NER
        alone can mistype a person's name as a place)."""
        return any(
            m.start <= start and end <= m.end
            for e in self.entities
            if e.type in ("GPE", "LOC") and (e.country or not known)
            for m in e.mentions
        )

    def _by_name(self, name: str) -> Entity | None:
        words = {w.lower() for w in WORD.findall(name) if len(w) > 1}
        if not words:
            return None
        last = WORD.findall(name)[-1].lower()
        for prefer_last in (True, False):
            for e in self.entities:
                if e.type not in ("PER", "ORG"):
                    continue
                ewords = {w.lower() for w in WORD.findall(e.name)}
                if e.type == "ORG":  # every word of the name: one shared word ("Indonesia") is no match
                    if words <= ewords:
                        return e
                    continue
                if (last in ewords) if prefer_last else (words & ewords):
                    return e
                if not prefer_last and any(
                    len(w) >= 4 and ew.startswith(w) for w in words for ew in ewords
                ):  # a short form: "Hasbi" for "Hasbiallah Ilyas"
                    return e
        return None

    def _fuller(self, ent: Entity) -> Entity:
        """A person entity named by a short form ("Hasbi") links to the full-named one ("Hasbiallah Ilyas")."""
        if ent.type != "PER":
            return ent
        words = [w.lower() for w in WORD.findall(ent.name)]
        if len(words) != 1 or len(words[0]) < 4:
            return ent
        for e in self.entities:
            if e is not ent and e.type == "PER":
                ewords = [w.lower() for w in WORD.findall(e.name)]
                if len(ewords) > 1 and any(w.startswith(words[0]) for w in ewords):
                    return e
        return ent

    def _fullest_name(self, start: int, end: int) -> str:
        """The fullest proper name in the article holding the mention's last name word."""
        words = WORD.findall(self.text[start:end])
        target = words[-1] if words else self.text[start:end]
        best = self.text[start:end]
        for m in re.finditer(r"(?<![\w'’])" + re.escape(target) + r"(?![\w'’])", self.text):
            left = self.text.rfind("\n", 0, m.start()) + 1
            lo = max(left, m.start() - 80)
            hi = min(len(self.text), m.end() + 40)
            # the capitalised run around this occurrence
            a = m.start()
            for w in reversed(list(WORD.finditer(self.text, lo, m.start()))):
                if self.text[w.end() : a].strip() or not _is_cap(w.group()) or self._in_body(w.start()):
                    break  # not over "DPR RI" before "Andreas Hugo Pareira"
                a = w.start()
            b = m.end()
            for w in WORD.finditer(self.text, m.end(), hi):
                if self.text[b : w.start()].strip() or not _is_cap(w.group()):
                    break
                b = w.end()
            if a < m.start() and self._in_body(a - 1):
                # the run starts right after a known body: a field and its number go with the title, not
                # the name ("KPK [Wilayah V] Dian Patria")
                words = list(WORD.finditer(self.text, a, m.start()))
                while words and (
                    words[0].group().lower() in portfolios() or NUMERAL.fullmatch(words[0].group().lower())
                ):
                    words.pop(0)
                a = words[0].start() if words else m.start()
            part = _name_part(self.text, a, b)
            if part:
                cand = self.text[part[0] : part[1]]
                before = self.text[: part[0]].rstrip()
                opener = part[0] + len(cand.split(" ", 1)[0])
                if (
                    (not before or before[-1] in '.!?\n”"')
                    and " " in cand
                    and (
                        len(cand.split()) >= 3
                        or cand.split(" ", 1)[0].lower().endswith(VERB_ENDINGS)
                        or cand.split(" ", 1)[0].lower() in lexicon().cue_kind
                        or not self._proper(part[0], opener)
                    )
                ):
                    # "Momen Rocky Gerung", "Menurut Budi", "Dijelaskan Veronica", "Kata Dewa": a
                    # sentence's first word is no name
                    cand = cand.split(" ", 1)[1]
                if target in cand.split() and len(cand) > len(best) and len(cand.split()) <= 5:
                    best = cand
        return best.strip()

    def _title_match(self, start: int, end: int) -> Entity | None:
        lex = lexicon()
        phrase = self.text[start:end].lower()
        titles = [w.lower() for w in WORD.findall(phrase) if lex.klass(w) == "title"]
        synonyms = [p for p in _TITLE_SYNONYMS if p in phrase]
        titles = [_TITLE_SYNONYMS[p] for p in synonyms] or titles
        if not titles:
            return None
        fixed = {w for p in synonyms for w in p.split()}  # "Kepala Negara": one title, no body named
        # the body or place the title names ("eks Ketua [KPU DKI Jakarta] tersebut"): the holder's story
        # names one of them too, or it is someone else's office ("Ketua Komisi II DPR RI")
        quals = {
            w.lower()
            for w in WORD.findall(self.text, start, end)
            if w[:1].isupper() and lex.klass(w) != "title" and w.lower() not in titles
        } - fixed
        best: tuple[int, Entity] | None = None
        for e in self.entities:
            if e.type != "PER":
                continue
            entry = get_dictionary().lookup(tuple(WORD.findall(e.name)))
            roles = [r.title for r in entry.roles] if entry is not None else []  # "Menko Polhukam" Hadi
            hay = " ".join([*e.titles, *roles, *(m.text for m in e.mentions if m.start < start)]).lower()
            hay_words = set(WORD.findall(hay))
            last = max((m.start for m in e.mentions if m.start < start), default=-1)
            # a title names someone already in the story (every title word of it: "Wakil Ketua Komisi II"
            # is not the "Wakil Presiden")
            if quals and not quals & hay_words:
                continue
            if set(titles) <= hay_words and last >= 0 and (best is None or last > best[0]):
                best = (last, e)
        return best[1] if best else None

    def resolve(
        self, sp: Speaker | None, cue_span: tuple[int, int] | None
    ) -> tuple[str | None, str | None, tuple[int, int] | None]:
        """(entity id, canonical name, mention span) for a speaker phrase; ids None when unnamed."""
        if sp is None:
            ent = self._by_id(self.last) if self.last else None
            return (ent.id, ent.name, None) if ent else (None, None, None)
        if sp.kind in ("pronoun", "clitic"):
            ent = self._by_id(self.last) if self.last else self._recent_person(sp.start)
            if ent is None:
                ent = self._subject_before(sp.start)
            if ent is None:
                return None, None, (sp.start, sp.end)
            self._add_mention(ent, sp.start, sp.end)
            self.last, self.last_pos = ent.id, sp.start
            return ent.id, ent.name, (sp.start, sp.end)
        if sp.kind == "plural":
            body = self._body_before(sp.start)
            if body is not None:  # "Komnas HAM mengeluarkan rekomendasi ... Mereka meminta ...": the body
                self._add_mention(body, sp.start, sp.end)
                return body.id, body.name, (sp.start, sp.end)
        if sp.kind in ("unnamed", "plural"):
            return None, None, (sp.start, sp.end)
        if sp.kind == "title":
            named = self._organisation_named(sp.start, sp.end)
            if named is not None:  # "kata Bank Dunia", "menurut laporan Bank Dunia": the body speaks
                org, (ms, me) = named
                return org.id, org.name, (ms, me)
            ent = self._overlapping(sp.start, sp.end)
            if ent is not None and ent.type != "PER":
                ent = None
            ent = ent or self._title_match(sp.start, sp.end)
            pointing = any(w.lower() in _DEMONSTRATIVE for w in WORD.findall(self.text, sp.start, sp.end))
            if ent is None and self.last and pointing:
                # "politikus PKS itu" points back to the story's speaker; a bare "Jaksa" no one has been
                # called is someone not yet named, not the last person quoted
                ent = self._by_id(self.last)
            if ent is None:
                return None, None, (sp.start, sp.end)
            self._add_mention(ent, sp.start, sp.end)
            if ent.type == "PER":
                self.last, self.last_pos = ent.id, sp.start
            return ent.id, ent.name, (sp.start, sp.end)
        assert sp.name is not None
        ns, ne = sp.name
        # "kata ... DPR RI Andreas Hugo", "... Sumatera Selatan Cik Ujang": the name starts after the place
        # or country that closes the title stack, when the phrase runs over it (not "Bloomberg
        # Billionaires Index", a body's name going on)
        trimmed = ns
        d = get_dictionary()
        for start, end, typ in self._dictionary_mentions():
            if start <= trimmed < end < ne:
                inside = d.lookup(tokens_of(self.text[trimmed:end]))
                if typ in ("GPE", "LOC") or (inside is not None and inside.type == "GPE"):
                    trimmed = end  # a place, or the country that closes a body's name ("DPR [RI]")
        first = WORD.search(self.text, trimmed, ne) if trimmed > ns else None
        if first is not None:
            ns = first.start()
        head = self.text[sp.start : ns].split()[:1]
        named_body = any(m.start == sp.start for e in self.entities for m in e.mentions)
        if head and lexicon().klass(head[0]) == "org_head" and self._in_place(ns, ne) and not named_body:
            # "Sekretariat DPRD (Setwan) Bantaeng": a body of a place, unnamed (not the place, nor another
            # body whose name holds the place: "DPRD Bantaeng"); "Kementerian Kesehatan Gaza", an actor of
            # its own, still speaks
            return None, None, (sp.start, sp.end)
        last_word = list(WORD.finditer(self.text, ns, ne))[-1]
        person = self._overlapping(last_word.start(), last_word.end())
        ent = person if person is not None and person.type == "PER" else None
        ent = ent or self._overlapping(ns, ne) or self._by_name(self.text[ns:ne])
        ent = self._fuller(ent) if ent is not None else None
        if ent is None and not self._in_place(ns, ne, known=True):
            ent = self._misread_place(ns, ne)
        if ent is None and self._in_place(ns, ne, known=True):
            # "mantan gubernur DKI Jakarta": a title of a place is a title; "pejabat Gaza" an unnamed source
            # (only the holder of that title in the dictionary: the previous speaker is no safe guess)
            if any(lexicon().klass(w.lower()) == "title" for w in WORD.findall(self.text, sp.start, ns)):
                holder = self._title_match(sp.start, sp.end)
                if holder is not None:
                    self._add_mention(holder, sp.start, sp.end)
                    self.last, self.last_pos = holder.id, sp.start
                    return holder.id, holder.name, (sp.start, sp.end)
            return None, None, (sp.start, sp.end)
        if ent is None:
            lead = WORD.match(self.text, sp.start)
            from_record = lead is not None and lexicon().klass(lead.group().lower()) == "document"
            if " " not in self.text[ns:ne] and not self._proper(ns, ne):
                return None, None, (sp.start, sp.end)  # "Dokumen juga menyebut": a common noun, no one named
            is_org = from_record or (_is_acronym(self.text[ns:ne]) and " " not in self.text[ns:ne])
            name = self.text[ns:ne] if is_org else self._fullest_name(ns, ne)
            ent = self._by_name(name) or Entity(
                id=self._next_id(), name=name, type="ORG" if is_org else "PER"
            )
            if ent not in self.entities:
                self.entities.append(ent)
        if ent.type == "ORG":  # "Kementerian Kesehatan Gaza": the organisation's whole mention, not "Gaza"
            whole = next((m for m in ent.mentions if m.start <= ns and ne <= m.end), None)
            if whole is not None:
                return ent.id, ent.name, (whole.start, whole.end)
        self._add_mention(ent, ns, ne)
        if ent.type == "PER":
            self.last, self.last_pos = ent.id, ns
        return ent.id, ent.name, (ns, ne)

    def _body_before(self, pos: int) -> Entity | None:
        """The organisation that opens the sentence right before the one at ``pos`` ("Komisi Nasional Hak
        Asasi Manusia (Komnas HAM) mengeluarkan rekomendasi ..."), for a plural pronoun that opens its
        own sentence ("Mereka meminta ...") to stand for."""
        sents = [s for s in (self.doc._.sentences or []) if s[0] <= pos]
        if len(sents) < 2 or self.text[sents[-1][0] : pos].strip():
            return None
        s0 = (
            sents[-2][0]
            + len(self.text[sents[-2][0] : sents[-2][1]])
            - len(self.text[sents[-2][0] : sents[-2][1]].lstrip())
        )
        return next(
            (e for e in self.entities if e.type == "ORG" and any(m.start == s0 for m in e.mentions)),
            None,
        )

    def _subject_before(self, pos: int) -> Entity | None:
        """No person entity yet: the name that opens one of the sentences before ("Ketua … Rahmat Bagja mendorong")."""
        for s0, _ in reversed([s for s in (self.doc._.sentences or []) if s[0] < pos][-3:]):
            m = _OPENING_NAME.match(self.text, s0, pos)
            dateline = _DATELINE_DASH.match(self.text, m.end(), pos) if m else None
            if m and dateline:  # "Suara.com - Anggota …": the outlet's dateline is no one's name
                s0 = dateline.end()
                m = _OPENING_NAME.match(self.text, s0, pos)
            if not m:
                continue
            sp = classify(self.text, s0, s0 + len(m.group(0).rstrip()))
            if sp is not None and sp.kind == "name" and self._named(*(sp.name or (sp.start, sp.end))):
                eid, _, _ = self.resolve(sp, None)
                return self._by_id(eid) if eid else None
        return None

    def _proper(self, start: int, end: int) -> bool:
        """Whether the tagger reads a word of the span as a proper noun: a capital that opens a sentence
        ("Menurut dia", "Harga naik") is no name. Without a tagger (the rules-only pipeline) every
        capitalised word counts."""
        words = tokens(self.doc, start, end)
        if not any(t.pos_ for t in words):
            return True
        return any(t.pos_ == "PROPN" for t in words) or self._overlapping(start, end) is not None

    def _named(self, start: int, end: int) -> bool:
        """A sentence opener as a name: the model's entity, or two proper nouns ("Cuaca cerah" is no one)."""
        words = tokens(self.doc, start, end)
        if not any(t.pos_ for t in words):
            return True  # the rules-only pipeline: a capitalised opener counts
        return any(t.ent_type_ for t in words) or sum(t.pos_ == "PROPN" for t in words) >= 2

    def _recent_person(self, pos: int) -> Entity | None:
        best: tuple[int, Entity] | None = None
        for e in self.entities:
            if e.type != "PER":
                continue
            for m in e.mentions:
                if any(a <= m.start < b for a, b in self.quoted):
                    continue  # "“Pak Prabowo akan ...,” katanya": a name inside a quote is not who speaks
                if m.end <= pos and (best is None or m.start > best[0]):
                    best = (m.start, e)
        return best[1] if best else None
