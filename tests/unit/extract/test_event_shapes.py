"""Sentence shapes of news reports, one table per class of reading: what is an event, of which type,
with whom, and in what status. Sentences are written for the tests, in the style of news agencies."""

from __future__ import annotations

from datetime import date

import pytest

from extract.pipeline import extract_article

PUB = date(2024, 6, 10)


def events(text: str, published: date | None = PUB, lang: str = "ru"):
    return extract_article(text, published=published, lang=lang).events


def of_type(text: str, etype: str, **kw):
    return [e for e in events(text, **kw) if e.type == etype]


@pytest.mark.parametrize("text, etype, people", [
    ("Владимир Путин позвонил Касым-Жомарту Токаеву, чтобы поздравить его с днём рождения.", "phone_call",
     {"putin", "tokayev"}),
    ("Лидеры России и Казахстана Путин и Токаев созвонились в понедельник.", "phone_call", {"putin", "tokayev"}),
    ("Эммануэль Макрон беседовал с Олафом Шольцем о поставках газа.", "meeting", {"macron", "scholz"}),
    # the frame "в ходе встречи" is the meeting (not "ход переговоров", talk about them)
    ("Токаев и Мирзиёев в ходе встречи обменялись мнениями по региональной повестке.", "meeting",
     {"tokayev", "mirziyoyev"}),
    # talking "по телефону" is a call, whatever the verb of talking
    ("Касым-Жомарт Токаев переговорил по телефону с Садыром Жапаровым.", "phone_call", {"tokayev", "japarov"}),
    ("Токаев и Мирзиёев пообщались по телефону.", "phone_call", {"tokayev", "mirziyoyev"}),
])
def test_verbs_of_talking_are_triggers(text, etype, people):
    found = of_type(text, etype)
    assert found and people <= found[0].participant_ids()


@pytest.mark.parametrize("text", [
    "Токаев предложил провести саммит лидеров Центральной Азии в Астане.",
    "Макрон попросил не проводить встречу с Путиным в Париже.",
    "Эрдоган призвал создать новый форум стран тюркского мира.",
    # a call or an invitation to the event, however many words name whom
    "Токаев призвал Путина и Зеленского к мирным переговорам.",
    "Токаев пригласил Путина на саммит ОДКБ в Астану.",
    "Путин не уверен в возможности встречи с Зеленским.",
    # a readiness
    "Трамп заявил, что готов к трехсторонней встрече с участием Зеленского.",
    "Путин выразил готовность встретиться с Зеленским.",
    "Путин не против встречи с Зеленским.",
    # a difficulty
    "Там затруднительно будет сделать полноформатную встречу Путина и Трампа.",
    # the act of holding it proposed, however many words of time and place before the event
    "Ас-Сиси предложил провести в июне в Каире международную конференцию по восстановлению Газы.",
    "Эрдоган предложил в ближайшее время организовать в Стамбуле встречу Путина и Зеленского.",
])
def test_proposals_and_possibilities_are_not_events(text):
    assert not events(text)


@pytest.mark.parametrize("text, etype, lang", [
    ("Путин может посетить Казахстан с рабочим визитом.", "visit", "ru"),
    ("Возможная встреча Путина и Токаева в Астане обсуждается.", "meeting", "ru"),
    # a modal verb as the event noun's predicate, a clause after "не исключил, что"
    ("Следующая встреча президентов России и США может пройти в Минске.", "meeting", "ru"),
    ("Встреча Путина и Трампа может состояться в Минске.", "meeting", "ru"),
    ("Лукашенко не исключил, что Путин и Трамп встретятся в Минске.", "meeting", "ru"),
    ("Путин мен Трамптың кездесуі Минскіде өтуі мүмкін.", "meeting", "kk"),
])
def test_possible_events_are_not_held(text, etype, lang):
    found = of_type(text, etype, lang=lang)
    assert found and all(e.status == "planned" for e in found)


@pytest.mark.parametrize("text, lang, etype, start, end", [
    # the event noun is the subject of "перенесен" past its relative clause: the plan's dates, ahead
    ("Государственный визит Президента Таджикистана Эмомали Рахмона в Казахстан, который планировался на "
     "17-18 апреля, перенесен на более поздний срок.", "ru", "visit", "2025-04-17", "2025-04-18"),
    ("Саммит ОДКБ, который должен был пройти 27 ноября в Бишкеке, перенесен на декабрь.", "ru", "summit",
     "2025-11-27", None),
    ("Тәжікстан Президенті Эмомали Рахмонның 17-18 сәуірге жоспарланған Қазақстанға мемлекеттік сапары кейінге "
     "шегерілді.", "kk", "visit", "2025-04-17", "2025-04-18"),
    # ... a subject the tagger reads as an accusative ("Визит ..."), and a noun of another case whose own relative
    # clause puts it off
    ("Визит Сердара Бердымухамедова в Узбекистан, который планировался на июль, перенесен на осень.", "ru", "visit",
     "2025-07", None),
    ("Токаев и Рахмон обсудили сроки визита Эмомали Рахмона в Казахстан, который планировался на 17-18 апреля, "
     "а теперь перенесен на осень.", "ru", "visit", "2025-04-17", "2025-04-18"),
    # a day of no month named, planned in the past tense: the one to come, not the last
    ("Визит Президента Турции Реджепа Тайипа Эрдогана в Казахстан, который планировался на 22-е число, перенесен на "
     "более поздний срок.", "ru", "visit", "2025-04-22", None),
    # told after the day it was planned for: that day just past, not the one a year ahead
    ("Тәжікстан Президенті Эмомали Рахмонның 8-9 сәуірге жоспарланған Қазақстанға сапары күзге шегерілді.", "kk",
     "visit", "2025-04-08", "2025-04-09"),
])
def test_an_event_put_off_keeps_the_dates_it_was_planned_for(text, lang, etype, start, end):
    found = of_type(text, etype, published=date(2025, 4, 15), lang=lang)
    assert [(e.status, e.start, e.end) for e in found] == [("postponed", start, end)]


@pytest.mark.parametrize("text, lang, etype, status, start, place", [
    # a participle of putting off before the noun is its attribute: the clause's own predicate tells the status
    ("Перенесенный с весны на осень саммит ОДКБ прошел 2 октября в Москве.", "ru", "summit", "held",
     "2025-10-02", "moscow"),
    ("Отложенный ранее визит Эрдогана в Казахстан состоится 5 декабря.", "ru", "visit", "planned",
     "2025-12-05", "KZ"),
    ("Көктемнен күзге ауыстырылған ҰҚШҰ саммиті 2 қазанда Мәскеуде табысты өтті.", "kk", "summit", "held",
     "2025-10-02", "moscow"),
    ("Бұрын кейінге қалдырылған Ердоғанның Қазақстанға сапары 5 желтоқсанда өтеді.", "kk", "visit", "planned",
     "2025-12-05", "KZ"),
    # ... but as the predicate, or with no predicate of its own, it still puts the event off
    ("Визит Эрдогана в Казахстан был перенесен на осень.", "ru", "visit", "postponed", None, "KZ"),
    ("Путин, отложивший визит в Казахстан, провел переговоры с Мирзиёевым.", "ru", "visit", "postponed", None,
     "KZ"),
    ("Ердоғанның Қазақстанға сапары күзге шегерілді.", "kk", "visit", "postponed", None, "KZ"),
])
def test_an_event_put_off_once_is_what_its_own_predicate_tells(text, lang, etype, status, start, place):
    found = of_type(text, etype, published=date(2025, 11, 20), lang=lang)
    assert [(e.status, e.start, e.place.id if e.place else None) for e in found] == [(status, start, place)]


@pytest.mark.parametrize("text, start, end", [
    # the event noun is the object of the verb of putting off, past the long phrase of its plan
    ("Президент Турции Реджеп Тайип Эрдоган перенес запланированный на четверг и пятницу государственный визит в "
     "Казахстан.", "2025-11-20", "2025-11-21"),
    ("Эрдоган отложил намеченный на 20 ноября официальный визит в Казахстан.", "2025-11-20", None),
    # ... an infinitive the clause agrees on, past the time it is put off to
    ("Президенты согласились перенести на более поздний срок визит президента Турции в Казахстан.", None, None),
])
def test_an_event_put_off_by_a_verb_before_its_long_phrase_is_postponed(text, start, end):
    found = of_type(text, "visit", published=date(2025, 11, 19))
    assert [(e.status, e.start, e.end) for e in found] == [("postponed", start, end)]


@pytest.mark.parametrize("text, etype, sides", [
    # the outcome of an event with its sides named tells it took place, whatever the clause goes on to plan
    ("По итогам телефонного разговора Касым-Жомарта Токаева и Реджепа Тайипа Эрдогана решено перенести визит.",
     "phone_call", {"tokayev", "erdogan"}),
    ("Решение было принято по итогам телефонного разговора Токаева с Эрдоганом.", "phone_call",
     {"tokayev", "erdogan"}),
])
def test_an_event_told_by_its_outcome_took_place(text, etype, sides):
    found = of_type(text, etype, published=date(2025, 11, 19))
    assert [(e.status, e.participant_ids()) for e in found] == [("held", frozenset(sides))]


def test_an_event_put_off_is_only_the_one_told_as_put_off():
    found = events("Визит Токаева в Москву состоялся, а переговоры Токаева с Мирзиёевым перенесены на осень.")
    assert {e.type: e.status for e in found} == {"visit": "held", "meeting": "postponed"}


def test_talks_looked_forward_to_are_not_held():
    found = of_type("Я с нетерпением жду встречи с Си Цзиньпином, – сказал Касым-Жомарт Токаев.", "meeting")
    assert found and all(e.status == "planned" for e in found)


@pytest.mark.parametrize("text, lang, status, start", [
    # an adjective of the day, or a past participle of taking place, tells the event's tense; the future verb
    # after it tells what the event brings
    ("АСТАНА, 10 июня. «Уверен, что сегодняшние переговоры с Путиным откроют новую страницу», — заявил Токаев.",
     "ru", "held", "2024-06-10"),
    ("АСТАНА, 10 июня. «Вчерашние переговоры с Путиным дадут новый импульс торговле», — сказал Токаев.",
     "ru", "held", "2024-06-09"),
    ("АСТАНА, 10 июня. Состоявшиеся вчера переговоры Токаева и Путина позволят расширить торговлю.",
     "ru", "held", "2024-06-09"),
    ("АСТАНА. ҚазАқпарат – «Путинмен бүгінгі келіссөздер ынтымақтастыққа жаңа серпін береді деп сенемін», – деді "
     "Тоқаев.", "kk", "held", "2024-06-10"),
    # the verb of taking place still tells the event's own tense
    ("АСТАНА, 10 июня. Сегодняшние переговоры Токаева и Путина пройдут в Акорде.", "ru", "planned", "2024-06-10"),
    ("АСТАНА. ҚазАқпарат – Тоқаев пен Путиннің бүгінгі келіссөздері Ақордада өтеді.", "kk", "planned", "2024-06-10"),
])
def test_an_event_of_the_day_is_held_whatever_it_brings(text, lang, status, start):
    meeting = of_type(text, "meeting", lang=lang)[0]
    assert (meeting.status, meeting.start) == (status, start)


@pytest.mark.parametrize("text, lang, status, start", [
    ("Токаев и Путин договорились встретиться в Москве в декабре.", "ru", "planned", "2024-12"),
    ("Стороны условились провести встречу Токаева и Путина в Москве в октябре.", "ru", "planned", "2024-10"),
    ("Токаев и Путин договорились о встрече в Москве в декабре.", "ru", "planned", "2024-12"),
    ("Тоқаев пен Путин желтоқсанда Мәскеуде кездесу өткізуге уағдаласты.", "kk", "planned", "2024-12"),
    # what was agreed at a meeting: the meeting is held
    ("На встрече в Москве 5 июня Токаев и Путин договорились о расширении сотрудничества.", "ru", "held",
     "2024-06-05"),
])
def test_agreeing_to_meet_is_a_planned_meeting(text, lang, status, start):
    meeting = of_type(text, "meeting", lang=lang)[0]
    assert (meeting.status, meeting.start) == (status, start)


@pytest.mark.parametrize("text, signed", [
    ("Главным тренером назначен специалист Иван Петров, подписавший соглашение с клубом на год.", False),
    ("Участники заседания подписали межправительственное соглашение.", False),
    ("Президент Колумбии Хуан Мануэль Сантос подписал мирное соглашение с повстанцами.", True),
    ("Токаев и Мирзиёев подписали Договор о союзнических отношениях.", True),
])
def test_signing_needs_a_leader_among_the_signatories(text, signed):
    assert bool(of_type(text, "signing")) is signed


@pytest.mark.parametrize("text, document", [
    # the document named past where and when it was signed
    ("Алиев и Пашинян подписали в Белом доме совместную декларацию.", "Декларация"),
    ("Токаев и Путин подписали 12 ноября в Кремле Договор о союзничестве.", "Договор о союзничестве"),
    ("Токаев и Путин подписали более десяти межгосударственных и межведомственных документов.", "Документы"),
])
def test_a_document_named_after_the_place_and_day_of_its_signing(text, document):
    signings = of_type(text, "signing", published=date(2025, 11, 13))
    assert [s.document.title for s in signings] == [document]


@pytest.mark.parametrize("text, document, signatories, place", [
    ("Напомним, договор о дружбе был подписан Касым-Жомартом Токаевым и Шавкатом Мирзиёевым в Ташкенте "
     "5 мая 2022 года.", "Договор о дружбе", {"tokayev", "mirziyoyev"}, "tashkent"),
    ("Соглашение о торговле, подписанное Путиным и Лукашенко в Минске, вступило в силу.", "Соглашение о торговле",
     {"putin", "lukashenko"}, "minsk"),
])
def test_passive_signing_takes_its_agents(text, document, signatories, place):
    signing = of_type(text, "signing")[0]
    assert signing.document.title == document
    assert signing.participant_ids() == signatories
    assert signing.place is not None and signing.place.id == place


@pytest.mark.parametrize("text, lang", [
    # signed by ministers or officials in the presence of the leaders: the leaders' states sign it
    ("Соглашения подписаны в Астане в присутствии президентов Касым-Жомарта Токаева и Шавката Мирзиёева.", "ru"),
    ("Документы были подписаны в присутствии Касым-Жомарта Токаева и Шавката Мирзиёева в Астане.", "ru"),
    # the dative documents many words before "қол қойылды", past the leaders named in between
    ("Астанада құжаттарға екі ел президенттері Қасым-Жомарт Тоқаев пен Шавкат Мирзиёевтің қатысуымен қол "
     "қойылды.", "kk"),
])
def test_a_signing_in_the_presence_of_leaders_is_theirs(text, lang):
    signing = next(e for e in events(text, lang=lang) if e.type == "signing")
    assert signing.participant_ids() == {"tokayev", "mirziyoyev"}
    assert signing.place is not None and signing.place.id == "astana"


@pytest.mark.parametrize("text", [
    "Иван Петров сказал, что договор подписан и книга выйдет осенью.",   # nobody named as signing it
])
def test_passive_signing_without_agents_is_no_event(text):
    assert not of_type(text, "signing")


@pytest.mark.parametrize("text, guest, place", [
    ("Президент Франции Эммануэль Макрон, находящийся с визитом в ЮАР, посетил школу.", "macron", "ZA"),
    ("Эрдоган находится с визитом в Казахстане.", "erdogan", "KZ"),
    # the place before the visit noun
    ("Путин провёл переговоры с Токаевым, находящимся в России с государственным визитом.", "tokayev", "RU"),
    ("Токаев находится в Москве с рабочим визитом.", "tokayev", "RU"),
])
def test_being_on_a_visit_names_its_destination(text, guest, place):
    visit = of_type(text, "visit")[0]
    assert visit.ids_with_role("guest") == {guest}
    assert place in (visit.place.id, visit.place.country_id)


@pytest.mark.parametrize("text, meetings", [
    # one meeting of all: the objects share one "с"
    ("Путин провел переговоры с Порошенко, Олландом и Меркель в Минске.",
     [{"putin", "poroshenko", "hollande", "merkel"}]),
    ("Путин, Порошенко, Олланд и Меркель провели переговоры в нормандском формате в Минске.",
     [{"putin", "poroshenko", "hollande", "merkel"}]),
    # each "с" its own talks
    ("Токаев провел переговоры с президентом России Владимиром Путиным и с президентом Узбекистана "
     "Шавкатом Мирзиёевым.", [{"tokayev", "putin"}, {"tokayev", "mirziyoyev"}]),
    # "встречи" in the plural: talks with each; "трехсторонние встречи" stay one of all
    ("Путин провел двусторонние встречи с Си Цзиньпином, Нарендрой Моди и Масудом Пезешкианом.",
     [{"putin", "xi-jinping"}, {"putin", "modi"}, {"putin", "pezeshkian"}]),
    ("Путин провел трехсторонние встречи с Си Цзиньпином и Нарендрой Моди.", [{"putin", "xi-jinping", "modi"}]),
    # the side named after the noun, when nobody is the subject
    ("На полях саммита состоялись двусторонние встречи Токаева с Президентом России Владимиром Путиным и "
     "Президентом Таджикистана Эмомали Рахмоном.", [{"tokayev", "putin"}, {"tokayev", "rahmon"}]),
])
def test_multilateral_talks_are_one_meeting(text, meetings):
    found = [set(e.participant_ids()) for e in of_type(text, "meeting")]
    assert sorted(map(sorted, found)) == sorted(map(sorted, meetings))


@pytest.mark.parametrize("text, lang, calls", [
    ("Касым-Жомарт Токаев провел телефонные разговоры с Президентом Узбекистана Шавкатом Мирзиёевым и "
     "Президентом Кыргызстана Садыром Жапаровым.", "ru", [{"tokayev", "mirziyoyev"}, {"tokayev", "japarov"}]),
    # several callers and one side called: each caller's call
    ("Путина по телефону поздравили президент Узбекистана Шавкат Мирзиёев и президент Таджикистана Эмомали "
     "Рахмон.", "ru", [{"putin", "mirziyoyev"}, {"putin", "rahmon"}]),
    ("Мемлекет басшысы Қасым-Жомарт Тоқаевқа Эмомали Рахмон және Садыр Жапаров телефон шалды.", "kk",
     [{"tokayev", "rahmon"}, {"tokayev", "japarov"}]),
    ("Қасым-Жомарт Тоқаевты Шавкат Мирзиёев пен Эмомали Рахмон телефон арқылы құттықтады.", "kk",
     [{"tokayev", "mirziyoyev"}, {"tokayev", "rahmon"}]),
    # informed by phone: a call with each
    ("Путин проинформировал о результатах встречи по телефону президента Казахстана Касым-Жомарта Токаева и "
     "президента Узбекистана Шавката Мирзиёева.", "ru", [{"putin", "tokayev"}, {"putin", "mirziyoyev"}]),
    ("Путин по телефону поблагодарил Токаева за поздравления.", "ru", [{"putin", "tokayev"}]),
    # one call of three, as told
    ("Путин, Макрон и Меркель провели телефонный разговор.", "ru", [{"putin", "macron", "merkel"}]),
])
def test_calls_told_together_are_one_call_each(text, lang, calls):
    found = [set(e.participant_ids()) for e in of_type(text, "phone_call", lang=lang)]
    assert sorted(map(sorted, found)) == sorted(map(sorted, calls))


def test_a_day_of_calls_is_one_call_each():
    text = "В этот день Путин поговорил по телефону с Токаевым, с Мирзиёевым и с Лукашенко."
    calls = [set(e.participant_ids()) for e in of_type(text, "phone_call")]
    assert sorted(map(sorted, calls)) == sorted(map(sorted, [{"putin", "tokayev"}, {"putin", "mirziyoyev"},
                                                             {"putin", "lukashenko"}]))


@pytest.mark.parametrize("text", [
    "Саммит ШОС прошел в Астане 4 июля. На саммите выступили Путин, Си Цзиньпин и Токаев.",
    "Путин, Си Цзиньпин и Токаев приняли участие в саммите ШОС. Саммит ШОС прошел в Астане 4 июля.",
])
def test_a_summit_reported_twice_is_one_event(text):
    summits = of_type(text, "summit")
    assert len(summits) == 1
    assert {"putin", "xi-jinping", "tokayev"} <= summits[0].participant_ids()
    assert summits[0].place.id == "astana" and summits[0].start.endswith("-07-04")


@pytest.mark.parametrize("text, etype, place", [
    # an event noun in the genitive after a gathering noun is the gathering's name, not an event of its own
    ("Токаев принял участие в заседании Консультативной встречи глав государств Центральной Азии в Самарканде.",
     "summit", "Самарканд"),
    ("Путин принял участие в саммите Совещания по взаимодействию и мерам доверия в Азии в Астане.", "summit",
     "Астана"),
    # the consultative meeting of heads is itself a summit
    ("Токаев принял участие в Консультативной встрече глав государств Центральной Азии в Астане.", "summit",
     "Астана"),
])
def test_a_gathering_named_by_an_event_noun_is_one_gathering(text, etype, place):
    found = events(text)
    assert [e.type for e in found] == [etype]
    assert found[0].place.name == place


def test_summits_in_two_places_stay_two():
    text = "Саммит ШОС прошел в Астане 4 июля. Саммит G20 прошел в Рио-де-Жанейро 18 ноября."
    assert len(of_type(text, "summit")) == 2


@pytest.mark.parametrize("text, lang, name_words", [
    # the bloc of a sitting named past a dash ("глав государств – членов ШОС"), a name in quotes
    ("Токаев выступил на заседании Совета глав государств – членов ШОС. В своем выступлении на саммите Токаев "
     "предложил создать механизм продовольственной безопасности. Напомним, в июне Си Цзиньпин принял участие во "
     "втором саммите «Центральная Азия – Китай» в Астане.", "ru", ("ШОС", "«Центральная Азия – Китай»")),
    ("Тоқаев ШЫҰ мемлекет басшылары кеңесінің отырысына қатысты. Саммитте Тоқаев азық-түлік қауіпсіздігі "
     "тетігін құруды ұсынды. Еске салайық, маусымда Си Цзиньпин Астанада өткен «Орталық Азия – Қытай» саммитіне "
     "қатысты.", "kk", ("ШЫҰ", "«Орталық Азия – Қытай»")),
])
def test_a_gathering_named_again_is_the_one_told_before_not_one_recalled_after(text, lang, name_words):
    summits = of_type(text, "summit", lang=lang, published=date(2025, 9, 1))
    assert len(summits) == 2
    told, recalled = sorted(summits, key=lambda e: e.evidence[0].start)
    assert name_words[0] in told.title and name_words[1] in recalled.title
    assert told.place is None and told.start != "2025-06" and told.participant_ids() == {"tokayev"}
    assert recalled.place.name == "Астана" and recalled.start == "2025-06"


