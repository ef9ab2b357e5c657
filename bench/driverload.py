"""The reference for `bench.httpload`: the same graph work, straight through the driver, in its own process.

    python -m bench.driverload --uri bolt://127.0.0.1:7687 --user neo4j --password PW [--database DB] \\
        --scenarios FILE --concurrency 16 --duration 15 --warmup 2 --out RESULT.json

Every request runs the `GraphStore` calls its route makes (``Request.calls()``), so the Cypher,
its parameters and the building of the result models are those of the API; what is missing is
HTTP, FastAPI and JSON. Clients are threads sharing one driver whose pool has a connection for
each of them, the way the API's worker threads share its driver. An answer the route would turn
into an error (no such event or person, an ambiguous name) counts as a failed request here too.

Connection options default to the ``LETOPIS_NEO4J_*`` settings, so the password need not be typed
on a command line. Exit status as for `bench.httpload`, and 1 when the database cannot be reached.
"""

from __future__ import annotations

import argparse
import platform
import sys
from collections.abc import Sequence
from typing import Any

import neo4j

from bench.scenarios import (
    Failed,
    Request,
    Scenario,
    add_load_arguments,
    play,
    scenarios_from_arguments,
    write_result,
)
from graph.store import GraphStore
from service.names import Names

CLIENT = (f"neo4j Python driver {neo4j.__version__}, GraphStore calls per client thread, one shared driver "
          f"(Python {platform.python_version()}), closed loop")
# Store calls whose answer the route turns into a 404 when it is None.
_NONE_IS_NOT_FOUND = frozenset({"event", "person", "article", "place"})


class RouteLayer:
    """What the routes call: the store's reads, and the name look-ups (`service.names.Names`) over it."""

    def __init__(self, store: Any):
        self.store = store
        self.names = Names(store)

    def __getattr__(self, name: str) -> Any:
        if name in ("resolve_person", "resolve_place", "search_persons"):
            return getattr(self.names, name)
        return getattr(self.store, name)


class StoreClient:
    """Runs a request's store calls; fails the way its route would."""

    def __init__(self, store: Any):
        self.store = store

    def send(self, request: Request) -> None:
        for call in request.calls():
            answer = getattr(self.store, call.call)(**call.python_kwargs())
            if answer is None and call.call in _NONE_IS_NOT_FOUND:
                raise Failed("not_found")
            if call.call in ("resolve_person", "resolve_place") and len(answer) != 1:
                raise Failed("not_found" if not answer else "ambiguous")

    def close(self) -> None:
        pass


def run_on_store(
    store: Any,
    scenarios: Sequence[Scenario],
    concurrency: int,
    duration: float,
    warmup: float,
    prime: bool = True,
) -> dict[str, Any]:
    """Play each scenario in turn with ``concurrency`` threads calling ``store``."""
    if concurrency < 1:
        raise ValueError("concurrency must be at least 1")
    for scenario in scenarios:
        for request in scenario.requests:
            for call in request.calls():
                if not callable(getattr(store, call.call, None)):
                    raise ValueError(f"scenario {scenario.name}: the store has no method {call.call!r}")
    # The registry and gazetteer load on first use; load them before the clocks start.
    for lazy in ("registry", "gazetteer"):
        getattr(store, lazy, None)
    results = {}
    for scenario in scenarios:
        clients = [StoreClient(store) for _ in range(concurrency)]
        results[scenario.name] = play(scenario, clients, duration=duration, warmup=warmup, prime=prime)
    return {"scenarios": results, "concurrency": concurrency, "client": CLIENT, "target": "driver"}


def open_store(uri: str, user: str, password: str, database: str | None, pool_size: int) -> GraphStore:
    """A store on its own driver, with at least ``pool_size`` connections available.

    Not `graph.driver.open_driver`: that takes no pool size, and this closed-loop load needs one
    connection per client thread at least (the default pool would queue clients and measure the
    pool, not the reads); the connection comes from the command line, not from settings.
    """
    driver = neo4j.GraphDatabase.driver(uri, auth=(user, password), max_connection_pool_size=max(pool_size, 1),
                                        notifications_disabled_classifications=["UNRECOGNIZED"])
    return GraphStore(driver, database)


def run_load(
    uri: str,
    user: str,
    password: str,
    scenarios: Sequence[Scenario],
    concurrency: int,
    duration: float,
    warmup: float,
    database: str | None = None,
    prime: bool = True,
) -> dict[str, Any]:
    """Connect, play every scenario (see `run_on_store`), close; the result `bench.driverload` writes."""
    store = open_store(uri, user, password, database, pool_size=max(concurrency, 100))
    try:
        store.driver.verify_connectivity()
        result = run_on_store(RouteLayer(store), scenarios, concurrency, duration, warmup, prime)
    finally:
        store.close()
    return {**result, "uri": uri, "database": database, "warmup_s": warmup}


def main(argv: Sequence[str] | None = None) -> int:
    from app.core.config import get_settings

    settings = get_settings()
    parser = argparse.ArgumentParser(prog="python -m bench.driverload",
                                     description="Closed-loop load of the API's store calls, through the driver.")
    parser.add_argument("--uri", default=settings.neo4j_uri, help="Bolt URI (default: LETOPIS_NEO4J_URI).")
    parser.add_argument("--user", default=settings.neo4j_user, help="default: LETOPIS_NEO4J_USER")
    parser.add_argument("--password", help="default: LETOPIS_NEO4J_PASSWORD")
    parser.add_argument("--database", default=settings.neo4j_database, help="default: LETOPIS_NEO4J_DATABASE")
    add_load_arguments(parser)
    args = parser.parse_args(argv)
    scenarios = scenarios_from_arguments(parser, args)
    password = args.password if args.password is not None else settings.neo4j_password.get_secret_value()
    try:
        result = run_load(args.uri, args.user, password, scenarios, args.concurrency, args.duration, args.warmup,
                          database=args.database or None, prime=args.prime)
    except (neo4j.exceptions.Neo4jError, neo4j.exceptions.DriverError, OSError) as exc:
        print(f"error: cannot run against {args.uri}: {exc}", file=sys.stderr)
        return 1
    return write_result(result, args.out, strict=args.strict)


if __name__ == "__main__":
    sys.exit(main())
