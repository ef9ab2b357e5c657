"""Template vocabulary: verbs in agreement, visit kinds, topics, documents, summits and forums, sources,
and place phrases ("в Ташкент", "в Ташкенте")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from bench.corpus.declension import decline_place, phrase
from bench.corpus.people import Actor
from extract.registry import Place

# Past masculine, past feminine, past plural, future singular, future plural.
_VERBS: dict[str, tuple[str, str, str, str, str]] = {
    "arrive": ("прибыл", "прибыла", "прибыли", "прибудет", "прибудут"),
    "fly": ("прилетел", "прилетела", "прилетели", "прилетит", "прилетят"),
    "visit": ("посетил", "посетила", "посетили", "посетит", "посетят"),
    "make": ("совершил", "совершила", "совершили", "совершит", "совершат"),
    "hold": ("провел", "провела", "провели", "проведет", "проведут"),
    "meet": ("встретился", "встретилась", "встретились", "встретится", "встретятся"),
    "sign": ("подписал", "подписала", "подписали", "подпишет", "подпишут"),
    "take": ("принял", "приняла", "приняли", "примет", "примут"),
    "speak": ("выступил", "выступила", "выступили", "выступит", "выступят"),
    "talk": ("поговорил", "поговорила", "поговорили", "поговорит", "поговорят"),
    "discuss": ("обсудил", "обсудила", "обсудили", "обсудит", "обсудят"),
    "happen_m": ("состоялся", "состоялся", "состоялись", "состоится", "состоятся"),
    "happen_f": ("состоялась", "состоялась", "состоялись", "состоится", "состоятся"),
    "start_m": ("начался", "начался", "начались", "начнется", "начнутся"),
    "pass_m": ("прошел", "прошел", "прошли", "пройдет", "пройдут"),
    "open_m": ("открылся", "открылся", "открылись", "откроется", "откроются"),
    "end_m": ("завершился", "завершился", "завершились", "завершится", "завершатся"),
    "note": ("отметил", "отметила", "отметили", "отметит", "отметят"),
    "stress": ("подчеркнул", "подчеркнула", "подчеркнули", "подчеркнет", "подчеркнут"),
    "say": ("заявил", "заявила", "заявили", "заявит", "заявят"),
    "tell": ("сообщил", "сообщила", "сообщили", "сообщит", "сообщат"),
    "greet": ("поздравил", "поздравила", "поздравили", "поздравит", "поздравят"),
    "instruct": ("поручил", "поручила", "поручили", "поручит", "поручат"),
    "consider": ("рассмотрели", "рассмотрели", "рассмотрели", "рассмотрят", "рассмотрят"),
}


def verb(key: str, subject: Actor | None, future: bool, plural: bool = False) -> str:
    """The verb ``key`` agreeing with ``subject`` (None or ``plural``: several subjects)."""
    past_m, past_f, past_pl, fut_sg, fut_pl = _VERBS[key]
    if future:
        return fut_pl if plural else fut_sg
    if plural:
        return past_pl
    return past_f if subject is not None and subject.female else past_m


KINDS = {
    "state": ("государственный", "государственным"),
    "official": ("официальный", "официальным"),
    "working": ("рабочий", "рабочим"),
}
TOPICS = (
    "вопросы торгово-экономического и инвестиционного сотрудничества",
    "перспективы развития транспортно-логистических маршрутов",
    "взаимодействие в энергетике и промышленной кооперации",
    "актуальные вопросы региональной и международной повестки",
    "сотрудничество в сфере водных ресурсов и агропромышленного комплекса",
    "реализацию совместных проектов в металлургии и машиностроении",
    "расширение культурно-гуманитарных связей",
    "ход реализации ранее достигнутых договоренностей",
    "развитие цифровой экономики и искусственного интеллекта",
    "укрепление связей в сфере образования и науки",
)
DOCUMENTS = (  # accusative, nominative
    ("Договор о стратегическом партнерстве", "Договор о стратегическом партнерстве"),
    ("Декларацию о всеобъемлющем стратегическом партнерстве", "Декларация о всеобъемлющем стратегическом партнерстве"),
    ("Совместное заявление глав государств", "Совместное заявление глав государств"),
    ("Соглашение о сотрудничестве в области энергетики", "Соглашение о сотрудничестве в области энергетики"),
    ("Соглашение о взаимной защите инвестиций", "Соглашение о взаимной защите инвестиций"),
    ("Меморандум о взаимопонимании в сфере цифровизации", "Меморандум о взаимопонимании в сфере цифровизации"),
    ("Программу экономического сотрудничества", "Программа экономического сотрудничества"),
    ("Дорожную карту по развитию торговли", "Дорожная карта по развитию торговли"),
    ("Договор о союзнических отношениях", "Договор о союзнических отношениях"),
    ("Соглашение о демаркации государственной границы", "Соглашение о демаркации государственной границы"),
    ("Протокол о внесении изменений в Соглашение о свободной торговле",
     "Протокол о внесении изменений в Соглашение о свободной торговле"),
    ("Меморандум о сотрудничестве в области образования", "Меморандум о сотрудничестве в области образования"),
)


@dataclass(frozen=True)
class Gathering:
    """A summit or forum: its name's parts and the registry cities that host it."""

    type: str  # summit | forum
    head: str  # declinable words: "саммит", "Астанинский международный форум"
    tail: str  # fixed genitive tail: "ШОС", "межрегионального сотрудничества Казахстана и России"
    cities: tuple[str, ...]
    members: tuple[str, ...] = ()  # countries whose leaders attend; empty: anyone

    def form(self, case: str) -> str:
        head = phrase(self.head, case, animate=False)
        return f"{head} {self.tail}".strip()


