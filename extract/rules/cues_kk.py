"""Kazakh cue words and case endings (folded, see `extract.kazakh.fold`) the event rules read.

Kazakh marks the roles of a noun with endings: "Астанаға" (dative: where to), "Астанада" (locative:
where), "Тоқаевтың" (genitive: whose), "Путинмен" (instrumental: with whom), "Мирзиёевті"
(accusative: whom). The verb stands last in its clause and carries tense and mood in its endings.
"""

from __future__ import annotations

import re

from extract.kazakh import fold


def _folded(*items: str) -> tuple[str, ...]:
    return tuple(fold(s) for s in items)


DATIVE = _folded("ға", "ге", "қа", "ке", "на", "не", "а", "е", "ғa")
LOCATIVE = _folded("да", "де", "та", "те", "нда", "нде")
# "Астанадағы форумда": the locative made an adjective also says where.
RELATIVE_LOCATIVE = _folded("дағы", "дегі", "тағы", "тегі", "ндағы", "ндегі")
GENITIVE = _folded("ның", "нің", "дың", "дің", "тың", "тің")
INSTRUMENTAL = _folded("мен", "бен", "пен")
# "Абу-Даби қаласында", "Ташкент қаласына": the case goes on the word "қала" (city) after the name.
CITY_WORD = fold("қала")

# --- clauses ---------------------------------------------------------------------------------
# Words that open a new clause after a comma: "..., ал Мирзиёев Мәскеуге барады", "..., кейін үш көшбасшы
# келіссөз жүргізді" (then).
CLAUSE_OPENERS = frozenset(_folded("ал", "алайда", "бірақ", "кейін", "содан", "артынша"))
QUOTE = fold("деп")        # "келеді деп күтілуде": the verb before "деп" is the event's
# "келуге ниетті екенін жеткізді": what is told before "екенін" has its own predicate, as before "деп"
THAT = _folded("екенін", "екендігін")

# --- tense and mood of the clause's verb -------------------------------------------------------
# Auxiliaries after a participle or converb: "кездескен еді", "келген болатын" (background past).
PAST_AUXILIARIES = frozenset(_folded("еді", "болатын", "болған", "екен"))
PAST_PARTICIPLE = _folded("ған", "ген", "қан", "кен")
FUTURE_PARTICIPLE = _folded("атын", "етін", "йтын", "йтін")
# Verbs of plan and expectation: "жоспарлап отыр", "жоспарлануда", "күтілуде", "көзделуде".
PLAN_STEMS = _folded("жоспарла", "күтіл", "көздел", "ниет", "дайындал")  # "келуге ниетті", "ниеттенуде"
# Before the event word: "алдағы сапар", "таяудағы саммит", "алда тұрған" (the one to come).
UPCOMING = _folded("алдағы", "таяудағы", "алдымыздағы", "келер", "алда")
PREPARATION = _folded("дайындық", "әзірлік")  # after the event word: "сапарына дайындық"
UPCOMING_WINDOW = 4  # words before the event word (a name in the genitive may stand between)
# "алдағы іс-шаралар кестесін, соның ішінде ... сапарын": one of a list of events still to come
INCLUDING = (fold("соның ішінде"), fold("оның ішінде"))
LIST_REACH = 10  # words before "соның ішінде" in which the list's head may say it is still to come
# Agreement to do something, after a verbal noun in the dative: "кездесу өткізуге уағдаласты", "келуге келісті".
AGREE_STEMS = _folded("уағдалас", "келісті", "келіскен", "келісіп")
VERBAL_NOUN_DATIVE = _folded("уға", "уге", "юға", "юге")
# The planned future "бармақ", "талқыламақ", "келмекші".
INTENT_ENDINGS = _folded("мақ", "мек", "бақ", "бек", "пақ", "пек", "мақшы", "мекші", "моқшы")
PROGRESSIVE_ENDINGS = _folded("уда", "уде", "юда", "юде")
FUTURE_VOWEL_STEM = _folded("айды", "ейді", "яйды", "яды", "йеді")  # "талқылайды", "қояды"; not "қойды"
AORIST = _folded("ады", "еді")                      # "барады", "келеді" — or a past "қабылдады"
PAST_ENDINGS = _folded("ды", "ді", "ты", "ті")
# Verb stems in -а/-е whose past is written -ады/-еді ("талқылады", "қарады"); the rest of -ады/-еді
# after a single consonant is the future of a consonant stem ("барады", "келеді").
VOWEL_STEMS = _folded("талқыла", "қара", "бағала", "сайла", "жаса", "ата", "арна", "баста",
                      "жариял", "белгіле", "тіле", "мәлімде", "хабарла", "қолда", "құттықта", "қабылда",
                      "аяқта", "жоспарла", "мақұлда", "сөйле", "ескерт", "айқында", "анықта", "тана",
                      "тыңда", "жала", "сына", "түйінде", "сипатта")
