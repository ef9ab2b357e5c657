"""Running a local Neo4j: start (once per instance), readiness, status, stop."""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import neo4j
from neo4j.exceptions import AuthError, DriverError, Neo4jError, ServiceUnavailable

from devserver.config import (
    ENTRY_POINT,
    JVM_FLAGS,
    STDERR,
    LocalServerConfig,
    LocalServerError,
    Progress,
    ServerStatus,
    _file_lock,
    _log_tails,
    _say,
)
from devserver.install import (
    ensure_installed,
    java_binary,
    java_major,
    set_initial_password,
    write_config,
)

# --------------------------------------------------------------------------- run


# JVMs started by this Python process, so they can be reaped instead of lingering as zombies.
_children: dict[int, subprocess.Popen[bytes]] = {}


def status(cfg: LocalServerConfig) -> ServerStatus:
    """Whether our JVM is alive (pid file + process check) and whether Bolt answers."""
    pid = _live_pid(cfg)
    answering = pid is not None and _bolt_answers(cfg, timeout=3.0)
    return ServerStatus(
        running=pid is not None,
        answering=answering,
        pid=pid,
        bolt_uri=cfg.bolt_uri,
        browser_url=cfg.browser_url,
        data_dir=cfg.data_dir,
        log_file=cfg.user_log,
    )


def start(cfg: LocalServerConfig, progress: Progress = STDERR) -> ServerStatus:
    """Start the server in the background and return once Bolt accepts our credentials.

    A no-op when it is already running and answering; waits for it when it is still starting.
    On failure or timeout the JVM it started is stopped again and the error carries the
    tail of the logs.
    """
    cfg.pid_file.parent.mkdir(parents=True, exist_ok=True)
    # One starter at a time per instance: a second caller waits, then finds it running.
    with _file_lock(cfg.pid_file.parent / "start.lock"):
        pid = _live_pid(cfg)
        if pid is not None:
            if not (_bolt_answers(cfg, timeout=3.0) and _http_answers(cfg, timeout=3.0)):
                _say(progress, f"Neo4j (pid {pid}) is already starting; waiting for it...")
                _wait_until_ready(cfg, pid, time.monotonic() + cfg.start_timeout)
            return status(cfg)
        return _spawn(cfg, progress)


def _spawn(cfg: LocalServerConfig, progress: Progress) -> ServerStatus:
    """Launch the JVM and wait for it; the caller holds the instance's start lock."""
    for port in (cfg.bolt_port, cfg.http_port):
        if _port_in_use(cfg.host, port):
            raise LocalServerError(
                f"Port {cfg.host}:{port} is already in use by another process, so Neo4j cannot "
                "listen there. Stop that process or configure other ports."
            )
    ensure_installed(cfg, progress)
    java_major(cfg)
    write_config(cfg)
    set_initial_password(cfg)

    cmd = [
        java_binary(cfg), f"-Xms{cfg.heap}", f"-Xmx{cfg.heap}", *JVM_FLAGS,
        "-cp", f"{cfg.lib_dir}/*", ENTRY_POINT,
        f"--home-dir={cfg.home_dir}", f"--config-dir={cfg.conf_dir}",
    ]  # fmt: skip
    _say(progress, f"Starting Neo4j {cfg.version} on {cfg.bolt_uri} (data: {cfg.data_dir})...")
    with cfg.console_log.open("ab") as console:
        proc = subprocess.Popen(
            cmd,
            cwd=cfg.data_dir,
            stdin=subprocess.DEVNULL,
            stdout=console,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # Ctrl-C in the terminal must not kill the server
            preexec_fn=_die_with_parent if cfg.die_with_parent else None,
        )
    _children[proc.pid] = proc
    cfg.pid_file.write_text(f"{proc.pid}\n", encoding="utf-8")
    try:
        _wait_until_ready(cfg, proc.pid, time.monotonic() + cfg.start_timeout)
    except BaseException:
        _terminate(cfg, proc.pid)
        raise
    return status(cfg)


def stop(cfg: LocalServerConfig, timeout: float | None = None) -> bool:
    """Stop the server: SIGTERM, wait up to ``timeout`` (default ``stop_timeout``), then SIGKILL.

    Returns True if a running server was stopped, False if none was running.
    """
    pid = _live_pid(cfg)
    if pid is None:
        cfg.pid_file.unlink(missing_ok=True)
        return False
    _terminate(cfg, pid, cfg.stop_timeout if timeout is None else timeout)
    return True


