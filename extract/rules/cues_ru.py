"""Russian cue words (lemmas) the event rules read around a trigger: status, modality, kind, remote
participation, part-of links, and the words that make a trigger refer to something other than a new event.
"""

from __future__ import annotations

import re

# A clause starts after ";" or after a comma before one of these ("..., а 29 ноября с Макроном";
# "..., чтобы обсудить"), except "..., а также ...", which continues the clause.
# ", что ...": a reported clause has its own subject ("Токаев рассказал, что Путин встретился с Трампом").
CLAUSE_OPENERS = {"а", "чтобы", "затем", "но", "однако", "что"}
# ", когда Си Цзиньпин находился в Москве с визитом": a subordinate clause whose own subject acts in it
# (its time is the main clause's, so it is no clause of its own for dates).
SUBORDINATE_OPENERS = {"когда", "где", "пока"}

# "встретился с X", "со мной": the preposition that introduces the other side of talks.
WITH = {"с", "со"}
# Officials of no leader's rank who hold talks themselves: "посол Катара провел встречу с ...".
OFFICIAL_SUBJECTS = {"посол", "министр", "замминистр", "вице-премьер", "госсекретарь", "спикер", "мэр", "губернатор",
                     "полпред", "посланник", "советник", "помощник", "пресс-секретарь", "делегация", "генсек",
                     "депутат", "сенатор", "представитель"}
# How far before a name its "с" may stand, across the title and the title's genitive chain.
WITH_TITLE_REACH = 6
# "в Москве", "во Франции": the prepositions of a place where something happens / a destination.
IN = {"в", "во"}
HOLDER = {"у"}  # "у Путина запланированы переговоры с ...": the one who has the event, with no subject named
# "находящийся в России с визитом": staying somewhere on a visit.
STAY_VERBS = {"находиться", "пребывать"}
# "на Аляске", "на Кипре": a place some names take "на" for.
ON = {"на"}
# Nouns a place's name stands after, in apposition: "в резиденции Ново-Огарёво", "в городе Алматы".
PLACE_HEADS = {"резиденция", "город", "столица", "дворец", "село", "поселок", "курорт", "комплекс",
               # a room of a building: "в Георгиевском зале Кремля" is in the Kremlin, in Moscow
               "зал", "палата", "кабинет", "здание", "павильон", "штаб-квартира"}
# "обсудили ситуацию в Центральной Азии": a place after one of these nouns is what was talked about, not
# where the event happened.
TOPIC_NOUNS = {"ситуация", "обстановка", "положение", "событие", "кризис", "урегулирование", "конфликт",
               "война", "безопасность", "стабильность", "мир", "процесс", "развитие", "перемирие", "выборы",
               "реформа", "происходящее"}
# "на саммите", "в ходе встречи": a trigger after these is a venue, not a reported act of speech.
VENUE = {"на", "в", "во"}

# "провёл ряд встреч", "серия переговоров": many events, each told on its own (or not at all).
SERIES = {"ряд", "серия", "несколько", "череда", "цикл", "множество"}
# "этот визит", "каждый визит": the event is already named, or is many events.
ANAPHORIC = {"этот", "данный", "такой", "тот", "каждый", "любой"}  # not "очередной": the next one of a series
# "подробности встречи", "итоги переговоров": about an event, not the event (a visit still counts).
META_NOUNS = {"дата", "деталь", "подробность", "цель", "итог", "повестка", "программа", "результат",
              "значение", "важность", "подготовка", "формат", "ход", "честь",  # "приём в честь участников саммита"
              "накануне", "канун", "преддверие"}  # "накануне саммита, 14 ноября, провёл переговоры": a time, not it
