"""Extraction on a Dask distributed cluster: for archives too large for one machine's cores.

`letopis ingest --cluster ADDRESS` sends each article's text to the cluster's workers and writes
the extractions back here, in file order, through the same writer as the local path (so the graph
is the same whichever ran the extraction). ``local`` starts a `LocalCluster` on this machine
(loopback only, one single-threaded worker process per core): the same code path, without a
scheduler to run. Only a bounded window of articles is in flight, so memory does not grow with
the archive.
"""

from __future__ import annotations

import logging
import os
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

J = TypeVar("J")


@contextmanager
def cluster_client(address: str, workers: int = 0) -> Iterator[Any]:
    """A client on the scheduler at ``address``, or on a new local cluster for ``"local"``."""
    from distributed import Client, LocalCluster

    if address == "local":
        cluster = LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1, processes=True,
                               host="127.0.0.1", dashboard_address=None, silence_logs=logging.ERROR)
        try:
            with Client(cluster) as client:
                yield client
        finally:
            cluster.close()
    else:
        with Client(address, timeout="10s") as client:
            yield client


def cluster_map(client: Any, function: Callable[[J], Any], items: Iterator[J], *,
                warm: Callable[[], Any] | None = None, window: int | None = None) -> Iterator[Any]:
    """``function`` over ``items`` on the cluster's workers, results in the order of ``items``.

    ``warm`` runs once on every worker first (to load the language models before the first article);
    at most ``window`` items (default: four per worker thread) are on the cluster at a time.
    """
    if warm is not None:
        client.run(warm)
    threads = sum(client.nthreads().values()) or 1
    window = window or 4 * threads
    in_flight: deque = deque()
    for item in items:
        in_flight.append(client.submit(function, item, pure=False))
        if len(in_flight) >= window:
            yield in_flight.popleft().result()
    while in_flight:
        yield in_flight.popleft().result()
