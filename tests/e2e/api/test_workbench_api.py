"""What the workbench needs from the API: dates at their precision, undated events counted, complete
exports, typo-tolerant search with suggestions, shared surnames settled, places, duplicates as 200."""

from __future__ import annotations

import csv
import io

import pytest
from api_support import ingest_seeds, settings_for
from fastapi.testclient import TestClient

from app.main import create_app

HEADERS = {"X-API-Key": "test-key-123"}
PAIR = {"participant": ["Токаев", "Путин"], "type": "meeting"}
UNDATED = "Президент Казахстана Касым-Жомарт Токаев провел телефонный разговор с Президентом России Владимиром Путиным."


def _starts(response) -> list[str]:
    assert response.status_code == 200, response.text
    return [i["start_text"] for i in response.json()["items"]]


@pytest.mark.parametrize("date_from, date_to, expected", [
    ("2025", None, ["2025-11-11"]),
    (None, "2023", ["2022-11-28", "2023-11-09"]),
    ("2024-11", "2024-11", ["2024-11"]),
    ("2024-11-15", "2024-11-20", ["2024-11"]),  # a month-precision event overlaps any day of its month
    ("2023-11-09", "2023-11-09", ["2023-11-09"]),
    ("2022-12", "2023-10", []),
])
def test_dates_take_a_year_a_month_or_a_day(seeded, date_from, date_to, expected):
    params = {**PAIR, **({"from": date_from} if date_from else {}), **({"to": date_to} if date_to else {})}
    assert _starts(seeded.get("/api/v1/events", params=params)) == expected


@pytest.mark.parametrize("value", ["2025-13", "2025-02-30", "25", "2025/11", "1700000000"])
def test_malformed_dates_are_refused_with_the_expected_forms(seeded, value):
    response = seeded.get("/api/v1/events", params={"from": value})
    assert response.status_code == 422, response.text
    assert "YYYY" in response.json()["detail"] or "not a date" in response.json()["detail"]


def test_a_date_range_counts_the_undated_events_it_leaves_out(client):
    posted = client.post("/api/v1/articles", json={"text": UNDATED}, headers=HEADERS)
    assert posted.status_code == 201, posted.text
    everything = client.get("/api/v1/events", params={"participant": "tokayev"}).json()
    assert everything["undated_left_out"] is None
    undated = [e for e in everything["items"] if e["start"] is None]
    assert undated
    ranged = client.get("/api/v1/events", params={"participant": "tokayev", "from": "2020"}).json()
    assert ranged["undated_left_out"] == len(undated)
    assert all(e["start"] for e in ranged["items"])
    kept = client.get("/api/v1/events", params={"participant": "tokayev", "from": "2020",
                                                 "include_undated": "true"}).json()
    assert kept["undated_left_out"] is None
    assert {e["id"] for e in undated} <= {e["id"] for e in kept["items"]}


@pytest.fixture
def small_batches(neo4j_test_server, clean_db):
    """The seeds behind an app that reads exports two events at a time (so they span many batches)."""
    app = create_app(settings_for(neo4j_test_server, export_batch=2))
    with TestClient(app) as client:
        client.app.state.store.ensure_schema()
        client.app.state.store.ensure_reference_data()
        ingest_seeds(client.app.state.store)
        yield client


def _all_pages(client, params) -> list[dict]:
    items, cursor = [], None
    while True:
        page = client.get("/api/v1/events", params={**params, "limit": 2, **({"cursor": cursor} if cursor else {})})
        items += page.json()["items"]
        cursor = page.json()["next_cursor"]
        if not cursor:
            return items


def test_csv_export_is_complete_and_carries_the_sources(small_batches):
    paged = _all_pages(small_batches, {})
    assert len(paged) > 2
    response = small_batches.get("/api/v1/events", params={"format": "csv", "limit": 1})
    assert response.status_code == 200
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert [r["id"] for r in rows] == [e["id"] for e in paged]
    meeting = next(r for r in rows if r["start"] == "2024-11" and r["type"] == "meeting")
    assert meeting["precision"] == "month"
    assert "Токаев" in meeting["participants"] and meeting["place"]
    for r in rows:
        count = int(r["source_count"])
        assert count >= 1
        assert len(r["source_titles"].split(" | ")) == count == len(r["source_dates"].split(" | "))
        assert all(d for d in r["source_dates"].split(" | "))


def _unfold(text: str) -> list[str]:
    return text.replace("\r\n ", "").split("\r\n")


