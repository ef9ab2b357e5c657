"""Installing and configuring a local Neo4j: jars from Maven Central, Java, neo4j.conf, the first password."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from devserver.config import (
    ADMIN_TOOL,
    MIN_PASSWORD_LENGTH,
    POM_FILE,
    STDERR,
    SUPPORTED_JAVA,
    LocalServerConfig,
    LocalServerError,
    Progress,
    _file_lock,
    _say,
    _tail_text,
)

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
    lines = ["# Generated by devserver (letopis neo4j start) on every start; edits are overwritten."]
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
