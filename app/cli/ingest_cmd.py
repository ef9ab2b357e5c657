"""`letopis ingest PATH...`: article files → extraction → the graph, with progress and a summary.

A directory stands for its ``*.txt`` files. A ``manifest.yaml`` beside the files (or the one
given with ``--manifest``) supplies each file's ``published`` date, ``lang``, ``source``, and
optionally ``url`` and ``title``; files it does not list get the command-line defaults.
A file that is not valid UTF-8 is named and skipped; the command then exits with status 1.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.pool
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import typer
import yaml
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from app.core.config import get_settings
from extract.pipeline import extract_article

EXIT_FAILED = 1
EXIT_NO_DATABASE = 2
MANIFEST_NAME = "manifest.yaml"


@dataclass
class FileOutcome:
    path: Path
    article_id: str | None = None
    created: int = 0
    merged: int = 0
    duplicate: bool = False
    error: str | None = None


@dataclass
class IngestSummary:
    outcomes: list[FileOutcome] = field(default_factory=list)

    @property
    def ingested(self) -> int:
        return sum(1 for o in self.outcomes if o.error is None and not o.duplicate)

    @property
    def duplicates(self) -> int:
        return sum(1 for o in self.outcomes if o.duplicate)

    @property
    def failed(self) -> list[FileOutcome]:
        return [o for o in self.outcomes if o.error is not None]

    @property
    def created(self) -> int:
        return sum(o.created for o in self.outcomes)

    @property
    def merged(self) -> int:
        return sum(o.merged for o in self.outcomes)


def resolve_workers(requested: int, files: int) -> int:
    """0 means one per core; never more processes than files, and none for a handful of files."""
    workers = requested or os.cpu_count() or 1
    return 1 if files < 2 * workers else workers


def collect_files(paths: list[Path]) -> list[Path]:
    """The article files named: directories give their ``*.txt`` files in name order."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.glob("*.txt") if p.is_file()))
        else:
            files.append(path)
    return list(dict.fromkeys(files))


def read_manifest(path: Path) -> dict[str, dict[str, Any]]:
    """File name → its manifest entry (``articles: [{file, published, lang, source, ...}]``)."""
    doc = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    entries = doc.get("articles", []) if isinstance(doc, dict) else doc
    if not isinstance(entries, list):
        raise ValueError(f"{path}: expected a list of articles")
    out: dict[str, dict[str, Any]] = {}
    for entry in entries:
        if isinstance(entry, dict) and entry.get("file"):
            out[str(entry["file"])] = entry
    return out


def _as_date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def read_article(path: Path) -> str:
    """The file's text; UnicodeDecodeError when it is not UTF-8 (a BOM is dropped)."""
    return path.read_bytes().decode("utf-8-sig")


@dataclass(frozen=True)
class _Job:
    """One file's text and what the manifest says about it, ready for extraction."""

    index: int
    text: str
    published: date | None
    lang: str
    title: str | None
    url: str | None
    source: str | None


def _extract_job(job: _Job) -> tuple[int, Any]:
    """Run in a worker: the extraction, or the error message (never raises, so one file cannot stop a run)."""
    try:
        return job.index, extract_article(job.text, published=job.published, lang=job.lang, title=job.title)
    except Exception as exc:  # reported against the file, like any other per-file failure
        return job.index, f"extraction failed: {type(exc).__name__}: {exc}"


def _warm_worker() -> None:
    """Load the language models before the first article arrives."""
    extract_article("Президент встретился с премьер-министром в Астане.", lang="ru")


def extraction_pool(workers: int) -> multiprocessing.pool.Pool:
    """Worker processes with the models loaded; the parent holds driver threads, so never fork it."""
    return multiprocessing.get_context("spawn").Pool(workers, initializer=_warm_worker)


