"""The benchmark's own Neo4j: same jars as the development server, its own data, ports and memory.

Keeping the million-event graph apart means `make run` and the tests never see it, and a second
`python -m bench run` finds it already loaded.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from app.core.config import Settings, local_server_config
from devserver import LocalServerConfig

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
        """The development server's config with this instance's data directory, ports and memory."""
        return replace(local_server_config(settings), data_dir=settings.neo4j_home / self.data_name,
                       bolt_port=self.bolt_port, http_port=self.http_port, heap=self.heap, pagecache=self.pagecache)

    def small(self) -> BenchServer:
        """The sibling holding the small graph the queries are also timed on (kept between runs, like the large one)."""
        return replace(self, heap="1g", pagecache="1g", bolt_port=self.bolt_port + 2, http_port=self.http_port + 2,
                       data_name="bench-small")

    def empty(self) -> BenchServer:
        """The throw-away sibling that ingest at an empty graph is measured on: next ports, less memory."""
        return replace(self, heap="2g", pagecache="2g", bolt_port=self.bolt_port + 1, http_port=self.http_port + 1,
                       data_name="bench-empty")
