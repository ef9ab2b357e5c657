"""Helpers shared by the API tests: settings for the test server and the seed ingestion."""

from __future__ import annotations

from pathlib import Path

from pydantic import SecretStr

from app.core.config import Settings
from service.ingest import collect_files, ingest_files
from graph.store import GraphStore

SEEDS = Path(__file__).resolve().parents[3] / "seeds" / "articles"


def settings_for(server, **overrides) -> Settings:
    return Settings(neo4j_uri=server.bolt_uri, neo4j_user=server.user,
                    neo4j_password=SecretStr(server.password), **overrides)


def ingest_seeds(store: GraphStore) -> None:
    summary = ingest_files(store, collect_files([SEEDS]))
    assert not summary.failed
