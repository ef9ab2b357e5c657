"""What a synthetic article is: its text and the events it was written to report (the answer key)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class PlannedEvent:
    """An event the templates put into an article: what a perfect extractor would find.

    ``start`` is the first day the text dates the event to (the first of the month when the text only
    names the month, see ``precision``); None when the text gives no date for it.
    """

    type: str
    participants: tuple[str, ...]
    place: str | None
    start: date | None
    precision: str | None = None  # "day" | "month" when start is set


@dataclass(frozen=True)
class SyntheticArticle:
    """One generated article: its text (title on the first line) and the events it reports."""

    index: int
    title: str
    text: str
    published: date
    events: tuple[PlannedEvent, ...]
    lang: str = "ru"
    source: str = ""

    @property
    def filename(self) -> str:
        return f"{self.index:07d}.txt"
