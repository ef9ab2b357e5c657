"""How events get their dates: a year-less date anchored by the tense of its clause, the news of the day
dated by the publication (or dateline) day, and `Event.date_source` saying which it was."""

from __future__ import annotations

from datetime import date

import pytest

from extract.pipeline import extract_article


def reported(text: str, published: date, lang: str):
    """The events of a report whose body is ``text``, under a headline that tells nothing."""
    return extract_article("Заголовок\n\n" + text, published=published, lang=lang).events


def first(text: str, etype: str, published: date | None):
    return next(e for e in extract_article(text, published=published, lang="ru").events if e.type == etype)


@pytest.mark.parametrize("text, published, start", [
    ("Путин посетит Казахстан в январе с рабочим визитом.", date(2024, 12, 10), "2025-01"),
    ("Путин посетил Казахстан в ноябре с рабочим визитом.", date(2024, 9, 10), "2023-11"),
    ("Путин в пятницу встретится с Токаевым в Астане.", date(2024, 6, 10), "2024-06-14"),
    # an intention told by a noun is a plan: the coming 9 May, not the last
    ("О намерении приехать с визитом в Астану 9 мая заявил Президент России Владимир Путин.", date(2025, 5, 6),
     "2025-05-09"),
])
def test_year_less_dates_follow_the_clause(text, published, start):
    event = first(text, "visit" if "визит" in text else "meeting", published)
    assert event.start == start
    assert event.date_source == "text"


@pytest.mark.parametrize("text, lang, published, start, end", [
    ("В понедельник и вторник Токаев находился с визитом в Ташкенте.", "ru", date(2025, 11, 12),
     "2025-11-10", "2025-11-11"),
    ("Лукашенко посетит Китай со вторника по четверг.", "ru", date(2025, 11, 14), "2025-11-18", "2025-11-20"),
    ("Тоқаев дүйсенбі-сейсенбі күндері Ташкентте сапармен болды.", "kk", date(2025, 11, 12),
     "2025-11-10", "2025-11-11"),
    # a visit of so many days that ended on the day told: that is its last
    ("Председатель КНР Си Цзиньпин в среду завершил трехдневный государственный визит в Россию.", "ru",
     date(2023, 3, 22), "2023-03-20", "2023-03-22"),
    ("Си Цзиньпин сәрсенбіде Ресейге үш күндік мемлекеттік сапарын аяқтады.", "kk", date(2023, 3, 22),
     "2023-03-20", "2023-03-22"),
    # ... and one that began on it, its first
    ("Токаев в среду начал двухдневный визит в Россию.", "ru", date(2023, 3, 22), "2023-03-22", "2023-03-23"),
])
def test_a_visit_over_two_weekdays_spans_them(text, lang, published, start, end):
    [visit] = [e for e in reported(text, published, lang) if e.type == "visit"]
    assert (visit.start, visit.end) == (start, end)


@pytest.mark.parametrize("text, lang, visit_days", [
    # the two days are the visit's; the talks told beside it are of their own day
    ("Президент Туркменистана Сердар Бердымухамедов, прибывший накануне в Таджикистан с двухдневным "
     "государственным визитом, в среду провел переговоры с Эмомали Рахмоном.", "ru", ("2026-04-14", "2026-04-15")),
    ("Тәжікстанға екі күндік мемлекеттік сапармен келген Сердар Бердімұхамедов бүгін Эмомали Рахмонмен келіссөз "
     "жүргізді.", "kk", ("2026-04-15", "2026-04-16")),
])
def test_a_visits_length_is_not_the_length_of_talks_told_beside_it(text, lang, visit_days):
    found = reported(text, date(2026, 4, 15), lang)
    [visit] = [e for e in found if e.type == "visit"]
    [talks] = [e for e in found if e.type == "meeting"]
    assert (visit.start, visit.end) == visit_days
    assert (talks.start, talks.end) == ("2026-04-15", None)


@pytest.mark.parametrize("text, published, start, source", [
    # without a dateline the publication day dates the lead's report of the day once nothing in the article
    # dates it otherwise (the headline and the body's dated report of the same call fold first)
    ("Путин и Токаев провели телефонный разговор.", date(2024, 6, 10), "2024-06-10", "dateline"),
    ("АСТАНА, 5 июня\nПутин и Токаев провели телефонный разговор.", date(2024, 6, 10), "2024-06-05",
     "dateline"),
    ("Ранее Путин и Токаев провели телефонный разговор.", date(2024, 6, 10), None, None),
    ("Путин и Токаев провели телефонный разговор.", None, None, None),
    ("Путин и Токаев проведут телефонный разговор.", date(2024, 6, 10), None, None),
    # a dateline in Kazakh capitals or in title case with a known city
    ("Астана, 5 июня.\nПутин и Токаев провели телефонный разговор.", date(2024, 6, 10), "2024-06-05",
     "dateline"),
    # ... not a name and a day (a caption)
    ("Путин, 5 июня.\nПутин и Токаев провели телефонный разговор.", date(2024, 6, 10), "2024-06-10",
     "dateline"),
])
def test_news_of_the_day(text, published, start, source):
    call = first(text, "phone_call", published)
    assert call.start == start
    assert call.date_source == source


@pytest.mark.parametrize("text, words", [
    ("Президент США Барак Обама встретился в субботу в Йоханнесбурге с Джейкобом Зумой.", "в субботу"),
    ("В понедельник 23 мая Владимир Путин прибыл в Астану.", "23 мая"),
    ("Во время визита в Москву в апреле нынешнего года Токаев встретился с Путиным.", "апреле нынешнего года"),
])
def test_date_words_without_a_publication_date_are_quoted_not_dated(text, words):
    found = extract_article(text, published=None, lang="ru").events
    assert found
    event = found[0]
    assert event.start is None and event.date_precision is None
    assert event.date_text is not None and words in event.date_text


def test_date_words_do_not_hide_a_stated_date():
    found = extract_article("Токаев встретился с Путиным 5 июня 2024 года в Москве.", published=None,
                            lang="ru").events
    assert found and found[0].start == "2024-06-05" and found[0].date_text == "5 июня 2024 года"


@pytest.mark.parametrize("text, words", [
    ("Қасым-Жомарт Тоқаев сенбіде Мәскеуде Владимир Путинмен кездесті.", "сенбіде"),
    ("Қасым-Жомарт Тоқаев 9 қарашада Мәскеуге барды.", "9 қарашада"),
])
def test_kazakh_date_words_without_a_publication_date_are_quoted(text, words):
    found = extract_article(text, published=None, lang="kk").events
    assert found
    assert found[0].start is None and found[0].date_text is not None and words in found[0].date_text


@pytest.mark.parametrize("text, start", [
    ("Токаев прибыл в Москву с государственным визитом. 12 ноября в Кремле состоялись переговоры Токаева и "
     "Путина. По итогам переговоров лидеры подписали Декларацию о стратегическом партнёрстве.", "2025-11-12"),
    ("Мирзиёев прибыл в Астану с визитом. Вчера в Акорде прошли переговоры Мирзиёева и Токаева. Затем "
     "президенты подписали Договор о союзнических отношениях.", "2025-11-14"),
])
def test_a_part_of_a_visit_after_dated_talks_is_of_their_day(text, start):
    signing = first(text, "signing", date(2025, 11, 15))
    assert signing.start == start


def test_a_visit_part_before_any_dated_talks_takes_no_day_from_them():
    text = ("Мирзиёев прибыл в Астану с визитом. Президенты подписали Договор о союзнических отношениях. "
            "20 ноября состоялись переговоры Мирзиёева и Токаева.")
    signing = first(text, "signing", date(2025, 11, 25))
    assert signing.start != "2025-11-20"


@pytest.mark.parametrize("text, lang, start, place", [
    ("10 ноября Токаев провёл переговоры с Эрдоганом в Анкаре. По итогам переговоров лидеры подписали "
     "совместное заявление.", "ru", "2025-11-10", "ankara"),
    ("10 қарашада Қасым-Жомарт Тоқаев Анкарада Түркия Президенті Реджеп Тайып Ердоғанмен келіссөз жүргізді. "
     "Келіссөздер қорытындысы бойынша екі ел басшылары бірлескен мәлімдемеге қол қойды.", "kk", "2025-11-10",
     "ankara"),
    # on a visit, the day of the talks it follows, not the day the visit began
    ("Токаев прибыл в Москву с государственным визитом 11 ноября. 12 ноября в Кремле прошли переговоры Токаева и "
     "Путина. По итогам переговоров ожидается подписание декларации о стратегическом партнёрстве.", "ru",
     "2025-11-12", "moscow"),
    # what was said in the talks, told between them and the signing, gives no place
    ("10 ноября в Анкаре Токаев провёл переговоры с Эрдоганом. В ходе переговоров стороны обсудили торговлю. "
     "По итогам переговоров лидеры подписали совместное заявление.", "ru", "2025-11-10", "ankara"),
    ("10 қарашада Анкарада Тоқаев пен Ердоғанның келіссөздері өтті. Келіссөзде тараптар сауданы талқылады. "
     "Келіссөз қорытындысы бойынша екі ел басшылары бірлескен мәлімдемеге қол қойды.", "kk", "2025-11-10",
     "ankara"),
])
def test_a_signing_after_talks_is_of_their_day_and_place(text, lang, start, place):
    signing = next(e for e in extract_article(text, published=date(2025, 11, 15), lang=lang).events
                   if e.type == "signing")
    assert signing.start == start
    assert signing.place is not None and signing.place.id == place