@pytest.mark.parametrize("text", [
    "Иван Петров в финале встретился со своим давним соперником Сергеем Сидоровым.",   # a match
    "Журналист Иван Петров приехал в Астану, где был задержан.",                      # not a leader
    "Обама пригласил Кэмерона посетить Вашингтон.",                                    # an invitation
    "Картер разрешил иранскому шаху приехать в США.",                                  # a permission
])
def test_events_without_a_leader_or_only_offered_are_not_recorded(text):
    assert not events(text)


def test_a_visit_at_someones_invitation_is_a_visit():
    text = "Шавкат Мирзиёев по приглашению Касым-Жомарта Токаева прибыл в Астану с государственным визитом."
    visit = of_type(text, "visit")[0]
    assert visit.ids_with_role("guest") == {"mirziyoyev"}
    assert visit.ids_with_role("host") == {"tokayev"}


@pytest.mark.parametrize("text, etype, people, office", [
    ("Путин провел переговоры с президентом Эквадора в Москве.", "meeting", {"putin"}, "президент Эквадора"),
    # an office after "с" and an adjective, beside the event noun's own genitive side
    ("Состоялся телефонный разговор Путина с новым главой Кубы", "phone_call", {"putin"}, "глава Кубы"),
    ("Токаев поговорил по телефону с премьер-министром Непала.", "phone_call", {"tokayev"},
     "премьер-министр Непала"),
])
def test_an_unresolved_office_is_a_party(text, etype, people, office):
    event = of_type(text, etype, published=None)[0]
    assert event.participant_ids() == people
    assert [o.title for o in event.offices] == [office]


def test_an_office_alone_is_not_a_meeting():
    assert not of_type("Президент Эквадора провел переговоры в Кито.", "meeting", published=None)


@pytest.mark.parametrize("text, lang, people, offices", [
    # the article names the holder of the office itself: he is the one
    ("Президент Эквадора встретился с Путиным в Москве. Президент Эквадора Рафаэль Корреа прибыл в Россию.",
     "ru", {"Владимир Путин", "Рафаэль Корреа"}, []),
    ("Ресей Президенті Тоқаевпен Астанада кездесті. Ресей Президенті Владимир Путин Қазақстанға сапармен келді.",
     "kk", {"Касым-Жомарт Токаев", "Владимир Путин"}, []),
    # a former holder is not the one; two holders named leave the office open
    ("Президент Эквадора встретился с Путиным в Москве. Бывший президент Эквадора Рафаэль Корреа прибыл в Россию.",
     "ru", {"Владимир Путин"}, ["президент Эквадора"]),
    ("Президент США встретился с Путиным в Москве. Президент США Барак Обама и президент США Дональд Трамп "
     "не встречались.", "ru", {"Владимир Путин"}, ["президент США"]),
])
def test_an_office_is_the_holder_the_article_names(text, lang, people, offices):
    meeting = of_type(text, "meeting", published=None, lang=lang)[0]
    assert {p.name for p in meeting.participants} == people
    assert [o.title for o in meeting.offices] == offices


def test_talks_with_a_place_of_their_own_after_a_call_were_held_in_person():
    found = events("Токаев поговорил по телефону с Путиным. Находящийся с визитом в России Токаев встретился в "
                   "субботу в Москве с Путиным.", published=None)
    assert sorted(e.type for e in found) == ["meeting", "phone_call", "visit"]


@pytest.mark.parametrize("text, people", [
    ("Песков рассказал о встрече Путина и Трампа в Париже.", {"putin", "trump"}),
    ("Лукашенко заявил, что встреча Путина и Токаева была полезной.", {"putin", "tokayev"}),
    ("Встреча Путина с Токаевым прошла в Астане.", {"putin", "tokayev"}),
    ("Путин провел встречу с Токаевым в Астане.", {"putin", "tokayev"}),
])
def test_an_event_noun_names_its_own_sides(text, people):
    assert of_type(text, "meeting")[0].participant_ids() == people


@pytest.mark.parametrize("text, recorded", [
    ("Путин 5 июня выступил на заседании Совета безопасности в Москве.", True),
    ("Токаев принял участие в сессии Генеральной Ассамблеи ООН в Нью-Йорке 20 сентября.", True),
    ("Очередное заседание палаты состоится 13 января в Москве.", False),      # no leader in it
    ("На съезде партии в Москве выступили делегаты из регионов.", False),
])
def test_a_sitting_is_a_gathering_only_with_a_leader(text, recorded):
    assert bool(of_type(text, "forum")) is recorded


def test_the_frame_of_a_clause_is_an_event_of_its_own():
    text = "В ходе визита в Китай Путин посетил Харбин."
    visits = of_type(text, "visit")
    assert {v.place.name for v in visits} == {"Китай", "Харбин"}


@pytest.mark.parametrize("text, recorded", [
    ("Эмир Катара Тамим бин Хамад Аль Тани встретится в понедельник с членами королевской семьи.", True),
    ("Путин встретился с представителями деловых кругов Казахстана в Астане.", True),
    ("В беседе с корреспондентом Путин рассказал о планах.", False),                # an interview
])
def test_a_leader_meeting_a_group_is_a_meeting(text, recorded):
    assert bool(of_type(text, "meeting")) is recorded


@pytest.mark.parametrize("text, recorded", [
    ("Песков сообщил об итогах встречи Путина и Токаева.", True),     # the sides are named: the event itself
    ("Песков сообщил подробности встречи.", False),                   # about an event, not the event
])
def test_results_of_a_named_meeting_report_the_meeting(text, recorded):
    assert bool(of_type(text, "meeting")) is recorded


@pytest.mark.parametrize("text, lang, etype, sides", [
    # the outcome of talks with someone: those talks were held, on a day the report does not give
    ("Трамп объявил об этом по итогам телефонного разговора с Путиным.", "ru", "phone_call", {"trump", "putin"}),
    ("По результатам переговоров с Путиным Трамп сделал заявление.", "ru", "meeting", {"trump", "putin"}),
    ("Трамп Путинмен келіссөз қорытындысы бойынша мәлімдеме жасады.", "kk", "meeting", {"trump", "putin"}),
    # the outcome of talks with nobody named is about talks told elsewhere, not talks of its own
    ("Трамп сообщил об итогах переговоров.", "ru", "meeting", None),
    ("Келіссөздер қорытындысы бойынша мәлімдеме жасалды.", "kk", "meeting", None),
])
def test_the_outcome_of_talks_with_someone_reports_the_talks(text, lang, etype, sides):
    found = of_type(text, etype, published=date(2025, 10, 23), lang=lang)
    assert (set(found[0].participant_ids()) if found else None) == sides
    assert all(e.start is None and e.status == "held" for e in found)


@pytest.mark.parametrize("text", [
    "Трамп обсудил подготовку встречи с Путиным.",   # the meeting is still to come; the verb takes no side
    "Лидеры обсудили повестку переговоров с Путиным.",
])
def test_talks_being_prepared_are_not_held_talks(text):
    assert not [e for e in events(text, published=date(2025, 10, 23)) if e.status == "held"]


@pytest.mark.parametrize("text, lang", [
    # the outcome of talks told with their own holding, day and place: those talks
    ("Президенты дали положительную оценку итогам переговоров Касым-Жомарта Токаева и Владимира Путина, прошедших "
     "12 ноября в Москве.", "ru"),
    ("Касым-Жомарт Токаев и Владимир Путин дали оценку итогам состоявшихся 12 ноября в Москве переговоров.", "ru"),
    ("Қасым-Жомарт Тоқаев пен Владимир Путин 12 қарашада Мәскеуде өткен келіссөздердің қорытындыларына оң баға "
     "берді.", "kk"),
])
def test_the_outcome_of_talks_held_on_a_day_reports_those_talks(text, lang):
    found = events(text, published=date(2025, 11, 24), lang=lang)
    assert [(e.type, e.participant_ids(), e.start, e.place.id if e.place else None) for e in found] == [
        ("meeting", frozenset({"tokayev", "putin"}), "2025-11-12", "moscow")]


def test_the_outcome_of_a_call_with_a_side_named_at_length_held_on_a_day_reports_that_call():
    text = ("Касым-Жомарт Токаев проинформировал Шавката Мирзиёева об итогах своего телефонного разговора с "
            "Президентом России Владимиром Путиным, состоявшегося 9 марта.")
    found = [e for e in events(text, published=date(2026, 3, 12)) if e.type == "phone_call"]
    assert [(e.participant_ids(), e.start) for e in found] == [(frozenset({"tokayev", "putin"}), "2026-03-09")]


@pytest.mark.parametrize("text, lang", [
    # held somewhere on a day not told: not the report's day either
    ("Касым-Жомарт Токаев и Владимир Путин дали оценку итогам переговоров, прошедших в Москве.", "ru"),
    ("Қасым-Жомарт Тоқаев пен Владимир Путин Мәскеуде өткен келіссөздердің қорытындыларына оң баға берді.", "kk"),
    # ... nor talks only told as past, with no day or place: the talks told before
    ("Касым-Жомарт Токаев и Владимир Путин оценили итоги прошедших переговоров.", "ru"),
    ("Қасым-Жомарт Тоқаев пен Владимир Путин өткен келіссөздердің қорытындыларына оң баға берді.", "kk"),
])
def test_the_outcome_of_talks_held_on_no_day_told_is_not_dated(text, lang):
    assert all(e.start is None for e in events(text, published=date(2025, 11, 24), lang=lang))


@pytest.mark.parametrize("text, person, absent", [
    ("Путин встретился в субботу в Сочи с семьей бывшего президента Казахстана Нурсултана Назарбаева.",
     "putin", "nazarbayev"),
    ("Токаев встретился с вдовой Нурсултана Назарбаева.", "tokayev", "nazarbayev"),
    ("Макрон встретился с родственниками Владимира Путина.", "macron", "putin"),
])
def test_a_person_named_for_whose_family_it_is_takes_no_part(text, person, absent):
    found = of_type(text, "meeting")
    assert found, "a leader meeting a family is a meeting"
    assert person in found[0].participant_ids() and absent not in found[0].participant_ids()


def test_a_family_member_named_in_apposition_is_a_party():
    found = of_type("Путин встретился с матерью заключенного Еленой Ивановой.", "meeting")
    assert found and any("Иванов" in p.name for p in found[0].participants)


@pytest.mark.parametrize("text, etype, person", [
    ("Министр иностранных дел Испании Хосе Мануэль Альбарес встретился с послом Японии.", "meeting", "Альбарес"),
    ("Госсекретарь США Энтони Блинкен прибыл в Анкару.", "visit", "Блинкен"),
    ("Губернатор Калифорнии Гэвин Ньюсом провел переговоры с делегацией Китая.", "meeting", "Ньюсом"),
    ("Вице-премьер Польши Радослав Сикорский посетил в Киеве выставку.", "visit", "Сикорский"),
    # however long the title's genitive chain
    ("Глава Объединенного комитета начальников штабов ВС США генерал Марк Милли прибыл в Анкару.", "visit",
     "Милли"),
    ("Открывая заседание, председатель комиссии Совета федерации по информационной политике Анна Петрова "
     "отметила важность закона.", "forum", "Петрова"),
    ("Во время встречи с полпредом в СКФО Юрием Чайкой Казбек Коков рассказал о проблемах.", "meeting", "Чайк"),
])
def test_an_official_of_state_takes_part_like_a_leader(text, etype, person):
    found = of_type(text, etype)
    assert found and any(person in p.name for p in found[0].participants)


@pytest.mark.parametrize("text, etype, sides", [
    # the other side named after its title's genitive chain, the surname in "-ым" whatever the tagger reads
    ("Состоялся телефонный разговор Владимира Путина с Президентом Республики Казахстан Касым-Жомартом Токаевым.",
     "phone_call", {"putin", "tokayev"}),
    ("Путин провел переговоры с Президентом Республики Узбекистан Шавкатом Мирзиёевым.", "meeting",
     {"putin", "mirziyoyev"}),
    ("Лукашенко встретился с Председателем Китайской Народной Республики Си Цзиньпином.", "meeting",
     {"lukashenko", "xi-jinping"}),
])
def test_the_other_side_is_named_after_a_long_title(text, etype, sides):
    assert [e.participant_ids() for e in of_type(text, etype)] == [frozenset(sides)]


def test_talks_an_official_held_are_not_the_leader_in_focus():
    text = ("Путин провел переговоры с эмиром Катара Тамимом бен Хамадом Аль Тани. Накануне посол Катара в Москве "
            "провел встречу с министром экономического развития Максимом Решетниковым.")
    assert [e.participant_ids() for e in of_type(text, "meeting")] == [frozenset({"putin", "tamim-al-thani"})]


@pytest.mark.parametrize("text, etype", [
    ("Футболист Иван Петров встретился с болельщиками в Казани.", "meeting"),
    ("Писатель Иван Петров посетил Париж.", "visit"),
])
def test_a_person_with_no_office_of_state_is_no_party(text, etype):
    assert not of_type(text, etype)


@pytest.mark.parametrize("text, recorded", [
    ("Новый глава ведомства встретился с премьер-министром РФ Михаилом Мишустиным.", True),
    ("Делегация парламентариев встретилась с Касым-Жомартом Токаевым.", True),
    ("Журналист встретился с Касым-Жомартом Токаевым.", False),
])
def test_a_side_named_by_what_it_is_meets_a_leader(text, recorded):
    assert bool(of_type(text, "meeting")) is recorded


@pytest.mark.parametrize("text, place", [
    # a place after a topic noun is what they talked about
    ("Токаев и Макрон обсудили в Париже ситуацию в Центральной Азии.", "paris"),
    ("Путин и Эрдоган обсудили ситуацию в Сирии.", None),
    ("Токаев и Путин обсудили обстановку в регионе и положение в Афганистане.", None),
    ("Путин и Эрдоган обсудили ситуацию на Украине.", None),
    # not after other nouns
    ("Токаев провёл переговоры с Путиным в Москве.", "moscow"),
])
def test_a_place_talked_about_is_not_where_the_talks_were(text, place):
    meeting = of_type(text, "meeting")[0]
    assert (meeting.place.id if meeting.place else None) == place


@pytest.mark.parametrize("text, place", [
    ("В августе Путин и Трамп встретились на Аляске.", "Аляска"),
    # talks at a summit are where it is held
    ("Токаев и Путин встретились на саммите ОДКБ в Минске.", "Минск"),
])
def test_where_talks_were(text, place):
    meeting = of_type(text, "meeting")[0]
    assert meeting.place is not None and meeting.place.name == place


@pytest.mark.parametrize("text, place", [
    ("Путин побывал в Пекине в мае.", "beijing"),
    ("Эрдоган посетил в Москве выставку вооружений.", "moscow"),
    # a visit to a country for a gathering its guest attends is in the gathering's city
    ("Ильхам Алиев последний раз посещал Казахстан в июле 2024 года, когда принимал участие в саммите ШОС в "
     "Астане.", "astana"),
])
def test_a_visit_where_it_happens(text, place):
    found = of_type(text, "visit")
    assert found and found[0].place is not None and found[0].place.id == place


@pytest.mark.parametrize("text, published, place", [
    # a report from a city of the visited country is from that city
    ("ТАШКЕНТ, 14 марта. Президент Казахстана Касым-Жомарт Токаев, находящийся с государственным визитом в "
     "Узбекистане, провел переговоры с Шавкатом Мирзиёевым. 13 марта Токаев был в Самарканде.",
     date(2025, 3, 14), "Ташкент"),
    # not from a city of another country
    ("МОСКВА, 14 марта. Президент Казахстана Касым-Жомарт Токаев находится с государственным визитом в "
     "Узбекистане.", date(2025, 3, 14), "Узбекистан"),
])
def test_a_visit_reported_from_a_city_of_its_country_is_there(text, published, place):
    visit = of_type(text, "visit", published=published)[0]
    assert visit.place.name == place


@pytest.mark.parametrize("text, lang, place", [
    # a later sentence about other people names no city of the visit
    ("Барак Обама находится с визитом в ЮАР. Он посетит остров Роббенэйланд. В начале июня Нельсон Мандела "
     "попал в больницу в Претории.", "ru", "ZA"),
    ("Тоқаев пен Ердоған Түркия Президентінің Қазақстанға алдағы сапарын талқылады. Кешке Қасым-Жомарт Тоқаев "
     "Астанаға оралды.", "kk", "KZ"),
    # one that tells the visit's own news does
    ("Владимир Путин прибыл с государственным визитом в Казахстан. В Астану прилетела почти половина "
     "российского правительства.", "ru", "astana"),
    ("Шавкат Мирзиёев Қазақстанға мемлекеттік сапармен келді. Астанада екі ел басшылары келіссөз жүргізді.",
     "kk", "astana"),
])
def test_a_later_sentence_names_the_visits_city_only_when_it_tells_of_the_visit(text, lang, place):
    visit = next(e for e in events(text, lang=lang) if e.type == "visit")
    assert visit.place is not None and visit.place.id == place


@pytest.mark.parametrize("text, guests, place", [
    ("На празднование Дня независимости прибыли почётные гости: президент Франции Эммануэль Макрон, "
     "канцлер Германии Олаф Шольц и президент Казахстана Касым-Жомарт Токаев.", {"macron", "scholz", "tokayev"},
     None),
    ("В Вильнюс прибыли гости: президент Франции Эммануэль Макрон, канцлер Германии Олаф Шольц.",
     {"macron", "scholz"}, "vilnius"),
    ("На похороны приехали Эммануэль Макрон и Олаф Шольц.", {"macron", "scholz"}, None),
])
def test_a_list_of_arriving_guests_is_one_visit_of_them_all(text, guests, place):
    found = of_type(text, "visit", published=date(2023, 2, 16))
    assert len(found) == 1
    assert found[0].ids_with_role("guest") == guests
    assert (found[0].place.id if found[0].place else None) == place


def test_guests_without_a_destination_or_an_occasion_are_no_visit():
    assert not of_type("Прибыли гости: Эммануэль Макрон, Олаф Шольц.", "visit")


@pytest.mark.parametrize("text, lang", [
    ("Токаев провёл переговоры с Алиевым в Акорде. Затем лидеры встретились в узком составе. Напомним, в "
     "апреле Токаев посетил Баку с государственным визитом.", "ru"),
    ("Ақордада Тоқаев пен Ильхам Әлиевтің келіссөздері өтті. Алдымен мемлекет басшылары шағын құрамда кездесті. "
     "Еске сала кетейік, Тоқаев биылғы сәуірде Бакуге мемлекеттік сапармен барған болатын.", "kk"),
])
def test_talks_are_no_part_of_a_visit_recalled_after_them(text, lang):
    found = events(text, published=date(2025, 11, 12), lang=lang)
    meetings = [e for e in found if e.type == "meeting"]
    assert meetings and all(e.part_of is None and e.start != "2025-04" for e in meetings)


@pytest.mark.parametrize("text, lang", [
    ("Токаев провёл переговоры с Си Цзиньпином в Пекине. По итогам переговоров лидеры подписали совместное "
     "заявление. Си Цзиньпин посетит Казахстан в следующем году.", "ru"),
    ("Тоқаев Пекинде Си Цзиньпинмен келіссөз жүргізді. Келіссөздер қорытындысы бойынша мемлекет басшылары "
     "Бірлескен мәлімдемеге қол қойды. Си Цзиньпин келесі жылы Қазақстанға сапармен келеді.", "kk"),
])
def test_talks_held_are_no_part_of_a_visit_to_come(text, lang):
    found = events(text, published=date(2025, 10, 7), lang=lang)
    held = [e for e in found if e.type in ("meeting", "signing")]
    assert held and all(e.status == "held" and e.part_of is None for e in held)
    assert all(e.start == "2025-10-07" for e in held)


@pytest.mark.parametrize("text, trip, stop", [
    ("Президент США Барак Обама в рамках визита в ЮАР в воскресенье посетил остров Роббенэйланд.", "ZA",
     "Роббенэйланд"),
    ("Касым-Жомарт Токаев в ходе визита во Францию посетил город Лион.", "FR", "Лион"),
])
def test_a_stop_on_a_trip_is_a_visit_of_its_own_inside_the_trip(text, trip, stop):
    visits = of_type(text, "visit")
    assert len(visits) == 2
    outer = next(v for v in visits if v.place is not None and v.place.id == trip)
    inner = next(v for v in visits if v is not outer)
    assert inner.place is not None and inner.place.name == stop
    assert inner.part_of == outer.id and outer.part_of is None
    assert inner.ids_with_role("guest") == outer.ids_with_role("guest")


def test_arriving_on_a_visit_is_one_visit():
    visits = of_type("Затем Касым-Жомарт Токаев 29-30 ноября приедет с официальным визитом во Францию.", "visit")
    assert len(visits) == 1 and visits[0].place.id == "FR"


@pytest.mark.parametrize("text, person", [
    ("Заседание палаты состоится 13 января, объявил журналистам спикер парламента Иван Сидоров.", "Сидоров"),
])
def test_the_speaker_of_a_chamber_is_no_spokesman(text, person):
    from extract.gazetteer import default_gazetteer
    from extract.mentions import MentionFinder
    from extract.text import analyse

    sentence = analyse(text, "ru")[0]
    persons = MentionFinder(default_gazetteer(), "ru").find(sentence, None).persons
    assert any(person in p.name and not p.speaker_only for p in persons)


@pytest.mark.parametrize("text, person, place", [
    ("Император Японии Нарухито посетил святилища в Японии.", "Нарухито", "JP"),
    ("Король Бельгии Филипп начал поездку 11 марта. За это время посетил музеи в Брюсселе.", "Филипп", "brussels"),
    ("Касым-Жомарт Токаев посетил выставку в Астане.", "Токаев", "astana"),
])
def test_a_leader_visiting_a_site_is_a_visit_at_home_too(text, person, place):
    found = of_type(text, "visit")
    assert found and any(person in p.name for p in found[0].participants)
    assert found[0].place is not None and found[0].place.id == place


