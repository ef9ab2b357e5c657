"""Russian cue words (lemmas) the event rules read around a trigger: status, modality, kind, remote
participation, part-of links, and the words that make a trigger refer to something other than a new event.
"""

from __future__ import annotations

# A clause starts after ";" or after a comma before one of these ("..., а 29 ноября с Макроном";
# "..., чтобы обсудить"), except "..., а также ...", which continues the clause.
CLAUSE_OPENERS = {"а", "чтобы", "затем", "но", "однако"}

# "встретился с X", "со мной": the preposition that introduces the other side of talks.
WITH = {"с", "со"}
# "в Москве", "во Франции": the prepositions of a place where something happens / a destination.
IN = {"в", "во"}
# "на саммите", "в ходе встречи": a trigger after these is a venue, not a reported act of speech.
VENUE = {"на", "в", "во"}

# "этот визит", "каждый визит": the event is already named, or is many events.
ANAPHORIC = {"этот", "данный", "такой", "тот", "каждый", "очередной", "любой"}
# "подробности встречи", "итоги переговоров": about an event, not the event (a visit still counts).
META_NOUNS = {"дата", "деталь", "подробность", "цель", "итог", "повестка", "программа", "результат",
              "значение", "важность", "подготовка", "формат", "ход"}
# Between a date and its trigger, a speech verb means the date is when it was said, not when it happens.
SPEECH_VERBS = {"сообщить", "объявить", "заявить", "рассказать", "анонсировать", "отметить", "подчеркнуть",
                "написать", "указать", "уточнить", "сказать", "утверждать", "признать", "пояснить",
                "сообщать", "объявлять", "заявлять", "рассказывать", "подтвердить", "напомнить"}

# --- status ----------------------------------------------------------------------------------
CANCEL = {"отменить", "отмена", "отменяться", "сорваться"}                # "встреча отменена"
POSTPONE = {"перенести", "отложить", "переносить", "откладывать", "перенос"}  # "перенес встречу на осень"
# "изменил место встречи": a change of venue is a relocation.
RELOCATE_VERBS = {"изменить", "сменить", "поменять"}
RELOCATE_NOUN = "место"
# "предстоящий визит", "планирует посетить", "в канун саммита": not yet held.
PLANNED = {"предстоящий", "запланировать", "планировать", "намереваться", "собираться", "анонсировать",
           "ожидаться", "предстоять", "готовиться", "подготовка", "преддверие", "канун", "накануне",
           "план", "планироваться"}
EVE_NOUNS = {"канун", "преддверие"}                                       # "в канун визита"
# Modality in the few words before a trigger (same clause).
# "предложил провести саммит", "призвал создать форум", "попросил не проводить встречу", "в возможности
# встречи", "идея визита": a proposal or a possibility is not an event; no event is recorded.
# "пригласил посетить Москву", "позволить шаху приехать", "убедил приехать": an invitation or a permission
# is not the visit either ("по приглашению X прибыл" is: see PROPOSAL_TAKEN).
PROPOSAL = {"предложить", "предлагать", "попросить", "просить", "призвать", "призывать", "возможность", "идея",
            "предлагаться", "пригласить", "приглашать", "позволить", "разрешить", "убедить", "уговорить"}
# "по предложению X состоялась встреча": the proposal was taken up; the event stands.
PROPOSAL_TAKEN = {"по"}
# "возможный визит", "может посетить", "вероятная встреча", "не исключил встречи": may happen, so planned.
POSSIBLE = {"возможный", "мочь", "вероятный", "вероятно", "возможно", "исключать", "исключить", "допускать",
            "допустить"}
# Finite verbs that make the clause future whatever their tense: "собирается посетить".
INTENT_VERBS = {"собираться", "планировать", "намереваться"}

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
PART_OF = ("в ходе", "во время", "в рамках", "по итогам", "по итогу", "в ходе которого",
           "в ходе которой", "там", "на полях", "в кулуарах")

# --- roles -----------------------------------------------------------------------------------
HOST_CUES = {"приглашение"}          # "по приглашению X": X is the host
SELF = {"свой", "сам"}               # "свой визит": the visit of the leader the text is about
PRONOUNS = {"он", "она"}             # continue the leader the previous sentence was about

# "в беседе с корреспондентом", "в интервью журналисту": talking to the press is not a meeting.
INTERVIEWERS = {"журналист", "корреспондент", "ведущий", "обозреватель", "редактор", "интервьюер"}

# Nouns of a group of people, a side of talks though the tagger reads them as things:
# "с делегацией Китая", "делегация парламентариев встретилась с ...", "с руководством компании".
GROUPS = {"делегация", "группа", "руководство", "правительство", "администрация", "кабинет", "экипаж",
          "команда", "общественность", "коллектив", "совет", "комиссия", "партия", "семья"}

# --- documents -------------------------------------------------------------------------------
DOCUMENT_HEADS = {"декларация", "договор", "соглашение", "меморандум", "заявление", "протокол", "программа",
                  "план", "коммюнике", "конвенция", "хартия", "контракт", "дорожный"}
