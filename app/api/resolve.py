"""Turn what a client typed (an id, a Wikidata id, a name in any case) into one graph id, or a clear error."""

from __future__ import annotations

from app.api.errors import ProblemError
from app.api.schemas import PersonRef
from service import names


def _one(kind: str, text: str, candidates) -> str:
    return _the_one(kind, text, candidates).id


def _the_one(kind: str, text: str, candidates):
    if not candidates:
        raise ProblemError(404, "Not found", f"No {kind} matches {text!r}.")
    if len(candidates) > 1:
        names = ", ".join(f"{c.name} ({c.id})" for c in candidates[:10])
        raise ProblemError(400, "Ambiguous name", f"{text!r} matches several {kind}s: {names}. Use an id.",
                           candidates=[{"id": c.id, "name": c.name} for c in candidates[:10]])
    return candidates[0]


def resolve_person(store, text: str) -> str:
    return _one("person", text, names.resolve_person(store, text.strip()))


def resolve_person_ref(store, text: str) -> PersonRef:
    """The one person ``text`` names, as the short reference lists and timelines carry."""
    return _the_one("person", text, names.resolve_person(store, text.strip()))


def resolve_persons(store, texts: list[str]) -> list[str]:
    return list(dict.fromkeys(resolve_person(store, t) for t in texts))


def resolve_place(store, text: str) -> str:
    return _one("place", text, names.resolve_place(store, text.strip()))


def resolve_country(store, text: str) -> str:
    candidates = [c for c in names.resolve_place(store, text.strip()) if getattr(c, "kind", "country") == "country"]
    return _one("country", text, candidates)
