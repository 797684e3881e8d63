"""The actor dictionary: countries, organisations, places and people with dated roles, read once.

The data lives in ``warta/resources/actors/*.tsv`` (format in docs/actors.md) so that users extend it
without touching code. Everything here is built once per process (``lru_cache``) and then only looked
up: aliases by their exact token sequence, roles by the article date.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache

from warta.resources import read_tsv

NONSTATE = frozenset({"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"})
OFFICIAL_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
FORMER_SECTOR = "ELI"


@dataclass(frozen=True)
class Role:
    country: str | None
    sector: str | None
    start: dt.date | None
    end: dt.date | None
    title: str

    def holds_on(self, day: dt.date) -> bool:
        return self.start is not None and self.start <= day and (self.end is None or day < self.end)


@dataclass
class ActorEntry:
    """One dictionary actor: a country, capital, place, organisation or person."""

    key: str
    name: str
    type: str
    country: str | None
    sector: str | None
    aliases: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)

    def code(self, day: dt.date | None) -> tuple[str | None, str | None]:
        """(country, sector) on ``day``: a role that holds then, else former official (ELI) or standing."""
        if not self.roles:
            return self.country, self.sector
        dated = [r for r in self.roles if r.start is not None]
        standing = next((r for r in self.roles if r.start is None), None)
        if day is None:
            if dated:
                latest = max(dated, key=lambda r: r.start or dt.date.min)
                return latest.country, latest.sector
            return (standing.country, standing.sector) if standing else (self.country, None)
        for role in dated:  # rows are in priority order
            if role.holds_on(day):
                return role.country, role.sector
        past = [r for r in dated if r.end is not None and r.end <= day and r.sector in OFFICIAL_SECTORS]
        if past:
            return past[-1].country, FORMER_SECTOR
        if standing:
            return standing.country, standing.sector
        return self.country, None


@dataclass(frozen=True)
class Agent:
    """A title, generic actor noun or organisation prefix from agents.tsv."""

    phrase: str
    kind: str  # title | agent | org
    sector: str | None  # "*" = inherit from the organisation in the phrase
    country: str | None
    head: str


class ActorDictionary:
    """All actor data, indexed by alias token tuples (case-sensitive) and by key."""

    def __init__(self) -> None:
        self.entries: dict[str, ActorEntry] = {}
        self.by_alias: dict[tuple[str, ...], str] = {}
        self.agents: dict[tuple[str, ...], list[Agent]] = {}
        self._load_countries()
        self._load_organizations()
        self._load_places()
        self._load_people()
        self._load_agents()
        self.max_agent_len = max((len(k) for k in self.agents), default=0)
        # first (last) token of an agent phrase -> the phrase lengths starting (ending) with it, longest first
        self.agent_lengths = self._lengths_by(0)
        self.agent_end_lengths = self._lengths_by(-1)

    def _lengths_by(self, at: int) -> dict[str, list[int]]:
        lengths: dict[str, set[int]] = {}
        for toks in self.agents:
            lengths.setdefault(toks[at], set()).add(len(toks))
        return {k: sorted(v, reverse=True) for k, v in lengths.items()}

    # ----------------------------------------------------------------- loading
    def _add(self, entry: ActorEntry, names: list[str]) -> None:
        self.entries[entry.key] = entry
        for name in names:
            name = name.strip()
            if not name:
                continue
            toks = tokens_of(name)
            # the first writer of an alias wins: countries before capitals before organisations ...
            self.by_alias.setdefault(toks, entry.key)
            if name not in entry.aliases:
                entry.aliases.append(name)

    def _load_countries(self) -> None:
        for row in read_tsv("actors/countries.tsv"):
            code, name, others, capitals = (list(row) + ["", "", "", ""])[:4]
            entry = ActorEntry(f"country:{code}", name, "GPE", code, None)
            self._add(entry, [name, *split_names(others)])
            for cap in split_names(capitals):
                key = f"place:{code}:{cap}"
                if key not in self.entries:
                    self._add(ActorEntry(key, cap, "LOC", code, None), [cap])

    def _load_organizations(self) -> None:
        for row in read_tsv("actors/organizations.tsv"):
            key, name, typ, country, sector, others = (list(row) + [""] * 6)[:6]
            entry = ActorEntry(f"org:{key}", name, typ or "ORG", country or None, sector or None)
            self._add(entry, [name, *split_names(others)])

    def _load_places(self) -> None:
        for row in read_tsv("actors/places.tsv"):
            name, country, others = (list(row) + ["", "", ""])[:3]
            entry = ActorEntry(f"place:{country}:{name}", name, "LOC", country or None, None)
            self._add(entry, [name, *split_names(others)])

    def _load_people(self) -> None:
        for row in read_tsv("actors/people.tsv"):
            key, name, others, country, sector, start, end, title = (list(row) + [""] * 8)[:8]
            pkey = f"person:{key}"
            entry = self.entries.get(pkey)
            if entry is None:
                entry = ActorEntry(pkey, name, "PER", country or None, None)
                self._add(entry, [name, *split_names(others)])
            elif name or others:
                self._add(entry, [name, *split_names(others)])
            entry.roles.append(Role(country or None, sector or None, parse_day(start), parse_day(end), title))

    def _load_agents(self) -> None:
        for row in read_tsv("actors/agents.tsv"):
            phrase, kind, sector, country, head = (list(row) + [""] * 5)[:5]
            if sector in NONSTATE:
                country, sector = sector, ""
            agent = Agent(phrase.lower(), kind, sector or None, country or None, head or phrase.lower())
            self.agents.setdefault(tuple(phrase.lower().split()), []).append(agent)

    # ----------------------------------------------------------------- lookups
    def lookup(self, toks: tuple[str, ...]) -> ActorEntry | None:
        key = self.by_alias.get(toks)
        return self.entries.get(key) if key else None

    def agent(self, toks: tuple[str, ...], kind: str | None = None) -> Agent | None:
        for agent in self.agents.get(tuple(t.lower() for t in toks), ()):
            if kind is None or agent.kind == kind:
                return agent
        return None


def split_names(cell: str) -> list[str]:
    return [n.strip() for n in cell.split("|") if n.strip()]


def parse_day(text: str) -> dt.date | None:
    text = text.strip()
    return dt.date.fromisoformat(text) if text else None


def tokens_of(name: str) -> tuple[str, ...]:
    """Alias tokens as the Warta tokenizer splits them (cached blank tokenizer, built once)."""
    return tuple(t.text for t in _tokenizer()(name) if not t.is_space)


@lru_cache(maxsize=1)
def _tokenizer():
    from warta.language import WartaIndonesian

    return WartaIndonesian().tokenizer


@lru_cache(maxsize=1)
def get_dictionary() -> ActorDictionary:
    return ActorDictionary()
