"""Exports of stored Articles: jsonl (verbatim), csv and parquet (one table per record kind), gdelt.

Tables (csv/parquet): articles, entities, mentions, quotes, times, events, event_actors; every row
carries ``article_id`` and character offsets into that article's text. The gdelt export writes one row
per event in the GDELT 2.0 event-table layout (../shared/data/events/gdelt), with PLOVER -> CAMEO codes
from ``resources/events/plover_cameo.tsv`` and Warta's extra columns for the character offsets.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from pathlib import Path

from warta.resources import read_tsv

TABLES = ("articles", "entities", "mentions", "quotes", "times", "events", "event_actors")

GDELT_COLUMNS = [
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
    "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
]  # fmt: skip
WARTA_GDELT_EXTRA = [
    "WartaArticleID", "WartaEventID", "PloverType", "PloverMode", "PloverAux",
    "TriggerStart", "TriggerEnd", "TriggerText", "Sentence", "Confidence",
]  # fmt: skip
QUAD = {
    **dict.fromkeys(["AGREE", "CONSULT", "SUPPORT", "CONCEDE"], 1),
    **dict.fromkeys(["COOPERATE", "AID", "RETREAT"], 2),
    **dict.fromkeys(["REQUEST", "ACCUSE", "REJECT", "THREATEN"], 3),
    **dict.fromkeys(["PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"], 4),
}


def article_tables(doc: dict) -> dict[str, list[dict]]:
    """One Article (warta/1 dict) as flat rows, one list per table."""
    aid = doc["id"]
    meta = doc["meta"]
    out: dict[str, list[dict]] = {t: [] for t in TABLES}
    out["articles"].append(
        {
            "article_id": aid,
            "meta_id": meta.get("id"),
            "title": meta.get("title"),
            "published": meta.get("published"),
            "source": meta.get("source"),
            "url": meta.get("url"),
            "language": meta.get("language"),
            "text": doc["text"],
        }
    )
    for e in doc["entities"]:
        out["entities"].append(
            {
                "article_id": aid,
                "entity_id": e["id"],
                "name": e["name"],
                "type": e["type"],
                "country": e.get("country"),
                "sector": e.get("sector"),
                "titles": json.dumps(e.get("titles", []), ensure_ascii=False),
            }
        )
        for m in e["mentions"]:
            out["mentions"].append(
                {
                    "article_id": aid,
                    "entity_id": e["id"],
                    "start": m["start"],
                    "end": m["end"],
                    "text": m["text"],
                }
            )
    for q in doc["quotes"]:
        sm, cue, c = q.get("speaker_mention"), q.get("cue"), q["content"]
        out["quotes"].append(
            {
                "article_id": aid,
                "quote_id": q["id"],
                "speaker": q.get("speaker"),
                "speaker_name": q.get("speaker_name"),
                "speaker_mention": sm["text"] if sm else None,
                "speaker_start": sm["start"] if sm else None,
                "speaker_end": sm["end"] if sm else None,
                "cue": cue["text"] if cue else None,
                "cue_start": cue["start"] if cue else None,
                "cue_end": cue["end"] if cue else None,
                "addressee": q.get("addressee"),
                "content": c["text"],
                "start": c["start"],
                "end": c["end"],
                "direct": q["direct"],
                "sentence": q["sentence"],
                "confidence": q["confidence"],
            }
        )
    for i, t in enumerate(doc["times"]):
        out["times"].append(
            {
                "article_id": aid,
                "time_index": i,
                "start": t["start"],
                "end": t["end"],
                "text": t["text"],
                "type": t["type"],
                "value": t["value"],
                "anchor": t.get("anchor"),
                "tz": t.get("tz"),
            }
        )
    for v in doc["events"]:
        tr = v["trigger"]
        out["events"].append(
            {
                "article_id": aid,
                "event_id": v["id"],
                "type": v["type"],
                "mode": v.get("mode"),
                "aux": v.get("aux"),
                "trigger": tr["text"],
                "start": tr["start"],
                "end": tr["end"],
                "date": v.get("date"),
                "location": v.get("location"),
                "sentence": v["sentence"],
                "confidence": v["confidence"],
            }
        )
        for role in ("source", "target"):
            for a in v.get(role, []):
                out["event_actors"].append(
                    {
                        "article_id": aid,
                        "event_id": v["id"],
                        "role": role,
                        "entity": a.get("entity"),
                        "country": a.get("country"),
                        "sector": a.get("sector"),
                        "text": a.get("text"),
                    }
                )
    return out


def _schema(table: str):
    import pyarrow as pa

    ints = {"start", "end", "sentence", "time_index", "speaker_start", "speaker_end", "cue_start", "cue_end"}
    floats = {"confidence"}
    bools = {"direct"}
    cols = _COLUMNS[table]
    return pa.schema(
        [
            (
                c,
                pa.int64()
                if c in ints
                else pa.float64()
                if c in floats
                else pa.bool_()
                if c in bools
                else pa.string(),
            )
            for c in cols
        ]
    )


_COLUMNS = {t: list(r) for t, r in {
    "articles": ["article_id", "meta_id", "title", "published", "source", "url", "language", "text"],
    "entities": ["article_id", "entity_id", "name", "type", "country", "sector", "titles"],
    "mentions": ["article_id", "entity_id", "start", "end", "text"],
    "quotes": ["article_id", "quote_id", "speaker", "speaker_name", "speaker_mention", "speaker_start", "speaker_end",
               "cue", "cue_start", "cue_end", "addressee", "content", "start", "end", "direct", "sentence", "confidence"],
    "times": ["article_id", "time_index", "start", "end", "text", "type", "value", "anchor", "tz"],
    "events": ["article_id", "event_id", "type", "mode", "aux", "trigger", "start", "end", "date", "location",
               "sentence", "confidence"],
    "event_actors": ["article_id", "event_id", "role", "entity", "country", "sector", "text"],
}.items()}  # fmt: skip


def write_parquet_part(folder: Path, part: int, table: str, rows: list[dict]) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    folder.mkdir(parents=True, exist_ok=True)
    schema = _schema(table)
    data = pa.Table.from_pylist([{c: r.get(c) for c in schema.names} for r in rows], schema=schema)
    pq.write_table(data, folder / f"part-{part:05d}.parquet")


def export_tables(docs: Iterable[str], out: Path, fmt: str, rows_per_part: int = 5000) -> dict[str, int]:
    """csv: OUT/<table>.csv; parquet: OUT/<table>/part-NNNNN.parquet. Returns row counts."""
    out.mkdir(parents=True, exist_ok=True)
    counts = dict.fromkeys(TABLES, 0)
    if fmt == "csv":
        files = {t: (out / f"{t}.csv").open("w", encoding="utf-8", newline="") for t in TABLES}
        writers = {t: csv.DictWriter(files[t], fieldnames=_COLUMNS[t]) for t in TABLES}
        for w in writers.values():
            w.writeheader()
        try:
            for doc in docs:
                for t, rows in article_tables(json.loads(doc)).items():
                    writers[t].writerows(rows)
                    counts[t] += len(rows)
        finally:
            for f in files.values():
                f.close()
        return counts
    buffers: dict[str, list[dict]] = {t: [] for t in TABLES}
    part = 0

    def flush() -> None:
        nonlocal part
        for t, rows in buffers.items():
            write_parquet_part(out / t, part, t, rows)
            rows.clear()
        part += 1

    for n, doc in enumerate(docs, start=1):
        for t, rows in article_tables(json.loads(doc)).items():
            buffers[t].extend(rows)
            counts[t] += len(rows)
        if n % rows_per_part == 0:
            flush()
    if buffers["articles"] or part == 0:
        flush()
    return counts


def _cameo() -> dict[tuple[str, str], tuple[str, str]]:
    return {
        (row[0], row[1]): (row[2], row[3]) for row in read_tsv("events/plover_cameo.tsv") if len(row) >= 4
    }


def _event_day(value: str | None, published: str | None) -> str:
    """YYYY-MM-DD of the event when its date is a day, else the publication day."""
    if (
        value
        and len(value) >= 10
        and value[4] == "-"
        and value[7] == "-"
        and value[:10].replace("-", "").isdigit()
    ):
        return value[:10]
    return published or ""


def gdelt_rows(docs: Iterable[str]) -> Iterable[dict]:
    cameo = _cameo()
    n = 0
    for raw in docs:
        doc = json.loads(raw)
        names = {e["id"]: e for e in doc["entities"]}
        meta = doc["meta"]
        for v in doc["events"]:
            n += 1
            day = _event_day(v.get("date"), meta.get("published"))
            code, root = cameo.get((v["type"], v.get("mode") or ""), cameo.get((v["type"], ""), ("", "")))
            row = dict.fromkeys(GDELT_COLUMNS + WARTA_GDELT_EXTRA, "")
            ymd = day.replace("-", "")
            row.update(
                {
                    "GLOBALEVENTID": n,
                    "SQLDATE": ymd,
                    "MonthYear": ymd[:6],
                    "Year": ymd[:4],
                    "IsRootEvent": 1,
                    "EventCode": code,
                    "EventBaseCode": code[:3],
                    "EventRootCode": root,
                    "QuadClass": QUAD.get(v["type"], ""),
                    "NumMentions": 1,
                    "NumSources": 1,
                    "NumArticles": 1,
                    "DATEADDED": ymd,
                    "SOURCEURL": meta.get("url") or "",
                    "WartaArticleID": doc["id"],
                    "WartaEventID": v["id"],
                    "PloverType": v["type"],
                    "PloverMode": v.get("mode") or "",
                    "PloverAux": v.get("aux") or "",
                    "TriggerStart": v["trigger"]["start"],
                    "TriggerEnd": v["trigger"]["end"],
                    "TriggerText": v["trigger"]["text"],
                    "Sentence": v["sentence"],
                    "Confidence": v["confidence"],
                }
            )
            for k, group in ((1, v.get("source", [])), (2, v.get("target", []))):
                if not group:
                    continue
                a = group[0]
                ent = names.get(a.get("entity") or "", {})
                country = a.get("country") or ""
                row[f"Actor{k}Code"] = country + (a.get("sector") or "")
                row[f"Actor{k}Name"] = (ent.get("name") or a.get("text") or "").upper()
                row[f"Actor{k}CountryCode"] = country
                row[f"Actor{k}Type1Code"] = a.get("sector") or ""
            loc = names.get(v.get("location") or "")
            if loc:
                row["ActionGeo_FullName"] = loc["name"]
                row["ActionGeo_CountryCode"] = loc.get("country") or ""
            yield row


def export_gdelt(docs: Iterable[str], out) -> int:
    writer = csv.DictWriter(
        out, fieldnames=GDELT_COLUMNS + WARTA_GDELT_EXTRA, delimiter="\t", lineterminator="\n"
    )
    writer.writeheader()
    n = 0
    for row in gdelt_rows(docs):
        writer.writerow(row)
        n += 1
    return n
