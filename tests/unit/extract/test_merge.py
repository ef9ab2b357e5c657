"""When two reports are one event, and what the combined record keeps (extract.merge)."""

from __future__ import annotations

from datetime import date

import pytest

from extract import merge
from extract.records import Event, Office, Participant, PlaceRef

MOSCOW = PlaceRef(id="moscow", name="Москва", kind="city", country="Россия", country_id="RU")
ASTANA = PlaceRef(id="astana", name="Астана", kind="city", country="Казахстан", country_id="KZ")


def talks(ident: str, start: str | None = None, *, source: str | None = "text", place: PlaceRef | None = MOSCOW,
          people: tuple[str, ...] = ("tokayev", "putin"), reported: date | None = date(2025, 11, 12),
          offices: tuple[Office, ...] = ()) -> Event:
    precision = {10: "day", 7: "month", 4: "year"}.get(len(start or ""), None)
    return Event(id=ident, type="meeting", title="Встреча", start=start, date_precision=precision,
                 date_source=source if start else None, place=place, reported_on=reported, offices=offices,
                 participants=tuple(Participant(id=p, name=p) for p in people))


@pytest.mark.parametrize(("a", "b", "same"), [
    # a report of the day published the next morning: the dateline day may be a day late
    (talks("a", "2025-11-12"), talks("b", "2025-11-13", source="dateline", reported=date(2025, 11, 13)), True),
    (talks("a", "2025-11-11"), talks("b", "2025-11-13", source="dateline", reported=date(2025, 11, 13)), True),
    # ... but not a week late, and a stated date is never stretched
    (talks("a", "2025-11-05"), talks("b", "2025-11-13", source="dateline", reported=date(2025, 11, 13)), False),
    (talks("a", "2025-11-12"), talks("b", "2025-11-13"), False),
    # different counterparts are different talks
    (talks("a", "2025-11-12"), talks("b", "2025-11-12", people=("tokayev", "macron")), False),
    # a month and a day inside it
    (talks("a", "2025-11"), talks("b", "2025-11-12"), True),
    # different cities on one day: two meetings
    (talks("a", "2025-11-12"), talks("b", "2025-11-12", place=ASTANA), False),
])
def test_same_event(a: Event, b: Event, same: bool) -> None:
    assert merge.same_event(a, b) is same
    assert merge.same_event(b, a) is same


@pytest.mark.parametrize(("a", "b", "start", "source"), [
    (talks("a", "2025-11-13", source="dateline"), talks("b", "2025-11-12"), "2025-11-12", "text"),
    (talks("a", "2025-11-12"), talks("b", "2025-11-13", source="dateline"), "2025-11-12", "text"),
    # a dateline day is more than a stated month
    (talks("a", "2025-11"), talks("b", "2025-11-12", source="dateline"), "2025-11-12", "dateline"),
    (talks("a", None), talks("b", "2025-11-12", source="dateline"), "2025-11-12", "dateline"),
    # a day the report gives beats one taken from the visit around it
    (talks("a", "2025-11-11", source="context"), talks("b", "2025-11-12", source="dateline"), "2025-11-12",
     "dateline"),
    (talks("a", "2025-11-12"), talks("b", "2025-11-11", source="context"), "2025-11-12", "text"),
])
def test_combine_keeps_the_better_date(a: Event, b: Event, start: str, source: str) -> None:
    combined = merge.combine(a, b)
    assert (combined.start, combined.date_source) == (start, source)
    assert combined.id == "a"


def visit(ident: str, start: str, end: str | None = None, source: str = "text") -> Event:
    return Event(id=ident, type="visit", title="Визит", start=start, end=end, date_precision="day",
                 date_source=source, place=MOSCOW, reported_on=date(2025, 11, 12),
                 participants=(Participant(id="tokayev", name="t", role="guest"),))


@pytest.mark.parametrize(("a", "b", "span"), [
    # "визит 11-12 ноября" and "прибыл во вторник": the visit's days, not its first
    (visit("a", "2025-11-11", "2025-11-12"), visit("b", "2025-11-11"), ("2025-11-11", "2025-11-12")),
    (visit("a", "2025-11-11"), visit("b", "2025-11-11", "2025-11-12"), ("2025-11-11", "2025-11-12")),
    # a span only taken from around it does not widen a stated day
    (visit("a", "2025-11-11", "2025-11-12", source="context"), visit("b", "2025-11-11"), ("2025-11-11", None)),
])
def test_a_visit_keeps_the_days_the_text_gives_it(a: Event, b: Event, span: tuple) -> None:
    combined = merge.combine(a, b)
    assert (combined.start, combined.end) == span



def test_combine_keeps_the_title_that_names_more_sides() -> None:
    one = talks("a", "2025-11-12", people=("putin",)).model_copy(update={"title": "Встреча: Путин"})
    two = talks("b", "2025-11-12").model_copy(update={"title": "Встреча: Токаев, Путин"})
    assert merge.combine(one, two).title == "Встреча: Токаев, Путин"
    assert merge.combine(two, one).title == "Встреча: Токаев, Путин"


def test_combine_keeps_each_office_once() -> None:
    ukraine = Office(title="президент Украины", country_id="UA")
    a = talks("a", "2015-02-11", people=("putin",), offices=(ukraine,))
    b = talks("b", "2015-02-11", people=("putin",),
              offices=(Office(title="Президент  Украины", country_id="UA"), Office(title="канцлер Германии",
                                                                                    country_id="DE")))
    assert [o.title for o in merge.combine(a, b).offices] == ["президент Украины", "канцлер Германии"]


