"""Table-driven checks of the extraction rules on sentence shapes typical of news agencies."""

from __future__ import annotations

from datetime import date

import pytest

from extract.pipeline import extract_article

PUB = date(2024, 6, 10)


def events(text: str, published: date = PUB, lang: str = "ru"):
    return extract_article(text, published=published, lang=lang).events


def summary(event):
    return event.type, {p.id: p.role for p in event.participants}


@pytest.mark.parametrize("text, expected_type", [
    ("Владимир Путин провел переговоры с Си Цзиньпином в Пекине.", "meeting"),
    ("Касым-Жомарт Токаев встретился с Реджепом Тайипом Эрдоганом в Анкаре 5 июня.", "meeting"),
    ("Эммануэль Макрон и Олаф Шольц провели телефонный разговор.", "phone_call"),
    ("Президент Узбекистана Шавкат Мирзиёев 12 июня прибудет в Москву с государственным визитом.", "visit"),
    ("Токаев и Путин подписали Договор о добрососедстве и союзничестве.", "signing"),
    ("Ильхам Алиев принял участие в саммите ОДКБ в Минске 3 июня.", "summit"),
])
def test_trigger_gives_event_type(text, expected_type):
    assert expected_type in {e.type for e in events(text)}


@pytest.mark.parametrize("text", [
    "Путин совершил 33 визита в Казахстан за годы президентства.",      # a count, not an event
    "Пресс-секретарь Дмитрий Песков рассказал журналистам о погоде.",   # no trigger
    "Мы встречаемся с коллегами на форумах каждый год.",                 # a habit
    "",                                                                  # nothing at all
])
def test_no_event(text):
    assert not events(text)


@pytest.mark.parametrize("text, guest, host, kind", [
    ("Президент Узбекистана Шавкат Мирзиёев 12 июня прибудет в Москву с государственным визитом.",
     "mirziyoyev", "putin", "state"),
    ("5 июня Владимир Путин посетил Казахстан с официальным визитом.", "putin", "tokayev", "official"),
    ("Эрдоган 3 июня прилетел в Баку с рабочим визитом.", "erdogan", "ilham-aliyev", "working"),
    # the kind nearest the visit word, not the ceremony's
    ("12 августа в Акорде состоялась церемония официальной встречи Садыра Жапарова, прибывшего в Казахстан с "
     "государственным визитом.", "japarov", "tokayev", "state"),
])
def test_visit_roles_and_kind(text, guest, host, kind):
    visit = next(e for e in events(text) if e.type == "visit")
    roles = {p.id: p.role for p in visit.participants}
    assert roles.get(guest) == "guest"
    assert roles.get(host) == "host"
    assert visit.kind == kind


@pytest.mark.parametrize("text, remote", [
    ("Президенты Казахстана и России по видеосвязи обратятся к участникам форума в Омске 8 июня.", True),
    ("Лидеры России и Казахстана в режиме ВКС приняли участие в форуме в Оренбурге 5 июня.", True),
    ("Путин и Токаев выступили на пленарном заседании форума в Омске 5 июня.", False),
])
def test_remote_participation(text, remote):
    forum = next(e for e in events(text) if e.type == "forum")
    roles = {p.role for p in forum.participants}
    assert ("remote" in roles) is remote
    assert {p.id for p in forum.participants} == {"putin", "tokayev"}


@pytest.mark.parametrize("text, status", [
    ("Путин 20 июня встретится с Токаевым в Астане.", "planned"),
    ("Путин 2 июня встретился с Токаевым в Астане.", "held"),
    ("Встреча Путина и Токаева в Астане, намеченная на 20 июня, отменена.", "cancelled"),
    ("Токаев перенес встречу с Путиным в Оренбурге на следующий месяц.", "relocated"),
    ("Токаев отложил встречу с Путиным на осень.", "postponed"),
])
def test_status(text, status):
    meeting = next(e for e in events(text) if e.type == "meeting")
    assert meeting.status == status


@pytest.mark.parametrize("text", [
    "Пресс-секретарь президента Дмитрий Песков сообщил, что Путин 20 июня встретится с Токаевым.",
    "Как рассказал журналист Павел Зарубин, Путин и Токаев 2 июня провели переговоры.",
])
def test_speakers_do_not_take_part(text):
    meeting = next(e for e in events(text) if e.type == "meeting")
    assert {p.id for p in meeting.participants} == {"putin", "tokayev"}


def test_title_resolves_to_office_holder_at_event_date():
    early = next(e for e in events("Президент США 10 мая 2018 года встретился с президентом Франции в Париже.",
                                   published=date(2018, 5, 11)) if e.type == "meeting")
    late = next(e for e in events("Президент США 10 мая 2022 года встретился с президентом Франции в Париже.",
                                  published=date(2022, 5, 11)) if e.type == "meeting")
    assert {p.id for p in early.participants} == {"trump", "macron"}
    assert {p.id for p in late.participants} == {"biden", "macron"}


def test_talks_inside_a_visit_are_part_of_it():
    text = ("Президент Казахстана 5 июня прибыл в Ташкент с государственным визитом. "
            "В ходе визита он провел переговоры с Шавкатом Мирзиёевым.")
    found = events(text)
    visit = next(e for e in found if e.type == "visit")
    talks = next(e for e in found if e.type == "meeting")
    assert talks.part_of == visit.id
    assert talks.start == "2024-06-05"
    assert talks.place.id == "tashkent"


def test_kazakh_visit_with_invitation_host():
    text = "Мемлекет басшысы Қасым-Жомарт Тоқаевтың шақыруымен 12 маусымда Шавкат Мирзиёев Астанаға сапармен келеді."
    visit = next(e for e in events(text, lang="kk") if e.type == "visit")
    assert summary(visit)[1] == {"mirziyoyev": "guest", "tokayev": "host"}
    assert visit.start == "2024-06-12"
    assert visit.place.id == "astana"


def test_unknown_leaders_are_still_extracted():
    text = "Президент Вымышленной Республики Иван Петрович Сидоров 5 июня встретился с Путиным."
    meeting = next(e for e in events(text) if e.type == "meeting")
    assert "putin" in meeting.participant_ids()
    assert any(pid.startswith("per-") for pid in meeting.participant_ids())


def test_offsets_point_into_the_text():
    text = "Саясат\n\nПутин 5 июня встретился с Токаевым в Астане.\n"
    for event in events(text):
        for ev in event.evidence:
            assert text[ev.start:ev.end] == ev.text
            assert ev.start <= ev.trigger[0] < ev.trigger[1] <= ev.end


@pytest.mark.parametrize("text, published, start", [
    ("Владимир Путин в сентябре посетил Астану с рабочим визитом.", date(2024, 6, 10), "2023-09"),
    ("Владимир Путин в сентябре посетит Астану с рабочим визитом.", date(2024, 6, 10), "2024-09"),
    ("Владимир Путин 2 июня посетил Астану с рабочим визитом.", date(2024, 6, 10), "2024-06-02"),
])
def test_year_less_date_follows_the_tense(text, published, start):
    visit = next(e for e in events(text, published=published) if e.type == "visit")
    assert visit.start == start
