"""Article text with every record's span highlighted, HTML-escaped, as flat segments.

Spans overlap (a quote holds entity mentions and time expressions), so the text is cut at every span
boundary and each piece carries the classes and labels of all spans covering it. No nesting is
needed, and every character of the article passes through ``markupsafe.escape``.
"""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup, escape


@dataclass
class Mark:
    start: int
    end: int
    kind: str  # ent-PER, quote, cue, speaker, time, event
    label: str
    anchor: str | None = None  # element id for the first piece (click-to-scroll targets)


def marks_of(article: dict) -> list[Mark]:
    marks: list[Mark] = []
    names = {e["id"]: e["name"] for e in article["entities"]}
    for e in article["entities"]:
        for m in e["mentions"]:
            label = f"{e['type']} {e['name']}" + (f" ({e['country']}/{e['sector']})" if e.get("country") else "")
            marks.append(Mark(m["start"], m["end"], f"ent ent-{e['type']}", label, None))
    for q in article["quotes"]:
        who = q.get("speaker_name") or "unnamed source"
        c = q["content"]
        marks.append(Mark(c["start"], c["end"], "quote", f"{q['id']}: {who}", f"span-{q['id']}"))
        if q.get("cue"):
            marks.append(Mark(q["cue"]["start"], q["cue"]["end"], "cue", f"cue of {q['id']}"))
    for i, t in enumerate(article["times"]):
        marks.append(Mark(t["start"], t["end"], "time", f"{t['type']} {t['value']}", f"span-T{i + 1}"))
    for v in article["events"]:
        tr = v["trigger"]
        src = ", ".join(names.get(a.get("entity"), a.get("country") or "?") for a in v["source"])
        tgt = ", ".join(names.get(a.get("entity"), a.get("country") or "?") for a in v["target"])
        label = f"{v['id']} {v['type']}{'/' + v['mode'] if v.get('mode') else ''}: {src} -> {tgt}"
        marks.append(Mark(tr["start"], tr["end"], "event", label, f"span-{v['id']}"))
    return [m for m in marks if 0 <= m.start < m.end <= len(article["text"])]


def highlight(article: dict) -> Markup:
    text = article["text"]
    marks = marks_of(article)
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    starts: dict[int, list[Mark]] = {}
    for m in marks:
        starts.setdefault(m.start, []).append(m)
    active: list[Mark] = []
    out: list[str] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        active = [m for m in active if m.end > a] + starts.get(a, [])
        piece = escape(text[a:b])
        if not active:
            out.append(str(piece))
            continue
        kinds = " ".join(sorted({m.kind for m in active}))
        title = " | ".join(m.label for m in active)
        anchors = [m.anchor for m in starts.get(a, []) if m.anchor]
        ids = "".join(f'<a class="anchor" id="{escape(x)}"></a>' for x in anchors)
        out.append(f'{ids}<span class="hl {kinds}" title="{escape(title)}">{piece}</span>')
    return Markup("".join(out))
