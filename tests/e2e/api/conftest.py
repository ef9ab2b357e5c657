"""An app wired to the test Neo4j; `seeded` adds the five seed articles."""

from __future__ import annotations

import pytest
from api_support import ingest_seeds, settings_for
from fastapi.testclient import TestClient
from pydantic import SecretStr

from app.main import create_app

API_KEY = "test-key-123"


@pytest.fixture
def client(neo4j_test_server, clean_db):
    app = create_app(settings_for(neo4j_test_server, api_key=SecretStr(API_KEY)))
    with TestClient(app) as test_client:
        app.state.store.ensure_schema()
        app.state.store.ensure_reference_data()
        yield test_client


@pytest.fixture
def seeded(client):
    ingest_seeds(client.app.state.store)
    return client
