"""A closed-loop HTTP load generator for the API, meant to run in its own process, on loopback only.

    python -m bench.httpload --base-url http://127.0.0.1:8000 --scenarios FILE \\
        --concurrency 16 --duration 15 --warmup 2 [--api-key KEY] --out RESULT.json

Each client is a thread with one keep-alive `http.client` connection. On a small machine the
client shares the cores with the server and Neo4j, so its own cost per request is part of what
is measured; against `/health` at 16 clients this costs about 0.1 ms of CPU per request, some
15 times less than `httpx.AsyncClient` with a pool of 16 connections and 4 times less than an
`httpx.Client` per thread, which add their own queueing to every latency they report.

Failed requests are counted apart from the latencies, and a warning names them. Exit status: 0
(with ``--strict``, 1 when requests failed or a scenario recorded nothing; the result is still
written), 2 for a usage error such as a base URL that is not on this machine.
"""

from __future__ import annotations

import argparse
import http.client
import platform
import sys
from collections.abc import Sequence
from typing import Any
from urllib.parse import urlsplit

from bench.scenarios import (
    Failed,
    Request,
    Scenario,
    add_load_arguments,
    play,
    scenarios_from_arguments,
    write_result,
)

LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
TIMEOUT = 30.0
CLIENT = (f"http.client keep-alive connection per client thread (Python {platform.python_version()}), "
          "closed loop")


def loopback_target(base_url: str) -> tuple[str, int, str]:
    """Host, port and path prefix of an ``http://`` URL on this machine; ValueError otherwise.

    The benchmark measures the API, not a network: a host other than 127.0.0.1, localhost or
    ::1 is refused, and so is HTTPS (its cost would be the client's, not the API's).
    """
    parts = urlsplit(base_url)
    if parts.scheme != "http":
        raise ValueError(f"base URL {base_url!r}: only http:// is supported")
    if parts.hostname not in LOOPBACK_HOSTS:
        raise ValueError(f"base URL {base_url!r}: the host must be loopback "
                         f"({', '.join(sorted(LOOPBACK_HOSTS))}), not {parts.hostname!r}")
    if parts.username or parts.password or parts.query or parts.fragment:
        raise ValueError(f"base URL {base_url!r}: give scheme, host, port and at most a path prefix")
    try:
        port = parts.port or 80
    except ValueError as exc:
        raise ValueError(f"base URL {base_url!r}: {exc}") from exc
    return parts.hostname, port, parts.path.rstrip("/")


class HttpClient:
    """One keep-alive connection; a request counts once its whole body has been read."""

    def __init__(self, host: str, port: int, prefix: str = "", api_key: str | None = None):
        self.prefix = prefix
        self.headers = {"Accept": "application/json"}
        if api_key:
            self.headers["X-API-Key"] = api_key
        self.conn = http.client.HTTPConnection(host, port, timeout=TIMEOUT)

    def send(self, request: Request) -> None:
        try:
            self.conn.request("GET", self.prefix + request.path, headers=self.headers)
            response = self.conn.getresponse()
            response.read()
        except BaseException:
            self.conn.close()  # the next request opens a new connection
            raise
        if not 200 <= response.status < 300:
            raise Failed(f"http_{response.status}")

    def close(self) -> None:
        self.conn.close()


def run_load(
    base_url: str,
    scenarios: Sequence[Scenario],
    concurrency: int,
    duration: float,
    warmup: float,
    api_key: str | None = None,
    prime: bool = True,
) -> dict[str, Any]:
    """Play each scenario in turn against the API at ``base_url`` (see `bench.scenarios.play`).

    The result is what `bench.httpload` writes: per scenario p50/p95/p99/max in ms, count,
    errors, throughput_rps and duration_s, with the concurrency and the client used.
    """
    host, port, prefix = loopback_target(base_url)
    if concurrency < 1:
        raise ValueError("concurrency must be at least 1")
    results = {}
    for scenario in scenarios:
        clients = [HttpClient(host, port, prefix, api_key) for _ in range(concurrency)]
        try:
            results[scenario.name] = play(scenario, clients, duration=duration, warmup=warmup, prime=prime)
        finally:
            for client in clients:
                client.close()
    return {"scenarios": results, "concurrency": concurrency, "client": CLIENT, "target": "http",
            "base_url": base_url, "warmup_s": warmup}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.httpload",
                                     description="Closed-loop HTTP load on the Letopis API (loopback only).")
    parser.add_argument("--base-url", required=True, help="e.g. http://127.0.0.1:8000 (loopback hosts only).")
    parser.add_argument("--api-key", help="Sent as X-API-Key.")
    add_load_arguments(parser)
    args = parser.parse_args(argv)
    try:
        loopback_target(args.base_url)
    except ValueError as exc:
        parser.error(str(exc))
    scenarios = scenarios_from_arguments(parser, args)
    result = run_load(args.base_url, scenarios, args.concurrency, args.duration, args.warmup, args.api_key,
                      prime=args.prime)
    return write_result(result, args.out, strict=args.strict)


if __name__ == "__main__":
    sys.exit(main())
