"""The bulk path the benchmark graph is written with: the same graph shape as ingestion, and re-runs change nothing."""

from __future__ import annotations

import neo4j

from bench.graphload import LoadSpec, SyntheticGraph, load
from graph.store import GraphStore


def test_bulk_load_writes_every_event_once_and_a_rerun_changes_nothing(clean_db: neo4j.Driver) -> None:
    store = GraphStore(clean_db)
    store.ensure_schema()
    store.ensure_reference_data()
    spec = LoadSpec(events=1000, articles=200, persons=400)
    seen: list[int] = []
    done = load(clean_db, spec, batch_articles=64, progress=lambda p: seen.append(p.articles_done))
    assert done.articles_done == 200 and seen == [64, 128, 192, 200]
    counts = store.counts()
    assert counts.nodes["Event"] == 1000 and counts.nodes["Article"] == 200
    assert counts.nodes["Undated"] == 0
    assert counts.relationships["REPORTS"] > 1000  # some events are reported by two articles
    assert store.articles_from_source("synthetic") == 200

    load(clean_db, spec, batch_articles=100)
    assert store.counts() == counts

    # what was loaded reads back like ingested data
    event = SyntheticGraph(spec).event(500)
    stored = store.event(event.id)
    assert stored is not None and stored.type == event.type
    assert {p.id for p in stored.participants} == {p.id for p in event.participants}
    assert stored.sources and stored.sources[0].evidence
    person = store.person(event.participants[0].id)
    assert person is not None and person.event_count >= 1 and person.first_date is not None
