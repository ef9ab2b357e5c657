"""The two ways of finding merge candidates, and the two ways of walking an event list, agree.

Which way is taken depends on the graph's size (a leader with hundreds of thousands of events
sends the work down the time tree or the date index); on the small seed graph both are forced
here in turn, and must give exactly the same graph and the same pages.
"""

from __future__ import annotations

from pathlib import Path

import neo4j
import pytest

from graph import plan, reads, writes
from graph.store import GraphStore
from service.ingest import collect_files, ingest_files

SEEDS = Path(__file__).resolve().parents[3] / "seeds" / "articles"


def _everything(store: GraphStore) -> list[tuple]:
    page = store.events(limit=500)
    assert page.next_cursor is None
    return sorted(
        (e.type, e.start_text or "", e.end_text or "", e.status, e.place.id if e.place else "",
         tuple(sorted((p.id, p.role) for p in e.participants)), e.source_count)
        for e in page.items
    )


def _seed_with(driver: neo4j.Driver, monkeypatch: pytest.MonkeyPatch, route: str) -> list[tuple]:
    def forced(rows, stats):
        return (list(rows), []) if route == "entity" else (
            [r for r in rows if r["from"] is None], [r for r in rows if r["from"] is not None])

    monkeypatch.setattr(writes, "choose_routes", forced)
    driver.execute_query("MATCH (n) DETACH DELETE n")
    store = GraphStore(driver)
    store.ensure_schema()
    store.ensure_reference_data()
    summary = ingest_files(store, collect_files([SEEDS]))
    assert not summary.failed and summary.ingested == 5
    return _everything(store)


def test_candidate_routes_build_the_same_graph(neo4j_driver: neo4j.Driver, monkeypatch: pytest.MonkeyPatch) -> None:
    by_entity = _seed_with(neo4j_driver, monkeypatch, "entity")
    by_time = _seed_with(neo4j_driver, monkeypatch, "time")
    assert by_entity == by_time
    assert len(by_entity) >= 16
    assert sum(1 for e in by_entity if e[-1] > 1) >= 3  # some events were merged across articles


@pytest.mark.parametrize(
    ("rows", "stats", "entity", "time"),
    [
        # a leader with a long history: the day's events are fewer
        ([{"key": 0, "from": "d", "by_place": False, "participants": ["a", "b"], "days": ["x"]}],
         {"events": 1000, "days": 100, "degrees": [{"id": "a", "degree": 500}, {"id": "b", "degree": 3}]}, [], [0]),
        # two rarely seen people: their own events are fewer than a month of the graph's
        ([{"key": 0, "from": "d", "by_place": False, "participants": ["a"], "days": ["x"] * 30}],
         {"events": 1000, "days": 100, "degrees": [{"id": "a", "degree": 12}]}, [0], []),
        # no window: only the participants can find it
        ([{"key": 0, "from": None, "by_place": False, "participants": ["a"], "days": []}],
         {"events": 10**6, "days": 10, "degrees": [{"id": "a", "degree": 10**6}]}, [0], []),
        # a summit is matched by place: by time whenever it has a window
        ([{"key": 0, "from": "d", "by_place": True, "participants": [], "days": ["x"] * 3}],
         {"events": 10**6, "days": 10, "degrees": []}, [], [0]),
    ],
)
def test_choose_routes(rows, stats, entity, time) -> None:
    by_entity, by_time = plan.choose_routes(rows, stats)
    assert [r["key"] for r in by_entity] == entity
    assert [r["key"] for r in by_time] == time


def _walk(store: GraphStore, order: str, **filters) -> list[str]:
    ids: list[str] = []
    cursor = None
    while True:
        page = store.events(order=order, limit=2, cursor=cursor, **filters)
        ids.extend(e.id for e in page.items)
        if page.next_cursor is None:
            return ids
        cursor = page.next_cursor


@pytest.mark.parametrize("order", ["asc", "desc"])
@pytest.mark.parametrize(
    "filters",
    [
        {"participants": ["tokayev"]},
        {"participants": ["tokayev", "putin"], "types": "meeting"},
        {"participants": ["putin"], "types": ["visit", "meeting"]},
        {"participants": ["macron", "tokayev"]},
    ],
)
def test_event_list_routes_give_the_same_pages(seeded: GraphStore, monkeypatch: pytest.MonkeyPatch, order, filters):
    by_person = _walk(seeded, order, **filters)
    monkeypatch.setattr(reads, "_event_route", lambda *args: ("date", None, 4, (None, None)))
    by_date = _walk(seeded, order, **filters)
    assert by_date == by_person
    assert by_person  # the seed graph has events for every combination above


def test_dense_leaders_are_listed_down_the_date_index(seeded: GraphStore, monkeypatch: pytest.MonkeyPatch) -> None:
    db = reads.Db(seeded.driver)
    monkeypatch.setattr(reads, "SMALL_ANCHOR", 0)
    # Tokayev is in most seed events: a page of 2 is found sooner by date than by his whole history
    route, anchor, scan, _ = reads._event_route(db, ["tokayev"], None, None, 2)
    assert (route, anchor) == ("date", None) and reads.MIN_SCAN <= scan <= reads.MAX_SCAN
    # Macron is in few: walking his events is cheaper
    assert reads._event_route(db, ["macron", "tokayev"], None, None, 2)[:3] == ("person", "macron", 0)
