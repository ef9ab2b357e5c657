"""The local Neo4j server manager against a real server (the session's test instance).

The first group needs no server: config rendering and error paths that must fail fast.
"""

from __future__ import annotations

import dataclasses
import json
import socket
import urllib.request
from pathlib import Path

import neo4j
import pytest

import devserver
from devserver import LocalServerConfig, LocalServerError


def _config(tmp_path: Path, **overrides: object) -> LocalServerConfig:
    base = LocalServerConfig(
        home_dir=tmp_path / "home", data_dir=tmp_path / "instance", bolt_port=27001, http_port=27002
    )
    return dataclasses.replace(base, **overrides)


def _conf_values(text: str) -> dict[str, str]:
    pairs = (line.split("=", 1) for line in text.splitlines() if line and not line.startswith("#"))
    return {key: value for key, value in pairs}


# --------------------------------------------------------------------------- no server


def test_config_is_loopback_only_with_fixed_ports_and_no_telemetry(tmp_path: Path) -> None:
    cfg = _config(tmp_path, bolt_port=27687, http_port=27474, heap="256m", pagecache="32m")
    path = devserver.write_config(cfg)

    values = _conf_values(path.read_text(encoding="utf-8"))

    assert path == cfg.data_dir / "conf" / "neo4j.conf"
    assert values["server.default_listen_address"] == "127.0.0.1"
    assert values["server.bolt.listen_address"] == "127.0.0.1:27687"
    assert values["server.http.listen_address"] == "127.0.0.1:27474"
    assert values["server.https.enabled"] == "false"
    assert values["dbms.usage_report.enabled"] == "false"
    assert values["server.memory.pagecache.size"] == "32m"
    assert values["server.directories.data"] == str(cfg.data_dir / "db")
    assert values["server.directories.logs"] == str(cfg.data_dir / "logs")
    assert all(
        value.startswith("127.0.0.1") for key, value in values.items() if key.endswith("_address")
    )


def test_short_password_is_refused_before_anything_runs(tmp_path: Path) -> None:
    with pytest.raises(LocalServerError, match="at least 8"):
        devserver.set_initial_password(_config(tmp_path, password="short"))


def test_stop_without_a_server_reports_false_and_clears_stale_pid(tmp_path: Path) -> None:
    cfg = _config(tmp_path)
    cfg.pid_file.parent.mkdir(parents=True)
    cfg.pid_file.write_text("999999999\n")

    assert devserver.stop(cfg) is False
    assert not cfg.pid_file.exists()
    state = devserver.status(cfg)
    assert (state.running, state.answering, state.pid) == (False, False, None)


def test_start_refuses_a_port_taken_by_another_process(tmp_path: Path) -> None:
    with socket.socket() as squatter:
        squatter.bind(("127.0.0.1", 0))
        squatter.listen()
        taken = squatter.getsockname()[1]
        cfg = _config(tmp_path, bolt_port=taken)

        with pytest.raises(LocalServerError, match=f"{taken} is already in use"):
            devserver.start(cfg, progress=None)
    assert not cfg.pid_file.exists()


def test_not_installed_in_an_empty_home(tmp_path: Path) -> None:
    assert devserver.is_installed(_config(tmp_path)) is False


# --------------------------------------------------------------------------- real server


@pytest.mark.neo4j
def test_second_install_is_instant_and_stamped(neo4j_test_server: LocalServerConfig) -> None:
    lib = devserver.ensure_installed(neo4j_test_server, progress=None)

    stamp = json.loads(neo4j_test_server.stamp_file.read_text())
    assert stamp["version"] == neo4j_test_server.version
    assert any(lib.glob("neo4j-server-*.jar"))
    assert any(lib.glob("neo4j-browser-*.jar"))


def test_server_answers_bolt_with_the_configured_version(
    neo4j_driver: neo4j.Driver, neo4j_test_server: LocalServerConfig
) -> None:
    records, _, _ = neo4j_driver.execute_query("RETURN 1 + 1 AS two")

    assert records[0]["two"] == 2
    assert neo4j_driver.get_server_info().agent == f"Neo4j/{neo4j_test_server.version}"


