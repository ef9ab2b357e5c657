"""The nominative of a Russian name of someone outside the registry, as a reader would write it.

NER gives a name as the text declines it, and its own normal form is not always whole ("Ермек Кошербаева",
"Мигеля Диас-Канель"). One person must have one name and id whatever case an article puts him in, so each
word is put in the nominative by the morphology of the name's case and of the gender its first word shows
("Ермека Кошербаева" → "Ермек Кошербаев", "Айгерим Кошербаевой" → "Айгерим Кошербаева"). A word the
morphology does not decline in that case ("Моди", "Корреа", "Айгерим") stays as written.
"""

from __future__ import annotations

from extract.text import Token, _natasha

OBLIQUE = ("Gen", "Dat", "Acc", "Ins", "Loc")
# Endings of the oblique cases of Russian names ("Ермека", "Байденом", "Кошербаевой"); a foreign name ending
# otherwise ("Ципи", "Моди") is not declined.
CASE_ENDINGS = ("а", "я", "у", "ю", "ом", "ем", "ём", "ой", "ей", "ым", "им", "е")
# A surname in -ов/-ев/-ин the morphology does not know ("Сверчковым" read as an adjective): its endings by
# case and gender, (case, gender) -> (oblique ending, nominative ending), after the stem's -ов/-ев/-ин.
SURNAME_STEMS = ("ов", "ев", "ёв", "ин", "ын")
SURNAME_ENDINGS = {
    ("Gen", "Masc"): ("а", ""), ("Acc", "Masc"): ("а", ""), ("Dat", "Masc"): ("у", ""),
    ("Ins", "Masc"): ("ым", ""), ("Loc", "Masc"): ("е", ""),
    ("Gen", "Fem"): ("ой", "а"), ("Dat", "Fem"): ("ой", "а"), ("Ins", "Fem"): ("ой", "а"),
    ("Loc", "Fem"): ("ой", "а"), ("Acc", "Fem"): ("у", "а"),
}


# A man's surname the morphology has no reading for in his case ("Милеем", "Стуббом") or reads only as a
# woman's word ("Дудой"): its ending in that case -> its nominative ending, tried in order, each after a stem
# of the given kind ("vowel": "Миле|ем" -> "Милей"; "hush": "Шоль|цем" -> "Шольц" keeps its ц; "consonant":
# "Стубб|ом" -> "Стубб", "Дуд|ой" -> "Дуда", the first declension men's names share with "Лула", "Рама").
MASCULINE_FALLBACK = {
    "Gen": (("я", "й", "vowel"), ("а", "", "consonant"), ("ы", "а", "consonant")),
    "Acc": (("я", "й", "vowel"), ("а", "", "consonant"), ("у", "а", "consonant")),
    "Dat": (("ю", "й", "vowel"), ("у", "", "consonant"), ("е", "а", "consonant")),
    "Ins": (("ем", "й", "vowel"), ("ем", "", "hush"), ("ом", "", "consonant"), ("ой", "а", "consonant")),
    "Loc": (("е", "", "consonant"),),
}
_VOWELS = "аеёиоуыэюя"
_HUSH = "цжшщч"


def _masculine(word: str, case: str) -> str | None:
    """``word``, a man's surname in ``case``, in the nominative by `MASCULINE_FALLBACK`, or None."""
    if not word[:1].isupper():
        return None
    for oblique, nominative, stem_kind in MASCULINE_FALLBACK.get(case, ()):
        stem = word[:len(word) - len(oblique)]
        if not word.endswith(oblique) or len(stem) < 2:
            continue
        last = stem[-1].lower()
        kind = "vowel" if last in _VOWELS else "hush" if last in _HUSH else "consonant"
        if kind == stem_kind or stem_kind == "consonant" and kind == "hush":
            return stem + nominative
    return None


def _declined(parse, word: str) -> bool:
    """Whether ``word`` (read as ``parse``) is written in a form other than its nominative."""
    try:
        form = parse.inflect({"Nom", "Sing"})
    except Exception:  # a form pymorphy cannot inflect shows no case
        return False
    return form is not None and form.word.lower() != word.lower()


def _parse_in(word: str, case: str, gender: str | None):
    cases = (case, "Gen") if case == "Acc" else (case,)  # an animate accusative is the genitive's form
    parses = [p for p in _natasha()[1](word) if p.pos in ("NOUN", "PROPN") and p.feats.get("Case") in cases
              and p.feats.get("Number", "Sing") == "Sing"]
    same = [p for p in parses if gender is None or p.feats.get("Gender") in (gender, None)]
    return (same or [None])[0]


