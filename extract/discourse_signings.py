"""Rules across sentences about signings: who signed what no sentence names a signatory of (the sides of
the talks or the summit it came of), talks with nobody named told right after a signing, a signing
ceremony told again with its place, and talks told as held before that ceremony."""

from __future__ import annotations

from extract.discourse import TALKS_FRAMED_WINDOW, TALKS_WINDOW
from extract.drafts import Draft, compatible_dates

CEREMONY_WINDOW = 2     # sentences after a signing in which its ceremony may be told again
BEFORE_CEREMONY_WINDOW = 4  # ... in which talks "перед церемонией" may be told (after who else signed what)


def talks_of_the_signatories(drafts: list[Draft]) -> None:
    """"Токаев и Путин подписали Декларацию ... Переговоры прошли в Кремле": talks with nobody named told
    right after a signing of two leaders are those leaders' talks; where they were held is where the
    signings of the same sides that name no place of their own were."""
    for d in drafts:
        if d.dropped or d.type != "meeting" or d.participants or d.offices or d.other_party:
            continue
        signings = [g for g in drafts if not g.dropped and g.type == "signing" and len(g.participants) >= 2
                    and g.status == d.status and 0 < d.sentence - g.sentence <= TALKS_WINDOW]
        if not signings:
            continue
        last = max(signings, key=lambda g: g.sentence)
        for pid in last.participants:
            d.add(pid, last.names.get(pid, pid), "participant", pid in last.registry_ids)
        d.leaders |= last.leaders
        if d.date is None and last.date is not None:
            d.date = last.date.borrowed()
        if d.place is None:
            continue
        for g in drafts:
            if g.type == "signing" and not g.dropped and g.place is None and set(g.participants) == \
                    set(last.participants) and g.sentence <= d.sentence and compatible_dates(g.date, d.date):
                g.place = d.place


def talks_before_the_ceremony(drafts: list[Draft]) -> None:
    """"... подписали в Белом доме декларацию. Перед церемонией Трамп провел отдельные встречи с Алиевым и
    Пашиняном", "Рәсім алдында Трамп Әлиевпен ... кездесу өткізді": talks of signatories told as before the
    signing just told are of its day (not the report's) and place, unless they state their own."""
    for d in drafts:
        if d.dropped or d.type != "meeting" or not d.before_ceremony or not d.participants \
                or d.date is not None and d.date.source == "text":
            continue
        told = [g for g in drafts if g.type == "signing" and not g.dropped and g.status == "held" == d.status
                and 0 < d.sentence - g.sentence <= BEFORE_CEREMONY_WINDOW and set(d.participants) <= set(g.participants)]
        if not told:
            continue
        g = max(told, key=lambda g: g.sentence)
        if g.date is not None:
            d.date = g.date.borrowed()
        d.place = d.place or g.place


def signed_by_the_talks(drafts: list[Draft]) -> None:
    """"По итогам переговоров подписан ряд соглашений", "Келіссөздерден кейін құжаттарға қол қойылды": a
    signing after talks (or a summit: "Саммит қорытындысы бойынша декларацияға қол қойылды") that names no
    signatory was signed by the sides of those talks (the leaders at that summit); so was one told in the
    very next sentence ("... келіссөздер жүргізді. ... шартқа қол қою рәсімі өтті")."""
    for d in drafts:
        if d.dropped or d.type != "signing" or d.participants or d.offices:
            continue
        reach = TALKS_FRAMED_WINDOW if d.after_talks or d.after_gathering else TALKS_WINDOW if d.inside else 1
        kinds = ("summit", "forum") if d.after_gathering else ("meeting", "summit")  # (not talks on its margins)
        talks = [t for t in drafts if not t.dropped and t.type in kinds and 0 <= d.sentence
                 - t.sentence <= reach and len(t.participants) >= 2 and not t.other_party
                 and compatible_dates(t.date, d.date)]  # (not last year's: "... надежду, что договор будет подписан")
        if talks:
            t = max(talks, key=lambda t: t.sentence)
            for pid in t.participants:
                d.add(pid, t.names.get(pid, pid), "signatory", pid in t.registry_ids)
            d.leaders |= t.leaders


def signed_where_the_talks_were(drafts: list[Draft]) -> None:
    """"переговоры в Пекине ... По итогам переговоров подписано более 20 документов": a signing after talks
    is where those talks were, not where the visit they are part of began ("визит, который начался в
    Тяньцзине") and not nowhere."""
    for d in drafts:
        if d.dropped or d.type != "signing" or not d.after_talks:
            continue
        talks = [t for t in drafts if not t.dropped and t.type == "meeting" and t.place is not None
                 and 0 <= d.sentence - t.sentence <= TALKS_FRAMED_WINDOW and len(t.participants) >= 2
                 and set(d.participants) <= set(t.participants) and t.status == d.status]
        framed = d.part_of is not None and d.place is drafts[d.part_of].place
        if talks and (d.place is None or framed):
            d.place = max(talks, key=lambda t: t.sentence).place


def ceremony_of_the_signing(drafts: list[Draft]) -> None:
    """"Токаев и Путин подписали Декларацию ... Церемония подписания прошла в Кремле": a signing ceremony with
    no document of its own, told right after a signing, is that signing told again: it gives it the place and
    day it names, and is no event of its own."""
    for d in drafts:
        if d.type != "signing" or not d.refers_back or d.dropped:
            continue
        told = [g for g in drafts if g.type == "signing" and not g.dropped and not g.refers_back and g.participants
                and g.status == d.status and 0 < d.sentence - g.sentence <= CEREMONY_WINDOW]
        if told:
            g = max(told, key=lambda g: g.sentence)
            g.place = g.place or d.place
            g.date = g.date or d.date
        d.dropped = True