def test_ics_export_is_complete_folded_and_honest_about_precision(small_batches):
    paged = _all_pages(small_batches, {"participant": "tokayev"})
    response = small_batches.get("/api/v1/events", params={"participant": "tokayev", "format": "ics"})
    assert response.status_code == 200
    body = response.text
    assert all(len(line.encode("utf-8")) <= 75 for line in body.split("\r\n"))
    lines = _unfold(body)
    dated = [e for e in paged if e["start"]]
    omitted = int(response.headers["x-letopis-undated-omitted"])
    assert omitted == len(paged) - len(dated)
    assert f"X-LETOPIS-UNDATED-OMITTED:{omitted}" in lines
    assert lines.count("BEGIN:VEVENT") == len(dated)
    month = next(e for e in dated if e["start_text"] == "2024-11" and e["type"] == "meeting")
    block = lines[lines.index(f"UID:{month['id']}@letopis"):]
    block = block[:block.index("END:VEVENT")]
    assert "DTSTART;VALUE=DATE:20241101" in block and "DTEND;VALUE=DATE:20241102" in block
    description = next(line for line in block if line.startswith("DESCRIPTION:"))
    assert "2024-11 (month precision)" in description
    assert "Participants:" in description and "Source:" in description


@pytest.mark.parametrize("typed, expected", [("Токаевв", "tokayev"), ("Путен", "putin"), ("Мирзияев", "mirziyoyev")])
def test_person_search_forgives_typos(seeded, typed, expected):
    found = seeded.get("/api/v1/persons", params={"q": typed}).json()["items"]
    assert found and found[0]["id"] == expected


def test_an_unknown_name_answers_404_with_the_closest_names(seeded):
    response = seeded.get("/api/v1/events", params={"participant": "Путен"})
    assert response.status_code == 404
    body = response.json()
    assert body["suggestions"][0]["id"] == "putin"
    assert "Владимир Путин" in body["detail"]
    assert seeded.get("/api/v1/persons/Токаевв").json()["suggestions"][0]["id"] == "tokayev"


def test_a_shared_surname_takes_the_one_a_reporter_means(seeded):
    aliyev = seeded.get("/api/v1/events", params={"participant": "Алиев"}).json()["resolved"][0]
    assert aliyev["person"]["id"] == "ilham-aliyev"
    assert "heydar-aliyev" in {o["id"] for o in aliyev["others"]}
    japarov = seeded.get("/api/v1/events", params={"participant": "Жапаров", "from": "2022", "to": "2023"})
    resolved = japarov.json()["resolved"][0]
    assert resolved["person"]["id"] == "japarov" and "akylbek-japarov" in {o["id"] for o in resolved["others"]}
    assert seeded.get("/api/v1/persons/Жапаров").json()["id"] == "japarov"
    pair = seeded.get("/api/v1/events", params={"participant": ["Алиев", "Пашинян"]})
    assert pair.status_code == 200, pair.text


def test_places_search_and_one_place(seeded):
    found = seeded.get("/api/v1/places", params={"q": "Астонa"}).json()["items"]
    assert found[0]["id"] == "astana"
    assert seeded.get("/api/v1/places", params={"q": "москв"}).json()["items"][0]["id"] == "moscow"
    astana = seeded.get("/api/v1/places/astana")
    assert astana.status_code == 200 and astana.json()["event_count"] >= 2
    assert seeded.get("/api/v1/places/Москва").json()["id"] == "moscow"
    missing = seeded.get("/api/v1/places/Ташкет")
    assert missing.status_code == 404 and missing.json()["suggestions"][0]["id"] == "tashkent"


def test_a_duplicate_article_answers_200(client):
    article = {"text": UNDATED, "published": "2024-06-13"}
    assert client.post("/api/v1/articles", json=article, headers=HEADERS).status_code == 201
    again = client.post("/api/v1/articles", json=article, headers=HEADERS)
    assert again.status_code == 200 and again.json()["duplicate"] is True


def test_detailed_list_has_sources_and_parts(seeded):
    page = seeded.get("/api/v1/events/detailed", params=PAIR).json()
    assert [e["start_text"] for e in page["items"]] == ["2022-11-28", "2023-11-09", "2024-11", "2025-11-11"]
    assert all(e["sources"] and e["sources"][0]["evidence"] for e in page["items"])
    visits = seeded.get("/api/v1/events/detailed", params={"participant": "tokayev", "type": "visit"}).json()
    assert any(v["parts"] for v in visits["items"])
