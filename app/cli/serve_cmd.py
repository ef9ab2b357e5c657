"""`letopis serve` (the API) and `letopis run` (local Neo4j + schema + seeds + API, in the foreground)."""

from __future__ import annotations

from typing import Annotated

import typer

from app.core.config import Settings, get_settings
from app.core.safety import security_warnings


class _Stop(Exception):
    """SIGTERM arrived: leave the server loop and clean up like on Ctrl-C."""


def _raise_stop(signum, frame) -> None:
    raise _Stop()


def _serve(host: str, port: int, log_level: str, workers: int = 1) -> None:
    """Serve until Ctrl-C or SIGTERM; both end in a normal return.

    uvicorn shuts down gracefully and then re-raises the signal it caught with the handler that was
    installed before it; with ours in place that becomes an exception we turn into a clean exit.
    """
    import signal

    import uvicorn

    signal.signal(signal.SIGTERM, _raise_stop)
    try:
        uvicorn.run("app.main:create_app", factory=True, host=host, port=port, log_level=log_level.lower(),
                    workers=workers if workers > 1 else None)
    except (KeyboardInterrupt, _Stop):
        pass


def _warn(settings: Settings, host: str) -> None:
    for warning in security_warnings(settings, host):
        typer.echo(warning, err=True)


def serve_command(
    host: Annotated[str | None, typer.Option(help="Bind address (default from settings).")] = None,
    port: Annotated[int | None, typer.Option(help="Port (default from settings).")] = None,
    workers: Annotated[int | None, typer.Option(min=1, help="Server processes (default from settings).")] = None,
) -> None:
    """Serve the HTTP API (OpenAPI docs at /docs)."""
    settings = get_settings()
    _warn(settings, host or settings.api_host)
    _serve(host or settings.api_host, port or settings.api_port, settings.log_level, workers or settings.api_workers)


def run_command(
    seeds: Annotated[bool, typer.Option(help="Ingest the seed articles before serving.")] = True,
    stop_neo4j: Annotated[bool, typer.Option(help="Stop Neo4j on exit if this command started it.")] = True,
) -> None:
    """Start the local Neo4j, create the schema, ingest the seeds and serve the API until interrupted."""
    import devserver
    from app.core.config import local_server_config
    from graph.store import connect
    from service.ingest import collect_files, ingest_files

    settings = get_settings()
    cfg = local_server_config(settings)
    was_running = devserver.status(cfg).running
    try:
        state = devserver.start(cfg)
    except devserver.LocalServerError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(code=1) from exc
    try:
        store = connect(settings, max_retry_time=settings.neo4j_batch_retry_time)
        with store:
            store.ensure_schema()
            store.ensure_reference_data()
            if seeds:
                manifest = settings.seeds_dir / "manifest.yaml"
                summary = ingest_files(store, collect_files([settings.seeds_dir]),
                                       manifest=manifest if manifest.exists() else None)
                typer.echo(f"Seeds: {summary.ingested} ingested, {summary.duplicates} already stored, "
                           f"{len(summary.failed)} failed")
        base = f"http://{settings.api_host}:{settings.api_port}"
        typer.echo(f"\nLetopis API:    {base}/api/v1/events   (OpenAPI docs: {base}/docs)")
        typer.echo(f"Neo4j Browser:  {state.browser_url}   (bolt {state.bolt_uri}, user {cfg.user})")
        if settings.api_key is None:
            typer.echo("Write endpoints are open: set LETOPIS_API_KEY to require an X-API-Key header.")
        _warn(settings, settings.api_host)
        typer.echo("Press Ctrl-C to stop.\n")
        _serve(settings.api_host, settings.api_port, settings.log_level)
    finally:
        if stop_neo4j and not was_running:
            devserver.stop(cfg)
            typer.echo("Neo4j stopped.")
