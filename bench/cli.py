"""`python -m bench run|corpus|load|stop`: the performance benchmarks and their synthetic data.

The benchmarks are not part of the product, so they have their own entry point (run from the
repository root) instead of a `letopis` subcommand; they call the product's services and graph code,
never its command line.
"""

from __future__ import annotations

import shlex
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeRemainingColumn,
)

from app.core.config import get_settings

cli = typer.Typer(name="python -m bench", help="Benchmarks: synthetic corpora, a million-event graph, BENCHMARKS.md.",
                  no_args_is_help=True, add_completion=False)

SECTIONS = ("extraction", "ingest", "queries", "coldstart")
COMMAND = "python -m bench"


def _sections(value: str) -> tuple[str, ...]:
    chosen = tuple(s.strip() for s in value.split(",") if s.strip())
    unknown = [s for s in chosen if s not in SECTIONS]
    if unknown or not chosen:
        raise typer.BadParameter(f"choose from {', '.join(SECTIONS)} (comma-separated), not {value!r}")
    return chosen


def _command_line(name: str) -> str:
    """How this run was started, for BENCHMARKS.md: the subcommand and the options as given."""
    argv = sys.argv[1:]
    args = argv[argv.index(name) + 1:] if name in argv else []
    return " ".join([COMMAND, name, *map(shlex.quote, args)])


@cli.command("run")
def run_command(
    repeats: Annotated[int, typer.Option(min=1, help="Runs per figure (median and spread are reported).")] = 3,
    only: Annotated[str, typer.Option(help="Comma-separated sections to run.")] = ",".join(SECTIONS),
    events: Annotated[int, typer.Option(min=1000, help="Events in the large graph.")] = 1_000_000,
    articles: Annotated[int, typer.Option(min=200, help="Articles in the large graph.")] = 200_000,
    persons: Annotated[int, typer.Option(min=300, help="Persons in the large graph.")] = 10_000,
    extraction_sample: Annotated[int, typer.Option(min=10, help="Articles per extraction run.")] = 300,
    ingest_sample: Annotated[int, typer.Option(min=10, help="Articles per ingest run.")] = 200,
    concurrency: Annotated[int, typer.Option(min=1, max=256, help="Concurrent HTTP clients.")] = 16,
    duration: Annotated[float, typer.Option(min=1, help="Seconds of load per query scenario and run.")] = 10.0,
    workers: Annotated[int, typer.Option(min=0, help="Extraction processes (0: one per core).")] = 0,
    api_workers: Annotated[int, typer.Option(min=1, help="`letopis serve` worker processes.")] = 2,
    out: Annotated[Path, typer.Option(help="Where the table goes.")] = Path("BENCHMARKS.md"),
    work_dir: Annotated[Path, typer.Option(help="Corpora and raw results.")] = Path(".bench"),
) -> None:
    """Measure everything and write BENCHMARKS.md (the large graph is loaded once and kept)."""
    from bench.graphload import LoadSpec
    from bench.runner import Bench, BenchOptions

    console = Console(stderr=True)
    try:
        spec = LoadSpec(events=events, articles=articles, persons=persons)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from exc
    options = BenchOptions(
        repeats=repeats, sections=_sections(only), extraction_sample=extraction_sample, ingest_sample=ingest_sample,
        load=spec, concurrency=concurrency, duration=duration, workers=workers, api_workers=api_workers, out=out,
        work_dir=work_dir, command=_command_line("run"),
    )
    bench = Bench(get_settings(), options, console)
    bench.run()
    path = bench.write()
    missed = [f for f in bench.results.figures if f.met is False]
    console.print(f"wrote {path} ({len(bench.results.figures)} figures, {len(missed)} targets missed)")


@cli.command("corpus")
def corpus_command(
    out: Annotated[Path, typer.Argument(help="Directory to write the articles and manifest.yaml into.")],
    size: Annotated[int, typer.Option(min=1, help="Articles (the benchmark sizes are 1000, 10000, 100000).")] = 1000,
    seed: Annotated[int | None, typer.Option(help="Seed: the same seed gives the same corpus.")] = None,
) -> None:
    """Write a synthetic Russian news corpus that `letopis ingest` reads."""
    from bench import corpus

    chosen = corpus.DEFAULT_SEED if seed is None else seed
    with Progress(TextColumn("corpus"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("corpus", total=size)
        corpus.write_corpus(out, size, seed=chosen, progress=lambda done, total: progress.update(task, completed=done))
    typer.echo(f"wrote {size} articles (seed {chosen}) to {out}")


@cli.command("load")
def load_command(
    events: Annotated[int, typer.Option(min=1000)] = 1_000_000,
    articles: Annotated[int, typer.Option(min=200)] = 200_000,
    persons: Annotated[int, typer.Option(min=300)] = 10_000,
) -> None:
    """Start the benchmark Neo4j and load (or finish loading) the large synthetic graph."""
    from bench.graphload import LoadSpec
    from bench.runner import Bench, BenchOptions

    options = BenchOptions(load=LoadSpec(events=events, articles=articles, persons=persons))
    store = Bench(get_settings(), options).large_graph()
    store.close()


@cli.command("profile")
def profile_command(
    out: Annotated[Path, typer.Option(help="Where the plans go (Markdown).")] = Path(".bench/profile.md"),
) -> None:
    """PROFILE the event lists on the large benchmark graph (which must be loaded): old walks against new."""
    from bench.profile import cases, profile
    from bench.runner import QUERY_PAIRS, QUERY_PERSONS, Bench, BenchOptions

    bench = Bench(get_settings(), BenchOptions())
    cfg = bench.options.server.config(bench.settings)
    store = bench._start(cfg)
    lines = ["# PROFILE of the event lists on the benchmark graph", ""]
    try:
        for label, form, statement, params in cases(store.driver, list(QUERY_PAIRS), list(QUERY_PERSONS[:3])):
            result = profile(store.driver, statement, **params)
            head = f"{label} — {form}: {result['rows']} rows, {result['db_hits']:,} db hits, {result['ms']} ms"
            typer.echo(head)
            lines += [f"## {head}", "", "```", *result["operators"], "```", ""]
    finally:
        store.close()
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(lines), encoding="utf-8")
    typer.echo(f"wrote {out}")


@cli.command("stop")
def stop_command() -> None:
    """Stop the benchmark's Neo4j servers."""
    import devserver
    from bench.server import BenchServer

    settings = get_settings()
    server = BenchServer()
    for cfg in (server.config(settings), server.empty().config(settings), server.small().config(settings)):
        stopped = devserver.stop(cfg)
        typer.echo(f"{cfg.data_dir.name}: {'stopped' if stopped else 'not running'}")


def main() -> None:
    cli()
