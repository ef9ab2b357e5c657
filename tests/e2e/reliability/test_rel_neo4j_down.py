"""Neo4j goes away under a running app: quick 503s with Retry-After, then the same app recovers."""

from __future__ import annotations

import time
from datetime import date

from fastapi.testclient import TestClient
from rel_support import API_KEY, Meeting, meeting_article, published_after, reliability_app

import devserver

FAST = 8.0  # seconds a request may take to say the database is gone


def _assert_unavailable(response, started: float) -> None:
    elapsed = time.monotonic() - started
    assert response.status_code == 503, response.text
    assert elapsed < FAST, f"503 took {elapsed:.1f}s"
    assert response.headers["content-type"].startswith("application/problem+json")
    body = response.json()
    assert body["status"] == 503 and body["detail"]
    assert "Traceback" not in response.text and "neo4j." not in response.text


def test_requests_fail_fast_while_neo4j_is_down_and_the_app_recovers(neo4j_test_server, clean_db) -> None:
    app = reliability_app(neo4j_test_server)
    before = Meeting("tokayev", "putin", "moscow", date(2025, 3, 12))
    during = Meeting("mirziyoyev", "tokayev", "astana", date(2025, 4, 8))
    after = Meeting("japarov", "mirziyoyev", "tashkent", date(2025, 5, 15))
    headers = {"X-API-Key": API_KEY}
    with TestClient(app, raise_server_exceptions=False) as client:
        app.state.store.ensure_schema()
        app.state.store.ensure_reference_data()
        stored = client.post("/api/v1/articles", headers=headers, json={
            "text": meeting_article(before, 0), "published": published_after(before), "lang": "ru"})
        assert stored.status_code == 201
        article = stored.json()["article_id"]
        try:
            devserver.stop(neo4j_test_server)

            started = time.monotonic()
            ready = client.get("/ready")
            _assert_unavailable(ready, started)

            started = time.monotonic()
            read = client.get(f"/api/v1/articles/{article}")
            _assert_unavailable(read, started)
            assert int(read.headers["retry-after"]) > 0

            started = time.monotonic()
            write = client.post("/api/v1/articles", headers=headers, json={
                "text": meeting_article(during, 1), "published": published_after(during), "lang": "ru"})
            _assert_unavailable(write, started)
            assert int(write.headers["retry-after"]) > 0
            assert "nothing was written" in write.json()["detail"]
        finally:
            devserver.start(neo4j_test_server, progress=None)

        assert client.get("/ready").status_code == 200
        assert client.get(f"/api/v1/articles/{article}").status_code == 200
        again = client.post("/api/v1/articles", headers=headers, json={
            "text": meeting_article(after, 2), "published": published_after(after), "lang": "ru"})
        assert again.status_code == 201 and not again.json()["duplicate"]
        # The write refused while the database was down left nothing behind; sent again, it is new.
        retried = client.post("/api/v1/articles", headers=headers, json={
            "text": meeting_article(during, 1), "published": published_after(during), "lang": "ru"})
        assert retried.status_code == 201 and not retried.json()["duplicate"]
    assert clean_db.execute_query("MATCH (a:Article) RETURN count(a) AS n").records[0]["n"] == 3
