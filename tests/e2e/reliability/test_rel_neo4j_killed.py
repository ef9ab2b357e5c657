"""Neo4j killed with SIGKILL while the API and `letopis ingest` write.

One article's transaction is cut in the middle on purpose: Neo4j is killed after the article node, its
people, its days and its events were written in that transaction and before its reports. Meanwhile
two API clients keep posting and `letopis ingest` writes a folder. While Neo4j is down the API answers
503 with Retry-After; once it is back the same app answers again without a restart; the cut article
left nothing; re-posting and re-running store every article exactly once, each with its reports.
"""

from __future__ import annotations

import os
import signal
import subprocess
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from datetime import date, timedelta
from pathlib import Path

import httpx
import yaml
from rel_support import (
    CITIES,
    LEADERS,
    Meeting,
    article_ids,
    count_articles,
    duplicate_events,
    meeting_article,
    published_after,
)
from test_rel_fresh_database import letopis, serve_env

import devserver
import graph.writes
from extract.ids import article_id

API_ARTICLES = 8  # per API client
CLI_ARTICLES = 10
RECOVERY_TIMEOUT = 240.0


def _meetings(first_day: date, count: int) -> list[Meeting]:
    people, cities = sorted(LEADERS), sorted(CITIES)
    pairs = [(a, b) for i, a in enumerate(people) for b in people[i + 1:]]
    return [Meeting(*pairs[n % len(pairs)], cities[n % len(cities)], first_day + timedelta(days=3 * n))
            for n in range(count)]


def _body(meeting: Meeting, serial: int) -> dict:
    return {"text": meeting_article(meeting, variant=serial, serial=serial), "lang": "ru",
            "published": published_after(meeting), "source": "api"}


def _cli_folder(folder: Path) -> list[str]:
    folder.mkdir()
    manifest, ids = [], []
    for n, meeting in enumerate(_meetings(date(2021, 1, 4), CLI_ARTICLES)):
        text = meeting_article(meeting, variant=n, serial=1000 + n)
        (folder / f"{n:03d}.txt").write_text(text, encoding="utf-8")
        manifest.append({"file": f"{n:03d}.txt", "published": published_after(meeting), "lang": "ru",
                         "source": "cli"})
        ids.append(article_id(text))
    (folder / "manifest.yaml").write_text(yaml.safe_dump({"articles": manifest}, allow_unicode=True),
                                          encoding="utf-8")
    return ids