@pytest.mark.parametrize("text, lang, place", [
    # a working trip at home is a visit of the leader who makes it
    ("Токаев совершил рабочую поездку в Алматы.", "ru", "almaty"),
    ("Завтра Касым-Жомарт Токаев посетит Туркестан с рабочей поездкой.", "ru", "turkistan"),
    ("Ертең Қасым-Жомарт Тоқаев Түркістанға жұмыс сапарымен барады.", "kk", "turkistan"),
])
def test_a_working_trip_at_home_is_a_visit(text, lang, place):
    visit = of_type(text, "visit", lang=lang)[0]
    assert visit.participant_ids() == {"tokayev"} and visit.kind == "working"
    assert visit.place is not None and visit.place.id == place


def test_the_host_of_a_working_visit_is_not_its_guest():
    visit = of_type("Путин провёл переговоры с Токаевым, находящимся в России с рабочим визитом.", "visit")[0]
    assert visit.ids_with_role("guest") == {"tokayev"}


@pytest.mark.parametrize("text", [
    "Владимир Путин вернулся в Москву.",
    "Касым-Жомарт Токаев прибыл в Астану.",
    "Путин посетил Москву.",
])
def test_coming_home_is_no_visit(text):
    assert not of_type(text, "visit")


def test_an_office_given_once_makes_an_official_in_every_sentence():
    text = ("Министр иностранных дел Израиля Ципи Ливни прибыла в Каир. "
            "Ципи Ливни ведёт переговоры с администрацией Палестинской автономии.")
    found = of_type(text, "meeting")
    assert found and any("Ливни" in p.name for p in found[0].participants)


@pytest.mark.parametrize("text, person, office", [
    ("«Нам нужен мир», — цитирует агентство белорусского лидера. Он сообщил, что во время встречи с "
     "президентом России Владимиром Путиным в Сочи они договорились о поставках.", "putin", "BY"),
    ("Президент Украины выступил в Киеве. Он встретился с канцлером Германии Олафом Шольцем.", "scholz", "UA"),
])
def test_he_after_an_unresolved_office_is_that_office(text, person, office):
    found = events(text, published=None)
    meetings = [e for e in found if e.type == "meeting"]
    assert meetings and person in meetings[0].participant_ids()
    assert [o.country_id for o in meetings[0].offices] == [office]


def test_he_after_a_named_leader_stays_that_leader():
    text = "Президент Украины встретился с послами. Касым-Жомарт Токаев выступил в Астане. Он встретился с Путиным."
    meetings = [e for e in events(text) if e.type == "meeting" and "putin" in e.participant_ids()]
    assert meetings and "tokayev" in meetings[0].participant_ids() and not meetings[0].offices


@pytest.mark.parametrize("text, people", [
    ("Президент Казахстана Касым-Жомарт Токаев прибыл в Душанбе. Глава государства провёл телефонный разговор "
     "с президентом Узбекистана Шавкатом Мирзиёевым.", {"tokayev", "mirziyoyev"}),
    ("Касым-Жомарт Токаев вернулся из Баку. Накануне Президент провёл телефонный разговор с Президентом "
     "Узбекистана Шавкатом Мирзиёевым.", {"tokayev", "mirziyoyev"}),
    ("Александр Лукашенко прибыл в Казань. Президент встретился с Рустамом Миннихановым.", {"lukashenko"}),
])
def test_a_bare_head_title_is_the_head_the_text_is_about(text, people):
    calls = [e for e in events(text) if e.type in ("phone_call", "meeting")]
    assert calls and people <= calls[0].participant_ids()


@pytest.mark.parametrize("text", [
    # the text is about a head of government: "Президент" is not he
    "Премьер-министр России Михаил Мишустин прибыл в Минск. Президент встретился с Шавкатом Мирзиёевым.",
    # a president of something else, or with nobody the text is about
    "Президент компании встретился с Шавкатом Мирзиёевым.",
    "Президент провёл телефонный разговор с Шавкатом Мирзиёевым.",
])
def test_a_bare_head_title_names_nobody_else(text):
    talks = [e for e in events(text) if e.type in ("meeting", "phone_call")]
    assert all("mishustin" not in e.participant_ids() and len(e.participant_ids()) < 2 for e in talks)


@pytest.mark.parametrize("text, host, guest, place", [
    ("Касым-Жомарт Токаев принял в Акорде премьер-министра Индии Нарендру Моди.", "tokayev", "modi", "astana"),
    ("Путин принял в Кремле Токаева.", "putin", "tokayev", "moscow"),
    ("Токаев принял Мирзиёева.", "tokayev", "mirziyoyev", None),
    ("Завтра Путин примет в Кремле президента Казахстана.", "putin", "tokayev", "moscow"),
])
def test_receiving_a_guest_is_a_meeting(text, host, guest, place):
    found = of_type(text, "meeting", published=date(2025, 11, 12))
    assert found and {host, guest} <= found[0].participant_ids()
    assert (found[0].place.id if found[0].place else None) == place


@pytest.mark.parametrize("text", [
    "Токаев принял участие в церемонии.",
    "Парламент принял закон о бюджете.",
    "Писатель отказался принять от президента России Владимира Путина орден.",
    "Президент принял у послов верительные грамоты.",
])
def test_receiving_a_thing_is_no_meeting(text):
    assert not of_type(text, "meeting")


@pytest.mark.parametrize("text, etype", [
    ("Мирзиёев принял приглашение Токаева посетить Астану.", "visit"),
    ("Путин принял решение провести саммит в Москве.", "summit"),
    ("Лидеры решили встретиться в Астане в декабре.", "meeting"),
])
def test_an_invitation_or_a_decision_is_not_a_held_event(text, etype):
    assert all(e.status != "held" for e in of_type(text, etype))


def test_a_surname_in_the_nominative_is_the_subject_whatever_its_tag():
    found = of_type("По приглашению Токаева Мирзиёев прибыл в Астану.", "visit")
    assert found and "mirziyoyev" in found[0].ids_with_role("guest")


@pytest.mark.parametrize("text, place", [
    ("Токаев прибыл в Баку для участия в саммите СНГ.", "baku"),
    ("Токаев прибыл в Душанбе, где примет участие в саммите ОДКБ.", "dushanbe"),
])
def test_a_gathering_a_visit_goes_to_is_held_where_it_goes(text, place):
    found = of_type(text, "summit")
    assert found and found[0].place is not None and found[0].place.id == place


@pytest.mark.parametrize("text", [
    "Мирзиёев прибыл в Астану с визитом. Президенты подписали Договор о союзнических отношениях.",
    "Мирзиёев прибыл в Астану с визитом. Затем президенты подписали Договор о союзнических отношениях.",
])
def test_plural_heads_opening_a_sentence_are_the_visits_sides(text):
    found = of_type(text, "signing")
    assert found and {"mirziyoyev", "tokayev"} <= found[0].participant_ids()


@pytest.mark.parametrize("text, etype, people", [
    ("Қасым-Жомарт Тоқаев Мәскеуге келді. Ол Шавкат Мирзиёевпен телефон арқылы сөйлесті.", "phone_call",
     {"tokayev", "mirziyoyev"}),
    ("Қасым-Жомарт Тоқаев Мәскеуге келді. Президент Ақордада Шавкат Мирзиёевпен кездесті.", "meeting",
     {"tokayev", "mirziyoyev"}),
])
def test_kazakh_he_and_the_bare_president_are_the_subject(text, etype, people):
    found = of_type(text, etype, published=date(2025, 11, 12), lang="kk")
    assert found and people <= found[0].participant_ids()


def test_kazakh_bare_president_before_a_name_is_that_names_title():
    # "Президент Шавкат Мирзиёевпен": the title of Mirziyoyev, not a second side
    found = of_type("Президент Шавкат Мирзиёевпен кездесті.", "meeting", published=date(2025, 11, 12), lang="kk")
    assert not found or "tokayev" not in found[0].participant_ids()


@pytest.mark.parametrize("text, people", [
    ("Лидеры России, Германии, Франции и Украины провели встречу в Париже.",
     {"putin", "merz", "macron", "zelensky"}),
    ("Лидер Германии встретился с президентом Франции в Берлине.", {"merz", "macron"}),
    ("Президент Германии встретился с президентом Франции в Берлине.", {"steinmeier", "macron"}),
])
def test_the_leader_of_a_parliamentary_state_is_its_head_of_government(text, people):
    found = of_type(text, "meeting", published=date(2025, 11, 12))
    assert found and found[0].participant_ids() == people


@pytest.mark.parametrize("text, lang, etype", [
    ("Токаев примет участие в казахстанско-французском бизнес-форуме в Париже.", "ru", "forum"),
    ("Токаев провёл онлайн-встречу с Путиным.", "ru", "meeting"),
    ("Президент Қазақстан-Франция бизнес-форумына Парижде қатысады.", "kk", "forum"),
])
def test_an_event_noun_heading_a_compound_keeps_its_type(text, lang, etype):
    assert of_type(text, etype, published=date(2025, 11, 12), lang=lang)


def test_a_press_conference_is_no_gathering():
    text = "Токаев выступил на пресс-конференции в Астане."
    assert not [e for e in events(text) if e.type in ("forum", "summit")]


@pytest.mark.parametrize("text, lang", [
    ("Токаев прибыл в Париж. Завтра Президент примет участие в казахстанско-французском бизнес-форуме.", "ru"),
    ("Қасым-Жомарт Тоқаев Парижге келді. Ертең Президент Қазақстан-Франция бизнес-форумына қатысады.", "kk"),
])
def test_a_gathering_on_a_visit_is_held_where_the_visit_is_and_does_not_date_it(text, lang):
    found = events(text, published=date(2025, 11, 12), lang=lang)
    forum = next(e for e in found if e.type == "forum")
    visit = next(e for e in found if e.type == "visit")
    assert forum.place is not None and forum.place.id == "paris"
    assert forum.start == "2025-11-13" and visit.start == "2025-11-12" and visit.status == "held"


@pytest.mark.parametrize("text, lang", [
    ("Токаев прибыл в Париж. Завтра Президент примет участие в казахстанско-французском бизнес-форуме, который "
     "пройдёт в режиме видеоконференции.", "ru"),
])
def test_a_gathering_on_a_visit_held_by_video_is_held_nowhere(text, lang):
    forum = next(e for e in events(text, published=date(2025, 11, 12), lang=lang) if e.type == "forum")
    assert forum.place is None


@pytest.mark.parametrize("text, lang", [
    ("Шавкат Мирзиёев прибыл в Астану с государственным визитом. Церемония встречи прошла в Акорде. Президенты "
     "провели переговоры в узком составе. Стороны обсудили торговлю. Токаев отметил рост товарооборота. Мирзиёев "
     "поблагодарил за приём. Затем переговоры продолжились в расширенном составе. Лидеры обсудили энергетику. "
     "Также Токаев и Мирзиёев провели заседание Высшего межгосударственного совета.", "ru"),
    ("Шавкат Мирзиёев Астанаға мемлекеттік сапармен келді. Ақордада ресми қарсы алу рәсімі өтті. Президенттер "
     "шағын құрамда келіссөздер жүргізді. Тараптар сауданы талқылады. Тоқаев тауар айналымының өсуін атап өтті. "
     "Мирзиёев қабылдау үшін алғыс айтты. Кейін келіссөздер кеңейтілген құрамда жалғасты. Лидерлер энергетиканы "
     "талқылады. Сондай-ақ Қасым-Жомарт Тоқаев пен Шавкат Мирзиёев Жоғары мемлекетаралық кеңестің отырысына "
     "төрағалық етті.", "kk"),
])
def test_a_long_report_of_a_visit_goes_on_as_long_as_its_parts_do(text, lang):
    """The council the two leaders chair, told eight sentences after the arrival but right after the visit's
    talks, is a part of the visit: held in its city on its day (a council of two states is their talks, told
    with the day's others as one meeting)."""
    found = events(text, published=date(2025, 12, 9), lang=lang)
    council = next(e for e in found if e.type == "meeting" and any("совет" in v.text or "кеңес" in v.text
                                                                     for v in e.evidence))
    assert council.part_of is not None
    assert (council.start, council.place and council.place.id) == ("2025-12-09", "astana")


def test_a_meeting_and_a_call_in_one_sentence_are_both_recorded():
    found = events("Токаев встретился с Путиным в Москве и поговорил по телефону с Мирзиёевым.")
    assert {e.type for e in found} == {"meeting", "phone_call"}
    meeting = next(e for e in found if e.type == "meeting")
    assert meeting.participant_ids() == {"tokayev", "putin"}


SUMMIT_ARTICLE = (
    "Саммит СНГ в Душанбе: итоги\n\n"
    "ДУШАНБЕ, 10 октября. В Душанбе завершился саммит Содружества Независимых Государств. "
    "В заседании Совета глав государств СНГ приняли участие Владимир Путин, Касым-Жомарт Токаев, "
    "Шавкат Мирзиёев и Александр Лукашенко.\n\n"
    "На полях саммита Путин провёл двусторонние встречи с Токаевым и Лукашенко.\n\n"
    "По итогам саммита лидеры подписали Душанбинскую декларацию.\n\n"
    "Накануне, 9 октября, Эмомали Рахмон дал приём в честь участников саммита.\n\n"
    "Следующий саммит СНГ пройдёт в Ашхабаде в будущем году."
)


def test_a_summit_told_in_headline_lead_and_sitting_is_one_event():
    found = events(SUMMIT_ARTICLE, published=date(2025, 10, 10))
    held = [e for e in found if e.type == "summit" and e.status == "held"]
    assert len(held) == 1
    summit = held[0]
    assert summit.place is not None and summit.place.id == "dushanbe"
    assert summit.start == "2025-10-10"  # the reception in the summit's honour the day before does not date it
    assert {"putin", "tokayev", "mirziyoyev", "lukashenko"} <= summit.participant_ids()
    planned = [e for e in found if e.type == "summit" and e.status == "planned"]
    assert len(planned) == 1 and planned[0].place is not None and planned[0].place.id == "ashgabat"


def test_talks_on_the_margins_are_of_the_summits_day_and_place():
    talks = [e for e in events(SUMMIT_ARTICLE, published=date(2025, 10, 10)) if e.type == "meeting"]
    assert {frozenset(e.participant_ids()) for e in talks} == {
        frozenset({"putin", "tokayev"}), frozenset({"putin", "lukashenko"})}
    assert all(e.start == "2025-10-10" and e.place is not None and e.place.id == "dushanbe" for e in talks)


@pytest.mark.parametrize("text, lang", [
    ("Саммит Организации тюркских государств прошёл в Габале 7 октября. В саммите приняли участие Касым-Жомарт "
     "Токаев, Ильхам Алиев и Реджеп Тайип Эрдоган. Лидеры обсудили торговлю. Также состоялась двусторонняя "
     "встреча Токаева и Эрдогана. Кроме того, Ильхам Алиев и Реджеп Тайип Эрдоган провели двустороннюю встречу.",
     "ru"),
    ("Түркі мемлекеттері ұйымының саммиті 7 қазанда Габалада өтті. Саммитке Қасым-Жомарт Тоқаев, Ильхам Әлиев "
     "және Реджеп Тайып Ердоған қатысты. Лидерлер сауданы талқылады. Сондай-ақ Қасым-Жомарт Тоқаев пен Реджеп "
     "Тайып Ердоғанның екіжақты кездесуі өтті. Бұған қоса Ильхам Әлиев пен Реджеп Тайып Ердоған да екіжақты "
     "кездесу өткізді.", "kk"),
])
def test_talks_of_its_leaders_told_after_a_summit_are_on_its_margins(text, lang):
    """No cue names the margins, yet two of the summit's leaders meeting in its report met where it was held and
    on its day; "Лидеры обсудили" is the summit told again, not a meeting of the last two named."""
    talks = [e for e in events(text, published=date(2025, 10, 9), lang=lang) if e.type == "meeting"]
    assert sorted(sorted(e.participant_ids()) for e in talks) == [["erdogan", "ilham-aliyev"], ["erdogan", "tokayev"]]
    assert all((e.start, e.place and e.place.id) == ("2025-10-07", "gabala") for e in talks)


def test_talks_told_as_earlier_than_the_summit_take_nothing_of_it():
    text = ("Саммит Организации тюркских государств прошёл в Габале 7 октября. В саммите приняли участие "
            "Касым-Жомарт Токаев и Реджеп Тайип Эрдоган. Ранее Токаев и Эрдоган провели переговоры.")
    talks = next(e for e in events(text, published=date(2025, 10, 9)) if e.type == "meeting")
    assert talks.place is None and talks.start is None


def test_the_leaders_signing_after_a_summit_are_the_summits():
    signing = of_type(SUMMIT_ARTICLE, "signing", published=date(2025, 10, 10))
    assert signing and {"putin", "tokayev", "mirziyoyev", "lukashenko"} <= signing[0].participant_ids()


@pytest.mark.parametrize("text, summit", [
    ("Путин принял участие в заседании Совета глав государств СНГ в Душанбе.", True),
    ("Токаев принял участие в заседании Совета глав правительств в Минске.", True),
    ("Министр подал в отставку после совещания с главой государства в Москве.", False),
    # a council of a bloc that sits at the level of its heads
    ("Путин принял участие в заседании Совета коллективной безопасности ОДКБ в Бишкеке.", True),
    ("Токаев принял участие в заседании Высшего Евразийского экономического совета в Минске.", True),
    # ... but the council of two states' leaders is their talks (`test_a_council_of_two_states_is_their_talks`)
    ("Токаев и Мирзиёев провели заседание Высшего государственного совета в Ташкенте.", False),
    # ... not a council of its ministers, nor a national or the UN's
    ("Лавров принял участие в заседании Совета министров иностранных дел СНГ в Москве.", False),
    ("Путин провел заседание Совета безопасности России.", False),
    ("Небензя выступил на заседании Совета Безопасности ООН в Нью-Йорке.", False),
])
def test_a_sitting_of_a_council_of_heads_is_a_summit(text, summit):
    assert bool(of_type(text, "summit")) is summit


@pytest.mark.parametrize("text, one", [
    # an abbreviation and the words it stands for name one summit
    ("Саммит ШОС прошёл в Астане 4 июля. В саммите Шанхайской организации сотрудничества приняли участие "
     "Путин и Токаев.", True),
    # two forums of different names are two
    ("Форум регионов прошёл в Астане 4 июля. В форуме молодёжи приняли участие Путин и Токаев.", False),
])
def test_gatherings_fold_when_their_names_agree(text, one):
    found = [e for e in events(text) if e.type in ("summit", "forum")]
    assert (len(found) == 1) is one
    if one:
        assert found[0].place.id == "astana" and {"putin", "tokayev"} <= found[0].participant_ids()


@pytest.mark.parametrize("text", [
    "Путин не встречался с Трампом.",
    "Путин и Трамп не будут встречаться в Будапеште.",
    "Песков заявил, что встреча Путина и Зеленского не планируется.",
    "Визит Путина в Казахстан не был запланирован.",
    "Тоқаев Путинмен кездеспеді.",
])
def test_a_denied_event_is_no_event(text):
    lang = "kk" if "ә" in text or "қ" in text else "ru"
    assert not [e for e in events(text, lang=lang) if e.status in ("held", "planned")]


def test_an_event_that_did_not_take_place_is_cancelled():
    found = of_type("Встреча Путина и Трампа в Будапеште не состоялась.", "meeting")
    assert found and found[0].status == "cancelled"


@pytest.mark.parametrize("text, status", [
    ("Путин не только встретился с Трампом, но и провёл переговоры с Моди.", "held"),
    ("Путин, не дожидаясь окончания саммита, встретился с Трампом.", "held"),
    ("Песков не исключил встречи Путина и Трампа в декабре.", "planned"),
    ("Встреча Путина и Трампа прошла в Париже, журналистов на неё не пустили.", "held"),
])
def test_a_not_that_negates_something_else_keeps_the_event(text, status):
    found = of_type(text, "meeting")
    assert found and found[0].status == status and {"putin", "trump"} <= found[0].participant_ids()


@pytest.mark.parametrize("text, lang", [
    ("Токаев прибыл в Москву с государственным визитом. В Кремле прошли переговоры в узком составе.", "ru"),
    ("Қасым-Жомарт Тоқаев Мәскеуге мемлекеттік сапармен келді. Кремльде шағын құрамда келіссөздер өтті.", "kk"),
])
def test_talks_with_nobody_named_right_after_a_visit_are_the_visits(text, lang):
    found = of_type(text, "meeting", published=date(2025, 11, 12), lang=lang)
    assert found and found[0].participant_ids() == {"tokayev", "putin"}


def test_talks_elsewhere_with_nobody_named_are_not_the_visits():
    text = "Токаев прибыл в Москву с государственным визитом. Переговоры по Украине в Женеве зашли в тупик."
    assert not of_type(text, "meeting", published=date(2025, 11, 12))


@pytest.mark.parametrize("text, people", [
    ("Состоялся телефонный разговор Касым-Жомарта Токаева с Президентом Азербайджана Ильхамом Алиевым.",
     {"tokayev", "ilham-aliyev"}),
    ("Касым-Жомарт Токаев принял Председателя Сената Парламента Маулена Ашимбаева.", {"tokayev", "ashimbayev"}),
    ("Путин встретился с Гурбангулы Бердымухамедовым в Ашхабаде.", {"putin", "gurbanguly-berdimuhamedov"}),
])
def test_official_news_headlines_name_both_sides(text, people):
    found = [e for e in events(text, published=date(2025, 11, 12)) if e.type in ("meeting", "phone_call")]
    assert found and found[0].participant_ids() == people


@pytest.mark.parametrize("text", [
    "Помощник президента Юрий Ушаков сообщил, что Путин встретится с Трампом в Будапеште.",
    "Ушаков сообщил, что Путин встретится с Трампом в Будапеште.",
])
def test_an_aide_speaks_of_the_event_and_takes_no_part(text):
    found = of_type(text, "meeting", published=date(2025, 11, 12))
    assert found and found[0].participant_ids() == {"putin", "trump"}


@pytest.mark.parametrize("text, place", [
    ("Путин и Токаев провели неформальную беседу в резиденции Ново-Огарёво.", "moscow"),
    ("Путин и Токаев провели переговоры в подмосковной резиденции Ново-Огарево.", "moscow"),
    ("Путин встретился с Токаевым в городе Сочи.", "sochi"),
    ("Путин встретился с Токаевым в столице Казахстана.", "astana"),
])
def test_a_place_named_after_a_place_noun_is_where_it_happens(text, place):
    found = of_type(text, "meeting")
    assert found and found[0].place is not None and found[0].place.id == place


