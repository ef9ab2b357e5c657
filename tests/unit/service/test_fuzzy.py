"""Typo-tolerant suggestions over the registry's name forms."""

from __future__ import annotations

import pytest

from extract.registry import default_registry
from service.fuzzy import indexes_for

REGISTRY = default_registry()


@pytest.mark.parametrize("typed, expected", [
    ("Токаевв", "tokayev"), ("Путен", "putin"), ("путин", "putin"), ("Лукашенка", "lukashenko"),
    ("Мирзияев", "mirziyoyev"), ("Tokaev", "tokayev"), ("ПАШИНЯН", "pashinyan"),
])
def test_people_by_a_mistyped_name(typed, expected):
    assert indexes_for(REGISTRY, "persons").suggest(typed, 3)[0].id == expected


@pytest.mark.parametrize("typed, expected", [("Астонa", "astana"), ("Ташкет", "tashkent"), ("Moskva", "moscow")])
def test_places_by_a_mistyped_name(typed, expected):
    assert indexes_for(REGISTRY, "places").suggest(typed, 3)[0].id == expected


def test_nothing_close_means_no_suggestion():
    assert indexes_for(REGISTRY, "persons").suggest("Qwxzvbn", 5) == []
    assert indexes_for(REGISTRY, "persons").suggest("x", 5) == []
