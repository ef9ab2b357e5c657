"""Places: search by name, one place, the events held in a city, region or country."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query

from app.api.deps import NamesDep, PageLimit, StoreDep
from app.api.errors import ProblemError
from app.api.resolve import resolve_place
from app.api.schemas import NAME_MAX, PlaceEvents, PlaceOut, PlacePage

router = APIRouter(prefix="/places", tags=["places"])


@router.get("", response_model=PlacePage, summary="Search places by name (any case, ru/kk/en, typos)")
def search_places(names: NamesDep, q: Annotated[str, Query(min_length=1, max_length=200)],
                  limit: Annotated[int, Query(ge=1, le=100)] = 20) -> PlacePage:
    return PlacePage(items=names.search_places(q, limit))


@router.get("/{place}", response_model=PlaceOut, summary="One place", responses={400: {}, 404: {}})
def get_place(place: Annotated[str, Path(max_length=NAME_MAX, description="Place id, Wikidata id or name.")],
              store: StoreDep, names: NamesDep) -> PlaceOut:
    found = store.place(resolve_place(names, place))
    if found is None:
        raise ProblemError(404, "Not found", f"No place matches {place!r}.")
    return found


@router.get("/{place}/events", response_model=PlaceEvents, summary="Events held in a place",
            responses={400: {}, 404: {}})
def place_events(place: Annotated[str, Path(max_length=NAME_MAX, description="Place id, Wikidata id or name.")], store: StoreDep, names: NamesDep, limit: PageLimit,
                 cursor: Annotated[str | None, Query(max_length=500)] = None) -> PlaceEvents:
    place_id = resolve_place(names, place)
    page = store.place_events(place_id, limit=limit, cursor=cursor)
    return PlaceEvents(place=place_id, items=page.items, next_cursor=page.next_cursor)
