"""`letopis extract FILE`: one article → the extraction JSON on stdout. Needs no database."""

from __future__ import annotations

import json
import sys
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer


class Lang(str, Enum):
    auto = "auto"
    ru = "ru"
    kk = "kk"


def extract_command(
    file: Annotated[Path, typer.Argument(help="Article text file (UTF-8); '-' reads standard input.")],
    published: Annotated[str | None, typer.Option(help="Publication date YYYY-MM-DD; resolves year-less dates.")] = None,
    lang: Annotated[Lang, typer.Option(help="Article language.")] = Lang.auto,
    indent: Annotated[int, typer.Option(help="JSON indentation (0 for one line).")] = 2,
) -> None:
    """Extract events from one article and print them as JSON."""
    from extract.pipeline import extract_article

    try:
        when = date.fromisoformat(published) if published else None
    except ValueError:
        typer.echo(f"error: --published must be YYYY-MM-DD, got {published!r}", err=True)
        raise typer.Exit(code=2) from None
    try:
        raw = sys.stdin.buffer.read() if str(file) == "-" else file.read_bytes()
    except OSError as exc:
        typer.echo(f"error: cannot read {file}: {exc.strerror or exc}", err=True)
        raise typer.Exit(code=2) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        typer.echo(f"error: {file} is not valid UTF-8 (byte {exc.start})", err=True)
        raise typer.Exit(code=2) from None
    result = extract_article(text, published=when, lang=lang.value)
    payload = result.model_dump(mode="json")
    typer.echo(json.dumps(payload, ensure_ascii=False, indent=indent or None))