_EAEU = ("KZ", "RU", "BY", "KG", "AM", "UZ")
GATHERINGS = (
    Gathering("summit", "саммит", "ШОС",
              ("astana", "tashkent", "bishkek", "dushanbe", "samarkand", "ufa", "qingdao", "tianjin"),
              ("KZ", "RU", "CN", "KG", "TJ", "UZ", "IN", "PK", "IR", "BY", "MN", "TR", "AZ")),
    Gathering("summit", "саммит", "СНГ",
              ("astana", "dushanbe", "ashgabat", "bishkek", "minsk", "moscow", "saint-petersburg"),
              ("KZ", "RU", "BY", "UZ", "KG", "TJ", "TM", "AZ", "AM", "MD")),
    Gathering("summit", "саммит", "ОДКБ", ("astana", "yerevan", "minsk", "bishkek", "dushanbe", "moscow"),
              ("KZ", "RU", "BY", "KG", "TJ", "AM")),
    Gathering("summit", "саммит", "ЕАЭС", ("minsk", "moscow", "astana", "bishkek", "yerevan", "saint-petersburg"),
              _EAEU),
    Gathering("summit", "саммит", "БРИКС", ("ufa", "johannesburg", "brasilia", "kazan"),
              ("RU", "CN", "IN", "BR", "ZA", "IR", "EG", "AE", "KZ", "TR")),
    Gathering("summit", "саммит", "Организации тюркских государств",
              ("astana", "baku", "istanbul", "samarkand", "bishkek", "shusha"),
              ("KZ", "TR", "AZ", "UZ", "KG", "TM", "HU")),
    Gathering("summit", "саммит", "«Центральная Азия – Китай»", ("xian", "astana"),
              ("KZ", "UZ", "KG", "TJ", "TM", "CN")),
    Gathering("summit", "саммит", "СВМДА", ("astana",),
              ("KZ", "RU", "CN", "TR", "AZ", "IR", "IN", "PK", "TJ", "KG", "UZ", "MN", "QA", "AE")),
    Gathering("forum", "Астанинский международный форум", "", ("astana",)),
    Gathering("forum", "Петербургский международный экономический форум", "", ("saint-petersburg",)),
    Gathering("forum", "Восточный экономический форум", "", ("vladivostok",)),
    Gathering("forum", "Евразийский экономический форум", "", ("minsk", "moscow", "astana", "bishkek", "yerevan"),
              _EAEU),
    Gathering("forum", "Ташкентский международный инвестиционный форум", "", ("tashkent",)),
    Gathering("forum", "Всемирный экономический форум", "", ("davos",)),
    Gathering("forum", "форум", "межрегионального сотрудничества Казахстана и России",
              ("uralsk", "kostanay", "petropavl", "atyrau", "aktobe", "omsk", "orenburg", "chelyabinsk",
               "astrakhan", "tyumen"), ("KZ", "RU")),
)
SOURCES = ("Kazinform", "ТАСС", "РИА Новости", "Интерфакс-Казахстан", "Tengrinews.kz", "Zakon.kz", "КазТАГ",
            "BaigeNews.kz", "Sputnik Казахстан", "Informburo.kz")
DATELINE_SOURCES = {"Kazinform": "/Корр. Kazinform/", "ТАСС": "/ТАСС/", "КазТАГ": "/КазТАГ/",
                     "Интерфакс-Казахстан": "/Интерфакс-Казахстан/"}
_NUR_SULTAN = (date(2019, 3, 23), date(2022, 9, 17))
PALACES = {"KZ": "в Акорде", "RU": "в Кремле", "BY": "во Дворце Независимости", "UZ": "в резиденции «Куксарой»"}


def place_name(place: Place, at: date) -> str:
    """The place's Russian name as news wrote it on ``at`` (Astana was Nur-Sultan in 2019–2022)."""
    if place.id == "astana" and _NUR_SULTAN[0] <= at < _NUR_SULTAN[1]:
        return "Нур-Султан"
    return place.name.ru or place.id


def _prep(word: str) -> str:
    """"в" or "во" before a place: во Францию, во Владивосток, в Вашингтон."""
    return "во" if word[:1] in "ВФвф" and word[1:2] not in "аеёиоуыэюяь" else "в"


def to_place(place: Place, at: date) -> str:
    name = decline_place(place_name(place, at), "acc")
    return f"{_prep(name)} {name}"


def in_place(place: Place, at: date) -> str:
    name = decline_place(place_name(place, at), "loc")
    return f"{_prep(name)} {name}"


def of_place(place: Place, at: date, case: str) -> str:
    return decline_place(place_name(place, at), case)


def cap(sentence: str) -> str:
    sentence = re.sub(r"\s+", " ", sentence).strip()
    sentence = re.sub(r"\s+([,.])", r"\1", sentence)
    return sentence[:1].upper() + sentence[1:]
