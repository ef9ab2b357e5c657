"""Backups: ingest, dump, wipe, load, and the graph is the same (counts and a content hash)."""

from __future__ import annotations

import hashlib
import json
import time
from pathlib import Path

import neo4j
import pytest

import devserver
from graph.store import GraphStore
from service.ingest import collect_files, ingest_files

SEEDS = Path(__file__).resolve().parents[3] / "seeds" / "articles"


def fingerprint(driver) -> tuple[dict[str, int], str]:
    """Counts by label and relationship type, and a hash of every event, article and report."""
    labels = {r["label"]: r["n"] for r in driver.execute_query(
        "MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n").records}
    types = {r["type"]: r["n"] for r in driver.execute_query(
        "MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n").records}
    rows = driver.execute_query(
        "MATCH (e:Event) OPTIONAL MATCH (a:Article)-[r:REPORTS]->(e) "
        "WITH e, a, r ORDER BY a.id "
        "RETURN e.id AS id, properties(e) AS event, "
        "       collect([a.id, properties(a), properties(r)]) AS sources ORDER BY id").records
    content = json.dumps([[r["id"], r["event"], r["sources"]] for r in rows], sort_keys=True, default=str)
    return {**labels, **{f"-{t}-": n for t, n in types.items()}}, hashlib.sha256(content.encode()).hexdigest()


def test_dump_wipe_load_gives_the_same_graph(neo4j_test_server, clean_db, tmp_path) -> None:
    store = GraphStore(clean_db)
    store.ensure_schema()
    store.ensure_reference_data()
    summary = ingest_files(store, collect_files([SEEDS]))
    assert not summary.failed and summary.ingested >= 3
    counts, digest = fingerprint(clean_db)
    assert counts["Event"] > 0 and counts["-REPORTS-"] > 0

    file = tmp_path / "backups" / "letopis.dump"
    started = time.monotonic()
    devserver.dump(neo4j_test_server, file, progress=None)
    dumped = time.monotonic() - started
    assert file.is_file() and file.stat().st_size > 0
    assert devserver.status(neo4j_test_server).answering  # started again after the dump

    # Its own driver from here on: a driver remembers the last transaction it saw (execute_query's
    # bookmarks), and after a load the database is back at an older one.
    with neo4j.GraphDatabase.driver(neo4j_test_server.bolt_uri, auth=neo4j_test_server.auth) as own:
        own.execute_query("MATCH (n) DETACH DELETE n")
        assert fingerprint(own)[0] == {}

        started = time.monotonic()
        devserver.load(neo4j_test_server, file, progress=None)
        loaded = time.monotonic() - started
    with neo4j.GraphDatabase.driver(neo4j_test_server.bolt_uri, auth=neo4j_test_server.auth) as fresh:
        assert fingerprint(fresh) == (counts, digest)
    print(f"\ndump {dumped:.1f}s ({file.stat().st_size:,} bytes), load {loaded:.1f}s; "
          f"{counts['Event']} events, {counts['Article']} articles; sha256 {digest[:16]} before and after")


def test_load_refuses_a_missing_file(neo4j_test_server, tmp_path) -> None:
    with pytest.raises(devserver.LocalServerError, match="No dump file"):
        devserver.load(neo4j_test_server, tmp_path / "missing.dump", progress=None)
    assert devserver.status(neo4j_test_server).answering
