"""Finding actor mentions in a Doc: dictionary names, NER or capitalised names, titles and bare roles.

Why rules: Indonesian news names people with a stack of title, country and name ("Menteri Luar Negeri
Rusia Sergei Lavrov"), and those stacks give country and sector directly. The trained NER (when the
model is installed) decides what is a name; without it capitalised runs do, filtered by a stop list.
All lookups are dict lookups on token tuples, linear in the document length.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.lang.id.stop_words import STOP_WORDS
from spacy.tokens import Doc

from warta.actors.dictionary import ActorDictionary, ActorEntry, Agent, get_dictionary
from warta.quotes.lexicon import lexicon
from warta.resources import read_lines

NER_LABELS = {"PER": "PER", "PERSON": "PER", "ORG": "ORG", "ORGANIZATION": "ORG", "ORGANISATION": "ORG",
              "GPE": "GPE", "LOC": "LOC", "LOCATION": "LOC", "PLACE": "LOC"}  # fmt: skip
NAME_LINKS = {"bin", "binti", "van", "von", "der", "den", "de", "da", "dos", "del", "al", "el", "-", "ibn"}
COUNTERPART = {"rekan", "rekannya", "mitra", "mitranya", "sejawat", "sejawatnya", "kolega", "koleganya"}
FORMER = {"mantan", "eks", "bekas", "purnawirawan"}
DEMONSTRATIVE = {"itu", "tersebut"}
PLURAL = {"para", "kedua", "ketiga", "semua", "dua", "tiga", "beberapa", "sejumlah", "banyak", "seluruh"}
LOCATIVE = {"di", "ke", "dari", "dekat"}
VERB_ENDINGS = ("kan", "nya", "lah", "kah")
# titles held for someone: before a notable person's name they name whom the holder serves
RELATIONAL_TITLES = frozenset(["juru bicara", "penasihat", "asisten", "pengacara", "kuasa hukum", "ajudan"])
# "tersangka berinisial YT dan HK", "pria dengan inisial AS (57)": news names suspects, victims and minors
# by their initials; those are people, whatever else the letters spell ("AS", "RIP", "CAT")
INITIALS_CUES = frozenset(["inisial", "berinisial", "berinsial"])  # (a common misspelling too)
INITIALS = re.compile(r"(?:[A-Z]{1,5}|[A-Z](?:\.[A-Z])+)\.?\Z")
INITIALS_LINKS = frozenset([",", "dan", "serta"])
# the words after "I" (men) or "Ni" (women) that open a Balinese name: birth-order names and caste titles
BALINESE_NAME_WORDS = frozenset(
    ["wayan", "putu", "gede", "made", "kadek", "nengah", "komang", "nyoman", "ketut", "luh", "gusti", "dewa",
     "ngurah", "agung", "ayu", "desak", "kade", "iluh"]
)  # fmt: skip
# religious honorifics: a title stack before them ("Anggota Wantimpres Habib X") holds the office
HONORIFICS = frozenset(["habib", "ustaz", "syekh", "pendeta", "kiai", "kyai", "gus", "buya"])
# the name of a law or regulation follows these words ("RUU TNI", "UU ITE", "Undang-Undang tentang Kementerian
# Negara"): the body it regulates is not acting there
LAW_WORDS = frozenset(
    ["uu", "ruu", "undang-undang", "perppu", "perpres", "permen", "perda", "keppres", "inpres"]
)
# ... unless what carries them is a company or an account ("perusahaan berinisial PT SKM")
NOT_PEOPLE_BEFORE_INITIALS = frozenset(
    ["perusahaan", "pt", "cv", "korporasi", "toko", "akun", "aplikasi", "merek"]
)


# a field named by a pe-an or ke-an noun after a title ("Deputi Bidang Pendanaan", "Direktur Pembinaan
# Penyelenggaraan ..."): an open class, so matched by its shape as well as listed
_FIELD_NOUN = re.compile(r"(?:pe|per|pem|pen|peng|peny|ke)[a-z]{3,}an\Z")


def field_word(lower: str) -> bool:
    """A word of a title's portfolio: listed in ``portfolios.txt``, or a pe-an/ke-an noun that starts no
    body or title of the agents ("pengadilan", "kepolisian" do)."""
    return lower in portfolios() or (bool(_FIELD_NOUN.match(lower)) and lower not in _agent_first_words())


@lru_cache(maxsize=1)
def _agent_first_words() -> frozenset[str]:
    return frozenset(phrase[0] for phrase in get_dictionary().agents)


@lru_cache(maxsize=1)
def portfolios() -> frozenset[str]:
    return frozenset(read_lines("actors/portfolios.txt"))


@lru_cache(maxsize=1)
def generic_bodies() -> frozenset[str]:
    return frozenset(read_lines("actors/generic_bodies.txt"))


@lru_cache(maxsize=1)
def not_names() -> frozenset[str]:
    return frozenset(STOP_WORDS) | frozenset(read_lines("actors/not_names.txt"))


@dataclass
class TitleInfo:
    """A role phrase attached to a mention: "Presiden AS", "kepala staf Gedung Putih", "mantan Menlu"."""

    text: str
    agent: Agent
    qual: ActorEntry | None = None  # the country or organisation named inside the title phrase
    qual_kind: str | None = None  # "GPE"/"ORG"/... of the qualifier
    former: bool = False
    counterpart: bool = False

    def code(self, day) -> tuple[str | None, str | None]:
        """(country, sector) this title implies on ``day``."""
        q_country, q_sector = self.qual.code(day) if self.qual else (None, None)
        if self.counterpart:
            return q_country, None
        sector = self.agent.sector
        if sector == "*":
            sector = q_sector if self.qual is not None and self.qual.type == "ORG" else None
        elif sector == "GOV" and q_sector == "PTY" and self.qual is not None and self.qual.type == "ORG":
            sector = "PTY"  # "Presiden PKS Ahmad Syaikhu" heads a party, not the state
        country = q_country or self.agent.country
        if self.agent.phrase in _MISSIONS_ABROAD:
            country = self.agent.country  # "KBRI Phnom Penh" is Indonesia's, wherever it sits
        if self.former and sector:
            sector = "ELI"
        return country, sector


# the prefixes of Indonesia's embassies and consulates (agents.tsv): the place they name is where they sit
_MISSIONS_ABROAD = {"kbri", "kjri"}


@dataclass
class Mention:
    start: int  # token span of the whole mention (title included)
    end: int
    name_start: int  # token span of the name itself (== start/end for plain names)
    name_end: int
    type: str | None
    entry: ActorEntry | None = None
    titles: list[TitleInfo] = field(default_factory=list)
    is_reference: bool = False  # a bare role ("Utusan itu", "Wapres") that points back to a named actor
    head: str | None = None  # coreference head of a bare role
    # the country of the known place it lies in ("Kabanjahe, Karo, Sumut")
    country_of_place: str | None = None
    name: str | None = None  # the name when it is not the text ("Pengadilan Negeri (PN) Bandung")
    short_form: str | None = None  # its bracketed short form, when the mention runs over it ("PN")

    def name_text(self, doc: Doc) -> str:
        return self.name or doc[self.name_start : self.name_end].text


def _namey(text: str) -> bool:
    return bool(text) and text[0].isupper() and any(c.isalpha() for c in text)


def dictionary_spans(
    texts: list[str], d: ActorDictionary, redefined: dict[str, tuple[int, int]] | None = None
) -> list[tuple[int, int, ActorEntry]]:
    """Greedy longest case-sensitive alias matches, left to right."""
    index = _first_token_lengths(d)
    out: list[tuple[int, int, ActorEntry]] = []
    i, n = 0, len(texts)
    # aliases this article uses inside a longer, different name ("Andika Pratama") do not mean the
    # dictionary person ("Andika" = Andika Perkasa) anywhere in it
    lower_seen = {t for t in texts if t.islower()}
    taken = {
        texts[j]
        for j in range(n - 1)
        if texts[j] in index
        and (e := d.lookup((texts[j],))) is not None
        and _longer_name(texts, j + 1, e, lower_seen)
    }
    if redefined is None:
        redefined = _redefined_short_forms(texts, d)
    lowers = [t.lower() for t in texts]
    while i < n:
        lengths = index.get(texts[i])
        hit = None
        if lengths:
            for length in lengths:
                if i + length <= n:
                    entry = d.lookup(tuple(texts[i : i + length]))
                    if (
                        entry is not None
                        and not _longer_name(texts, i + length, entry, lower_seen)
                        and not (length == 1 and entry.type == "PER" and texts[i] in taken)
                        and not (length == 1 and texts[i] in redefined)
                        # "Kejaksaan Tinggi (Kejati) Lampung": a longer organisation prefix starts here, so
                        # "Kejaksaan" is no alias of the Kejaksaan Agung
                        and not (
                            entry.type == "ORG"
                            and (prefix := _agent_at(lowers, i, d, ("org",))) is not None
                            and prefix[0] > i + length
                        )
                        # "Universitas Airlangga", but not the end of a known name ("Amerika Serikat Donald
                        # Trump": "Serikat" also starts union names)
                        and not (
                            entry.type == "PER"
                            and i > 0
                            and _name_prefix(texts[i - 1], d)
                            and not (out and out[-1][1] == i)
                        )
                    ):
                        hit = (i, i + length, entry)
                        break
        if hit:
            out.append(hit)
            i = hit[1]
        else:
            i += 1
    return out


def _name_prefix(word: str, d: ActorDictionary) -> bool:
    """A capitalised organisation or place prefix: "Universitas Airlangga", "Jalan Sudirman" name no person."""
    return word[:1].isupper() and any(a.kind in ("org", "place") for a in d.agents.get((word.lower(),), ()))


_NOT_NAME_PARTS = frozenset(
    [
        "Senin",
        "Selasa",
        "Rabu",
        "Kamis",
        "Jumat",
        "Jum'at",
        "Sabtu",
        "Minggu",
        "Januari",
        "Februari",
        "Maret",
        "April",
        "Mei",
        "Juni",
        "Juli",
        "Agustus",
        "September",
        "Oktober",
        "November",
        "Desember",
        "RI",
        "AS",
    ]
)


_SHORT_FORM_LINKS = frozenset({"dan", "dari", "untuk", "di", "&", "atas", "serta"})


def _redefined_short_forms(texts: list[str], d: ActorDictionary) -> dict[str, tuple[int, int]]:
    """Organisation short forms the dictionary knows that this article defines in brackets as something
    else, with the span of the long form: "Perjanjian Kerja Sama (PKS)" is an agreement and "Pajak
    Kendaraan Bermotor (PKB)" a tax, and no "PKS" or "PKB" in the article is the party. The long form
    spells the short form with its initials and shares no word with the dictionary actor's names (so
    "Partai Keadilan dan Sejahtera (PKS)" stays the party)."""
    out: dict[str, tuple[int, int]] = {}
    for j in range(1, len(texts) - 2):
        short = texts[j + 1]
        if texts[j] != "(" or texts[j + 2] != ")" or not (short.isalpha() and short.isupper()):
            continue
        entry = d.lookup((short,))
        if entry is None or entry.type != "ORG" or not 2 <= len(short) <= 8:
            continue
        initials, k = "", j
        while k > 0 and len(initials) < len(short):
            word = texts[k - 1]
            if word.lower() in _SHORT_FORM_LINKS and initials:
                k -= 1
                continue
            if not word.isalpha():
                break
            initials = word[0].upper() + initials
            k -= 1
        if initials != short:
            continue
        long_words = {w.lower() for w in texts[k:j]} - _SHORT_FORM_LINKS
        own_words = {w.lower() for name in (entry.name, *entry.aliases) for w in name.split()}
        if not long_words & own_words:
            out.setdefault(short, (k, j))
    return out


def _longer_name(texts: list[str], end: int, entry: ActorEntry, lower_seen: set[str] = frozenset()) -> bool:
    """A person alias followed by another name word is part of a different, longer name
    ("Andika" in "Andika Pratama" is not Andika Perkasa); not a headline's verb ("Bamsoet Dituntut ...",
    a word the article also writes in lower case)."""
    if entry.type != "PER" or end >= len(texts):
        return False
    nxt = texts[end]
    if _headline_verb(nxt.lower(), lower_seen):
        return False
    return _namey(nxt) and nxt.isalpha() and nxt not in _NOT_NAME_PARTS and nxt not in entry.name.split()


@lru_cache(maxsize=4)
def _first_token_lengths(d: ActorDictionary) -> dict[str, list[int]]:
    index: dict[str, set[int]] = {}
    for toks in d.by_alias:
        index.setdefault(toks[0], set()).add(len(toks))
    return {k: sorted(v, reverse=True) for k, v in index.items()}


def _agent_at(
    lowers: list[str], i: int, d: ActorDictionary, kinds: tuple[str, ...]
) -> tuple[int, Agent] | None:
    """Longest agents.tsv phrase starting at token i: (end, agent)."""
    for length in d.agent_lengths.get(lowers[i], ()):
        if i + length > len(lowers):
            continue
        for agent in d.agents.get(tuple(lowers[i : i + length]), ()):
            if agent.kind in kinds:
                return i + length, agent
    return None


def _agent_ending_at(
    lowers: list[str], j: int, d: ActorDictionary, kinds: tuple[str, ...]
) -> tuple[int, Agent] | None:
    """Longest agents.tsv phrase ending just before token j: (start, agent)."""
    if j == 0:
        return None
    for length in d.agent_end_lengths.get(lowers[j - 1], ()):
        if length > j:
            continue
        for agent in d.agents.get(tuple(lowers[j - length : j]), ()):
            if agent.kind in kinds:
                return j - length, agent
    return None


def find_mentions(doc: Doc) -> list[Mention]:
    """Every actor mention of the doc, in text order (names with their titles, then bare roles)."""
    d = get_dictionary()
    texts = [t.text for t in doc]
    lowers = [t.lower() for t in texts]
    n = len(texts)
    sent_start = [t.is_sent_start or i == 0 for i, t in enumerate(doc)]
    lower_seen = {t for t in texts if t.islower()}
    stop = not_names()

    # ---- candidate name spans: NER entities when the model ran, else capitalised runs
    ner: list[tuple[int, int, str | None]] = []
    # words written with a capital inside a sentence: names, whatever the tagger says at a sentence start
    mid_caps = {
        t
        for i, t in enumerate(texts)
        if t[:1].isupper() and i and not sent_start[i] and texts[i - 1][:1] not in "“\"‘'("
    }
    cased = False
    if doc.ents:
        # in cased text a name has a capital: an all-lower-case NER span ("secara real time") is not one
        # (the model also learnt lower-cased names, for text written all in lower case)
        cased = sum(1 for t in texts if t[:1].isupper()) > 0.03 * n
        for ent in doc.ents:
            label = NER_LABELS.get(ent.label_)
            if label and not (cased and not any(ch.isupper() or ch.isdigit() for ch in ent.text)):
                for a, b in _outside_brackets(texts, ent.start, ent.end):
                    opener = sent_start[a] or (a > 0 and texts[a - 1] in "“\"‘'(")
                    if (
                        b - a == 1
                        and opener
                        and doc[a].pos_ not in ("PROPN", "X", "")
                        and texts[a] not in mid_caps
                    ):
                        continue  # "Gelaran sidang kabinet ...", "Ketegasan seperti ini": a common noun
                    if b - a > 1 or lowers[a] not in stop:  # "(Persero)": a legal form, not a name
                        ner.append((a, b, label))
    if cased:
        ner = [_before_headline_verb(a, b, label, lowers, lower_seen) for a, b, label in ner]
    # short forms the article defines as something else ("Perjanjian Kerja Sama (PKS)")
    redefined = _redefined_short_forms(texts, d)
    dict_spans = [
        sp for sp in dictionary_spans(texts, d, redefined) if not _inside_other_name(sp, ner, texts, d)
    ]
    # "DPD Partai Golkar", "DPD PDIP Jatim": a party's regional board (Dewan Pimpinan Daerah), not the
    # chamber DPD (Dewan Perwakilan Daerah)
    party_at = {s: entry for s, _, entry in dict_spans if entry.sector == "PTY"}
    dict_spans = [
        (s, e, entry)
        for s, e, entry in dict_spans
        if not (
            entry.key == "org:dpd" and e - s == 1 and (e in party_at or (e < n and lowers[e] == "partai"))
        )
    ]
    covered: list[ActorEntry | None] = [None] * n
    for s, e, entry in dict_spans:
        for k in range(s, e):
            covered[k] = entry

    mentions: list[Mention] = []
    for k, (s, e, entry) in enumerate(dict_spans):
        nxt = dict_spans[k + 1] if k + 1 < len(dict_spans) else None
        prefix = _agent_at(lowers, s, d, ("org",)) if entry.type == "ORG" and entry.country == "IDN" else None
        if (
            prefix
            and nxt
            and nxt[0] == e
            and nxt[2].type in ("GPE", "LOC")
            and nxt[2].country not in (None, "IDN")
        ):
            # "Kementerian Luar Negeri Jepang", "Kementerian Kesehatan Gaza": the same office name, another
            # country's ministry
            title = TitleInfo(doc[s : nxt[1]].text, prefix[1], nxt[2])
            mentions.append(Mention(s, nxt[1], s, nxt[1], "ORG", None, [title]))
            continue
        mentions.append(Mention(s, e, s, e, entry.type, entry))

    # the model ran (even when it found nothing in this text): a run it left out is no name
    ner_ran = bool(ner) or doc.has_annotation("ENT_IOB")
    ner = _repair_ner(ner, texts, [t.pos_ for t in doc], lowers, covered, d, lower_seen, sent_start, cased)
    runs: list[tuple[int, int, str | None]] = list(ner)
    in_ner = [False] * n
    for s, e, _ in ner:
        for k in range(s, e):
            in_ner[k] = True
    i = 0
    while i < n:
        if not _namey(texts[i]) or in_ner[i]:
            i += 1
            continue
        j = i + 1
        while j < n and not in_ner[j]:
            if _namey(texts[j]):
                j += 1
            elif lowers[j] in NAME_LINKS and j + 1 < n and _namey(texts[j + 1]):
                if texts[j] == "-" and (doc[j - 1].whitespace_ or doc[j].whitespace_):
                    break
                j += 1
            else:
                break
        runs.append((i, j, None))
        i = j

    people = _people_seen(ner, texts, lowers, lower_seen)
    for s, e, run_label in sorted(runs):
        pieces = [(a, b, run_label) for a, b in _split_by(covered, s, e)]
        for seg_s, seg_e, label in _split_held_names(pieces, texts, lowers, covered, d, people, lower_seen):
            if label and cased and not any(ch.isupper() for ch in doc[seg_s:seg_e].text):
                continue  # no capital: what is left of "BI all out" once the known "BI" is out, "2020", a URL
            seg_label = label
            title_in_span = _title_in_stack(texts, lowers, seg_s, d)
            if (
                label in ("ORG", "GPE", "LOC")
                and seg_s > s
                and covered[seg_s - 1] is not None
                # a place goes on ("Denpasar [Barat]", "Tasikmalaya [Kota]"): no holder starts there
                and not (label != "ORG" and lowers[seg_s] in _PLACE_GOES_ON)
                and (_titled(lowers, seg_s, covered, d) or title_in_span)
                and all(doc[k].pos_ in ("PROPN", "") for k in range(seg_s, seg_e))
                and _agent_at(lowers, seg_s, d, ("title",)) is None  # not "[TNI AL Laksamana] Pertama"
            ):
                # "Kepala BPH Migas Erika Retnowati", "Kepala Pusat Penerangan Hukum Kejagung Harli
                # Siregar" read as one organisation: after the known body comes the person who holds
                # the title; so after a known place ("Gubernur Lampung Arinal Djunaidi" read as one place)
                seg_label = "PER"
            mentions.extend(
                _segment(
                    doc,
                    texts,
                    lowers,
                    seg_s,
                    seg_e,
                    seg_label,
                    d,
                    covered,
                    sent_start,
                    lower_seen,
                    stop,
                    ner_given=ner_ran,
                    cased=cased,
                )  # fmt: skip
            )

    mentions.extend(_bracketed_short_forms(texts, mentions, stop))
    if redefined:  # "Perjanjian Kerja Sama (PKS)": neither the agreement nor its short form is an actor
        long_spans = list(redefined.values())
        mentions = [
            m
            for m in mentions
            if not (m.end - m.start == 1 and texts[m.start] in redefined)
            and not any(s < m.end and m.start < e for s, e in long_spans)
        ]
    mentions = _initialled_people(texts, lowers, mentions)
    mentions.extend(_repeated_names(texts, lowers, mentions, covered, stop, sent_start, d))
    mentions.sort(key=lambda m: (m.start, -m.end))
    org_by_end = {m.end: m for m in mentions if m.type == "ORG" and m.entry is None}
    # places by where they end, for a place that closes a title ("Sekretaris DPRD Bantaeng Saharuddin")
    place_by_end = {m.end: m for m in mentions if m.type in ("GPE", "LOC")}
    for m in mentions:
        if m.type in (None, "PER"):
            _attach_titles(doc, lowers, m, covered, org_by_end, d, place_by_end)
    mentions.extend(_bare_roles(doc, texts, lowers, mentions, d))
    mentions.sort(key=lambda m: (m.start, -m.end))
    _place_after_short_form(doc, texts, mentions)
    _generic_bodies(doc, texts, mentions)
    _aged_people(texts, mentions)
    _locate_places(texts, mentions)
    return [m for m in mentions if not _law_name(lowers, m.start)]


def _law_name(lowers: list[str], k: int) -> bool:
    """Whether the mention at token k names a law ("RUU TNI", "UU tentang Kementerian Negara")."""
    if lowers[k] in LAW_WORDS:
        return True
    if k and lowers[k - 1] == "tentang":
        k -= 1
    # "Undang-Undang" is three tokens when the second part is capitalised
    return k > 0 and (lowers[k - 1] in LAW_WORDS or "".join(lowers[max(0, k - 3) : k]) == "undang-undang")


def _repeated_names(texts, lowers, mentions, covered, stop, sent_start, d) -> list[Mention]:
    """Later uses of a person's name that the model left out: "Pegi Setiawan" found once, then "Pegi
    Setiawan" and "Pegi" elsewhere in the article. A name word counts alone when it is capitalised, at
    least three letters, not a stop word, not a known actor, and not part of a longer capitalised run."""
    names: set[tuple[str, ...]] = set()
    for m in mentions:
        if m.type != "PER" or m.entry is not None:
            continue
        words = tuple(texts[m.name_start : m.name_end])
        if not words or not all(
            w[:1].isupper() and w.replace("'", "").replace("-", "").isalpha() for w in words
        ):
            continue
        low = [w.lower() for w in words]
        if any(tuple(low[a:b]) in d.agents for a in range(len(low)) for b in range(a + 1, len(low) + 1)):
            continue  # "Majelis Hakim", "Satgas": a role or body read as a person, not to be spread
        names.add(words)
        if len(words) > 1:
            for w in words:
                if len(w) >= 3 and not w.isupper() and w.lower() not in stop and d.lookup((w,)) is None:
                    names.add((w,))
    if not names:
        return []
    taken = [False] * len(texts)
    for m in mentions:
        for k in range(m.start, m.end):
            taken[k] = True
    lengths = sorted({len(n) for n in names}, reverse=True)
    out: list[Mention] = []
    i, n = 0, len(texts)
    while i < n:
        hit = 0
        if not taken[i] and covered[i] is None and texts[i][:1].isupper():
            for length in lengths:
                e = i + length
                if e > n or tuple(texts[i:e]) not in names or any(taken[i:e]):
                    continue
                before = texts[i - 1] if i and not sent_start[i] else ""
                after = texts[e] if e < n else ""
                if _namey(before) or _namey(after):
                    continue  # part of a longer name ("Jalan Pegi Raya")
                hit = length
                break
        if hit:
            out.append(Mention(i, i + hit, i, i + hit, "PER"))
            for k in range(i, i + hit):
                taken[k] = True
            i += hit
        else:
            i += 1
    return out


def _initialled_people(texts: list[str], lowers: list[str], mentions: list[Mention]) -> list[Mention]:
    """People named by their initials after "(ber)inisial": each becomes a person mention, in place of
    what the model or the dictionary made of the letters ("AS" the United States, "RIP" a body). A list
    ("YT dan HK", "HS, IS, TS") and ages in brackets ("AS (57)") are followed, and so are later uses of
    the same letters."""
    n = len(texts)
    found: list[int] = []
    for i, low in enumerate(lowers):
        if low not in INITIALS_CUES or NOT_PEOPLE_BEFORE_INITIALS & set(lowers[max(0, i - 3) : i]):
            continue
        k = i + 1
        while k < n and INITIALS.match(texts[k]) and lowers[k + 1 : k + 2] != ["-"]:
            found.append(k)
            j = k + 1
            if j + 2 < n and texts[j] == "(" and texts[j + 2] == ")" and texts[j + 1].isdigit():
                j += 3  # an age
            if j + 1 < n and lowers[j] in INITIALS_LINKS and INITIALS.match(texts[j + 1]):
                k = j + 1
                continue
            break
    if not found:
        return mentions
    # later uses of the same letters are the same person ("Kini AS ditahan")
    letters = {texts[k] for k in found}
    found += [k for k in range(found[0] + 1, n) if texts[k] in letters and k not in found]
    out = list(mentions)
    for k in found:
        over = [m for m in out if m.start <= k < m.end]
        if any(m.end - m.start > 1 for m in over):
            continue  # part of a longer name the model or the dictionary found
        out = [m for m in out if m not in over]
        out.append(Mention(k, k + 1, k, k + 1, "PER"))
    return out


def _aged_people(texts: list[str], mentions: list[Mention]) -> None:
    """A name followed by an age in brackets is a person's, whatever the model typed it: "Sempurna
    Pasaribu (47)", "Riky Saputra (31)"."""
    for m in mentions:
        k = m.end
        if m.entry is not None or m.type == "PER" or k + 2 >= len(texts):
            continue
        if texts[k] == "(" and texts[k + 2] == ")" and texts[k + 1].isdigit() and 0 < int(texts[k + 1]) < 111:
            m.type = "PER"


