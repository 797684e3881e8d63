"""Inputs -> (text, meta) records: .txt, .html, .jsonl, stdin and http(s) URLs.

Bytes are checked before anything else, so that bad input gets one clear error and nothing is lost:
empty input, binary data, invalid UTF-8 (with the byte offset) and input over the size limit
(``WARTA_MAX_BYTES``, default 5 MB). In a JSONL file every bad line becomes its own error record and
the other lines go on.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from warta.errors import WartaInputError

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
_CONTROL_OK = {"\n", "\r", "\t", "\f", "\v"}
# the C0 control characters other than those
_CONTROL = re.compile("[" + "".join(re.escape(chr(c)) for c in range(32) if chr(c) not in _CONTROL_OK) + "]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def max_bytes() -> int:
    value = os.environ.get("WARTA_MAX_BYTES")
    return int(value) if value and value.isdigit() else DEFAULT_MAX_BYTES


@dataclass
class Record:
    """One article to analyse, or the error that stopped it (``error`` set, ``text`` empty)."""

    text: str
    meta: dict = field(default_factory=dict)
    error: str | None = None
    line: int | None = None


def decode(data: bytes, what: str = "input", limit: int | None = None) -> str:
    """Strict UTF-8 text from bytes, or a WartaInputError that says exactly what is wrong."""
    limit = max_bytes() if limit is None else limit
    if len(data) > limit:
        raise WartaInputError(f"{what} is {len(data):,} bytes, over the limit of {limit:,} bytes")
    if not data.strip():
        raise WartaInputError(f"{what} is empty")
    nul = data.find(b"\x00")
    if nul >= 0:
        raise WartaInputError(f"{what} looks binary (NUL byte at byte offset {nul})")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise WartaInputError(
            f"{what} is not valid UTF-8 (byte 0x{data[exc.start]:02x} at byte offset {exc.start})"
        ) from None
    check_text(text, what)
    return text


def check_text(text: str, what: str = "input") -> None:
    """Reject text that is empty or mostly control characters (binary that happens to be UTF-8)."""
    if not text.strip():
        raise WartaInputError(f"{what} is empty")
    bad = _SURROGATE.search(text)
    if bad:
        raise WartaInputError(
            f"{what} is not valid Unicode (lone surrogate U+{ord(bad.group()):04X} at character {bad.start()})"
        )
    sample = text[:4096]
    controls = len(_CONTROL.findall(sample))
    if controls > max(8, len(sample) // 20):
        raise WartaInputError(f"{what} looks binary ({controls} control characters in its first 4 KB)")


def read_bytes(source: str, limit: int | None = None) -> bytes:
    limit = max_bytes() if limit is None else limit
    if source == "-":
        return sys.stdin.buffer.read(limit + 1)
    if source.startswith(("http://", "https://")):
        return fetch(source)
    path = Path(source)
    if not path.exists():
        raise WartaInputError(f"{source}: no such file")
    if path.is_dir():
        raise WartaInputError(f"{source} is a directory (give a .txt, .html or .jsonl file)")
    size = path.stat().st_size
    if size > limit:
        raise WartaInputError(f"{source} is {size:,} bytes, over the limit of {limit:,} bytes")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise WartaInputError(f"{source}: cannot read ({exc.strerror})") from None


def fetch(url: str, timeout: float = 20.0) -> bytes:
    """Download one page the user asked for (the only network access Warta makes)."""
    import urllib.request

    req = urllib.request.Request(url, headers={"User-Agent": "warta/0.1 (+news analysis)"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:  # noqa: S310 (user-given URL)
            data = resp.read(max_bytes() + 1)
    except Exception as exc:  # noqa: BLE001 (every network failure is an input error here)
        raise WartaInputError(f"{url}: cannot fetch ({exc})") from None
    return data


def from_html(html: str, url: str | None = None) -> Record:
    """Main text, title and date of an HTML page (trafilatura)."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, favor_precision=True
    )
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        raise WartaInputError(f"{url or 'HTML input'}: no article text found in the page")
    meta = {
        "title": getattr(doc, "title", None),
        "published": getattr(doc, "date", None),
        "source": getattr(doc, "sitename", None) or getattr(doc, "hostname", None),
        "url": url or getattr(doc, "url", None),
    }
    return Record(text=text, meta=meta)


