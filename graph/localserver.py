"""A local Neo4j Community server without Docker: jars from Maven Central, one JVM in the background.

Neo4j's packaged tarball is not published to Maven Central, but every jar in it is. So
`graph/neo4j-dist/pom.xml` names the server's class path, Maven copies it into a cache
directory once, and the server is started straight from that class path with
``org.neo4j.server.CommunityEntryPoint`` (the class the distribution's own boot loader
launches). Neo4j Browser comes as a jar too and is served at ``/browser/``.

Directory layout::

    <home_dir>/lib/<version>/*.jar     shared jars (+ a stamp file), reused by every instance
    <data_dir>/conf/neo4j.conf         generated on every start
    <data_dir>/db/                     Neo4j's own data directory (databases, transactions, auth)
    <data_dir>/logs/                   neo4j.log, debug.log, console.log (JVM stdout/stderr)
    <data_dir>/run/neo4j.pid

One ``data_dir`` is one server instance. The development server keeps its data under the
home dir; the test suite points a second instance at a throwaway directory and other ports.

This module does not import ``app``: callers build a `LocalServerConfig` explicitly.
"""

from __future__ import annotations

import contextlib
import ctypes
import fcntl
import hashlib
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar, TextIO

import neo4j
from neo4j.exceptions import AuthError, DriverError, Neo4jError, ServiceUnavailable

POM_FILE = Path(__file__).resolve().parent / "neo4j-dist" / "pom.xml"
ENTRY_POINT = "org.neo4j.server.CommunityEntryPoint"
ADMIN_TOOL = "org.neo4j.cli.AdminTool"
SUPPORTED_JAVA = (17, 21)
MIN_PASSWORD_LENGTH = 8  # Neo4j's dbms.security.auth_minimum_password_length default

# JVM flags the distribution puts in server.jvm.additional. Starting the entry point
# directly bypasses the boot loader that would read them from neo4j.conf, so pass them here.
# -XX:+AlwaysPreTouch is left out on purpose: it makes start-up slow for no gain in development.
JVM_FLAGS: tuple[str, ...] = (
    "-XX:+UseG1GC",
    "-XX:-OmitStackTraceInFastThrow",
    "-XX:+UnlockExperimentalVMOptions",
    "-XX:+TrustFinalNonStaticFields",
    "-XX:+DisableExplicitGC",
    "-Djdk.nio.maxCachedBufferSize=1024",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "-Djdk.tls.ephemeralDHKeySize=2048",
    "-Djdk.tls.rejectClientInitiatedRenegotiation=true",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--enable-native-access=ALL-UNNAMED",
    "-Dlog4j2.disable.jmx=true",
    "-Dfile.encoding=UTF-8",
)


class _CurrentStderr:
    """Default progress stream: whatever ``sys.stderr`` is when the message is written.

    A plain ``sys.stderr`` default would be frozen at import time (e.g. pytest's capture).
    """


STDERR = _CurrentStderr()
Progress = TextIO | _CurrentStderr | None


class LocalServerError(RuntimeError):
    """Anything that stops the local server from being installed, started or stopped.

    The message is meant for a person at a terminal: what went wrong and what to do.
    """


