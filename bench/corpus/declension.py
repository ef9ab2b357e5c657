"""Russian declension of registry names, places and title words.

Names in the registry are nominative. News puts them in every case ("с Касым-Жомартом Токаевым",
"в Ташкент", "президента Узбекистана"), so the templates decline them with the regular rules of
Russian noun, adjective and surname declension, plus the handful of exceptions the registry needs.
"""

from __future__ import annotations

import re

from extract.registry import Person

CASES = ("nom", "gen", "dat", "acc", "ins", "loc")

_HARD_SIBILANT = "жшчщц"
_TAKES_I = "гкхжшчщ"  # after these letters -ы is written -и
# Particles and name parts that stay as they are: "Тамима бен Хамада Аль Тани", "Абдель Фаттаха ас-Сиси".
_INVARIANT_WORDS = frozenset({"бен", "ибн", "аль", "ас", "да", "де", "ван", "фон", "Аль", "Абдель", "Абдул",
                              "Абу", "Али"})
_ROMAN = re.compile(r"^[IVXLC]+$")
_FEMININE_SOFT = frozenset({"Казань", "Астрахань", "Тюмень", "Пермь"})
_STEM_OVERRIDES = {"Лев": "Льв", "Павел": "Павл", "Пётр": "Петр", "Египет": "Египт", "Стрелец": "Стрельц"}
_INDECLINABLE = frozenset({"Бразилиа", "Николя"})
_FEMALE_GIVEN = frozenset({"Майя", "Саломе", "Драупади", "Санаэ", "Элизабет", "Лиз", "Тереза", "Джорджа",
                           "Ангела", "Юлия", "Наталья", "Зинаида", "Роза", "Нино", "Елизавета", "Мария"})
_SLAVIC_SURNAME = re.compile(r"(ов|ев|ёв|ин|ын)$")
_NOT_SLAVIC = frozenset({"Цзиньпин", "Казнёв"})


def _noun_a(word: str, case: str) -> str:
    """First declension in -а/-я: Москва, Астана, глава, Юлия, Наталья."""
    if case == "nom":
        return word
    stem, last = word[:-1], word[-1]
    if word.endswith("ия"):
        return stem + {"gen": "и", "dat": "и", "acc": "ю", "ins": "ей", "loc": "и"}[case]
    if last == "я":
        return stem + {"gen": "и", "dat": "е", "acc": "ю", "ins": "ей", "loc": "е"}[case]
    gen = "и" if stem[-1:].lower() in _TAKES_I else "ы"
    ins = "ей" if stem[-1:].lower() in _HARD_SIBILANT else "ой"
    return stem + {"gen": gen, "dat": "е", "acc": "у", "ins": ins, "loc": "е"}[case]


def _noun_masc(word: str, case: str, animate: bool) -> str:
    """Second declension: Касым-Жомарт, Ташкент, президент, Шанхай, Эммануэль, Брюссель."""
    if case == "nom" or (case == "acc" and not animate):
        return word
    stem = _STEM_OVERRIDES.get(word, word)
    if word.endswith(("й", "ь")):
        base = word[:-1]
        if word.endswith("ий"):
            return base + {"gen": "я", "dat": "ю", "acc": "я", "ins": "ем", "loc": "и"}[case]
        return base + {"gen": "я", "dat": "ю", "acc": "я", "ins": "ем", "loc": "е"}[case]
    ins = "ем" if word[-1].lower() in _HARD_SIBILANT else "ом"
    return stem + {"gen": "а", "dat": "у", "acc": "а", "ins": ins, "loc": "е"}[case]


def _noun_fem_soft(word: str, case: str) -> str:
    """Third declension: Казань, Пермь."""
    if case in ("nom", "acc"):
        return word
    return word[:-1] + {"gen": "и", "dat": "и", "ins": "ью", "loc": "и"}[case]


def _adjective(word: str, case: str, animate: bool) -> str:
    """Adjectives and adjectival surnames: казахстанский, Зеленский, Южная, Нижний, Отунбаева."""
    if case == "nom":
        return word
    if word.endswith("ая") or word.endswith("яя"):
        soft = word.endswith("яя")
        base = word[:-2]
        return base + ({"gen": "ей", "dat": "ей", "acc": "юю", "ins": "ей", "loc": "ей"} if soft else
                       {"gen": "ой", "dat": "ой", "acc": "ую", "ins": "ой", "loc": "ой"})[case]
    if case == "acc" and not animate:
        return word
    base = word[:-2]
    soft = word.endswith("ний")
    velar = base[-1:] in ("к", "г", "х", "ж", "ш", "ч", "щ")
    if soft:
        return base + {"gen": "его", "dat": "ему", "acc": "его", "ins": "им", "loc": "ем"}[case]
    ins = "им" if velar or word.endswith("ий") else "ым"
    return base + {"gen": "ого", "dat": "ому", "acc": "ого", "ins": ins, "loc": "ом"}[case]


