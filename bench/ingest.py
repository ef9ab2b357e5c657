"""End-to-end ingest rate: article files → extraction → merge → Neo4j, through `letopis ingest`'s own code.

The measured run is `service.ingest.ingest_files` (extraction workers running ahead of one
writer, one transaction per article) on a directory of synthetic articles. Afterwards the
articles are removed again (`graph.writes.forget_articles`), so the next repetition, and the
next `python -m bench run`, find the graph as it was and really write.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from graph.store import GraphStore
from graph.writes import forget_articles
from service.ingest import collect_files, extraction_pool, ingest_files


@dataclass(frozen=True)
class IngestRun:
    label: str
    articles: int
    workers: int
    seconds: float
    created: int
    merged: int

    @property
    def rate(self) -> float:
        return self.articles / self.seconds if self.seconds > 0 else 0.0


def ingest_rate(store: GraphStore, corpus: Path, *, workers: int, label: str, limit: int | None = None) -> IngestRun:
    """Ingest the corpus's files (the first ``limit``), time it, then forget those articles again.

    With several workers their pool is started, and its models loaded, before the clock starts,
    as the extraction benchmark does.
    """
    files = collect_files([corpus])[:limit]
    pool = extraction_pool(workers) if workers > 1 else None
    try:
        if pool is not None:
            pool.map(int, range(workers * 4))  # every worker has run its initializer
        started = time.perf_counter()
        summary = ingest_files(store, files, workers=workers, pool=pool)
        seconds = time.perf_counter() - started
    finally:
        if pool is not None:
            pool.terminate()
            pool.join()
    if summary.failed:
        first = summary.failed[0]
        raise RuntimeError(f"{len(summary.failed)} articles failed to ingest, e.g. {first.path.name}: {first.error}")
    if summary.duplicates:
        raise RuntimeError(f"{summary.duplicates} articles were already stored: the graph was not reset")
    ids = [o.article_id for o in summary.outcomes if o.article_id]
    forget_articles(store.driver, ids, database=store.database)
    return IngestRun(label=label, articles=len(files), workers=workers, seconds=seconds,
                     created=summary.created, merged=summary.merged)
