"""The status of an event from its own clause: cancelled, put off or moved ("перенесли встречу в Оренбурге",
"кездесуі Мәскеуге ауыстырылды"), still to come or held, read from the words around the trigger."""

from __future__ import annotations

from collections.abc import Callable

from extract.drafts import Draft
from extract.mentions import PlaceMention
from extract.rules.language import Language
from extract.text import Sentence
from extract.trigger_scope import TriggerScope


def status_of_the_clause(lang: Language, draft: Draft, scope: TriggerScope,
                         destination: Callable[[], PlaceMention | None]) -> None:
    """Set ``draft.status`` (and, for an event moved, its place and the place it was moved from) from the
    clause; ``destination`` gives where the clause sends the event ("Мәскеуге ауыстырылды")."""
    tokens, m, lo, hi, i = scope.sent.tokens, scope.m, scope.lo, scope.hi, scope.i
    if lang.cancelled(scope.sent, lo, hi):
        draft.status = "postponed" if held_later(lang, scope.sent) else "cancelled"
        return
    attribute = lang.put_off_before(tokens, lo, i, hi)  # "перенесенный саммит прошел": put off once
    near = {t.lemma for k, t in enumerate(tokens[max(lo, i - 4):min(hi, i + 4) + 1], max(lo, i - 4))
            if attribute is None or not attribute <= k < i}
    moved_place = lang.relocated_venue(tokens, lo if attribute is None else i, i)
    put_off = bool(near & lang.postpone) or moved_place or lang.put_off_object(tokens, lo, i)
    if not put_off and lang.postponed_subject(tokens, i):
        draft.status = "postponed"  # (where it was to be held, in its relative clause, stays its place)
        return
    if put_off:
        moved_from = moved_to = None
        for p in m.places:
            if not (p.first > i and lo <= p.first <= hi):
                continue
            if moved_from is None and (p.case == "Loc" and p.prep in ("в", "во") or p.prep in ("из", "изо")):
                moved_from = p  # "перенесли встречу в Оренбурге", "перенесена из Оренбурга в Москву"
            elif p.case == "Acc" and p.prep in ("в", "во") and p.kind == "city":
                moved_to = p
        if moved_from is not None or moved_place:
            draft.status = "relocated"
            draft.relocated_from = moved_from
            if moved_to is not None and moved_from is not None:
                draft.place = moved_to
            elif moved_place and draft.place is None:
                draft.place = destination()  # "кездесуі Мәскеуге ауыстырылды"
            if draft.place is not None and moved_from is not None and draft.place.place == moved_from.place:
                draft.place = None
        else:
            draft.status = "postponed"
        return
    if lang.planned_before(tokens, lo, i):
        draft.status = "planned"
        return
    draft.status = "planned" if draft.tense == "future" else "held"



def held_later(lang: Language, sent: Sentence) -> bool:
    """"Встреча не состоялась, мы договорились провести ее позже", "кездесуі өтпеді, оны кейінірек өткізуге
    келісті": what did not take place and is to be held later is put off, not called off."""
    text = lang.fold_text(sent.text)
    return any(w in text for w in lang.held_later)
