"""The name of a gathering a Kazakh sentence tells: the bloc named right before the gathering word ("ШЫҰ
саммитіне" is "ШЫҰ саммиті"), or its own name in quotes ("«Орталық Азия – Қытай» саммитіне")."""

from __future__ import annotations

from extract.kazakh import fold
from extract.rules import triggers_kk as tr
from extract.rules.blocs import SERIES_WORDS, blocs_named
from extract.text import Sentence, Token

GATHERING_NAME_WORDS = 5  # words before "саммит" in which the bloc is named
QUOTED_NAME_WORDS = 10    # words of a gathering's name in quotes: "«Орталық Азия – Қытай» саммиті"
QUOTE_TO_NOUN = 3         # words from the closing quote to the noun: "«...» форматындағы екінші саммит"
_OPENING_QUOTES = frozenset({"«", '"', "“", "„"})
_CLOSING_QUOTES = frozenset({"»", '"', "”", "“"})
_NAME_OPENERS = frozenset(fold(w) for w in tr.NAME_OPENERS)
_SERIES_OF_GATHERINGS = tuple(fold(w) for w in SERIES_WORDS)


def gathering_name(sent: Sentence, i: int) -> str | None:
    """"ШЫҰ саммитіне", "Түркі мемлекеттері ұйымының саммиті": the bloc named right before the gathering
    word, with that word in its naming form ("ШЫҰ саммиті"). None when no bloc of `rules/blocs.py` is."""
    tokens, first, after = sent.tokens, None, frozenset()
    # "«Орталық Азия – Қытай» саммитіне", "«Орталық Азия – Ресей» форматындағы екінші саммит": the name in
    # quotes before the noun (and its words of format and order) is the gathering's own
    close = next((k for k in range(i - 1, max(0, i - 1 - QUOTE_TO_NOUN), -1) if tokens[k].text in _CLOSING_QUOTES),
                 None)
    opening = None if close is None else next((k for k in range(close - 1, max(-1, close - 1 - QUOTED_NAME_WORDS), -1)
                                               if tokens[k].text in _OPENING_QUOTES), None)
    if opening is not None and opening < close - 1:
        return f"{sent.text[tokens[opening].start - sent.start:tokens[i - 1].end - sent.start]} {_naming_form(tokens[i])}"
    for k in range(i - 1, max(-1, i - 1 - GATHERING_NAME_WORDS), -1):
        if tokens[k].pos == "PUNCT":
            break
        named = blocs_named(" ".join(t.text for t in tokens[k:i]))
        if named != after:  # this word adds to the blocs the words after it name
            first = k
        after = named
    if first is None and i > 0 and fold(tokens[i - 1].text).startswith(_SERIES_OF_GATHERINGS):
        first = i - 1  # "Келесі саммит": the next of a series (`blocs.of_the_series`)
    if first is None:
        return None
    if first > 0 and fold(tokens[first - 1].text) in _NAME_OPENERS:
        first -= 1  # the word the name opens with: "Жоғары мемлекетаралық кеңес"
    return " ".join([t.text for t in tokens[first:i]] + [_naming_form(tokens[i])])


def _naming_form(token: Token) -> str:
    """The gathering word in the form that names it: "саммитіне" → "саммиті"."""
    word = fold(token.text)
    return next((form for stem, form in tr.GATHERING_FORMS.items() if word.startswith(stem)), token.text)
