"""Plural titles that name heads of something other than states: "руководители крупных американских
компаний" are no leaders ("главы государств", "лидеры России и Казахстана" are)."""

from __future__ import annotations

from collections.abc import Container

from extract import lexicon as lx
from extract.text import Token


def heads_of_others(tokens: tuple[Token, ...], k: int, places: Container[int] = ()) -> bool:
    """Whether the title at ``k`` heads a genitive noun other than a state ("руководителями крупных
    компаний"), past its adjectives; a place there (``places``: token indices where one starts) is a state."""
    k += 1
    while k < len(tokens) and tokens[k].pos == "ADJ":
        k += 1
    return k < len(tokens) and k not in places and tokens[k].pos == "NOUN" \
        and tokens[k].feat("Case") == "Gen" and tokens[k].lemma not in lx.RU_STATE_WORDS
