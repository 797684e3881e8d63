"""Warta: Indonesian news -> actors, quotes, time expressions and PLOVER events (schema warta/1)."""

from __future__ import annotations

__version__ = "0.1.0"

from warta.model import Article  # noqa: E402


def analyze(text: str, published=None, meta=None) -> Article:
    """Analyse one article. ``published`` is a date or 'YYYY-MM-DD'; spans index ``text`` exactly."""
    from warta.pipeline import analyze as _analyze

    return _analyze(text, published=published, meta=meta)


__all__ = ["Article", "analyze", "__version__"]
