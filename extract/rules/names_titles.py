"""When a leader's title names the leader, and when it names someone beside him.

A title ("президент России", "Ресей Президенті") stands for the person who held the office on a known
date. These tables list the words around a title that make it stand for someone else: a deputy, a
spouse, an administration, a former holder. Russian entries are lemmas (lowercase, Ё→Е); Kazakh entries
are stems, folded and matched as prefixes.
"""

from __future__ import annotations

# A title in the genitive after one of these nouns names their holder, not the leader:
# "первый заместитель председателя правительства", "супруга президента США",
# "руководитель администрации президента России".
RU_STAND_IN_HEADS: frozenset[str] = frozenset({
    "заместитель", "замглавы", "зампред", "вице-премьер", "помощник", "советник", "референт",
    "супруга", "супруг", "жена", "муж", "вдова", "сын", "дочь", "брат", "сестра", "мать", "отец", "семья",
    "администрация", "аппарат", "канцелярия", "офис", "управление", "служба", "охрана", "кортеж",
    "полпред", "представитель", "спецпредставитель", "уполномоченный", "посланник", "кандидат",
    "пресс-секретарь", "пресс-служба", "портрет", "двойник",
})

# Words before a person someone else acts for: "вместо Токаева", "от имени Президента", "по поручению Главы
# государства" (one word, or two as written).
RU_ON_BEHALF: frozenset[str] = frozenset({"вместо", "от имени", "по поручению", "по просьбе", "по указанию"})
KK_ON_BEHALF_AFTER: tuple[str, ...] = ("атынан", "орнына", "тапсырма",  # after the genitive: "Тоқаевтың атынан"
                                       "айтуынша", "пікірінше", "сөзінше")  # who says so: "Тоқаевтың айтуынша"
# "X ... Y мен Z кездесті деп айтты": the word that closes a reported clause, and the coordinators of a subject.
KK_QUOTE_WORD = "деп"
KK_AND: tuple[str, ...] = ("мен", "пен", "бен")

# A person in the genitive after one of these nouns is named to say whose they are, and takes no part:
# "встретился с семьей Нельсона Манделы", "с вдовой Джона Кеннеди", "с членами семьи президента".
RU_KIN_HEADS: frozenset[str] = frozenset({
    "семья", "член", "родственник", "родные", "близкий", "потомок", "предок",
    "супруга", "супруг", "жена", "муж", "вдова", "вдовец", "сын", "дочь", "внук", "внучка", "брат", "сестра",
    "мать", "отец", "племянник", "племянница", "наследник", "окружение", "сторонник", "соратник",
})

# A person in the dative beside one of these is sent greetings, not met: "попросил передать наилучшие пожелания
# Председателю КНР Си Цзиньпину", "передал Токаеву приветствие", "Қытай басшысына сәлем жолдады",
# "Путинге ізгі тілектерін жеткізуді өтінді".
RU_GREETING_WORDS: frozenset[str] = frozenset({
    "привет", "приветствие", "пожелание", "поздравление", "благодарность", "признательность", "послание",
})
KK_GREETING_STEMS: tuple[str, ...] = ("сәлем", "тілег", "тілек", "құттықта", "алғыс", "жолдау")

# Words before a title that move it out of the present: "бывший президент ЮАР", "экс-премьер".
RU_FORMER: frozenset[str] = frozenset({
    "бывший", "экс", "прежний", "предыдущий", "покойный", "будущий", "почетный", "первый",
    "избранный", "новоизбранный", "тогдашний",  # "по приглашению тогдашнего канцлера Олафа Шольца"
})
# Token prefixes that do the same inside one word ("экс-президент" is a different lemma already).
RU_FORMER_PREFIXES: tuple[str, ...] = ("экс-",)
# The capitalised word after these names a place, not the person NER may run it into ("города Иванова").
RU_SETTLEMENT_WORDS: frozenset[str] = frozenset({"город", "село", "посёлок", "поселок", "станица", "деревня"})
# A title in the name of a body is no person: "Совет глав государств", "совещание руководителей".
RU_COUNCIL_WORDS: frozenset[str] = frozenset({"совет", "совещание"})
RU_PLURAL_ONLY_FORMS: frozenset[str] = frozenset({"президент", "лидер", "руководитель"})  # "-ы/-и" is plural
# "в столице Казахстана": the country's capital city.
RU_CAPITAL_WORDS: frozenset[str] = frozenset({"столица"})
KK_ONE_COUNTED: tuple[str, ...] = ("сы", "си")  # folded: "екі мемлекет басшысы", two heads counted in the singular
KK_CAPITAL_WORDS: tuple[str, ...] = ("астанас", "елордас")  # "Тәжікстан астанасында", "Қырғызстан елордасы"
# "Елордада форум басталды", "елордаға келді": the capital no country is named for is the home country's
KK_HOME_CAPITAL = frozenset({"елорда", "елордада", "елордаға", "елордадағы", "елордадан", "елорданың", "елорданы"})
# A bare title as the subject, with no country or name beside it: the head of state the text is about
# ("Президент провёл телефонный разговор с ...", as "глава государства" is).
RU_BARE_SELF_TITLES: frozenset[str] = frozenset({"президент"})
# A title with no country that is an office all the same, of the one holder the text names with it: "с
# федеральным канцлером Фридрихом Мерцем ... Официальный визит канцлера в Узбекистан" (one state's office in
# the news, where "премьер" or "президент" alone may be anyone's).
RU_BARE_NAMED_TITLES: frozenset[str] = frozenset({"канцлер"})

