"""Schema and reference data on the real test server: complete, and idempotent."""

from __future__ import annotations

import neo4j

from extract.registry import default_registry
from graph import cypher
from graph.store import GraphStore


def _index_names(driver: neo4j.Driver) -> dict[str, str]:
    records = driver.execute_query(cypher.SHOW_INDEXES).records
    return {r["name"]: r["type"] for r in records}


def test_schema_is_idempotent_and_complete(clean_db: neo4j.Driver) -> None:
    store = GraphStore(clean_db)
    store.ensure_schema()
    first = _index_names(clean_db)
    store.ensure_schema()
    assert _index_names(clean_db) == first
    constraints = set(clean_db.execute_query(cypher.SHOW_CONSTRAINTS).records[0]["names"])
    for label in ("person", "place", "city", "country", "region", "event", "article", "document",
                  "day", "month", "year"):
        assert f"{label}_id" in constraints
    assert first[cypher.PERSON_FULLTEXT] == "FULLTEXT"
    assert first[cypher.PLACE_FULLTEXT] == "FULLTEXT"
    for name in ("event_start", "event_end", "event_type_start", "event_reported_on"):
        assert first[name] == "RANGE"


def test_reference_data_is_loaded_once(clean_db: neo4j.Driver) -> None:
    store = GraphStore(clean_db)
    store.ensure_schema()
    registry = default_registry()
    loaded = store.ensure_reference_data()
    assert loaded["persons"] == len(registry.persons)
    before = store.counts()
    store.ensure_reference_data()
    assert store.counts() == before
    assert before.nodes["Person"] == len(registry.persons)
    assert before.nodes["Place"] == len(registry.places)
    assert before.nodes["City"] == len(registry.cities())
    assert before.nodes["Country"] == len(registry.countries())
    assert before.nodes["Region"] == len(registry.regions())
    # every city and region hangs off its country; cities off their region where known
    orphans = clean_db.execute_query(
        "MATCH (p:City|Region) WHERE NOT (p)-[:IN_COUNTRY]->(:Country) RETURN count(p) AS n"
    ).records[0]["n"]
    assert orphans == 0
    in_region = sum(1 for c in registry.cities() if c.region)
    assert before.relationships["IN_REGION"] == in_region
    tokayev = store.person("tokayev")
    assert tokayev is not None and tokayev.name_kk == "Қасым-Жомарт Тоқаев" and tokayev.country == "KZ"
    astana = store.place("astana")
    assert astana is not None and astana.country is not None and astana.country.id == "KZ"
