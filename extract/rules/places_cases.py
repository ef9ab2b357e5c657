"""Case of a place name that does not decline ("в Абу-Даби", "в Сочи", "в США").

The word's form says nothing, so the case after "в"/"на" comes from the word that governs the
preposition: a verb or noun of motion takes the accusative (direction), anything else the locative.
Lemmas, lowercase, Ё→Е.
"""

from __future__ import annotations

MOTION_GOVERNORS: frozenset[str] = frozenset({
    "прибыть", "прибывать", "приехать", "приезжать", "прилететь", "прилетать", "отправиться", "отправляться",
    "направиться", "направляться", "вылететь", "вылетать", "поехать", "ехать", "полететь", "лететь",
    "съездить", "слетать", "отбыть", "отбывать", "вернуться", "возвращаться", "пригласить", "приглашать",
    "переехать", "перенести", "пожаловать", "нагрянуть",
    "визит", "госвизит", "поездка", "турне", "прибытие", "приезд", "перелет", "приглашение", "путь",
    "командировка", "возвращение",
})
DIRECTION_PREPOSITIONS: frozenset[str] = frozenset({"в", "во", "на"})
# How many words back from the preposition the governor may stand ("прибыл с официальным визитом в").
GOVERNOR_REACH = 5
