"""Article text with every record's span highlighted, HTML-escaped, as flat segments.

Spans overlap (a quote holds entity mentions and time expressions), so the text is cut at every span
boundary and each piece carries the classes and labels of all spans covering it. No nesting is
needed, and every character of the article passes through ``markupsafe.escape``.
"""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup, escape

from warta.normalize import normalize


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
            label = f"{e['type']} {e['name']}" + (
                f" ({e['country']}/{e['sector']})" if e.get("country") else ""
            )
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
    # boilerplate the analysis left out ("Baca juga: ...", "ADVERTISEMENT"), shown so a reader sees why
    # nothing was found there; normalisation is deterministic, so it is recomputed here, not stored
    for start, end in normalize(article["text"]).removed:
        marks.append(Mark(start, end, "boiler", "left out of the analysis: boilerplate"))
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


QUAD_CLASS = {
    **dict.fromkeys(["AGREE", "CONSULT", "SUPPORT", "CONCEDE"], "verbal-coop"),
    **dict.fromkeys(["COOPERATE", "AID", "RETREAT"], "material-coop"),
    **dict.fromkeys(["REQUEST", "ACCUSE", "REJECT", "THREATEN"], "verbal-conflict"),
    **dict.fromkeys(["PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"], "material-conflict"),
}
QUAD_COLOURS = {
    "verbal-coop": "#2f9e44",
    "material-coop": "#1971c2",
    "verbal-conflict": "#f08c00",
    "material-conflict": "#c92a2a",
}


def actor_names(actors: list, entities: list) -> str:
    """An event's source or target for a side list: the article's name for each actor (else its text)
    with its country, "Donald Trump (USA), Vladimir Putin (RUS)"; "?" when there is none."""

    def get(x, key: str):  # a stored Article is JSON (dicts); an analysed one is the model
        return x.get(key) if isinstance(x, dict) else getattr(x, key, None)

    names = {get(e, "id"): get(e, "name") for e in entities}
    out = []
    for a in actors:
        entity, country = get(a, "entity"), get(a, "country")
        label = (names.get(entity) if entity else None) or get(a, "text") or country or "?"
        out.append(f"{label} ({country})" if country and country not in label else label)
    return ", ".join(out) or "?"


def _weeks_between(first: str, last: str) -> list[str]:
    import datetime as dt

    def monday(week: str) -> dt.date:
        y, w = week.split("-W")
        return dt.date.fromisocalendar(int(y), int(w), 1)

    out, day = [], monday(first)
    end = monday(last)
    while day <= end and len(out) < 520:
        y, w, _ = day.isocalendar()
        out.append(f"{y}-W{w:02d}")
        day += dt.timedelta(days=7)
    return out


