"""`warta eval e2e`: the whole pipeline against hand-annotated articles (../shared/ANNOTATION.md).

A gold folder holds ``<id>.txt`` + ``<id>.gold.json``. Quotes: a prediction matches a gold quote when its
content covers at least half of the gold content's characters (the gold content is located in the text
as an exact substring, the occurrence nearest the annotation order); each prediction matches one gold
quote at most. The speaker is right when the canonical names share a name word or are names of one
dictionary actor ("KPU", "Komisi Pemilihan Umum"); gold "UNNAMED" matches a null speaker. Times: span overlap, then the normalised value. ``--out`` writes predictions in the gold
format, one ``<id>.gold.json`` per article.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any

import typer

from warta.actors.ids import actor_key

_NAME_WORD = re.compile(r"[\w'’]+")
_NOT_NAME = {"bin", "binti", "al", "dan", "de", "van", "the", "h", "hj", "dr", "ir", "prof"}


def locate(text: str, needles: Sequence[str]) -> list[tuple[int, int] | None]:
    """Character spans of gold strings, in order: the occurrence nearest after the previous one."""
    out: list[tuple[int, int] | None] = []
    pos = 0
    for needle in needles:
        if not needle:
            out.append(None)
            continue
        hits = [m.start() for m in re.finditer(re.escape(needle), text)]
        if not hits:
            out.append(None)
            continue
        after = [h for h in hits if h >= pos]
        start = after[0] if after else min(hits, key=lambda h: abs(h - pos))
        out.append((start, start + len(needle)))
        pos = start + 1
    return out


def name_words(name: str | None) -> set[str]:
    if not name or name == "UNNAMED":
        return set()
    return {w.lower() for w in _NAME_WORD.findall(name) if len(w) > 1 and w.lower() not in _NOT_NAME}


def speaker_right(gold: str | None, pred: str | None) -> bool:
    if gold in (None, "", "UNNAMED"):
        return pred in (None, "")
    if pred and actor_key(gold) == actor_key(pred) and not actor_key(gold).startswith("ENT:"):
        return True  # one dictionary actor under two of its names: "KPU", "Komisi Pemilihan Umum"
    return bool(name_words(gold) & name_words(pred))


def match_quotes(
    gold_spans: Sequence[tuple[int, int] | None], pred_spans: Sequence[tuple[int, int]]
) -> dict[int, int]:
    """gold index -> prediction index; greedy by overlap, each side used once."""
    pairs = []
    for gi, g in enumerate(gold_spans):
        if g is None:
            continue
        need = (g[1] - g[0]) / 2
        for pi, p in enumerate(pred_spans):
            ov = min(g[1], p[1]) - max(g[0], p[0])
            if ov > 0 and ov >= need:
                pairs.append((ov / max(1, g[1] - g[0]), -abs(p[0] - g[0]), gi, pi))
    pairs.sort(reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    out: dict[int, int] = {}
    for _, _, gi, pi in pairs:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out[gi] = pi
    return out


def score_times_simple(text: str, gold: list[dict], pred: list[dict]) -> dict[str, int]:
    """Counts for time expressions: overlap match, then equal value (used when timex.py lacks one)."""
    spans = gold_spans(text, gold, "text", "start")
    pred_spans = [(p["start"], p["end"]) for p in pred]
    pairs = match_overlap(spans, pred_spans)
    value = sum(1 for gi, pi in pairs.items() if str(gold[gi]["value"]) == str(pred[pi]["value"]))
    return {"gold": len(gold), "pred": len(pred), "match": len(pairs), "value": value}


def match_overlap(
    gold_spans: Sequence[tuple[int, int] | None], pred_spans: Sequence[tuple[int, int]]
) -> dict[int, int]:
    out: dict[int, int] = {}
    used: set[int] = set()
    for gi, g in enumerate(gold_spans):
        if g is None:
            continue
        for pi, p in enumerate(pred_spans):
            if pi not in used and min(g[1], p[1]) > max(g[0], p[0]):
                out[gi] = pi
                used.add(pi)
                break
    return out


@lru_cache(maxsize=1)
def _country_codes() -> frozenset[str]:
    from warta.resources import read_tsv

    return frozenset(row[0] for row in read_tsv("actors/countries.tsv")) | {"IGO", "UNO", "EUR"}


def actors_right(gold: Sequence[str], pred: Sequence[dict], names: dict[str, str]) -> bool:
    """An event's source (or target) is right when a gold actor is a predicted one: a gold country
    code ("USA") against the actors' countries, a gold name against their canonical names (the speaker
    rule); an empty gold side needs an empty prediction."""
    if not gold:
        return not pred
    codes = _country_codes()
    for g in gold:
        for p in pred:
            if g in codes:
                if p.get("country") == g:
                    return True
            elif speaker_right(g, names.get(p.get("entity") or "") or p.get("text")):
                return True
    return False


def gold_spans(text: str, items: Sequence[dict], key: str, start_key: str) -> list[tuple[int, int] | None]:
    """Spans of gold strings (``item[key]``): at ``item[start_key]`` where our offset-stored gold gives
    the start and the text there agrees, else located in order (the ANNOTATION.md format has no offsets,
    and a string that occurs twice, or inside another, can only be placed by order)."""
    located = locate(text, [g.get(key) or "" for g in items])
    spans: list[tuple[int, int] | None] = []
    for g, loc in zip(items, located, strict=True):
        start, needle = g.get(start_key), g.get(key) or ""
        if needle and isinstance(start, int) and text[start : start + len(needle)] == needle:
            spans.append((start, start + len(needle)))
        else:
            spans.append(loc)
    return spans


def _gold_trigger_spans(text: str, gold: list[dict]) -> list[tuple[int, int] | None]:
    return gold_spans(text, gold, "trigger", "trigger_start")


def _one_to_one(
    gspans: Sequence[tuple[int, int] | None],
    pspans: Sequence[tuple[int, int]],
    pred: list[dict],
    gold: list[dict],
    same_type: bool,
) -> dict[int, int]:
    """gold index -> prediction index over overlapping triggers (of the gold type when ``same_type``)."""
    cands = []
    for gi, g in enumerate(gspans):
        for pi, p in enumerate(pspans):
            ov = 0 if g is None else min(g[1], p[1]) - max(g[0], p[0])
            if ov > 0 and (not same_type or pred[pi]["type"] == gold[gi]["event"]):
                cands.append((ov, -abs(p[0] - g[0]), gi, pi))
    cands.sort(reverse=True)
    out: dict[int, int] = {}
    used_p: set[int] = set()
    for _, _, gi, pi in cands:
        if gi not in out and pi not in used_p:
            out[gi] = pi
            used_p.add(pi)
    return out


def score_events(
    text: str, gold: list[dict], article: dict, unscored_aux: Sequence[str] = ()
) -> dict[str, Any]:
    """Counts for events: a prediction whose trigger overlaps a gold trigger matches it on the
    trigger; with the gold type too it is a hit (each side used once, most overlap first). Source and
    target are scored over hits (``actors_right``). A gold set that leaves negated or hypothetical
    acts out says so (``unscored_aux``): predictions flagged with such an aux are set aside, neither
    hits nor spurious, and counted as ``set_aside``."""
    names = {e["id"]: e["name"] for e in article["entities"]}
    pred = [e for e in article["events"] if e.get("aux") not in unscored_aux]
    set_aside = len(article["events"]) - len(pred)
    gspans = _gold_trigger_spans(text, gold)
    pspans = [(e["trigger"]["start"], e["trigger"]["end"]) for e in pred]

    hits = _one_to_one(gspans, pspans, pred, gold, same_type=True)
    on_trigger = _one_to_one(gspans, pspans, pred, gold, same_type=False)
    matched_p = set(hits.values())
    return {
        "gold": len(gold),
        "pred": len(pred),
        "set_aside": set_aside,
        "trigger": len(on_trigger),
        "match": len(hits),
        "source": sum(
            actors_right(gold[g].get("source") or [], pred[p]["source"], names) for g, p in hits.items()
        ),
        "target": sum(
            actors_right(gold[g].get("target") or [], pred[p]["target"], names) for g, p in hits.items()
        ),
        "missed": [{"gold": gold[g], "span": gspans[g]} for g in range(len(gold)) if g not in hits],
        "spurious": [pred[p] for p in range(len(pred)) if p not in matched_p],
    }


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score_article(text: str, gold: dict, article: dict) -> dict[str, Any]:
    """Counts for one article (quotes, speakers, times) plus per-quote details for error analysis.
    Gold ``quotes`` null means the quotes were not annotated: none is counted, gold or predicted."""
    annotated = gold.get("quotes", []) is not None
    gq = gold.get("quotes") or []
    pq = article["quotes"] if annotated else []
    gspans = gold_spans(text, gq, "content", "content_start")
    pspans = [(q["content"]["start"], q["content"]["end"]) for q in pq]
    pairs = match_quotes(gspans, pspans)
    spk = sum(1 for gi, pi in pairs.items() if speaker_right(gq[gi]["speaker"], pq[pi]["speaker_name"]))
    counts: dict[str, Any] = {
        "gold": len(gq), "pred": len(pq), "match": len(pairs), "speaker": spk,
        "unlocated": sum(1 for s in gspans if s is None), "quotes_annotated": annotated,
    }  # fmt: skip
    counts["missed"] = [gq[i] for i in range(len(gq)) if i not in pairs]
    matched_p = set(pairs.values())
    counts["spurious"] = [pq[i] for i in range(len(pq)) if i not in matched_p]
    counts["wrong_speaker"] = [
        (gq[gi]["speaker"], pq[pi]["speaker_name"], gq[gi]["content"][:60])
        for gi, pi in pairs.items()
        if not speaker_right(gq[gi]["speaker"], pq[pi]["speaker_name"])
    ]
    if gold.get("events") is not None:  # annotated (an empty list too); absent or null: not annotated
        counts["events"] = score_events(text, gold["events"], article, gold.get("unscored_aux") or ())
    gt = gold.get("times", [])
    try:
        from warta.evaluate.timex import score_times  # the time engineer's matcher, when present

        counts["times"] = score_times(text, gt, article["times"])
    except (ImportError, TypeError, KeyError):
        counts["times"] = score_times_simple(text, gt, article["times"])
    return counts


def to_gold_format(article: dict, gold_id: str, date: str | None) -> dict:
    """An Article in the gold annotation format (for --out)."""
    ents = {e["id"]: e for e in article["entities"]}
    quotes = []
    for q in article["quotes"]:
        name = q["speaker_name"] or (ents[q["speaker"]]["name"] if q["speaker"] in ents else None)
        quotes.append(
            {
                "speaker": name or "UNNAMED",
                "speaker_mention": q["speaker_mention"]["text"] if q["speaker_mention"] else "",
                "cue": q["cue"]["text"] if q["cue"] else "",
                "content": q["content"]["text"],
                "direct": q["direct"],
            }
        )
    times = [{"text": t["text"], "value": t["value"]} for t in article["times"]]

    def actors(items: list[dict]) -> list[dict]:
        return [
            {"name": ents[a["entity"]]["name"] if a.get("entity") in ents else a.get("text") or "",
             "country": a.get("country")}
            for a in items
        ]  # fmt: skip

    events = [
        {"event": e["type"], "mode": e["mode"], "aux": e["aux"], "date": e["date"],
         "trigger": e["trigger"]["text"], "trigger_start": e["trigger"]["start"],
         "source": actors(e["source"]), "target": actors(e["target"])}
        for e in article["events"]
    ]  # fmt: skip
    return {"gold_id": gold_id, "date": date, "quotes": quotes, "times": times, "events": events}


def from_gold_format(pred: dict) -> dict:
    """The events of a ``--out`` file as an Article's events and entities, to rescore with
    ``score_events``."""
    entities: list[dict] = []
    events = []

    def actors(items: list[dict]) -> list[dict]:
        out = []
        for a in items:
            entities.append({"id": f"E{len(entities) + 1}", "name": a["name"]})
            out.append({"entity": entities[-1]["id"], "country": a.get("country"), "text": a["name"]})
        return out

    for e in pred.get("events") or []:
        start = e["trigger_start"]
        events.append(
            {"type": e["event"], "mode": e.get("mode"), "aux": e.get("aux"), "date": e.get("date"),
             "trigger": {"start": start, "end": start + len(e["trigger"]), "text": e["trigger"]},
             "source": actors(e["source"]), "target": actors(e["target"])}
        )  # fmt: skip
    return {"events": events, "entities": entities, "quotes": [], "times": []}


def gold_pairs(gold: Path) -> list[tuple[str, Path, Path]]:
    out = []
    for g in sorted(gold.glob("*.gold.json")):
        gid = g.name[: -len(".gold.json")]
        txt = g.with_name(gid + ".txt")
        if txt.exists():
            out.append((gid, txt, g))
    return out


def run(
    gold: Annotated[Path, typer.Option(help="folder of <id>.txt + <id>.gold.json")],
    out: Annotated[Path | None, typer.Option(help="write predictions here as <id>.gold.json")] = None,
    verbose: Annotated[bool, typer.Option(help="list missed, spurious and wrong-speaker quotes")] = False,
) -> dict[str, float]:
    """Score quotes (P/R/F1, speaker accuracy, quote+speaker F1) and dates on hand-annotated articles."""
    from rich.console import Console
    from rich.progress import track

    import warta

    console = Console()
    items = gold_pairs(gold)
    if not items:
        raise typer.BadParameter(f"no <id>.txt + <id>.gold.json pairs in {gold}")
    tot = {"gold": 0, "pred": 0, "match": 0, "speaker": 0, "unlocated": 0}
    tim = {"gold": 0, "pred": 0, "match": 0, "value": 0}
    evs = dict.fromkeys(("articles", "gold", "pred", "set_aside", "trigger", "match", "source", "target"), 0)
    quote_articles = 0
    for gid, txt, gpath in track(items, description="analysing articles", console=console):
        text = txt.read_text(encoding="utf-8")
        g = json.loads(gpath.read_text(encoding="utf-8"))
        # force: a gold article is Indonesian by construction, whatever the language detector thinks
        article = warta.analyze(text, published=g.get("date"), force=True).to_dict()
        c = score_article(text, g, article)
        quote_articles += c["quotes_annotated"]
        for k in tot:
            tot[k] += c[k]
        for k in tim:
            tim[k] += int(c["times"].get(k, 0))
        if "events" in c:
            evs["articles"] += 1
            for k in evs:
                evs[k] += c["events"].get(k, 0) if k != "articles" else 0
        if verbose:
            for q in c["missed"]:
                console.print(f"[red]{gid} missed[/red] {q['speaker']!r} {q['cue']!r}: {q['content'][:70]}")
            for q in c["spurious"]:
                console.print(
                    f"[yellow]{gid} spurious[/yellow] {q['speaker_name']!r} {(q['cue'] or {}).get('text')!r}: {q['content']['text'][:70]}"
                )
            for gs, ps, content in c["wrong_speaker"]:
                console.print(f"[magenta]{gid} speaker[/magenta] gold {gs!r} pred {ps!r}: {content}")
            for m in c.get("events", {}).get("missed", []):
                g = m["gold"]
                console.print(
                    f"[red]{gid} missed event[/red] {g['event']} {g.get('trigger')!r} at {m['span']}: "
                    f"{g.get('source')} -> {g.get('target')}"
                )
            for e in c.get("events", {}).get("spurious", []):
                console.print(
                    f"[yellow]{gid} spurious event[/yellow] {e['type']} {e['trigger']['text']!r} at "
                    f"{e['trigger']['start']}"
                )
        if out is not None:
            out.mkdir(parents=True, exist_ok=True)
            pred = to_gold_format(article, g.get("gold_id", gid), g.get("date"))
            (out / f"{gid}.gold.json").write_text(
                json.dumps(pred, ensure_ascii=False, indent=1), encoding="utf-8"
            )
    p, r, f = prf(tot["match"], tot["pred"], tot["gold"])
    acc = tot["speaker"] / tot["match"] if tot["match"] else 0.0
    _, _, fs = prf(tot["speaker"], tot["pred"], tot["gold"])
    tp, tr, tf = prf(tim["match"], tim["pred"], tim["gold"])
    _, _, vf = prf(tim["value"], tim["pred"], tim["gold"])
    if quote_articles:
        console.print(
            f"articles {len(items)}  quotes gold {tot['gold']} pred {tot['pred']} matched {tot['match']}"
            + (f"  (gold content not found in text: {tot['unlocated']})" if tot["unlocated"] else "")
            + (f"  (quotes annotated in {quote_articles})" if quote_articles < len(items) else "")
        )
        console.print(f"quote      P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
        console.print(f"speaker    accuracy on matched {acc:.3f}   quote+speaker F1 {fs:.3f}")
    else:
        console.print(f"articles {len(items)}  quotes not annotated in {gold}")
    if tim["gold"]:
        console.print(
            f"dates      P {tp:.3f}  R {tr:.3f}  F1 {tf:.3f}   value F1 {vf:.3f}  (gold {tim['gold']}, pred {tim['pred']})"
        )
    else:
        console.print(f"dates      no time gold in {gold} (pred {tim['pred']})")
    result = {"time_f1": tf, "time_value_f1": vf}
    if quote_articles:
        result.update(quote_p=p, quote_r=r, quote_f1=f, speaker_acc=acc, quote_speaker_f1=fs)
    if evs["articles"]:
        ep, er, ef = prf(evs["match"], evs["pred"], evs["gold"])
        _, _, trf = prf(evs["trigger"], evs["pred"], evs["gold"])
        src = evs["source"] / evs["match"] if evs["match"] else 0.0
        tgt = evs["target"] / evs["match"] if evs["match"] else 0.0
        console.print(
            f"events     P {ep:.3f}  R {er:.3f}  F1 {ef:.3f}   trigger F1 {trf:.3f}   source acc {src:.3f}  "
            f"target acc {tgt:.3f}  (gold {evs['gold']}, pred {evs['pred']}, {evs['articles']} articles"
            + (f"; {evs['set_aside']} negated or hypothetical predictions set aside, as the gold leaves them out"
               if evs["set_aside"] else "")
            + ")"
        )  # fmt: skip
        result.update(event_p=ep, event_r=er, event_f1=ef, event_trigger_f1=trf, event_source_acc=src,
                      event_target_acc=tgt)  # fmt: skip
    else:
        console.print(f"events     no event gold in {gold}")
    return result


def materialize(spec: Path, shared: Path, out: Path) -> list[str]:
    """Write <id>.txt + <id>.gold.json for offset-stored gold (``bench/gold/quotes/dev.json``).

    Our own gold keeps no article text: each article is an id plus character offsets into a
    ../shared/data/news JSONL file. This rebuilds the ANNOTATION.md format from the shared copy and
    checks the text is the one annotated (sha256); it returns the ids written.
    """
    import hashlib

    data = json.loads(spec.read_text(encoding="utf-8"))
    texts: dict[tuple[str, str], str] = {}
    for art in data["articles"]:
        key = (art["file"], art["id"])
        if key in texts:
            continue
        with open(shared / art["file"], encoding="utf-8") as fh:
            for line in fh:
                row = json.loads(line)
                texts[(art["file"], row["id"])] = row["text"]
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for art in data["articles"]:
        text = texts[(art["file"], art["id"])]
        if hashlib.sha256(text.encode("utf-8")).hexdigest()[:16] != art["sha256_16"]:
            raise ValueError(f"{art['id']}: the shared text changed since it was annotated")

        def cut(span: list[int] | None, text: str = text) -> str:
            return text[span[0] : span[1]] if span else ""

        quotes = (
            None  # not annotated (an events-only gold file): no quote is scored here
            if art["quotes"] is None
            else [
                {
                    "speaker": q["speaker"],
                    "speaker_mention": cut(q["speaker_mention"]),
                    "cue": cut(q["cue"]),
                    "content": cut(q["content"]),
                    "content_start": q["content"][0],
                    "direct": q["direct"],
                }
                for q in art["quotes"]
            ]
        )
        gold = {
            "gold_id": art["id"],
            "date": art["date"],
            "quotes": quotes,
            "times": [
                # offset-stored times (dev38 on) are cut like quotes; a string stays as it is
                {"text": cut(t["text"]), "start": t["text"][0], "value": t["value"]}
                if isinstance(t["text"], list)
                else t
                for t in art.get("times") or []
            ],
        }
        if data.get("unscored_aux"):  # the set leaves these acts out (negated, hypothetical)
            gold["unscored_aux"] = data["unscored_aux"]
        if "events" in art:  # events are scored only where they were annotated
            gold["events"] = [
                {
                    "event": e["type"],
                    "mode": e["mode"],
                    "trigger": cut(e["trigger"]),
                    "trigger_start": e["trigger"][0],
                    "source": e["source"],
                    "target": e["target"],
                }
                for e in art["events"]
            ]
        (out / f"{art['id']}.txt").write_text(text, encoding="utf-8")
        (out / f"{art['id']}.gold.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8"
        )
        written.append(art["id"])
    return written
