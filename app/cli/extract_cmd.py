"""`letopis extract FILE...`: articles → the extraction JSON on stdout. Needs no database.

One file prints one indented JSON document (as before); several files, or `--jsonl`, print one JSON
object per line in the order given, with the models loaded once for all of them. A file that cannot
be read is reported on stderr, gets an `{"error": ...}` line in its place, and makes the exit code 1.
"""

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


def _read(file: Path) -> str:
    """The file's text, or ValueError with a message naming the file."""
    try:
        raw = sys.stdin.buffer.read() if str(file) == "-" else file.read_bytes()
    except OSError as exc:
        raise ValueError(f"cannot read {file}: {exc.strerror or exc}") from None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ValueError(f"{file} is not valid UTF-8 (byte {exc.start})") from None


def extract_command(
    files: Annotated[list[Path], typer.Argument(help="Article text files (UTF-8); '-' reads standard input.")],
    published: Annotated[str | None, typer.Option(help="Publication date YYYY-MM-DD; resolves year-less dates.")] = None,
    lang: Annotated[Lang, typer.Option(help="Article language.")] = Lang.auto,
    indent: Annotated[int, typer.Option(help="JSON indentation for a single file (0 for one line).")] = 2,
    jsonl: Annotated[bool, typer.Option("--jsonl", help="One JSON object per line, even for one file.")] = False,
) -> None:
    """Extract events from articles and print them as JSON (one object per line for several files)."""
    from extract.pipeline import extract_article

    try:
        when = date.fromisoformat(published) if published else None
    except ValueError:
        typer.echo(f"error: --published must be YYYY-MM-DD, got {published!r}", err=True)
        raise typer.Exit(code=2) from None
    lines = jsonl or len(files) > 1
    failed = 0
    for file in files:
        try:
            text = _read(file)
        except ValueError as exc:
            typer.echo(f"error: {exc}", err=True)
            if not lines:
                raise typer.Exit(code=2) from None
            failed += 1
            typer.echo(json.dumps({"error": str(exc), "file": str(file)}, ensure_ascii=False))
            continue
        payload = extract_article(text, published=when, lang=lang.value).model_dump(mode="json")
        if lines:
            typer.echo(json.dumps(payload, ensure_ascii=False))
            sys.stdout.flush()
        else:
            typer.echo(json.dumps(payload, ensure_ascii=False, indent=indent or None))
    if failed:
        raise typer.Exit(code=1)
