"""What follows a Russian date word, read to tell a date from a preposition or a noun.

"накануне" alone is "the day before", but "накануне визита" is "on the eve of the visit"; "в среду" is
Wednesday, but "в среду обитания" is an environment. Both turn on whether a genitive follows, which
the word lists of `extract.dates_ru_words` and a few endings tell.
"""

from __future__ import annotations

import re

from extract.date_specs import SPACE0
from extract.dates_ru_words import CLAUSE_WORDS, EVENT_OBJECTS, GENITIVE_ENDINGS, GENITIVE_NAMES

_NEXT_TOKEN = re.compile(rf"{SPACE0}(\w+|\S)?")


def nakanune_stands_alone(text: str, end: int) -> bool:
    """Whether "накануне" means "the day before" rather than "on the eve of <something>".

    As a preposition it is followed by a genitive: "накануне визита", "накануне его поездки",
    "накануне 9 мая", "накануне «Прямой линии»". Standing alone it is followed by punctuation, a
    subject ("накануне Путин заявил"), an adverb or a preposition.
    """
    word = next_token(text, end)
    if word and (word[0].isdigit() or word in "«\"„“'("):
        return False
    return not genitive_follows(text, end)


def next_token(text: str, end: int) -> str | None:
    token = _NEXT_TOKEN.match(text, end)
    return token.group(1) if token else None


def genitive_follows(text: str, end: int) -> bool:
    """Whether the word after ``end`` looks like a genitive ("визита", "его поездки", "Нового года").

    Endings alone would take subjects like "Песков" or "глава" for genitives, so a closed list of
    words that start a clause and a rule for capitalised names come first.
    """
    word = next_token(text, end)
    if not word or not word[0].isalpha():
        return False
    lower = word.lower()
    if lower in CLAUSE_WORDS or lower in EVENT_OBJECTS:
        return False
    if word[0].isupper():
        return lower in GENITIVE_NAMES or lower.endswith(("ого", "его", "ых", "их"))
    if _PAST_VERB.search(lower) and lower not in PAST_LOOKALIKE_NOUNS:
        return False  # "накануне отправился", "накануне провела": a verb, so "накануне" is "the day before"
    return lower.endswith(GENITIVE_ENDINGS)


_PAST_VERB = re.compile(r"(?:[аеиоуыя]л(?:а|о|и)?(?:сь|ся)?|[аеиоуыя]лся)$")
# Genitives that end like a past-tense verb.
PAST_LOOKALIKE_NOUNS = frozenset({"посла", "дела", "села", "стола", "числа", "начала", "масла", "угла",
                                  "зала", "пола", "тела", "крыла", "мыла", "жила", "сила"})
