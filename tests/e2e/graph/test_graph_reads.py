"""The reads the API serves, on the seeded test graph."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import neo4j
import pytest

from extract.ids import article_id
from graph.results import EventSummary
from graph.store import GraphStore, InvalidCursor
from service import names
from service.ingest import read_article

SEEDS = Path(__file__).resolve().parents[3] / "seeds" / "articles"


def _all(store: GraphStore, **filters) -> list[EventSummary]:
    return store.events(limit=1000, **filters).items


def test_ping(seeded: GraphStore) -> None:
    assert seeded.ping()


def test_pages_walk_the_whole_list_in_order(seeded: GraphStore) -> None:
    for order in ("asc", "desc"):
        everything = _all(seeded, order=order)
        walked, cursor = [], None
        while True:
            page = seeded.events(order=order, limit=2, cursor=cursor)
            walked.extend(page.items)
            cursor = page.next_cursor
            if cursor is None:
                break
        assert [e.id for e in walked] == [e.id for e in everything]
        assert len({e.id for e in walked}) == len(walked)
    asc = [e.id for e in _all(seeded, order="asc") if e.start]
    desc = [e.id for e in _all(seeded, order="desc") if e.start]
    assert asc == list(reversed(desc))
    starts = [e.start for e in _all(seeded) if e.start]
    assert starts == sorted(starts)
    undated = [e.start for e in _all(seeded)]
    assert None not in undated[: len(starts)]  # undated events come last


def test_cursor_is_checked(seeded: GraphStore) -> None:
    cursor = seeded.events(limit=1).next_cursor
    assert cursor
    with pytest.raises(InvalidCursor):
        seeded.events(limit=1, cursor=cursor, order="desc")
    with pytest.raises(InvalidCursor):
        seeded.events(cursor="garbage")


def test_filters(seeded: GraphStore) -> None:
    meetings = _all(seeded, types=["meeting"])
    assert meetings and all(e.type == "meeting" for e in meetings)
    in_2024 = _all(seeded, date_from=date(2024, 1, 1), date_to=date(2024, 12, 31))
    assert in_2024 and all(e.start <= date(2024, 12, 31) and e.end >= date(2024, 1, 1) for e in in_2024)
    in_kz = _all(seeded, country="KZ")
    assert {"astana"} <= {e.place.id for e in in_kz}
    assert all(e.place.id == "KZ" or e.place.country.id == "KZ" for e in in_kz)
    assert {e.id for e in _all(seeded, place="KZ")} == {e.id for e in in_kz}
    assert all(e.place.id == "astana" for e in _all(seeded, place="astana"))
    with_macron = _all(seeded, participants=["tokayev", "macron"])
    assert with_macron and all({"tokayev", "macron"} <= {p.id for p in e.participants} for e in with_macron)
    assert _all(seeded, participants=["nobody-at-all"]) == []
    planned = _all(seeded, status=["planned"])
    assert planned and all(e.status == "planned" for e in planned)
    declaration = _all(seeded, q="ДЕКЛАРАЦ")
    assert declaration and any(e.type == "signing" for e in declaration)
    by_evidence = _all(seeded, q="Уральск")
    assert by_evidence


def test_event_detail(seeded: GraphStore) -> None:
    meeting = _all(seeded, participants=["tokayev", "putin"], types=["meeting"])[-1]
    detail = seeded.event(meeting.id)
    assert detail.place.name == "Москва" and detail.place.country.name == "Россия"
    assert detail.parent is not None
    assert any(s.type == "signing" for s in detail.siblings)
    for source in detail.sources:
        assert source.evidence and source.published is not None and source.lang == "ru"
    assert seeded.event("ev-does-not-exist") is None


def test_article(seeded: GraphStore) -> None:
    aid = article_id(read_article(SEEDS / "003_ceb2dbd392ccd718.txt"))
    article = seeded.article(aid)
    assert article.lang == "kk" and article.published == date(2023, 11, 4)
    assert article.text is None and seeded.article(aid, with_text=True).text
    assert any(e.type == "meeting" and e.start == date(2023, 11, 9) for e in article.events)
    assert {"tokayev", "putin", "astana"} <= {m.id for m in article.mentions}
    starts = [e.evidence_start for e in article.events]
    assert starts == sorted(starts)
    assert seeded.article("art-missing") is None


@pytest.mark.parametrize("text", ["Путиным", "Владимира Путина", "путин", "Putin", "putin", "Путинге"])
def test_resolve_putin(seeded: GraphStore, text: str) -> None:
    assert [p.id for p in names.resolve_person(seeded, text)] == ["putin"]


@pytest.mark.parametrize("text", ["Тоқаев", "Тоқаевтың", "Токаевым", "Tokayev", "Касым-Жомарт Токаев", "tokayev"])
def test_resolve_tokayev(seeded: GraphStore, text: str) -> None:
    assert [p.id for p in names.resolve_person(seeded, text)] == ["tokayev"]


def test_resolve_person_edge_cases(seeded: GraphStore) -> None:
    assert names.resolve_person(seeded, "Q7747")[0].id == "putin"  # Wikidata id
    assert len(names.resolve_person(seeded, "Алиев")) > 1  # ambiguous: the API reports it as such
    assert names.resolve_person(seeded, "Ильхам Алиев")[0].id == "ilham-aliyev"
    assert names.resolve_person(seeded, "Абракадабров") == []
    assert names.resolve_person(seeded, "   ") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Астане", "astana"), ("Мәскеуде", "moscow"), ("Moscow", "moscow"), ("Q649", "moscow"),
    ("KZ", "KZ"), ("Казахстана", "KZ"), ("Уральске", "uralsk"),
])
def test_resolve_place(seeded: GraphStore, text: str, expected: str) -> None:
    assert [p.id for p in names.resolve_place(seeded, text)] == [expected]


def test_search_persons(seeded: GraphStore) -> None:
    assert names.search_persons(seeded, "Ток")[0].id == "tokayev"
    assert names.search_persons(seeded, "Тоқ")[0].id == "tokayev"
    assert names.search_persons(seeded, "Путиным")[0].id == "putin"
    assert "macron" in [p.id for p in names.search_persons(seeded, "Макр", limit=5)]
    assert names.search_persons(seeded, "zzzzzz") == []
    assert len(names.search_persons(seeded, "а", limit=3)) <= 3


def test_person_and_timeline(seeded: GraphStore) -> None:
    person = seeded.person("tokayev")
    assert person.event_count >= 10 and person.article_count == 5
    assert person.offices[0].role == "president" and person.offices[0].of == "KZ"
    assert person.first_date <= date(2022, 11, 28) and person.last_date >= date(2025, 11, 12)
    first = seeded.person_timeline("tokayev", limit=3)
    second = seeded.person_timeline("tokayev", limit=3, cursor=first.next_cursor)
    assert len(first.items) == 3 and not {e.id for e in first.items} & {e.id for e in second.items}
    assert first.items[-1].start <= second.items[0].start
    assert seeded.person("nobody") is None


def test_connections(seeded: GraphStore) -> None:
    connections = seeded.person_connections("tokayev")
    top = connections[0]
    assert top.counterpart.id == "putin" and top.count >= 8
    assert top.first_date <= date(2022, 11, 28) and top.last_date >= date(2025, 11, 12)
    assert {"meeting", "visit"} <= set(top.types)
    assert "macron" in {c.counterpart.id for c in connections}


def test_place_and_its_events(seeded: GraphStore) -> None:
    astana = seeded.place("astana")
    assert astana.kind == "city" and astana.country.id == "KZ" and astana.event_count >= 2
    assert seeded.place("uralsk").region is not None
    kz = seeded.place_events("KZ", types=["meeting"])
    assert {e.start for e in kz.items} >= {date(2023, 11, 9), date(2024, 11, 1)}
    assert seeded.place("atlantis") is None


def test_subgraph_is_cytoscape_elements(seeded: GraphStore) -> None:
    elements = seeded.subgraph(["tokayev", "putin"])
    data = elements.model_dump()
    ids = [n["data"]["id"] for n in data["nodes"]]
    assert len(ids) == len(set(ids))
    kinds = {n["data"]["kind"] for n in data["nodes"]}
    assert {"person", "meeting", "visit", "city", "country"} <= kinds
    for edge in data["edges"]:
        assert edge["data"]["source"] in ids and edge["data"]["target"] in ids
        assert set(edge["data"]) == {"id", "source", "target", "label"}
    assert len({e["data"]["id"] for e in data["edges"]}) == len(data["edges"])
    narrow = seeded.subgraph(["tokayev", "putin"], date_from=date(2025, 1, 1), date_to=date(2025, 12, 31))
    assert 0 < len(narrow.nodes) < len(elements.nodes)


def test_reads_go_through_a_routing_driver_unchanged(seeded: GraphStore, neo4j_test_server) -> None:
    """A `neo4j://` URI (what a cluster or Aura is reached with) serves the same reads: every read runs
    in a read transaction, which a routing driver may send to any reader."""
    cfg = neo4j_test_server
    with neo4j.GraphDatabase.driver(f"neo4j://127.0.0.1:{cfg.bolt_port}", auth=cfg.auth) as driver:
        routed = GraphStore(driver)
        assert routed.events(participants=["tokayev", "putin"], types=["meeting"]) == \
            seeded.events(participants=["tokayev", "putin"], types=["meeting"])
        assert routed.person("tokayev") == seeded.person("tokayev")
