"""What the gatherings a sentence names are, beside the trips and talks it tells: what a visit is for
("посетит Астану для участия в заседании совета": of the visit's month, still to come on arrival), the
gathering a trip called off was to ("отменил поездку в ЮАР на саммит": the trip is off, not the gathering),
and the gathering talks still to come are held at ("жду встречи с Си Цзиньпином на саммите ШОС": to come)."""

from __future__ import annotations

from dataclasses import replace

from extract.drafts import Draft
from extract.rules.language import Language, Trigger
from extract.text import Token


def gatherings_beside_trips(out: list[Draft], tokens: tuple[Token, ...], triggers: list[Trigger],
                            clauses: list[tuple[int, int]], purposes: set[int], lang: Language) -> list[Draft]:
    """The sentence's drafts ``out`` with its gatherings settled (``purposes``: ids of the drafts that are what
    an arrival is for)."""
    # "В апреле Мирзиёев посетит Астану для участия в заседании совета": what a visit is for, undated
    # itself, is of the visit's month (of which of its days, an arrival's day does not say)
    at_token = {tokens[t.index].start: t.index for t in triggers}
    visit = next((d for d in out if d.type == "visit" and d.date is not None and d.date.precision != "day"), None)
    for d in out:
        if id(d) not in purposes or d.type not in ("forum", "summit"):
            continue
        if visit is not None and d.date is None:
            d.date = replace(visit.date, source="context")
        if d.date is None and d.status == "held":
            # "прибыл в Азербайджан для участия в саммите": the gathering is still to come as he arrives
            d.status, d.purpose = "planned", True
    # "отменил поездку в ЮАР на саммит": the trip is off, not the gathering it was to, told of no one here
    clause_of = {start: clauses[k] for start, k in at_token.items()}
    off = {(d.status, clause_of.get(d.trigger[0])) for d in out if d.type == "visit" and d.status in ("cancelled", "postponed")}
    out = [d for d in out if d.type not in ("forum", "summit") or (d.status, clause_of.get(d.trigger[0], -1)) not in off]
    # "жду встречи с Си Цзиньпином на саммите ШОС": the gathering talks still to come are held at is to come
    to_come = [o.trigger[0] for o in out if o.type == "meeting" and o.status == "planned"]
    for d in out:
        if d.type in ("forum", "summit") and d.status == "held" and any(s < d.trigger[0] for s in to_come) \
                and d.trigger[0] in at_token and lang.is_venue(tokens, at_token[d.trigger[0]]):
            d.status = "planned"
    return out
