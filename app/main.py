"""The FastAPI application: `create_app()` wires settings, the Neo4j driver, errors and routes."""

from __future__ import annotations

import logging
import sys
from contextlib import asynccontextmanager

import anyio
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from app.api import errors
from app.api.body_limit import BodyLimit
from app.api.routes import articles, events, graph_view, health, persons, places
from app.core.config import Settings, get_settings
from app import web
from graph.store import GraphStore, connect
from service.extraction import Extractor
from service.names import Names

DESCRIPTION = """Timeline knowledge graph of visits, talks, calls, forums, summits and signings of heads of state,
extracted from news articles (Russian and Kazakh). Errors are `application/problem+json` (RFC 9457)."""

EXTRACT_NICENESS = 19  # extraction for writes yields the CPU to the API's reads and to Neo4j


def _warm_up(store: GraphStore) -> None:
    from extract.text import warm_up

    store.gazetteer  # noqa: B018 - built on first access
    warm_up()


def _ensure_ready(store: GraphStore) -> None:
    """Schema and reference data before the first request; if Neo4j is down, the first request does it."""
    from neo4j.exceptions import ServiceUnavailable, SessionExpired, TransientError

    try:
        store.ensure_ready()
    except (ServiceUnavailable, SessionExpired, TransientError) as exc:
        logging.getLogger("letopis.api").warning(
            "Neo4j is not reachable at start (%s); the schema will be ensured on the first request",
            type(exc).__name__)


# Writes build their graph rows in threads that hold the interpreter for whole slices of this length: a read
# arriving meanwhile waits for them. Slices of 0.5 ms (Python's default is 5 ms) let reads in between, so the read
# p95 under a flood of long articles stays near its p95 alone (measured under eight writers: 3.5-5.4x at 5 ms;
# 1.3-2.4x at 1 ms alone but 3.2-3.6x after the other reliability runs; 1.5x at 0.5 ms there).
GIL_SWITCH_INTERVAL = 0.0005


def create_app(settings: Settings | None = None) -> FastAPI:
    sys.setswitchinterval(GIL_SWITCH_INTERVAL)
    settings = settings or get_settings()
    logging.basicConfig(level=settings.log_level.upper(),
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        if getattr(app.state, "store", None) is not None:  # a store handed in by the caller
            yield
            return
        current: Settings = app.state.settings
        store = connect(current)
        await anyio.to_thread.run_sync(_ensure_ready, store)
        # Name look-ups need the registry's gazetteer and natasha's models: load them once now, not
        # in every worker thread that the first burst of requests would start at the same time.
        await anyio.to_thread.run_sync(_warm_up, store)
        app.state.store = store
        app.state.names = Names(store)
        # Worker processes start with the first write; reads never wait for them.
        app.state.extractor = Extractor(current.extract_workers, time_limit=current.article_time_limit,
                                        queue=current.extract_queue, wait=current.extract_wait,
                                        niceness=EXTRACT_NICENESS)
        try:
            yield
        finally:
            app.state.extractor.close()
            app.state.store = app.state.names = app.state.extractor = None
            store.close()

    app = FastAPI(title="Letopis", version="0.1.0", description=DESCRIPTION, lifespan=lifespan,
                  openapi_url="/openapi.json", docs_url=None, redoc_url=None)
    app.state.settings = settings
    errors.install(app)
    app.add_middleware(errors.CatchAll)  # innermost: unhandled errors become one logged 500
    if settings.cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=settings.cors_origins, allow_methods=["*"],
                           allow_headers=["*"])

    app.add_middleware(BodyLimit, max_bytes=settings.max_request_bytes)

    app.include_router(health.router)
    for module in (articles, events, persons, places, graph_view):
        app.include_router(module.router, prefix="/api/v1")
    web.install(app, settings.web_modules_dir)  # the workbench page at / and /docs, with locally installed assets
    return app
