"""The `letopis` command line: one Typer app, one module per group of subcommands."""

from __future__ import annotations

import typer

from app.cli import neo4j_cmd
from app.cli.extract_cmd import extract_command
from app.cli.ingest_cmd import ingest_command
from app.cli.serve_cmd import run_command, serve_command

cli = typer.Typer(
    name="letopis",
    help="Letopis: news about heads of state as a timeline knowledge graph in Neo4j.",
    no_args_is_help=True,
    add_completion=False,
)
cli.add_typer(neo4j_cmd.cli, name="neo4j")
cli.command("extract")(extract_command)
cli.command("ingest")(ingest_command)
cli.command("serve")(serve_command)
cli.command("run")(run_command)


def main() -> None:
    cli()
