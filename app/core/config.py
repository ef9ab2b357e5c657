"""All runtime settings in one place, read from the environment and `.env`.

Every variable is prefixed with ``LETOPIS_`` (see `.env.example`).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

if TYPE_CHECKING:
    from devserver import LocalServerConfig

PROJECT_ROOT = Path(__file__).resolve().parents[2]


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="LETOPIS_", env_file=".env", env_file_encoding="utf-8", extra="ignore"
    )

    # Neo4j connection
    neo4j_uri: str = "bolt://127.0.0.1:7687"
    neo4j_user: str = "neo4j"
    neo4j_password: SecretStr = SecretStr("letopis-local-pass")
    neo4j_database: str = "neo4j"
    # While Neo4j is down a request should end in a 503 within seconds, not hang: a connection attempt
    # gives up after this many seconds, and a transaction is retried (transient errors, lost connections)
    # for `neo4j_max_retry_time` after its first attempt. Batch commands (`letopis ingest`) wait longer.
    neo4j_connection_timeout: float = Field(default=3.0, gt=0)
    neo4j_max_retry_time: float = Field(default=2.0, ge=0)
    neo4j_batch_retry_time: float = Field(default=30.0, ge=0)

    # Local Neo4j server started by `letopis neo4j start` (no Docker needed)
    neo4j_version: str = "5.26.30"
    neo4j_home: Path = PROJECT_ROOT / ".neo4j"
    neo4j_bolt_port: int = 7687
    neo4j_http_port: int = 7474
    neo4j_heap: str = "1g"
    neo4j_pagecache: str = "1g"
    neo4j_start_timeout: float = 180.0

    # HTTP API
    api_host: str = "127.0.0.1"
    api_port: int = 8000
    api_workers: int = Field(default=1, ge=1, description="`letopis serve` processes (uvicorn workers).")
    api_key: SecretStr | None = Field(
        default=None, description="When set, write endpoints require the X-API-Key header."
    )
    cors_origins: list[str] = Field(default_factory=list)
    max_article_chars: int = 200_000
    # Extraction for API writes runs in `extract_workers` processes, and `extract_queue` more articles may
    # wait for one; a write that finds no room within `extract_wait` seconds gets 503 with Retry-After. An
    # article gets `article_time_limit` seconds (then 422, nothing stored); `letopis ingest` uses it too.
    extract_workers: int = Field(default=1, ge=1)
    extract_queue: int = Field(default=7, ge=0)
    extract_wait: float = Field(default=1.0, ge=0)
    article_time_limit: float = Field(default=60.0, gt=0)
    max_request_bytes: int = 5_000_000
    page_size_max: int = 500
    # The page's npm packages (`make web` installs them here; the Docker image elsewhere).
    web_modules_dir: Path = PROJECT_ROOT / "app" / "web" / "node_modules"
    # CSV and iCalendar exports return every matching event, read this many at a time.
    export_batch: int = Field(default=500, ge=1, le=1000)

    log_level: str = "INFO"

    # Seed articles ingested by `make run`
    seeds_dir: Path = PROJECT_ROOT / "seeds" / "articles"


@lru_cache
def get_settings() -> Settings:
    return Settings()


def local_server_config(settings: Settings) -> LocalServerConfig:
    """The development server's config: jars and data under ``settings.neo4j_home``."""
    from devserver import LocalServerConfig

    return LocalServerConfig(
        home_dir=settings.neo4j_home,
        data_dir=settings.neo4j_home / "data",
        version=settings.neo4j_version,
        bolt_port=settings.neo4j_bolt_port,
        http_port=settings.neo4j_http_port,
        password=settings.neo4j_password.get_secret_value(),
        heap=settings.neo4j_heap,
        pagecache=settings.neo4j_pagecache,
        start_timeout=settings.neo4j_start_timeout,
    )
