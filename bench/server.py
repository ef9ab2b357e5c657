"""The benchmark's own Neo4j: same jars as the development server, its own data, ports and memory.

Keeping the million-event graph apart means `make run` and the tests never see it, and a second
`letopis bench` finds it already loaded.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.core.config import Settings
from graph.localserver import LocalServerConfig

BENCH_BOLT_PORT = 7688
BENCH_HTTP_PORT = 7475


@dataclass(frozen=True)
class BenchServer:
    heap: str = "4g"
    pagecache: str = "6g"
    bolt_port: int = BENCH_BOLT_PORT
    http_port: int = BENCH_HTTP_PORT
    data_name: str = "bench"  # the data directory, under the Neo4j home

    def config(self, settings: Settings) -> LocalServerConfig:
        return LocalServerConfig(
            home_dir=settings.neo4j_home,
            data_dir=settings.neo4j_home / self.data_name,
            version=settings.neo4j_version,
            bolt_port=self.bolt_port,
            http_port=self.http_port,
            password=settings.neo4j_password.get_secret_value(),
            heap=self.heap,
            pagecache=self.pagecache,
            start_timeout=settings.neo4j_start_timeout,
        )
