"""Load scenarios: what a load run sends, stored as JSON, and the closed loop that plays them.

    python -m bench.scenarios --pair tokayev,putin --person tokayev --event ev-... \
        --name Путиным --out scenarios.json      # the four standard scenarios over these ids

A scenario is a pool of requests. Each request carries both forms of the same work: the HTTP
path the API is asked for, and the `GraphStore` calls the route behind that path makes, in the
order it makes them. `bench.httpload` sends the paths; `bench.driverload` runs the calls on a
store of its own. Both play a scenario with `play`, so the two sets of numbers differ only by
what sits between the client and the graph (HTTP, FastAPI, validation, serialisation).
"""

from __future__ import annotations

import argparse
import json
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import quote, urlencode

from bench.stats import latency_summary

FORMAT = "letopis-bench-scenarios"
VERSION = 1

# The read methods of `graph.store.GraphStore` a scenario may call. Anything else (ingest, schema
# set-up, close) has no place in a read benchmark, so a scenario file naming it is rejected.
STORE_READS = frozenset({
    "article", "counts", "event", "events", "person", "person_connections", "person_timeline",
    "place", "place_events", "ping", "resolve_person", "resolve_place", "search_persons", "subgraph",
})
# Keyword arguments that are dates: JSON holds them as ISO strings, the store wants `date`.
DATE_KWARGS = frozenset({"date_from", "date_to"})


@dataclass(frozen=True)
class Call:
    """One `GraphStore` method call: its name and JSON-able keyword arguments."""

    call: str
    kwargs: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.call not in STORE_READS:
            raise ValueError(f"{self.call!r} is not a GraphStore read (one of {', '.join(sorted(STORE_READS))})")
        if not isinstance(self.kwargs, dict) or not all(isinstance(k, str) for k in self.kwargs):
            raise ValueError(f"the arguments of {self.call!r} must be an object with string keys")

    def python_kwargs(self) -> dict[str, Any]:
        """The arguments as the store takes them: ISO date strings turned back into dates."""
        return {k: date.fromisoformat(v) if k in DATE_KWARGS and isinstance(v, str) else v
                for k, v in self.kwargs.items()}

    def to_json(self) -> dict[str, Any]:
        return {"call": self.call, "kwargs": self.kwargs}


@dataclass(frozen=True)
class Request:
    """An API request and the graph work behind it.

    ``path``: the HTTP path with its query string, already URL-encoded. ``call``/``kwargs``: the
    store method the route ends up calling (the query the request is about). ``before``: the
    store calls the route makes first, in order (resolving names, loading the person a timeline
    belongs to), so that a reference run through the driver does exactly the route's graph work.
    """

    path: str
    call: str
    kwargs: dict[str, Any] = field(default_factory=dict)
    before: tuple[Call, ...] = ()

    def __post_init__(self) -> None:
        if not self.path.startswith("/") or not self.path.isascii() or any(c.isspace() for c in self.path):
            raise ValueError(f"path {self.path!r} must start with '/' and be URL-encoded (ASCII, no spaces)")
        Call(self.call, self.kwargs)  # validates the main call
        object.__setattr__(self, "before", tuple(self.before))
        if not all(isinstance(c, Call) for c in self.before):
            raise ValueError("before must hold Call objects")

    def calls(self) -> tuple[Call, ...]:
        """Every store call of the route, in order: ``before``, then the main one."""
        return (*self.before, Call(self.call, self.kwargs))

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"path": self.path, "call": self.call, "kwargs": self.kwargs}
        if self.before:
            out["before"] = [c.to_json() for c in self.before]
        return out


@dataclass(frozen=True)
class Scenario:
    """A named pool of requests; a load run cycles through it."""

    name: str
    description: str
    requests: tuple[Request, ...]

    def __post_init__(self) -> None:
        if not self.name or not self.name.replace("_", "").replace("-", "").isalnum():
            raise ValueError(f"scenario name {self.name!r} must be a non-empty word (letters, digits, _ or -)")
        if not self.requests:
            raise ValueError(f"scenario {self.name!r} has no requests")
        object.__setattr__(self, "requests", tuple(self.requests))

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "description": self.description,
                "requests": [r.to_json() for r in self.requests]}