# Consonant stems whose future -ады/-еді would otherwise read as a past after a consonant cluster.
CLUSTER_STEMS = _folded("айт", "тарт", "қайт")
# Verbs of saying and reporting: their tense is that of the report ("деп жазады"), not of the event.
SPEECH_VERBS = _folded("жаза", "жазд", "айта", "айтт", "хабарла", "мәлімде", "еске сал", "растад", "растайд",
                       "атап өт", "деді", "дейді", "атап", "баса айт", "мәлім ет")
# An official's title of no leader's rank, after which a name is no head of state: "Сыртқы істер министрі Ермек
# Көшербаев" ("премьер-министрі" is a head's; "төрағасы" may be one, "ҚХР Төрағасы")
OFFICIAL_TITLES = _folded("министрі", "министрлері", "хатшысы", "хатшылары", "елшісі", "елшілері", "әкімі", "спикері",
                          "депутаты", "сенаторы")
PASSIVE_SPEECH = _folded("айтыл", "хабарлан", "мәлімделд", "жеткізілд", "атап өтілд")  # "... айтылды": was said
# A participle right before a gathering word dates it: "өткен форумға" (held), "өтетін саммитке" (to come).
PARTICIPLES = {fold("өткен"): "past", fold("болған"): "past", fold("өтетін"): "future",
               fold("болатын"): "future", fold("жоспарланған"): "future", fold("өткелі"): "future"}
# "бүгінгі келіссөздер жаңа серпін береді": an adjective of the day tells the event's own tense; the verb after
# it tells what the event brings (but "бүгінгі келіссөздер Ақордада өтеді": the verb of taking place its own)
DAY_ADJECTIVES = {fold("бүгінгі"): "present", fold("кешегі"): "past"}
TAKE_PLACE_STEMS = _folded("өт", "бол")
# "сапармен келген Путин", "Қытайда жүрген Тоқаев": the trip qualifies the person (not the converb "келіп, ...
# қатысты", whose time is that of what follows)
TRIP_PARTICIPLES = frozenset(_folded("келген", "барған", "жүрген"))
# "Алдыңғы ресми сапары ... өткен жылы болған", "келесі саммит": another occasion than the one the news tells
ANOTHER_OCCASION = frozenset(_folded("алдыңғы", "келесі", "соңғы"))
ANOTHER_REACH = 3
LAST_TIME = fold("соңғы рет")
FORMAL_TALKS = fold("келіссөз")  # "Келіссөздер қорытындысы бойынша": of these, not of a chat the day before
# "сапарымен келген Беларусь Президенті Александр Лукашенко": words from the participle to the person's name
PARTICIPLE_PERSON_REACH = 4
CLAUSE_BREAKS = frozenset({",", ".", ";", ":", "!", "?", "(", ")"})
PARTICIPLE_WINDOW = 7  # words before the gathering word: "өтетін ҰҚШҰ Ұжымдық қауіпсіздік кеңесінің отырысына"
# ... but "өткен жылы", "өткен айда" (last year, last month) are times, not the event's participle.
PARTICIPLE_TIME_WORDS = _folded("жыл", "ай", "апта", "күн", "ғасыр")

