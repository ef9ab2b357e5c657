"""The write path on the real test server, with hand-made extractions (independent of the extractor)."""

from __future__ import annotations

import threading
from datetime import date

import neo4j
import pytest

from extract import records as rec
from graph.store import GraphStore
from service import names

ASTANA = rec.PlaceRef(id="astana", name="Астана", country="Казахстан", kind="city", country_id="KZ")
MOSCOW = rec.PlaceRef(id="moscow", name="Москва", country="Россия", kind="city", country_id="RU")
ORENBURG = rec.PlaceRef(id="orenburg", name="Оренбург", country="Россия", kind="city", country_id="RU")
URALSK = rec.PlaceRef(id="uralsk", name="Уральск", country="Казахстан", kind="city", country_id="KZ")
PAIR = (("tokayev", "participant"), ("putin", "participant"))
VISIT_TO_RU = (("tokayev", "guest"), ("putin", "host"))


def event(ident: str, etype: str = "meeting", start: str | None = None, end: str | None = None,
          people=PAIR, place: rec.PlaceRef | None = None, part_of: str | None = None,
          evidence: tuple[tuple[int, int], ...] = ((0, 12),), relocated_from: rec.PlaceRef | None = None,
          document: str | None = None, status: str = "held") -> rec.Event:
    precision = {10: "day", 7: "month", 4: "year"}[len(start)] if start else None
    return rec.Event(
        id=ident, type=etype, status=status, title=f"{etype} {ident}", start=start, end=end,
        date_precision=precision, place=place, part_of=part_of, relocated_from=relocated_from,
        document=rec.Document(title=document) if document else None,
        participants=tuple(rec.Participant(id=i, name=i.title(), role=r) for i, r in people),
        evidence=tuple(rec.Evidence(start=s, end=e, text=f"sentence at {s}", trigger=(s, s + 3))
                       for s, e in evidence),
        confidence=0.7,
    )


def extraction(published: date | None, *events: rec.Event, entities=()) -> rec.Extraction:
    stamped = tuple(e.model_copy(update={"reported_on": published}) for e in events)
    return rec.Extraction(article=rec.ArticleInfo(lang="ru", published=published, title="t"),
                          events=stamped, entities=tuple(entities))


@pytest.fixture
def store(clean_db: neo4j.Driver) -> GraphStore:
    s = GraphStore(clean_db)
    s.ensure_schema()
    return s


def test_the_same_text_is_stored_once(store: GraphStore) -> None:
    ext = extraction(date(2024, 11, 28), event("ev-1", start="2024-11-27", place=ASTANA))
    first = store.ingest(ext, "Токаев встретился с Путиным.", url="https://example.org/a", source="X")
    assert not first.duplicate and first.created == ["ev-1"]
    before = store.counts()
    again = store.ingest(ext, "  Токаев встретился\n с Путиным. ")
    assert again.duplicate and again.article_id == first.article_id
    assert again.created == [] and again.merged == []
    assert store.counts() == before
    article = store.article(first.article_id, with_text=True)
    assert article is not None and article.url == "https://example.org/a" and article.source == "X"
    assert article.text == "Токаев встретился с Путиным." and article.published == date(2024, 11, 28)


def test_a_second_report_merges_into_the_stored_event(store: GraphStore) -> None:
    a = store.ingest(extraction(date(2025, 1, 3), event("ev-month", start="2024-11", place=ASTANA,
                                                        evidence=((10, 40),))), "article A")
    assert a.created == ["ev-month"]
    b = store.ingest(extraction(date(2024, 11, 28), event("ev-day", start="2024-11-27", place=ASTANA,
                                                          evidence=((100, 130),))), "article B")
    assert b.merged == ["ev-month"] and b.created == []
    detail = store.event("ev-month")
    assert detail is not None
    assert (detail.start, detail.end, detail.date_precision) == (date(2024, 11, 27), date(2024, 11, 27), "day")
    assert detail.start_text == "2024-11-27"
    assert detail.reported_on == date(2024, 11, 28)
    assert {(s.id, s.start, s.end) for s in detail.sources} == {(a.article_id, 10, 40), (b.article_id, 100, 130)}
    assert detail.source_count == 2
    assert store.event("ev-day") is None
    counts = store.counts()
    assert counts.nodes["Event"] == 1
    # the time tree follows the better date: on the day now, no longer on the month
    assert counts.relationships["ON"] == 1
    assert counts.nodes["Day"] == 1 and counts.nodes["Month"] == 1 and counts.nodes["Year"] == 1


