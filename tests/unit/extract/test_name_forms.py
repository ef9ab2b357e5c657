"""People outside the registry get one name in the nominative whatever case the text puts them in."""

from __future__ import annotations

import pytest

from extract.pipeline import extract_article


@pytest.mark.parametrize("text, name", [
    ("Токаев принял министра иностранных дел Ермека Кошербаева в Акорде.", "Ермек Кошербаев"),
    ("Токаев встретился с Ермеком Кошербаевым в Акорде.", "Ермек Кошербаев"),
    ("Путин поздравил по телефону Мигеля Диас-Канеля.", "Мигель Диас-Канель"),
    # a name the tagger reads as nominative agrees with its title's case
    ("Ван И провел переговоры с министром иностранных дел Казахстана Ермеком Кошербаевым.", "Ермек Кошербаев"),
    ("Путин провёл переговоры с Нарендрой Моди в Москве.", "Нарендра Моди"),
    ("Путин встретился с Айгерим Кошербаевой в Кремле.", "Айгерим Кошербаева"),
    # a surname the morphology does not know, by its ending; a town after "города" is no part of the name
    ("Путин встретился с главой города Иванова Вячеславом Сверчковым.", "Вячеслав Сверчков"),
    ("Путин встретился с Анной Сверчковой в Кремле.", "Анна Сверчкова"),
    # a man's surname the morphology cannot decline, or reads only as a woman's word, by its ending
    ("Путин провёл переговоры с президентом Аргентины Хавьером Милеем.", "Хавьер Милей"),
    ("Путин позвонил президенту Аргентины Хавьеру Милею.", "Хавьер Милей"),
    ("Путин провёл переговоры с канцлером Германии Олафом Шольцем.", "Олаф Шольц"),
    ("Путин провёл переговоры с президентом Финляндии Александром Стуббом.", "Александр Стубб"),
    ("Путин принял президента Финляндии Александра Стубба в Кремле.", "Александр Стубб"),
    ("Путин провёл переговоры с президентом Польши Анджеем Дудой.", "Анджей Дуда"),
    ("Путин принял президента Польши Анджея Дуду в Кремле.", "Анджей Дуда"),
    ("Путин провёл переговоры с президентом ЮАР Джейкобом Зумой.", "Джейкоб Зума"),
    # after an indeclinable first name, an instrumental in -ой is a nominative in -а
    ("Токаев провёл переговоры с председателем Европейского совета Антониу Коштой.", "Антониу Кошта"),
    # indeclinable foreign names stay as written
    ("Путин провёл переговоры с президентом Анголы Жоау Лоуренсу.", "Жоау Лоуренсу"),
    ("Путин провёл переговоры с президентом Нигерии Бола Тинубу.", "Бола Тинубу"),
    ("Путин провёл переговоры с Рафаэлем Корреа в Москве.", "Рафаэль Корреа"),
    ("Путин встретился с Ципи Ливни в Москве.", "Ципи Ливни"),
    # the nominative as the text gives it
    ("Ермек Кошербаев встретился с Путиным в Москве.", "Ермек Кошербаев"),
])
def test_a_name_outside_the_registry_is_in_the_nominative(text, name):
    events = extract_article(text, published=None, lang="ru").events
    names = {p.name for e in events for p in e.participants}
    assert name in names


def test_one_person_in_two_cases_is_one_id():
    text = ("Токаев принял министра иностранных дел Ермека Кошербаева в Акорде. Позднее Путин встретился с "
            "Ермеком Кошербаевым в Москве.")
    events = extract_article(text, published=None, lang="ru").events
    ids = {p.id for e in events for p in e.participants if "Кошербаев" in p.name}
    assert ids == {"per-ермек-кошербаев"}