def test_neo4j_killed_mid_write_leaves_whole_articles_and_the_api_recovers(live, neo4j_test_server, tmp_path,
                                                                           monkeypatch) -> None:
    server = neo4j_test_server
    cut = Meeting("erdogan", "rahmon", "ankara", date(2019, 7, 23))  # a day and meeting no one else has
    cut_body = _body(cut, 7777)
    cut_id = article_id(cut_body["text"])
    clients = [[_body(m, 100 * c + n) for n, m in enumerate(_meetings(date(2022 + c, 1, 5), API_ARTICLES))]
               for c in range(2)]
    folder_ids = _cli_folder(tmp_path / "articles")

    killed = threading.Event()
    real_apply = graph.writes._apply

    def apply_then_die(tx, article, props, rows):
        # The transaction has written its locks (uncommitted) and read what it merges with.
        if article == cut_id and not killed.is_set():
            os.kill(devserver.status(server).pid, signal.SIGKILL)
            killed.set()
        return real_apply(tx, article, props, rows)

    monkeypatch.setattr(graph.writes, "_apply", apply_then_die)

    responses: list[tuple[float, int, str | None]] = []

    def post_all(bodies: list[dict]) -> None:
        with live.client() as http:
            for body in bodies:
                r = http.post("/api/v1/articles", json=body)
                responses.append((time.monotonic(), r.status_code, r.headers.get("retry-after")))
                if r.status_code == 503:
                    time.sleep(0.5)

    ingest = subprocess.Popen([letopis(), "ingest", "--workers", "1", str(tmp_path / "articles")],
                              env=serve_env(server), cwd=tmp_path, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, text=True, start_new_session=True)
    try:
        with ThreadPoolExecutor(max_workers=2) as pool:
            writers = [pool.submit(post_all, bodies) for bodies in clients]
            deadline = time.monotonic() + 120
            while count_articles(live.driver) < 4 or not responses:
                assert time.monotonic() < deadline, "nothing was written in time"
                time.sleep(0.1)
            with live.client() as http:
                t_post = time.monotonic()
                cut_response = http.post("/api/v1/articles", json=cut_body)
            assert killed.is_set()
            t_kill_answered = time.monotonic()
            assert cut_response.status_code == 503, cut_response.text
            assert int(cut_response.headers["retry-after"]) > 0

            with live.client() as http:
                ready = http.get("/ready")
                assert ready.status_code == 503 and int(ready.headers["retry-after"]) > 0
                read = http.get("/api/v1/events?limit=5")
                assert read.status_code == 503, read.text
                t_restart = time.monotonic()
                devserver.start(server, progress=None)
                t_started = time.monotonic()
                while (status := http.get("/ready").status_code) != 200:
                    assert status == 503 and time.monotonic() - t_started < RECOVERY_TIMEOUT
                    time.sleep(0.25)
                t_back = time.monotonic()
                assert http.get("/api/v1/events?limit=5").status_code == 200
            for writer in writers:
                writer.result(timeout=RECOVERY_TIMEOUT)
        ingest_out, _ = ingest.communicate(timeout=RECOVERY_TIMEOUT)
    finally:
        if ingest.poll() is None:
            ingest.kill()
            ingest.communicate()

    statuses = Counter(status for _, status, _ in responses)
    print(f"\nkill → cut write answered 503 in {t_kill_answered - t_post:.1f}s; restart took "
          f"{t_started - t_restart:.1f}s; /ready 200 again {t_back - t_started:.1f}s after the server was up; "
          f"down → back {t_back - t_kill_answered:.1f}s; API writes {dict(statuses)}; "
          f"ingest exit {ingest.returncode}")
    assert set(statuses) <= {201, 503}, statuses
    assert all(retry and int(retry) > 0 for _, status, retry in responses if status == 503)
    assert ingest.returncode in (0, 2), ingest_out[-3000:]
    if ingest.returncode == 2:
        assert "run the same command again" in " ".join(ingest_out.split())
    assert "Traceback" not in ingest_out

    # The cut transaction left nothing: no article, no event of its meeting, no day of its date.
    driver = live.driver
    assert cut_id not in article_ids(driver)
    assert driver.execute_query("MATCH (d:Day {date: $d}) RETURN count(d) AS n",
                                d=cut.day).records[0]["n"] == 0
    assert driver.execute_query("MATCH (e:Event) WHERE e.start = $d RETURN count(e) AS n",
                                d=cut.day).records[0]["n"] == 0
    # Nothing stored is half an article: every article reports its meeting.
    half = driver.execute_query("MATCH (a:Article) WHERE NOT (a)-[:REPORTS]->(:Event) RETURN a.id AS id").records
    assert half == []

    # Sent again, everything is stored exactly once.
    again = subprocess.run([letopis(), "ingest", "--workers", "1", str(tmp_path / "articles")],
                           env=serve_env(server), cwd=tmp_path, capture_output=True, text=True, timeout=240)
    assert again.returncode == 0, again.stdout[-2000:] + again.stderr[-2000:]
    with live.client() as http:
        for body in [cut_body, *clients[0], *clients[1]]:
            r = http.post("/api/v1/articles", json=body)
            # stored before the outage or by the rerun: a duplicate (200); refused during it: created now
            assert r.status_code in (200, 201), r.text
            assert r.json()["duplicate"] is (r.status_code == 200)
    expected = {cut_id, *folder_ids, *(article_id(b["text"]) for c in clients for b in c)}
    assert sorted(article_ids(driver)) == sorted(expected)
    assert count_articles(driver) == len(expected)
    assert duplicate_events(driver) == 0
    rows = driver.execute_query(
        "MATCH (a:Article) RETURN a.id AS id, COUNT { (a)-[:REPORTS]->(:Event) } AS reports").records
    assert {r["id"]: r["reports"] for r in rows} == dict.fromkeys(expected, 1)
    # The ingest command's connection and the re-run agree with the API's view.
    assert httpx.get(f"{live.url}/ready").status_code == 200