# --- status ----------------------------------------------------------------------------------
CANCEL = _folded("тоқтат", "болмайд", "өтпейд", "өтпеді", "күшін жой")  # anywhere in the sentence ...
# ... but for a contrast: "форумға қатысуы жоспарланған еді, алайда оның сапары тоқтатылды" (the trip, not the forum)
CONTRAST = frozenset(_folded("алайда", "бірақ", "дегенмен"))
# "Вучичтің де форумға қатысуы жоспарланған еді, алайда ...": what was to be and, the contrast says, was not
UNREALISED = frozenset(_folded("жоспарланған", "жоспарланып", "күтілген", "тиіс"))
# Near the trigger: "сапары кейінге қалдырылды", "кездесу мерзімі шегерілді" (postponed).
POSTPONE = frozenset(_folded("қалдырылды", "қалдырылады", "қалдырылған", "қалдырды", "шегерілді",
                             "шегеріледі", "шегерілген", "шегерді"))
RELOCATE = fold("ауыстыр")  # "кездесу Мәскеуге ауыстырылды": moved to another place
# ... but moved to a time is put off: "саммиті қыркүйекке ауыстырылды", "күзге ауыстырылды"
TIME_DATIVES = frozenset(_folded(
    "қаңтарға", "ақпанға", "наурызға", "сәуірге", "мамырға", "маусымға", "шілдеге", "тамызға", "қыркүйекке",
    "қазанға", "қарашаға", "желтоқсанға", "күзге", "көктемге", "жазға", "қысқа", "жылға", "мерзімге", "уақытқа",
    "аптаға", "айға"))
# A denied predicate: "келген жоқ", "барған емес" (did not come), "бармады", "кездеспейді".
NEGATIONS = frozenset(_folded("жоқ", "емес"))
NEGATIVE_ENDINGS = _folded("мады", "меді", "бады", "беді", "пады", "педі", "майды", "мейді", "байды", "бейді",
                           "пайды", "пейді", "маған", "меген", "баған", "беген", "паған", "пеген")
# "Тоқаев Путинді Астанаға келуге шақырды": an invitation or a proposal, not an event.
PROPOSAL_VERBS = _folded("шақыр", "ұсын")
PROPOSAL_OBJECT = _folded("уге", "уға", "юге", "юға")       # the verbal noun in the dative: "келуге"
# ... or the act proposed, in the accusative: "Астанада форум өткізуді ұсынды", "кездесу ұйымдастыруды ұсынды"
PROPOSED_ACT = _folded("уді", "уды", "юді", "юды")
PROPOSED_ACT_REACH = 3  # words from the event noun to the act proposed: "кездесуді Астанада өткізуді ұсынды"
# "тараптарды келіссөздерге шақырды", "Путинді саммитке шақырды": the event itself in the dative of the call
EVENT_DATIVE = _folded("ға", "ге", "қа", "ке", "на", "не")
# "кездесуге үміт білдірді", "кездесуге үміттенеді": a hope for the event noun in the dative, no event (not
# "дайын": "сапарына дайындық" is the preparation of one)
HOPE = _folded("үміт")
POSSIBLE = fold("мүмкін")                               # "келуі мүмкін": may come
# "бірнеше рет кездесті", "жыл сайын өтеді", "үнемі сөйлеседі": a habit, many events or none; no event.
HABIT = (fold("бірнеше рет"), fold("жыл сайын"), fold("үнемі"), fold("жиі"), fold("тұрақты түрде"),
         fold("әлденеше рет"), fold("дәстүрлі түрде"))
# "бірқатар шетелдік әріптестерімен сөйлесті": talks with several sides not named, each told on its own or not
# at all; no event of its own.
SERIES = _folded("бірқатар", "бірнеше")
MEETINGS = fold("кездесулер")  # "бірқатар екіжақты кездесулер өткізуі жоспарланған": a series, nobody named
# "келіссөздері, сондай-ақ Жоғары мемлекетаралық кеңестің отырысы өтті": one more event the verb's subject lists
LISTED_AFTER = _folded("сондай-ақ", "және")
LISTED_REACH = 5  # words before the event noun in which the joining word stands
PLURAL_WITH = _folded("лармен", "лермен", "дармен", "дермен", "тармен", "термен", "ларымен", "лерімен",
                      "дарымен", "дерімен", "тарымен", "терімен")

