"""Stories: an article's events written as a lead and paragraphs (a visit, talks, phone calls, a gathering).

Every random choice comes from the article's own generator, so an article depends only on its seed
and index.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from bench.cast import HEAD_OF_STATE_ROLES, Cast, Leader
from bench.corpus.dates import When, make_when, weighted
from bench.corpus.people import GOVERNMENT_ROLES, Actor, decline_title
from bench.corpus.records import PlannedEvent
from bench.corpus.templates import (
    DOCUMENTS,
    GATHERINGS,
    KINDS,
    PALACES,
    TOPICS,
    cap,
    in_place,
    of_place,
    to_place,
    verb,
)
from extract.registry import Person, Place, Registry


def _surname_stem(person: Person) -> str:
    return (person.surname.ru or "").removesuffix("а")  # "Алиева": Алиев's genitive, Алиева's nominative


def _surname_index(registry: Registry) -> dict[str, list[Person]]:
    index: dict[str, list[Person]] = {}
    for person in registry.persons:
        index.setdefault(_surname_stem(person), []).append(person)
    return index


def _surname_ok(index: dict[str, list[Person]], person: Person, at: date) -> bool:
    """The bare surname names the person when no one else in office that day shares it and it is
    neither too short, nor several words, nor lowercase."""
    surname = person.surname.ru or ""
    if len(surname) <= 3 or " " in surname or surname == person.name.ru or not surname[:1].isupper():
        return False  # "Си", "Аль Сауд", "Ли Чжэ Мён", "ас-Сиси": news writes these in full
    return not any(o.id != person.id and o.offices_at(at) for o in index.get(_surname_stem(person), ()))


@dataclass
class Draft:
    """An article while it is being written."""

    title: str = ""
    lead: list[str] = field(default_factory=list)          # sentences of the first paragraph
    body: list[list[str]] = field(default_factory=list)    # further paragraphs with events
    events: list[PlannedEvent] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    place: Place | None = None                             # where the story happens, for the dateline


class Writer:
    """Writes one article; every random choice comes from the article's own generator."""

    def __init__(self, cast: Cast, rng: random.Random, published: date):
        self.cast = cast
        self.registry = cast.registry
        self.surnames = _surname_index(cast.registry)
        self.rng = rng
        self.published = published
        self.dateline = False
        self.draft = Draft()
        self.subject_named = False  # the lead's last event sentence has the protagonist as its subject

    # ------------------------------------------------------------------ people and places
    def actor(self, leader: Leader, at: date) -> Actor:
        person = leader.person
        actor = Actor(leader, self.registry.place(leader.country), self.registry,
                      _surname_ok(self.surnames, person, at) and _surname_ok(self.surnames, person, self.published))
        if all(a.id != actor.id for a in self.draft.actors):
            self.draft.actors.append(actor)
        return actor

    def _absent(self, day: date) -> frozenset[str]:
        """Leaders in office on the publication day but not on the event's day."""
        now = {leader.id for leader in self.cast.in_office(self.published)}
        then = {leader.id for leader in self.cast.in_office(day)}
        return frozenset(sorted(now - then))

    def _outside(self, members: Sequence[str]) -> frozenset[str]:
        """Leaders in office whose country is not one of ``members`` (nobody when members is empty)."""
        if not members:
            return frozenset()
        return frozenset(sorted(leader.id for leader in self.cast.in_office(self.published)
                                if leader.country not in members))

    def protagonist(self, day: date, members: Sequence[str] = ()) -> Actor | None:
        picked = self.cast.pick(self.rng, self.published, 1, exclude=self._absent(day) | self._outside(members))
        return self.actor(picked[0], day) if picked else None

    def counterpart(self, day: date, *others: Actor, heads_only: bool = False,
                    members: Sequence[str] = ()) -> Actor | None:
        """Another leader, from a country none of ``others`` serves."""
        countries = {o.country.id for o in others}
        exclude = {leader.id for leader in self.cast.in_office(self.published)
                   if leader.country in countries or (heads_only and leader.role not in HEAD_OF_STATE_ROLES)}
        if "RU" in countries and day >= date(2022, 2, 24) or "UA" in countries and day >= date(2014, 3, 1):
            exclude |= {leader.id for leader in self.cast.in_office(self.published)
                        if leader.country in ("RU", "UA")}
        exclude |= self._absent(day) | self._outside(members)
        picked = self.cast.pick(self.rng, self.published, 1, exclude=frozenset(sorted(exclude)))
        return self.actor(picked[0], day) if picked else None

    def city_of(self, country: Place, at: date, capital_share: float = 0.8) -> Place | None:
        cities = [p for p in self.registry.cities() if p.country == country.id]
        if not cities:
            return None
        capitals = [p for p in cities if p.capital]
        if capitals and (self.rng.random() < capital_share or len(cities) == 1):
            return capitals[0]
        return self.rng.choice(cities)

    # ------------------------------------------------------------------ events
    def plan(self, etype: str, actors: Sequence[Actor], place: Place | None, when: When | None) -> None:
        self.draft.events.append(PlannedEvent(
            type=etype, participants=tuple(a.id for a in actors), place=place.id if place else None,
            start=when.start if when else None, precision=when.precision if when and when.start else None))

    def choose(self, options: Sequence[str]) -> str:
        return cap(self.rng.choice(list(options)))

    def topics(self, k: int = 2) -> str:
        chosen = self.rng.sample(TOPICS, k)
        return ", а также ".join(chosen) if k == 2 and self.rng.random() < 0.3 else " и ".join(chosen)

    def short(self, actor: Actor, case: str = "nom") -> str:
        """The headline form: the surname, or a title when the surname is ambiguous."""
        if actor.surname_ok:
            return actor.surname(case)
        titles = [t for t in actor.titles() if " " in t]
        return decline_title(titles[0], case) if titles else actor.name(case)

    # ------------------------------------------------------------------ visit: guest, host, talks, documents
    def visit_story(self, n_events: int) -> bool:
        rng = self.rng
        future = rng.random() < 0.25
        when = make_when(rng, self.published, future=future, dateline=self.dateline, span=True)
        day, at = when.day, self.published
        guest = self.protagonist(day)
        host = self.counterpart(day, guest, heads_only=True) if guest else None
        if guest is None or host is None:
            return False
        country = host.country
        city = self.city_of(country, day)
        dest = city or country
        kind = weighted(rng, (("state", 0.35), ("official", 0.35), ("working", 0.3)))
        kind_nom, kind_ins = KINDS[kind]
        if when.two_days:
            kind_ins = f"двухдневным {kind_ins}"
        d = self.draft
        d.place = dest
        w = when.text
        g1, g1_gen = guest.first(rng, "nom"), guest.first(rng, "gen")
        if future:
            lead = self.choose([
                f"{w} {g1} {verb('visit', guest, True)} {of_place(country, at, 'acc')} с {kind_ins} визитом, "
                f"сообщает пресс-служба {'главы' if guest.head_of_state else 'правительства'} "
                f"{of_place(guest.country, at, 'gen')}.",
                f"{g1} {w} {verb('make', guest, True)} {kind_nom} визит {to_place(country, at)}.",
                f"По приглашению {host.titled(rng, 'gen')} {g1} {w} {verb('arrive', guest, True)} "
                f"с {kind_ins} визитом {to_place(dest, at)}.",
            ])
            title = self.choose([
                f"{self.short(guest)} {verb('visit', guest, True)} {of_place(country, at, 'acc')} с {kind_ins} визитом",
                f"{self.short(guest)} {verb('make', guest, True)} {kind_nom} визит {to_place(country, at)}",
            ])
        else:
            lead = self.choose([
                f"{w} {g1} {verb('arrive', guest, False)} с {kind_ins} визитом {to_place(dest, at)}.",
                f"{g1} {w} {verb('fly', guest, False)} {to_place(dest, at)} с {kind_ins} визитом.",
                f"По приглашению {host.titled(rng, 'gen')} {g1} {w} {verb('arrive', guest, False)} "
                f"с {kind_ins} визитом {to_place(dest, at)}.",
                f"{w} {verb('start_m', None, False)} {kind_nom} визит {g1_gen} {to_place(country, at)}.",
                f"{g1} {w} {guest.v('отправился', 'отправилась')} {to_place(dest, at)} с {kind_ins} визитом.",
                f"{g1} {w} {verb('arrive', guest, False)} {to_place(dest, at)} с {kind_ins} визитом "
                f"по приглашению {host.first(rng, 'gen')}.",
                f"{w} {g1} {verb('arrive', guest, False)} {to_place(dest, at)}, где {'ее' if guest.female else 'его'} "
                f"{host.v('встретил', 'встретила')} {host.first(rng, 'nom')}.",
            ] + ([f"{w} {verb('end_m', None, False)} {kind_nom} визит {g1_gen} {to_place(country, at)}."]
                 if when.start is None else []))
            title = self.choose([
                f"{self.short(guest)} {verb('arrive', guest, False)} с {kind_ins} визитом {to_place(dest, at)}",
                f"{self.short(guest)} {verb('fly', guest, False)} {to_place(dest, at)}",
                f"Начался {kind_nom} визит {self.short(guest, 'gen')} {to_place(country, at)}",
            ])
        d.title = title
        d.lead.append(lead)
        self.plan("visit", (guest, host), dest, when)
        if city is not None and rng.random() < 0.6:
            pm = next((p for p in self.registry.persons if p.id != host.id and any(
                o.role in GOVERNMENT_ROLES and o.of == country.id for o in p.offices_at(day))), None)
            if future:
                d.lead.append(cap(f"Программа пребывания {in_place(city, at)} включает ряд двусторонних "
                                   f"мероприятий и посещение промышленных предприятий."))
            elif pm is not None and rng.random() < 0.6:
                pm_leader = Leader(pm, "prime_minister", country.id, 0.0)
                pm_actor = Actor(pm_leader, country, self.registry, False)
                d.lead.append(cap(f"В аэропорту {of_place(city, at, 'gen')} {guest.again(rng, 'acc')} "
                                   f"{pm_actor.v('встретил', 'встретила')} {pm_actor.titled(rng, 'nom')}."))
            else:
                d.lead.append(cap(f"В аэропорту {of_place(city, at, 'gen')} высокого гостя встретили "
                                   f"официальные лица."))
        extras = {1: [], 2: [rng.choice(("meeting", "meeting", "signing"))], 3: ["meeting", "signing"]}[n_events]
        if "VA" in (guest.country.id, host.country.id):
            extras = [e for e in extras if e != "signing"]
        paragraph: list[str] = []
        if "meeting" in extras:
            palace = PALACES.get(country.id, "") if city is not None and city.capital and rng.random() < 0.3 else ""
            g2, h2 = guest.again(rng, "gen", title=False), host.again(rng, "gen")
            paragraph.append(self.choose([
                f"{palace} {verb('happen_m', None, future, plural=True)} переговоры {g2} и {h2} "
                f"в узком и расширенном составах.",
                f"{host.again(rng, 'nom', title=False)} и {guest.again(rng, 'nom')} "
                f"{verb('hold', None, future, plural=True)} "
                f"переговоры {palace}.",
                f"{guest.again(rng, 'nom')} {verb('meet', guest, future)} с {host.again(rng, 'ins')} {palace}.",
                f"{host.again(rng, 'nom')} {verb('hold', host, future)} переговоры с {guest.again(rng, 'ins')} "
                f"в формате тет-а-тет, после чего {'продолжатся' if future else 'продолжились'} переговоры "
                f"в расширенном составе.",
            ] + ([f"Лидеры двух стран {verb('hold', None, future, plural=True)} переговоры в узком формате, "
                  f"затем к ним присоединились члены делегаций."] if not future else [])))
            self.plan("meeting", (guest, host), city, when)
            paragraph.append(cap(f"В ходе переговоров стороны {verb('discuss', None, future, plural=True)} "
                                  f"{self.topics()}."))
        if "signing" in extras:
            doc_acc, doc_nom = rng.choice(DOCUMENTS)
            options = [
                f"По итогам переговоров {guest.again(rng, 'nom', title=False)} и {host.again(rng, 'nom')} "
                f"{verb('sign', None, future, plural=True)} {doc_acc}.",
                f"{host.again(rng, 'nom', title=False)} и {guest.again(rng, 'nom')} "
                f"{verb('sign', None, future, plural=True)} "
                f"{doc_acc}, а также ряд межправительственных соглашений.",
            ]
            if not future:
                options.append(f"В присутствии {guest.again(rng, 'gen', title=False)} и {host.again(rng, 'gen')} "
                               f"был подписан {doc_nom}.")
            if guest.head_of_state and host.head_of_state:
                both_presidents = guest.leader.role == host.leader.role == "president"
                options.append(f"{rng.choice(('Главы государств', 'Президенты' if both_presidents else 'Лидеры'))} "
                               f"{verb('sign', None, future, plural=True)} {doc_acc}.")
            paragraph.append(self.choose(options))
            self.plan("signing", (guest, host), city, when)
        if paragraph:
            d.body.append(paragraph)
        return True

    # ------------------------------------------------------------------ talks
    def meeting_story(self, n_events: int) -> bool:
        rng = self.rng
        future = rng.random() < 0.2
        when = make_when(rng, self.published, future=future, dateline=self.dateline)
        day, at = when.day, self.published
        a = self.protagonist(day)
        b = self.counterpart(day, a) if a else None
        if a is None or b is None:
            return False
        country = rng.choice((a.country, b.country))
        city = self.city_of(country, day, capital_share=0.7)
        d = self.draft
        d.place = city or country
        w = when.text
        where = in_place(city, at) if city else ""
        a1, b1 = a.first(rng, "nom"), b.first(rng, "ins")
        options = [
            f"{w} {where} {a1} {verb('hold', a, future)} переговоры с {b1}.",
            f"{w} {a1} {verb('meet', a, future)} с {b1} {where}.",
            f"{w} {where} {verb('happen_f', None, future)} встреча {a.first(rng, 'gen')} и {b.first(rng, 'gen')}.",
            f"{a1} и {b.first(rng, 'nom')} {w} {verb('hold', None, future, plural=True)} переговоры {where}.",
        ]
        if not future:
            options.append(f"{w} {where} {verb('happen_m', None, False, plural=True)} переговоры "
                           f"{a.first(rng, 'gen')} с {b1}.")
            if city is not None:
                options.append(f"Переговоры между {a.first(rng, 'ins')} и {b1} {w} прошли {where}.")
        if rng.random() < 0.12:
            city = None
            where = ""
            d.place = a.country
            options = [f"{w} {a1} и {b.first(rng, 'nom')} {verb('hold', None, future, plural=True)} переговоры "
                       f"в режиме видеоконференции.",
                       f"{w} {a1} {verb('hold', a, future)} переговоры с {b1} по видеосвязи."]
        d.lead.append(self.choose(options))
        d.title = self.choose([
            f"{self.short(a)} и {self.short(b)} {verb('hold', None, future, plural=True)} переговоры {where}",
            f"{self.short(a)} {verb('meet', a, future)} с {self.short(b, 'ins')}",
        ])
        self.plan("meeting", (a, b), city, when)
        d.lead.append(cap(f"Стороны {verb('discuss', None, future, plural=True)} {self.topics()}."))
        extras = {1: [], 2: [rng.choice(("signing", "phone_call"))], 3: ["signing", "phone_call"]}[n_events]
        if "signing" in extras:
            doc_acc, _ = rng.choice(DOCUMENTS)
            d.lead.append(self.choose([
                f"По итогам встречи {a.again(rng, 'nom', title=False)} и {b.again(rng, 'nom')} "
                f"{verb('sign', None, future, plural=True)} {doc_acc}.",
                f"{b.again(rng, 'nom', title=False)} и {a.again(rng, 'nom')} также "
                f"{verb('sign', None, future, plural=True)} "
                f"{doc_acc}.",
            ]))
            self.plan("signing", (a, b), city, when)
        if "phone_call" in extras:
            c = self.counterpart(day, a, b)
            if c is not None:
                self.phone_sentence(a, c, None, also=True)
        return True

    # ------------------------------------------------------------------ phone calls
    def phone_sentence(self, a: Actor, b: Actor, when: When | None, *, also: bool = False) -> None:
        rng = self.rng
        w = when.text if when else ""
        if also:
            sentence = self.choose([
                f"Также {a.again(rng, 'nom')} {verb('hold', a, False)} телефонный разговор с {b.first(rng, 'ins')}.",
                f"Кроме того, {a.again(rng, 'nom')} {verb('talk', a, False)} по телефону с {b.first(rng, 'ins')}.",
            ])
            self.draft.body.append([sentence, cap(f"Собеседники {verb('consider', None, False)} "
                                                   f"{self.topics(1)}.")])
        else:
            a1, b1 = a.first(rng, "nom"), b.first(rng, "ins")
            with_subject = [  # the caller's "Он также ..." may refer back to these
                f"{w} {a1} {verb('hold', a, False)} телефонный разговор с {b1}.",
                f"{a1} {w} {verb('talk', a, False)} по телефону с {b1}.",
                f"{w} {a1} {verb('hold', a, False)} телефонные переговоры с {b1}.",
            ]
            without = [
                f"{w} {verb('happen_m', None, False)} телефонный разговор между {a.first(rng, 'ins')} и {b1}.",
                f"{a1} и {b.first(rng, 'nom')} {w} {verb('discuss', None, False, plural=True)} по телефону "
                f"{self.topics(1)}.",
                f"{w} по инициативе {rng.choice(('казахстанской', 'российской', 'узбекской', 'турецкой'))} "
                f"стороны {verb('happen_m', None, False)} телефонный разговор {a.first(rng, 'gen')} и "
                f"{b.first(rng, 'gen')}.",
            ]
            sentence = self.choose(with_subject + without)
            self.subject_named = any(cap(o) == sentence for o in with_subject)
            self.draft.lead.append(sentence)
        self.plan("phone_call", (a, b), None, when)

    def phone_story(self, n_events: int) -> bool:
        rng = self.rng
        when = make_when(rng, self.published, future=False, dateline=self.dateline)
        day = when.day
        a = self.protagonist(day)
        b = self.counterpart(day, a) if a else None
        if a is None or b is None:
            return False
        d = self.draft
        d.place = a.country
        d.title = self.choose([
            f"{self.short(a)} и {self.short(b)} провели телефонный разговор",
            f"{self.short(a)} {verb('talk', a, False)} по телефону с {self.short(b, 'ins')}",
            f"{self.short(a)} и {self.short(b)} обсудили по телефону двустороннее сотрудничество",
        ])
        self.phone_sentence(a, b, when)
        d.lead.append(self.choose([
            f"Собеседники {verb('consider', None, False)} {self.topics()}.",
            f"{a.again(rng, 'nom')} {verb('greet', a, False)} {b.again(rng, 'acc')} с национальным праздником "
            f"и пожелал{'а' if a.female else ''} народу {of_place(b.country, self.published, 'gen')} "
            f"мира и благополучия.",
        ]))
        partners = [b]
        for _ in range(n_events - 1):
            c = self.counterpart(day, a, *partners)
            if c is None:
                break
            partners.append(c)
            if len(partners) == 2 and self.subject_named and rng.random() < 0.5:
                # "Он": the subject of the paragraph so far, as agency copy refers back
                d.lead.append(cap(f"{'Она' if a.female else 'Он'} также {verb('hold', a, False)} телефонный "
                                   f"разговор с {c.first(rng, 'ins')}."))
                self.plan("phone_call", (a, c), None, None)
            else:
                self.phone_sentence(a, c, None, also=True)
        return True

    # ------------------------------------------------------------------ summits and forums
    def gathering_story(self, n_events: int, kind: str) -> bool:
        rng = self.rng
        future = rng.random() < 0.15
        when = make_when(rng, self.published, future=future, dateline=self.dateline)
        day, at = when.day, self.published
        gathering = rng.choice([g for g in GATHERINGS if g.type == kind])
        city = self.registry.place(rng.choice(gathering.cities))
        members = gathering.members
        a = self.protagonist(day, members)
        if a is None:
            return False
        d = self.draft
        d.place = city
        w = when.text
        a1 = a.first(rng, "nom")
        loc, gen, nom = gathering.form("loc"), gathering.form("gen"), gathering.form("nom")
        others: list[Actor] = []
        if kind == "summit":
            options = [
                f"{w} {a1} {verb('take', a, future)} участие в {loc} {in_place(city, at)}.",
                f"{a1} {w} {verb('speak', a, future)} на {loc} {in_place(city, at)}.",
            ]
            if not future:
                options.append(f"{w} {in_place(city, at)} {verb('pass_m', None, False)} {nom}, "
                               f"в котором {verb('take', a, False)} участие {a1}.")
                took = ("принимает" if w in ("", "сегодня") else verb("take", a, False))
                options.append(f"{w} {in_place(city, at)} стартовал {nom}, в работе которого {took} участие {a1}.")
            if rng.random() < 0.35:
                b = self.counterpart(day, a, members=members)
                if b is not None:
                    others.append(b)
                    options = [f"{w} {a1} и {b.first(rng, 'nom')} {verb('take', None, future, plural=True)} "
                               f"участие в {loc} {in_place(city, at)}."]
            d.title = self.choose([f"{self.short(a)} {verb('take', a, future)} участие в {loc}",
                                   f"{in_place(city, at)} {verb('pass_m', None, future)} {nom}"])
        else:
            options = [
                f"{w} {a1} {verb('speak', a, future)} на пленарном заседании {gen} {in_place(city, at)}.",
                f"{a1} {w} {verb('take', a, future)} участие в {loc} {in_place(city, at)}.",
            ]
            d.title = self.choose([f"{self.short(a)} {verb('speak', a, future)} на {loc}",
                                   f"{self.short(a)} {verb('take', a, future)} участие в {loc}"])
        d.lead.append(self.choose(options))
        self.plan(kind, (a, *others), city, when)
        word = "саммита" if kind == "summit" else "форума"
        partners: list[Actor] = []
        for _ in range(n_events - 1):
            b = self.counterpart(day, a, *others, *partners, members=members)
            if b is None:
                break
            partners.append(b)
        if len(partners) == 1:
            b = partners[0]
            d.body.append([self.choose([
                f"На полях {word} {a.again(rng, 'nom')} {verb('hold', a, future)} двустороннюю встречу "
                f"с {b.first(rng, 'ins')}.",
                f"{a.again(rng, 'nom')} также {verb('meet', a, future)} с {b.first(rng, 'ins')} на полях {word}.",
            ]), cap(f"Стороны {verb('discuss', None, future, plural=True)} {self.topics()}.")])
        elif len(partners) == 2:
            b, c = partners
            d.body.append([cap(f"На полях {word} {a.again(rng, 'nom')} {verb('meet', a, future)} "
                                f"с {b.first(rng, 'ins')} и {c.first(rng, 'ins')}.")])
        for b in partners:
            self.plan("meeting", (a, b), city, when)
        return True
