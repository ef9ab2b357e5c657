"""Russian event triggers: lemmas (lowercase, Ё→Е, as natasha gives them) that name an event.

Each table says which sentence shapes it covers; the conditions that keep a trigger from firing
(counts, habits, references to an event already named) live in `lang_ru`.
"""

from __future__ import annotations

# Verbs and nouns that name an event of one type.
#   visit:   "посетил Казахстан", "прибыл в Москву с визитом", "в ходе поездки", "турне по Европе"
#   meeting: "встретился с ...", "провели переговоры", "встреча Путина и Трампа", "беседовал с ..."
#   summit / forum: "на саммите ОДКБ", "принял участие в форуме"
#   phone_call: "созвонились", "телефонный разговор" (see PHONE_MARKERS), "позвонил ... по телефону"
#   signing: "подписали договор", "подписание соглашения", "договор был подписан ..."
TRIGGERS: dict[str, str] = {
    "визит": "visit", "госвизит": "visit", "посетить": "visit", "посещение": "visit", "турне": "visit",
    "прилететь": "visit", "приехать": "visit", "прибыть": "visit", "съехаться": "visit", "поездка": "visit", "посещать": "visit",
    "побывать": "visit", "вылететь": "visit",  # "вылетел в Москву": on his way there
    "отправиться": "visit", "направиться": "visit",  # "отправится в Самарканд, где примет участие"
    "встреча": "meeting", "встретиться": "meeting", "встречаться": "meeting", "переговоры": "meeting",
    "беседа": "meeting", "побеседовать": "meeting", "беседовать": "meeting",
    "завтрак": "meeting", "обед": "meeting", "ужин": "meeting",
    "пообщаться": "meeting", "общаться": "meeting", "переговорить": "meeting", "обсудить": "meeting",
    "видеться": "meeting", "увидеться": "meeting",  # "в последний раз лидеры виделись в Москве"
    "тет-а-тет": "meeting", "саммит": "summit", "форум": "forum", "генассамблея": "forum",
    "пмэф": "forum", "вэф": "forum",  # "с 3 по 6 июня пройдет ПМЭФ", "на ВЭФ во Владивостоке"
    "заседание": "forum", "конференция": "forum", "сессия": "forum", "съезд": "forum", "совещание": "forum",
    "созвониться": "phone_call", "телефонный": "phone_call", "телефон": "phone_call", "позвонить": "phone_call",
    "подписать": "signing", "подписание": "signing", "подписывать": "signing", "подписаться": "signing",
}

# Verbs of receiving a guest: talks hosted by the subject, only with a person as the direct object
# ("принял в Акорде премьер-министра Индии", "Путин принял Токаева"; not "принял участие", "принял закон").
RECEPTION_VERBS = {"принять", "принимать"}
RECEIVED_FROM = {"от", "у", "из"}  # "принял от президента орден", "принял у посла грамоты": a thing, not a guest

# Event nouns that keep their type as the head of a compound: "бизнес-форум", "мини-саммит", "онлайн-встреча".
COMPOUND_HEADS = {"форум": "forum", "саммит": "summit", "встреча": "meeting", "переговоры": "meeting",
                  "визит": "visit"}  # not "конференция": a "пресс-конференция" is no gathering of leaders

# Nouns of a visit: "визит в X" names where it goes.
VISIT_NOUNS = {"визит", "госвизит", "поездка", "турне"}

# Verbs of a visit whose place may be where the visit happens rather than where it goes:
# "побывал в Пекине", "посетил в Синьцзяне учебный центр".
VISIT_AT_VERBS = {"посетить", "посещать", "побывать"}

# Lemmas that make a phone call only together with a conversation word in the sentence
# ("телефонный разговор", "поговорили по телефону", "обсудили по телефону", "позвонил по телефону").
PHONE_MARKERS = {"телефонный", "телефон"}
CONVERSATION = {"разговор", "переговоры", "беседа", "поговорить", "обсудить", "беседовать", "созвониться",
                "провести", "состояться", "общаться", "говорить", "обсуждать", "позвонить", "связаться",
                "поздравить",  # "поздравил по телефону"
                "переговорить", "пообщаться", "побеседовать",  # "переговорил по телефону", "пообщались по телефону"
                "проинформировать", "информировать", "поблагодарить"}  # "проинформировал по телефону Токаева"
