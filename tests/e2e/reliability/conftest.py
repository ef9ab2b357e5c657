"""An app wired to the test Neo4j and served by uvicorn on loopback, on an empty database."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import httpx
import neo4j
import pytest
from fastapi import FastAPI
from rel_support import API_KEY, reliability_app, serving


@dataclass
class Live:
    url: str
    app: FastAPI
    driver: neo4j.Driver

    def client(self) -> httpx.Client:
        return httpx.Client(base_url=self.url, headers={"X-API-Key": API_KEY}, timeout=60.0)


@pytest.fixture
def live(neo4j_test_server, clean_db) -> Iterator[Live]:
    app = reliability_app(neo4j_test_server)
    with serving(app) as url:
        app.state.store.ensure_schema()
        app.state.store.ensure_reference_data()
        yield Live(url=url, app=app, driver=clean_db)
