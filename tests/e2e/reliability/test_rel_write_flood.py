"""Writes under load stay fair: eight clients posting long articles do not starve readers.

Reads are timed alone, then again while eight writers post long articles for a bounded time. The
extraction pool is bounded (one worker, two waiting, one second to find room), so writers over that
capacity get 503 with Retry-After instead of queueing without end, and the read p95 under the flood
stays within three times its p95 alone. Loopback only, bounded in requests and seconds.
"""

from __future__ import annotations

import json
import threading
import time
from collections import Counter
from datetime import date, timedelta

import httpx
import pytest
from pydantic import SecretStr
from rel_support import API_KEY, LEADERS, Meeting, meeting_article, published_after, serving, settings_for

from app.main import create_app

READERS = 2
READS = 40  # per reader and phase
WRITERS = 8
FLOOD_SECONDS = 20.0
BODIES_PER_WRITER = 12  # distinct articles per writer; more than a writer gets stored in the flood
READ_PATHS = ("/api/v1/events?limit=20", "/api/v1/persons/tokayev/timeline?limit=20",
              "/api/v1/persons/putin/connections", "/api/v1/events?participant=putin&limit=10",
              "/api/v1/places/moscow/events?limit=10")


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, int(round(0.95 * len(ordered))) - 1)]


def long_article(writer: int, serial: int) -> dict:
    """About 12,000 characters: a real meeting report followed by many more paragraphs of the same kind."""
    people = sorted(LEADERS)
    pairs = [(x, y) for i, x in enumerate(people) for y in people[i + 1:]]
    meeting = Meeting(*pairs[(writer + serial) % len(pairs)], "moscow",
                      date(2020, 1, 6) + timedelta(days=writer * 150 + serial % 140))
    paragraphs = [meeting_article(meeting, variant=k, serial=serial * 100 + k) for k in range(40)]
    return {"text": "\n\n".join(paragraphs), "lang": "ru", "published": published_after(meeting),
            "source": "flood"}


def read_phase(url: str, stop: threading.Event | None = None) -> list[float]:
    timings: list[float] = []
    lock = threading.Lock()

    def reader(offset: int) -> None:
        with httpx.Client(base_url=url, timeout=60) as http:
            for n in range(READS):
                started = time.monotonic()
                response = http.get(READ_PATHS[(n + offset) % len(READ_PATHS)])
                elapsed = time.monotonic() - started
                assert response.status_code == 200, response.text
                with lock:
                    timings.append(elapsed)

    threads = [threading.Thread(target=reader, args=(k,)) for k in range(READERS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    return timings


@pytest.fixture
def flood_app(neo4j_test_server, clean_db):
    app = create_app(settings_for(neo4j_test_server, api_key=SecretStr(API_KEY), extract_workers=1,
                                  extract_queue=2, extract_wait=1.0))
    with serving(app) as url:
        app.state.store.ensure_reference_data()
        yield url


def test_read_p95_under_a_write_flood_stays_within_three_times(flood_app) -> None:
    url = flood_app
    headers = {"X-API-Key": API_KEY}
    with httpx.Client(base_url=url, headers=headers, timeout=120) as http:
        for k in range(3):  # something to read, and the extraction worker warmed up
            assert http.post("/api/v1/articles", json=long_article(k, 999)).status_code == 201
    read_phase(url)  # warm the read paths
    alone = read_phase(url)

    stop = threading.Event()
    outcomes: Counter[str] = Counter()
    retry_after: list[str | None] = []

    # Bodies made and encoded before the clock: the writers share this process (and its interpreter
    # lock) with the server under test, so they must cost it nothing but the requests themselves.
    bodies = {k: [json.dumps(long_article(k, serial)).encode() for serial in range(BODIES_PER_WRITER)]
              for k in range(WRITERS)}

    def writer(k: int) -> None:
        serial = 0
        with httpx.Client(base_url=url, headers={**headers, "Content-Type": "application/json"},
                          timeout=120) as http:
            while not stop.is_set():
                response = http.post("/api/v1/articles", content=bodies[k][serial % BODIES_PER_WRITER])
                outcomes[str(response.status_code)] += 1
                if response.status_code == 503:
                    retry_after.append(response.headers.get("retry-after"))
                    stop.wait(0.5)
                serial += 1

    writers = [threading.Thread(target=writer, args=(k,)) for k in range(WRITERS)]
    for t in writers:
        t.start()
    time.sleep(2.0)  # the flood is under way
    deadline = time.monotonic() + FLOOD_SECONDS
    flooded: list[float] = []
    while time.monotonic() < deadline and len(flooded) < 3 * READERS * READS:
        flooded += read_phase(url)
    stop.set()
    for t in writers:
        t.join(180)

    base, loaded = p95(alone), p95(flooded)
    print(f"\nread p95 alone {base * 1000:.0f} ms ({len(alone)} reads); under {WRITERS} writers "
          f"{loaded * 1000:.0f} ms ({len(flooded)} reads, {loaded / base:.1f}x); writes {dict(outcomes)}")
    assert set(outcomes) <= {"201", "503"}, outcomes  # a 422 here would be a bad test article
    assert outcomes["201"] > 0 and outcomes["503"] > 0, outcomes
    assert all(value and int(value) > 0 for value in retry_after)
    assert loaded <= 3 * base, f"read p95 {loaded:.3f}s under the flood vs {base:.3f}s alone"
