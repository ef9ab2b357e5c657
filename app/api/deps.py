"""Typed dependencies for the routes."""

from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import Depends, Header, Query, Request

from app.api.errors import ProblemError
from app.core.config import Settings
from graph.store import GraphStore
from service.names import Names


def get_app_settings(request: Request) -> Settings:
    """The settings the application was created with."""
    return request.app.state.settings


SettingsDep = Annotated[Settings, Depends(get_app_settings)]


def get_store(request: Request) -> GraphStore:
    """The application's store, its schema ensured (on the first request if Neo4j was down at start)."""
    store: GraphStore = request.app.state.store
    store.ensure_ready()
    return store


StoreDep = Annotated[GraphStore, Depends(get_store)]


def get_names(request: Request) -> Names:
    """The name look-ups: the application's own, or one over the store a caller handed in."""
    names = getattr(request.app.state, "names", None)
    return names if names is not None else Names(request.app.state.store)


NamesDep = Annotated[Names, Depends(get_names)]


def require_api_key(settings: SettingsDep,
                    x_api_key: Annotated[str | None, Header(description="Required when an API key is configured.")] = None
                    ) -> None:
    expected = settings.api_key.get_secret_value() if settings.api_key else None
    if not expected:
        return
    if x_api_key is None or not hmac.compare_digest(x_api_key.encode(), expected.encode()):
        raise ProblemError(401, "Unauthorized", "Write endpoints need a valid X-API-Key header.")


WriteAccess = Depends(require_api_key)


def page_limit(settings: SettingsDep,
               limit: Annotated[int, Query(ge=1, description="Page size (at most the configured maximum, "
                                                               "LETOPIS_PAGE_SIZE_MAX).")] = 50) -> int:
    if limit > settings.page_size_max:
        raise ProblemError(422, "Invalid request", f"query.limit: must be at most {settings.page_size_max}")
    return limit


PageLimit = Annotated[int, Depends(page_limit)]
