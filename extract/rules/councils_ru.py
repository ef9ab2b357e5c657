"""Gatherings of heads of state told as a sitting or a meeting of a body: "заседание Совета глав государств
СНГ", "заседание Высшего Евразийского экономического совета", "неформальная встреча глав государств СНГ" are
summits; "заседание Совета безопасности России", "совещание с главой государства" are not."""

from __future__ import annotations

from extract.rules import triggers_ru as tr
from extract.text import Token


def _heads_of_states(window: tuple[Token, ...]) -> bool:
    """"глав государств", "лидеров стран": heads (plural) of states (plural); not "с главой государства"."""
    return any(a.lemma in tr.COUNCIL_HEADS and b.lemma in tr.COUNCIL_OF and b.feat("Number") == "Plur"
               for a, b in zip(window, window[1:]))


def _of_a_bloc(window: tuple[Token, ...]) -> bool:
    return any(t.text.lower().startswith(tr.COUNCIL_OF_LEADERS) for t in window)


def council_of_leaders(tokens: tuple[Token, ...], i: int) -> bool:
    """"заседание Совета глав государств", "сессия Совета глав правительств СНГ", "заседание Высшего
    Евразийского экономического совета": the sitting at ``i`` is one of a council of heads."""
    window = tokens[i + 1:i + 1 + tr.COUNCIL_WINDOW]
    if _heads_of_states(window) or any(t.low in tr.COUNCILS_OF_HEADS for t in window[:2]):
        return True
    lemmas = {t.lemma for t in window}
    return tr.COUNCIL in lemmas and _of_a_bloc(window) and not tr.COUNCIL_NOT_OF_LEADERS & lemmas


def meeting_of_a_bloc(tokens: tuple[Token, ...], i: int) -> bool:
    """"встреча глав государств СНГ", "встреча лидеров стран ШОС": the meeting at ``i`` is of a bloc's heads
    (not "встреча глав государств России и Казахстана", talks of two)."""
    window = tokens[i + 1:i + 1 + tr.COUNCIL_WINDOW]
    return _heads_of_states(window) and _of_a_bloc(window)


def heads_of_a_bloc_gather(tokens: tuple[Token, ...], i: int) -> bool:
    """"главы государств ОДКБ соберутся в Москве", "лидеры стран СНГ собрались в Ашхабаде": the verb at ``i``
    gathers a bloc's heads, named before it: their summit."""
    window = tokens[max(0, i - tr.COUNCIL_WINDOW):i]
    return tokens[i].lemma in tr.GATHER_VERBS and tokens[i].pos == "VERB" and _heads_of_states(window) \
        and _of_a_bloc(window)


def council_joined(tokens: tuple[Token, ...], i: int) -> bool:
    """"В работе Совета глав государств ШОС приняли участие X, Y": the council of heads at ``i``, which the
    sentence tells people took part in, is its summit."""
    return tokens[i].lemma == tr.COUNCIL and any(t.lemma in tr.TOOK_PART for t in tokens) \
        and council_of_leaders(tokens, i)
