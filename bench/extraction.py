"""How fast articles go through extraction, against natasha's own pipeline as the reference.

Each measurement runs in fresh worker processes (the "spawn" start method, so nothing is inherited
from the caller's memory). A worker loads its models and processes one text before the clock starts;
the parent starts the clock once every worker has said it is ready, lets them all go at once, and
stops it when the last one has finished. Each worker gets a fixed contiguous share of the inputs by
index, so runs with the same inputs and worker count are comparable. Process start-up and model
loading are therefore not in the figure; the rate is articles per second of wall-clock time.

Workers run their numerical libraries single-threaded: one worker is one core, which is what the
ratio between one and several workers should measure.

The command line also times a control — a plain Python loop through the same machinery — whose
scaling from one worker to several is the ceiling the machine itself sets for any CPU-bound process.

Run from the repository root:  python -m bench.extraction --articles 200 --workers 1 2 --repeat 3
"""

from __future__ import annotations

import multiprocessing as mp
import os
import queue
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

READY_TIMEOUT = 600.0   # seconds a worker may take to start and load its models
POLL = 0.2              # seconds between checks that the workers are still alive
PROGRESS_EVERY = 10     # a worker reports progress after this many articles
_THREAD_VARIABLES = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "NUMEXPR_NUM_THREADS",
                     "VECLIB_MAXIMUM_THREADS")

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class RateResult:
    """One throughput measurement."""

    label: str
    articles: int
    workers: int
    seconds: float
    rate: float                        # articles per second (wall clock)
    peak_rss_mb: tuple[float, ...]     # one per worker process
    # CPU seconds each worker spent on its share: on a machine whose cores are busy with other work,
    # wall-clock time grows while this stays put, which tells contention from a slow pipeline.
    cpu_seconds: tuple[float, ...] = ()

    @property
    def cpu_rate(self) -> float:
        """Articles per CPU-second of the workers: the rate one uncontended core would reach."""
        total = sum(self.cpu_seconds)
        return self.articles / total if total > 0 else float("nan")

    def as_dict(self) -> dict[str, Any]:
        return {"label": self.label, "articles": self.articles, "workers": self.workers,
                "seconds": round(self.seconds, 3), "rate": round(self.rate, 3),
                "peak_rss_mb": [round(v, 1) for v in self.peak_rss_mb],
                "cpu_seconds": [round(v, 3) for v in self.cpu_seconds]}


class WorkerError(RuntimeError):
    """A worker process failed; the message carries its traceback or exit code."""


# ============================================================================ what a worker runs


class _Letopis:
    """Our full extraction: language detection, natasha analysis, rules, merging."""

    def __init__(self) -> None:
        from extract.pipeline import extract_article
        from extract.text import warm_up

        warm_up()
        self._extract = extract_article

    def __call__(self, item: tuple[str, date | None]) -> int:
        text, published = item
        return len(self._extract(text, published, "auto").events)


class _Natasha:
    """natasha alone: segmentation, morphology, syntax and NER, as its documentation runs them."""

    def __init__(self) -> None:
        from natasha import (
            Doc,
            NewsEmbedding,
            NewsMorphTagger,
            NewsNERTagger,
            NewsSyntaxParser,
            Segmenter,
        )

        embedding = NewsEmbedding()
        self._doc = Doc
        self._segmenter = Segmenter()
        self._morph = NewsMorphTagger(embedding)
        self._syntax = NewsSyntaxParser(embedding)
        self._ner = NewsNERTagger(embedding)

    def __call__(self, text: str) -> int:
        doc = self._doc(text)
        doc.segment(self._segmenter)
        doc.tag_morph(self._morph)
        doc.parse_syntax(self._syntax)
        doc.tag_ner(self._ner)
        return len(doc.spans)