def test_a_headline_and_a_body_signing_one_declaration_are_one_event():
    text = ("Токаев и Путин подписали декларацию о всеобъемлющем стратегическом партнёрстве\n\n"
            "По итогам переговоров Токаев и Путин подписали Декларацию о переходе к отношениям всеобъемлющего "
            "стратегического партнёрства и союзничества.")
    assert len(of_type(text, "signing")) == 1


@pytest.mark.parametrize("text, lang", [
    ("Токаев и Путин провели переговоры в Кремле. Завтра Токаев встретится со студентами МГУ.", "ru"),
    ("Тоқаев пен Путин Кремльде келіссөз жүргізді. Ертең Мемлекет басшысы Мәскеу мемлекеттік университетінің "
     "студенттерімен кездеседі.", "kk"),
])
def test_talks_held_and_a_meeting_to_come_in_one_article_are_two(text, lang):
    found = of_type(text, "meeting", published=date(2025, 11, 12), lang=lang)
    talks = [e for e in found if e.participant_ids() == {"tokayev", "putin"}]
    assert len(talks) == 1 and talks[0].status == "held" and talks[0].start == "2025-11-12"


def test_a_part_of_a_visit_belongs_to_the_visit_told_before_it():
    text = ("Токаев прибыл в Москву с государственным визитом. По итогам визита Токаев и Путин подписали "
            "Декларацию о союзничестве. Напомним, в октябре 2024 года Путин посещал Казахстан с визитом.")
    found = events(text, published=date(2025, 11, 12))
    signing = next(e for e in found if e.type == "signing")
    visit = next(e for e in found if e.type == "visit" and e.place.id == "moscow")
    assert signing.part_of == visit.id and signing.start == "2025-11-12"


@pytest.mark.parametrize("text, lang", [
    ("Токаев неоднократно встречался с Путиным.", "ru"),
    ("Токаев и Путин регулярно проводят телефонные разговоры.", "ru"),
    ("Токаев выразил надежду на скорую встречу с Путиным.", "ru"),
    ("Тоқаев Путинмен бірнеше рет кездесті.", "kk"),
    ("Екі ел басшылары жыл сайын кездеседі.", "kk"),
])
def test_a_habit_or_a_hope_is_no_event(text, lang):
    assert not events(text, lang=lang)


@pytest.mark.parametrize("text, status", [
    ("Путин принял приглашение и посетит Казахстан в следующем году.", "planned"),
    ("Токаев встретился с Путиным, который часто бывает в Астане.", "held"),
])
def test_an_invitation_taken_up_or_a_habit_of_someone_else_keeps_the_event(text, status):
    found = [e for e in events(text) if e.type in ("visit", "meeting")]
    assert found and found[0].status == status


@pytest.mark.parametrize("text, lang, acting, absent", [
    ("Вместо Токаева на саммит СНГ прибыл премьер-министр Олжас Бектенов.", "ru", "bektenov", "tokayev"),
    ("От имени Президента Казахстана Токаева в саммите принял участие премьер-министр Олжас Бектенов.", "ru",
     "bektenov", "tokayev"),
    ("Тоқаевтың атынан саммитке Премьер-министр Олжас Бектенов қатысты.", "kk", "bektenov", "tokayev"),
])
def test_the_leader_someone_acts_for_takes_no_part(text, lang, acting, absent):
    found = of_type(text, "summit", lang=lang)
    assert found and acting in found[0].participant_ids() and absent not in found[0].participant_ids()


@pytest.mark.parametrize("text, lang", [
    ("\"Мы с Владимиром Владимировичем провели обстоятельные переговоры\", – сказал Токаев.", "ru"),
    ("Касым-Жомарт Кемелевич встретился с Владимиром Путиным.", "ru"),
])
def test_a_given_name_and_patronymic_name_the_leader(text, lang):
    found = of_type(text, "meeting", lang=lang)
    assert found and found[0].participant_ids() == {"tokayev", "putin"}


@pytest.mark.parametrize("text, name, office, country", [
    ("Президент Эквадора Рафаэль Корреа посетил Москву.", "Рафаэль Корреа", "президент Эквадора", "EC"),
    ("Король Иордании Абдалла II прибыл в Москву.", "Абдалла II", "король Иордании", "JO"),
])
def test_a_person_outside_the_registry_keeps_the_office_the_text_gives(text, name, office, country):
    people = [e for e in extract_article(text, published=PUB, lang="ru").entities if e.name == name]
    assert people and people[0].source == "ner" and people[0].office == office and people[0].country_id == country


@pytest.mark.parametrize("text, lang", [
    ("Мемлекет басшысы Әзербайжан Президенті Ильхам Әлиевпен телефон арқылы сөйлесті. Әңгімелесу барысында "
     "тараптар екіжақты ынтымақтастықты талқылады.", "kk"),
    ("Токаев провёл телефонный разговор с Ильхамом Алиевым. В ходе беседы стороны обсудили сотрудничество.", "ru"),
    # "в ходе беседы" two sentences on still tells the call
    ("Токаев провёл телефонный разговор с Ильхамом Алиевым. Президент Казахстана поздравил коллегу с днём "
     "рождения. В ходе беседы Токаев и Алиев обсудили сотрудничество.", "ru"),
    ("Тоқаев Ильхам Әлиевпен телефон арқылы сөйлесті. Президент әріптесін туған күнімен құттықтады. "
     "Әңгімелесу барысында Тоқаев пен Әлиев ынтымақтастықты талқылады.", "kk"),
    # the date and place of the summit they discussed are the summit's, not the call's
    ("Тоқаев Ильхам Әлиевпен телефон арқылы сөйлесті. Әңгімелесу барысында Тоқаев пен Әлиев қарашада "
     "Мәскеуде өтетін саммитке дайындықты талқылады.", "kk"),
])
def test_the_talk_during_a_call_told_after_it_is_the_call(text, lang):
    found = [e for e in events(text, published=date(2025, 11, 12), lang=lang) if e.type != "summit"]
    assert [e.type for e in found] == ["phone_call"]
    assert found[0].participant_ids() == {"tokayev", "ilham-aliyev"}


@pytest.mark.parametrize("text, types", [
    # a headline's "обсудили" over the report of their call is the call
    ("Путин и Токаев обсудили ситуацию на энергетических рынках. Президент России Владимир Путин провёл "
     "телефонный разговор с Президентом Казахстана Касымом-Жомартом Токаевым.", ["phone_call"]),
    # a discussion on another day is not
    ("Путин провёл телефонный разговор с Токаевым. 5 мая Путин и Токаев обсудили ситуацию на рынках в Москве.",
     ["meeting", "phone_call"]),
])
def test_a_discussion_between_the_sides_of_a_call_is_the_call(text, types):
    assert sorted(e.type for e in events(text, published=date(2025, 11, 12))) == types


@pytest.mark.parametrize("text, meetings", [
    # "ряд встреч" is many meetings, each told on its own
    ("Токаев провёл ряд двусторонних встреч. Токаев встретился с Моди.", [{"tokayev", "modi"}]),
    ("Путин провёл серию переговоров в Астане.", []),
    # "Стороны" after talks just told are their sides, not the sides of the visit around them
    ("Токаев прибыл в Китай с визитом и встретился с Си Цзиньпином. Затем Президент Казахстана встретился с "
     "Премьер-министром Индии Нарендрой Моди. Стороны обсудили торговлю.",
     [{"tokayev", "xi-jinping"}, {"tokayev", "modi"}]),
])
def test_a_series_is_no_meeting_and_the_sides_are_those_just_told(text, meetings):
    found = [e.participant_ids() for e in of_type(text, "meeting", published=date(2025, 8, 31))]
    assert sorted(map(sorted, found)) == sorted(map(sorted, meetings))


@pytest.mark.parametrize("text, people", [
    # the source of a report is no side of talks whose sides are named
    ("По словам политолога Ивана Петрова, Путин и Токаев провели переговоры в Москве.", {"putin", "tokayev"}),
    ("Как сообщил Иван Петров, Путин и Токаев провели переговоры в Москве.", {"putin", "tokayev"}),
    ("Путин и Токаев провели переговоры в Москве, сообщил журналистам Иван Петров.", {"putin", "tokayev"}),
    # ... but a leader telling of talks with one side named told of his own
    ("По словам Путина, переговоры с Токаевым прошли успешно.", {"putin", "tokayev"}),
])
def test_the_source_of_a_report_is_a_side_only_of_his_own_talks(text, people):
    meeting = of_type(text, "meeting", published=date(2025, 11, 12))[0]
    assert meeting.participant_ids() == people


def test_an_aide_telling_of_talks_is_no_side():
    assert not of_type("По словам Пескова, переговоры с Токаевым прошли успешно.", "meeting",
                       published=date(2025, 11, 12))


def test_a_text_opening_with_the_bare_title_names_its_head_a_little_later():
    text = ("Глава государства провёл телефонный разговор с Президентом Азербайджана Ильхамом Алиевым. В ходе "
            "беседы стороны обсудили сотрудничество. Касым-Жомарт Токаев также поздравил Ильхама Алиева с днём "
            "рождения.")
    calls = of_type(text, "phone_call", published=date(2025, 11, 12))
    assert calls and calls[0].participant_ids() == {"tokayev", "ilham-aliyev"}


def test_the_other_sides_leader_named_later_is_not_the_bare_title():
    text = ("Глава государства провёл телефонный разговор с Президентом Азербайджана Ильхамом Алиевым. Ильхам Алиев "
            "поблагодарил за поздравления.")
    assert not of_type(text, "phone_call", published=date(2025, 11, 12))


@pytest.mark.parametrize("text, lang", [
    ("Саммит СНГ прошёл в Душанбе. В заседании приняли участие Путин, Токаев и Лукашенко.", "ru"),
    ("Душанбеде ТМД саммиті өтті. Отырысқа Қасым-Жомарт Тоқаев, Владимир Путин және Александр Лукашенко "
     "қатысты.", "kk"),
    # the summit named by a pronoun or a word for any gathering
    ("Саммит СНГ прошёл в Душанбе. В нём приняли участие Путин, Токаев и Лукашенко.", "ru"),
    ("Саммит СНГ прошёл в Душанбе. Участие в нём приняли Путин, Токаев и Лукашенко.", "ru"),
    ("Душанбеде ТМД саммиті өтті. Оған Қасым-Жомарт Тоқаев, Владимир Путин және Александр Лукашенко "
     "қатысты.", "kk"),
    ("Душанбеде ТМД саммиті өтті. Жиынға Қасым-Жомарт Тоқаев, Владимир Путин және Александр Лукашенко "
     "қатысты.", "kk"),
])
def test_a_sitting_told_after_the_summit_is_the_summits(text, lang):
    found = [e for e in events(text, published=date(2025, 10, 10), lang=lang) if e.type in ("summit", "forum")]
    assert len(found) == 1 and found[0].type == "summit" and found[0].place.id == "dushanbe"
    assert found[0].participant_ids() == {"putin", "tokayev", "lukashenko"}


@pytest.mark.parametrize("text, lang", [
    ("Саммит СНГ прошёл в Душанбе. Заседание Совета безопасности России провёл Путин.", "ru"),
    ("Қауіпсіздік кеңесінің отырысы өтті. Отырысқа Премьер-министр Олжас Бектенов қатысты.", "kk"),
])
def test_a_sitting_of_its_own_is_not_a_summits(text, lang):
    found = events(text, published=date(2025, 10, 10), lang=lang)
    assert not [e for e in found if e.type == "summit" and {"putin", "bektenov"} & e.participant_ids()]


@pytest.mark.parametrize("text, lang, place, moved_from", [
    ("Встреча Токаева и Путина перенесена из Оренбурга в Москву.", "ru", "moscow", "orenburg"),
    ("Тоқаев пен Путиннің кездесуі Мәскеуге ауыстырылды.", "kk", "moscow", None),
])
def test_a_meeting_moved_elsewhere_is_relocated_to_its_new_place(text, lang, place, moved_from):
    found = of_type(text, "meeting", published=date(2025, 11, 12), lang=lang)
    assert found and found[0].status == "relocated" and found[0].place.id == place
    assert (found[0].relocated_from.id if found[0].relocated_from else None) == moved_from


def test_a_meeting_put_off_to_a_month_is_put_off_ahead():
    found = of_type("Токаев перенёс встречу с Путиным на декабрь.", "meeting", published=date(2025, 11, 12))
    assert found and found[0].status == "postponed" and found[0].start == "2025-12"


@pytest.mark.parametrize("text, people", [
    ("В интервью телеканалу Токаев рассказал, что Путин встретился с Трампом на Аляске.", {"putin", "trump"}),
    ("Комментируя встречу Путина и Трампа, Токаев назвал её исторической.", {"putin", "trump"}),
    ("Токаев сообщил, что встретится с Макроном в Париже.", {"tokayev", "macron"}),
    ("Встреча Путина, Токаева и Мирзиёева прошла в Кремле.", {"putin", "tokayev", "mirziyoyev"}),
])
def test_who_tells_of_talks_is_not_their_side(text, people):
    found = of_type(text, "meeting", published=date(2025, 11, 12))
    assert found and found[0].participant_ids() == people


def test_kazakh_bilateral_meetings_are_one_with_each():
    found = of_type("Тоқаев Си Цзиньпинмен, Нарендра Модимен және Масуд Пезешкианмен екіжақты кездесулер өткізді.",
                    "meeting", published=date(2025, 11, 12), lang="kk")
    assert sorted(map(sorted, (e.participant_ids() for e in found))) == sorted(map(sorted, [
        {"tokayev", "xi-jinping"}, {"tokayev", "modi"}, {"tokayev", "pezeshkian"}]))


@pytest.mark.parametrize("text, people, place", [
    ("Тоқаев сұхбатында Путин мен Трамп Аляскада кездесті деп айтты.", {"putin", "trump"}, None),
    ("Тоқаевтың айтуынша, Путин мен Трамп сындарлы келіссөздер жүргізді.", {"putin", "trump"}, None),
    ("Тоқаев пен Путин Мәскеуде кездесті деп хабарлады Ақорда.", {"tokayev", "putin"}, "moscow"),
])
def test_kazakh_who_tells_of_talks_is_not_their_side(text, people, place):
    found = of_type(text, "meeting", published=date(2025, 11, 12), lang="kk")
    assert found and found[0].participant_ids() == people
    assert place is None or found[0].place.id == place


@pytest.mark.parametrize("text, etype, place", [
    ("Токаев вылетел в Москву.", "visit", "moscow"),
    ("Токаев находится в Нью-Йорке, где участвует в Генассамблее ООН.", "forum", "new-york"),
])
def test_departing_for_a_city_and_the_un_general_assembly(text, etype, place):
    found = of_type(text, etype, published=date(2025, 11, 12))
    assert found and found[0].place is not None and found[0].place.id == place


def test_departing_home_is_no_visit():
    assert not of_type("Токаев вылетел из Москвы в Астану.", "visit", published=date(2025, 11, 12))


@pytest.mark.parametrize("text, lang", [
    ("Токаев принял участие в заседании Совета глав государств СНГ в Душанбе. В заседании также приняли участие "
     "Владимир Путин и Эмомали Рахмон. Напомним, предыдущее заседание Совета глав государств СНГ прошло "
     "8 октября 2024 года в Москве.", "ru"),
    ("Қасым-Жомарт Тоқаев Душанбеде өткен ТМД Мемлекет басшылары кеңесінің отырысына қатысты. Отырысқа Владимир "
     "Путин мен Эмомали Рахмон қатысты. Еске сала кетейік, ТМД-ның алдыңғы саммиті 2024 жылғы 8 қазанда Мәскеуде "
     "өткен болатын.", "kk"),
])
def test_the_previous_summit_told_after_takes_nobody_from_this_one(text, lang):
    summits = {e.place.id: e for e in of_type(text, "summit", published=date(2025, 10, 10), lang=lang)}
    assert set(summits) == {"dushanbe", "moscow"}
    assert set(summits["dushanbe"].participant_ids()) == {"tokayev", "putin", "rahmon"}
    assert not summits["moscow"].participant_ids() and summits["moscow"].start == "2024-10-08"


@pytest.mark.parametrize("text, published, sides", [
    # talks of two states "на высшем уровне" are their leaders' on the talks' day
    ("Вчера в Кремле прошли российско-казахстанские переговоры на высшем уровне.", date(2025, 11, 13),
     {"putin", "tokayev"}),
    ("В 2015 году в Москве прошли российско-казахстанские переговоры на высшем уровне.", date(2025, 11, 13),
     {"putin", "nazarbayev"}),
    # a summit of two states is at that level by its name, and is their heads' talks
    ("Первый за четыре года российско-американский саммит прошел 15 августа в Анкоридже.", date(2025, 10, 23),
     {"putin", "trump"}),
    ("Российско-казахстанский саммит состоялся в Москве в 2015 году.", date(2025, 11, 13), {"putin", "nazarbayev"}),
    # not at the highest level, or on no known day: nobody is named
    ("Вчера в Москве прошли российско-казахстанские переговоры.", date(2025, 11, 13), None),
    ("В Москве прошли российско-казахстанские переговоры на высшем уровне.", None, None),
    ("Российско-американский саммит прошел в Анкоридже.", None, None),
])
def test_talks_at_the_highest_level_are_the_leaders(text, published, sides):
    found = of_type(text, "meeting", published=published)
    assert (set(found[0].participant_ids()) if found else None) == sides


@pytest.mark.parametrize("text, etype, start, end", [
    ("Государственный визит Токаева в Россию продлился два дня, 11 и 12 ноября.", "visit", "2025-11-11",
     "2025-11-12"),
    ("Саммит ОДКБ прошел в Минске 27 и 28 ноября.", "summit", "2025-11-27", "2025-11-28"),
    # talks on two days may be two talks: the nearest day only
    ("Путин и Токаев встретились 11 и 12 ноября.", "meeting", "2025-11-11", None),
])
def test_days_listed_in_a_row_are_a_visits_span(text, etype, start, end):
    event = of_type(text, etype, published=date(2025, 12, 1))[0]
    assert (event.start, event.end) == (start, end)


@pytest.mark.parametrize("text, etype, sides", [
    # the standard lead: the event noun names its first side with a title, the other after "с"
    ("Состоялся телефонный разговор Президента Казахстана Касым-Жомарта Токаева с Президентом Франции "
     "Эмманюэлем Макроном.", "phone_call", {"tokayev", "macron"}),
    ("Вчера состоялась встреча Президента Казахстана Касым-Жомарта Токаева с Президентом Франции Эмманюэлем "
     "Макроном.", "meeting", {"tokayev", "macron"}),
    ("Состоялись переговоры Президента Узбекистана Шавката Мирзиёева и Президента Казахстана Касым-Жомарта "
     "Токаева.", "meeting", {"mirziyoyev", "tokayev"}),
    # "очередной" is the next of a series, an event all the same
    ("Путин и Токаев провели очередной телефонный разговор.", "phone_call", {"putin", "tokayev"}),
    # "виделись": they met
    ("В последний раз Путин и Лукашенко виделись в Москве 9 мая.", "meeting", {"putin", "lukashenko"}),
    # a time word opening the sentence is no part of the name after it
    ("Накануне Касым-Жомарт Токаев провел переговоры с Си Цзиньпином.", "meeting", {"tokayev", "xi-jinping"}),
    ("Сегодня Шавкат Мирзиёев прибудет в Астану с официальным визитом.", "visit", {"mirziyoyev", "tokayev"}),
])
def test_a_report_names_its_sides(text, etype, sides):
    found = of_type("Заголовок\n\n" + text, etype, published=date(2025, 3, 18))
    assert found and set(found[0].participant_ids()) == sides


def test_heads_of_companies_met_on_a_visit_are_no_leaders():
    text = ("Касым-Жомарт Токаев прибыл с рабочим визитом в Вашингтон. В первый день визита Глава государства "
            "встретился с руководителями крупных американских компаний.")
    meeting = of_type(text, "meeting", published=date(2025, 11, 5))[0]
    assert set(meeting.participant_ids()) == {"tokayev"}
    assert meeting.part_of is not None and meeting.place.id == "washington"


@pytest.mark.parametrize("text, lang, published, etype, place", [
    ("Токаев принял Мередова\n\nАСТАНА, 24 июля. Касым-Жомарт Токаев принял министра иностранных дел "
     "Туркменистана Рашида Мередова.", "ru", date(2025, 7, 24), "meeting", "astana"),
    # a dateline cut in two, the city and the date each alone
    ("Тоқаев Мередовты қабылдады\n\nАстана. 24 шілде. Қасым-Жомарт Тоқаев Түрікменстан Сыртқы істер министрі "
     "Рашид Мередовты қабылдады.", "kk", date(2025, 7, 24), "meeting", "astana"),
    # the evening before the dateline's day
    ("Тоқаев Путинмен кездесті\n\nДУШАНБЕ. 10 қазан. Кеше кешке Мемлекет басшысы Владимир Путинмен бейресми "
     "кездесу өткізді.", "kk", date(2025, 10, 10), "meeting", "dushanbe"),
    # not a call, nor what is told as background
    ("Токаев и Путин\n\nАСТАНА, 24 июля. Касым-Жомарт Токаев провел телефонный разговор с Владимиром Путиным.",
     "ru", date(2025, 7, 24), "phone_call", None),
    ("Токаев и Путин\n\nАСТАНА, 24 июля. Напомним, Касым-Жомарт Токаев встречался с Владимиром Путиным в мае.",
     "ru", date(2025, 7, 24), "meeting", None),
    # an agency's home dateline over news from a trip abroad: the trip's place
    ("Токаев и Макрон\n\nАстана. 5 ноября. KAZINFORM – Касым-Жомарт Токаев в ходе государственного визита во "
     "Францию провел переговоры с Президентом Франции Эммануэлем Макроном.", "ru", date(2025, 11, 5), "meeting",
     "FR"),
    ("Тоқаев пен Макрон\n\nАстана. 5 қараша. ҚазАқпарат – Қасым-Жомарт Тоқаев Францияға мемлекеттік сапармен "
     "келді. Мемлекет басшысы Франция Президенті Эммануэль Макронмен келіссөздер жүргізді.", "kk",
     date(2025, 11, 5), "meeting", "FR"),
    # ... and a guest's visit to the dateline's country leaves it its place
    ("Токаев и ас-Сиси\n\nАстана. 5 ноября. KAZINFORM – Президент Египта Абдель Фаттах ас-Сиси прибыл в Казахстан "
     "с государственным визитом. Касым-Жомарт Токаев провел переговоры с Абдель Фаттахом ас-Сиси.", "ru",
     date(2025, 11, 5), "meeting", "astana"),
    # talks told right after a signing, with nobody named, are the signatories' and give it its place
    ("Токаев и Путин\n\nАстана. 12 ноября. KAZINFORM – Касым-Жомарт Токаев и Владимир Путин подписали Декларацию о "
     "всеобъемлющем стратегическом партнерстве. Переговоры прошли в Кремле.", "ru", date(2025, 11, 12), "signing",
     "moscow"),
    ("Токаев и Путин\n\nАстана. 12 ноября. KAZINFORM – Касым-Жомарт Токаев и Владимир Путин подписали Декларацию о "
     "всеобъемлющем стратегическом партнерстве. Переговоры прошли в Кремле.", "ru", date(2025, 11, 12), "meeting",
     "moscow"),
    # a trip of another month, recalled, is no trip the day's news comes from
    ("АСТАНА, 29 мая (БелТА) – Александр Лукашенко выступил сегодня на заседании Высшего Евразийского экономического "
     "совета. Он напомнил, что в марте побывал с официальным визитом в Китае.", "ru", date(2026, 5, 29), "summit",
     "astana"),
    ("Астана. 29 мамыр. ҚазАқпарат – Александр Лукашенко бүгін Жоғары Еуразиялық экономикалық кеңестің отырысына "
     "қатысты. Ол наурызда Қытайға ресми сапармен барғанын еске салды.", "kk", date(2026, 5, 29), "summit", "astana"),
])
def test_the_days_news_with_no_place_of_its_own_is_where_the_dateline_is(text, lang, published, etype, place):
    found = of_type(text, etype, published=published, lang=lang)
    assert found and (found[0].place.id if found[0].place else None) == place


