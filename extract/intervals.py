"""Date spans of events as ISO strings at a precision, and the interval arithmetic merging needs."""

from __future__ import annotations

import calendar
from datetime import date

from extract.records import PRECISION_RANK


def parse_iso(value: str, last: bool = False) -> date:
    """"2024", "2024-11" or "2024-11-28" → the first (or last) day it covers."""
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        return date(*parts)
    if len(parts) == 2:
        year, month = parts
        day = calendar.monthrange(year, month)[1] if last else 1
        return date(year, month, day)
    return date(parts[0], 12, 31) if last else date(parts[0], 1, 1)


def interval(start: str | None, end: str | None) -> tuple[date, date] | None:
    """The days an event's dates cover, or None when it has no date."""
    if not start:
        return None
    return parse_iso(start), parse_iso(end or start, last=True)


def overlaps(a: tuple[date, date], b: tuple[date, date]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def rank(precision: str | None) -> int:
    return PRECISION_RANK.get(precision or "", 0)


def month_of(start: str) -> str:
    """The month an ISO date string falls in ("2022-11-28" → "2022-11")."""
    return start[:7] if len(start) >= 7 else start