# --- kind of visit, remote participation, part of another event -----------------------------
KINDS = {fold("мемлекеттік"): "state", fold("ресми"): "official", fold("жұмыс"): "working"}
REMOTE = ("бейнебайланыс", "онлайн")
# "Келіссөздер қорытындысы", "кездесу нәтижесі": the results of talks already reported, not new talks
# (Kazakh puts the event noun first, Russian "итоги переговоров" after).
META_AFTER = _folded("қорытынды", "нәтиже", "соңы")  # ... and "Кездесу соңында" (at its end)
HELD_BEFORE = _folded("өткен")  # "12 қарашада Мәскеуде өткен келіссөздердің қорытындылары": the talks themselves
# "Сәрсенбіде Президент парадқа қатысады, содан кейін Модимен келіссөз жүргізеді": in sequence, the same day.
SEQUENCE = _folded("содан", "артынша", "кейіннен")

# "Сол күні Президент ... кездесті", "Келесі күні ...", "сол жылы": a time told by the date stated before it.
RELATIVE_DATES = {fold("сол күні"): ("day", 0), fold("осы күні"): ("day", 0), fold("келесі күні"): ("day", 1),
                  fold("ертесіне"): ("day", 1), fold("ертесі күні"): ("day", 1), fold("сол жылы"): ("year", 0),
                  fold("бір күн бұрын"): ("day", -1)}  # "Саммиттен бір күн бұрын": the day before the one told

# "Путинмен кездесуі туралы айтты": an event talked about; the report does not date it.
ABOUT = fold("туралы")
TALK_VERBS = _folded("айт", "әңгімеле", "еске ал", "еске түсір", "жаз", "бөліс")
# "саммитке қатысу үшін келді": what an arrival is for (folded words after the trigger).
PURPOSE = (fold("қатысу үшін"), fold("қатысу мақсатында"))
# "Сапардың бірінші күні ...": the day of the visit the clause is on (-1: its last), folded.
VISIT_DAYS = {fold(f"{noun} {day} күні"): n for day, n in (
    ("бірінші", 1), ("екінші", 2), ("үшінші", 3), ("соңғы", -1), ("қорытынды", -1))
    for noun in ("сапардың", "сапарының")}
# A sentence opening with these goes on with the events of the sentence before, of their day.
FOLLOWS_ON = ("атап айтқанда", "атап айтсақ", "соның ішінде", "содан кейін", "кейін", "одан кейін", "сондай-ақ",
              "сонымен қатар", "бұған қоса", "оған қоса", "сонымен бірге",  # "Бұған қоса ... кездесу өткізді"
              "бұдан соң", "бұдан кейін", "осыдан кейін", "содан соң")  # "Бұдан соң ... форумына қатысты"
# "Тәжікстан Президенті Рахмонмен де кездесіп": "with him too", one more of the talks of the day told before
ALSO_WITH = re.compile(r"(?:мен|пен|бен)\s+(?:де|да|те|та)\s")
# "Әңгімелесу барысында тараптар ... талқылады": told inside a conversation, the call again.
DURING_CALL = ("әңгімелесу барысында", "әңгіме барысында", "сөйлесу барысында", "әңгімелесу кезінде",
               "телефон арқылы сөйлесу барысында")
# "Кездесуде ... талқыланды", "Келіссөз барысында ...": what was said in the talks just told.
DURING_TALKS = ("кездесуде", "кездесу барысында", "кездесу кезінде", "келіссөз барысында", "келіссөздер барысында",
                "келіссөзде", "келіссөздерде", "әңгімелесу барысында")
