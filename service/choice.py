"""Which person a name means when several share it ("Алиев", "Жапаров"), the way a reporter means it.

1. The one holding the highest office (president, then prime minister, then vice-president, then any
   other) in the period asked for — or today, when no period was asked for — if only one does.
2. Else the one with by far the most events (at least ``DOMINANCE`` times the next one's).
3. Else nobody: a genuine tie, which the caller answers with the candidates.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from extract.registry import Office, Registry
from graph.results import PersonRef

OFFICE_RANK = {"president": 0, "prime_minister": 1, "vice_president": 2}
OTHER_OFFICE = 3
DOMINANCE = 3


@dataclass(frozen=True)
class Chosen:
    person: PersonRef
    others: list[PersonRef] = field(default_factory=list)
    reason: str = "the only match"


def _held_during(office: Office, period: tuple[date, date] | None) -> bool:
    if period is None:
        return office.held_on(date.today())
    start, end = period
    return office.start <= end and (office.end is None or office.end > start)


def office_rank(registry: Registry, person_id: str, period: tuple[date, date] | None) -> int | None:
    """The best rank of an office the person held in ``period`` (None: held none, or not in the registry)."""
    if not registry.has_person(person_id):
        return None
    ranks = [OFFICE_RANK.get(o.role, OTHER_OFFICE) for o in registry.person(person_id).offices
             if _held_during(o, period)]
    return min(ranks) if ranks else None


def choose(candidates: list[PersonRef], registry: Registry, event_counts: dict[str, int],
           period: tuple[date, date] | None = None) -> Chosen | None:
    """The person the candidates most likely mean, or None for a genuine tie."""
    if len(candidates) == 1:
        return Chosen(candidates[0])
    if not candidates:
        return None

    def others(chosen: PersonRef) -> list[PersonRef]:
        return [c for c in candidates if c.id != chosen.id]

    ranks = {c.id: office_rank(registry, c.id, period) for c in candidates}
    held = [c for c in candidates if ranks[c.id] is not None]
    if held:
        best = min(ranks[c.id] for c in held)
        top = [c for c in held if ranks[c.id] == best]
        if len(top) == 1:
            when = "in the period asked for" if period else "today"
            return Chosen(top[0], others(top[0]), f"holds the highest office {when}")
    by_events = sorted(candidates, key=lambda c: -event_counts.get(c.id, 0))
    first, second = event_counts.get(by_events[0].id, 0), event_counts.get(by_events[1].id, 0)
    if first > 0 and first >= DOMINANCE * second:
        return Chosen(by_events[0], others(by_events[0]), "by far the most events")
    return None
