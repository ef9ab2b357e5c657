"""Where a visit goes when its clause names no destination: the country or city the news comes from, for a
leader from abroad only."""

from __future__ import annotations

from datetime import date

import pytest

from extract.pipeline import extract_article


def _visits(text: str, lang: str) -> list[tuple[str | None, str | None, set[str]]]:
    found = extract_article(text, published=date(2026, 5, 14), lang=lang).events
    return [(e.place.id if e.place else None, e.start, {p.id for p in e.participants})
            for e in found if e.type == "visit"]


@pytest.mark.parametrize("text, lang", [
    # a leader from abroad arriving, told in the lead of a report from Astana, arrives in Astana
    ("АСТАНА, 14 мая. /Казинформ/. Президент Узбекистана Шавкат Мирзиёев прибыл с государственным визитом.", "ru"),
    ("АСТАНА, 14 мая – Sputnik. Шавкат Мирзиёев прилетел с государственным визитом.", "ru"),
    ("АСТАНА, 14 мамыр. ҚазАқпарат – Өзбекстан Президенті Шавкат Мирзиёев мемлекеттік сапармен келді.", "kk"),
    ("АСТАНА. ҚазАқпарат – Өзбекстан Президенті Шавкат Мирзиёев мемлекеттік сапармен ұшып келді.", "kk"),
])
def test_an_arrival_told_in_the_lead_is_at_the_datelines_city(text, lang):
    place, _, people = _visits(text, lang)[0]
    assert place == "astana" and "mirziyoyev" in people


@pytest.mark.parametrize("text, lang, country", [
    # "our country" is the outlet's: the dateline's country in Russian news, Kazakhstan in Kazakh news
    ("МОСКВА, 14 мая. /ТАСС/. Президент Узбекистана Шавкат Мирзиёев прибудет в нашу страну с государственным "
     "визитом.", "ru", "RU"),
    ("Өзбекстан Президенті Шавкат Мирзиёев мемлекеттік сапармен елімізге келді.", "kk", "KZ"),
])
def test_our_country_is_the_country_of_the_news(text, lang, country):
    place, _, people = _visits(text, lang)[0]
    assert place in (country, "moscow" if country == "RU" else "astana") and "mirziyoyev" in people


@pytest.mark.parametrize("text, lang", [
    # the dateline's own leader arriving: where is not said
    ("АСТАНА, 14 мая. /Казинформ/. Касым-Жомарт Токаев прибыл с рабочим визитом.", "ru"),
    ("АСТАНА, 14 мамыр. ҚазАқпарат – Қасым-Жомарт Тоқаев жұмыс сапарымен келді.", "kk"),
    # no dateline: nothing says where the report comes from
    ("Президент Узбекистана Шавкат Мирзиёев прибыл с государственным визитом.", "ru"),
    # "our country" in a report with no dateline, in Russian: whose is not said
    ("Президент Узбекистана Шавкат Мирзиёев прибыл в нашу страну с государственным визитом.", "ru"),
    # leaving is not arriving
    ("АСТАНА, 14 мая. /Казинформ/. Президент Узбекистана Шавкат Мирзиёев отправится с государственным визитом.",
     "ru"),
])
def test_no_destination_is_guessed_without_the_news_saying_where_it_is(text, lang):
    assert all(place is None for place, _, _ in _visits(text, lang))


def test_an_arrival_far_from_the_lead_is_not_placed_by_the_dateline():
    text = ("АСТАНА, 14 мая. /Казинформ/. Касым-Жомарт Токаев провел совещание. Обсуждены вопросы экономики. "
            "Говорилось о бюджете. Затронуты темы образования. Обсуждена медицина. Речь шла о дорогах. "
            "Отмечена работа акимов. Ранее Шавкат Мирзиёев прибыл с государственным визитом.")
    assert all(place is None for place, _, _ in _visits(text, "ru"))


def test_the_destination_the_clause_names_comes_first():
    text = "АСТАНА, 14 мая. /Казинформ/. Президент Узбекистана Шавкат Мирзиёев прибыл с визитом в Туркменистан."
    assert [place for place, _, _ in _visits(text, "ru")] == ["TM"]
