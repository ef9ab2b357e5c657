"""Which of several people a shared name means: office in the period, then by far the most events."""

from __future__ import annotations

from datetime import date

from extract.registry import default_registry
from graph.results import PersonRef
from service.choice import choose

REGISTRY = default_registry()
ALIYEVS = [PersonRef(id="heydar-aliyev", name="Гейдар Алиев"), PersonRef(id="ilham-aliyev", name="Ильхам Алиев")]
JAPAROVS = [PersonRef(id="akylbek-japarov", name="Акылбек Жапаров"), PersonRef(id="japarov", name="Садыр Жапаров")]


def test_the_office_holder_of_the_period_asked_for():
    assert choose(ALIYEVS, REGISTRY, {}, None).person.id == "ilham-aliyev"
    assert choose(ALIYEVS, REGISTRY, {}, (date(1995, 1, 1), date(1996, 12, 31))).person.id == "heydar-aliyev"


def test_the_higher_office_wins_when_both_held_one():
    chosen = choose(JAPAROVS, REGISTRY, {}, (date(2022, 1, 1), date(2022, 12, 31)))
    assert chosen.person.id == "japarov"
    assert [o.id for o in chosen.others] == ["akylbek-japarov"]


def test_without_an_office_by_far_the_most_events_else_a_tie():
    people = [PersonRef(id="x-one", name="Иван Петров"), PersonRef(id="x-two", name="Пётр Петров")]
    assert choose(people, REGISTRY, {"x-one": 30, "x-two": 2}).person.id == "x-one"
    assert choose(people, REGISTRY, {"x-one": 5, "x-two": 4}) is None
    assert choose(people, REGISTRY, {}) is None