@dataclass(frozen=True)
class LocalServerConfig:
    """Everything needed to run one local Neo4j instance. Built by the caller, never read from env."""

    home_dir: Path
    data_dir: Path
    version: str = "5.26.30"
    bolt_port: int = 7687
    http_port: int = 7474
    password: str = field(default="letopis-local-pass", repr=False)
    heap: str = "1g"
    pagecache: str = "1g"
    start_timeout: float = 180.0
    stop_timeout: float = 60.0
    # Linux only: the JVM gets SIGTERM when the process that started it dies, so a killed
    # test run does not leave a server behind. Off for the long-lived development server.
    die_with_parent: bool = False
    java: str | None = None  # default: $JAVA_HOME/bin/java, else `java` on PATH
    mvn: str = "mvn"

    def __post_init__(self) -> None:
        # Absolute paths: the JVM runs with the data dir as its working directory, and the
        # pid check compares command lines, so a relative path would mean something else.
        for name in ("home_dir", "data_dir"):
            object.__setattr__(self, name, Path(getattr(self, name)).expanduser().resolve())

    host: ClassVar[str] = "127.0.0.1"  # loopback only, not configurable on purpose
    user: ClassVar[str] = "neo4j"  # the built-in admin user that set-initial-password configures

    @property
    def lib_dir(self) -> Path:
        return self.home_dir / "lib" / self.version

    @property
    def stamp_file(self) -> Path:
        return self.lib_dir / ".installed.json"

    @property
    def conf_dir(self) -> Path:
        return self.data_dir / "conf"

    @property
    def db_dir(self) -> Path:
        return self.data_dir / "db"

    @property
    def logs_dir(self) -> Path:
        return self.data_dir / "logs"

    @property
    def pid_file(self) -> Path:
        return self.data_dir / "run" / "neo4j.pid"

    @property
    def console_log(self) -> Path:
        return self.logs_dir / "console.log"

    @property
    def user_log(self) -> Path:
        return self.logs_dir / "neo4j.log"

    @property
    def bolt_uri(self) -> str:
        return f"bolt://{self.host}:{self.bolt_port}"

    @property
    def browser_url(self) -> str:
        return f"http://{self.host}:{self.http_port}/browser/"

    @property
    def auth(self) -> tuple[str, str]:
        return (self.user, self.password)


@dataclass(frozen=True)
class ServerStatus:
    """A snapshot: is our JVM alive, and does Bolt accept our credentials."""

    running: bool
    answering: bool
    pid: int | None
    bolt_uri: str
    browser_url: str
    data_dir: Path
    log_file: Path


# --------------------------------------------------------------------------- install


def is_installed(cfg: LocalServerConfig) -> bool:
    """True when the jars for this version and this pom are already in the cache."""
    try:
        stamp = json.loads(cfg.stamp_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return stamp == _stamp_content(cfg) and any(cfg.lib_dir.glob("neo4j-server-*.jar"))


def ensure_installed(cfg: LocalServerConfig, progress: Progress = STDERR) -> Path:
    """Download the server's jars from Maven Central into ``lib_dir`` once; return that dir.

    Idempotent and instant once the stamp file matches (version + pom checksum). Safe against
    two processes installing at the same time (file lock). The first run downloads ~140 MB, so
    it reports progress on ``progress`` (stderr by default).
    """
    if is_installed(cfg):
        return cfg.lib_dir
    java_major(cfg)  # fail early and clearly if there is no usable Java at all
    mvn = shutil.which(cfg.mvn)
    if mvn is None:
        raise LocalServerError(
            f"Maven ('{cfg.mvn}') was not found on PATH. It is needed once, to fetch the Neo4j "
            "jars from Maven Central. Install it (e.g. `apt-get install maven`) and retry."
        )
    cfg.home_dir.mkdir(parents=True, exist_ok=True)
    with _file_lock(cfg.home_dir / ".install.lock"):
        if is_installed(cfg):  # somebody else finished while we waited for the lock
            return cfg.lib_dir
        staging = cfg.lib_dir.with_name(f".{cfg.version}.partial-{os.getpid()}")
        shutil.rmtree(staging, ignore_errors=True)
        cmd = [
            mvn, "-B", "-q", "-Dstyle.color=never", "-f", str(POM_FILE), f"-Dneo4j.version={cfg.version}",
            "dependency:copy-dependencies", f"-DoutputDirectory={staging}",
        ]  # fmt: skip
        _say(progress, f"Fetching Neo4j {cfg.version} jars from Maven Central into "
                       f"{cfg.lib_dir} (first time only; can take a few minutes)...")
        started = time.monotonic()
        try:
            output = _run_with_heartbeat(cmd, progress, started)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        if not any(staging.glob("neo4j-server-*.jar")):
            shutil.rmtree(staging, ignore_errors=True)
            raise LocalServerError(
                f"Maven did not produce the Neo4j {cfg.version} jars.\n"
                f"Command: {' '.join(cmd)}\n{_tail_text(output, 40)}"
            )
        shutil.rmtree(cfg.lib_dir, ignore_errors=True)
        staging.rename(cfg.lib_dir)
        cfg.stamp_file.write_text(json.dumps(_stamp_content(cfg)), encoding="utf-8")
        jars = sum(1 for _ in cfg.lib_dir.glob("*.jar"))
        _say(progress, f"Neo4j {cfg.version}: {jars} jars ready in {time.monotonic() - started:.0f}s.")
    return cfg.lib_dir


def _stamp_content(cfg: LocalServerConfig) -> dict[str, str]:
    return {"version": cfg.version, "pom_sha256": hashlib.sha256(POM_FILE.read_bytes()).hexdigest()}


def _run_with_heartbeat(cmd: list[str], progress: Progress, started: float) -> str:
    """Run Maven, printing a line every 15 s so a slow first download does not look hung.

    Output goes to a temporary file, not a pipe: a pipe nobody reads while waiting would
    block Maven once its error output outgrows the pipe buffer.
    """
    with tempfile.TemporaryFile(mode="w+", encoding="utf-8", errors="replace") as log:
        with subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL) as proc:
            next_beat = started + 15
            while proc.poll() is None:
                time.sleep(0.5)
                if time.monotonic() >= next_beat:
                    _say(progress, f"  ... still fetching ({time.monotonic() - started:.0f}s)")
                    next_beat += 15
        log.seek(0)
        output = log.read()
    if proc.returncode != 0:
        raise LocalServerError(
            f"Maven failed (exit {proc.returncode}) fetching the Neo4j jars.\n"
            f"Command: {' '.join(cmd)}\n{_tail_text(output, 40)}"
        )
    return output


