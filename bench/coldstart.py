"""Cold start: how long until `letopis serve` answers ready, and until natasha's models are usable.

    python -m bench.coldstart [--repeat 3] [--port PORT]

The two are measured apart because the server does not load natasha when it starts: its models
load on the first Russian article the process reads (an ingest request, or `letopis ingest`).
Both are measured in fresh processes, so imports and model files come from the OS page cache
but nothing is already loaded in the interpreter.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from bench.stats import Summary

POLL_INTERVAL = 0.02
STOP_GRACE = 10.0

# Runs in a fresh interpreter; times from the first line of measured code to a usable extractor.
_NATASHA_PROBE = """
import time
t0 = time.perf_counter()
from extract.pipeline import extract_article
t1 = time.perf_counter()
result = extract_article(SENTENCE, lang="ru")
t2 = time.perf_counter()
import json, sys
json.dump({"import_s": t1 - t0, "first_article_s": t2 - t1, "ready_s": t2 - t0,
           "events": len(result.events)}, sys.stdout)
"""
SENTENCE = "Президент Казахстана Касым-Жомарт Токаев встретился в Москве с Владимиром Путиным 10 ноября 2025 года."


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def letopis_command(port: int) -> list[str]:
    """`letopis serve` on loopback, from the console script installed next to this interpreter."""
    script = Path(sys.executable).parent / "letopis"
    if not script.exists():
        raise FileNotFoundError(f"no 'letopis' console script next to {sys.executable}: install the project first")
    return [str(script), "serve", "--host", "127.0.0.1", "--port", str(port)]


def _status(port: int, path: str, timeout: float) -> int | None:
    """The status of GET ``path``, or None when nothing answers yet."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        response.read()
        return response.status
    except OSError:
        return None
    finally:
        conn.close()


def _port_taken(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        return sock.connect_ex(("127.0.0.1", port)) == 0


def _stop(child: subprocess.Popen) -> None:
    """SIGTERM, then SIGKILL if it does not exit within the grace period; always reaped."""
    if child.poll() is None:
        child.send_signal(signal.SIGTERM)
        try:
            child.wait(STOP_GRACE)
        except subprocess.TimeoutExpired:
            child.kill()
    child.wait()


def _tail(path: Path, lines: int = 20) -> str:
    text = path.read_text(encoding="utf-8", errors="replace").splitlines()
    return "\n".join(text[-lines:])


def serve_ready_seconds(
    env: Mapping[str, str],
    *,
    port: int,
    timeout: float = 120,
    command: Sequence[str] | None = None,
    ready_path: str = "/ready",
) -> float:
    """Seconds from spawning `letopis serve --host 127.0.0.1 --port PORT` until GET /ready answers 200.

    ``env`` is the child's whole environment (start from ``os.environ`` and set the
    ``LETOPIS_NEO4J_*`` variables). ``command`` replaces the server command line, e.g. to time
    another server the same way. The child is always stopped (SIGTERM, then SIGKILL) and reaped.
    Raises RuntimeError if the port is already taken or the child exits first, TimeoutError when
    it is not ready in ``timeout`` seconds; both carry the end of the child's output.
    """
    if _port_taken(port):
        raise RuntimeError(f"port {port} is already in use: the time measured would be another server's")
    argv = list(command) if command is not None else letopis_command(port)
    with tempfile.TemporaryDirectory(prefix="coldstart-") as tmp:
        log = Path(tmp) / "server.log"
        with log.open("wb") as out:
            start = time.perf_counter()
            child = subprocess.Popen(argv, env=dict(env), stdout=out, stderr=subprocess.STDOUT,
                                     stdin=subprocess.DEVNULL)
            try:
                while True:
                    status = _status(port, ready_path, timeout=max(1.0, POLL_INTERVAL))
                    elapsed = time.perf_counter() - start
                    if status == 200:
                        if child.poll() is not None:
                            raise RuntimeError(f"port {port} answered, but the server exited "
                                               f"(status {child.returncode}):\n{_tail(log)}")
                        return elapsed
                    if child.poll() is not None:
                        raise RuntimeError(f"the server exited with status {child.returncode} before it was ready:"
                                           f"\n{_tail(log)}")
                    if elapsed > timeout:
                        last = f"last status {status}" if status is not None else "nothing answered"
                        raise TimeoutError(f"not ready after {timeout:g} s ({last}):\n{_tail(log)}")
                    time.sleep(POLL_INTERVAL)
            finally:
                _stop(child)


@dataclass(frozen=True)
class NatashaTiming:
    """Times of one fresh interpreter: importing the extractor, its first article, and the child's wall time."""

    import_s: float
    first_article_s: float
    ready_s: float
    child_wall_s: float
    events: int


def natasha_timing(timeout: float = 300) -> NatashaTiming:
    """Import the extractor and extract one short Russian sentence in a fresh interpreter.

    natasha loads its embeddings and taggers lazily, on the first Russian text, so "ready" is
    when that first extraction returned. ``child_wall_s`` adds interpreter start-up and exit.
    """
    code = f"SENTENCE = {SENTENCE!r}\n{_NATASHA_PROBE}"
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=timeout,
                          env=dict(os.environ), stdin=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"the extractor probe failed (status {done.returncode}):\n{done.stderr[-2000:]}")
    data = json.loads(done.stdout)
    return NatashaTiming(import_s=data["import_s"], first_article_s=data["first_article_s"],
                         ready_s=data["ready_s"], child_wall_s=wall, events=data["events"])


def natasha_ready_seconds() -> float:
    """Seconds, in a fresh interpreter, from importing the extractor to natasha having read a sentence."""
    return natasha_timing().ready_s


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.coldstart",
                                     description="Seconds to a ready `letopis serve` and to loaded natasha models.")
    parser.add_argument("--repeat", type=int, default=3, help="Measurements of each (default 3).")
    parser.add_argument("--port", type=int, help="Port for the server (default: a free one each time).")
    parser.add_argument("--timeout", type=float, default=120.0, help="Give up on a server after this many seconds.")
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    try:
        serve = [serve_ready_seconds(os.environ, port=args.port or free_port(), timeout=args.timeout)
                 for _ in range(args.repeat)]
        natasha = [natasha_timing() for _ in range(args.repeat)]
    except (RuntimeError, TimeoutError, FileNotFoundError, subprocess.TimeoutExpired) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(json.dumps({
        "serve_ready_s": Summary.of(serve).as_dict(),
        "natasha_ready_s": Summary.of([t.ready_s for t in natasha]).as_dict(),
        "natasha_runs": [asdict(t) for t in natasha],
    }, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
