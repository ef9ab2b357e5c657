"""Property-based requests generated from the app's own OpenAPI schema: no input may cause a server error."""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from pydantic import SecretStr
from schemathesis.checks import not_a_server_error

from app.core.config import Settings
from app.main import create_app
from graph.store import GraphStore
from api_support import ingest_seeds, settings_for

API_KEY = "fuzz-key"
APP = create_app(Settings(api_key=SecretStr(API_KEY)))
schema = schemathesis.openapi.from_asgi("/openapi.json", APP)


@pytest.fixture(scope="module", autouse=True)
def seeded_app(neo4j_test_server, neo4j_driver):
    with neo4j_driver.session() as session:
        session.run("MATCH (n) DETACH DELETE n").consume()
    store = GraphStore(neo4j_driver)
    store.ensure_schema()
    store.ensure_reference_data()
    ingest_seeds(store)
    APP.state.settings = settings_for(neo4j_test_server, api_key=SecretStr(API_KEY))
    APP.state.store = store
    yield
    APP.state.store = None


@schema.parametrize()
@settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_server_errors(case):
    case.call_and_validate(checks=[not_a_server_error], headers={"X-API-Key": API_KEY})
