"""The evaluations under bench/evaluations/ find their gold data where they now live."""

from __future__ import annotations

from bench.evaluations import kazakh_morphology


def test_kazakh_gold_loads_from_the_evaluation_data():
    rows = kazakh_morphology.load_gold()
    assert kazakh_morphology.GOLD.is_file()
    assert len(rows) == 275  # the figure docs/kazakh-morphology.md reports
    assert sum(row.expected is None for row in rows) == 40
    assert len(kazakh_morphology.registry_of(rows)) == 97
    assert kazakh_morphology.KAZAKH_ARTICLE.is_file()
