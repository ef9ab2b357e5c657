"""Kazakh cue words and case endings (folded, see `extract.kazakh.fold`) the event rules read.

Kazakh marks the roles of a noun with endings: "Астанаға" (dative: where to), "Астанада" (locative:
where), "Тоқаевтың" (genitive: whose), "Путинмен" (instrumental: with whom).
"""

from __future__ import annotations

from extract.kazakh import fold


def _folded(*items: str) -> tuple[str, ...]:
    return tuple(fold(s) for s in items)


DATIVE = _folded("ға", "ге", "қа", "ке", "на", "не", "а", "е", "ғa")
LOCATIVE = _folded("да", "де", "та", "те", "нда", "нде")
GENITIVE = _folded("ның", "нің", "дың", "дің", "тың", "тің")
INSTRUMENTAL = _folded("мен", "бен", "пен")

# --- status ----------------------------------------------------------------------------------
CANCEL = _folded("тоқтат", "кейінге қалд", "болмайд")           # found anywhere in the sentence
# Word beginnings and endings of a planned event: "жоспарланған", "келеді", "өтетін", "талқыламақ".
PLANNED = _folded("жоспарлан", "келед", "келет", "өтетін", "өткізілед", "қатысад", "талқылайд",
                  "талқыламақ", "жүргізед", "күтіп")
FUTURE_ENDINGS = _folded("ады", "еді", "йды", "йді", "мақ", "бақ", "етін")

# --- kind of visit, remote participation, part of another event -----------------------------
KINDS = {fold("мемлекеттік"): "state", fold("ресми"): "official", fold("жұмыс"): "working"}
REMOTE = ("бейнебайланыс", "онлайн")
PART_OF = ("барысында", "аясында", "кезінде", "шеңберінде")

# --- roles -----------------------------------------------------------------------------------
HOST_CUE = fold("шақыру")            # "Тоқаевтың шақыруымен": Tokayev is the host