# "2026 жылға арналған бағдарлама", "2030 жылға дейінгі стратегия": the years a document is for.
PERIOD_AFTER = ("арналған", "дейінгі")
# "Саммит аясында", "форум кулуарында": on the margins of the gathering just named
MARGINS = _folded("аясында", "кулуарында", "шеңберінде")
GATHERING_STEMS = _folded("саммит", "форум", "отырыс")
# "Лукашенкомен келіссөздер өтті": talks named by a noun right after the one side named
TALKS_NOUNS = _folded("келіссөз", "кездесу")
TAKE_PART = _folded("қатыс", "барма", "келме")  # "саммитке қатыспайды", "келмеді": absent from the gathering
GATHERING_END = _folded("соңында", "қорытындысы")  # "Саммит соңында ...": at its end (the one told before)
# "екі күндік сапар": how many days it lasts
DURATION_DAYS = {fold("екі"): 2, fold("үш"): 3, fold("төрт"): 4, fold("бес"): 5}
DURATION_WORD = fold("күндік")
DAYS_DATIVE, LASTING = fold("күнге"), fold("созыл")  # "екі күнге созылған сапар": lasting two days
# "Рәсім алдында Трамп Әлиевпен ... кездесу өткізді": talks of the day and place of the signing.
BEFORE_CEREMONY = ("рәсім алдында", "рәсімі алдында", "рәсімнің алдында", "қол қою алдында",
                   "қол қойылар алдында")
# "2019 жылдан бері алғаш рет Вашингтонға барды": the day a gap began, not the visit's.
SINCE_AFTER = ("бері",)
FIRST_TIME = ("алғаш", "тұңғыш")
# "Келіссөздер қорытындысы бойынша ... қол қойылды": what came of the talks told before, however far before.
# "Саммит қорытындысы бойынша декларацияға қол қойылды": of the gathering told before, however far before
AFTER_GATHERING = ("саммит қорытындысы", "саммиті қорытындысы", "саммиттің қорытындысы", "отырыс қорытындысы",
                   "отырысы қорытындысы", "отырыстың қорытындысы", "форум қорытындысы", "форумы қорытындысы",
                   "сессия қорытындысы", "сессиясы қорытындысы", "сессияның қорытындысы",
                   "саммит соңында", "саммиттің соңында", "отырыс соңында", "отырыстың соңында", "форум соңында",
                   "сессия соңында", "сессияның соңында")
# "Саммит қарсаңында ... кездесті": talks on the eve of the gathering told, where it is held
EVE = fold("қарсаңында")
ADDRESSEE = frozenset(_folded("сіздің"))  # "Сіздің мемлекеттік сапарыңыз": the visit of the one spoken to
ADJECTIVE_ENDINGS = _folded("лық", "лік", "дық", "дік", "тық", "тік")  # "халықаралық", "экономикалық"
# A noun of talking in the ablative, "сөйлесуден", "кездесуден", "келіссөзден": a time counted from those talks,
# whose side a name in "-мен" before it is ("Путинмен сөйлесуден бір күн бұрын")
VERBAL_NOUN = re.compile(rf"^({'|'.join(_folded('сөйлес', 'кездес', 'келіссөз', 'әңгімелес'))})\w*"
                         rf"({'|'.join(_folded('дан', 'ден', 'тан', 'тен'))})$")
HELD_AHEAD = _folded("өтетін")  # "Бішкекте өтетін саммиті қарсаңында": the gathering told with its own words
EVE_NOUN_REACH = 8
EVE_OF_GATHERING = ("саммит қарсаңында", "саммиті қарсаңында", "саммиттің қарсаңында", "отырыс қарсаңында",
                    "отырысы қарсаңында", "отырыстың қарсаңында", "форум қарсаңында", "форумы қарсаңында",
                    "форумның қарсаңында", "сессия қарсаңында", "сессиясы қарсаңында")
AFTER_TALKS = ("келіссөздер қорытындысы", "келіссөз қорытындысы", "кездесу қорытындысы", "келіссөздерден кейін",
               "келіссөзден кейін", "кездесуден кейін", "келіссөздер соңында", "келіссөздің соңында",
               "кездесу соңында", "кездесудің соңында")  # "Келіссөздер соңында ... қол қойылды": at their end
