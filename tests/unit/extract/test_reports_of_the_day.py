"""A presidential news service's report of the day: a reception, a call, what was said in them, and who
"Глава государства" is. Sentences are written for the tests, in the style of such reports."""

from __future__ import annotations

from datetime import date

import pytest

from extract.pipeline import extract_article

PUB = date(2025, 11, 21)


def events(text: str, lang: str = "ru", published: date | None = PUB):
    return extract_article(text, published=published, lang=lang).events


def of_type(text: str, etype: str, lang: str = "ru"):
    return [e for e in events(text, lang) if e.type == etype]


@pytest.mark.parametrize("text, lang, met, greeted", [
    ("Токаев принял министра иностранных дел КНР Ван И. Президент попросил передать наилучшие пожелания "
     "Председателю КНР Си Цзиньпину.", "ru", "wang-yi", "xi-jinping"),
    ("Путин встретился с Токаевым и передал приветствие Президенту Узбекистана Шавкату Мирзиёеву.", "ru",
     "tokayev", "mirziyoyev"),
    ("Тоқаев Қытай Сыртқы істер министрі Ван Иді қабылдады. Президент Си Цзиньпинге ізгі тілектерін жеткізуді "
     "өтінді.", "kk", "wang-yi", "xi-jinping"),
    ("Путин Тоқаевпен кездесіп, Шавкат Мирзиёевке сәлем жолдады.", "kk", "tokayev", "mirziyoyev"),
])
def test_a_leader_sent_greetings_takes_no_part(text, lang, met, greeted):
    ids = {pid for e in of_type(text, "meeting", lang) for pid in e.participant_ids()}
    assert met in ids and greeted not in ids


@pytest.mark.parametrize("text", [
    "Президент Казахстана принял министра иностранных дел Китая\n\nГлава государства Касым-Жомарт Токаев принял "
    "в Акорде министра иностранных дел КНР Ван И.",
    "Глава государства Касым-Жомарт Токаев принял в Акорде министра иностранных дел КНР Ван И.",
])
def test_the_head_of_state_named_by_his_title_hosts_a_reception(text):
    found = of_type(text, "meeting")
    assert len(found) == 1
    roles = {p.id: p.role for p in found[0].participants}
    assert roles == {"tokayev": "host", "wang-yi": "guest"}


def test_talks_at_a_reception_are_the_reception_not_a_visit_told_later():
    text = ("Глава государства Касым-Жомарт Токаев принял в Акорде министра иностранных дел КНР Ван И. "
            "В ходе встречи обсуждены перспективы партнерства. "
            "Министр отметил, что визит Токаева в Китай в сентябре этого года придал импульс сотрудничеству.")
    meetings = of_type(text, "meeting")
    assert len(meetings) == 1
    meeting = meetings[0]
    assert meeting.part_of is None and meeting.start == "2025-11-21"
    assert meeting.place is not None and meeting.place.id == "astana"
    assert {p.id for p in meeting.participants} == {"tokayev", "wang-yi"}


@pytest.mark.parametrize("text, lang, other", [
    ("Глава государства провел телефонный разговор с Президентом Франции Эмманюэлем Макроном. Касым-Жомарт Токаев "
     "поздравил собеседника с национальным праздником. Эмманюэль Макрон пригласил Касым-Жомарта Токаева посетить "
     "Францию. Кроме того, Глава государства поговорил по телефону с "
     "Премьер-министром Индии Нарендрой Моди.", "ru", "modi"),
    ("Мемлекет басшысы Франция Президенті Эммануэль Макронмен телефон арқылы сөйлесті. Эммануэль Макрон "
     "Қасым-Жомарт Тоқаевты Францияға шақырды. Сондай-ақ Мемлекет басшысы Үндістан Премьер-министрі Нарендра "
     "Модимен телефон арқылы сөйлесті.", "kk", "modi"),
])
def test_the_head_of_state_stays_the_articles_own_after_another_leader_acts(text, lang, other):
    calls = of_type(text, "phone_call", lang)
    with_other = [c for c in calls if other in c.participant_ids()]
    assert with_other and set(with_other[0].participant_ids()) == {"tokayev", other}


def test_a_pronoun_still_goes_on_with_the_leader_in_focus():
    text = ("Президент США Барак Обама выдвинул Джона Керри на пост госсекретаря. Президент выразил уверенность в "
            "его утверждении. Ранее Керри возглавлял комитет Сената. Он также вел переговоры с президентом Сирии "
            "Башаром Асадом.")
    found = of_type(text, "meeting")
    assert found and "obama" not in found[0].participant_ids()


