"""Graphs the graph tests start from: an empty one with the schema and the registry, and the seed graph."""

from __future__ import annotations

from pathlib import Path

import neo4j

from graph.store import GraphStore
from service.ingest import collect_files, ingest_files

SEEDS = Path(__file__).resolve().parents[3] / "seeds" / "articles"


def empty_store(driver: neo4j.Driver) -> GraphStore:
    """A wiped graph with the schema and the registry's people and places."""
    driver.execute_query("MATCH (n) DETACH DELETE n")
    store = GraphStore(driver)
    store.ensure_schema()
    store.ensure_reference_data()
    return store


def seeded_store(driver: neo4j.Driver) -> GraphStore:
    """`empty_store` with the five seed articles (and their manifest) ingested."""
    store = empty_store(driver)
    summary = ingest_files(store, collect_files([SEEDS]))
    assert not summary.failed and summary.ingested == 5
    return store
