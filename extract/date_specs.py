"""What a date expression names, before and after the publication date turns it into days.

The grammars (`extract.dates_ru`, `extract.dates_kk`) recognise shapes and describe them with the
specs defined here (`DaySpan`, `MonthSpan`, `SeasonSpan`, `YearSpan`, `RelativeDay`, `RelativeMonth`)
and in `extract.date_weeks` (weekdays, weeks); each spec resolves itself against a publication date into
a `Span` of calendar days. `DateMention` is what the public API (`extract.dates.find_dates`) hands out. The
regex fragments both grammars share (horizontal whitespace, dashes, word boundaries) live here too
(the numeric forms that read the same in every language, in `extract.dates_numeric`), so that the
grammars and the API never import each other in a circle.

Rules the resolution keeps everywhere:

* An explicit year ("2024 года", "2023 жылғы") is taken as written; a relative one ("прошлого года",
  "өткен жылдың") is counted from the publication year.
* Without a year, the occurrence nearest to the publication date wins; ties go to the past, because
  news more often reports what happened than what is planned. Such a span is flagged
  (``year_inferred``; ``week_inferred`` for a bare weekday) so that `extract.dating.anchor` may move it
  once the tense of its clause is known.
* Without a publication date, anything that needs one is dropped: a date is never invented.
* An impossible date ("31 ноября") yields nothing.

Pure: no I/O, no clock, no global state beyond the regexes compiled at import.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Literal, Protocol, runtime_checkable

Precision = Literal["day", "month", "season", "year"]
Part = Literal["early", "mid", "late"]
SeasonName = Literal["winter", "spring", "summer", "autumn"]
# How a year-less season or weekday relates to the publication date.
Relation = Literal["nearest", "previous", "next", "this", "ahead"]


@dataclass(frozen=True)
class DateMention:
    """One date expression found in a text, with the calendar span it names.

    ``first``/``last`` always cover whole units of ``precision`` (a month mention covers the whole
    month even when ``part`` narrows it to its beginning, middle or end: the part is a hint, not a
    promise about days). ``year_inferred`` is True when the text gave no year and the occurrence
    nearest to publication was chosen: a caller that knows the tense of the sentence ("было
    объявлено в апреле") may want to move such a date to the other side of the publication date
    (`extract.dating.anchor`). ``week_inferred`` is the same for a bare weekday ("в понедельник"):
    the nearest such day was chosen, and the tense may move it by a week; ``month_inferred`` for a day
    of no stated month ("22-го числа"), which the tense may move by a month.
    """

    start: int
    end: int
    text: str
    first: date
    last: date
    precision: Precision
    part: Part | None = None
    year_inferred: bool = False
    week_inferred: bool = False
    month_inferred: bool = False

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end or self.end - self.start != len(self.text):
            raise ValueError(f"offsets {self.start}..{self.end} do not fit {self.text!r}")
        if self.first > self.last:
            raise ValueError(f"span starts after it ends: {self.first} > {self.last}")

    def start_iso(self) -> str:
        """The first unit at the mention's precision: "YYYY-MM-DD", "YYYY-MM" or "YYYY"."""
        return _iso(self.first, self.precision)

    def end_iso(self) -> str | None:
        """The last unit, or None when the mention is a single unit (one day, one month, one year).

        A season always has an end: it is three months, reported as its first and last month.
        """
        last = _iso(self.last, self.precision)
        if self.precision != "season" and last == self.start_iso():
            return None
        return last


def _iso(day: date, precision: Precision) -> str:
    if precision == "day":
        return day.isoformat()
    if precision == "year":
        return f"{day.year:04d}"
    return f"{day.year:04d}-{day.month:02d}"


# --------------------------------------------------------------------------------------------------
# What the grammars produce: a text span and a language-neutral description of the date it names.


@dataclass(frozen=True)
class Span:
    """A resolved span of calendar days."""

    first: date
    last: date
    precision: Precision
    part: Part | None = None
    year_inferred: bool = False
    week_inferred: bool = False
    month_inferred: bool = False


class Spec(Protocol):
    """What an expression names, before the publication date turns it into days."""

    def resolve(self, published: date | None) -> Span | None: ...


@runtime_checkable
class ContextualSpec(Spec, Protocol):
    """A spec that reads the date mentioned before it in the same text ("с 20 по 25 мая ... 22-го")."""

    def resolve_after(self, previous: Span | None, published: date | None) -> Span | None: ...


@dataclass(frozen=True)
class Candidate:
    """A recognised expression at ``text[start:end]``.

    A candidate whose spec resolves to nothing (an impossible date, a relative date without a
    publication date) still occupies its span, so that "31 ноября 2022 года" does not turn into a
    mention of the year 2022.
    """

    start: int
    end: int
    spec: Spec


@dataclass(frozen=True)
class YearRef:
    """How an expression gives its year: as written, relative to the publication year, or not at all."""

    absolute: int | None = None
    offset: int | None = None

    @property
    def given(self) -> bool:
        return self.absolute is not None or self.offset is not None

    def resolve(self, published: date | None) -> int | None:
        if self.absolute is not None:
            return self.absolute
        if self.offset is not None and published is not None:
            return published.year + self.offset
        return None


NO_YEAR = YearRef()


def _distance(published: date, first: date, last: date) -> int:
    """Days between the publication date and a span (0 when the span contains it)."""
    if first <= published <= last:
        return 0
    return min(abs((first - published).days), abs((last - published).days))


# Regex fragments both grammars use: spaces within a line, a dash of any kind, word boundaries.
SPACE = r"[^\S\r\n]+"
SPACE0 = r"[^\S\r\n]*"
DASH = rf"{SPACE0}[-‐‑‒–—−]{SPACE0}"
WORD_START = r"(?<!\w)"
WORD_END = r"(?!\w)"


def _nearest(
    published: date, build: Callable[[int], tuple[date, date]], years: Iterable[int]
) -> tuple[date, date] | None:
    """The span nearest to ``published`` among those ``build`` makes for the given years.

    ``years`` are tried in ascending order and only a strictly nearer span replaces the best one,
    so ties go to the past. Years for which ``build`` fails (29 February) are skipped.
    """
    best: tuple[date, date] | None = None
    best_distance = 0
    for year in years:
        try:
            first, last = build(year)
        except (ValueError, OverflowError):
            continue
        if first > last:
            continue
        distance = _distance(published, first, last)
        if best is None or distance < best_distance:
            best, best_distance = (first, last), distance
    return best


def _around(published: date) -> range:
    return range(published.year - 1, published.year + 2)

def _days(first_year: int | None, last_year: int | None, published: date | None,
          build) -> tuple[tuple[date, date] | None, bool]:
    """The span's days from explicit years, or the occurrence nearest to publication (then flagged as
    inferred); None when neither is possible or the span is reversed."""
    inferred = False
    if first_year is not None and last_year is not None:
        days = build(first_year, last_year)
    elif published is not None:
        inferred = True
        days = _nearest(published, build, _around(published))
    else:
        return None, False
    if days is None or days[0] > days[1]:
        return None, inferred
    return days, inferred



def _month_bounds(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def _resolve_years(
    first: YearRef, last: YearRef, wrap: int, published: date | None
) -> tuple[int | None, int | None, bool]:
    """Years of a span's two ends from whatever the text gave; ``wrap`` is 1 when the span crosses New Year.

    Returns (first_year, last_year, ok); ok is False when a relative year cannot be resolved.
    """
    first_year, last_year = first.resolve(published), last.resolve(published)
    if (first.given and first_year is None) or (last.given and last_year is None):
        return None, None, False
    if first_year is None and last_year is not None:
        first_year = last_year - wrap
    elif last_year is None and first_year is not None:
        last_year = first_year + wrap
    return first_year, last_year, True


@dataclass(frozen=True)
class DaySpan:
    """"28 ноября", "29-30 ноября", "с 30 ноября по 2 декабря 2022 года", "9 қарашада"."""

    first_day: int
    first_month: int
    last_day: int
    last_month: int
    last_year: YearRef = NO_YEAR
    first_year: YearRef = NO_YEAR

    def resolve(self, published: date | None) -> Span | None:
        wrap = int((self.last_month, self.last_day) < (self.first_month, self.first_day))
        first_year, last_year, ok = _resolve_years(self.first_year, self.last_year, wrap, published)
        if not ok:
            return None

        def build(year: int, end_year: int | None = None) -> tuple[date, date]:
            end = year + wrap if end_year is None else end_year
            return date(year, self.first_month, self.first_day), date(end, self.last_month, self.last_day)

        days, inferred = _days(first_year, last_year, published, build)
        if days is None:
            return None
        return Span(days[0], days[1], "day", year_inferred=inferred)


@dataclass(frozen=True)
class MonthSpan:
    """"в ноябре", "в ноябре 2024 года", "в конце октября", "в сентябре–октябре", "қарашада"."""

    first_month: int
    last_month: int
    last_year: YearRef = NO_YEAR
    part: Part | None = None
    first_year: YearRef = NO_YEAR

    def resolve(self, published: date | None) -> Span | None:
        wrap = int(self.last_month < self.first_month)
        first_year, last_year, ok = _resolve_years(self.first_year, self.last_year, wrap, published)
        if not ok:
            return None

        def build(year: int, end_year: int | None = None) -> tuple[date, date]:
            end = year + wrap if end_year is None else end_year
            return _month_bounds(year, self.first_month)[0], _month_bounds(end, self.last_month)[1]

        days, inferred = _days(first_year, last_year, published, build)
        if days is None:
            return None
        return Span(days[0], days[1], "month", self.part, year_inferred=inferred)


@dataclass(frozen=True)
class RelativeMonth:
    """"в следующем месяце", "в конце текущего месяца", "өткен айда": counted from the publication month."""

    offset: int
    part: Part | None = None

    def resolve(self, published: date | None) -> Span | None:
        if published is None:
            return None
        index = published.year * 12 + published.month - 1 + self.offset
        first, last = _month_bounds(index // 12, index % 12 + 1)
        return Span(first, last, "month", self.part)


def _month_index(day: date) -> int:
    return day.year * 12 + day.month - 1


def _day_in(index: int, day: int) -> date | None:
    """Day ``day`` of the month number ``index`` (year * 12 + month - 1), None when it has no such day."""
    year, month = divmod(index, 12)
    if not 1 <= day <= calendar.monthrange(year, month + 1)[1]:
        return None
    return date(year, month + 1, day)


@dataclass(frozen=True)
class DayOfMonth:
    """"22-го числа", "22 числа текущего месяца", "осы айдың 22-сі", "с 20 по 25 мая ... 22-го".

    A day number whose month is a relative one (``offset``: 0 this month, 1 the next), or the month of
    the date stated before it in the same text, or, when ``needs_context`` is False, the month nearest
    to publication that has such a day (ties to the past; then flagged ``month_inferred``). A bare
    ordinal ("22-го") reads only after a stated date: on its own it may be anything ordinal.
    """

    day: int
    offset: int | None = None
    needs_context: bool = False

    def resolve(self, published: date | None) -> Span | None:
        if published is None:
            return None
        here = _month_index(published)
        if self.offset is not None:
            day = _day_in(here + self.offset, self.day)
            return None if day is None else Span(day, day, "day")
        if self.needs_context:
            return None
        options = [d for k in (-1, 0, 1) if (d := _day_in(here + k, self.day)) is not None]
        if not options:
            return None
        best = min(options, key=lambda d: (abs((d - published).days), d > published))
        return Span(best, best, "day", month_inferred=True)

    def resolve_after(self, previous: Span | None, published: date | None) -> Span | None:
        """Within the span stated before: "с 20 по 25 мая ... 22-го" is 22 May; after a day of the same month,
        a later day of it ("5 мая прибыл, 7-го провёл переговоры"); in a stated month, its day."""
        if self.offset is not None or previous is None or previous.precision not in ("day", "month"):
            return self.resolve(published)
        first, last = _month_index(previous.first), _month_index(previous.last)
        options = [d for k in range(first, min(last, first + 2) + 1) if (d := _day_in(k, self.day)) is not None]
        inside = [d for d in options if previous.first <= d <= previous.last]
        if inside:
            day = inside[0]
        elif previous.precision == "day" and (later := _day_in(last, self.day)) and later > previous.last:
            day = later
        else:
            return None if self.needs_context else self.resolve(published)
        return Span(day, day, "day", year_inferred=previous.year_inferred)


@dataclass(frozen=True)
class WordsOnly:
    """"на прошлой неделе", "в минувшие выходные", "өткен аптада": a time the text names at a precision
    the records have no unit for (a week). It names no days, ever; `extract.dates.scan_dates` hands its
    words out so that a caller may quote them."""

    def resolve(self, published: date | None) -> Span | None:
        return None


@dataclass(frozen=True)
class NightBefore:
    """"в ночь на 5 мая", "в ночь с 4 на 5 мая": the evening of the day before and the night into ``day``."""

    day: Spec

    def resolve(self, published: date | None) -> Span | None:
        span = self.day.resolve(published)
        if span is None or span.precision != "day" or span.first != span.last:
            return None
        return replace(span, first=span.first - timedelta(days=1))


_SEASON_MONTHS: dict[SeasonName, int] = {"winter": 12, "spring": 3, "summer": 6, "autumn": 9}


def season_bounds(season: SeasonName, year: int) -> tuple[date, date]:
    """Meteorological seasons. Winter ``year`` is the one that ends in that year (Dec year-1 – Feb year),
    since two of its three months fall in it: "зимой 2026 года" is December 2025 – February 2026."""
    first_month = _SEASON_MONTHS[season]
    start_year = year - 1 if season == "winter" else year
    last_index = start_year * 12 + first_month - 1 + 2
    return _month_bounds(start_year, first_month)[0], _month_bounds(last_index // 12, last_index % 12 + 1)[1]


@dataclass(frozen=True)
class SeasonSpan:
    """"осенью", "весной 2026 года", "прошлой зимой", "биылғы жылдың күзінде"."""

    season: SeasonName
    year: YearRef = NO_YEAR
    relation: Relation = "nearest"

    def resolve(self, published: date | None) -> Span | None:
        days = self._days(published)
        if days is None:
            return None
        inferred = not self.year.given and self.relation == "nearest"
        return Span(days[0], days[1], "season", year_inferred=inferred)

    def _days(self, published: date | None) -> tuple[date, date] | None:
        if self.year.given:
            year = self.year.resolve(published)
            return None if year is None else season_bounds(self.season, year)
        if published is None:
            return None
        if self.relation == "this" and self.season != "winter":
            return season_bounds(self.season, published.year)
        labels = range(published.year - 1, published.year + 3)
        if self.relation in ("nearest", "this"):
            return _nearest(published, lambda y: season_bounds(self.season, y), labels)
        spans = [season_bounds(self.season, y) for y in labels if 1 < y < 9999]
        if self.relation == "previous":
            return max((s for s in spans if s[1] < published), default=None)
        return min((s for s in spans if s[0] > published), default=None)


@dataclass(frozen=True)
class YearSpan:
    """"в 2024 году", "в 2024–2025 годах", "в прошлом году", "в конце 2024 года", "биыл"."""

    first: YearRef
    last: YearRef = NO_YEAR
    part: Part | None = None

    def resolve(self, published: date | None) -> Span | None:
        first = self.first.resolve(published)
        last = self.last.resolve(published) if self.last.given else first
        if first is None or last is None or last < first:
            return None
        return Span(date(first, 1, 1), date(last, 12, 31), "year", self.part)


@dataclass(frozen=True)
class RelativeDay:
    """"сегодня", "вчера", "накануне", "ертең": days counted from the publication date."""

    offset: int

    def resolve(self, published: date | None) -> Span | None:
        if published is None:
            return None
        day = published + timedelta(days=self.offset)
        return Span(day, day, "day")
