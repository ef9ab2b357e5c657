"""Start-up warnings for unsafe settings, the constant-time key check, and CORS closed by default."""

from __future__ import annotations

import inspect

from fastapi.testclient import TestClient
from pydantic import SecretStr

from app.api import deps
from app.core.config import Settings
from app.core.safety import is_loopback, security_warnings
from app.main import create_app


def test_loopback_addresses() -> None:
    assert all(map(is_loopback, ["127.0.0.1", "127.0.0.2", "::1", "[::1]", "localhost"]))
    assert not any(map(is_loopback, ["0.0.0.0", "::", "10.0.0.5", "example.org", "", None]))


def test_loopback_with_defaults_is_quiet() -> None:
    assert security_warnings(Settings()) == []


def test_public_bind_without_key_or_with_the_default_password_warns() -> None:
    warnings = security_warnings(Settings(), "0.0.0.0")
    assert len(warnings) == 2
    assert any("LETOPIS_API_KEY" in w for w in warnings)
    assert any("LETOPIS_NEO4J_PASSWORD" in w for w in warnings)


def test_public_bind_with_key_and_password_is_quiet_and_never_shows_them() -> None:
    settings = Settings(api_key=SecretStr("s3cret-key-value"), neo4j_password=SecretStr("another-pass-123"))
    assert security_warnings(settings, "0.0.0.0") == []
    remote = Settings(neo4j_uri="neo4j://db.example.org:7687")
    warnings = security_warnings(remote)
    assert len(warnings) == 1 and "db.example.org" in warnings[0]
    everything = " ".join(security_warnings(Settings(api_key=SecretStr("s3cret-key-value")), "0.0.0.0"))
    assert "s3cret-key-value" not in everything and "letopis-local-pass" not in everything


def test_settings_never_print_their_secrets() -> None:
    settings = Settings(api_key=SecretStr("s3cret-key-value"), neo4j_password=SecretStr("another-pass-123"))
    for text in (repr(settings), str(settings), str(settings.model_dump())):
        assert "s3cret-key-value" not in text and "another-pass-123" not in text


def test_the_api_key_is_compared_in_constant_time() -> None:
    assert "hmac.compare_digest" in inspect.getsource(deps.require_api_key)


def test_cors_is_closed_unless_configured() -> None:
    preflight = {"Origin": "https://evil.example", "Access-Control-Request-Method": "GET"}
    closed = TestClient(create_app(Settings()))  # no lifespan: nothing connects to Neo4j
    assert "access-control-allow-origin" not in closed.options("/api/v1/events", headers=preflight).headers
    assert "access-control-allow-origin" not in closed.get("/health", headers={"Origin": "https://evil.example"}).headers
    opened = TestClient(create_app(Settings(cors_origins=["https://app.example"])))
    allowed = opened.options("/api/v1/events", headers={**preflight, "Origin": "https://app.example"})
    assert allowed.headers["access-control-allow-origin"] == "https://app.example"
    refused = opened.options("/api/v1/events", headers=preflight)
    assert "access-control-allow-origin" not in refused.headers
