"""Turn what a client typed (an id, a Wikidata id, a name in any case) into one graph id, or a clear error."""

from __future__ import annotations

from app.api.errors import ProblemError
from app.api.schemas import PersonRef
from service.names import Names


def _one(kind: str, text: str, candidates) -> str:
    return _the_one(kind, text, candidates).id


def _the_one(kind: str, text: str, candidates):
    if not candidates:
        raise ProblemError(404, "Not found", f"No {kind} matches {text!r}.")
    if len(candidates) > 1:
        listed = ", ".join(f"{c.name} ({c.id})" for c in candidates[:10])
        raise ProblemError(400, "Ambiguous name", f"{text!r} matches several {kind}s: {listed}. Use an id.",
                           candidates=[{"id": c.id, "name": c.name} for c in candidates[:10]])
    return candidates[0]


def resolve_person(names: Names, text: str) -> str:
    return _one("person", text, names.resolve_person(text.strip()))


def resolve_person_ref(names: Names, text: str) -> PersonRef:
    """The one person ``text`` names, as the short reference lists and timelines carry."""
    return _the_one("person", text, names.resolve_person(text.strip()))


def resolve_persons(names: Names, texts: list[str]) -> list[str]:
    return list(dict.fromkeys(resolve_person(names, t) for t in texts))


def resolve_place(names: Names, text: str) -> str:
    return _one("place", text, names.resolve_place(text.strip()))


def resolve_country(names: Names, text: str) -> str:
    candidates = [c for c in names.resolve_place(text.strip()) if getattr(c, "kind", "country") == "country"]
    return _one("country", text, candidates)
