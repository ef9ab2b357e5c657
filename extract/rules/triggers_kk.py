"""Kazakh event triggers: stems in Kazakh spelling, folded (`extract.kazakh.fold`) and matched as
prefixes of a word, because Kazakh words carry their endings after the stem.

Shapes covered: "сапармен келеді", "сапары басталды" (visit), "кездесті", "кездесу өтті", "екіжақты
кездесу", "келіссөздер жүргізді", "сұхбаттасты", "әңгімелесті", "қабылдады" (meeting), "форумына",
"саммитінде", "Жоғары Еуразиялық экономикалық кеңес отырысына" (gatherings), "телефон арқылы
сөйлесті", "телефон шалды" (phone call), "қол қойды", "қол қойылды" (signing).
"""

from __future__ import annotations

# stem (one word, or two words: the second is a prefix of the next word) → event type
TRIGGERS: dict[str, str] = {
    "сапар": "visit",
    "кездес": "meeting", "келіссөз": "meeting", "сұхбаттас": "meeting", "әңгімелес": "meeting",
    "жүздес": "meeting",  # "Садыр Жапаровпен жүздесті" (met face to face)
    "форум": "forum", "саммит": "summit",
    "телефон": "phone_call",
    "қол қой": "signing", "қол қойыл": "signing", "қол қою": "signing",  # "қол қою рәсімі": the ceremony
}
# After a verb stem, a noun of who does it: "әңгімелесушілер" (the interlocutors), "кездесушілер"
AGENT_SUFFIXES = ("уші", "ушы")
# The naming form of a gathering word whatever its ending: "ШЫҰ саммитіне" is the "ШЫҰ саммиті".
# Words a gathering's name opens with before the words that say whose it is: "Жоғары мемлекетаралық кеңес".
NAME_OPENERS = ("жоғары",)
GATHERING_FORMS = {"саммит": "саммиті", "форум": "форумы", "отырыс": "отырысы", "сессия": "сессиясы",
                   "кеңес": "кеңесі"}
GATHERING_STEMS = ("саммит", "форум")  # "саммит қорытындысы бойынша ... қол қойды": the summit's leaders
# "Орталық Азия мемлекеттері басшыларының консультативтік кездесуі": a regular gathering of heads, a summit.
SUMMIT_MEETINGS = ("консультативтік",)
# "ТМД елдері басшыларының дәстүрлі бейресми кездесуі": a meeting of a bloc's heads is a summit (not
# "екі ел басшыларының кездесуі", talks of two)
HEADS = ("басшыларының", "көшбасшыларының")
BLOC_MEETING_WINDOW = 8
# Meeting words that are the conversation of a call when "телефон" is in the sentence.
CONVERSATION = ("сөйлес", "әңгімелес", "сұхбаттас")
# "телефон" is a call only with a conversation word in the sentence ("телефон арқылы сөйлесті",
# "телефонмен сөйлесті", "телефон шалды").
PHONE_CONTEXT = ("сөйлес", "арқылы", "сөйл", "шалд", "шалып", "шалад", "әңгімелес", "соғып", "соқты", "соғад",
                 "байланыс")
# "қоңырау шалды" (rang up): a call with no "телефон" in it.
RING = ("қоңырау",)
# Visit verbs ("келеді", "келді", "барды", "жетті", "аттанды") count only with a destination.
VISIT_VERBS = ("келед", "келді", "келет", "келген", "келіп", "барды", "барған", "барып", "барад",
               "бармақ", "жетті", "жетед", "жетіп", "аттанд", "аттанад", "аттанып")

# "қабылдады" (received) is a meeting, its subject the host and its object the guest, when a name or
# title in the accusative stands before it ("Мирзиёевті қабылдады"); "заң қабылдады" is no event.
RECEPTION = ("қабылдады", "қабылдайды", "қабылдамақ", "қабылдаған", "қабылдап", "қабылдайтын")

# A sitting or session ("отырысы", "сессиясы") is a summit when the council before it is one of heads of state; a sentence opening
# with it ("Отырысқа X, Y қатысты") tells the sitting just reported, the summit's if the article has one:
# "Жоғары Еуразиялық экономикалық кеңес отырысы", "ТМД Мемлекет басшылары кеңесінің отырысы";
# "Қауіпсіздік кеңесінің отырысы" (a national council) is not.
SESSION = ("отырыс", "сессия")
# "Оған X, Y қатысты", "Жиынға ... қатысты": the gathering just told, named by a pronoun or a word for any
# gathering, opening the sentence in the dative (the whole word, folded).
GATHERING_TOLD = ("оған", "жиынға", "шараға", "іс-шараға", "басқосуға")
SUMMIT_SESSION = "сессия"
# "Тоқаев жиынды жүргізді", "отырысқа төрағалық етті": who chaired the sitting just told takes part in it
SITTING_WORDS = ("жиын", "отырыс", "сессия")
CHAIRING = ("жүргізд", "жүргізе", "жүргізіп", "төрағалық")  # "Сессия қорытындысы бойынша мемлекет басшылары ...": the summit's heads
# "Үкіметтің кеңейтілген отырысын өткізді", "кеңес өткізді", "жиналыс өткізеді": a sitting a leader holds (of his
# government, a national council) is a gathering, as Russian "провел заседание", "провел совещание" (weak: it
# needs a leader to hold it)
HELD_SITTINGS = ("отырыс", "жиналыс", "кеңес", "жиын")
HOLDING = ("өткізд", "өткізе", "өткізіп", "өткізб", "өткізет")
HOLDING_REACH = 2  # words from the sitting to the verb: "кеңес өткізді", "отырысын Ақордада өткізді"
COUNCIL = "кеңес"
COUNCIL_OF_LEADERS = ("еуразиялық", "басшылар", "тмд", "шыұ", "ұқшұ", "еаэо", "түркі", "ұжымдық",
                      "мемлекетаралық")  # "Жоғары мемлекетаралық кеңес": two heads' council
# tokens before "отырыс" where "кеңес" stands, and before that where the words of whose council it is stand
# ("Жоғары Еуразиялық экономикалық кеңестің шағын және кеңейтілген құрамдағы отырысы")
COUNCIL_WINDOW = 6

# "екіжақты кездесулер өткізді": plural talks, one with each side (not "үшжақты", "көпжақты").
SERIES_STEMS = ("кездесулер",)
BILATERAL = "екіжақты"
FORMAT = "форматындағы"  # "«ШЫҰ+» форматындағы кездесу": a gathering of a bloc's format, a summit
MANY_SIDED = ("үшжақты", "көпжақты", "төртжақты")
