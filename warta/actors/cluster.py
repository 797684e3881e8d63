"""Within-article clustering of actor mentions into warta/1 Entities.

One actor, one Entity: a dictionary id groups every alias ("AS", "Amerika Serikat"); unknown names group
when one name's tokens are a subset of the other's ("Witkoff" / "Steve Witkoff") or, for one person only,
its short form ("Hasbi" / "Hasbiallah Ilyas"); bare roles ("Utusan
itu", "Wapres") join the most recent actor that carries that role. Country and sector come from the
titles in the text first (what the article says), then from the dictionary at the article's date.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc

from warta.actors.dictionary import OFFICIAL_SECTORS, ActorEntry, get_dictionary, tokens_of
from warta.actors.mentions import Mention, _agent_at, bare_body
from warta.doc import span
from warta.model import Entity


@dataclass
class Cluster:
    type: str
    entry: ActorEntry | None = None
    tokens: set[str] = field(default_factory=set)
    names: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    heads: set[str] = field(default_factory=set)
    last: int = -1  # token index of the latest mention, for recency

    def add(self, m: Mention, doc: Doc) -> None:
        self.mentions.append(m)
        self.last = max(self.last, m.start)
        if not m.is_reference:
            name = m.name_text(doc)
            self.names.append(name)
            self.tokens.update(_name_tokens(name))
            if m.short_form:  # "Komite Keselamatan Jurnalis (KKJ) Sumatera Utara": "KKJ" alone later
                self.names.append(m.short_form)
        for t in m.titles:
            if not t.counterpart and t.agent.kind == "title":
                self.heads.add(t.agent.head)
                self.heads.update(_title_heads(t.text))
        if m.head:
            self.heads.add(m.head)


@lru_cache(maxsize=4096)
def _title_heads(text: str) -> frozenset[str]:
    """Every role a title's words name, so that a later bare role finds its holder by either: "Menteri
    Agama (Menag)" answers to "Menteri", "Menteri Agama" and "Menag"."""
    d = get_dictionary()
    lowers = [w.lower() for w in tokens_of(text)]
    hits = (_agent_at(lowers, i, d, ("title",)) for i in range(len(lowers)))
    heads = {hit[1].head for hit in hits if hit is not None}
    if lowers:  # the first word alone too: "Menteri" of "Menteri Agama"
        heads.update(a.head for a in d.agents.get((lowers[0],), ()) if a.kind == "title")
    return frozenset(heads)


def _name_tokens(name: str) -> set[str]:
    return {w for w in name.lower().replace("-", " ").split() if len(w) > 1 or w.isalpha()}


def cluster_mentions(doc: Doc, mentions: list[Mention], day: dt.date | None) -> list[Entity]:
    by_key: dict[str, Cluster] = {}
    clusters: list[Cluster] = []
    # token index after a name found by the NER or by rule -> its cluster
    by_name_end: dict[int, Cluster] = {}
    for m in mentions:
        if m.is_reference:
            target = _referent(m, clusters, day)
            if target is not None:
                target.add(m, doc)
            continue
        c = None
        host = _bracketed_short_form(m, by_name_end, doc) or _nickname(m, by_name_end, doc)
        if m.entry is None and host is not None:
            c = host
        elif m.entry is not None:
            c = by_key.get(m.entry.key)
            if c is None:
                c = Cluster(m.entry.type, m.entry)
                by_key[m.entry.key] = c
                clusters.append(c)
                _add_role_heads(c, day)
            if host is not None and host is not c and host.type == c.type:
                # "Jamaah Islamiyah (JI)": the short form is known, so the name before it is that actor
                for x in host.mentions:
                    c.add(x, doc)
                clusters.remove(host)
                by_name_end = {k: (c if v is host else v) for k, v in by_name_end.items()}
        else:
            c = _match_name(m, clusters, doc)
            if c is None:
                c = Cluster(m.type or "PER")
                clusters.append(c)
        c.add(m, doc)
        if m.entry is None:  # a dictionary name may end a longer one: "... Pemerintah Indonesia (LKPP)"
            by_name_end[m.name_end] = c
    clusters.sort(key=lambda c: min(x.start for x in c.mentions))
    return [_entity(doc, i + 1, c, day) for i, c in enumerate(clusters)]


def _bracketed_short_form(m: Mention, by_name_end: dict[int, Cluster], doc: Doc) -> Cluster | None:
    """The actor named right before a one-word name in brackets: "Direktorat Jenderal Pajak (DJP)",
    "Basuki Tjahaja Purnama (Ahok)". Only a person's or an organisation's: "Bandung (Jawa Barat)" names
    two places. The short form becomes one of the actor's names, so its later uses join too. When the
    short form is a dictionary name, the caller moves the actor before it into the dictionary's."""
    s, e = m.name_start, m.name_end
    if e - s != 1 or s < 1 or e >= len(doc) or doc[s - 1].text != "(" or doc[e].text != ")":
        return None
    c = by_name_end.get(s - 1)
    if c is None or c.type not in ("PER", "ORG") or m.type not in (None, c.type):
        return None
    return c