def test_a_signing_after_talks_of_other_sides_takes_nothing_from_them():
    text = ("10 ноября Токаев провёл переговоры с Эрдоганом в Анкаре. По итогам визита Путин и Мирзиёев "
            "подписали договор о стратегическом партнёрстве.")
    signing = first(text, "signing", date(2025, 11, 15))
    assert signing.start != "2025-11-10"
    assert signing.place is None or signing.place.id != "ankara"


@pytest.mark.parametrize("text, lang, published, place", [
    # the talks are reported past the lead, where the publication day no longer dates the news by itself:
    # a part of a visit of the day
    ("Токаев прибыл в Париж с официальным визитом. Его встретили в аэропорту. Программа насыщенная. "
     "Делегация большая. Ожидается много соглашений.\n\nВ рамках визита в Елисейском дворце прошли "
     "переговоры Токаева и Макрона.", "ru", date(2025, 11, 5), "paris"),
    ("Қасым-Жомарт Тоқаев Парижге ресми сапармен келді. Әуежайда оны ресми тұлғалар қарсы алды. "
     "Бағдарлама бай. Делегация үлкен. Көптеген келісім күтілуде.\n\n"
     "Сапар аясында Елисей сарайында Қасым-Жомарт Тоқаев пен Эммануэль Макронның кездесуі өтті.", "kk",
     date(2025, 11, 5), "paris"),
    # talks on the margins of the article's one summit of the day
    ("Путин принял участие в саммите СНГ в Душанбе. Главы государств обсудили интеграцию. Программа была "
     "насыщенной. Саммит длился несколько часов.\n\nНа полях саммита Путин провёл переговоры с Токаевым.", "ru",
     date(2025, 10, 10), "dushanbe"),
    ("Мемлекет басшысы Душанбеде ТМД саммитіне қатысты. Басшылар интеграцияны талқылады. Бағдарлама бай "
     "болды. Саммит бірнеше сағатқа созылды.\n\nСаммит аясында Қасым-Жомарт Тоқаев Владимир Путинмен "
     "кездесті.", "kk", date(2025, 10, 10), "dushanbe"),
])
def test_the_held_parts_of_a_visit_or_summit_of_the_day_are_of_its_day(text, lang, published, place):
    found = extract_article(text, published=published, lang=lang).events
    talks = next(e for e in found if e.type == "meeting")
    assert talks.start == published.isoformat() and talks.date_source == "dateline"
    assert talks.place is not None and talks.place.id == place


@pytest.mark.parametrize("text", [
    "В интервью агентству Токаев рассказал о своей встрече с Путиным в Сочи.",
    "Вчера Мирзиёев прибыл в Астану. Токаев рассказал журналистам о переговорах с Путиным.",
    "Тоқаев сұхбатында Путинмен кездесуі туралы айтты.",
])
def test_an_event_talked_about_is_not_dated_by_the_report(text):
    lang = "kk" if "ә" in text or "қ" in text else "ru"
    found = [e for e in extract_article(text, published=date(2025, 11, 12), lang=lang).events
             if e.type == "meeting"]
    assert found and found[0].start is None


def test_an_event_held_and_then_talked_about_is_of_the_day():
    text = "Токаев провёл переговоры с Путиным и рассказал о них журналистам."
    assert first(text, "meeting", date(2025, 11, 12)).start == "2025-11-12"


@pytest.mark.parametrize("text, lang, start", [
    ("В среду Путин примет участие в параде, а затем проведет переговоры с премьер-министром Индии "
     "Нарендрой Моди.", "ru", "2025-11-12"),
    ("Вчера Путин выступил на форуме, а затем провёл переговоры с Моди.", "ru", "2025-11-09"),
    ("Сәрсенбіде Президент Астанада парадқа қатысады, содан кейін Шавкат Мирзиёевпен келіссөз жүргізеді.", "kk",
     "2025-11-12"),
])
def test_a_clause_going_on_in_sequence_is_of_the_day_before_it(text, lang, start):
    meeting = next(e for e in extract_article(text, published=date(2025, 11, 10), lang=lang).events
                   if e.type == "meeting")
    assert meeting.start == start


def test_a_clause_with_a_day_of_its_own_keeps_it():
    text = "Вчера Путин встретился с Си Цзиньпином, а в пятницу проведёт переговоры с Моди."
    found = extract_article(text, published=date(2025, 11, 12), lang="ru").events
    modi = next(e for e in found if "modi" in e.participant_ids())
    assert modi.start == "2025-11-14"


@pytest.mark.parametrize("text, lang, start, words", [
    ("Саммит ОДКБ прошёл в Минске 28 ноября. В тот же день Путин встретился с Лукашенко.", "ru", "2024-11-28",
     "В тот же день"),
    ("Путин прилетел в Минск 27 ноября, а на следующий день встретился с Лукашенко.", "ru", "2024-11-28",
     "на следующий день"),
    ("Путин прилетел в Минск 27 ноября. Вечером того же дня он встретился с Лукашенко.", "ru", "2024-11-27",
     "того же дня"),
    ("Путин прилетел в Минск 27 ноября. Утром следующего дня он встретился с Лукашенко.", "ru", "2024-11-28",
     "следующего дня"),
    ("Путин прилетел в Минск 27 ноября. В тот же вечер он встретился с Лукашенко.", "ru", "2024-11-27",
     "В тот же вечер"),
    ("Путин прилетит в Минск 27 ноября, а на следующий день встретится с Лукашенко.", "ru", "2025-11-28",
     "на следующий день"),
    ("В 2016 году Токаев побывал на форуме в Сочи. В том же году он встретился с Путиным в Москве.", "ru", "2016",
     "В том же году"),
    ("ҰҚШҰ саммиті 28 қарашада Минскіде өтті. Келесі күні Тоқаев Лукашенкомен кездесті.", "kk", "2024-11-29",
     "Келесі күні"),
    ("Напомним, 12 ноября Путин и Токаев подписали в Кремле декларацию. Тогда же Путин встретился с Токаевым.",
     "ru", "2025-11-12", "Тогда же"),
    ("Саммит ОДКБ прошёл в Минске в ноябре. Тогда же Путин встретился с Лукашенко.", "ru", "2025-11",
     "Тогда же"),
])
def test_a_time_told_from_the_date_stated_before_it(text, lang, start, words):
    meeting = next(e for e in extract_article(text, published=date(2025, 11, 12), lang=lang).events
                   if e.type == "meeting")
    assert meeting.start == start and meeting.date_text == words


@pytest.mark.parametrize("text, etype, start", [
    # the relative clause tells the summit's date, not the talks'
    ("Токаев и Эрдоган 5 июня обсудили подготовку к саммиту ОТГ, который пройдёт осенью в Габале.", "meeting",
     "2024-06-05"),
    ("Токаев и Эрдоган 5 июня обсудили подготовку к саммиту ОТГ, который пройдёт осенью в Габале.", "summit",
     "2024-09"),
    # ... and the date of a relative clause after the trigger itself is its own
    ("Токаев провёл переговоры с Эрдоганом, которые прошли 5 июня в Анкаре.", "meeting", "2024-06-05"),
    # a date set off by a comma gives way to the one on the trigger's side of it
    ("Визит Путина в Казахстан запланирован на 20-22 октября, переговоры пройдут 21-го.", "meeting",
     "2024-10-21"),
    ("Визит Путина в Казахстан запланирован на 20-22 октября, переговоры пройдут 21-го.", "visit",
     "2024-10-20"),
    # a visit still to come, named in the clause of a call, takes no day stated before the call
    ("Во вторник Путин и Токаев обсудили по телефону предстоящий визит Путина в Астану.", "visit", None),
    ("Во вторник Путин и Токаев обсудили по телефону предстоящий визит Путина в Астану.", "phone_call",
     "2024-06-04"),
])
def test_a_relative_clause_dates_the_event_it_follows(text, etype, start):
    assert first(text, etype, date(2024, 6, 10)).start == start


