"""`python -m bench run`: every figure of BENCHMARKS.md, measured against the references in one run.

Order of work: extraction (no database), the benchmark Neo4j with its million-event graph (loaded
once, kept between runs), ingest at an empty graph (a second, fresh Neo4j) and at the large one,
queries through the HTTP API and straight through the driver (both from separate processes),
cold starts. Each figure is repeated and summarised as median and spread.
"""

from __future__ import annotations

import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx
from pydantic import SecretStr
from rich.console import Console

import devserver
from app.core.config import Settings
from bench import coldstart, corpus, extraction, graphload, scenarios
from bench.ingest import ingest_rate
from bench.report import Figure, Results, render
from bench.server import BenchServer
from bench.stats import Summary
from devserver import LocalServerConfig
from graph.store import GraphStore, connect

SECTIONS = ("extraction", "ingest", "queries", "coldstart")
SYNTHETIC_SOURCE = "synthetic"

# Targets of the performance issue.
EXTRACTION_PER_CORE = 0.7
EXTRACTION_SCALING = 1.7
INGEST_VS_EXTRACTION = 0.9
INGEST_AT_SCALE = 0.8
API_OVER_DRIVER = 2.0
P95_OVER_HEALTH = 3.0  # each query's p95 against GET /health's p95 under the same load: the HTTP floor
P50_GROWTH = 1.5  # each query's p50 on the large graph against its p50 on the small one
SMALL_GRAPH = graphload.LoadSpec(events=10_000, articles=2_000, persons=1_000)
HEALTH = scenarios.Scenario("health", "GET /health: the process answers, no graph work (the HTTP floor)",
                            (scenarios.Request("/health", "ping"),))

# Leaders whose pairs and names the query benchmark asks about: the most covered ones first.
QUERY_PAIRS = (("tokayev", "putin"), ("putin", "lukashenko"), ("tokayev", "mirziyoyev"), ("tokayev", "japarov"),
               ("putin", "mirziyoyev"), ("lukashenko", "tokayev"))
QUERY_PERSONS = ("tokayev", "putin", "lukashenko", "mirziyoyev", "japarov", "rahmon", "ilham-aliyev",
                 "pashinyan", "xi", "erdogan")
INFLECTED_NAMES = ("Токаева", "Путиным", "Лукашенко", "Мирзиёеву", "Жапарова", "Рахмону", "Алиевым",
                   "Пашиняну", "Си Цзиньпином", "Эрдогана", "Назарбаеву", "Мишустиным")


@dataclass
class BenchOptions:
    repeats: int = 3
    sections: tuple[str, ...] = SECTIONS
    corpus_size: int = 1000
    extraction_sample: int = 300
    ingest_sample: int = 200
    load: graphload.LoadSpec = field(default_factory=graphload.LoadSpec)
    small: graphload.LoadSpec = SMALL_GRAPH
    concurrency: int = 16
    duration: float = 10.0
    warmup: float = 2.0
    workers: int = 0  # 0: one per core
    api_workers: int = 2
    out: Path = Path("BENCHMARKS.md")
    work_dir: Path = Path(".bench")
    server: BenchServer = field(default_factory=BenchServer)
    command: str = "python -m bench run"  # the command line BENCHMARKS.md records

    @property
    def cores(self) -> int:
        return self.workers or os.cpu_count() or 1


def machine(settings: Settings, server: BenchServer) -> dict[str, Any]:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    except (ValueError, OSError):
        memory = 0.0
    return {
        "cores": os.cpu_count(), "cpu": cpu, "memory_gib": round(memory, 1),
        "os": f"{platform.system()} {platform.release()}", "python": platform.python_version(),
        "neo4j": settings.neo4j_version, "neo4j_heap": server.heap, "neo4j_pagecache": server.pagecache,
    }


def server_settings(settings: Settings, cfg: LocalServerConfig) -> Settings:
    """``settings`` pointed at a benchmark server (its URI, credentials and default database)."""
    return settings.model_copy(update={"neo4j_uri": cfg.bolt_uri, "neo4j_user": cfg.user,
                                       "neo4j_password": SecretStr(cfg.password), "neo4j_database": "neo4j"})