def _org_prefix(m: Mention) -> TitleInfo | None:
    """The organisation prefix ("Pengadilan Negeri", "PN") a mention was built on, if any."""
    return next((t for t in m.titles if t.agent.kind == "org"), None)


def _place_after_short_form(doc: Doc, texts: list[str], mentions: list[Mention]) -> None:
    """ "Pengadilan Negeri (PN) Bandung": the place after the bracketed short form is the body's own, so
    the mention runs to it and is named "Pengadilan Negeri Bandung" (not a bare "Pengadilan Negeri" that
    would join every district court into one actor)."""
    places = {m.start: m for m in mentions if m.type in ("GPE", "LOC") and m.entry is not None}
    long_names: dict[tuple[str, str], str] = {}  # ("pn", place key) -> "Pengadilan Negeri Bandung"
    inside: set[int] = set()
    for m in mentions:
        k = m.end
        prefix = _org_prefix(m)
        if m.type != "ORG" or m.entry is not None or prefix is None or prefix.qual is not None:
            continue
        if k + 3 >= len(texts) or texts[k] != "(" or texts[k + 2] != ")" or k + 3 not in places:
            continue
        place = places[k + 3]
        m.name = f"{m.name_text(doc)} {place.entry.name}"  # "(PT) DKI": "Pengadilan Tinggi DKI Jakarta"
        m.end = m.name_end = place.end
        prefix.qual, prefix.qual_kind = place.entry, place.entry.type
        long_names[(texts[k + 1].lower(), place.entry.key)] = m.name
        m.short_form = texts[k + 1]  # later bare uses ("KKJ menilai ...") still join this actor
        inside.add(k + 1)
    if not long_names:
        return
    mentions[:] = [m for m in mentions if not (m.start in inside and m.end == m.start + 1)]
    for m in mentions:  # "PN Bandung" later in the text: the same court
        prefix = _org_prefix(m)
        if m.type == "ORG" and m.name is None and prefix is not None and prefix.qual is not None:
            m.name = long_names.get((texts[m.start].lower(), prefix.qual.key))