@pytest.mark.parametrize("text, lang, start", [
    # a sentence going on with the one before is of its day
    ("31 августа Токаев прибыл в Тяньцзинь. В частности, Токаев встретился с Моди.", "ru", "2025-08-31"),
    ("31 августа Токаев прибыл в Тяньцзинь. Затем Токаев встретился с Моди.", "ru", "2025-08-31"),
    ("31 тамызда Тоқаев Тяньцзиньге келді. Содан кейін Тоқаев Модимен кездесті.", "kk", "2025-08-31"),
    # ... another only of its month
    ("31 августа Токаев прибыл в Тяньцзинь. Токаев встретился с Моди.", "ru", "2025-08"),
])
def test_a_sentence_going_on_from_the_one_before_is_of_its_day(text, lang, start):
    meeting = next(e for e in extract_article(text, published=date(2025, 9, 5), lang=lang).events
                   if e.type == "meeting")
    assert meeting.start == start


@pytest.mark.parametrize("text, lang", [
    # what an arrival is for takes no date of the arrival
    ("31 августа Токаев прибыл в Китай для участия в саммите ШОС.", "ru"),
    ("Токаев, прибывший в Китай для участия в саммите ШОС, 31 августа встретился с Си Цзиньпином.", "ru"),
    ("31 тамызда Тоқаев ШЫҰ саммитіне қатысу үшін Қытайға келді.", "kk"),
])
def test_what_an_arrival_is_for_is_not_of_its_day(text, lang):
    found = extract_article(text, published=date(2025, 9, 5), lang=lang).events
    summit = next(e for e in found if e.type == "summit")
    assert summit.start != "2025-08-31"
    assert next(e for e in found if e.type == "visit").start == "2025-08-31"


@pytest.mark.parametrize("text, lang", [
    ("В апреле Мирзиёев посетит Астану для участия в заседании Высшего государственного совета.", "ru"),
    ("Сәуірде Мирзиёев Қазақстан-Өзбекстан форумына қатысу үшін Астанаға келеді.", "kk"),
])
def test_what_a_visit_is_for_is_of_its_month(text, lang):
    found = extract_article(text, published=date(2025, 3, 15), lang=lang).events
    # (a council of two states' leaders is their talks: see `bilateral_councils`)
    gathering = next(e for e in found if e.type in ("forum", "summit", "meeting"))
    assert gathering.start == "2025-04"


def test_talks_the_day_before_are_not_the_talks_of_the_day():
    text = ("Путин и Токаев провели переговоры в Кремле. Беседа продолжилась в расширенном составе. "
            "Накануне вечером лидеры провели неформальную беседу в Ново-Огарёво.")
    found = sorted((e.start, len(e.evidence)) for e in extract_article(text, published=date(2025, 11, 12),
                                                                         lang="ru").events if e.type == "meeting")
    assert found == [("2025-11-11", 1), ("2025-11-12", 2)]


@pytest.mark.parametrize("text, lang, starts", [
    ("Государственный визит Токаева в Россию проходил 11–12 ноября. В первый день визита Токаев и Путин провели "
     "неформальную встречу в Ново-Огарёво. 12 ноября в Кремле Токаев и Путин провели переговоры.", "ru",
     ["2025-11-11", "2025-11-12"]),
    ("Государственный визит Токаева в Россию проходил 11–12 ноября. В последний день визита Токаев и Путин "
     "провели переговоры в Кремле.", "ru", ["2025-11-12"]),
    ("Тоқаевтың Ресейге мемлекеттік сапары 11-12 қарашада өтті. Сапардың бірінші күні Тоқаев пен Путин "
     "Мәскеуде кездесті.", "kk", ["2025-11-11"]),
    # only the first day known: the second is the day after; the last is not known
    ("Тоқаев 2025 жылы 11 қарашада Мәскеуге мемлекеттік сапармен барады. Сапардың екінші күні Тоқаев пен Путин "
     "Кремльде кездеседі.", "kk", ["2025-11-12"]),
    ("Токаев 11 ноября 2025 года прибудет в Москву с государственным визитом. В последний день визита Токаев и "
     "Путин проведут переговоры.", "ru", [None]),
])
def test_a_day_of_the_visit_is_counted_in_its_days(text, lang, starts):
    found = extract_article(text, published=date(2025, 11, 13), lang=lang).events
    assert sorted((e.start for e in found if e.type == "meeting"), key=str) == starts


@pytest.mark.parametrize("text, lang", [
    ("Токаев прибыл в Китай с рабочим визитом. В первый день визита, 31 августа, Токаев и Си Цзиньпин провели "
     "переговоры в Тяньцзине. Во второй день визита Токаев принял участие в саммите ШОС. На полях саммита Токаев "
     "побеседовал с Владимиром Путиным.", "ru"),
    ("Тоқаевтың Қытайға сапары аяқталды. Сапардың бірінші күні, 31 тамызда, Тяньцзиньде Тоқаев пен Си Цзиньпин "
     "келіссөз жүргізді. Сапардың екінші күні Тоқаев ШЫҰ саммитіне қатысты. Саммит аясында Тоқаев Владимир "
     "Путинмен әңгімелесті.", "kk"),
])
def test_a_day_of_the_visit_is_counted_from_the_day_the_text_gives_another(text, lang):
    """The summit on the second day is the day after the first day's talks, and the talks on its margins are
    of its day and city, whether the visit itself is dated or only its first day's talks are."""
    found = extract_article(text, published=date(2025, 9, 2), lang=lang).events
    summit = next(e for e in found if e.type == "summit")
    margins = next(e for e in found if e.type == "meeting" and "putin" in {p.id for p in e.participants})
    assert (summit.start, summit.place.id) == ("2025-09-01", "tianjin")
    assert (margins.start, margins.place.id) == ("2025-09-01", "tianjin")


@pytest.mark.parametrize("text, lang, starts", [
    # the headline sums up the report of yesterday's talks: one meeting of yesterday
    ("Тоқаев пен Путин Ақордада келіссөз жүргізді\n\nКеше Ақордада Қасым-Жомарт Тоқаев пен Ресей Президенті "
     "Владимир Путиннің келіссөздері өтті.", "kk", ["2025-11-28"]),
    ("Токаев и Путин провели переговоры в Акорде\n\nВчера в Акорде Касым-Жомарт Токаев и Владимир Путин провели "
     "переговоры.", "ru", ["2025-11-28"]),
    # ... and so does the headline of yesterday's call (no place to compare: the two sides alone)
    ("Тоқаев пен Путин телефонмен сөйлесті. Кремль саммитке қатысуды растады\n\nКеше Қазақстан Президенті "
     "Қасым-Жомарт Тоқаев пен Ресей Президенті Владимир Путин телефон арқылы сөйлесті. Әңгіме Ресей тарапының "
     "бастамасымен өтті.", "kk", ["2025-11-28"]),
    ("Токаев и Путин провели телефонный разговор\n\nВчера Касым-Жомарт Токаев и Владимир Путин провели телефонный "
     "разговор.", "ru", ["2025-11-28"]),
    # ... not when the body tells today's call and recalls an older one
    ("Токаев и Путин провели телефонный разговор\n\nКасым-Жомарт Токаев и Владимир Путин провели телефонный "
     "разговор. Ранее, 3 ноября, лидеры уже проводили телефонный разговор.", "ru", ["2025-11-03", "2025-11-29"]),
    # a lead's talks told after a visit dated the day before are of the report's day, not only of its month
    ("Путин провёл в Кремле переговоры с Токаевым, находящимся в России с визитом. Беседа продолжилась в "
     "расширенном составе. Накануне вечером лидеры провели беседу в Ново-Огарёво.", "ru",
     ["2025-11-28", "2025-11-29"]),
])
def test_the_headline_and_the_lead_of_a_report_of_the_day(text, lang, starts):
    found = extract_article(text, published=date(2025, 11, 29), lang=lang).events
    assert sorted(e.start for e in found if e.type in ("meeting", "phone_call")) == starts


@pytest.mark.parametrize("text, lang", [
    ("Токаев провел переговоры с Путиным\n\nАСТАНА, 29 ноября. /ТАСС/. Президент Казахстана Касым-Жомарт Токаев "
     "вчера провел переговоры с президентом России Владимиром Путиным в Москве.", "ru"),
    ("Тоқаев пен Путин келіссөз жүргізді\n\nАСТАНА. 29 қараша. ҚазАқпарат – Кеше Мәскеуде Қасым-Жомарт Тоқаев пен "
     "Ресей Президенті Владимир Путиннің келіссөздері өтті.", "kk"),
])
def test_the_headline_talks_are_where_the_body_puts_them_not_where_the_dateline_is(text, lang):
    """The dateline is where the report comes from: the headline's talks are the body's, in Moscow yesterday."""
    found = extract_article(text, published=date(2025, 11, 29), lang=lang).events
    talks = [e for e in found if e.type == "meeting"]
    assert [(e.start, e.place.id if e.place else None) for e in talks] == [("2025-11-28", "moscow")]


def test_a_relative_time_with_nothing_stated_before_it_is_no_date():
    text = "На следующий день Путин встретился с Лукашенко."
    assert first(text, "meeting", date(2025, 11, 12)).start is None


