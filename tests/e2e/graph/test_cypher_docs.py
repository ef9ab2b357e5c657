"""Every ```cypher block in docs/cypher.md runs, as written, on the graph of the seed articles."""

from __future__ import annotations

import re
from pathlib import Path

import neo4j
import pytest

from graph.store import GraphStore
from service.ingest import collect_files, ingest_files

ROOT = Path(__file__).resolve().parents[3]
DOC = ROOT / "docs" / "cypher.md"
SEEDS = ROOT / "seeds" / "articles"
BLOCK = re.compile(r"```cypher\n(.*?)```", re.DOTALL)


def _blocks() -> list[str]:
    return BLOCK.findall(DOC.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def seeded(neo4j_driver: neo4j.Driver) -> neo4j.Driver:
    neo4j_driver.execute_query("MATCH (n) DETACH DELETE n")
    store = GraphStore(neo4j_driver)
    store.ensure_schema()
    store.ensure_reference_data()
    assert not ingest_files(store, collect_files([SEEDS])).failed
    return neo4j_driver


def test_the_doc_has_at_least_ten_queries() -> None:
    assert len(_blocks()) >= 10


@pytest.mark.parametrize("number", range(len(_blocks())), ids=lambda n: f"query-{n + 1}")
def test_query_runs_and_finds_something(seeded: neo4j.Driver, number: int) -> None:
    query = _blocks()[number]
    assert "$" not in query, "queries must run as written, without parameters"
    records, _, _ = seeded.execute_query(query, routing_=neo4j.RoutingControl.READ)
    assert records, f"query {number + 1} found nothing on the seeded graph"


def test_first_query_lists_the_four_meetings(seeded: neo4j.Driver) -> None:
    records, _, _ = seeded.execute_query(_blocks()[0], routing_=neo4j.RoutingControl.READ)
    assert [r["start"].iso_format() for r in records] == ["2022-11-28", "2023-11-09", "2024-11-01", "2025-11-11"]
    assert all(r["sources"] for r in records)
