"""Hostile texts against the ingest time limit: past it the API answers 422 and `letopis ingest` names the
file; nothing of the article is stored, and the next article is read as usual.

The slow shape is 200,000 characters of Russian words without punctuation or line breaks: the extractor
takes seconds per 10,000 characters of it and grows faster than linearly, so it cannot finish in the
limit set here.
"""

from __future__ import annotations

import random
import subprocess
import time

from fastapi.testclient import TestClient
from rel_support import API_KEY, count_articles, settings_for
from test_rel_fresh_database import letopis, serve_env

from app.main import create_app
from pydantic import SecretStr

LIMIT = 3.0
WORDS = ["Путин", "Токаев", "встретился", "с", "в", "Москве", "визит", "президент", "России", "Тоқаев",
         "Астанаға", "переговоры", "Мирзиёев"]
NORMAL = ("Президент Казахстана Касым-Жомарт Токаев 12 марта 2025 года в Москве провёл переговоры "
          "с Президентом России Владимиром Путиным.")


def endless_sentence(chars: int = 200_000, seed: int = 7) -> str:
    rng = random.Random(seed)
    return " ".join(rng.choice(WORDS) for _ in range(chars // 5))[:chars]


def test_the_api_refuses_an_article_past_the_time_limit_and_stores_nothing(neo4j_test_server, clean_db) -> None:
    app = create_app(settings_for(neo4j_test_server, api_key=SecretStr(API_KEY), article_time_limit=LIMIT))
    headers = {"X-API-Key": API_KEY}
    with TestClient(app) as client:
        warm = client.post("/api/v1/articles", headers=headers, json={"text": NORMAL, "lang": "ru",
                                                                       "published": "2025-03-13"})
        assert warm.status_code == 201, warm.text  # the worker is up and its models loaded
        started = time.monotonic()
        slow = client.post("/api/v1/articles", headers=headers, json={"text": endless_sentence(), "lang": "ru"})
        took = time.monotonic() - started
        print(f"\n200,000 characters without punctuation: refused after {took:.1f}s (limit {LIMIT:g}s)")
        assert slow.status_code == 422, slow.text
        assert "did not finish within" in slow.json()["detail"]
        assert took < LIMIT + 15
        assert count_articles(clean_db) == 1
        again = client.post("/api/v1/articles", headers=headers,
                            json={"text": NORMAL + " Материал №2.", "lang": "ru", "published": "2025-03-13"})
        assert again.status_code == 201, again.text  # a fresh worker took over
    assert count_articles(clean_db) == 2


def test_letopis_ingest_names_the_file_past_the_time_limit(neo4j_test_server, clean_db, tmp_path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a_normal.txt").write_text(NORMAL, encoding="utf-8")
    (folder / "b_endless.txt").write_text(endless_sentence(), encoding="utf-8")
    result = subprocess.run([letopis(), "ingest", "--workers", "1", "--no-setup", str(folder)],
                            env=serve_env(neo4j_test_server, LETOPIS_ARTICLE_TIME_LIMIT=str(LIMIT), COLUMNS="500"),
                            capture_output=True, text=True, timeout=300)
    output = " ".join(result.stdout.split())
    assert result.returncode == 1, output[-2000:]
    assert "b_endless.txt" in output and "did not finish within 3s" in output, output[-2000:]
    assert "articles: 1 new, 0 duplicate, 1 failed" in output
    assert count_articles(clean_db) == 1
