"""Turn what a client typed (an id, a Wikidata id, a name in any case) into one graph id, or a clear error.

An unknown name answers 404 listing the closest names (``suggestions``). A name several people share
is settled by `service.choice` where a reporter's meaning is clear; only a genuine tie answers 400.
"""

from __future__ import annotations

from datetime import date

from app.api.errors import ProblemError
from app.api.schemas import ParticipantResolution, PersonRef
from service.choice import Chosen
from service.names import Names


def _one(kind: str, text: str, candidates, suggest=None) -> str:
    return _the_one(kind, text, candidates, suggest).id


def _not_found(kind: str, text: str, suggest) -> ProblemError:
    close = suggest(text) if suggest is not None else []
    detail = f"No {kind} matches {text!r}."
    if close:
        detail += " Closest names: " + ", ".join(f"{c.name} ({c.id})" for c in close) + "."
    return ProblemError(404, "Not found", detail, suggestions=[{"id": c.id, "name": c.name} for c in close])


def _ambiguous(kind: str, text: str, candidates) -> ProblemError:
    listed = ", ".join(f"{c.name} ({c.id})" for c in candidates[:10])
    return ProblemError(400, "Ambiguous name", f"{text!r} matches several {kind}s: {listed}. Use an id.",
                        candidates=[{"id": c.id, "name": c.name} for c in candidates[:10]])


def _the_one(kind: str, text: str, candidates, suggest=None):
    if not candidates:
        raise _not_found(kind, text, suggest)
    if len(candidates) > 1:
        raise _ambiguous(kind, text, candidates)
    return candidates[0]


def _chosen(names: Names, text: str, period: tuple[date, date] | None = None):
    candidates = names.resolve_person(text.strip())
    if not candidates:
        raise _not_found("person", text, names.suggest_persons)
    if len(candidates) == 1:
        return Chosen(candidates[0])
    chosen = names.choose_person(candidates, period)
    if chosen is None:
        raise _ambiguous("person", text, candidates)
    return chosen


def resolve_person(names: Names, text: str) -> str:
    return _chosen(names, text).person.id


def resolve_person_ref(names: Names, text: str) -> PersonRef:
    """The one person ``text`` names, as the short reference lists and timelines carry."""
    return _chosen(names, text).person


def resolve_persons(names: Names, texts: list[str]) -> list[str]:
    return list(dict.fromkeys(resolve_person(names, t) for t in texts))


def resolve_participants(names: Names, texts: list[str], period: tuple[date, date] | None = None
                         ) -> tuple[list[str], list[ParticipantResolution]]:
    """Person ids for the names, and for each name whom it was taken to mean (and who else it matches)."""
    ids: list[str] = []
    resolved: list[ParticipantResolution] = []
    for text in texts:
        chosen = _chosen(names, text, period)
        ids.append(chosen.person.id)
        resolved.append(ParticipantResolution(query=text, person=chosen.person, others=chosen.others,
                                              reason=chosen.reason))
    return list(dict.fromkeys(ids)), resolved


def resolve_place(names: Names, text: str) -> str:
    return _one("place", text, names.resolve_place(text.strip()), names.suggest_places)


def resolve_country(names: Names, text: str) -> str:
    candidates = [c for c in names.resolve_place(text.strip()) if getattr(c, "kind", "country") == "country"]
    return _one("country", text, candidates,
                lambda t: [c for c in names.suggest_places(t, 10) if c.kind == "country"][:5])
