"""A subgraph for visualisation libraries (Cytoscape.js elements)."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query

from app.api.deps import NamesDep, StoreDep
from app.api.errors import ProblemError
from app.api.resolve import resolve_persons
from app.api.schemas import NAMES_MAX, GraphElements, NameText

router = APIRouter(tags=["graph"])


@router.get("/graph", response_model=GraphElements, summary="Events and people around some leaders, as Cytoscape.js elements",
            responses={400: {}, 404: {}, 422: {}})
def subgraph(store: StoreDep, names: NamesDep,
             participant: Annotated[list[NameText], Query(min_length=1, max_length=NAMES_MAX, description="Person id or name; repeatable.")],
             date_from: Annotated[date | None, Query(alias="from")] = None,
             date_to: Annotated[date | None, Query(alias="to")] = None) -> GraphElements:
    if date_from and date_to and date_from > date_to:
        raise ProblemError(422, "Invalid request", "'from' is after 'to'.")
    return store.subgraph(resolve_persons(names, participant), date_from, date_to)
