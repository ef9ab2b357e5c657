"""Kazakh event triggers: stems in Kazakh spelling, folded (`extract.kazakh.fold`) and matched as
prefixes of a word, because Kazakh words carry their endings after the stem.

Shapes covered: "сапармен келеді" (visit), "кездесті", "келіссөздер жүргізді", "сұхбаттасты" (meeting),
"форумына", "саммитінде", "телефон арқылы сөйлесті" (phone call), "қол қойды", "қол қойылды" (signing).
"""

from __future__ import annotations

# stem (one word, or two words: the second is a prefix of the next word) → event type
TRIGGERS: dict[str, str] = {
    "сапар": "visit",
    "кездес": "meeting", "келіссөз": "meeting", "сұхбат": "meeting", "әңгіме": "meeting",
    "форум": "forum", "саммит": "summit",
    "телефон": "phone_call",
    "қол қой": "signing", "қол қойыл": "signing",
}
# "телефон" is a call only with a conversation word in the sentence ("телефон арқылы сөйлесті").
PHONE_CONTEXT = ("сөйлес", "арқылы", "сөйл")
# Visit verbs ("келеді", "келді", "келетінін", "барды", "барған") count only with a destination.
VISIT_VERBS = ("келед", "келді", "келет", "келген", "келіп", "барды", "барған", "барып", "барад")