# ... but the outcome of talks with someone tells those talks took place: "по итогам телефонного разговора с
# Путиным объявил", "результаты переговоров с Алиевым" (not "подготовка встречи с Путиным": still to come).
OUTCOME_NOUNS = {"итог", "результат"}
# "приём в честь глав государств – участников саммита": a reception for those at it, not the gathering.
IN_HONOUR = "честь"
IN_HONOUR_REACH = 6
# "После саммита Токаев отправится в Пекин, где 3 сентября ...": a gathering that only tells when.
GATHERING_TIME = {"после", "перед"}
# "обсудили подготовку к саммиту, который пройдёт осенью": the date of a relative clause is of the event
# noun it follows, not of a trigger before that noun.
RELATIVE_PRONOUNS = {"который"}
# Between a date and its trigger, a speech verb means the date is when it was said, not when it happens.
SPEECH_VERBS = {"сообщить", "объявить", "заявить", "рассказать", "анонсировать", "отметить", "подчеркнуть",
                "написать", "указать", "уточнить", "сказать", "утверждать", "признать", "пояснить",
                "сообщать", "объявлять", "заявлять", "рассказывать", "подтвердить", "напомнить"}

# "В среду Путин примет участие в параде, а затем проведет переговоры с Моди": a clause that goes on in
# sequence is of the day of the clause before it.
SEQUENCE = {"затем", "потом", "позднее", "впоследствии"}

# What an arrival is for: "прибыл в Китай для участия в саммите", "чтобы принять участие в форуме" (lemmas,
# adjectives left out). The purpose takes no date stated before it: that is the arrival's.
PURPOSE = (("для", "участие", "в"), ("для", "участие", "на"), ("чтобы", "принять", "участие", "в"))
# A sentence opening with these goes on with the events of the sentence before, of their day: "31 августа
# провёл ряд встреч. В частности, встретился с ...", "Затем состоялась встреча ...".
FOLLOWS_ON = ("в частности", "в том числе", "так,", "а именно", "затем", "после этого", "далее", "также ",
              "кроме того")  # "Также состоялась беседа ...": one more of that day's talks
# A time told by the date stated last before it: "В тот же день Путин встретился ...", "На следующий день ...",
# "в том же году" → (unit, offset); unit "same" is the date told last, whatever its precision.
RELATIVE_DATES = {"в тот же день": ("day", 0), "в этот же день": ("day", 0), "в тот день": ("day", 0),
                  "в этот день": ("day", 0), "на следующий день": ("day", 1), "на другой день": ("day", 1),
                  # "Вечером того же дня", "утром следующего дня", "в тот же вечер"
                  "того же дня": ("day", 0), "этого же дня": ("day", 0), "в тот же вечер": ("day", 0),
                  "тем же вечером": ("day", 0), "следующего дня": ("day", 1),
                  "на следующее утро": ("day", 1), "днем позже": ("day", 1), "днём позже": ("day", 1),
                  "днем ранее": ("day", -1), "днём ранее": ("day", -1), "за день до этого": ("day", -1),
                  "в том же году": ("year", 0), "в тот же год": ("year", 0), "в этом же году": ("year", 0),
                  "на следующий год": ("year", 1), "годом позже": ("year", 1),
                  # "тогда же": the date told last, as precise as it was told ("12 ноября" -> that day)
                  "тогда же": ("same", 0)}

# "В первый день визита ... провели неформальную встречу": the day of the visit the clause is on (-1: its last).
VISIT_DAYS = {f"{prep} {day} день {noun}": n for prep, day, n in (
    ("в", "первый", 1), ("во", "второй", 2), ("в", "третий", 3), ("в", "заключительный", -1),
    ("в", "последний", -1)) for noun in ("визита", "поездки", "турне", "пребывания")}
# "рассказал о встрече с Путиным", "вспомнил о визите": an event talked about, of no day the report gives.
ABOUT = {"о", "об", "обо"}
TALK_VERBS = {"рассказать", "рассказывать", "вспомнить", "вспоминать", "говорить", "поговорить", "напомнить",
              "поделиться", "написать", "писать", "упомянуть"}

