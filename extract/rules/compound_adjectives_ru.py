"""Compound adjectives of states before an event noun: "российско-казахстанские переговоры" names its sides."""

from __future__ import annotations

from extract.rules import cues_ru as cues
from extract.text import Token


def compound_sides(tokens: tuple[Token, ...], i: int) -> list[str]:
    """The adjectives a compound adjective before the event noun at ``i`` is made of, in their base form
    ("российско-казахстанские официальные переговоры" → ["российский", "казахстанский"]), or []."""
    k = i - 1
    while k >= 0 and tokens[k].pos == "ADJ" and "-" not in tokens[k].text:
        k -= 1  # "российско-казахстанские официальные переговоры"
    if k < 0 or "-" not in tokens[k].text:
        return []
    *links, last = tokens[k].text.lower().split("-")
    link, full = cues.ADJECTIVE_LINK
    if not links or not all(w.endswith(link) for w in links):
        return []
    ending = next((e for e in cues.ADJECTIVE_ENDINGS if last.endswith(e)), None)
    if ending is None:
        return []
    return [w[:-len(link)] + full for w in links] + [last[:-len(ending)] + full]