def timeline_svg(timeline: list[dict], width: int = 640, height: int = 160) -> Markup:
    """Quotes and events per ISO week as grouped bars (server-side SVG, no library)."""
    if not timeline:
        return Markup('<p class="muted">No dated quotes or events.</p>')
    counts = {row["week"]: row for row in timeline}
    weeks = _weeks_between(timeline[0]["week"], timeline[-1]["week"])
    top = max(max(r["quotes"], r["events"]) for r in timeline) or 1
    pad_l, pad_b = 28, 34
    plot_w, plot_h = width - pad_l - 8, height - pad_b - 8
    slot = plot_w / len(weeks)
    bar = min(36.0, max(1.0, slot * 0.4))
    parts = [
        f'<svg class="timeline" role="img" aria-label="quotes and events per week" viewBox="0 0 {width} {height}" width="100%">',
        f'<line x1="{pad_l}" y1="{8 + plot_h}" x2="{width - 8}" y2="{8 + plot_h}" class="axis"/>',
        f'<text x="2" y="16" class="tick">{top}</text><text x="2" y="{8 + plot_h}" class="tick">0</text>',
    ]
    for i, week in enumerate(weeks):
        row = counts.get(week, {"quotes": 0, "events": 0})
        x = pad_l + i * slot + slot * 0.1
        for j, (kind, n) in enumerate((("quotes", row["quotes"]), ("events", row["events"]))):
            if not n:
                continue
            h = plot_h * n / top
            parts.append(
                f'<rect class="bar {kind}" x="{x + j * bar:.1f}" y="{8 + plot_h - h:.1f}" width="{bar:.1f}" height="{h:.1f}">'
                f"<title>{escape(week)}: {n} {kind}</title></rect>"
            )
        last = i == len(weeks) - 1
        if i == 0 or last or (len(weeks) > 2 and i == len(weeks) // 2):
            # the first label starts at its bar, the last one ends at the plot's edge, the middle one is centred
            anchor = "start" if i == 0 else ("end" if last else "middle")
            tx = width - 8 if last and i else x
            parts.append(
                f'<text x="{tx:.1f}" y="{height - 18}" class="tick" text-anchor="{anchor}">{escape(week)}</text>'
            )
    parts.append(
        f'<text x="{pad_l}" y="{height - 3}" class="legend-q">■ quotes</text>'
        f'<text x="{pad_l + 80}" y="{height - 3}" class="legend-e">■ events</text></svg>'
    )
    return Markup("".join(parts))


def network_svg(net: dict, size: int = 720, max_nodes: int = 40) -> Markup:
    """Actors on a circle, events as lines coloured by PLOVER quad class (server-side SVG)."""
    import math

    nodes = net["nodes"][:max_nodes]
    if not nodes:
        return Markup('<p class="muted">No events between actors match these filters.</p>')
    keep = {n["id"] for n in nodes}
    margin = 190  # room for the labels, which point outwards from the circle
    full = size + 2 * margin
    c, r = full / 2, size / 2 - 20
    pos = {}
    for i, n in enumerate(nodes):
        a = 2 * math.pi * i / len(nodes) - math.pi / 2
        pos[n["id"]] = (c + r * math.cos(a), c + r * math.sin(a), a)
    parts = [
        f'<svg id="network" role="img" aria-label="event network" viewBox="0 0 {full} {full}" width="100%">'
    ]
    for e in net["edges"]:
        if e["source"] not in keep or e["target"] not in keep:
            continue
        (x1, y1, _), (x2, y2, _) = pos[e["source"]], pos[e["target"]]
        colour = QUAD_COLOURS[QUAD_CLASS.get(e["type"], "verbal-coop")]
        parts.append(
            f'<line class="edge" x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="{colour}" '
            f'stroke-width="{min(6, 1 + e["count"]):.0f}" data-type="{escape(e["type"])}">'
            f"<title>{escape(e['type'])} ×{e['count']}</title></line>"
        )
    for n in nodes:
        x, y, a = pos[n["id"]]
        # each label runs outwards along its radius, so that neighbours on the circle never overlap
        right = math.cos(a) >= -1e-9
        anchor = "start" if right else "end"
        turn = math.degrees(a) if right else math.degrees(a) + 180
        off = 8 + 4 + min(10, n["degree"])
        lx, ly = x + off * math.cos(a), y + off * math.sin(a)
        href = f"/actors/{n['id']}" if not str(n["id"]).startswith("country:") else None
        name = n["name"] or "?"
        short = name if len(name) <= 26 else name[:25].rstrip() + "…"
        label = (
            f'<text x="{lx:.1f}" y="{ly:.1f}" text-anchor="{anchor}" dominant-baseline="middle" class="label"'
            f' transform="rotate({turn:.1f} {lx:.1f} {ly:.1f})">{escape(short)}</text>'
        )
        circle = f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{4 + min(10, n["degree"]):.0f}"><title>{escape(n["name"] or "?")}: {n["degree"]} events</title></circle>'
        body = circle + label
        if href:
            body = f'<a href="{escape(href)}">{body}</a>'
        parts.append(f'<g class="node">{body}</g>')
    parts.append("</svg>")
    return Markup("".join(parts))