# --- status ----------------------------------------------------------------------------------
CANCEL = {"отменить", "отмена", "отменяться", "сорваться"}                # "встреча отменена"
# Negation of the clause's event: "встреча не состоялась" (expected, not held: cancelled); "не встречался",
# "не будут встречаться", "встреча не планируется" (no event). "не только", "не раз" and "не исключил" (see
# POSSIBLE) negate nothing of the event.
NEGATION = "не"
NOT_NEGATING_AFTER = {"только", "раз", "лишь", "менее", "более", "позднее", "ранее", "так"}
HAPPEN_VERBS = {"состояться", "пройти", "проходить", "проводиться"}
POSTPONE = {"перенести", "отложить", "переносить", "откладывать", "перенос"}  # "перенес встречу на осень"
# ... a full passive participle of it before the noun is an attribute: "перенесенный", "отложенного"
PASSIVE_PARTICIPLE = re.compile(r"(нн|т)(ый|ий|ая|ое|ые|ого|ому|ым|ом|ую|ых|ыми)$")
# "изменил место встречи": a change of venue is a relocation.
RELOCATE_VERBS = {"изменить", "сменить", "поменять"}
RELOCATE_NOUN = "место"
# "предстоящий визит", "планирует посетить", "в канун саммита": not yet held.
PLANNED = {"предстоящий", "запланировать", "планировать", "намереваться", "собираться", "анонсировать",
           "намерение", "намеренный",  # "заявил о намерении приехать", "намерен посетить"
           "наметить", "намечаться",  # "саммит намечен на 24 апреля"
           "ожидаться", "предстоять", "готовиться", "подготовка", "преддверие", "канун", "накануне",
           "план", "планироваться", "решение", "решить",  # "принял решение провести саммит", "решили встретиться"
           "ждать", "ожидать"}  # "с нетерпением жду встречи с ...": not yet held
EVE_NOUNS = {"канун", "преддверие"}                                       # "в канун визита"
# "предстоящее в конце мая в Астане заседание": words from the adjective to the noun it agrees with
AGREEING_REACH = 8
# "график предстоящих мероприятий, включая визит в Ташкент": one of a list of events still to come
INCLUDING = {"включая", "включать"}
LIST_REACH = 10  # words before "включая" in which the list's head may say it is still to come
# Modality in the few words before a trigger (same clause).
# "предложил провести саммит", "призвал создать форум", "попросил не проводить встречу", "в возможности
# встречи", "идея визита": a proposal or a possibility is not an event; no event is recorded.
# "пригласил посетить Москву", "позволить шаху приехать", "убедил приехать": an invitation or a permission
# is not the visit either ("по приглашению X прибыл" is: see PROPOSAL_TAKEN).
PROPOSAL = {"предложить", "предлагать", "попросить", "просить", "призвать", "призывать", "возможность", "идея",
            "предлагаться", "пригласить", "приглашать", "приглашение", "позволить", "разрешить", "убедить",
            "уговорить"}  # "принял приглашение посетить Астану": the visit is still to be arranged
PROPOSAL_REACH = 4  # words between the verb of proposing and the act proposed ("предложил в ближайшее время провести")
HOLD_VERBS = {"провести", "проводить", "организовать", "организовывать", "созвать", "устроить", "создать", "учредить"}
# "выразил надежду на встречу": a hope is no event either.
PROPOSAL |= {"надежда", "надеяться", "рассчитывать", "желание", "хотеть"}
# "готов к встрече", "выразил готовность встретиться", "не против визита": a readiness, no event either.
PROPOSAL |= {"готовый", "готов", "готовность", "против"}
# "затруднительно будет сделать полноформатную встречу", "невозможно провести саммит": nor is a difficulty.
PROPOSAL |= {"затруднительно", "затруднительный", "трудно", "невозможно", "невозможный", "нереально"}
# "неоднократно встречался", "регулярно проводят телефонные разговоры", "встречи проходят ежегодно": a habit,
# many events or none in particular; no event is recorded.
HABIT = {"неоднократно", "регулярно", "ежегодно", "многократно", "традиционно", "периодически", "постоянно",
         "часто", "нередко", "обычно", "ежемесячно", "еженедельно"}
