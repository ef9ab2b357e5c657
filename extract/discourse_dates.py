"""Rules across sentences that date an event by another: a signing by the talks it follows, talks by the
gathering they are held at, an undated event by the one told right before it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from extract.discourse import FOLLOWS_ON_REACH, TALKS_FRAMED_WINDOW, TALKS_WINDOW, head_stems, told_as_talks
from extract.drafts import DateValue, Draft, compatible_dates
from extract.intervals import interval, month_of, rank
from extract.mentions import PlaceMention
from extract.dates import DateMention
from extract.dating import anchor

SAME_DAY_WINDOW = 6     # sentences before "в тот же день" in which the day it counts from is told
EVE_REACH_DAYS = 3      # "накануне саммита, 9 июля": the gathering begins within so many days after


def date_relative(drafts: list[Draft], stated: list[DateMention], published: date | None,
                  earlier: list[Draft] = ()) -> None:
    """"В том же году", "на следующий день": counted from the date the text stated last before the event, or
    from the day of an event told after it in such words ("Днем ранее ... переговоры. В тот же день ...": the
    day before the one stated, not that one), of ``earlier`` drafts."""
    for d in drafts:
        if d.date is not None or d.relative is None:
            continue
        words, unit, offset = d.relative
        last = max((m.end for m in stated if m.end <= d.trigger[0]), default=-1)
        told = [e for e in earlier if e.relative is not None and e.date is not None and e.date.precision == "day"
                and last < e.trigger[0] < d.trigger[0]]
        if unit == "day" and told:
            day = date.fromisoformat(max(told, key=lambda e: e.trigger[0]).date.start) + timedelta(days=offset)
            d.date = DateValue(day.isoformat(), None, "day", words, "context")
            continue
        # a single day to count days from; for years, any date within one year
        before = [m for m in stated if m.end <= d.trigger[0]
                  and (m.first.year == m.last.year if unit == "year" else m.end_iso() is None if unit == "same"
                       else m.first == m.last)]
        # (a day still to come is no day of what was done: "Сапар ертең аяқталады. Сол күні ... форумға қатысты")
        bases = (anchor(m, published, tense=d.tense, planned=d.status != "held")
                 for m in sorted(before, key=lambda m: m.end, reverse=True))
        base = next((b for b in bases if not (d.tense == "past" and published is not None and b.first > published)),
                    None)  # (the last stated first: only as many anchored as it takes)
        if base is None:
            continue
        if unit == "day" and base.precision == "day":
            day = base.first + timedelta(days=offset)
            d.date = DateValue(day.isoformat(), None, "day", words, "context")
        elif unit == "same":
            d.date = DateValue(base.start_iso(), None, base.precision, words, "context")
        elif unit == "year":
            d.date = DateValue(str(base.first.year + offset), None, "year", words, "context")


def date_from_talks(drafts: list[Draft]) -> None:
    """A signing "по итогам переговоров" ("келіссөздер қорытындысы бойынша") reported right after talks of the
    same sides was signed where the talks were held and, with no date of its own, the day they were; so was
    one the very sides of the talks signed in the sentence right after them ("Лидеры подписали ...")."""
    for d in drafts:
        if d.dropped or d.type != "signing":
            continue
        reach = TALKS_FRAMED_WINDOW if d.after_talks else TALKS_WINDOW
        talks = [t for t in drafts if not t.dropped and t.type == "meeting" and 0 <= d.sentence - t.sentence
                 <= reach and t.participants and set(d.participants) <= set(t.participants)
                 and (d.inside or d.sentence - t.sentence == 1 and set(d.participants) == set(t.participants))]
        if not talks:
            continue
        if d.after_talks:  # "По итогам переговоров": not the chat "накануне" told after them
            talks = told_as_talks(talks)
        # a day taken from the visit it is part of gives way to the day of the talks it follows; the day and
        # the place of the last of them that gives them ("Ақордада ... келіссөздері өтті. ... келіссөзде
        # тараптар талқылады. Келіссөз қорытындысы бойынша ... қол қойды")
        # (a day the text tells in words counted from another, "сол күні", "в тот же день", is stated too)
        parent = max((t for t in talks if t.date is not None and (t.date.source in ("text", "dateline")
                                                                   or t.date.source == "context" and t.date.text)),
                     key=lambda t: t.sentence, default=None) \
            or max((t for t in talks if t.date is None and t.lead_day is not None), key=lambda t: t.sentence,
                   default=None)
        if (d.date is None or d.date.source == "visit") and not d.date_words and parent is not None:
            if parent.date is None:  # talks that are the day's news: the signing is of the report's day too
                d.date, d.lead_day = None, parent.lead_day
            else:
                d.date = parent.date.borrowed()
        placed = max((t for t in talks if t.place is not None), key=lambda t: t.sentence, default=None)
        if d.place is None and placed is not None and compatible_dates(d.date, placed.date):
            d.place = placed.place


def talks_on_the_eve(drafts: list[Draft]) -> None:
    """"Накануне саммита Путин и Си Цзиньпин провели переговоры", "Саммит қарсаңында ... кездесті": talks on the
    eve of the gathering told (the last told before, else the first after; not one recalled, nor one that is
    not within days after the talks' own day) are held where it is, and in its month when the text gives them
    no day of their own ("накануне" may be the day before or the same morning: which is not said)."""
    for d in drafts:
        if d.dropped or not d.eve or d.type != "meeting" or d.remote:
            continue
        own = d.date if d.date is not None and d.date.source == "text" and d.date.precision == "day" else None
        gatherings = [g for g in drafts if not g.dropped and g.type in ("summit", "forum") and not g.background
                      and not g.earlier and (own is None or g.date is None or _days_after(own, g.date))]
        before = [g for g in gatherings if g.sentence <= d.sentence]
        g = before[-1] if before else gatherings[0] if gatherings else None
        if g is None:
            continue
        if d.place is None:
            d.place = g.place
        if (d.date is None or d.date.source != "text") and not d.date_words and g.date is not None \
                and g.date.precision == "day":
            d.date = DateValue(month_of(g.date.start), None, "month", None, "context")
            d.lead_day = None  # (nor the report's day: the eve is before the news)


def _days_after(day: DateValue, gathering: DateValue) -> bool:
    """The gathering's days reach the day or the few days after it."""
    start = date.fromisoformat(day.start)
    first, last = interval(gathering.start, gathering.end)
    return first <= start + timedelta(days=EVE_REACH_DAYS) and last >= start


def date_from_gatherings(drafts: list[Draft], is_leader: Callable[[str], bool] = lambda pid: False,
                         text: str = "") -> None:
    """Talks or a signing "на полях саммита" / "в рамках форума" with no date or place of their own happen
    during that gathering and where it is held: they take its dates (the whole span: which of its days is
    not said) and its place, and the leaders (``is_leader``) who met on its margins took part in it. In an
    article that tells a visit, only a gathering its own sentence names ("Саммит аясында ... Путинмен
    әңгімелесті"): the visit's parts are dated and placed by the visit. A signing "по итогам саммита",
    "в завершение саммита", "Саммит соңында" is of the gathering told before it: the last one told, or the last
    whose name opens or ends with the word the talks' sentence frames them by ("Заседание ВЕЭС ... «В ноябре на
    саммите ОДКБ ...» ... На полях заседания ...": the sitting's, not the summit recalled in a quote after it)."""
    for d in drafts:
        visit_told = any(v.type == "visit" and not v.dropped and v.status == d.status for v in drafts)
        # (a day only the visit around it gave gives way to the gathering its sentence names: "На полях
        # саммита проведёт встречи" during a trip is of the summit's day, not of the arrival's)
        after = d.after_gathering and d.type == "signing"  # "Саммит соңында ... декларациясына қол қойды"
        # (... and one only a neighbour's date reached gives way to the gathering it came of)
        of_visit = d.date is not None and (d.date.source == "visit" or after and d.date.source == "context")
        if d.dropped or not (d.inside or after) or d.type not in ("meeting", "signing") \
                or d.date and d.place and not of_visit \
                or d.part_of is not None and not (d.date is None or of_visit):
            continue
        if d.during_talks:
            continue  # "В ходе встречи ... передал приветствия": the talks told again, of their day and place
        # (talks called off on the margins of one told before were still to be held there and then:
        # "Запланированная на полях саммита встреча ... была отменена")
        gatherings = [g for g in drafts if not g.dropped and g.type in ("forum", "summit")
                      and (g.status == d.status or d.status in ("cancelled", "postponed")
                           and g.status in ("held", "planned") and g.sentence <= d.sentence)
                      and (g.date is not None or g.place is not None) and (d.background or not g.background)
                      and (not visit_told or g.sentence == d.sentence or after)]
        if not gatherings:
            continue
        before = [g for g in gatherings if g.sentence <= d.sentence]
        told = text[d.evidence[0]:d.evidence[1]].lower()
        named = [g for g in gatherings if any(stem in told for stem in head_stems(g.name))]
        before = [g for g in before if g in named] or before
        if not before and text and not named:
            continue  # (one told only after them is theirs only by its noun: "На полях форума" is no summit's)
        source = before[-1] if before else (named or gatherings)[0]
        # (the gathering's day from its most precise report, the last of those: "Сессияға X қатысты" tells
        # who, not when; "Биыл ... Тоқаев жиынды жүргізді" the year of the chair, not the day)
        dated = [g for g in (before or gatherings[:1]) if g.date is not None and _same_gathering(g, source)]
        if (d.date is None or of_visit) and dated:
            d.date = max(dated, key=lambda g: (rank(g.date.precision), g.sentence)).date.borrowed()
        if d.place is None and compatible_dates(d.date, source.date):
            d.place = source.place
        # (not when its sentence tells another gathering: "встретился с Алиевым, прибывшим для участия в
        # заседании Совета глав государств СНГ" came for that one)
        if d.inside and d.type == "meeting" and d.place is source.place and source.place is not None \
                and d.status == source.status \
                and not any(g is not source and g.type in ("forum", "summit") and g.sentence == d.sentence
                            for g in drafts):
            _attended(source, d, is_leader)


def _attended(gathering: Draft, talks: Draft, is_leader: Callable[[str], bool]) -> None:
    """"Саммит прошел в Туркестане. На полях саммита Токаев встретился с Эрдоганом": Erdoğan was at the summit."""
    for pid in sorted(talks.registry_ids & set(talks.participants)):
        if is_leader(pid) and pid not in gathering.participants:
            gathering.add(pid, talks.names[pid], "participant", True)
            gathering.leaders.add(pid)


def _same_gathering(a: Draft, b: Draft) -> bool:
    """Two reports of one gathering as far as the drafts tell: one kind, and no two cities."""
    return a.type == b.type and (a.place is None or b.place is None or a.place.place == b.place.place
                                 or "country" in (a.place.kind, b.place.kind))


def talks_after_the_gathering(drafts: list[Draft]) -> None:
    """"Саммит ОТГ прошёл в Габале. ... Также состоялась встреча Токаева и Эрдогана": in a report of a
    gathering held, talks of two of its participants told after it with no place of their own (nor a visit
    they are part of) are on its margins: where it was held, and on its day when they have none of their own;
    not talks of the same sides told in the sentence before, which these go on with ("Днем ранее с Трампом
    встретился Мирзиёев. Стороны обсудили ...")."""
    for d in drafts:
        if d.dropped or d.type != "meeting" or d.status != "held" or d.place is not None or d.inside \
                or d.part_of is not None \
                or d.remote or d.earlier or d.background or d.told_about or len(d.participants) < 2:
            continue
        if any(t.type == "meeting" and not t.dropped and t.sentence == d.sentence - 1
               and set(t.participants) == set(d.participants) for t in drafts):
            continue  # "... с Трампом встретился Мирзиёев. Стороны обсудили ...": those talks told on
        gatherings = [g for g in drafts if not g.dropped and g.type in ("summit", "forum") and g.status == "held"
                      and g.place is not None and g.sentence < d.sentence
                      and (d.date is None or d.date.source != "text" or compatible_dates(d.date, g.date))]
        # (its reports together: "Кездесуге X, Y ... қатысты" names some, the lead others)
        if len({g.place.place for g in gatherings}) != 1 \
                or not set(d.participants) <= {pid for g in gatherings for pid in g.participants}:
            continue
        g = gatherings[-1]
        d.place = g.place
        if g.date is not None and (d.date is None or d.date.source == "context" and d.date.precision == "month"):
            d.date = g.date.borrowed()
        elif d.date is None and d.lead_day is None:
            d.lead_day = g.lead_day  # a gathering that is the day's news: its talks are of the report's day


def inherit_neighbour_dates(drafts: list[Draft]) -> None:
    """An undated event reported right after a dated one is taken to be from the same month; from the same
    day when its sentence goes on with the one before ("В частности, ...", "Затем ...")."""
    by_sentence: dict[int, list[Draft]] = {}
    for d in drafts:
        if not d.dropped:
            by_sentence.setdefault(d.sentence, []).append(d)
    for d in drafts:
        if d.dropped or d.date is not None or d.date_words or d.part_of is not None or d.told_about:
            continue  # an event the text dates in its own words ("в субботу") keeps them
        if d.relative is not None:
            _same_day_as_told(d, drafts)
            continue
        if d.follows_on and not d.earlier:
            # the day of the last of the few sentences before that tells an event of its status
            # (what is still to come after what was done is of a day not said: "Затем отправится в ...", and
            # what was done after what is to come is not of its day: "договорились встретиться 10 октября.
            # Кроме того, ... поздравили")
            # (the report's day, when that is all the one before has: "Затем состоялся телефонный разговор ...
            # Кроме того, Путина по телефону поздравили ...")
            told = [p.date or p.lead_day for k in range(d.sentence - 1, d.sentence - 1 - FOLLOWS_ON_REACH, -1)
                    for p in by_sentence.get(k, []) if p.status == d.status]
            days = [v for v in told if v is not None and v.precision == "day"]
            if days and days[0].source == "dateline":
                d.lead_day = days[0]
                continue
            if days:
                d.date = days[0].borrowed()
                continue
        previous = [p for p in by_sentence.get(d.sentence - 1, []) if p.date is not None
                    and p.date.precision in ("day", "month")
                    and p.status == d.status]  # (a summit to come is not of the month of the call that
        # discussed it, nor a call of the day of the meeting agreed in it)
        if previous and not d.earlier:  # "Ранее ...", "Напомним, ...": of some time before, not of that month
            source = previous[0].date
            month = month_of(source.start)
            end = month_of(source.end) if source.end and month_of(source.end) != month else None
            d.date = DateValue(month, end, "month", None, "context")


EVE_WORDS = ("накануне",)  # "Накануне ... состоялась неформальная встреча": the day before the news, set apart


def news_apart_from_the_eve(drafts: list[Draft]) -> None:
    """"В Кремле состоялись переговоры Путина с Си ... Накануне ... состоялась неформальная встреча глав
    государств": talks that are the day's news and the same sides' talks of the day before are two events; the
    news takes the report's day now, so that the two do not fold into one of the eve."""
    day = next((d.lead_day for d in drafts if d.lead_day is not None and d.lead_day.precision == "day"), None)
    if day is None:
        return
    for d in drafts:
        # (a visit's span is none of its days, "с визитом 20–22 марта", nor is a neighbour's month)
        if d.dropped or d.background or d.told_about or d.date is not None and not (
                d.date.source == "visit" or d.date.source == "context" and d.date.precision == "month"):
            continue
        eve = [o for o in drafts if o is not d and not o.dropped and o.type == d.type and o.date is not None
               and (o.date.text or "").lower() in EVE_WORDS and set(o.participants) == set(d.participants)
               and o.date.start < day.start and compatible_dates(d.date, o.date)]
        if eve:  # (the report's day, held apart: a dateline's day may reach back to the eve when folding)
            d.date = DateValue(day.start, None, "day", None, "context")
            for s in drafts:  # what came of the talks ("По итогам переговоров подписали") is of their day too
                if s.type == "signing" and s.after_talks and s.date is not None and s.date.source == "context" \
                        and any(s.date.start == o.date.start for o in eve) and set(s.participants) <= set(d.participants):
                    s.date = d.date


def _same_day_as_told(d: Draft, drafts: list[Draft]) -> None:
    """"В тот же день ...", "на следующий день ..." with no day stated in the text before: counted from the
    day of the last event told before it (its own date or the report's day), never from a month."""
    words, unit, offset = d.relative
    if unit not in ("day", "same"):
        return
    told = [p for p in drafts if not p.dropped and 0 < d.sentence - p.sentence <= SAME_DAY_WINDOW]
    days = [(p.sentence, p.date or p.lead_day) for p in told]
    days = [(k, v) for k, v in days if v is not None and v.precision == "day" and not v.end]
    if not days:
        return
    day = date.fromisoformat(max(days, key=lambda kv: kv[0])[1].start) + timedelta(days=offset)
    d.date = DateValue(day.isoformat(), None, "day", words, "context")


def headline_day_gives_way(drafts: list[Draft], dateline_city: PlaceMention | None = None) -> None:
    """"В Ереване прошел саммит ЕПС" over "ЕРЕВАН, 5 мая ... Саммит ЕПС ... завершился накануне": the headline's
    gathering or visit, with no day stated in it, is the one the body dates, in the same place, on the body's day;
    so are the headline's talks or call of the same two sides ("Тоқаев пен Путин телефонмен сөйлесті" over "Кеше
    ... Тоқаев пен ... Путин телефон арқылы сөйлесті"), when the body tells no other of theirs but as background.
    The headline's talks placed only by the dateline ("Токаев провел переговоры с Путиным" over "АСТАНА, 14 мая.
    ... вчера провел переговоры с Путиным в Москве") take the body's place with its day: the dateline is where the
    report comes from, the body says where the talks were."""
    for d in drafts:
        talks = d.type in ("meeting", "phone_call")
        if d.dropped or d.sentence != 0 or d.type not in ("summit", "forum", "visit", "meeting", "phone_call") \
                or d.place is None and not talks or d.date is not None and d.date.source == "text":
            continue
        guessed = talks and d.place is not None and d.place is dateline_city
        place = None if guessed else d.place
        # (for talks, the body's reports of the same two sides that are not background, all dated by the text)
        news = [o for o in drafts if not o.dropped and o.sentence > 0 and o.type == d.type and o.status == d.status
                and (set(d.participants) == set(o.participants) if talks else set(d.participants) <= set(o.participants))
                and (place is None or o.place is not None and o.place.place == place.place)
                and not (talks and (o.background or o.earlier))]
        told = [o for o in news if o.date is not None and o.date.source == "text"]
        if talks and (len(d.participants) != 2 or len(told) != 1 or len(news) != len(told)):
            continue
        if told:  # (its first report in the body: the lead's)
            first = min(told, key=lambda o: o.sentence)
            d.date, d.lead_day = first.date.borrowed(), None
            if guessed:
                d.place = first.place
