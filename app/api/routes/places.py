"""Places: the events held in a city, region or country."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from pydantic import BaseModel

from app.api.deps import StoreDep
from app.api.errors import ProblemError
from app.api.resolve import resolve_place
from graph.models import EventSummary

router = APIRouter(prefix="/places", tags=["places"])


class PlaceEvents(BaseModel):
    place: str
    items: list[EventSummary]
    next_cursor: str | None = None


@router.get("/{place}/events", response_model=PlaceEvents, summary="Events held in a place",
            responses={400: {}, 404: {}})
def place_events(place: str, store: StoreDep, limit: Annotated[int, Query(ge=1, le=500)] = 50,
                 cursor: Annotated[str | None, Query(max_length=500)] = None) -> PlaceEvents:
    place_id = resolve_place(store, place)
    try:
        page = store.place_events(place_id, limit=limit, cursor=cursor)
    except ValueError as exc:
        raise ProblemError(400, "Invalid cursor", str(exc)) from exc
    return PlaceEvents(place=place_id, items=page.items, next_cursor=page.next_cursor)
