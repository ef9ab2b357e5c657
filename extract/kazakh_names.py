"""People outside the registry in Kazakh text: one to three capitalised words after an office title.

There is no Kazakh NER here, so a Kazakh report names an official the registry does not know only by the
shape "TITLE Аты Тегі": "Сыртқы істер министрі Ермек Көшербаев", "АҚШ Мемлекеттік хатшысы Марко Рубиомен".
The last word's case ending is cut ("Рубиомен" → "Рубио"); the title and the one or two words before it are
the office the text gives the person. A single word after a title is too weak to be a name.
"""

from __future__ import annotations

from typing import NamedTuple

from extract.kazakh import case_of, fold, stem_candidates
from extract.rules import names_titles as nt
from extract.text import Sentence, Token

_TITLES = tuple(fold(t) for t in nt.KK_OFFICIAL_TITLES)
_PLURAL_TITLES = tuple(fold(t) for t in nt.KK_OFFICIAL_TITLES_PLURAL)
MAX_NAME_WORDS = 3
OFFICE_WORDS_BEFORE = 2


def _nominative(word: str) -> str:
    """"Рубиомен" → "Рубио": the stem without its case ending, written as the text writes it."""
    if case_of(word) is None:
        return word
    stem = stem_candidates(word)[-1]
    return word[:len(stem)] if fold(word[:len(stem)]) == fold(stem) else word


class OfficialName(NamedTuple):
    name: str      # in the nominative: "Марко Рубио"
    first: int     # token indices, inclusive
    last: int
    office: str    # the title and the words before it, as written: "Мемлекеттік хатшысы"


def kazakh_officials(sent: Sentence, taken: set[int]) -> list[OfficialName]:
    """The people named after an office title in ``sent``, outside the tokens already ``taken`` (which
    then holds theirs too)."""
    tokens = sent.tokens
    out: list[OfficialName] = []
    for i, tok in enumerate(tokens):
        low = fold(tok.text)
        if i in taken or tok.pos == "PUNCT":
            continue
        plural = low.startswith(_PLURAL_TITLES)
        if not (plural or low.startswith(_TITLES)):
            continue
        before = [k for k in range(max(0, i - OFFICE_WORDS_BEFORE), i) if k not in taken
                  and tokens[k].text.replace("-", "").isalpha()]
        office = " ".join(tokens[k].text for k in [*before, i])
        words = _name_after(tokens, i + 1, taken)
        if plural:  # "министрлері Ермек Көшербаев пен Арарат Мирзоян": two people, each a name of two words
            k = words[-1] + 1 if len(words) >= 2 else None
            second = _name_after(tokens, k + 1, taken) if k is not None and k < len(tokens) \
                and fold(tokens[k].text) in nt.KK_AND else []
            if len(second) < 2:
                continue
            for group in (words, second):
                out.append(OfficialName(_name_of(tokens, group), group[0], group[-1], office))
                taken.update(group)
            continue
        if len(words) < 2:
            continue
        out.append(OfficialName(_name_of(tokens, words), words[0], words[-1], office))
        taken.update(words)
    return out


def _name_after(tokens: tuple[Token, ...], k: int, taken: set[int]) -> list[int]:
    """The one to three capitalised words from ``k`` that name a person, a case ending closing them."""
    words: list[int] = []
    while k < len(tokens) and len(words) < MAX_NAME_WORDS and k not in taken and tokens[k].is_capitalized \
            and tokens[k].text.replace("-", "").isalpha() \
            and not (k + 1 < len(tokens) and fold(tokens[k + 1].text).startswith(_TITLES)):
        # (a capitalised word before a title opens the next office: "Ермек Көшербаев | Мемлекет хатшысы")
        words.append(k)
        k += 1
        if case_of(tokens[k - 1].text) is not None:
            break  # a case ending closes the name
    return words


def _name_of(tokens: tuple[Token, ...], words: list[int]) -> str:
    return " ".join([tokens[k].text for k in words[:-1]] + [_nominative(tokens[words[-1]].text)])
