"""Extraction in worker processes, bounded in time per article and in how many wait.

`Extractor` keeps a few processes with the language models loaded (pebble's process pool). Each
article gets ``time_limit`` seconds: past that its worker is killed and replaced, and the article is
refused (`ArticleRejected`, 422) with nothing stored. At most ``workers + queue`` articles are being
extracted or waiting at once; a caller that finds no room within ``wait`` seconds gets `Overloaded`
(503 with Retry-After), so a flood of long articles cannot build a queue without end, and the
threads that serve reads are never all busy waiting for it.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from datetime import date
from typing import Any

from pebble import ProcessPool
from pebble.common import ProcessExpired

from extract.pipeline import extract_article
from extract.records import Extraction
from graph.errors import ArticleRejected, Overloaded


@dataclass(frozen=True)
class Request:
    """One article to extract."""

    text: str
    published: date | None = None
    lang: str = "auto"
    title: str | None = None


def _extract(request: Request) -> Extraction:
    return extract_article(request.text, published=request.published, lang=request.lang, title=request.title)


def _warm_worker(niceness: int = 0) -> None:
    """Load the language models before the first article arrives (at a lower CPU priority if asked)."""
    if niceness:
        with contextlib.suppress(OSError):
            os.nice(niceness)
    extract_article("Президент встретился с премьер-министром в Астане.", lang="ru")


def too_slow(time_limit: float) -> str:
    return (f"extraction did not finish within {time_limit:g}s; the text was not stored "
            "(split it into shorter articles)")


class Extractor:
    def __init__(self, workers: int = 1, *, time_limit: float = 60.0, queue: int = 0, wait: float = 0.0,
                 niceness: int = 0):
        """``niceness`` lowers the workers' CPU priority: the API's, so that reads come first."""
        self.workers, self.time_limit, self.wait = max(1, workers), time_limit, wait
        self._pool = ProcessPool(max_workers=self.workers, initializer=_warm_worker, initargs=(niceness,),
                                 context=multiprocessing.get_context("spawn"))
        self._room = threading.BoundedSemaphore(self.workers + max(0, queue))

    def close(self) -> None:
        self._pool.stop()
        self._pool.join(timeout=30)

    def __enter__(self) -> Extractor:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def extract(self, request: Request) -> Extraction:
        """The extraction; `Overloaded` when no room frees up in time, `ArticleRejected` when it is too slow."""
        if not self._room.acquire(timeout=self.wait):
            raise Overloaded("Every extraction worker is busy with other articles; send this one again shortly.",
                             retry_after=max(1, round(self.time_limit / 4)))
        try:
            future = self._pool.schedule(_extract, args=(request,), timeout=self.time_limit)
            try:
                return future.result()
            except FutureTimeout as exc:
                raise ArticleRejected(422, "Article too slow to read", too_slow(self.time_limit)) from exc
            except ProcessExpired as exc:
                raise ArticleRejected(422, "Article could not be read",
                                      f"the extraction worker died ({exc}); the text was not stored") from exc
        finally:
            self._room.release()

    def map(self, items: Iterable[tuple[Any, Request]]) -> Iterator[tuple[Any, Extraction | str]]:
        """``(key, extraction)`` in input order, a few ahead; an error message instead when one fails."""
        window: deque[tuple[Any, Any]] = deque()
        ahead = 2 * self.workers
        for key, request in items:
            window.append((key, self._pool.schedule(_extract, args=(request,), timeout=self.time_limit)))
            if len(window) >= ahead:
                yield self._settle(*window.popleft())
        while window:
            yield self._settle(*window.popleft())

    def _settle(self, key: Any, future) -> tuple[Any, Extraction | str]:
        try:
            return key, future.result()
        except FutureTimeout:
            return key, too_slow(self.time_limit)
        except Exception as exc:  # reported against the file, like any other per-file failure
            return key, f"extraction failed: {type(exc).__name__}: {exc}"
