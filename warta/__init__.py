"""Warta: Indonesian news -> actors, quotes, time expressions and PLOVER events (schema warta/1)."""

from __future__ import annotations

__version__ = "0.1.0"

from warta.model import Article  # noqa: E402


def analyze(text: str, published=None, meta=None, force: bool = False) -> Article:
    """Analyse one article. ``published`` is a date or 'YYYY-MM-DD'; spans index ``text`` exactly.

    ``meta`` may carry id, title, source and url; ``force`` analyses non-Indonesian text too.
    """
    from warta.pipeline import analyze as _analyze

    return _analyze(text, published=published, meta=meta, force=force)


__all__ = ["Article", "analyze", "__version__"]