@pytest.mark.parametrize("text", [
    "Саммит G20 пройдёт в Анталье 15-16 ноября. Накануне саммита, 14 ноября, Путин проведёт переговоры с Эрдоганом.",
    "Саммит G20 пройдёт в Анталье 15-16 ноября. В преддверии саммита Путин проведёт переговоры с Эрдоганом.",
])
def test_the_eve_of_a_summit_is_a_time_not_a_report_of_it(text):
    found = extract_article(text, published=date(2025, 11, 12), lang="ru").events
    summits = [e for e in found if e.type == "summit"]
    assert len(summits) == 1 and summits[0].start == "2025-11-15"


@pytest.mark.parametrize("text, lang", [
    ("Токаев и Путин подписали декларацию 12 ноября. Ранее Путин провел телефонный разговор с Жапаровым.", "ru"),
    ("Тоқаев пен Путин 12 қарашада декларацияға қол қойды. Бұған дейін Путин Жапаровпен телефон арқылы сөйлесті.",
     "kk"),
])
def test_what_was_earlier_takes_no_month_from_the_sentence_before(text, lang):
    found = extract_article(text, published=date(2025, 11, 20), lang=lang).events
    call = next(e for e in found if e.type == "phone_call")
    assert "japarov" in call.participant_ids() and call.start is None


@pytest.mark.parametrize("text, lang, start, status", [
    ("Тараптар 27 қарашада Бішкекте өтетін ҰҚШҰ Ұжымдық қауіпсіздік кеңесінің отырысына дайындықты талқылады.",
     "kk", "2025-11-27", "planned"),
    ("Собеседники обсудили подготовку к заседанию Совета коллективной безопасности ОДКБ, которое пройдет "
     "27 ноября в Бишкеке.", "ru", "2025-11-27", "planned"),
])
def test_a_gathering_to_come_named_at_length_is_planned_this_year(text, lang, start, status):
    summit = next(e for e in extract_article(text, published=date(2025, 11, 20), lang=lang).events
                  if e.type == "summit")
    assert (summit.start, summit.status) == (start, status)


def test_last_year_is_a_time_not_the_participle_of_the_event():
    text = "Өткен жылы Тоқаев Ташкентте Мирзиёевпен кездесті."
    meeting = next(e for e in extract_article(text, published=date(2025, 11, 20), lang="kk").events)
    assert (meeting.start, meeting.status) == ("2024", "held")


@pytest.mark.parametrize("text, lang", [
    ("Токаев в Ташкенте\n\nКасым-Жомарт Токаев, находящийся с государственным визитом в Узбекистане, провел "
     "переговоры с Шавкатом Мирзиёевым. Завтра Касым-Жомарт Токаев посетит Самарканд.", "ru"),
    ("Тоқаев Ташкентте\n\nӨзбекстанда мемлекеттік сапармен жүрген Қасым-Жомарт Тоқаев Шавкат Мирзиёевпен "
     "келіссөз жүргізді. Ертең Қасым-Жомарт Тоқаев Самарқандқа барады.", "kk"),
])
def test_a_stop_still_to_come_does_not_date_the_visit_under_way(text, lang):
    found = extract_article(text, published=date(2025, 12, 22), lang=lang).events
    visits = sorted((e.start, e.status) for e in found if e.type == "visit")
    assert ("2025-12-22", "held") in visits and ("2025-12-23", "planned") in visits


@pytest.mark.parametrize("text, lang", [
    ("Эрдоган в Астане\n\nПрезидент Турции Реджеп Тайип Эрдоган прибыл в Астану во вторник вечером. Сегодня в Акорде "
     "состоялась церемония официальной встречи. Касым-Жомарт Токаев и Реджеп Тайип Эрдоган провели переговоры в "
     "узком и расширенном составах. По итогам переговоров лидеры подписали совместное заявление.", "ru"),
    ("Ердоған Астанада\n\nТүркия Президенті Реджеп Тайып Ердоған сейсенбі күні кешке Астанаға ұшып келді. Бүгін "
     "Ақордада ресми қарсы алу рәсімі өтті. Қасым-Жомарт Тоқаев пен Реджеп Тайып Ердоған шағын және кеңейтілген "
     "құрамда келіссөз жүргізді. Келіссөздер қорытындысы бойынша екі ел басшылары бірлескен мәлімдемеге қол қойды.",
     "kk"),
])
def test_talks_reported_the_day_after_the_arrival_are_of_the_reports_day(text, lang):
    found = extract_article(text, published=date(2025, 5, 14), lang=lang).events
    by_type = {e.type: e.start for e in found}
    assert by_type == {"visit": "2025-05-13", "meeting": "2025-05-14", "signing": "2025-05-14"}


def test_a_trip_on_to_another_city_tomorrow_is_a_stop_to_come():
    text = ("Токаев в Узбекистане\n\nКасым-Жомарт Токаев, находящийся в Узбекистане с государственным визитом, провел "
            "переговоры с Шавкатом Мирзиёевым. На следующий день Глава государства отправится в Самарканд, где "
            "вместе с Шавкатом Мирзиёевым примет участие в открытии туристического центра.")
    found = extract_article(text, published=date(2025, 11, 6), lang="ru").events
    visits = sorted((e.start, e.status, e.place.id) for e in found if e.type == "visit")
    assert visits == [("2025-11-06", "held", "UZ"), ("2025-11-07", "planned", "samarkand")]
    talks = next(e for e in found if e.type == "meeting")
    assert talks.place.id == "UZ"  # not Samarkand, where he goes tomorrow


@pytest.mark.parametrize("text, lang, other, start, place", [
    ("Токаев на саммите ШОС\n\nТЯНЬЦЗИНЬ, 1 сентября. Президент Казахстана Касым-Жомарт Токаев принял участие в "
     "саммите ШОС. На полях саммита Токаев провел встречу с Премьер-министром Индии Нарендрой Моди. Также "
     "состоялась беседа президента Казахстана с президентом Турции Реджепом Тайипом Эрдоганом.", "ru", "erdogan",
     "2025-09-01", "tianjin"),
    # "также" with a time of its own keeps it; "ранее" is of some time before
    ("Токаев на саммите ШОС\n\nТЯНЬЦЗИНЬ, 1 сентября. Президент Казахстана Касым-Жомарт Токаев принял участие в "
     "саммите ШОС. На полях саммита Токаев провел встречу с Нарендрой Моди. Также в мае Токаев встречался с "
     "Реджепом Тайипом Эрдоганом в Анкаре.", "ru", "erdogan", "2025-05", "ankara"),
])
def test_one_more_of_the_days_talks_is_of_that_day(text, lang, other, start, place):
    found = extract_article(text, published=date(2025, 9, 1), lang=lang).events
    talks = next(e for e in found if e.type == "meeting" and other in e.participant_ids())
    assert (talks.start, talks.place.id if talks.place else None) == (start, place)


@pytest.mark.parametrize("text, lang", [
    ("Вчера Касым-Жомарт Токаев провел переговоры с Си Цзиньпином в Тяньцзине. По итогам переговоров подписан "
     "ряд межправительственных соглашений.", "ru"),
    ("Кеше Қасым-Жомарт Тоқаев Тяньцзиньде Си Цзиньпинмен келіссөздер жүргізді. Келіссөздерден кейін "
     "құжаттарға қол қойылды.", "kk"),
])
def test_a_signing_after_talks_naming_no_signatory_is_by_their_sides(text, lang):
    found = reported(text, date(2025, 9, 1), lang)
    signing = next(e for e in found if e.type == "signing")
    assert set(signing.participant_ids()) == {"tokayev", "xi-jinping"}
    assert (signing.start, signing.place.id) == ("2025-08-31", "tianjin")


@pytest.mark.parametrize("text, lang", [
    # documents not named, as a set: a signing of that day's documents, not a decree
    ("Вчера Касым-Жомарт Токаев провел переговоры с Си Цзиньпином в Тяньцзине. Лидеры подписали пакет "
     "документов.", "ru"),
    ("Вчера Касым-Жомарт Токаев провел переговоры с Си Цзиньпином в Тяньцзине. По итогам переговоров подписаны "
     "15 документов.", "ru"),
    # signed by ministers "в присутствии" of the leaders: signed at their talks
    ("Вчера Касым-Жомарт Токаев провел переговоры с Си Цзиньпином в Тяньцзине. В присутствии глав государств "
     "подписан ряд документов.", "ru"),
    ("Кеше Қасым-Жомарт Тоқаев Тяньцзиньде Си Цзиньпинмен келіссөздер жүргізді. Мемлекет басшыларының "
     "қатысуымен 15 құжатқа қол қойылды.", "kk"),
])
def test_documents_not_named_are_signed_at_the_talks(text, lang):
    found = reported(text, date(2025, 9, 1), lang)
    signing = [e for e in found if e.type == "signing"]
    assert len(signing) == 1
    assert set(signing[0].participant_ids()) == {"tokayev", "xi-jinping"}
    assert (signing[0].start, signing[0].place.id) == ("2025-08-31", "tianjin")


