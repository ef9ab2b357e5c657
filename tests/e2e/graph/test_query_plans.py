"""The two ways of finding merge candidates agree, and event lists read down the person-ordered
index give exactly the pages the anchored walk (a participant's whole history, sorted) gave.

Which candidate route is taken depends on the graph's size (a leader with hundreds of thousands of
events sends the work down the time tree); on the small seed graph both are forced here in turn,
and must give exactly the same graph. The lists are compared on the seed graph and on a synthetic
one, page by page, in both orders.
"""

from __future__ import annotations

from datetime import date

import neo4j
import pytest
from graph_support import empty_store, seeded_store

from bench.graphload import LoadSpec, load
from graph import cypher, reads, writes
from graph.store import GraphStore


def _everything(store: GraphStore) -> list[tuple]:
    page = store.events(limit=500)
    assert page.next_cursor is None
    return sorted(
        (e.type, e.start_text or "", e.end_text or "", e.status, e.place.id if e.place else "",
         tuple(sorted((p.id, p.role) for p in e.participants)), e.source_count)
        for e in page.items
    )


def _seed_with(driver: neo4j.Driver, monkeypatch: pytest.MonkeyPatch, route: str) -> list[tuple]:
    monkeypatch.setattr(writes, "CANDIDATE_ROUTE", route)
    return _everything(seeded_store(driver))


def test_candidate_routes_build_the_same_graph(neo4j_driver: neo4j.Driver, monkeypatch: pytest.MonkeyPatch) -> None:
    by_entity = _seed_with(neo4j_driver, monkeypatch, "entity")
    by_time = _seed_with(neo4j_driver, monkeypatch, "time")
    assert by_entity == by_time
    assert len(by_entity) >= 16
    assert sum(1 for e in by_entity if e[-1] > 1) >= 3  # some events were merged across articles


def _anchored(db, order, people, after_key, after_id, limit, params):
    """The list as it was read before the person-ordered and pair indexes: the least covered
    participant's events, all of them, sorted."""
    degrees = reads._degrees(db, people)
    anchor = min(people, key=lambda p: (degrees.get(p, 0), people.index(p)))
    return db.read(cypher.EVENT_LIST[("person", order)], anchor=anchor, after_key=after_key, after_id=after_id,
                   limit=limit, **params)


def _both_ways(store: GraphStore, monkeypatch: pytest.MonkeyPatch, order: str, limit: int, **filters):
    by_index = _walk(store, order, limit, **filters)
    with monkeypatch.context() as patched:
        patched.setattr(reads, "_events_by_people", _anchored)
        anchored = _walk(store, order, limit, **filters)
    return by_index, anchored


@pytest.mark.parametrize("order", ["asc", "desc"])
@pytest.mark.parametrize(
    "filters",
    [
        {"participants": ["tokayev"]},
        {"participants": ["tokayev", "putin"], "types": "meeting"},
        {"participants": ["putin"], "types": ["visit", "meeting"]},
        {"participants": ["macron", "tokayev"]},
        {"participants": ["putin", "tokayev"], "types": ["visit", "signing"]},
        {"participants": ["tokayev", "putin"], "include_undated": True, "date_from": date(2024, 1, 1)},
        {"participants": ["tokayev"], "date_from": date(2023, 1, 1), "date_to": date(2024, 12, 31)},
        {"participants": ["tokayev"], "date_to": date(2024, 12, 31), "include_undated": True},
        {"participants": ["tokayev"], "country": "RU"},
    ],
)
def test_person_index_gives_the_anchored_pages_on_the_seeds(seeded: GraphStore, monkeypatch: pytest.MonkeyPatch,
                                                            order, filters):
    by_index, anchored = _both_ways(seeded, monkeypatch, order, 2, **filters)
    assert by_index == anchored
    assert by_index  # the seed graph has events for every combination above


def test_undated_events_come_last_in_both_orders(seeded: GraphStore) -> None:
    for order in ("asc", "desc"):
        items = _walk_items(seeded, order, 2, participants=["tokayev"])
        dated = [e for e in items if e.start]
        assert dated and items[: len(dated)] == dated
        assert any(e.start is None for e in items)  # the seeds have undated events of Tokayev


SYNTHETIC = LoadSpec(events=3000, articles=600, persons=400)


@pytest.fixture(scope="module")
def synthetic(neo4j_driver: neo4j.Driver) -> GraphStore:
    """A skewed synthetic graph (a hub leader in about half the events), as the benchmark loads it."""
    store = empty_store(neo4j_driver)
    load(neo4j_driver, SYNTHETIC, batch_articles=300)
    return store


@pytest.mark.parametrize("order", ["asc", "desc"])
@pytest.mark.parametrize(
    "filters",
    [
        {"participants": ["tokayev"]},
        {"participants": ["tokayev", "putin"], "types": "meeting"},
        {"participants": ["lukashenko", "tokayev"], "types": "meeting"},
        {"participants": ["putin", "mirziyoyev"]},
        {"participants": ["tokayev", "japarov"], "date_from": date(2022, 1, 1)},
        {"participants": ["per-bench-00000"]},
        {"participants": ["per-bench-00000", "tokayev"]},
        {"participants": ["tokayev", "putin", "lukashenko"], "types": ["forum", "summit"]},
    ],
)
def test_person_index_gives_the_anchored_pages_on_a_synthetic_graph(synthetic: GraphStore,
                                                                    monkeypatch: pytest.MonkeyPatch, order, filters):
    by_index, anchored = _both_ways(synthetic, monkeypatch, order, 20, **filters)
    assert by_index == anchored
    assert by_index


def test_person_summary_reads_the_same_bounds(synthetic: GraphStore, monkeypatch: pytest.MonkeyPatch) -> None:
    by_index = synthetic.person("tokayev")
    with monkeypatch.context() as patched:
        patched.setattr(reads, "_events_by_people", _anchored)
        anchored = synthetic.person("tokayev")
    assert by_index == anchored and by_index.first_date is not None


def _walk_items(store: GraphStore, order: str, limit: int, **filters) -> list:
    items: list = []
    cursor = None
    while True:
        page = store.events(order=order, limit=limit, cursor=cursor, **filters)
        items.extend(page.items)
        if page.next_cursor is None:
            return items
        cursor = page.next_cursor


def _walk(store: GraphStore, order: str, limit: int, **filters) -> list[str]:
    return [e.id for e in _walk_items(store, order, limit, **filters)]