def test_different_meetings_stay_apart(store: GraphStore) -> None:
    store.ingest(extraction(date(2023, 11, 4), event("ev-2023", start="2023-11-09", place=ASTANA)), "A")
    result = store.ingest(extraction(date(2025, 1, 3), event("ev-2024", start="2024-11", place=ASTANA)), "B")
    assert result.created == ["ev-2024"]
    # undated, but reported long after both: no match either
    late = store.ingest(extraction(date(2027, 6, 1), event("ev-undated", place=ASTANA)), "C")
    assert late.created == ["ev-undated"]
    assert store.counts().nodes["Meeting"] == 3


def test_an_undated_report_matches_near_its_publication(store: GraphStore) -> None:
    store.ingest(extraction(date(2025, 11, 11), event("ev-talks", start="2025-11-11", end="2025-11-12",
                                                      place=MOSCOW)), "A")
    result = store.ingest(extraction(date(2025, 11, 10), event("ev-upcoming", place=MOSCOW, status="planned")), "B")
    assert result.merged == ["ev-talks"]


def test_two_events_of_one_article_merge_into_one_stored_event(store: GraphStore) -> None:
    store.ingest(extraction(date(2025, 11, 12), event("ev-talks", start="2025-11-11", end="2025-11-12",
                                                      place=MOSCOW)), "A")
    result = store.ingest(extraction(
        date(2025, 11, 10),
        event("ev-x", start="2025-11-11", place=MOSCOW, evidence=((5, 25),)),
        event("ev-y", place=MOSCOW, evidence=((50, 80),)),
    ), "B")
    assert result.merged == ["ev-talks"] and result.created == []
    assert store.counts().nodes["Event"] == 1
    article = store.article(result.article_id)
    assert article is not None and [e.id for e in article.events] == ["ev-talks"]
    detail = store.event("ev-talks")
    source = next(s for s in detail.sources if s.id == result.article_id)
    assert [(e.start, e.end) for e in source.evidence_all] == [(5, 25), (50, 80)]
    assert (source.start, source.end) == (5, 25)


def test_part_of_follows_the_merge(store: GraphStore) -> None:
    visit = store.ingest(extraction(date(2025, 11, 12), event(
        "ev-visit", etype="visit", start="2025-11-11", end="2025-11-12", people=VISIT_TO_RU, place=MOSCOW)), "A")
    assert visit.created == ["ev-visit"]
    title = "Декларация о всеобъемлющем стратегическом партнерстве"
    result = store.ingest(extraction(
        date(2025, 11, 10),
        event("ev-visit-2", etype="visit", people=VISIT_TO_RU, place=MOSCOW, status="planned"),
        event("ev-sign", etype="signing", people=(("tokayev", "signatory"), ("putin", "signatory")),
              place=MOSCOW, part_of="ev-visit-2", document=title, status="planned"),
    ), "B")
    assert result.merged == ["ev-visit"] and result.created == ["ev-sign"]
    signing = store.event("ev-sign")
    assert signing.parent is not None and signing.parent.id == "ev-visit"
    assert signing.document is not None and signing.document.title == title
    assert [p.id for p in store.event("ev-visit").parts] == ["ev-sign"]
    assert store.counts().relationships["PART_OF"] == 1


def test_relocation_and_roles(store: GraphStore) -> None:
    result = store.ingest(extraction(date(2022, 11, 25), event(
        "ev-moved", start="2022-11-28", place=MOSCOW, relocated_from=ORENBURG, status="relocated")), "A")
    detail = store.event(result.created[0])
    assert detail.status == "relocated"
    assert detail.place.id == "moscow" and detail.place.country.id == "RU"
    assert detail.relocated_from is not None and detail.relocated_from.id == "orenburg"
    assert {p.id: p.role for p in detail.participants} == {"tokayev": "participant", "putin": "participant"}


def test_forums_merge_by_place(store: GraphStore) -> None:
    store.ingest(extraction(date(2025, 11, 11), event(
        "ev-forum", etype="forum", start="2025-11-11", end="2025-11-12", people=(), place=URALSK)), "A")
    result = store.ingest(extraction(date(2025, 11, 13), event(
        "ev-forum-2", etype="forum", start="2025-11", people=(("tokayev", "remote"),), place=URALSK)), "B")
    assert result.merged == ["ev-forum"]
    detail = store.event("ev-forum")
    assert detail.start == date(2025, 11, 11) and [p.id for p in detail.participants] == ["tokayev"]


