"""`letopis ingest DIR` killed with SIGKILL half-way, then run again: every article stored exactly once."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import pytest
import yaml
from rel_support import (
    CITIES,
    LEADERS,
    Meeting,
    article_ids,
    count_articles,
    duplicate_events,
    events_by_key,
    meeting_article,
    published_after,
)

from extract.ids import article_id

ARTICLES = 24
KILL_AFTER = 3  # articles stored before the kill
START_TIMEOUT = 120.0
RUN_TIMEOUT = 240.0


def _letopis() -> str:
    beside = Path(sys.executable).with_name("letopis")
    found = str(beside) if beside.exists() else shutil.which("letopis")
    if found is None:
        pytest.skip("the letopis command is not installed")
    return found


def _meetings() -> list[Meeting]:
    """Distinct meetings over pairs of leaders and cities; every third one is reported twice."""
    people, cities = sorted(LEADERS), sorted(CITIES)
    pairs = [(a, b) for i, a in enumerate(people) for b in people[i + 1:]]
    return [Meeting(a, b, cities[n % len(cities)], date(2025, 2, 3) + timedelta(days=7 * n))
            for n, (a, b) in enumerate(pairs)]


def _write_articles(folder: Path) -> dict[str, Meeting]:
    """ARTICLES files and their manifest; returns article id -> the meeting it reports."""
    meetings = _meetings()
    expected: dict[str, Meeting] = {}
    manifest = []
    for n in range(ARTICLES):
        meeting = meetings[n % len(meetings)] if n % 3 else meetings[(n - 3) % len(meetings)]
        text = meeting_article(meeting, variant=n, serial=n)
        name = f"{n:03d}.txt"
        (folder / name).write_text(text, encoding="utf-8")
        manifest.append({"file": name, "published": published_after(meeting), "lang": "ru", "source": "test"})
        expected[article_id(text)] = meeting
    (folder / "manifest.yaml").write_text(yaml.safe_dump({"articles": manifest}, allow_unicode=True),
                                          encoding="utf-8")
    assert len(expected) == ARTICLES
    return expected


def _env(server) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LETOPIS_")}
    env.update(LETOPIS_NEO4J_URI=server.bolt_uri, LETOPIS_NEO4J_USER=server.user,
               LETOPIS_NEO4J_PASSWORD=server.password, LETOPIS_LOG_LEVEL="WARNING")
    return env


def test_a_killed_batch_ingest_completes_on_the_next_run(neo4j_test_server, clean_db, tmp_path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    expected = _write_articles(folder)
    command = [_letopis(), "ingest", str(folder)]
    env = _env(neo4j_test_server)

    first = subprocess.Popen(command, env=env, cwd=tmp_path, stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE, start_new_session=True)
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while count_articles(clean_db) < KILL_AFTER:
            assert first.poll() is None, f"ingest ended early: {first.stderr.read().decode()[-2000:]}"
            assert time.monotonic() < deadline, "ingest stored nothing in time"
            time.sleep(0.05)
        first.send_signal(signal.SIGKILL)
    finally:
        if first.poll() is None:
            first.kill()
        first.wait(timeout=30)
        first.stderr.close()
    assert first.returncode == -signal.SIGKILL
    stored_at_kill = count_articles(clean_db)
    assert KILL_AFTER <= stored_at_kill < ARTICLES, "the kill came too late to test anything"

    second = subprocess.run(command, env=env, cwd=tmp_path, capture_output=True, text=True,
                            timeout=RUN_TIMEOUT)
    assert second.returncode == 0, second.stdout[-2000:] + second.stderr[-2000:]
    summary = re.search(r"articles: (\d+) new, (\d+) duplicate, (\d+) failed", " ".join(second.stdout.split()))
    assert summary is not None, second.stdout[-2000:]
    new, duplicate, failed = map(int, summary.groups())
    assert (new + duplicate, failed) == (ARTICLES, 0) and duplicate >= stored_at_kill

    assert count_articles(clean_db) == ARTICLES
    assert sorted(article_ids(clean_db)) == sorted(expected)
    assert duplicate_events(clean_db) == 0
    meetings = {(m.participants, m.day) for m in expected.values()}
    found = {(key[1], key[2]) for key in events_by_key(clean_db) if key[0] == "meeting"}
    assert found == meetings
    # Every article reports its meeting exactly once.
    rows = clean_db.execute_query(
        "MATCH (a:Article) RETURN a.id AS id, COUNT { (a)-[:REPORTS]->(:Event) } AS reports").records
    assert {r["id"]: r["reports"] for r in rows} == dict.fromkeys(expected, 1)