@pytest.mark.parametrize("text, etype, start, status, people", [
    # the event's own verb in the relative clause after it tells its time
    ("Токаев подтвердил участие в саммите ШОС, который пройдет в июле.", "summit", "2025-07", "planned", None),
    ("Токаев принял участие в саммите, который прошел в июле в Астане.", "summit", "2024-07", "held", None),
    # a meeting of a bloc's heads is its summit
    ("Неформальная встреча глав государств СНГ прошла в понедельник в Санкт-Петербурге.", "summit", "2025-03-17",
     "held", None),
    # "Стороны" are the sides of the talks just told
    ("Токаев провел переговоры с Си Цзиньпином. Стороны подписали соглашение о сотрудничестве.", "signing",
     "2025-03-18", "held", {"tokayev", "xi-jinping"}),
])
def test_what_the_clause_around_an_event_says(text, etype, start, status, people):
    found = of_type("Заголовок\n\n" + text, etype, published=date(2025, 3, 18))
    assert found and (found[0].start, found[0].status) == (start, status)
    if people is not None:
        assert set(found[0].participant_ids()) == people


def test_what_an_arrival_is_for_is_still_to_come_and_where_the_text_says():
    text = ("Токаев прибыл в Азербайджан\n\nПрезидент Казахстана Касым-Жомарт Токаев прибыл в Азербайджан для участия в "
            "саммите Организации тюркских государств. Саммит состоится завтра в Габале.")
    summits = of_type(text, "summit", published=date(2025, 10, 6))
    assert len(summits) == 1
    assert (summits[0].start, summits[0].status, summits[0].place.id) == ("2025-10-07", "planned", "gabala")
    visit = of_type(text, "visit", published=date(2025, 10, 6))[0]
    assert (visit.start, visit.status) == ("2025-10-06", "held")


@pytest.mark.parametrize("text, etype, place", [
    # a foreign name the tagger does not know: its ending after "в" tells location from direction
    ("Саммит ОТГ состоится завтра в Габале.", "summit", "gabala"),
    ("Путин и Си Цзиньпин встретились в Тяньцзине.", "meeting", "tianjin"),
])
def test_a_foreign_city_in_the_locative_is_where_it_happens(text, etype, place):
    found = of_type("Заголовок\n\n" + text, etype, published=date(2025, 10, 6))
    assert found and found[0].place is not None and found[0].place.id == place


def test_talks_with_nobody_named_after_a_signing_are_the_signatories():
    text = ("Токаев и Путин\n\nКасым-Жомарт Токаев и Владимир Путин подписали Договор о союзнических отношениях. "
            "Переговоры прошли в Кремле.")
    talks = of_type(text, "meeting", published=date(2025, 11, 12))
    assert [set(t.participant_ids()) for t in talks] == [{"tokayev", "putin"}]
    assert talks[0].place.id == "moscow"


@pytest.mark.parametrize("text, lang, people", [
    # the countries named right after (or, in Kazakh, right before) the plural are its sides
    ("Лидеры России и Казахстана обсудили вопросы сотрудничества.", "ru", {"putin", "tokayev"}),
    ("Главы государств России, Казахстана и Узбекистана провели встречу.", "ru", {"putin", "tokayev", "mirziyoyev"}),
    ("Қазақстан мен Өзбекстан басшылары келіссөздер жүргізді.", "kk", {"tokayev", "mirziyoyev"}),
])
def test_a_plural_of_leaders_is_of_the_countries_it_names(text, lang, people):
    found = of_type(text, "meeting", published=date(2025, 11, 12), lang=lang)
    assert [set(e.participant_ids()) for e in found] == [people]


def test_countries_a_discussion_is_about_are_not_its_sides():
    text = ("Астана, 12 ноября. Глава государства принял Министра иностранных дел Турции Хакана Фидана. Стороны "
            "обсудили подготовку к предстоящему визиту Президента Турции в Казахстан.")
    talks = of_type("Заголовок\n\n" + text, "meeting", published=date(2025, 11, 12))
    assert all("erdogan" not in e.participant_ids() for e in talks)


@pytest.mark.parametrize("text, lang", [
    # talks in the plural told as regular: a habit, no event
    ("Токаев рассказал о своих регулярных телефонных разговорах с Путиным и Мирзиёевым.", "ru"),
    # talks with several sides not named: a series, no event of its own
    ("Мемлекет басшысы бірқатар шетелдік әріптестерімен телефон арқылы сөйлесті.", "kk"),
    # ... told on a visit, they are no talks with the host
    ("Токаев 31 августа прибыл в Тяньцзинь. На полях саммита у Касым-Жомарта Токаева запланирован ряд двусторонних "
     "встреч.", "ru"),
    ("Тоқаев 31 тамызда Тяньцзиньге келді. Саммит аясында Қасым-Жомарт Тоқаевтың бірқатар екіжақты кездесулер "
     "өткізуі жоспарланған.", "kk"),
])
def test_regular_or_unnamed_talks_are_no_event(text, lang):
    assert not [e for e in events(text, lang=lang) if e.type == "meeting"]


@pytest.mark.parametrize("text, lang, etype", [
    # one regular meeting, or talks that are plural in form only, are one event
    ("Лидеры России и Казахстана провели регулярную встречу в Астане.", "ru", "meeting"),
    ("Токаев и Путин провели регулярные переговоры в Москве.", "ru", "meeting"),
    ("Мемлекет басшысы Шавкат Мирзиёевпен және Садыр Жапаровпен телефон арқылы сөйлесті.", "kk", "phone_call"),
])
def test_one_regular_event_is_an_event(text, lang, etype):
    assert of_type(text, etype, lang=lang)


@pytest.mark.parametrize("text", [
    # a reception for those at a summit, and a summit that only tells when: no summit of that day or place
    "В воскресенье вечером Токаев примет участие в приеме в честь глав государств - участников саммита.",
    "После саммита Токаев отправится в Пекин, где 3 сентября примет участие в торжественных мероприятиях.",
])
def test_a_gathering_that_only_tells_when_or_for_whom_is_no_gathering_there(text):
    assert of_type(text, "summit", published=date(2025, 8, 31)) == []


@pytest.mark.parametrize("text, status", [
    ("Токаев и Путин провели переговоры. По итогам переговоров будет подписана декларация.", "planned"),
    ("Токаев и Путин провели переговоры. По итогам переговоров была подписана декларация.", "held"),
])
def test_a_passive_with_будет_is_still_to_come(text, status):
    assert [e.status for e in of_type(text, "signing")] == [status]



def test_the_headlines_declaration_is_the_one_the_body_names_in_full():
    text = ("Токаев и Путин подписали Декларацию\n\nКасым-Жомарт Токаев и Владимир Путин подписали Декларацию о "
            "переходе к отношениям всеобъемлющего стратегического партнерства.")
    signings = of_type(text, "signing", published=date(2025, 11, 12))
    assert [e.document.title for e in signings] == [
        "Декларация о переходе к отношениям всеобъемлющего стратегического партнерства"]


def test_a_signing_ceremony_told_again_gives_the_signing_its_place():
    found = events("Касым-Жомарт Токаев и Владимир Путин подписали Декларацию о союзничестве. Церемония подписания "
                   "прошла в Кремле.", published=date(2025, 11, 12))
    signings = [e for e in found if e.type == "signing"]
    assert len(signings) == 1 and signings[0].place is not None and signings[0].place.id == "moscow"


@pytest.mark.parametrize("text, lang", [
    ("Астана. 12 ноября. KAZINFORM – Касым-Жомарт Токаев и Владимир Путин подписали Декларацию о союзничестве. "
     "Токаев назвал переговоры плодотворными. Всего в ходе государственного визита было подписано 12 документов. "
     "Как сообщалось ранее, Касым-Жомарт Токаев прибыл в Москву во вторник.", "ru"),
    ("Астана. 12 қараша. ҚазАқпарат – Қасым-Жомарт Тоқаев пен Владимир Путин одақтастық туралы декларацияға қол "
     "қойды. Тоқаев келіссөздерді нәтижелі деп атады. Мемлекеттік сапар барысында барлығы 12 құжатқа қол қойылды. "
     "Бұған дейін хабарланғандай, Қасым-Жомарт Тоқаев сейсенбі күні Мәскеуге келді.", "kk"),
])
def test_what_the_outlet_reported_before_is_the_same_news_not_background(text, lang):
    """"Как сообщалось ранее" is about the reporting: the visit it tells frames the signing told before it, and
    the signing on a later day's report does not take the arrival's day."""
    found = events(text, published=date(2025, 11, 12), lang=lang)
    visit = next(e for e in found if e.type == "visit")
    documents = next(e for e in found if e.type == "signing" and e.part_of is not None)
    assert documents.part_of == visit.id
    assert documents.participant_ids() == {"tokayev", "putin"}
    assert documents.start != "2025-11-11"


@pytest.mark.parametrize("text, published, place, visit_span, talks_day", [
    # the host's country named by a common noun: the country of the other leader
    ("Лукашенко провел переговоры с президентом Ирана Масудом Пезешкианом, который находится в республике с "
     "официальным визитом.", date(2025, 8, 20), "BY", ("2025-08-20", None), "2025-08-20"),
    ("Масуд Пезешкиан, находящийся в стране с официальным визитом, провел переговоры с Александром Лукашенко.",
     date(2025, 8, 20), "BY", ("2025-08-20", None), "2025-08-20"),
    # a report from its city on a day of its span is from that city; the talks keep their own day
    ("МИНСК, 20 августа. Лукашенко провел в среду переговоры с президентом Ирана Масудом Пезешкианом, который "
     "находится в республике с официальным визитом 20-21 августа.", date(2025, 8, 20), "minsk",
     ("2025-08-20", "2025-08-21"), "2025-08-20"),
])
def test_a_visit_in_the_republic_is_in_the_hosts_country(text, published, place, visit_span, talks_day):
    found = events(text, published=published)
    visit = next(e for e in found if e.type == "visit")
    talks = next(e for e in found if e.type == "meeting")
    assert {p.id for p in visit.participants if p.role == "guest"} == {"pezeshkian"}
    assert visit.place is not None and visit.place.id == place
    assert (visit.start, visit.end) == visit_span and (talks.start, talks.end) == (talks_day, None)


@pytest.mark.parametrize("text, visits", [
    # the arrival participle agrees with the leaders it qualifies, not with the subject
    ("Путин провел встречи с лидерами стран Содружества, прибывшими в Северную столицу на неформальный саммит "
     "СНГ.", []),
    ("Путин встретился с Касым-Жомартом Токаевым, прибывшим в Москву с государственным визитом.",
     [("tokayev", "moscow")]),
    ("Прибывший в Москву Токаев встретился с Путиным.", [("tokayev", "moscow")]),
])
def test_an_arrival_participle_names_its_own_guest(text, visits):
    found = [e for e in events(text, published=date(2025, 12, 22)) if e.type == "visit"]
    assert [(next(p.id for p in e.participants if p.role == "guest"), e.place.id) for e in found] == visits


def test_the_northern_capital_is_saint_petersburg():
    summit = next(e for e in events("Неформальный саммит СНГ прошёл в Северной столице.",
                                    published=date(2025, 12, 22)) if e.type == "summit")
    assert summit.place is not None and summit.place.id == "saint-petersburg"


def test_talks_with_two_leaders_after_a_series_of_bilateral_meetings_are_one_each():
    text = ("Путин в понедельник провел серию двусторонних встреч с лидерами стран Содружества. Первой стала беседа "
            "с Касым-Жомартом Токаевым, затем Путин встретился с президентом Узбекистана Шавкатом Мирзиёевым и "
            "премьер-министром Армении Николом Пашиняном.")
    talks = [e for e in events(text, published=date(2025, 12, 22)) if e.type == "meeting"]
    assert sorted(sorted(e.participant_ids()) for e in talks) == [
        ["mirziyoyev", "putin"], ["pashinyan", "putin"], ["putin", "tokayev"]]


@pytest.mark.parametrize("text, lang", [
    ("Напомним, в июне прошлого года Си Цзиньпин прибыл в Астану с государственным визитом и принял участие во "
     "втором саммите «Центральная Азия – Китай» в Астане.", "ru"),
    ("Еске сала кетейік, өткен жылғы маусымда Си Цзиньпин Астанаға мемлекеттік сапармен келіп, Қасым-Жомарт "
     "Тоқаевтың төрағалығымен өткен «Орталық Азия – Қытай» екінші саммитіне қатысқан болатын.", "kk"),
])
def test_a_gathering_in_the_visits_own_sentence_and_city_is_of_its_days(text, lang):
    summit = next(e for e in events(text, published=date(2026, 3, 3), lang=lang) if e.type == "summit")
    assert (summit.start, summit.place and summit.place.id) == ("2025-06", "astana")


@pytest.mark.parametrize("text, place", [
    # a place inside a quotation is the speaker's, not the event's told outside it
    ("\"Он очень уважаемый человек - в Турции, в Европе, во всем мире\", - сказал Трамп журналистам перед началом "
     "встречи с Эрдоганом.", None),
    ("«Мы обсудили ситуацию в Европе», - сказал Трамп после встречи с Эрдоганом в Белом доме.", "washington"),
    # one inside the quotation with the event is where it was
    ("«Мы провели с Эрдоганом переговоры в Вашингтоне», - сказал Трамп.", "washington"),
    # a room of a residence is where the residence is
    ("Трамп и Эрдоган провели переговоры. Встреча в Овальном кабинете продолжалась более двух часов.", "washington"),
])
def test_a_place_in_a_quotation_is_not_where_an_event_outside_it_is(text, place):
    talks = next(e for e in events(text, published=date(2025, 9, 26)) if e.type == "meeting")
    assert (talks.place.id if talks.place else None) == place


@pytest.mark.parametrize("text, lang", [
    # who else took part in "the meeting" told right after a summit took part in the summit
    ("Путин 9 октября принял участие в саммите СНГ в Душанбе. Во встрече также приняли участие Токаев и Жапаров.",
     "ru"),
    ("Путин 9 октября принял участие в саммите СНГ в Душанбе. Во встрече также участвовали президенты Казахстана "
     "и Киргизии.", "ru"),
    ("Путин 9 қазанда Душанбеде ТМД саммитіне қатысты. Кездесуге Қазақстан және Қырғызстан президенттері қатысты.",
     "kk"),
    # ... and those "в нем" / "в ней" (a meeting of the Commonwealth's heads is its summit)
    ("Саммит СНГ прошел в Душанбе 9 октября. Помимо Путина, в нем приняли участие Токаев и Жапаров.", "ru"),
    ("Неформальная встреча глав государств Содружества прошла в Душанбе 9 октября. Помимо Путина, в ней приняли "
     "участие президенты Казахстана и Киргизии.", "ru"),
    # ... also when one of them chaired "the meeting": the gathering told, no meeting of its own
    ("Саммит СНГ прошел в Душанбе 9 октября. В нем приняли участие Путин, председательствовавший на встрече "
     "Токаев, а также президент Киргизии.", "ru"),
])
def test_those_who_joined_the_meeting_told_after_a_summit_are_at_the_summit(text, lang):
    found = events(text, published=date(2025, 10, 9), lang=lang)
    assert [(e.type, e.participant_ids()) for e in found] == [("summit", frozenset({"putin", "tokayev", "japarov"}))]


@pytest.mark.parametrize("text, lang", [
    ("Саммит Организации тюркских государств прошёл в Габале 7 октября. В саммите приняли участие Касым-Жомарт "
     "Токаев, Ильхам Алиев и Реджеп Тайип Эрдоган. Днем ранее, в понедельник, с Эрдоганом встретился Токаев. "
     "Стороны обсудили торговлю.", "ru"),
    ("Түркі мемлекеттері ұйымының саммиті 7 қазанда Габалада өтті. Саммитке Қасым-Жомарт Тоқаев, Ильхам Әлиев "
     "және Реджеп Тайып Ердоған қатысты. Бір күн бұрын, дүйсенбіде, Тоқаев Ердоғанмен кездесті. Тараптар "
     "сауданы талқылады.", "kk"),
])
def test_talks_told_on_after_talks_before_a_summit_are_those_talks(text, lang):
    talks = [e for e in events(text, published=date(2025, 10, 9), lang=lang) if e.type == "meeting"]
    assert [(e.start, e.participant_ids()) for e in talks] == [("2025-10-06", frozenset({"tokayev", "erdogan"}))]


@pytest.mark.parametrize("text, lang, start", [
    # talks on the eve of the summit are held where it is, on their own day or, when none is told, in its month
    ("Сегодня в Бишкеке прошло заседание Совета глав государств ШОС. Накануне саммита, 9 июля, Путин и Си "
     "Цзиньпин провели переговоры.", "ru", "2026-07-09"),
    ("Бүгін Бішкекте ШЫҰ мемлекеттер басшылары кеңесінің отырысы өтті. Саммит қарсаңында, 9 шілдеде, Путин мен "
     "Си Цзиньпин екіжақты кездесу өткізді.", "kk", "2026-07-09"),
    ("Сегодня в Бишкеке прошло заседание Совета глав государств ШОС. Накануне саммита Путин провел переговоры с "
     "Си Цзиньпином.", "ru", "2026-07"),
    ("Бүгін Бішкекте ШЫҰ мемлекеттер басшылары кеңесінің отырысы өтті. Саммит қарсаңында Путин Си Цзиньпинмен "
     "кездесті.", "kk", "2026-07"),
    # ... not where a gathering recalled before them was held
    ("Сегодня в Бишкеке прошло заседание Совета глав государств ШОС. В прошлом году саммит прошел в Тяньцзине. "
     "Вчера, накануне саммита, Путин и Си Цзиньпин провели переговоры.", "ru", "2026-07-09"),
    ("Бүгін Бішкекте ШЫҰ мемлекеттер басшылары кеңесінің отырысы өтті. Өткен жылы саммит Тяньцзиньде өтті. Кеше, "
     "саммит қарсаңында, Путин мен Си Цзиньпин кездесті.", "kk", "2026-07-09"),
])
def test_talks_on_the_eve_of_a_summit_are_where_it_is(text, lang, start):
    found = events(text, published=date(2026, 7, 10), lang=lang)
    talks = [e for e in found if e.type == "meeting"]
    assert [(e.start, e.place and e.place.id, e.participant_ids()) for e in talks] == [
        (start, "bishkek", frozenset({"putin", "xi-jinping"}))]
    # the summit is the one of the day: the eve gives it neither the talks' day nor their sides
    assert ("2026-07-10", "bishkek") in [(e.start, e.place and e.place.id) for e in found if e.type == "summit"]
    assert not [e for e in found if e.type == "summit" and e.start == start]


@pytest.mark.parametrize("text, lang", [
    ("Бүгін Бішкекте ШЫҰ саммиті өтті. Өткен жылы Тяньцзиньде өткен саммитте Си Цзиньпин даму банкін құруды "
     "ұсынған еді. Саммитте Александр Лукашенко сөз сөйледі.", "kk"),
    ("Сегодня в Бишкеке прошел саммит ШОС. В прошлом году на саммите в Тяньцзине Си Цзиньпин предложил создать "
     "банк развития. На саммите выступил Александр Лукашенко.", "ru"),
])
def test_a_bare_gathering_is_the_news_not_one_recalled(text, lang):
    summits = of_type(text, "summit", published=date(2026, 7, 10), lang=lang)
    bishkek = [e for e in summits if e.place and e.place.id == "bishkek"]
    assert len(bishkek) == 1 and "lukashenko" in bishkek[0].participant_ids()
    assert all("lukashenko" not in e.participant_ids() for e in summits if e is not bishkek[0])


@pytest.mark.parametrize("text, lang", [
    ("В четверг в Астане прошло заседание Высшего Евразийского экономического совета. Последний раз Пашинян "
     "участвовал в заседании ВЕЭС в декабре прошлого года в Санкт-Петербурге. По итогам заседания главы государств "
     "подписали декларацию о развитии интеграции до 2030 года. На полях саммита Владимир Путин провел встречу с "
     "Касым-Жомартом Токаевым.", "ru"),
    ("Бейсенбіде Астанада Жоғары Еуразиялық экономикалық кеңестің отырысы өтті. Пашинян соңғы рет өткен жылы "
     "желтоқсанда Санкт-Петербургте өткен ЖЕЭК отырысына қатысқан. Саммит аясында Владимир Путин Қасым-Жомарт "
     "Тоқаевпен кездесті.", "kk"),
])
def test_what_follows_a_gathering_recalled_is_of_the_news_gathering(text, lang):
    found = events(text, published=date(2026, 5, 29), lang=lang)
    of_the_news = [(e.type, e.start, e.place and e.place.id) for e in found if e.type in ("meeting", "signing")]
    assert of_the_news and all(e[1:] == ("2026-05-28", "astana") for e in of_the_news), of_the_news


