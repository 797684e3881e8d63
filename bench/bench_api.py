"""API latency and load on loopback with wrk (Debian's wrk), against `warta serve` in its own process.

- analyze: POST /api/analyze with a ~350-word article, 8 connections, --duration seconds
- quotes:  GET /api/quotes?speaker=... on a database of the news articles, 8 connections
- load:    16 connections mixing analyze and search for --duration seconds; server RSS at start and end
Each runs --runs times; medians of p50/p99 are reported. Needs a database: --db (built with
`warta ingest ../shared/data/news/*.jsonl --db news.db`).

Run: .venv/bin/python -m bench.bench_api --db news.db [--duration 60] [--runs 3] [--only analyze,quotes,load]
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from bench.common import news_texts

LUA_POST = """
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = io.open("{body}"):read("*a")
"""
LUA_MIX = """
local bodies = {{ io.open("{body}"):read("*a") }}
local n = 0
request = function()
  n = n + 1
  if n % 4 == 0 then
    return wrk.format("POST", "/api/analyze", {{["Content-Type"] = "application/json"}}, bodies[1])
  elseif n % 4 == 1 then
    return wrk.format("GET", "/api/quotes?speaker={speaker}&limit=20")
  elseif n % 4 == 2 then
    return wrk.format("GET", "/api/articles?q=presiden&limit=20")
  end
  return wrk.format("GET", "/api/events?type=CONSULT&limit=20")
end
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _rss_mb(pid: int) -> float:
    """RSS of the server and its worker processes."""
    total = 0.0
    pids = [pid] + [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    for p in pids:
        for line in Path(f"/proc/{p}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                total += int(line.split()[1]) / 1024
    return total


def _wrk(url: str, script: Path, conns: int, duration: int) -> dict:
    out = subprocess.run(
        ["wrk", "-t", "2", "-c", str(conns), "-d", f"{duration}s", "--timeout", "30s", "--latency", "-s", str(script), url],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip

    def ms(label: str) -> float:
        m = re.search(rf"{label}%\s+([\d.]+)(us|ms|s)\b", out)
        if not m:
            return float("nan")
        v, unit = float(m.group(1)), m.group(2)
        return v / 1000 if unit == "us" else v * 1000 if unit == "s" else v

    reqs = re.search(r"(\d+) requests in", out)
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    sock = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    n_err = (int(errors.group(1)) if errors else 0) + (sum(map(int, sock.groups())) if sock else 0)
    return {"p50": ms("50"), "p99": ms("99"), "requests": int(reqs.group(1)) if reqs else 0, "errors": n_err}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", required=True)
    ap.add_argument("--duration", type=int, default=60)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--only", default="analyze,quotes,load")
    ap.add_argument("--workers", type=int, default=1, help="`warta serve --workers`")
    args = ap.parse_args()
    if not shutil.which("wrk"):
        raise SystemExit("needs wrk (apt-get install wrk)")
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "warta", "serve", "--db", args.db, "--port", str(port), "--workers", str(args.workers)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(150):
            try:
                urllib.request.urlopen(base + "/api/stats", timeout=2)
                break
            except OSError:
                time.sleep(0.2)
        with urllib.request.urlopen(base + "/api/actors?limit=1") as r:
            speaker = json.load(r)["items"][0]["id"]
        article = next(t for t in news_texts() if 330 <= len(t.split()) <= 370)
        tmp = Path(tempfile.mkdtemp())
        body = tmp / "body.json"
        body.write_text(json.dumps({"text": article, "published": "2024-07-01"}), encoding="utf-8")
        post, mix = tmp / "post.lua", tmp / "mix.lua"
        post.write_text(LUA_POST.format(body=body))
        mix.write_text(LUA_MIX.format(body=body, speaker=speaker))
        empty = tmp / "get.lua"
        empty.write_text("")
        urllib.request.urlopen(
            urllib.request.Request(
                base + "/api/analyze", data=body.read_bytes(), headers={"Content-Type": "application/json"}
            )
        )  # fmt: skip  (warm the pipeline)
        only = set(args.only.split(","))
        plans = [
            ("analyze", f"{base}/api/analyze", post, 8),
            ("quotes", f"{base}/api/quotes?speaker={speaker}&limit=20", empty, 8),
            ("load", base, mix, 16),
        ]
        for name, url, script, conns in plans:
            if name not in only:
                continue
            runs = []
            for _ in range(args.runs):
                rss0 = _rss_mb(server.pid)
                r = _wrk(url, script, conns, args.duration)
                r["rss_start"], r["rss_end"] = rss0, _rss_mb(server.pid)
                runs.append(r)
            p50 = statistics.median(r["p50"] for r in runs)
            p99 = statistics.median(r["p99"] for r in runs)
            rps = statistics.median(r["requests"] / args.duration for r in runs)
            errs = sum(r["errors"] for r in runs)
            rss = (
                " RSS per run "
                + ", ".join(f"{r['rss_start']:.0f} -> {r['rss_end']:.0f}" for r in runs)
                + " MB"
            )
            print(f"{name:>8}: {conns} conns, {args.duration}s x {args.runs}: median p50 {p50:.1f} ms, "
                  f"p99 {p99:.1f} ms, {rps:.1f} req/s, errors {errs}{rss}")  # fmt: skip
    finally:
        server.terminate()
        server.wait(10)


if __name__ == "__main__":
    main()
