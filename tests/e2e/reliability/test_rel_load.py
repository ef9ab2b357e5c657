"""A bounded mixed load on the served app: reads and writes from several threads, then the books are checked.

A fixed list of requests (built from a seeded random generator) is sent by a few threads to uvicorn on
loopback; the run ends when the list is done. Nothing may answer 5xx or fail in transport, no article
or event may be stored twice, and every article written must be there with its meeting.
"""

from __future__ import annotations

import random
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date, timedelta

import httpx
from rel_support import (
    API_KEY,
    CITIES,
    LEADERS,
    Meeting,
    article_ids,
    count_articles,
    duplicate_events,
    events_by_key,
    meeting_article,
    published_after,
    sources_of,
)

from extract.ids import article_id

REQUESTS = 300
THREADS = 8
WRITE_SHARE = 0.35
MEETINGS = 12
WORDINGS = 3  # different articles per meeting
PRESEEDED = 4  # articles written before the load, so reads have something to find
SEED = 20250312


@dataclass(frozen=True)
class Call:
    method: str
    path: str
    body: dict | None = None


def _meetings() -> list[Meeting]:
    people, cities = sorted(LEADERS), sorted(CITIES)
    pairs = [(a, b) for i, a in enumerate(people) for b in people[i + 1:]]
    return [Meeting(a, b, cities[n % len(cities)], date(2025, 1, 6) + timedelta(days=5 * n))
            for n, (a, b) in enumerate(pairs[:MEETINGS])]


def _article(meeting: Meeting, wording: int) -> dict:
    return {"text": meeting_article(meeting, variant=wording, serial=wording), "lang": "ru",
            "published": published_after(meeting), "source": "load"}


def _workload(rng: random.Random, articles: list[dict], preseeded: list[str]) -> list[Call]:
    reads = [
        lambda: Call("GET", f"/api/v1/events?limit={rng.choice((5, 20, 50))}&order={rng.choice(('asc', 'desc'))}"),
        lambda: Call("GET", f"/api/v1/persons/{rng.choice(sorted(LEADERS))}/timeline?limit=20"),
        lambda: Call("GET", f"/api/v1/persons/{rng.choice(sorted(LEADERS))}/connections"),
        lambda: Call("GET", f"/api/v1/articles/{rng.choice(preseeded)}"),
        lambda: Call("GET", "/api/v1/persons?q=" + rng.choice(("Токаев", "путин", "Мирзиёев"))),
        lambda: Call("GET", "/ready"),
    ]
    calls = []
    # Every article is written at least once; the rest of the writes repeat random ones.
    for body in articles:
        calls.append(Call("POST", "/api/v1/articles", body))
    writes = round(REQUESTS * WRITE_SHARE)
    while len(calls) < writes:
        calls.append(Call("POST", "/api/v1/articles", rng.choice(articles)))
    while len(calls) < REQUESTS:
        calls.append(rng.choice(reads)())
    rng.shuffle(calls)
    return calls


def test_bounded_mixed_load_loses_and_duplicates_nothing(live) -> None:
    rng = random.Random(SEED)
    meetings = _meetings()
    articles = [_article(m, w) for m in meetings for w in range(WORDINGS)]
    meeting_of = {article_id(a["text"]): m for a, m in zip(articles, (m for m in meetings for _ in range(WORDINGS)))}

    preseeded_articles = articles[:PRESEEDED]
    with live.client() as http:
        for body in preseeded_articles:
            assert http.post("/api/v1/articles", json=body).status_code == 201
    preseeded = [article_id(a["text"]) for a in preseeded_articles]
    calls = _workload(rng, articles, preseeded)
    assert len(calls) == REQUESTS

    outcomes: Counter[str] = Counter()

    def send(call: Call) -> str:
        with httpx.Client(base_url=live.url, headers={"X-API-Key": API_KEY}, timeout=60.0) as http:
            try:
                response = http.request(call.method, call.path, json=call.body)
            except httpx.HTTPError as exc:
                return f"transport:{type(exc).__name__}"
        if call.method == "POST":  # 201 stored, 200 already stored (duplicate: true)
            ok = response.status_code == 201 or (response.status_code == 200 and response.json().get("duplicate"))
        else:
            ok = response.status_code == 200
        return "ok" if ok else f"http:{response.status_code}"

    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        outcomes.update(pool.map(send, calls))

    stored = set(article_ids(live.driver))
    lost = sorted(set(meeting_of) - stored)
    duplicate_articles = count_articles(live.driver) - len(stored)
    duplicates = duplicate_events(live.driver)
    errors = {kind: n for kind, n in sorted(outcomes.items()) if kind != "ok"}
    print(f"\nload: {REQUESTS} requests ({sum(c.method == 'POST' for c in calls)} writes) from {THREADS} "
          f"threads; ok {outcomes['ok']}; errors {errors or 'none'}; duplicate articles {duplicate_articles}; "
          f"duplicate events {duplicates}; lost articles {len(lost)}")

    assert not [k for k in errors if k.startswith("http:5") or k.startswith("transport:")], errors
    assert errors == {}, errors
    assert lost == [] and duplicate_articles == 0 and duplicates == 0
    assert stored == set(meeting_of)
    # Each meeting is one event, reported by all of its articles.
    events = events_by_key(live.driver)
    for meeting in meetings:
        (event_id,) = events[("meeting", meeting.participants, meeting.day)]
        assert sources_of(live.driver, event_id) == {
            a for a, m in meeting_of.items() if m == meeting
        }
    assert len(events) == len(meetings)