def java_binary(cfg: LocalServerConfig) -> str:
    """The java executable: explicit config, then $JAVA_HOME, then PATH."""
    if cfg.java:
        return cfg.java
    java_home = os.environ.get("JAVA_HOME")
    if java_home and (Path(java_home) / "bin" / "java").exists():
        return str(Path(java_home) / "bin" / "java")
    found = shutil.which("java")
    if found is None:
        raise LocalServerError(
            "Java was not found (no $JAVA_HOME, no `java` on PATH). Neo4j 5 needs Java 17 or 21, "
            "e.g. `apt-get install openjdk-17-jre-headless`."
        )
    return found


def java_major(cfg: LocalServerConfig) -> int:
    """Major version of the java binary; raises unless Neo4j 5 supports it (17 or 21)."""
    java = java_binary(cfg)
    try:
        out = subprocess.run(
            [java, "-version"], capture_output=True, text=True, timeout=30, check=False
        ).stderr
    except OSError as exc:
        raise LocalServerError(f"Cannot run {java}: {exc}") from exc
    match = re.search(r'version "(\d+)(?:\.(\d+))?', out)
    if not match:
        raise LocalServerError(f"Cannot tell the version of {java}:\n{out}")
    major = int(match.group(1))
    if major == 1 and match.group(2):  # "1.8.0_x" style
        major = int(match.group(2))
    if major not in SUPPORTED_JAVA:
        raise LocalServerError(
            f"{java} is Java {major}; Neo4j 5 runs on Java 17 or 21. "
            "Set JAVA_HOME to a supported JDK/JRE."
        )
    return major


# --------------------------------------------------------------------------- configure


