"""`letopis ingest` end to end: files and manifest in, graph out, failures named."""

from __future__ import annotations

import shutil
from pathlib import Path

import neo4j
import pytest
import typer
from typer.testing import CliRunner

from app.cli.ingest_cmd import ingest_command
from app.core.config import get_settings
from devserver import LocalServerConfig
from graph.store import GraphStore

SEEDS = Path(__file__).resolve().parents[3] / "seeds" / "articles"


@pytest.fixture
def app(clean_db: neo4j.Driver, neo4j_test_server: LocalServerConfig, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("LETOPIS_NEO4J_URI", neo4j_test_server.bolt_uri)
    monkeypatch.setenv("LETOPIS_NEO4J_USER", neo4j_test_server.user)
    monkeypatch.setenv("LETOPIS_NEO4J_PASSWORD", neo4j_test_server.password)
    get_settings.cache_clear()
    cli = typer.Typer()
    cli.command("ingest")(ingest_command)
    cli.command("version")(lambda: None)  # two commands: Typer keeps "ingest" as a subcommand
    yield cli
    get_settings.cache_clear()


def test_ingest_directory_with_manifest_and_a_bad_file(app, clean_db: neo4j.Driver, tmp_path: Path) -> None:
    for path in SEEDS.iterdir():
        shutil.copy(path, tmp_path / path.name)
    (tmp_path / "zz_latin1.txt").write_bytes("Токаев".encode("cp1251"))
    runner = CliRunner()
    result = runner.invoke(app, ["ingest", str(tmp_path)])
    assert result.exit_code == 1, result.output
    assert "zz_latin1.txt" in result.output and "UTF-8" in result.output
    assert "5 new, 0 duplicate, 1 failed" in result.output
    store = GraphStore(clean_db)
    meetings = store.events(participants=["tokayev", "putin"], types=["meeting"]).items
    assert len(meetings) == 4
    # the manifest's dates and sources reached the articles
    assert {a.published.isoformat() for a in _articles(store, meetings)} >= {"2022-11-25", "2025-11-11"}
    counts = store.counts()

    (tmp_path / "zz_latin1.txt").unlink()
    again = runner.invoke(app, ["ingest", str(tmp_path / "000_ed19669c29ddedb0.txt"), str(tmp_path), "--no-setup"])
    assert again.exit_code == 0, again.output
    assert "0 new, 5 duplicate, 0 failed" in again.output
    assert store.counts() == counts


def test_missing_file_fails(app, tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["ingest", str(tmp_path / "nope.txt")])
    assert result.exit_code == 1 and "nope.txt" in result.output


def _articles(store: GraphStore, events):
    seen = {}
    for e in events:
        for s in store.event(e.id).sources:
            seen[s.id] = s
    return list(seen.values())
