"""The countries and cities of the world beyond the neighbours: the rest of the UN member states, their
capitals and the cities of summits and state visits. A news report names them inflected ("прибыл в Луанду",
"в Тиране", "Анголаға", "Луандада") and the place of the event must be the registry's; a word that only looks
like one of them ("того", "Само собой", "Бомба", "ғана", "баңгілік") must name no place. Sentences are written
for the tests, in the style of news agencies."""

from __future__ import annotations

from datetime import date

import pytest

from extract.pipeline import extract_article
from extract.registry import default_registry

PUB = date(2025, 8, 20)


def extraction(text: str, lang: str):
    return extract_article(text, published=PUB, lang=lang)


def event_places(text: str, lang: str) -> list[str | None]:
    return [e.place.id if e.place else None for e in extraction(text, lang).events]


def mentioned_ids(text: str, lang: str) -> set[str]:
    return {e.id for e in extraction(text, lang).entities}


@pytest.mark.parametrize("place, country", [
    ("AO", None), ("CD", None), ("CG", None), ("CI", None), ("PS", None), ("SS", None),
    ("luanda", "AO"), ("tirana", "AL"), ("brazzaville", "CG"), ("kinshasa", "CD"), ("khartoum", "SD"),
    ("anchorage", "US"), ("granada", "ES"), ("rio-de-janeiro", "BR"), ("sharm-el-sheikh", "EG"),
    ("ganja", "AZ"), ("the-hague", "NL"), ("podgorica", "ME"),
    ("busan", "KR"), ("shenzhen", "CN"), ("jerusalem", "IL"), ("tel-aviv", "IL"), ("sofia", "BG"),
])
def test_the_places_are_in_the_registry(place, country):
    registry = default_registry()
    assert registry.has_place(place)
    assert registry.country_of(place) == (country or place)


@pytest.mark.parametrize("text, lang, place", [
    # a visit: the direction, declined
    ("Касым-Жомарт Токаев прибыл в Луанду с государственным визитом.", "ru", "luanda"),
    ("Владимир Путин прибыл в Анголу с официальным визитом.", "ru", "AO"),
    ("Путин прилетел в Анкоридж на встречу с Трампом.", "ru", "anchorage"),
    ("Токаев прибыл с визитом в Экваториальную Гвинею.", "ru", "GQ"),
    ("Токаев прибыл с визитом в Гвинею-Бисау.", "ru", "GW"),
    ("Токаев прибыл с визитом в Кот-д’Ивуар.", "ru", "CI"),
    ("Токаев прибыл с визитом в Нигер.", "ru", "NE"),
    ("Токаев прибыл с визитом в Папуа — Новую Гвинею.", "ru", "PG"),
    # the two Congos: the longer name wins over the shorter one inside it
    ("Путин прибыл в Демократическую Республику Конго с визитом.", "ru", "CD"),
    ("Путин прибыл в Республику Конго с визитом.", "ru", "CG"),
    # talks: the location, declined
    ("Токаев провел переговоры с президентом Анголы Жуаном Лоуренсу в Луанде.", "ru", "luanda"),
    ("Токаев провел переговоры с премьер-министром Албании Эди Рамой в Тиране.", "ru", "tirana"),
    ("Владимир Путин и Дональд Трамп провели переговоры в Анкоридже.", "ru", "anchorage"),
    ("Лидеры Европейского политического сообщества провели саммит в Гранаде.", "ru", "granada"),
    ("Токаев провел переговоры с президентом Конго Дени Сассу-Нгессо в Браззавиле.", "ru", "brazzaville"),
    ("Токаев провел переговоры с Уаттарой в Кот-д'Ивуаре.", "ru", "CI"),
    ("Токаев провел переговоры с Ас-Сиси в Шарм-эль-Шейхе.", "ru", "sharm-el-sheikh"),
    ("Путин провел переговоры с Лулой в Рио-де-Жанейро.", "ru", "rio-de-janeiro"),
    ("Токаев провел переговоры с Алиевым в Гяндже.", "ru", "ganja"),
    ("Путин провел переговоры с Эрдоганом в Измире.", "ru", "izmir"),
    ("Токаев провел переговоры с Си Цзиньпином в Ханчжоу.", "ru", "hangzhou"),
    ("Токаев провел переговоры с Моди в Мумбаи.", "ru", "mumbai"),
    ("Токаев провел переговоры с Шахбазом Шарифом в Лахоре.", "ru", "lahore"),
    ("Токаев провел переговоры с президентом Северной Македонии в Скопье.", "ru", "skopje"),
    ("Путин провел переговоры с президентом Нигера в Ниамее.", "ru", "niamey"),
    ("Путин провел переговоры с президентом Мали в Бамако.", "ru", "bamako"),
    ("Токаев провел встречу с президентом Палестины Махмудом Аббасом в Рамалле.", "ru", "ramallah"),
    # Kazakh: the case endings of the name
    ("Қасым-Жомарт Тоқаев Анголаға мемлекеттік сапармен барады.", "kk", "AO"),
    ("Мемлекет басшысы Луандада Ангола Президентімен келіссөз жүргізді.", "kk", "luanda"),
    ("Тоқаев Тиранада Албания Премьер-министрімен кездесті.", "kk", "tirana"),
    ("Путин мен Трамп Анкориджде келіссөз жүргізді.", "kk", "anchorage"),
    ("Тоқаев Албанияға ресми сапармен барды.", "kk", "AL"),
    ("Тоқаев Мальтаға мемлекеттік сапармен барады.", "kk", "MT"),
    ("Трамп пен Си Цзиньпин Пусанда кездесті.", "kk", "busan"),
    ("Тоқаев пен Әлиев Қабалада кездесті.", "kk", "gabala"),
    ("Си Цзиньпин Шэньчжэньде АТЭЫ саммитіне қатысты.", "kk", "shenzhen"),
    ("Дональд Трамп и Си Цзиньпин провели переговоры в Пусане.", "ru", "busan"),
    ("Путин провел переговоры с президентом Болгарии в Софии.", "ru", "sofia"),
])
def test_an_inflected_name_places_the_event(text, lang, place):
    assert event_places(text, lang) and set(event_places(text, lang)) == {place}


