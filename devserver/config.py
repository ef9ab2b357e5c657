"""What one local Neo4j instance is: its config, status, errors, and the small helpers every part uses."""

from __future__ import annotations

import contextlib
import fcntl
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar, TextIO

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