@pytest.mark.parametrize("text, lang", [
    ("Токаев провел телефонный разговор с Президентом Франции Эмманюэлем Макроном. В ходе беседы стороны обсудили "
     "реализацию договоренностей, достигнутых во время визита французского лидера в Астану в ноябре 2023 года.",
     "ru"),
    ("Тоқаев Франция Президенті Эммануэль Макронмен телефон арқылы сөйлесті. Әңгімелесу барысында тараптар "
     "француз көшбасшысының 2023 жылғы қарашада Астанаға сапары кезінде қол жеткізілген уағдаластықтарды "
     "талқылады.", "kk"),
])
def test_talk_during_a_call_about_a_past_visit_is_the_call(text, lang):
    found = events(text, lang)
    assert not [e for e in found if e.type == "meeting"]
    calls = [e for e in found if e.type == "phone_call"]
    assert len(calls) == 1 and calls[0].start == "2025-11-21"
    visits = [e for e in found if e.type == "visit"]
    assert visits and visits[0].start == "2023-11"


@pytest.mark.parametrize("text, lang, start", [
    ("Токаев принял Ван И\n\nГлава государства Касым-Жомарт Токаев принял министра иностранных дел КНР Ван И. "
     "Министр отметил, что визит "
     "Токаева в Китай в сентябре этого года придал импульс сотрудничеству. В тот же день Ван И провел переговоры "
     "с министром иностранных дел Казахстана Ермеком Кошербаевым.", "ru", "2025-11-21"),
    ("Токаев провел телефонный разговор с Макроном. На следующий день Глава государства поговорил по телефону с "
     "Моди.", "ru", "2025-11-22"),
])
def test_the_same_day_after_a_report_of_the_day_is_that_day(text, lang, start):
    last = max(events(text, lang), key=lambda e: e.evidence[0].start)
    assert last.start == start


def test_the_same_day_is_never_a_month():
    text = ("Министр отметил, что визит Токаева в Китай в сентябре придал импульс сотрудничеству. В тот же день "
            "Ван И провел переговоры с Ермеком Кошербаевым.")
    talks = [e for e in events(text, published=None) if e.type == "meeting"]
    assert talks and talks[0].start is None


@pytest.mark.parametrize("text, lang", [
    ("Касым-Жомарт Токаев принял министра иностранных дел Туркменистана Рашида Мередова. В ходе встречи обсуждена "
     "подготовка к предстоящему государственному визиту Сердара Бердымухамедова в Казахстан.", "ru"),
    ("Қасым-Жомарт Тоқаев Түрікменстан Сыртқы істер министрі Рашид Мередовты қабылдады. Кездесуде Сердар "
     "Бердімұхамедовтың Қазақстанға сапарына дайындық барысы талқыланды.", "kk"),
])
def test_a_leader_talked_about_in_talks_told_again_is_not_met(text, lang):
    meetings = of_type(text, "meeting", lang)
    assert meetings and all("serdar-berdimuhamedov" not in e.participant_ids() for e in meetings)
    visits = of_type(text, "visit", lang)
    assert visits and visits[0].status == "planned" and "serdar-berdimuhamedov" in visits[0].participant_ids()


@pytest.mark.parametrize("text, other", [
    ("Владимир Путин провел телефонный разговор с Касым-Жомартом Токаевым. Стороны обсудили подготовку к "
     "предстоящему в Душанбе саммиту СНГ.", "summit"),
    ("Владимир Путин провел телефонный разговор с Касым-Жомартом Токаевым. Президенты обсудили ход реализации "
     "договоренностей, достигнутых в ходе визита Токаева в Москву.", "visit"),
])
def test_what_a_call_discussed_is_the_call_not_talks_in_person(text, other):
    found = events(text)
    assert not [e for e in found if e.type == "meeting"]
    calls = [e for e in found if e.type == "phone_call"]
    assert len(calls) == 1 and calls[0].place is None
    talked_of = [e for e in found if e.type == other]
    # the summit to come and the past visit keep no day of the report's
    assert talked_of and talked_of[0].start is None


def test_the_leader_named_beside_the_head_of_state_is_never_he():
    text = ("Главе государства позвонил Президент Франции\n\nСостоялся телефонный разговор Касым-Жомарта Токаева с "
            "Президентом Франции Эмманюэлем Макроном. Ранее, 11 марта, Глава государства провел телефонный разговор "
            "с Президентом Азербайджана Ильхамом Алиевым.")
    calls = [e for e in extract_article(text, published=date(2025, 3, 18), lang="ru").events
             if e.type == "phone_call"]
    assert {"tokayev", "macron"} in [set(c.participant_ids()) for c in calls]
    assert all(c.participant_ids() != {"macron", "ilham-aliyev"} for c in calls)


@pytest.mark.parametrize("text, lang", [
    # an agency's tag and who told it take no part of the lead: the call after them is still the day's news
    ("Путину позвонили лидеры\n\nМОСКВА, 21 ноября. /ТАСС/. Владимир Путин принял поздравления от ряда "
     "зарубежных лидеров. Об этом сообщила пресс-служба Кремля. Первым Путину позвонил президент Белоруссии "
     "Александр Лукашенко.", "ru"),
    ("Тоқаевқа телефон шалды\n\nАстана. 21 қараша. ҚазАқпарат. Қасым-Жомарт Тоқаевты бірқатар шетелдік "
     "көшбасшылар құттықтады. Бұл туралы Ақорда хабарлады. Алдымен Мемлекет басшысына Шавкат Мирзиёев "
     "телефон шалды.", "kk"),
])
def test_tags_and_attributions_are_not_counted_in_the_lead(text, lang):
    calls = of_type(text, "phone_call", lang)
    assert [(c.start, c.date_source) for c in calls] == [("2025-11-21", "dateline")]


