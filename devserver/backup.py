"""Backups of the local server's database: Neo4j's own ``neo4j-admin database dump`` and ``load``.

Community Edition dumps and loads only a stopped database, and cannot stop one database on its own,
so the server is stopped around the admin command and started again if it was running. The admin
tool is ``org.neo4j.cli.AdminTool`` from the same jars as the server, run with the instance's config.
A dump is one file (Neo4j's ``.dump`` format); loading one replaces the database entirely.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

from devserver.config import ADMIN_TOOL, STDERR, LocalServerConfig, LocalServerError, Progress, _say, _tail_text
from devserver.install import java_binary, write_config
from devserver.process import start, status, stop

DATABASE = "neo4j"
ADMIN_TIMEOUT = 1800.0


def _admin(cfg: LocalServerConfig, *args: str) -> None:
    env = dict(os.environ, NEO4J_HOME=str(cfg.home_dir), NEO4J_CONF=str(cfg.conf_dir))
    cmd = [java_binary(cfg), "-cp", f"{cfg.lib_dir}/*", ADMIN_TOOL, *args]
    result = subprocess.run(cmd, env=env, cwd=cfg.data_dir, capture_output=True, text=True,
                            timeout=ADMIN_TIMEOUT, check=False)
    if result.returncode != 0:
        raise LocalServerError(f"neo4j-admin {' '.join(args[:2])} failed (exit {result.returncode}):\n"
                               f"{_tail_text(result.stdout + result.stderr, 30)}")


@contextlib.contextmanager
def _stopped(cfg: LocalServerConfig, progress: Progress) -> Iterator[None]:
    """The server stopped for the duration, and started again afterwards if it was running."""
    was_running = status(cfg).running
    if was_running:
        _say(progress, "Stopping Neo4j (Community Edition dumps and loads only a stopped database)...")
        stop(cfg)
    write_config(cfg)
    try:
        yield
    finally:
        if was_running:
            start(cfg, progress)


def dump(cfg: LocalServerConfig, file: Path, progress: Progress = STDERR) -> Path:
    """Write the database to ``file`` (replacing it); returns the file's absolute path."""
    file = Path(file).expanduser().resolve()
    if file.is_dir():
        raise LocalServerError(f"{file} is a directory; give the dump file's name.")
    if not (cfg.db_dir / "databases" / DATABASE).is_dir():
        raise LocalServerError(f"There is no database to dump in {cfg.db_dir}; start the server once first.")
    file.parent.mkdir(parents=True, exist_ok=True)
    with _stopped(cfg, progress), tempfile.TemporaryDirectory(dir=file.parent, prefix=".dump-") as tmp:
        _say(progress, f"Dumping database {DATABASE!r} to {file}...")
        _admin(cfg, "database", "dump", DATABASE, f"--to-path={tmp}", "--overwrite-destination=true")
        os.replace(Path(tmp) / f"{DATABASE}.dump", file)
    return file


def load(cfg: LocalServerConfig, file: Path, progress: Progress = STDERR) -> None:
    """Replace the database with the dump in ``file``."""
    file = Path(file).expanduser().resolve()
    if not file.is_file():
        raise LocalServerError(f"No dump file at {file}.")
    with _stopped(cfg, progress), tempfile.TemporaryDirectory(prefix="letopis-load-") as tmp:
        source = Path(tmp) / f"{DATABASE}.dump"
        try:
            os.link(file, source)  # same file system: no copy
        except OSError:
            shutil.copyfile(file, source)
        _say(progress, f"Loading {file} into database {DATABASE!r} (replacing it)...")
        _admin(cfg, "database", "load", DATABASE, f"--from-path={tmp}", "--overwrite-destination=true")
