"""Reference data about leaders and places, loaded from hand-curated YAML.

The extractor has to turn "Владимиром Путиным", "глава Казахстана" or "Қостанайда" into a
stable entity. It cannot do that from the text alone: a title only names a person once you
know who held the office on the event's date, and a city only has a country once somebody
wrote it down. This module is that written-down knowledge, kept as two YAML files
(``persons.yaml`` and ``places.yaml``) and turned into immutable value objects.

The module is pure: it reads files from a directory and never touches the network or a
database. Loading validates the data eagerly, so a bad edit fails with a ``ValueError`` that
names the offending entry instead of silently resolving a name to the wrong person later.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from itertools import combinations
from pathlib import Path
from typing import Any

import yaml

from extract.registry_model import (_ENV_DIR, _PLACE_SECTIONS, _WIKIDATA_ID, LANGUAGES, ORGANISATIONS, PLACE_KINDS,
                                    ROLES, SINGLE_HOLDER_ROLES, LocalizedName, LocalizedTerms, Office,
                                    Person, Place, PlaceKind, _unique)

__all__ = [
    "LANGUAGES",
    "ORGANISATIONS",
    "PLACE_KINDS",
    "ROLES",
    "SINGLE_HOLDER_ROLES",
    "LocalizedName",
    "LocalizedTerms",
    "Office",
    "Person",
    "Place",
    "PlaceKind",
    "Registry",
    "default_registry",
    "default_registry_dir",
]


# --------------------------------------------------------------------------- registry


@dataclass(frozen=True)
class Registry:
    """The validated persons and places, with the look-ups the extractor needs."""

    persons: tuple[Person, ...]
    places: tuple[Place, ...]
    _persons_by_id: Mapping[str, Person] = field(init=False, repr=False, compare=False)
    _places_by_id: Mapping[str, Place] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        _validate(self.persons, self.places)
        object.__setattr__(self, "_persons_by_id", {p.id: p for p in self.persons})
        object.__setattr__(self, "_places_by_id", {p.id: p for p in self.places})

    # ----------------------------------------------------------------- construction

    @classmethod
    def load(cls, directory: Path | str | None = None) -> Registry:
        """Read ``persons.yaml`` and ``places.yaml`` from ``directory``.

        Without a directory the ``LETOPIS_REGISTRY_DIR`` environment variable is used, and
        without that the repository's ``seeds/registry/``.
        """
        base = Path(directory) if directory is not None else default_registry_dir()
        persons_doc = _read_yaml(base / "persons.yaml")
        places_doc = _read_yaml(base / "places.yaml")
        return cls.from_documents(persons_doc, places_doc)

    @classmethod
    def from_documents(cls, persons_doc: Any, places_doc: Any) -> Registry:
        """Build a registry from already parsed YAML documents."""
        return cls(persons=_parse_persons(persons_doc), places=_parse_places(places_doc))

    # ----------------------------------------------------------------- look-ups

    def person(self, person_id: str) -> Person:
        """The person with that id; KeyError if unknown."""
        try:
            return self._persons_by_id[person_id]
        except KeyError:
            raise KeyError(f"no person {person_id!r} in the registry") from None

    def place(self, place_id: str) -> Place:
        """The place with that id; KeyError if unknown."""
        try:
            return self._places_by_id[place_id]
        except KeyError:
            raise KeyError(f"no place {place_id!r} in the registry") from None

    def has_person(self, person_id: str) -> bool:
        return person_id in self._persons_by_id

    def has_place(self, place_id: str) -> bool:
        return place_id in self._places_by_id

    def countries(self) -> tuple[Place, ...]:
        return self._of_kind("country")

    def regions(self) -> tuple[Place, ...]:
        return self._of_kind("region")

    def cities(self) -> tuple[Place, ...]:
        return self._of_kind("city")

    def office_holders(self, role: str, of: str, at: date | None = None) -> list[Person]:
        """Who held ``role`` of ``of`` on ``at``; ``at=None`` asks who holds it now.

        A list because some roles (press secretaries, other officials) have several holders;
        for single-holder roles validation guarantees at most one.
        """
        return [p for p in self.persons if p.held(role, of, at)]

    def offices_of(self, person_id: str, at: date | None = None) -> tuple[Office, ...]:
        """The offices ``person_id`` held on ``at`` (None: holds now)."""
        return self.person(person_id).offices_at(at)

    def country_of(self, place_id: str) -> str | None:
        """The country id a place belongs to: itself for a country, None for organisations."""
        if place_id in ORGANISATIONS:
            return None
        place = self.place(place_id)
        if place.kind == "country":
            return place.id
        return place.country

    def _of_kind(self, kind: PlaceKind) -> tuple[Place, ...]:
        return tuple(p for p in self.places if p.kind == kind)


def default_registry_dir() -> Path:
    """``$LETOPIS_REGISTRY_DIR`` if set, else ``seeds/registry`` next to this package."""
    override = os.environ.get(_ENV_DIR)
    if override:
        return Path(override)
    return Path(__file__).resolve().parent.parent / "seeds" / "registry"


@lru_cache(maxsize=1)
def default_registry() -> Registry:
    """The registry from the default directory, loaded once per process.

    Call ``default_registry.cache_clear()`` after changing ``LETOPIS_REGISTRY_DIR``.
    """
    return Registry.load()


# --------------------------------------------------------------------------- parsing


def _read_yaml(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ValueError(f"registry file {path} does not exist") from None
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ValueError(f"registry file {path} is not valid YAML: {exc}") from exc


def _parse_persons(doc: Any) -> tuple[Person, ...]:
    entries = doc.get("persons") if isinstance(doc, Mapping) else doc
    if not isinstance(entries, list):
        raise ValueError("persons.yaml must be a list of persons (or a mapping with 'persons')")
    return tuple(_parse_person(entry, index) for index, entry in enumerate(entries))


def _parse_person(entry: Any, index: int) -> Person:
    label = _entry_label("person", entry, index)
    if not isinstance(entry, Mapping):
        raise ValueError(f"{label}: must be a mapping")
    offices_raw = entry.get("offices") or []
    if not isinstance(offices_raw, list):
        raise ValueError(f"{label}: 'offices' must be a list")
    return Person(
        id=_required_str(entry, "id", label),
        wikidata=_wikidata(entry.get("wikidata"), label),
        name=_required_name(entry, "name", label),
        full_name=_optional_name(entry.get("full_name"), "full_name", label),
        surname=_required_name(entry, "surname", label),
        aliases=_str_tuple(entry.get("aliases"), "aliases", label),
        offices=tuple(_parse_office(o, label) for o in offices_raw),
    )


def _parse_office(entry: Any, label: str) -> Office:
    if not isinstance(entry, Mapping):
        raise ValueError(f"{label}: every office must be a mapping")
    role = _required_str(entry, "role", label)
    if role not in ROLES:
        raise ValueError(f"{label}: unknown role {role!r}; roles are {sorted(ROLES)}")
    start = _date(entry.get("from"), "from", label)
    if start is None:
        raise ValueError(f"{label}: office {role!r} needs a 'from' date")
    end = _date(entry.get("to"), "to", label)
    if end is not None and end < start:
        raise ValueError(f"{label}: office {role!r} ends ({end}) before it starts ({start})")
    return Office(role=role, of=_required_str(entry, "of", label), start=start, end=end)


def _parse_places(doc: Any) -> tuple[Place, ...]:
    if not isinstance(doc, Mapping):
        raise ValueError("places.yaml must be a mapping with countries, regions and cities")
    unknown = set(doc) - set(_PLACE_SECTIONS)
    if unknown:
        raise ValueError(f"places.yaml: unknown sections {sorted(unknown)}")
    places: list[Place] = []
    for section, kind in _PLACE_SECTIONS.items():
        entries = doc.get(section) or []
        if not isinstance(entries, list):
            raise ValueError(f"places.yaml: '{section}' must be a list")
        places.extend(_parse_place(entry, kind, index) for index, entry in enumerate(entries))
    return tuple(places)


def _parse_place(entry: Any, kind: PlaceKind, index: int) -> Place:
    label = _entry_label(kind, entry, index)
    if not isinstance(entry, Mapping):
        raise ValueError(f"{label}: must be a mapping")
    country = _optional_str(entry.get("country"), "country", label)
    if kind != "country" and country is None:
        raise ValueError(f"{label}: a {kind} needs a 'country'")
    return Place(
        id=_required_str(entry, "id", label),
        kind=kind,
        wikidata=_wikidata(entry.get("wikidata"), label),
        name=_required_name(entry, "name", label),
        official=_optional_name(entry.get("official"), "official", label),
        aliases=_str_tuple(entry.get("aliases"), "aliases", label),
        adjectives=_terms(entry.get("adjectives"), label),
        country=country if kind != "country" else None,
        region=_optional_str(entry.get("region"), "region", label),
        capital=bool(entry.get("capital", False)),
        leader=_leader(entry.get("leader"), label),
        lat=_coordinate(entry.get("lat"), "lat", 90.0, label),
        lon=_coordinate(entry.get("lon"), "lon", 180.0, label),
    )


def _leader(value: Any, label: str) -> str:
    if value is None:
        return "head_of_state"
    if value not in ("head_of_state", "head_of_government"):
        raise ValueError(f"{label}: 'leader' must be head_of_state or head_of_government, not {value!r}")
    return value


def _entry_label(kind: str, entry: Any, index: int) -> str:
    if isinstance(entry, Mapping) and entry.get("id"):
        return f"{kind} {entry['id']!r}"
    return f"{kind} #{index + 1}"


def _required_str(entry: Mapping[str, Any], key: str, label: str) -> str:
    value = _optional_str(entry.get(key), key, label)
    if value is None:
        raise ValueError(f"{label}: '{key}' is required")
    return value


def _optional_str(value: Any, key: str, label: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{label}: '{key}' must be a non-empty string, got {value!r}")
    return value.strip()


def _str_tuple(value: Any, key: str, label: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise ValueError(f"{label}: '{key}' must be a list of strings")
    words: list[str] = []
    for v in value:
        word = _optional_str(v, key, label)
        if word is None:
            raise ValueError(f"{label}: '{key}' must not contain empty entries")
        words.append(word)
    return _unique(words)


def _name_from(value: Any, key: str, label: str) -> LocalizedName:
    if not isinstance(value, Mapping):
        raise ValueError(f"{label}: '{key}' must map languages to names")
    unknown = set(value) - set(LANGUAGES)
    if unknown:
        raise ValueError(f"{label}: '{key}' has unknown languages {sorted(unknown)}")
    name = LocalizedName(**{lang: _optional_str(value.get(lang), key, label) for lang in LANGUAGES})
    if not name.values():
        raise ValueError(f"{label}: '{key}' has no name in any language")
    return name


def _required_name(entry: Mapping[str, Any], key: str, label: str) -> LocalizedName:
    if entry.get(key) is None:
        raise ValueError(f"{label}: '{key}' is required")
    return _name_from(entry[key], key, label)


def _optional_name(value: Any, key: str, label: str) -> LocalizedName | None:
    return None if value is None else _name_from(value, key, label)


def _terms(value: Any, label: str) -> LocalizedTerms:
    if value is None:
        return LocalizedTerms()
    if not isinstance(value, Mapping):
        raise ValueError(f"{label}: 'adjectives' must map languages to lists of words")
    unknown = set(value) - set(LANGUAGES)
    if unknown:
        raise ValueError(f"{label}: 'adjectives' has unknown languages {sorted(unknown)}")
    return LocalizedTerms(
        **{lang: _str_tuple(value.get(lang), "adjectives", label) for lang in LANGUAGES}
    )


def _wikidata(value: Any, label: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not _WIKIDATA_ID.match(value):
        raise ValueError(f"{label}: wikidata id {value!r} must look like Q123 or be null")
    return value


def _date(value: Any, key: str, label: str) -> date | None:
    if value is None:
        return None
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise ValueError(f"{label}: '{key}' must be a date YYYY-MM-DD, got {value!r}")


def _coordinate(value: Any, key: str, limit: float, label: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(f"{label}: '{key}' must be a number, got {value!r}")
    if not -limit <= float(value) <= limit:
        raise ValueError(f"{label}: '{key}' {value} is out of range")
    return float(value)


# --------------------------------------------------------------------------- validation


def _validate(persons: tuple[Person, ...], places: tuple[Place, ...]) -> None:
    _check_unique("person", (p.id for p in persons))
    _check_unique("place", (p.id for p in places))
    places_by_id = {p.id: p for p in places}
    _check_place_references(places, places_by_id)
    _check_office_references(persons, places_by_id)
    _check_single_holders(persons)


def _check_unique(kind: str, ids: Iterable[str]) -> None:
    seen: set[str] = set()
    for entry_id in ids:
        if entry_id in seen:
            raise ValueError(f"{kind} id {entry_id!r} is used more than once")
        seen.add(entry_id)


def _check_place_references(places: tuple[Place, ...], by_id: Mapping[str, Place]) -> None:
    for place in places:
        label = f"{place.kind} {place.id!r}"
        if place.country is not None:
            target = by_id.get(place.country)
            if target is None or target.kind != "country":
                raise ValueError(f"{label}: country {place.country!r} is not a known country")
        if place.region is not None:
            target = by_id.get(place.region)
            if target is None or target.kind != "region":
                raise ValueError(f"{label}: region {place.region!r} is not a known region")
            if target.country != place.country:
                raise ValueError(
                    f"{label}: region {place.region!r} is in {target.country!r},"
                    f" not in {place.country!r}"
                )


def _check_office_references(persons: tuple[Person, ...], places: Mapping[str, Place]) -> None:
    for person in persons:
        for office in person.offices:
            if office.of not in places and office.of not in ORGANISATIONS:
                raise ValueError(
                    f"person {person.id!r}: office {office.role!r} of {office.of!r}"
                    " refers to an unknown place or organisation"
                )


def _check_single_holders(persons: tuple[Person, ...]) -> None:
    tenures: dict[tuple[str, str], list[tuple[Person, Office]]] = {}
    for person in persons:
        for office in person.offices:
            if office.role in SINGLE_HOLDER_ROLES:
                tenures.setdefault((office.role, office.of), []).append((person, office))
    for (role, of), holders in tenures.items():
        for (p1, o1), (p2, o2) in combinations(holders, 2):
            if o1.overlaps(o2):
                raise ValueError(
                    f"{role} of {of}: person {p1.id!r} ({o1.start}..{o1.end or 'now'})"
                    f" and person {p2.id!r} ({o2.start}..{o2.end or 'now'}) overlap"
                )
