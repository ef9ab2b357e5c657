"""How well the extractor reads the corpus: planned events against extracted ones."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from bench.corpus.records import PlannedEvent, SyntheticArticle


@dataclass
class RecallReport:
    """Planned events against what `extract.pipeline.extract_article` finds in the same articles.

    A planned event is found when an extracted event has its type and participants that include its
    participants; each extracted event answers for one planned event at most. Extracted events that
    answer for none are extras. Dates and places are checked on the found events the text dates or
    places, at the precision the text gives.
    """

    articles: int = 0
    planned: int = 0
    found: int = 0
    extracted: int = 0
    dated: int = 0
    dated_right: int = 0
    placed: int = 0
    placed_right: int = 0
    by_type: dict[str, list[int]] = field(default_factory=dict)   # type -> [planned, found]
    misses: list[tuple[int, PlannedEvent]] = field(default_factory=list)
    extras: list[tuple[int, str, tuple[str, ...]]] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.planned if self.planned else 1.0

    @property
    def extra(self) -> int:
        return self.extracted - self.found

    def summary(self) -> str:
        lines = [f"articles {self.articles}  planned events {self.planned}  found {self.found}  "
                 f"recall {self.recall:.1%}",
                 f"extracted {self.extracted}  extra {self.extra} "
                 f"({self.extra / max(1, self.articles):.2f} per article)",
                 f"dates right {self.dated_right}/{self.dated} "
                 f"({self.dated_right / max(1, self.dated):.1%})  places right {self.placed_right}/{self.placed} "
                 f"({self.placed_right / max(1, self.placed):.1%})"]
        for etype, (planned, found) in sorted(self.by_type.items()):
            lines.append(f"  {etype:<10} {found}/{planned} ({found / max(1, planned):.1%})")
        return "\n".join(lines)


def check_article(article: SyntheticArticle, report: RecallReport) -> None:
    """Extract ``article`` and add the comparison with its planned events to ``report``."""
    from extract.pipeline import extract_article

    extraction = extract_article(article.text, article.published, "ru", article.title)
    events = list(extraction.events)
    used: set[int] = set()
    report.articles += 1
    report.extracted += len(events)
    for planned in article.events:
        counts = report.by_type.setdefault(planned.type, [0, 0])
        counts[0] += 1
        report.planned += 1
        wanted = set(planned.participants)
        candidates = [n for n, e in enumerate(events) if n not in used and e.type == planned.type
                      and wanted <= e.participant_ids()]
        if not candidates:
            report.misses.append((article.index, planned))
            continue
        best = min(candidates, key=lambda n: len(events[n].participant_ids() - wanted))
        used.add(best)
        counts[1] += 1
        report.found += 1
        event = events[best]
        if planned.start is not None:
            report.dated += 1
            want = planned.start.isoformat()[:7 if planned.precision == "month" else 10]
            report.dated_right += bool(event.start and event.start[:len(want)] == want and
                                       (planned.precision != "month" or event.date_precision == "month"))
        if planned.place is not None:
            report.placed += 1
            report.placed_right += event.place is not None and event.place.id == planned.place
    for n, event in enumerate(events):
        if n not in used:
            report.extras.append((article.index, event.type, tuple(sorted(event.participant_ids()))))


def evaluate(articles: Sequence[SyntheticArticle] | Iterator[SyntheticArticle]) -> RecallReport:
    """Run the extractor over ``articles`` and compare with what they were written to report."""
    report = RecallReport()
    for article in articles:
        check_article(article, report)
    return report
