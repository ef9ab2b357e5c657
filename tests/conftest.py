"""Shared fixtures. Tests that need Neo4j get their own throwaway server.

The test server is a second local instance: the jars already downloaded for the development
server (``Settings.neo4j_home``), but its own data directory under pytest's temp dir, its
own ports and a small heap. So `make test` never touches what `make run` ingested.
It starts lazily, the first time a test asks for one of the fixtures below, so unit tests
run without Java. Tests using these fixtures are marked ``neo4j`` automatically
(deselect them with ``-m "not neo4j"``).

Ports: ``LETOPIS_TEST_NEO4J_BOLT_PORT`` / ``LETOPIS_TEST_NEO4J_HTTP_PORT`` if set (e.g. 17687 /
17474 to point a Browser at it while debugging), otherwise free ports chosen by the OS. Fixed
defaults are not used: two test runs on one machine would take each other's ports whenever
one of them restarts its server.
"""

from __future__ import annotations

import contextlib
import os
import socket
from collections.abc import Iterator
from pathlib import Path

import neo4j
import pytest

from app.core.config import get_settings
import devserver
from devserver import LocalServerConfig, LocalServerError

NEO4J_FIXTURES = frozenset({"neo4j_test_server", "neo4j_driver", "clean_db"})
TEST_PASSWORD = "letopis-test-pass"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that pulls in the test server, so `-m "not neo4j"` skips all of them."""
    for item in items:
        if NEO4J_FIXTURES.intersection(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.neo4j)


def _any_free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _test_ports() -> tuple[int, int]:
    bolt_env = os.environ.get("LETOPIS_TEST_NEO4J_BOLT_PORT")
    http_env = os.environ.get("LETOPIS_TEST_NEO4J_HTTP_PORT")
    if bolt_env and http_env:
        return int(bolt_env), int(http_env)
    bolt = _any_free_port()
    http = _any_free_port()
    while http == bolt:
        http = _any_free_port()
    return bolt, http


def make_test_server_config(data_dir: Path) -> LocalServerConfig:
    """Config for a throwaway test instance in ``data_dir`` sharing the development jars."""
    settings = get_settings()
    bolt_port, http_port = _test_ports()
    return LocalServerConfig(
        home_dir=settings.neo4j_home,
        data_dir=data_dir,
        version=settings.neo4j_version,
        bolt_port=bolt_port,
        http_port=http_port,
        password=TEST_PASSWORD,
        heap="512m",
        pagecache="64m",
        start_timeout=settings.neo4j_start_timeout,
        stop_timeout=30.0,
        die_with_parent=True,
    )


@contextlib.contextmanager
def _visible_output(config: pytest.Config) -> Iterator[None]:
    """Let progress reach the terminal despite output capture (the first download is slow)."""
    capture = config.pluginmanager.getplugin("capturemanager")
    if capture is None:
        yield
        return
    with capture.global_and_fixture_disabled():
        yield


@pytest.fixture(scope="session")
def neo4j_test_server(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[LocalServerConfig]:
    """Start the test Neo4j once per session; yield its config (so tests may stop/start it)."""
    cfg = make_test_server_config(tmp_path_factory.mktemp("neo4j-test"))
    try:
        if not devserver.is_installed(cfg):
            with _visible_output(request.config):
                devserver.ensure_installed(cfg)
        devserver.start(cfg, progress=None)
    except LocalServerError as exc:
        pytest.fail(f"could not start the test Neo4j server:\n{exc}", pytrace=False)
    yield cfg
    devserver.stop(cfg)


@pytest.fixture(scope="session")
def neo4j_driver(neo4j_test_server: LocalServerConfig) -> Iterator[neo4j.Driver]:
    """A driver connected to the test server (not the development server)."""
    with neo4j.GraphDatabase.driver(
        neo4j_test_server.bolt_uri, auth=neo4j_test_server.auth
    ) as driver:
        driver.verify_connectivity()
        yield driver


@pytest.fixture
def clean_db(neo4j_driver: neo4j.Driver) -> neo4j.Driver:
    """The test server's driver after deleting every node and relationship.

    Schema (constraints, indexes) is kept: creating it is idempotent and slow to redo.
    """
    neo4j_driver.execute_query("MATCH (n) DETACH DELETE n")
    return neo4j_driver
