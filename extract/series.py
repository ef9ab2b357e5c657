"""Talks told together that were held one by one: "провёл двусторонние встречи с Си Цзиньпином, Моди и
Пезешкианом", "провёл телефонные разговоры с A и B", "Путина по телефону поздравили A, B и C" are talks of
one side with each of the others, not one talk of all; and the sides a plural names ("лидеры России и
Казахстана")."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from extract.context import Context
from extract.drafts import Draft
from extract.gazetteer import Gazetteer
from extract.kazakh import name_case
from extract.mentions import PersonMention, PlaceMention, SentenceMentions
from extract.text import Token


NAMED = ("Nom", None)  # cases of a subject (Kazakh names are often read without one)
PAIR_WORDS = ("сторон", "тарап")  # "Стороны", "Тараптар": the two sides of talks
COUNTRY_GAP = 3  # tokens from a plural of leaders to the next country it names ("лидеры России и Казахстана")


def one_by_one(draft: Draft, hub: str | None) -> list[Draft]:
    """The talks of ``hub`` with each other side; the draft as it is when there are not two others."""
    others = [pid for pid in draft.participants if pid != hub]
    if hub not in draft.participants or len(others) < 2:
        return [draft]
    out = []
    for pid in others:
        keep = {hub, pid}
        out.append(replace(draft, participants={k: v for k, v in draft.participants.items() if k in keep},
                           names={k: v for k, v in draft.names.items() if k in keep},
                           registry_ids=draft.registry_ids & keep, leaders=draft.leaders & keep))
    return out


STOP_JOINERS = frozenset({"и", ",", "мен", "пен", "бен", "және"})


def stops_of_the_trip(draft: Draft, places: list[PlaceMention], tokens: tuple[Token, ...], gaz: Gazetteer,
                      at: date | None) -> list[Draft]:
    """"визит в Германию и Францию", "Германия мен Францияға сапары": a trip to each of the countries joined
    with the one the visit was placed in, each hosted by its own head (none named: none invented)."""
    dest = draft.place
    if draft.type != "visit" or dest is None or not dest.from_registry or dest.kind != "country":
        return [draft]
    joined, k = [], dest.last
    while True:  # after it: "в Германию и Францию"
        nxt = next((p for p in places if p.first == k + 2 and tokens[k + 1].text.lower() in STOP_JOINERS), None)
        if nxt is None:
            break
        joined.append(nxt)
        k = nxt.last
    k = dest.first
    while True:  # before it, as Kazakh puts the case on the last only: "Германия мен Францияға"
        prev = next((p for p in places if p.last == k - 2 and tokens[k - 1].text.lower() in STOP_JOINERS), None)
        if prev is None:
            break
        joined.append(prev)
        k = prev.first
    joined = [p for p in joined if p.from_registry and p.kind == "country" and p.place != dest.place]
    if not joined:
        return [draft]
    guests = {pid for pid, role in draft.participants.items() if role != "host"}
    out = [draft]
    for place in joined:
        keep = {pid: role for pid, role in draft.participants.items() if pid in guests}
        stop = replace(draft, place=place, participants=keep, names={p: draft.names[p] for p in keep},
                       registry_ids=draft.registry_ids & set(keep), leaders=draft.leaders & set(keep))
        head = gaz.head_of(place.place, at)
        if head is not None and head.id not in keep:
            stop.add(head.id, head.name.ru or head.id, "host", True)
        out.append(stop)
    return out


def mention_case(p: PersonMention, tokens: tuple[Token, ...]) -> str | None:
    """The mention's case; for a Kazakh name, which the tagger leaves without one, its ending's."""
    return p.case or {"dat": "Dat", "acc": "Acc", "ins": "Ins", "gen": "Gen"}.get(name_case(tokens[p.last].text, p.name))


def called_by_each(draft: Draft, persons: list[PersonMention], tokens: tuple[Token, ...], lo: int,
                   hi: int) -> str | None:
    """"Путина по телефону поздравили президент Узбекистана ..., Таджикистана ... и Киргизии ...",
    "Тоқаевқа Рахмон және Жапаров телефон шалды": several callers in the nominative and one side called, in
    another case: each caller's call with that side. None for any other shape ("Путин провёл разговор с
    Макроном и Меркель" stays as the sentence tells it)."""
    if draft.type != "phone_call" or len(draft.participants) < 3:
        return None
    inside = [p for p in persons if p.person in draft.participants and lo <= p.first <= hi and not p.speaker_only]
    callers = {p.person for p in inside if mention_case(p, tokens) in NAMED}
    called = {p.person for p in inside if mention_case(p, tokens) not in NAMED}
    if len(called) != 1 or len(callers) < 2 or called & callers:
        return None
    return next(iter(called))


