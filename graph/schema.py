"""Constraints, indexes and the reference data (registry persons and places) in the graph.

Both entry points are idempotent: `ensure_schema` uses ``IF NOT EXISTS`` everywhere and
`ensure_reference_data` MERGEs on ids, so running them on every start-up is cheap and safe.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import neo4j


from extract import kazakh
from extract.records import PLACE_KIND_RANK
from extract.registry import Person, Place, Registry, default_registry
from graph import cypher

BATCH_SIZE = 500
SCHEMA_NAMES = frozenset(
    re.search(r"(?:INDEX|CONSTRAINT) (\w+) IF NOT EXISTS", statement).group(1)  # type: ignore[union-attr]
    for statement in (*cypher.CONSTRAINTS, *cypher.INDEXES, *cypher.FULLTEXT_INDEXES, *cypher.PARTICIPATION_INDEXES)
)


PARTICIPATION_NAMES = frozenset(
    re.search(r"INDEX (\w+) IF NOT EXISTS", statement).group(1)  # type: ignore[union-attr]
    for statement in cypher.PARTICIPATION_INDEXES
)


def _online(driver: neo4j.Driver, database: str | None) -> set[str]:
    return set(driver.execute_query(cypher.ONLINE_INDEX_NAMES, database_=database).records[0]["names"])


def schema_in_place(driver: neo4j.Driver, database: str | None = None) -> bool:
    """Whether every constraint and index of the model exists and is online (one quick query)."""
    return SCHEMA_NAMES <= _online(driver, database)


def _create(driver: neo4j.Driver, statements: Iterable[str], database: str | None, timeout: int) -> None:
    for statement in statements:
        try:
            driver.execute_query(statement, database_=database)
        except neo4j.exceptions.ClientError as exc:
            # Two processes starting at once: the other one created it between our check and ours.
            if "AlreadyExists" not in (exc.code or ""):
                raise
    driver.execute_query(cypher.AWAIT_INDEXES, timeout=timeout, database_=database)


def ensure_schema(driver: neo4j.Driver, database: str | None = None, timeout: int = 120) -> None:
    """Create every constraint and index the model needs and wait until they are online.

    A graph written before PARTICIPATED_IN carried its person-ordered keys, and events their PAIR
    relationships, gets them first (in batches of their own transactions), and only then the
    indexes on them: once those exist, as `schema_in_place` checks, the migration is complete.
    """
    _create(driver, (*cypher.CONSTRAINTS, *cypher.INDEXES, *cypher.FULLTEXT_INDEXES), database, timeout)
    if not PARTICIPATION_NAMES <= _online(driver, database):
        with driver.session(database=database) as session:
            session.run(cypher.BACKFILL_PARTICIPATION).consume()
            session.run(cypher.BACKFILL_PAIRS).consume()
    _create(driver, cypher.PARTICIPATION_INDEXES, database, max(timeout, 600))


def search_names(names: Iterable[str | None]) -> list[str]:
    """Lower-case spellings with Kazakh letters and ё folded, so "Токаев" finds "Тоқаев"."""
    out: dict[str, None] = {}
    for name in names:
        if name:
            out[kazakh.fold(name)] = None
    return list(out)


def person_country(person: Person, registry: Registry) -> str | None:
    """The country of the person's latest office (a current one before any past one)."""
    offices = sorted(person.offices, key=lambda o: (o.end is None, o.end or o.start, o.start))
    for office in reversed(offices):
        if registry.has_place(office.of):
            return registry.country_of(office.of)
    return None


def person_props(person: Person, registry: Registry) -> dict[str, Any]:
    """Node properties of a registry person."""
    name = person.name.ru or person.name.en or person.name.kk or person.id
    return {
        "name": name,
        "name_en": person.name.en,
        "name_kk": person.name.kk,
        "wikidata": person.wikidata,
        "aliases": list(person.aliases),
        "source": "registry",
        "country": person_country(person, registry),
        "search_names": search_names(person.names()),
    }


def place_props(place: Place) -> dict[str, Any]:
    """Node properties of a registry place."""
    return {
        "name": place.name.ru or place.name.en or place.name.kk or place.id,
        "name_en": place.name.en,
        "name_kk": place.name.kk,
        "wikidata": place.wikidata,
        "aliases": list(place.aliases),
        "kind": place.kind,
        "capital": place.capital,
        "lat": place.lat,
        "lon": place.lon,
        "source": "registry",
        "search_names": search_names(place.names()),
    }


def place_row(place: Place) -> dict[str, Any]:
    return {
        "id": place.id,
        "kind": place.kind,
        "props": place_props(place),
        "country": place.country if place.kind != "country" else None,
        "region": place.region if place.kind == "city" else None,
    }


def person_row(person: Person, registry: Registry) -> dict[str, Any]:
    return {"id": person.id, "props": person_props(person, registry)}


def batches(rows: Sequence[dict[str, Any]], size: int = BATCH_SIZE) -> Iterator[list[dict[str, Any]]]:
    for i in range(0, len(rows), size):
        yield list(rows[i : i + size])


def ensure_reference_data(
    driver: neo4j.Driver, registry: Registry | None = None, database: str | None = None
) -> dict[str, int]:
    """MERGE every registry person and place (with IN_COUNTRY / IN_REGION links); return counts."""
    registry = registry or default_registry()
    persons = [person_row(p, registry) for p in registry.persons]
    # Countries first, then regions, then cities: links point at places that already exist.
    places = [place_row(p) for p in sorted(registry.places, key=lambda p: PLACE_KIND_RANK[p.kind])]

    def work(tx: neo4j.ManagedTransaction) -> None:
        for batch in batches(persons):
            tx.run(cypher.MERGE_PERSONS, rows=batch).consume()
        for batch in batches(places):
            tx.run(cypher.MERGE_PLACES, rows=batch).consume()
        for batch in batches(places):
            tx.run(cypher.LINK_PLACES, rows=batch).consume()

    with driver.session(database=database, notifications_disabled_classifications=["UNRECOGNIZED"]) as session:
        session.execute_write(work)
    return {
        "persons": len(persons),
        "countries": sum(1 for p in places if p["kind"] == "country"),
        "regions": sum(1 for p in places if p["kind"] == "region"),
        "cities": sum(1 for p in places if p["kind"] == "city"),
    }
