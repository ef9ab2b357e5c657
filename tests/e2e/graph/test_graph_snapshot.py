"""The seed articles build exactly the graph recorded in tests/data/seed_graph.json.

The snapshot was taken from the write path that ran one statement per step (about twenty round
trips per article); the write path that applies a whole plan in one statement must give the same
nodes, labels, properties and relationships. What the snapshot leaves out, and why:

- ``Article.ingested_at``: the time of writing;
- ``IngestLock`` nodes: bookkeeping of the writers, not part of the model;
- ``Person.first_start`` / ``last_start``: bounds the older event lists needed, no longer kept;
- ``PARTICIPATED_IN.person`` / ``start`` / ``undated``: the person-ordered access path added since
  (checked against the events they copy in `test_participation_keys_copy_the_event`).

Regenerate (only when the model changes on purpose): ``LETOPIS_WRITE_SNAPSHOT=1 pytest`` this file.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import neo4j

from graph.store import GraphStore
from service.ingest import collect_files, ingest_files

SEEDS = Path(__file__).resolve().parents[3] / "seeds" / "articles"
SNAPSHOT = Path(__file__).resolve().parents[2] / "data" / "seed_graph.json"

LEFT_OUT = {
    "Article": {"ingested_at"},
    "Person": {"first_start", "last_start"},
    "PARTICIPATED_IN": {"person", "start", "undated"},
}


def _plain(value: Any) -> Any:
    if isinstance(value, list):
        return [_plain(v) for v in value]
    iso = getattr(value, "iso_format", None)
    return iso() if callable(iso) else value


def _props(kind: str | list[str], props: dict[str, Any]) -> dict[str, Any]:
    kinds = kind if isinstance(kind, list) else [kind]
    skip = set().union(*(LEFT_OUT.get(k, set()) for k in kinds))
    return {k: _plain(v) for k, v in sorted(props.items()) if k not in skip}


def graph_snapshot(driver: neo4j.Driver) -> dict[str, Any]:
    nodes = driver.execute_query(
        "MATCH (n) WHERE NOT n:IngestLock RETURN labels(n) AS labels, properties(n) AS props").records
    rels = driver.execute_query(
        "MATCH (a)-[r]->(b) WHERE NOT a:IngestLock "
        "RETURN type(r) AS type, a.id AS start, b.id AS end, properties(r) AS props").records
    return {
        "nodes": sorted((json.dumps({"labels": sorted(r["labels"]), "props": _props(r["labels"], r["props"])},
                                    ensure_ascii=False, sort_keys=True) for r in nodes)),
        "relationships": sorted(json.dumps({"type": r["type"], "start": r["start"], "end": r["end"],
                                            "props": _props(r["type"], r["props"])},
                                           ensure_ascii=False, sort_keys=True) for r in rels),
    }


def _seeded(driver: neo4j.Driver) -> GraphStore:
    driver.execute_query("MATCH (n) DETACH DELETE n")
    store = GraphStore(driver)
    store.ensure_schema()
    store.ensure_reference_data()
    summary = ingest_files(store, collect_files([SEEDS]))
    assert not summary.failed and summary.ingested == 5
    return store


def test_seeds_build_the_recorded_graph(neo4j_driver: neo4j.Driver) -> None:
    _seeded(neo4j_driver)
    got = graph_snapshot(neo4j_driver)
    if os.environ.get("LETOPIS_WRITE_SNAPSHOT"):
        SNAPSHOT.write_text(json.dumps(got, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    expected = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    assert len(got["nodes"]) == len(expected["nodes"])
    assert got["nodes"] == expected["nodes"]
    assert got["relationships"] == expected["relationships"]
