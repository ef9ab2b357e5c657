"""The load generators and their scenarios, without Neo4j: a stdlib HTTP server, a recording store, a fake server."""

from __future__ import annotations

import inspect
import itertools
import json
import socket
import sys
import threading
import time
from collections import Counter
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from bench import coldstart, driverload, httpload
from bench.scenarios import (
    Call,
    Failed,
    Request,
    Scenario,
    load,
    play,
    save,
    standard_scenarios,
)

STANDARD = dict(leader_pairs=[("tokayev", "putin"), ("macron", "tokayev")], persons=["tokayev", "putin"],
                event_ids=["ev-0001", "ev-0002", "ev-0003"], inflected_names=["Путиным", "Си Цзиньпином"],
                page_size=20)


# ---------------------------------------------------------------------------- a tiny HTTP server


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as uvicorn

    def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
        server = self.server
        with server.lock:
            server.paths[self.path] += 1
            server.api_keys.add(self.headers.get("X-API-Key"))
        status = 404 if self.path.startswith("/missing") else 200
        body = json.dumps({"path": self.path}).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def http_server():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    server.lock = threading.Lock()
    server.paths = Counter()
    server.api_keys = set()
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


def _base(server) -> str:
    return f"http://127.0.0.1:{server.server_address[1]}"


def _scenario(name: str, *paths: str) -> Scenario:
    return Scenario(name, name, tuple(Request(p, "ping") for p in paths))


# ---------------------------------------------------------------------------- httpload


def test_httpload_counts_successes_and_failures_apart(http_server):
    ok = _scenario("ok", "/ok/a", "/ok/b", "/ok/c")
    missing = _scenario("missing", "/missing/x")
    result = httpload.run_load(_base(http_server), [ok, missing], concurrency=4, duration=0.4, warmup=0.1,
                               api_key="secret")

    assert result["concurrency"] == 4 and result["client"]
    good = result["scenarios"]["ok"]
    assert good["errors"] == 0 and good["error_kinds"] == {}
    assert good["count"] > 10
    assert 0 < good["p50_ms"] <= good["p95_ms"] <= good["p99_ms"] <= good["max_ms"]
    assert good["throughput_rps"] == pytest.approx(good["count"] / good["duration_s"])
    assert 0.4 <= good["duration_s"] < 5

    bad = result["scenarios"]["missing"]
    assert bad["count"] == 0 and bad["p50_ms"] is None and bad["throughput_rps"] == 0
    assert bad["errors"] > 10 and bad["error_kinds"] == {"http_404": bad["errors"]}

    # Every client cycles through the pool (from its own offset), each request with the key.
    assert {p for p in http_server.paths if p.startswith("/ok")} == {"/ok/a", "/ok/b", "/ok/c"}
    assert http_server.api_keys == {"secret"}


def test_httpload_counts_a_server_that_is_gone_as_errors():
    port = coldstart.free_port()
    result = httpload.run_load(f"http://127.0.0.1:{port}", [_scenario("down", "/x")], concurrency=2,
                               duration=0.2, warmup=0)
    down = result["scenarios"]["down"]
    assert down["count"] == 0 and down["errors"] > 0
    assert set(down["error_kinds"]) == {"ConnectionRefusedError"}


@pytest.mark.parametrize("url, expected", [
    ("http://127.0.0.1:8000", ("127.0.0.1", 8000, "")),
    ("http://localhost:1/", ("localhost", 1, "")),
    ("http://[::1]:8000/prefix/", ("::1", 8000, "/prefix")),
    ("http://127.0.0.1", ("127.0.0.1", 80, "")),
])
def test_loopback_urls_are_accepted(url, expected):
    assert httpload.loopback_target(url) == expected


@pytest.mark.parametrize("url, complaint", [
    ("http://10.0.0.7:8000", "loopback"),
    ("http://example.com", "loopback"),
    ("http://127.0.0.2:8000", "loopback"),
    ("https://127.0.0.1:8443", "http://"),
    ("127.0.0.1:8000", "http://"),
    ("http://127.0.0.1:8000/?x=1", "path prefix"),
    ("http://127.0.0.1:99999", "(?i)port"),
])
def test_other_urls_are_refused(url, complaint):
    with pytest.raises(ValueError, match=complaint):
        httpload.loopback_target(url)