@pytest.mark.parametrize("text, lang", [
    ("Саммит ШОС прошел в Тяньцзине с участием Касым-Жомарта Токаева, Владимира Путина и Си Цзиньпина. По итогам "
     "саммита подписана Тяньцзиньская декларация.", "ru"),
    ("Тяньцзиньдегі ШЫҰ саммитіне Қасым-Жомарт Тоқаев, Владимир Путин және Си Цзиньпин қатысты. Саммит "
     "қорытындысы бойынша Тяньцзинь декларациясына қол қойылды.", "kk"),
    # "по итогам саммита" several sentences on, past a speech and a meeting of one of them with the host
    ("Саммит ШОС прошел в Тяньцзине с участием Касым-Жомарта Токаева, Владимира Путина и Си Цзиньпина. Токаев "
     "выступил на саммите. Перед саммитом Си Цзиньпин принял Путина. По итогам саммита подписана Тяньцзиньская "
     "декларация.", "ru"),
    ("Тяньцзиньдегі ШЫҰ саммитіне Қасым-Жомарт Тоқаев, Владимир Путин және Си Цзиньпин қатысты. Мемлекет "
     "басшысы саммитте сөз сөйледі. Саммит алдында Си Цзиньпин саммитке қатысушыларды қарсы алды. Саммит "
     "қорытындысы бойынша Тяньцзинь декларациясына қол қойылды.", "kk"),
])
def test_a_signing_after_a_summit_naming_no_signatory_is_by_its_leaders(text, lang):
    found = reported(text, date(2025, 9, 1), lang)
    signing = [e for e in found if e.type == "signing"]
    assert [set(e.participant_ids()) for e in signing] == [{"tokayev", "putin", "xi-jinping"}]
    assert signing[0].place.id == "tianjin"


@pytest.mark.parametrize("text, lang", [
    ("Ташкент, 12 ноября. Касым-Жомарт Токаев провел переговоры с Шавкатом Мирзиёевым в Ташкенте. Глава "
     "государства отметил высокий уровень сотрудничества. Особое внимание уделено вопросам транспорта. Токаев "
     "подчеркнул важность водного взаимодействия. Кроме того, обсуждены гуманитарные вопросы. Товарооборот в "
     "прошлом году превысил 4 миллиарда долларов. По итогам переговоров подписан ряд соглашений.", "ru"),
    ("Ташкент. 12 қараша. Қасым-Жомарт Тоқаев Шавкат Мирзиёевпен келіссөздер жүргізді. Мемлекет басшысы "
     "ынтымақтастықтың жоғары деңгейін атап өтті. Көлік мәселелеріне ерекше назар аударылды. Сондай-ақ "
     "гуманитарлық мәселелер талқыланды. Өткен жылы тауар айналымы 4 миллиард доллардан асты. Келіссөздер "
     "қорытындысы бойынша бірқатар құжаттарға қол қойылды.", "kk"),
])
def test_a_signing_that_tells_what_came_of_the_talks_is_theirs_however_far_after(text, lang):
    found = reported(text, date(2025, 11, 12), lang)
    signing = [e for e in found if e.type == "signing"]
    assert [set(e.participant_ids()) for e in signing] == [{"tokayev", "mirziyoyev"}]
    assert (signing[0].start, signing[0].place.id) == ("2025-11-12", "tashkent")


@pytest.mark.parametrize("text", [
    "Президент Казахстана подписал документ.",  # one document signed alone: a decree as often as not
    "Глава государства ознакомился с документами.",
])
def test_one_unnamed_document_is_no_signing(text):
    found = reported(text, date(2025, 9, 1), "ru")
    assert [e for e in found if e.type == "signing"] == []


@pytest.mark.parametrize("text, lang", [
    ("Самарканд, 15 сентября. Президент Казахстана Касым-Жомарт Токаев прибыл в Самарканд. Затем Глава "
     "государства отправится в Ташкент, где примет участие в открытии инвестиционного форума.", "ru"),
])
def test_the_next_stop_after_the_days_news_has_no_day_of_its_own(text, lang):
    found = reported(text, date(2025, 9, 15), lang)
    held = next(e for e in found if e.type == "visit" and e.status == "held")
    assert (held.start, held.place.id) == ("2025-09-15", "samarkand")
    to_come = [e for e in found if e.status == "planned" and e.place is not None and e.place.id == "tashkent"]
    assert {e.type for e in to_come} == {"visit", "forum"}
    assert [e.start for e in to_come] == [None, None]


def test_a_gathering_to_come_takes_no_month_of_the_call_that_discussed_it():
    text = ("Тақырып\n\nБүгін Қасым-Жомарт Тоқаев Шавкат Мирзиёевті телефон арқылы туған күнімен құттықтады. "
            "Тараптар Ташкентте өтетін ШЫҰ саммитіне дайындық мәселесін қарастырды.")
    summit = next(e for e in extract_article(text, published=date(2025, 7, 24), lang="kk").events
                  if e.type == "summit")
    assert (summit.status, summit.start) == ("planned", None)


def test_what_a_visit_to_come_is_for_is_to_come_too():
    text = ("Заголовок\n\n28 ноября Токаев прилетит в Москву с визитом. По его словам, Токаев будет находиться в "
            "Москве для того, чтобы обсудить с Путиным перспективы отношений, а также подписать декларацию.")
    signing = next(e for e in extract_article(text, published=date(2025, 11, 25), lang="ru").events
                   if e.type == "signing")
    assert signing.status == "planned"


@pytest.mark.parametrize("text, lang", [
    ("Қасым-Жомарт Тоқаев Си Цзиньпинмен телефон арқылы сөйлесті. Қасым-Жомарт Тоқаев Си Цзиньпиннің Қазақстанға "
     "алдағы мемлекеттік сапары маңызды екенін атап өтті. Еске салайық, Си Цзиньпин өткен жылы шілдеде "
     "Қазақстанға мемлекеттік сапармен келген болатын.", "kk"),
    ("Токаев провел телефонный разговор с Си Цзиньпином. Стороны обсудили подготовку к предстоящему "
     "государственному визиту Си Цзиньпина в Казахстан. Напомним, в прошлом году Си Цзиньпин посетил Казахстан "
     "в июле.", "ru"),
])
def test_the_visit_to_come_is_not_the_last_one_recalled(text, lang):
    found = reported(text, date(2025, 6, 3), lang)
    visits = sorted(((e.start or ""), e.status) for e in found if e.type == "visit")
    assert visits == [("", "planned"), ("2024-07", "held")]


@pytest.mark.parametrize("text, lang", [
    # a trip to the summit told first: talks on the summit's margins still take the summit's day and city
    ("Астана. 1 қыркүйек. ҚазАқпарат – Қасым-Жомарт Тоқаев 31 тамызда Қытайға жұмыс сапарымен барды. Мемлекет "
     "басшысы 1 қыркүйекте Тяньцзиньде өткен ШЫҰ саммитіне қатысты. Саммит аясында Президент Ресей Президенті "
     "Владимир Путинмен әңгімелесті.", "kk"),
    ("Астана, 1 сентября. Касым-Жомарт Токаев 31 августа прибыл в Китай с рабочим визитом. 1 сентября Глава "
     "государства принял участие в саммите ШОС в Тяньцзине. На полях саммита Токаев провел встречу с "
     "Владимиром Путиным.", "ru"),
])
def test_talks_on_a_summits_margins_during_a_trip_are_of_the_summits_day(text, lang):
    found = reported(text, date(2025, 9, 1), lang)
    talks = next(e for e in found if e.type == "meeting" and "putin" in e.participant_ids())
    assert (talks.start, talks.place.id) == ("2025-09-01", "tianjin")


@pytest.mark.parametrize("text, lang", [
    # the years a document is for are not when it was signed: the talks' day is
    ("Астана, 12 ноября. Касым-Жомарт Токаев провел переговоры с Шавкатом Мирзиёевым. По итогам переговоров "
     "подписана Программа сотрудничества на 2026-2028 годы.", "ru"),
    ("Астана, 12 ноября. Касым-Жомарт Токаев провел переговоры с Шавкатом Мирзиёевым. По итогам переговоров "
     "подписан ряд документов, в том числе дорожная карта всестороннего сотрудничества на 2026-2028 годы.", "ru"),
    ("Астана. 12 қараша. Қасым-Жомарт Тоқаев Шавкат Мирзиёевпен келіссөздер жүргізді. Келіссөздер қорытындысы "
     "бойынша 2026 жылға арналған бағдарламаға қол қойылды.", "kk"),
])
def test_the_period_of_a_document_is_not_the_signing_date(text, lang):
    found = reported(text, date(2025, 11, 12), lang)
    assert [(e.start, e.status) for e in found if e.type == "signing"] == [("2025-11-12", "held")]


