"""Actors: within-article entity clusters with titles, country and sector (component ``warta_actors``).

Helpers for other components: :func:`resolve_mention`, :func:`most_salient_person`; the store's
cross-article key: :func:`warta.actors.ids.actor_key`.
"""

from warta.actors.ids import actor_key
from warta.actors.resolve import entity_by_id, most_salient_person, resolve_mention

__all__ = ["actor_key", "entity_by_id", "most_salient_person", "resolve_mention"]