# ... and before talks in the plural: "о своих регулярных телефонных разговорах с ..." (one "регулярная
# встреча" is one of them, and an event).
HABIT_ADJECTIVES = {"регулярный", "частый", "постоянный"}
PLURAL_ONLY_EVENTS = {"переговоры"}  # plural for one event: "провели регулярные переговоры"
# "должен был принять участие в форуме, однако ...", "планировалось, что он посетит ..., но ...": what was to
# be and, the contrast says, was not; no event is recorded (what happened instead is told after the contrast).
UNREALISED = {"должный", "должен", "планироваться", "предполагаться", "собираться"}
CONTRAST = {"однако", "но"}
# "по предложению X состоялась встреча": the proposal was taken up; the event stands.
PROPOSAL_TAKEN = {"по"}
# "призвал стороны к переговорам", "пригласил Путина на саммит": a call or an invitation to an event, however
# many words name whom, is not the event; a participle is ("приглашённый на саммит Токаев выступил").
INVITE_VERBS = {"призвать", "призывать", "пригласить", "приглашать"}
INVITE_TO = {"к", "на"}
CEREMONY = {"церемония"}
LISTED_AFTER = {"также", "и"}  # "переговоры ..., а также заседание ...": one more event the verb's subject lists
# "двухдневный визит", "3-дневный визит": how many days it lasts
DURATION = re.compile(r"^(двух|трех|трёх|четырех|четырёх|пяти|\d)-?дневн")
DURATION_DAYS = {"двух": 2, "трех": 3, "трёх": 3, "четырех": 4, "четырёх": 4, "пяти": 5}
MARGINS = {("на", "поле"), ("в", "кулуары")}  # "на полях саммита", "в кулуарах форума"
# "Перед церемонией Трамп провел встречи с Алиевым и Пашиняном": talks of the day and place of the signing.
BEFORE_CEREMONY = ("перед церемонией", "перед подписанием", "до церемонии", "до подписания")
HOST_COUNTRY = {"республика", "страна"}
BILATERAL = {"двусторонний"}  # "провел серию двусторонних встреч ..., затем встретился с A и B": one with each  # "который находится в республике с визитом": the host's country  # "Церемония подписания прошла в Кремле": the signing told before
# "подписаны в присутствии Токаева и Мирзиёева": the leaders the documents were signed for
PRESENCE = {"присутствие"}
# "возможный визит", "может посетить", "вероятная встреча", "не исключил встречи": may happen, so planned.
POSSIBLE = {"возможный", "мочь", "вероятный", "вероятно", "возможно", "исключать", "исключить", "допускать",
            "допустить"}
# "Встреча президентов ... может пройти в Минске": a modal verb as the predicate of an event noun (its first verb,
# within so many words) makes it possible.
MODAL_VERBS = {"мочь"}
PREDICATE_REACH = 8
# Finite verbs that make the clause future whatever their tense: "собирается посетить".
INTENT_VERBS = {"собираться", "планировать", "намереваться"}
GATHERING_SENSE = {"собираться"}  # ... an intent only before an infinitive: "собирались вместе" is gathered
INTENT_REACH = 3  # words after it in which the infinitive stands ("собирается в мае посетить")
# Agreement to do something, future with an infinitive or the event after it: "договорились провести
# встречу", "условились встретиться", "договорились о визите" (and not "на встрече договорились о ...").
# "Путин подтвердил участие в саммите", "Участие в саммите подтвердили лидеры", "подтвердил намерение принять
# участие": what one confirms he will take part in is still to come
CONFIRM_VERBS = {"подтвердить", "подтверждать"}
CONFIRMED = {"участие", "намерение"}
AGREE_VERBS = {"договориться", "условиться", "согласиться", "договариваться"}

# --- kind of visit, remote participation, part of another event -----------------------------
# Guests arriving for an occasion rather than at a place: "прибыли на празднование", "на похороны приехали".
ARRIVAL_VERBS = {"прибыть", "приехать", "прилететь", "съехаться", "собраться"}
OCCASIONS = {"празднование", "торжество", "торжества", "церемония", "инаугурация", "похороны", "юбилей",
             "парад", "открытие", "празднества", "прощание", "коронация", "свадьба", "годовщина"}