def _nickname(m: Mention, by_name_end: dict[int, Cluster], doc: Doc) -> Cluster | None:
    """The person named right before "atau" or "alias": "Bambang Soesatyo atau Bamsoet", "Luthfi bin Yahya
    alias Habib Luthfi". After "atau" (also "or") only a one-word nickname of a full name counts:
    "Prabowo atau Anies" names two people."""
    s = m.name_start
    if m.type != "PER" or s < 2 or doc[s - 1].lower_ not in ("atau", "alias"):
        return None
    c = by_name_end.get(s - 1)
    if c is None or c.type != "PER":
        return None
    before = c.mentions[-1]
    if doc[s - 1].lower_ == "atau" and (m.name_end - s != 1 or before.name_end - before.name_start < 2):
        return None  # (the full name right before it: not "Kaesang atau Lutfi")
    return c


def _add_role_heads(c: Cluster, day: dt.date | None) -> None:
    """A dictionary person also answers to the role they hold on the article date ("Presiden")."""
    entry = c.entry
    if entry is None or not entry.roles or day is None:
        return
    d = get_dictionary()
    for role in entry.roles:
        if role.holds_on(day):
            lowers = role.title.lower().split()
            hit = _agent_at(lowers, 0, d, ("title",))
            if hit:
                c.heads.add(hit[1].head)


def _match_name(m: Mention, clusters: list[Cluster], doc: Doc) -> Cluster | None:
    toks = _name_tokens(m.name_text(doc))
    if not toks:
        return None
    best = None
    for c in clusters:
        if m.type == "PER" and c.type == "PER":
            ok = toks <= c.tokens or (c.entry is None and c.tokens <= toks)
        elif m.type in ("ORG", "GPE", "LOC") and c.type == "PER" and not m.name_text(doc).isupper():
            # "Ma'ruf" tagged ORG, "Farid" tagged GPE after "Farid Hakimi": a known person's name part
            ok = toks <= c.tokens and (m.entry is None)
        elif m.type == c.type or (m.type in ("GPE", "LOC") and c.type in ("GPE", "LOC")):
            name = m.name_text(doc).lower()
            ok = name in (n.lower() for n in c.names) or (
                c.entry is not None and name in (a.lower() for a in c.entry.aliases)
            )
        else:
            ok = False
        if ok and (best is None or c.last > best.last):
            best = c
    if best is None and m.type == "PER":
        best = _short_form_match(toks, clusters)
    return best


SHORT_FORM_MIN = 4  # letters of a short form ("Hasbi" for "Hasbiallah"); shorter ones are too ambiguous


def _short_form_match(toks: set[str], clusters: list[Cluster]) -> Cluster | None:
    """The one person whose name this is a short form of: each word is one of theirs or begins one of
    theirs ("Hasbi" / "Hasbiallah Ilyas"). None when no person or more than one fits."""

    def fits(word: str, c: Cluster) -> bool:
        return word in c.tokens or (
            len(word) >= SHORT_FORM_MIN and any(t.startswith(word) and t != word for t in c.tokens)
        )

    hits = [c for c in clusters if c.type == "PER" and all(fits(w, c) for w in toks)]
    return hits[0] if len(hits) == 1 else None


def _referent(m: Mention, clusters: list[Cluster], day: dt.date | None) -> Cluster | None:
    """Most recent person cluster holding the bare role's head (and its country, if one is named)."""
    country = m.titles[0].code(day)[0] if m.titles and m.titles[0].qual else None
    best = None
    for c in clusters:
        if c.type != "PER" or m.head not in c.heads or c.last >= m.start:
            continue
        if country and _cluster_code(c, day)[0] not in (None, country):
            continue
        if best is None or c.last > best.last:
            best = c
    return best


def _cluster_code(c: Cluster, day: dt.date | None) -> tuple[str | None, str | None]:
    """Titles in the text first; the dictionary fills gaps and wins when it knows an office held then."""
    country = sector = None
    former = False
    for m in c.mentions:
        for t in m.titles:
            tc, ts = t.code(day)
            country = country or tc
            sector = sector or ts
            former = former or t.former
    country = country or next((m.country_of_place for m in c.mentions if m.country_of_place), None)
    if c.entry is None and c.type == "ORG" and country is sector is None:
        # a bare kind of body ("DPRD" of the region the article is about)
        agent = next((a for a in map(bare_body, c.names) if a is not None), None)
        if agent is not None:
            country, sector = agent.country, agent.sector
    if c.entry is not None:
        dc, ds = c.entry.code(day)
        country = country or dc
        if sector is None or (ds in OFFICIAL_SECTORS and sector not in OFFICIAL_SECTORS and not former):
            sector = ds or sector
    return country, sector


def _entity(doc: Doc, n: int, c: Cluster, day: dt.date | None) -> Entity:
    country, sector = _cluster_code(c, day)
    if c.entry is not None:
        name = c.entry.name
    else:
        name = (
            max(c.names, key=lambda s: (len(s.split()), len(s))) if c.names else c.mentions[0].name_text(doc)
        )
    titles: list[str] = []
    for m in c.mentions:
        for t in m.titles:
            if m.is_reference:
                continue
            if t.agent.kind == "title" and not t.counterpart and t.text not in titles:
                titles.append(t.text)
    spans = sorted({(doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1].text)) for m in c.mentions})
    return Entity(
        id=f"E{n}",
        name=name,
        type=c.type,
        country=country,
        sector=sector,
        titles=titles,
        mentions=[span(doc, a, b) for a, b in spans],
    )