# Call verbs that are a call on their own: "Путин позвонил Токаеву", "лидеры созвонились".
CALL_VERBS = {"созвониться", "позвонить"}

# Weak evidence: the event needs other support (a leader on each side) and loses confidence.
WEAK = {"обсудить", "общаться", "обед", "ужин", "завтрак", "заседание", "конференция", "сессия", "съезд", "беседа",
        "совещание"}
# Sittings of a body ("на заседании Совбеза", "открывая сессию ассамблеи", "на съезде партии") are
# gatherings only with a leader taking part (see `extract.discourse.drop_weak`).
SITTINGS = {"заседание", "конференция", "сессия", "съезд", "совещание"}
# A sitting of a council of heads of state or government is a summit: "заседание Совета глав государств СНГ",
# "сессия Совета глав правительств", "заседание Высшего Евразийского совета на уровне глав государств".
COUNCIL_HEADS = {"глава", "лидер", "руководитель"}
COUNCIL_OF = {"государство", "правительство", "страна"}
COUNCIL_WINDOW = 6   # words after the sitting where the heads are named
# ... or a council of a bloc of states that sits at the level of its heads: "заседание Совета коллективной
# безопасности ОДКБ", "заседание Высшего Евразийского экономического совета", "Высшего государственного
# совета"; not a council of ministers ("Совета министров иностранных дел СНГ") or the UN's Security Council.
COUNCIL = "совет"
# word beginnings; "Совет коллективной безопасности" is the CSTO's council of heads, spelt out or not
GATHER_VERBS = {"собраться", "съехаться"}  # "главы государств ОДКБ соберутся в Москве": the bloc's summit
COUNCIL_OF_LEADERS = ("одкб", "еаэс", "снг", "шос", "отг", "высш", "евразийск", "содружеств", "коллективн")
# ... or named by its abbreviation: "заседание ВЕЭС" (Высший Евразийский экономический совет)
COUNCILS_OF_HEADS = {"веэс"}
COUNCIL_NOT_OF_LEADERS = {"министр", "глава", "оон", "парламентский", "представитель", "депутат"}
# "Консультативная встреча глав государств Центральной Азии": a regular gathering of heads, a summit.
SUMMIT_MEETINGS = {"консультативный"}
# Meals are meetings only as a format: "рабочий завтрак", "в формате обеда", "неформальный ужин".
MEALS = {"завтрак", "обед", "ужин"}
MEAL_QUALIFIERS = {"рабочий", "формат", "неформальный"}

# Event nouns whose genitive arguments are the sides: "встреча Путина и Трампа", "переговоры лидеров".
HELD_VERBS = {"пройти", "состояться"}  # "переговоров, прошедших 12 ноября": a participle of an event's holding
PARTICIPLE_REACH = 5
CHAIRED = {"председательствовать"}  # "председательствовавший на встрече X": the gathering told, chaired by X
TOOK_PART = {"участвовать", "участие"}  # "Во встрече участвовали ...", "В заседании приняли участие ..."
LOCATIVE_PRONOUNS = {"нём", "нем", "ней", "них"}  # "В нём приняли участие ...": the event just told
EVENT_NOUNS = {"встреча", "переговоры", "беседа", "разговор", "тет-а-тет"}
TITLE_WORDS = 6  # at most this many words of a title before a side's name ("Премьер-министра Республики Индия")

# Meeting nouns whose plural is many talks, one with each side ("провёл встречи с лидерами Китая, Индии и
# Ирана"; "переговоры" is plural whatever its number), unless the adjective makes them one of many sides.
SERIES_NOUNS = {"встреча", "беседа", "разговор"}  # in the plural, talks with each side: "телефонные разговоры"
MANY_SIDED = ("трехсторон", "трёхсторон", "многосторон", "четырехсторон", "четырёхсторон")
