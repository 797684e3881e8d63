"""Actor spans for the event coder: entity mentions, generic actor phrases and pronouns, per token.

An event's source or target is not always a named entity: "pasukan Israel", "pihak berwenang Kroasia",
"pengunjuk rasa". Those phrases get their sector from agents.tsv and their country from a neighbouring
entity (or the phrase's own non-state code), and keep the entity id when there is one.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from warta.actors.dictionary import get_dictionary
from warta.model import Entity, EventActor
from warta.quotes.lexicon import lexicon as quote_lexicon

HOME = "IDN"  # Warta reads Indonesian news
_STATE_SECTORS = {"GOV", "COP", "MIL", "JUD", "LEG", "SPY"}
# PLOVER's non-state actor codes, which stand where a country code does
_NON_STATE = {"IGO", "NGO", "IMG", "MNC", "UNO", "EUR", "REB", "UAF", "INS"}
PRONOUNS = {"ia", "dia", "beliau", "mereka", "kami", "kita", "saya", "aku", "-nya", "pihaknya"}
RELATIONAL = {"tetangganya", "tetangga", "negara tetangga", "musuhnya", "lawannya"}
ORIGIN = {"asal", "dari"}
LED_BY = {"pimpinan", "bentukan", "dukungan", "binaan"}  # "pasukan pimpinan Vietnam": Vietnam's troops


@dataclass
class ActorSpan:
    start: int
    end: int
    entity: Entity | None
    country: str | None
    sector: str | None
    pronoun: bool = False
    relational: bool = False

    def text(self, doc: Doc) -> str:
        return doc[self.start : self.end].text

    def event_actor(self, doc: Doc) -> EventActor:
        return EventActor(
            entity=self.entity.id if self.entity else None,
            country=self.country,
            sector=self.sector,
            text=self.text(doc),
        )


def entity_token_spans(doc: Doc) -> list[tuple[int, int, Entity]]:
    """Token spans of every entity mention, outermost first where mentions nest."""
    out = []
    for ent in doc._.entities or []:
        for m in ent.mentions:
            sp = doc.char_span(m.start, m.end, alignment_mode="expand")
            if sp is not None and len(sp):
                out.append((sp.start, sp.end, ent))
    out.sort(key=lambda x: (x[0], -x[1]))
    return out


def _speech_clitic(word: str) -> bool:
    """A cue with the speaker's clitic ("menurutnya", "katanya", "tegasnya")."""
    return word.endswith("nya") and quote_lexicon().cue_kind.get(word[:-3]) in ("post", "menurut")


