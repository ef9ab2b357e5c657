"""The benchmark's own arithmetic and its synthetic graph: summaries, percentiles, the report, the records."""

from __future__ import annotations

from datetime import date

import pytest

from bench.graphload import LoadSpec, SyntheticGraph
from bench.report import Figure, Results, render
from bench.stats import Summary, percentile


@pytest.mark.parametrize(
    ("values", "q", "expected"),
    [([1.0], 95, 1.0), ([1.0, 2.0], 50, 1.5), ([0.0, 10.0, 20.0, 30.0, 40.0], 75, 30.0), ([5.0, 7.0], 100, 7.0)],
)
def test_percentile(values, q, expected) -> None:
    assert percentile(values, q) == pytest.approx(expected)


def test_summary_median_and_spread() -> None:
    s = Summary.of([10.0, 12.0, 8.0])
    assert (s.median, s.low, s.high, s.n) == (10.0, 8.0, 12.0, 3)
    assert s.spread == pytest.approx(0.2)
    with pytest.raises(ValueError):
        Summary.of([])


def test_report_marks_met_and_missed_targets() -> None:
    results = Results(command="python -m bench run", started="2026-01-01T00:00:00+00:00", seconds=60,
                      machine={"cores": 2, "memory_gib": 24}, settings={"repeats": 3})
    results.add(Figure("Extraction", "ours", "articles/s", Summary.of([40, 41, 42]), "natasha", Summary.of([43]),
                       "≥ 0.7× reference", True, 0.95))
    results.add(Figure("Queries", "meetings: p95", "ms", Summary.of([30.0]), target="≤ 20 ms", met=False))
    page = render(results)
    assert "| ours | 41.0 articles/s (40.0–42.0) | natasha: 43.0 articles/s | 0.95× | ≥ 0.7× reference | **met** |" in page
    assert "**missed**" in page and "Missed: Queries / meetings: p95." in page
    assert "2 cores" in page and "`python -m bench run`" in page


def test_synthetic_graph_is_a_function_of_the_seed() -> None:
    spec = LoadSpec(events=5000, articles=1000, persons=400)
    one, two = SyntheticGraph(spec), SyntheticGraph(spec)
    assert one.event(1234) == two.event(1234)
    assert one.article(77).text == two.article(77).text
    assert SyntheticGraph(LoadSpec(events=5000, articles=1000, persons=400, seed=1)).event(1234) != one.event(1234)


def test_synthetic_articles_cover_every_event_once_and_some_twice() -> None:
    spec = LoadSpec(events=5000, articles=1000, persons=400)
    graph = SyntheticGraph(spec)
    reported: dict[str, int] = {}
    for a in range(spec.articles):
        for event in graph.article(a).extraction.events:
            reported[event.id] = reported.get(event.id, 0) + 1
    assert len(reported) == spec.events
    assert 0.15 < sum(1 for n in reported.values() if n == 2) / spec.articles < 0.45
    people = {p.id for a in range(0, spec.articles, 10) for e in graph.article(a).extraction.events
              for p in e.participants}
    assert any(p.startswith("per-bench-") for p in people) and "tokayev" in people


def test_synthetic_events_are_dated_near_their_article_and_placed() -> None:
    spec = LoadSpec(events=5000, articles=1000, persons=400)
    graph = SyntheticGraph(spec)
    for a in (0, 500, 999):
        item = graph.article(a)
        published = item.extraction.article.published
        for event in item.extraction.events:
            assert spec.first_day <= date.fromisoformat(event.start) <= published
            assert (event.place is None) == (event.type == "phone_call")
            assert event.evidence[0].text == item.text[event.evidence[0].start:event.evidence[0].end]


def test_benchmark_servers_are_reached_through_the_products_settings() -> None:
    from app.core.config import Settings
    from bench.runner import server_settings
    from bench.server import BenchServer
    from graph.store import connect

    settings = Settings(neo4j_uri="bolt://db.example:7687", neo4j_password="elsewhere", neo4j_database="other")
    cfg = BenchServer().config(settings)
    pointed = server_settings(settings, cfg)
    assert pointed.neo4j_uri == cfg.bolt_uri == "bolt://127.0.0.1:7688"
    assert pointed.neo4j_password.get_secret_value() == cfg.password
    assert (pointed.neo4j_user, pointed.neo4j_database) == (cfg.user, "neo4j")
    assert pointed.neo4j_connection_timeout == settings.neo4j_connection_timeout
    store = connect(pointed)  # builds the driver; nothing connects until it is used
    try:
        assert store.database == "neo4j"
    finally:
        store.close()