def _generic_bodies(doc: Doc, texts: list[str], mentions: list[Mention]) -> None:
    """A bare "Pengadilan Tinggi" is the court of that kind the article named before ("Pengadilan Tinggi
    (PT) DKI ... Pengadilan Tinggi membatalkan"), or the one it sits in ("Pengadilan Tipikor pada
    Pengadilan Negeri (PN) Jakarta Pusat"); with neither it is no actor."""
    generic = generic_bodies()
    named: dict[str, str] = {}  # prefix -> the last full name with that prefix
    drop: set[int] = set()
    for idx, m in enumerate(mentions):
        prefix = _org_prefix(m)
        if m.type != "ORG" or m.entry is not None or prefix is None:
            continue
        phrase = prefix.agent.phrase
        if prefix.qual is not None:
            named[phrase] = m.name_text(doc)
            continue
        if phrase not in generic or doc[m.start : m.end].text.lower() != phrase:
            continue
        k = m.end
        if k + 2 < len(texts) and texts[k] == "(" and texts[k + 2] == ")":
            k += 3  # "(Tipikor)"
        if k < len(texts) and texts[k].lower() in ("pada", "di"):
            host = next((o for o in mentions if o.start == k + 1), None)
            hp = _org_prefix(host) if host is not None else None
            if host is not None and host.type == "ORG" and hp is not None and hp.qual is not None:
                m.name = f"{doc[m.start : m.end].text} {hp.qual.name}"  # the Tipikor court of Jakarta Pusat
                named[phrase] = m.name
                continue
        if phrase in named:
            m.name = named[phrase]
        else:
            drop.add(idx)
            if k > m.end:  # and its bracketed short form
                drop.update(i for i, o in enumerate(mentions) if o.start == m.end + 1 and o.end == m.end + 2)
    if drop:
        mentions[:] = [m for i, m in enumerate(mentions) if i not in drop]


