"""How long a visit told before lasts, told by a later sentence: "Государственный визит продлится с 16 по 18
июня", "Визит Мирзиёева продлится до 13 марта", "Сапар 13 наурызға дейін жалғасады"."""

from __future__ import annotations

from extract.clause_dates import ClauseDates
from extract.context import Context
from extract.drafts import DateValue
from extract.rules.language import Language
from extract.trigger_scope import TriggerScope

SPAN_TOLD_AFTER = 3  # sentences after a visit in which a visit of no one, "Визит продлится ...", tells its days


def span_of_the_visit_told(scope: TriggerScope, ctx: Context, dating: ClauseDates, lang: Language,
                           guests: set[str] | None = None) -> bool:
    """"... прибыл в Астану с государственным визитом. Государственный визит продлится с 16 по 18 июня": a
    visit of no one, that lasts over days, right after a visit told is that visit, and its days are the
    span (the day told for it, if any, is one of them)."""
    visit, i = ctx.visit, scope.i
    # (the same guest's visit noun is that visit however far after; one of no one only right after it)
    if visit is None or not 0 < scope.sent.index - visit.sentence <= (SPAN_TOLD_AFTER if guests is None else 99) \
            or scope.sent.tokens[i].feat("Case") not in (None, "Nom", "Acc") or not lang.lasts(scope.sent.tokens, i, scope.hi) \
            or any(t.pos == "VERB" for t in scope.sent.tokens[scope.lo:i]):
        return False  # (the visit noun is what lasts: not "параллельно визиту ... пройдет форум"; Nom reads as Acc)
    if guests is not None and guests != visit.with_role("guest"):
        return False  # another's visit
    span = dating.date_of(scope, i, lang.tense(scope.sent.tokens, scope.lo, scope.hi, i))
    began = visit.date if visit.date is not None else visit.lead_day  # (the day's news: the report's day)
    if span is not None and span.precision == "day" and not span.end and span.text and began is not None \
            and began.precision == "day" and began.start < span.start and lang.until(scope.sent.text, span.text):
        visit.date = DateValue(began.start, span.start, "day", began.text, began.source)  # "продлится до 13 марта"
    elif span is not None and span.precision == "day" and span.end and (
            visit.date is None or visit.date.source != "text" or span.start <= visit.date.start <= span.end):
        visit.date = span
    return True
