"""Bounded input: bodies refused while they stream in, every string parameter capped, driver errors contained."""

from __future__ import annotations

import logging
import select
import socket
import time
import tracemalloc
from urllib.parse import quote, urlsplit

import pytest
from fastapi.testclient import TestClient
from rel_support import API_KEY, reliability_app

from app.api.schemas import NAME_MAX

LIMIT = 5_000_000  # the default LETOPIS_MAX_REQUEST_BYTES
HOSTILE_BODY = 120_000_000  # what the client is prepared to send
CHUNK = 64 * 1024


def _send_chunked(url: str, total: int) -> tuple[bytes, int, float]:
    """POST a chunked body of up to ``total`` bytes; stop when the server answers.

    Returns the response bytes, how much was sent and how long the refusal took.
    """
    parts = urlsplit(url)
    sock = socket.create_connection((parts.hostname, parts.port), timeout=30)
    chunk = b"%x\r\n%s\r\n" % (CHUNK, b"a" * CHUNK)
    response, sent = b"", 0
    started = time.monotonic()
    try:
        sock.sendall(b"POST /api/v1/articles HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\n"
                     b"X-API-Key: " + API_KEY.encode() + b"\r\nTransfer-Encoding: chunked\r\n\r\n")
        while sent < total:
            readable, _, _ = select.select([sock], [], [], 0)
            if readable:
                break
            try:
                sock.sendall(chunk)
            except (BrokenPipeError, ConnectionResetError):
                break
            sent += CHUNK
        sock.settimeout(10)
        while b"\r\n\r\n" not in response:
            try:
                data = sock.recv(65536)
            except ConnectionResetError:
                break
            if not data:
                break
            response += data
    finally:
        sock.close()
    return response, sent, time.monotonic() - started


def test_a_chunked_body_over_the_limit_is_refused_while_it_streams(live) -> None:
    tracemalloc.start()
    try:
        baseline, _ = tracemalloc.get_traced_memory()
        response, sent, elapsed = _send_chunked(live.url, HOSTILE_BODY)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    held = peak - baseline
    print(f"\nchunked body: refused after {sent / 1e6:.1f} MB sent of {HOSTILE_BODY / 1e6:.0f} MB, "
          f"in {elapsed:.2f}s; peak memory while refusing +{held / 1e6:.1f} MB")
    status_line = response.split(b"\r\n", 1)[0]
    assert b" 413 " in status_line, response[:500]
    assert b"application/problem+json" in response
    assert sent < HOSTILE_BODY / 4, f"the server read {sent} bytes before refusing"
    assert held < 3 * LIMIT, f"refusing held {held} bytes"
    assert elapsed < 10


def test_a_declared_length_over_the_limit_is_refused_before_reading(live) -> None:
    with live.client() as http:
        response = http.post("/api/v1/articles", content=b"x" * (LIMIT + 1),
                             headers={"Content-Type": "application/json"})
    assert response.status_code == 413
    assert response.headers["content-type"].startswith("application/problem+json")


def test_a_body_under_the_limit_still_works_chunked(live) -> None:
    body = b'{"text": "\\u041f\\u0443\\u0442\\u0438\\u043d \\u043f\\u0440\\u0438\\u0431\\u044b\\u043b \\u0432 \\u0410\\u0441\\u0442\\u0430\\u043d\\u0443.", "lang": "ru"}'

    def pieces():
        for i in range(0, len(body), 7):
            yield body[i:i + 7]

    with live.client() as http:
        response = http.post("/api/v1/articles", content=pieces(), headers={"Content-Type": "application/json"})
    assert response.status_code == 201, response.text


LONG = "П" * (NAME_MAX + 1)
LONG_CASES = [
    ("/api/v1/events", {"participant": LONG}, "participant"),
    ("/api/v1/events", {"participant": ["tokayev", LONG]}, "participant"),
    ("/api/v1/events", {"participant": ["putin"] * 11}, "participant"),
    ("/api/v1/events", {"place": LONG}, "place"),
    ("/api/v1/events", {"country": LONG}, "country"),
    ("/api/v1/events", {"q": LONG}, "q"),
    ("/api/v1/events", {"cursor": "c" * 501}, "cursor"),
    (f"/api/v1/persons/{LONG}", {}, "person"),
    (f"/api/v1/persons/{LONG}/timeline", {}, "person"),
    (f"/api/v1/persons/{LONG}/connections", {}, "person"),
    (f"/api/v1/places/{LONG}/events", {}, "place"),
    ("/api/v1/graph", {"participant": LONG}, "participant"),
    ("/api/v1/persons", {"q": LONG}, "q"),
    (f"/api/v1/articles/{'a' * 201}", {}, "article_id"),
    (f"/api/v1/events/{'e' * 201}", {}, "event_id"),
]


