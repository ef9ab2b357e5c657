"""Who the synthetic news is about: the registry's leaders, weighted so a few of them dominate.

Real coverage is skewed: in Kazakh and Russian news a handful of presidents appear in most
articles and everyone else rarely. Heads of state come before heads of
government, each in registry order (which lists the region's leaders first), and weighted by a Zipf law over that rank.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
from functools import cached_property

from extract.registry import Person, Registry, default_registry

HEAD_OF_STATE_ROLES = ("president", "king", "monarch", "chairman")
LEADER_ROLES = (*HEAD_OF_STATE_ROLES, "chancellor", "prime_minister")
ZIPF_EXPONENT = 1.1


@dataclass(frozen=True)
class Leader:
    person: Person
    role: str
    country: str  # the registry id of the country the office is of
    weight: float

    @property
    def id(self) -> str:
        return self.person.id


class Cast:
    """The leaders synthetic articles may mention, by date, with Zipf weights."""

    def __init__(self, registry: Registry | None = None, exponent: float = ZIPF_EXPONENT):
        self.registry = registry or default_registry()
        self.exponent = exponent
        self._in_office_cache: dict[date, tuple[Leader, ...]] = {}

    @cached_property
    def _ranked(self) -> list[tuple[Person, float]]:
        def tier(person: Person) -> int:
            return 0 if any(o.role in HEAD_OF_STATE_ROLES for o in person.offices) else 1

        leaders = [p for p in self.registry.persons if any(o.role in LEADER_ROLES for o in p.offices)]
        people = sorted(leaders, key=tier)  # stable: registry order within a tier
        return [(p, 1.0 / (rank + 1) ** self.exponent) for rank, p in enumerate(people)]

    def in_office(self, at: date) -> list[Leader]:
        """Leaders holding a leader's office on ``at`` (one office each), with their weights.

        Remembered per day: generating a corpus asks about the same days over and over.
        """
        cached = self._in_office_cache.get(at)
        if cached is None:
            out = []
            for person, weight in self._ranked:
                for office in person.offices_at(at):
                    if office.role in LEADER_ROLES:
                        out.append(Leader(person, office.role, office.of, weight))
                        break
            cached = self._in_office_cache[at] = tuple(out)
        return list(cached)

    def pick(self, rng: random.Random, at: date, k: int, exclude: frozenset[str] = frozenset()) -> list[Leader]:
        """``k`` different leaders in office on ``at``, drawn by weight (fewer if fewer exist)."""
        pool = [leader for leader in self.in_office(at) if leader.id not in exclude]
        chosen: list[Leader] = []
        while pool and len(chosen) < k:
            pick = rng.choices(pool, weights=[leader.weight for leader in pool])[0]
            chosen.append(pick)
            pool = [leader for leader in pool if leader.id != pick.id]
        return chosen
