"""A deterministic synthetic corpus of Russian news about heads of state.

Benchmarks need many articles that read like agency news — visits, talks, phone calls, summits and
forums, signed documents — with a known answer for what each one reports. Every article here is built
from templates over the registry: a short story (a visit with its talks and documents, talks on their
own, phone calls, a summit or a forum) told with the names, titles, cities and date expressions real
news uses, in the right grammatical case, padded with paragraphs that report no event (figures, quotes,
background, a press secretary's comment) and closed with page boilerplate.

Leaders are drawn with `bench.cast.Cast`, so a few presidents appear in most articles. Article ``i``
depends only on ``(seed, i)``: any slice of a corpus can be regenerated on its own, byte for byte.

The package, by job: `declension` (Russian cases of names, places and title words), `people` (a leader
as the templates name them), `dates` (date expressions), `templates` (vocabulary and place phrases),
`stories` (the events of an article as sentences), `padding` (paragraphs without events, boilerplate),
`generate` (articles and corpora on disk), `recall` (the extractor against the planned events);
`python -m bench.corpus` writes, shows or evaluates one.
"""

from __future__ import annotations

from bench.corpus.declension import (
                                   CASES,
                                   decline_common,
                                   decline_person,
                                   decline_place,
                                   is_female,
                                   phrase,
)
from bench.corpus.generate import (
                                   DEFAULT_SEED,
                                   FIRST_DAY,
                                   LAST_DAY,
                                   MANIFEST_NAME,
                                   MAX_BYTES,
                                   MIN_BYTES,
                                   generate,
                                   make_article,
                                   write_corpus,
)
from bench.corpus.recall import RecallReport, check_article, evaluate
from bench.corpus.records import PlannedEvent, SyntheticArticle

__all__ = [
    "CASES", "DEFAULT_SEED", "FIRST_DAY", "LAST_DAY", "MANIFEST_NAME", "MAX_BYTES", "MIN_BYTES", "PlannedEvent",
    "RecallReport", "SyntheticArticle", "check_article", "decline_common", "decline_person", "decline_place",
    "evaluate", "generate", "is_female", "make_article", "phrase", "write_corpus",
]
