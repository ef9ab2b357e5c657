"""The seed articles build exactly the graph recorded in tests/data/seed_graph.json.

The snapshot was taken from the write path that ran one statement per step (about twenty round
trips per article); the write path that applies a whole plan in one statement must give the same
nodes, labels, properties and relationships. What the snapshot leaves out, and why:

- ``Article.ingested_at``: the time of writing;
- ``IngestLock`` nodes: bookkeeping of the writers, not part of the model;
- ``Person.first_start`` / ``last_start``: bounds the older event lists needed, no longer kept;
- ``PARTICIPATED_IN.person`` / ``start`` / ``undated`` and the ``PAIR`` relationships: the
  person-ordered and pair access paths added since (checked against the events and participants
  they copy in `test_participation_keys_copy_the_event`).

Regenerate (only when the model changes on purpose): ``LETOPIS_WRITE_SNAPSHOT=1 pytest`` this file.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import neo4j

from graph_support import seeded_store

from graph import schema

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
        "MATCH (a)-[r]->(b) WHERE NOT a:IngestLock AND NOT r:PAIR "
        "RETURN type(r) AS type, a.id AS start, b.id AS end, properties(r) AS props").records
    return {
        "nodes": sorted((json.dumps({"labels": sorted(r["labels"]), "props": _props(r["labels"], r["props"])},
                                    ensure_ascii=False, sort_keys=True) for r in nodes)),
        "relationships": sorted(json.dumps({"type": r["type"], "start": r["start"], "end": r["end"],
                                            "props": _props(r["type"], r["props"])},
                                           ensure_ascii=False, sort_keys=True) for r in rels),
    }


def test_seeds_build_the_recorded_graph(neo4j_driver: neo4j.Driver) -> None:
    seeded_store(neo4j_driver)
    got = graph_snapshot(neo4j_driver)
    if os.environ.get("LETOPIS_WRITE_SNAPSHOT"):
        SNAPSHOT.write_text(json.dumps(got, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    expected = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    assert len(got["nodes"]) == len(expected["nodes"])
    assert got["nodes"] == expected["nodes"]
    assert got["relationships"] == expected["relationships"]


def _participation(driver: neo4j.Driver) -> list[tuple]:
    records = driver.execute_query(
        "MATCH (p:Person)-[r:PARTICIPATED_IN]->(e:Event) "
        "RETURN p.id AS person, e.id AS event, r.person AS key, r.start AS start, e.start AS event_start, "
        "r.undated AS undated ORDER BY person, event").records
    return [tuple(r.values()) for r in records]


def _pairs(driver: neo4j.Driver) -> list[tuple]:
    records = driver.execute_query(
        "MATCH (e:Event)-[x:PAIR]->(e) RETURN e.id AS event, x.pair AS pair, x.start AS start, "
        "x.undated AS undated ORDER BY event, pair").records
    return [tuple(r.values()) for r in records]


def test_participation_keys_copy_the_event(neo4j_driver: neo4j.Driver) -> None:
    seeded_store(neo4j_driver)
    rows = _participation(neo4j_driver)
    assert rows and any(r[5] is not None for r in rows)  # the seeds have undated events too
    for person, event, key, start, event_start, undated in rows:
        assert key == person and start == event_start
        assert undated == (event if event_start is None else None)
    # one PAIR per two participants of each event, with the event's date
    expected = []
    for event in sorted({r[1] for r in rows}):
        people = sorted(r[0] for r in rows if r[1] == event)
        start = next(r[4] for r in rows if r[1] == event)
        expected += [(event, f"{a}|{b}", start, None if start else event)
                     for i, a in enumerate(people) for b in people[i + 1:]]
    assert _pairs(neo4j_driver) == expected


def test_an_older_graph_gets_its_keys_and_indexes(neo4j_driver: neo4j.Driver) -> None:
    store = seeded_store(neo4j_driver)
    written = _participation(neo4j_driver)
    snapshot = graph_snapshot(neo4j_driver)
    # as a graph written before the person-ordered keys looked
    for name in schema.PARTICIPATION_NAMES:
        neo4j_driver.execute_query(f"DROP INDEX {name}")
    neo4j_driver.execute_query("MATCH ()-[r:PARTICIPATED_IN]->() REMOVE r.person, r.start, r.undated")
    pairs = _pairs(neo4j_driver)
    neo4j_driver.execute_query("MATCH ()-[x:PAIR]->() DELETE x")
    assert not schema.schema_in_place(neo4j_driver)

    store._ready = False
    store.ensure_ready()  # what the API's first request, `serve`, `run` and `ingest` do
    assert schema.schema_in_place(neo4j_driver)
    assert _participation(neo4j_driver) == written
    assert _pairs(neo4j_driver) == pairs
    assert graph_snapshot(neo4j_driver) == snapshot
    assert store.events(participants=["tokayev", "putin"], types=["meeting"]).items