def test_match_picks_the_closest_of_several() -> None:
    known = [talks("far", "2025-11"), talks("near", "2025-11-12")]
    assert merge.match(talks("new", "2025-11-12"), known) == 1
    assert merge.match(talks("new", "2024-01-01"), known) is None


def test_merge_events_folds_a_stream_and_remaps_parts() -> None:
    visit = Event(id="v", type="visit", title="Визит", start="2025-11-12", date_precision="day",
                  participants=(Participant(id="tokayev", name="t", role="guest"),))
    first = talks("m1", "2025-11-12").model_copy(update={"part_of": "v"})
    again = talks("m2", "2025-11-12")
    folded = merge.merge_events([visit, first, again])
    assert [e.id for e in folded] == ["v", "m1"]
    assert folded[1].part_of == "v"


@pytest.mark.parametrize(("a", "b", "same"), [
    ("декларация о всеобъемлющем стратегическом партнёрстве",
     "Декларация о переходе к отношениям всеобъемлющего стратегического партнёрства и союзничества", True),
    ("Договор о союзнических отношениях", "договор о союзнических отношениях", True),
    ("Договор о союзнических отношениях", "Договор о демаркации границы", False),
    ("Соглашение", "Соглашение о торговле", False),  # one word says too little to be the same document
    # ... unless a meeting signs one of its kind: the headline's "Декларация" is the body's declaration
    ("Декларация", "Декларация о всеобъемлющем стратегическом партнерстве", True),
    ("Декларация", "Договор о союзнических отношениях", False),
    # one document in Russian and in Kazakh: same kind, the topics of the shorter all in the longer
    ("Декларация о переходе к отношениям всеобъемлющего стратегического партнерства и союзничества",
     "Жан-жақты стратегиялық әріптестік және одақтастық қатынастарға көшу туралы декларация", True),
    ("Соглашение о сотрудничестве в области энергетики", "Энергетика саласындағы ынтымақтастық туралы келісім",
     True),
    # another topic, another kind, or too little to tell
    ("Соглашение о сотрудничестве в области энергетики", "Көлік саласындағы ынтымақтастық туралы келісім", False),
    ("Договор о стратегическом партнерстве", "Стратегиялық әріптестік туралы келісім", False),
    ("Соглашение о сотрудничестве", "Ынтымақтастық туралы келісім", False),
])
def test_document_titles_of_one_document(a: str, b: str, same: bool) -> None:
    from extract.merge import same_document

    assert same_document(a, b) is same


def gathering(ident: str, title: str, start: str = "2025-09-01", place: PlaceRef | None = MOSCOW) -> Event:
    return Event(id=ident, type="summit", title=title, start=start, date_precision="day", date_source="text",
                 place=place, reported_on=date(2025, 9, 1),
                 participants=(Participant(id="tokayev", name="t"),))


@pytest.mark.parametrize(("a", "b", "same"), [
    # one bloc's summit in Russian and in Kazakh, or with its name written out
    ("Саммит ШОС (Москва)", "ШЫҰ саммиті (Москва)", True),
    ("Саммит ШОС (Москва)", "Саммит Шанхайской организации сотрудничества (Москва)", True),
    # two blocs' summits in one city and month are two
    ("Саммит ШОС (Москва)", "Саммит ОДКБ (Москва)", False),
    ("ТМД саммиті (Москва)", "ҰҚШҰ саммиті (Москва)", False),
    # two states' council of heads is no bloc's summit
    ("Заседание Высшего межгосударственного совета (Москва)", "Саммит ОТГ (Москва)", False),
    ("Жоғары мемлекетаралық кеңестің отырысы (Москва)", "Түркі мемлекеттері ұйымының саммиті (Москва)", False),
    # a name that names no bloc says nothing against it
    ("Саммит (Москва)", "Саммит ОДКБ (Москва)", True),
])
def test_gatherings_of_two_blocs_are_two(a: str, b: str, same: bool) -> None:
    assert merge.same_event(gathering("a", a), gathering("b", b)) is same


def call(ident: str, start: str | None, reported: date) -> Event:
    precision = "day" if start else None
    return Event(id=ident, type="phone_call", title="Телефонный разговор", start=start, date_precision=precision,
                 date_source="text" if start else None, reported_on=reported,
                 participants=(Participant(id="putin", name="p"), Participant(id="mirziyoyev", name="m")))


@pytest.mark.parametrize(("reported", "same"), [
    (date(2025, 11, 10), True),   # an undated call told in a report of the same days
    (date(2025, 10, 7), False),   # ... not one told five weeks before: leaders who call often call again
])
def test_an_undated_call_is_of_the_days_around_its_report(reported: date, same: bool) -> None:
    dated = call("a", "2025-11-12", date(2025, 11, 12))
    assert merge.same_event(dated, call("b", None, reported)) is same


def test_a_gathering_keeps_the_title_that_names_its_bloc() -> None:
    named = gathering("a", "ШЫҰ саммиті (Москва)")
    bare = gathering("b", "Саммит (Москва)").model_copy(update={"participants": (
        Participant(id="tokayev", name="t"), Participant(id="putin", name="p"))})
    assert merge.combine(bare, named).title == merge.combine(named, bare).title == "ШЫҰ саммиті (Москва)"