@pytest.mark.parametrize("text, lang", [
    ("Ақордада Қасым-Жомарт Тоқаев пен Шавкат Мирзиёевтің келіссөзі өтті. "
     + " ".join(f"Екі ел арасындағы тауар айналымы {n} миллиард доллардан асты." for n in range(2, 14))
     + " Келіссөздер қорытындысы бойынша мемлекет басшылары бірлескен мәлімдемеге қол қойды.", "kk"),
    ("В Акорде прошли переговоры Касым-Жомарта Токаева и Шавката Мирзиёева. "
     + " ".join(f"Товарооборот двух стран превысил {n} миллиардов долларов." for n in range(5, 17))
     + " По итогам переговоров главы государств подписали совместное заявление.", "ru"),
])
def test_a_signing_after_talks_told_at_length_is_of_those_talks(text, lang):
    signing, = of_type(text, "signing", published=date(2026, 3, 12), lang=lang)
    assert (signing.start, signing.place and signing.place.id) == ("2026-03-12", "astana")


@pytest.mark.parametrize("text, lang, place", [
    # a gathering told with its own words of being held ahead is to come, whatever the clause does with it;
    # the one invited has not said he will come
    ("Токаев пригласил Путина на заседание Высшего Евразийского экономического совета, которое пройдет в мае в "
     "Астане.", "ru", "astana"),
    ("Тоқаев Путинді мамыр айында Астанада өтетін Жоғары Еуразиялық экономикалық кеңестің отырысына шақырды.", "kk",
     "astana"),
])
def test_a_gathering_to_come_one_is_invited_to_is_planned(text, lang, place):
    found = events(text, published=date(2026, 1, 20), lang=lang)
    assert [(e.type, e.status, e.start, e.place and e.place.id, e.participant_ids()) for e in found] == [
        ("summit", "planned", "2026-05", place, frozenset({"tokayev"}))]


def test_an_invitation_to_a_gathering_held_ahead_past_a_parenthesis_is_planned():
    text = "Си Цзиньпин пригласил коллег на третий саммит, который, как договорились лидеры, пройдет в 2027 году в Китае."
    found = events(text, published=date(2026, 11, 10))
    assert [(e.type, e.status, e.start, e.place and e.place.id, e.participant_ids()) for e in found] == [
        ("summit", "planned", "2027", "CN", frozenset({"xi-jinping"}))]


@pytest.mark.parametrize("text, start, place", [
    # the next one of a series a leader invites to is still to come, where and when the invitation says
    ("Путин пригласил коллег провести следующее заседание ВЕЭС в декабре в Санкт-Петербурге.", "2026-12",
     "saint-petersburg"),
    ("Токаев пригласил лидеров на очередной саммит ОТГ в Астане.", None, "astana"),
])
def test_an_invitation_to_the_next_gathering_of_a_series_is_planned(text, start, place):
    found = events(text, published=date(2026, 5, 29))
    assert [(e.type, e.status, e.start, e.place and e.place.id) for e in found] == [("summit", "planned", start, place)]


@pytest.mark.parametrize("text", [
    "Токаев пригласил Путина на саммит.",
    "Тоқаев Путинді саммитке шақырды.",
    # a proposal of where the next one is held is no plan of it
    "Токаев предложил провести следующий саммит в Астане.",
])
def test_an_invitation_to_a_gathering_told_no_further_is_no_event(text):
    assert not events(text, published=date(2026, 1, 20), lang="auto")


@pytest.mark.parametrize("text, start", [
    # a forum named after its city is held there
    ("Биылғы Астана халықаралық форумы 28-29 мамырда өтеді.", "2026-05-28"),
    ("Баспасөз хатшысы Астана экономикалық форумының 28-29 мамырда өтетінін растады.", "2026-05-28"),
])
def test_a_kazakh_forum_named_after_a_city_is_held_there(text, start):
    found = of_type(text, "forum", published=date(2026, 3, 5), lang="kk")
    assert [(e.status, e.start, e.place and e.place.id) for e in found] == [("planned", start, "astana")]


def test_the_side_of_talks_a_kazakh_time_is_counted_from_is_not_a_side_of_the_call():
    text = "Путинмен сөйлесуден бір күн бұрын Тоқаев Әзербайжан Президенті Ильхам Әлиевпен де телефон арқылы сөйлескен."
    found = events(text, published=date(2026, 1, 21), lang="kk")
    assert [(e.type, e.participant_ids()) for e in found] == [("phone_call", frozenset({"tokayev", "ilham-aliyev"}))]


@pytest.mark.parametrize("text, lang, etype", [
    # a council of two states' leaders is their talks; one of many states' stays a summit
    ("Токаев и Мирзиёев провели в Астане заседание Высшего межгосударственного совета.", "ru", "meeting"),
    ("Путин и Лукашенко провели заседание Высшего государственного совета Союзного государства.", "ru", "meeting"),
    ("Қасым-Жомарт Тоқаев пен Шавкат Мирзиёев Астанада Жоғары мемлекетаралық кеңестің отырысын өткізді.", "kk",
     "meeting"),
    ("Путин, Токаев, Лукашенко и Жапаров провели заседание Высшего Евразийского экономического совета.", "ru",
     "summit"),
])
def test_a_council_of_two_states_is_their_talks(text, lang, etype):
    found = [e for e in events(text, published=date(2026, 3, 13), lang=lang) if e.type in ("meeting", "summit")]
    assert [e.type for e in found] == [etype]


def test_a_council_of_two_told_again_is_one_meeting_and_its_visit_starts_with_the_first_talks():
    text = ("Токаев и Мирзиёев в пятницу провели в Астане заседание Высшего межгосударственного совета. Заседание стало "
            "завершающим мероприятием двухдневного государственного визита узбекского лидера в Казахстан. Накануне "
            "главы государств провели переговоры в узком и расширенном форматах.")
    found = events(text, published=date(2026, 3, 13))
    assert sorted((e.type, e.start) for e in found if e.type in ("meeting", "summit", "forum", "visit")) == [
        ("meeting", "2026-03-12"), ("meeting", "2026-03-13"), ("visit", "2026-03-12")]


@pytest.mark.parametrize("text, lang", [
    # the visit of the one a leader speaks to in his quote: the leader from abroad named last, not the speaker
    ("Садыр Жапаров провел встречу с Председателем КНР Си Цзиньпином. «Уверен, что Ваш государственный визит в "
     "Кыргызстан, который начнется завтра, откроет новую страницу», — отметил Садыр Жапаров.", "ru"),
    ("Садыр Жапаров Қытай Төрағасы Си Цзиньпинмен кездесті. «Сіздің Қырғызстанға мемлекеттік сапарыңыз ертең "
     "басталады», – деді Садыр Жапаров.", "kk"),
])
def test_your_visit_in_a_leaders_quote_is_the_visit_of_the_one_he_speaks_to(text, lang):
    visits = of_type(text, "visit", published=date(2026, 6, 26), lang=lang)
    assert [(e.status, e.start, [p.id for p in e.participants if p.role == "guest"]) for e in visits] == [
        ("planned", "2026-06-27", ["xi-jinping"])]


@pytest.mark.parametrize("text, etype, sides", [
    # "Мы с Вами" in a leader's words: he and the one he speaks to, the last two leaders of two countries named
    ("Путин провел переговоры с Нарендрой Моди в Кремле. – Рад приветствовать Вас в Москве. Мы с Вами встречались "
     "в декабре прошлого года в Нью-Дели.", "meeting", {"putin", "modi"}),
    ("Глава государства приветствовал Президента Узбекистана Шавката Мирзиёева в Акорде. – Мы с Вами совсем "
     "недавно, 5 мая, подробно обсудили по телефону наши совместные проекты, – сказал Касым-Жомарт Токаев.",
     "phone_call", {"tokayev", "mirziyoyev"}),
])
def test_we_with_you_in_a_leaders_words_are_he_and_the_one_he_speaks_to(text, etype, sides):
    found = [e for e in of_type(text, etype, published=date(2026, 5, 20)) if e.start and e.start < "2026-05-20"]
    assert [e.participant_ids() for e in found] == [frozenset(sides)]


def test_talks_agreed_for_a_summit_are_the_summits_not_a_visits():
    text = ("Мирзиёев находится в Астане с государственным визитом. Токаев и Мирзиёев провели переговоры. Кроме того, "
            "президенты договорились провести двустороннюю встречу на полях саммита ШОС, который пройдет в июне в "
            "Бишкеке.")
    talks = of_type(text, "meeting", published=date(2026, 3, 13))
    assert sorted((e.status, e.start, e.place and e.place.id) for e in talks) == [
        ("held", "2026-03-13", "astana"), ("planned", "2026-06", "bishkek")]


def test_who_else_took_part_in_talks_told_by_a_pronoun_adds_no_event():
    text = "Путин провел переговоры с Касым-Жомартом Токаевым. В них приняли участие министры иностранных дел."
    assert [(e.type, e.participant_ids()) for e in events(text, published=date(2025, 10, 9))] == [
        ("meeting", frozenset({"putin", "tokayev"}))]


def test_those_who_joined_a_meeting_with_no_summit_told_met():
    found = events("Во встрече принимали участие Путин и Токаев.", published=date(2025, 10, 9))
    assert [(e.type, e.participant_ids()) for e in found] == [("meeting", frozenset({"putin", "tokayev"}))]


@pytest.mark.parametrize("text, lang", [
    ("Саммит ШОС прошёл в Тяньцзине 1 сентября. На полях саммита Путин встретился с Нарендрой Моди.", "ru"),
    ("ШЫҰ саммиті 1 қыркүйекте Тяньцзиньде өтті. Саммит аясында Путин Нарендра Модимен кездесті.", "kk"),
])
def test_a_leader_met_on_the_margins_of_a_summit_took_part_in_it(text, lang):
    found = events(text, published=date(2025, 9, 2), lang=lang)
    assert sorted((e.type, e.participant_ids()) for e in found) == [
        ("meeting", frozenset({"putin", "modi"})), ("summit", frozenset({"putin", "modi"}))]


@pytest.mark.parametrize("text, lang", [
    # ... a leader, not a minister; and only at the summit the talks took their day and place from
    ("Саммит ШОС прошёл в Тяньцзине 1 сентября. На полях саммита Путин встретился с Сергеем Лавровым.", "ru"),
    ("Саммит ШОС прошёл в Тяньцзине 1 сентября. 3 сентября в Пекине Путин встретился с Нарендрой Моди.", "ru"),
    ("ШЫҰ саммиті 1 қыркүйекте Тяньцзиньде өтті. 3 қыркүйекте Пекинде Путин Нарендра Модимен кездесті.", "kk"),
])
def test_no_one_else_is_put_at_a_summit_by_talks(text, lang):
    found = of_type(text, "summit", published=date(2025, 9, 4), lang=lang)
    assert len(found) == 1 and "modi" not in found[0].participant_ids() \
        and "lavrov" not in found[0].participant_ids()


@pytest.mark.parametrize("text, lang", [
    # on a summit's margins, talks "с A и B" are talks with each
    ("Саммит ШОС прошел в Тяньцзине 1 сентября. Также на полях саммита Касым-Жомарт Токаев встретился с Президентом "
     "Турции Реджепом Тайипом Эрдоганом и Президентом Азербайджана Ильхамом Алиевым.", "ru"),
    ("ШЫҰ саммиті 1 қыркүйекте Тяньцзиньде өтті. Саммит аясында Қасым-Жомарт Тоқаев Түркия Президенті Реджеп Тайып "
     "Ердоғанмен және Әзербайжан Президенті Ильхам Әлиевпен кездесті.", "kk"),
])
def test_talks_on_the_margins_with_two_leaders_are_talks_with_each(text, lang):
    found = of_type(text, "meeting", published=date(2025, 9, 2), lang=lang)
    assert sorted(sorted(e.participant_ids()) for e in found) == [["erdogan", "tokayev"], ["ilham-aliyev", "tokayev"]]


def test_the_gathering_an_arrival_is_for_is_a_gathering_of_its_own():
    text = ("Путин 9 октября принял участие в саммите «Россия – Центральная Азия» в Душанбе. На полях саммита Путин "
            "встретился с Алиевым, прибывшим в Душанбе для участия в заседании Совета глав государств СНГ. "
            "Заседание пройдет в пятницу.")
    summits = sorted((e.start, e.status, e.participant_ids()) for e in of_type(text, "summit",
                                                                               published=date(2025, 10, 9)))
    assert summits == [("2025-10-09", "held", frozenset({"putin"})),
                       ("2025-10-10", "planned", frozenset({"putin", "ilham-aliyev"}))]


@pytest.mark.parametrize("text, lang", [
    # "три лидера", "үш көшбасшы": the last three named; separate talks before stay their own
    ("Трамп провел отдельные встречи с Ильхамом Алиевым и Николом Пашиняном, а затем три лидера провели "
     "трехсторонние переговоры.", "ru"),
    ("Дональд Трамп Ильхам Әлиевпен және Никол Пашинянмен жеке-жеке екіжақты кездесу өткізді, кейін үш көшбасшы "
     "үшжақты форматта келіссөз жүргізді.", "kk"),
])
def test_talks_of_so_many_leaders_are_the_last_so_many_named(text, lang):
    found = sorted(sorted(e.participant_ids()) for e in of_type(text, "meeting", published=date(2025, 8, 9),
                                                                lang=lang))
    assert found == [["ilham-aliyev", "pashinyan", "trump"], ["ilham-aliyev", "trump"], ["pashinyan", "trump"]]


@pytest.mark.parametrize("text, lang, sides", [
    ("Путин провел переговоры с Касым-Жомартом Токаевым. Два лидера обсудили торговлю.", "ru", {"putin", "tokayev"}),
    ("Путин Қасым-Жомарт Тоқаевпен кездесті. Екі көшбасшы сауданы талқылады.", "kk", {"putin", "tokayev"}),
])
def test_two_leaders_are_the_two_last_named(text, lang, sides):
    assert [e.participant_ids() for e in of_type(text, "meeting", published=date(2025, 8, 9), lang=lang)] == [sides]


@pytest.mark.parametrize("text, lang, expected", [
    # the place before the verb is where every event it lists was held
    ("Накануне в Акорде состоялись переговоры Шавката Мирзиёева и Касым-Жомарта Токаева, а также заседание Высшего "
     "Евразийского экономического совета.", "ru", [("meeting", "astana"), ("summit", "astana")]),
    ("Кеше Ақордада Шавкат Мирзиёев пен Қасым-Жомарт Тоқаевтың келіссөздері, сондай-ақ Жоғары Еуразиялық "
     "экономикалық кеңестің отырысы өтті.", "kk", [("meeting", "astana"), ("summit", "astana")]),
    # ... not an event only talked about after it
    ("В Кремле Путин провел переговоры с Касым-Жомартом Токаевым и обсудил предстоящий саммит СНГ.", "ru",
     [("meeting", "moscow"), ("summit", None)]),
])
def test_the_place_of_a_list_of_events_is_each_ones(text, lang, expected):
    found = events(text, published=date(2026, 4, 8), lang=lang)
    assert sorted((e.type, e.place.id if e.place else None) for e in found) == expected


@pytest.mark.parametrize(("text", "lang"), [
    ("Путин примет участие в заседании Совета коллективной безопасности Организации Договора о коллективной "
     "безопасности.", "ru"),
    ("Путин Ұжымдық қауіпсіздік туралы шарт ұйымы Ұжымдық қауіпсіздік кеңесінің сессиясына қатысады.", "kk"),
])
def test_the_csto_council_spelt_out_is_a_summit(text: str, lang: str) -> None:
    found = extract_article(text, published=date(2024, 11, 26), lang=lang).events
    assert [e.type for e in found] == ["summit"]


def test_what_the_heads_signed_after_the_sitting_is_signed_by_the_summits_leaders():
    text = ("Заседание Совета коллективной безопасности ОДКБ прошло в Астане 28 ноября. В нем приняли участие Путин, "
            "Токаев и Лукашенко. Армения на саммите представлена не была, премьер Никол Пашинян не приехал. "
            "По итогам заседания главы государств подписали около 20 документов.")
    found = events(text, published=date(2024, 11, 28))
    [signing] = [e for e in found if e.type == "signing"]
    assert signing.participant_ids() == frozenset({"putin", "tokayev", "lukashenko"})


def test_talks_told_in_sequence_are_held_where_the_first_were_and_talks_with_a_side_of_their_own_are_new():
    text = ("Токаев провел серию встреч\nВ среду в Акорде Токаев встретился с Президентом Турции Реджепом Тайипом "
            "Эрдоганом. Затем Токаев провел встречу с Премьер-министром Пакистана Шахбазом Шарифом. В ходе встречи "
            "с Президентом Азербайджана Ильхамом Алиевым лидеры обсудили транспортные коридоры. Также состоялась "
            "встреча Токаева с Президентом Беларуси Александром Лукашенко.")
    found = events(text, published=date(2024, 7, 3))
    talks = sorted((sorted(e.participant_ids()), e.place and e.place.id) for e in found if e.type == "meeting")
    assert talks == [(["erdogan", "tokayev"], "astana"), (["ilham-aliyev", "tokayev"], None),
                     (["lukashenko", "tokayev"], "astana"), (["shehbaz-sharif", "tokayev"], "astana")]


def test_people_of_no_state_meeting_with_others_bring_in_no_leader_in_focus():
    text = "Путин выступил в Кремле. Накануне представители прокуратуры встретились с адвокатами Трампа."
    assert not [e for e in events(text, published=date(2024, 7, 3)) if e.type == "meeting"]


@pytest.mark.parametrize("text, lang", [
    # "bin Salman" as news spell the crown prince: he, not the king his father
    ("Трамп встретился с наследным принцем Мухаммедом бин Салманом.", "ru"),
    ("Трамп Мұхаммед бин Салманмен кездесті.", "kk"),
])
def test_the_crown_prince_spelt_bin_salman_is_mohammed_bin_salman(text, lang):
    [talks] = events(text, published=date(2025, 5, 13), lang=lang)
    assert talks.participant_ids() == frozenset({"trump", "mohammed-bin-salman"})


@pytest.mark.parametrize("text, lang, status", [
    ("Байден отложил визит в Германию и Францию.", "ru", "postponed"),
    ("Байден посетит Германию и Францию.", "ru", "planned"),
    ("Байден Германия мен Францияға сапарын кейінге қалдырды.", "kk", "postponed"),
])
def test_a_trip_to_two_countries_is_a_visit_to_each_hosted_by_its_own_head(text, lang, status):
    found = events(text, published=date(2024, 10, 9), lang=lang)
    visits = [e for e in found if e.type == "visit"]
    assert sorted(e.place.id for e in visits) == ["DE", "FR"] and {e.status for e in visits} == {status}
    [france] = [e for e in found if e.type == "visit" and e.place.id == "FR"]
    assert {p.id: p.role for p in france.participants} == {"biden": "guest", "macron": "host"}


@pytest.mark.parametrize("text, lang", [
    ("Саммит ШОС прошел в Астане 4 июля. В саммите приняли участие Си Цзиньпин, Владимир Путин и Александр "
     "Лукашенко. Индию представлял министр иностранных дел Субраманьям Джайшанкар. Главы государств подписали "
     "Астанинскую декларацию.", "ru"),
    ("Астанада 4 шілдеде ШЫҰ саммиті өтті. Саммитке Қытай Төрағасы Си Цзиньпин, Ресей Президенті Владимир Путин, "
     "Беларусь Президенті Александр Лукашенко қатысты. Үндістан атынан ел Сыртқы істер министрі Субраманьям "
     "Джайшанкар келді. Мемлекет басшылары Астана декларациясына қол қойды.", "kk"),
])
def test_what_the_heads_signed_after_a_summit_is_signed_by_its_leaders_not_the_last_two_named(text, lang):
    [signing] = [e for e in events(text, published=date(2024, 7, 4), lang=lang) if e.type == "signing"]
    assert signing.participant_ids() == frozenset({"xi-jinping", "putin", "lukashenko"})


@pytest.mark.parametrize("text, etype, place", [
    # a country's adjective before "столица" names its capital
    ("Путин прибыл в белорусскую столицу.", "visit", "minsk"),
    ("В российской столице прошли переговоры Путина и Токаева.", "meeting", "moscow"),
    ("Сегодня в казахстанскую столицу прибыл Президент Кыргызстана Садыр Жапаров.", "visit", "astana"),
])
def test_a_capital_named_by_its_countrys_adjective_is_that_city(text, etype, place):
    found = of_type(text, etype, published=date(2025, 6, 16))
    assert found and found[0].place is not None and found[0].place.id == place


@pytest.mark.parametrize("text, guest", [
    # the subject of ", когда ..." is the guest of the visit it tells, not the sides of talks told before
    ("Путин встретится с Моди в Тяньцзине. Ушаков напомнил, что лидеры двух стран встречались в мае, когда Си "
     "Цзиньпин находился в Москве с государственным визитом.", "xi-jinping"),
    ("Токаев провёл переговоры с Мирзиёевым. Он напомнил, что в прошлом году, когда Эрдоган находился в Астане с "
     "визитом, лидеры подписали декларацию.", "erdogan"),
])
def test_the_subject_of_a_when_clause_is_the_guest_of_its_visit(text, guest):
    visits = of_type(text, "visit", published=date(2025, 8, 28))
    assert [v.ids_with_role("guest") for v in visits] == [{guest}]


def test_talks_of_two_states_take_no_sides_of_talks_told_before():
    text = ("Кроме того, возможна встреча Путина с Пезешкианом. 2 сентября в Пекине пройдут официальные "
            "российско-китайские переговоры.")
    meetings = of_type(text, "meeting", published=date(2025, 8, 28))
    assert not [e for e in meetings if e.start == "2025-09-02" and "pezeshkian" in e.participant_ids()]