def _terminate(cfg: LocalServerConfig, pid: int, timeout: float = 60.0) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGTERM)
    if not _wait_for_exit(pid, time.monotonic() + timeout):
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        if not _wait_for_exit(pid, time.monotonic() + 10):
            raise LocalServerError(f"Neo4j (pid {pid}) did not exit even after SIGKILL.")
    _children.pop(pid, None)
    cfg.pid_file.unlink(missing_ok=True)


def _wait_until_ready(cfg: LocalServerConfig, pid: int, deadline: float) -> None:
    """Poll Bolt until it accepts our credentials, the JVM dies, or the deadline passes."""
    last_error: Exception | None = None
    with neo4j.GraphDatabase.driver(cfg.bolt_uri, auth=cfg.auth, connection_timeout=2.0) as driver:
        while True:
            if not _pid_alive(pid):
                raise LocalServerError(
                    f"Neo4j exited during start-up.\n{_log_tails(cfg)}"
                )
            try:
                driver.verify_connectivity()
                # Bolt opens before the HTTP connector, and a SIGTERM before start-up has
                # finished skips the checkpoint; so "ready" means both answer.
                if _http_answers(cfg, timeout=2.0):
                    return
                last_error = LocalServerError(f"HTTP on port {cfg.http_port} not answering yet")
            except AuthError as exc:
                raise LocalServerError(
                    f"Neo4j at {cfg.bolt_uri} rejected the configured password: {exc.message}\n"
                    f"The database in {cfg.db_dir} was initialised with another password. Use that "
                    "one, change it with ALTER USER, or delete the data directory to start over."
                ) from exc
            except (ServiceUnavailable, DriverError, Neo4jError, OSError) as exc:
                last_error = exc
            if time.monotonic() >= deadline:
                raise LocalServerError(
                    f"Neo4j did not answer on {cfg.bolt_uri} within {cfg.start_timeout:.0f}s "
                    f"(last error: {last_error}).\n{_log_tails(cfg)}"
                )
            time.sleep(0.5)


def _bolt_answers(cfg: LocalServerConfig, timeout: float) -> bool:
    try:
        with neo4j.GraphDatabase.driver(
            cfg.bolt_uri, auth=cfg.auth, connection_timeout=timeout
        ) as driver:
            driver.verify_connectivity()
        return True
    except (DriverError, Neo4jError, OSError):
        return False


def _http_answers(cfg: LocalServerConfig, timeout: float) -> bool:
    """True when the HTTP connector serves its discovery document (the last thing to start)."""
    try:
        with urllib.request.urlopen(f"http://{cfg.host}:{cfg.http_port}/", timeout=timeout) as resp:
            return resp.status == 200
    except (OSError, ValueError):
        return False


def _live_pid(cfg: LocalServerConfig) -> int | None:
    """The pid from the pid file if that process is alive and is this instance's server."""
    try:
        pid = int(cfg.pid_file.read_text(encoding="utf-8").strip())
    except (OSError, ValueError):
        return None
    if not _pid_alive(pid):
        return None
    cmdline = Path(f"/proc/{pid}/cmdline")
    if cmdline.exists():  # Linux: guard against a recycled pid belonging to something else
        with contextlib.suppress(OSError):
            args = cmdline.read_bytes().split(b"\0")
            if f"--config-dir={cfg.conf_dir}".encode() not in args:
                return None
    return pid


def _pid_alive(pid: int) -> bool:
    proc = _children.get(pid)
    if proc is not None:
        return proc.poll() is None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    with contextlib.suppress(OSError):  # a zombie is dead for our purposes
        stat = Path(f"/proc/{pid}/stat").read_text()
        return stat.rsplit(")", 1)[1].split()[0] != "Z"
    return True


def _wait_for_exit(pid: int, deadline: float) -> bool:
    while time.monotonic() < deadline:
        if not _pid_alive(pid):
            return True
        time.sleep(0.2)
    return not _pid_alive(pid)


def _port_in_use(host: str, port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(1.0)
        return sock.connect_ex((host, port)) == 0


def _die_with_parent() -> None:
    """Runs in the child before exec: ask Linux to SIGTERM it when its parent dies."""
    pr_set_pdeathsig = 1
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, int(signal.SIGTERM))
