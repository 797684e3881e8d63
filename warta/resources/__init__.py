"""Lexicons and dictionaries shipped as data files (each file names its sources in its header)."""

from __future__ import annotations

from functools import cache
from importlib import resources as _res
from pathlib import Path

ROOT = Path(str(_res.files(__name__)))


def path(name: str) -> Path:
    return ROOT / name


@cache
def read_lines(name: str) -> tuple[str, ...]:
    """Non-empty, non-comment lines of a resource file ('#' starts a comment line)."""
    text = (ROOT / name).read_text(encoding="utf-8")
    return tuple(line.rstrip("\n") for line in text.splitlines() if line.strip() and not line.startswith("#"))


@cache
def read_tsv(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of a tab-separated resource file, comment lines skipped."""
    return tuple(tuple(col.strip() for col in line.split("\t")) for line in read_lines(name))
