"""Articles: a story, a dateline, fillers up to size and boilerplate; a corpus of them on disk."""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

from bench.cast import Cast
from bench.corpus import padding
from bench.corpus.dates import MONTH_GEN, weighted
from bench.corpus.records import SyntheticArticle
from bench.corpus.stories import Draft, Writer
from bench.corpus.templates import DATELINE_SOURCES, SOURCES, place_name

DEFAULT_SEED = 20261121
FIRST_DAY = date(2015, 1, 1)
LAST_DAY = date(2026, 10, 31)
MANIFEST_NAME = "manifest.yaml"
MAX_BYTES = 4096
MIN_BYTES = 1536

_STORIES = (("visit", 0.3), ("meeting", 0.2), ("phone_call", 0.25), ("summit", 0.12), ("forum", 0.13))
_EVENT_COUNTS = (("1", 0.35), ("2", 0.4), ("3", 0.25))
_SPAN_DAYS = (LAST_DAY - FIRST_DAY).days


@lru_cache(maxsize=1)
def _default_cast() -> Cast:
    return Cast()


def make_article(index: int, *, seed: int = DEFAULT_SEED, cast: Cast | None = None) -> SyntheticArticle:
    """Article ``index`` of the corpus with ``seed``; depends on nothing else."""
    rng = random.Random(f"{seed}:{index}")
    cast = cast or _default_cast()
    published = FIRST_DAY + timedelta(days=rng.randint(0, _SPAN_DAYS))
    source = rng.choice(SOURCES)
    writer = Writer(cast, rng, published)
    writer.dateline = source in DATELINE_SOURCES and rng.random() < 0.7
    n_events = int(weighted(rng, _EVENT_COUNTS))
    story = weighted(rng, _STORIES)
    ok = False
    for attempt in (story, "phone_call", "meeting"):
        writer.draft = Draft()
        if attempt == "visit":
            ok = writer.visit_story(n_events)
        elif attempt == "meeting":
            ok = writer.meeting_story(n_events)
        elif attempt == "phone_call":
            ok = writer.phone_story(n_events)
        else:
            ok = writer.gathering_story(n_events, attempt)
        if ok:
            break
    if not ok:
        raise RuntimeError(f"article {index}: no leaders in office on {published}")
    return _assemble(index, writer, source)


def _assemble(index: int, writer: Writer, source: str) -> SyntheticArticle:
    """Title, dateline and lead, event paragraphs, filler up to a realistic size, boilerplate."""
    rng, d, published = writer.rng, writer.draft, writer.published
    lead = " ".join(d.lead)
    if writer.dateline:
        city = d.place if d.place is not None and d.place.kind == "city" else writer.registry.place("astana")
        line = place_name(city, published).upper()
        lead = f"{line}, {published.day} {MONTH_GEN[published.month - 1]}. {DATELINE_SOURCES[source]}. {lead}"
    paragraphs = [lead] + [" ".join(p) for p in d.body]
    tail = padding.boilerplate(writer, source)
    separator = "\n\n" if rng.random() < 0.5 else "\n"
    target = rng.randint(MIN_BYTES + 200, MAX_BYTES - 300)

    def size(parts: list[str]) -> int:
        return len(separator.join([d.title, *parts, *tail]).encode("utf-8"))

    fillers: list[str] = []
    for candidate in padding.fillers(writer):
        if size(paragraphs + fillers) >= target:
            break
        if size(paragraphs + fillers + [candidate]) <= MAX_BYTES:
            fillers.append(candidate)
    # Fillers go after the lead, between event paragraphs, and at the end, as in agency copy.
    body = [paragraphs[0]]
    rest = paragraphs[1:]
    for paragraph in fillers:
        if rest and rng.random() < 0.4:
            body.append(rest.pop(0))
        body.append(paragraph)
    body.extend(rest)
    text = separator.join([d.title, *body, *tail])
    return SyntheticArticle(index=index, title=d.title, text=text, published=published,
                            events=tuple(d.events), source=source)


def generate(count: int, *, seed: int = DEFAULT_SEED, start: int = 0) -> Iterator[SyntheticArticle]:
    """Articles ``start .. start + count - 1``; each one depends only on ``(seed, index)``."""
    cast = _default_cast()
    for index in range(start, start + count):
        yield make_article(index, seed=seed, cast=cast)


def write_corpus(directory: Path, count: int, *, seed: int = DEFAULT_SEED,
                 progress: Callable[[int, int], None] | None = None) -> Path:
    """Write ``count`` articles as ``NNNNNNN.txt`` files and a ``manifest.yaml`` that `letopis ingest` reads.

    The manifest is streamed entry by entry, so a large corpus never sits in memory.
    """
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    with (directory / MANIFEST_NAME).open("w", encoding="utf-8") as manifest:
        manifest.write(f"# Synthetic news corpus: {count} articles, seed {seed}.\narticles:\n")
        for done, article in enumerate(generate(count, seed=seed), start=1):
            (directory / article.filename).write_text(article.text, encoding="utf-8")
            manifest.write(
                f"  - file: {article.filename}\n"
                f"    lang: {article.lang}\n"
                f"    published: {article.published.isoformat()}\n"
                f"    source: {json.dumps(article.source, ensure_ascii=False)}\n"
                f"    title: {json.dumps(article.title, ensure_ascii=False)}\n")
            if progress is not None:
                progress(done, count)
    return directory
