"""PLOVER event coding on the shared Doc (component ``warta_events``); lexicon in resources/events."""