def _title_in_stack(texts: list[str], lowers: list[str], k: int, d: ActorDictionary) -> bool:
    """A title opens the run of capitalised words before token k: "Kepala Pusat Penerangan Hukum
    Kejagung [Harli Siregar]"."""
    p = k
    while p > 0 and texts[p - 1][:1].isupper() and k - p < 7:
        p -= 1
    return any(_agent_at(lowers, q, d, ("title",)) for q in range(p, k))


def _locate_places(texts: list[str], mentions: list[Mention]) -> None:
    """A place no dictionary knows, followed by a comma and a place that has a country, lies in that
    country: "Kabanjahe, Karo, Sumatera Utara", "Mega Kuningan, Jakarta" (right to left, so a chain
    passes the country on)."""
    by_start = {m.start: m for m in mentions if m.type in ("GPE", "LOC")}
    d = get_dictionary()
    for m in by_start.values():  # "Jalan Veteran Klaten", "Kebun Binatang Bandung": named after a known place
        if m.entry is None and m.end - m.start > 1:
            for n in (3, 2, 1):
                inner = (
                    d.lookup(tuple(texts[max(m.start + 1, m.end - n) : m.end]))
                    if m.end - n > m.start
                    else None
                )
                if inner is not None and inner.type in ("GPE", "LOC") and inner.country:
                    m.country_of_place = inner.country
                    break
    for m in sorted(by_start.values(), key=lambda m: -m.start):
        if m.entry is not None or any(t.qual for t in m.titles) or m.end >= len(texts) or texts[m.end] != ",":
            continue
        nxt = by_start.get(m.end + 1)
        if nxt is not None:
            m.country_of_place = (nxt.entry.country if nxt.entry else None) or nxt.country_of_place


def _inside_other_name(hit: tuple[int, int, ActorEntry], ner, texts: list[str], d: ActorDictionary) -> bool:
    """A dictionary person alias that the model reads as the end of a longer name of someone else:
    "Hadi" (Hadi Tjahjanto) in "Suprayoga Hadi" (not "Presiden Jokowi": a title is no name word)."""
    s, e, entry = hit
    if entry.type == "LOC" and s > 0:
        # "Pasar Kampar", "Jalan Veteran Klaten", "Mega Kuningan": a place the model read whole, named
        # after the place it is in (not a title or a prefix before it: "Bupati Maros X", "Pemkab Bantaeng"
        # split there)
        prev = texts[s - 1]
        if not (prev[:1].isupper() and prev.isalpha()) or _agent_ending_at(
            [t.lower() for t in texts[max(0, s - d.max_agent_len) : s]],
            min(s, d.max_agent_len),
            d,
            ("title", "org", "place", "agent"),
        ):
            return False
        for a, b, label in ner:
            if label in ("LOC", "GPE") and a < s and e <= b:
                # not a known name and its place ("Kompleks Istana Kepresidenan Jakarta"): those stay two
                return all(d.lookup(tuple(texts[k:s])) is None for k in range(a, s))
        return False
    if entry.type != "PER" or s == 0:
        return False
    prev = texts[s - 1]
    own = {w for alias in (entry.name, *entry.aliases) for w in alias.split()}
    if not (prev[:1].isupper() and prev.isalpha()) or prev in own or (prev.lower(),) in d.agents:
        return False
    if prev.lower() in not_names():
        return False
    return any(label == "PER" and a < s and e <= b for a, b, label in ner)


def _name_word(word: str, d: ActorDictionary) -> bool:
    """A capitalised word that can go on a person's name: no weekday, month, title, prefix or stop word."""
    return (
        _namey(word)
        and word.isalpha()
        and word[1:].islower()  # not "SalehOperasi" (two words glued) nor an acronym
        and word not in _NOT_NAME_PARTS
        and word.lower() not in not_names()
        and (word.lower(),) not in d.agents
    )


def _repair_ner(
    ner: list[tuple[int, int, str | None]],
    texts: list[str],
    tags: list[str],
    lowers: list[str],
    covered,
    d: ActorDictionary,
    lower_seen: set[str],
    sent_start: list[bool],
    cased: bool = True,
) -> list[tuple[int, int, str | None]]:
    """Mend the ways the model cuts a titled name: a title's second word opens an entity ("Direktur
    [Eksekutif Perludem Khoirunnisa] [Nur Agustyati]"), a person's first name is read into the
    organisation before it ("[Perludem Khoirunnisa]ORG [Nur Agustyati]PER"), a comma ends one, one name
    comes in two pieces or one word short."""
    spans = []
    for a, b, label in ner:
        while a < b and not any(ch.isalnum() for ch in lowers[b - 1]):
            b -= 1  # "[Helmi D,]": a comma is no part of a name
        for p in range(max(0, a - 3), a):
            hit = _agent_at(lowers, p, d, ("title",))
            if hit and a < hit[0] < b:
                a = hit[0]
        if (
            spans
            and label == spans[-1][2] == "PER"
            and spans[-1][1] == a
            and b - a == 1
            and all(_name_word(texts[k], d) for k in range(spans[-1][0], b))
        ):
            spans[-1][1] = b  # "[Donny Ermawan] [Taufanto]": one name cut in two
        else:
            spans.append([a, b, label])
    starts = {a for a, _, _ in spans}
    ends = {b - 1 for _, b, _ in spans}
    for span in spans:
        a, b, label = span
        if any(covered[k] is not None for k in range(a, b)):
            continue  # the dictionary's name ("Mega", "Marinir"): it is whole as it is
        while (
            label == "PER"
            and b < len(lowers)
            and b - a < 5
            and b not in starts
            and covered[b] is None
            and _name_word(texts[b], d)
            and tags[b] == "PROPN"
            and not (cased and _headline_verb(lowers[b], lower_seen))  # "Bamsoet [Dituntut ...]"
        ):
            b += 1  # "AKBP [Rossa Purbo] Bekti": the model stopped one word short
        while (
            label == "PER"
            and a > 0
            and b - a < 5
            and (a - 1) not in ends
            and not sent_start[a - 1]  # "Penunjukan Waller ...": a sentence's first word is no safe name
            and covered[a - 1] is None
            and _name_word(texts[a - 1], d)
            and tags[a - 1] == "PROPN"
            and lowers[a - 1] not in portfolios()  # "Wamendagri Dalam Negeri [John ...]"
            and lowers[a - 1] not in lower_seen  # "podcast [Abraham Samad]": a common word
            # after a title, a word before a full name is the title's place ("Bupati Indramayu [Nina
            # Agustina]"); before a lone surname it is the first name ("Hakim tunggal Eman [Sulaeman]")
            and (
                b - a == 1
                or _agent_ending_at(lowers, a - 1, d, ("title", "org", "place")) is None
                # a police rank names no place: "Brigjen Pol Trunoyudo [Wisnu Andiko]"
                or (a > 1 and lowers[a - 2] == "pol")
            )
        ):
            a -= 1  # "Hakim PN Bandung Eman [Sulaeman]": or started one word late
        if label == "PER" and a > 0 and texts[a - 1] in ("I", "Ni") and lowers[a] in BALINESE_NAME_WORDS:
            a -= 1  # "Kompol I [Ketut Sukadi]": the Balinese name's first word
        span[0], span[1] = a, b
    for left, right in zip(spans, spans[1:], strict=False):
        if left[2] == "ORG" and right[2] == "PER" and left[1] == right[0]:
            known = [k for k in range(left[0], left[1]) if covered[k] is not None]
            if known and known[-1] + 1 < left[1]:
                left[1] = right[0] = known[-1] + 1
    return [(a, b, label) for a, b, label in spans if a < b]


