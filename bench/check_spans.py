"""Acceptance check: `warta analyze FILE.jsonl` over a whole file; every record analysed, every span valid.

Run: .venv/bin/python -m bench.check_spans ../shared/data/news/politics2024_tantowjy.jsonl [...]
It runs the real CLI and then checks its output line by line against the input.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time


def check(path: str) -> None:
    t = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "warta", "analyze", path, "--format", "jsonl"], capture_output=True, text=True
    )
    seconds = time.perf_counter() - t
    with open(path, "rb") as fh:
        inputs = [json.loads(line) for line in fh.read().split(b"\n") if line.strip()]
    outputs = [json.loads(line) for line in proc.stdout.split("\n") if line.strip()]
    bad, errors, spans = 0, 0, 0
    for inp, out in zip(inputs, outputs, strict=True):
        if "error" in out:
            errors += 1
            continue
        text = out["text"]
        assert text == inp["text"] and out["meta"]["id"] == str(inp["id"])
        for span in _spans(out):
            spans += 1
            if text[span["start"] : span["end"]] != span["text"]:
                bad += 1
    print(f"{path}: exit {proc.returncode}, {len(inputs)} records in, {len(outputs)} out, {errors} errors, "
          f"{spans:,} spans, {bad} invalid, {seconds:.0f} s")  # fmt: skip


def _spans(d: dict):
    for e in d["entities"]:
        yield from e["mentions"]
    for q in d["quotes"]:
        yield from (s for s in (q["content"], q["cue"], q["speaker_mention"]) if s)
    yield from d["times"]
    for v in d["events"]:
        yield v["trigger"]


if __name__ == "__main__":
    for p in sys.argv[1:]:
        check(p)
