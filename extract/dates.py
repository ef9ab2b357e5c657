"""Date expressions in news text → normalised date spans with a precision: the public entry point.

News about heads of state rarely prints a full date: it says "28 ноября", "в ноябре прошлого года",
"осенью", "вчера", "9 қарашада". Each such expression names a span of days (one day, a month, a season,
a year) that can only be pinned down against the article's publication date. The surface grammars
(`extract.dates_ru`, `extract.dates_kk`) say *what* an expression names; the specs in
`extract.date_specs` say *which* calendar days; this module picks the non-overlapping readings of a
text and hands them out as `DateMention`s. Moving a year-less date by the tense of its clause is
`extract.dating`'s job.

Pure: no I/O, no clock, no global state beyond the regexes compiled at import.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime

from extract import dates_kk, dates_ru
from extract.date_specs import (
    NO_YEAR,
    Candidate,
    ContextualSpec,
    DateMention,
    DayOfMonth,
    DaySpan,
    MonthSpan,
    NightBefore,
    Part,
    Precision,
    Relation,
    RelativeDay,
    RelativeMonth,
    SeasonName,
    SeasonSpan,
    Span,
    Spec,
    WordsOnly,
    YearRef,
    YearSpan,
    season_bounds,
)
from extract.date_weeks import RelativeWeek, WeekdayRangeSpec, WeekdaySpec
from extract.dates_numeric import numeric_candidates

__all__ = [
    "NO_YEAR", "Candidate", "ContextualSpec", "DateMention", "DatePhrase", "DayOfMonth", "DaySpan", "MonthSpan",
    "NightBefore", "Part", "Precision", "Relation", "RelativeDay", "RelativeMonth", "SeasonName", "SeasonSpan",
    "Span", "Spec", "WeekdayRangeSpec", "WeekdaySpec", "WordsOnly", "YearRef", "YearSpan", "find_dates", "numeric_candidates", "scan_dates",
    "season_bounds",
]  # fmt: skip

Grammar = Callable[[str], Iterable[Candidate]]


@dataclass(frozen=True)
class DatePhrase:
    """A date expression that names no days here: one whose days only a publication date could give
    ("в субботу", "в апреле нынешнего года", "вчера") in a text read without one, or a week ("на прошлой
    неделе"). Its words, never a date."""

    start: int
    end: int
    text: str


# Any day does to tell an expression that needs a publication date from an impossible one ("31 ноября").
_REFERENCE = date(2000, 6, 15)


def find_dates(text: str, published: date | None, lang: str = "ru") -> list[DateMention]:
    """Every date expression in ``text``, sorted by position and non-overlapping.

    ``lang`` is "ru" or "kk" (Kazakh; "kz" and "kaz" are accepted too); anything else is read as
    Russian. Where two readings overlap, the longer one wins ("в конце октября прошлого года" over
    "прошлого года"). Never raises on any text.
    """
    return scan_dates(text, published, lang)[0]


def scan_dates(text: str, published: date | None, lang: str = "ru") -> tuple[list[DateMention], list[DatePhrase]]:
    """`find_dates`, and besides the expressions that name a time but no days.

    Those are the ones a missing publication date leaves without days ("в субботу", "в ноябре" read
    without one) and those at a precision the records lack ("в выходные", a week that runs across two
    months: "на прошлой неделе" told on 8 October). The
    words still tell when the text says something happened: a caller may quote them
    (``Event.date_text``) with no start. Impossible dates are in neither list.
    """
    if not isinstance(text, str) or not text:
        return [], []
    if isinstance(published, datetime):
        published = published.date()
    mentions: list[DateMention] = []
    phrases: list[DatePhrase] = []
    previous: Span | None = None
    for candidate in _select(_grammar(lang)(text)):
        span = _resolve(candidate.spec, published, previous)
        if span is None:
            if isinstance(candidate.spec, (WordsOnly, RelativeWeek)) or (
                published is None and _resolve(candidate.spec, _REFERENCE, previous) is not None
            ):
                phrases.append(DatePhrase(candidate.start, candidate.end, text[candidate.start : candidate.end]))
            continue
        previous = span
        mentions.append(
            DateMention(
                start=candidate.start,
                end=candidate.end,
                text=text[candidate.start : candidate.end],
                first=span.first,
                last=span.last,
                precision=span.precision,
                part=span.part,
                year_inferred=span.year_inferred,
                week_inferred=span.week_inferred,
                month_inferred=span.month_inferred,
            )
        )
    return mentions, phrases


def _resolve(spec: Spec, published: date | None, previous: Span | None) -> Span | None:
    """The spec's days, read after the date stated before it when it needs one ("... 22-го").

    Calendar arithmetic that leaves the calendar (31 November, year 10000) means "no such date".
    """
    try:
        if isinstance(spec, ContextualSpec):
            return spec.resolve_after(previous, published)
        return spec.resolve(published)
    except (ValueError, OverflowError):
        return None


def _select(candidates: Iterable[Candidate]) -> list[Candidate]:
    """Longest candidates first, then leftmost; drop whatever overlaps one already taken.

    The taken spans never overlap, so kept sorted by start only the neighbours on either side of a
    new span can collide with it.
    """
    starts: list[int] = []
    taken: list[Candidate] = []
    for candidate in sorted(candidates, key=lambda c: (c.start - c.end, c.start)):
        if candidate.end <= candidate.start:
            continue
        index = bisect.bisect_left(starts, candidate.start)
        if index > 0 and taken[index - 1].end > candidate.start:
            continue
        if index < len(taken) and taken[index].start < candidate.end:
            continue
        starts.insert(index, candidate.start)
        taken.insert(index, candidate)
    return taken


def _grammar(lang: str) -> Grammar:
    if str(lang).strip().lower() in ("kk", "kz", "kaz"):
        return dates_kk.candidates
    return dates_ru.candidates
