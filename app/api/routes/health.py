"""Liveness and readiness."""

from __future__ import annotations

from fastapi import APIRouter

from app.api.deps import StoreDep
from app.api.errors import ProblemError
from app.api.schemas import Health

router = APIRouter(tags=["health"])


@router.get("/health", response_model=Health, summary="The process is alive")
def health() -> Health:
    return Health(status="ok")


@router.get("/ready", response_model=Health, summary="Neo4j is reachable",
            responses={503: {"description": "Neo4j is not reachable"}})
def ready(store: StoreDep) -> Health:
    if not store.ping():
        raise ProblemError(503, "Database unavailable", "Neo4j does not answer.", headers={"Retry-After": "5"})
    return Health(status="ready")
