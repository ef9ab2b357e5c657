"""How long a visit lasts: told by its own sentence ("двухдневный государственный визит", "екі күндік сапар"), or,
for a visit told before, by a later one: "Государственный визит продлится с 16 по 18 июня", "Визит Мирзиёева
продлится до 13 марта", "Сапар 13 наурызға дейін жалғасады"."""

from __future__ import annotations

from datetime import date, timedelta

from extract.clause_dates import ClauseDates
from extract.context import Context
from extract.dating import anchor
from extract.drafts import DateValue, Draft
from extract.rules.language import Language
from extract.text import Sentence
from extract.trigger_scope import TriggerScope

SPAN_TOLD_AFTER = 3  # sentences after a visit in which a visit of no one, "Визит продлится ...", tells its days
BEGAN_REACH = 4  # words either side of "начавшийся", "басталған" in which the day it began is told


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


def began_on(draft: Draft, scope: TriggerScope, dating: ClauseDates, lang: Language) -> None:
    """"Сегодня Токаев завершил официальный визит в Республику Корея, начавшийся в среду", "15 қыркүйекте
    басталған ... сапары бүгін аяқталады": the visit runs from the day it began to the day the sentence tells for
    it, and one under way that began before the report is held, whatever the tense of its end."""
    tokens = scope.sent.tokens
    k = lang.began(tokens)
    if k is None or draft.date is None or draft.date.precision != "day" or dating.published is None:
        return
    near = [d for d in scope.dates if d.precision == "day" and any(
        abs(n - k) <= BEGAN_REACH and t.start < d.end and d.start < t.end for n, t in enumerate(tokens))]
    if not near:
        return
    began = anchor(near[0], dating.published, tense="past", planned=False)
    others = [d for d in scope.dates if d is not near[0] and d.precision == "day"]
    last = anchor(others[0], dating.published, tense=None, planned=False).last if others else \
        date.fromisoformat(draft.date.end or draft.date.start)
    if not began.first < last:
        return
    draft.date = DateValue(began.first.isoformat(), last.isoformat(), "day", near[0].text, "text")
    if draft.status == "planned" and began.first <= dating.published:
        draft.status = "held"  # "басталған ... сапары бүгін аяқталады": under way


def lasting_days(d: Draft, sent: Sentence, lang: Language) -> None:
    """"двухдневный визит", "екі күндік сапар": a visit's or gathering's day-precision start gets its end, and so do
    talks in its course ("в ходе которого"); not talks beside it ("прибывший ..., в среду провел переговоры")."""
    if d.date is None or d.date.precision != "day" or d.date.end or d.type not in ("visit", "summit", "forum") \
            and not lang.part_of_cue(sent.text.lower()):
        return
    days = lang.duration_days(sent.tokens)
    if days:  # ("завершил трехдневный визит" in Wednesday's report: its last day, not its first)
        day, span = date.fromisoformat(d.date.start), timedelta(days=days - 1)
        first, last = (day - span, day) if lang.ends(sent.tokens) else (day, day + span)
        d.date = DateValue(first.isoformat(), last.isoformat(), "day", d.date.text, d.date.source)