# ---------------------------------------------------------------------------- files


def save(scenarios: Sequence[Scenario], path: Path) -> None:
    """Write scenarios as JSON (UTF-8, names kept readable)."""
    _unique_names(scenarios)
    doc = {"format": FORMAT, "version": VERSION, "scenarios": [s.to_json() for s in scenarios]}
    Path(path).write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def load(path: Path) -> list[Scenario]:
    """Read a file `save` wrote. Raises ValueError saying where a malformed file goes wrong."""
    try:
        doc = json.loads(Path(path).read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ValueError(f"{path}: not JSON ({exc})") from exc
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise ValueError(f"{path}: not a scenario file (expected \"format\": \"{FORMAT}\")")
    if doc.get("version") != VERSION:
        raise ValueError(f"{path}: scenario file version {doc.get('version')!r}, this reader knows {VERSION}")
    raw = doc.get("scenarios")
    if not isinstance(raw, list) or not raw:
        raise ValueError(f"{path}: \"scenarios\" must be a non-empty list")
    out = []
    for i, item in enumerate(raw):
        try:
            out.append(_scenario(item))
        except (ValueError, TypeError, KeyError) as exc:
            name = item.get("name") if isinstance(item, dict) else None
            raise ValueError(f"{path}: scenario {i} ({name or 'unnamed'}): {exc}") from exc
    _unique_names(out)
    return out


def _scenario(item: Mapping[str, Any]) -> Scenario:
    requests = []
    for j, r in enumerate(item["requests"]):
        try:
            before = tuple(Call(str(c["call"]), c.get("kwargs") or {}) for c in r.get("before") or ())
            requests.append(Request(str(r["path"]), str(r["call"]), r.get("kwargs") or {}, before))
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise ValueError(f"request {j}: {exc!r}") from exc
    return Scenario(str(item["name"]), str(item.get("description", "")), tuple(requests))


def _unique_names(scenarios: Sequence[Scenario]) -> None:
    twice = [n for n, k in Counter(s.name for s in scenarios).items() if k > 1]
    if twice:
        raise ValueError(f"scenario names must be unique; repeated: {', '.join(twice)}")


# ---------------------------------------------------------------------------- the four queries


API = "/api/v1"


def standard_scenarios(
    *,
    leader_pairs: Sequence[tuple[str, str]],
    persons: Sequence[str],
    event_ids: Sequence[str],
    inflected_names: Sequence[str],
    page_size: int = 20,
) -> list[Scenario]:
    """The queries of the latency targets, each mirrored by the store calls its route makes.

    ``leader_pairs`` and ``persons`` are graph person ids (an id resolves with one lookup, as a
    client that got it from the API would send it); ``inflected_names`` are names as typed, in
    any grammatical case (e.g. "Путиным"); ``event_ids`` are event ids from the graph.
    """
    for label, values in (("leader_pairs", leader_pairs), ("persons", persons), ("event_ids", event_ids),
                          ("inflected_names", inflected_names)):
        if not values:
            raise ValueError(f"{label} is empty: each scenario needs at least one request")
    if not 1 <= page_size <= 500:
        raise ValueError("page_size must be between 1 and 500 (the API's limit)")
    search_limit = 10
    return [
        Scenario("two_leader_meetings", "Meetings two leaders both took part in, first page",
                 tuple(_meetings(a, b, page_size) for a, b in leader_pairs)),
        Scenario("person_timeline", "A person's timeline, first page",
                 tuple(_timeline(p, page_size) for p in persons)),
        Scenario("person_detail", "One person: offices, event count, first and last event (/persons/{id})",
                 tuple(Request(f"{API}/persons/{quote(p, safe='')}", "person", {"person_id": p},
                               before=(Call("resolve_person", {"text": p}),)) for p in persons)),
        Scenario("event_detail", "One event with participants, place, parts and sources",
                 tuple(Request(f"{API}/events/{quote(e, safe='')}", "event", {"event_id": e}) for e in event_ids)),
        Scenario("person_search", "People search by a name in an inflected form",
                 tuple(Request(f"{API}/persons?" + urlencode({"q": n, "limit": search_limit}), "search_persons",
                               {"q": n, "limit": search_limit}) for n in inflected_names)),
    ]


def _meetings(a: str, b: str, limit: int) -> Request:
    """GET /events?participant=A&participant=B&type=meeting: both names resolved, then the list."""
    query = urlencode([("participant", a), ("participant", b), ("type", "meeting"), ("limit", limit)])
    people = list(dict.fromkeys([a, b]))
    return Request(f"{API}/events?{query}", "events",
                   {"participants": people, "types": ["meeting"], "limit": limit},
                   before=(Call("resolve_person", {"text": a}), Call("resolve_person", {"text": b})))


def _timeline(person_id: str, limit: int) -> Request:
    """GET /persons/{id}/timeline: the route resolves the id to a person, then pages their events."""
    return Request(f"{API}/persons/{quote(person_id, safe='')}/timeline?" + urlencode({"limit": limit}),
                   "person_timeline", {"person_id": person_id, "limit": limit},
                   before=(Call("resolve_person", {"text": person_id}),))


# ---------------------------------------------------------------------------- the closed loop


class Client(Protocol):
    """One simulated client: sends a request and returns once the whole answer is in."""

    def send(self, request: Request) -> None:
        """Raise `Failed` (or any exception) when the request did not succeed."""

    def close(self) -> None: ...


class Failed(Exception):
    """A request that got an answer, but not a successful one; ``kind`` names it (``http_404``)."""

    def __init__(self, kind: str):
        super().__init__(kind)
        self.kind = kind


@dataclass
class _Tally:
    latencies: list[float] = field(default_factory=list)
    errors: Counter = field(default_factory=Counter)
    last_end: float = 0.0
    late: list[float] = field(default_factory=list)  # warm-up requests still running when recording began


def play(
    scenario: Scenario,
    clients: Sequence[Client],
    *,
    duration: float,
    warmup: float,
    prime: bool = True,
    clock: Callable[[], float] = time.perf_counter,
) -> dict[str, Any]:
    """Run one closed-loop client per thread over ``scenario`` and summarise what was recorded.

    With ``prime``, the first client first sends the pool's first request alone and its time is
    reported as ``first_request_ms``: whatever the server loads on first use is then loaded once,
    rather than by every client at the same moment during the warm-up.

    Each client sends its next request as soon as the previous answer is complete, cycling
    through the pool from its own offset (client i starts at request i), so concurrent clients
    ask different things. Requests started in the first ``warmup`` seconds are not recorded;
    those started in the ``duration`` seconds after are, and every one of them is awaited.
    Latencies are of successful requests only; failures are counted by kind in ``error_kinds``.
    ``throughput_rps`` is successful requests per second over the recorded window, which ends
    when the last recorded request did. ``warmup_late_max_ms`` is the longest-running warm-up
    request still unfinished when recording began; ``warmup_too_short`` says one ran through the
    whole warm-up, so that some client never got past its first request before recording.
    """
    if duration <= 0 or warmup < 0:
        raise ValueError("duration must be positive and warmup non-negative")
    if not clients:
        raise ValueError("at least one client is needed")
    pool = scenario.requests
    first: dict[str, Any] = {}
    if prime:
        first = _first_request(clients[0], pool[0], clock)
    tallies = [_Tally() for _ in clients]
    failures: list[BaseException] = []
    start_gate = threading.Barrier(len(clients) + 1)
    window: list[float] = []

    def run(index: int) -> None:
        client, tally = clients[index], tallies[index]
        try:
            start_gate.wait()
            begin, stop = window
            i = index % len(pool)
            while True:
                request = pool[i]
                i = (i + 1) % len(pool)
                sent = clock()
                if sent >= stop:
                    return
                kind = None
                try:
                    client.send(request)
                except Failed as exc:
                    kind = exc.kind
                except Exception as exc:  # noqa: BLE001 - every failure is counted, none ends the run
                    kind = type(exc).__name__
                done = clock()
                if sent < begin:
                    if done > begin:
                        tally.late.append(done - sent)
                    continue
                if kind is None:
                    tally.latencies.append(done - sent)
                else:
                    tally.errors[kind] += 1
                tally.last_end = max(tally.last_end, done)
        except BaseException as exc:  # noqa: BLE001 - reported after join
            failures.append(exc)

    threads = [threading.Thread(target=run, args=(i,), name=f"load-{i}", daemon=True) for i in range(len(clients))]
    for t in threads:
        t.start()
    now = clock()
    window.extend((now + warmup, now + warmup + duration))
    start_gate.wait()
    for t in threads:
        t.join()
    if failures:
        raise RuntimeError(f"a load thread failed: {failures[0]!r}") from failures[0]
    out = summarise(tallies, begin=window[0], planned=duration)
    out["warmup_too_short"] = warmup > 0 and (out["warmup_late_max_ms"] or 0) >= warmup * 1000
    return {**out, **first}


def _first_request(client: Client, request: Request, clock: Callable[[], float]) -> dict[str, Any]:
    """Send one request alone; its latency, or why it failed."""
    sent = clock()
    try:
        client.send(request)
    except Failed as exc:
        return {"first_request_ms": (clock() - sent) * 1000, "first_request_error": exc.kind}
    except Exception as exc:  # noqa: BLE001 - reported, the run goes on and counts the rest
        return {"first_request_ms": (clock() - sent) * 1000, "first_request_error": type(exc).__name__}
    return {"first_request_ms": (clock() - sent) * 1000}


def summarise(tallies: Sequence[_Tally], *, begin: float, planned: float) -> dict[str, Any]:
    """Merge the clients' tallies into the figures of one scenario (latencies in ms)."""
    latencies = [x for t in tallies for x in t.latencies]
    errors: Counter = Counter()
    for t in tallies:
        errors.update(t.errors)
    last_end = max((t.last_end for t in tallies), default=0.0)
    measured = last_end - begin if last_end > begin else planned
    if latencies:
        out: dict[str, Any] = latency_summary(latencies)
    else:
        out = {"p50_ms": None, "p95_ms": None, "p99_ms": None, "max_ms": None, "count": 0}
    late = [x for t in tallies for x in t.late]
    out.update(errors=sum(errors.values()), error_kinds=dict(sorted(errors.items())),
               throughput_rps=len(latencies) / measured, duration_s=measured,
               warmup_late_max_ms=max(late) * 1000 if late else None)
    return out


def select(scenarios: Sequence[Scenario], only: Sequence[str] | None) -> list[Scenario]:
    """The scenarios named in ``only`` (all when it is empty), in file order; unknown names raise."""
    if not only:
        return list(scenarios)
    known = {s.name for s in scenarios}
    unknown = [n for n in only if n not in known]
    if unknown:
        raise ValueError(f"no scenario named {', '.join(unknown)} (the file has {', '.join(sorted(known))})")
    return [s for s in scenarios if s.name in set(only)]


def format_table(result: Mapping[str, Any]) -> str:
    """The per-scenario figures of a result, one line each, for a terminal."""

    def ms(v: float | None) -> str:
        return "     -" if v is None else f"{v:6.1f}"

    lines = [f"{'scenario':22s} {'first':>7s} {'p50':>6s} {'p95':>6s} {'p99':>6s} {'max':>6s} ms {'req/s':>8s} "
             f"{'count':>7s} {'errors':>6s}"]
    for name, s in result["scenarios"].items():
        lines.append(f"{name:22s} {ms(s.get('first_request_ms')):>7s} {ms(s['p50_ms'])} {ms(s['p95_ms'])} "
                     f"{ms(s['p99_ms'])} {ms(s['max_ms'])}    {s['throughput_rps']:8.1f} {s['count']:7d} "
                     f"{s['errors']:6d}")
    return "\n".join(lines)


# ---------------------------------------------------------------------------- command lines


def add_load_arguments(parser: argparse.ArgumentParser) -> None:
    """The options `bench.httpload` and `bench.driverload` share."""
    parser.add_argument("--scenarios", type=Path, required=True, metavar="FILE",
                        help="Scenario file (JSON, see bench.scenarios).")
    parser.add_argument("--scenario", action="append", dest="only", metavar="NAME",
                        help="Run only this scenario; repeatable (default: all, in file order).")
    parser.add_argument("--concurrency", type=int, default=16, help="Closed-loop clients (default 16).")
    parser.add_argument("--duration", type=float, default=15.0, help="Recorded seconds per scenario (default 15).")
    parser.add_argument("--warmup", type=float, default=2.0,
                        help="Unrecorded seconds before each scenario's recording (default 2).")
    parser.add_argument("--no-prime", dest="prime", action="store_false",
                        help="Do not send each scenario's first request alone before its clients start.")
    parser.add_argument("--out", type=Path, metavar="RESULT.json",
                        help="Where to write the result (default: standard output).")
    parser.add_argument("--strict", action="store_true",
                        help="Exit with status 1 when a scenario had failed requests or recorded nothing.")


def scenarios_from_arguments(parser: argparse.ArgumentParser, args: argparse.Namespace) -> list[Scenario]:
    """Check the shared options and load the scenarios; usage errors exit with status 2."""
    if not 1 <= args.concurrency <= 1024:
        parser.error("--concurrency must be between 1 and 1024")
    if args.duration <= 0 or args.warmup < 0:
        parser.error("--duration must be positive and --warmup non-negative")
    try:
        return select(load(args.scenarios), args.only)
    except OSError as exc:
        parser.error(f"cannot read the scenario file: {exc}")
    except ValueError as exc:
        parser.error(str(exc))
    raise AssertionError("unreachable")


def write_result(result: Mapping[str, Any], out: Path | None, *, strict: bool = False) -> int:
    """Write the result JSON, print the table and any warnings to standard error; the exit status.

    A scenario with failed requests keeps its figures (of the successful requests) and gets a
    warning, as does one that recorded nothing or whose warm-up was too short. The status is 0,
    or with ``strict`` 1 when a scenario had failures or recorded nothing.
    """
    text = json.dumps(result, indent=2, ensure_ascii=False)
    if out is None:
        print(text)
    else:
        out.write_text(text + "\n", encoding="utf-8")
    print(format_table(result), file=sys.stderr)
    status = 0
    for name, s in result["scenarios"].items():
        if s["errors"]:
            print(f"warning: {name}: {s['errors']} requests failed {s['error_kinds']}; "
                  "its figures cover the successful requests only", file=sys.stderr)
            status = 1
        if s["count"] + s["errors"] == 0:
            print(f"warning: {name}: no request finished in the recorded window", file=sys.stderr)
            status = 1
        if s.get("warmup_too_short"):
            print(f"warning: {name}: a warm-up request ran {s['warmup_late_max_ms']:.0f} ms, through the whole "
                  "warm-up; the recording may include a server still starting (use a longer --warmup)",
                  file=sys.stderr)
    return status if strict else 0


def main(argv: Sequence[str] | None = None) -> int:
    """Write the standard scenarios over the ids and names given on the command line."""
    parser = argparse.ArgumentParser(prog="python -m bench.scenarios",
                                     description="Write the four standard scenarios as a scenario file.")
    parser.add_argument("--pair", action="append", default=[], metavar="A,B",
                        help="Two person ids for the meetings query; repeatable.")
    parser.add_argument("--person", action="append", default=[], metavar="ID", help="Person id; repeatable.")
    parser.add_argument("--event", action="append", default=[], metavar="ID", help="Event id; repeatable.")
    parser.add_argument("--name", action="append", default=[], metavar="NAME",
                        help="A name in an inflected form for the search; repeatable.")
    parser.add_argument("--page-size", type=int, default=20)
    parser.add_argument("--out", type=Path, required=True, metavar="FILE")
    args = parser.parse_args(argv)
    pairs = []
    for pair in args.pair:
        a, sep, b = pair.partition(",")
        if not sep or not a.strip() or not b.strip():
            parser.error(f"--pair {pair!r}: expected two ids separated by a comma")
        pairs.append((a.strip(), b.strip()))
    try:
        scenarios = standard_scenarios(leader_pairs=pairs, persons=args.person, event_ids=args.event,
                                       inflected_names=args.name, page_size=args.page_size)
    except ValueError as exc:
        parser.error(str(exc))
    save(scenarios, args.out)
    print(f"{args.out}: {', '.join(f'{s.name} ({len(s.requests)})' for s in scenarios)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
