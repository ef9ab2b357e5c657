"""The people in a story: a leader as the templates name and title them."""

from __future__ import annotations

import random
from dataclasses import dataclass

from bench.cast import HEAD_OF_STATE_ROLES, Leader
from bench.corpus.declension import (
    decline_common,
    decline_person,
    decline_place,
    is_female,
)
from extract.registry import Person, Place, Registry

GOVERNMENT_ROLES = ("prime_minister", "chancellor")
_TITLE_HEADS = {
    "president": ("президент", "президент", "глава", "лидер"),
    "chairman": ("председатель",),
    "king": ("король",),
    "prime_minister": ("премьер-министр", "премьер-министр", "глава правительства"),
    "chancellor": ("канцлер",),
}
# Roles the extractor resolves from an adjective title ("казахстанский лидер", "российский премьер").
_ADJECTIVE_HEADS = {"president": ("лидер", "президент"), "chairman": ("лидер",),
                    "prime_minister": ("премьер",)}
# Country names a title takes instead of the plain one ("председатель КНР").
_TITLE_COUNTRY = {"CN": "КНР"}


@dataclass(frozen=True)
class Actor:
    """A leader as the templates write about them: name forms, titles, gender."""

    leader: Leader
    country: Place
    registry: Registry
    surname_ok: bool  # the surname alone names this person unambiguously on the day

    @property
    def id(self) -> str:
        return self.leader.id

    @property
    def person(self) -> Person:
        return self.leader.person

    @property
    def female(self) -> bool:
        return is_female(self.person)

    @property
    def head_of_state(self) -> bool:
        return self.leader.role in HEAD_OF_STATE_ROLES

    def v(self, masc: str, fem: str) -> str:
        """The verb form agreeing with the actor: v("прибыл", "прибыла")."""
        return fem if self.female else masc

    def name(self, case: str) -> str:
        return decline_person(self.person, case)

    def surname(self, case: str) -> str:
        return decline_person(self.person, case, surname_only=True) if self.surname_ok else self.name(case)

    def titles(self) -> list[str]:
        """Title phrases (nominative) that name this actor alone on the day, for the extractor too."""
        heads = _TITLE_HEADS.get(self.leader.role, ())
        if self.leader.role == "monarch" and self.country.id == "QA":
            heads = ("эмир",)
        country = _TITLE_COUNTRY.get(self.country.id) or decline_place(self.country.name.ru or "", "gen")
        out = [f"{head} {country}" for head in heads]
        adjective = next(iter(self.country.adjectives.ru), None)
        if adjective and adjective.endswith(("ский", "кий")) and self.country.id not in ("VA",):
            out.extend(f"{adjective} {head}" for head in _ADJECTIVE_HEADS.get(self.leader.role, ()))
        return out

    def title(self, rng: random.Random, case: str) -> str:
        options = self.titles()
        if not options:
            return self.name(case)
        return decline_title(rng.choice(options), case)

    def titled(self, rng: random.Random, case: str) -> str:
        """Title and full name: "президента Узбекистана Шавката Мирзиёева"."""
        options = [t for t in self.titles() if " " in t and not t.split()[0].endswith(("ский", "кий"))]
        if not options:
            return self.name(case)
        return f"{decline_title(rng.choice(options), case)} {self.name(case)}"

    def first(self, rng: random.Random, case: str) -> str:
        """How an article first names the actor: mostly title and name, sometimes the name alone."""
        return self.titled(rng, case) if rng.random() < 0.7 else self.name(case)

    def again(self, rng: random.Random, case: str, *, title: bool = True) -> str:
        """A later mention: the surname, a title, or the full name.

        ``title=False`` keeps to names: a bare title right before "и <name>" ("российский президент и
        Токаев") reads to the extractor as the title of the name that follows.
        """
        roll = rng.random()
        if roll < 0.55 and self.surname_ok:
            return self.surname(case)
        if roll < 0.8 and self.titles() and title:
            return self.title(rng, case)
        return self.name(case)


def decline_title(title: str, case: str) -> str:
    """"президент Казахстана" → "президентом Казахстана": the words up to the country decline."""
    words = title.split()
    out = []
    for k, word in enumerate(words):
        lower = word[:1].islower()
        declinable = lower and (k == 0 or words[k - 1].endswith(("ский", "кий")) or word.endswith(("ский", "кий")))
        if word == "правительства":
            declinable = False
        out.append(decline_common(word, case) if declinable else word)
    return " ".join(out)
