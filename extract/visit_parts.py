"""Talks, signings, stops and gatherings told near a visit that are parts of it: "Токаев прибыл в Москву с
визитом. В Кремле прошли переговоры", "в рамках визита в ЮАР посетил остров", "Ертең Президент бизнес-форумға
қатысады". A part takes the visit's sides, place and (when it has none of its own) days."""

from __future__ import annotations

from datetime import date, timedelta

from extract.discourse import LATER_REPORT_DAYS, PART_OF_WINDOW, RECALLED_VISIT_DAYS, UNNAMED_TALKS_WINDOW, spans_the_day
from extract.drafts import DateValue, Draft, compatible_dates
from extract.gazetteer import Gazetteer
from extract.intervals import parse_iso


def _compatible_places(child: Draft, visit: Draft, gaz: Gazetteer) -> bool:
    if child.place is None or visit.place is None or child.place.place == visit.place.place:
        return True
    if not (child.place.from_registry and visit.place.from_registry):
        return False
    return gaz.country_of(child.place.place) == gaz.country_of(visit.place.place) and (
        child.place.kind == "country" or visit.place.kind == "country")


def link_parts(drafts: list[Draft], gaz: Gazetteer, day: date | None = None) -> None:
    """Talks and signings between a visit's guest and host, near it and compatible with it, are part of it.
    ``day``: the day the report is of (its dateline's, else its publication's), if known."""
    for index, d in enumerate(drafts):
        stop = d.type == "visit" and d.inside and not d.frame  # "в рамках визита в ЮАР посетил остров"
        # "Ертең Президент бизнес-форумға қатысады" on a visit: a gathering named with no place of its own
        gathering = d.type in ("forum", "summit") and d.place is None and not d.refers_back
        if d.type not in ("meeting", "signing") and not stop and not gathering or d.dropped \
                or d.other_party and not d.inside \
                or d.type == "signing" and d.after_gathering:  # "Сессия қорытындысы бойынша": the summit's
            continue
        best = None
        for vindex, v in enumerate(drafts):
            if v.type != "visit" or v.dropped or not v.with_role("guest") or v is d or v.site and v.sentence != d.sentence:
                continue
            if stop and not (d.with_role("guest") <= v.with_role("guest") and v.sentence == d.sentence):
                continue
            if d.with_role("host") & v.with_role("guest"):
                continue  # "принял министра" at home is no part of his own visit abroad
            sides = v.with_role("guest") | v.with_role("host") | _of_the_host_country(d, v, gaz, day)
            # "Токаев прибыл в Москву с визитом. В Кремле прошли переговоры": talks with nobody named, told
            # right after the visit, are the visit's talks
            # (not after talks of two sides told in the sentence just before: "встретился с Моди. Стороны
            # обсудили ..." are those talks, see `complete_pairs`)
            after_talks = any(t.type in ("meeting", "phone_call") and t.sentence == d.sentence - 1
                              and len(t.participants) >= 2 for t in drafts)
            unnamed_talks = not d.ids() and not d.offices and d.type == "meeting" \
                and 0 < d.sentence - v.sentence <= UNNAMED_TALKS_WINDOW and not after_talks
            if not d.ids() <= sides or not (d.ids() or d.inside or unnamed_talks):
                continue
            if not d.ids() and not d.offices and d.type == "meeting" and after_talks:
                continue  # "принял министра. В ходе встречи обсуждены ...": the talks just told, not a visit's
            # (or near a part of it told before: a long report of the visit goes on as long as its parts do)
            near = abs(d.sentence - v.sentence) <= PART_OF_WINDOW or not d.background and any(
                p.part_of == vindex and 0 < d.sentence - p.sentence <= PART_OF_WINDOW for p in drafts)
            named = d.visit_place is not None and v.place is not None and (
                d.visit_place.place == v.place.place or d.visit_place.from_registry and v.place.from_registry
                and gaz.country_of(d.visit_place.place) == gaz.country_of(v.place.place))
            if not (near or named):
                continue
            if not compatible_dates(d.date, v.date) or not (stop or _compatible_places(d, v, gaz)):
                continue
            if v.after_a_gap and d.sentence == v.sentence and d.date is not None and v.date is None:
                continue  # "первый визит ... с ноября 2019 года, когда ... вел переговоры": those talks are older
            if v.status != "held" and d.status == "held" and d.tense == "past":
                continue  # talks held are no part of a visit still to come ("... келесі жылы келеді")
            if v.status == "held" and d.status != "held" and (v.background or v.earlier or v.date is not None
                                                              and v.date.precision in ("month", "year")):
                continue  # nor talks to come of a visit of months ago ("визит в июле прошлого года ... жду встречи")
            if d.inside and v.sentence != d.sentence and any(
                    g.type in ("summit", "forum") and not g.dropped and g.sentence == d.sentence
                                and g.place is not None and v.place is not None and g.place.place != v.place.place
                                for g in drafts):
                # "договорились провести встречу на полях саммита ШОС в Бишкеке": the summit its own sentence
                # names, not a visit told elsewhere
                continue
            if v.another and v.sentence != d.sentence:
                continue  # "Предыдущий визит ... состоялся в ноябре прошлого года": no frame of the day's talks
            if d.date is None and not d.background and day is not None and v.date is not None and v.status == "held" \
                    and (parse_iso(v.date.end or v.date.start, last=True) - day).days < -RECALLED_VISIT_DAYS:
                continue  # "Путиннің 2024 жылғы қарашада Астанаға жасаған сапарын еске алып": no frame of today's
            if v.sentence > d.sentence and (v.background or gathering and v.status != "held"):
                continue  # "Еске сала кетейік, ... Бакуге барған болатын", "... келуге ниетті": recalled, or to come
            # a visit told before the part is its frame; one told after it only when none is told before
            # ("Сапар қорытындысы бойынша ... қол қойды. Айта кетейік, 2024 жылы Путин ... келген болатын")
            distance = abs(d.sentence - v.sentence) + (PART_OF_WINDOW if d.sentence < v.sentence else 0)
            if best is None or distance < best[0]:
                best = (distance, vindex)
        if best is None:
            continue
        visit = drafts[best[1]]
        d.part_of = best[1]
        if visit.status == "planned" and d.status == "held" and d.tense not in ("past", "present"):
            d.status = "planned"  # "будет в Москве, чтобы обсудить ... и подписать ...": of the visit to come
        elif visit.status in ("cancelled", "postponed") and d.status == "planned":
            d.status = visit.status  # "Визит отменен. В ходе визита должны были пройти переговоры": not now either
        if gathering:  # held where the visit is; who else speaks at it is not the visit's business
            d.place = None if d.remote else visit.place  # (one "в режиме видеоконференции" is held nowhere)
        elif not stop:  # a stop on the trip keeps its own place, and its guest goes there, the host need not
            # in the visit's own order, not a set's (which changes with the hash seed from run to run)
            hosts_own = d.other_party and bool(set(d.participants) & visit.with_role("host"))
            # "встретился с премьером Госсовета КНР Ли Цяном": talks with another of the host country's leaders
            others = _of_the_host_country(d, visit, gaz, day) - visit.with_role("host")
            for pid in [pid for pid in visit.participants if visit.participants[pid] in ("guest", "host")]:
                if (d.other_party or others) and visit.participants[pid] == "host" or hosts_own:
                    continue  # "встретился с руководителями компаний": the host need not be there (nor the guest
                    # at the host's own talks with others: "Мирзиёев провел переговоры с руководством Евросоюза")
                if pid not in d.participants:
                    d.add(pid, visit.names.get(pid, pid), "signatory" if d.type == "signing" else "participant",
                          pid in visit.registry_ids)
            if d.place is None or (d.place.kind == "country" and visit.place is not None):
                d.place = visit.place
        if d.date is None and visit.date is not None and d.visit_day is not None:
            d.date = _day_of_visit(visit.date, d.visit_day)
        if d.date is None and visit.date is not None and d.relative is None and d.visit_day is None \
                and not _of_a_later_day(d, visit.date, day):
            d.date = DateValue(visit.date.start, visit.date.end, visit.date.precision, visit.date.text, "visit")