def named_with(plural: PersonMention | None, countries: list[PlaceMention]) -> list[str]:
    """The countries whose leaders a plural names: the run of countries right after it ("лидеры России и
    Казахстана") or right before it ("Қазақстан мен Өзбекстан басшылары"), not any the sentence names
    ("Стороны обсудили подготовку к визиту Президента Турции в Казахстан"). Every country when the plural
    is not located."""
    ordered = sorted(countries, key=lambda p: p.first)
    if plural is None:
        chain = ordered
    else:
        chain, edge = [], plural.last
        for place in ordered:  # after it
            if 0 < place.first - edge <= COUNTRY_GAP:
                chain.append(place)
                edge = place.last
        edge = plural.first
        for place in reversed(ordered):  # before it
            if 0 < edge - place.last <= COUNTRY_GAP:
                chain.insert(0, place)
                edge = place.first
    out: list[str] = []
    for place in chain:
        if place.place not in out:
            out.append(place.place)
    return out


def sides_of_the_plural(m: SentenceMentions, ctx: Context, gaz: Gazetteer,
                        at: date | None) -> list[tuple[str, str, bool]]:
    """"главы государств", "екі ел басшылары": the heads of the countries named, else (for "три лидера", "үш
    көшбасшы") the last so many people named, else the gathering's, the talks' or the visit's sides (on `at`,
    the day the text is of), else the last two people named."""
    plural = next((p for p in m.persons if p.via == "plural"), None)
    countries = named_with(plural, [p for p in m.places if p.kind == "country" and p.from_registry])
    if len(countries) >= 2:
        # "лидеры России, Германии, Франции и Украины": every country listed, each by who leads it
        heads = [gaz.leader_of(c, at) for c in countries]
        # (a country whose leader is not known keeps the others to those named: never the sides of other talks)
        return [(h.id, h.name.ru or h.id, True) for h in heads if h is not None]
    if plural is not None and plural.count:
        # "встречи с Алиевым и Пашиняном, а затем три лидера провели переговоры": the last three named
        named = [(pid, name) for pid, name in ctx.recent] + [
            (p.person, p.name) for p in m.persons if p.person and p.first < plural.first and not p.speaker_only
            and p.via in ("name", "title")]
        last = list({pid: (pid, name) for pid, name in reversed(named)}.values())[:plural.count]
        if len(last) == plural.count:
            return [(pid, name, True) for pid, name in reversed(last)]
    # "лидеры двух стран встречались в мае, когда Си Цзиньпин находился в Москве": a leader the sentence names as
    # a subject of his own is one of the sides, so talks told before without him are not the ones meant
    subjects = {p.person: p for p in m.persons if p.person and p.case in ("Nom", None) and p.via == "name"
                and not p.speaker_only and p is not plural}
    if subjects and not any(told is not None and len(told.participants) >= 2 and set(subjects) <= set(told.participants)
                            for told in (ctx.gathering, ctx.talks, ctx.visit)):
        return []  # (the other side is not told: none is guessed)
    if ctx.gathering is not None and (ctx.gathering.type in ctx.gathering_named or ctx.gathering.refers_back
                                      and ctx.gathering_named) and len(ctx.gathering.participants) >= 2:
        # "По итогам саммита лидеры подписали декларацию": the leaders of the summit (or of the sitting told
        # as joined, "Сессияға X, Y қатысты", whose kind the discourse settles later)
        return [(pid, ctx.gathering.names.get(pid, pid), pid in ctx.gathering.registry_ids)
                for pid in ctx.gathering.participants]
    if ctx.pair and plural is not None and plural.via == "plural" and not plural.count:
        return list(ctx.pair)  # "История контактов Путина и Трампа ... Впервые президенты встретились в 2017 году"
    # "встретился с Моди. Стороны обсудили ...": the sides of the talks just told, before the visit's
    sides_words = plural is not None and plural.name.lower().startswith(PAIR_WORDS)
    for told in (ctx.talks, ctx.visit):
        # ("Стороны" are all the sides of talks of three; "лидеры двух стран" never are)
        if told is not None and (len(told.participants) == 2 or len(told.participants) > 2 and sides_words):
            return [(pid, told.names.get(pid, pid), pid in told.registry_ids) for pid in told.participants]
    recent = ctx.recent[-2:]
    if ctx.gathering is not None and len(ctx.gathering.participants) > 2 \
            and all(pid in ctx.gathering.participants for pid, _ in recent):
        return []  # "В саммите приняли участие A, B и C. Лидеры обсудили ...": the gathering, not two of them
    if ctx.gathering is not None and len(ctx.gathering.participants) > 2 and plural is not None \
            and not plural.count and plural.last - plural.first < 2 \
            and not plural.name.lower().startswith(PAIR_WORDS):  # (not "екі ел басшылары", "Стороны", "Тараптар")
        # "Саммитке A, B, C қатысты. ... Мемлекет басшылары шешімге қол қойды": the heads at that summit, not
        # the last two people named
        return [(pid, ctx.gathering.names.get(pid, pid), pid in ctx.gathering.registry_ids)
                for pid in ctx.gathering.participants]
    return [(pid, name, True) for pid, name in recent] if len(recent) >= 2 else []
