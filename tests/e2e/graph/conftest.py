"""The seeded test graph shared by the graph read and acceptance tests."""

from __future__ import annotations

from pathlib import Path

import neo4j
import pytest

from graph.store import GraphStore
from service.ingest import collect_files, ingest_files

SEEDS = Path(__file__).resolve().parents[3] / "seeds" / "articles"


@pytest.fixture(scope="module")
def seeded(neo4j_driver: neo4j.Driver) -> GraphStore:
    """A wiped graph with the schema, the registry and the five seed articles (with their manifest)."""
    neo4j_driver.execute_query("MATCH (n) DETACH DELETE n")
    store = GraphStore(neo4j_driver)
    store.ensure_schema()
    store.ensure_reference_data()
    summary = ingest_files(store, collect_files([SEEDS]))
    assert not summary.failed and summary.ingested == 5
    return store
