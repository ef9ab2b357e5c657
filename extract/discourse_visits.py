"""Reports of one visit across an article's sentences: its city named a sentence or more later, or by the
dateline, and its several reports sharing one date and city (but not with another trip told beside it)."""

from __future__ import annotations

from datetime import date

from extract.discourse import spans_the_day
from extract.drafts import DateValue, Draft, compatible_dates
from extract.gazetteer import Gazetteer
from extract.mentions import PlaceMention, SentenceMentions

CITY_LOOKAHEAD = 5      # sentences after a visit in which its city may be named
VISIT_GAP_DAYS = 2      # days apart two reports of one guest's visit to one place may be of one visit


def refine_visit_cities(drafts: list[Draft], mentions: list[SentenceMentions], gaz: Gazetteer,
                        dateline_city: PlaceMention | None = None, dateline_day: date | None = None) -> None:
    """"визит в Казахстан ... В Астане был подписан": the visit's place becomes the city; "ТАШКЕНТ, 14 марта.
    ... находящийся с визитом в Узбекистане": a report from a city of the visited country is from its city."""
    for d in drafts:
        if d.type != "visit" or d.place is None or d.place.kind != "country" or not d.place.from_registry:
            continue
        # the city of another trip or gathering is not this visit's; a gathering its guest attends is
        # ("посещал Казахстан, когда принимал участие в саммите ШОС в Астане")
        elsewhere = {(o.sentence, o.place.place) for o in drafts
                     if o.place is not None and o.type in ("forum", "summit", "visit") and o is not d
                     and not (o.type != "visit" and d.with_role("guest") & set(o.participants))}
        own = [p for p in mentions[d.sentence].places if p.kind == "city" and p.from_registry
               and gaz.country_of(p.place) == d.place.place]  # "визит, который начался в Тяньцзине"
        if dateline_city is not None and gaz.country_of(dateline_city.place) == d.place.place and d.status == "held" \
                and not own and (d.date is None or d.date.source == "dateline" or spans_the_day(d.date, dateline_day)):
            d.place = dateline_city
            continue
        guests = d.with_role("guest")
        for k in range(d.sentence, min(len(mentions), d.sentence + CITY_LOOKAHEAD + 1)):
            # a later sentence about other people names no city of the visit, unless it tells an event of its
            # status: not "Мандела попал в госпиталь в Претории", nor the host's "Астанаға оралды"; but
            # "В Астану прилетела половина правительства", "В Астане был подписан ..."
            people = {p.person for p in mentions[k].persons if p.person}
            if k > d.sentence and people and not people & guests \
                    and not any(o.sentence == k and not o.dropped and o.status == d.status for o in drafts):
                continue
            if k > d.sentence and any(o.sentence == k and not o.dropped and o.type == "visit" and _stop_to_come(d, o)
                                      for o in drafts):
                continue  # "Завтра посетит индустриальный парк в Туркестане": a stop still to come is elsewhere
            cities = [p for p in mentions[k].places if p.kind == "city" and p.from_registry
                      and gaz.country_of(p.place) == d.place.place and (k, p.place) not in elsewhere]
            if cities:
                d.place = cities[0]
                break


def unify_visits(drafts: list[Draft], gaz: Gazetteer) -> None:
    """Reports of one visit within an article share its date and city: "визит в Россию 11 ноября" and
    "визит ... в Москву" are the same trip."""
    visits = [d for d in drafts if d.type == "visit" and not d.dropped and d.place is not None]

    def country(d: Draft) -> str | None:
        return gaz.country_of(d.place.place) if d.place.from_registry else None

    for d in visits:
        for other in visits:
            if other is d or not (d.with_role("guest") & other.with_role("guest")) or d.another or other.another:
                continue  # (nor "Предыдущий визит ... состоялся в ноябре прошлого года": another trip)
            if _stop_to_come(d, other) or _stop_to_come(other, d):
                continue  # "находится с визитом ... Завтра посетит Самарканд": the stop still to come is not its day
            if d.status != other.status and (d.earlier or other.earlier):
                continue  # "алдағы сапары ... Еске салайық, өткен жылы келген болатын": the last visit, not this one
            if d.status != other.status and _other_cities(d, other):
                continue  # "прибыл в Самарканд ... Затем отправится в Ташкент": the next stop, of a day not said
            if country(d) is None or country(d) != country(other):
                continue
            if not compatible_dates(d.date, other.date):
                if d.status == other.status == "held" and _days_in_a_row(d, other) and d.place.place == other.place.place:
                    # "Пекинге кеше келген болатын ... сапармен Қытайда жүрген Тоқаев бүгін": one visit, its days
                    first, last = sorted((d, other), key=lambda v: v.date.start)
                    span = DateValue(first.date.start, last.date.end or last.date.start, "day", first.date.text,
                                     first.date.source)
                    d.date = other.date = span
                continue
            if d.date is None and other.date is not None and other.earlier and other.status == "held" and not d.earlier:
                continue  # "Напомним, Путин посетил Казахстан в ноябре прошлого года": no day of the news visit
            if d.date is None and other.date is not None:
                d.date = DateValue(other.date.start, other.date.end, other.date.precision, other.date.text,
                                   "context")
            if d.place.kind == "country" and other.place.kind == "city":
                d.place = other.place


def _days_in_a_row(a: Draft, b: Draft) -> bool:
    """Two days a visit may span: each a day, at most VISIT_GAP_DAYS apart."""
    if a.date.precision != "day" or b.date.precision != "day":
        return False
    first, last = sorted((a.date, b.date), key=lambda v: v.start)
    return (date.fromisoformat(last.start) - date.fromisoformat(first.end or first.start)).days <= VISIT_GAP_DAYS


def _other_cities(a: Draft, b: Draft) -> bool:
    return a.place.kind == "city" and b.place.kind == "city" and a.place.place != b.place.place


def _stop_to_come(news: Draft, other: Draft) -> bool:
    """A visit reported as the day's news (undated, of the report's day, or dated from it) and a planned stop of it
    dated later."""
    day = news.date if news.date is not None else news.lead_day
    return day is not None and (news.date is None or day.precision == "day") and news.status == "held" \
        and other.status == "planned" and (other.date is None or other.date.start > day.start)