def test_httpload_cli_refuses_a_remote_host(tmp_path, capsys):
    scenarios = tmp_path / "s.json"
    save([_scenario("ok", "/ok")], scenarios)
    with pytest.raises(SystemExit) as exit_info:
        httpload.main(["--base-url", "http://192.168.1.5:8000", "--scenarios", str(scenarios)])
    assert exit_info.value.code == 2
    assert "loopback" in capsys.readouterr().err


@pytest.mark.parametrize("args, message", [
    (["--scenarios", "/nonexistent/s.json"], "cannot read"),
    (["--concurrency", "0"], "--concurrency"),
    (["--duration", "0"], "--duration"),
    (["--scenario", "nope"], "no scenario named nope"),
])
def test_httpload_cli_usage_errors(tmp_path, capsys, args, message):
    scenarios = tmp_path / "s.json"
    save([_scenario("ok", "/ok")], scenarios)
    argv = ["--base-url", "http://127.0.0.1:9", "--scenarios", str(scenarios), *args]
    with pytest.raises(SystemExit) as exit_info:
        httpload.main(argv)
    assert exit_info.value.code == 2
    assert message in capsys.readouterr().err


def test_httpload_cli_writes_the_result_and_flags_failures(http_server, tmp_path, capsys):
    scenarios = tmp_path / "s.json"
    save([_scenario("ok", "/ok"), _scenario("missing", "/missing")], scenarios)
    out = tmp_path / "result.json"
    common = ["--base-url", _base(http_server), "--scenarios", str(scenarios), "--concurrency", "2",
              "--duration", "0.2", "--warmup", "0", "--out", str(out)]

    assert httpload.main([*common, "--scenario", "ok"]) == 0
    result = json.loads(out.read_text())
    assert list(result["scenarios"]) == ["ok"] and result["concurrency"] == 2
    assert {"p50_ms", "p95_ms", "p99_ms", "max_ms", "count", "errors", "throughput_rps",
            "duration_s"} <= set(result["scenarios"]["ok"])

    assert httpload.main(common) == 0
    err = capsys.readouterr().err
    assert "missing: " in err and "requests failed" in err
    assert httpload.main([*common, "--strict"]) == 1
    assert "requests failed" in capsys.readouterr().err
    assert json.loads(out.read_text())["scenarios"]["missing"]["errors"] > 0


# ---------------------------------------------------------------------------- the closed loop


class _Recorder:
    def __init__(self, fail_on: str = ""):
        self.sent: list[str] = []
        self.fail_on = fail_on

    def send(self, request: Request) -> None:
        self.sent.append(request.path)
        time.sleep(0.001)
        if request.path == self.fail_on:
            raise Failed("http_500")

    def close(self) -> None:
        pass


def test_each_client_cycles_through_the_pool_from_its_own_offset():
    pool = _scenario("pool", "/0", "/1", "/2")
    clients = [_Recorder() for _ in range(4)]
    play(pool, clients, duration=0.2, warmup=0, prime=False)
    for index, client in enumerate(clients):
        expected = [f"/{(index + k) % 3}" for k in range(len(client.sent))]
        assert client.sent == expected and len(client.sent) > 3


def test_priming_sends_the_first_request_alone_and_times_it():
    clients = [_Recorder(), _Recorder()]
    result = play(_scenario("pool", "/0", "/1"), clients, duration=0.05, warmup=0)
    assert clients[0].sent[:2] == ["/0", "/0"] and clients[1].sent[0] == "/1"
    assert result["first_request_ms"] >= 1 and "first_request_error" not in result
    assert not result["warmup_too_short"]
    failing = play(_scenario("pool", "/0"), [_Recorder(fail_on="/0")], duration=0.05, warmup=0)
    assert failing["first_request_error"] == "http_500"


class _Stuck(_Recorder):
    """Its first request takes longer than the warm-up."""

    def send(self, request: Request) -> None:
        super().send(request)
        if len(self.sent) == 1:
            time.sleep(0.5)


