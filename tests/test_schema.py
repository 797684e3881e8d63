import json
from pathlib import Path

import jsonschema

import warta
from warta.model import SCHEMA_FILE, json_schema

SCHEMA_PATH = Path(warta.__file__).parent / SCHEMA_FILE


def test_schema_file_is_generated_from_the_models():
    assert json.loads(SCHEMA_PATH.read_text(encoding="utf-8")) == json_schema(), (
        "run `python -m warta.model` to regenerate warta/schema/warta-1.json"
    )


def test_real_outputs_validate(seed_text):
    from warta.examples import records

    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    docs = [warta.analyze(seed_text, published="2025-03-16").to_dict()]
    docs += [warta.analyze(r.text, meta=r.meta).to_dict() for r in records()]
    for d in docs:
        jsonschema.validate(d, schema)
        assert d["schema"] == "warta/1"
        assert list(d) == [
            "schema",
            "id",
            "meta",
            "language",
            "text",
            "sentences",
            "entities",
            "quotes",
            "times",
            "events",
        ]
        assert set(d["meta"]) >= {"id", "title", "published", "source", "url"}
