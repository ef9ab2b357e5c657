"""Datelines of news agencies: told apart from the lead, and what they give the report's events."""

from __future__ import annotations

from datetime import date

import pytest

from extract.datelines import AGENCY_LINE, DATELINE, break_datelines
from extract.pipeline import extract_article


@pytest.mark.parametrize("line, dateline", [
    ("МОСКВА, 2 апр — РИА Новости. Накануне президент провел переговоры.", "МОСКВА, 2 апр — РИА Новости."),
    ("МИНСК, 14 марта (БЕЛТА) – Глава государства провел переговоры.", "МИНСК, 14 марта (БЕЛТА) –"),
    ("ТАШКЕНТ, 14 марта – Sputnik. Президенты провели переговоры.", "ТАШКЕНТ, 14 марта – Sputnik."),
    ("АСТАНА, 14 марта. /ТАСС/. Президенты провели переговоры.", "АСТАНА, 14 марта. /ТАСС/."),
    ("Москва. 17 марта. INTERFAX.RU - Президенты провели переговоры.", "Москва. 17 марта. INTERFAX.RU -"),
    ("АСТАНА. КАЗИНФОРМ – Сегодня состоялись переговоры.", "АСТАНА. КАЗИНФОРМ –"),
    ("АСТАНА. KAZINFORM – Бүгін Ақордада келіссөздер өтті.", "АСТАНА. KAZINFORM –"),
])
def test_a_dateline_is_put_on_a_line_of_its_own(line, dateline):
    text = "Заголовок\n\n" + line
    broken = break_datelines(text)
    assert len(broken) == len(text)
    assert broken.splitlines()[2] == dateline


@pytest.mark.parametrize("line", [
    "Путин и Токаев – давние партнеры, сказал он.",
    "Москва. Президент России провел переговоры.",   # a city and no agency, no day: a sentence as any other
    "В Москве, 14 марта (по данным ТАСС) – прошли переговоры.",
])
def test_a_lead_with_no_dateline_is_left_as_it_is(line):
    text = "Заголовок\n\n" + line
    assert break_datelines(text) == text


@pytest.mark.parametrize("sentence, dateline, agency", [
    ("МОСКВА, 2 апр — РИА Новости.", True, False),
    ("МИНСК, 14 марта (БЕЛТА) –", True, False),
    ("АСТАНА, 14 марта.", True, False),
    ("КАЗИНФОРМ –", False, True),
    ("/ТАСС/.", False, True),
    ("INTERFAX.RU -", False, True),
    ("Путин, 5 июня провел переговоры.", False, False),
    ("Президенты провели переговоры.", False, False),
])
def test_dateline_and_agency_sentences(sentence, dateline, agency):
    assert bool(DATELINE.match(sentence)) is dateline
    assert bool(AGENCY_LINE.match(sentence)) is agency


TALKS_RU = " Накануне президент Казахстана Касым-Жомарт Токаев провел переговоры с президентом Узбекистана Шавкатом Мирзиёевым."
TALKS_KK = " Кеше Қасым-Жомарт Тоқаев Өзбекстан Президенті Шавкат Мирзиёевпен келіссөздер жүргізді."


@pytest.mark.parametrize("lead, published, lang, day, city", [
    ("МОСКВА, 2 апр — РИА Новости." + TALKS_RU, date(2026, 4, 2), "ru", "2026-04-01", "moscow"),
    ("МИНСК, 14 марта (БЕЛТА) –" + TALKS_RU, date(2026, 3, 14), "ru", "2026-03-13", "minsk"),
    ("Москва. 17 марта. INTERFAX.RU -" + TALKS_RU, date(2026, 3, 17), "ru", "2026-03-16", "moscow"),
    ("АСТАНА. КАЗИНФОРМ –" + TALKS_RU, date(2026, 3, 15), "ru", "2026-03-14", "astana"),
    ("АСТАНА. KAZINFORM –" + TALKS_KK, date(2026, 3, 15), "kk", "2026-03-14", "astana"),
])
def test_talks_of_the_day_before_are_where_the_dateline_is(lead, published, lang, day, city):
    events = extract_article("Заголовок\n\n" + lead, published=published, lang=lang).events
    assert [(e.type, e.start, e.place.id if e.place else None) for e in events] == [("meeting", day, city)]