def test_a_warmup_too_short_shows_in_the_result(tmp_path, capsys):
    result = play(_scenario("slow", "/0"), [_Stuck()], duration=0.1, warmup=0.1, prime=False)
    assert result["warmup_too_short"] and result["warmup_late_max_ms"] >= 500
    assert result["count"] == 0 and result["errors"] == 0  # busy all the window with a warm-up request
    from bench.scenarios import write_result

    assert write_result({"scenarios": {"slow": result}, "concurrency": 1}, tmp_path / "r.json", strict=True) == 1
    err = capsys.readouterr().err
    assert "no request finished in the recorded window" in err and "longer --warmup" in err


def test_warmup_requests_are_not_recorded():
    ticks = itertools.count()  # a clock that moves one second each time it is read
    clients = [_Recorder(fail_on="/1")]
    result = play(_scenario("pool", "/0", "/1"), clients, duration=10, warmup=10, prime=False,
                  clock=lambda: float(next(ticks)))
    # Recording runs from 10 to 20; each request reads the clock when sent (1, 3, 5, ...) and done.
    assert len(clients[0].sent) == 10
    assert result["errors"] == 3 and result["count"] == 2  # "/1" sent at 11, 15, 19; "/0" at 13, 17
    assert result["error_kinds"] == {"http_500": 3}
    assert result["duration_s"] == 10 and result["throughput_rps"] == pytest.approx(0.2)


# ---------------------------------------------------------------------------- scenarios


def test_scenario_file_round_trip(tmp_path):
    scenarios = standard_scenarios(**STANDARD)
    extra = Scenario("dated", "with dates", (Request("/api/v1/events?from=2024-01-01", "events",
                                                     {"date_from": "2024-01-01", "limit": 5}),))
    path = tmp_path / "scenarios.json"
    save([*scenarios, extra], path)
    assert load(path) == [*scenarios, extra]
    assert "Путиным" in path.read_text(encoding="utf-8")  # names stay readable in the file


def test_standard_scenarios_ask_what_the_issue_asks():
    by_name = {s.name: s for s in standard_scenarios(**STANDARD)}
    assert list(by_name) == ["two_leader_meetings", "person_timeline", "person_detail", "event_detail",
                             "person_search"]

    meetings = by_name["two_leader_meetings"].requests[0]
    url = urlsplit(meetings.path)
    assert url.path == "/api/v1/events"
    assert parse_qs(url.query) == {"participant": ["tokayev", "putin"], "type": ["meeting"], "limit": ["20"]}
    assert meetings.call == "events"
    assert meetings.kwargs == {"participants": ["tokayev", "putin"], "types": ["meeting"], "limit": 20}

    timeline = by_name["person_timeline"].requests[1]
    assert timeline.path == "/api/v1/persons/putin/timeline?limit=20"
    assert timeline.call == "person_timeline" and timeline.kwargs == {"person_id": "putin", "limit": 20}

    person = by_name["person_detail"].requests[1]
    assert person.path == "/api/v1/persons/putin" and person.call == "person"
    assert person.kwargs == {"person_id": "putin"} and [c.call for c in person.before] == ["resolve_person"]

    assert [r.path for r in by_name["event_detail"].requests] == [
        "/api/v1/events/ev-0001", "/api/v1/events/ev-0002", "/api/v1/events/ev-0003"]

    search = by_name["person_search"].requests[1]
    assert urlsplit(search.path).path == "/api/v1/persons"
    assert parse_qs(urlsplit(search.path).query) == {"q": ["Си Цзиньпином"], "limit": ["10"]}
    assert search.call == "search_persons" and search.kwargs == {"q": "Си Цзиньпином", "limit": 10}