@pytest.mark.parametrize("text, start", [
    ("Визит Токаева в Китай запланирован на 2026 год.", "2026"),  # the year of the event itself
    ("Токаев посетит Китай в 2026 году.", "2026"),
])
def test_a_year_the_event_is_set_for_is_its_date(text, start):
    found = extract_article(text, published=date(2025, 11, 12), lang="ru").events
    assert [e.start for e in found if e.type == "visit"] == [start]


def test_talks_planned_on_the_margins_during_a_trip_are_of_the_summits_day():
    text = ("Заголовок\n\nТЯНЬЦЗИНЬ, 31 августа. Президент Казахстана Касым-Жомарт Токаев прибыл в Тяньцзинь для "
            "участия в саммите Шанхайской организации сотрудничества. Основное заседание Совета глав государств - "
            "членов ШОС состоится 1 сентября. На полях саммита Токаев проведет ряд двусторонних встреч, в том числе "
            "с Си Цзиньпином и Владимиром Путиным.")
    found = extract_article(text, published=date(2025, 8, 31), lang="ru").events
    talks = sorted((sorted(e.participant_ids()), e.start, e.status) for e in found if e.type == "meeting")
    assert talks == [(["putin", "tokayev"], "2025-09-01", "planned"),
                     (["tokayev", "xi-jinping"], "2025-09-01", "planned")]



@pytest.mark.parametrize("text, lang", [
    ("Касым-Жомарт Токаев принял министра иностранных дел Турции Хакана Фидана. В ходе встречи Хакан Фидан передал "
     "приветствия от Реджепа Тайипа Эрдогана. Стороны обсудили подготовку к предстоящему визиту Президента Турции "
     "в Казахстан. Напомним, в июле прошлого года Токаев и Эрдоган провели переговоры в Астане в рамках саммита "
     "ШОС.", "ru"),
    ("Қасым-Жомарт Тоқаев Түркия Сыртқы істер министрі Хакан Фиданды қабылдады. Кездесу барысында Хакан Фидан "
     "Реджеп Тайып Ердоғанның сәлемін жеткізді. Тараптар Түркия Президентінің Қазақстанға алдағы сапарына "
     "дайындықты талқылады. Еске сала кетейік, өткен жылы шілдеде Тоқаев пен Ердоған ШЫҰ саммиті аясында "
     "Астанада келіссөз жүргізді.", "kk"),
])
def test_talks_told_again_take_nothing_of_a_gathering_recalled_after_them(text, lang):
    """"В ходе встречи ..." is the reception told again: of the report's day, not of the summit recalled at the end."""
    found = reported(text, date(2025, 6, 10), lang)
    with_fidan = [e for e in found if e.type == "meeting" and "fidan" in e.participant_ids()]
    assert [(e.start, e.place) for e in with_fidan] == [("2025-06-10", None)]


@pytest.mark.parametrize("text, lang, start, status", [
    # one of a list of events still to come: the next April, not the last
    ("Стороны рассмотрели график предстоящих мероприятий на высшем уровне, включая официальный визит Токаева в "
     "Ташкент в апреле.", "ru", "2025-04", "planned"),
    ("Тараптар жоғары деңгейдегі алдағы іс-шаралар кестесін, соның ішінде Қасым-Жомарт Тоқаевтың сәуірде "
     "Ташкентке ресми сапарын қарастырды.", "kk", "2025-04", "planned"),
    # one of a list of events past
    ("Стороны обсудили итоги прошедших мероприятий, включая визит Токаева в Ташкент в апреле.", "ru", "2024-04",
     "held"),
    ("Тараптар өткен іс-шаралардың қорытындысын, соның ішінде Қасым-Жомарт Тоқаевтың сәуірде Ташкентке сапарын "
     "қарастырды.", "kk", "2024-04", "held"),
])
def test_an_event_listed_among_events_to_come_is_to_come(text, lang, start, status):
    visit = next(e for e in extract_article(text, published=date(2025, 2, 17), lang=lang).events
                 if e.type == "visit")
    assert (visit.start, visit.status) == (start, status)


def test_talks_looked_forward_to_at_a_summit_are_to_come_with_the_summit_and_no_part_of_a_past_visit():
    text = ("Токаев дал интервью агентству Синьхуа. «Государственный визит Председателя Си Цзиньпина в Астану в июле "
            "прошлого года стал важной вехой», — отметил Токаев. «Я с нетерпением жду встречи с Председателем Си "
            "Цзиньпином на саммите ШОС в Тяньцзине», — сказал Президент Казахстана.")
    found = extract_article(text, published=date(2025, 7, 2), lang="ru").events
    talks = next(e for e in found if e.type == "meeting")
    summit = next(e for e in found if e.type == "summit")
    assert (talks.status, talks.start, talks.part_of, talks.place and talks.place.id) == \
        ("planned", None, None, "tianjin")
    assert (summit.status, summit.start) == ("planned", None)


@pytest.mark.parametrize("text, lang", [
    ("МОСКВА, 7 октября. Владимир Путин во вторник принял телефонные поздравления от зарубежных лидеров. Первым "
     "Путину позвонил Александр Лукашенко. Затем состоялся телефонный разговор Путина с Касым-Жомартом Токаевым. "
     "Токаев пожелал ему здоровья. Стороны договорились встретиться в Душанбе 10 октября. Кроме того, Путина по "
     "телефону поздравил Шавкат Мирзиёев.", "ru"),
    ("Астана, 7 қазан. Қасым-Жомарт Тоқаев Владимир Путинмен телефон арқылы сөйлесті. Мемлекет басшысы Ресей "
     "Президентін туған күнімен құттықтады. Тараптар 10 қазанда Душанбеде кездесуге уағдаласты. Сондай-ақ "
     "Қасым-Жомарт Тоқаев Шавкат Мирзиёевпен телефон арқылы сөйлесті.", "kk"),
])
def test_one_more_call_goes_on_with_the_day_of_the_calls_before_it(text, lang):
    """"Кроме того ..." past a meeting agreed for another day is of the day of the call told before it, even when
    only the dateline gives that day; and it says the day was inferred from the dateline."""
    found = extract_article(text, published=date(2025, 10, 7), lang=lang).events
    call = next(e for e in found if e.type == "phone_call" and "mirziyoyev" in e.participant_ids())
    assert (call.start, call.date_source) == ("2025-10-07", "dateline")


@pytest.mark.parametrize("text, lang", [
    # the day a gap began is not the day of the event told as the first since it
    ("Это первый визит Эрдогана в Белый дом с ноября 2019 года.", "ru"),
    ("Эрдоган впервые с 2019 года посетил Вашингтон.", "ru"),
    ("Ердоған 2019 жылдан бері алғаш рет Вашингтонға барды.", "kk"),
])
def test_the_first_event_since_a_day_is_not_of_that_day(text, lang):
    visits = [e for e in extract_article(text, published=date(2025, 9, 26), lang=lang).events if e.type == "visit"]
    assert [(v.participant_ids(), v.start) for v in visits] == [(frozenset({"erdogan", "trump"}), None)]


def test_talks_of_the_day_a_gap_began_are_that_days_and_no_part_of_the_visit_after_it():
    text = "Это первый визит Эрдогана в Белый дом с ноября 2019 года, когда турецкий лидер вел переговоры с Трампом."
    found = {e.type: e for e in extract_article(text, published=date(2025, 9, 26), lang="ru").events}
    assert found["meeting"].start == "2019-11" and found["meeting"].part_of is None
    assert found["visit"].start is None


@pytest.mark.parametrize("text, start", [
    ("Токаев находится с государственным визитом в Китае с 5 сентября.", "2025-09-05"),  # no first time: a start
    ("Первый визит Токаева в Китай пройдет с 5 октября.", "2025-10-05"),  # to come: the day it starts
    ("Первый визит Токаева в Китай пройдет с 5 по 7 октября.", "2025-10-05"),
])
def test_a_day_after_s_with_no_first_time_or_no_gap_dates_the_event(text, start):
    visits = [e for e in extract_article(text, published=date(2025, 9, 26), lang="ru").events if e.type == "visit"]
    assert visits and visits[0].start == start


@pytest.mark.parametrize("text, lang", [
    ("Алиев и Пашинян 8 августа подписали в Белом доме совместную декларацию в присутствии Трампа.\n"
     "Перед церемонией Трамп провел встречу с Алиевым.", "ru"),
    ("Әлиев пен Пашинян кеше Ақ үйде Трамптың қатысуымен бірлескен декларацияға қол қойды.\n"
     "Рәсім алдында Дональд Трамп Ильхам Әлиевпен кездесу өткізді.", "kk"),
])
def test_talks_before_the_signing_ceremony_are_of_its_day_and_place(text, lang):
    found = extract_article("Вашингтон. 9 тамыз.\n" + text if lang == "kk" else text, published=date(2025, 8, 9),
                            lang=lang).events
    talks = [e for e in found if e.type == "meeting"]
    assert [(e.participant_ids(), e.start, e.place.id if e.place else None) for e in talks] == \
        [(frozenset({"trump", "ilham-aliyev"}), "2025-08-08", "washington")]


