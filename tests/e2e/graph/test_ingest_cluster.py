"""Extraction on a Dask cluster (a LocalCluster here) writes exactly the graph the local path writes."""

from __future__ import annotations

from pathlib import Path

import neo4j
from graph.store import GraphStore
from service.cluster import cluster_client
from service.ingest import collect_files, ingest_files

SEEDS = Path(__file__).resolve().parents[3] / "seeds" / "articles"


def _snapshot(store: GraphStore) -> tuple:
    events = store.events(limit=500).items
    rows = []
    for summary in events:
        detail = store.event(summary.id)
        assert detail is not None
        rows.append((detail.id, detail.type, detail.status, detail.start_text, detail.end_text,
                     detail.place.id if detail.place else None,
                     tuple(sorted((p.id, p.role) for p in detail.participants)),
                     tuple(sorted(s.id for s in detail.sources)),
                     detail.parent.id if detail.parent else None))
    counts = store.counts()
    return tuple(sorted(rows)), counts.nodes, counts.relationships


def test_cluster_ingest_gives_the_same_graph_as_local(clean_db: neo4j.Driver) -> None:
    store = GraphStore(clean_db)
    store.ensure_schema()
    store.ensure_reference_data()
    files = collect_files([SEEDS])
    manifest = SEEDS / "manifest.yaml"
    local = ingest_files(store, files, manifest=manifest)
    assert not local.failed and local.ingested == len(files)
    expected = _snapshot(store)

    clean_db.execute_query("MATCH (n) DETACH DELETE n")
    store.ensure_reference_data()
    with cluster_client("local", workers=2) as client:
        assert len(client.nthreads()) == 2
        remote = ingest_files(store, files, manifest=manifest, cluster=client)
    assert not remote.failed and remote.ingested == len(files)
    assert [o.article_id for o in remote.outcomes] == [o.article_id for o in local.outcomes]
    assert _snapshot(store) == expected
