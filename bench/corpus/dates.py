"""When a story happens and the date expressions news uses for it, relative to the publication day."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

MONTH_GEN = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
             "ноября", "декабря")
MONTH_LOC = ("январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре", "октябре",
             "ноябре", "декабре")
WEEKDAY_ACC = ("понедельник", "вторник", "среду", "четверг", "пятницу", "субботу", "воскресенье")


@dataclass(frozen=True)
class When:
    """When a story happens and how its lead sentence says so.

    ``day`` is the real first day; ``start``/``precision`` are what the text pins down (None when the
    sentence carries no date and nothing else in the article dates it).
    """

    text: str
    day: date
    start: date | None
    precision: str | None
    future: bool
    two_days: bool = False


def weighted(rng: random.Random, options: Sequence[tuple[str, float]]) -> str:
    return rng.choices([o for o, _ in options], weights=[w for _, w in options])[0]


def _day_month(day: date, with_year: bool) -> str:
    text = f"{day.day} {MONTH_GEN[day.month - 1]}"
    return f"{text} {day.year} года" if with_year else text


def _month_text(rng: random.Random, day: date, published: date) -> str:
    text = f"в {MONTH_LOC[day.month - 1]}"
    if day.year != published.year:
        return f"{text} {rng.choice(('прошлого года', f'{day.year} года'))}" if day.year < published.year else \
            f"{text} {day.year} года"
    return f"{text} {rng.choice(('', '', 'этого года', 'текущего года', f'{day.year} года'))}".rstrip()


def make_when(rng: random.Random, published: date, *, future: bool, dateline: bool, span: bool = False) -> When:
    """A date for a story relative to the publication day, in one of the forms news uses."""
    if future:
        form = weighted(rng, (("tomorrow", 0.1), ("weekday", 0.12), ("day", 0.5), ("day_year", 0.1),
                               ("month", 0.1), ("none", 0.08)))
        if form == "tomorrow":
            day = published + timedelta(days=1)
            return When("завтра", day, day, "day", True)
        if form == "weekday":
            day = published + timedelta(days=rng.choice((2, 3)))
            prep = "во" if day.weekday() == 1 else "в"
            return When(f"{prep} {WEEKDAY_ACC[day.weekday()]}", day, day, "day", True)
        if form == "month":
            first = (published.replace(day=1) + timedelta(days=32 * rng.randint(1, 2))).replace(day=1)
            day = first + timedelta(days=rng.randint(0, 25))
            return When(_month_text(rng, day, published), day, first, "month", True)
        if form == "none":
            return When("", published + timedelta(days=rng.randint(3, 20)), None, None, True)
        day = published + timedelta(days=rng.randint(2, 45))
    else:
        recent = (("none", 0.3), ("today", 0.15), ("yesterday", 0.1), ("nakanune", 0.15), ("weekday", 0.1),
                  ("day", 0.2))
        form = weighted(rng, recent if dateline else (
            ("none", 0.1), ("today", 0.06), ("yesterday", 0.05), ("nakanune", 0.08), ("weekday", 0.12),
            ("day", 0.39), ("day_year", 0.1), ("month", 0.1)))
        if form == "none":
            return When("", published, published if dateline else None, "day" if dateline else None, False)
        if form == "today":
            return When("сегодня", published, published, "day", False)
        if form in ("yesterday", "nakanune"):
            day = published - timedelta(days=1)
            return When("вчера" if form == "yesterday" else "накануне", day, day, "day", False)
        if form == "weekday":
            day = published - timedelta(days=rng.choice((1, 2, 3)))
            prep = "во" if day.weekday() == 1 else "в"
            return When(f"{prep} {WEEKDAY_ACC[day.weekday()]}", day, day, "day", False)
        if form == "month":
            first = (published.replace(day=1) - timedelta(days=1 + 28 * rng.randint(0, 1))).replace(day=1)
            day = min(first + timedelta(days=rng.randint(0, 25)), published)
            return When(_month_text(rng, day, published), day, first, "month", False)
        day = published - timedelta(days=rng.randint(1, 12 if dateline else 40))
    with_year = form == "day_year"
    if span and (day + timedelta(days=1)).month == day.month and rng.random() < 0.45:
        text = f"{day.day}–{day.day + 1} {MONTH_GEN[day.month - 1]}" + (f" {day.year} года" if with_year else "")
        return When(text, day, day, "day", future, two_days=True)
    return When(_day_month(day, with_year), day, day, "day", future)