@pytest.fixture
def app_client(neo4j_test_server, clean_db):
    """In-process client that raises whatever reaches the server: an error must end in a response."""
    app = reliability_app(neo4j_test_server)
    with TestClient(app, raise_server_exceptions=True) as client:
        yield client


def test_every_string_parameter_is_bounded_with_a_422_that_names_it(app_client) -> None:
    for path, params, name in LONG_CASES:
        response = app_client.get(path, params=params)
        assert response.status_code == 422, (path, name, response.status_code, response.text[:300])
        assert response.headers["content-type"].startswith("application/problem+json")
        assert name in response.json()["detail"], (path, response.json()["detail"])


HOSTILE_NAMES = [
    "П" * NAME_MAX,  # one word at the limit
    " ".join(["Путин"] * 33),  # many words
    "а " * 100,
    "*?~\"\\:()[]{}^!&|/+-" * 10,  # Lucene's syntax
    "Тоқаев\u200f\u202eПутин\u0000\u0007",  # RTL marks, control characters
    "ТокаевTokayevТоқаев" * 10,
    "Q" + "9" * 150,
]


def test_names_at_the_limit_never_fail_inside_neo4j(app_client) -> None:
    for name in HOSTILE_NAMES:
        for path, params in (("/api/v1/events", {"participant": name}), ("/api/v1/events", {"place": name}),
                             ("/api/v1/events", {"country": name}), ("/api/v1/graph", {"participant": name}),
                             ("/api/v1/persons", {"q": name[:200]}), (f"/api/v1/persons/{quote(name, safe='')}", {}),
                             (f"/api/v1/persons/{quote(name, safe='')}/timeline", {}),
                             (f"/api/v1/places/{quote(name, safe='')}/events", {})):
            response = app_client.get(path, params=params)
            assert response.status_code < 500, (path, name[:40], response.text[:300])


@pytest.mark.parametrize("url", ["javascript:alert(1)", "JAVASCRIPT:alert(1)", " javascript:alert(1)",
                                 "data:text/html,<script>alert(1)</script>", "file:///etc/passwd",
                                 "http://", "//example.org/a", "vbscript:msgbox", "http://exa mple.org/"])
def test_article_urls_are_web_addresses_only(app_client, url) -> None:
    response = app_client.post("/api/v1/articles", headers={"X-API-Key": API_KEY},
                               json={"text": "Путин прибыл в Астану.", "lang": "ru", "url": url})
    assert response.status_code == 422, response.text
    assert "url" in response.json()["detail"]


def test_a_web_address_is_kept(app_client) -> None:
    response = app_client.post("/api/v1/articles", headers={"X-API-Key": API_KEY},
                               json={"text": "Путин прибыл в Астану.", "lang": "ru",
                                     "url": "https://example.org/news/1?x=1"})
    assert response.status_code == 201, response.text
    article = app_client.get(f"/api/v1/articles/{response.json()['article_id']}").json()
    assert article["url"] == "https://example.org/news/1?x=1"


def test_a_driver_error_is_one_500_with_an_error_id_logged_once(app_client, caplog) -> None:
    store = app_client.app.state.store

    def broken_ping() -> bool:
        store.driver.execute_query("RETURN 1 +")  # a syntax error inside Neo4j
        return True

    store.ping = broken_ping
    with caplog.at_level(logging.INFO):
        response = app_client.get("/ready")
    assert response.status_code == 500
    body = response.json()
    assert response.headers["content-type"].startswith("application/problem+json")
    assert body["error_id"] and body["error_id"] in body["detail"]
    assert "Traceback" not in response.text and "RETURN" not in response.text
    mentions = [r for r in caplog.records if body["error_id"] in r.getMessage()]
    assert len(mentions) == 1 and mentions[0].exc_info is None
    assert not [r for r in caplog.records if r.exc_info]


def test_an_unexpected_error_is_one_500_with_one_traceback(app_client, caplog) -> None:
    store = app_client.app.state.store

    def bug() -> bool:
        raise RuntimeError("a bug")

    store.ping = bug
    with caplog.at_level(logging.INFO):
        response = app_client.get("/ready")
    assert response.status_code == 500
    error_id = response.json()["error_id"]
    assert [r.exc_info is not None for r in caplog.records if error_id in r.getMessage()] == [True]
    assert len([r for r in caplog.records if r.exc_info]) == 1