def actor_index(doc: Doc) -> list[ActorSpan | None]:
    """For each token, the actor span starting there (None elsewhere); spans do not overlap."""
    d = get_dictionary()
    n = len(doc)
    lowers = [t.lower_ for t in doc]
    by_start: list[ActorSpan | None] = [None] * n
    taken = [False] * n
    last: ActorSpan | None = None
    for s, e, ent in entity_token_spans(doc):
        if any(taken[s:e]):
            continue
        if e - s == 1 and _speech_clitic(lowers[s]):
            continue  # "Menurutnya, ...", "tegasnya": the speaker's cue, no actor of the sentence's events
        if last is not None and last.end == s and ent.type == "GPE" and last.entity.type == "ORG":
            # "Danone Indonesia", "Mahkamah Agung RI", "Komisi II DPR RI": the country qualifies the body
            # (it stays an entity of its own), and is no second actor beside it
            last.end, last.country = e, last.country or ent.country
        else:
            last = by_start[s] = ActorSpan(s, e, ent, ent.country, ent.sector)
        for k in range(s, e):
            taken[k] = True
    # generic actor phrases, extended over a following place or country ("pasukan Israel")
    home = _home_country(doc)
    i = 0
    while i < n:
        if taken[i]:
            i += 1
            continue
        hit = None
        for length in d.agent_lengths.get(lowers[i], ()):  # longest first; most words start none
            if i + length > n or any(taken[i : i + length]):
                continue
            kinds = [
                a for a in d.agents.get(tuple(lowers[i : i + length]), ()) if a.kind in ("agent", "title")
            ]
            # a word that is both ("hakim": a title and a generic actor) acts as the generic actor here
            kinds.sort(key=lambda a: a.kind != "agent")
            if kinds:
                hit = (i + length, kinds[0])
            if hit:
                break
        if hit is None:
            if lowers[i] == "-nya" and i > 0 and taken[i - 1] and not doc[i - 1].whitespace_:
                pass  # "Pak Prabowo-nya setuju": the name itself, stressed, not a pronoun for someone else
            elif lowers[i] in PRONOUNS:
                by_start[i] = ActorSpan(i, i + 1, None, None, None, pronoun=True)
            elif lowers[i] in RELATIONAL:
                by_start[i] = ActorSpan(i, i + 1, None, None, None, relational=True)
            i += 1
            continue
        end, agent = hit
        country = agent.country
        entity = None
        j = end
        while (
            j < n
            and j - end < 3
            and by_start[j] is None
            and (lowers[j] in ("-", "yang") or lowers[j] in ORIGIN or lowers[j] in LED_BY)
        ):
            j += 1
        nxt = by_start[j] if j < n else None
        if (
            nxt is not None
            and nxt.entity is not None
            and nxt.entity.type in ("GPE", "LOC", "ORG")
            and j - end <= 2
        ):
            entity, country, end = nxt.entity, nxt.country or country, nxt.end
            by_start[j] = None
        if country is None and entity is None:
            # "pasukan penjaga perdamaian di Lebanon", "pemberontak di Darfur": a generic actor takes the
            # country of the place it is in (the place itself stays the event's location)
            k = end
            while k < n and k - end < 2 and by_start[k] is None and lowers[k] == "di":
                k += 1
            place = by_start[k] if k < n and k > end else None
            if place is not None and place.entity is not None and place.entity.type in ("GPE", "LOC"):
                country = place.country
        if country is None and entity is None and agent.kind == "agent" and agent.sector in _STATE_SECTORS:
            # "polisi", "pihak kepolisian", "aparat" with no country of their own: Indonesia's, in a story
            # whose actors and places are clearly Indonesian
            country = home
        if agent.kind == "title" and entity is not None and entity.type == "ORG":
            holder = _office_holder(doc, " ".join(lowers[i:end]), end)
            if holder is not None:
                # "Ketua KPU dipecat" after "Ketua KPU Hasyim Asy'ari": the one who holds the office
                entity, country = holder, holder.country
        if agent.kind == "title" and entity is None and country is None:
            i = end  # a bare role ("kedua presiden") is a reference, not an actor by itself
            continue
        sector = agent.sector if agent.sector != "*" else (entity.sector if entity is not None else None)
        by_start[i] = ActorSpan(i, end, entity, country, sector)
        for k in range(i, end):
            taken[k] = True
        i = end
    return by_start


def _home_country(doc: Doc) -> str | None:
    """Indonesia, when at least two thirds of the article's entity mentions that have a country (at
    least three) are Indonesian: "polisi" in a story from Padang is Indonesia's police. Abroad it stays
    unknown: in a story about Gaza the most named country is often not the soldiers' own."""
    counts: dict[str, int] = {}
    for ent in doc._.entities or []:
        c = ent.country
        if c and len(c) == 3 and c not in _NON_STATE:
            counts[c] = counts.get(c, 0) + len(ent.mentions)
    total = sum(counts.values())
    if total < 3:
        return None
    return HOME if counts.get(HOME, 0) * 3 >= total * 2 else None


def _office_holder(doc: Doc, office: str, end: int) -> Entity | None:
    """The one person of the article who carries the title ``office`` ("ketua kpu"), when the words
    after it do not go on to name another office or person ("Ketua KPU Manggarai Barat")."""
    if end < len(doc) and (doc[end].is_title or doc[end].is_upper) and doc[end].is_alpha:
        return None
    holders = [
        e for e in doc._.entities or [] if e.type == "PER" and any(t.lower() == office for t in e.titles)
    ]
    return holders[0] if len(holders) == 1 else None