PART_OF = ("барысында", "аясында", "кезінде", "шеңберінде", "қорытындысы бойынша", "нәтижесінде",
           "келіссөздерден кейін", "келіссөзден кейін", "кездесуден кейін",  # "after the talks": of them
           "келіссөздер соңында", "келіссөздің соңында", "кездесу соңында",  # "at their end": of them too
           "қатысуымен")  # "Мемлекет басшыларының қатысуымен ... қол қойылды": signed at their talks

# --- roles -----------------------------------------------------------------------------------
HOST_CUE = fold("шақыру")            # "Тоқаевтың шақыруымен": Tokayev is the host
OWNER_PRONOUNS = frozenset(_folded("оның"))  # "Вучичтің ..., алайда оның сапары тоқтатылды": his (the one named before)
PRONOUN_REACH = 4  # words a sentence may open with before its subject "ол" ("Ақпан айында ол ...")
PRONOUNS = frozenset(_folded("ол"))   # "Ол Мәскеуге барады": the leader the text is about

# --- documents -------------------------------------------------------------------------------
# The dative noun before "қол қойды" is what was signed: "шартқа", "келісімге", "құжаттарға".
DOCUMENT_HEADS = {fold(k): v for k, v in {
    "шарт": "шарт", "келісім": "келісім", "меморандум": "меморандум", "декларация": "декларация",
    "мәлімдеме": "мәлімдеме", "құжаттар": "құжаттар", "құжат": "құжат", "хаттама": "хаттама",
    "бағдарлама": "бағдарлама", "карта": "картасы", "конвенция": "конвенция",
    "хартия": "хартия", "коммюнике": "коммюнике",
}.items()}
# Words that end the phrase before the document: "Келіссөздер қорытындысы бойынша ... шартқа".
TITLE_STOPS = frozenset(_folded("бойынша", "кейін", "соң", "соңында", "барысында", "аясында", "кезінде",
                                "сондай-ақ", "және", "де", "да", "тағы", "арасындағы",
                                # the signatories, named by what they are: "екі ел басшылары ... қол қойды"
                                "басшылары", "басшысы", "тараптар", "тараптары", "президенттері", "лидерлері",
                                "министрлері", "делегациялары"))
TITLE_MAX = 10
# Words between the dative document and "қол қойды" that may tell when, where and by whom it was signed.
# Heads that name no document of their own: a signing only as a set ("15 құжатқа", "бірқатар құжатқа",
# "құжаттарға"), as "документ" in Russian.
SET_ONLY_HEADS = frozenset({"құжат"})
QUANTIFIERS = _folded("бірқатар", "бірнеше", "көптеген", "астам", "пакет", "пакетіне", "екі", "үш", "төрт", "бес",
                      "алты", "жеті", "сегіз", "тоғыз", "он", "жиырма", "отыз", "қырық", "елу")
DOCUMENT_REACH = 12  # "Құжаттарға екі ел президенттері Қасым-Жомарт Тоқаев пен Шавкат Мирзиёевтің қатысуымен қол қойылды"
AND = fold("және")

# "саммитке қатысатынын растады", "келетінін мәлімдеді": a future participle as the object of the verb that tells it,
# or as the subject of its passive ("Отырысқа Путин ... қатысатыны расталды")
FUTURE_PARTICIPLE_OBJECT_WRITTEN = ("атынын", "етінін", "йтынын", "йтінін", "атынына", "етініне",
                                    "атыны", "етіні", "йтыны", "йтіні")
FUTURE_PARTICIPLE_OBJECT = _folded(*FUTURE_PARTICIPLE_OBJECT_WRITTEN)
# "Кездесу өтпеді, оны кейінірек өткізуге келісті": what did not take place and is to be held later is put off
# (words of the folded sentence)
HELD_LATER = tuple(fold(w) for w in (" кейінірек", " басқа уақытта", " кейінге"))
