"""The seeded test graph shared by the graph read and acceptance tests."""

from __future__ import annotations

import neo4j
import pytest
from graph_support import seeded_store

from graph.store import GraphStore


@pytest.fixture(scope="module")
def seeded(neo4j_driver: neo4j.Driver) -> GraphStore:
    """A wiped graph with the schema, the registry and the five seed articles (with their manifest)."""
    return seeded_store(neo4j_driver)
