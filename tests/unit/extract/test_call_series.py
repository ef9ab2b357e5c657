"""A day of calls told one by one after a series that names no side: a call for each leader a later sentence
names as its subject or "с" him, on the series' day; none for leaders who sent messages."""

from __future__ import annotations

from datetime import date

import pytest

from extract.pipeline import extract_article

RU = ("Лидеры поздравили президента\n"
      "24 июля Президент Узбекистана Шавкат Мирзиёев провел ряд телефонных разговоров с главами зарубежных "
      "государств. Президент России Владимир Путин пожелал узбекскому лидеру крепкого здоровья. С Президентом "
      "Казахстана Касым-Жомартом Токаевым рассмотрены вопросы торговли. Поздравительные послания направили "
      "Председатель КНР Си Цзиньпин и Премьер-министр Индии Нарендра Моди.")
KK = ("Мемлекет басшысы құттықтауларды қабылдады\n"
      "Мемлекет басшысы Қасым-Жомарт Тоқаев 17 мамырда бірқатар шет мемлекеттердің басшыларымен телефон арқылы "
      "сөйлесті. Әзербайжан Президенті Ильхам Әлиев Тоқаевты туған күнімен құттықтады. Түркия Президенті Режеп "
      "Тайып Ердоғанмен екіжақты қатынастар талқыланды. Қытай Төрағасы Си Цзиньпин құттықтау хатын жолдады.")

# the leaders called him, and a call told in words of its own is of the series' day too
KK_CALLED = ("Мемлекет басшысын әріптестері құттықтады\n"
             "Бүгін Қасым-Жомарт Тоқаевқа бірқатар шет мемлекеттердің басшылары телефон соғып, туған күнімен "
             "құттықтады. Әзербайжан Президенті Ильхам Әлиев Мемлекет басшысына табыс тіледі. Түркия Президенті Режеп "
             "Тайып Ердоған да Тоқаевты телефон арқылы құттықтады. Қытай Төрағасы Си Цзиньпин құттықтау хатын жолдады.")
# ... rang him ("телефон шалып"), the day told in words, a day before the report
KK_RANG = ("Мемлекет басшысын әріптестері құттықтады\n"
           "Кеше, 17 мамырда, Қасым-Жомарт Тоқаевқа бірқатар шет мемлекеттердің басшылары телефон шалып, туған "
           "күнімен құттықтады. Әзербайжан Президенті Ильхам Әлиев Мемлекет басшысына телефон соғып, табыс тіледі. "
           "Түркия Президенті Режеп Тайып Ердоған да Тоқаевты телефон арқылы құттықтады. Қытай Төрағасы Си Цзиньпин "
           "құттықтау хатын жолдады.")
RU_CALLED = ("Лидеры поздравили президента\n"
             "Сегодня Касым-Жомарту Токаеву позвонили ряд зарубежных лидеров, чтобы поздравить его с днём рождения. "
             "Президент России Владимир Путин пожелал ему крепкого здоровья. Президент Узбекистана Шавкат Мирзиёев "
             "также поздравил Токаева по телефону. Поздравительные послания направили Председатель КНР Си Цзиньпин и "
             "Премьер-министр Индии Нарендра Моди.")


@pytest.mark.parametrize("text, lang, host, others, day", [
    (RU, "ru", "mirziyoyev", {"putin", "tokayev"}, "2025-07-24"),
    (KK, "kk", "tokayev", {"ilham-aliyev", "erdogan"}, "2025-05-17"),
    (KK_CALLED, "kk", "tokayev", {"ilham-aliyev", "erdogan"}, "2026-05-17"),
    (RU_CALLED, "ru", "tokayev", {"putin", "mirziyoyev"}, "2026-05-17"),
    (KK_RANG, "kk", "tokayev", {"ilham-aliyev", "erdogan"}, "2026-05-17"),
])
def test_each_leader_told_after_a_series_of_calls_had_a_call_that_day(text, lang, host, others, day):
    published = date(2026, 5, 18) if text is KK_RANG else date.fromisoformat(day)
    found = extract_article(text, published=published, lang=lang).events
    calls = [e for e in found if e.type == "phone_call"]
    assert sorted(sorted(e.participant_ids() - {host}) for e in calls) == sorted([o] for o in others)
    assert all(host in e.participant_ids() and e.start == day for e in calls)
    # who sent a message had no call
    assert not [e for e in found if "xi-jinping" in e.participant_ids()]


def test_a_call_with_its_side_named_starts_no_series():
    text = ("Путин поговорил с Токаевым\nПутин провел телефонный разговор с Касым-Жомартом Токаевым. "
            "Президент Белоруссии Александр Лукашенко пожелал успехов.")
    calls = [e for e in extract_article(text, published=date(2025, 7, 24), lang="ru").events if e.type == "phone_call"]
    assert [sorted(e.participant_ids()) for e in calls] == [["putin", "tokayev"]]


# "глава государства" in the series' sentence is the one leader it names; a call of the series that names one
# side only is with the series' leader, not with the one who called before
RU_HEAD = ("Лидеры поздравили президента\n"
           "Вчера, 24 июля, в день рождения Президента Узбекистана Шавката Мирзиёева, главе государства позвонили "
           "руководители ряда зарубежных стран. Одним из первых Мирзиёева поздравил по телефону Президент России "
           "Владимир Путин. Также состоялся телефонный разговор с Президентом Казахстана Касым-Жомартом Токаевым. "
           "Поздравительные послания направили Председатель КНР Си Цзиньпин и Премьер-министр Индии Нарендра Моди.")


def test_the_head_of_state_a_series_of_calls_was_for_is_the_leader_its_sentence_names():
    found = extract_article(RU_HEAD, published=date(2026, 7, 25), lang="ru").events
    calls = [e for e in found if e.type == "phone_call"]
    assert sorted((sorted(e.participant_ids()), e.start) for e in calls) == [
        (["mirziyoyev", "putin"], "2026-07-24"), (["mirziyoyev", "tokayev"], "2026-07-24")]