def _written_like(word: str, original: str) -> str:
    """Capitalised as the text has it, each part of a hyphenated name on its own ("Диас-Канель")."""
    parts = word.split("-")
    originals = original.split("-")
    if len(parts) != len(originals):
        return word[:1].upper() + word[1:] if original[:1].isupper() else word
    return "-".join(p[:1].upper() + p[1:] if o[:1].isupper() else p for p, o in zip(parts, originals))


def title_case(before: tuple[Token, ...] | list[Token]) -> str | None:
    """The oblique case of the title a name stands after, across the title's genitive words ("с министром
    иностранных дел Казахстана | Ермеком Кошербаевым" → "Ins"), or None; ``before`` ends right before the name."""
    k = len(before) - 1
    while k >= 0 and before[k].pos in ("ADJ", "NOUN", "PROPN") and before[k].feat("Case") == "Gen":
        k -= 1
    if k < 0 or k == len(before) - 1 and before[k].feat("Case") == "Gen":
        return None
    head = before[k]
    if head.pos == "NOUN" and head.feat("Animacy") == "Anim" and head.feat("Case") in OBLIQUE:
        return head.feat("Case")
    return None


def nominative_name(tokens: tuple[Token, ...] | list[Token], normal: str, head_case: str | None = None) -> str | None:
    """The name of ``tokens`` (a person's words, first name first) in the nominative, or None when the text
    has it in the nominative already or its case cannot be told (NER's own ``normal`` form is then kept).
    Only a word with an ending of case is put in the nominative here; any other keeps NER's form. The tagger
    may read a foreign name as nominative after a title in another case (``head_case``, see `title_case`):
    the name agrees with its title when the morphology of its last word reads that case too."""
    if len(tokens) < 2 or not all(t.text.replace("-", "").isalpha() for t in tokens):
        return None  # "А.Вебер": initials are NER's to write
    base = normal.split()
    if len(base) != len(tokens):
        base = [t.text for t in tokens]
    # the tagger may miss the case of one word of a foreign name: the first oblique one it gives
    case = next((c for c in (tokens[0].feat("Case"), tokens[-1].feat("Case")) if c in OBLIQUE), None)
    if case is None and head_case is not None and tokens[-1].text.lower().endswith(CASE_ENDINGS) \
            and _parse_in(tokens[-1].text, head_case, None) is not None:
        case = head_case
    if case is None:
        return None
    first = _parse_in(tokens[0].text, case, None)
    gender = first.feats.get("Gender") if first is not None else None
    # the surname's ending is read by its first name's case only when that name shows the case ("Хавьеру
    # Милею"); after an indeclinable one ("Жоау Лоуренсу") the case is the tagger's guess from the context
    shown = gender == "Masc" and _declined(first, tokens[0].text)
    # ("Антониу Коштой": after an indeclinable first name, an instrumental in -ой is a nominative in -а, whoever)
    feminine_ins = case == "Ins" and tokens[-1].text.endswith("ой") and len(tokens[-1].text) > 4
    words = []
    for tok, kept in zip(tokens, base):
        parse = _parse_in(tok.text, case, gender) if tok.text.lower().endswith(CASE_ENDINGS) else None
        if parse is None:
            words.append(_surname(tok.text, case, gender)
                         or (_masculine(tok.text, case) if (shown or feminine_ins) and tok is tokens[-1] else None)
                         or kept)
            continue
        try:
            form = parse.inflect({"Nom", "Sing"})
        except Exception:  # a form pymorphy cannot inflect stays as written
            form = None
        words.append(_written_like(form.word if form is not None else tok.text, tok.text))
    return " ".join(words)


def _surname(word: str, case: str, gender: str | None) -> str | None:
    """"Сверчковым" -> "Сверчков", "Сверчковой" -> "Сверчкова": a Russian surname in -ов/-ев/-ин the
    morphology has no word for, by its ending in the name's case; None when it does not end so."""
    ending = SURNAME_ENDINGS.get((case, gender or "Masc"))
    if ending is None or not word[:1].isupper():
        return None
    oblique, nominative = ending
    stem = word[:len(word) - len(oblique)]
    if not word.endswith(oblique) or not stem.lower().endswith(SURNAME_STEMS):
        return None
    return stem + nominative
