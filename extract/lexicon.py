"""Word lists for finding people: titles that stand for a leader and people who only speak about events.

Russian entries are lemmas (lowercase, Ё→Е) as natasha gives them. Kazakh entries are stems in Kazakh
spelling, folded (see `extract.kazakh.fold`) and matched as prefixes, because Kazakh words carry their
endings after the stem. The event rules' own tables (triggers, cues) live in `extract.rules`.
"""

from __future__ import annotations

# --- words NER runs into a name when they open a sentence ("Сегодня Шавкат Мирзиёев прибудет") ---------
RU_NOT_NAME_OPENERS = frozenset({"сегодня", "вчера", "завтра", "накануне", "ранее", "позднее", "также", "затем",
                                 "потом", "тогда", "теперь", "сейчас", "утром", "днем", "днём", "вечером", "ночью",
                                 "здесь", "там", "однако", "кроме", "впрочем", "поэтому", "вместе"})

# --- people who speak about an event without taking part ------------------------------------
RU_SPEAKER_TITLES = {"пресс-секретарь", "представитель", "журналист", "корреспондент", "ведущий", "фотограф",
                     "политолог", "эксперт", "аналитик", "обозреватель", "спикер", "редактор", "автор",
                     "пресс-служба", "источник", "помощник", "советник"}
# "спикер Госдумы", "спикер парламента": the chair of a chamber, not a spokesman.
RU_CHAMBERS = {"госдума", "дума", "парламент", "палата", "сенат", "совет", "меджлис", "мажилис", "сейм",
               "кнессет", "рада", "собрание", "конгресс", "ассамблея", "хурал", "курултай", "бундестаг"}
KK_SPEAKER_TITLES = ("журналист", "жүргізуші", "баспасөз хатшы", "сарапшы", "тілші", "фотограф")

# --- titles that stand for a leader ----------------------------------------------------------
# Nouns that name the head of state of the country that follows (genitive) or precedes (adjective).
RU_HEAD_OF_STATE = {"президент", "глава", "лидер", "руководитель", "председатель", "король",
                    "монарх", "эмир", "султан", "шах"}
RU_HEAD_OF_GOVERNMENT = {"премьер-министр", "премьер", "канцлер"}
# Offices of state whose holders act for it in the news: the heads above and the offices below them. Their
# talks, visits and sittings are events ("министр иностранных дел X встретился с ...", "госсекретарь X прибыл
# в ...", "спикер X открыл заседание"). Only a title before the name makes the person such an official.
RU_OFFICIAL_TITLES = RU_HEAD_OF_STATE | RU_HEAD_OF_GOVERNMENT | {
    "министр", "госсекретарь", "вице-президент", "вице-премьер", "спикер", "полпред", "губернатор", "мэр",
    "генсек", "император", "принц", "шейх", "министр-президент"}
RU_LEADER_WORDS = {"лидер"}  # "лидер Германии": whoever leads that state (see places.yaml `leader`)
RU_GOVERNMENT_WORDS = {"правительство", "кабинет"}  # "глава правительства"
RU_STATE_WORDS = {"государство", "страна"}  # "глава государства" without a country: the context's leader
RU_PLURAL_LEADERS = {"президент", "глава", "лидер", "руководитель", "сторона"}
RU_SIDES = {"сторона"}  # "Стороны подписали": the sides, as a subject in the plural
KK_HEAD_OF_STATE = ("президент", "басшы", "бірінші басшы", "патша", "король")
KK_PLURAL_LEADERS = ("президенттер", "басшылар", "ел басшылары", "мемлекет басшылары", "тараптар", "көшбасшылар")
# After a numeral a Kazakh noun stays singular: "екі көшбасшы", "екі президент" are the two leaders.
KK_TWO = "екі"
# "три лидера", "үш көшбасшы": so many leaders, the last so many named (see series.sides_of_the_plural)
RU_COUNTS = {"два": 2, "оба": 2, "три": 3, "четыре": 4}
KK_COUNTS = {"екі": 2, "үш": 3, "төрт": 4}
KK_LEADER_NOUNS = ("көшбасшы", "президент", "басшы")