def _extractions(jobs: Iterator[_Job], workers: int, pool: multiprocessing.pool.Pool | None) -> Iterator[tuple[int, Any]]:
    """Extractions in file order; with ``workers > 1`` (or a pool) they run in other processes, ahead of the writes."""
    if pool is not None:
        yield from pool.imap(_extract_job, jobs, chunksize=2)
    elif workers <= 1:
        yield from map(_extract_job, jobs)
    else:
        with extraction_pool(workers) as own:
            yield from own.imap(_extract_job, jobs, chunksize=2)


def ingest_files(
    store,
    files: list[Path],
    *,
    manifest: Path | None = None,
    lang: str = "auto",
    published: date | None = None,
    source: str | None = None,
    progress: Progress | None = None,
    workers: int = 1,
    pool: multiprocessing.pool.Pool | None = None,
) -> IngestSummary:
    """Extract and write each file; errors are recorded per file, never raised.

    Texts already stored are skipped before extraction. With ``workers > 1`` the extraction runs
    in worker processes (or in ``pool``, one from `extraction_pool`) while this one writes, one
    transaction per article, in file order.
    """
    summary = IngestSummary(outcomes=[FileOutcome(path) for path in files])
    manifests: dict[Path, dict[str, dict[str, Any]]] = {}
    fixed = read_manifest(manifest) if manifest is not None else None
    task = progress.add_task("ingesting", total=len(files)) if progress is not None else None

    def advance(outcome: FileOutcome) -> None:
        if progress is not None:
            progress.update(task, description=f"[cyan]{outcome.path.name}")
            progress.advance(task)

    def jobs() -> Iterator[_Job]:
        for index, outcome in enumerate(summary.outcomes):
            path = outcome.path
            try:
                if fixed is not None:
                    entries = fixed
                else:
                    beside = path.parent / MANIFEST_NAME
                    if beside not in manifests:
                        manifests[beside] = read_manifest(beside) if beside.is_file() else {}
                    entries = manifests[beside]
                entry = entries.get(path.name, {})
                text = read_article(path)
                known = store.has_article(text)
                if known is not None:  # the same text again: nothing to extract or write
                    outcome.article_id, outcome.duplicate = known, True
                    advance(outcome)
                    continue
                yield _Job(index=index, text=text, published=_as_date(entry.get("published")) or published,
                           lang=entry.get("lang") or lang, title=entry.get("title"), url=entry.get("url"),
                           source=entry.get("source") or source)
            except UnicodeDecodeError as exc:
                outcome.error = f"not valid UTF-8 (byte {exc.start})"
                advance(outcome)
            except (OSError, ValueError, yaml.YAMLError) as exc:
                outcome.error = str(exc)
                advance(outcome)

    pending: dict[int, _Job] = {}

    def remembered(source_jobs: Iterator[_Job]) -> Iterator[_Job]:
        for job in source_jobs:
            pending[job.index] = job
            yield job

    for index, extraction in _extractions(remembered(jobs()), workers, pool):
        job, outcome = pending.pop(index), summary.outcomes[index]
        try:
            if isinstance(extraction, str):
                raise ValueError(extraction)
            result = store.ingest(extraction, job.text, url=job.url, source=job.source, title=job.title)
            outcome.article_id = result.article_id
            outcome.created, outcome.merged = len(result.created), len(result.merged)
            outcome.duplicate = result.duplicate
        except ValueError as exc:
            outcome.error = str(exc)
        advance(outcome)
    return summary


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
) -> None:
    """Extract events from article files and write them into the graph, merging repeats."""
    from neo4j.exceptions import AuthError, ServiceUnavailable

    from graph.store import connect

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
    store = connect(settings)
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
        with Progress(
            TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
            console=console, transient=True,
        ) as progress:
            summary = ingest_files(store, files, manifest=manifest, lang=lang,
                                   published=published.date() if published else None, source=source,
                                   progress=progress, workers=resolve_workers(workers, len(files)))
    finally:
        store.close()
    _report(console, summary)
    if summary.failed:
        raise typer.Exit(code=EXIT_FAILED)