def _of_the_host_country(d: Draft, v: Draft, gaz: Gazetteer, day: date | None) -> set[str]:
    """"находился в Пекине ... встретился с премьером Госсовета КНР Ли Цяном": talks of the guest with another
    leader of the country he visits are part of the visit too."""
    if d.type != "meeting" or v.place is None or not v.place.from_registry or not d.with_role("participant") & v.with_role("guest"):
        return set()
    country = gaz.country_of(v.place.place)
    return {pid for pid in d.ids() if gaz.registry.has_person(pid) and gaz.home_country(pid, day) == country}


def _of_a_later_day(part: Draft, visit: DateValue, day: date | None) -> bool:
    """Whether a held part with no date of its own is of a day the visit's dates do not give it: the day's
    news of a visit that began the day before ("прибыл во вторник вечером. ... провели переговоры" in
    Wednesday's report) or of a visit of several days ("4–5 желтоқсанда ... келген Путин ... келіссөз жүргізді"
    in the report of the 5th); past the lead, a part of a visit whose arrival alone the text dates, in a report
    of a later day (``day``: the report's)."""
    if part.status != "held" or visit.precision != "day":
        return False
    if part.lead_day is not None:
        today = date.fromisoformat(part.lead_day.start)
        if visit.end:
            return spans_the_day(visit, today)
        return (today - date.fromisoformat(visit.start)).days == 1
    return day is not None and not visit.end and \
        1 <= (day - date.fromisoformat(visit.start)).days <= LATER_REPORT_DAYS


def _day_of_visit(span: DateValue, day: tuple[str, int]) -> DateValue | None:
    """"в первый день визита" of a visit 11–12 ноября is 11 ноября; "в последний день" is its last."""
    if span.precision != "day":
        return None
    words, n = day
    first = date.fromisoformat(span.start)
    if not span.end:  # only its first day is known: "сапардың екінші күні" is the day after, its last is not known
        return None if n < 0 else DateValue((first + timedelta(days=n - 1)).isoformat(), None, "day", words, "visit")
    last = date.fromisoformat(span.end)
    when = last if n < 0 else first + timedelta(days=n - 1)
    if when > last:
        return None
    return DateValue(when.isoformat(), None, "day", words, "visit")