# a body's own last word before its holder's name: an acronym ("PT BKS"), a number or a Roman numeral
# ("SDN 12", "Teradu VI")
_BODY_END = re.compile(r"[A-Z][A-Z0-9-]+|\d+[A-Za-z]?\Z")


def _split_held_names(
    spans: list[tuple[int, int, str | None]], texts, lowers, covered, d: ActorDictionary, people, lower_seen
) -> list[tuple[int, int, str | None]]:
    """Split the holder's name off a body or place it was read into: after an Indonesian rank inside it
    ("[Polsek Cibeureum Iptu Darmansyah]" is the station, the rank and the person), or when the body ends
    in an acronym or a number and the model reads the last words alone as a person elsewhere ("Kepala
    Sekolah [SDN 12 Wulandari] ... menurut Wulandari"), or after a title when the article has the
    name's first word speak ("Direktur Eksekutif [Trias Politika Strategis Agung Baskoro] ... ujar
    Agung"); ``people`` holds the words of its PER spans."""
    out: list[tuple[int, int, str | None]] = []
    for a, b, label in spans:
        cut = None
        if b - a > 1 and not any(covered[k] is not None for k in range(a, b)):
            cut = _rank_inside(a, b, texts, lowers, covered, d)
            if cut is None and label != "PER":
                cut = _name_after_body(a, b, texts, lowers, covered, d, people, lower_seen)
        if cut is None:
            out.append((a, b, label))
            continue
        if cut[0] == cut[1]:  # no rank between: a body before its holder ("Pengurus Pusat PBSI X")
            place_label = label or "ORG"
        elif label in (None, "PER") or _agent_at(lowers, a, d, ("title",)):
            # what stands before a rank is the office's place or unit ("Kapolsek [Prambanan] AKP X"),
            # also after an office the model read into the span ("[Kanit Tipidter] Iptu X")
            place_label = "LOC"
        else:
            place_label = label
        if cut[0] - a == 1 and (lowers[a],) in d.agents:
            if a > 0 and covered[a - 1] is not None and covered[a - 1].type in ("GPE", "LOC"):
                # "Polsek Medan [Kota Iptu] X": the word ends the place; the rank stays with it, as the
                # place that closes the title before the name
                out.append((a, cut[1], place_label))
            # "[Kota] AKBP X" alone: no place
        elif any(sum(ch.isalpha() for ch in texts[k]) > 1 for k in range(a, cut[0])):  # not "galian [C.]"
            out.append((a, cut[0], place_label))
        if cut[1] < b:
            out.append((cut[1], b, "PER"))
    return out


def _people_seen(ner, texts, lowers, lower_seen) -> set[tuple[str, ...]]:
    """The words of the model's PER spans that can stand for a holder's name read into a body: two or
    more words that are no common words ("budi daya rumput laut" is not Budi), or one word the article
    has speak ("kata Sumiyati", "Sumiyati mengatakan"); a body the model once calls a person ("FISIP
    Unud") is not split by it."""
    cues = lexicon().cue_kind
    n = len(texts)
    # a body's short form the article defines ("Universitas Udayana (Unud)"): it speaks as the body
    short_forms = {texts[k] for k in range(1, n - 1) if texts[k - 1] == "(" and texts[k + 1] == ")"}
    out = set()
    for a, b, label in ner:
        if label != "PER" or any(lowers[k] in lower_seen for k in range(a, b)):
            continue
        if b - a == 1 and texts[a] in short_forms:
            continue
        before = lowers[a - 1] if a > 0 else ""
        after = lowers[b] if b < n else ""
        speaks = cues.get(before.removesuffix("nya")) in ("post", "menurut") or cues.get(after) == "verb"
        if b - a > 1 or speaks:
            out.add(tuple(texts[a:b]))
    return out


def _rank_inside(a: int, b: int, texts, lowers, covered, d) -> tuple[int, int] | None:
    """(rank start, name start) of a police or military rank followed by a name inside the span; not in
    a street, airport or campus named after an officer ("Jalan Letjen Suprapto"), unless a title stack
    runs into it ("Kapolres Tasikmalaya [Kota AKBP X]")."""
    place = _agent_at(lowers, a, d, ("place",))
    if place is not None and not _titled(lowers, a, covered, d):
        return None
    office = _agent_at(lowers, a, d, ("title",))
    for k in range(a + 1, b):
        hit = _agent_at(lowers, k, d, ("title",))
        if (
            hit is not None
            and (office is None or office[0] < k)  # not "[Wakapolres Kompol] X": a title stack alone
            # (a run may end at the rank: "[Kapolsek Cisaat AKP] [Nurhadi]PER")
            and (hit[0] < b or (b < len(texts) and _name_word(texts[b], d)))
            and hit[1].sector in ("COP", "MIL")
            and hit[1].country == "IDN"
            and all(_name_word(texts[j], d) for j in range(hit[0], b))
        ):
            return k, hit[0]  # the rank itself goes to neither span
    return None


def _name_after_body(a: int, b: int, texts, lowers, covered, d, people, lower_seen) -> tuple[int, int] | None:
    """(k, k) where the name starts, when the model reads texts[k:b] alone as a person elsewhere."""
    for k in range(a + 1, b):
        if (
            _BODY_END.match(texts[k - 1])
            and not (k - 1 == a and (lowers[a],) in d.agents)  # "[PT Taru Martani]": the firm's name
            and all(_name_word(texts[j], d) for j in range(k, b))
            and tuple(texts[k:b]) in people
        ):
            return k, k
    # after a title, a body of two or more words, then a two- or three-word name whose first word the
    # article has speak ("Direktur Eksekutif [Trias Politika Strategis Agung Baskoro] ... ujar Agung")
    if b - a >= 4 and _titled(lowers, a, covered, d):
        for k in range(max(a + 2, b - 3), b - 1):
            if (
                (texts[k],) in people
                and lowers[k - 1] not in BALINESE_NAME_WORDS
                and all(_name_word(texts[j], d) and lowers[j] not in lower_seen for j in range(k, b))
            ):
                return k, k
    return None


# a verb by its affixes ("Dituntut", "Merespons", "Ingatkan")
_VERB_SHAPE = re.compile(r"(?:me|ber|di|ter)[a-z]{5,}\Z|[a-z]{3,}kan\Z")  # (not "Merger")


def _before_headline_verb(
    a: int, b: int, label: str | None, lowers, lower_seen
) -> tuple[int, int, str | None]:
    """A title-case headline read as one name ends before its verb: "Bamsoet Dituntut Puluhan Alumni" is
    Bamsoet. The verb is a word the article also writes in lower case ("ia juga dituntut")."""
    if label != "PER":
        return a, b, label
    for k in range(a + 1, b):
        if _headline_verb(lowers[k], lower_seen):
            return a, k, label
    return a, b, label


def _headline_verb(lower: str, lower_seen) -> bool:
    """A capitalised word that is a verb by its affixes and that the article also writes in lower case."""
    return lower in lower_seen and bool(_VERB_SHAPE.match(lower))


def _bracketed_short_forms(texts: list[str], mentions: list[Mention], stop: frozenset[str]) -> list[Mention]:
    """The one-word name in brackets right after an organisation or a person that nothing else found:
    "Biro Riset Terapan (BRT)", "Basuki Tjahaja Purnama (Ahok)". A person's takes a nickname, not an
    acronym: "Puan Maharani (PDIP)" names her party. Clustering makes it the actor's short form."""
    starts = {m.start for m in mentions}
    out = []
    for m in mentions:
        k = m.name_end
        if m.type not in ("ORG", "PER") or m.entry is not None or k + 2 >= len(texts):
            continue
        if texts[k] != "(" or texts[k + 2] != ")":
            continue
        word = texts[k + 1]
        if (
            k + 1 in starts
            or not _namey(word)
            or word.lower() in stop
            or (m.type == "PER" and word.isupper())
        ):
            continue
        out.append(Mention(k + 1, k + 2, k + 1, k + 2, m.type))
    return out