class _Spin:
    """A control: a plain Python loop with no I/O, no memory traffic and no libraries. Its scaling
    from one worker to several is the most the machine gives any CPU-bound Python process."""

    def __call__(self, loops: int) -> int:
        total = 0
        for i in range(loops):
            total += i & 7
        return total & 1


_KINDS: dict[str, Callable[[], Callable[[Any], int]]] = {"letopis": _Letopis, "natasha": _Natasha,
                                                         "control": _Spin}


def _peak_rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


def _worker(kind: str, index: int, share: list[Any], warm: Any, messages: Any, start: Any) -> None:
    """Load, warm up, say ready, wait for the start, process the share, report."""
    try:
        for name in _THREAD_VARIABLES:
            os.environ[name] = "1"
        run = _KINDS[kind]()
        run(warm)
        messages.put(("ready", index))
        start.wait()
        cpu = time.process_time()
        found = 0
        for n, item in enumerate(share, start=1):
            found += run(item)
            if n % PROGRESS_EVERY == 0:
                messages.put(("progress", index, PROGRESS_EVERY))
        cpu = time.process_time() - cpu
        messages.put(("progress", index, len(share) % PROGRESS_EVERY))
        messages.put(("done", index, cpu, found, _peak_rss_mb()))
    except BaseException:  # report everything, including KeyboardInterrupt, then exit non-zero
        messages.put(("error", index, traceback.format_exc()))
        raise SystemExit(1) from None


# ============================================================================ the parent's side


