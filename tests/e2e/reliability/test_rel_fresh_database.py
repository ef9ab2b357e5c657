"""`letopis serve` on a database without any schema: it creates the schema before answering, and every
read endpoint works, before and after an article is posted (name look-ups fall back to the full-text index).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from rel_support import API_KEY, free_port

from graph.schema import schema_in_place

START_TIMEOUT = 120.0
ARTICLE = ("Президент Казахстана Касым-Жомарт Токаев 12 марта 2025 года в Москве провёл переговоры "
           "с Президентом России Владимиром Путиным. Стороны обсудили вопросы энергетики.")


def letopis() -> str:
    beside = Path(sys.executable).with_name("letopis")
    found = str(beside) if beside.exists() else shutil.which("letopis")
    if found is None:
        pytest.skip("the letopis command is not installed")
    return found


def drop_schema(driver) -> None:
    for record in driver.execute_query("SHOW CONSTRAINTS YIELD name").records:
        driver.execute_query(f"DROP CONSTRAINT `{record['name']}` IF EXISTS")
    for record in driver.execute_query("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP'").records:
        driver.execute_query(f"DROP INDEX `{record['name']}` IF EXISTS")


def serve_env(server, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LETOPIS_")}
    env.update(LETOPIS_NEO4J_URI=server.bolt_uri, LETOPIS_NEO4J_USER=server.user,
               LETOPIS_NEO4J_PASSWORD=server.password, LETOPIS_LOG_LEVEL="WARNING")
    env.update(extra)
    return env


def wait_for(url: str, proc: subprocess.Popen, timeout: float = START_TIMEOUT) -> float:
    started = time.monotonic()
    while True:
        assert proc.poll() is None, "letopis serve exited"
        try:
            if httpx.get(f"{url}/health", timeout=2).status_code == 200:
                return time.monotonic() - started
        except httpx.HTTPError:
            pass
        assert time.monotonic() - started < timeout, "letopis serve did not answer in time"
        time.sleep(0.2)


def read_everything(http: httpx.Client, event: str | None, article: str | None) -> dict[str, int]:
    paths = ["/ready", "/api/v1/events", "/api/v1/events?participant=tokayev&participant=putin",
             "/api/v1/events?place=Москва&country=Россия&q=энергетики", "/api/v1/persons?q=Токаев",
             "/api/v1/persons?q=Неизвестнов", "/api/v1/persons/tokayev", "/api/v1/persons/Неизвестнов",
             "/api/v1/persons/tokayev/timeline", "/api/v1/persons/Путин/connections",
             "/api/v1/places/moscow/events", "/api/v1/places/Неизвестноград/events",
             "/api/v1/graph?participant=tokayev", "/api/v1/events?format=csv", "/api/v1/events?format=ics",
             f"/api/v1/events/{event or 'no-such-event'}", f"/api/v1/articles/{article or 'no-such-article'}"]
    return {path: http.get(path).status_code for path in paths}


def test_serve_on_a_database_without_schema(neo4j_test_server, clean_db) -> None:
    drop_schema(clean_db)
    assert not schema_in_place(clean_db)
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    proc = subprocess.Popen([letopis(), "serve", "--host", "127.0.0.1", "--port", str(port)],
                            env=serve_env(neo4j_test_server, LETOPIS_API_KEY=API_KEY, LETOPIS_LOG_LEVEL="INFO"),
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        took = wait_for(url, proc)
        print(f"\nserve on an empty database answered after {took:.1f}s")
        assert schema_in_place(clean_db), "serve answered before the schema was in place"
        with httpx.Client(base_url=url, timeout=60) as http:
            before = read_everything(http, None, None)
            assert not [p for p, s in before.items() if s >= 500], before
            assert before["/ready"] == 200 and before["/api/v1/events"] == 200
            assert before["/api/v1/persons/Неизвестнов"] == 404

            posted = http.post("/api/v1/articles", headers={"X-API-Key": API_KEY},
                               json={"text": ARTICLE, "lang": "ru", "published": "2025-03-13"})
            assert posted.status_code == 201, posted.text
            article = posted.json()["article_id"]
            event = posted.json()["created"][0]
            after = read_everything(http, event, article)
            assert not [p for p, s in after.items() if s >= 500], after
            ok = {p for p, s in after.items() if s == 200}
            assert {"/api/v1/persons/tokayev", "/api/v1/persons/tokayev/timeline", f"/api/v1/events/{event}",
                    f"/api/v1/articles/{article}", "/api/v1/places/moscow/events"} <= ok, after
    finally:
        proc.terminate()
        try:
            output, _ = proc.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            output, _ = proc.communicate()
    assert b"Traceback" not in output, output.decode()[-3000:]
    assert b"GET /api/v1/events" in output  # the access log was on, and still:
    for secret in (API_KEY, neo4j_test_server.password):
        assert secret.encode() not in output
