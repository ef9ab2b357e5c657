"""Helpers shared by the API tests: settings for the test server and the seed ingestion."""

from __future__ import annotations

from pathlib import Path

import yaml
from pydantic import SecretStr

from app.core.config import Settings
from extract.pipeline import extract_article
from graph.store import GraphStore

SEEDS = Path(__file__).resolve().parents[3] / "seeds" / "articles"


def settings_for(server, **overrides) -> Settings:
    return Settings(neo4j_uri=server.bolt_uri, neo4j_user=server.user,
                    neo4j_password=SecretStr(server.password), **overrides)


def ingest_seeds(store: GraphStore) -> None:
    manifest = yaml.safe_load((SEEDS / "manifest.yaml").read_text(encoding="utf-8"))
    for entry in manifest["articles"]:
        text = (SEEDS / entry["file"]).read_text(encoding="utf-8")
        store.ingest(extract_article(text, published=entry["published"], lang=entry["lang"]), text,
                     source=entry.get("source"))
