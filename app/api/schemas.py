"""Every request and response schema of the API, in one place.

Request bodies and list envelopes are defined here; single resources are the graph's read results
(`graph.results`), published as they are so that a response has exactly the shape the read returns.
Routes import their schemas from this module only.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from pydantic import BaseModel, Field, StringConstraints, field_validator

from extract.records import EventType, Status
from graph.results import (
    ArticleOut,
    Connection,
    EventDetail,
    EventPage,
    EventSummary,
    GraphElements,
    PersonOut,
    PersonRef,
    PlaceOut,
    PlaceRef,
)
from service.ingest import web_address

__all__ = [
    "ID_MAX", "NAMES_MAX", "NAME_MAX", "NameText",
    "ArticleIn", "ArticleOut", "BatchIn", "BatchOut", "Connection", "ConnectionList", "EventDetail", "EventPage",
    "EventSummary", "EventType", "ExportFormat", "GraphElements", "Health", "IngestOut", "Order", "PersonOut",
    "PersonPage", "PersonRef", "PlaceEvents", "PlaceOut", "PlaceRef", "Status", "TimelinePage",
    "EventDetailPage", "EventList", "ParticipantResolution", "PlacePage",
]

EARLIEST_PUBLICATION = date(1990, 1, 1)

# Every string a client sends is bounded: longer ones are refused with a 422 that names the parameter.
NAME_MAX = 200  # a person's or place's name, id or Wikidata id
ID_MAX = 200  # an article's or event's id
NAMES_MAX = 10  # repeated participant= parameters
NameText = Annotated[str, StringConstraints(min_length=1, max_length=NAME_MAX)]

Order = Literal["asc", "desc"]
ExportFormat = Literal["json", "csv", "ics"]


# ---------------------------------------------------------------------------- articles


class ArticleIn(BaseModel):
    text: str = Field(description="The article's text (UTF-8).")
    title: str | None = Field(default=None, max_length=1000)
    url: str | None = Field(default=None, max_length=2000)
    published: date | None = Field(default=None, description="Publication date; resolves year-less dates.")
    source: str | None = Field(default=None, max_length=300)
    lang: str | None = Field(default=None, pattern="^(auto|ru|kk)$")

    @field_validator("url")
    @classmethod
    def _web_address(cls, value: str | None) -> str | None:
        return web_address(value)

    @field_validator("published")
    @classmethod
    def _plausible(cls, value: date | None) -> date | None:
        if value is not None and (value < EARLIEST_PUBLICATION or value > date.today()):
            raise ValueError(f"publication date must be between {EARLIEST_PUBLICATION} and today")
        return value


class IngestOut(BaseModel):
    article_id: str
    duplicate: bool
    lang: str
    created: list[str]
    merged: list[str]
    note: str | None = None


class BatchIn(BaseModel):
    articles: list[ArticleIn] = Field(min_length=1, max_length=100)


class BatchOut(BaseModel):
    results: list[IngestOut]


# ---------------------------------------------------------------------------- people and places


class PersonPage(BaseModel):
    items: list[PersonRef]


class TimelinePage(BaseModel):
    person: PersonRef
    items: list[EventSummary]
    next_cursor: str | None = None


class ConnectionList(BaseModel):
    person: PersonRef
    items: list[Connection]


class PlaceEvents(BaseModel):
    place: str
    items: list[EventSummary]
    next_cursor: str | None = None


# ---------------------------------------------------------------------------- event lists


class ParticipantResolution(BaseModel):
    """Whom a participant name was taken to mean, and who else it matches."""

    query: str
    person: PersonRef
    others: list[PersonRef] = Field(default_factory=list)
    reason: str = Field(description='Why this person: "the only match", "holds the highest office today", ...')


class EventList(EventPage):
    resolved: list[ParticipantResolution] = Field(default_factory=list)
    undated_left_out: int | None = Field(
        default=None, description="Undated events matching the other filters that the date range left out "
                                  "(pass include_undated=true to keep them); null without a date range.")


class EventDetailPage(BaseModel):
    """The timeline with every event in full (sources with evidence, parts, parent): what the page shows."""

    items: list[EventDetail]
    next_cursor: str | None = None
    resolved: list[ParticipantResolution] = Field(default_factory=list)
    undated_left_out: int | None = None


class PlacePage(BaseModel):
    items: list[PlaceRef]


# ---------------------------------------------------------------------------- service


class Health(BaseModel):
    status: str