KINDS = {"государственный": "state", "госвизит": "state", "официальный": "official", "рабочий": "working"}
REMOTE = ("по видеосвязи", "в режиме вкс", "в режиме видеоконференц", "по видеоконференц",
          "в формате видеоконференц", "в онлайн-формате", "в режиме онлайн", "дистанционно")
# A trigger right after these is the frame of what the clause reports: "в рамках визита в ЮАР посетил
# остров" is two visits, "в ходе визита провел переговоры" a visit and talks.
FRAMES = ("в рамках", "в ходе", "во время")
FRAME_NOUNS = {"ход", "время", "рамка", "итог"}  # "достигнутых в ходе визита", "подписанных по итогам переговоров"
# "В ходе беседы лидеры обсудили ...": told inside a conversation, what follows a call is that call again.
DURING_CALL = ("в ходе беседы", "в ходе разговора", "во время беседы", "во время разговора",
               "в ходе телефонного разговора", "в ходе телефонной беседы", "во время телефонного разговора")
# A sentence opening on the talks just told tells what was said in them, not talks of its own: "В ходе
# встречи обсуждена подготовка к визиту ..." (not "В ходе встречи с Мирзиёевым").
DURING_TALKS = ("в ходе встречи", "во время встречи", "в ходе переговоров", "во время переговоров", "на встрече",
                "на переговорах", "в ходе беседы", "во время беседы")
# "Программа на 2026-2028 годы", "стратегия до 2030 года": the years a document is for, not its signing.
PERIOD_BEFORE = (" на ", " до ")
# "первый визит Эрдогана в Белый дом с ноября 2019 года", "впервые с 2019 года посетил": the day a gap began,
# not the event's (see Language.since_words).
SINCE_BEFORE = (" с ", " со ")
# "Предыдущий официальный визит ... состоялся в ноябре прошлого года", "следующий саммит": an adjective of the
# event noun (adjectives only between them) that makes it another occasion than the one the news tells
ANOTHER_OCCASION = frozenset({"предыдущий", "прошлый", "последний", "прежний", "следующий"})
ANOTHER_REACH = 3
# "пригласил коллег провести следующее заседание ВЕЭС в декабре в Санкт-Петербурге": the next one of a series
# a leader invites to is still to come (a proposal of its place is not: "предложил провести следующий саммит в Астане")
NEXT_OF_SERIES = frozenset({"следующий", "очередной"})
# "Уверен, что сегодняшние переговоры откроют новую страницу", "Состоявшиеся вчера переговоры дадут импульс": an
# adjective of the day, or a participle of taking place, tells the event's own tense; the future verb after it is
# of what the event brings, not of the event
EVENT_DAY_ADJECTIVES = {"сегодняшний": "present", "вчерашний": "past", "позавчерашний": "past",
                        "прошедший": "past", "состояться": "past", "пройти": "past"}
INVITATION = frozenset({"пригласить", "приглашать", "приглашение"})
FORMAL_TALKS = frozenset({"переговоры"})  # "По итогам переговоров": of these, not of "пообщались накануне"
LAST_TIME = "в последний раз"
SINCE_WHEN = {"когда", "который"}  # "с ноября 2019 года, когда ... вел переговоры": that earlier day's event
FIRST_TIME = ("вперв", "перв")
# "По итогам переговоров подписан ...": what came of the talks told before, however far before.
# "По итогам саммита подписана декларация": of the gathering told before, however far before
AFTER_GATHERING = ("по итогам саммита", "по итогам заседания", "по итогам форума", "по итогам встречи на высшем",
                   "по завершении саммита", "по итогам совещания глав", "в завершение саммита",
                   "по окончании саммита", "в конце саммита", "по завершении заседания")
# "саммит, который пройдет в мае": a gathering told with its own words of being held ahead
HELD_VERBS = {"пройти", "состояться", "проходить"}
OWN_CLAUSE_REACH = 12
RELATIVE_VERB_REACH = 8  # words from "который" to its verb, past a parenthesis
# "Накануне саммита ... провели переговоры": talks the day before the gathering told, where it is held
EVE_OF_GATHERING = ("накануне саммита", "накануне заседания", "накануне форума", "накануне открытия саммита",
                    "накануне открытия форума", "в канун саммита", "в канун заседания", "в канун форума",
                    "в преддверии саммита", "в преддверии заседания", "в преддверии форума")
