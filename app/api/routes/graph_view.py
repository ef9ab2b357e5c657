"""A subgraph for visualisation libraries (Cytoscape.js elements)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from app.api.deps import NamesDep, StoreDep
from app.api.filters import FromQuery, ToQuery, date_range
from app.api.resolve import resolve_persons
from app.api.schemas import NAMES_MAX, GraphElements, NameText

router = APIRouter(tags=["graph"])


@router.get("/graph", response_model=GraphElements, summary="Events and people around some leaders, as Cytoscape.js elements",
            responses={400: {}, 404: {}, 422: {}})
def subgraph(store: StoreDep, names: NamesDep,
             participant: Annotated[list[NameText], Query(min_length=1, max_length=NAMES_MAX, description="Person id or name; repeatable.")],
             date_from: FromQuery = None, date_to: ToQuery = None) -> GraphElements:
    start, end = date_range(date_from, date_to)
    return store.subgraph(resolve_persons(names, participant), start, end)