def _outside_brackets(texts: list[str], s: int, e: int) -> list[tuple[int, int]]:
    """An NER span split at its brackets: "Badan Riset Pangan (BRP)" is a name and its short form, two
    mentions that clustering joins again (``warta.actors.cluster``)."""
    out, k = [], s
    for j in range(s, e + 1):
        if j == e or texts[j] in ("(", ")"):
            if j > k:
                out.append((k, j))
            k = j + 1
    return out


def _stopword(lower: str, stop: frozenset[str]) -> bool:
    return lower in stop or lower.split("-", 1)[0] in stop


# words that continue a place name after it ("Denpasar Barat", "Tasikmalaya Kota", "Jakarta Raya")
_PLACE_GOES_ON = frozenset(
    {"barat", "timur", "utara", "selatan", "tengah", "tenggara", "laut", "kota", "kabupaten", "raya",
     "baru", "lama", "hulu", "hilir", "pusat", "darat", "daya"}
)  # fmt: skip


def _split_by(covered: list, s: int, e: int) -> list[tuple[int, int]]:
    """Parts of [s, e) not covered by a dictionary match."""
    out, k = [], s
    while k < e:
        if covered[k] is not None:
            k += 1
            continue
        j = k
        while j < e and covered[j] is None:
            j += 1
        out.append((k, j))
        k = j
    return out


def _segment(
    doc, texts, lowers, s, e, label, d, covered, sent_start, lower_seen, stop, ner_given, cased=True
):
    """Turn one name-like segment into 0-1 mentions: strip titles, type it."""
    portfolio = portfolios()
    opened = s
    titled = False  # a title was taken off the front: what follows is its holder
    if label in (None, "PER") and s > 0 and _titled(lowers, s, covered, d):
        # "Letkol [Czi Arif Santoso]", "Pengamat [Hubungan Internasional Dinna]", "KPK [Wilayah V Dian
        # Patria]": the name began inside the title's field, number or corps
        k = s
        while (
            k + 1 < e
            and (field_word(lowers[k]) or (k > s and NUMERAL.fullmatch(lowers[k])))
            and _namey(texts[k + 1])
        ):
            k += 1
        if k > s and not field_word(lowers[k]):  # not "dosen [Perguruan Tinggi Keagamaan]": all field
            s, titled = k, True
    # strip leading title/agent phrases (with their portfolio words) and non-name openers
    while s < e:
        org = _agent_at(lowers, s, d, ("org",)) if _namey(texts[s]) else None
        hit = _agent_at(lowers, s, d, ("title", "agent"))
        long_org = org is not None and org[0] - s > 1  # a capitalised "Pengadilan Tipikor": a name
        if org and (label == "ORG" or ((label or titled or long_org) and (hit is None or org[0] > hit[0]))):
            # "Universitas Airlangga", "Partai Buruh": the prefix of an organisation the NER found;
            # "Pengadilan Tipikor" (typed as a place) is the court, longer than the agent "pengadilan";
            # so is "[Hakim] Pengadilan Negeri" or "Pengadilan Tipikor" in a run the NER left out
            break
        before_country = e < len(texts) and covered[e] is not None and covered[e].type == "GPE"
        if (
            hit
            and hit[0] >= e  # the title fills the segment, or runs past it ("[Laksamana] Pertama")
            and hit[1].kind == "title"
            and (label in ("GPE", "LOC", "ORG") or e - s > 1 or before_country or hit[1].country == "IDN")
        ):
            # "Grand Syekh" typed as a place, "AKBP" as an organisation, "Imam Besar" as a person: a bare
            # title, which refers to its holder (below); a one-word title may be a name ("Imam", "Ratu"),
            # but not right before a country ("Emir Qatar": that country's title) nor an Indonesian rank
            # or office ("Marsdya", "Bupati")
            return []
        if (
            hit
            and hit[1].kind == "agent"
            and label == "ORG"
            and hit[0] < e
            and _namey(texts[s])
            and all(_namey(texts[k]) for k in range(hit[0], e))
        ):
            break  # "Dewan Pertimbangan Agung", "Kabinet Merah Putih": the council's own name
        if hit and hit[0] <= e and not (label and hit[0] == e):
            s = hit[0]
            if hit[1].kind == "title":
                titled = True
                while s < e and field_word(lowers[s]):
                    s += 1
            continue
        if _stopword(lowers[s], stop) or lowers[s] in FORMER or lowers[s] in COUNTERPART or texts[s] == "-":
            s += 1
            continue
        if (sent_start[s] or (s > 0 and texts[s - 1] in '“"‘(')) and lowers[s] in lower_seen:
            s += 1
            continue
        break
    # trailing stop words go, but not out of an organisation prefix ("Pengadilan Tinggi": "tinggi" is a
    # stop word)
    org = _agent_at(lowers, s, d, ("org",)) if s < e and _namey(texts[s]) else None
    floor = min(org[0], e) if org else s
    if org and org[0] < e and all(_shouted(texts[k]) for k in range(org[0], e)):
        floor = e  # "Satgas BLBI", "Satgas PKH": the initials name the task force, whatever else they spell
    while e > floor and (_stopword(lowers[e - 1], stop) or texts[e - 1] == "-"):
        e -= 1
    if s >= e:
        return []
    if label == "PER" and ner_given and cased:
        # "Pandji Pragiwaksono viral": a lower-case word is no part of a name in cased text (a link
        # word is: "bin", "van")
        while (
            e - s > 1
            and texts[e - 1].isalpha()
            and texts[e - 1].islower()
            and lowers[e - 1] not in NAME_LINKS
        ):
            e -= 1
    if label == "PER" and not _shouted(texts[s]):
        k = e
        while k - s > 1 and _shouted(texts[k - 1]):
            k -= 1
        if any(len(texts[j]) > 2 for j in range(k, e)):
            e = k  # "Abraham Samad SPEAK UP": a programme's name in capitals; "M Taufiq HZ" keeps its initials
    # a prefix ("Kementerian", "Pemprov", "Partai"; "Kabupaten", "Desa") takes the names that follow it,
    # portfolio words included ("Badan Riset Pangan", "Sekretariat Negara")
    prefix = _agent_at(lowers, s, d, ("org", "place"))
    if prefix and _namey(texts[s]):
        end = e
        while end < len(texts) and covered[end] is not None and covered[end].type in ("GPE", "LOC"):
            end += 1
        whole = end == prefix[0] and end - s > 1  # "Komisi XI", "Badan Anggaran": the prefix is a name itself
        if end == prefix[0] and not whole and not _shouted(texts[s]):
            # "Gedung" left of "Gedung KY" once "KY" is taken: a prefix word alone names nothing (an
            # acronym prefix does: "DPRD")
            return []
        rest = _agent_at(lowers, prefix[0], d, ("org",)) if prefix[0] < end else None
        board = (
            (end == prefix[0] and not whole)
            or (rest is not None and rest[0] == end)
            # "DPP Bidang Perekonomian [PDIP]": a department of the board
            or (_shouted(texts[s]) and all(field_word(lowers[k]) for k in range(prefix[0], end)))
        )
        if board and end < len(texts) and covered[end] is not None and covered[end].type == "ORG":
            # "DPP [PDIP]", "DPC [Gerindra]", "Tim Hukum DPP [PDI-P]": the board (or its team) of the body
            # named right after it, part of a title
            return []
        if end > prefix[0] or whole:
            kind = "ORG" if prefix[1].kind == "org" else "LOC"
            title = TitleInfo(doc[s:end].text, prefix[1], _inner_place(covered, s, end))
            return [Mention(s, end, s, end, kind, None, [title])]
    if e - s == 1 and lowers[s] == "kantor":
        return []  # "di Kantor": an office, no place named
    if all(lowers[k] in portfolio for k in range(s, e)):
        return []
    typ = label
    if titled and label == "ORG" and not _shouted(texts[s]):
        typ = "PER"  # "[... TNI Laksda Kresno Buntoro]" read as one organisation
    if typ is None:
        if ner_given and (not (titled or _titled(lowers, s, covered, d)) or sent_start[s]):
            return []  # the model saw this run and did not call it a name (nor does a title precede it)
        if (
            ner_given
            and e < len(texts)
            and ((covered[e] is not None and covered[e].type == "ORG") or _agent_at(lowers, e, d, ("org",)))
        ):
            return []  # "Dirjen Perumahan Perdesaan Kementerian ...": portfolio words before the body
        if ner_given and not any(doc[k].pos_ == "PROPN" for k in range(s, e)):
            # "Ketua Wadah Pegawai KPK", "Panglima Komando Gabungan ...": capitalised common nouns after
            # a title name the body the title is of, not its holder
            return [Mention(s, e, s, e, "ORG")]
        single = e - s == 1
        if single and lowers[s].endswith(VERB_ENDINGS):
            return []  # "Lakukan", "Katanya": a capitalised verb, not a name
        if single and sent_start[opened] and s > opened:
            return []  # "Gagasan Menteri ...": the opener of a title stack
        if texts[s].isupper() and len(texts[s]) > 1 and single:
            typ = "ORG"
        elif s > 0 and lowers[s - 1] in LOCATIVE and single:
            typ = "LOC"
        else:
            typ = "PER"
    return [Mention(s, e, s, e, typ)]


def _shouted(word: str) -> bool:
    return len(word) > 1 and word.isalpha() and word.isupper()