def render_config(cfg: LocalServerConfig) -> str:
    """The neo4j.conf text: loopback-only, fixed ports, small memory, no telemetry."""
    addr = cfg.host
    settings = {
        "server.directories.data": cfg.db_dir,
        "server.directories.logs": cfg.logs_dir,
        "server.directories.run": cfg.pid_file.parent,
        "server.directories.import": cfg.data_dir / "import",
        "server.directories.plugins": cfg.data_dir / "plugins",
        "server.default_listen_address": addr,
        "server.default_advertised_address": addr,
        "server.bolt.enabled": "true",
        "server.bolt.listen_address": f"{addr}:{cfg.bolt_port}",
        "server.bolt.advertised_address": f"{addr}:{cfg.bolt_port}",
        "server.bolt.tls_level": "DISABLED",
        "server.http.enabled": "true",
        "server.http.listen_address": f"{addr}:{cfg.http_port}",
        "server.http.advertised_address": f"{addr}:{cfg.http_port}",
        "server.https.enabled": "false",
        # No server.memory.heap.*: only the boot loader reads those; the JVM gets -Xms/-Xmx.
        "server.memory.pagecache.size": cfg.pagecache,
        "dbms.security.auth_enabled": "true",
        "dbms.usage_report.enabled": "false",
        "db.tx_log.rotation.retention_policy": "1 days",
        # Bolt's Netty threads otherwise idle 2 x 5 s after the databases have already stopped.
        "internal.dbms.bolt.netty_server_shutdown_quiet_period": "0",
    }
    lines = ["# Generated by graph/localserver.py on every start; edits are overwritten."]
    lines += [f"{key}={value}" for key, value in settings.items()]
    return "\n".join(lines) + "\n"


def write_config(cfg: LocalServerConfig) -> Path:
    """Write ``<data_dir>/conf/neo4j.conf`` (and create the instance directories)."""
    for directory in (cfg.conf_dir, cfg.db_dir, cfg.logs_dir, cfg.pid_file.parent):
        directory.mkdir(parents=True, exist_ok=True)
    path = cfg.conf_dir / "neo4j.conf"
    path.write_text(render_config(cfg), encoding="utf-8")
    return path


def is_initialized(cfg: LocalServerConfig) -> bool:
    """True once the server has started at least once (the system database exists)."""
    return (cfg.db_dir / "databases" / "system").is_dir()


def set_initial_password(cfg: LocalServerConfig) -> bool:
    """Set the ``neo4j`` user's password before the first start; return whether it was set.

    Runs ``neo4j-admin dbms set-initial-password`` (class ``org.neo4j.cli.AdminTool``), the
    supported way. After the first start Neo4j keeps users in its system database and
    ignores this, so it is skipped then; change the password with ``ALTER USER`` instead.
    """
    if len(cfg.password) < MIN_PASSWORD_LENGTH:
        raise LocalServerError(
            f"The Neo4j password must be at least {MIN_PASSWORD_LENGTH} characters long."
        )
    if is_initialized(cfg):
        return False
    write_config(cfg)
    env = dict(os.environ, NEO4J_HOME=str(cfg.home_dir), NEO4J_CONF=str(cfg.conf_dir))
    cmd = [java_binary(cfg), "-cp", f"{cfg.lib_dir}/*", ADMIN_TOOL,
           "dbms", "set-initial-password", cfg.password]  # fmt: skip
    result = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120, check=False)
    if result.returncode != 0:
        raise LocalServerError(
            "neo4j-admin dbms set-initial-password failed "
            f"(exit {result.returncode}):\n{_tail_text(result.stdout + result.stderr, 30)}"
        )
    return True


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


# --------------------------------------------------------------------------- helpers


@contextlib.contextmanager
def _file_lock(path: Path) -> Iterator[None]:
    with path.open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _say(stream: Progress, message: str) -> None:
    if isinstance(stream, _CurrentStderr):
        stream = sys.stderr
    if stream is not None:
        print(message, file=stream, flush=True)


_ANSI_ESCAPE = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")


def _tail_text(text: str, lines: int) -> str:
    """The last ``lines`` lines, without terminal colour codes (Maven emits some even with -B)."""
    return "\n".join(_ANSI_ESCAPE.sub("", text).strip().splitlines()[-lines:])


def _tail_file(path: Path, lines: int) -> str:
    try:
        return _tail_text(path.read_text(encoding="utf-8", errors="replace"), lines)
    except OSError:
        return ""


def _log_tails(cfg: LocalServerConfig, lines: int = 25) -> str:
    parts = []
    for path in (cfg.console_log, cfg.user_log):
        tail = _tail_file(path, lines)
        if tail:
            parts.append(f"--- last lines of {path} ---\n{tail}")
    parts.append(f"(full details in {cfg.logs_dir / 'debug.log'})")
    return "\n".join(parts)
