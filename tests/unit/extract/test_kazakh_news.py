"""Kazakh news, sentence shapes as Akorda, Kazinform or Egemen Qazaqstan write them.

Each row is a short report (one or two sentences, written for these tests) and the event a reader
takes from it: its type, the participants with their roles (those listed must be there), the place,
the date, the status and the kind of a visit. Rows without a type say that no event (or no event of
the types listed) may come out of the text. Published on a Wednesday, 5 November 2025.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.kazakh import fold
from extract.pipeline import extract_article
from extract.rules.verb_tense_kk import verb_tense

PUB = date(2025, 11, 5)
TODAY = "2025-11-05"


def _events(text: str):
    return extract_article(text, published=PUB, lang="kk").events


def _matches(event, want: dict) -> bool:
    roles = {p.id: p.role for p in event.participants}
    if any(roles.get(pid) != role for pid, role in want.get("roles", {}).items()):
        return False
    if any(pid in roles for pid in want.get("without", ())):
        return False
    if "place" in want and (event.place.id if event.place else None) != want["place"]:
        return False
    for key in ("start", "status", "kind"):
        if key in want and getattr(event, key) != want[key]:
            return False
    return True


EVENTS = [
    # --- phone calls
    ("Қасым-Жомарт Тоқаев Владимир Путинмен телефон арқылы сөйлесті.",
     dict(type="phone_call", roles={"tokayev": "participant", "putin": "participant"}, start=TODAY,
          status="held")),
    ("Мемлекет басшысы Түркия Президенті Режеп Тайып Ердоғанмен телефон арқылы әңгімелесті.",
     dict(type="phone_call", roles={"tokayev": "participant", "erdogan": "participant"}, start=TODAY)),
    ("Қасым-Жомарт Тоқаев Шавкат Мирзиёевті телефон арқылы туған күнімен құттықтады.",
     dict(type="phone_call", roles={"tokayev": "participant", "mirziyoyev": "participant"}, start=TODAY)),
    ("Ильхам Әлиев Қасым-Жомарт Тоқаевқа телефон шалды.",
     dict(type="phone_call", roles={"tokayev": "participant", "ilham-aliyev": "participant"}, start=TODAY)),
    ("Мемлекет басшысы Қырғызстан Президенті Садыр Жапаровқа телефон соғып, оны туған күнімен құттықтады.",
     dict(type="phone_call", roles={"tokayev": "participant", "japarov": "participant"}, start=TODAY)),
    ("Қасым-Жомарт Тоқаев Садыр Жапаровқа қоңырау шалды.",
     dict(type="phone_call", roles={"tokayev": "participant", "japarov": "participant"}, start=TODAY)),
    ("Қасым-Жомарт Тоқаев пен Садыр Жапаров арасында телефон байланысы өтті.",
     dict(type="phone_call", roles={"tokayev": "participant", "japarov": "participant"}, start=TODAY)),
    # --- the one to come: "алдағы сапар"
    ("Тараптар Мемлекет басшысының Францияға алдағы ресми сапарына дайындықты талқылады.",
     dict(type="visit", roles={"tokayev": "guest"}, place="FR", status="planned", start=None)),
    ("Қасым-Жомарт Тоқаев Си Цзиньпиннің Қазақстанға алдағы мемлекеттік сапары маңызды екенін атап өтті.",
     dict(type="visit", roles={"xi-jinping": "guest"}, place="KZ", status="planned", start=None)),
    # --- the consultative meeting of Central Asian heads is a summit; a name in quotes and dashes after
    # the participle that dates it
    ("Қасым-Жомарт Тоқаев Астанада Орталық Азия мемлекеттері басшыларының консультативтік кездесуіне қатысты.",
     dict(type="summit", roles={"tokayev": "participant"}, place="astana", start=TODAY)),
    ("Тараптар 16-17 маусымда Астанада өтетін «Орталық Азия – Қытай» саммитіне дайындықты талқылады.",
     dict(type="summit", place="astana", start="2026-06-16", status="planned")),
    # --- "екі көшбасшы": a numeral keeps the noun singular, the two leaders all the same
    ("Қасым-Жомарт Тоқаев пен Реджеп Тайып Ердоған Ақордада келіссөз жүргізді. Екі көшбасшы келесі жылы "
     "Анкарада қайта кездесуге уағдаласты.",
     dict(type="meeting", roles={"tokayev": "participant", "erdogan": "participant"}, place="ankara",
          status="planned")),
    # --- a name ends where the next office begins
    ("Сыртқы істер министрі Ермек Көшербаев Мемлекет хатшысы Марко Рубиомен кездесті.",
     dict(type="meeting", roles={"per-ермек-кошербаев": "participant", "rubio": "participant"})),
    # --- each name with its own "-мен": talks with each
    ("Саммит аясында Қасым-Жомарт Тоқаев Нарендра Модимен және Шахбаз Шарифпен кездесті.",
     dict(type="meeting", roles={"modi": "participant"}, without=("shehbaz-sharif",))),
    ("Тоқаев Путинмен және Си Цзиньпинмен үшжақты кездесу өткізді.",
     dict(type="meeting", roles={"tokayev": "participant", "putin": "participant", "xi-jinping": "participant"})),
    # --- receptions and talks
    ("Мемлекет басшысы Ақордада Өзбекстан Президенті Шавкат Мирзиёевті қабылдады.",
     dict(type="meeting", roles={"tokayev": "host", "mirziyoyev": "guest"}, place="astana", start=TODAY,
          status="held")),
    ("Қасым-Жомарт Тоқаев Ақордада Қырғызстан Президенті Садыр Жапаровты қабылдады. "
     "Кездесуде екі ел арасындағы ынтымақтастық мәселелері талқыланды.",
     dict(type="meeting", roles={"tokayev": "host", "japarov": "guest"}, place="astana", start=TODAY)),
    ("Қасым-Жомарт Тоқаев Бейжіңде Си Цзиньпинмен кездесті.",
     dict(type="meeting", roles={"tokayev": "participant", "xi-jinping": "participant"}, place="beijing",
          start=TODAY, status="held")),
    ("Мемлекет басшысы Эммануэль Макронмен Парижде келіссөздер жүргізді.",
     dict(type="meeting", roles={"tokayev": "participant", "macron": "participant"}, place="paris",
          start=TODAY)),
    ("Қасым-Жомарт Тоқаев пен Шавкат Мирзиёев шағын және кеңейтілген құрамда келіссөздер жүргізді.",
     dict(type="meeting", roles={"tokayev": "participant", "mirziyoyev": "participant"}, start=TODAY)),
    ("Ақордада Қасым-Жомарт Тоқаев пен Ильхам Әлиевтің екіжақты кездесуі өтті.",
     dict(type="meeting", roles={"tokayev": "participant", "ilham-aliyev": "participant"}, place="astana",
          start=TODAY)),
    ("Мемлекет басшысы Сердар Бердімұхамедовпен кездесу өткізді.",
     dict(type="meeting", roles={"tokayev": "participant", "serdar-berdimuhamedov": "participant"},
          start=TODAY)),
    ("Қасым-Жомарт Тоқаев 3 қарашада Эмомали Рахмонмен кездесті.",
     dict(type="meeting", roles={"tokayev": "participant", "rahmon": "participant"}, start="2025-11-03")),
    ("Қасым-Жомарт Тоқаев келесі аптада Владимир Путинмен кездеседі.",
     dict(type="meeting", roles={"tokayev": "participant", "putin": "participant"}, status="planned")),
    # --- visits
    ("Президент 12 қарашада Мәскеуге мемлекеттік сапармен барады.",
     dict(type="visit", roles={"tokayev": "guest"}, place="moscow", start="2025-11-12", status="planned",
          kind="state")),
    ("Ресей Президенті Владимир Путин Астанаға мемлекеттік сапармен келді.",
     dict(type="visit", roles={"putin": "guest", "tokayev": "host"}, place="astana", start=TODAY,
          status="held", kind="state")),
    ("Мемлекет басшысы Бейжіңге ресми сапармен барды.",
     dict(type="visit", roles={"tokayev": "guest"}, place="beijing", status="held", kind="official")),
    ("Қасым-Жомарт Тоқаев жұмыс сапарымен Душанбеге жетті.",
     dict(type="visit", roles={"tokayev": "guest"}, place="dushanbe", start=TODAY, status="held",
          kind="working")),
    ("Қасым-Жомарт Тоқаевтың Францияға мемлекеттік сапары басталды.",
     dict(type="visit", roles={"tokayev": "guest"}, start=TODAY, status="held", kind="state")),
    ("Владимир Путиннің шақыруымен Қасым-Жомарт Тоқаев Мәскеуге ресми сапармен барады.",
     dict(type="visit", roles={"tokayev": "guest", "putin": "host"}, place="moscow", status="planned",
          kind="official")),
    ("Ресей Президентінің шақыруымен Мемлекет басшысы Санкт-Петербургке жұмыс сапарымен барды.",
     dict(type="visit", roles={"tokayev": "guest", "putin": "host"}, place="saint-petersburg",
          status="held", kind="working")),
    ("Ильхам Әлиев 20 қарашада Қазақстанға мемлекеттік сапармен келеді.",
     dict(type="visit", roles={"ilham-aliyev": "guest", "tokayev": "host"}, start="2025-11-20",
          status="planned", kind="state")),
    ("Қасым-Жомарт Тоқаев желтоқсанда Үндістанға сапармен баруды жоспарлап отыр.",
     dict(type="visit", roles={"tokayev": "guest"}, start="2025-12", status="planned")),
    ("Мемлекет басшысы келесі жылы Жапонияға ресми сапармен бармақ.",
     dict(type="visit", roles={"tokayev": "guest"}, status="planned", kind="official")),
    ("Түркия Президенті Режеп Тайып Ердоғанның Астанаға сапары қараша айының соңында күтілуде.",
     dict(type="visit", roles={"erdogan": "guest"}, place="astana", status="planned")),
    ("Шавкат Мирзиёев Астанаға ресми сапармен келген болатын.",
     dict(type="visit", roles={"mirziyoyev": "guest"}, place="astana", start=None, status="held")),
    ("Мемлекет басшысы Астанаға ресми сапармен келген Моңғолия Президенті Ухнаагийн Хүрелсүхпен кездесті.",
     dict(type="meeting", roles={"tokayev": "participant", "khurelsukh": "participant"}, start=TODAY)),
    ("Мемлекет басшысы Астанаға ресми сапармен келген Моңғолия Президенті Ухнаагийн Хүрелсүхпен кездесті.",
     dict(type="visit", roles={"khurelsukh": "guest", "tokayev": "host"}, place="astana")),
    # --- forums and summits
    ("Қасым-Жомарт Тоқаев Абу-Даби қаласында өткен халықаралық форумға қатысты.",
     dict(type="forum", roles={"tokayev": "participant"}, place="abu-dhabi", start=TODAY, status="held")),
    ("Мемлекет басшысы Ташкентте өткен ШЫҰ саммитіне қатысты.",
     dict(type="summit", roles={"tokayev": "participant"}, place="tashkent", start=TODAY, status="held")),
    ("Президент Душанбеде өтетін ТМД саммитіне қатысады.",
     dict(type="summit", roles={"tokayev": "participant"}, place="dushanbe", status="planned")),
    ("Қасым-Жомарт Тоқаев Минскіде өткен Жоғары Еуразиялық экономикалық кеңес отырысына қатысты.",
     dict(type="summit", roles={"tokayev": "participant"}, place="minsk", start=TODAY)),
    ("Мемлекет басшысы Астана халықаралық форумында сөз сөйледі.",
     dict(type="forum", roles={"tokayev": "participant"}, start=TODAY)),
    ("Қасым-Жомарт Тоқаев Самарқандтағы халықаралық форумда сөз сөйледі.",
     dict(type="forum", roles={"tokayev": "participant"}, place="samarkand", start=TODAY)),
    # --- signings
    ("Қасым-Жомарт Тоқаев Ақордада Режеп Тайып Ердоғанмен келіссөздер жүргізді. "
     "Тараптар стратегиялық әріптестік туралы шартқа қол қойды.",
     dict(type="signing", roles={"tokayev": "signatory", "erdogan": "signatory"}, status="held")),
    ("Келіссөздер қорытындысы бойынша Қасым-Жомарт Тоқаев пен Шавкат Мирзиёев одақтастық қатынастар "
     "туралы шартқа қол қойды.",
     dict(type="signing", roles={"tokayev": "signatory", "mirziyoyev": "signatory"}, start=TODAY)),
    # --- more shapes: clauses, quotes, titles in a case, expectations
    ("Мемлекет басшысы Мәскеуге барып, Владимир Путинмен кездеседі.",
     dict(type="meeting", roles={"tokayev": "participant", "putin": "participant"}, status="planned")),
    ("Қасым-Жомарт Тоқаев Путинмен кездесті, ал Шавкат Мирзиёев келесі аптада Мәскеуге барады.",
     dict(type="visit", roles={"mirziyoyev": "guest"}, place="moscow", status="planned")),
    ("Қасым-Жомарт Тоқаев Путинмен кездесті, ал Шавкат Мирзиёев келесі аптада Мәскеуге барады.",
     dict(type="meeting", roles={"tokayev": "participant", "putin": "participant"}, status="held")),
    ("Владимир Путин Астанаға келеді деп күтілуде.",
     dict(type="visit", roles={"putin": "guest"}, place="astana", status="planned")),
    ("Мемлекет басшысы Ақордада Ресей Президентін қабылдады.",
     dict(type="meeting", roles={"tokayev": "host", "putin": "guest"}, place="astana", start=TODAY)),
    ("Эммануэль Макрон Қазақстанға ресми сапармен келуі мүмкін.",
     dict(type="visit", roles={"macron": "guest"}, status="planned", kind="official")),
    ("Қасым-Жомарт Тоқаев Ташкент қаласына жұмыс сапарымен барды.",
     dict(type="visit", roles={"tokayev": "guest"}, place="tashkent", status="held", kind="working")),
    ("Президент Ресей Президенті Владимир Путинмен кездесті.",
     dict(type="meeting", roles={"tokayev": "participant", "putin": "participant"}, start=TODAY)),
    ("Мемлекет басшысы Ресей Президенті Владимир Путинмен телефон арқылы сөйлесті, деп хабарлайды "
     "Ақорданың баспасөз қызметі.",
     dict(type="phone_call", roles={"tokayev": "participant", "putin": "participant"}, start=TODAY,
          status="held")),
    ("Қасым-Жомарт Тоқаев пен Владимир Путин телефонмен сөйлесті.",
     dict(type="phone_call", roles={"tokayev": "participant", "putin": "participant"}, start=TODAY)),
    ("Мемлекет басшысы 28 қазанда Душанбеде Эмомали Рахмонмен кездесті.",
     dict(type="meeting", roles={"tokayev": "participant", "rahmon": "participant"}, place="dushanbe",
          start="2025-10-28", status="held")),
    ("Президент қаңтарда Үндістанға сапармен барады.",
     dict(type="visit", roles={"tokayev": "guest"}, start="2026-01", status="planned")),
    ("Ресей Президенті Владимир Путин Астанаға мемлекеттік сапармен келді. "
     "Екі ел басшылары шағын құрамда келіссөздер жүргізді.",
     dict(type="meeting", roles={"tokayev": "participant", "putin": "participant"}, place="astana")),
    ("Мемлекет басшысы 12 қарашада Ташкентке мемлекеттік сапармен барады. "
     "Сапар барысында Қасым-Жомарт Тоқаев Шавкат Мирзиёевпен келіссөздер жүргізеді.",
     dict(type="meeting", roles={"tokayev": "participant", "mirziyoyev": "participant"}, place="tashkent",
          start="2025-11-12", status="planned")),
    ("Владимир Путиннің Астанаға сапары кейінге қалдырылды.",
     dict(type="visit", roles={"putin": "guest"}, place="astana", status="postponed")),
    ("Ақордада Мемлекет басшысы мен Өзбекстан Президентінің кеңейтілген құрамдағы келіссөздері өтті.",
     dict(type="meeting", roles={"tokayev": "participant", "mirziyoyev": "participant"}, place="astana",
          start=TODAY)),
    ("Мемлекет басшысы Ақордада Қырғызстан Президенті Садыр Жапаровпен кездесті. "
     "Екі ел басшылары бірлескен мәлімдемеге қол қойды.",
     dict(type="signing", roles={"tokayev": "signatory", "japarov": "signatory"}, status="held")),
    # --- background: not today's news, so no dateline date
    ("Қасым-Жомарт Тоқаев пен Владимир Путин Сочиде кездескен еді.",
     dict(type="meeting", roles={"tokayev": "participant", "putin": "participant"}, start=None,
          status="held")),
]

NO_EVENTS = [
    # congratulations are no event unless made by phone
    ("Қасым-Жомарт Тоқаев Эммануэль Макронды Франция Президенті болып қайта сайлануымен құттықтады.",
     ("phone_call", "meeting")),
    ("Қасым-Жомарт Тоқаев Шавкат Мирзиёевті мерейтойымен құттықтады.", ("phone_call", "meeting")),
    # a proposal to hold a forum is no forum
    ("Қасым-Жомарт Тоқаев келесі жылы Алматыда халықаралық экология форумын өткізуді ұсынды.", ("forum",)),
    ("Президент Орталық Азия елдері басшыларының кездесуін ұйымдастыруды ұсынды.", ("summit", "meeting")),
    # ... past the words of place and time between the event and the act proposed
    ("Пашинян Әлиевпен келесі кездесуді Астанада өткізуді ұсынды, бірақ Баку әлі жауап берген жоқ.", ("meeting",)),
    ("Тоқаев Мирзиёевпен кездесуді Ташкентте өткізуді ұсынды.", ("meeting",)),
    # an invitation is no visit yet
    ("Қасым-Жомарт Тоқаев Владимир Путинді Астанаға сапармен келуге шақырды.", ("visit",)),
    # a call or an invitation to the event itself
    ("Президент Путин мен Зеленскийді бейбіт келіссөздерге шақырды.", ("meeting",)),
    ("Қасым-Жомарт Тоқаев Владимир Путинді ҰҚШҰ саммитіне шақырды.", ("summit",)),
    # coming home is no visit
    ("Мемлекет басшысы Парижден Астанаға оралды.", ("visit",)),
    # denied: did not come, will not go
    ("Қасым-Жомарт Тоқаев Мәскеуге келген жоқ.", ("visit",)),
    ("Мемлекет басшысы биыл Бакуге бармайды.", ("visit",)),
    ("Екі президент бұл жолы кездеспеді.", ("meeting",)),
    # ... inside a quote: the quote's own predicate, not the verb of saying after it
    ("«Владимир Путиннің Қазақстанға сапары туралы әзірге нақты шешім жоқ», – деді ол.", ("visit",)),
    # a domestic council is no summit nor talks (it is a sitting: see below)
    ("Президент Қауіпсіздік кеңесінің отырысын өткізді.", ("meeting", "summit")),
    # a visit that was cancelled is not held; here: only a statement about the weather
    ("Астанада күн суытады.", ("visit", "meeting", "phone_call", "forum", "summit", "signing")),
]


@pytest.mark.parametrize(("text", "want"), EVENTS, ids=[f"event{n:02d}" for n in range(len(EVENTS))])
def test_kazakh_report_gives_the_event(text: str, want: dict) -> None:
    found = [e for e in _events(text) if e.type == want["type"]]
    assert any(_matches(e, want) for e in found), [
        (e.type, {p.id: p.role for p in e.participants}, e.place and e.place.id, e.start, e.status, e.kind)
        for e in _events(text)]


@pytest.mark.parametrize(("text", "types"), NO_EVENTS, ids=[f"none{n:02d}" for n in range(len(NO_EVENTS))])
def test_kazakh_sentence_gives_no_such_event(text: str, types: tuple[str, ...]) -> None:
    assert not [e for e in _events(text) if e.type in types]


@pytest.mark.parametrize(("verb", "tense"), [
    # past -ды/-ді/-ты/-ті, after a consonant stem and after a stem in -а/-е
    ("барды", "past"), ("келді", "past"), ("кездесті", "past"), ("сөйлесті", "past"), ("жетті", "past"),
    ("қойды", "past"), ("өтті", "past"), ("қабылдады", "past"), ("талқылады", "past"),
    ("құттықтады", "past"), ("аяқтады", "past"), ("қаралды", "past"), ("қойылды", "past"),
    ("келген", "past"),
    # future (aorist) -ады/-еді/-йды
    ("барады", "future"), ("келеді", "future"), ("кездеседі", "future"), ("жүргізеді", "future"),
    ("өтеді", "future"), ("болады", "future"), ("айтады", "future"), ("қояды", "future"),
    ("қабылдайды", "future"), ("талқылайды", "future"), ("өткізіледі", "future"),
    # planned and expected
    ("бармақ", "future"), ("талқыламақ", "future"), ("күтілуде", "future"), ("жоспарлануда", "future"),
    # progressive present
    ("өтуде", "present"),
    # no verb
    ("Астана", None), ("форум", None),
])
def test_verb_endings_give_the_tense(verb: str, tense: str | None) -> None:
    assert verb_tense(fold(verb)) == tense


@pytest.mark.parametrize(("text", "title"), [
    ("Тоқаев пен Путин стратегиялық әріптестік туралы шартқа қол қойды.", "Стратегиялық әріптестік туралы шарт"),
    # "және" inside one title joins its words; the signatories named by what they are stay out of it
    ("Тоқаев Мәскеуде Путинмен келіссөз жүргізді. Екі ел басшылары жан-жақты стратегиялық әріптестік және одақтастық қатынастарға көшу туралы декларацияға "
     "қол қойды.", "Жан-жақты стратегиялық әріптестік және одақтастық қатынастарға көшу туралы декларация"),
    # ... and "және" between two documents parts them
    ("Тоқаев пен Путин бірлескен мәлімдемеге және ынтымақтастық туралы келісімге қол қойды.",
     "Ынтымақтастық туралы келісім"),
])
def test_kazakh_document_title(text: str, title: str) -> None:
    signing = next(e for e in extract_article(text, published=date(2025, 11, 12), lang="kk").events
                   if e.type == "signing")
    assert signing.document.title == title


@pytest.mark.parametrize(("text", "lang"), [
    # the head of state receiving his own minister hosts talks with him, in either language
    ("Мемлекет басшысы Ақордада Ішкі істер министрі Ержан Сәденовті қабылдады.", "kk"),
    ("Касым-Жомарт Токаев принял в Акорде министра внутренних дел Ержана Саденова.", "ru"),
])
def test_a_reception_of_an_official_is_talks_the_leader_hosts(text: str, lang: str) -> None:
    meeting = next(e for e in extract_article(text, published=date(2025, 11, 5), lang=lang).events
                   if e.type == "meeting")
    assert {p.role for p in meeting.participants} == {"host", "guest"}
    assert {p.id for p in meeting.participants if p.role == "host"} == {"tokayev"}
    assert [p.name for p in meeting.participants if p.role == "guest"][0].startswith("Ержан С")
    assert meeting.place is not None and meeting.place.id == "astana"


def test_a_kazakh_dateline_in_capitals_dates_the_news_of_the_day() -> None:
    text = "ҚАРАҒАНДЫ, 5 маусым.\nМемлекет басшысы Шавкат Мирзиёевпен телефон арқылы сөйлесті."
    call = next(e for e in extract_article(text, published=date(2025, 6, 10), lang="kk").events
                if e.type == "phone_call")
    assert (call.start, call.date_source) == ("2025-06-05", "dateline")


@pytest.mark.parametrize(("text", "people"), [
    # "Үкімет төрағасы" after another country's name is that country's head of government, not the home one
    ("Мемлекет басшысы Ресей Федерациясының Үкімет төрағасы Михаил Мишустинді қабылдады.",
     {"tokayev", "mishustin"}),
    ("Мемлекет басшысы Үкімет төрағасы Олжас Бектеновті қабылдады.", {"tokayev", "bektenov"}),
])
def test_kazakh_home_office_is_not_another_countrys(text: str, people: set[str]) -> None:
    meeting = next(e for e in extract_article(text, published=date(2025, 11, 12), lang="kk").events
                   if e.type == "meeting")
    assert {p.id for p in meeting.participants} == people


def test_heads_of_companies_are_no_leaders() -> None:
    text = ("Кеше Ақ үйде Қасым-Жомарт Тоқаев АҚШ Президенті Дональд Трамппен кездесті. Бүгін Мемлекет басшысы "
            "Нью-Йоркте американдық ірі компаниялардың басшыларымен кездесті.")
    in_new_york = [e for e in _events(text) if e.place is not None and e.place.id == "new-york"]
    assert in_new_york and set(in_new_york[0].participant_ids()) == {"tokayev"}


@pytest.mark.parametrize(("text", "title"), [
    ("Тоқаев Астанада өткен ШЫҰ саммитіне қатысты.", "ШЫҰ саммиті (Астана)"),
    ("Мемлекет басшысы Габалада өткен Түркі мемлекеттері ұйымының саммитіне қатысты.",
     "Түркі мемлекеттері ұйымының саммиті (Габала)"),
    ("Мемлекет басшысы Душанбеде өткен саммитке қатысты.", "Саммит (Душанбе)"),  # no bloc named: no name
    ("Қасым-Жомарт Тоқаев Ташкентте Жоғары мемлекетаралық кеңестің отырысына қатысты.",
     "Жоғары мемлекетаралық кеңестің отырысы (Ташкент)"),
])
def test_kazakh_summit_is_named_by_its_bloc(text: str, title: str) -> None:
    assert [e.title for e in _events(text) if e.type == "summit"] == [title]


def test_kazakh_summits_of_two_blocs_stay_two() -> None:
    text = ("Мемлекет басшысы Душанбеде өткен ТМД саммитіне қатысты. Сондай-ақ Душанбеде ҰҚШҰ саммиті өтті, "
            "оған Тоқаев қатысты.")
    titles = sorted(e.title for e in _events(text) if e.type == "summit")
    assert titles == ["ТМД саммиті (Душанбе)", "ҰҚШҰ саммиті (Душанбе)"]


@pytest.mark.parametrize("sentence", [
    # the dative document a few words before "қол қойды", past when, where and by whom
    "Тараптар келісімге 9 желтоқсанда Астанада қол қойды.",
    "Келісімге Тоқаев пен Мирзиёев қол қойды.",
    "Құжаттарға екі ел басшылары қол қойды.",
    "Стратегиялық әріптестік туралы шартқа Тоқаев пен Мирзиёевтің қатысуымен қол қойылды.",
    # the ceremony told right after the talks: signed by their sides
    "Стратегиялық әріптестік туралы шартқа қол қою рәсімі өтті.",
])
def test_kazakh_signing_after_the_talks(sentence: str) -> None:
    text = ("Астана. 9 желтоқсан. Қасым-Жомарт Тоқаев Өзбекстан Президенті Шавкат Мирзиёевпен келіссөздер "
            "жүргізді.\n" + sentence)
    found = extract_article(text, published=date(2025, 12, 9), lang="kk").events
    signing = [e for e in found if e.type == "signing"]
    assert [set(e.participant_ids()) for e in signing] == [{"tokayev", "mirziyoyev"}]
    assert (signing[0].start, signing[0].place.id) == ("2025-12-09", "astana")


def test_kazakh_document_far_before_the_verb_must_be_the_dative() -> None:
    text = "Мемлекет басшысы келісім туралы айтып Тоқаев пен Мирзиёев қол қойды деді."
    assert [e for e in _events(text) if e.type == "signing"] == []



@pytest.mark.parametrize(("text", "etype"), [
    # the two heads' council is their talks; with one of them named, the gathering he took part in
    ("Қасым-Жомарт Тоқаев пен Шавкат Мирзиёев Ташкентте Жоғары мемлекетаралық кеңестің отырысына төрағалық етті.",
     "meeting"),
    ("Қасым-Жомарт Тоқаев Жоғары мемлекетаралық кеңестің отырысына қатысты.", "summit"),
])
def test_kazakh_sitting_of_the_supreme_interstate_council(text: str, etype: str) -> None:
    found = [e for e in _events(text) if e.type in ("summit", "meeting")]
    assert [e.type for e in found] == [etype] and "tokayev" in found[0].participant_ids()


@pytest.mark.parametrize(("text", "lang"), [
    ("Габалада Түркі мемлекеттері ұйымының саммиті өтті. Келесі саммит 2026 жылы Қазақстанда өтеді.", "kk"),
    ("Саммит ОТГ прошел в Габале с участием Токаева. Следующий саммит пройдет в Казахстане в 2026 году.", "ru"),
])
def test_the_next_summit_is_of_the_bloc_told_before(text: str, lang: str) -> None:
    from extract.merge import same_event
    from extract.rules.blocs import blocs_named

    found = extract_article(text, published=date(2025, 10, 7), lang=lang).events
    to_come = next(e for e in found if e.type == "summit" and e.status == "planned")
    assert blocs_named(to_come.title) == {"ots"}
    other_bloc = to_come.model_copy(update={"id": "x", "title": "ТМД саммиті (Казахстан)"})
    assert not same_event(to_come, other_bloc)


@pytest.mark.parametrize("text, signings", [
    # one "құжат" is the document told before (or a decree): no signing of its own
    ("Әлиев пен Пашинян кеше Ақ үйде бірлескен декларацияға қол қойды. Құжатқа Трамп та куә ретінде қол қойды.", 1),
    # a set of them is
    ("Тоқаев пен Мирзиёев 15 құжатқа қол қойды.", 1),
    ("Тоқаев пен Мирзиёев бірқатар үкіметаралық және ведомствоаралық құжатқа қол қойды.", 1),
])
def test_one_document_not_named_is_no_signing_of_its_own(text: str, signings: int) -> None:
    assert len([e for e in _events(text) if e.type == "signing"]) == signings


def test_a_date_before_a_trip_participle_is_the_trips() -> None:
    from datetime import date
    from extract.pipeline import extract_article
    text = ("Нью-Дели. 5 желтоқсан. ҚазАқпарат – 4–5 желтоқсанда Үндістанға мемлекеттік сапармен келген Ресей "
            "Президенті Владимир Путин Үндістан Премьер-министрі Нарендра Модимен келіссөз жүргізді. Бүгін Путин "
            "Үндістан Президенті Драупади Мурмумен де кездесті. Кейін Путин мен Моди Ресей – Үндістан "
            "бизнес-форумына қатысты.")
    found = extract_article(text, published=date(2025, 12, 5), lang="kk").events
    visit = next(e for e in found if e.type == "visit")
    talks = next(e for e in found if e.type == "meeting" and "modi" in e.participant_ids())
    forum = next(e for e in found if e.type == "forum")
    assert (visit.start, visit.end) == ("2025-12-04", "2025-12-05")
    assert talks.part_of == visit.id and talks.date_source != "text"  # the text gives the trip's days, not theirs
    assert (forum.start, forum.end) == ("2025-12-05", None)  # after talks "Бүгін": of that day


def test_a_meeting_of_a_blocs_heads_is_a_summit_and_its_report_again_names_its_leaders() -> None:
    from datetime import date
    from extract.pipeline import extract_article
    text = ("Қасым-Жомарт Тоқаев Санкт-Петербургке жұмыс сапарымен барып, Тәуелсіз Мемлекеттер Достастығы елдері "
            "басшыларының дәстүрлі бейресми кездесуіне қатысты. Кездесуге Беларусь, Қырғызстан және Өзбекстан "
            "президенттері қатысты. Бейресми саммит аясында Мемлекет басшысы Ресей Президенті Владимир Путинмен "
            "екіжақты кездесу өткізді. Тараптар энергетиканы талқылады. Бұдан бөлек, Мемлекет басшысы Өзбекстан "
            "Президенті Шавкат Мирзиёевпен кездесіп, пікір алмасты.")
    found = extract_article(text, published=date(2025, 12, 22), lang="kk").events
    summits = [e for e in found if e.type == "summit"]
    assert len(summits) == 1 and summits[0].place.id == "saint-petersburg"
    assert {"tokayev", "lukashenko", "japarov", "mirziyoyev"} <= summits[0].participant_ids()
    talks = sorted((sorted(e.participant_ids()), e.place and e.place.id) for e in found if e.type == "meeting")
    assert talks == [(["mirziyoyev", "tokayev"], "saint-petersburg"), (["putin", "tokayev"], "saint-petersburg")]


def test_a_meeting_of_two_heads_is_no_summit() -> None:
    found = _events("Қасым-Жомарт Тоқаев пен Шавкат Мирзиёевтің, екі ел басшыларының кездесуі Астанада өтті.")
    assert {e.type for e in found} == {"meeting"}


def test_a_session_of_the_bloc_is_its_summit_with_whoever_joined_it_and_what_its_heads_signed() -> None:
    text = ("Астанада ҰҚШҰ сессиясы өтті\n"
            "АСТАНА. KAZINFORM — Бүгін Тәуелсіздік сарайында Ұжымдық қауіпсіздік туралы шарт ұйымы Ұжымдық "
            "қауіпсіздік кеңесінің кезекті сессиясы өтті. Сессияға Ресей Президенті Владимир Путин, Қазақстанға "
            "жұмыс сапарымен келген Беларусь Президенті Александр Лукашенко қатысты. Сессия қорытындысы бойынша "
            "мемлекет басшылары Кеңестің Мәлімдемесін қабылдап, бірқатар құжатқа қол қойды.")
    found = extract_article(text, published=date(2025, 11, 27), lang="kk").events
    [summit] = [e for e in found if e.type == "summit"]
    assert {"putin", "lukashenko"} <= summit.participant_ids() and summit.start == "2025-11-27"
    # the trip told by a participle before a name is that person's, not the sentence's first leader's
    [visit] = [e for e in found if e.type == "visit"]
    assert {p.id: p.role for p in visit.participants}.get("lukashenko") == "guest"
    assert "putin" not in visit.participant_ids()
    # "the heads" after the session are its leaders, signing on its day; adopting a statement is no reception
    [signing] = [e for e in found if e.type == "signing"]
    assert {"putin", "lukashenko"} <= signing.participant_ids() and signing.start == "2025-11-27"
    assert signing.part_of is None
    assert not [e for e in found if e.type == "meeting"]


@pytest.mark.parametrize(("text", "lang"), [
    ("Путин 27-28 қараша аралығында Қазақстанға мемлекеттік сапармен келеді. «Сапар барысында жоғары деңгейдегі "
     "келіссөздер жоспарланған», – деді Берік Уәли. Баспасөз хатшысының айтуынша, сәрсенбіде Ақордада келіссөздер "
     "өтеді.", "kk"),
    ("Путин 27-28 ноября посетит Казахстан с государственным визитом. «В ходе визита запланированы переговоры на "
     "высшем уровне», – сообщил Берик Уали. По его словам, в среду в Акорде пройдут переговоры.", "ru"),
])
def test_talks_with_nobody_named_after_talks_told_are_those_talks_on_their_own_day(text: str, lang: str) -> None:
    found = extract_article("Сапар бағдарламасы\n" + text, published=date(2024, 11, 26), lang=lang).events
    talks = [e for e in found if e.type == "meeting"]
    assert [(sorted(e.participant_ids()), e.start, e.end) for e in talks] == [(["putin", "tokayev"], "2024-11-27", None)]


@pytest.mark.parametrize("chair", [
    "Биыл ұйымға төрағалық етіп отырған Қазақстан Президенті Қасым-Жомарт Тоқаев жиынды жүргізді.",
    "Қасым-Жомарт Тоқаев отырысқа төрағалық етті.",
])
def test_who_chaired_the_sitting_just_told_takes_part_in_the_summit(chair: str) -> None:
    text = ("Астанада ҰҚШҰ саммиті өтті\nБүгін Астанада Ұжымдық қауіпсіздік туралы шарт ұйымы Ұжымдық қауіпсіздік "
            "кеңесінің сессиясы өтті. " + chair + " Сессияға Ресей Президенті Владимир Путин қатысты.")
    found = extract_article(text, published=date(2024, 11, 28), lang="kk").events
    assert [(e.type, e.start, e.participant_ids()) for e in found] == [
        ("summit", "2024-11-28", frozenset({"tokayev", "putin"}))]


def test_bilateral_talks_told_then_listed_are_talks_with_each() -> None:
    text = ("Путин бүгін Астанада бірқатар екіжақты кездесу өткізді: ол Си Цзиньпинмен, Түркия Президенті Режеп Тайып "
            "Ердоғанмен және Пәкістан Премьер-министрі Шахбаз Шарифпен кездесті.")
    talks = sorted(sorted(e.participant_ids()) for e in _events(text) if e.type == "meeting")
    assert talks == [["erdogan", "putin"], ["putin", "shehbaz-sharif"], ["putin", "xi-jinping"]]


def test_talks_with_one_more_side_are_of_the_day_and_place_of_the_talks_before() -> None:
    text = ("Тоқаев Ақордада Әзербайжан Президенті Ильхам Әлиевпен кездесті. "
            "Мемлекет басшысы Тәжікстан Президенті Эмомали Рахмонмен де кездесіп, су-энергетика мәселелерін талқылады.")
    [rahmon] = [e for e in _events(text) if e.type == "meeting" and "rahmon" in e.participant_ids()]
    assert (rahmon.start, rahmon.place and rahmon.place.id) == (TODAY, "astana")


def test_heads_of_two_countries_one_not_known_bring_in_no_sides_of_other_talks() -> None:
    text = ("Трамп Дохада Катар әмірі Тамим бин Хамад Әл Танимен келіссөздер жүргізді. Сәрсенбіде Эр-Риядта американдық "
            "көшбасшы Сирияның өтпелі кезеңдегі президенті Ахмед әш-Шараамен қысқа кездесу өткізді. Кездесуге Мұхаммед "
            "бин Салман қатысты. Бұл – соңғы 25 жылда АҚШ пен Сирия басшыларының алғашқы кездесуі.")
    found = extract_article(text, published=date(2025, 5, 15), lang="kk").events
    assert all("trump" in e.participant_ids() for e in found if e.type == "meeting")


def test_what_was_signed_after_talks_dated_that_day_in_words_is_of_their_day() -> None:
    text = ("Трамп Катарда\nСәрсенбіде Катарға мемлекеттік сапармен келген АҚШ Президенті Дональд Трамп сол күні Дохада "
            "Катар әмірі Тамим бин Хамад Әл Танимен келіссөздер жүргізді. Келіссөздерден кейін Трамп пен Әл Тани "
            "бірқатар құжатқа қол қойды.")
    found = extract_article(text, published=date(2025, 5, 15), lang="kk").events
    assert [(e.type, e.start) for e in found if e.type in ("meeting", "signing")] == [
        ("meeting", "2025-05-14"), ("signing", "2025-05-14")]


def test_a_meeting_of_a_blocs_format_is_a_summit_not_the_talks_told_before() -> None:
    text = ("Путин бүгін Астанада Шахбаз Шарифпен кездесті. Ертең Тәуелсіздік сарайында «ШЫҰ+» форматындағы кездесу "
            "өтеді.")
    assert not [e for e in _events(text) if e.type == "meeting" and e.status == "planned"]


@pytest.mark.parametrize("text, sides", [
    # Kazakh news: "Мемлекет басшысы" with no leader of its own in focus is Kazakhstan's head of state; one
    # named beside the title who holds an office of no state is the other side, not the title's holder
    ("Форум аясында Мемлекет басшысы Антониу Гутерришпен кездесті.", {"tokayev", "guterres"}),
    ("Мемлекет басшысы Эммануэль Макронмен кездесті.", {"tokayev", "macron"}),
])
def test_the_head_of_state_of_kazakh_news_is_kazakhstans(text, sides):
    found = extract_article(text, published=date(2026, 5, 27), lang="kk").events
    assert [e.participant_ids() for e in found if e.type == "meeting"] == [sides]


def test_the_palace_of_independence_of_kazakh_news_is_in_astana():
    found = extract_article("Тоқаев Тәуелсіздік сарайында Вучичпен кездесті.", published=date(2026, 5, 27),
                            lang="kk").events
    assert [e.place.id for e in found if e.type == "meeting"] == ["astana"]


def test_a_signing_of_the_days_talks_is_no_part_of_a_visit_recalled_from_last_year():
    text = ("Кремльде келіссөздер өтті\nҚасым-Жомарт Тоқаев Ресейге мемлекеттік сапары аясында Кремльде Владимир "
            "Путинмен келіссөздер жүргізді. Қасым-Жомарт Тоқаев Ресей Президентінің 2024 жылғы қарашада Астанаға "
            "жасаған мемлекеттік сапарын жылы еске алды. Келіссөздер қорытындысы бойынша Қасым-Жомарт Тоқаев пен "
            "Владимир Путин стратегиялық әріптестік туралы декларацияға қол қойды.")
    found = extract_article(text, published=date(2025, 11, 12), lang="kk").events
    [signing] = [e for e in found if e.type == "signing"]
    assert signing.place is not None and signing.place.id == "moscow"


def test_the_leaders_who_joined_a_summit_recalled_are_of_that_summit_and_no_others():
    text = ("Вашингтонда саммит өтті\nБейсенбі күні Вашингтонда «Орталық Азия – АҚШ» саммиті өтті. Саммит "
            "қарсаңында Қасым-Жомарт Тоқаев пен Дональд Трамптың екіжақты кездесуі өтті. С5+1 форматындағы алғашқы "
            "саммит 2023 жылғы қыркүйекте Нью-Йоркте өткен еді. Оған сол кездегі АҚШ Президенті Джо Байден мен "
            "Қасым-Жомарт Тоқаев бастаған Орталық Азия көшбасшылары қатысқан.")
    found = extract_article(text, published=date(2025, 11, 8), lang="kk").events
    [first] = [e for e in found if e.type == "summit" and e.start == "2023-09"]
    assert first.place.id == "new-york" and first.participant_ids() == {"biden", "tokayev"}


def test_the_capital_of_kazakh_news_is_astana_and_who_joined_the_forum_told_just_before_takes_part_in_it():
    text = ("Бүгін елордада халықаралық цифрлық форум басталды. Форумның пленарлық отырысында Мемлекет басшысы "
            "Қасым-Жомарт Тоқаев сөз сөйледі. Оған Өзбекстан Президенті Шавкат Мирзиёев қатысты.")
    [forum] = [e for e in extract_article(text, published=PUB, lang="kk").events if e.type == "forum"]
    assert forum.place.id == "astana" and forum.participant_ids() == {"tokayev", "mirziyoyev"}
    assert forum.start == TODAY and forum.status == "held"


def test_a_summit_moved_to_a_month_is_put_off_and_told_again_right_after_it_is_that_summit():
    text = ("Мемлекет басшысы Ақордада Катар Әмірі Тамим бин Хамад Әл Танимен келіссөз жүргізді. Айта кетейік, "
            "мамырда Душанбеде өтеді деп жоспарланған «Орталық Азия – Жапония» саммиті қазанға ауыстырылды. "
            "Саммитке Қасым-Жомарт Тоқаев та қатысады деп күтілуде.")
    summits = [e for e in extract_article(text, published=PUB, lang="kk").events if e.type == "summit"]
    assert [(e.status, e.place.id, "tokayev" in e.participant_ids()) for e in summits] == [
        ("postponed", "dushanbe", True)]


@pytest.mark.parametrize(("text", "sides"), [
    ("Сондай-ақ Мемлекет басшысы Садыр Жапаровпен жүздесті.", {"tokayev", "japarov"}),
    ("Қасым-Жомарт Тоқаев Никол Пашинянмен жүздесіп, екіжақты ынтымақтастықты талқылады.", {"tokayev", "pashinyan"}),
])
def test_met_face_to_face_is_a_meeting(text, sides):
    found = [e for e in extract_article(text, published=PUB, lang="kk").events if e.type == "meeting"]
    assert [e.participant_ids() for e in found] == [sides]


def test_a_gathering_told_as_to_come_past_a_comma_is_planned_and_the_one_at_whose_end_it_was_told_is_apart():
    text = ("Астанада ЕАЭО саммиті өтті. Саммит соңында Владимир Путин Жоғары Еуразиялық экономикалық кеңестің келесі "
            "отырысы желтоқсан айында Санкт-Петербургте өтетінін хабарлап, әріптестерін Ресейге шақырды.")
    found = [e for e in extract_article(text, published=PUB, lang="kk").events if e.type == "summit"]
    assert ("planned", "2025-12", "saint-petersburg") in [(e.status, e.start, e.place.id) for e in found]


def test_he_after_the_words_of_when_is_the_leader_in_focus():
    text = ("Мемлекет басшысы Қасым-Жомарт Тоқаев Пекинде болды. Ақпан айында ол Мысырға мемлекеттік сапармен барып, "
            "Абдель Фаттах әс-Сисимен келіссөздер жүргізді.")
    found = extract_article(text, published=date(2026, 6, 17), lang="kk").events
    assert {(e.type, e.start) for e in found if "tokayev" in e.participant_ids() and "sisi" in e.participant_ids()} \
        == {("visit", "2026-02"), ("meeting", "2026-02")}


def test_talks_with_the_one_side_named_before_their_noun_are_with_the_leader_in_focus():
    text = ("Мемлекет басшысы Қасым-Жомарт Тоқаев Ресей Президенті Владимир Путинмен кездесті. Сарапшылар оң баға "
            "берді. Ал бейсенбі күні Ақордада Беларусь Президенті Александр Лукашенкомен келіссөздер өтті.")
    found = extract_article(text, published=date(2026, 6, 1), lang="kk").events
    assert {(e.start, e.place.id) for e in found if e.type == "meeting"
            and e.participant_ids() == {"tokayev", "lukashenko"}} == {("2026-05-28", "astana")}


@pytest.mark.parametrize("text", [
    "Мирзиёев Қазақстанға келеді. Екі мемлекет басшысы ақпан айында телефон арқылы сөйлесті.",
    "Мирзиёев Қазақстанға келеді. Баспасөз хатшысының айтуынша, екі ел басшысы ақпан айында телефон арқылы "
    "сөйлесіп, сапардың күн тәртібін талқылаған.",
])
def test_two_heads_of_state_counted_in_the_singular_are_the_two_sides_not_kazakhstans_head(text):
    found = [e for e in extract_article(text, published=date(2026, 3, 10), lang="kk").events if e.type == "phone_call"]
    assert [(e.participant_ids(), e.start) for e in found] == [(frozenset({"tokayev", "mirziyoyev"}), "2026-02")]


def test_bilateral_talks_of_their_own_day_on_a_blocs_meeting_are_talks_not_a_summit_nor_the_call_told_before():
    text = ("Мирзиёев Қазақстанға келеді. Екі мемлекет басшысы ақпан айында телефон арқылы сөйлесті. Ал бұған дейін "
            "Қасым-Жомарт Тоқаев пен Шавкат Мирзиёев өткен жылғы 16 қарашада Ташкентте өткен Орталық Азия мемлекеттері "
            "басшыларының консультативтік кездесуі аясында екіжақты кездесу өткізген еді.")
    found = extract_article(text, published=date(2026, 3, 10), lang="kk").events
    assert sorted((e.type, e.start) for e in found if e.participant_ids() == {"tokayev", "mirziyoyev"}
                  and e.type != "visit") == [("meeting", "2025-11-16"), ("phone_call", "2026-02"), ("summit", "2025-11-16")]


@pytest.mark.parametrize("text", [
    "Тоқаев Мирзиёевпен кездесті. Тараптар 2022 жылғы 22 желтоқсанда Ташкентте екі ел президенттері қол қойған "
    "Одақтастық қатынастар туралы шартты талқылады.",
    "Тоқаев Мирзиёевпен кездесті. Тараптар 2022 жылғы 22 желтоқсанда Ташкентте қол қойылған Одақтастық қатынастар "
    "туралы шартты іске асыруды талқылады.",
])
def test_a_document_the_participle_of_signing_qualifies_is_a_signing_of_its_day(text):
    found = [e for e in extract_article(text, published=date(2026, 3, 12), lang="kk").events if e.type == "signing"]
    assert [(e.start, e.place.id, e.document.title) for e in found] == [
        ("2022-12-22", "tashkent", "Одақтастық қатынастар туралы шарт")]


def test_that_same_day_of_what_was_done_is_no_day_still_to_come():
    text = ("Тоқаев бүгін Каирде Абдель Фаттах әс-Сисимен келіссөздер жүргізді. Үш күнге созылатын сапар ертең "
            "аяқталады. Сол күні Мемлекет басшысы Каирде өткен бизнес-форумға қатысып, сөз сөйледі.")
    found = [e for e in extract_article(text, published=date(2026, 2, 11), lang="kk").events if e.type == "forum"]
    assert found and all(e.status == "held" and e.start is not None and e.start <= "2026-02-11" for e in found)


@pytest.mark.parametrize("text, status", [
    ("«Тоқаев ертең Мәскеуге барады», – деді Желдібай.", "planned"),
    ("«Тоқаев пен Мирзиёев кеше Астанада кездесті», – деді Желдібай.", "held"),
    ("Желдібай «Астана» форумы туралы айтып, Тоқаев ертең Мәскеуге барады деді.", "planned"),
])
def test_what_a_quote_tells_has_the_quotes_own_tense(text, status):
    assert [e.status for e in _events(text) if e.type in ("visit", "meeting")] == [status]


@pytest.mark.parametrize("text, want", [
    # the country of a title is no destination, though its bare name ends like a dative
    ("Трамп сәуірде Пекинге барады. Сапар барысында Америка басшысы ҚХР Төрағасы Си Цзиньпинмен келіссөздер "
     "жүргізеді.", [("visit", "planned", "beijing"), ("meeting", "planned", "beijing")]),
    # an intent, also told as a fact reported ("екенін жеткізді"), is a visit to come
    ("Александр Лукашенко биыл Қазақстанға сапармен келуге ниетті екенін жеткізді.", [("visit", "planned", "KZ")]),
    # what was said to be planned is to come; what was said to have taken place is held
    ("Әңгіме барысында Мерцтің маусым айында Астанаға сапары жоспарланып отырғаны айтылды.",
     [("visit", "planned", "astana")]),
    ("Әңгіме барысында Мерцтің Астанаға сапары жоспарланғаны хабарланды.", [("visit", "planned", "astana")]),
    ("Әңгіме барысында Мерцтің Астанаға сапары сәтті өткені айтылды.", [("visit", "held", "astana")]),
])
def test_kazakh_whose_event_and_what_status(text, want):
    assert [(e.type, e.status, e.place.id if e.place else None) for e in _events(text)] == want


def test_the_people_who_talked_are_no_talks_and_a_gathering_to_come_is_no_part_of_a_later_visit():
    text = ("Мемлекет басшысы Путинмен телефон арқылы сөйлесті. Әңгімелесушілер ЕАЭО аясындағы жобаларды, сондай-ақ "
            "алдағы Жоғары Еуразиялық экономикалық кеңес отырысына дайындық мәселелерін қозғады. Сол күні Мемлекет "
            "басшысы Лукашенкомен де телефон арқылы сөйлесті. Александр Лукашенко биыл Қазақстанға сапармен келуге "
            "ниетті екенін жеткізді.")
    found = _events(text)
    assert not [e for e in found if e.type == "meeting"]
    assert all(e.place is None for e in found if e.type == "summit")
    assert [(e.status, e.place.id) for e in found if e.type == "visit"] == [("planned", "KZ")]


@pytest.mark.parametrize(("text", "expected"), [
    # a foreign leader's state visit, in Kazakh news with no destination named, is a visit to Kazakhstan;
    # "ended yesterday, lasted two days": the two days before the report
    ("Кеше аяқталған Өзбекстан Президенті Шавкат Мирзиёевтің екі күнге созылған мемлекеттік сапары екі ел "
     "қатынастарына жаңа серпін берді.", [("mirziyoyev", "KZ", "2026-03-11", "2026-03-12")]),
    ("Шавкат Мирзиёевтің ресми сапары бүгін басталды.", [("mirziyoyev", "KZ", "2026-03-13", None)]),
    # ... not Kazakhstan's own leader's, nor one whose visit was told before with its destination
    ("Тоқаевтың мемлекеттік сапары бүгін басталды.", []),
    ("Эрдоған Қытайға мемлекеттік сапармен барды. Эрдоғанның мемлекеттік сапары бүгін басталды.",
     [("erdogan", "CN", "2026-03-13", None)]),
])
def test_kazakh_visit_of_a_foreign_leader_with_no_destination(text: str, expected) -> None:
    visits = [e for e in extract_article(text, published=date(2026, 3, 13), lang="kk").events if e.type == "visit"]
    guests = [[p.id for p in e.participants if p.role == "guest"] for e in visits]
    assert [(guest, e.place and e.place.id, e.start, e.end) for [guest], e in zip(guests, visits)] == expected


@pytest.mark.parametrize(("text", "inviter"), [
    # the one who invites to a gathering still to come takes part in it, whatever his name ends with
    ("Си Цзиньпин әріптестерін 2027 жылы Қытайда өтетін үшінші саммитке шақырды.", "xi-jinping"),
    ("Владимир Путин әріптестерін 2027 жылы Мәскеуде өтетін саммитке шақырды.", "putin"),
])
def test_the_inviter_named_in_the_nominative_takes_part(text: str, inviter: str) -> None:
    found = [e for e in extract_article(text, published=date(2026, 5, 29), lang="kk").events if e.type == "summit"]
    assert [(e.status, e.start, [p.id for p in e.participants]) for e in found] == [("planned", "2027", [inviter])]


@pytest.mark.parametrize(("text", "caller", "called"), [
    ("Си Цзиньпин Қасым-Жомарт Тоқаевқа телефон шалды.", "xi-jinping", "tokayev"),
    ("Си Цзиньпин Тоқаевпен телефон арқылы сөйлесті.", "xi-jinping", "tokayev"),
])
def test_a_name_ending_like_a_case_is_still_the_subject(text: str, caller: str, called: str) -> None:
    found = [e for e in extract_article(text, published=date(2026, 5, 29), lang="kk").events if e.type == "phone_call"]
    assert [sorted(p.id for p in e.participants) for e in found] == [sorted([caller, called])]


@pytest.mark.parametrize("title", ["көшбасшысы", "Президенті", "басшысы"])
def test_a_countrys_leader_named_by_title_is_its_head(title: str) -> None:
    text = ("Кеше Ақордада Қазақстан Президенті Қасым-Жомарт Тоқаев пен Өзбекстан Президенті Шавкат Мирзиёев "
            "келіссөз жүргізді. "
            f"Өзбекстан {title} елордаға бейсенбі күні екі күндік мемлекеттік сапармен келді.")
    visits = [e for e in extract_article(text, published=date(2026, 3, 13), lang="kk").events if e.type == "visit"]
    assert [(e.place and e.place.id, e.start, e.end, sorted(e.ids_with_role("guest"))) for e in visits] == [
        ("astana", "2026-03-12", "2026-03-13", ["mirziyoyev"])]


@pytest.mark.parametrize(("text", "lang"), [
    # a sitting a leader holds is a gathering, in either language
    ("Мемлекет басшысы бүгін Ақордада Үкіметтің кеңейтілген отырысын өткізді.", "kk"),
    ("Президент Қауіпсіздік кеңесінің отырысын өткізді.", "kk"),
    ("Бүгін Мемлекет басшысы Үкімет мүшелерінің қатысуымен цифрландыру мәселелері жөнінде кеңес өткізді.", "kk"),
    ("Касым-Жомарт Токаев сегодня провел в Акорде расширенное заседание Правительства.", "ru"),
    ("Касым-Жомарт Токаев провел совещание по вопросам цифровизации.", "ru"),
])
def test_a_sitting_a_leader_holds_is_a_gathering(text: str, lang: str) -> None:
    found = extract_article(text, published=PUB, lang=lang).events
    assert [(e.type, e.status, [p.id for p in e.participants]) for e in found] == [("forum", "held", ["tokayev"])]
