"""The merge does not depend on the order the seed articles arrive in."""

from __future__ import annotations

from pathlib import Path

import neo4j

from graph.store import GraphStore
from service.ingest import collect_files, ingest_files

SEEDS = Path(__file__).resolve().parents[3] / "seeds" / "articles"


def _meetings(store: GraphStore) -> list[tuple]:
    page = store.events(participants=["tokayev", "putin"], types=["meeting"])
    return [(e.start, e.end, e.place.id if e.place else None, e.source_count) for e in page.items]


def test_reverse_order_gives_the_same_meetings(clean_db: neo4j.Driver) -> None:
    store = GraphStore(clean_db)
    store.ensure_schema()
    store.ensure_reference_data()
    files = collect_files([SEEDS])
    ingest_files(store, files)
    forward, forward_counts = _meetings(store), store.counts()
    clean_db.execute_query("MATCH (n) DETACH DELETE n")
    store.ensure_reference_data()
    summary = ingest_files(store, list(reversed(files)))
    assert not summary.failed
    assert len(forward) == 4
    assert _meetings(store) == forward
    assert store.counts().nodes["Event"] == forward_counts.nodes["Event"]