KK_FORMER: tuple[str, ...] = ("бұрынғы", "экс", "марқұм", "болашақ", "тұңғыш")
# Nouns after a Kazakh title in the genitive that name someone else: "Президенттің кеңесшісі".
KK_STAND_IN_AFTER: tuple[str, ...] = ("орынбасар", "кеңесші", "көмекші", "жұбай", "әкімшілі", "кеңсе",
                                      "баспасөз", "өкіл", "ұлы", "қызы")  # not "Ұлттық", "Қызылорда"

# Kazakh leader titles: stem → (nominative with the possessive ending, head of government?).
# "Ресей Президентімен" is written "Ресей Президенті" in the nominative.
KK_HEAD_TITLES: dict[str, tuple[str, bool]] = {
    "президент": ("президенті", False),
    "басшы": ("басшысы", False),
    "көшбасшы": ("көшбасшысы", False),  # "Өзбекстан көшбасшысы": the leader of a country
    "төраға": ("төрағасы", False),
    "патша": ("патшасы", False),
    "король": ("королі", False),
    "премьер-министр": ("премьер-министрі", True),
    "канцлер": ("канцлері", True),
}
# Kazakh office titles (stems, with the possessive ending they take before a name) after which one to three
# capitalised words name a person outside the registry: "Сыртқы істер министрі Ермек Көшербаев", "АҚШ
# Мемлекеттік хатшысы Марко Рубиомен", "Ұлттық банк төрағасы Тимур Сүлейменовті".
KK_OFFICIAL_TITLES: tuple[str, ...] = (
    "министрі", "хатшысы", "төрағасы", "әкімі", "елшісі", "директоры", "басшысы", "премьері", "спикері",
    "депутаты", "президенті", "канцлері", "королі", "әмірі", "губернаторы", "мэрі", "сенаторы", "премьер-министрі",
    "вице-президенті", "генерал-губернаторы", "бас хатшысы",
)
# ... and in the plural, before two people joined by a conjunction: "Сыртқы істер министрлері Ермек Көшербаев пен
# Арарат Мирзоян"
KK_OFFICIAL_TITLES_PLURAL: tuple[str, ...] = ("министрлері", "хатшылары", "төрағалары", "елшілері", "әкімдері")
# Words before a Kazakh title that name the home country's own office in the Kazakh press:
# "Мемлекет басшысы" (the President of Kazakhstan), "Үкімет басшысы" (its Prime Minister).
KK_HOME_OFFICES: dict[str, bool] = {"мемлекет": False, "үкімет": True}
KK_HOME_COUNTRY = "KZ"
# The bare title, capitalised, names the home country's president too ("Президент Мәскеуге барады",
# "Президентпен кездесті"); folded, with the single case endings it takes.
KK_BARE_HOME_TITLES: frozenset[str] = frozenset(
    {"президент", "президенттин", "президентке", "президентти", "президентпен", "президентте", "президенттен"})

# Dates that name a deadline or plan, not the time of writing: "до 1 января 2030 года",
# "к 1 мая 2025 года", "2030 жылғы 1 қаңтарға дейін".
RU_PLAN_PREPOSITIONS: frozenset[str] = frozenset({"до", "к", "ко", "через", "после"})
KK_PLAN_WORDS: tuple[str, ...] = ("дейін", "шейін", "қарай")

# The source of a report, not a side of what it reports: "по словам X", "по мнению X", "по данным X".
RU_SOURCE_NOUNS = {"слово", "мнение", "данные", "информация", "сообщение", "оценка"}
# "Как сообщил X, ...", "..., — заявил X": a verb of saying before its subject.
RU_SOURCE_VERBS = {"сообщить", "заявить", "отметить", "рассказать", "подчеркнуть", "пояснить", "уточнить",
                   "сказать", "написать", "передать", "сообщать", "заявлять", "добавить", "подтвердить",
                   "считать", "полагать", "уверить", "отмечать", "говорить"}  # "..., — считает эксперт X"