def test_ner_people_and_places_get_nodes(store: GraphStore) -> None:
    entities = (
        rec.Entity(id="per-иван-петров", kind="person", name="Иван Петров", source="ner", mentions=((0, 5), (9, 14))),
        rec.Entity(id="loc-кремль", kind="city", name="Кремль", source="ner", mentions=((20, 26),)),
        rec.Entity(id="putin", kind="person", name="Владимир Путин", mentions=((30, 35),)),
        rec.Entity(id="org-oon", kind="organization", name="ООН", source="ner"),
    )
    ext = extraction(date(2024, 5, 1), event(
        "ev-ner", start="2024-04-30", people=(("putin", "participant"), ("per-иван-петров", "participant")),
        place=rec.PlaceRef(id="loc-кремль", name="Кремль", kind="city")), entities=entities)
    result = store.ingest(ext, "text with NER entities")
    person = store.person("per-иван-петров")
    assert person is not None and person.source == "ner" and person.event_count == 1
    assert person.article_count == 1
    assert store.place("loc-кремль").source == "ner"
    article = store.article(result.article_id)
    assert {(m.id, m.kind, m.count) for m in article.mentions} == {
        ("per-иван-петров", "person", 2), ("loc-кремль", "city", 1), ("putin", "person", 1)}
    assert [p.id for p in names.resolve_person(store, "Петрову")] == ["per-иван-петров"]


def test_the_office_a_text_gives_a_person_outside_the_registry_is_kept(store: GraphStore) -> None:
    correa = "per-рафаэль-корреа"
    plain = rec.Entity(id=correa, kind="person", name="Рафаэль Корреа", source="ner", mentions=((0, 14),))
    titled = plain.model_copy(update={"office": "президент Эквадора", "country_id": "EC"})
    people = (("putin", "host"), (correa, "guest"))
    # the first report names him only; the second gives his office, and it stays with him after that
    store.ingest(extraction(date(2013, 10, 1), event("ev-correa", "visit", start="2013-10-01", people=people,
                                                      place=MOSCOW), entities=(plain,)), "first report")
    store.ingest(extraction(date(2013, 10, 2), event("ev-correa-2", "visit", start="2013-10-01", people=people,
                                                      place=MOSCOW), entities=(titled,)), "second report")
    store.ingest(extraction(date(2013, 10, 3), event("ev-correa-3", "visit", start="2013-10-01", people=people,
                                                      place=MOSCOW), entities=(plain,)), "third report")
    person = store.person(correa)
    assert person is not None and person.office == "президент Эквадора"
    detail = store.event("ev-correa")
    assert {p.id: p.office for p in detail.participants} == {"putin": None, correa: "президент Эквадора"}


def test_one_text_written_by_two_writers_at_once(store: GraphStore) -> None:
    ext = extraction(date(2024, 11, 28), event("ev-race", start="2024-11-27", place=ASTANA))
    results = []

    def write() -> None:
        results.append(store.ingest(ext, "the same text, twice at once"))

    threads = [threading.Thread(target=write) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(r.duplicate for r in results) == [False, True]
    assert store.counts().nodes["Article"] == 1 and store.counts().nodes["Event"] == 1


def test_offices_and_dateline_dates_survive_the_graph_and_merge(store: GraphStore) -> None:
    ukraine = rec.Office(title="президент Украины", country_id="UA", role="participant")
    first = event("ev-o1", start="2025-03-04", people=(("putin", "participant"),)).model_copy(
        update={"offices": (ukraine,), "date_source": "dateline"})
    store.ingest(extraction(date(2025, 3, 4), first), "Путин встретился с президентом Украины.")
    # A report that states the day before: the same meeting, now with the stated date.
    second = event("ev-o2", start="2025-03-03", people=(("putin", "participant"),)).model_copy(
        update={"offices": (ukraine, rec.Office(title="канцлер Германии", country_id="DE")), "date_source": "text"})
    result = store.ingest(extraction(date(2025, 3, 5), second), "Путин 3 марта провёл встречу.")
    assert result.merged == ["ev-o1"] and result.created == []
    detail = store.event("ev-o1")
    assert detail is not None
    assert (detail.start_text, detail.date_source) == ("2025-03-03", "text")
    assert [(o.title, o.country) for o in detail.offices] == [("президент Украины", "UA"),
                                                              ("канцлер Германии", "DE")]