def test_talks_before_a_ceremony_of_other_signatories_keep_their_own_day():
    text = ("Алиев и Пашинян 8 августа подписали в Белом доме совместную декларацию.\n"
            "Перед церемонией Путин провел встречу с Токаевым.")
    talks = [e for e in extract_article(text, published=date(2025, 8, 9), lang="ru").events if e.type == "meeting"]
    assert talks and talks[0].start != "2025-08-08" and talks[0].place is None


@pytest.mark.parametrize("text, lang", [
    # a visit of so many days from its first day
    ("МОСКВА, 18 февраля. Президент Узбекистана Шавкат Мирзиёев прибыл в Ашхабад с двухдневным государственным "
     "визитом.", "ru"),
    ("МОСКВА, 18 февраля. Президент Узбекистана Шавкат Мирзиёев прибыл в Ашхабад с 2-дневным визитом.", "ru"),
    ("Ашхабад. 18 ақпан. Өзбекстан Президенті Шавкат Мирзиёев Түрікменстанға екі күндік мемлекеттік сапармен келді.",
     "kk"),
    ("Ашхабад. 18 ақпан. Өзбекстан Президенті Шавкат Мирзиёев Түрікменстанға 2 күндік сапармен келді.", "kk"),
])
def test_a_visit_of_so_many_days_ends_so_many_days_after_it_starts(text, lang):
    visits = [e for e in extract_article(text, published=date(2026, 2, 18), lang=lang).events if e.type == "visit"]
    assert [(v.start, v.end) for v in visits] == [("2026-02-18", "2026-02-19")]


@pytest.mark.parametrize("text, lang", [
    # a signing at the end of a summit told before is of its day and place
    ("Саммит ОТГ прошел в Габале 7 октября. В нем приняли участие Токаев, Алиев и Эрдоган. Токаев выступил с "
     "речью. В завершение саммита главы государств подписали Габалинскую декларацию.", "ru"),
    ("Тоқаев, Әлиев және Ердоған кеше Габалада өткен Түркі мемлекеттері ұйымының саммитіне қатысты. Тоқаев сөз "
     "сөйледі. Саммит соңында мемлекет басшылары Габала декларациясына қол қойды.", "kk"),
])
def test_a_signing_at_the_end_of_a_summit_is_of_its_day_and_place(text, lang):
    found = extract_article(text, published=date(2025, 10, 8), lang=lang).events
    assert [(e.start, e.place.id if e.place else None) for e in found if e.type == "signing"] == [
        ("2025-10-07", "gabala")]


def test_the_end_of_talks_told_before_is_no_talks_of_its_own():
    found = extract_article("Тоқаев Джорджа Мелонимен кездесті. Кездесу соңында Мемлекет басшысы тапсырма берді.",
                            published=date(2025, 10, 8), lang="kk").events
    assert [(e.type, e.participant_ids()) for e in found] == [("meeting", frozenset({"tokayev", "meloni"}))]


@pytest.mark.parametrize("text, lang, published, news_day, other_start", [
    ("Глава государства провел переговоры с Путиным\nВ Акорде состоялась церемония встречи Владимира Путина, "
     "прибывшего в Казахстан с государственным визитом. Предыдущий официальный визит Владимира Путина в Казахстан "
     "состоялся в ноябре прошлого года.", "ru", date(2024, 11, 27), "2024-11-27", "2023-11"),
    ("Тоқаев Путинмен келіссөздер жүргізді\nАқордада Тоқаев пен Қазақстанға мемлекеттік сапармен келген Ресей "
     "Президенті Владимир Путиннің келіссөздері өтті. Еске сала кетейік, Ресей Президенті Қазақстанға соңғы рет "
     "2023 жылғы қарашада ресми сапармен келген болатын.", "kk", date(2024, 11, 27), "2024-11-27", "2023-11"),
    ("Тоқаев Путинмен келіссөздер жүргізді\nАқордада Тоқаев пен Қазақстанға мемлекеттік сапармен келген Ресей "
     "Президенті Владимир Путиннің келіссөздері өтті. Путиннің Қазақстанға алдыңғы ресми сапары 2023 жылғы "
     "қарашада болды.", "kk", date(2024, 11, 27), "2024-11-27", "2023-11"),
])
def test_the_previous_visit_is_another_trip_and_dates_nothing_of_the_days_news(text, lang, published, news_day,
                                                                              other_start):
    found = extract_article(text, published=published, lang=lang).events
    visits = sorted((e.start or "") for e in found if e.type == "visit")
    assert visits == sorted([news_day, other_start])
    assert all(e.start == news_day for e in found if e.type == "meeting")


@pytest.mark.parametrize("text, lang, start", [
    # "Бұдан соң" goes on with the day of the sentence before
    ("Тоқаев пен Путин кеше Ақордада келіссөздер жүргізді. Бұдан соң екі ел президенттері форумның пленарлық "
     "отырысына бейнебайланыс арқылы қатысты.", "kk", "2024-11-26"),
    # guards: "в последний день визита" is a day of this visit, "келесі жылы" a time, not another occasion
    ("Токаев 11-12 ноября находился с визитом в Москве. В последний день визита Токаев и Путин провели переговоры "
     "в Кремле.", "ru", "2024-11-12"),
])
def test_words_of_sequence_and_days_of_the_visit(text, lang, start):
    found = extract_article(text, published=date(2024, 11, 27), lang=lang).events
    assert {e.start for e in found if e.type in ("forum", "meeting")} == {start}


@pytest.mark.parametrize("text, start", [
    # a past day before the relative clause is the main clause's, not the gathering's to come
    ("Накануне Токаев провел переговоры с Си Цзиньпином, который находится в Казахстане с визитом и примет участие "
     "в саммите ШОС.", None),
    # guard: a day of the relative clause itself
    ("Накануне Токаев провел переговоры с Си Цзиньпином, который 4 июля примет участие в саммите ШОС.",
     "2024-07-04"),
])
def test_a_day_past_before_a_relative_clause_does_not_date_what_it_tells_to_come(text, start):
    found = extract_article(text, published=date(2024, 7, 3), lang="ru").events
    [summit] = [e for e in found if e.type == "summit"]
    assert summit.start == start and summit.status == "planned"


def test_what_came_of_the_talks_is_of_their_day_not_of_the_chat_the_day_before_told_after_them():
    text = ("Путин и Моди провели переговоры в Кремле\nМОСКВА, 9 июля. Путин и Моди провели во вторник переговоры в "
            "Кремле. Моди находится в Москве с официальным визитом. Накануне лидеры пообщались в неформальной "
            "обстановке в Ново-Огарево. Открывая переговоры, Путин отметил рост товарооборота. По итогам переговоров "
            "лидеры подписали совместное заявление.")
    found = extract_article(text, published=date(2024, 7, 9), lang="ru").events
    assert sorted((e.type, e.start) for e in found if e.type in ("meeting", "signing")) == [
        ("meeting", "2024-07-08"), ("meeting", "2024-07-09"), ("signing", "2024-07-09")]


def test_the_days_talks_and_the_eves_meeting_stay_two_and_what_came_of_the_talks_is_of_their_day():
    text = ("Российско-китайские переговоры\nВ Кремле состоялись переговоры Владимира Путина с Председателем КНР Си "
            "Цзиньпином, который находится в России с государственным визитом 20–22 марта. Переговоры прошли в узком "
            "и расширенном составах. Накануне в Кремле состоялась неформальная встреча глав государств. По итогам "
            "переговоров Владимир Путин и Си Цзиньпин подписали Совместное заявление о плане развития ключевых "
            "направлений российско-китайского экономического сотрудничества до 2030 года.")
    found = extract_article(text, published=date(2023, 3, 21), lang="ru").events
    assert sorted((e.type, e.start, e.status) for e in found if e.type in ("meeting", "signing")) == [
        ("meeting", "2023-03-20", "held"), ("meeting", "2023-03-21", "held"), ("signing", "2023-03-21", "held")]