def test_the_leaders_of_two_states_are_not_the_sides_of_talks_without_the_leader_the_sentence_names():
    text = ("Путин провёл переговоры с Моди. Ушаков напомнил, что в прошлый раз лидеры встречались в мае, когда Си "
            "Цзиньпин находился в Москве.")
    meetings = of_type(text, "meeting", published=date(2025, 8, 28))
    assert not [e for e in meetings if {"modi", "xi-jinping"} <= e.participant_ids()]


@pytest.mark.parametrize("text, status", [
    # a trip called off is the trip's, not the gathering's it was to: the summit stays held, without him
    ("Саммит G20 открылся в субботу в Йоханнесбурге. В нём участвуют Моди и Эрдоган. Президент Аргентины Хавьер "
     "Милей отменил запланированную поездку в ЮАР на саммит.", "held"),
    ("Саммит ШОС пройдёт в Тяньцзине 31 августа. Моди перенёс визит в Китай для участия в саммите.", "planned"),
])
def test_a_trip_called_off_calls_off_no_gathering(text, status):
    summits = of_type(text, "summit", published=date(2025, 8, 22))
    assert len(summits) == 1 and summits[0].status == status
    assert all(p.name != "Хавьер Милей" for p in summits[0].participants)


@pytest.mark.parametrize("text, lang", [
    ("Лидеры подписали договор по итогам второго саммита «Центральная Азия – Китай». В саммите, который провел "
     "Токаев, приняли участие Си Цзиньпин и Мирзиёев. Си Цзиньпин пригласил Токаева посетить Китай для участия в "
     "саммите ШОС, который пройдет в Тяньцзине.", "ru"),
    ("Кеше Астанада «Орталық Азия – Қытай» саммиті өтті. Оған Тоқаев, Си Цзиньпин және Мирзиёев қатысты. "
     "Тоқаев Тяньцзиньде өтетін ШЫҰ саммитіне қатысады.", "kk"),
])
def test_a_summit_held_and_one_to_come_in_one_report_stay_two(text, lang):
    summits = of_type(text, "summit", published=date(2025, 6, 18), lang=lang)
    assert sorted(e.status for e in summits) == ["held", "planned"]
    held = next(e for e in summits if e.status == "held")
    assert held.place is None or held.place.name == "Астана"


@pytest.mark.parametrize("text, guest, host", [
    # a participle before the name it agrees with: the name is the guest
    ("Трамп встретил прибывшего в США с визитом Путина у трапа самолета.", "putin", "trump"),
    ("Токаев встретился с прибывшим в Астану с визитом Мирзиёевым.", "mirziyoyev", "tokayev"),
    ("Путин принял прибывшего в Москву с официальным визитом президента Египта Абдель Фаттаха ас-Сиси.", "sisi",
     "putin"),
    # guard: after the name, as before
    ("Путин встретился с Токаевым, прибывшим в Москву.", "tokayev", "putin"),
])
def test_a_participle_of_arrival_names_the_guest_it_agrees_with(text, guest, host):
    [visit] = of_type(text, "visit", published=date(2025, 8, 16))
    assert visit.ids_with_role("guest") == {guest} and visit.ids_with_role("host") == {host}


def test_a_guest_received_after_his_participle_is_received():
    text = "Путин принял прибывшего в Москву с официальным визитом президента Египта Абдель Фаттаха ас-Сиси."
    [meeting] = of_type(text, "meeting", published=date(2025, 8, 16))
    assert meeting.participant_ids() == {"putin", "sisi"}


@pytest.mark.parametrize("text, lang, place", [
    # a country's capital named by the word for capital
    ("Бүгін Тәжікстан астанасында ТМД саммиті өтті.", "kk", "dushanbe"),
    ("Тоқаев Қырғызстан елордасына жұмыс сапарымен барды.", "kk", "bishkek"),
    ("Сегодня в столице Таджикистана прошёл саммит СНГ.", "ru", "dushanbe"),
])
def test_the_capital_of_a_country_is_its_capital_city(text, lang, place):
    found = [e for e in events(text, published=date(2025, 10, 10), lang=lang) if e.type in ("summit", "visit")]
    assert found and found[0].place is not None and found[0].place.id == place


def test_two_summits_in_one_city_told_one_after_the_other_keep_their_own_days_and_leaders():
    text = ("Бүгін Душанбеде ТМД мемлекет басшылары кеңесінің отырысы өтті. Саммитке Қасым-Жомарт Тоқаев, Владимир "
            "Путин және Ильхам Әлиев қатысты. Кеше Душанбеде «Орталық Азия – Ресей» форматындағы екінші саммит өтті. "
            "Оған Владимир Путин, Эмомали Рахмон және Сердар Бердімұхамедов қатысты.")
    summits = sorted(of_type(text, "summit", published=date(2025, 10, 10), lang="kk"), key=lambda e: e.start)
    assert [(e.start, e.participant_ids()) for e in summits] == [
        ("2025-10-09", {"putin", "rahmon", "serdar-berdimuhamedov"}),
        ("2025-10-10", {"tokayev", "putin", "ilham-aliyev"})]


def test_the_hosts_own_talks_with_others_during_a_visit_are_not_the_guests():
    text = ("Токаев прибыл в Самарканд. В аэропорту Главу государства встретил Президент Узбекистана Шавкат Мирзиёев. "
            "Сегодня в Самарканде Мирзиёев провел переговоры с руководством Евросоюза, по итогам которых подписано "
            "соглашение о партнерстве.")
    meetings = of_type(text, "meeting", published=date(2025, 4, 3))
    assert [m.participant_ids() for m in meetings] == [{"mirziyoyev"}]


def test_the_sides_of_talks_of_three_told_just_before_are_those_three():
    text = ("Токаев прибыл в Самарканд. В аэропорту Главу государства встретил Президент Узбекистана Шавкат Мирзиёев. "
            "На полях саммита завтра запланирована встреча Касым-Жомарта Токаева с Антониу Коштой и Урсулой фон дер "
            "Ляйен. Стороны обсудят сотрудничество в сфере критически важного сырья.")
    meetings = of_type(text, "meeting", published=date(2025, 4, 3))
    assert all("mirziyoyev" not in m.participant_ids() for m in meetings)
    assert [len(m.participants) for m in meetings] == [3]


@pytest.mark.parametrize("text", [
    # "предстоящий" agreeing with the event noun past the time and place between them
    "Лидеры обсудили предстоящее в конце мая в Астане заседание Высшего Евразийского экономического совета.",
    "Лидеры обсудили предстоящий 28 мая в Минске саммит ОДКБ.",
])
def test_a_gathering_told_as_upcoming_is_planned(text):
    summits = of_type(text, "summit", published=date(2026, 5, 17))
    assert summits and all(e.status == "planned" for e in summits)


@pytest.mark.parametrize("text, lang", [
    # a leader's own act signed into force is no signing, whatever treaty it ratifies
    ("Токаев подписал закон о ратификации соглашения о сотрудничестве с Узбекистаном.", "ru"),
    ("Путин подписал указ о ратификации договора с Казахстаном.", "ru"),
    ("Мемлекет басшысы Өзбекстанмен келісімді ратификациялау туралы Заңға қол қойды.", "kk"),
    ("Мемлекет басшысы Жарлыққа қол қойды.", "kk"),
])
def test_a_domestic_act_signed_is_no_signing(text, lang):
    assert not of_type(text, "signing", published=date(2026, 10, 7), lang=lang)


@pytest.mark.parametrize("text", [
    # a future participle as the object of the verb that tells it: what he will do
    "Қасым-Жомарт Тоқаев саммитке қатысатынын растады.",
    "Владимир Путин Астанаға сапармен келетінін мәлімдеді.",
    # ... or as the subject of its passive
    "ШЫҰ саммитіне Қасым-Жомарт Тоқаев пен Владимир Путин қатысатыны расталды.",
])
def test_what_a_leader_confirms_he_will_do_is_to_come(text):
    found = [e for e in events(text, published=date(2025, 12, 5), lang="kk") if e.type in ("summit", "visit")]
    assert found and all(e.status == "planned" for e in found)


def test_the_leaders_of_two_countries_are_never_the_sides_of_talks_of_three():
    text = ("Президент Узбекистана Шавкат Мирзиёев 12–13 марта посетит Казахстан с государственным визитом. Накануне "
            "в Ташкенте состоялась встреча министров иностранных дел двух стран Ермека Кошербаева и Бахтиёра Саидова. "
            "Последний раз лидеры двух стран встречались в ноябре прошлого года в Вашингтоне.")
    found = [e for e in events(text, published=date(2026, 3, 10)) if e.start == "2025-11"]
    assert found and all(len(e.participants) == 2 for e in found)


@pytest.mark.parametrize("text, lang", [
    ("Президент Азербайджана Ильхам Алиев также должен был принять участие в саммите, однако его визит в Душанбе "
     "в последний момент отменили.", "ru"),
    ("Планировалось, что Алиев примет участие в саммите, но поездку в Душанбе отменили.", "ru"),
    ("Әзербайжан Президенті Ілхам Әлиевтің де саммитке қатысуы жоспарланған еді, алайда оның Душанбеге сапары "
     "соңғы сәтте тоқтатылды.", "kk"),
])
def test_what_was_to_be_but_for_a_contrast_is_no_event_and_the_trip_called_off_is_cancelled(text, lang):
    found = events(text, lang=lang)
    assert not [e for e in found if e.type == "summit"]
    visits = [e for e in found if e.type == "visit"]
    assert all(e.status == "cancelled" for e in visits)
    if "его визит" in text or "оның" in text:  # the trip called off is his
        assert [e.participant_ids() & {"ilham-aliyev"} for e in visits] == [{"ilham-aliyev"}]


def test_what_was_to_be_with_no_contrast_is_not_held():
    found = of_type("Алиев должен был прибыть в Душанбе в четверг.", "visit")
    assert found and all(e.status == "planned" for e in found)


@pytest.mark.parametrize("text, lang", [
    ("Токаев провел переговоры с Садыром Жапаровым в Акорде. Стороны обсудили водные ресурсы. В завершение переговоров "
     "была подписана декларация о союзничестве.", "ru"),
    ("Мемлекет басшысы Ақордада Садыр Жапаровпен келіссөз жүргізді. Тараптар су ресурстарын талқылады. Келіссөздер "
     "соңында одақтастық туралы декларацияға қол қойылды.", "kk"),
])
def test_what_was_signed_at_the_end_of_the_talks_was_signed_by_their_sides_where_they_were(text, lang):
    [signing] = of_type(text, "signing", lang=lang)
    assert signing.participant_ids() == {"tokayev", "japarov"} and signing.place.id == "astana"


def test_a_headlines_status_gives_way_to_the_bodys():
    text = ("Эммануэль Макрон рассказал о беседе с Моди и поездке в Пекин\n\nПрезидент Франции Эммануэль Макрон "
            "сообщил, что в конце месяца отправится в Пекин.")
    [visit] = of_type(text, "visit", published=date(2026, 4, 3))
    assert visit.status == "planned"


@pytest.mark.parametrize("text, lang", [
    # a headline's gathering, only talked about, gives way to the body's gathering still to come
    ("Ушаков рассказал о программе Путина на саммите СНГ в Ашхабаде\n\nМОСКВА, 6 октября. Президент России "
     "Владимир Путин примет участие в заседании Совета глав государств СНГ, которое пройдет 9 октября в Ашхабаде.",
     "ru"),
])
def test_a_headlines_gathering_gives_way_to_the_bodys_still_to_come(text, lang):
    summits = of_type(text, "summit", lang=lang, published=date(2026, 10, 6))
    assert [(e.status, e.start, e.place.id) for e in summits] == [("planned", "2026-10-09", "ashgabat")]


def test_leaders_in_the_plural_are_the_two_the_sentence_before_named_with_nothing_reported():
    text = ("Трамп провел переговоры с Си Цзиньпином в Пусане 30 октября. История личных контактов Путина и Трампа "
            "насчитывает несколько встреч. Впервые президенты встретились в июле 2017 года в Гамбурге.")
    [hamburg] = [e for e in events(text, published=date(2026, 4, 3)) if e.start == "2017-07"]
    assert hamburg.participant_ids() == {"putin", "trump"}


def test_talks_with_nobody_named_after_talks_told_over_and_over_between_the_same_sides_are_theirs():
    text = ("Путин и Трамп впервые встретились в июле 2017 года в Гамбурге. Затем лидеры встречались в июне 2019 года "
            "в Осаке, а в июле 2018 года провели переговоры в Хельсинки. Последняя очная встреча прошла в августе "
            "прошлого года в Анкоридже.")
    [last] = [e for e in events(text, published=date(2026, 4, 3)) if e.start == "2025-08"]
    assert last.participant_ids() == {"putin", "trump"} and last.place.id == "anchorage"


def test_who_gives_his_view_after_a_quote_takes_no_part_in_what_he_talks_about():
    text = ("Трамп говорил с Путиным по телефону. «Вряд ли до завершения визита мы услышим что-то конкретное о новой "
            "встрече с Путиным», — считает американист Игорь Белов.")
    assert not [e for e in events(text, published=date(2026, 4, 3)) if "per-игорь-белов" in e.participant_ids()]


@pytest.mark.parametrize("text, lang", [
    ("В Акорде состоялась церемония официальной встречи Президента Узбекистана Шавката Мирзиёева, прибывшего в "
     "Казахстан с государственным визитом. Стороны обсудили транзит. Лидеры обменялись мнениями о водных ресурсах. "
     "Государственный визит Шавката Мирзиёева в Казахстан продлится до 13 марта.", "ru"),
    ("Өзбекстан Президенті Шавкат Мирзиёев бүгін Астанаға мемлекеттік сапармен келді. Мирзиёевтің мемлекеттік "
     "сапары 13 наурызға дейін жалғасады.", "kk"),
])
def test_a_visit_that_lasts_until_a_day_is_the_visit_told_before_until_that_day(text, lang):
    visits = of_type(text, "visit", published=date(2026, 3, 12), lang=lang)
    assert [(v.status, v.start, v.end) for v in visits] == [("held", "2026-03-12", "2026-03-13")]


def test_a_stop_still_to_come_is_no_part_of_the_held_visit_nor_its_city():
    text = ("Президент Узбекистана Шавкат Мирзиёев 12–13 марта находится в Казахстане с государственным визитом. "
            "Завтра Мирзиёев посетит индустриальный парк в Туркестане.")
    visits = of_type(text, "visit", published=date(2026, 3, 12))
    assert sorted((v.status, v.start, v.place.id) for v in visits) == [
        ("held", "2026-03-12", "KZ"), ("planned", "2026-03-13", "turkistan")]


def test_a_sitting_of_another_day_is_no_sitting_of_a_summit_recalled():
    text = ("Так, встреча Путина и Эрдогана в Астане в октябре 2022 года на полях саммита СВМДА стала отправной точкой "
            "для проекта. Как сообщалось, в понедельник Путин также провел совещание по развитию транспорта.")
    found = events(text, published=date(2026, 3, 17))
    assert not [e for e in found if e.type == "summit" and e.start == "2026-03-16"]


@pytest.mark.parametrize("text, lang", [
    ("Мемлекеттік сапармен Қытайда жүрген Қасым-Жомарт Тоқаев бүгін Пекинде Си Цзиньпинмен келіссөздер жүргізді. "
     "Мемлекет басшысы Пекинге кеше келген болатын.", "kk"),
    ("Находящийся с государственным визитом в Китае Касым-Жомарт Токаев сегодня провел переговоры с Си Цзиньпином "
     "в Пекине. Токаев прибыл в Пекин вчера.", "ru"),
])
def test_an_arrival_the_day_before_and_the_visit_under_way_today_are_one_visit_over_both_days(text, lang):
    visits = of_type(text, "visit", published=date(2026, 6, 17), lang=lang)
    assert [(v.start, v.end) for v in visits] == [("2026-06-16", "2026-06-17")]


def test_a_gathering_an_invitation_to_visit_is_for_is_still_to_come():
    text = "Си Цзиньпин пригласил Токаева посетить Китай для участия в саммите ШОС, который пройдет в Тяньцзине."
    assert [(e.status, e.place.id) for e in of_type(text, "summit", published=date(2025, 6, 17))] == [
        ("planned", "tianjin")]


def test_a_treaty_to_be_signed_this_year_takes_no_signatories_from_talks_of_last_year():
    text = ("Премьер напомнил о трехсторонней встрече в Белом доме 8 августа прошлого года с участием президента США "
            "Дональда Трампа и президента Азербайджана Ильхама Алиева. Он выразил надежду, что мирный договор между "
            "двумя странами будет подписан до конца года.")
    found = events(text, published=date(2026, 4, 22))
    assert not [e for e in found if e.type == "signing" and "trump" in e.participant_ids()]


@pytest.mark.parametrize("text, lang", [
    ("Армения не будет участвовать в саммите ОДКБ, который пройдет в ноябре в Москве, заявил Никол Пашинян.", "ru"),
    ("Армения не примет участия в саммите ОДКБ, который состоится в ноябре в Москве.", "ru"),
    ("Никол Пашинян Мәскеуде қарашада өтетін ҰҚШҰ саммитіне қатыспайды.", "kk"),
    ("Никол Пашинян Мәскеуде қарашада өтетін ҰҚШҰ саммитіне бармайды.", "kk"),
])
def test_someone_absent_from_a_gathering_leaves_the_gathering_standing_without_him(text, lang):
    found = of_type(text, "summit", published=date(2026, 4, 22), lang=lang)
    assert [(e.status, e.start, e.place.id, e.participant_ids()) for e in found] == [
        ("planned", "2026-11", "moscow", frozenset())]


@pytest.mark.parametrize("text", [
    # did not come, went not, told in the pluperfect too
    "Пашинян мамырда Мәскеуде өткен ҰҚШҰ саммитіне келмеді.",
    "Пашинян мамырда Мәскеуде өткен ҰҚШҰ саммитіне де келмеген еді.",
    "Пашинян мамырда Мәскеуде өткен ҰҚШҰ саммитіне бармаған болатын.",
])
def test_a_kazakh_leader_who_did_not_come_leaves_the_gathering_held_without_him(text):
    found = of_type(text, "summit", published=date(2026, 11, 20), lang="kk")
    assert [(e.status, e.start, e.place.id, e.participant_ids()) for e in found] == [
        ("held", "2026-05", "moscow", frozenset())]


@pytest.mark.parametrize("text, title_start", [
    ("Эксперты называют ключевым Договор о гарантиях безопасности в рамках Союзного государства, который Путин и "
     "Лукашенко подписали в декабре 2024 года в Минске.", "Договор о гарантиях безопасности"),
    ("Стороны обсудили выполнение соглашения о свободной торговле, которое Токаев и Мирзиёев подписали в Ташкенте "
     "в декабре 2022 года.", "Соглашение о свободной торговле"),
])
def test_a_document_signed_in_a_relative_clause_is_a_signing_by_its_subject(text, title_start):
    found = of_type(text, "signing", published=date(2026, 3, 27))
    assert len(found) == 1 and len(found[0].participants) == 2 and found[0].status == "held"
    assert found[0].start in ("2024-12", "2022-12") and found[0].document.title.startswith(title_start)


@pytest.mark.parametrize("text, count", [
    ("Россия председательствует в организации в 2026 году, и главы государств ОДКБ соберутся в Москве в ноябре.", 1),
    ("Лидеры стран СНГ собрались в Ашхабаде на неформальный саммит.", 1),
    ("Путин собирается посетить Китай в сентябре.", 0),  # intending, not gathering
])
def test_a_blocs_heads_gathering_is_its_summit(text, count):
    assert len(of_type(text, "summit", published=date(2026, 3, 27))) == count


def test_a_headlines_gathering_with_no_day_of_its_own_is_the_one_the_body_dates():
    text = ("В Ереване прошел саммит Европейского политического сообщества\n\nЕРЕВАН, 5 мая. /ТАСС/. Саммит "
            "Европейского политического сообщества завершился накануне в Ереване. В нем приняли участие президент "
            "Франции Эммануэль Макрон и президент Сербии Александр Вучич.\n\nПрезидент Азербайджана Ильхам Алиев в "
            "Ереван не приехал. Таким образом, встреча Пашиняна и Алиева на полях саммита, о возможности которой "
            "армянский премьер говорил в апреле, не состоялась.")
    found = of_type(text, "summit", published=date(2026, 5, 5))
    assert ("2026-05-05", "yerevan") not in [(e.start, e.place.id) for e in found]
    assert ("2026-05-04", "yerevan") in [(e.start, e.place.id) for e in found]


def test_talks_that_did_not_take_place_past_a_relative_clause_are_cancelled_and_the_summit_not():
    text = ("Президент Азербайджана Ильхам Алиев в Ереван не приехал. Таким образом, встреча Никола Пашиняна и Алиева "
            "на полях саммита, о возможности которой армянский премьер говорил в апреле, не состоялась.")
    found = events(text, published=date(2026, 5, 5))
    assert [e.status for e in found if e.type == "meeting"] == ["cancelled"]
    assert all(e.status != "cancelled" for e in found if e.type == "summit")


@pytest.mark.parametrize("text, lang", [
    ("Заголовок\n\nПЕКИН, 2 сен – РИА Новости. Президент России Владимир Путин и председатель КНР Си Цзиньпин во "
     "вторник провели переговоры в Пекине. По итогам переговоров подписано более 20 межправительственных "
     "документов. Российский лидер находится в Китае с четырехдневным визитом, который начался в воскресенье в "
     "Тяньцзине.", "ru"),
    ("Заголовок\n\nПутин мен Си Цзиньпин сейсенбіде Пекинде келіссөздер жүргізді. Келіссөздер қорытындысы "
     "бойынша 20-дан астам құжатқа қол қойылды. Ресей Президенті Қытайға төрт күндік сапармен жексенбіде "
     "Тяньцзиньге келген болатын.", "kk"),
])
def test_a_signing_after_talks_is_where_the_talks_were_not_where_the_visit_began(text, lang):
    found = events(text, published=date(2025, 9, 2), lang=lang)
    assert [e.place.id for e in found if e.type == "signing"] == ["beijing"]
    assert [e.place.id for e in found if e.type == "visit"] == ["tianjin"]


