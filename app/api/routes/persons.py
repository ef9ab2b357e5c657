"""People: search by name, one person, their timeline and who they met."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query

from app.api.deps import NamesDep, PageLimit, StoreDep
from app.api.errors import ProblemError
from app.api.resolve import resolve_person, resolve_person_ref
from app.api.schemas import NAME_MAX, ConnectionList, PersonOut, PersonPage, TimelinePage

PersonParam = Annotated[str, Path(max_length=NAME_MAX, description="Person id, Wikidata id or name.")]

router = APIRouter(prefix="/persons", tags=["persons"])


@router.get("", response_model=PersonPage, summary="Search people by name (any case, ru/kk/en)")
def search_persons(names: NamesDep, q: Annotated[str, Query(min_length=1, max_length=200)],
                   limit: Annotated[int, Query(ge=1, le=100)] = 20) -> PersonPage:
    return PersonPage(items=names.search_persons(q, limit))


def _person(store, names, ref: str) -> PersonOut:
    person = store.person(resolve_person(names, ref))
    if person is None:
        raise ProblemError(404, "Not found", f"No person matches {ref!r}.")
    return person


@router.get("/{person}", response_model=PersonOut, summary="One person", responses={400: {}, 404: {}})
def get_person(person: PersonParam, store: StoreDep, names: NamesDep) -> PersonOut:
    return _person(store, names, person)


@router.get("/{person}/timeline", response_model=TimelinePage, summary="A person's events in order",
            responses={400: {}, 404: {}})
def timeline(person: PersonParam, store: StoreDep, names: NamesDep, limit: PageLimit,
             cursor: Annotated[str | None, Query(max_length=500)] = None) -> TimelinePage:
    found = resolve_person_ref(names, person)
    page = store.person_timeline(found.id, limit=limit, cursor=cursor)
    return TimelinePage(person=found, items=page.items, next_cursor=page.next_cursor)


@router.get("/{person}/connections", response_model=ConnectionList, summary="Who a person met, how often, when",
            responses={400: {}, 404: {}})
def connections(person: PersonParam, store: StoreDep, names: NamesDep) -> ConnectionList:
    found = resolve_person_ref(names, person)
    return ConnectionList(person=found, items=store.person_connections(found.id))
