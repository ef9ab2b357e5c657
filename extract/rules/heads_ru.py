"""Titles that name someone other than a state's leader: plural heads of something else ("руководители
крупных американских компаний" are no leaders; "главы государств", "лидеры России и Казахстана" are), and
one beside the leader or of another time ("бывший президент", "супруга президента")."""

from __future__ import annotations

from collections.abc import Container

from extract import lexicon as lx
from extract.rules import names_titles as nt
from extract.text import Token


def heads_of_others(tokens: tuple[Token, ...], k: int, places: Container[int] = ()) -> bool:
    """Whether the title at ``k`` heads a genitive noun other than a state ("руководителями крупных
    компаний"), past its adjectives; a place there (``places``: token indices where one starts) is a state."""
    k += 1
    while k < len(tokens) and tokens[k].pos == "ADJ":
        k += 1
    return k < len(tokens) and k not in places and tokens[k].pos == "NOUN" \
        and tokens[k].feat("Case") == "Gen" and tokens[k].lemma not in lx.RU_STATE_WORDS


def stands_in(tokens: tuple[Token, ...], first: int) -> bool:
    """"бывший президент", "супруга президента", "заместитель председателя правительства": the title
    names someone beside the leader, or a leader of another time."""
    if tokens[first].low.startswith(nt.RU_FORMER_PREFIXES):
        return True
    for k in (first - 1, first - 2):
        if k < 0 or tokens[k].pos == "PUNCT":
            return False
        lemma = tokens[k].lemma
        if lemma in nt.RU_FORMER or lemma.startswith(nt.RU_FORMER_PREFIXES):
            return True
        if lemma in nt.RU_STAND_IN_HEADS and tokens[first].feat("Case") == "Gen":
            return True
        if tokens[k].pos != "ADJ":
            return False
    return False