def test_what_was_done_after_what_is_to_come_is_not_of_its_day():
    text = ("Заголовок\n\nСтороны договорились встретиться на саммите СНГ в Душанбе 10 декабря. Кроме того, "
            "Владимира Путина по телефону поздравил президент Узбекистана Шавкат Мирзиёев.")
    call = of_type(text, "phone_call")[0]
    assert (call.start, call.status) == ("2025-11-21", "held")  # the day's news, not the day agreed on


def test_the_sides_of_talks_outlast_a_sentence_that_reports_nothing():
    text = ("Заголовок\n\nСостоялся телефонный разговор Путина с Касым-Жомартом Токаевым. Токаев тепло "
            "поздравил российского коллегу. Стороны договорились встретиться в Душанбе 10 декабря.")
    planned = [e for e in of_type(text, "meeting") if e.status == "planned"]
    assert [set(e.participant_ids()) for e in planned] == [{"putin", "tokayev"}]


def test_the_sides_agree_on_a_visit_of_the_leader_they_talk_about():
    text = ("Заголовок\n\nКасым-Жомарт Токаев принял Министра иностранных дел Турции Хакана Фидана. В ходе встречи "
            "Хакан Фидан передал Касым-Жомарту Токаеву приветствия от Президента Турции Реджепа Тайипа Эрдогана. "
            "Стороны обсудили подготовку к предстоящему государственному визиту Президента Турции в Казахстан.")
    found = events(text, published=date(2025, 6, 10))
    talks = [set(e.participant_ids()) for e in found if e.type == "meeting"]
    assert talks == [{"tokayev", "fidan"}]  # the talks' sides; the president they spoke of is not one
    visit = next(e for e in found if e.type == "visit")
    assert (visit.ids_with_role("guest"), visit.status) == ({"erdogan"}, "planned")


def test_the_sides_of_a_call_agree_to_meet_at_another_kind_of_gathering():
    text = ("Заголовок\n\nПервым Путину позвонил президент Белоруссии Александр Лукашенко. Лидеры обсудили подготовку "
            "к заседанию Высшего госсовета Союзного государства. Затем состоялся телефонный разговор Путина с "
            "Касым-Жомартом Токаевым. Стороны договорились встретиться на саммите СНГ в Душанбе 10 декабря.")
    to_come = [e for e in events(text) if e.start == "2025-12-10"]
    assert to_come and all(set(e.participant_ids()) == {"putin", "tokayev"} for e in to_come)


def test_talks_the_day_before_under_a_dateline_were_where_it_is():
    text = ("Заголовок\n\nТЯНЬЦЗИНЬ, 1 сентября. Накануне Касым-Жомарт Токаев провел переговоры с Председателем КНР "
            "Си Цзиньпином.")
    talks = events(text, published=date(2025, 9, 1))
    assert [(e.start, e.place.id) for e in talks] == [("2025-08-31", "tianjin")]


def test_the_head_of_state_of_a_report_from_his_capital_is_that_countrys_head_named_first():
    text = ("В Астане прошло заседание Высшего Евразийского экономического совета\n\nАСТАНА. КАЗИНФОРМ – Сегодня в "
            "Астане под председательством Касым-Жомарта Токаева состоялось заседание Высшего Евразийского "
            "экономического совета. В нем приняли участие Президент России Владимир Путин и Президент Беларуси "
            "Александр Лукашенко. В качестве гостя на заседании присутствовал Президент Узбекистана Шавкат Мирзиёев. "
            "Открывая заседание, Глава государства отметил рост взаимной торговли. Накануне Токаев и Путин выступили "
            "на пленарном заседании Евразийского экономического форума. На полях заседания Глава государства также "
            "провел встречу с Премьер-министром Армении Николом Пашиняном.")
    found = events(text, published=date(2026, 5, 29))
    talks = [e for e in found if e.type == "meeting" and "pashinyan" in e.participant_ids()]
    assert [(sorted(e.participant_ids()), e.start, e.place.id) for e in talks] == [
        (["pashinyan", "tokayev"], "2026-05-29", "astana")]
    assert not [e for e in found if e.type == "forum" and e.start is None]


@pytest.mark.parametrize("text, kinds", [
    ("Касым-Жомарт Токаев провел телефонный разговор с Владимиром Путиным. Беседа состоялась сегодня по инициативе "
     "российской стороны.", [("phone_call", "2025-11-21")]),
    ("Владимир Путин и Касым-Жомарт Токаев провели беседу в Кремле.", [("meeting", "2025-11-21")]),
])
def test_a_conversation_right_after_a_call_is_that_call(text, kinds):
    assert [(e.type, e.start) for e in events(text)] == kinds
