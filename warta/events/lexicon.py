"""The event lexicon and modifier words, compiled once into dict lookups (resources/events/*.tsv)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from warta.resources import read_tsv

GAP = 4  # "menetapkan ... syarat": the second word within this many tokens


@dataclass(frozen=True)
class Trigger:
    type: str
    mode: str | None
    role: str  # verb | passive | noun | control
    words: tuple[str, ...]
    gap_word: tuple[str, ...] | None = None  # "A ... B": B's words ("nota kesepahaman")


@dataclass(frozen=True)
class TriggerMatch:
    start: int
    end: int
    trigger: Trigger


class EventLexicon:
    def __init__(self) -> None:
        self.by_first: dict[str, list[Trigger]] = {}
        for row in read_tsv("events/lexicon.tsv"):
            typ, mode, role, forms = (list(row) + [""] * 4)[:4]
            for form in forms.split("|"):
                form = form.strip().lower()
                if not form:
                    continue
                gap_word = None
                if " ... " in form:
                    form, gap = form.split(" ... ", 1)
                    gap_word = tuple(gap.split())
                words = tuple(form.split())
                trig = Trigger(typ, mode or None, role, words, gap_word)
                self.by_first.setdefault(words[0], []).append(trig)
        for trigs in self.by_first.values():  # longest, most specific first; a mode beats none
            trigs.sort(key=lambda t: (-len(t.words), t.gap_word is None, t.mode is None))
        self.modifiers: dict[str, str] = {
            w: eff for w, eff in (r[:2] for r in read_tsv("events/modifiers.tsv"))
        }
        # agenda / group nouns, and the triggers whose core argument must be an actor (arguments.tsv); a
        # word may have several kinds ("tersangka": a person noun and a charge word, "menduga": a topic
        # verb and an enforcer's): ``arguments`` holds its last row's kind, ``has`` asks for any of them
        self.arguments: dict[str, str] = {}
        self.kinds: dict[str, frozenset[str]] = {}
        for w, kind in (r[:2] for r in read_tsv("events/arguments.tsv")):
            self.arguments[w] = kind
            self.kinds[w] = self.kinds.get(w, frozenset()) | {kind}

        # appraisals that criticise (appraisal.tsv): the verbs, the conduct nouns, the judgements
        self.appraisers: set[str] = set()
        self.conduct: set[str] = set()
        self.judgements: dict[str, list[tuple[tuple[str, ...], tuple[str, ...] | None]]] = {}
        for kind, phrase in (r[:2] for r in read_tsv("events/appraisal.tsv")):
            if kind == "verb":
                self.appraisers.add(phrase)
            elif kind == "conduct":
                self.conduct.add(phrase)
            else:
                head, _, gap = phrase.partition(" ... ")
                words = tuple(head.split())
                self.judgements.setdefault(words[0], []).append((words, tuple(gap.split()) or None))

    def judgement(self, lowers: list[str], i: int, end: int) -> int | None:
        """Where a negative judgement starting at token i ends ("tidak layak", "tidak ... kehati-hatian"),
        or None."""
        for words, gap in self.judgements.get(lowers[i], ()):
            n = len(words)
            if i + n > end or tuple(lowers[i : i + n]) != words:
                continue
            if gap is None:
                return i + n
            for j in range(i + n, min(end - len(gap) + 1, i + n + 3)):
                if tuple(lowers[j : j + len(gap)]) == gap:
                    return j + len(gap)
        return None

    def has(self, word: str, kind: str) -> bool:
        """Whether ``word`` has ``kind`` among its kinds in arguments.tsv."""
        return kind in self.kinds.get(word, ())

    def match(self, lowers: list[str], i: int, end: int) -> TriggerMatch | None:
        """The trigger starting at token i (ending before ``end``), also on a -nya form ("pertemuannya")."""
        word = lowers[i]
        cands = self.by_first.get(word)
        if cands is None and word.endswith("nya") and len(word) > 5:
            cands = self.by_first.get(word[:-3])
            if cands:
                cands = [t for t in cands if len(t.words) == 1]
        for trig in cands or ():
            n = len(trig.words)
            if n > 1 and (i + n > end or tuple(lowers[i + 1 : i + n]) != trig.words[1:]):
                continue
            if trig.gap_word is not None:
                # the second part may be a phrase ("menandatangani ... nota kesepahaman"), starting within
                # GAP tokens
                gap = trig.gap_word
                at = next(
                    (
                        j
                        for j in range(i + n, min(end, i + n + GAP))
                        if lowers[j] == gap[0] and tuple(lowers[j + 1 : j + len(gap)]) == gap[1:]
                    ),
                    None,
                )
                if at is None or at + len(gap) > end:
                    continue
                return TriggerMatch(i, at + len(gap), trig)
            return TriggerMatch(i, i + n, trig)
        return None


@lru_cache(maxsize=1)
def get_lexicon() -> EventLexicon:
    return EventLexicon()


@lru_cache(maxsize=1)
def cameo_codes() -> dict[tuple[str, str | None], str]:
    """(PLOVER type, mode) -> CAMEO code, for exports; look up (type, None) when the mode is unmapped."""
    return {(r[0], r[1] or None): r[2] for r in read_tsv("events/plover_cameo.tsv")}


def cameo_code(type_: str, mode: str | None) -> str | None:
    codes = cameo_codes()
    return codes.get((type_, mode)) or codes.get((type_, None))
