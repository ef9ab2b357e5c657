"""What the graph layer's reads return: frozen pydantic value objects.

The API publishes them as its response schemas (`app.api.schemas` names every one the routes use), so
a response's shape is the read's shape and is defined once.

Dates are `datetime.date`; Neo4j's own temporal types never leave `graph`. Every model is
frozen. Optional fields are None (never missing), so a response always has the same shape.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from extract.records import DateSource, EntitySource, EventType, PlaceKind, Precision, Role, Status


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True)


# ---------------------------------------------------------------------------- people and places


class PersonRef(_Model):
    """A person as other records point to them."""

    id: str
    name: str
    name_en: str | None = None
    name_kk: str | None = None
    wikidata: str | None = None
    source: EntitySource = "registry"
    office: str | None = Field(default=None, description="For a person outside the registry: the office a source "
                               "gives them, as written (\"президент Эквадора\").")


class OfficeTerm(_Model):
    """One term in office: a role ("president") of a country, from a start to an end (None: still)."""

    role: str
    of: str
    start: date
    end: date | None = None


class PersonOut(PersonRef):
    """One person with what the graph knows about them."""

    aliases: list[str] = Field(default_factory=list)
    country: str | None = Field(default=None, description="Country id of the person's latest office.")
    offices: list[OfficeTerm] = Field(default_factory=list)
    event_count: int = 0
    first_date: date | None = None
    last_date: date | None = None
    article_count: int = 0


class CountryRef(_Model):
    id: str
    name: str
    name_en: str | None = None
    name_kk: str | None = None
    wikidata: str | None = None


class PlaceRef(_Model):
    """A city, region or country; `country` is filled for cities and regions, None for a country."""

    id: str
    name: str
    kind: PlaceKind = "city"
    name_en: str | None = None
    name_kk: str | None = None
    wikidata: str | None = None
    lat: float | None = None
    lon: float | None = None
    source: EntitySource = "registry"
    country: CountryRef | None = None


class PlaceOut(PlaceRef):
    region: PlaceRef | None = None
    aliases: list[str] = Field(default_factory=list)
    event_count: int = 0


# ---------------------------------------------------------------------------- events


class ParticipantOut(PersonRef):
    role: Role = "participant"


class DocumentOut(_Model):
    id: str
    title: str


class OfficeOut(_Model):
    """A participant the sources name only by an office ("президент Украины") that could not be tied
    to a person: shown as such rather than guessed."""

    title: str
    country: str | None = Field(default=None, description="Country id of the office, when known.")
    role: Role = "participant"

    @field_validator("country", mode="before")
    @classmethod
    def _blank_is_none(cls, value: str | None) -> str | None:
        return value or None


class EventSummary(_Model):
    """An event as lists show it."""

    id: str
    type: EventType
    kind: str | None = None
    status: Status
    title: str
    start: date | None = None
    end: date | None = None
    start_text: str | None = Field(default=None, description='ISO date at its precision, e.g. "2024-11".')
    end_text: str | None = None
    date_precision: Precision | None = None
    date_text: str | None = None
    date_source: DateSource | None = Field(
        default=None, description='"text": stated in a source; "dateline": inferred from a report of the day '
                                  'being published that day; "context": taken from a related event.')
    confidence: float
    place: PlaceRef | None = None
    participants: list[ParticipantOut] = Field(default_factory=list)
    offices: list[OfficeOut] = Field(default_factory=list)
    source_count: int = 0


class ArticleRef(_Model):
    id: str
    url: str | None = None
    title: str | None = None
    source: str | None = None
    published: date | None = None
    lang: str | None = None


class EvidenceOut(_Model):
    text: str
    start: int
    end: int


class SourceOut(ArticleRef):
    """An article that reports an event, with the sentence that says so (offsets into that article)."""

    evidence: str
    start: int
    end: int
    trigger_start: int | None = None
    trigger_end: int | None = None
    confidence: float | None = None
    evidence_all: list[EvidenceOut] = Field(default_factory=list)


class EventDetail(EventSummary):
    relocated_from: PlaceRef | None = None
    parent: EventSummary | None = None
    parts: list[EventSummary] = Field(default_factory=list)
    siblings: list[EventSummary] = Field(default_factory=list, description="The parent's other parts.")
    document: DocumentOut | None = None
    sources: list[SourceOut] = Field(default_factory=list)
    reported_on: date | None = None


class EventPage(_Model):
    items: list[EventSummary]
    next_cursor: str | None = None


# ---------------------------------------------------------------------------- articles


class ArticleEvent(EventSummary):
    """An event as one article reports it."""

    evidence: str
    evidence_start: int
    evidence_end: int


class EntityRef(_Model):
    id: str
    name: str
    kind: Literal["person", "city", "region", "country"]
    count: int = 1


class ArticleOut(ArticleRef):
    text_hash: str
    ingested_at: datetime | None = None
    events: list[ArticleEvent] = Field(default_factory=list)
    mentions: list[EntityRef] = Field(default_factory=list)
    text: str | None = None


# ---------------------------------------------------------------------------- analysis


class Connection(_Model):
    """Someone a person took part in events with."""

    counterpart: PersonRef
    count: int
    first_date: date | None = None
    last_date: date | None = None
    types: list[str] = Field(default_factory=list)


class CyNodeData(_Model):
    id: str
    label: str
    kind: str


class CyNode(_Model):
    data: CyNodeData


class CyEdgeData(_Model):
    id: str
    source: str
    target: str
    label: str


class CyEdge(_Model):
    data: CyEdgeData


class GraphElements(_Model):
    """Cytoscape.js `elements`: nodes and edges, each under `data`."""

    nodes: list[CyNode] = Field(default_factory=list)
    edges: list[CyEdge] = Field(default_factory=list)


class GraphCounts(_Model):
    nodes: dict[str, int]
    relationships: dict[str, int]


# ---------------------------------------------------------------------------- writes


class IngestResult(_Model):
    article_id: str
    created: list[str] = Field(default_factory=list, description="Ids of events this article created.")
    merged: list[str] = Field(default_factory=list, description="Ids of existing events it added to.")
    duplicate: bool = False