# the number of a body or field, lower case: "Komisi XIII", "Wilayah V", "Bidang 2"
NUMERAL = re.compile(r"[ivxl]+|\d{1,3}")


def _titled(lowers, s: int, covered, d) -> bool:
    """A title (and maybe a country, an organisation or portfolio words) right before token s: "Presiden
    Serbia X", "Menteri Agama X", "Kepala Satuan Tugas Koordinasi dan Supervisi KPK Wilayah V X"."""
    k = s
    passed_body = False  # a known body lies between the run and the title
    while k > 0 and s - k < 12:
        if _agent_ending_at(lowers, k, d, ("title",)) is not None:
            return True
        w = lowers[k - 1]
        if covered[k - 1] is not None and covered[k - 1].type != "PER":
            k -= 1
            passed_body = True
        elif field_word(w) or (w == "fraksi" and passed_body):
            k -= 1  # "Ketua Fraksi Golkar DPR RI X"
        elif w in ("dan", "&") and k > 1 and k < s and field_word(lowers[k - 2]):
            k -= 1  # "Koordinasi dan Supervisi": two fields of one office
        elif k < s and NUMERAL.fullmatch(w) and k > 1 and field_word(lowers[k - 2]):
            k -= 1  # "Wilayah V", "Bidang II": a numbered field
        elif k < s and NUMERAL.fullmatch(w) and k > 1 and _agent_ending_at(lowers, k - 1, d, ("org",)):
            # "Wakil Ketua Komisi XIII DPR RI X": a numbered body of a known one (not "Ketua Pokja 4 [PKK
            # Kota Bogor]", where the run after the number is itself the body)
            k = _agent_ending_at(lowers, k - 1, d, ("org",))[0]
        elif (
            w == ")" and k > 3 and lowers[k - 3] == "(" and k < s and _board_before(lowers, covered, k - 3, d)
        ):
            k -= 3  # "Ketua Dewan Pimpinan Cabang (DPC) Partai Gerindra X": the body's short form
        elif passed_body and _agent_ending_at(lowers, k, d, ("org",)) is not None:
            # "Kepala [Satuan Tugas] Koordinasi dan Supervisi KPK X" (not "Politikus Partai keadilan
            # [Sejahtera]", where the run goes on the party's name)
            k = _agent_ending_at(lowers, k, d, ("org",))[0]
        else:
            break
    return _agent_ending_at(lowers, k, d, ("title",)) is not None


def _board_before(lowers, covered, k: int, d) -> bool:
    """A body's name ends right before token k (an opening bracket): a known one or an organisation
    prefix ("Dewan Pimpinan Cabang")."""
    before = covered[k - 1] if k > 0 else None
    return (before is not None and before.type == "ORG") or _agent_ending_at(
        lowers, k, d, ("org",)
    ) is not None


def _inner_place(covered, s, e) -> ActorEntry | None:
    for k in range(s, e):
        if covered[k] is not None:
            return covered[k]
    return None


# a word with a verb prefix: me-, ber-, di-, ter- (the event coder uses it too)
VERB_FORM = re.compile(r"^(me|ber|di|ter)[a-z]{3,}$")


def _object_then_subject(lowers, title_at: int, name_end: int) -> bool:
    """A verb before a one-word title and a verb right after the name: "Setelah bertemu Presiden, Paus
    Fransiskus dijadwalkan ...": the title is the first verb's object, the name the next clause's
    subject, not one person."""
    return (
        title_at > 0
        and name_end < len(lowers)
        and VERB_FORM.match(lowers[title_at - 1]) is not None
        and VERB_FORM.match(lowers[name_end]) is not None
    )


def _attach_titles(
    doc, lowers, m: Mention, covered, org_by_end, d, place_by_end=None, nested: int = 0
) -> None:
    """Title stack before the name ("Presiden AS", "kepala staf Gedung Putih"), before a comma ("Kepala KPP
    Pratama Klaten, Veronica Heryanti") and after one."""
    j = m.name_start
    if j > 1 and lowers[j - 1] in ("nonaktif", "non-aktif"):
        j -= 1  # "Hakim Agung nonaktif Gazalba Saleh": the title, suspended
    set_off = (
        j > 1
        and lowers[j - 1] == ","
        and (
            (covered[j - 2] is not None and covered[j - 2].type in ("GPE", "ORG", "LOC"))
            or (j - 1) in org_by_end
            # "Direktur Jenderal Rehabilitasi Sosial, Supomo": a title and its portfolio
            or (
                field_word(lowers[j - 2])
                and _titled(lowers, j - 1, covered, d)
                and not _object_then_subject(lowers, j - 2, m.end)
            )
        )
    )
    if set_off:
        j -= 1  # the title stack ends at the comma; it is kept only when a title opens it (below)
    title_end = None  # where the title's text ends when a place not part of its lookup closes it
    place_m = (place_by_end or {}).get(j) if j > 1 and lowers[j - 1] != ")" else None
    if (
        place_m is not None
        and place_m.entry is not None
        and (place_m.type != "LOC" or lowers[place_m.start - 1] != ")")
    ):
        place_m = None  # a known place right after a title is its qualifier ("Presiden AS"), below
    if place_m is not None and place_m.start > 0 and place_m.end - place_m.start <= 3:
        before = place_m.start
        if (
            covered[before - 1] is not None
            or before in org_by_end
            or lowers[before - 1] == ")"
            or _agent_ending_at(lowers, before, d, ("title", "org"))
        ):
            # "Sekretaris DPRD Bantaeng Saharuddin", "Bupati Bantaeng Ilham": a place the dictionary does
            # not know closes the title; the body or title before it is the qualifier
            title_end, j = j, before
    country = covered[j - 1] if j > 2 else None
    if country is not None and country.type == "GPE":  # "Ketua Badan Pengawas Pemilu (Bawaslu) RI X"
        k = j - 1
        while k > 0 and covered[k - 1] is country:
            k -= 1
        if k > 1 and lowers[k - 1] == ")":
            j = k  # the country qualifies the body before the bracket; both stay in the title's mention
    if j > 1 and lowers[j - 1] == ")":  # "Menko PMK (Menko PMK) Muhadjir": skip the bracket
        k = j - 2
        while k > 0 and lowers[k] != "(" and j - k < 8:
            k -= 1
        if lowers[k] == "(":
            j = k
    qual: ActorEntry | None = None
    qual_start = j
    if j > 0 and covered[j - 1] is not None and covered[j - 1].type in ("GPE", "ORG", "LOC"):
        qual = covered[j - 1]
        k = j - 1
        while k > 0 and covered[k - 1] is qual:
            k -= 1
        qual_start = k
    elif j > 0:
        org_m = org_by_end.get(j)
        if org_m is not None:
            qual_start = org_m.start
            qual = org_m.entry or _org_entry(doc, org_m)
    if qual is not None:
        qual, qual_start = _chamber_before_faction(lowers, covered, qual, qual_start)
        org = covered[qual_start - 1] if qual_start > 0 and qual.type in ("LOC", "GPE") else None
        if org is not None and qual.type == "GPE" and (org.country is None or org.country != qual.country):
            org = None  # "Kedutaan Besar AS": the country says whose embassy; "Kementerian Kesehatan RI" does not
        if org is not None and org.type == "ORG":
            # "Kemenag Purwakarta": the office of a known body in a place; the body qualifies the title
            qual_start -= 1
            while qual_start > 0 and covered[qual_start - 1] is org:
                qual_start -= 1
            qual = org
        if qual_start > 3 and lowers[qual_start - 1] == ")" and lowers[qual_start - 3] == "(":
            board = _agent_ending_at(lowers, qual_start - 3, d, ("org",))
            if board is not None:  # "Ketua Dewan Pimpinan Cabang (DPC) Partai Gerindra X"
                qual_start = board[0]
        body = _agent_ending_at(lowers, qual_start, d, ("org",))
        if body is not None and doc[body[0]].text[:1].isupper():
            if qual.type in ("GPE", "LOC") and body[1].sector not in (None, "*"):
                # "Sekretaris DPRD Bantaeng X": the place's body ("DPRD Bantaeng", LEG) qualifies the title
                name = f"{doc[body[0] : qual_start].text} {qual.name}"
                qual = ActorEntry(
                    f"adhoc:{name}", name, "ORG", qual.country or body[1].country, body[1].sector
                )
            qual_start = body[0]  # "Ketua Komisi VIII DPR X": a body of the organisation named after it
            outer = _agent_ending_at(lowers, qual_start, d, ("org",))
            if outer is not None and doc[outer[0]].text[:1].isupper():
                qual_start = outer[0]  # "Anggota Tim Hukum DPP PDI-P X": the team of the party's board
        elif qual_start in org_by_end:
            qual_start = org_by_end[qual_start].start  # "Dekan Fakultas Kedokteran Unair X"
    start = qual_start
    if qual_start > 0 and lowers[qual_start - 1] in COUNTERPART and qual is not None:
        agent = Agent(lowers[qual_start - 1], "title", None, None, "rekan")
        m.titles.append(TitleInfo(doc[qual_start - 1 : j].text, agent, qual, qual.type, counterpart=True))
        m.start = qual_start - 1
        if m.type is None:
            m.type = "PER"
        return
    hit = _agent_ending_at(lowers, qual_start, d, ("title",))
    if hit is None and qual is None:
        _origin(doc, lowers, m, covered)
    if hit is None:  # portfolio words between title and name: "Menteri Koordinator Bidang ... Kebudayaan"
        k = qual_start
        while k > 0 and qual_start - k < 10:
            # a place closing the title is read as the title's end: the body before it is its board
            # ("Kanit Reskrim [Polsek] Cibeureum Iptu X")
            closed = title_end is not None and qual is None
            board = _agent_ending_at(lowers, k, d, ("org",)) if k < qual_start or closed else None
            if field_word(lowers[k - 1]):
                k -= 1
            elif board is not None and doc[board[0]].text[:1].isupper():
                k = board[0]  # "Ketua [DPP] Bidang Perekonomian PDIP X": the board the field is of
                if board[1].sector not in (None, "*") and (qual is None or qual.type in ("GPE", "LOC")):
                    # "Kepala Dinas PUPR Banten X": the office of a place's government
                    name = doc[k : title_end if closed else qual_start].text + (
                        f" {qual.name}" if qual is not None else ""
                    )
                    country = (qual.country if qual is not None else None) or board[1].country
                    qual = ActorEntry(f"adhoc:{name}", name, "ORG", country, board[1].sector)
            else:
                break
            hit = _agent_ending_at(lowers, k, d, ("title",))
            if hit is not None:
                break
    if hit is None:
        return
    start = hit[0]
    agent = hit[1]
    if qual is None and agent.head in RELATIONAL_TITLES:
        e = m.name_end
        holder_after = e + 1 < len(doc) and lowers[e] == "," and doc[e + 1].pos_ == "PROPN"
        if m.entry is not None or holder_after:
            # "Eks Juru Bicara Anies", "Pengacara Harvey Moeis, Junaedi Saibih": the name is whom the
            # spokesman or lawyer serves, not the holder
            return
    office = _agent_ending_at(lowers, start, d, ("title",)) if qual is None else None
    if office is not None and covered[office[0]] is not None:
        office = None  # "Dewan Pertimbangan Presiden Habib X": the word ends a body's name, not an office
    office_place = (place_by_end or {}).get(start) if qual is None and office is None else None
    if office_place is not None:  # "Kapolres Cimahi AKBP Tri": the office and its place before the rank
        office = _agent_ending_at(lowers, office_place.start, d, ("title",))
    if office is not None and office[1].sector not in (None, "*") and agent.head != office[1].head:
        # "Kapolri Jenderal Listyo Sigit Prabowo": an office before a rank; the office says who he is
        start, agent = office[0], office[1]
    elif (
        office is None
        and qual is None
        and (agent.sector in ("MIL", "COP") or agent.head in HONORIFICS)
        and start > 1
        and nested < 1
    ):
        # "Kepala Badan Keamanan Laut (Bakamla) RI Laksdya Irvansyah", "Anggota Dewan Pertimbangan Presiden
        # Habib X": a whole title stack before the rank or honorific (a body, its short form, a country);
        # the office in it says who he is
        stack = Mention(start, m.name_end, start, m.name_end, "PER")
        _attach_titles(doc, lowers, stack, covered, org_by_end, d, place_by_end, nested + 1)
        if stack.titles and not stack.titles[0].former:
            office_title = stack.titles[0]
            start, agent, qual = stack.start, office_title.agent, office_title.qual
            if agent.sector == "*" and qual is not None:
                agent = Agent(agent.phrase, agent.kind, qual.sector, qual.country, agent.head)
    police = start > 0 and covered[start - 1] is not None and covered[start - 1].sector == "COP"
    if agent.sector == "MIL" and police:  # "Bareskrim Polri Brigjen X": a police general, not an army one
        agent = Agent(agent.phrase, agent.kind, "COP", agent.country, agent.head)
    former = start > 0 and lowers[start - 1] in FORMER
    title = TitleInfo(
        doc[start : title_end or j].text, agent, qual, qual.type if qual else None, former=former
    )
    m.titles.append(title)
    m.start = start - 1 if former else start
    if m.type is None:
        m.type = "PER"
    _origin(doc, lowers, m, covered)
    # apposition: "Sergei Lavrov, Menteri Luar Negeri Rusia, ..."
    e = m.name_end
    if e + 1 < len(lowers) and lowers[e] == ",":
        _apposition(doc, lowers, m, e + 1, covered, d)


