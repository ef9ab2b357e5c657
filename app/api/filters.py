"""The event filters the list, the exports, the graph and the workbench page share, parsed once.

Dates: ``from``/``to`` take ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``. ``from`` means the first day of
that period, ``to`` its last, and an event is kept when its own span (at its precision: a
month-precision event covers its month) overlaps the range. Undated events cannot overlap a range:
they are left out and counted (``undated_left_out``) unless ``include_undated=true``.

Names: a name several people share picks the one a reporter means (see `service.choice`); the
response's ``resolved`` says whom it took and lists the others.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Annotated, Any

from fastapi import Query

from app.api.deps import NamesDep, StoreDep
from app.api.errors import ProblemError
from app.api.resolve import resolve_country, resolve_participants, resolve_place
from app.api.schemas import NAME_MAX, NAMES_MAX, EventType, NameText, ParticipantResolution, Status

PERIOD_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"
_PERIOD = re.compile(PERIOD_PATTERN)
PERIOD_HELP = "YYYY, YYYY-MM or YYYY-MM-DD"


def period_bounds(text: str, name: str) -> tuple[date, date]:
    """The first and last day of a year, a month or a day written as ISO text."""
    if not _PERIOD.match(text):
        raise ProblemError(422, "Invalid request", f"query.{name}: expected {PERIOD_HELP}, got {text!r}")
    parts = [int(p) for p in text.split("-")]
    try:
        if len(parts) == 1:
            return date(parts[0], 1, 1), date(parts[0], 12, 31)
        if len(parts) == 2:
            last = calendar.monthrange(parts[0], parts[1])[1]
            return date(parts[0], parts[1], 1), date(parts[0], parts[1], last)
        day = date(*parts)
        return day, day
    except (ValueError, calendar.IllegalMonthError) as exc:
        raise ProblemError(422, "Invalid request", f"query.{name}: {text!r} is not a date ({exc})") from exc


def date_range(date_from: str | None, date_to: str | None) -> tuple[date | None, date | None]:
    start = period_bounds(date_from, "from")[0] if date_from else None
    end = period_bounds(date_to, "to")[1] if date_to else None
    if start and end and start > end:
        raise ProblemError(422, "Invalid request", "'from' is after 'to'.")
    return start, end


FromQuery = Annotated[str | None, Query(alias="from", max_length=10,
                                        description=f"Events ending on or after the start of this period ({PERIOD_HELP}).")]
ToQuery = Annotated[str | None, Query(alias="to", max_length=10,
                                      description=f"Events starting on or before the end of this period ({PERIOD_HELP}).")]


@dataclass
class EventQuery:
    """Resolved filters, as `GraphStore.events` keywords, and what the name resolution decided."""

    filters: dict[str, Any]
    resolved: list[ParticipantResolution] = field(default_factory=list)

    @property
    def dated_range(self) -> bool:
        return self.filters["date_from"] is not None or self.filters["date_to"] is not None

    def undated_filters(self) -> dict[str, Any]:
        keep = ("participants", "types", "status", "place", "country", "q")
        return {k: self.filters[k] for k in keep}


def event_query(
    store: StoreDep,
    names: NamesDep,
    participant: Annotated[list[NameText] | None, Query(max_length=NAMES_MAX,
                                                        description="Person id, Wikidata id or name in any case; "
                                                                    "repeat for several (all must take part).")] = None,
    type: Annotated[list[EventType] | None, Query(description="Event type; repeatable.")] = None,
    status: Status | None = None,
    date_from: FromQuery = None,
    date_to: ToQuery = None,
    include_undated: Annotated[bool, Query(description="Keep undated events when a date range is given.")] = False,
    place: Annotated[str | None, Query(min_length=1, max_length=NAME_MAX,
                                       description="City or region: id, Wikidata id or name.")] = None,
    country: Annotated[str | None, Query(min_length=1, max_length=NAME_MAX,
                                         description="Country: id, Wikidata id or name.")] = None,
    q: Annotated[str | None, Query(max_length=200, description="Words in the title or the evidence.")] = None,
) -> EventQuery:
    start, end = date_range(date_from, date_to)
    period = (start or date.min, end or date.max) if (start or end) else None
    person_ids, resolved = resolve_participants(names, participant or [], period)
    return EventQuery(filters={
        "participants": person_ids, "types": list(type or []), "status": status, "date_from": start,
        "date_to": end, "place": resolve_place(names, place) if place else None,
        "country": resolve_country(names, country) if country else None, "q": q,
        "include_undated": include_undated,
    }, resolved=resolved)