class _RecordingStore:
    """Answers every store call with an empty but valid result and records how it was called."""

    def __init__(self):
        self.calls: list[tuple[str, tuple, dict]] = []
        self.lock = threading.Lock()

    def ensure_ready(self) -> None:
        """The schema check every request's store dependency makes: no graph work of the route's."""

    def __getattr__(self, name: str):
        from graph.results import EventDetail, EventPage, PersonOut, PersonRef

        answers = {
            "resolve_person": lambda text: [PersonRef(id=text, name=text)],
            "person": lambda person_id: PersonOut(id=person_id, name=person_id),
            "event": lambda event_id: EventDetail(id=event_id, type="meeting", status="held", title="t",
                                                  confidence=1.0),
            "events": lambda **kw: EventPage(items=[]),
            "person_timeline": lambda *a, **kw: EventPage(items=[]),
            "search_persons": lambda *a, **kw: [],
        }
        if name not in answers:
            raise AttributeError(name)

        def call(*args, **kwargs):
            with self.lock:
                self.calls.append((name, args, kwargs))
            return answers[name](*args, **kwargs)

        return call


def _bound(method: str, args: tuple, kwargs: dict) -> tuple[str, dict]:
    """A store call with its arguments bound to `GraphStore`'s signature, defaults filled in."""
    from graph.store import GraphStore
    from service.names import Names

    owner = Names if hasattr(Names, method) else GraphStore
    bound = inspect.signature(getattr(owner, method)).bind(None, *args, **kwargs)
    bound.apply_defaults()
    return method, {k: v for k, v in bound.arguments.items() if k != "self"}


def test_each_request_names_exactly_the_store_calls_its_route_makes():
    """The driver reference must do the route's graph work: same calls, same order, same arguments."""
    from fastapi.testclient import TestClient

    from app.core.config import Settings
    from app.main import create_app

    app = create_app(Settings(_env_file=None))
    app.state.store = app.state.names = store = _RecordingStore()
    with TestClient(app) as client:
        for scenario in standard_scenarios(**STANDARD):
            for request in scenario.requests:
                store.calls.clear()
                response = client.get(request.path)
                assert response.status_code == 200, (request.path, response.text)
                made = [_bound(name, args, kwargs) for name, args, kwargs in store.calls]
                declared = [_bound(c.call, (), c.python_kwargs()) for c in request.calls()]
                assert made == declared, request.path


@pytest.mark.parametrize("change, message", [
    (lambda d: d.update(format="other"), "not a scenario file"),
    (lambda d: d.update(version=2), "version"),
    (lambda d: d.update(scenarios=[]), "non-empty"),
    (lambda d: d["scenarios"][0]["requests"][0].update(call="ingest"), "not a GraphStore read"),
    (lambda d: d["scenarios"][0]["requests"][0]["before"][0].update(call="close"), "not a GraphStore read"),
    (lambda d: d["scenarios"][0]["requests"][0].update(path="/api/v1/persons?q=Путиным"), "URL-encoded"),
    (lambda d: d["scenarios"][0]["requests"][0].update(path="api/v1/events"), "start with '/'"),
    (lambda d: d["scenarios"][0].update(requests=[]), "no requests"),
    (lambda d: d["scenarios"][1].update(name=d["scenarios"][0]["name"]), "unique"),
    (lambda d: d["scenarios"][0]["requests"][0].pop("path"), "path"),
])
def test_malformed_scenario_files_are_rejected_with_the_reason(tmp_path, change, message):
    path = tmp_path / "s.json"
    save(standard_scenarios(**STANDARD), path)
    doc = json.loads(path.read_text(encoding="utf-8"))
    change(doc)
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ValueError, match=message):
        load(path)


def test_standard_scenarios_need_something_to_ask():
    with pytest.raises(ValueError, match="event_ids is empty"):
        standard_scenarios(**{**STANDARD, "event_ids": []})


def test_date_arguments_come_back_as_dates():
    call = Call("events", {"date_from": "2024-02-01", "date_to": "2024-03-01", "q": "2024-01-01"})
    assert call.python_kwargs() == {"date_from": date(2024, 2, 1), "date_to": date(2024, 3, 1), "q": "2024-01-01"}


# ---------------------------------------------------------------------------- driverload


