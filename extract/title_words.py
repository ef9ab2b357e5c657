"""Words of office around a name: "император Японии Нарухито", "Президент", "Мемлекет басшысы"."""

from __future__ import annotations

from extract import kazakh
from extract import lexicon as lx
from extract.text import Token


def office_before(tokens, first: int) -> bool:
    """An office of state right before the name, across its country: "император Японии", "король Бельгии"."""
    for k in range(first - 1, max(-1, first - 4), -1):
        if tokens[k].lemma in lx.RU_OFFICIAL_TITLES:
            return True
        if tokens[k].pos not in ("PROPN", "NOUN", "ADJ") or tokens[k].feat("Case") not in ("Gen", None) \
                and tokens[k].pos != "ADJ":
            return False
    return False


def is_title(tok: Token) -> bool:
    low = kazakh.fold(tok.text)
    return tok.lemma in lx.RU_HEAD_OF_STATE or any(low.startswith(kazakh.fold(t)) for t in lx.KK_HEAD_OF_STATE) \
        or low.startswith(kazakh.fold("мемлекет"))
