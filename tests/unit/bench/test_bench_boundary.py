"""bench/ is not part of the product: the product never imports it, and it never imports the product's CLI.

The benchmarks call the same services and graph code the CLI does (`service.ingest`, `graph.store`, ...);
going through `app.cli` would tie them to the command line's parsing and printing, and a product module
importing `bench` would break the installed package, which does not ship it.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

from typer.testing import CliRunner

ROOT = Path(__file__).resolve().parents[3]
PRODUCT = ("app", "graph", "extract", "service", "devserver")


def _imports(path: Path) -> Iterator[tuple[int, str]]:
    """Every module ``path`` imports (absolute names), with its line, anywhere in the file."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.lineno, node.module
            for alias in node.names:  # `from app import cli`
                yield node.lineno, f"{node.module}.{alias.name}"


def _offending(packages: tuple[str, ...], forbidden: str) -> list[str]:
    found = []
    for package in packages:
        for path in sorted((ROOT / package).rglob("*.py")):
            for line, name in _imports(path):
                if name == forbidden or name.startswith(forbidden + "."):
                    found.append(f"{path.relative_to(ROOT)}:{line}: {name}")
    return found


def test_the_product_never_imports_bench():
    assert _offending(PRODUCT, "bench") == []


def test_bench_never_imports_the_cli():
    assert _offending(("bench",), "app.cli") == []


def test_the_product_cli_has_no_bench_command():
    from app.cli import cli

    result = CliRunner().invoke(cli, ["--help"])
    assert result.exit_code == 0
    assert "bench" not in result.output


def test_bench_has_its_own_entry_point():
    from bench.cli import cli

    result = CliRunner().invoke(cli, ["--help"])
    assert result.exit_code == 0, result.output
    for command in ("run", "corpus", "load", "stop"):
        assert command in result.output
    assert (ROOT / "bench" / "__main__.py").is_file()


def test_corpus_command_writes_a_corpus(tmp_path):
    from bench.cli import cli

    result = CliRunner().invoke(cli, ["corpus", str(tmp_path / "c"), "--size", "3", "--seed", "5"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "c").iterdir()) == [
        "0000000.txt", "0000001.txt", "0000002.txt", "manifest.yaml"]


def test_the_recorded_command_is_the_bench_entry_point(monkeypatch):
    from bench.cli import _command_line

    argv = ["/repo/bench/__main__.py", "run", "--only", "queries,coldstart", "--out", "a b.md"]
    monkeypatch.setattr("sys.argv", argv)
    assert _command_line("run") == "python -m bench run --only queries,coldstart --out 'a b.md'"
    monkeypatch.setattr("sys.argv", ["/repo/bench/__main__.py"])
    assert _command_line("run") == "python -m bench run"