def _meta_from_json(obj: dict) -> dict:
    rid = obj.get("id", obj.get("gold_id"))
    return {
        "id": None if rid is None else str(rid),
        "title": obj.get("title"),
        "published": obj.get("published", obj.get("date")),
        "source": obj.get("source"),
        "url": obj.get("url"),
    }


def parse_jsonl_line(line: str, lineno: int) -> Record:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        meta = {"id": _peek_id(line.encode("utf-8", "replace"))}
        return Record("", meta, f"line {lineno}: malformed JSON ({exc.msg})", lineno)
    if not isinstance(obj, dict):
        return Record("", {"id": None}, f"line {lineno}: not a JSON object", lineno)
    meta = _meta_from_json(obj)
    text = obj.get("text")
    if not isinstance(text, str):
        return Record("", meta, f"line {lineno}: no 'text' string", lineno)
    try:
        check_text(text, f"line {lineno}")
    except WartaInputError as exc:
        return Record("", meta, str(exc), lineno)
    if len(text.encode("utf-8", "surrogatepass")) > max_bytes():
        return Record("", meta, f"line {lineno}: text over the limit of {max_bytes():,} bytes", lineno)
    return Record(text, meta, None, lineno)


_ID_AT_START = re.compile(rb'^\s*\{\s*"(?:id|gold_id)"\s*:\s*"?([^",}\s]{1,200})')


def _peek_id(raw: bytes) -> str | None:
    """The record's id from the start of a line that cannot be parsed, so the error names it."""
    m = _ID_AT_START.match(raw[:400])
    return m.group(1).decode("utf-8", "replace") if m else None


def iter_jsonl(lines: Iterable[bytes]) -> Iterator[Record]:
    """Records of a JSONL stream; a bad line becomes an error record and the rest go on."""
    for lineno, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        if len(raw) > max_bytes() * 2:
            msg = f"line {lineno}: {len(raw):,} bytes, over the limit"
            yield Record("", {"id": _peek_id(raw)}, msg, lineno)
            continue
        if b"\x00" in raw:
            yield Record("", {"id": _peek_id(raw)}, f"line {lineno}: binary data (NUL byte)", lineno)
            continue
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            msg = f"line {lineno}: invalid UTF-8 at byte offset {exc.start} of the line"
            yield Record("", {"id": None}, msg, lineno)
            continue
        yield parse_jsonl_line(line, lineno)


def kind_of(source: str) -> str:
    if source.startswith(("http://", "https://")):
        return "url"
    suffix = Path(source).suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        return "jsonl"
    if suffix in (".html", ".htm"):
        return "html"
    return "text"


def read_records(source: str, kind: str | None = None) -> Iterator[Record]:
    """Every article in one input. Errors that concern the whole input raise WartaInputError."""
    kind = kind or kind_of(source)
    what = "standard input" if source == "-" else source
    if kind == "jsonl":
        yield from _jsonl_source(source, what)
        return
    data = read_bytes(source)
    text = decode(data, what)
    if kind in ("html", "url"):
        yield from_html(text, url=source if kind == "url" else None)
        return
    meta = {"id": Path(source).stem if source != "-" else None}
    yield Record(text, meta)


def _jsonl_source(source: str, what: str) -> Iterator[Record]:
    if source == "-":
        lines: Iterable[bytes] = sys.stdin.buffer
        yield from _nonempty(iter_jsonl(lines), what)
        return
    path = Path(source)
    if not path.is_file():
        raise WartaInputError(f"{source}: no such file")
    try:
        fh = path.open("rb")
    except OSError as exc:
        raise WartaInputError(f"{source}: cannot read ({exc.strerror})") from None
    with fh:
        yield from _nonempty(iter_jsonl(fh), what)


def _nonempty(records: Iterator[Record], what: str) -> Iterator[Record]:
    seen = False
    for rec in records:
        seen = True
        yield rec
    if not seen:
        raise WartaInputError(f"{what} is empty (no JSON lines)")