def _is_invariant(word: str) -> bool:
    return (word in _INVARIANT_WORDS or word in _INDECLINABLE or bool(_ROMAN.match(word))
            or not word[:1].isupper() or word.isupper() and len(word) > 1
            or word[-1].lower() in "оеёиуыэю"
            or word.endswith(("уа", "оа", "эа", "ийн")))  # Франсуа, Ухнаагийн


def _decline_segment(word: str, case: str, *, animate: bool, female: bool, surname: bool,
                     proper: bool = True) -> str:
    if case == "nom" or proper and _is_invariant(word):
        return word
    if female:
        if surname and re.search(r"(ова|ева|ёва|ина|ына)$", word):
            return word[:-1] + {"gen": "ой", "dat": "ой", "acc": "у", "ins": "ой", "loc": "ой"}[case]
        if word.endswith(("ая", "яя")):
            return _adjective(word, case, animate)
        if word.endswith(("а", "я")):
            return _noun_a(word, case)
        return word  # a woman's name ending in a consonant does not decline: Меркель, Борн
    if surname and word.endswith(("ский", "цкий", "ской")):
        return _adjective(word, case, animate)
    if surname and _SLAVIC_SURNAME.search(word) and len(word) > 4 and word not in _NOT_SLAVIC:
        return word + {"gen": "а", "dat": "у", "acc": "а", "ins": "ым", "loc": "е"}[case]
    if word.endswith(("а", "я")):
        return _noun_a(word, case)
    return _noun_masc(word, case, animate)


def _decline_word(word: str, case: str, **kw) -> str:
    """A hyphenated word declines in its last part (Касым-Жомарта), "X-на-Y" in its first (Ростова-на-Дону)."""
    if "-на-" in word:
        head, _, tail = word.partition("-на-")
        return _decline_segment(head, case, **kw) + "-на-" + tail
    if "-" in word:
        head, _, tail = word.rpartition("-")
        if tail[:1].isupper():
            return head + "-" + _decline_segment(tail, case, **kw)
    return _decline_segment(word, case, **kw)


def is_female(person: Person) -> bool:
    """Whether news about the person writes feminine verbs ("заявила"), from the Russian name."""
    name = person.name.ru or ""
    first = name.split()[0] if name else ""
    surname = person.surname.ru or ""
    return first in _FEMALE_GIVEN or bool(re.search(r"(ова|ева|ина|ая)$", surname))


def decline_person(person: Person, case: str, *, surname_only: bool = False) -> str:
    """The person's Russian name (or surname) in ``case``."""
    full = person.name.ru or person.id
    surname = person.surname.ru or full.split()[-1]
    female = is_female(person)
    words = (surname if surname_only else full).split()
    surname_words = len(surname.split())
    east_asian = len(words) > 1 and not _ROMAN.match(words[-1]) and (
        words[0] == surname.split()[0] and surname != full or surname == full)
    out = []
    for k, word in enumerate(words):
        if east_asian and k < len(words) - 1:
            out.append(word)
            continue
        is_surname = k >= len(words) - surname_words
        out.append(_decline_word(word, case, animate=True, female=female, surname=is_surname))
    return " ".join(out)


def decline_place(name: str, case: str) -> str:
    """A place name in ``case``: Ташкент → в Ташкент / в Ташкенте, Южная Корея → Южной Кореи."""
    if case == "nom":
        return name
    words = name.split()
    out = []
    for k, word in enumerate(words):
        adjectival = word.endswith(("ая", "яя", "ий", "ый")) and k < len(words) - 1 or word.endswith("ный")
        if adjectival:
            out.append(_adjective(word, case, animate=False))
        elif word in _FEMININE_SOFT:
            out.append(_noun_fem_soft(word, case))
        else:
            out.append(_decline_word(word, case, animate=False, female=False, surname=False))
    return " ".join(out)


def decline_common(word: str, case: str, *, animate: bool = True) -> str:
    """A common noun or adjective of a title: президент, глава, премьер-министр, казахстанский."""
    if word.endswith(("ий", "ый", "ой")):
        return _adjective(word, case, animate)
    if word == "король" and case == "ins":
        return "королём"
    return _decline_word(word, case, animate=animate, female=False, surname=False, proper=False)


def phrase(words: str, case: str, *, animate: bool = True) -> str:
    """Decline a noun phrase whose words all agree: "Восточный экономический форум" → "Восточном
    экономическом форуме". A genitive tail ("форум межрегионального сотрудничества") is the caller's."""
    return " ".join(decline_common(w, case, animate=animate) for w in words.split())
