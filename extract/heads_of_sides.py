"""Talks whose sides are states, not people: "Вчера в Кремле прошли российско-казахстанские переговоры на
высшем уровне" (or "российско-американский саммит") are the talks of the two states' leaders on that day."""

from __future__ import annotations

from extract.drafts import Draft
from extract.gazetteer import Gazetteer
from extract.intervals import interval
from extract.rules.language import Language
from extract.text import Token


def heads_of_the_sides(draft: Draft, tokens: tuple[Token, ...], i: int, clause_text: str, lang: Language,
                       gaz: Gazetteer) -> None:
    """Talks "на высшем уровне" named by a compound adjective of two states get their leaders as sides: the
    ones who held the office the whole of the talks' dates. None when the talks have no date (today's
    leader is not who a text of another year means), a state is unknown, or the office changed hands.
    A summit of two states ("российско-американский саммит прошел 15 августа") is at that level by its
    name, and is the talks of the two heads: a meeting."""
    low = clause_text.lower()
    if draft.type != "summit" and not any(cue in low for cue in lang.summit_level_cues):
        return
    countries = [gaz.adjective_place(w) for w in lang.sides_by_adjective(tokens, i)]
    if len(countries) < 2 or None in countries or len(set(countries)) != len(countries):
        return
    span = interval(draft.date.start, draft.date.end) if draft.date is not None else None
    if span is None:
        return
    leaders = [gaz.head_during(c, span[0], span[1], gaz.leads_by_government(c)) for c in countries]
    if None in leaders:
        return
    for person in leaders:
        draft.add(person.id, person.name.ru or person.id, "participant", True)
        draft.leaders.add(person.id)
    draft.type = "meeting"  # "российско-американский саммит": the talks of the two heads
