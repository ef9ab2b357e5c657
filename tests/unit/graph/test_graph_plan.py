"""The pure half of the write path: identities, time-tree links, candidate windows, merge planning."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from extract import ids
from extract import records as rec
from graph import cypher
from graph import plan as planning
from graph.errors import InvalidCursor
from graph.reads import decode_cursor, encode_cursor
from service.names import _lucene_query

ASTANA = rec.PlaceRef(id="astana", name="Астана", country="Казахстан", kind="city", country_id="KZ")
MOSCOW = rec.PlaceRef(id="moscow", name="Москва", country="Россия", kind="city", country_id="RU")
KZ = rec.PlaceRef(id="KZ", name="Казахстан", kind="country")


def make_event(
    ident: str,
    etype: str = "meeting",
    start: str | None = None,
    end: str | None = None,
    precision: str | None = None,
    people: tuple[tuple[str, str], ...] = (("tokayev", "participant"), ("putin", "participant")),
    place: rec.PlaceRef | None = None,
    reported_on: date | None = None,
    part_of: str | None = None,
    evidence: tuple[tuple[int, int], ...] = ((0, 10),),
    kind: str | None = None,
) -> rec.Event:
    if precision is None and start:
        precision = {10: "day", 7: "month", 4: "year"}[len(start)]
    return rec.Event(
        id=ident, type=etype, kind=kind, title=f"{etype} {ident}", start=start, end=end,
        date_precision=precision, place=place, reported_on=reported_on, part_of=part_of,
        participants=tuple(rec.Participant(id=i, name=i.title(), role=r) for i, r in people),
        evidence=tuple(rec.Evidence(start=s, end=e, text=f"s{s}", trigger=(s, s + 1)) for s, e in evidence),
    )


# ---------------------------------------------------------------------------- identity


def test_article_id_ignores_whitespace_and_unicode_normal_form() -> None:
    text = "Токаев  встретился\nс Путиным. "
    assert ids.article_id(text) == ids.article_id("  Токаев встретился с\tПутиным.")
    decomposed = "Тоқаев".replace("қ", "к\u0328")  # not the same letter: a different text
    assert ids.article_id("Тоқаев") != ids.article_id(decomposed)
    assert ids.article_id("é") == ids.article_id("e\u0301")  # NFC
    assert ids.article_id(text).startswith("art-")
    assert ids.article_id(text) != ids.article_id(text + " И ещё.")


def test_document_id_ignores_case_and_yo() -> None:
    assert ids.document_id("Декларация о союзничестве") == ids.document_id("декларация  о союзничестве")
    assert ids.document_id("Её договор") == ids.document_id("ее договор")


# ---------------------------------------------------------------------------- time


@pytest.mark.parametrize(
    ("start", "end", "precision", "expected"),
    [
        ("2025-11-11", "2025-11-12", "day", {"days": ["2025-11-11", "2025-11-12"], "months": [], "years": []}),
        ("2022-11-28", None, "day", {"days": ["2022-11-28"], "months": [], "years": []}),
        ("2024-11", None, "month", {"days": [], "months": ["2024-11"], "years": []}),
        ("2024-11", "2025-01", "month", {"days": [], "months": ["2024-11", "2024-12", "2025-01"], "years": []}),
        ("2024-06", "2024-08", "season", {"days": [], "months": ["2024-06"], "years": []}),
        ("2024", None, "year", {"days": [], "months": [], "years": ["2024"]}),
        (None, None, None, {"days": [], "months": [], "years": []}),
    ],
)
def test_time_links_follow_precision(start, end, precision, expected) -> None:
    event = make_event("ev-1", start=start, end=end, precision=precision)
    assert planning.time_links(event) == expected


def test_time_tree_rows_include_parents() -> None:
    years, months, days = planning._time_tree_rows([{"days": ["2024-11-28"], "months": ["2025-01"], "years": []}])
    assert [y["id"] for y in years] == ["2024", "2025"]
    assert [m["id"] for m in months] == ["2024-11", "2025-01"]
    assert days == [{"id": "2024-11-28", "date": date(2024, 11, 28), "month_id": "2024-11"}]


def test_month_event_spans_its_month() -> None:
    props = planning.event_props(make_event("ev-1", start="2024-02"))
    assert (props["start"], props["end"]) == (date(2024, 2, 1), date(2024, 2, 29))
    assert (props["start_text"], props["end_text"]) == ("2024-02", None)
    undated = planning.event_props(make_event("ev-2"))
    assert undated["start"] is None and undated["end"] is None


# ---------------------------------------------------------------------------- candidates


def test_candidate_row_windows() -> None:
    dated = planning.candidate_row(0, make_event("ev-1", start="2024-11"))
    assert (dated["from"], dated["to"]) == (date(2024, 11, 1), date(2024, 11, 30))
    undated = planning.candidate_row(1, make_event("ev-2", reported_on=date(2025, 11, 10)))
    assert undated["from"] < date(2025, 11, 10) < undated["to"]
    assert (undated["to"] - undated["from"]).days == 150
    unknown = planning.candidate_row(2, make_event("ev-3"))
    assert unknown["from"] is None and unknown["to"] is None
    assert unknown["participants"] == ["putin", "tokayev"] and not unknown["by_place"]


def test_candidate_row_places_for_gatherings() -> None:
    forum = planning.candidate_row(0, make_event("ev-1", etype="forum", place=ASTANA, people=()))
    assert forum["by_place"] and forum["places"] == ["astana", "KZ"] and forum["in_country"] is None
    in_country = planning.candidate_row(1, make_event("ev-2", etype="summit", place=KZ, people=()))
    assert in_country["places"] == ["KZ"] and in_country["in_country"] == "KZ"
    meeting = planning.candidate_row(2, make_event("ev-3", place=ASTANA))
    assert not meeting["by_place"]


# ---------------------------------------------------------------------------- planning


def test_plan_merges_into_the_stored_event_and_keeps_its_id() -> None:
    stored = make_event("ev-old", start="2024-11", place=ASTANA, evidence=())
    new = make_event("ev-new", start="2024-11-27", place=ASTANA)
    plan = planning.plan_article("art-1", [new], {0: ["ev-old"]}, {"ev-old": stored}, set())
    assert plan.merged == ["ev-old"] and plan.created == []
    merged = plan.state["ev-old"]
    assert merged.start == "2024-11-27" and merged.date_precision == "day"
    assert plan.target_of == {"ev-new": "ev-old"}
    assert [e.start for e in plan.evidence["ev-old"]] == [0]


def test_plan_creates_when_nothing_matches() -> None:
    stored = make_event("ev-old", start="2023-11-09", place=ASTANA)
    new = make_event("ev-new", start="2024-11-27", place=ASTANA)
    plan = planning.plan_article("art-1", [new], {0: ["ev-old"]}, {"ev-old": stored}, set())
    assert plan.created == ["ev-new"] and plan.merged == []


def test_plan_two_reports_of_one_stored_event_make_one_node() -> None:
    stored = make_event("ev-old", start="2025-11-11", end="2025-11-12", place=MOSCOW, evidence=())
    first = make_event("ev-a", start="2025-11-11", place=MOSCOW, evidence=((5, 20),))
    # a second, undated record of the same talks that the extractor kept apart
    second = make_event("ev-b", reported_on=date(2025, 11, 10), evidence=((40, 60),))
    plan = planning.plan_article("art-1", [first, second], {0: ["ev-old"], 1: ["ev-old"]},
                               {"ev-old": stored}, set())
    assert plan.merged == ["ev-old"] and plan.created == []
    assert plan.touched == ["ev-old"]
    assert sorted(e.start for e in plan.evidence["ev-old"]) == [5, 40]


def test_plan_remaps_part_of_onto_merged_ids() -> None:
    visit = make_event("ev-visit-old", etype="visit", start="2025-11-11", end="2025-11-12", place=MOSCOW,
                       people=(("tokayev", "guest"), ("putin", "host")), evidence=())
    new_visit = make_event("ev-visit-new", etype="visit", reported_on=date(2025, 11, 10), place=MOSCOW,
                           people=(("tokayev", "guest"), ("putin", "host")))
    signing = make_event("ev-sign", etype="signing", people=(("tokayev", "signatory"), ("putin", "signatory")),
                         reported_on=date(2025, 11, 10), part_of="ev-visit-new")
    plan = planning.plan_article("art-1", [signing, new_visit], {1: ["ev-visit-old"]},
                               {"ev-visit-old": visit}, set())
    assert plan.created == ["ev-sign"] and plan.merged == ["ev-visit-old"]
    assert plan.state["ev-sign"].part_of == "ev-visit-old"


def test_plan_keeps_a_stored_parent() -> None:
    stored = make_event("ev-m", start="2025-11-11", part_of="ev-visit-stored", evidence=())
    new = make_event("ev-m2", start="2025-11-11", part_of="ev-v2")
    visit = make_event("ev-v2", etype="visit", start="2025-11-11", people=(("tokayev", "guest"),))
    plan = planning.plan_article("art-1", [new, visit], {0: ["ev-m"]}, {"ev-m": stored}, set())
    assert plan.state["ev-m"].part_of == "ev-visit-stored"


def test_plan_gives_a_fresh_id_when_the_extracted_one_is_taken() -> None:
    new = make_event("ev-taken", start="2020-01-01")
    plan = planning.plan_article("art-1", [new], {}, {}, {"ev-taken"})
    assert plan.created and plan.created[0] != "ev-taken" and plan.created[0].startswith("ev-")
    again = planning.plan_article("art-1", [new], {}, {}, {"ev-taken"})
    assert again.created == plan.created  # deterministic for the same article
    twins = planning.plan_article("art-1", [new, new.model_copy(update={"start": "2021-01-01"})], {}, {}, set())
    assert len(set(twins.created)) == 2 and twins.created[0] == "ev-taken"


def test_report_props_first_sentence_and_all_spans() -> None:
    evidence = [rec.Evidence(start=30, end=40, text="b", trigger=(31, 32)),
                rec.Evidence(start=0, end=10, text="a", trigger=(1, 2)),
                rec.Evidence(start=30, end=40, text="b", trigger=(31, 32))]
    props = planning._report_props(evidence, 0.8)
    assert props["evidence"] == "a" and (props["start"], props["end"]) == (0, 10)
    assert (props["trigger_start"], props["trigger_end"]) == (1, 2)
    assert props["evidence_all"] == ["a", "b"] and props["starts"] == [0, 30] and props["ends"] == [10, 40]


# ---------------------------------------------------------------------------- reads helpers


def test_cursor_round_trip_and_rejection() -> None:
    cursor = encode_cursor("asc", date(2024, 11, 1), "ev-1")
    assert decode_cursor(cursor, "asc") == (date(2024, 11, 1), "ev-1")
    with pytest.raises(InvalidCursor):
        decode_cursor(cursor, "desc")
    for bad in ("", "not-a-cursor", "eyJ4IjoxfQ"):
        with pytest.raises(InvalidCursor):
            decode_cursor(bad, "asc")


def test_lucene_query_uses_stems_and_nothing_unsafe() -> None:
    query = _lucene_query("Путиным")
    assert query is not None and "путин*" in query
    assert "токаев*" in (_lucene_query("Тоқаевтың") or "")
    assert _lucene_query('"); DROP :* ~') is not None  # only word characters survive
    assert re.fullmatch(r"[\w*() ]+", _lucene_query('a:b OR "c"') or "")
    assert _lucene_query("  ...  ") is None


def test_no_cypher_outside_cypher_module() -> None:
    root = Path(__file__).resolve().parents[3]
    allowed = {root / "graph" / "cypher.py"}
    pattern = re.compile(r"\b(MATCH|MERGE|UNWIND|DETACH DELETE)\s+[(\$]|\bCREATE (CONSTRAINT|INDEX|FULLTEXT INDEX) \w+ (IF|FOR)\b")
    files = [p for package in ("app", "graph", "extract", "service", "devserver", "bench")
             for p in (root / package).rglob("*.py") if p not in allowed]
    assert len(files) > 30
    offenders = [str(p.relative_to(root)) for p in files if pattern.search(p.read_text(encoding="utf-8"))]
    assert offenders == []


def test_event_lists_cover_every_anchor_and_order() -> None:
    assert set(cypher.EVENT_LIST) == {(a, o) for a in ("all", "person", "place") for o in ("asc", "desc")}
    assert all("$limit" in q for q in cypher.EVENT_LIST.values())