AFTER_TALKS = ("по итогам переговоров", "по итогам встречи", "по итогу переговоров", "по итогам российско-",
               "по итогам казахстанско-", "после переговоров", "по завершении переговоров",
               "в завершение переговоров", "по окончании переговоров", "по завершении встречи",
               "в завершение встречи", "по окончании встречи")
PART_OF = ("в ходе", "во время", "в рамках", "по итогам", "по итогу", "в ходе которого",
           "в ходе которой", "там", "на полях", "в кулуарах", "после переговоров", "после встречи",
           "в присутствии",  # "В присутствии глав государств подписаны ...": signed at their talks
           "в завершение переговоров", "по окончании переговоров", "по завершении переговоров",
           "в завершение встречи", "по окончании встречи", "по завершении встречи")  # at their end: of them

# --- roles -----------------------------------------------------------------------------------
# "не примет участия в саммите", "не будет участвовать", "не поедет на форум": someone absent from a gathering
TAKE_PART = {"принять", "участвовать", "поехать", "приехать", "прибыть", "посетить"}
HOST_CUES = {"приглашение"}          # "по приглашению X": X is the host
SELF = {"свой", "сам"}               # "свой визит": the visit of the leader the text is about
ADDRESSEE = {"ваш"}                  # "Ваш визит": the visit of the one a leader speaks to
PRONOUNS = {"он", "она"}             # continue the leader the previous sentence was about

# "в беседе с корреспондентом", "в интервью журналисту": talking to the press is not a meeting.
INTERVIEWERS = {"журналист", "корреспондент", "ведущий", "обозреватель", "редактор", "интервьюер"}

# Nouns of a group of people, a side of talks though the tagger reads them as things:
# "с делегацией Китая", "делегация парламентариев встретилась с ...", "с руководством компании".
GROUPS = {"делегация", "группа", "руководство", "правительство", "администрация", "кабинет", "экипаж",
          "команда", "общественность", "коллектив", "совет", "комиссия", "партия", "семья"}

# --- documents -------------------------------------------------------------------------------
# A leader's own act signed into force, whatever it is about ("подписал закон о ратификации соглашения"): no signing.
DOMESTIC_ACTS = {"закон", "указ", "распоряжение", "постановление", "поправка"}
DOCUMENT_HEADS = {"декларация", "договор", "соглашение", "меморандум", "заявление", "протокол", "программа",
                  "план", "коммюнике", "конвенция", "хартия", "контракт", "дорожный", "документ"}
# Heads that name no document of their own: only a set of them is a signing ("подписали пакет документов",
# "подписаны 15 документов"); one "документ" signed is a decree or a law as often as not.
PLURAL_ONLY_HEADS = {"документ"}

# Talks "на высшем уровне" are the heads' of the states their adjective names: "Вчера в Кремле прошли
# российско-казахстанские переговоры на высшем уровне".
SUMMIT_LEVEL = ("на высшем уровне", "на высшем уровне,")
# A compound adjective's first parts end in -о ("российско-", "казахстанско-"); the adjective they stand for.
ADJECTIVE_LINK = ("о", "ий")
ADJECTIVE_ENDINGS = ("ие", "ий", "ая", "ое", "их", "им", "ими", "ой", "ую", "ого", "ому", "ом", "ых", "ым")
# "Габала приняла XII саммит ОТГ", "Астана примет саммит ШОС": a city, the subject of a verb of receiving the
# gathering, hosts it (lemmas; words from the verb to the gathering noun, its own adjectives and numbers only)
HOSTING_VERBS = frozenset({"принять", "принимать"})
HOSTING_REACH = 3
# "Встреча не состоялась, мы договорились провести ее позже": what did not take place and is to be held later
# is put off, not called off (words of the sentence, lower-case)
HELD_LATER = (" позже", " позднее", " в другой раз", " на более поздний срок", " в другое время")