@pytest.mark.parametrize("text, status, start", [
    ("Как сообщил Касым-Жомарт Токаев, следующее заседание Высшего Евразийского экономического совета пройдет в "
     "декабре в Санкт-Петербурге.", "planned", "2026-12"),
    ("Как сообщил Токаев, следующее заседание ВЕЭС пройдет в декабре в Санкт-Петербурге.", "planned", "2026-12"),
    ("Как сообщили в Акорде, в ходе встречи Путина и Токаева в Сочи в среду стороны договорились ускорить "
     "газификацию.", "held", "2026-05-27"),
])
def test_a_speech_verb_set_off_by_a_comma_does_not_tell_when_the_event_is(text, status, start):
    found = [e for e in events(text, published=date(2026, 5, 29)) if e.type in ("summit", "meeting")]
    assert [(e.status, e.start) for e in found] == [(status, start)]


@pytest.mark.parametrize("text, etype, place", [
    ("Путин напомнил, что с 3 по 6 июня в Санкт-Петербурге пройдет ПМЭФ.", "forum", "saint-petersburg"),
    ("Токаев выступил на ВЭФ во Владивостоке.", "forum", "vladivostok"),
    ("Токаев принял участие в заседании ВЕЭС в Минске.", "summit", "minsk"),
])
def test_a_gathering_named_by_its_abbreviation(text, etype, place):
    found = events(text, published=date(2026, 5, 29))
    assert [(e.type, e.place.id) for e in found] == [(etype, place)]


def test_the_sittings_of_a_live_report_are_the_days_summit():
    text = ("Саммит ЕАЭС в Астане\n\nСегодня в Астане проходит заседание Высшего Евразийского экономического совета. "
            "Заседание завершилось. Следующее заседание ВЕЭС пройдет в декабре в Санкт-Петербурге. Путин напомнил, "
            "что в июне в Санкт-Петербурге пройдет ПМЭФ. Лукашенко задержится в Астане еще на день. Журналисты "
            "из шести стран аккредитованы. Началось заседание в узком формате. В нем участвуют Касым-Жомарт "
            "Токаев, Владимир Путин, Александр Лукашенко и Садыр Жапаров.")
    found = events(text, published=date(2026, 5, 29))
    held = [e for e in found if e.status == "held"]
    assert [(e.type, e.start, e.place.id) for e in held] == [("summit", "2026-05-29", "astana")]
    assert {"tokayev", "putin", "lukashenko", "japarov"} <= set(held[0].participant_ids())


@pytest.mark.parametrize("text, guest", [
    ("Саммит прошел в Ташкенте. За одним столом с федеральным канцлером Фридрихом Мерцем собрались президенты "
     "Шавкат Мирзиёев и Касым-Жомарт Токаев. Официальный визит канцлера в Узбекистан проходил 18–19 ноября.", "merz"),
    ("Канцлер Германии Фридрих Мерц провел переговоры с Токаевым в Астане. Визит канцлера в Узбекистан "
     "начнется в среду.", "merz"),
    # not the one who was chancellor then
    ("Федеральный канцлер Германии Фридрих Мерц посетит Ташкент. Первый саммит прошел в Берлине по приглашению "
     "тогдашнего канцлера Олафа Шольца. Визит канцлера в Узбекистан продлится два дня.", "merz"),
])
def test_a_bare_chancellor_is_the_one_the_text_names(text, guest):
    visits = [e for e in events(text, published=date(2026, 11, 20)) if e.type == "visit"]
    assert [[p.id for p in e.participants if p.role == "guest"] for e in visits] == [[guest]]


@pytest.mark.parametrize("text, gathered", [
    ("Саммит прошел в четверг в Ташкенте. За одним столом с федеральным канцлером Фридрихом Мерцем собрались "
     "президенты Шавкат Мирзиёев и Касым-Жомарт Токаев.", {"merz", "mirziyoyev", "tokayev"}),
    ("Саммит прошел в четверг в Ташкенте. Журналисты и гости собрались у Дворца форумов.", set()),
])
def test_leaders_who_gathered_after_the_summit_took_part_in_it(text, gathered):
    found = events(text, published=date(2026, 11, 20))
    assert [(e.type, set(e.participant_ids())) for e in found] == [("summit", gathered)]


@pytest.mark.parametrize("text, lang", [
    ("Президент США Дональд Трамп находился с государственным визитом в Пекине с 13 по 15 апреля. Во вторник прошли "
     "переговоры с Си Цзиньпином. В среду Трамп встретился с премьером Госсовета КНР Ли Цяном.", "ru"),
    ("АҚШ Президенті Дональд Трамп 13-15 сәуірде Пекинде мемлекеттік сапармен болды. Сейсенбіде Си Цзиньпинмен "
     "келіссөздер өтті. Сәрсенбіде Трамп ҚХР Мемлекеттік кеңесінің премьері Ли Цянмен кездесті.", "kk"),
])
def test_talks_of_the_guest_with_another_leader_of_the_host_country_are_part_of_the_visit(text, lang):
    talks = [e for e in events(text, published=date(2026, 4, 16), lang=lang)
             if e.type == "meeting" and "li-qiang" in e.participant_ids()]
    assert [(e.place.id if e.place else None, sorted(e.participant_ids())) for e in talks] == [
        ("beijing", ["li-qiang", "trump"])]


@pytest.mark.parametrize("text, lang, dated, people", [
    ("Федеральный канцлер Германии Фридрих Мерц принял участие в саммите «Центральная Азия – Германия» в Ташкенте. "
     "Предыдущий саммит в этом формате прошел в сентябре 2024 года в Астане.", "ru", "2024-09", set()),
    ("Германия Федералды канцлері Фридрих Мерц Ташкенттегі «Орталық Азия – Германия» саммитіне қатысты. Осы "
     "форматтағы алдыңғы саммит 2024 жылғы қыркүйекте Астанада өтті.", "kk", "2024-09", set()),
    # named in its own sentence, a leader stays whatever the registry says of his offices
    ("Предыдущий саммит в этом формате прошел в сентябре 2024 года в Астане при участии Фридриха Мерца.", "ru",
     "2024-09", {"merz"}),
])
def test_a_leader_from_the_sentences_around_who_held_no_office_then_takes_no_part(text, lang, dated, people):
    found = [e for e in events(text, published=date(2026, 11, 20), lang=lang) if e.start == dated]
    assert [set(e.participant_ids()) for e in found] == [people]


def test_the_leaders_who_took_part_in_the_work_of_a_council_of_heads_are_its_summits():
    text = ("Саммит ШОС завершился в Бишкеке. В работе Совета глав государств ШОС приняли участие Владимир Путин, "
            "Си Цзиньпин и Касым-Жомарт Токаев.")
    found = events(text, published=date(2026, 8, 29))
    assert [(e.type, set(e.participant_ids())) for e in found] == [("summit", {"putin", "xi-jinping", "tokayev"})]


@pytest.mark.parametrize("text, lang, kept", [
    ("Саммит ШОС пройдет 15 мая.", "ru", [("summit", "planned", "2026-05-15")]),
    ("Түркі мемлекеттері ұйымының бейресми саммиті 15 мамырда өтеді.", "kk", [("summit", "planned", "2026-05-15")]),
    # a sitting with nobody in it, nor a gathering with no name, no place and nobody, is no event
    ("Заседание пройдет 15 мая.", "ru", []),
    ("Саммит пройдет 15 мая.", "ru", []),
])
def test_a_gathering_named_and_dated_is_an_event_wherever_it_is(text, lang, kept):
    found = events(text, published=date(2026, 4, 3), lang=lang)
    assert [(e.type, e.status, e.start) for e in found] == kept


@pytest.mark.parametrize("text", [
    # the council's sitting with words of its format between the council and the sitting is still its summit
    "29 мамырда Астанада Жоғары Еуразиялық экономикалық кеңестің шағын және кеңейтілген құрамдағы отырысы өтеді. Отырысқа "
    "Владимир Путин мен Александр Лукашенко қатысады.",
    "29 мамырда Астанада Жоғары Еуразиялық экономикалық кеңестің отырысы өтеді. Отырысқа Владимир Путин мен Александр "
    "Лукашенко қатысады.",
])
def test_a_kazakh_council_sitting_in_its_format_is_a_summit(text):
    found = events(text, published=date(2026, 5, 21), lang="kk")
    assert [(e.type, e.status, e.start, e.place and e.place.id, e.participant_ids()) for e in found] == [
        ("summit", "planned", "2026-05-29", "astana", frozenset({"putin", "lukashenko"}))]


@pytest.mark.parametrize("text, lang", [
    # the sitting on whose margins talks were held is the one named so, not a summit recalled in a quote after it
    ("АСТАНА, 29 мая (БелТА) – Александр Лукашенко выступил сегодня на заседании Высшего Евразийского экономического "
     "совета. «В ноябре прошлого года на саммите ОДКБ в Бишкеке мы договорились о мерах безопасности», – сказал он. "
     "На полях заседания Александр Лукашенко провел встречу с Касым-Жомартом Токаевым.", "ru"),
    ("Астана. 29 мамыр. ҚазАқпарат – Александр Лукашенко бүгін Жоғары Еуразиялық экономикалық кеңестің отырысында "
     "сөз сөйледі. «Өткен жылы қарашада Бішкекте өткен ҰҚШҰ саммитінде біз қауіпсіздік шараларын келістік», – деді "
     "ол. Отырыс аясында Александр Лукашенко Қасым-Жомарт Тоқаевпен кездесті.", "kk"),
])
def test_talks_on_the_margins_of_a_sitting_are_of_the_sitting_named_so(text, lang):
    talks, = of_type(text, "meeting", published=date(2026, 5, 29), lang=lang)
    assert (talks.start, talks.place and talks.place.id) == ("2026-05-29", "astana")


@pytest.mark.parametrize("text, place", [
    # a city, the subject of a verb of receiving a gathering, hosts it
    ("В октябре прошлого года Габала приняла XII саммит ОТГ с участием Ильхама Алиева и Реджепа Тайипа Эрдогана.",
     "gabala"),
    ("В следующем году Астана примет саммит ШОС с участием Токаева.", "astana"),
    # ... not a leader receiving its participants, nor one taking part
    ("Токаев принял участие в саммите ШОС.", None),
])
def test_a_city_that_receives_a_gathering_hosts_it(text, place):
    found = of_type(text, "summit", published=date(2026, 5, 5))
    assert [(e.place and e.place.id) for e in found] == [place]


@pytest.mark.parametrize("text, lang", [
    # talk "during the conversation" under a dateline is the call told again, not a meeting where the report is
    ("Баку, 5 мая (Trend) – Ильхам Алиев в понедельник провел телефонный разговор с Реджепом Тайипом Эрдоганом. "
     "В ходе разговора стороны обсудили реализацию энергетических проектов.", "ru"),
    ("Астана. 5 мамыр. ҚазАқпарат – Қасым-Жомарт Тоқаев Реджеп Тайип Ердоғанмен телефон арқылы сөйлесті. "
     "Әңгімелесу барысында тараптар энергетика жобаларын талқылады.", "kk"),
])
def test_talk_during_a_call_under_a_dateline_is_the_call(text, lang):
    found = events(text, published=date(2026, 5, 5), lang=lang)
    assert [e.type for e in found] == ["phone_call"]


def test_talks_on_a_forums_margins_are_not_of_a_summit_told_after_them():
    text = ("Напомним, 11 апреля Ильхам Алиев принял участие в дипломатическом форуме, который открыл Реджеп Тайип "
            "Эрдоган. На полях форума лидеры провели двустороннюю встречу. В октябре прошлого года в Габале прошел "
            "саммит ОТГ с участием Ильхама Алиева и Реджепа Тайипа Эрдогана.")
    talks = of_type(text, "meeting", published=date(2026, 5, 5))
    assert talks and all(e.start != "2025-10" and (e.place is None or e.place.id != "gabala") for e in talks)


@pytest.mark.parametrize("text, status", [
    # talks planned in the course of a visit called off or put off are called off or put off with it
    ("Визит Моди в Казахстан, запланированный на 9–10 июня, отменен. В ходе визита Моди должен был провести "
     "переговоры с Токаевым в Астане.", "cancelled"),
    ("Визит Моди в Казахстан отложен. В ходе визита планировались переговоры Моди и Токаева.", "postponed"),
    # ... not those of a visit still to come
    ("Моди посетит Казахстан 9–10 июня. В ходе визита планируются переговоры Моди и Токаева.", "planned"),
])
def test_talks_planned_in_a_visit_called_off_share_its_fate(text, status):
    talks = of_type(text, "meeting", published=date(2026, 6, 3))
    assert [e.status for e in talks] == [status]


@pytest.mark.parametrize("text, lang", [
    # the gathering on whose margins talks are still to come is still to come, whatever verb tells the news
    ("В пятницу Путин примет участие в заседании Высшего Евразийского экономического совета, которое пройдет в "
     "Астане. Как уточнил помощник президента, на полях саммита запланирована двусторонняя встреча Путина и "
     "Пашиняна.", "ru"),
    ("Жұма күні Путин Астанада өтетін Жоғары Еуразиялық экономикалық кеңестің отырысына қатысады. Көмекшінің "
     "айтуынша, саммит аясында Путин мен Пашинянның екіжақты кездесуі жоспарланған.", "kk"),
])
def test_talks_to_come_on_a_summits_margins_are_of_the_summit_to_come(text, lang):
    found = events(text, published=date(2026, 5, 26), lang=lang)
    assert [(e.type, e.status, e.start, e.place and e.place.id) for e in found] == [
        ("summit", "planned", "2026-05-29", "astana"), ("meeting", "planned", "2026-05-29", "astana")]


@pytest.mark.parametrize("text, lang, status", [
    # what did not take place and is to be held later is put off, not called off
    ("Встреча Пашиняна и Путина на полях саммита не состоялась, лидеры договорились провести ее позже.", "ru",
     "postponed"),
    ("Путин мен Пашинянның кездесуі өтпеді, оны кейінірек өткізуге келісті.", "kk", "postponed"),
    ("Встреча Пашиняна и Путина на полях саммита не состоялась.", "ru", "cancelled"),
])
def test_talks_that_did_not_take_place_and_are_to_be_held_later_are_put_off(text, lang, status):
    talks = of_type(text, "meeting", published=date(2026, 5, 30), lang=lang)
    assert [e.status for e in talks] == [status]


@pytest.mark.parametrize("text, lang", [
    # a meeting only hoped for is no event, and the gathering it is hoped for at is still to come
    ("Си Цзиньпин также выразил надежду на встречу с Лукашенко на саммите ШОС в Бишкеке.", "ru"),
    ("Си Цзиньпин Бішкектегі ШЫҰ саммитінде Лукашенкомен кездесуге үміт білдірді.", "kk"),
])
def test_the_gathering_a_meeting_is_hoped_for_at_is_to_come(text, lang):
    found = events(text, published=date(2026, 3, 18), lang=lang)
    assert [(e.type, e.status, e.start, e.place and e.place.id) for e in found] == [
        ("summit", "planned", None, "bishkek")]


@pytest.mark.parametrize("text", [
    # ... but the preparation of a visit is no hope
    "Министр Президенттің ай соңында Түрікменстанға жасайтын ресми сапарына дайындық барысын талқылады.",
])
def test_the_preparation_of_a_kazakh_visit_is_still_a_visit(text):
    assert [e.type for e in events(text, published=date(2026, 4, 20), lang="kk")] == ["visit"]


@pytest.mark.parametrize("text, lang, sides", [
    # a minister's trip is no visit to the head of the state he goes to
    ("Министр иностранных дел Казахстана Ермек Кошербаев на следующей неделе посетит Берлин.", "ru",
     {"per-ермек-кошербаев": "guest"}),
    ("Сыртқы істер министрі Ермек Көшербаев келесі аптада Берлинге жұмыс сапарымен барады.", "kk",
     {"per-ермек-кошербаев": "guest"}),
    ("Сергей Лавров на следующей неделе посетит Берлин.", "ru", {"lavrov": "guest"}),
    # a leader's is, whether the registry knows him or the text gives his office
    ("Шавкат Мирзиёев на следующей неделе посетит Берлин.", "ru", {"mirziyoyev": "guest", "steinmeier": "host"}),
])
def test_a_ministers_trip_is_hosted_by_nobody_the_text_does_not_name(text, lang, sides):
    [visit] = of_type(text, "visit", lang=lang, published=date(2026, 6, 3))
    assert {p.id: p.role for p in visit.participants} == sides


@pytest.mark.parametrize("text, lang", [
    ("Токаев провел переговоры с Пашиняном. По итогам встречи министры иностранных дел Ермек Кошербаев и Арарат "
     "Мирзоян подписали программу сотрудничества.", "ru"),
    ("Тоқаев Пашинянмен кездесті. Кездесу қорытындысы бойынша екі елдің Сыртқы істер министрлері Ермек Көшербаев "
     "пен Арарат Мирзоян ынтымақтастық бағдарламасына қол қойды.", "kk"),
])
def test_ministers_named_after_their_plural_title_signed_not_the_leaders_of_the_talks(text, lang):
    [signing] = of_type(text, "signing", lang=lang)
    assert {p.id for p in signing.participants} == {"per-ермек-кошербаев", "per-арарат-мирзоян"}


@pytest.mark.parametrize("text, lang", [
    ("МОСКВА, 24 июля. Путин провел телефонный разговор с Касым-Жомартом Токаевым. Стороны обсудили реализацию "
     "договоренностей, достигнутых в ходе государственного визита Путина в Астану в конце мая.", "ru"),
    ("Астана. 24 шілде. ҚазАқпарат – Тоқаев Путинмен телефон арқылы сөйлесті. Тараптар мамырдың соңында Путиннің "
     "Астанаға мемлекеттік сапары барысында қол жеткізілген уағдаластықтарды іске асыруды талқылады.", "kk"),
])
def test_what_a_call_discussed_of_a_visit_is_the_call_not_talks_on_the_visits_day(text, lang):
    found = events(text, published=date(2026, 7, 24), lang=lang)
    assert not [e for e in found if e.type == "meeting"]
    assert [(e.start, sorted(e.participant_ids())) for e in found if e.type == "phone_call"] == [
        ("2026-07-24", ["putin", "tokayev"])]
    assert [(e.start, e.place and e.place.id) for e in found if e.type == "visit"] == [("2026-05", "astana")]


@pytest.mark.parametrize("text, etype, status, sides", [
    # the one "у" whom the event is, with no subject named, takes part
    ("Завтра у Путина запланированы переговоры с Токаевым.", "meeting", "planned", {"putin", "tokayev"}),
    ("По словам Ушакова, у президента России Владимира Путина запланирована встреча с Си Цзиньпином.", "meeting",
     "planned", {"putin", "xi-jinping"}),
    ("У Токаева состоялась встреча с Мирзиёевым.", "meeting", "held", {"tokayev", "mirziyoyev"}),
    # what one confirms he takes part in is still to come
    ("Путин подтвердил участие в саммите СНГ в Ашхабаде.", "summit", "planned", {"putin"}),
    ("Участие в саммите СНГ в Ашхабаде подтвердили Путин и Токаев.", "summit", "planned", {"putin", "tokayev"}),
    ("Путин подтвердил намерение принять участие в саммите СНГ в Ашхабаде.", "summit", "planned", {"putin"}),
    # ... but what was confirmed to have taken place was held
    ("Кремль подтвердил, что Путин провел переговоры с Токаевым в Астане.", "meeting", "held", {"putin", "tokayev"}),
])
def test_who_has_the_event_and_what_is_confirmed_to_come(text, etype, status, sides):
    [found] = of_type(text, etype, published=date(2026, 10, 6))
    assert (found.status, found.participant_ids()) == (status, sides)


def test_what_one_confirms_he_takes_part_in_is_to_come_in_kazakh_too():
    [found] = of_type("Путин Ашхабадтағы ТМД саммитіне қатысатынын растады.", "summit", published=date(2026, 10, 6),
                      lang="kk")
    assert (found.status, found.participant_ids()) == ("planned", {"putin"})


@pytest.mark.parametrize("text, lang, sides, place", [
    # a person inside the quoted name of a project is a word of the name, no side
    ("Алиев и Пашинян встретились в Абу-Даби и обсудили проект «Маршрут Трампа для международного мира».", "ru",
     {"ilham-aliyev", "pashinyan"}, "abu-dhabi"),
    ("Тоқаев пен Пашинян Астанада кездесіп, «Трамп маршруты» жобасын талқылады.", "kk", {"tokayev", "pashinyan"},
     "astana"),
    # a place of a participle of another noun is no place of the event
    ("Путин и Токаев обсудили ход реализации договоренностей, достигнутых в Вашингтоне.", "ru",
     {"putin", "tokayev"}, None),
    # ... but one of the event's own participle is
    ("Переговоры Путина и Токаева, прошедшие в Москве, были продуктивными.", "ru", {"putin", "tokayev"}, "moscow"),
])
def test_names_and_places_of_something_else_in_the_sentence_are_not_the_events(text, lang, sides, place):
    [meeting] = of_type(text, "meeting", lang=lang)
    assert (meeting.participant_ids(), meeting.place and meeting.place.id) == (sides, place)


@pytest.mark.parametrize("text, status", [
    # talks called off or put off on a gathering's margins were to be held there and then
    ("Саммит ОТГ прошел 5 ноября в Стамбуле. Запланированная на полях саммита встреча Токаева с Алиевым была "
     "отменена в связи с изменением графика.", "cancelled"),
    ("Саммит ОТГ пройдет 5 ноября в Стамбуле. Встреча Токаева с Алиевым на полях саммита перенесена.", "postponed"),
])
def test_talks_called_off_on_a_gatherings_margins_are_of_its_day_and_place(text, status):
    found = events(text, published=date(2026, 11, 5))
    [meeting] = [e for e in found if e.type == "meeting"]
    assert (meeting.status, meeting.start, meeting.place and meeting.place.id) == (status, "2026-11-05", "istanbul")
    # ... and who was to meet there is not told to have come to the gathering
    assert all("ilham-aliyev" not in e.participant_ids() for e in found if e.type == "summit")


@pytest.mark.parametrize("text, lang", [
    # who chaired the gathering just told took part in it
    ("Токаев принял участие в саммите ОТГ, который прошел в Стамбуле. Председательствовал на встрече президент "
     "Турции Реджеп Тайип Эрдоган.", "ru"),
    ("Тоқаев Ыстамбұлда өткен ТМҰ саммитіне қатысты. Жиынды Түркия Президенті Режеп Тайып Ердоған жүргізді.", "kk"),
])
def test_who_chaired_the_gathering_just_told_took_part_in_it(text, lang):
    [summit] = of_type(text, "summit", lang=lang, published=date(2026, 11, 5))
    assert summit.participant_ids() == {"tokayev", "erdogan"}
