"""The warta/1 output schema, in one place.

Every record that leaves the pipeline is one of these models. Spans are Python ``str`` indices into
``Article.text`` (the exact input). Inside the pipeline, components create the same models with offsets
into the normalised text; :func:`warta.pipeline.analyze` remaps them before the Article leaves.
"""

from __future__ import annotations

import hashlib
from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "warta/1"


def text_id(text: str) -> str:
    """``Article.id``: a hash of the exact input text, so the same text is stored once."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


EventType = Literal[
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
]
AuxMode = Literal["future", "historical", "hypothetical", "negation"]
PLOVER_TYPES: tuple[str, ...] = get_args(EventType)  # the 16 types, in PLOVER's order
AUX_MODES: tuple[str, ...] = get_args(AuxMode)
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=False)


class Span(_Record):
    """Characters ``text[start:end]`` of the article; ``text`` repeats them for readability."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class Meta(_Record):
    id: str | None = None
    title: str | None = None
    published: str | None = Field(default=None, description="Publication date, YYYY-MM-DD")
    source: str | None = None
    url: str | None = None
    language: str | None = Field(
        default=None, description="Language found by the document-level detector (id, ms, en)"
    )


class Sentence(_Record):
    start: int
    end: int


class Entity(_Record):
    id: str
    name: str
    type: str = Field(description="PER, ORG, GPE, LOC, EVT, NOR")
    country: str | None = None
    sector: str | None = None
    titles: list[str] = Field(default_factory=list)
    mentions: list[Span] = Field(default_factory=list)


class Quote(_Record):
    id: str
    speaker: str | None = None
    speaker_name: str | None = None
    speaker_mention: Span | None = None
    cue: Span | None = None
    addressee: str | None = None
    content: Span
    direct: bool
    sentence: int
    confidence: float = Field(ge=0, le=1)


class TimeExpr(_Record):
    start: int
    end: int
    text: str
    type: TimexType
    value: str
    anchor: str | None = Field(default=None, description="Date the value was resolved against")
    tz: str | None = Field(default=None, description="UTC offset of a clock time, e.g. +07:00 for WIB")


class EventActor(_Record):
    entity: str | None = None
    country: str | None = None
    sector: str | None = None
    text: str | None = None


class Event(_Record):
    id: str
    type: EventType
    mode: str | None = None
    aux: AuxMode | None = None
    source: list[EventActor] = Field(default_factory=list)
    target: list[EventActor] = Field(default_factory=list)
    trigger: Span
    date: str | None = None
    location: str | None = None
    sentence: int
    confidence: float = Field(ge=0, le=1)


class Article(_Record):
    schema_: Literal["warta/1"] = Field(default=SCHEMA_VERSION, alias="schema")
    id: str = Field(description="sha256 of text, first 16 hex digits")
    meta: Meta = Field(default_factory=Meta)
    language: str = "id"
    text: str
    sentences: list[Sentence] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    times: list[TimeExpr] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    def to_dict(self) -> dict:
        return self.model_dump(by_alias=True, mode="json")

    def to_json(self, indent: int | None = None) -> str:
        return self.model_dump_json(by_alias=True, indent=indent)

    @classmethod
    def from_dict(cls, data: dict) -> Article:
        return cls.model_validate(data)


class ErrorRecord(_Record):
    """One output line for an input record that could not be analysed (JSONL batches)."""

    schema_: Literal["warta/1"] = Field(default=SCHEMA_VERSION, alias="schema")
    meta: dict
    error: str

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    def to_json(self) -> str:
        return self.model_dump_json(by_alias=True)


def json_schema() -> dict:
    """JSON Schema of warta/1, generated from the models (written to warta/schema/warta-1.json)."""
    schema = Article.model_json_schema(by_alias=True)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://warta.example/schema/warta-1.json"
    return schema


SCHEMA_FILE = "schema/warta-1.json"


def write_json_schema() -> str:
    """Regenerate warta/schema/warta-1.json from the models (run: python -m warta.model)."""
    import json
    from pathlib import Path

    path = Path(__file__).parent / SCHEMA_FILE
    path.write_text(json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return str(path)


if __name__ == "__main__":
    print(write_json_schema())
