"""The synthetic news corpus: deterministic, realistic in who and when, readable by the extractor.

Every check works on generated text only; no database and no network.
"""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from bench.cast import LEADER_ROLES
from bench.corpus import (
    CASES,
    DEFAULT_SEED,
    FIRST_DAY,
    LAST_DAY,
    MANIFEST_NAME,
    MAX_BYTES,
    MIN_BYTES,
    decline_person,
    decline_place,
    evaluate,
    generate,
    make_article,
    write_corpus,
)
from extract.records import EVENT_TYPES
from extract.registry import default_registry
from service.ingest import collect_files, read_manifest

ROOT = Path(__file__).resolve().parents[3]
SAMPLE = 300


@pytest.fixture(scope="module")
def sample():
    return list(generate(SAMPLE))


# ----------------------------------------------------------------------------- determinism


@pytest.mark.parametrize("index", [0, 7, 123, 4567])
def test_an_article_alone_equals_the_same_index_in_a_run(index):
    alone = make_article(index)
    in_run = list(generate(3, start=index - 1))[1]
    assert alone == in_run
    assert make_article(index).text == alone.text


def test_a_slice_regenerates_byte_for_byte(sample):
    again = list(generate(20, start=40))
    assert [a.text for a in again] == [a.text for a in sample[40:60]]


def test_different_seeds_give_different_articles():
    first = [a.text for a in generate(10)]
    other = [a.text for a in generate(10, seed=DEFAULT_SEED + 1)]
    assert all(a != b for a, b in zip(first, other))


def test_generation_leaves_the_global_random_state_alone():
    state = random.getstate()
    list(generate(5))
    assert random.getstate() == state


def test_text_does_not_depend_on_the_hash_seed():
    code = "from bench.corpus import make_article; import sys; sys.stdout.write(make_article(11).text)"
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, check=True)
    assert out.stdout.decode("utf-8") == make_article(11).text


# ----------------------------------------------------------------------------- what the articles hold


def test_publication_dates_lie_in_the_corpus_period(sample):
    assert all(FIRST_DAY <= a.published <= LAST_DAY for a in sample)
    years = {a.published.year for a in sample}
    assert len(years) >= 10  # spread over the whole period, not bunched


def test_articles_look_like_news(sample):
    for article in sample:
        assert article.text.splitlines()[0] == article.title
        assert MIN_BYTES <= len(article.text.encode("utf-8")) <= MAX_BYTES
        assert 1 <= len(article.events) <= 3
        assert {e.type for e in article.events} <= set(EVENT_TYPES)
        assert article.filename == f"{article.index:07d}.txt"


def test_every_event_type_occurs(sample):
    assert {e.type for a in sample for e in a.events} == set(EVENT_TYPES)


def test_a_few_leaders_dominate(sample):
    counts = Counter(pid for a in sample for pid in {p for e in a.events for p in e.participants})
    (top, top_count), = counts.most_common(1)
    median = statistics.median(counts.values())
    assert top_count > SAMPLE / 3
    assert top_count > 10 * median
    assert len(counts) >= 30  # and many others appear now and then


def test_participants_are_leaders_in_office_when_published(sample):
    registry = default_registry()
    for article in sample:
        for event in article.events:
            assert len(set(event.participants)) == len(event.participants)
            for pid in event.participants:
                offices = registry.person(pid).offices_at(article.published)
                assert any(o.role in LEADER_ROLES for o in offices), (article.index, pid)
                if event.start is not None:
                    assert registry.person(pid).offices_at(event.start) or event.precision == "month"
            if event.place is not None:
                assert registry.has_place(event.place)


def test_two_sided_events_have_two_sides(sample):
    for article in sample:
        for event in article.events:
            if event.type in ("visit", "meeting", "phone_call", "signing"):
                assert len(event.participants) == 2


# ----------------------------------------------------------------------------- grammar


@pytest.mark.parametrize(("person", "case", "expected"), [
    ("tokayev", "ins", "Касым-Жомартом Токаевым"),
    ("putin", "gen", "Владимира Путина"),
    ("zelensky", "dat", "Владимиру Зеленскому"),
    ("sandu", "gen", "Майи Санду"),
    ("merkel", "ins", "Ангелой Меркель"),
    ("xi-jinping", "ins", "Си Цзиньпином"),
    ("erdogan", "acc", "Реджепа Тайипа Эрдогана"),
    ("lukashenko", "ins", "Александром Лукашенко"),
    ("pope-leo-xiv", "gen", "Льва XIV"),
    ("meloni", "ins", "Джорджей Мелони"),
])
def test_names_decline(person, case, expected):
    assert decline_person(default_registry().person(person), case) == expected


@pytest.mark.parametrize(("place", "case", "expected"), [
    ("astana", "acc", "Астану"),
    ("tashkent", "loc", "Ташкенте"),
    ("kazan", "loc", "Казани"),
    ("rostov-on-don", "loc", "Ростове-на-Дону"),
    ("nizhny-novgorod", "gen", "Нижнего Новгорода"),
    ("KR", "loc", "Южной Корее"),
    ("baku", "loc", "Баку"),
    ("EG", "gen", "Египта"),
])
def test_places_decline(place, case, expected):
    assert decline_place(default_registry().place(place).name.ru, case) == expected


def test_nominative_is_the_registry_name():
    person = default_registry().person("tokayev")
    assert decline_person(person, "nom") == person.name.ru
    assert set(CASES) == {"nom", "gen", "dat", "acc", "ins", "loc"}


# ----------------------------------------------------------------------------- files


def test_write_corpus_writes_files_and_a_manifest_ingest_reads(tmp_path):
    seen = []
    out = write_corpus(tmp_path / "corpus", 5, progress=lambda done, total: seen.append((done, total)))
    files = collect_files([out])
    assert [f.name for f in files] == [f"{i:07d}.txt" for i in range(5)]
    manifest = read_manifest(out / MANIFEST_NAME)
    assert set(manifest) == {f.name for f in files}
    for article in generate(5):
        entry = manifest[article.filename]
        assert (out / article.filename).read_text(encoding="utf-8") == article.text
        assert entry["published"] == article.published
        assert isinstance(entry["published"], date)
        assert entry["lang"] == "ru"
        assert entry["title"] == article.title
    assert seen[-1] == (5, 5) and len(seen) == 5


# ----------------------------------------------------------------------------- the extractor reads it


def test_the_extractor_recovers_the_planned_events():
    report = evaluate(generate(30))
    assert report.planned >= 45
    assert report.recall >= 0.85, report.summary()
    assert report.extra <= report.articles // 3, report.summary()
