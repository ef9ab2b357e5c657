"""Dates of events from the clause that reports them: tense, plans and the publication date.

`extract.dates.find_dates` reads a date expression on its own: a year-less "в ноябре" becomes the
November nearest to publication, a bare "в понедельник" the nearest Monday. The clause knows more.
These functions are what the event rules call once they know the tense of the clause:

* `anchor` moves a year-less (or month-less, week-less) mention to the side of the publication date the tense
  points to: "посетит в январе" in a December article is next January, "побывал в ноябре" in a
  September article is last November.
* `news_of_the_day` dates a clause with no date of its own by the dateline when it reads as the
  day's report ("провели телефонный разговор"), and refuses when it reads as background
  ("ранее встречались", "уже не раз"): the cue words are the table in `extract.dating_cues`.
* `after_publication` / `status_for` keep an event that lies entirely after publication from being
  reported as held.

Pure: no I/O, no clock.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from re import Pattern
from typing import Literal

from extract.date_specs import DateMention, Precision
from extract.dating_cues import NOT_TODAY, RECENTLY, REPORTED_BEFORE

Direction = Literal["past", "future"]


def direction(tense: str | None, planned: bool) -> Direction | None:
    """Which side of publication a year-less date of the clause lies on; None when the clause does not say.

    ``planned`` (a plan, an invitation, an agreement to meet) and future tense look forward; past tense
    looks back; present tense and an unknown tense say nothing (news uses the present both for today and
    for a schedule: "президент посещает Баку 5 мая").
    """
    if planned or tense == "future":
        return "future"
    if tense == "past":
        return "past"
    return None


def anchor(mention: DateMention, published: date | None, *, tense: str | None, planned: bool) -> DateMention:
    """``mention`` moved to the occurrence its clause's tense points to.

    Only a mention whose year (``year_inferred``), month (``month_inferred``, "22-го числа") or week
    (``week_inferred``, "в понедельник") the text left open moves:

    * planned or future tense: the earliest occurrence that ends on or after publication ("в ноябре" in a
      September article → this November; "в мае" in February → this May; "в январе" in a December article
      about a planned visit → next January; a bare "в пятницу" → the coming Friday);
    * past tense: the latest occurrence that starts on or before publication ("в ноябре" in a September
      article → last November; "в понедельник" → the last Monday, publication day included);
    * otherwise, or without a publication date, as found (the nearest occurrence).

    An explicit or relative year ("в 2024 году", "в прошлом году", "в прошлую пятницу") is never
    moved. Offsets, text, precision and part stay as they are; the flags stay set (the year is still an
    inference, now from the tense).

    ``tense`` is "past", "present", "future" or None, as the event rules read it from the clause's
    finite verb; ``planned`` is True when the clause reports a plan whatever the verb's tense
    ("визит запланирован на январь").
    """
    if published is None:
        return mention
    if isinstance(published, datetime):
        published = published.date()
    way = direction(tense, planned)
    if way is None:
        return mention
    if mention.year_inferred:
        options = [s for k in range(-2, 3) if (s := _shift_years(mention, k)) is not None]
    elif mention.week_inferred:
        options = [_shift_days(mention, 7 * k) for k in range(-2, 3)]
    elif mention.month_inferred:
        options = [s for k in range(-2, 3) if (s := _shift_months(mention, k)) is not None]
    else:
        return mention
    if way == "future":
        later = [s for s in options if s[1] >= published]
        chosen = min(later, default=None)
    else:
        earlier = [s for s in options if s[0] <= published]
        chosen = max(earlier, default=None)
    if chosen is None or chosen == (mention.first, mention.last):
        return mention
    return replace(mention, first=chosen[0], last=chosen[1])


def in_year(mention: DateMention, year: int) -> DateMention | None:
    """A mention of no stated year put in ``year``, which another mention of its clause states ("в прошлом году
    форум прошел 29-30 мая", "өткен жылы форум 29-30 мамырда өтіп"); None off the calendar (29 February)."""
    shifted = _shift_years(mention, year - mention.first.year)
    if shifted is None:
        return None
    return replace(mention, first=shifted[0], last=shifted[1], year_inferred=False)


def _shift_years(mention: DateMention, years: int) -> tuple[date, date] | None:
    """The mention's span ``years`` later, whole months kept whole; None off the calendar (29 February)."""
    try:
        first_year, last_year = mention.first.year + years, mention.last.year + years
        if mention.precision == "day":
            return mention.first.replace(year=first_year), mention.last.replace(year=last_year)
        last_day = calendar.monthrange(last_year, mention.last.month)[1]
        return date(first_year, mention.first.month, 1), date(last_year, mention.last.month, last_day)
    except (ValueError, OverflowError):
        return None


def _shift_months(mention: DateMention, months: int) -> tuple[date, date] | None:
    """A one-day mention ``months`` later, the same day of the month; None when that month has no such day."""
    index = mention.first.year * 12 + mention.first.month - 1 + months
    try:
        day = date(index // 12, index % 12 + 1, mention.first.day)
    except ValueError:
        return None
    return day, day + (mention.last - mention.first)


def _shift_days(mention: DateMention, days: int) -> tuple[date, date]:
    step = timedelta(days=days)
    return mention.first + step, mention.last + step


# --------------------------------------------------------------------------------------------------
# News of the day.


@dataclass(frozen=True)
class DatelineDate:
    """A date no expression in the text gives: the day of the dateline, for a report of the day.

    Shaped like the parts of `DateMention` an event takes (``start_iso``, ``end_iso``, ``precision``,
    ``text``), with ``source`` = "dateline" for `Event.date_source`.
    """

    day: date
    precision: Precision = "day"
    source: Literal["dateline"] = "dateline"
    text: None = None

    def start_iso(self) -> str:
        return self.day.isoformat()

    def end_iso(self) -> None:
        return None


def _compile(words: Sequence[str]) -> Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + "|".join(f"(?:{w})" for w in words) + r")(?!\w)", re.IGNORECASE)


_NOT_TODAY: dict[str, Pattern[str]] = {lang: _compile(words) for lang, words in NOT_TODAY.items()}


_REPORTED_BEFORE: dict[str, Pattern[str]] = {lang: _compile(words) for lang, words in REPORTED_BEFORE.items()}


_RECENTLY: dict[str, Pattern[str]] = {lang: _compile(words) for lang, words in RECENTLY.items()}


def recently(cue: str, lang: str = "ru") -> bool:
    """Whether a background cue keeps the event near the report ("недавно", "жақында"), not "ранее"."""
    return bool(_RECENTLY["kk" if str(lang).lower() in ("kk", "kz", "kaz") else "ru"].fullmatch(cue))


def background_cue(clause: str, lang: str = "ru") -> str | None:
    """The first word of ``clause`` that says it is not today's news ("ранее", "уже не раз", "бұрын"), or None."""
    pattern = _NOT_TODAY["kk" if str(lang).lower() in ("kk", "kz", "kaz") else "ru"]
    match = pattern.search(clause or "")
    return match.group() if match else None


def told_as_background(clause: str, lang: str = "ru") -> str | None:
    """The cue that tells ``clause`` as background to the news (`background_cue`), leaving aside what only says
    the outlet reported it before ("Как сообщалось ранее, Токаев прибыл в Москву"): that is the same news
    thread, though not the day's news."""
    code = "kk" if str(lang).lower() in ("kk", "kz", "kaz") else "ru"
    return background_cue(_REPORTED_BEFORE[code].sub(" ", clause or ""), code)


def news_of_the_day(
    published: date | None,
    *,
    tense: str | None,
    clause: str,
    lang: str = "ru",
    dates: Sequence[object] = (),
    planned: bool = False,
) -> DatelineDate | None:
    """The dateline day for a clause that reports the day's news and has no date of its own, else None.

    The caller passes:

    * ``published`` — the day the report is of: the dateline's day ("МОСКВА, 11 ноября") when the article
      has one, else its publication date; None gives None (a date is never invented);
    * ``tense`` — the tense of the clause's event verb, "past", "present", "future" or None when the rules
      could not read it (a Kazakh past form, a verbless headline); "future" gives None;
    * ``clause`` — the text of the clause around the event trigger (the cue words are looked for in it);
    * ``lang`` — "ru" or "kk";
    * ``dates`` — the date expressions found inside the clause, the mentions and the phrases of
      `extract.dates.scan_dates` alike (any, not only the one the rules attached to the event): a clause
      with a date of its own, or with a year, month or week elsewhere in it, is not dated by the dateline;
    * ``planned`` — True for a plan, an invitation, an agreement to meet: gives None.

    A clause carrying a cue of background ("ранее", "накануне", "в прошлом", "уже не раз", "в свое
    время", a pluperfect, "бұған дейін", "кездескен болатын", a year written as a number) gives None.
    The result is precision "day", ``source`` "dateline".
    """
    if published is None or planned or tense == "future" or dates:
        return None
    if isinstance(published, datetime):
        published = published.date()
    if background_cue(clause, lang) is not None:
        return None
    return DatelineDate(published)


# --------------------------------------------------------------------------------------------------
# Status from dates.


def after_publication(start: DateMention | DatelineDate | date | str | None, published: date | None) -> bool:
    """Whether a span that starts at ``start`` lies entirely after the publication date.

    ``start`` is a mention, a day, or an ISO start at any precision ("2025-11-28", "2025-11", "2025"):
    a month or a year is after publication only when the whole of it is ("в ноябре" in a November
    article is not). False when either is missing.
    """
    if start is None or published is None:
        return False
    if isinstance(published, datetime):
        published = published.date()
    if isinstance(start, DateMention):
        return start.first > published
    if isinstance(start, DatelineDate):
        return start.day > published
    if isinstance(start, date):
        return (start.date() if isinstance(start, datetime) else start) > published
    text = str(start).strip()
    if not re.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", text):
        return False
    return text > published.isoformat()[: len(text)]


def status_for(status: str, start: DateMention | DatelineDate | date | str | None, published: date | None) -> str:
    """``status`` corrected by the dates: an event that has not begun by publication was not held.

    "held" becomes "planned" when the event's span lies entirely after publication; every other status
    ("planned", "cancelled", "postponed", "relocated") is kept as the text gave it.
    """
    if status == "held" and after_publication(start, published):
        return "planned"
    return status
