"""`letopis neo4j install|start|stop|status|dump|load`: the local Neo4j server, driven by Settings.

The mechanics live in `devserver` (and `app.core.config.local_server_config` maps `Settings` onto its
config); this module only turns results and errors into terminal output and exit codes.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import typer

import devserver
from app.core.config import Settings, get_settings, local_server_config
from devserver import LocalServerConfig, LocalServerError, ServerStatus

EXIT_NOT_RUNNING = 3  # LSB convention for `status` of a stopped service

cli = typer.Typer(help="Run a local Neo4j 5.26 server fetched from Maven Central.", no_args_is_help=True)


def uri_mismatch(settings: Settings, cfg: LocalServerConfig) -> str | None:
    """A warning when LETOPIS_NEO4J_URI points somewhere other than the local server."""
    parts = urlsplit(settings.neo4j_uri)
    if parts.hostname in {"127.0.0.1", "localhost", "::1"} and parts.port in (None, cfg.bolt_port):
        if settings.neo4j_user == cfg.user:
            return None
        return (
            f"warning: LETOPIS_NEO4J_USER is {settings.neo4j_user!r}, but the local server's "
            f"admin user is {cfg.user!r}."
        )
    return (
        f"warning: LETOPIS_NEO4J_URI is {settings.neo4j_uri}, but the local server listens on "
        f"{cfg.bolt_uri}; the API and ingestion will not use this server."
    )


def _describe(cfg: LocalServerConfig, state: ServerStatus) -> str:
    return (
        f"Neo4j {cfg.version} is running (pid {state.pid}).\n"
        f"  Bolt:    {state.bolt_uri}  (user {cfg.user})\n"
        f"  Browser: {state.browser_url}\n"
        f"  Data:    {state.data_dir}\n"
        f"  Log:     {state.log_file}"
    )


def _fail(exc: LocalServerError) -> typer.Exit:
    typer.echo(f"error: {exc}", err=True)
    return typer.Exit(code=1)


@cli.command()
def install() -> None:
    """Download the Neo4j jars from Maven Central (done automatically by `start`)."""
    cfg = local_server_config(get_settings())
    try:
        lib = devserver.ensure_installed(cfg)
    except LocalServerError as exc:
        raise _fail(exc) from exc
    typer.echo(f"Neo4j {cfg.version} jars are in {lib}")


@cli.command()
def start() -> None:
    """Start the local server in the background; wait until Bolt answers."""
    settings = get_settings()
    cfg = local_server_config(settings)
    try:
        state = devserver.start(cfg)
    except LocalServerError as exc:
        raise _fail(exc) from exc
    typer.echo(_describe(cfg, state))
    warning = uri_mismatch(settings, cfg)
    if warning:
        typer.echo(warning, err=True)


@cli.command()
def stop() -> None:
    """Stop the local server (SIGTERM, then SIGKILL after a deadline)."""
    cfg = local_server_config(get_settings())
    try:
        stopped = devserver.stop(cfg)
    except LocalServerError as exc:
        raise _fail(exc) from exc
    typer.echo("Neo4j stopped." if stopped else "Neo4j was not running.")


@cli.command()
def status() -> None:
    """Report whether the local server runs and answers; exit 3 when it is not running."""
    cfg = local_server_config(get_settings())
    state = devserver.status(cfg)
    if not state.running:
        typer.echo(f"Neo4j is not running (data: {state.data_dir}).")
        raise typer.Exit(code=EXIT_NOT_RUNNING)
    typer.echo(_describe(cfg, state))
    if not state.answering:
        typer.echo(f"warning: the process is alive but Bolt does not answer yet; see {state.log_file}", err=True)
        raise typer.Exit(code=1)


@cli.command()
def dump(file: Path = typer.Argument(..., dir_okay=False, help="The dump file to write (replaced if it exists).")) -> None:
    """Back up the local database to FILE (neo4j-admin database dump; the server is stopped meanwhile)."""
    cfg = local_server_config(get_settings())
    try:
        written = devserver.dump(cfg, file)
    except LocalServerError as exc:
        raise _fail(exc) from exc
    typer.echo(f"Dumped the database to {written} ({written.stat().st_size:,} bytes).")


@cli.command()
def load(
    file: Path = typer.Argument(..., exists=True, dir_okay=False, help="A dump written by `letopis neo4j dump`."),
    yes: bool = typer.Option(False, "--yes", "-y", help="Replace the database without asking."),
) -> None:
    """Replace the local database with the dump in FILE (the server is stopped meanwhile)."""
    cfg = local_server_config(get_settings())
    if not yes:
        typer.confirm(f"Replace the database in {cfg.db_dir} with {file}?", abort=True)
    try:
        devserver.load(cfg, file)
    except LocalServerError as exc:
        raise _fail(exc) from exc
    typer.echo(f"Loaded {file} into the local database.")