def _wait_ready(port: int, server: subprocess.Popen, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"`letopis serve` exited with status {server.returncode} before it was ready")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/ready", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"`letopis serve` was not ready on port {port} after {timeout:g} s")


class Bench:
    def __init__(self, settings: Settings, options: BenchOptions, console: Console | None = None):
        self.settings = settings
        self.options = options
        self.console = console or Console(stderr=True)
        self.work = options.work_dir
        self.results = Results(
            command=options.command,
            started=datetime.now().astimezone().isoformat(timespec="seconds"),
            seconds=0.0,
            machine=machine(settings, options.server),
            settings={
                "repeats": options.repeats, "workers": options.cores,
                "extraction sample": f"{options.extraction_sample} articles",
                "ingest sample": f"{options.ingest_sample} articles",
                "large graph": f"{options.load.events:,} events / {options.load.articles:,} articles / "
                               f"{options.load.persons:,} persons".replace(",", " "),
                "small graph": f"{options.small.events:,} events / {options.small.articles:,} articles / "
                               f"{options.small.persons:,} persons".replace(",", " "),
                "query load": f"{options.concurrency} clients × {options.duration:g} s",
            },
        )
        self._extraction_rate: dict[int, Summary] = {}

    # ------------------------------------------------------------------ helpers

    def say(self, message: str) -> None:
        self.console.print(f"[bold cyan]bench[/] {message}")

    def repeat(self, what: str, fn: Callable[[], Any]) -> list[Any]:
        out = []
        for i in range(self.options.repeats):
            self.say(f"{what} ({i + 1}/{self.options.repeats})")
            out.append(fn())
        return out

    def corpus_dir(self) -> Path:
        directory = self.work / f"corpus-{corpus.DEFAULT_SEED}-{self.options.corpus_size}"
        if not (directory / "manifest.yaml").is_file():
            self.say(f"writing a synthetic corpus of {self.options.corpus_size} articles to {directory}")
            tmp = directory.with_name(directory.name + ".tmp")
            shutil.rmtree(tmp, ignore_errors=True)
            corpus.write_corpus(tmp, self.options.corpus_size, seed=corpus.DEFAULT_SEED)
            shutil.rmtree(directory, ignore_errors=True)
            tmp.rename(directory)
        return directory

    # ------------------------------------------------------------------ sections

    def extraction(self) -> None:
        o = self.options
        articles = list(corpus.generate(o.extraction_sample, seed=corpus.DEFAULT_SEED))
        pairs = [(a.text, a.published) for a in articles]
        texts = [a.text for a in articles]
        ours_1 = self.repeat("extraction, 1 process", lambda: extraction.extraction_rate(pairs, 1))
        ours_n = self.repeat(f"extraction, {o.cores} processes", lambda: extraction.extraction_rate(pairs, o.cores))
        ref_1 = self.repeat("natasha pipeline alone, 1 process", lambda: extraction.natasha_rate(texts, 1))
        s1 = Summary.of([r.rate for r in ours_1])
        sn = Summary.of([r.rate for r in ours_n])
        r1 = Summary.of([r.rate for r in ref_1])
        self._extraction_rate = {1: s1, o.cores: sn}
        unit = "articles/s"
        ratio = s1.median / r1.median
        self.results.add(Figure("Extraction", "full extraction, 1 process", unit, s1,
                                "natasha segment+morph+syntax+NER, 1 process", r1,
                                f"≥ {EXTRACTION_PER_CORE}× reference", ratio >= EXTRACTION_PER_CORE, ratio))
        scaling = sn.median / s1.median
        self.results.add(Figure("Extraction", f"full extraction, {o.cores} processes", unit, sn,
                                "full extraction, 1 process", s1, f"≥ {EXTRACTION_SCALING}× reference",
                                scaling >= EXTRACTION_SCALING, scaling))
        rss = Summary.of([max(r.peak_rss_mb) for r in ours_n])
        rss_ref = Summary.of([max(r.peak_rss_mb) for r in ref_1])
        self.results.add(Figure("Extraction", "peak memory per worker", "MB", rss,
                                "natasha pipeline worker", rss_ref, None, None, rss.median / rss_ref.median))

    def _start(self, cfg: LocalServerConfig) -> GraphStore:
        devserver.ensure_installed(cfg)
        devserver.start(cfg)
        # Batch work (the bulk load, ingest): the batch commands' retry budget, as `letopis ingest` uses.
        store = connect(server_settings(self.settings, cfg), max_retry_time=self.settings.neo4j_batch_retry_time)
        store.ensure_schema()
        store.ensure_reference_data()
        return store

    def large_graph(self) -> GraphStore:
        store = self._graph(self.options.server, self.options.load)
        counts = store.counts()
        self.say(f"large graph: {counts.nodes.get('Event', 0):,} events, {counts.nodes.get('Person', 0):,} persons, "
                 f"{counts.nodes.get('Article', 0):,} articles")
        self.results.settings["large graph (stored)"] = (
            f"{counts.nodes.get('Event', 0):,} events / {counts.nodes.get('Article', 0):,} articles / "
            f"{counts.nodes.get('Person', 0):,} persons".replace(",", " "))
        return store

    def _graph(self, server: BenchServer, spec: graphload.LoadSpec) -> GraphStore:
        """The server started, its schema in place (an older graph migrated) and ``spec`` loaded (or finished)."""
        cfg = server.config(self.settings)
        self.say(f"benchmark Neo4j on {cfg.bolt_uri} (data in {cfg.data_dir})")
        started = time.perf_counter()
        store = self._start(cfg)
        if time.perf_counter() - started > 60:
            self.say(f"  schema in place after {time.perf_counter() - started:.0f} s (an older graph was migrated)")
        done = store.articles_from_source(SYNTHETIC_SOURCE)
        if done < spec.articles:
            self.say(f"loading the synthetic graph: articles {done:,}..{spec.articles:,} "
                     f"({spec.events:,} events, {spec.persons:,} persons in all)")
            last = [0.0]

            def progress(p: graphload.LoadProgress) -> None:
                now = time.monotonic()
                if now - last[0] >= 10 or p.articles_done == p.articles_total:
                    last[0] = now
                    self.say(f"  {p.articles_done:,}/{p.articles_total:,} articles, {p.rate:,.0f}/s, "
                             f"ETA {p.eta / 60:.1f} min")

            graphload.load(store.driver, spec, database=store.database, start_article=done, batch_articles=1000,
                           progress=progress)
        return store

    def ingest(self, large: GraphStore) -> None:
        o = self.options
        directory = self.corpus_dir()
        empty_cfg = o.server.empty().config(self.settings)
        devserver.stop(empty_cfg)
        shutil.rmtree(empty_cfg.data_dir, ignore_errors=True)
        self.say(f"a fresh, empty Neo4j on {empty_cfg.bolt_uri}")
        empty = self._start(empty_cfg)
        try:
            workers = o.cores
            at_empty = self.repeat(f"ingest at an empty graph, {workers} extraction processes",
                                   lambda: ingest_rate(empty, directory, workers=workers, label="empty",
                                                       limit=o.ingest_sample))
            at_large = self.repeat(f"ingest at the large graph, {workers} extraction processes",
                                   lambda: ingest_rate(large, directory, workers=workers, label="large",
                                                       limit=o.ingest_sample))
        finally:
            empty.close()
            devserver.stop(empty_cfg)
        unit = "articles/s"
        se = Summary.of([r.rate for r in at_empty])
        sl = Summary.of([r.rate for r in at_large])
        reference = self._extraction_rate.get(workers)
        if reference is None:
            pairs = [(a.text, a.published) for a in corpus.generate(o.ingest_sample, seed=corpus.DEFAULT_SEED)]
            reference = Summary.of([r.rate for r in self.repeat(
                f"extraction alone, {workers} processes", lambda: extraction.extraction_rate(pairs, workers))])
        ratio = se.median / reference.median
        merged = sum(r.merged for r in at_large) // len(at_large)
        self.results.add(Figure("Ingest", "extract + merge + write, empty graph", unit, se,
                                f"extraction alone, {workers} processes", reference,
                                f"≥ {INGEST_VS_EXTRACTION}× reference", ratio >= INGEST_VS_EXTRACTION, ratio,
                                detail=f"{workers} extraction processes, one writer"))
        ratio = sl.median / se.median
        self.results.add(Figure("Ingest", "extract + merge + write, large graph", unit, sl,
                                "the same at an empty graph", se, f"≥ {INGEST_AT_SCALE}× reference",
                                ratio >= INGEST_AT_SCALE, ratio,
                                detail=f"{merged} of the sample's events merged into stored ones per run"))

    def _scenario_file(self, spec: graphload.LoadSpec, name: str) -> Path:
        step = max(1, spec.events // 997)
        event_ids = [f"ev-bench-{spec.seed}-{k:07d}" for k in range(3, spec.events, step)][:500]
        chosen = scenarios.standard_scenarios(leader_pairs=QUERY_PAIRS, persons=QUERY_PERSONS, event_ids=event_ids,
                                              inflected_names=INFLECTED_NAMES, page_size=20)
        path = self.work / name
        scenarios.save([*chosen, HEALTH], path)
        return path

    def _load_process(self, module: str, args: list[str]) -> dict[str, Any]:
        with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as handle:
            out = Path(handle.name)
        try:
            cmd = [sys.executable, "-m", module, *args, "--out", str(out)]
            subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
            return json.loads(out.read_text())
        finally:
            out.unlink(missing_ok=True)

    def _common(self, scenario_file: Path) -> list[str]:
        o = self.options
        return ["--scenarios", str(scenario_file), "--concurrency", str(o.concurrency),
                "--duration", str(o.duration), "--warmup", str(o.warmup)]

    def _http_runs(self, cfg: LocalServerConfig, scenario_file: Path, label: str) -> list[dict[str, Any]]:
        """The scenarios over HTTP against a `letopis serve` on ``cfg``'s Neo4j, repeated."""
        o = self.options
        port = coldstart.free_port()
        self.say(f"API on 127.0.0.1:{port} over the {label}")
        command = [*coldstart.letopis_command(port), "--workers", str(o.api_workers)]
        server = subprocess.Popen(command, env=self._api_env(cfg, port),
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            _wait_ready(port, server)
            return self.repeat(f"HTTP API under load, {label}", lambda: self._load_process(
                "bench.httpload", ["--base-url", f"http://127.0.0.1:{port}", *self._common(scenario_file)]))
        finally:
            server.terminate()
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()

    def queries(self, large: GraphStore) -> None:
        o = self.options
        cfg = o.server.config(self.settings)
        scenario_file = self._scenario_file(o.load, "scenarios.json")
        self.results.settings["API"] = f"`letopis serve` with {o.api_workers} worker process(es)"
        http_runs = self._http_runs(cfg, scenario_file, "large graph")
        driver_runs = self.repeat("the same reads through the driver", lambda: self._load_process(
            "bench.driverload", ["--uri", cfg.bolt_uri, "--user", cfg.user, "--password", cfg.password,
                                 *self._common(scenario_file)]))
        small_server = o.server.small()
        small_cfg = small_server.config(self.settings)
        small_store = self._graph(small_server, o.small)
        try:
            counts = small_store.counts()
            self.results.settings["small graph (stored)"] = (
                f"{counts.nodes.get('Event', 0):,} events / {counts.nodes.get('Article', 0):,} articles / "
                f"{counts.nodes.get('Person', 0):,} persons".replace(",", " "))
            small_runs = self._http_runs(small_cfg, self._scenario_file(o.small, "scenarios-small.json"),
                                         "small graph")
        finally:
            small_store.close()
            devserver.stop(small_cfg)
        self._query_figures(scenario_file, http_runs, driver_runs, small_runs)

    def _query_figures(self, scenario_file: Path, http_runs: list[dict], driver_runs: list[dict],
                       small_runs: list[dict]) -> None:
        o = self.options
        health = [run["scenarios"][HEALTH.name] for run in http_runs]
        h50, h95 = (Summary.of([r[k] for r in health if r["count"]]) for k in ("p50_ms", "p95_ms"))
        label = f"GET /health ({o.concurrency} clients)"
        self.results.add(Figure("Queries", f"{label}: p50", "ms", h50, detail=HEALTH.description))
        self.results.add(Figure("Queries", f"{label}: p95", "ms", h95))
        for scenario in scenarios.load(scenario_file):
            name = scenario.name
            if name == HEALTH.name:
                continue
            api = [run["scenarios"][name] for run in http_runs]
            drv = [run["scenarios"][name] for run in driver_runs]
            small = [run["scenarios"][name] for run in small_runs]
            errors = sum(r["errors"] for r in (*api, *drv, *small))
            api, drv, small = ([r for r in runs if r["count"]] for runs in (api, drv, small))
            if not api or not drv or not small:
                self.results.notes.append(f"{name}: no successful requests recorded ({errors} errors)")
                continue
            p50, p95, p99 = (Summary.of([r[k] for r in api]) for k in ("p50_ms", "p95_ms", "p99_ms"))
            d50 = Summary.of([r["p50_ms"] for r in drv])
            s50 = Summary.of([r["p50_ms"] for r in small])
            rps = Summary.of([r["throughput_rps"] for r in api])
            d_rps = Summary.of([r["throughput_rps"] for r in drv])
            label = f"{name} ({o.concurrency} clients)"
            err = f"; {errors} errors" if errors else ""
            self.results.add(Figure("Queries", f"{label}: p50", "ms", p50, "driver p50", d50,
                                    f"≤ {API_OVER_DRIVER}× driver", p50.median <= API_OVER_DRIVER * d50.median,
                                    p50.median / d50.median if d50.median else None, detail=scenario.description + err))
            self.results.add(Figure("Queries", f"{label}: p95", "ms", p95, "GET /health p95", h95,
                                    f"≤ {P95_OVER_HEALTH:g}× reference", p95.median <= P95_OVER_HEALTH * h95.median,
                                    p95.median / h95.median if h95.median else None))
            self.results.add(Figure("Queries", f"{label}: p50, large graph against small", "ms", p50,
                                    f"p50 on the small graph ({o.small.events:,} events)".replace(",", " "), s50,
                                    f"≤ {P50_GROWTH:g}× reference", p50.median <= P50_GROWTH * s50.median,
                                    p50.median / s50.median if s50.median else None))
            self.results.add(Figure("Queries", f"{label}: p99", "ms", p99))
            self.results.add(Figure("Queries", f"{label}: throughput", "req/s", rps, "driver throughput", d_rps))

    def _api_env(self, cfg: LocalServerConfig, port: int) -> dict[str, str]:
        env = dict(os.environ)
        env.update({
            "LETOPIS_NEO4J_URI": cfg.bolt_uri, "LETOPIS_NEO4J_USER": cfg.user, "LETOPIS_NEO4J_PASSWORD": cfg.password,
            "LETOPIS_API_PORT": str(port), "LETOPIS_LOG_LEVEL": "warning",
        })
        env.pop("LETOPIS_API_KEY", None)
        return env

    def coldstart(self) -> None:
        cfg = self.options.server.config(self.settings)

        def serve() -> float:
            port = coldstart.free_port()
            return coldstart.serve_ready_seconds(self._api_env(cfg, port), port=port)

        ready = Summary.of(self.repeat("cold start of `letopis serve`", serve))
        models = Summary.of(self.repeat("cold start of the extractor (natasha models)", coldstart.natasha_ready_seconds))
        self.results.add(Figure("Cold start", "`letopis serve` until /ready answers 200", "s", ready))
        self.results.add(Figure("Cold start", "extractor with natasha's models loaded", "s", models))

    # ------------------------------------------------------------------ all

    def run(self) -> Results:
        started = time.perf_counter()
        self.work.mkdir(parents=True, exist_ok=True)
        sections = self.options.sections
        large: GraphStore | None = None
        try:
            if "extraction" in sections:
                self.extraction()
            if {"ingest", "queries", "coldstart"} & set(sections):
                large = self.large_graph()
            if "ingest" in sections and large is not None:
                self.ingest(large)
            if "queries" in sections and large is not None:
                self.queries(large)
            if "coldstart" in sections:
                self.coldstart()
        finally:
            if large is not None:
                large.close()
            self.results.seconds = time.perf_counter() - started
        return self.results

    def write(self) -> Path:
        out = self.options.out
        out.write_text(render(self.results), encoding="utf-8")
        (self.work / "results.json").write_text(json.dumps(self.results.as_dict(), indent=2, default=str),
                                                encoding="utf-8")
        return out
