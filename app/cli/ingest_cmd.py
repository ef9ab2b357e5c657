"""`letopis ingest PATH...`: article files → the graph, with progress and a summary.

The work is `service.ingest.ingest_files`; this module parses arguments, connects, and prints.
A file that is not valid UTF-8 is named and skipped; the command then exits with status 1.
"""

from __future__ import annotations

import contextlib
from datetime import datetime
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table

from app.core.config import get_settings
from service.ingest import IngestSummary, collect_files, ingest_files, resolve_workers

EXIT_FAILED = 1
EXIT_NO_DATABASE = 2
EXIT_NO_CLUSTER = 3


def _report(console: Console, summary: IngestSummary) -> None:
    table = Table(title="Ingested articles", show_lines=False)
    for column in ("file", "article", "created", "merged", "status"):
        table.add_column(column, justify="right" if column in ("created", "merged") else "left")
    for o in summary.outcomes:
        status = "[red]failed" if o.error else ("[yellow]duplicate" if o.duplicate else "[green]new")
        table.add_row(o.path.name, o.article_id or "-", str(o.created), str(o.merged), status)
    console.print(table)
    console.print(
        f"articles: {summary.ingested} new, {summary.duplicates} duplicate, {len(summary.failed)} failed; "
        f"events: {summary.created} created, {summary.merged} merged"
    )
    for o in summary.failed:
        console.print(f"[red]skipped {o.path}: {o.error}")


def ingest_command(
    paths: list[Path] = typer.Argument(..., help="Article files (UTF-8 text) or directories of *.txt files."),
    manifest: Path | None = typer.Option(
        None, "--manifest", "-m", exists=True, dir_okay=False,
        help="manifest.yaml with published/lang/source per file (default: the one beside each file).",
    ),
    lang: str = typer.Option("auto", help="Language of files the manifest does not list: ru, kk or auto."),
    published: datetime | None = typer.Option(
        None, formats=["%Y-%m-%d"], help="Publication date of files the manifest does not list."
    ),
    source: str | None = typer.Option(None, help="Outlet of files the manifest does not list."),
    setup: bool = typer.Option(
        True, "--setup/--no-setup", help="Create the schema and load the reference data first (idempotent)."
    ),
    workers: int = typer.Option(
        0, min=0, help="Extraction processes running ahead of the writes (0: one per core, 1: none)."
    ),
    cluster: str | None = typer.Option(
        None, help="Run the extraction on a Dask cluster: its scheduler address (tcp://host:8786), or "
                   "'local' for a local cluster of --workers processes.",
    ),
) -> None:
    """Extract events from article files and write them into the graph, merging repeats."""
    from neo4j.exceptions import AuthError, ServiceUnavailable, SessionExpired, TransientError

    from graph.store import connect
    from service.extraction import Extractor

    console = Console(stderr=False)
    files = collect_files(paths)
    missing = [p for p in files if not p.exists()]
    if missing:
        for p in missing:
            console.print(f"[red]no such file: {p}")
        raise typer.Exit(code=EXIT_FAILED)
    if not files:
        console.print("nothing to ingest: no *.txt files found")
        raise typer.Exit(code=0)
    settings = get_settings()
    store = connect(settings, max_retry_time=settings.neo4j_batch_retry_time)
    try:
        try:
            store.driver.verify_connectivity()
        except (ServiceUnavailable, AuthError, OSError) as exc:
            console.print(f"[red]cannot reach Neo4j at {settings.neo4j_uri}: {exc}\n"
                          "Start the local server with `letopis neo4j start`.")
            raise typer.Exit(code=EXIT_NO_DATABASE) from exc
        if setup:
            with console.status("schema and reference data"):
                store.ensure_schema()
                store.ensure_reference_data()
        try:
            with contextlib.ExitStack() as stack:
                client = extractor = None
                if cluster:
                    from service.cluster import cluster_client

                    try:
                        with console.status(f"connecting to the Dask cluster {cluster}"):
                            client = stack.enter_context(cluster_client(cluster, workers))
                    except (OSError, TimeoutError, ValueError) as exc:
                        console.print(f"[red]cannot use the Dask cluster {cluster!r}: {exc}")
                        raise typer.Exit(code=EXIT_NO_CLUSTER) from exc
                    console.print(f"extracting on {len(client.nthreads())} Dask workers ({cluster})")
                else:
                    extractor = stack.enter_context(Extractor(resolve_workers(workers, len(files)),
                                                              time_limit=settings.article_time_limit))
                progress = stack.enter_context(Progress(
                    TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                    console=console, transient=True,
                ))
                summary = ingest_files(store, files, manifest=manifest, lang=lang,
                                       published=published.date() if published else None, source=source,
                                       progress=progress, extractor=extractor, cluster=client)
        except (ServiceUnavailable, SessionExpired, TransientError) as exc:
            # Each article is one transaction: those written are whole, the one under way left nothing.
            console.print(f"[red]Neo4j at {settings.neo4j_uri} went away during the ingest and did not come back "
                          f"within {settings.neo4j_batch_retry_time:.0f}s ({type(exc).__name__}).\n"
                          "The articles written so far are stored whole; run the same command again to "
                          "write the rest (stored articles are skipped).")
            raise typer.Exit(code=EXIT_NO_DATABASE) from exc
    finally:
        store.close()
    _report(console, summary)
    if summary.failed:
        raise typer.Exit(code=EXIT_FAILED)
