"""The PLOVER event coder: triggers from the lexicon, actors from the clause, aux from its modifiers.

Why a clause window: it works with or without the parser, and Indonesian news clauses are mostly
subject-verb-object with prepositional targets. One event per clause (its first trigger): a controlling
verb ("menolak", "sepakat", "mengancam akan") absorbs the event it governs, and a nominal event needs
an actor in its own phrase ("invasi Rusia terhadap ...") so that topics ("pembicaraan tentang ...") do
not become events. When the parse exists, the trigger's nsubj is preferred as the source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from warta.actors.ids import actor_key
from warta.actors.mentions import INITIALS_CUES, VERB_FORM
from warta.actors.resolve import entity_by_id, most_salient_person, window_start
from warta.doc import span
from warta.events.actors import ActorSpan, actor_index
from warta.events.lexicon import EventLexicon, Trigger, TriggerMatch, get_lexicon
from warta.model import Event, EventActor, TimeExpr
from warta.quotes.lexicon import lexicon as quote_lexicon

TARGET_PREPS = {"dengan", "kepada", "terhadap", "ke", "atas", "bagi", "pada", "untuk", "melawan", "antara"}
SOURCE_PREPS = {"oleh"}
LOCATIVE_PREPS = {"di", "dalam", "selama", "sejak", "hingga", "sampai"}
OTHER_PREPS = {"di", "dari", "dalam", "tentang", "mengenai", "selama", "sejak", "hingga", "sampai", "antara",
               "seperti", "sebagai", "bersama", "tanpa", "menurut", "atas", "soal", "terkait", "seputar",
               "perihal"}  # fmt: skip
PARTNER_PREPS = {"dengan", "bersama", "antara"}  # who one talks or works with
ABOUT_PREPS = {"tentang", "mengenai", "soal", "terkait", "seputar", "perihal"}  # a topic follows
TOPIC_PREPS = {"atas", "terhadap", "soal", "terkait", "tentang", "mengenai"}  # before a nested event noun
_EVENT_NOUN = re.compile(r"^pe(r|m|n|ng|ny)?[a-z]{3,}an(nya)?$")
LIST_JOIN = {"dan", ",", "serta", "maupun", "&", "atau"}
CLAUSE_PUNCT = {";", ":", "“", "”", '"', "?", "!", ".", "—", "–"}
DEMAND = {
    "harus", "harusnya", "seharusnya", "mesti", "mestinya", "semestinya", "wajib", "perlu",
    "sebaiknya", "hendaknya", "sepatutnya", "seyogianya", "selayaknya",
}  # fmt: skip
FIRST_PERSON = {"kita", "kami", "saya", "aku"}
CIVIL = {"CVL", "LAB", "EDU", "OPP", "AGR", "REF"}
STATE = {"GOV", "COP", "MIL", "JUD", "LEG"}
_FORCES = STATE | {"SPY", "REB", "UAF", "IMG"}  # state bodies and armed groups: actors even unnamed
_UNARMED = {"EDU", "HLH", "MED", "CVL", "BUS"}  # sectors that mobilise no force
OPENERS = {'"', "“", "‘", "'", "(", "[", "-", "—", ":"}
COPULAS = {"merupakan", "menjadi", "adalah", "ialah"}
CONTROL_ROLES = ("control", "appeal", "willing")
SUBJECTS = ("nsubj", "nsubj:pass")
OBJECTS = ("obj",)
ADDRESSEE_OPENERS = ("para", "seluruh", "semua", "segenap", "kepada", "bagi", "pihak")
_ACTIVE_VERB = re.compile(r"^(me|ber)[a-z]{3,}$")
# prepositions and conjunctions that look like me-/ber- verbs
PREP_LIKE = {"bersama", "beserta", "berdasarkan", "bersamaan", "menurut", "melalui", "mengenai", "menjelang",
             "menuju", "terhadap", "meskipun", "berupa", "berkat", "terkait", "berkaitan", "perihal",
             "berjudul", "bertajuk", "bertema"}  # fmt: skip
_VERB = VERB_FORM  # a verb, not a pe(r)-an noun ("pergantian")
VERB_PREFIX = re.compile(r"^(me|ber|di|ter|mem|men|meng|meny|per)[a-z]{3,}$")
ANAPHORIC = {"ini", "itu", "tersebut"}
BACKGROUND = {"dari", "setelah", "sebelum", "usai", "sejak", "selama", "seusai", "sesudah"}
COOPERATIVE = {"SUPPORT", "COOPERATE", "AID", "RETREAT", "CONCEDE"}
CONFLICTUAL = {"SANCTION", "COERCE", "ASSAULT", "PROTEST", "MOBILIZE"}
CONTROL_MODE = {"CONSULT": "meet", "RETREAT": "yield", "CONCEDE": "yield", "AID": "assist",
                "COOPERATE": "assist", "SUPPORT": "assist", "AGREE": "meet"}  # fmt: skip
AUX_ORDER = ("negation", "hypothetical", "future", "historical")
PERPETRATORS = {"pelaku", "tersangka", "terdakwa", "terpidana", "otak", "dalang"}
SYMMETRIC = {"CONSULT", "COOPERATE", "AGREE"}


# conjunctions that open a clause about the subject of the clause before them
_SUBORDINATORS = {"karena", "sehingga", "setelah", "sebelum", "saat", "ketika", "usai", "seusai", "hingga"}
# the conjunctions of a time clause whose missing subject is the main clause's ("saat bertemu X")
_TEMPORAL = {
    "saat", "ketika", "sewaktu", "selagi", "usai", "seusai", "setelah", "sebelum", "sambil", "seraya",
}  # fmt: skip
# the conjunctions of a concessive clause, which is about the subject of the clause before it
_CONCESSIVE = {"meski", "meskipun", "walau", "walaupun"}


@dataclass
class Clause:
    start: int
    end: int
    speech_source: list[ActorSpan] | None = None  # subject of a reporting verb that introduces it
    reported_by: list[ActorSpan] | None = None  # a relative clause's: the reporting subject around it
    in_report: bool = False  # after "X mengatakan ..." in the same sentence: still what X says
    relative: bool = False  # starts with "yang", or goes on one ("yang tewas karena dianiaya ...")
    relative_start: int | None = None  # where the relative clause it goes on starts (its "yang")
    sentence_subject: list[ActorSpan] | None = None  # fallback subject: the sentence's first free actor
    # with no free actor, the agent of the sentence's passive ("Usulan itu disampaikan (oleh) Amien"):
    # the subject of a "saat/usai ..." clause that names none ("... saat bertemu Bamsoet")
    sentence_agent: list[ActorSpan] | None = None
    coordinated: bool = False  # opens at "dan/serta" + a second trigger: shares the subject before it
    # a fronted "selain/setelah/sebelum ..." phrase: the subject of the clause after it ("Selain menemui
    # Prabowo, Sugiono juga bertemu ...": Sugiono met Prabowo); an act embedded under praise or blame:
    # the one praised ("mengapresiasi Bareskrim menetapkan ...": Bareskrim named the suspect)
    fronted_subject: list[ActorSpan] | None = None
    # the subject of a clause that names none, given by the clause before it: a concessive clause
    # takes the subject of the one it qualifies ("Hamas kembali mengancam Palestina meski sudah
    # menyepakati ..."), a verb after a person set off by commas takes the person ("..., Suharti, meminta")
    preceding_subject: list[ActorSpan] | None = None
    # said of no one: the relative clause of "tidak ada negara yang ..." and what it reports ("tidak ada
    # negara yang menyatakan bersedia untuk berkonflik dengan Hamas")
    negated: bool = False


def code_events(doc: Doc) -> list[Event]:
    lex = get_lexicon()
    lowers = [t.lower_ for t in doc]
    actors = actor_index(doc)
    times = [t for t in (doc._.times or []) if t.type in ("DATE", "TIME")]
    events: list[Event] = []
    for s_idx, (s_char, e_char) in enumerate(doc._.sentences or []):
        sent = doc.char_span(s_char, e_char, alignment_mode="expand")
        if sent is None:
            continue
        _drop_dateline(doc, actors, sent.start, sent.end)
        clauses = _clauses(lex, lowers, actors, sent.start, sent.end)
        first_subject = _group_before_first(actors, lowers, sent.start, sent.end)
        agent = None if first_subject else _passive_agent(actors, lowers, sent.start, sent.end)
        first_of_sentence = len(events)
        for clause in clauses:
            clause.sentence_subject, clause.sentence_agent = first_subject, agent
            ev = _clause_event(doc, lex, lowers, actors, clause, sent.start, sent.end, times, s_idx)
            if ev is not None and (_retold(ev, events[first_of_sentence:]) or _anonymous(ev)):
                continue
            if ev is not None:
                ev.id = f"V{len(events) + 1}"
                events.append(ev)
                inner = _ignored_event(
                    doc, lex, lowers, actors, clause, ev, sent.start, sent.end, times, s_idx
                )
                if inner is not None:
                    inner.id = f"V{len(events) + 1}"
                    events.append(inner)
    return events


def _anonymous(ev: Event) -> bool:
    """No side names anyone: no entity, no country, no state force ("partai setuju", "warga menyerbu",
    "masyarakat diimbau"). Event data says who did what to whom; an act of no one that can be told apart
    is no record of it. An unnamed army, police or armed group ("militer", "pasukan", "kelompok
    bersenjata") keeps its sector, as PLOVER codes it."""
    return all(
        a.entity is None and a.country is None and a.sector not in _FORCES for a in ev.source + ev.target
    )


def _retold(ev: Event, earlier: list[Event]) -> bool:
    """The same attack told twice in one sentence: "Afif, yang diduga tewas dianiaya polisi, ... meninggal
    karena disiksa": a second ASSAULT with no source, done to one already attacked in the sentence."""
    if ev.type != "ASSAULT" or ev.source or not ev.target:
        return False
    victims = {a.entity for a in ev.target}
    return None not in victims and any(
        e.type == "ASSAULT" and victims <= {a.entity for a in e.target} for e in earlier
    )


_COMPLAINING = {"diadukan", "mengadukan", "mengadu"}  # complaints, like "dilaporkan", go to a body
_IGNORING = {"mengabaikan"}  # REJECT of the call or demand that is its object


def _ignored_event(doc, lex, lowers, actors, clause, ev: Event, s_start, s_end, times, s_idx) -> Event | None:
    """ "The Fed mengabaikan seruan Trump": the call ignored is Trump's own event (REQUEST), told
    beside the REJECT of it."""
    t = doc.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand")
    if t is None or lowers[t.start] not in _IGNORING or t.end >= clause.end:
        return None
    m = lex.match(lowers, t.end, clause.end)
    if m is None or m.start != t.end or m.trigger.role != "noun":
        return None
    sub = Clause(t.end, clause.end, sentence_subject=None, sentence_agent=None)
    return _clause_event(doc, lex, lowers, actors, sub, s_start, s_end, times, s_idx)


# ---------------------------------------------------------------- clauses
DASHES = {"-", "–", "—", "--"}


def _drop_dateline(doc: Doc, actors, start: int, end: int) -> None:
    """A dateline ("Jakarta - Menteri ...", "JAKARTA, KOMPAS.com — ...") names where the story was
    filed, not an actor of the sentence's event."""
    a = actors[start] if start < end else None
    outlet = a is not None and "." in a.text(doc) and a.end < end and doc[a.end].text in DASHES
    if outlet:  # "Suara.com - Ketua Umum Partai Gerindra ...": the outlet that filed it
        for j in range(start, a.end):
            actors[j] = None
        return
    if a is None or a.entity is None or a.entity.type not in ("GPE", "LOC"):
        return
    for k in range(a.end, min(end, a.end + 6)):
        if doc[k].text in DASHES:
            for j in range(start, k):  # the place and the outlet ("KOMPAS.com") before the dash
                actors[j] = None
            return
        if doc[k].text not in (",", "(", ")") and not doc[k].text[:1].isupper() and "." not in doc[k].text:
            return


def _noun_object(lex: EventLexicon, lowers, k: int, end: int) -> bool:
    """An event noun right at k: the object of the speech verb before it, the speaker's own act
    ("menegaskan komitmennya", "menyatakan dukungan terhadap AUKUS")."""
    m = lex.match(lowers, k, end)
    return m is not None and m.trigger.role == "noun"


def _clauses(lex: EventLexicon, lowers, actors, start: int, end: int) -> list[Clause]:
    clauses: list[Clause] = []
    cur = Clause(start, end)
    pending_speech: list[ActorSpan] | None = None
    actor_ends = {a.end for a in actors[start:end] if a is not None}
    i = start
    while i < end:
        w = lowers[i]
        eff = lex.modifiers.get(w)
        boundary = w in CLAUSE_PUNCT or eff == "break"
        if w == "sementara" and not (i + 1 < end and actors[i + 1] is not None):
            boundary = False  # "penghentian sementara": temporary, not "while"
        if w == "yang" and i + 1 < end and lowers[i + 1] in ("sama", "serupa"):
            boundary = False  # "dijatuhi sanksi yang sama oleh DKPP": the same, no relative clause
        if w == ",":
            nxt = actors[i + 1] if i + 1 < end else None
            in_list = i in actor_ends and (
                (nxt is not None and not nxt.pronoun and not _comma_then_clause(actors, lowers, i, end))
                or (i + 1 < end and lowers[i + 1] in ("dan", "serta"))
            )
            around = _covering(actors, i)
            inside = around is not None and around.start < i
            boundary = not in_list and not inside  # "Ketua DPP PDIP, Said Abdullah": one mention
            tag = _speech_tag(lex, lowers, actors, cur.start, start, end)
            if tag is not None and tag.end == i:
                boundary = True  # ", kata Andreas, pemerintah harus ...": the speech tag ends here
            if boundary and i > cur.start and _hope_then_addressee(lex, lowers, actors, i, end):
                boundary = False  # "Nuruzzaman berharap, Densus 88 dapat terus mengawal ...": an appeal
            if lowers[cur.start] == "sebagai" and cur.start == start and not inside:
                boundary = True  # "Sebagai bentuk dukungan kepada PAN, Gus Din ...": the phrase ends
        a = actors[i]
        split: list[ActorSpan] | None = None  # a clause starts at token i, with this subject given
        if not boundary and i > cur.start and _embedded_event(lex, lowers, actors, cur.start, i, end):
            # "kami mengapresiasi Bareskrim menetapkan Lisa sebagai tersangka": praise of Bareskrim, and
            # Bareskrim's own act, one clause each
            split = [actors[i - 1]]
        elif (
            not boundary
            and lowers[cur.start] == "selain"
            and i > cur.start + 1
            and a is not None
            and a.start == i
            and a.end < end
            and lowers[a.end] in ("juga", "pun", "pula", "turut")
        ):
            # "Selain mengirimkan tim relawan Unpad juga menyalurkan bantuan": the "selain" phrase ends
            # where the main clause's subject starts
            split = []
        if split is not None:
            cur.end = i
            clauses.append(cur)
            cur = Clause(i, end, in_report=cur.in_report, fronted_subject=split or None)
        coordinated = (
            not boundary
            and w in COORDINATORS
            and i > cur.start
            and _opens_trigger(lex, lowers, actors, _past(actors, lowers, i + 1, _ASPECT, end), end)
            and _coordinates(lex, lowers, cur.start, i)
        )
        if coordinated:
            # "Polisi menangkap Erwin dan menahan Budi": a second event, with the same subject and the
            # same reporting context as the first
            cur.end = i
            clauses.append(cur)
            prev = cur
            cur = Clause(i + 1, end, relative=prev.relative, relative_start=prev.relative_start)
            cur.speech_source, cur.reported_by, cur.in_report = (
                prev.speech_source,
                prev.reported_by,
                prev.in_report,
            )
            cur.coordinated = True
            i += 1
            continue
        if boundary and i > cur.start:
            cur.end = i
            clauses.append(cur)
            nxt_start = i + (1 if w in CLAUSE_PUNCT or w == "," else 0)
            prev = clauses[-1]
            cur = Clause(nxt_start, end, relative=nxt_start < end and lowers[nxt_start] == "yang")
            cur.in_report = prev.in_report or prev.speech_source is not None
            rel_start = prev.relative_start if prev.relative_start is not None else prev.start
            if (
                not cur.relative
                and prev.relative
                and w in _SUBORDINATORS
                and not (i + 1 < end and lowers[i + 1] in ("ini", "itu"))  # "saat ini": now
                and _antecedent(actors, lowers, rel_start, start) is not None
            ):
                # "Afif, yang tewas karena diduga dianiaya polisi": the reason clause is still about the
                # relative clause's antecedent, when that is an actor (not "penyidik yang dilaporkan ...
                # setelah menggeledah", where the sentence's subject did it)
                cur.relative, cur.relative_start = True, rel_start
            if w in _CONCESSIVE:
                cur.preceding_subject = _group_before_first(actors, lowers, prev.start, prev.end)
            if w in _SUBORDINATORS and not cur.relative:
                # "Afif tewas karena dianiaya polisi": the one who died is the one the reason clause's
                # passive is done to
                o = i - 2 if lowers[i - 1] == "dunia" else i - 1
                if o > prev.start and lowers[o] in _OUTCOMES:
                    cur.fronted_subject = _group_before(actors, lowers, prev.start, o)
            # "tidak ada negara | yang menyatakan ...": the relative clause, and what it reports
            cur.negated = (cur.relative and w == "yang" and _none_exists(lowers, prev.start, prev.end)) or (
                prev.negated and (pending_speech is not None or cur.relative)
            )
            if w == "bahwa" or pending_speech is not None:
                cur.speech_source, pending_speech = pending_speech, None
            elif cur.relative:  # "... bahwa X yang dipimpinnya harus ...": still reported speech
                cur.reported_by = clauses[-1].speech_source or clauses[-1].reported_by
        elif eff == "speech" and not (
            (w.startswith("di") and i + 1 < end and lowers[i + 1] in ("ke", "kepada", "oleh"))
            or _reports_to_authority(lex, lowers, i, end)
        ):
            # (not "Rossa dilaporkan ke Bareskrim", "PDIP melaporkan Budi ke Bareskrim": reported to the
            # police, not reportedly)
            group = _group_before(actors, lowers, cur.start, i)
            if group is None and i == cur.start:
                tag = _speech_tag(lex, lowers, actors, i, start, end)
                group = [tag] if tag is not None else None
            if group is None and cur.relative and lowers[cur.start] == "yang":
                # "Mahfud MD yang menilai seluruh komisioner KPU harus diganti": the antecedent says it
                group = _antecedent(actors, lowers, cur.start - 1, start)
            pending_speech = group or pending_speech or []
            if (
                quote_lexicon().cue_kind.get(w) == "verb"
                and i + 1 < end
                and lowers[i + 1] not in ("kepada", "pada", "di", "dalam")
                and not _noun_object(lex, lowers, i + 1, end)
                and not _appeal_to_actor(lex, lowers, actors, i, end)
                # (not "menegaskan (kembali) bahwa ...", "mengatakan, ...": that clause opens there)
                and not any(
                    lowers[k] in CLAUSE_PUNCT | {",", "bahwa"} or lex.modifiers.get(lowers[k]) == "break"
                    for k in range(i + 1, min(end, i + 4))
                )
            ):
                # "X mengatakan pelaku sudah ditangkap": what he says is a clause of its own, as after
                # "bahwa"; its passive is not done to him
                cur.end = i + 1
                clauses.append(cur)
                cur = Clause(i + 1, end, negated=clauses[-1].negated)
                cur.speech_source, pending_speech = pending_speech, None
        i += 1
    cur.end = end
    clauses.append(cur)
    clauses = [c for c in clauses if c.end > c.start]
    for c, nxt in zip(clauses, clauses[1:], strict=False):
        if lowers[c.start] in _FRONTING and c.start == start and actors[nxt.start] is not None:
            c.fronted_subject = _group_at(actors, lowers, nxt.start, nxt.end)[0]
        a = actors[c.start]
        if (
            a is not None
            and (a.start, a.end) == (c.start, c.end)
            and a.entity is not None
            and a.entity.type == "PER"
            and actors[nxt.start] is None
            and nxt.preceding_subject is None
        ):
            # "Sekretaris Jenderal Kementerian Pendidikan, Kebudayaan, ..., Suharti, meminta ...": the
            # person set off by commas before the verb is its subject, not the body in their title
            nxt.preceding_subject = [a]
    return clauses


def _speech_tag(lex: EventLexicon, lowers, actors, k: int, start: int, end: int) -> ActorSpan | None:
    """The speaker of a speech tag set between commas at token k ("Mengenai program MBG, kata Andreas,
    pemerintah harus ..."), who voices the clause after it; only when that clause opens with its own
    subject: in "Uang itu, kata Prabowo, akan digunakan ..." and "BNPT, kata Zaki, juga meniru ..." the
    speaker does not act."""
    if not (start < k < end - 1 and lowers[k - 1] == "," and lex.modifiers.get(lowers[k]) == "speech"):
        return None
    tag = actors[k + 1]
    if tag is None or tag.start != k + 1 or tag.pronoun or tag.end + 1 >= end:
        return None
    return tag if lowers[tag.end] == "," and actors[tag.end + 1] is not None else None


def _none_exists(lowers, start: int, end: int) -> bool:
    """The clause says that no one is: "tidak ada negara", "tak ada pihak", "belum ada partai"."""
    k = start + (1 if lowers[start] in ("namun", "tetapi", "tapi", "bahkan") else 0)
    return k + 2 <= end and lowers[k] in ("tidak", "tak", "belum") and lowers[k + 1] == "ada"


def _embedded_event(lex: EventLexicon, lowers, actors, c_start: int, i: int, end: int) -> bool:
    """At token i an active trigger follows an actor that is the object of a verb of praise or blame
    ("mengapresiasi Bareskrim menetapkan ...", "menuding KPK menyita ...")."""
    prev = actors[i - 1]
    if prev is None or prev.end != i or prev.pronoun or lowers[i].startswith(("di", "ter")):
        return False
    if not _opens_trigger(lex, lowers, actors, i, end):
        return False
    inner = lex.match(lowers, i, end)
    if inner is None or inner.trigger.role != "verb":
        return False
    g = prev.start
    for k in range(c_start, g):
        m = lex.match(lowers, k, g)
        if (
            m is not None
            and m.start == k
            and m.end == g
            and m.trigger.role == "verb"
            and m.trigger.type in ("SUPPORT", "ACCUSE")
        ):
            return True
    return False


# criticism of an actor or of what an actor does (its object: `actor-phrase` in arguments.tsv), unless
# what it highlights is an event noun, which is the event told
_SPOTLIGHT = {"menyoroti", "menyorotinya"}
_STANDING = {"siap", "berkomitmen"}  # readiness and commitment: with support, a stand of support
_AFTER_MEETING = {"usai", "seusai", "setelah", "sesudah"}
_FRONTING = _AFTER_MEETING | {"selain", "sebelum", "sebagai"}


COORDINATORS = {"dan", "serta", "lalu", "kemudian"}
PURPOSE = {"untuk", "agar", "supaya", "guna", "demi"}


# words between a coordinator and the second verb: "melakukan penyidikan ... dan telah menetapkan 2 tersangka"
_ASPECT = {"telah", "sudah", "juga", "kemudian", "lalu", "langsung", "segera", "lantas", "pun"}


def _coordinates(lex: EventLexicon, lowers, start: int, i: int) -> bool:
    """The "dan" at token i joins a second event to the one in [start, i): a trigger that governs no
    verb is there, with its own words after it ("menangkap Erwin dan menahan Budi"; not
    "menyesalkan dan menyayangkan kejadian itu", two verbs with one object), and it neither takes
    the verbs after it as its complement ("meminta masyarakat mendoakan dan mendukung ...") nor
    stands in a purpose ("menolak memberi izin ... untuk mendarat dan mengevakuasi")."""
    if any(lowers[k] in PURPOSE for k in range(start, i)):
        return False
    first = next((m for k in range(start, i) if (m := lex.match(lowers, k, i)) is not None), None)
    if first is None or first.trigger.role in ("control", "appeal", "willing"):
        return False
    return first.end < i


def _opens_trigger(lex: EventLexicon, lowers, actors, k: int, end: int) -> bool:
    """A verb trigger (active, passive or control) starts at token k and is no name's first word."""
    if k >= end or actors[k] is not None:
        return False
    m = lex.match(lowers, k, end)
    return m is not None and m.start == k and m.trigger.role in ("verb", "passive", "control")


def _sanction_after(lex: EventLexicon, lowers, k: int, end: int) -> bool:
    """A sanction trigger somewhere in tokens k..end ("bakal didiskualifikasi", "sanksi pidana")."""
    for j in range(k, end):
        m = lex.match(lowers, j, end)
        if m is not None and m.start == j and m.trigger.type == "SANCTION" and m.trigger.role != "none":
            return True
    return False


def _appeal_to_actor(lex: EventLexicon, lowers, actors, i: int, end: int) -> bool:
    """A cue that is also an appeal, with an actor right after it: "berharap Pemprov segera ..." asks
    Pemprov to act (one clause); "berharap, ..." and "berharap harga turun" only introduce a clause."""
    m = lex.match(lowers, i, end)
    return (
        m is not None
        and m.trigger.role == "appeal"
        and m.end < end
        and (
            _hope_asks(lowers, actors, m.end, end)
            or _hoped_demand(lex, lowers, m.start, m.end, end)
            or _hope_to_group(lex, lowers, actors, m.start, m.end, end)
        )
    )


_DEONTIC = DEMAND | {"jangan"}  # what a hope may say must (not) be done


def _hoped_demand(lex: EventLexicon, lowers, t_start: int, k: int, end: int) -> bool:
    """A hope, voiced by a speaker, that something must (not) be done: "berharap reformasi struktural
    yang telah berjalan harus dilanjutkan", "berharap isu lingkungan jangan sampai dikesampingkan": a
    demand with no addressee named (the gold's REQUEST), unlike "berharap harga turun"; or that it be
    done, in the passive (``_hoped_passive``)."""
    if lex.modifiers.get(lowers[t_start]) != "speech":
        return False
    if _hoped_passive(lowers, k, end):
        return True
    for j in range(k, min(end, k + 10)):
        if lowers[j] in CLAUSE_PUNCT or lowers[j] in (",", "bahwa", "agar", "supaya"):
            return False
        if lowers[j] in _DEONTIC:
            v = j + 1
            while v < end and lowers[v] in ("sampai", "segera", "lagi", "terus", "tetap", "dapat", "bisa"):
                v += 1
            # a verb right after the modal: "harus dilanjutkan", "jangan dihapus", not "jangan sampai
            # masyarakat merasa ...", a hope about what people feel
            return v < end and VERB_PREFIX.match(lowers[v]) is not None and lowers[v] not in _STATE_VERBS
    return False


_STATE_VERBS = {"merasa", "menjadi", "terjadi", "berada", "memiliki", "mempunyai"}
# passives of being known, felt or taken up, which a hope wishes for rather than asks of anyone:
# "berharap produk lokal bisa semakin dikenal", "manfaatnya dapat dirasakan seluruh rakyat"
_UNDERGONE = {
    "dikenal", "dirasakan", "diterima", "dinikmati", "diingat", "dimanfaatkan", "dijadikan", "dicontoh",
    "ditiru", "diikuti", "dikabulkan", "diberkahi", "dimudahkan", "dilancarkan", "diridhoi", "diridai",
    "dipahami", "didengar", "dilihat", "diketahui", "disukai", "dicintai", "dihargai", "dinilai",
}  # fmt: skip
_HOPED_PASSIVE_WINDOW = 8  # words from a hope to the passive verb of the act it asks for


def _hoped_passive(lowers, k: int, end: int) -> bool:
    """A hope that something be done, told in the passive with no modal: "berharap para oknum segera
    ditindak tegas", "berharap proses pencalonan ketua umum dihelat secara terbuka" (the gold's
    REQUEST, no one named asked); not of a thing pointed back to ("berharap kesempatan kedua ini
    dimanfaatkan"), nor of being known or felt (``_UNDERGONE``), nor past another verb or a relative
    clause ("berharap masyarakat memahami aturan yang diterapkan")."""
    for j in range(k, min(end, k + _HOPED_PASSIVE_WINDOW)):
        w = lowers[j]
        if w in CLAUSE_PUNCT or w in (",", "bahwa", "yang", "agar", "supaya", "jika", "kalau", "bila"):
            return False
        if w in ANAPHORIC or w == "semoga" or (j > k and _ACTIVE_VERB.match(w) and w not in PREP_LIKE):
            return False  # a thing pointed back to, a prayer ("semoga doanya dikabulkan"), another verb's
        if j > k and _passive_verb(w):
            return w not in _UNDERGONE and lowers[j - 1] != "siap"  # "siap dipatenkan": ready
    return False


_GROUP_OPENERS = {"pihak", "para", "seluruh", "semua", "segenap"}


def _hope_to_group(lex: EventLexicon, lowers, actors, t_start: int, k: int, end: int) -> bool:
    """A speaker's hope that a group with no name acts: "berharap pihak industri di sekitar kawasan
    dapat berkontribusi", "berharap seluruh SPPG segera menyelesaikan perbaikan" (the gold's REQUEST,
    no one named asked); not "berharap seluruh ilmu ... dapat diterapkan" (done to it) nor "berharap
    seluruh anak Indonesia tetap memiliki kepedulian" (a state)."""
    if lex.modifiers.get(lowers[t_start]) != "speech" or k >= end or lowers[k] not in _GROUP_OPENERS:
        return False
    j = k + 1
    while j < min(end, k + 7) and (actors[j] is not None or not VERB_PREFIX.match(lowers[j])):
        if lowers[j] in CLAUSE_PUNCT or lowers[j] in (",", "yang", "bahwa", "agar", "supaya"):
            return False
        if lowers[j] in _HOPE_FILLERS and j > k + 1:
            break
        j = actors[j].end if actors[j] is not None else j + 1
    j = _past(actors, lowers, j, _HOPE_FILLERS, end)
    return (
        j < end
        and _ACTIVE_VERB.match(lowers[j]) is not None
        and lowers[j] not in _STATE_VERBS
        and lowers[j] not in PREP_LIKE
    )


_PROPOSED_WINDOW = 8  # words from a proposal's verb to the passive verb of the act it proposes


def _proposed_act(lex: EventLexicon, lowers, t_start: int, k: int, end: int) -> bool:
    """ "mengusulkan pembentukan satgas", "mengusulkan money politics dilegalkan": a proposal of an act
    (an action noun, or a clause with a passive verb) is the proposer's REQUEST with no one named asked;
    "mengusulkan pagu anggaran", "mengusulkan nama" propose a sum or a name."""
    if lex.arguments.get(lowers[t_start]) != "proposal" or k >= end:
        return False
    if _EVENT_NOUN.match(lowers[k]) or lowers[k] in ("perlunya", "revisi"):
        return True
    for j in range(k, min(end, k + _PROPOSED_WINDOW)):
        if lowers[j] in (",", ";"):
            return False
        if _passive_verb(lowers[j]):
            return True
    return False


# a loan noun of an act ("konversi", "revisi", "evaluasi", "reformasi"), which a pe-an pattern misses
_ACT_LOAN = re.compile(r"^[a-z]{3,}(asi|isi|rsi|ksi)$")
_NOT_ACTS = {"polisi", "komisi", "posisi", "kondisi", "tradisi", "provinsi", "versi", "edisi", "kompetisi"}


def _urged_act(lex: EventLexicon, lowers, t_start: int, t_end: int, k: int, end: int) -> bool:
    """An appeal verb with "untuk" and an act right after it, no one named: "Hanif mendorong untuk
    konversi ke BBM rendah sulfur", "mengingatkan untuk tidak ..." urge an act of whoever it concerns
    (the gold's REQUEST with no target); not a hope ("berharap untuk bisa hadir" is the speaker's own
    wish)."""
    if k != t_end or k + 1 >= end or lowers[k] != "untuk" or lex.modifiers.get(lowers[t_start]) == "speech":
        return False
    nxt = lowers[k + 1]
    if nxt in ("tidak", "tak", "segera", "terus", "lebih", "kembali"):
        return True
    return (
        (VERB_PREFIX.match(nxt) is not None and nxt not in PREP_LIKE)
        or _EVENT_NOUN.match(nxt) is not None
        or (_ACT_LOAN.match(nxt) is not None and nxt not in _NOT_ACTS)
    )


def _hope_then_addressee(lex: EventLexicon, lowers, actors, comma: int, end: int) -> bool:
    """A hope set off by a comma that asks someone named to act: "berharap, Densus 88 dapat terus
    mengawal ..." (not "berharap, ke depan Sumsel ...", nor "berharap, kunjungan itu akan ...")."""
    m = lex.match(lowers, comma - 1, comma)
    return (
        m is not None
        and m.trigger.role == "appeal"
        and lex.modifiers.get(lowers[comma - 1]) == "speech"
        and comma + 1 < end
        and _hope_asks(lowers, actors, comma + 1, end)
        and _asks_not_foretells(lowers, actors, comma + 1, end)
    )


# after a comma, a hope foretells rather than asks when "akan" or "bakal" stands before the act:
# "berharap, Indonesia akan bertemu Malaysia ..." reports a plan; "berharap, Densus 88 dapat terus
# mengawal ...", "berharap, Kapolri ... betul-betul memberikan atensi" and "berharap, perusahaan tidak
# melakukan diskriminasi" ask
_FORETELLING = {"akan", "bakal"}


def _asks_not_foretells(lowers, actors, k: int, end: int) -> bool:
    """No word of prediction between the addressee at token k and the act hoped for."""
    after, act = _hoped_act_at(lowers, actors, k, end)
    return not any(lowers[j] in _FORETELLING for j in range(after, act))


def _hope_asks(lowers, actors, k: int, end: int) -> bool:
    """A hope whose object starts at token k asks someone to act: an addressee, then an act."""
    return _addressee(actors[k]) and _hoped_action(lowers, actors, k, end)


# words between the addressee of a hope and the act hoped for: "berharap KPK ke depan bisa segera ..."
_HOPE_FILLERS = {
    "bisa", "dapat", "mampu", "segera", "tidak", "tak", "terus", "tetap", "juga", "pun", "akan", "ikut",
    "turut", "lebih", "benar-benar", "sungguh-sungguh", "kembali", "selalu", "itu", "ini", "tersebut",
    "ke", "depan", "selanjutnya", "nantinya", "mau", "sudah", "bersedia", "bakal",
}  # fmt: skip


def _hoped_act_at(lowers, actors, k: int, end: int) -> tuple[int, int]:
    """For the addressee at token k: the token after it, and the act hoped for (past the fillers)."""
    after = _past_addressee(lowers, actors, k, end)
    act = after
    while act < end and lowers[act] in _HOPE_FILLERS:
        act += 1
    return after, act


def _hoped_action(lowers, actors, k: int, end: int) -> bool:
    """After the addressee at token k comes something it does ("berharap KPK segera menuntaskan"), not
    something done to it or a state ("berharap Majelis Kehormatan bisa segera dibentuk", "berharap ITB
    menjadi kampus ...")."""
    k = _hoped_act_at(lowers, actors, k, end)[1]
    if k >= end:
        return False
    w = lowers[k]
    states = ("menjadi", "jadi", "rampung", "selesai", "masih", "berbentuk")
    return w not in states and not (len(w) >= 5 and w.startswith(("di", "ter")))


def _past_addressee(lowers, actors, k: int, end: int) -> int:
    """The token after the addressee that starts at token k."""
    k = _group_at(actors, lowers, k, end)[1]
    while k < end and actors[k] is not None:
        k = actors[k].end  # "Majelis Kehormatan MPR": a body of a body
    return k


def _addressee(a: ActorSpan | None) -> bool:
    """An actor that a hope can ask to act: a person, a body, a generic actor or a country ("berharap
    Jerman bisa ..."), not another place ("berharap Bendungan Cipanas ...", "berharap Jakarta ...")."""
    if a is None or a.pronoun:
        return False
    if a.entity is None or a.entity.type not in ("GPE", "LOC"):
        return True
    return actor_key(a.entity.name, "GPE").startswith("country:")


# ---------------------------------------------------------------- one clause, one event
def _clause_event(doc, lex, lowers, actors, clause: Clause, s_start, s_end, times, s_idx) -> Event | None:
    i = clause.start
    while i < clause.end:
        a = actors[i]
        if a is not None and a.end - a.start > 1 and lex.match(lowers, i, a.end) is None:
            # words inside a longer name are not triggers: "Lembaga Dana Kerja Sama Pembangunan ..."; a
            # name that starts with one may be a misread trigger ("Serangan" taken as a name)
            i = a.end
            continue
        m = lex.match(lowers, i, clause.end)
        if m is None and lowers[i] in lex.appraisers and _criticism(lex, lowers, actors, i + 1, s_end):
            m = TriggerMatch(i, i + 1, _APPRAISAL)  # "Sahroni menilai polisi terlalu cepat ...": criticism
        if (
            lex.modifiers.get(lowers[i]) == "speech"
            and (m is None or (m.trigger.role != "appeal" and m.trigger is not _APPRAISAL))
            and not _reports_to_authority(lex, lowers, i, clause.end, actors)
        ):
            # "berharap, ...": a cue for what follows; "berharap Pemprov segera ...": an appeal;
            # "melaporkan Budi ke Bareskrim", "melaporkan anggota Dewas KPK karena ...": an accusation
            i += 1
            continue
        if m is None:
            i += 1
            continue
        if _outcome_before_act(lex, lowers, m, s_end):
            i = m.end  # "tewas dianiaya polisi": the act is the trigger, the death its outcome
            continue
        ev = _event_from(doc, lex, lowers, actors, clause, m, s_start, s_end, times, s_idx)
        if ev is _NO_EVENT:
            return None
        if ev is not None:
            return ev
        i = m.end
    return None


# an appraisal that criticises (appraisal.tsv): "X menilai Y tidak layak ..." is X's ACCUSE disapprove of Y
_APPRAISAL = Trigger("ACCUSE", "disapprove", "verb", ("menilai",))
_CRITIC_STOPS = {".", ";", "karena", "sebab", "namun", "tetapi", "tapi", "jika", "kalau", "apabila", "bila"}
_CRITIC_NEGATORS = {"tidak", "tak", "bukan", "belum", "tanpa"}


def _criticism(lex: EventLexicon, lowers, actors, k: int, end: int) -> list[ActorSpan] | None:
    """The actor an appraisal ending at token k judges negatively: "menilai polisi terlalu cepat ...",
    "menilai, tindakan Polda Jabar tidak dibenarkan": an actor (after at most two conduct or group nouns)
    with a judgement of appraisal.tsv within eight words after it, before the clause turns ("karena",
    "namun", "jika"). None for a favourable or neutral appraisal and for a lifted judgement ("tidak
    melanggar")."""
    while k < end and lowers[k] in (",", "bahwa"):
        k += 1
    j = k
    while (
        j < min(end, k + 3)
        and actors[j] is None
        and (lowers[j] in lex.conduct or lex.has(lowers[j], "group"))
    ):
        j += 1
    a = actors[j] if j < end else None
    if a is None or a.pronoun or a.start != j:
        return None
    group, g_end = _group_at(actors, lowers, j, end)
    for m in range(g_end, min(end, g_end + 8)):
        if lowers[m] in _CRITIC_STOPS:
            return None
        if lex.judgement(lowers, m, end) is not None:
            # "tidak melanggar", "tidak terbukti melanggar": the judgement is lifted
            lifted = lowers[m] not in _CRITIC_NEGATORS | {"kurang"} and any(
                w in _CRITIC_NEGATORS for w in lowers[max(g_end, m - 2) : m]
            )
            return None if lifted else group
    return None


def _thing_topic(doc: Doc, lex: EventLexicon, lowers, actors, k: int, s_start: int) -> bool:
    """Before the objective voice's pronoun at token k, what it is done to is a thing: a common noun that
    is no person and no actor within five words ("pelat nomor kami amankan"), not "pelaku kami amankan"
    nor "Sudah kita amankan"."""
    for j in range(k - 1, max(s_start, k - 6) - 1, -1):
        if actors[j] is not None or lex.has(lowers[j], "person"):
            return False
        if doc[j].pos_ == "NOUN" and doc[j].is_alpha and doc[j].is_lower:
            return True
    return False


_OUTCOMES = {"tewas", "terbunuh", "gugur", "meninggal"}
_OUTCOME_LINKS = {"karena", "akibat", "setelah", "usai", "seusai", "diduga", "dugaan", "saat", "ketika"}


def _outcome_before_act(lex: EventLexicon, lowers, m: TriggerMatch, end: int) -> bool:
    """A death told before the attack that caused it: "tewas dianiaya", "tewas setelah ditembak"."""
    if m.trigger.type != "ASSAULT" or m.end - m.start != 1 or lowers[m.start] not in _OUTCOMES:
        return False
    k = m.end
    while k < min(end, m.end + 3) and lowers[k] in _OUTCOME_LINKS:
        k += 1
    nxt = lex.match(lowers, k, end) if k < end else None
    return (
        nxt is not None
        and nxt.trigger.type == "ASSAULT"
        and nxt.trigger.role == "passive"  # not "tewas akibat ledakan bom": a noun names no one's act
        and lowers[nxt.start] not in _OUTCOMES
    )


def _from_actor(actors, lowers, k: int, end: int) -> bool:
    """ "dari X" or "langsung dari X" at token k, X an actor."""
    if k < end and lowers[k] == "langsung":
        k += 1
    return k + 1 < end and lowers[k] == "dari" and actors[k + 1] is not None


_DEATHS = {"tewas", "gugur"}
_DEATH_CAUSES = {"akibat", "karena", "dalam", "oleh", "terkena", "kena", "saat", "ketika", "diduga"}


def _death_alone(lex: EventLexicon, lowers, m: TriggerMatch, end: int) -> bool:
    """A death told with no attack: only "tewas akibat ledakan bom", "tewas dalam serangan Israel" name
    the attack (a weapon or an ASSAULT trigger after a cause word) that makes the death one."""
    if (
        m.trigger.type != "ASSAULT"
        or m.end - m.start != 1
        or lowers[m.start].removesuffix("nya") not in _DEATHS
    ):
        return False
    k = m.end
    while k < min(end, m.end + 3) and lowers[k] in _DEATH_CAUSES:
        k += 1
    if k == m.end or k >= end:
        return True
    if lex.has(lowers[k], "deadly"):
        return False
    nxt = lex.match(lowers, k, end)
    return nxt is None or nxt.start != k or nxt.trigger.type != "ASSAULT"


class _NoEvent:
    """What ``_event_from`` returns when its clause holds no event at all (not just no event here)."""


_NO_EVENT = _NoEvent()


def _event_from(
    doc, lex, lowers, actors, clause, m: TriggerMatch, s_start, s_end, times, s_idx
) -> Event | _NoEvent | None:
    trig = m.trigger
    typ, mode, role = trig.type, trig.mode, trig.role
    t_start, t_end = m.start, m.end
    if _in_title(doc, t_start, t_end, s_start):
        return None
    if _death_alone(lex, lowers, m, clause.end):
        return None  # "Sempurna tewas saat kebakaran", "kasus tewasnya Afif": a death, not who attacked
    if "pentingnya" in lowers[max(clause.start, t_start - 3) : t_start]:
        return None  # "menekankan pentingnya menyuarakan gencatan senjata": what matters, not what is done
    if lex.has(lowers[t_start], "objective"):
        k = t_end + 1 if t_end < clause.end and lowers[t_end] in ("bapak", "ibu", "pak", "bu") else t_end
        if lowers[t_start] == "perintah" and (
            (
                k < clause.end
                and actors[k] is not None
                and t_start > s_start
                and lowers[t_start - 1] in ("atas", "sesuai", "berdasarkan", "dan")
            )
            or _from_actor(actors, lowers, t_end, clause.end)
        ):
            # "atas arahan dan perintah Bapak Presiden", "merupakan perintah (langsung) dari OJK": the
            # order the actor after it gave
            role = "noun"
        elif not (t_start > s_start and lowers[t_start - 1] in FIRST_PERSON):
            return None  # a bare "amankan", "dalami": a trigger only in the objective voice ("kita amankan")
        if typ == "COERCE" and _thing_topic(doc, lex, lowers, actors, t_start - 1, s_start):
            mode = "seize"  # "Untuk pelat nomor kami amankan", "barang bukti yang kami amankan"
    if (
        role == "noun"
        and t_start > s_start
        and lowers[t_start - 1] in FIRST_PERSON
        and lex.has(lowers[t_start], "bare-verb")
    ):
        role = "verb"  # "Kami apresiasi sikap KPU": a noun used as the objective voice's bare verb
    if lowers[t_start] in _SPOTLIGHT:
        told = lex.match(lowers, t_end, clause.end) if t_end < clause.end else None
        if told is not None and told.trigger.role == "noun":
            return None  # "menyoroti vonis bebas Hakim Agung X": the event it highlights is the one told
    if role in ("verb", "control", "appeal") and _inanimate_subject(doc, lex, actors, t_start, clause.start):
        return None  # "Temuan itu mendorong ...", "Slogan tersebut mengajak ...": a thing asks no one
    if (
        role == "noun"
        and doc[t_start].dep_ == "obj"
        and clause.start <= doc[t_start].head.i < t_start
        and doc[t_start].head.lower_ != "menyusul"
        and _inanimate_subject(doc, lex, actors, doc[t_start].head.i, clause.start)
    ):
        # "Data ini memberikan dukungan untuk ...": a thing gives no support; "Hal itu menyusul pemecatan
        # Hasyim oleh DKPP" tells what came before, and that event stands
        return None
    if (
        role in ("verb", "control")
        and lex.arguments.get(lowers[t_start]) == "partner"
        and _thing_before_yang(doc, actors, t_start, s_start)
    ):
        return None  # "konten yang membahas dinasti politik bersama Pandji": content talks, no one meets
    # "X harus ...": a REQUEST only when someone voices it (PLOVER: the demander is the source, X the
    # target); a narrator's "must", a speaker's own "kita harus" and "tanpa harus" ask nothing of anyone,
    # and the verb after them is an obligation, not an event
    demand = typ == "REQUEST" and lowers[t_start] in DEMAND
    # not in a relative clause that names a task ("PR yang harus dikerjakan oleh Ditlantas", "apa yang
    # harus dilakukan oleh prajurit"): a description, not a demand made of the agent
    relative_modal = t_start > s_start and lowers[t_start - 1] == "yang"
    obliged_agent = (
        _obliged_agent(actors, lowers, t_start + 1, clause.end) if demand and not relative_modal else None
    )
    if demand and lowers[t_start] == "perlu" and not _needed_act(lowers, t_start, clause):
        # "tidak perlu khawatir", "perlu dipertimbangkan", "perlu ada kerja sama": no one is asked
        return None
    if demand and _received_only(lex, lowers, t_start, clause):
        # "masyarakat harus mendapatkan layanan kesehatan yang baik": those named only receive, and who
        # must give is not named
        return _NO_EVENT
    requester = _requester(doc, actors, clause, t_start) if demand else None
    if demand and (requester is None or (t_start > clause.start and lowers[t_start - 1] == "tanpa")):
        return _NO_EVENT
    if demand and not obliged_agent:
        # "setiap rupiah uang rakyat harus dijaga": an obligation on a thing asks nothing of its owner
        verb = doc[t_start].head if doc[t_start].dep_ == "aux" else doc[t_start]
        if _argument(doc, lex, actors, verb.i, SUBJECTS, clause.start, t_start) == "thing":
            return _NO_EVENT
    if (
        typ == "CONSULT"
        and role == "passive"
        and t_start > 0
        and lex.modifiers.get(lowers[t_start - 1]) == "speech"
    ):
        return None  # "..., katanya ditemui di Srikayu": the reporter met the speaker
    if lowers[t_start] in ("diakui", "diakuinya") and (t_start == clause.start or lowers[t_start - 1] == ","):
        return None  # "Diakui Wakil Ketua KPK ... bahwa", "..., diakui Ardianto": said, not recognised
    if lex.arguments.get(lowers[t_start]) == "actor-argument":
        # "mendukung Bobby", "mendukung upaya pemerintah"; not "mendukung ketahanan pangan" nor "penguatan
        # rupiah didukung data inflasi": support of a thing is no event between actors
        if trig.role == "passive":
            kind = _argument(doc, lex, actors, t_start, SUBJECTS, clause.start, t_start)
            agent = _argument(doc, lex, actors, t_start, ("obl:agent",), t_end, clause.end, agenda=False)
            if agent in (None, "unknown") and t_end < clause.end and lex.has(lowers[t_end], "inanimate"):
                agent = "thing"  # "didukung data indikator inflasi AS": the agent unparsed, right after it
            if agent == "thing":
                kind = "thing"  # "didukung oleh kebijakan stabilisasi BI": a policy, not BI, does it
            elif agent == "actor" and _agenda_told(doc, lex, t_start, clause.start):
                kind = "actor"  # "Langkah ini juga didukung oleh Polda Kaltim": the step told before
        else:
            kind = _argument(doc, lex, actors, t_start, OBJECTS, t_end, clause.end)
        if lowers[t_start] in _QUESTIONING and (
            kind != "actor" or (t_end < clause.end and lowers[t_end] in _QUESTION_WORDS)
        ):
            # "mempertanyakan tentang pemberitaan", "mempertanyakan mengapa Prabowo ...", "mempertanyakan
            # alasan kasus Vina baru diusut": no actor's act questioned (the act told after it still is one)
            return None
        if kind == "thing":
            return _NO_EVENT  # nor is the noun it governs ("didukung oleh komitmen BI")
    # a -nya form ("menetapkannya", "dibebaskannya") is what its trigger word is
    arg_kind = lex.arguments.get(lowers[t_start]) or lex.arguments.get(trig.words[0])
    if arg_kind == "signed" and not _pact_before(lex, lowers, s_start, t_start):
        return _NO_EVENT  # "Perpres itu diteken Presiden": an act of office, not a signed agreement
    if (
        arg_kind == "charged"
        and len(trig.words) == 1  # not "menetapkan ... syarat", "menetapkan keadaan darurat"
        and trig.gap_word is None
        and not any(
            lex.arguments.get(lowers[j]) == "charge" for j in range(t_end, min(clause.end, t_end + 10))
        )
    ):
        return None  # "menetapkan tarif", "ditetapkan sebagai pemenang": no one is charged
    if (
        arg_kind == "reported"
        and not _to_authority(lex, lowers, t_end, clause.end)
        and not _reported_person(actors, lowers, trig.role, t_end, clause.end)
    ):
        return None  # "CNN melaporkan", "melaporkan hasilnya kepada Presiden": no one is accused
    if arg_kind == "released" and not _person_argument(
        doc, lex, lowers, actors, trig.role, t_start, t_end, clause
    ):
        return _NO_EVENT  # "membebaskan biaya sekolah", "berkas perkara dikembalikan": no one is freed
    if arg_kind == "secured" and not _arrests(doc, lex, lowers, actors, trig, t_start, t_end, clause):
        return None  # "mengamankan jalannya pemilu", "mengamankan kejaksaan": securing, no arrest
    if arg_kind == "host":
        # "disambut Menteri Luar Negeri Sugiono": a welcome needs its host named; "disambut tepuk tangan"
        # and "rencana itu disambut keluhan" are reactions
        k = t_end
        while k < clause.end and lowers[k] in ("oleh", "langsung", "secara", "hangat", "baik"):
            k += 1
        while k < min(clause.end, t_end + 8) and actors[k] is None and doc[k].is_title:
            k += 1  # "disambut oleh Direktur Jenderal Bina Marga ... X": the host's title first
        visit = t_start > clause.start and lowers[clause.start] in ("kedatangan", "kunjungan", "kehadiran")
        if (
            k >= clause.end
            or actors[k] is None
            or (_thing_subject(doc, actors, t_start, clause.start) and not visit)
            or _thing_told_before(lex, lowers, actors, clause.start, t_start)
        ):
            return None  # "Optimisme tersebut turut disambut Duta Besar Pakistan": a welcome of an idea
    if arg_kind in ("candidate", "chosen") and not _object_is_party_or_person(
        doc, actors, t_start, t_end, clause.end
    ):
        return None  # "memenangkan Bobby" backs a candidate; "memenangkan Sumatera Utara" wins a place
    if arg_kind in ("actor-target", "actor-phrase") and trig.role in ("verb", "control"):
        # "membatasi akses bagi anggota baru UE", "membatasi wartawan", "memperingatkan Israel"; not
        # "membatasi kenaikan mata uang" nor "memperingatkan bahwa ..." (no one is warned)
        obj = _argument(doc, lex, actors, t_start, OBJECTS, t_end, clause.end)
        parsed_none = obj == "unknown" and doc.has_annotation("DEP") and trig.role == "control"
        if (
            (obj == "thing" or parsed_none)
            and not _prep_actor(lowers, actors, t_end, clause.end)
            and not (
                arg_kind == "actor-phrase" and _object_has_actor(doc, actors, t_start, t_end, clause.end)
            )
        ):
            return _NO_EVENT
    after = t_end
    if trig.gap_word is not None and role == "verb":
        # "menyeret Jokowi ke meja hijau", "membawa Budi ke pengadilan": the object stands in the gap
        after = _gap_object(actors, trig, t_start, t_end)
    if (
        role == "appeal"
        and lex.arguments.get(lowers[t_start]) == "warning"
        and _sanction_after(lex, lowers, t_end, clause.end)
    ):
        # "Bawaslu mengingatkan peserta pilkada bakal didiskualifikasi jika ...": a threat of a sanction
        typ, mode, role = "THREATEN", None, "verb"
    proposed = False  # an appeal that proposes an act with no one named after it
    pledged_alone = False  # a commitment that governs no event ("berkomitmen menjaga stabilitas rupiah")
    urged = False  # an appeal to act ("mendorong untuk konversi ..."): no one named is asked
    unnamed_then_act = False  # an appeal to people with no name, their act right after them
    to_group = False  # a hope that a group with no name acts ("berharap pihak industri ... dapat ...")
    demanded = False  # a hope that something be done ("berharap para oknum segera ditindak"): no addressee
    if role == "appeal":  # "mendorong Polri mengaudit", "mendorong agar ...", not "mendorong pertumbuhan"
        # (nor "membantu kesulitan mahasiswa")
        k = t_end
        if (
            k + 1 < clause.end
            and lowers[k] == ","
            and _hope_then_addressee(lex, lowers, actors, k, clause.end)
        ):
            k = after = k + 1  # "berharap, Densus 88 dapat ...": the addressee after the comma
        # "menginstruksikan kepada jajaran DPC ...": a side or rank of the actor addressed; "menantang
        # penyidik KPK AKBP Rossa untuk ...": a person noun before the one it names
        while k < clause.end and (
            lowers[k] in ADDRESSEE_OPENERS
            or (actors[k] is None and lex.arguments.get(lowers[k]) == "group")
            or (
                actors[k] is None
                and lex.has(lowers[k], "person")
                and k + 1 < clause.end
                and actors[k + 1] is not None
            )
        ):
            k += 1
        to_group = _hope_to_group(lex, lowers, actors, t_start, t_end, clause.end)
        demanded = not to_group and _hoped_demand(lex, lowers, t_start, t_end, s_end)
        hoped = to_group or demanded
        # "memerintahkan penyidik yang memburu ... tidak menggubris ...", "mewajibkan para menteri memakai
        # Maung": an order to people with no name
        unnamed_person = (
            typ == "REQUEST"
            and k < clause.end
            and k + 1 < s_end
            and actors[k] is None
            and (
                lex.has(lowers[k], "person")
                # "menginstruksikan jajarannya untuk ...": the speaker's own side, by a group noun's -nya
                or (lowers[k].endswith("nya") and lex.has(lowers[k][:-3], "group"))
                # "mengingatkan kepada seluruh menterinya untuk ...": the speaker's own people
                or (lowers[k].endswith("nya") and lex.has(lowers[k][:-3], "person"))
            )
        )
        # "menginstruksikan anak buahnya agar ...": one person noun of two words
        nxt = (
            k + 2 if k + 2 < s_end and lowers[k] == "anak" and lowers[k + 1] in ("buah", "buahnya") else k + 1
        )
        # "mewajibkan para menteri memakai Maung Pindad": the act's object is no one asked
        unnamed_then_act = (
            unnamed_person and _ACTIVE_VERB.match(lowers[nxt]) is not None and lowers[nxt] not in PREP_LIKE
        )
        unnamed_addressee = unnamed_then_act or (
            unnamed_person and lowers[nxt] in ("yang", "untuk", "agar", "supaya")
        )
        if (
            not hoped
            and not unnamed_addressee
            and (k >= clause.end or (actors[k] is None and lowers[k] not in ("agar", "supaya")))
        ):
            urged = typ == "REQUEST" and _urged_act(lex, lowers, t_start, t_end, k, clause.end)
            proposed = urged or _proposed_act(lex, lowers, t_start, k, clause.end)
            if not proposed:
                return None
        if (
            lex.modifiers.get(lowers[t_start]) == "speech"
            and not hoped
            and not _hope_asks(lowers, actors, k, clause.end)
        ):
            return None  # "berharap Bendungan Cipanas dapat menjadi destinasi wisata": a hope for a place
        role = "control" if typ == "REQUEST" else "verb"
        if typ == "REQUEST" and actors[k] is not None:
            g_end = _group_at(actors, lowers, k, clause.end)[1]
            if _candidacy(lowers, g_end, clause.end):
                # "mendorong Ridwan Kamil dan Suswono maju di Pilkada": backing candidates, not a demand
                typ, mode, role = "SUPPORT", None, "verb"  # "membantu masyarakat": an ordinary verb
    elif role == "willing":  # "siap membantu", "siap untuk ...", not "sudah siap" or "siap dikirim"
        if lowers[t_start].endswith("nya"):
            return None  # "belum siapnya kebutuhan dasar": readiness, a noun
        k = t_end
        nxt = lowers[k] if k < clause.end else ""
        active = VERB_PREFIX.match(nxt) is not None and not nxt.startswith(("di", "ter"))
        if not (nxt in ("untuk", "akan", "bakal") or active):
            return None  # "siap dikirim": ready to be sent
        if not any(lex.match(lowers, j, clause.end) for j in range(t_end, min(clause.end, t_end + 5))):
            # "siap memboyong pesepakbola", "siap menghadirkan layanan": ready for no event between actors;
            # "siap membantu", "siap menjadi tuan rumah pertemuan" offer one
            return None
        role = "control"
    if role == "control":  # "menolak untuk menjawab", "sepakat mengizinkan", "mengancam akan menyerang"
        k = t_end
        while (
            k < clause.end
            and k - t_end < 4
            and lowers[k]
            in (
                "untuk",
                "akan",
                "bakal",
                "tidak",
                "dapat",
                "bisa",
                "segera",
                "memberi",
                "kembali",
                "mencapai",
                "terus",
                "selalu",
            )
        ):
            k += 1
        inner = lex.match(lowers, k, clause.end) if k < clause.end else None
        if (
            inner is not None
            and lex.arguments.get(lowers[inner.start]) == "secured"
            and not _arrests(doc, lex, lowers, actors, inner.trigger, inner.start, inner.end, clause)
        ):
            inner = None  # "gagal mengamankan kursi DPR": no arrest failed
        if inner is None and lex.arguments.get(lowers[t_start]) == "needs-inner":
            return None  # "gagal jantung", "gagal membangun hubungan": no event failed
        pledged_alone = inner is None and lex.has(lowers[t_start], "pledge")
        if inner is not None and inner.trigger.role not in CONTROL_ROLES:
            if typ in ("REJECT", "REQUEST") and mode is None:
                mode = CONTROL_MODE.get(inner.trigger.type)
            if typ == "THREATEN" and inner.trigger.mode in (
                "violence",
                "restrict",
                "relations",
                "expel",
                "territory",
                "arrest",
            ):
                mode = inner.trigger.mode
            elif typ == "THREATEN" and inner.trigger.type == "ASSAULT":
                mode = "violence"
            if typ == "AGREE" and lowers[t_start] in _STANDING and inner.trigger.type == "SUPPORT":
                # "Polri siap mendukung ...", "Kami berkomitmen untuk terus mendukung Otorita IKN": a
                # stand of support, told as readiness, is the support itself (as the gold codes it)
                typ, mode = "SUPPORT", inner.trigger.mode
                if (
                    lex.arguments.get(lowers[inner.start]) == "actor-argument"
                    and _argument(doc, lex, actors, inner.start, OBJECTS, inner.end, clause.end) == "thing"
                ):
                    return _NO_EVENT  # "siap mendukung percepatan transformasi ekonomi": support of a thing
            t_end = after = inner.end
            if inner.trigger.gap_word is not None and inner.trigger.role == "verb":
                # "mengancam menyeret Jokowi ke meja hijau": the governed verb's object in its gap
                after = _gap_object(actors, inner.trigger, inner.start, inner.end)
            if inner.trigger.role == "passive":
                role = "passive"
        role = "verb" if role == "control" else role
    if (
        role == "noun"
        and _after_background(lowers, clause.start, t_start)
        and not (typ == "CONSULT" and lowers[t_start - 1] in _AFTER_MEETING)
    ):
        # "dari pertemuannya dengan Putin", "setelah dua hari pertempuran": background; "kata dia usai
        # rapat bersama Komisi VIII" tells the meeting it was said after
        return None
    if role == "noun" and _case_label(lowers, clause.start, t_start, t_end, s_end):
        return None  # "tersangka kasus pembunuhan Vina dan Eky": the case's name, not a telling of the act
    if (
        typ == "COERCE"
        and mode == "restrict"
        and role in ("noun", "passive")
        and _LAW_WORDS.intersection(lowers[s_start:t_start])
    ):
        # "UU MD3 mengatur larangan rangkap jabatan", "Pasal 236 ... anggota DPR dilarang merangkap
        # jabatan": a rule that a law states, not a restriction someone imposes, nor what it forbids
        return _NO_EVENT
    if trig.words[:2] == ("membuka", "akses") and not any(
        (actors[k] is not None and not actors[k].pronoun) or lowers[k] in _ACCESS_FOR
        for k in range(t_end, min(s_end, t_end + _ACCESS_WINDOW))
    ):
        return None  # "membuka akses likuiditas ke perbankan", "membuka akses pembelian tiket": no blockade
    if role == "passive" and t_start > clause.start and lowers[t_start - 1] == "yang":
        before = actors[t_start - 2] if t_start - 2 >= clause.start else None
        by_agent = "oleh" in lowers[t_end : min(clause.end, t_end + 3)]
        # "aset yang disita dari rumah Arinal": taken from someone named
        from_someone = any(
            lowers[j] == "dari" and any(actors[x] is not None for x in range(j + 1, min(clause.end, j + 4)))
            for j in range(t_end, min(clause.end, t_end + 3))
        )
        # "calon tunggal yang didukung PKB": its doer named right after it, with no "oleh"
        # (when the one it is done to is named: "Anies merupakan calon tunggal yang ...", not "bakal calon
        # gubernur yang diusung PDI-P", "uang yang dikembalikan BGN")
        agent_after = (
            t_end < clause.end
            and actors[t_end] is not None
            and not actors[t_end].pronoun
            and _antecedent(actors, lowers, t_start - 1, s_start) is not None
        )
        if (
            before is None
            and not _actor_ends_at(actors, t_start - 1)
            and not (by_agent or from_someone or agent_after)
        ):
            # "helikopter yang disita", "Tepi Barat yang diduduki": it describes a thing; with its doer
            # named ("pegawai yang dipecat oleh Kemenkeu") it still tells an event
            return None
    if (
        role == "noun"
        and t_end < clause.end
        and lowers[t_end] in ANAPHORIC
        and not _voiced_named(actors, lowers, t_end, clause.end)
    ):
        # "menilai kesepakatan ini penting": the event told before, not a new one (but "Permintaan itu
        # disampaikan Hadi" tells who made it)
        return None
    if role == "none":
        return None  # "kapal perang": a noun phrase that only looks like a trigger
    if role == "verb" and after < clause.end and lowers[after] in ("diri", "dirinya"):
        return None  # "menghancurkan dirinya sendiri", "membatasi diri": done to oneself, no one else
    received = False
    if (
        role == "noun"
        and t_start > clause.start
        and VERB_PREFIX.match(lowers[t_start - 1])
        and lowers[t_start - 1] not in PREP_LIKE  # "meskipun blokade Israel": a conjunction, not a verb
    ):
        verb = lowers[t_start - 1]
        # "memperpanjang jam malam": the event noun is the object of a plain verb, whose subject does it;
        # not after a copula ("merupakan pertemuan pertama") or a verb whose object is only its topic
        # ("mengonfirmasi pertemuan", "meyakini pertemuan Rossa", arguments.tsv), and after
        # "mendapat/menerima" the subject is the one it is done to
        if verb in COPULAS and lowers[t_start] == "sasaran":
            role, received = "verb", True  # "X menjadi sasaran penyelidikan": X is investigated
        elif (
            verb not in COPULAS
            and not lex.has(verb, "topic")
            and (lex.modifiers.get(verb) != "speech" or _declared(lowers, t_start, t_end, clause.end))
        ):
            role = "verb"
            received = lex.arguments.get(verb) == "receiving" or (
                lex.arguments.get(verb) == "answering" and lex.arguments.get(lowers[t_start]) == "summons"
            )
            if received and typ == "AGREE" and lowers[t_start] in _APPROVALS:
                # "mendapat persetujuan dari Ketua Umum PKB", "memperoleh persetujuan Jampidum": a superior's
                # approval endorses what the subject does (dev3's and dev28's SUPPORT), no agreement to act
                typ = "SUPPORT"
    pre_mods = [lex.modifiers.get(w) for w in lowers[clause.start : t_start]]
    if clause.negated:
        pre_mods.append("negation")
    if trig.gap_word is not None and any(
        lex.modifiers.get(w) == "negation"
        for w in lowers[t_start + len(trig.words) : t_end - len(trig.gap_word)]
    ):
        pre_mods.append("negation")  # "Rapat itu tidak dihadiri Bupati": the negation is in the gap
    # "tak gentar dan siap memanggil": a negation before a coordinated predicate is that one's
    joins = [
        j
        for j in range(clause.start, t_start)
        if lowers[j] in _PREDICATE_JOINS and not (lowers[j] == "serta" and lowers[j + 1] == "merta")
    ]  # ("tidak serta merta mengusung": "serta merta" is an adverb, the negation stays)
    if joins:
        cut = joins[-1] - clause.start
        pre_mods = [None if m == "negation" and n < cut else m for n, m in enumerate(pre_mods)]
    # "tidak akan menutupi apa pun dalam penyelidikan kasus ini": the negation and tense of a verb
    # before a preposition are that verb's, not the event noun's in the preposition's phrase
    preps = [j for j in range(clause.start, t_start) if lowers[j] in _NOUN_PREPS]
    verbs = [
        j
        for j in range(clause.start, preps[-1] if preps else clause.start)
        if VERB_PREFIX.match(lowers[j]) and lowers[j] not in PREP_LIKE
    ]
    if trig.role == "noun" and verbs:
        cut = verbs[-1] - clause.start
        pre_mods = [None if m in _VERB_MODS and n < cut else m for n, m in enumerate(pre_mods)]
    if trig.role == "noun":
        # "tidak sesuai hasil kesimpulan rapat panja": the negation is the adjective's, the meeting was held
        pre_mods = [
            None
            if m == "negation" and clause.start + n + 1 < t_start and doc[clause.start + n + 1].pos_ == "ADJ"
            else m
            for n, m in enumerate(pre_mods)
        ]
    if _done_at_once(lex, lowers, s_start, clause.start, t_start):
        # "Setelah menerima informasi ..., KBRI segera berkoordinasi ...": at once, after a past act
        pre_mods = [None if m == "future" else m for m in pre_mods]
    # intent: "akan memberikan hibah" is AGREE, "akan memboikot" THREATEN (PLOVER: one category, no aux)
    if "future" in pre_mods and trig.role not in CONTROL_ROLES:
        if typ in COOPERATIVE:
            typ, mode = "AGREE", None
        elif typ in CONFLICTUAL:
            typ, mode = "THREATEN", ("violence" if typ == "ASSAULT" else None)
    if typ not in _PLOVER_MODES:
        return None
    if mode is not None and mode not in _PLOVER_MODES[typ]:
        mode = None

    nominal = trig.role == "noun"
    # "melakukan komunikasi dengan ...": a light verb and a noun that needs a partner need one too (not
    # "menerima audiensi X", which names it)
    # ("Rapat ... dihadiri oleh X": the attendance names who met)
    partnered = (lex.arguments.get(lowers[t_start]) == "partner" and trig.gap_word is None) or (
        len(trig.words) > 1
        and trig.type == "CONSULT"  # not "melakukan mogok makan", a protest
        and trig.words[0] in _LIGHT_VERBS
        and lex.arguments.get(trig.words[-1]) == "partner"
    )
    # not in an opening phrase set off by a comma: "Berkaitan dengan perannya sebagai Ketua Dewan Pengarah
    # BRIN, Megawati kerap membahas ..." talks with no one
    lo = max([clause.start] + [k + 1 for k in range(clause.start, t_start) if lowers[k] == ","])
    if partnered and not (
        _prep_actor(lowers, actors, lo, clause.end, PARTNER_PREPS)
        or any(
            lowers[k] in PARTNER_PREPS and lowers[k + 1] in ADDRESSEE_OPENERS + ("tokoh", "sejumlah")
            for k in range(lo, clause.end - 1)
        )
    ):
        # "konten yang membahas dinasti politik": talking about a topic is no meeting; "membahas ...
        # dengan Bobby", "PSI dan PKS membahas" (several in the source, checked below) are
        partnered = None
    # "usulan itu sudah didiskusikan (dengan Bobby)": a meeting's passive subject is its topic, and the
    # clause's actor (or the speaker) is the one who met
    topical = role == "passive" and typ in SYMMETRIC and _thing_subject(doc, actors, t_start, clause.start)
    source, target, location = _roles(
        doc,
        lowers,
        actors,
        clause,
        t_start,
        after,
        role,
        s_start,
        nominal,
        received,
        typ in SYMMETRIC,
        topical,
    )
    if unnamed_then_act:
        target = []
    if typ == "ACCUSE" and nominal and lex.has(lowers[t_start], "filing"):
        # "tak semua gugatan diteruskan MK ke sidang", "gugatan yang dikabulkan oleh MK": the court that
        # rules on a suit did not file it
        ruled = next((k for k in range(t_end, clause.end) if lex.has(lowers[k], "ruling")), clause.end)
        source = [a for a in source if a.start < ruled]
    if trig is _APPRAISAL:
        target = _criticism(lex, lowers, actors, t_end, s_end) or []  # whom the judgement is of
    if obliged_agent:
        # "... harus dievaluasi oleh Mabes Polri", "harus dilakukan evaluasi oleh Mabes Polri": the
        # agent of the passive after the modal is the one who must act; its subject undergoes it
        source, target = obliged_agent, [a for a in target if a not in obliged_agent]
    # several who talk among themselves, not a list of regions ("Sumut, Jawa Barat, Aceh ... melakukan
    # komunikasi lintas partai")
    if (
        partnered is None
        and sum(map(_addressee, source)) < 2
        and not _held_by_person(lowers, t_start, source)
    ):
        return None
    if trig.role == "noun" and arg_kind == "dismissed":
        k = _past(actors, lowers, t_end, _DISMISSAL_WORDS, min(clause.end, t_end + 5))
        if not target or k >= clause.end or actors[k] is None:
            return None  # "pemberhentian tunjangan perumahan DPR": an allowance stopped, no one dismissed
    if trig.role == "noun" and (not source or arg_kind == "agented"):
        # "kekerasan yang dilakukan polisi", "penggeledahan yang dilakukan oleh penyidik KPK": the
        # relative clause names who does it
        doer = _done_by(actors, lowers, t_end, s_end)
        if doer:
            source = doer
            target = [a for a in target if a not in doer]
            k = doer[-1].end
            if not target and k + 1 < s_end and lowers[k] == "terhadap" and actors[k + 1] is not None:
                target = _group_at(actors, lowers, k + 1, s_end)[0]  # "... oleh polisi terhadap Budi"
        elif arg_kind == "agented":
            return None  # "Komnas Perempuan mencatat kekerasan terhadap perempuan": no one named does it
    if typ in ("CONCEDE", "REJECT") and _rules_on_filing(
        lex,
        lowers,
        (s_start, clause.end),
        t_start,
        t_end,
        court=any(a.sector == "JUD" for a in source)
        or any(w in _BENCH or lex.arguments.get(w) == "authority" for w in lowers[s_start:t_start]),
    ):
        return _NO_EVENT  # "MK mengabulkan sebagian gugatan", "gugatan yang ditolak MK": a court's ruling
    if (
        arg_kind == "dissolved"
        and trig.type == "RETREAT"
        and not (role == "verb" and trig.words[1:2] == ("diri",))
    ):
        # "pembubaran (diri|organisasi) JI": an armed group that dissolves itself steps back; "pembubaran
        # DPR", "pembubaran Satgas BLBI" are a demand or an act of office, not a retreat. With no actor
        # after it, the subject must be that group: "JI mengumumkan pembubaran organisasi", "JI telah
        # membubarkan organisasi mereka" (not "pemerintah membubarkan organisasi itu")
        k = _past(actors, lowers, t_end, _DISSOLVED_WORDS, min(clause.end, t_end + 3))
        named = _group_at(actors, lowers, k, clause.end)[0] if k < clause.end and actors[k] else []
        group = named if trig.role == "noun" and named else source
        if trig.role == "noun" and not group:  # "JI mengumumkan pembubaran organisasi": the subject's
            group = _group_before_first(actors, lowers, clause.start, t_start) or []
        if not group or not all(_armed_group(a) for a in group):
            return None
        source, target = group, []
    if arg_kind == "reported" or lowers[t_start] in _COMPLAINING:
        # "kasus yang dilaporkan ke DKPP", "mengadu ke Bawaslu": the body a report goes to takes it;
        # it is not the one accused
        target = [a for a in target if not (a.start > t_start and lowers[a.start - 1] in ("ke", "kepada"))]
    if proposed:
        # "mengusulkan pengoperasian drone untuk prajurit": the troops would benefit; only "kepada X"
        # names whom a proposal is made to
        target = [
            a for a in target if not urged and a.start > t_end and lowers[a.start - 1] in ("kepada", "ke")
        ]  # not "memerintahkan untuk melanjutkan transfer senjata ke Israel": where the act goes
    if to_group:
        # "berharap seluruh pelaku usaha di Jawa Tengah memanfaatkan ...": the businesses are asked, not
        # the province they are in
        target = [a for a in target if a.entity is None or a.entity.type not in ("GPE", "LOC")]
    if demanded:
        # "berharap Majelis Kehormatan MPR bisa segera dibentuk", "alokasi gas tetap diberikan kepada
        # INALUM": what is to be done, or who gains, is no one asked
        target = []
    if (
        typ == "REQUEST"
        and trig.role == "control"
        and _asked_to_undergo(actors, lowers, target, t_end, clause.end)
    ):
        # "meminta presiden dipilih lagi dari MPR RI": what is asked is that the president be chosen by
        # the MPR; the president is not asked, nor is the MPR (dev5's gold: no one named is asked)
        target = []
        if not source:
            return _NO_EVENT  # "wali murid meminta Mansur dikembalikan ke sekolah": no one named asks
    if typ == "COERCE" and mode == "seize" and trig.gap_word is not None and role == "verb":
        # "mengamankan plat nomor Polri palsu": what is seized names Polri, which loses nothing; only
        # "dari X" names the one it is taken from
        target = [a for a in target if a.start > t_start and lowers[a.start - 1] == "dari"]
    if typ == "COERCE" and mode == "seize" and not target and role in ("noun", "verb"):
        # "Penggeledahan di Dinas PUPR Lembata": a search at a body's office is done to that body
        k = t_end
        if k + 1 < clause.end and lowers[k] == "di":
            a = actors[k + 1]
            if a is not None and a.entity is not None and a.entity.type == "ORG":
                target = _group_at(actors, lowers, k + 1, clause.end)[0]
    if typ == "ACCUSE" and not target:
        # "diadukan oleh inisial H dengan pihak teradu Hasyim": the respondent named is the one accused
        for k in range(t_end, clause.end - 1):
            if lowers[k] == "teradu" and actors[k + 1] is not None and not actors[k + 1].pronoun:
                target = _group_at(actors, lowers, k + 1, clause.end)[0]
                break
    if arg_kind == "exhortation":
        # "Mari kita doakan Pak Prabowo," kata Jokowi: the speaker appeals to those he speaks to, and
        # Prabowo is who they pray for; with no speaker named, no one appeals
        requester = _speaker_actor(doc, doc[t_start].idx)
        if requester is None:
            return None
        source, target = [], []
    elif (
        typ == "REQUEST"
        and not source
        and lowers[t_start] in _PLEAS
        and all(lowers[k] in CLAUSE_PUNCT | _PREDICATE_JOINS | {","} for k in range(clause.start, t_start))
        and (
            t_end > t_start + 1
            or (t_end < s_end and lowers[t_end] in ("supaya", "agar", "kepada"))
            or "jangan" in lowers[t_end : min(s_end, t_end + _PLEA_WINDOW)]
        )
    ):
        # "..., mohon supaya saya tidak ditahan," kata Gazalba: a plea with no subject is the speaker's
        # (not "minta duit terus", which tells of others asking); "mohon kalau sudah diberikan jangan
        # diintervensi": what it begs not be done may come after a condition
        requester = _speaker_actor(doc, doc[t_start].idx)
        if requester is None:
            return None
    elif (
        not source
        and not target
        and role == "verb"
        and _opens_quote(doc, t_start, direct=True)  # not "menurut Dinna gencatan senjata ..."
    ):
        # '"Telah menetapkan 1 (satu) orang sebagai tersangka," kata jubir KPK Tessa': the speaker (for
        # the body) does what the quote opens with, even when no one it is done to is named
        requester = _speaker_actor(doc, doc[t_start].idx)
        if requester is None:
            return None
    elif not source and not target:
        return None
    if (
        typ == "CONSULT"
        and not source
        and all(a.entity is not None and a.entity.type == "LOC" for a in target)
    ):
        return None  # "11 ton yang sudah tiba di Medan": a visit needs a visitor
    if trig.gap_word in (("dihadiri",), ("hadir",)):
        # "Rapat juga dihadiri (oleh) X dan Y", "Dalam pertemuan ini, turut hadir X, Y": those who attend
        # met; the meeting itself is no one
        source, target = source + [a for a in target if a not in source], []
    elif typ in SYMMETRIC and not target and len(source) > 1:
        source, target = source[:1], source[1:]
    elif (
        (typ in SYMMETRIC or (nominal and after < len(doc) and lowers[after] == "antara"))
        and not source
        and len(target) > 1
        and not _ticket(actors, lowers, target[0].end, len(doc))
    ):
        # "negosiasi antara Indonesia dan AS", "MoU antara SMESCO dan SMEDA": both sides named, the
        # first one as the source
        source, target = target[:1], target[1:]
    if (
        not target
        and location is not None
        and source
        and not (demand or to_group or demanded or proposed)
        and arg_kind != "dissolved"
    ):
        # no named target: the place it happens in stands for it (PLOVER's convention, and PLOVER-ID's
        # gold: "meledakkan bom di Kabul" targets AFG, "bertemu di Moskow" RUS); a place alone is no actor
        # ("11 ton yang sudah tiba di Medan"); a group that dissolves itself does so to no one
        target = [location]
    if pledged_alone and not target:
        return None  # "pemerintah berkomitmen menjaga pembayaran bunga utang": its own policy, no promise to anyone
    if demand:
        source = obliged_agent or _obligated(doc, actors, lowers, t_start, clause.start, clause.end) or []
        if not source and clause.relative and lowers[clause.start] == "yang":
            # "Presiden Kenya yang baru terpilih harus mundur": the relative clause's antecedent
            ante = _antecedent(actors, lowers, clause.start, s_start) or []
            if ante and not _in_prep_phrase(lowers, ante[0].start, s_start) and not _qualifies(doc, ante[0]):
                source = ante
        if not source or all(a.pronoun and lowers[a.start] in FIRST_PERSON for a in source):
            return _NO_EVENT
        source, target = ([] if isinstance(requester, EventActor) else requester), source
    # a road, a beach or a building is where something happens, never who does it ("penyidikan korupsi
    # paket peningkatan Jalan Wowong-Bean"), nor to whom, unless it is what is seized or attacked
    # ("menguasai Bandara Agandugume", not "menangkap 18 orang di Jembatan Kuranji")
    source = [a for a in source if not _facility(a)]
    target = [
        a
        for a in target
        if not _facility(a)
        or (typ in ("ASSAULT", "COERCE") and a.start > t_start and lowers[a.start - 1] not in _WHERE)
    ]
    voiced_by_speaker = _objective_voice(doc, lowers, trig.role, source, clause, t_start)
    if voiced_by_speaker is not None:
        # "Tim Bareskrim juga sudah kita minta untuk supervisi": the speaker asked Bareskrim
        source, target, requester = [], source, voiced_by_speaker
    src = [_resolve(doc, a, actors, clause, t_start) for a in source]
    if isinstance(requester, EventActor):  # the speaker of the quote the demand is in
        src = [requester]
    if (
        typ == "AID"
        and trig.role == "noun"
        and lowers[t_start] == "bantuan"
        and src
        and target
        and target[0].start == t_end
    ):
        giver = _resolve(doc, target[0], actors, clause, t_start)
        if giver is not None and giver.country is not None and giver.country == src[0].country:
            # "melepas bantuan Indonesia untuk penanganan bencana di Papua Nugini": the country after
            # "bantuan" is the source's own, the giver; the aid goes to whom "untuk/bagi/ke" names
            target = _aid_recipients(actors, lowers, target[-1].end, clause.end)
    # who a thing pictures is no party to the act: "membagikan susu ... bergambar Jan Ethes"
    target = [a for a in target if not _depicted(lowers, a, clause.start)]
    # "mengapresiasi apa yang dilakukan Bareskrim": what the named actor did stands for it
    if not target and role in ("verb", "control") and (doer := _what_done_by(actors, lowers, t_end, s_end)):
        target = [doer]
    tgt = [_resolve(doc, a, actors, clause, t_start, exclude=src) for a in target]
    src = [a for a in src if a is not None]
    tgt = [a for a in tgt if a is not None]
    if not src and (lowers[t_start] == "terima" or (role == "verb" and _opens_quote(doc, t_start))):
        # "Terima kasih kepada Pak Andre Rosiade ...," kata Fadly: the speaker thanks him; "Menjatuhkan
        # sanksi pemberhentian tetap kepada teradu ...," ujar Heddy: a quote that opens with its verb
        speaker = _speaker_actor(doc, doc[t_start].idx)
        src = [speaker] if speaker is not None else src
    if arg_kind == "chosen" and not src:
        # "responden yang memilih Kaesang", "pemilu untuk memilih anggota DPR": no one named chooses
        return None
    if demand and any(a.entity is not None and a.entity in {b.entity for b in src} for a in tgt):
        return _NO_EVENT  # the speaker's own obligation ("ia harus ...")
    if demand and tgt and all(_own_body(doc, src, a) for a in tgt):
        # "Menurut Afifuddin (Ketua KPU RI), ... KPU masih harus menindaklanjuti": his own body's duty,
        # which he tells, not a demand he makes of anyone
        return _NO_EVENT
    if demand and not tgt:
        return _NO_EVENT  # no one named is obliged
    if lowers[t_start] in _RESPECT and (not tgt or not target or target[0].start > t_end + 3):
        # "kita menghormati bahwa ...", "menghormati proses": respect for no one named; "menghormati
        # putusan praperadilan kasus pembunuhan Vina": Vina is the killing's, not the one respected
        return None
    # a body or person does nothing to itself: "Bank Indonesia (BI) berkomitmen" has BI once, as the
    # source (a country may: "Turki mengizinkan pengungsi Kurdi Turki pulang", its people)
    places = {e.id for e in doc._.entities or [] if e.type in ("GPE", "LOC")}
    own = {b.entity for b in src}
    tgt = [a for a in tgt if a.entity is None or a.entity in places or a.entity not in own]
    # nor a group with itself: "rumah dibuatkan tergantung musyawarah dengan masyarakat" names
    # "masyarakat" on both sides, a talk among the people and no one else
    own_words = {(b.text or "").lower() for b in src if b.entity is None and len(src) == 1}
    kept = [a for a in tgt if a.entity is not None or (a.text or "").lower() not in own_words]
    if len(kept) < len(tgt) and not kept and typ in SYMMETRIC:
        return None
    tgt = kept
    src, tgt = _once(src), _once(tgt)  # "Kementerian Keuangan (Kemenkeu)": one actor, listed once
    if not src and not tgt:
        return None
    if trig is _APPRAISAL and any(_enforces(doc, lex, a) for a in src):
        mode = "allege"  # "Jaksa KPK menilai SYL terbukti melanggar ...": a prosecutor's or court's finding
    if typ == "CONCEDE" and lex.has(lowers[t_start], "retract") and trig.gap_word is not None:
        own = {a.entity for a in src}
        if (
            not own
            or any(a.sector == "JUD" for a in src)
            or any(
                b.entity not in own and not _own_body(doc, src, b)
                for b in (a.event_actor(doc) for a in actors[t_start + 1 : t_end + 4] if a is not None)
            )
        ):
            return None  # "MA membatalkan aturan KPU": annulling another's rule is a ruling, no concession
    if trig.role == "passive" and lowers[t_start] == "diusulkan" and not src:
        return None  # "GBK bakal diusulkan menjadi PSN": a proposal with no one named who proposes
    if lex.has(lowers[t_start], "premises") and not _visits_body(lowers, source, target, tgt, t_end):
        return None  # "mendatangi rumah Sri", "warga mendatangi operasi pasar murah": no visit between actors
    if arg_kind == "abroad" and not (
        src and tgt and tgt[0].country and all(a.country and a.country != tgt[0].country for a in src)
    ):
        return None  # "jemaah tiba di Bandara Juanda", "Gibran tiba di Istana": an arrival, no visit
    if (
        (arg_kind == "enforcer" or lex.has(lowers[t_start], "enforcer"))
        and not any(_enforces(doc, lex, a) for a in src)
        and not (lowers[t_start] in _SUMMONS and any(_enforces(doc, lex, a, "summoner") for a in src))
    ):
        return None  # "mendalami ilmu agama", "dipanggil Pak Jokowi": no authority probes or summons
    if (
        arg_kind == "enforcer"
        and (typ, mode) == ("ACCUSE", "allege")
        and any(lowers[j] in _OUTCOMES for j in range(t_end, clause.end))
    ):
        # "Polisi menduga Afif tewas jatuh ke sungai": how someone died, suspected, accuses no one, and
        # the death is no attack
        return _NO_EVENT
    if typ == "MOBILIZE" and src and all(a.sector in _UNARMED for a in src):
        return None  # "relawan Unpad tetap siaga": volunteers on standby mobilise no force
    if typ == "ACCUSE" and mode == "investigate" and src and all(a.sector == "HLH" for a in src):
        return None  # "pemeriksaan oleh dokter": a medical examination, no investigation
    if typ == "COERCE" and mode == "restrict" and src and all(a.sector in CIVIL for a in src):
        typ, mode = "PROTEST", "obstruct"  # civilians blockading protest; a state blockading coerces
    elif typ == "PROTEST" and mode == "obstruct" and src and all(a.sector in STATE for a in src):
        typ, mode = "COERCE", "restrict"  # "Menteri LH menyegel dua pabrik": the state closing a site
    if (
        typ == "CONSULT"
        and mode == "visit"
        and tgt
        and all(a.entity in places and a.sector is None for a in tgt)  # a place, not "Menteri ... RI"
        and src
        and all(a.country is not None and a.country == tgt[0].country for a in src)
    ):
        return None  # "Seskab berkunjung ke SRMA 33 Tangerang Selatan": a trip at home visits no one
    visiting = location is not None and tgt and location.country == tgt[0].country
    if (
        typ == "CONSULT"
        and mode is None
        and visiting
        and src
        and all(a.country != location.country for a in src)
    ):
        mode = "visit"  # met in the target's country, away from the source's
    t_span = span(doc, doc[t_start].idx, doc[t_end - 1].idx + len(doc[t_end - 1].text))
    date = _attach_date(doc, times, s_start, s_end, t_start)
    aux = _aux(lowers, pre_mods, typ, doc, s_start, s_end, date)
    if any(
        lowers[j] in _DENIALS and not (j > s_start and lowers[j - 1] in ("tidak", "tak", "bukan"))
        for j in range(max(s_start, t_start - 15), t_start)
    ):  # ("tidak menampik": not denying, so confirming)
        aux = "negation"  # "Jokowi membantah bahwa dirinya pernah menyodorkan Kaesang ... untuk diusung"
    negators = [j for j in range(clause.start, t_start) if lex.modifiers.get(lowers[j]) == "negation"]
    if (
        aux == "negation"
        and negators
        and all(j + 1 < t_start and lowers[j + 1] in _DENIALS for j in negators)
    ):
        aux = None  # "Polri tidak menampik telah menangkap X": the "tidak" negates the denial, not the act
    confidence = 0.45 + 0.25 * bool(src) + 0.15 * bool(tgt) + (0.1 if role != "noun" else 0.0)
    return Event(
        id="V0",
        type=typ,
        mode=mode,
        aux=aux,
        source=src,
        target=tgt,
        trigger=t_span,
        date=date.value if date else None,
        location=location.entity.id if location is not None and location.entity is not None else None,
        sentence=s_idx,
        confidence=round(min(confidence, 0.95), 2),
    )


_PLOVER_MODES: dict[str, set[str]] = {
    "AGREE": set(), "SUPPORT": set(), "CONCEDE": set(), "COOPERATE": set(), "AID": set(),
    "CONSULT": {"visit", "third-party", "multilateral", "phone"},
    "RETREAT": {"withdraw", "release", "disarm", "ceasefire", "access", "resign"},
    "REQUEST": {"assist", "change", "yield", "meet"},
    "REJECT": {"assist", "change", "yield", "meet"},
    "ACCUSE": {"disapprove", "investigate", "allege"},
    "THREATEN": {"restrict", "arrest", "relations", "expel", "territory", "violence"},
    "PROTEST": {"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"},
    "SANCTION": {"convict", "expel", "withdraw", "discontinue"},
    "MOBILIZE": {"troops", "weapons", "police", "militia"},
    "COERCE": {"seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport", "withhold",
               "misinformation", "cyber"},
    "ASSAULT": {"abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive", "firearms",
                "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control",
                "unconventional"},
}  # fmt: skip


# ---------------------------------------------------------------- source, target, location
_UNDERGO_FILLERS = {"kembali", "lagi", "segera", "juga", "bisa", "dapat", "untuk", "agar", "supaya"}
# di- words that are nouns or adjectives, not passive verbs ("mobil dinas", "diskusi publik")
_NOT_PASSIVE = {
    "dinas", "diskusi", "dialog", "digital", "direktur", "direksi", "distribusi", "dinamika", "diri",
    "dividen", "diplomasi", "disiplin", "diaspora", "dirut", "dirjen", "diskon", "divisi", "dimensi",
    "diplomatik", "diplomat", "dinasti", "digitalisasi", "distributor", "direktorat", "diversifikasi",
}  # fmt: skip


def _what_done_by(actors, lowers, k: int, end: int) -> ActorSpan | None:
    """The actor in "apa yang dilakukan/diputuskan X" right at token k: the one whose act it is."""
    if k + 3 >= end or lowers[k] != "apa" or lowers[k + 1] != "yang" or not _passive_verb(lowers[k + 2]):
        return None
    a = actors[k + 3]
    return a if a is not None and not a.pronoun else None


_DEPICTING = {"bersampul", "bergambar", "bergambarkan", "bertuliskan", "berfoto", "berwajah", "bersampulkan"}


def _depicted(lowers, a: ActorSpan, lo: int) -> bool:
    """An actor within three words after a word of picturing ("bersampul Jan Ethes", "bergambar putranya,
    Jan Ethes"): what a thing shows."""
    return any(lowers[j] in _DEPICTING for j in range(max(lo, a.start - 3), a.start))


def _passive_verb(word: str) -> bool:
    """A di- passive verb ("dilegalkan", "dipilih"), not a di- noun ("dinas", "diskusi")."""
    return word.startswith("di") and _VERB.match(word) is not None and word not in _NOT_PASSIVE


_MODAL_ADVERBS = {"benar-benar", "segera", "terus", "juga", "bisa", "dapat", "lebih", "secepatnya", "kembali"}


def _obliged_agent(actors, lowers, k: int, end: int) -> list[ActorSpan] | None:
    """The agent of a passive right after a modal ("harus dievaluasi oleh Mabes Polri", "harus segera
    dilakukan evaluasi oleh X"): the one the demand obliges. None when the verb is active or no "oleh X"
    follows within two words of it."""
    while k < end and lowers[k] in _MODAL_ADVERBS:
        k += 1
    if k >= end or not _passive_verb(lowers[k]):
        return None
    for j in range(k + 1, min(end - 1, k + 4)):
        if lowers[j] == "oleh":
            a = actors[j + 1]
            if a is None or a.pronoun:
                return None
            return _group_at(actors, lowers, j + 1, end)[0]
        if actors[j] is not None or not lowers[j].isalpha():
            return None
    return None


def _asked_to_undergo(actors, lowers, target: list[ActorSpan], t_end: int, end: int) -> bool:
    """ "meminta Presiden RI kembali ditunjuk MPR RI": the actor right after the verb is followed by a
    passive verb, so it is what the request is about, not whom it is made to."""
    if not target or t_end >= end or lowers[t_end] in ("agar", "supaya", "kepada", "untuk"):
        return False
    if target[0].start == t_end:
        k = _group_at(actors, lowers, t_end, end)[1]
    elif actors[t_end] is None and t_end < target[0].start <= t_end + 6:
        k = t_end + 1  # "meminta presiden dipilih lagi dari MPR RI": a noun, then its passive verb
    else:
        return False  # "SYL meminta dibebaskan": he asks for himself
    k = _past(actors, lowers, k, _UNDERGO_FILLERS, end)
    return k < end and _passive_verb(lowers[k])


def _done_by(actors, lowers, t_end: int, end: int) -> list[ActorSpan] | None:
    """The doer named right after an event noun: "(yang) dilakukan (oleh) X", "oleh X"."""
    k = t_end
    if k < end and lowers[k] == "yang":
        k += 1
        if k < end and lowers[k] in ("dilakukan", "dilancarkan", "dilakukannya"):
            k += 1
        else:
            return None
    elif k < end and lowers[k] != "oleh":
        return None
    if k < end and lowers[k] == "oleh":
        k += 1
    k = _past(actors, lowers, k, _DOER_WORDS, min(end, t_end + 6))
    if k >= end or actors[k] is None or actors[k].pronoun:
        return None
    return _group_at(actors, lowers, k, end)[0]


_TO_RECIPIENT = {"untuk", "bagi", "ke", "kepada"}


def _aid_recipients(actors, lowers, k: int, end: int) -> list[ActorSpan]:
    """Who aid goes to, named after "untuk/bagi/ke/kepada" within a few words ("untuk penanganan
    bencana di Papua Nugini dan Afganistan"); none named, none."""
    while k < end and lowers[k] not in _TO_RECIPIENT:
        if actors[k] is not None:
            return []
        k += 1
    for j in range(k + 1, min(end, k + 6)):
        if actors[j] is not None and not actors[j].pronoun:
            return _group_at(actors, lowers, j, end)[0]
    return []


def _group_at(actors, lowers, k: int, end: int) -> tuple[list[ActorSpan], int]:
    """A list of actors starting at token k ("AS dan Ukraina", "Trump, Vance dan Waltz"). A name after a
    comma that a predicate follows starts a clause instead: "hasil investigasi LBH Padang, AM diduga
    dianiaya" (AM is not in the list)."""
    group: list[ActorSpan] = []
    while k < end and actors[k] is not None:
        group.append(actors[k])
        k = actors[k].end
        j = k
        while j < end and lowers[j] in LIST_JOIN:
            j += 1
        if j == k and _ticket(actors, lowers, k, end):
            j = k + 1  # "pasangan Anies-Sohibul": a ticket of two people is one party
        if j > k and j < end and actors[j] is not None and not _comma_then_clause(actors, lowers, k, end):
            k = j
        else:
            break
    return group, k


# words between an obliged subject and its "harus": "KPK juga harus", "Pak Dedi ini harus"
_BEFORE_MODAL = {
    "juga", "pun", "tetap", "memang", "tentu", "sebenarnya", "ini", "itu", "tersebut", "sendiri",
    "tidak", "tak", "belum", "masih", "sudah", "lebih",
}  # fmt: skip


def _obligated(doc: Doc, actors, lowers, t_start: int, start: int, end: int) -> list[ActorSpan] | None:
    """Who the modal at t_start obliges: the actor (or list) right before it ("KPK juga harus", "pemerintah
    dan masyarakat harus", "partai politik harus"), or right after a clause-opening one ("Harusnya
    kepolisian bisa ..."). None when the subject is a thing ("Kebijakan Gubernur X harus dievaluasi": the
    name only qualifies it) or no actor stands there ("syarat usia harus genap ... bagi calon bupati")."""
    k = t_start
    while k > start and lowers[k - 1] in _BEFORE_MODAL:
        k -= 1
    last = _covering(actors, k - 1) if k > start else None
    if last is None and k > start:
        # "partai politik harus", "petugas lapas itu harus": a generic actor and a common noun after it
        for j in range(k - 2, max(start, k - 3) - 1, -1):
            if not (doc[j + 1].pos_ == "NOUN" and doc[j + 1].is_lower):
                break
            cand = _covering(actors, j)
            if cand is not None:
                if cand.entity is None and not cand.pronoun:
                    last = cand
                break
    if last is None:
        opening = all(lowers[i] in ("“", '"', "‘") for i in range(start, t_start))
        if opening and t_start + 1 < end and actors[t_start + 1] is not None:
            return _group_at(actors, lowers, t_start + 1, end)[0]  # "Harusnya kepolisian bisa ..."
        return None
    before = lowers[last.start - 1].partition("-")[0] if last.start > start else ""  # "anak-anak": anak
    if last.entity is None and get_lexicon().has(before, "person"):
        return None  # "anak-anak sekolah sepatutnya ...", "siswa sekolah harus": people of a kind, none named
    if last.start > start + 1 and lowers[last.start - 1] in ("di", "dari", "asal"):
        owner = _covering(actors, last.start - 2)
        if owner is not None and not owner.pronoun:
            last = owner  # "para pemberontak di Darfur harus ...": the rebels, where they are
    # "ke depan BPK harus": "ke depan" means from now on, it is no place phrase
    ahead = last.start > 1 and lowers[last.start - 2] == "ke" and lowers[last.start - 1] == "depan"
    if _in_prep_phrase(lowers, last.start, start) and not ahead:
        return None  # "elektabilitas Kaesang di Jawa Tengah harus ...": a place, not the one obliged
    group = [last]
    joined = False  # a conjunction seen: "A, B dan C harus" is a list, "Daripada menerapkan A, B harus" not
    while group[0].start > start:  # "pemerintah dan masyarakat Indonesia harus": the whole list
        j = group[0].start
        while j > start and lowers[j - 1] in LIST_JOIN:
            j -= 1
        joined = joined or any(w != "," for w in lowers[j : group[0].start])
        prev = _covering(actors, j - 1) if start < j < group[0].start else None
        if prev is None or prev.pronoun or _in_prep_phrase(lowers, prev.start, start) or not joined:
            break  # not "Menurut Ali, pemerintah harus"
        group.insert(0, prev)
    if _qualifies(doc, group[0]):
        return None  # "Kebijakan [Gubernur X] harus": the name qualifies a thing
    return group


def _qualifies(doc: Doc, a: ActorSpan) -> bool:
    """The actor only qualifies the noun before it: "Kebijakan Gubernur X", "data pribadi Suci"."""
    if a.start == 0 or a.pronoun:
        return False
    prev = doc[a.start - 1]
    if a.start > 1 and doc[a.start - 2].lower_ in ("ke", "di", "dari"):
        return False  # "ke depan BPK harus": an adverb of time or place, not a thing BPK qualifies
    if a.entity is None:  # a generic actor: "syarat usia calon bupati harus", after a common noun
        return prev.pos_ == "NOUN" and prev.is_alpha and prev.is_lower
    return prev.pos_ in ("NOUN", "ADJ") and prev.text[:1].isalpha() and (prev.is_lower or prev.is_title)


def _ticket(actors, lowers, k: int, end: int) -> bool:
    """Token k is the hyphen of a ticket of two people: "Prabowo-Gibran", "Anies-Sohibul"."""
    if k + 1 >= end or lowers[k] != "-" or actors[k + 1] is None:
        return False
    before = _covering(actors, k - 1) if k else None
    return all(
        a is not None and not a.pronoun and a.entity is not None and a.entity.type == "PER"
        for a in (before, actors[k + 1])
    )


# words that open a predicate right after its subject ("AM diduga ...", "Budi juga mengatakan ...")
PREDICATE_OPENERS = {
    "juga", "pun", "sudah", "telah", "masih", "sedang", "lalu", "kemudian", "kini",
    "kerap", "sering", "selalu", "tengah", "lantas", "langsung", "terus", "senantiasa", "segera",
}  # fmt: skip


def _comma_then_clause(actors, lowers, k: int, end: int) -> bool:
    """Token k is a comma, an actor follows, and a predicate follows that actor (with no "dan" or further
    comma joining more names, and none before): the comma ends a phrase and the actor is the next clause's
    subject."""
    if k >= end or lowers[k] != "," or k + 1 >= end or actors[k + 1] is None or actors[k + 1].pronoun:
        return False
    before = _covering(actors, k - 1) if k else None
    if (
        before is not None
        and before.start > 1
        and lowers[before.start - 1] == ","
        and _covering(actors, before.start - 2) is not None
    ):
        return False  # a longer list: "Jokowi, Prabowo, Anies menolak ..."
    j = actors[k + 1].end
    if j >= end:
        return False
    w = lowers[j]
    return (
        bool(_VERB.match(w)) and w not in PREP_LIKE or w in PREDICATE_OPENERS or w in get_lexicon().modifiers
    )


def _group_before_first(actors, lowers, start: int, end: int) -> list[ActorSpan] | None:
    """The sentence's first actor group outside a prepositional phrase (its likely subject). An opening
    phrase set off by a comma ("Berdasarkan hasil investigasi LBH Padang, ...", "Menurut X, ...") holds
    no subject."""
    k = start
    if start < end and (lowers[start] in PREP_LIKE or lowers[start] in OTHER_PREPS | TARGET_PREPS):
        comma = next((j for j in range(start, min(end, start + 15)) if lowers[j] == ","), None)
        if comma is not None:
            k = comma + 1
    while k < end:
        a = actors[k]
        if a is not None:
            prev = lowers[k - 1] if k > start else ""
            # not after a preposition, nor a verb's object ("Selain bertemu Jokowi, Imam Besar ...")
            # nor a speaker set off by commas ("Barang-barang itu, jelas Risal, telah disita ..."), who
            # tells the sentence and is no actor of it
            inserted = (
                k - 2 >= start and lowers[k - 2] == "," and quote_lexicon().cue_kind.get(prev) == "post"
            )
            if (
                prev not in TARGET_PREPS | OTHER_PREPS | SOURCE_PREPS
                and not a.pronoun
                and not _VERB.match(prev)
                and not inserted
                and not _place_chain(actors, lowers, k, start)
            ):
                return _group_at(actors, lowers, k, end)[0]
            k = a.end
        else:
            k += 1
    return None


def _passive_agent(actors, lowers, start: int, end: int) -> list[ActorSpan] | None:
    """The first actor group named as the doer of a passive: after "oleh" or right after a di- verb."""
    for k in range(start + 1, end):
        a = actors[k]
        if a is None or a.pronoun:
            continue
        prev = lowers[k - 1]
        if prev in SOURCE_PREPS or (prev.startswith("di") and _VERB.match(prev)):
            return _group_at(actors, lowers, k, end)[0]
    return None


def _in_prep_phrase(lowers, k: int, start: int) -> bool:
    """A preposition governs the actor at token k, right before it or before the noun that heads the
    phrase: "kepada Trump", "ke kedutaan AS", "dalam catatan saya"."""
    for j in range(k - 1, max(start, k - 2) - 1, -1):
        w = lowers[j]
        if w in TARGET_PREPS | OTHER_PREPS | SOURCE_PREPS:
            return True
        if not w.isalpha() or VERB_PREFIX.match(w) or w in LIST_JOIN or w == "yang":
            return False
    return False


def _group_before(actors, lowers, start: int, end: int) -> list[ActorSpan] | None:
    """The last actor group in [start, end) that is not inside a prepositional phrase."""
    best: list[ActorSpan] | None = None
    k = start
    while k < end:
        a = actors[k]
        if a is None:
            k += 1
            continue
        group, nxt = _group_at(actors, lowers, k, end)
        if (
            not _in_prep_phrase(lowers, k, start)
            and group
            and not _place_chain(actors, lowers, k, start)
            and not _accompanying(lowers, k, start)
        ):
            best = group
        k = max(nxt, k + 1)
    return best


def _accompanying(lowers, k: int, start: int) -> bool:
    """The actor at token k is who accompanies the subject, right after "didampingi (oleh) (Ibu)"."""
    j = k - 1
    if j >= start and lowers[j] in ("ibu", "bu", "bapak", "pak"):
        j -= 1
    if j >= start and lowers[j] == "oleh":
        j -= 1
    return j >= start and lowers[j] == "didampingi"


def _right_before(actors, lowers, start: int, t_start: int) -> list[ActorSpan] | None:
    """The actor (not a place, not a pronoun) that ends right before token t_start, past predicate
    openers ("Susanto [sudah] ditangkap")."""
    k = t_start
    while k > start and lowers[k - 1] in PREDICATE_OPENERS:
        k -= 1
    a = _covering(actors, k - 1) if k > start else None
    if a is None or a.pronoun or (a.entity is not None and a.entity.type in ("GPE", "LOC")):
        return None
    return [a]


def _place_chain(actors, lowers, k: int, start: int) -> bool:
    """The place at token k continues a place phrase after "di/ke/dari": "di Kabupaten Polewali Mandar,
    Sulawesi Barat (Sulbar)" is where, not who."""
    a = actors[k]
    if a is None or a.entity is None or a.entity.type not in ("GPE", "LOC"):
        return False
    j = k - 1
    while j >= start and k - j <= 8:
        w = lowers[j]
        if w in ("di", "ke", "dari"):
            return True
        if w not in (",", "(", ")") and not _covering(actors, j):
            return False
        j -= 1
    return False


def _declared(lowers, t_start: int, t_end: int, end: int) -> bool:
    """A verb of saying declares the event when the noun is the speaker's own or names its addressee:
    "menegaskan penolakannya", "menyatakan dukungan kepada Bobby" (not "menjelaskan penahanan suku bunga")."""
    return lowers[t_start].endswith("nya") or (
        t_end < end and lowers[t_end] in ("kepada", "terhadap", "bagi", "untuk")
    )


def _after_background(lowers, c_start: int, t_start: int) -> bool:
    """A background word ("setelah", "dari", "sejak") opens the noun phrase of this nominal trigger:
    "setelah dua hari pertempuran sengit", "sejak lima belas tahun pendudukan"."""
    for k in range(t_start - 1, max(c_start, t_start - 7) - 1, -1):
        if lowers[k] in BACKGROUND:
            return True
        if VERB_PREFIX.match(lowers[k]) or lowers[k] in (",", "yang"):
            return False  # ("setelah banyaknya protes dan penolakan": both nouns are background)
    return False


def _gap_object(actors, trig, t_start: int, t_end: int) -> int:
    """Where the walk for the target of an "A ... B" trigger starts: in the gap when an actor stands there
    ("menyeret Jokowi ke meja hijau"), else after B ("siap menjadi tuan rumah pertemuan antara X dan Y")."""
    first_end = t_start + len(trig.words)
    gap_start = t_end - len(trig.gap_word)
    return first_end if any(actors[k] is not None for k in range(first_end, gap_start)) else t_end


_HOLDING = {"menggelar", "melakukan", "mengadakan", "memimpin", "melaksanakan"}


def _held_by_person(lowers, t_start: int, source: list[ActorSpan]) -> bool:
    """A meeting held by a person named ("Presiden Joko Widodo menggelar rapat yang membahas IUPK",
    "Airlangga melakukan rapat tertutup") meets others even when none is named; a body's own meeting
    ("KPU menggelar rapat secara khusus", "DPP PPP menggelar Rapimnas") does not."""
    return (
        t_start > 0
        and lowers[t_start - 1] in _HOLDING
        and any(a.entity is not None and a.entity.type == "PER" for a in source)
    )


_LAW_WORDS = {
    "uu",
    "undang-undang",
    "pasal",
    "perda",
    "perpres",
    "permen",
    "peraturan",
    "regulasi",
    "putusan",
}
_ACCESS_WINDOW = 8  # words after "membuka akses" in which who or what it lets in is named
# what an opened access lets in, for it to ease a blockade ("membuka akses bantuan kemanusiaan ke Gaza")
_ACCESS_FOR = {"bantuan", "kemanusiaan", "perbatasan", "jurnalis", "wartawan", "pengungsi", "warga", "masuk"}
_CASE_WORDS = {"kasus", "kasus-kasus", "perkara"}
_TOLD_CASE = {"dilakukan", "terjadi"}


def _case_label(lowers, c_start: int, t_start: int, t_end: int, end: int) -> bool:
    """This nominal trigger names a case ("kasus pembunuhan Yosua", "kasus dugaan penganiayaan Afif",
    "perkara peretasan PDN"): background unless the case says who did it ("kasus kekerasan yang
    dilakukan polisi") or tells it happening ("Kasus pembunuhan Jamal terjadi pada Selasa"); ``end`` is
    the sentence's end, since a relative clause is a clause of its own."""
    k = t_start - 1
    if k >= c_start and lowers[k] == "dugaan":
        k -= 1
    if k < c_start or lowers[k] not in _CASE_WORDS:
        return False
    return not _TOLD_CASE.intersection(lowers[t_end : min(end, t_end + 4)])


def _actor_ends_at(actors, k: int) -> bool:
    """Some actor span ends right before token k ("pengungsi asal Sierra Leone yang ...")."""
    return any(a is not None and a.end == k for a in actors[max(0, k - 8) : k])


def _in_title(doc: Doc, t_start: int, t_end: int, s_start: int) -> bool:
    """A trigger capitalised inside a capitalised run names something: "Laporan Hasil Pemeriksaan", "Surat
    Perintah Penyidikan", "Tempat Pemeriksaan Fisik Terpadu", "Kepala Bagian Umum dan Kerja Sama
    Politeknik ..."."""
    words = [t.text for t in doc[t_start:t_end] if t.is_alpha]
    if not words or t_start == s_start or any(not w[:1].isupper() or w.isupper() for w in words):
        return False
    prev = doc[t_start - 1].text
    if prev in OPENERS:
        return False
    nxt = doc[t_end].text if t_end < len(doc) else ""
    return any(w[:1].isupper() and w.isalpha() for w in (prev, nxt))


def _roles(
    doc,
    lowers,
    actors,
    clause: Clause,
    t_start: int,
    after: int,
    role: str,
    s_start: int,
    nominal: bool = False,
    received: bool = False,
    symmetric: bool = False,
    topical: bool = False,
):
    end = clause.end
    location = None
    target: list[ActorSpan] = []
    agent_after: list[ActorSpan] = []
    partner: list[ActorSpan] = []  # "dibahas dengan Bobby": the one it is done with
    verb_between = False  # a verb between the trigger and this group
    nested = False  # past another event noun ("atas penetapan"): an agent after "oleh" is that one's
    k = after
    skip_words = 0
    patient = False  # the noun's own actor is the one it is done to: that says nothing of who does it
    gov = None  # the last preposition before this group: "ditampung di halaman KPP" is no agent
    gov_k = -1  # where it is
    between_end = -2  # where a target after "antara" ends: "antara X dengan Y" names Y too
    owned = False  # the target found so far is the actor right after an event noun ("tuntutan rakyat")
    voiced = _voiced_by(lowers, after, end) if role == "noun" else None
    # "pemberhentian X", "sanksi pemberhentian terhadap X": X is dismissed, whoever X is
    dismissal = get_lexicon().arguments.get(lowers[after - 1]) == "dismissed"
    while k < end:
        a = actors[k]
        if role == "noun" and k > after and lowers[k] in _AFTER_MEETING | {"sebelum"}:
            break  # "Penggeledahan dilakukan seusai penetapan PN Lembata": the court's is another act
        if a is None:
            if lowers[k] in TARGET_PREPS | OTHER_PREPS | SOURCE_PREPS:
                gov, gov_k = lowers[k], k
            if _ACTIVE_VERB.match(lowers[k]) and lowers[k] not in PREP_LIKE:
                verb_between = True  # "diminta menanggapi pengakuan Megawati": hers is another verb's noun
                if role == "verb" and not target and k - 1 > after and lowers[k - 1] in ("dan", "serta"):
                    break  # "mengusung bakal calon dan mendaftar ke KPU": KPU is the second verb's
            if k > after and lowers[k - 1] in TOPIC_PREPS and _EVENT_NOUN.match(lowers[k]):
                nested = True  # "gugatan atas penetapan (sebagai tersangka) oleh Polda": that noun's agent
            k += 1
            skip_words += 1
            continue
        prev = lowers[k - 1] if k > after else ""
        titled = 0  # title words between the preposition and a person's name
        if (
            gov is not None
            and 1 < k - gov_k <= 4
            and (a.entity is None or a.entity.type == "PER")
            and all(doc[j].is_title for j in range(gov_k + 1, k))
        ) or (
            gov in SOURCE_PREPS
            and k - gov_k == 2
            and (get_lexicon().has(lowers[k - 1], "person") or lowers[k - 1] in INITIALS_CUES)
        ):
            # "dari Staf Khusus Kepala Badan Gizi Nasional, Ary Santoso", "oleh Pak Mensos": a title
            # before the name (not "pada Pilkada Jateng", "dari Depo Tanjung Morawa")
            prev, titled = gov, k - gov_k - 1
        group, nxt = _group_at(actors, lowers, k, end)
        known = {g.entity.id for g in agent_after + target if g.entity is not None}
        if known and all(g.entity is not None and g.entity.id in known for g in group):
            k, gov = max(nxt, k + 1), None  # "Partai Keadilan Sejahtera (PKS)": the same actor again
            continue
        if prev in COPULAS or prev == "sebagai":
            k, gov = max(nxt, k + 1), None  # "diusulkan menjadi Hakim Agung": the office, not who acts
            continue
        if lowers[k - 1] in _SENDING and all(
            g.entity is None and g.sector == "MIL" and not g.country for g in group
        ):
            # "mengirim bantuan pasukan perdamaian ke Gaza": the troops are what is sent, Gaza gets them
            k, gov = max(nxt, k + 1), None
            continue
        if (
            voiced is not None
            and k > voiced
            and not agent_after
            and gov in (None, "oleh")
            and all(lowers[j] in _BEFORE_VOICER or doc[j].is_title for j in range(voiced + 1, k))
        ):
            # "Penolakan turut disampaikan Sekjen PDIP, Hasto Kristiyanto": who voices it gives it
            agent_after, nxt = _appositive_person(actors, lowers, group, nxt, end)
            k, gov = max(nxt, k + 1), None
            continue
        is_place = all(g.entity is not None and g.entity.type in ("LOC", "GPE") for g in group)
        if owned and not agent_after and prev in ("kepada", "ke", "terhadap"):
            # "menyerahkan tuntutan rakyat ke DPR": the noun's own actor voices it, DPR receives it
            agent_after, target, owned = target, group, False
            k, gov = max(nxt, k + 1), None
            continue
        if between_end == k - 1 and prev == "dengan":
            # "kesepakatan antara China dengan Amerika Serikat": the second side of "antara", like "dan"
            target = target + group
            k, gov = max(nxt, k + 1), None
            continue
        if prev in ("dengan", "bersama") and not partner and not is_place:
            partner = group
        if gov == "di" and is_place:
            location = location or group[0]
        elif prev in SOURCE_PREPS and nested:
            pass
        elif prev in SOURCE_PREPS or (prev == "dari" and role == "passive" and lowers[t_start] in _ORDERED):
            agent_after = agent_after or group  # "diperintahkan langsung dari Presiden Prabowo": he orders
        elif gov in ABOUT_PREPS and prev not in TARGET_PREPS:
            pass  # "huru-hara tentang pembiayaan utang Whoosh", "membahas soal PKS": the topic, not who
        elif gov in LOCATIVE_PREPS and prev not in TARGET_PREPS:
            pass  # "di halaman KPP", "dalam rapat di DPR": where or when, not who
        elif prev == "dari" and dismissal and lowers[k] in _OFFICES:
            pass  # "sanksi pemecatan dari Ketua KPU": the office he leaves, not who dismisses him
        elif (
            prev == "dari" and (role == "noun" or (nominal and skip_words - titled <= 1)) and not agent_after
        ):
            agent_after = group  # "dukungan dari Partai Gerindra": who gives it
        elif (
            role == "noun"
            and a.pronoun
            and k == after
            and lowers[k] in FIRST_PERSON
            and not agent_after
            and not (k + 1 < end and doc[k + 1].pos_ in ("VERB", "AUX"))
        ):
            # "wujud dukungan kami terhadap BGN": the speaker's own support (not "permintaan maafnya
            # kita terima": "kita" is the subject of the verb after it)
            agent_after = group
        elif a.pronoun and lowers[k] != "-nya" and prev not in TARGET_PREPS:
            pass  # "..., ia juga menetapkan": a new subject, not an object
        elif role in ("passive", "noun") and verb_between and prev not in TARGET_PREPS:
            pass  # "penggeledahan berlangsung ... Rossa dituding": another verb's actor
        elif not target and (prev in TARGET_PREPS or prev == "dari" or skip_words <= 4):
            if (
                role in ("passive", "noun")
                and not agent_after
                and k == after + skip_words
                and gov is None
                and prev not in TARGET_PREPS | OTHER_PREPS
            ):
                if (
                    role == "noun"
                    and prev == "("
                    and t_start > clause.start
                    and lowers[t_start - 1] in PERPETRATORS
                ):
                    agent_after = group  # "pelaku pembunuhan (Riky)": the bracket names the perpetrator
                elif role == "noun" and (
                    dismissal or (_patient_noun(lowers[t_start]) and all(map(_private_person, group)))
                ):
                    target, patient = group, True  # "pembunuhan Vina", "pemeriksaan Hasto": done to them
                elif role == "passive" and lowers[t_start].endswith("nya") and lowers[t_start][:2] == "di":
                    target, patient = (
                        group,
                        True,
                    )  # "dibebaskannya Pegi": the noun of a passive, Pegi's release
                else:
                    agent_after = group  # "diserang Israel", "invasi (skala penuh) Rusia"
            else:
                if get_lexicon().has(prev, "person"):
                    # "menantang penyidik KPK AKBP Rossa": the body qualifies the person it names
                    group, nxt = _holder_after(actors, lowers, group, nxt, end)
                target = group
                owned = (
                    nominal
                    and role == "verb"
                    and k == after
                    and not received
                    and not _patient_noun(lowers[t_start])
                )
                if prev == "antara":
                    between_end = nxt
        k = max(nxt, k + 1)
        gov = None
    # subject: the trigger's nsubj when parsed, else the nearest free actor group before it
    subject = _parsed_subject(doc, actors, t_start, clause) or _group_before(
        actors, lowers, clause.start, t_start
    )
    if subject is None and clause.coordinated:
        subject = _head_subject(doc, actors, t_start, s_start)
    if subject is None and role == "verb":
        subject = clause.preceding_subject
    if role == "passive" and subject is not None:
        right = _right_before(actors, lowers, clause.start, t_start)
        if right is not None and subject[-1].end <= right[0].start:
            # "soal kabar Ketua DPD PSI Batam Susanto ditangkap polisi": the one right before the passive
            # is its subject, even inside the phrase that reports it
            subject = right
    if subject is None and clause.relative:
        start = clause.relative_start if clause.relative_start is not None else clause.start
        subject = _antecedent(actors, lowers, start, s_start)
    # the speaker of a reported clause stands in for its missing subject when the speaker acts ("Ia
    # mengatakan, akan bertemu ..."), not when the clause tells what was done to someone ("Polda menyebut
    # bahwa remaja itu tewas") or names an event by its noun ("lanjut Ronny, pemeriksaan terhadap Hasto")
    reported = subject is None and (clause.speech_source is not None or clause.in_report)
    # "..., Afif diduga dianiaya": the parse names a subject that is no known actor; another actor of the
    # sentence ("berdasarkan investigasi LBH Padang, ...") or the speaker does not stand in for it
    # an event noun's governing verb has the parsed subject: "PKS itu dapat memberikan dukungan"
    head = (
        doc[t_start].head.i
        if doc[t_start].dep_ == "obj" and clause.start <= doc[t_start].head.i < t_start
        else t_start
    )
    unnamed = subject is None and _unnamed_subject(doc, get_lexicon(), actors, head, clause.start)
    if (
        subject is None
        and clause.fronted_subject
        and (
            role == "verb"
            or (role == "passive" and not target)
            or (role == "noun" and lowers[clause.start] == "sebagai")
        )
    ):
        # (not "Setelah ditangkapnya Budi, polisi ...": Budi was); "Sebagai bentuk dukungan kepada PAN,
        # Gus Din ...": his support
        subject = clause.fronted_subject
    if subject is None and clause.speech_source:
        subject = clause.speech_source
    if subject is None and not clause.relative and clause.sentence_subject:
        first = clause.sentence_subject[0]
        if first.end <= t_start:
            subject = clause.sentence_subject
    if (
        subject is None
        and role == "verb"
        and clause.sentence_agent
        and lowers[clause.start] in _TEMPORAL
        and clause.sentence_agent[0].end <= clause.start
    ):
        subject = clause.sentence_agent  # "Usulan itu disampaikan Amien saat bertemu Bamsoet": Amien met
    if reported and (role == "noun" or (role == "passive" and not symmetric)):
        subject = None
    if (
        role == "noun"
        and symmetric
        and not agent_after
        and t_start > 0
        and lowers[t_start - 1] in _AFTER_MEETING
    ):
        # "kata Nadiem usai rapat bersama Komisi X", "dikatakan Sugiono setelah pertemuan dengan Wang Yi":
        # the one who speaks after the meeting had it
        subject = subject or clause.speech_source or clause.sentence_subject or clause.sentence_agent
    if unnamed and not (role == "passive" and symmetric and (partner or topical)):
        subject = None
    if role == "passive" and symmetric and (partner or topical) and not agent_after:
        # "usulan itu sudah didiskusikan dengan Bobby": the topic is the passive subject; the one who
        # discussed it (the clause's actor or the speaker) did so with Bobby; "dibahas bersama antara
        # pemerintah daerah dengan DPRD": both sides named after it
        if not subject and target and partner and target != partner:
            return target, partner, location
        return subject or [], partner, location
    if role == "passive":
        return agent_after, (subject or []) + ([] if subject else target), location
    if nominal and role == "verb" and (agent_after or received):
        # "X maju berbekal dukungan dari Partai Gerindra": the party supports X; "Anies mendapatkan
        # dukungan": Anies is supported, by whom the clause may not say
        if received and not agent_after and target and target[0].start == after:
            # "Gibran mendapat dukungan PKS", "memperoleh persetujuan Jampidum": the noun's own actor gives
            return target, subject or [], location
        return agent_after, subject or target, location
    if role == "noun":  # a nominal event needs an actor in its own phrase
        if not agent_after and not target:
            return [], [], location
        if dismissal:
            # "Anwar Abbas menilai sanksi pemberhentian terhadap Hasyim": who dismissed is named by
            # "oleh" or not at all; the one who talks of it did not
            return agent_after, target, location
        return agent_after or ([] if patient else subject or []), target, location
    return subject or [], target, location


_ORDERED = {"diperintahkan", "diinstruksikan"}  # passives whose "dari" X gives the order
# the words after which troops with no country are what is sent, not who receives it
_SENDING = {"mengirim", "mengirimkan", "bantuan", "menempatkan", "mengerahkan", "menerjunkan"}
# the verbs by which a nominal event is voiced or carried out: "Kritik juga dilontarkan (oleh) X" is
# X's criticism, "Unjuk rasa itu dilakukan oleh BEM" is the students' protest
VOICING = {
    "disampaikan", "dilontarkan", "disuarakan", "diungkapkan", "dilayangkan", "dinyatakan",
    "dilakukan", "digelar", "diadakan", "dilancarkan", "diselenggarakan",
}  # fmt: skip
# between a voicing verb and who voices it, with title words: "disampaikan oleh Sekretaris Jenderal
# (Sekjen) PDIP, Hasto Kristiyanto" (not "dilakukan di Gedung Merah Putih KPK": where, not who)
_BEFORE_VOICER = {"oleh", "(", ")", ","}
_VOICE_ADVERBS = {"turut", "juga", "pun", "pula", "sudah", "telah", "sebelumnya", "kemudian", "lantas",
                  "lalu"}  # fmt: skip


def _holder_after(actors, lowers, group: list[ActorSpan], nxt: int, end: int):
    """After a person noun, a body then a person ("penyidik Komisi Pemberantasan Korupsi (KPK) AKBP
    Rossa", "jaksa Kejagung Budi"): the person, whom the body only qualifies."""
    if len(group) != 1 or group[0].entity is None or group[0].entity.type != "ORG":
        return group, nxt
    j = nxt
    while j < end and (
        lowers[j] in ("(", ")") or (actors[j] is not None and actors[j].entity == group[0].entity)
    ):
        j = actors[j].end if actors[j] is not None else j + 1
    a = actors[j] if j < end else None
    if a is not None and a.entity is not None and a.entity.type == "PER":
        return _group_at(actors, lowers, j, end)
    return group, nxt


def _voiced_by(lowers, after: int, end: int) -> int | None:
    """The index of the voicing verb right after a nominal trigger (past adverbs and a demonstrative:
    "Permintaan itu disampaikan Hadi"), if there is one."""
    k = after
    while k < end and (lowers[k] in _VOICE_ADVERBS or (k == after and lowers[k] in ANAPHORIC)):
        k += 1
    return k if k < end and lowers[k] in VOICING else None


def _voiced_named(actors, lowers, after: int, end: int) -> bool:
    """A voicing verb after a nominal trigger with the one who voices it right after it ("disampaikan
    (oleh) Hadi"), a named actor and no pronoun."""
    v = _voiced_by(lowers, after, end)
    if v is None:
        return False
    k = v + 1
    if k < end and lowers[k] == "oleh":
        k += 1
    a = actors[k] if k < end else None
    return a is not None and not a.pronoun and a.entity is not None


def _appositive_person(actors, lowers, group: list[ActorSpan], nxt: int, end: int):
    """A title's body then the person's name after a comma ("Sekjen PDIP, Hasto Kristiyanto"): the person."""
    if (
        len(group) == 2
        and lowers[group[0].end] == ","
        and group[1].start == group[0].end + 1
        and group[0].entity is not None
        and group[0].entity.type != "PER"
        and group[1].entity is not None
        and group[1].entity.type == "PER"
    ):
        return group[1:], nxt  # the list reader took "PDIP, Hasto Kristiyanto" for two actors
    if (
        nxt + 1 < end
        and lowers[nxt] == ","
        and actors[nxt + 1] is not None
        and actors[nxt + 1].entity is not None
        and actors[nxt + 1].entity.type == "PER"
        and all(g.entity is None or g.entity.type != "PER" for g in group)
    ):
        return _group_at(actors, lowers, nxt + 1, end)
    return group, nxt


_SUMMONS = {"memanggil", "dipanggil", "pemanggilan"}


def _enforces(doc: Doc, lex: EventLexicon, a: EventActor, kind: str = "authority") -> bool:
    """The actor is police, a prosecutor, a court or an oversight body (by sector or by a word of its name
    or title); with ``kind="summoner"``, a legislature or its commission ("Anggota Komisi II DPR RI X")."""
    if kind == "authority" and a.sector in ("COP", "JUD"):
        return True
    ent = entity_by_id(doc, a.entity) if a.entity else None
    # its name, titles and the forms it is mentioned by ("Komisi Pemberantasan Korupsi" is also "KPK")
    names = " ".join([ent.name, *ent.titles, *(m.text for m in ent.mentions)]) if ent is not None else ""
    words = re.findall(r"\w+", f"{a.text} {names}".lower())
    return any(lex.has(w, kind) for w in words)


_AFTER_REPORTED = {"ke", "kepada", "atas", "karena", "terkait", "soal", "dengan", "dalam", ",", ".", ";"}


def _reported_person(actors, lowers, role: str, k: int, end: int) -> bool:
    """An active "melaporkan" whose object, right after it, is a person or a body, with no clause of its
    own after the name ("melaporkan anggota Dewas KPK karena ...", "melaporkan Koperasi BLN"; not
    "Reuters melaporkan Presiden Biden akan ...", news of what someone does)."""
    if role != "verb" or k >= end:
        return False
    a = actors[k]
    if a is None or a.pronoun or a.start != k or a.entity is None or a.entity.type not in ("PER", "ORG"):
        return False
    g = _group_at(actors, lowers, k, end)[1]
    return g >= end or lowers[g] in _AFTER_REPORTED


def _to_authority(lex: EventLexicon, lowers, k: int, end: int) -> bool:
    """ "ke/kepada" + an authority within eight words from token k ("... ke Bareskrim")."""
    return any(
        lowers[j] in ("ke", "kepada") and lex.arguments.get(lowers[j + 1]) == "authority"
        for j in range(k, min(end - 1, k + 8))
    )


def _reports_to_authority(lex: EventLexicon, lowers, i: int, end: int, actors=None) -> bool:
    """The word at token i reports ("melaporkan", "dilaporkan") and what follows sends it to an authority;
    given ``actors``, also when a person or body named right after it is the one reported."""
    if lex.arguments.get(lowers[i]) != "reported":
        return False
    return _to_authority(lex, lowers, i + 1, end) or (
        actors is not None and _reported_person(actors, lowers, "verb", i + 1, end)
    )


def _pact_before(lex: EventLexicon, lowers, s_start: int, t_start: int) -> bool:
    """An agreement noun among the eight words before a signing passive ("Kerja sama tersebut juga telah
    ditandatangani")."""
    for j in range(max(s_start, t_start - 8), t_start):
        if lex.arguments.get(lowers[j]) == "pact" or (
            j > s_start and lex.arguments.get(f"{lowers[j - 1]} {lowers[j]}") == "pact"
        ):
            return True
    return False


_FORMER = {"eks", "mantan", "bekas", "purnawirawan"}
# the words that open an office a dismissal removes someone from
_OFFICES = {"ketua", "wakil", "anggota", "jabatan", "posisi", "kursi", "sekretaris", "direktur", "kepala"}
# between a dismissal noun and the one dismissed: "pemberhentian tetap terhadap X", "dengan tidak hormat"
_DISMISSAL_WORDS = {
    "tetap", "sementara", "terhadap", "kepada", "atas", "dengan", "tidak", "hormat", "secara",
    "prof", "prof.", "dr", "dr.", "ir", "ir.", "pak", "bapak", "ibu", "bu", "saudara", "sdr",
}  # fmt: skip
# between "pembubaran" and the group that dissolves itself: "pembubaran diri JI"
_DISSOLVED_WORDS = {"diri", "organisasi", "kelompok"}


def _armed_group(a: ActorSpan) -> bool:
    """A militant or rebel group (its country code IMG, or an armed sector)."""
    return a.country == "IMG" or a.sector in ("REB", "UAF")


# a judge, a bench or a hearing: "Hakim Distrik AS, Susan Illston, mengabulkan ...", "Dalam sidang, Illston ..."
_BENCH = {"hakim", "majelis", "sidang", "persidangan"}


def _rules_on_filing(
    lex: EventLexicon, lowers, span: tuple[int, int], t_start: int, t_end: int, court: bool
) -> bool:
    """A court or tribunal granting or dismissing what was filed with it ("mengabulkan sebagian gugatan",
    "menolak kasasi", "gugatan ... yang dikabulkan oleh MK"): a ruling, which the gold leaves uncoded;
    "mengabulkan permohonan grasi" (clemency) and "menolak usulan" (a proposal) are not. A petition
    ("permohonan") is a filing when a court (``court``) rules on it. ``span``: the sentence's start (a
    passive's filing may stand before a relative clause) and the clause's end."""
    verb = lowers[t_start]
    if lex.arguments.get(verb) != "ruling":
        return False
    if verb.startswith("di"):  # the filing is the subject, before the verb
        words = lowers[max(span[0], t_start - 8) : t_start]
    else:  # "mengabulkan sebagian permohonan", "menolak kasasi yang diajukan"
        words = lowers[t_start + 1 : min(span[1], t_end + 4)]
    kinds = {lex.arguments.get(w) for w in words}
    return ("filing" in kinds or (court and "petition" in kinds)) and "clemency" not in kinds


# between "(yang dilakukan) oleh" and the doer: "oleh penyidik KPK", "oleh pihak kepolisian"
_DOER_WORDS = {"pihak", "para", "anggota", "oknum", "penyidik", "tim", "jaksa", "personel"}


def _past(actors, lowers, k: int, words: set[str], stop: int) -> int:
    """The first token from k (before ``stop``) that is not one of ``words`` outside an actor."""
    while k < stop and actors[k] is None and lowers[k] in words:
        k += 1
    return k


def _own_body(doc: Doc, src: list[EventActor], a: EventActor) -> bool:
    """The organisation ``a`` is the one a person among ``src`` holds office in (a title of theirs names
    it: "Ketua KPU RI" and "KPU")."""
    body = entity_by_id(doc, a.entity) if a.entity else None
    if body is None or body.type != "ORG":
        return False
    names = {m.text.lower() for m in body.mentions} | {body.name.lower()}
    for b in src:
        person = entity_by_id(doc, b.entity) if b.entity else None
        if person is None or person.type != "PER":
            continue
        said = [m.text.lower() for m in person.mentions]
        for title in person.titles:
            if any(f"{w} {title.lower()}" in m for w in _FORMER for m in said):
                continue  # "eks komisioner KPU RI": no longer of it, and free to ask it
            words = f" {title.lower()} "
            if any(f" {n} " in words for n in names):
                return True
    return False


_FACILITY_WORDS = {
    "jalan", "jl", "jln", "gedung", "pantai", "gunung", "sungai", "bandara", "pelabuhan", "lapangan",
    "taman", "pasar", "stasiun", "terminal", "jembatan", "tol", "danau", "bukit", "lapas", "rutan",
}  # fmt: skip


_WHERE = {"di", "ke", "dari", "dalam", "menuju", "sekitar", "depan"}


def _facility(a: ActorSpan) -> bool:
    """A place that is a road, a building or a landmark ("Jalan Wowong-Bean", "Gedung Sate"), by its
    entity's first word."""
    ent = a.entity
    if ent is None or ent.type != "LOC":
        return False
    first = ent.name.split()[0].lower().rstrip(".") if ent.name.split() else ""
    return first in _FACILITY_WORDS


def _once(group: list[EventActor]) -> list[EventActor]:
    seen: set[str] = set()
    out = []
    for a in group:
        if a.entity is None or a.entity not in seen:
            out.append(a)
            if a.entity is not None:
                seen.add(a.entity)
    return out


_PATIENT_NOUN = re.compile(r"^pe(m|n|ng|ny)?[a-z]{3,}an(nya)?$")


def _patient_noun(word: str) -> bool:
    """A pe(N)-an noun of a transitive verb ("pembunuhan", "penangkapan", "pemeriksaan"), or one listed as
    a patient noun in arguments.tsv ("vonis Gazalba"); not per-an ("pertemuan", "perundingan"), whose
    following noun is the one who does it."""
    if get_lexicon().arguments.get(word) == "patient":
        return True
    return word.startswith("pe") and not word.startswith("per") and _PATIENT_NOUN.match(word) is not None


_PREMISES = {"kantor", "markas", "kediaman", "rumah", "dinas", "gedung", "sekretariat", "dpp", "dpd", "dpw"}


def _visits_body(
    lowers, source: list[ActorSpan], target: list[ActorSpan], tgt: list[EventActor], t_end: int
) -> bool:
    """A named actor goes to a body or a public figure, right after the verb or after words for their
    premises ("mendatangi kantor DPP PKS", "mendatangi kediaman Prabowo")."""
    if not source or any(a.entity is None for a in source) or not target or not tgt:
        return False
    first = target[0]
    if first.start < t_end or first.start - t_end > 3:
        return False
    if any(lowers[j] not in _PREMISES for j in range(t_end, first.start)):
        return False
    ent = first.entity
    if ent is None or ent.type not in ("ORG", "PER"):
        return False
    return ent.type == "ORG" or tgt[0].sector in STATE | {"PTY"}


def _private_person(a: ActorSpan) -> bool:
    """A person, not the police: after "pembunuhan"/"penahanan"/"pemeriksaan" the victim, the detainee or
    the suspect (a judge or a minister too: "penahanan Gazalba"), where a state body ("penyidikan KPK",
    "penembakan polisi") or a police officer is the one who acts."""
    return a.entity is not None and a.entity.type == "PER" and a.sector not in ("COP", "MIL", "SPY")


def _parsed_subject(doc: Doc, actors, t_start: int, clause: Clause) -> list[ActorSpan] | None:
    if not doc.has_annotation("DEP"):
        return None
    tok = doc[t_start]
    for child in tok.children:
        if child.dep_ in ("nsubj", "nsubj:pass") and clause.start <= child.i < t_start:
            group = _phrase_actors(actors, child)
            if group:
                return group
    return None


def _phrase_actors(actors, tok) -> list[ActorSpan]:
    """The actor spans that start inside the phrase token ``tok`` heads, in order."""
    return [a for a in (actors[j] for j in range(tok.left_edge.i, tok.right_edge.i + 1)) if a is not None]


def _head_subject(doc: Doc, actors, t_start: int, lo: int) -> list[ActorSpan] | None:
    """For a trigger parsed as the second of two coordinated verbs, the actors in the first verb's
    subject: "Polisi menangkap Erwin dan menahan Budi" (Polisi), "Erwin ditangkap dan ditahan" (Erwin)."""
    if not doc.has_annotation("DEP") or doc[t_start].dep_ != "conj":
        return None
    head = doc[t_start].head
    for child in _dependents(doc, head.i, SUBJECTS, lo, head.i):
        return _phrase_actors(actors, child) or None
    return None


def _covering(actors, k: int) -> ActorSpan | None:
    """The actor span that token k is in."""
    for j in range(k, max(0, k - 12) - 1, -1):
        a = actors[j]
        if a is not None and a.start <= k < a.end:
            return a
    return None


def _argument(
    doc: Doc, lex: EventLexicon, actors, head: int, deps, lo: int, hi: int, agenda: bool = True
) -> str:
    """What the dependent of token ``head`` with one of ``deps``, inside [lo, hi), is: "actor" (an actor,
    or an agenda or group noun with an actor in its phrase: "upaya pemerintah", "jajaran Polri"), "thing"
    (another noun: "ketahanan pangan", "uang rakyat") or "unknown" (no parse, no such dependent). With
    ``agenda`` False an agenda noun is a thing: a doer is an actor, not its plan."""
    if not doc.has_annotation("DEP"):
        return "unknown"
    for child in doc[head].children:
        if child.dep_ not in deps or not lo <= child.i < hi:
            continue
        if _covering(actors, child.i) is not None:
            return "actor"
        if child.pos_ != "NOUN":
            return "unknown"  # a name the NER missed, a relative "yang", a clause
        word = child.lower_
        half = word.partition("-")[0]
        if word == f"{half}-{half}":
            word = half  # "program-program prioritas pemerintah"
        kind = lex.arguments.get(word) or lex.arguments.get(word[:-3] if word.endswith("nya") else "")
        for k in ("group", "agenda"):  # a word of several kinds: "aturan" is an agenda and inanimate
            if lex.has(word, k) or (word.endswith("nya") and lex.has(word[:-3], k)):
                kind = k
        if kind is None and word in LEADERS and child.i + 1 < hi:
            # "sejumlah saksi", "mantan Gubernur Lampung X": the word after heads the phrase
            nxt = child.i + 1
            if _covering(actors, nxt) is not None or lex.has(doc[nxt].lower_, "person"):
                return "actor"
        if lex.has(word, "person") or (word.endswith("nya") and lex.has(word[:-3], "person")):
            return "actor"  # "tiga saksi", "para prajurit": people stand for an actor
        if kind == "group" and word.endswith("nya"):
            return "actor"  # "pihaknya": the speaker's side
        if kind == "group" or (kind == "agenda" and agenda):
            phrase = range(child.i + 1, child.right_edge.i + 1)
            return "actor" if any(_covering(actors, j) is not None for j in phrase) else "thing"
        return "thing"
    return "unknown"


_DEMONSTRATIVES = {"ini", "itu", "tersebut"}
# questioning criticises only an actor's act named as its object ("mempertanyakan rekomendasi KADI")
_QUESTIONING = {"mempertanyakan"}
_QUESTION_WORDS = {
    "mengapa", "kenapa", "apakah", "apa", "bagaimana", "siapa", "kapan", "dari", "soal", "tentang",
}  # fmt: skip


def _agenda_told(doc: Doc, lex: EventLexicon, head: int, lo: int) -> bool:
    """The subject of token ``head`` is an agenda noun that points back with a demonstrative ("langkah
    ini", "usul itu", "program tersebut"): an actor's plan told before, whose actor is not repeated."""
    for child in doc[head].children:
        if child.dep_ in SUBJECTS and lo <= child.i < head and child.pos_ == "NOUN":
            return lex.arguments.get(child.lower_) == "agenda" and any(
                d.lower_ in _DEMONSTRATIVES for d in child.children
            )
    return False


CANDIDACY = ("maju", "untuk maju", "menjadi calon", "sebagai calon", "mencalonkan diri", "sebagai cagub",
             "sebagai cawagub", "sebagai capres", "sebagai cawapres", "sebagai bakal calon", "menjadi cagub",
             "menjadi capres", "menjadi cawapres", "menjadi cawagub")  # fmt: skip


LEADERS = ("sejumlah", "beberapa", "mantan", "eks", "banyak", "puluhan", "ratusan", "ribuan", "seorang")
COUNTERS = ("para", "dua", "tiga", "empat", "lima", *LEADERS)


def _arrests(
    doc: Doc, lex: EventLexicon, lowers, actors, trig: Trigger, t_start: int, t_end: int, clause
) -> bool:
    """A "secured" trigger arrests: a form that names what it secures says so itself; the plain verb
    needs a person as its object."""
    return trig.gap_word is not None or _person_argument(
        doc, lex, lowers, actors, trig.role, t_start, t_end, clause, people_only=True
    )


# aspect and control words between a passive's subject and its verb
_BEFORE_PASSIVE = {
    "berhasil", "sudah", "telah", "langsung", "akhirnya", "segera", "kemudian", "pun", "juga", "sempat",
    "lalu", "pernah", "baru",
}  # fmt: skip


def _person_argument(
    doc: Doc,
    lex: EventLexicon,
    lowers,
    actors,
    role: str,
    t_start: int,
    t_end: int,
    clause,
    people_only: bool = False,
) -> bool:
    """The one a release is done to is a person or a group: an actor that is no place, a person noun
    ("sembilan sandera") or a pronoun; the parsed object (active) or subject (passive), or for a noun or
    an unparsed sentence the word after the trigger (before it for a passive). With ``people_only`` an
    actor must be a person named ("mengamankan BA", not "mengamankan kejaksaan")."""

    def person(k: int) -> bool:
        if lowers[k] in LEADERS and k + 1 < len(doc):
            k += 1  # "sejumlah saksi", "mantan Gubernur Lampung X"
        if lex.has(lowers[k].partition("-")[0], "person"):
            return True  # "sandera Israel": the hostages, not their country
        a = _covering(actors, k)
        if a is not None and people_only:
            return a.entity is not None and a.entity.type == "PER"
        if a is not None:
            return a.entity is None or a.entity.type not in ("GPE", "LOC")
        if doc[k].pos_ == "PRON":
            return True
        # a full name the NER missed ("membebaskan Pegi Setiawan"), not one capitalised word ("Pilpres")
        return k + 1 < len(doc) and all(t.pos_ == "PROPN" and t.is_title for t in doc[k : k + 2])

    if role == "passive" and lowers[t_start].endswith("nya"):
        role = "noun"  # "dibebaskannya Pegi": a passive's noun, its patient after it
    passive = role == "passive"
    if role != "noun" and doc.has_annotation("DEP"):
        deps, lo, hi = (SUBJECTS, clause.start, t_start) if passive else (OBJECTS, t_end, clause.end)
        child = next(_dependents(doc, t_start, deps, lo, hi), None)
        if child is not None:
            return person(child.i)
    if passive:
        k = t_start - 1
        while k > clause.start and lowers[k] in _BEFORE_PASSIVE | ANAPHORIC:
            k -= 1  # "pengemudi Pajero berhasil diamankan polisi": the subject before "berhasil"
        j = k
        while j > clause.start and doc[j].is_title:
            j -= 1
        # (a person noun may open the sentence: "Pengemudi Avanza itu berhasil diamankan")
        if (
            j < k
            and (not doc[j].is_title or j == clause.start)
            and lex.has(lowers[j], "person")
            and not person(k)
        ):
            k = j  # "Para pengungsi Suriah ditampung": the refugees, not their country
        return k >= clause.start and person(k)
    k = t_end
    while k < clause.end and (lowers[k] in COUNTERS or doc[k].like_num):
        k += 1
    return k < clause.end and person(k)


def _candidacy(lowers, k: int, end: int) -> bool:
    """A candidacy phrase starts at token k: "maju", "sebagai calon gubernur", "mencalonkan diri"."""
    return any(
        tuple(lowers[k : k + len(p.split())]) == tuple(p.split())
        for p in CANDIDACY
        if k + len(p.split()) <= end
    )


def _dependents(doc: Doc, head: int, deps, lo: int, hi: int):
    """The parsed dependents of token ``head`` with one of ``deps`` inside [lo, hi) (none unparsed)."""
    if not doc.has_annotation("DEP"):
        return
    for child in doc[head].children:
        if child.dep_ in deps and lo <= child.i < hi:
            yield child


def _phrase_has_actor(actors, tok) -> bool:
    """An actor anywhere in the phrase that token ``tok`` heads."""
    return any(_covering(actors, j) is not None for j in range(tok.left_edge.i, tok.right_edge.i + 1))


def _object_is_party_or_person(doc: Doc, actors, head: int, lo: int, hi: int) -> bool:
    """The object of token ``head`` is a person or an organisation."""
    child = next(_dependents(doc, head, OBJECTS, lo, hi), None)
    a = _covering(actors, child.i) if child is not None else None
    return a is not None and a.entity is not None and a.entity.type in ("PER", "ORG")


def _object_has_actor(doc: Doc, actors, head: int, lo: int, hi: int) -> bool:
    """An actor anywhere in the phrase of the object of token ``head``: "menguasai sebagian basis
    gerilyawan Karen"."""
    child = next(_dependents(doc, head, OBJECTS, lo, hi), None)
    return child is not None and _phrase_has_actor(actors, child)


def _prep_actor(lowers, actors, lo: int, hi: int, preps=TARGET_PREPS) -> bool:
    """An actor after one of ``preps`` in [lo, hi), at most three words after it: "... bagi anggota
    baru Uni Eropa"."""
    for k in range(lo, hi):
        if actors[k] is not None and any(lowers[j] in preps for j in range(max(lo, k - 3), k)):
            return True
    return False


def _thing_subject(doc: Doc, actors, head: int, lo: int) -> bool:
    """Token ``head`` has a parsed subject in [lo, head) with no actor anywhere in its phrase ("usulan
    tersebut", "hal itu"; not "kedatangan Imam Besar Al-Azhar")."""
    child = next(_dependents(doc, head, SUBJECTS, lo, head), None)
    return child is not None and child.pos_ in ("NOUN", "PRON") and not _phrase_has_actor(actors, child)


def _thing_told_before(lex: EventLexicon, lowers, actors, lo: int, t_start: int) -> bool:
    """Right before the trigger, past adverbs, a thing named before and pointed back to: "Optimisme
    tersebut (turut) disambut ...", "Hal itu disambut ..." (``inanimate`` in arguments.tsv)."""
    k = t_start - 1
    while k > lo and lowers[k] in _VOICE_ADVERBS:
        k -= 1
    return (
        k > lo
        and lowers[k] in ANAPHORIC
        and actors[k - 1] is None
        and lex.arguments.get(lowers[k - 1]) == "inanimate"
    )


def _inanimate_subject(doc: Doc, lex: EventLexicon, actors, head: int, lo: int) -> bool:
    """Token ``head`` has a parsed subject in [lo, head) that is a thing (``inanimate`` in arguments.tsv,
    also capitalised at the sentence start) with no actor in its phrase: "angka inflasi itu"."""
    for child in _dependents(doc, head, ("nsubj",), lo, head):
        if lex.arguments.get(child.lower_) == "inanimate" and not _phrase_has_actor(actors, child):
            return True
    return False


def _unnamed_subject(doc: Doc, lex: EventLexicon, actors, head: int, lo: int) -> bool:
    """Token ``head`` has a parsed nominal subject in [lo, head), a name or noun, with no actor in its
    phrase ("Afif diduga dianiaya", "remaja itu tewas")."""
    nominal = (c for c in _dependents(doc, head, SUBJECTS, lo, head) if c.pos_ in ("NOUN", "PROPN"))
    child = next(nominal, None)
    if child is None:
        return False
    if child.lower_.endswith("nya") and lex.arguments.get(child.lower_[:-3]) == "group":
        return False  # "pihaknya": the speaker's side
    return not _phrase_has_actor(actors, child)


def _thing_before_yang(doc: Doc, actors, t_start: int, s_start: int) -> bool:
    """The trigger opens a relative clause ("... yang membahas") on a common noun that is no actor."""
    k = t_start - 2
    if k < s_start or doc[t_start - 1].lower_ != "yang":
        return False
    if k > s_start and _copular_head(doc[k - 1].lower_, doc[k].lower_):
        return False  # "X menjadi pihak yang berkomunikasi dengan ...": X talks (see _antecedent)
    return doc[k].pos_ == "NOUN" and doc[k].is_lower and _covering(actors, k) is None


# "X adalah pihak yang ...", "Anies merupakan calon tunggal yang didukung PKB": X
_GENERIC_HEADS = {"pihak", "orang", "sosok", "tokoh", "figur", "calon", "kandidat", "kader"}
_HEAD_MODIFIERS = {"tunggal", "kuat", "utama", "terkuat", "potensial", "baru", "lama", "senior", "muda"}


def _copular_head(before: str, word: str) -> bool:
    """ "menjadi pihak", "adalah orang": a generic noun after a copula, which says a relative clause
    on it is about the copula's subject."""
    return word in _GENERIC_HEADS and before in COPULAS


def _antecedent(actors, lowers, k: int, s_start: int) -> list[ActorSpan] | None:
    """The actor right before a relative "yang" ("Utusan AS Steve Witkoff, yang bertemu ...")."""
    k += 1  # k was the token before the clause; step back over "," and "yang" from the clause start
    while k > s_start and lowers[k - 1] in (",", "yang"):
        k -= 1
    if k > s_start and lowers[k - 1] == ")":
        # "Afif Maulana (12) yang tewas", "Afif Maulana (12 tahun) yang ...": the age in brackets after
        # the name; "keputusan Dewan Kehormatan Penyelenggara Pemilu (DKPP) yang memecat ...": the short
        # name after the full one
        opening = next((j for j in range(k - 3, max(s_start, k - 7) - 1, -1) if lowers[j] == "("), None)
        if opening is not None and ")" not in lowers[opening + 1 : k - 1]:
            k = opening
    if k - 2 > s_start and lowers[k - 1] in _HEAD_MODIFIERS and _copular_head(lowers[k - 3], lowers[k - 2]):
        k -= 1  # "merupakan calon tunggal yang": the head before its modifier
    if k - 2 > s_start and _copular_head(lowers[k - 2], lowers[k - 1]):
        # "Syaiful Huda mengaku menjadi pihak yang berkomunikasi ...": the one the copula says it of
        for stop in (k - 2, k - 3):
            for j in range(stop - 1, max(s_start, stop - 8) - 1, -1):
                a = actors[j]
                if a is not None and a.end == stop and not a.pronoun:
                    return [a]
    for j in range(k - 1, max(s_start, k - 12) - 1, -1):
        a = actors[j]
        if a is not None and a.end == k:
            if _place_chain(actors, lowers, a.start, s_start):
                # "Afif Maulana (12), siswa SMP di Padang, Sumatera Barat, yang ...": the person the place
                # phrase describes, when one is named just before it
                m = a.start - 1
                while m > s_start and lowers[m] not in ("di", "ke", "dari"):
                    m -= 1
                for x in range(m - 1, max(s_start, m - 15) - 1, -1):
                    p = actors[x]
                    if p is not None and p.entity is not None and p.entity.type == "PER" and not p.pronoun:
                        return [p]
            return [a]
    return None


def _stand_in(doc: Doc, who: ActorSpan, pronoun: ActorSpan) -> EventActor:
    """The actor ``who`` as the one a pronoun stands for: its entity, country and sector, the pronoun's words."""
    ea = who.event_actor(doc)
    return EventActor(entity=ea.entity, country=ea.country, sector=ea.sector, text=pronoun.text(doc))


def _resolve(doc, a: ActorSpan, actors, clause: Clause, t_start: int, exclude=()) -> EventActor | None:
    """An EventActor for a span; pronouns go to the reporting subject or the most salient person."""
    if a.relational:
        return _relational(doc, exclude)
    if not a.pronoun:
        return a.event_actor(doc)
    if doc[a.start].lower_ == "mereka":
        # "they": a group the article does not name here, not the speaker or a salient person; at the
        # start of a sentence, the body or group that opened the sentence before ("Massa dari BEM UI
        # melakukan demonstrasi. Mereka membawa delapan tuntutan"); after a body's report, that body ("KBRI
        # menjelaskan bahwa mereka telah memberikan bantuan")
        reporter = clause.speech_source[0] if clause.speech_source else None
        if (
            reporter is not None
            and not reporter.pronoun
            and (reporter.entity is None or reporter.entity.type == "ORG")
            and reporter.sector != "MED"
        ):
            group = reporter
        else:
            group = _previous_subject_group(doc, actors, a.start)
        if group is None:
            return None
        return _stand_in(doc, group, a)
    if clause.speech_source:
        first = clause.speech_source[0]
        if not first.pronoun:
            return _stand_in(doc, first, a)
    char = doc[a.start].idx
    if doc[a.start].lower_ == "pihaknya":
        # "the speaker's side": the one who speaks here or spoke just before, not merely the latest
        # person named ("Projo NTB akan membela Budi Arie. Bahkan pihaknya juga mendorong ...": not Budi)
        near = _actor_before_in_sentence(doc, actors, a.start)
        if near is not None:
            # "diungkap oleh Kapolres X, usai pihaknya mengamankan ...": the one named before it
            return _stand_in(doc, near, a)
        person = _quote_speaker(doc, char) or _recent_speaker(doc, char)
    else:
        person = _quote_speaker(doc, char) or most_salient_person(doc, char)
    if person is None:
        return None
    return EventActor(entity=person.id, country=person.country, sector=person.sector, text=a.text(doc))


_SENTENCE_OPENERS = {"kelima", "keenam", "ketujuh", "kedelapan", "kedua", "ketiga", "keempat", "pertama"}


def _previous_subject_group(doc: Doc, actors, k: int) -> ActorSpan | None:
    """For a "mereka" at token k that opens its sentence (after at most an ordinal and a comma, or
    "namun/lalu/kemudian"): the first actor of the previous sentence's subject group, when that is an
    organisation or a group with no name ("massa", "mahasiswa"), not a person or a place."""
    lowers = [t.lower_ for t in doc]
    spans = [doc.char_span(s, e, alignment_mode="expand") for s, e in doc._.sentences or []]
    idx = next((i for i, sp in enumerate(spans) if sp is not None and sp.start <= k < sp.end), None)
    if not idx or spans[idx - 1] is None:
        return None

    def opens_with_they(sp) -> int | None:
        j = next((j for j in range(sp.start, min(sp.end, sp.start + 4)) if lowers[j] == "mereka"), None)
        if j is None:
            return None
        lead = [w for w in lowers[sp.start : j] if w.isalpha()]
        if len(lead) > 1 or (
            lead and lead[0] not in _SENTENCE_OPENERS | {"namun", "lalu", "kemudian", "juga"}
        ):
            return None
        return j

    if opens_with_they(spans[idx]) != k:
        return None
    # a run of sentences that each open with "mereka" goes back to the one that named the group
    back = idx - 1
    while (
        back > 0 and spans[back] is not None and opens_with_they(spans[back]) is not None and idx - back < 4
    ):
        back -= 1
    prev = spans[back]
    if prev is None:
        return None
    group = _group_before_first(actors, lowers, prev.start, prev.end)
    if not group:
        return None
    first = group[0]
    if first.pronoun or (first.entity is not None and first.entity.type != "ORG") or first.sector == "MED":
        return None  # a person, a place, or the newsroom ("Pantauan Kompas.com, ...")
    if any(doc[j].pos_ in ("VERB", "AUX") for j in range(prev.start, first.start)):
        return None  # not the sentence's subject: "massa berkumpul di sekitar gedung DPR"
    return first


def _requester(doc: Doc, actors, clause: Clause, t_start: int) -> list[ActorSpan] | EventActor | None:
    """Who voices a demand at token ``t_start``: the subject of the reporting verb that introduces its
    clause, else the speaker of the quote it stands in: a named one, or a group with no name right
    after the quote's cue ("Donald Trump harus pergi!" kata para pengunjuk rasa)."""
    if clause.speech_source or clause.reported_by:
        return clause.speech_source or clause.reported_by
    char = doc[t_start].idx
    named = _speaker_actor(doc, char)
    if named is not None:
        return named
    q = _quote_at(doc, char, cued=True)
    cue = doc.char_span(q.cue.start, q.cue.end, alignment_mode="expand") if q is not None else None
    if cue is None:
        return None
    k = cue.end + (1 if cue.end < len(doc) and doc[cue.end].lower_ in ("para", "oleh") else 0)
    a = actors[k] if k < len(doc) else None
    if a is not None and a.start == k and a.entity is None and not a.pronoun:
        return [a]
    return None


def _speaker_actor(doc: Doc, char: int) -> EventActor | None:
    """The speaker of the quote that holds character ``char``, as an event's actor."""
    q = _quote_at(doc, char)
    ent = entity_by_id(doc, q.speaker) if q is not None else None
    if ent is None:
        return None
    text = q.speaker_mention.text if q.speaker_mention is not None else q.speaker_name
    return EventActor(entity=ent.id, country=ent.country, sector=ent.sector, text=text)


# tense and aspect words a quote may open with before its verb: "Telah menetapkan 1 orang sebagai tersangka,"
_QUOTE_ASPECT = frozenset(
    {"telah", "sudah", "akan", "sedang", "masih", "baru", "juga", "segera", "tadi", "kemudian", "lalu"}
)


def _opens_quote(doc: Doc, t_start: int, direct: bool = False) -> bool:
    """The token at ``t_start`` is the first word of a quote with a speaker (a direct one, when
    ``direct``), or follows only tense and aspect words ("Telah menetapkan ...", "Sudah kami ...")."""
    char = doc[t_start].idx
    q = _quote_at(doc, char)
    if q is None or (direct and not q.direct):
        return False
    words = re.findall(r"\w+", doc.text[q.content.start : char])
    return all(w.lower() in _QUOTE_ASPECT for w in words)


def _quote_at(doc: Doc, char: int, cued: bool = False):
    """The quote with a speaker (with a cue, when ``cued``) whose content holds character ``char``."""
    return next(
        (
            q
            for q in doc._.quotes or []
            if (q.cue if cued else q.speaker) and q.content.start <= char < q.content.end
        ),
        None,
    )


_RESPECT = {"menghormati", "menghargai", "mengamini"}  # SUPPORT only of someone named
# a plea with no subject, in a quote: "..., mohon supaya saya tidak ditahan," kata Gazalba
_PLEAS = {"mohon", "minta"}
_PLEA_WINDOW = 6  # words from a plea to the "jangan" of what it begs not be done
_NEED_FILLERS = {"segera", "terus", "juga", "pula", "lebih", "benar-benar", "untuk", "kembali", "tetap"}


def _needed_act(lowers, t_start: int, clause: Clause) -> bool:
    """ "X perlu bertindak", "pemerintah perlu menunda ...": "perlu" asks for an act when an active verb
    follows it and no negation comes before it ("tidak perlu khawatir" asks nothing)."""
    if t_start > clause.start and lowers[t_start - 1] in ("tidak", "tak", "tanpa", "bila", "jika", "kalau"):
        return False
    k = t_start + 1
    while k < clause.end and lowers[k] in _NEED_FILLERS:
        k += 1
    return k < clause.end and _ACTIVE_VERB.match(lowers[k]) is not None and lowers[k] not in PREP_LIKE


def _received_only(lex: EventLexicon, lowers, t_start: int, clause: Clause) -> bool:
    """ "X harus mendapatkan/menerima/memperoleh ...": the modal obliges no one to act, only names who
    should receive."""
    k = t_start + 1
    while k < clause.end and lowers[k] in _NEED_FILLERS:
        k += 1
    return k < clause.end and lowers[k].startswith("me") and lex.has(lowers[k], "receiving")


def _objective_voice(doc: Doc, lowers, role: str, source, clause: Clause, t_start: int) -> EventActor | None:
    """ "X sudah kita minta": a bare verb right after "kita/kami/saya" with an actor before them is the
    objective voice; the quote's speaker does it and X is the one it is done to."""
    if (
        role not in ("verb", "control", "appeal")
        or t_start - 1 <= clause.start
        or lowers[t_start - 1] not in FIRST_PERSON
        or VERB_PREFIX.match(lowers[t_start])
        or not source
        or any(a.pronoun for a in source)
        or source[-1].end >= t_start - 1
    ):
        return None
    return _speaker_actor(doc, doc[t_start].idx)


def _quote_speaker(doc: Doc, char: int):
    q = _quote_at(doc, char)
    return entity_by_id(doc, q.speaker) if q is not None else None


def _actor_before_in_sentence(doc: Doc, actors, k: int) -> ActorSpan | None:
    """The first person or body named in the sentence of token k, before it (no place, no pronoun):
    most often the sentence's subject ("Golkar menolak usulan PDIP karena pihaknya ...": Golkar)."""
    start = next((s for s, e in doc._.sentences or [] if s <= doc[k].idx < e), 0)
    first = k
    while first > 0 and doc[first - 1].idx >= start:
        first -= 1
    for j in range(first, k):
        a = actors[j]
        if a is not None and a.entity is not None and a.entity.type in ("PER", "ORG"):
            return a
    return None


def _recent_speaker(doc: Doc, char: int, window: int = 2):
    """The speaker of the latest quote that ends before character ``char``, within ``window`` sentences."""
    floor = window_start(doc, char, window)
    quotes = [
        q for q in doc._.quotes or [] if q.speaker and floor <= q.content.start and q.content.end <= char
    ]
    return entity_by_id(doc, max(quotes, key=lambda q: q.content.end).speaker) if quotes else None


def _relational(doc: Doc, exclude) -> EventActor | None:
    """ "tetangganya": the most mentioned country in the article other than the actor's own."""
    own = {e.country for e in exclude if e is not None}
    best = None
    for ent in doc._.entities or []:
        if ent.type != "GPE" or not ent.country or ent.country in own:
            continue
        if best is None or len(ent.mentions) > len(best.mentions):
            best = ent
    if best is None:
        return None
    return EventActor(entity=best.id, country=best.country, sector=best.sector, text=None)


# ---------------------------------------------------------------- date and aux
def _attach_date(doc: Doc, times: list[TimeExpr], s_start: int, s_end: int, t_start: int) -> TimeExpr | None:
    """The time expression of the trigger's clause: syntactically attached first, else the nearest."""
    lo, hi = doc[s_start].idx, doc[s_end - 1].idx + len(doc[s_end - 1].text)
    cands = [t for t in times if lo <= t.start < hi]
    if not cands:
        return None
    trig_char = doc[t_start].idx
    if doc.has_annotation("DEP"):
        trigger = doc[t_start]
        for t in cands:
            sp = doc.char_span(t.start, t.end, alignment_mode="expand")
            if sp is not None and any(trigger in tok.ancestors for tok in sp):
                return t
    return min(cands, key=lambda t: abs(t.start - trig_char))


_APPROVALS = {"persetujuan"}
_LIGHT_VERBS = {"melakukan", "membuka"}

_AFTER_OPENERS = {"setelah", "usai", "seusai", "sesudah", "begitu", "sesaat", "sehabis"}


def _done_at_once(lex: EventLexicon, lowers, s_start: int, c_start: int, t_start: int) -> bool:
    """The only future word before the trigger is "segera" and the sentence opens with what came before
    it ("Setelah menerima informasi ..., KBRI segera berkoordinasi"): it was done at once, not planned
    ("Setelah itu, KBRI akan segera ..." still plans)."""
    k = s_start
    while k < t_start and lowers[k] in ('"', "“", "‘", "'"):
        k += 1
    futures = {w for w in lowers[c_start:t_start] if lex.modifiers.get(w) == "future"}
    return k < c_start and lowers[k] in _AFTER_OPENERS and futures == {"segera"}


_PREDICATE_JOINS = {"dan", "serta", "tetapi", "tapi", "namun", "melainkan", "sedangkan"}
_VERB_MODS = {"negation", "future", "hypothetical"}
_NOUN_PREPS = {"dalam", "di", "pada", "atas", "terhadap", "soal", "terkait", "mengenai", "tentang", "selama"}


# a denial: what is denied after it did not happen, by the one who denies it
_DENIALS = {"membantah", "menampik", "menyangkal", "dibantah", "ditampik", "disangkal"}


def _aux(lowers, pre_mods, typ: str, doc: Doc, s_start: int, s_end: int, date: TimeExpr | None) -> str | None:
    found = {m for m in pre_mods if m in AUX_ORDER}
    if typ in ("AGREE", "THREATEN"):
        found.discard("future")  # intent is already in the category
    sentence_mods = {lowers[k] for k in range(s_start, s_end)}
    if any(w in sentence_mods for w, eff in get_lexicon().modifiers.items() if eff == "historical"):
        found.add("historical")
    published = doc._.published
    if (
        date is not None
        and published is not None
        and _year(date.value)
        and _year(date.value) < published.year
    ):
        found.add("historical")
    for aux in AUX_ORDER:
        if aux in found:
            return aux
    return None


def _year(value: str) -> int | None:
    head = value[:4]
    return int(head) if head.isdigit() else None