def _shares(items: Sequence[Any], workers: int) -> list[list[Any]]:
    """Contiguous, near-equal shares by index: worker w gets items[w*n//W : (w+1)*n//W]."""
    n = len(items)
    return [list(items[w * n // workers:(w + 1) * n // workers]) for w in range(workers)]


def _receive(messages: Any, processes: list[Any], deadline: float | None) -> tuple:
    """The next message; WorkerError when a worker died without one or the deadline passed."""
    while True:
        try:
            return messages.get(timeout=POLL)
        except queue.Empty:
            pass
        for index, process in enumerate(processes):
            if not process.is_alive() and process.exitcode not in (0, None):
                # A last message may still be in the pipe: prefer it to the bare exit code.
                try:
                    return messages.get(timeout=POLL)
                except queue.Empty:
                    raise WorkerError(f"worker {index} exited with code {process.exitcode} before reporting "
                                      f"(its own output above says why)") from None
        if deadline is not None and time.monotonic() > deadline:
            raise WorkerError("workers did not get ready in time")


def _measure(kind: str, items: Sequence[Any], workers: int, label: str, progress: Progress | None) -> RateResult:
    if workers < 1:
        raise ValueError("workers must be at least 1")
    if not items:
        raise ValueError("nothing to measure: no articles")
    context = mp.get_context("spawn")
    messages = context.Queue()
    start = context.Event()
    processes = [context.Process(target=_worker, args=(kind, w, share, items[0], messages, start),
                                 name=f"bench-{kind}-{w}", daemon=True)
                 for w, share in enumerate(_shares(items, workers))]
    started: list[Any] = []
    try:
        for process in processes:
            process.start()
            started.append(process)
        ready: set[int] = set()
        deadline = time.monotonic() + READY_TIMEOUT
        while len(ready) < workers:
            message = _receive(messages, processes, deadline)
            if message[0] == "error":
                raise WorkerError(f"worker {message[1]} failed while loading:\n{message[2]}")
            if message[0] == "ready":
                ready.add(message[1])
        began = time.perf_counter()
        start.set()
        done = 0
        finished: dict[int, tuple[float, float]] = {}   # worker -> (cpu seconds, peak RSS MB)
        while len(finished) < workers:
            message = _receive(messages, processes, None)
            if message[0] == "error":
                raise WorkerError(f"worker {message[1]} failed:\n{message[2]}")
            if message[0] == "progress":
                done += message[2]
                if progress is not None and message[2]:
                    progress(done, len(items))
            elif message[0] == "done":
                finished[message[1]] = (message[2], message[4])
        seconds = time.perf_counter() - began
    finally:
        start.set()  # never leave a worker waiting
        for process in started:
            process.join(timeout=5)
        for process in started:
            if process.is_alive():
                process.terminate()
                process.join()
        messages.close()
        messages.join_thread()
    return RateResult(label=label, articles=len(items), workers=workers, seconds=seconds,
                      rate=len(items) / seconds if seconds > 0 else float("inf"),
                      peak_rss_mb=tuple(finished[w][1] for w in range(workers)),
                      cpu_seconds=tuple(finished[w][0] for w in range(workers)))


def extraction_rate(articles: Sequence[tuple[str, date | None]], workers: int, *, label: str = "letopis",
                    progress: Progress | None = None) -> RateResult:
    """Our full extraction — ``extract_article(text, published, "auto")`` — over ``articles``."""
    return _measure("letopis", list(articles), workers, label, progress)


def natasha_rate(texts: Sequence[str], workers: int = 1, *, label: str = "natasha",
                 progress: Progress | None = None) -> RateResult:
    """The reference: natasha's segmenter, morphology tagger, syntax parser and NER over ``texts``."""
    return _measure("natasha", list(texts), workers, label, progress)


def control_rate(items: int, workers: int, *, loops: int = 300_000, label: str = "control") -> RateResult:
    """The control loop ``items`` times (about 10 ms each) through the same machinery."""
    return _measure("control", [loops] * items, workers, label, None)


# ============================================================================ command line


def main(argv: Sequence[str] | None = None) -> int:
    import argparse
    import json

    from bench.corpus import DEFAULT_SEED, generate
    from bench.stats import Summary

    parser = argparse.ArgumentParser(description="Extraction throughput against natasha's pipeline.")
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--repeat", type=int, default=1, help="measure each configuration this many times")
    parser.add_argument("--json", action="store_true", help="print every measurement as a JSON line")
    args = parser.parse_args(argv)
    corpus = list(generate(args.articles, seed=args.seed))
    items = [(a.text, a.published) for a in corpus]
    texts = [a.text for a in corpus]
    print(f"load average before: {' '.join(f'{v:.2f}' for v in os.getloadavg())}, cpus: {os.cpu_count()}")
    rates: dict[tuple[str, int], Summary] = {}
    for workers in args.workers:
        for label, run in (("control", lambda w: control_rate(args.articles, w)),
                           ("natasha", lambda w: natasha_rate(texts, w)),
                           ("letopis", lambda w: extraction_rate(items, w))):
            results = [run(workers) for _ in range(args.repeat)]
            rates[(label, workers)] = Summary.of([r.rate for r in results])
            for result in results:
                if args.json:
                    print(json.dumps(result.as_dict(), ensure_ascii=False))
            summary = rates[(label, workers)]
            rss = ", ".join(f"{v:.0f}" for v in results[-1].peak_rss_mb)
            cpu = Summary.of([r.cpu_rate for r in results]).median
            print(f"{label:<8} workers={workers}  {args.articles} articles  {summary.median:.2f} articles/s "
                  f"(min {summary.low:.2f}, max {summary.high:.2f}, n={summary.n})  "
                  f"{cpu:.2f} per CPU-second  peak RSS MB: {rss}")
    print(f"load average after: {' '.join(f'{v:.2f}' for v in os.getloadavg())}")
    ours, theirs = rates.get(("letopis", 1)), rates.get(("natasha", 1))
    if ours and theirs:
        print(f"letopis/natasha, one process: {ours.median / theirs.median:.2f}")
    for workers in args.workers:
        if workers == 1:
            continue
        for label in ("letopis", "natasha", "control"):
            if (label, 1) in rates and (label, workers) in rates:
                print(f"{label} {workers} workers / 1 worker: "
                      f"{rates[(label, workers)].median / rates[(label, 1)].median:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
