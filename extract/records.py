"""Plain records that `extract` produces and `graph` stores: the JSON contract of `letopis extract`.

They are value objects: the extractor builds them, the merge function combines them, the graph layer turns
them into parameter rows. Keep the contract stable; extend it only by adding fields.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

EventType = Literal["visit", "meeting", "phone_call", "forum", "summit", "signing"]
EventKind = Literal["state", "official", "working"]
Status = Literal["held", "planned", "cancelled", "postponed", "relocated"]
Role = Literal["guest", "host", "participant", "remote", "signatory"]
Precision = Literal["day", "month", "season", "year"]
EntityKind = Literal["person", "city", "country", "region", "organization"]
PlaceKind = Literal["city", "region", "country"]
DateSource = Literal["text", "dateline", "context"]
EntitySource = Literal["registry", "ner"]

# The vocabulary once, for every layer: extract, graph and the API import these.
EVENT_TYPES: tuple[str, ...] = ("visit", "meeting", "phone_call", "forum", "summit", "signing")
STATUSES: tuple[str, ...] = ("held", "planned", "cancelled", "postponed", "relocated")
ROLES: tuple[str, ...] = ("guest", "host", "participant", "remote", "signatory")
# How fine a date is (higher: finer).
PRECISION_RANK: dict[str, int] = {"day": 4, "month": 3, "season": 2, "year": 1}
# How specific a place is (higher: more specific); also the order reference data is written in, coarse first.
PLACE_KIND_RANK: dict[str, int] = {"country": 1, "region": 2, "city": 3}
# When two reports give one person different roles, the stronger role wins.
ROLE_STRENGTH: dict[str, int] = {"guest": 3, "host": 3, "signatory": 2, "remote": 2, "participant": 1}
# The order participants are listed in.
ROLE_ORDER: dict[str, int] = {"host": 0, "guest": 1, "signatory": 2, "participant": 3, "remote": 4}
# When reports of the same day disagree on the status, the stronger one wins.
STATUS_STRENGTH: dict[str, int] = {"cancelled": 4, "relocated": 3, "postponed": 3, "held": 2, "planned": 1}


class _Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class ArticleInfo(_Record):
    lang: str
    published: date | None = None
    title: str | None = None


class Entity(_Record):
    id: str
    kind: EntityKind
    name: str
    wikidata: str | None = None
    mentions: tuple[tuple[int, int], ...] = ()
    # Where the entity comes from: the curated registry or named-entity recognition only.
    source: EntitySource = "registry"
    country_id: str | None = Field(default=None, description="The country id of a city or region, or of the "
                                   "office of a person outside the registry.")
    office: str | None = Field(default=None, description="The office the text gives a person outside the "
                               "registry, as written (\"президент Эквадора\").")


class PlaceRef(_Record):
    id: str
    name: str
    country: str | None = Field(default=None, description="The country's name (Russian) of a city or region.")
    kind: PlaceKind = "city"
    country_id: str | None = Field(default=None, description="The country's id of a city or region.")


class Participant(_Record):
    id: str
    name: str
    role: Role = "participant"


class Office(_Record):
    """A leader the text names only by office ("президент Украины") and the extractor could not tie to a
    person (no date to resolve the holder against, or no holder in the registry). Kept so that a reader
    sees who took part; never turned into a person."""

    title: str
    country_id: str | None = None
    role: Role = "participant"


class Document(_Record):
    title: str


class Evidence(_Record):
    start: int
    end: int
    text: str
    trigger: tuple[int, int]
    # Which article the offsets point into; empty while an article is being extracted on its own.
    article: str | None = None


class Event(_Record):
    id: str
    type: EventType
    kind: EventKind | None = None
    status: Status = "held"
    title: str
    start: str | None = None
    end: str | None = None
    date_precision: Precision | None = None
    date_text: str | None = None
    place: PlaceRef | None = None
    participants: tuple[Participant, ...] = ()
    document: Document | None = None
    part_of: str | None = None
    evidence: tuple[Evidence, ...] = ()
    confidence: float = Field(ge=0.0, le=1.0, default=0.5)
    # Extensions of the contract:
    relocated_from: PlaceRef | None = None
    reported_on: date | None = Field(
        default=None, description="Publication date of the earliest reporting article."
    )
    offices: tuple[Office, ...] = Field(
        default=(), description="Participants named only by an office the extractor could not resolve."
    )
    date_source: DateSource | None = Field(
        default=None,
        description="Where the date comes from: stated in the text, inferred from the publication date "
                    "(news of the day), or taken from a related event in the article.",
    )

    def participant_ids(self) -> frozenset[str]:
        return frozenset(p.id for p in self.participants)

    def ids_with_role(self, role: str) -> frozenset[str]:
        return frozenset(p.id for p in self.participants if p.role == role)


class Extraction(_Record):
    article: ArticleInfo
    entities: tuple[Entity, ...] = ()
    events: tuple[Event, ...] = ()
