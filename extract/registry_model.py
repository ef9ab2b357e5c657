"""The registry's value objects and closed vocabularies: names in three languages, offices, persons
and places. Immutable; `extract.registry` reads them from YAML and validates them."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Literal


#: Languages the names are kept in. Russian and Kazakh are the languages of the news;
#: English is there for people reading the graph.
LANGUAGES: tuple[str, ...] = ("ru", "kk", "en")

#: The closed set of office roles. A new role is a schema change: add it here and in
#: docs/registry.md, so that the extractor's title table and the data never drift apart.
ROLES: frozenset[str] = frozenset(
    {
        "president",
        "vice_president",
        "prime_minister",
        "chancellor",
        "chairman",
        "king",
        "monarch",
        "head_of_region",
        "un_secretary_general",
        "press_secretary",
        "aide",
        "foreign_minister",
        "other",
    }
)

#: Offices that exactly one person holds at a time. Two holders on overlapping dates are a
#: data error, because resolving "президент Франции" on a date must give one answer.
SINGLE_HOLDER_ROLES: frozenset[str] = frozenset(
    {
        "president",
        "prime_minister",
        "chancellor",
        "chairman",
        "king",
        "monarch",
        "un_secretary_general",
    }
)

#: Bodies that are not places but still have officers (the UN Secretary-General's ``of``).
ORGANISATIONS: frozenset[str] = frozenset({"UN"})

PlaceKind = Literal["country", "region", "city"]
LeaderRole = Literal["head_of_state", "head_of_government"]
PLACE_KINDS: tuple[str, ...] = ("country", "region", "city")

_WIKIDATA_ID = re.compile(r"^Q[1-9][0-9]*$")
_PLACE_SECTIONS: Mapping[str, PlaceKind] = {
    "countries": "country",
    "regions": "region",
    "cities": "city",
}
_ENV_DIR = "LETOPIS_REGISTRY_DIR"


# --------------------------------------------------------------------------- value objects


@dataclass(frozen=True, slots=True)
class LocalizedName:
    """One name in the registry's languages; any of them may be missing."""

    ru: str | None = None
    kk: str | None = None
    en: str | None = None

    def get(self, lang: str) -> str | None:
        """The name in ``lang`` (``ru``/``kk``/``en``), or None when it is not recorded."""
        if lang not in LANGUAGES:
            raise KeyError(f"unknown language {lang!r}; expected one of {LANGUAGES}")
        return getattr(self, lang)

    def values(self) -> tuple[str, ...]:
        """The recorded spellings without repeats, in ru, kk, en order."""
        return _unique(v for v in (self.ru, self.kk, self.en) if v)


@dataclass(frozen=True, slots=True)
class LocalizedTerms:
    """Several words per language, e.g. a country's adjectives (казахстанский, казахский)."""

    ru: tuple[str, ...] = ()
    kk: tuple[str, ...] = ()
    en: tuple[str, ...] = ()

    def get(self, lang: str) -> tuple[str, ...]:
        """The words recorded for ``lang``."""
        if lang not in LANGUAGES:
            raise KeyError(f"unknown language {lang!r}; expected one of {LANGUAGES}")
        return getattr(self, lang)

    def values(self) -> tuple[str, ...]:
        """Every recorded word without repeats."""
        return _unique((*self.ru, *self.kk, *self.en))


@dataclass(frozen=True, slots=True)
class Office:
    """A person's tenure in one office.

    ``end`` is exclusive: on the day power changes hands the successor holds the office, so
    a predecessor's ``end`` may equal the successor's ``start`` without the two overlapping.
    ``end=None`` means the person still holds it.
    """

    role: str
    of: str
    start: date
    end: date | None = None

    def held_on(self, at: date) -> bool:
        """Whether the office was held on ``at``."""
        return self.start <= at and (self.end is None or at < self.end)

    @property
    def is_current(self) -> bool:
        """Whether the registry records no end to this tenure."""
        return self.end is None

    def overlaps(self, other: Office) -> bool:
        """Whether the two tenures share at least one day."""
        self_end = self.end or date.max
        other_end = other.end or date.max
        return self.start < other_end and other.start < self_end


@dataclass(frozen=True, slots=True)
class Person:
    """A leader or official the extractor should recognise."""

    id: str
    name: LocalizedName
    surname: LocalizedName
    offices: tuple[Office, ...] = ()
    wikidata: str | None = None
    full_name: LocalizedName | None = None
    aliases: tuple[str, ...] = ()

    def names(self) -> tuple[str, ...]:
        """Every spelling the registry knows, nominative forms, without repeats."""
        full = self.full_name.values() if self.full_name else ()
        return _unique((*self.name.values(), *full, *self.surname.values(), *self.aliases))

    def offices_at(self, at: date | None = None) -> tuple[Office, ...]:
        """Offices held on ``at``, or the current ones when ``at`` is None."""
        if at is None:
            return tuple(o for o in self.offices if o.is_current)
        return tuple(o for o in self.offices if o.held_on(at))

    def held(self, role: str, of: str, at: date | None = None) -> bool:
        """Whether the person held ``role`` of ``of`` on ``at`` (None: holds it now)."""
        return any(o.role == role and o.of == of for o in self.offices_at(at))


@dataclass(frozen=True, slots=True)
class Place:
    """A country, a region (oblast, republic, state) or a city.

    ``country`` is None for a country itself; ``region`` is only filled for places inside a
    region that the registry knows.
    """

    id: str
    kind: PlaceKind
    name: LocalizedName
    wikidata: str | None = None
    official: LocalizedName | None = None
    aliases: tuple[str, ...] = ()
    adjectives: LocalizedTerms = field(default_factory=LocalizedTerms)
    country: str | None = None
    region: str | None = None
    capital: bool = False
    # Whom the news means by "the leader of" a country: its head of state, or in a parliamentary state its
    # head of government ("лидер Германии" is the chancellor, "лидер Франции" the president).
    leader: LeaderRole = "head_of_state"
    lat: float | None = None
    lon: float | None = None

    def names(self) -> tuple[str, ...]:
        """Every spelling of the place's name (adjectives excluded), without repeats."""
        official = self.official.values() if self.official else ()
        return _unique((*self.name.values(), *official, *self.aliases))


def _unique(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(values))
