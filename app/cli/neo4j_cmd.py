"""`letopis neo4j start|stop|status`: the local Neo4j server (placeholder, being built)."""

import typer

cli = typer.Typer(help="Run a local Neo4j 5.26 server fetched from Maven Central.", no_args_is_help=True)