@pytest.mark.parametrize("text, lang, published, start, end", [
    # a day of the clause inside the span it also states is a day of that span, and the span is the visit's
    ("Мемлекет басшысының 5–7 қараша күндері Вашингтонға жасаған ресми сапары бүгін аяқталды.", "kk",
     date(2025, 11, 7), "2025-11-05", "2025-11-07"),
    ("Касым-Жомарт Токаев сегодня завершил официальный визит в Вашингтон 5–7 ноября.", "ru", date(2025, 11, 7),
     "2025-11-05", "2025-11-07"),
    # the days a visit lasts, told right after it by a visit of no one
    ("Си Цзиньпин прибыл в Астану с государственным визитом. В аэропорту его встретил Касым-Жомарт Токаев. "
     "Государственный визит продлится с 16 по 18 июня.", "ru", date(2025, 6, 16), "2025-06-16", "2025-06-18"),
    ("Шавкат Мирзиёев Астанаға мемлекеттік сапармен келді. Сапар 12–13 мамыр күндері жалғасады.", "kk",
     date(2026, 5, 12), "2026-05-12", "2026-05-13"),
    # guard: a span of what happens alongside the visit is not the visit's
    ("Си Цзиньпин прибыл в Астану с государственным визитом. Параллельно государственному визиту с 17 по 19 июня "
     "пройдет бизнес-форум.", "ru", date(2025, 6, 16), "2025-06-16", None),
    # guard: a span told after a visit that lies outside its day is not its span
    ("Вчера Си Цзиньпин прибыл в Астану с государственным визитом. Визит Моди пройдёт с 20 по 22 июня.", "ru",
     date(2025, 6, 16), "2025-06-15", None),
])
def test_a_visit_takes_the_span_of_days_its_report_states(text, lang, published, start, end):
    visits = [e for e in extract_article(text, published=published, lang=lang).events if e.type == "visit"]
    assert (visits[0].start, visits[0].end) == (start, end)


def test_a_visit_under_way_is_not_dated_by_talks_still_to_come():
    text = ("Си Цзиньпин прибыл в Астану с государственным визитом\nАСТАНА. КАЗИНФОРМ – Председатель КНР Си "
            "Цзиньпин прибыл в Астану с государственным визитом. Завтра в Акорде пройдут переговоры Касым-Жомарта "
            "Токаева и Си Цзиньпина.")
    found = extract_article(text, published=date(2025, 6, 16), lang="ru").events
    [visit] = [e for e in found if e.type == "visit"]
    [talks] = [e for e in found if e.type == "meeting"]
    assert (visit.status, visit.start) == ("held", "2025-06-16")
    assert (talks.status, talks.start) == ("planned", "2025-06-17")


@pytest.mark.parametrize("text, start", [
    # the day in a participle phrase set off by commas is the arrival's, not the talks'
    ("Утром Токаев и Си Цзиньпин, прибывший накануне в Астану с государственным визитом, провели переговоры в "
     "Акорде.", None),
    ("Путин провел переговоры с Моди, прибывшим накануне в Москву.", None),
    # ... but one of the report's day is the day of the news the talks are too
    ("Токаев провел переговоры с Мирзиёевым, прибывшим сегодня утром в Астану с визитом.", "2025-06-17"),
    # guard: a day of the talks' own clause
    ("Путин 15 июня провел переговоры с Моди, прибывшим в Москву.", "2025-06-15"),
])
def test_the_day_of_an_arrival_participle_is_not_the_talks(text, start):
    [meeting] = [e for e in extract_article(text, published=date(2025, 6, 17), lang="ru").events
                 if e.type == "meeting"]
    assert meeting.start == start


@pytest.mark.parametrize("text, start", [
    # "для участия в саммите" before the arrival verb names what the arrival is for; the day is the arrival's
    ("Сегодня в Астану для участия в саммите прибыл Президент Кыргызстана Садыр Жапаров.", "2025-06-16"),
    ("Также сегодня в казахстанскую столицу для участия в саммите прибыл Президент Кыргызстана Садыр Жапаров.",
     "2025-06-16"),
])
def test_an_arrival_told_after_its_purpose_keeps_its_day(text, start):
    [visit] = [e for e in extract_article(text, published=date(2025, 6, 16), lang="ru").events if e.type == "visit"]
    assert visit.start == start


@pytest.mark.parametrize("text, etype, status, start", [
    # a relative clause of another noun tells neither the tense nor the day
    ("Саммит ОДКБ, председательство в которой в этом году осуществляет Россия, запланирован на 26 ноября в Москве.",
     "summit", "planned", "2026-11-26"),
    # ... the event noun's own relative clause does, also when the tagger reads the noun as an adjective
    ("Стороны обсудили подготовку к Форуму межрегионального сотрудничества, который пройдет в ноябре в Оренбурге с "
     "участием Токаева и Путина.", "forum", "planned", "2026-11"),
    # "собирались вместе" is gathered, not meant to
    ("Большинство лидеров Содружества в последний раз собирались вместе в конце августа в Бишкеке на саммите ШОС.",
     "summit", "held", "2026-08"),
    ("Путин и Токаев собираются встретиться в Бишкеке на саммите ШОС в декабре.", "summit", "planned", "2026-12"),
])
def test_whose_clause_tells_the_tense_and_day(text, etype, status, start):
    found = [e for e in extract_article(text, published=date(2026, 10, 10), lang="ru").events if e.type == etype]
    assert [(e.status, e.start) for e in found] == [(status, start)]


@pytest.mark.parametrize("text, lang, published, status, start, end", [
    ("Сегодня Касым-Жомарт Токаев завершил официальный визит в Республику Корея, начавшийся в среду.", "ru",
     date(2026, 6, 26), "held", "2026-06-24", "2026-06-26"),
    ("Сегодня Шавкат Мирзиёев завершил государственный визит в Казахстан, начавшийся в четверг.", "ru",
     date(2026, 3, 13), "held", "2026-03-12", "2026-03-13"),
    # under way: it began before the report, whatever the tense of its end
    ("15 қыркүйекте басталған Қасым-Жомарт Тоқаевтың Кореяға ресми сапары бүгін аяқталады.", "kk",
     date(2026, 9, 17), "held", "2026-09-15", "2026-09-17"),
])
def test_a_visit_runs_from_the_day_it_began(text, lang, published, status, start, end):
    visits = [e for e in reported(text, published, lang) if e.type == "visit"]
    assert [(e.status, e.start, e.end) for e in visits] == [(status, start, end)]


@pytest.mark.parametrize("text, lang, days", [
    ("Саммит прошел 25 июня в Сеуле. Днем ранее Касым-Жомарт Токаев провел переговоры с Ли Чжэ Мёном. В тот же "
     "день Токаев и Ли Чжэ Мён приняли участие в бизнес-форуме.", "ru",
     [("summit", "2026-06-25"), ("meeting", "2026-06-24"), ("forum", "2026-06-24")]),
    ("Саммит 25 маусымда Сеулде өтті. Саммиттен бір күн бұрын Қасым-Жомарт Тоқаев Ли Чжэ Мёнмен келіссөздер "
     "жүргізді.", "kk", [("summit", "2026-06-25"), ("meeting", "2026-06-24")]),
    ("Екі күн бұрын Қасым-Жомарт Тоқаев Ли Чжэ Мёнмен келіссөздер жүргізді.", "kk", [("meeting", "2026-06-24")]),
])
def test_a_day_before_the_one_told_and_the_same_day_as_that(text, lang, days):
    found = reported(text, date(2026, 6, 26), lang)
    assert [(e.type, e.start) for e in found] == days


@pytest.mark.parametrize("text, published, status, start", [
    # the verb of an opening "Как ..." set off by a comma tells no tense
    ("Как стало известно из дипломатических источников, саммит «Центральная Азия – Германия» намечен на 24 апреля и "
     "пройдет в Ташкенте.", date(2026, 2, 20), "planned", "2026-04-24"),
    # a day planned, then called off just after it, is this year's
    ("Песков подтвердил, что ранее запланированный на 20 октября визит Лулы да Силвы в Астану отменен.",
     date(2026, 10, 22), "cancelled", "2026-10-20"),
    ("Песков подтвердил, что ранее намеченный на 25 октября визит Лулы да Силвы в Астану отменен.",
     date(2026, 10, 22), "cancelled", "2026-10-25"),
])
def test_a_plan_told_aside_or_called_off_keeps_its_day(text, published, status, start):
    found = [e for e in reported(text, published, "ru") if e.type in ("summit", "visit")]
    assert [(e.status, e.start) for e in found] == [(status, start)]


@pytest.mark.parametrize("text, lang, etype, start, end", [
    # a year alone and days of no stated year in one clause are those days in that year, whichever stands nearer
    ("Напомним, в прошлом году форум с участием Токаева прошел 29-30 мая.", "ru", "forum", "2025-05-29", "2025-05-30"),
    ("В прошлом году Токаев в мае посетил Китай.", "ru", "visit", "2025-05", None),
    ("В 2023 году Токаев посетил Китай 17 октября.", "ru", "visit", "2023-10-17", None),
    ("Еске салайық, өткен жылы форум 29-30 мамырда өтіп, оның пленарлық сессиясында Тоқаев сөз сөйлеген болатын.",
     "kk", "forum", "2025-05-29", "2025-05-30"),
    ("Өткен жылы Тоқаев мамырда Қытайға барды.", "kk", "visit", "2025-05", None),
    # a year in another clause is no year of these days
    ("Токаев посетил Китай в 2023 году, а 17 октября побывал в Москве.", "ru", "visit", "2025-10-17", None),
])
def test_a_year_told_in_the_clause_is_the_year_of_its_days(text, lang, etype, start, end):
    found = [e for e in reported(text, date(2026, 5, 20), lang) if e.type == etype]
    assert (found[-1].start, found[-1].end) == (start, end)