@pytest.mark.parametrize("text, lang, place, not_named", [
    # a pronoun: the country Того is left out
    ("После того как Токаев прибыл в Москву, он провел переговоры с Путиным.", "ru", "moscow", "TG"),
    ("Того же мнения придерживается Токаев, который провел переговоры с Путиным в Москве.", "ru", "moscow", "TG"),
    # given names: Виктория (the capital of the Seychelles) and Диля (Дили, the capital of East Timor) are left out
    ("Виктория Абрамова встретилась с Токаевым в Астане.", "ru", "astana", "SC"),
    ("Токаев встретился с семьей Дили Садыковой в Астане.", "ru", "astana", "TL"),
    # "Само" is the stem of Самоа, which is left out
    ("Само собой, Токаев провел переговоры с Мирзиёевым в Ташкенте.", "ru", "tashkent", "WS"),
    # "Бомба" shares its stem with Бомбей, which is no spelling of Mumbai here
    ("Бомба взорвалась, когда Токаев проводил переговоры с Мирзиёевым в Ташкенте.", "ru", "tashkent", "mumbai"),
    # a given name, not El Salvador
    ("Сальвадор Дали встретился с Токаевым в Мадриде.", "ru", "madrid", "SV"),
    # Kazakh words: the particle "ғана" (Ghana is named in full only), "баңгілік" (Bangui is left out),
    # "судан" (from the water; Sudan is named in full only)
    ("ТОҚАЕВ ПУТИНМЕН ТЕК АСТАНАДА ҒАНА КЕЗДЕСТІ.", "kk", "astana", "GH"),
    ("Баңгілікке қарсы күрес туралы Тоқаев Мирзиёевпен Астанада кездесті.", "kk", "astana", "CF"),
    ("Судан зардап шеккендерге көмек туралы Тоқаев Мирзиёевпен Ташкентте кездесті.", "kk", "tashkent", "SD"),
])
def test_an_ordinary_word_names_no_place(text, lang, place, not_named):
    assert set(event_places(text, lang)) == {place}
    registry = default_registry()
    places = {pid for pid in mentioned_ids(text, lang) if registry.has_place(pid)}
    assert not_named not in places and not_named not in {registry.country_of(pid) for pid in places}


@pytest.mark.parametrize("text, lang, country", [
    # names inside names: Niger is not Nigeria, South Sudan is not Sudan, Equatorial Guinea is not Guinea
    ("Токаев провел переговоры в Ниамее с президентом Нигера.", "ru", "NE"),
    ("Токаев провел переговоры в Абудже с президентом Нигерии.", "ru", "NG"),
    ("Путин провел переговоры с президентом Южного Судана в Джубе.", "ru", "SS"),
    ("Путин провел переговоры с президентом Экваториальной Гвинеи в Малабо.", "ru", "GQ"),
])
def test_a_capital_belongs_to_its_own_country(text, lang, country):
    events = extraction(text, lang).events
    assert events and {e.place.country_id for e in events if e.place} == {country}