def test_status_reports_the_running_server(neo4j_test_server: LocalServerConfig) -> None:
    state = devserver.status(neo4j_test_server)

    assert state.running and state.answering
    assert state.pid == int(neo4j_test_server.pid_file.read_text())
    assert state.bolt_uri == f"bolt://127.0.0.1:{neo4j_test_server.bolt_port}"


def test_write_then_read_round_trips(clean_db: neo4j.Driver) -> None:
    clean_db.execute_query(
        "CREATE (:Probe {name: $name, day: date($day)})",
        name="Токаев прибыл в Астану / Тоқаев Астанаға келді",
        day="2024-05-17",
    )

    records, _, _ = clean_db.execute_query("MATCH (p:Probe) RETURN p.name AS name, p.day AS day")

    assert [r["name"] for r in records] == ["Токаев прибыл в Астану / Тоқаев Астанаға келді"]
    assert str(records[0]["day"]) == "2024-05-17"


def test_clean_db_starts_empty(clean_db: neo4j.Driver) -> None:
    records, _, _ = clean_db.execute_query("MATCH (n) RETURN count(n) AS n")
    assert records[0]["n"] == 0


def test_starting_twice_is_a_no_op(neo4j_test_server: LocalServerConfig) -> None:
    before = devserver.status(neo4j_test_server)

    again = devserver.start(neo4j_test_server, progress=None)

    assert again.pid == before.pid
    assert again.answering


def test_browser_and_discovery_are_served_on_loopback(neo4j_test_server: LocalServerConfig) -> None:
    with urllib.request.urlopen(neo4j_test_server.browser_url, timeout=10) as resp:
        page = resp.read().decode("utf-8")
    assert "Neo4j Browser" in page

    root = f"http://127.0.0.1:{neo4j_test_server.http_port}/"
    with urllib.request.urlopen(root, timeout=10) as resp:
        discovery = json.load(resp)
    assert discovery["bolt_direct"] == neo4j_test_server.bolt_uri
    assert discovery["neo4j_version"] == neo4j_test_server.version


def test_wrong_password_is_rejected(neo4j_test_server: LocalServerConfig) -> None:
    with neo4j.GraphDatabase.driver(neo4j_test_server.bolt_uri, auth=("neo4j", "not-the-password")) as d:
        with pytest.raises(neo4j.exceptions.AuthError):
            d.verify_connectivity()


def test_initial_password_is_not_reapplied_after_first_start(
    neo4j_test_server: LocalServerConfig,
) -> None:
    assert devserver.is_initialized(neo4j_test_server)
    assert devserver.set_initial_password(neo4j_test_server) is False


def test_data_survives_a_stop_and_start(
    clean_db: neo4j.Driver, neo4j_test_server: LocalServerConfig
) -> None:
    clean_db.execute_query("CREATE (:Probe {name: 'persisted'})")

    assert devserver.stop(neo4j_test_server) is True
    assert devserver.status(neo4j_test_server).running is False
    restarted = devserver.start(neo4j_test_server, progress=None)

    assert restarted.answering
    records, _, _ = clean_db.execute_query("MATCH (p:Probe) RETURN p.name AS name")
    assert [r["name"] for r in records] == ["persisted"]


@pytest.mark.neo4j
def test_a_server_that_cannot_start_fails_with_its_log(
    neo4j_test_server: LocalServerConfig, tmp_path: Path
) -> None:
    # Shares the installed jars; an impossible heap makes the JVM exit at once.
    broken = dataclasses.replace(
        neo4j_test_server, data_dir=tmp_path / "broken", heap="1x", die_with_parent=True,
        bolt_port=_free_port(), http_port=_free_port(),
    )  # fmt: skip

    with pytest.raises(LocalServerError, match="exited during start-up") as failure:
        devserver.start(broken, progress=None)

    assert "Could not create the Java Virtual Machine" in str(failure.value)
    assert not broken.pid_file.exists()
    assert devserver.status(broken).running is False


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])
