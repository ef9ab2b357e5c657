"""Ingest: article texts and files → extraction (in worker processes when asked) → the graph.

The one place where "text → extraction → store" is written. The API's article routes, `letopis
ingest`, `letopis run`, the benchmarks and the tests all call it; the CLI and the routes only parse
their input and present the outcome.

A directory stands for its ``*.txt`` files. A ``manifest.yaml`` beside the files (or the one given
explicitly) supplies each file's ``published`` date, ``lang``, ``source``, and optionally ``url`` and
``title``; files it does not list get the caller's defaults. A file that is not valid UTF-8 is named
in its outcome and skipped.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.pool
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urlsplit

import yaml

from extract.pipeline import extract_article
from extract.records import Extraction
from graph.errors import ArticleRejected
from graph.results import IngestResult
from service.extraction import Extractor, Request


class Progress(Protocol):
    """What the file ingest reports progress to (rich's `Progress` fits)."""

    def add_task(self, description: str, total: float | None = ...) -> Any: ...
    def update(self, task: Any, *, description: str | None = ...) -> None: ...
    def advance(self, task: Any) -> None: ...


MANIFEST_NAME = "manifest.yaml"
KNOWN_CHUNK = 64  # files whose texts are looked up at once before extraction (stored ones are skipped)


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


WEB_SCHEMES = ("http", "https")


def web_address(url: str | None) -> str | None:
    """The URL stripped, if it is an http(s) address with a host; ValueError otherwise (``javascript:``...)."""
    if url is None:
        return None
    url = str(url).strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in WEB_SCHEMES or not parts.netloc or any(c.isspace() or ord(c) < 32 for c in url):
        raise ValueError("must be an http:// or https:// address")
    return url


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


def _manifest_url(url: Any) -> str | None:
    try:
        return web_address(url)
    except ValueError as exc:
        raise ValueError(f"manifest url {str(url)[:80]!r}: {exc}") from None


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


def _extractions(jobs: Iterator[_Job], workers: int, pool: multiprocessing.pool.Pool | None,
                 extractor: Extractor | None = None, cluster: Any = None) -> Iterator[tuple[int, Any]]:
    """Extractions in file order; with ``workers > 1`` (or a pool, an `Extractor`, or a Dask client) they
    run in other processes, or on other machines, ahead of the writes.

    With an `Extractor` every file also gets its time limit: one past it is reported, not stored.
    """
    if cluster is not None:
        from service.cluster import cluster_map

        yield from cluster_map(cluster, _extract_job, jobs, warm=_warm_worker)
    elif extractor is not None:
        yield from extractor.map((job.index, Request(job.text, job.published, job.lang, job.title)) for job in jobs)
    elif pool is not None:
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
    extractor: Extractor | None = None,
    cluster: Any = None,
) -> IngestSummary:
    """Extract and write each file; errors are recorded per file, never raised.

    Texts already stored are skipped before extraction (looked up ``KNOWN_CHUNK`` files at a time). With ``workers > 1`` the extraction runs
    in worker processes (or in ``pool``, one from `extraction_pool`, or in ``extractor``, which also
    bounds each file's time; or on a Dask cluster when ``cluster`` is a client from
    `service.cluster.cluster_client`) while this one writes, one transaction per article, in file order.
    """
    summary = IngestSummary(outcomes=[FileOutcome(path) for path in files])
    manifests: dict[Path, dict[str, dict[str, Any]]] = {}
    fixed = read_manifest(manifest) if manifest is not None else None
    task = progress.add_task("ingesting", total=len(files)) if progress is not None else None

    def advance(outcome: FileOutcome) -> None:
        if progress is not None:
            progress.update(task, description=f"[cyan]{outcome.path.name}")
            progress.advance(task)

    def read(index: int, outcome: FileOutcome) -> _Job | None:
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
            return _Job(index=index, text=read_article(path),
                        published=_as_date(entry.get("published")) or published,
                        lang=entry.get("lang") or lang, title=entry.get("title"),
                        url=_manifest_url(entry.get("url")), source=entry.get("source") or source)
        except UnicodeDecodeError as exc:
            outcome.error = f"not valid UTF-8 (byte {exc.start})"
        except (OSError, ValueError, yaml.YAMLError) as exc:
            outcome.error = str(exc)
        advance(outcome)
        return None

    def jobs() -> Iterator[_Job]:
        outcomes = list(enumerate(summary.outcomes))
        for first in range(0, len(outcomes), KNOWN_CHUNK):
            chunk = [job for job in (read(i, o) for i, o in outcomes[first:first + KNOWN_CHUNK]) if job is not None]
            known = store.known_articles([job.text for job in chunk]) if chunk else []
            for job, stored in zip(chunk, known, strict=True):
                if stored is not None:  # the same text again: nothing to extract or write
                    outcome = summary.outcomes[job.index]
                    outcome.article_id, outcome.duplicate = stored, True
                    advance(outcome)
                    continue
                yield job

    pending: dict[int, _Job] = {}

    def remembered(source_jobs: Iterator[_Job]) -> Iterator[_Job]:
        for job in source_jobs:
            pending[job.index] = job
            yield job

    for index, extraction in _extractions(remembered(jobs()), workers, pool, extractor, cluster):
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




# ---------------------------------------------------------------------------- one text (the API)


@dataclass(frozen=True)
class TextOutcome:
    result: IngestResult
    extraction: Extraction

    @property
    def note(self) -> str | None:
        lang = self.extraction.article.lang
        if lang not in ("ru", "kk"):
            return f"language '{lang}' is not read: the article is stored without events"
        return None


def ingest_text(store, text: str, *, published: date | None = None, lang: str = "auto",
                title: str | None = None, url: str | None = None, source: str | None = None,
                max_chars: int | None = None, extractor: Extractor | None = None) -> TextOutcome:
    """Extract one article and write it; `ArticleRejected` for an empty or oversized text.

    With an `Extractor` the extraction runs in its worker processes, within its time limit
    (`ArticleRejected` past it, nothing stored) and its bound on waiting writes (`Overloaded`).
    """
    if not text.strip():
        raise ArticleRejected(422, "Empty article", "The article text is empty or whitespace only.")
    if max_chars is not None and len(text) > max_chars:
        raise ArticleRejected(413, "Article too long",
                              f"The text has {len(text)} characters; the limit is {max_chars}.")
    if extractor is not None:
        extraction = extractor.extract(Request(text, published, lang, title))
    else:
        extraction = extract_article(text, published=published, lang=lang, title=title)
    result = store.ingest(extraction, text, url=url, source=source, title=title)
    return TextOutcome(result=result, extraction=extraction)