class _FakeStore:
    registry = gazetteer = None

    def __init__(self):
        self.seen: list[tuple[str, dict]] = []
        self.lock = threading.Lock()

    def _note(self, name: str, **kwargs) -> None:
        with self.lock:
            self.seen.append((name, kwargs))

    def resolve_person(self, text):
        self._note("resolve_person", text=text)
        return {"nobody": [], "two": ["a", "b"]}.get(text, [text])

    def events(self, **kwargs):
        self._note("events", **kwargs)
        return "page"

    def event(self, event_id):
        self._note("event", event_id=event_id)
        return None if event_id == "ev-gone" else "event"


def test_driverload_runs_every_call_and_fails_like_the_route():
    ok = Scenario("ok", "", (Request("/e", "events", {"participants": ["a"], "date_from": "2024-01-01"},
                                     before=(Call("resolve_person", {"text": "a"}),)),))
    gone = Scenario("gone", "", (Request("/e/1", "event", {"event_id": "ev-gone"}),))
    unknown = Scenario("unknown", "", tuple(
        Request("/e", "events", {}, before=(Call("resolve_person", {"text": who}),)) for who in ("nobody", "two")))
    store = _FakeStore()
    result = driverload.run_on_store(store, [ok, gone, unknown], concurrency=3, duration=0.2, warmup=0)

    assert result["concurrency"] == 3 and result["target"] == "driver"
    assert result["scenarios"]["ok"]["count"] > 0 and result["scenarios"]["ok"]["errors"] == 0
    assert ("events", {"participants": ["a"], "date_from": date(2024, 1, 1)}) in store.seen
    assert result["scenarios"]["gone"]["error_kinds"] == {"not_found": result["scenarios"]["gone"]["errors"]}
    assert set(result["scenarios"]["unknown"]["error_kinds"]) == {"not_found", "ambiguous"}
    assert not any(name == "events" and not kw for name, kw in store.seen)  # failed resolution stops the request


def test_driverload_refuses_a_store_without_the_method():
    scenario = Scenario("s", "", (Request("/x", "person_timeline", {"person_id": "a"}),))
    with pytest.raises(ValueError, match="person_timeline"):
        driverload.run_on_store(_FakeStore(), [scenario], concurrency=1, duration=0.1, warmup=0)


# ---------------------------------------------------------------------------- cold start


_FAKE_SERVER = """
import sys, time
from http.server import BaseHTTPRequestHandler, HTTPServer
time.sleep(float(sys.argv[2]))
class H(BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(200 if self.path == "/ready" else 404); self.end_headers()
    def log_message(self, *a): pass
HTTPServer(("127.0.0.1", int(sys.argv[1])), H).serve_forever()
"""


def _listening(port: int) -> bool:
    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", port)) == 0


def test_serve_ready_seconds_times_a_server_and_stops_it():
    port = coldstart.free_port()
    seconds = coldstart.serve_ready_seconds({}, port=port, timeout=20,
                                            command=[sys.executable, "-c", _FAKE_SERVER, str(port), "0.3"])
    assert 0.3 <= seconds < 10
    assert not _listening(port)


def test_serve_ready_seconds_reports_a_server_that_dies():
    port = coldstart.free_port()
    with pytest.raises(RuntimeError, match="exited with status 3"):
        coldstart.serve_ready_seconds({}, port=port, timeout=20,
                                      command=[sys.executable, "-c", "print('boom'); raise SystemExit(3)"])


def test_serve_ready_seconds_gives_up_and_stops_the_child():
    port = coldstart.free_port()
    with pytest.raises(TimeoutError, match="not ready after 0.5 s"):
        coldstart.serve_ready_seconds({}, port=port, timeout=0.5,
                                      command=[sys.executable, "-c", "import time; time.sleep(60)"])


def test_serve_ready_seconds_will_not_time_someone_elses_server(http_server):
    with pytest.raises(RuntimeError, match="already in use"):
        coldstart.serve_ready_seconds({}, port=http_server.server_address[1], timeout=5,
                                      command=[sys.executable, "-c", "pass"])


def test_the_letopis_script_sits_next_to_the_interpreter():
    command = coldstart.letopis_command(8123)
    assert Path(command[0]).parent == Path(sys.executable).parent
    assert command[1:] == ["serve", "--host", "127.0.0.1", "--port", "8123"]
