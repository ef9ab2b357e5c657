"""Dates moved or given by the clause: `anchor`, `news_of_the_day`, `status_for`.

Each row is a news-like clause, its publication date and what the clause's tense makes of its date.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.dates import find_dates
from extract.dating import (
    after_publication,
    anchor,
    background_cue,
    news_of_the_day,
    status_for,
)

D = date.fromisoformat


def anchored(sentence: str, published: date, lang: str, tense: str | None, planned: bool) -> tuple[str, str | None]:
    mentions = find_dates(sentence, published, lang)
    assert len(mentions) == 1, mentions
    moved = anchor(mentions[0], published, tense=tense, planned=planned)
    return moved.start_iso(), moved.end_iso()


ANCHOR = [
    # planned or future: the next occurrence on or after publication
    ("ru", "Президент посетит Баку в ноябре.", D("2025-09-10"), "future", False, ("2025-11", None)),
    ("ru", "Лидеры встретятся в мае.", D("2025-02-10"), "future", False, ("2025-05", None)),
    ("ru", "Визит в Пекин запланирован на январь.", D("2025-12-10"), None, True, ("2026-01", None)),
    ("ru", "Визит запланирован в январе.", D("2025-12-10"), "past", True, ("2026-01", None)),
    ("ru", "Саммит пройдёт 15 января.", D("2025-07-01"), "future", False, ("2026-01-15", None)),
    ("ru", "Переговоры состоятся в ноябре.", D("2025-11-20"), "future", False, ("2025-11", None)),
    ("ru", "Форум пройдёт 28-29 апреля.", D("2025-10-01"), "future", False, ("2026-04-28", "2026-04-29")),
    ("ru", "Лидеры встретятся осенью.", D("2025-03-01"), "future", False, ("2025-09", "2025-11")),
    ("ru", "Стороны проведут переговоры в понедельник.", D("2025-12-10"), "future", False, ("2025-12-15", None)),
    ("kk", "Президент қарашада Бакуге барады.", D("2025-09-10"), "future", False, ("2025-11", None)),
    ("kk", "Мемлекет басшысы қаңтарда Қытайға сапармен барады.", D("2025-12-10"), "future", False, ("2026-01", None)),
    ("kk", "Келіссөздер дүйсенбі күні өтеді.", D("2025-12-10"), "future", False, ("2025-12-15", None)),
    # past: the latest occurrence on or before publication
    ("ru", "Президент посетил Баку в ноябре.", D("2025-09-10"), "past", False, ("2024-11", None)),
    ("ru", "Лидеры встретились в мае.", D("2025-02-10"), "past", False, ("2024-05", None)),
    ("ru", "Лидеры встретились 15 января.", D("2025-12-20"), "past", False, ("2025-01-15", None)),
    ("ru", "Переговоры прошли в декабре.", D("2026-01-05"), "past", False, ("2025-12", None)),
    ("ru", "Стороны провели переговоры в понедельник.", D("2025-12-10"), "past", False, ("2025-12-08", None)),
    ("ru", "Лидеры созвонились в пятницу.", D("2025-12-10"), "past", False, ("2025-12-05", None)),
    ("kk", "Президент қарашада Бакуге барды.", D("2025-09-10"), "past", False, ("2024-11", None)),
    ("kk", "Екі көшбасшы жұма күні телефон арқылы сөйлесті.", D("2025-12-10"), "past", False, ("2025-12-05", None)),
    # a day of no stated month moves by a month
    ("ru", "Переговоры пройдут 5-го числа.", D("2025-11-20"), "future", False, ("2025-12-05", None)),
    ("ru", "Переговоры прошли 28-го числа.", D("2025-11-20"), "past", False, ("2025-10-28", None)),
    ("kk", "Келіссөздер 5-і күні өтеді.", D("2025-11-20"), "future", False, ("2025-12-05", None)),
    # present or unknown tense: as found (the nearest occurrence)
    ("ru", "Президент посещает Баку в ноябре.", D("2025-09-10"), "present", False, ("2025-11", None)),
    ("ru", "Визит в ноябре.", D("2025-01-10"), None, False, ("2024-11", None)),
    # an explicit or relative year is never moved
    ("ru", "Президент посетит Баку в ноябре 2024 года.", D("2025-09-10"), "future", False, ("2024-11", None)),
    ("ru", "В ноябре прошлого года лидеры встретились.", D("2025-09-10"), "future", False, ("2024-11", None)),
    ("ru", "Лидеры встретились в прошлую пятницу.", D("2025-12-10"), "future", False, ("2025-12-05", None)),
    ("kk", "2024 жылғы қарашада Бакуге барады.", D("2025-09-10"), "past", False, ("2024-11", None)),
]


@pytest.mark.parametrize(("lang", "sentence", "published", "tense", "planned", "expected"), ANCHOR)
def test_anchor_moves_a_year_less_date_by_the_tense(lang, sentence, published, tense, planned, expected) -> None:
    assert anchored(sentence, published, lang, tense, planned) == expected


def test_anchor_without_publication_date_changes_nothing() -> None:
    (mention,) = find_dates("Лидеры встретились в мае 2024 года.", None, "ru")
    assert anchor(mention, None, tense="past", planned=False) == mention


NEWS_OF_THE_DAY = [
    # the day's report: dated by the dateline
    ("ru", "Стороны начали переговоры в Кремле", "past", True),
    ("ru", "Президент Казахстана прибыл в Москву", "past", True),
    ("ru", "Лидеры провели телефонный разговор", "past", True),
    ("ru", "Путин проводит переговоры с Токаевым", "present", True),
    ("kk", "Мемлекет басшысы Мәскеуге барды", None, True),
    ("kk", "Екі ел президенттері телефон арқылы сөйлесті", None, True),
    # the years a document is for are no time of the event
    ("ru", "Лидеры подписали декларацию о развитии интеграции до 2030 года", "past", True),
    ("ru", "Президенты утвердили программу сотрудничества на 2026–2028 годы", "past", True),
    ("kk", "Президенттер 2030 жылға дейінгі стратегияға қол қойды", None, True),
    ("kk", "Президенттер 2026-2028 жылдарға арналған бағдарламаға қол қойды", None, True),
    # background: not today's news
    ("ru", "Ранее стороны провели переговоры", "past", False),
    ("ru", "Накануне лидеры провели телефонный разговор", "past", False),
    ("ru", "В прошлом президенты уже не раз встречались", "past", False),
    ("ru", "Лидеры уже не раз встречались в Сочи", "past", False),
    ("ru", "В свое время он посетил Пекин", "past", False),
    ("ru", "В своё время он посетил Пекин", "past", False),
    ("ru", "Впервые они встретились в 2015 году в Уфе", "past", False),
    ("ru", "В 2019 году лидеры подписали декларацию", "past", False),
    ("kk", "2019 жылы президенттер декларацияға қол қойды", None, False),
    ("ru", "Президенты неоднократно встречались", "past", False),
    ("ru", "Как сообщалось, стороны подписали соглашение", "past", False),
    ("ru", "На прошлой неделе лидеры провели переговоры", "past", False),
    ("ru", "Он было согласился приехать", "past", False),
    ("ru", "Президент посетит Пекин", "future", False),
    ("kk", "Бұған дейін екі көшбасшы Астанада кездескен болатын", None, False),
    ("kk", "Екі президент бұрын да бірнеше рет кездескен", None, False),
    ("kk", "Өткен аптада президенттер телефон арқылы сөйлесті", None, False),
    ("kk", "Президент Қытайға барады", "future", False),
]


@pytest.mark.parametrize(("lang", "clause", "tense", "dated"), NEWS_OF_THE_DAY)
def test_news_of_the_day_is_dated_by_the_dateline(lang: str, clause: str, tense: str | None, dated: bool) -> None:
    published = D("2025-11-11")
    result = news_of_the_day(published, tense=tense, clause=clause, lang=lang)
    if not dated:
        assert result is None, background_cue(clause, lang)
        return
    assert result is not None
    assert (result.start_iso(), result.end_iso(), result.precision, result.source) == (
        "2025-11-11", None, "day", "dateline")


@pytest.mark.parametrize(
    ("lang", "clause"),
    [("ru", "Лидеры провели переговоры 10 ноября"), ("ru", "Лидеры провели переговоры в ноябре"),
     ("kk", "Президенттер қарашада кездесті")],
)
def test_a_clause_with_a_date_of_its_own_is_not_dated_by_the_dateline(lang: str, clause: str) -> None:
    published = D("2025-11-11")
    dates = find_dates(clause, published, lang)
    assert dates
    assert news_of_the_day(published, tense="past", clause=clause, lang=lang, dates=dates) is None


@pytest.mark.parametrize("planned", [True])
def test_a_plan_or_no_publication_date_is_not_news_of_the_day(planned: bool) -> None:
    assert news_of_the_day(D("2025-11-11"), tense="past", clause="Договорились провести встречу", planned=planned) is None
    assert news_of_the_day(None, tense="past", clause="Лидеры провели переговоры") is None


STATUS = [
    ("held", "2025-12-01", D("2025-11-30"), "planned"),
    ("held", "2025-12", D("2025-11-30"), "planned"),
    ("held", "2026", D("2025-11-30"), "planned"),
    ("held", "2025-11", D("2025-11-30"), "held"),
    ("held", "2025-11-30", D("2025-11-30"), "held"),
    ("held", "2025-11-29", D("2025-11-30"), "held"),
    ("held", "2025-12-01", None, "held"),
    ("held", None, D("2025-11-30"), "held"),
    ("cancelled", "2025-12-01", D("2025-11-30"), "cancelled"),
    ("postponed", "2025-12-01", D("2025-11-30"), "postponed"),
    ("held", D("2025-12-01"), D("2025-11-30"), "planned"),
]


@pytest.mark.parametrize(("status", "start", "published", "expected"), STATUS)
def test_an_event_after_publication_is_not_held(status, start, published, expected) -> None:
    assert status_for(status, start, published) == expected


def test_after_publication_reads_a_mention() -> None:
    (mention,) = find_dates("Саммит пройдёт 28 ноября.", D("2025-11-20"), "ru")
    assert after_publication(mention, D("2025-11-20"))
    assert not after_publication(mention, D("2025-11-28"))
