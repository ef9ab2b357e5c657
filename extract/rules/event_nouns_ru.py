"""Who an event noun itself names as its sides: "встреча Путина и Трампа", "телефонный разговор президентов
России и Казахстана", "разговор Президента Казахстана Касым-Жомарта Токаева с ..."."""

from __future__ import annotations

from extract import lexicon as lx
from extract.mentions import PersonMention
from extract.rules import cues_ru as cues
from extract.rules import triggers_ru as tr
from extract.text import Token


def noun_arguments(tokens: tuple[Token, ...], persons: list[PersonMention], i: int) -> list[PersonMention]:
    """"встреча Путина и Трампа", "телефонный разговор президентов России и Казахстана": genitive
    people right after the event noun, coordinated by "и" or commas."""
    if tokens[i].pos == "ADJ" and i + 1 < len(tokens) and tokens[i + 1].lemma in tr.EVENT_NOUNS:
        i += 1  # the trigger is "телефонный" of "телефонный разговор Токаева с Алиевым"
    if tokens[i].pos != "NOUN" or tokens[i].lemma not in tr.EVENT_NOUNS:
        return []
    out: list[PersonMention] = []
    edge = i
    closed = False  # "A, B и C": the list ends with the "и"; "встречу Путина и Трампа, Токаев назвал" ends there
    for p in sorted(persons, key=lambda q: q.first):
        if p.first <= edge:
            continue
        gap = tokens[edge + 1:p.first]
        # "разговор Президента Казахстана Касым-Жомарта Токаева с ...": the name's own title between
        k = len(gap)
        while k > 0 and p.office and gap[k - 1].pos in ("NOUN", "PROPN", "ADJ") \
                and gap[k - 1].feat("Case") == "Gen" and len(gap) - k < tr.TITLE_WORDS:
            k -= 1
        titled = k < len(gap) and any(t.lemma in lx.RU_OFFICIAL_TITLES for t in gap[k:])
        gap = gap[:k] if titled else gap
        joined = all(t.text in (",", "и") for t in gap) and (not out or gap) and not closed
        if not joined or p.case not in ("Gen", None) and not (out and p.via == "name"):
            break
        out.append(p)
        edge = p.last
        closed = any(t.text == "и" for t in gap)
    return out


def names_a_counterpart(tokens: tuple[Token, ...], i: int) -> bool:
    """"по итогам (телефонного) разговора с Путиным": the talks noun at ``i`` names its other side, a person
    in the instrumental after "с" (past the head noun when the trigger is the adjective "телефонного")."""
    k = i + 1
    if k < len(tokens) and tokens[i].pos == "ADJ" and tokens[k].lemma in tr.EVENT_NOUNS:
        k += 1
    if k >= len(tokens) or tokens[k].lemma not in cues.WITH:
        return False
    for tok in tokens[k + 1:k + 1 + tr.TITLE_WORDS]:
        if tok.pos in ("PUNCT", "VERB", "ADP", "CCONJ"):
            return False
        if tok.feat("Case") == "Ins" and (tok.pos == "PROPN" or tok.feat("Animacy") == "Anim"):
            return True
    return False