def _chamber_before_faction(lowers, covered, qual: ActorEntry, qual_start: int) -> tuple[ActorEntry, int]:
    """ "Anggota DPR RI dari Fraksi PKS X": the title's organisation is the chamber, not the party."""
    k = qual_start
    if k > 0 and lowers[k - 1] == "fraksi":
        k -= 1
        if k > 0 and lowers[k - 1] == "dari":
            k -= 1
    chamber = covered[k - 1] if k < qual_start and k > 0 else None
    if chamber is not None and chamber.type == "GPE" and k > 1:  # "Anggota Komisi II DPR RI Fraksi PAN X"
        country = chamber
        while k > 1 and covered[k - 1] is country:
            k -= 1
        chamber = covered[k - 1]
    if chamber is None or chamber.type != "ORG":
        return qual, qual_start
    k -= 1
    while k > 0 and covered[k - 1] is chamber:
        k -= 1
    return chamber, k


def _origin(doc, lowers, m: Mention, covered) -> None:
    """ "Raja Hassan dari Maroko", "misionaris asal Calgary": the country a person comes from."""
    e = m.name_end
    if e + 1 < len(lowers) and lowers[e] in ("dari", "asal") and covered[e + 1] is not None:
        place = covered[e + 1]
        if place.type in ("GPE", "LOC") and not any(t.counterpart for t in m.titles):
            agent = Agent(lowers[e], "title", None, None, "asal")
            m.titles.append(TitleInfo(doc[e : e + 2].text, agent, place, place.type, counterpart=True))
            if m.type is None:
                m.type = "PER"


def _apposition(doc, lowers, m: Mention, k: int, covered, d) -> None:
    former = lowers[k] in FORMER
    if former:
        k += 1
    hit = _agent_at(lowers, k, d, ("title",))
    if hit is None:
        return
    end, agent = hit
    qual = covered[end] if end < len(lowers) and covered[end] is not None else None
    q_end = end
    while qual is not None and q_end < len(lowers) and covered[q_end] is qual:
        q_end += 1
    if q_end < len(lowers) and _namey(doc[q_end].text):
        return  # the title introduces the next name ("JD Vance, kepala staf ... Susie Wiles")
    m.titles.append(TitleInfo(doc[k:q_end].text, agent, qual, qual.type if qual else None, former=former))


def bare_body(text: str) -> Agent | None:
    """The kind of body a bare name is ("DPRD", "Polres", "Kejari"): the agents give its sector and country."""
    kinds = get_dictionary().agents.get(tuple(text.lower().split()), ())
    return next((a for a in kinds if a.kind == "org" and a.sector not in (None, "*")), None)


def _org_entry(doc, org_m: Mention) -> ActorEntry | None:
    if not org_m.titles:
        text = doc[org_m.start : org_m.end].text
        agent = bare_body(text)
        if agent is None:
            return None
        return ActorEntry(f"adhoc:{text}", text, "ORG", agent.country, agent.sector)
    t = org_m.titles[0]
    country = t.qual.country if t.qual else t.agent.country
    return ActorEntry(
        f"adhoc:{t.text}", t.text, "ORG", country, t.agent.sector if t.agent.sector != "*" else None
    )


def _bare_roles(doc, texts, lowers, mentions: list[Mention], d) -> list[Mention]:
    """Roles standing for a named actor: "Utusan itu", "sang presiden", "Wapres", "Presiden AS"."""
    used = [False] * len(texts)
    owner: list[Mention | None] = [None] * len(texts)
    for m in mentions:
        for k in range(m.start, m.end):
            used[k] = True
        for k in range(m.name_start, m.name_end):
            owner[k] = owner[k] or m
    out: list[Mention] = []
    i = 0
    while i < len(texts):
        if used[i]:
            i += 1
            continue
        hit = _agent_at(lowers, i, d, ("title",))
        if hit is None:
            i += 1
            continue
        end, agent = hit
        if any(used[k] for k in range(i, end)):
            i += 1
            continue
        start = i
        qual = None
        q_end = end
        qm = owner[end] if end < len(texts) else None
        if qm is not None and qm.type in ("GPE", "LOC") and qm.start == end:
            qual, q_end = qm.entry, qm.end  # "Presiden AS", "gubernur Sulawesi Selatan itu"
        nxt = lowers[q_end] if q_end < len(texts) else ""
        prev = lowers[start - 1] if start > 0 else ""
        plural = prev in PLURAL
        if nxt in DEMONSTRATIVE:
            span_end = q_end + 1
        elif prev == "sang":
            start, span_end = start - 1, q_end
        elif _namey(texts[i]) and not plural and not (q_end < len(texts) and _namey(texts[q_end])):
            span_end = q_end
        else:
            i = end
            continue
        if plural:
            i = end
            continue
        title = TitleInfo(doc[i:q_end].text, agent, qual, qm.type if qual else None)
        out.append(
            Mention(start, span_end, i, q_end, "PER", None, [title], is_reference=True, head=agent.head)
        )
        i = span_end
    return out
