"""The timeline: events filtered by who, what, when and where; one event in full; CSV and iCalendar exports."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime, timedelta, timezone
from typing import Annotated

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import Response

from app.api.deps import NamesDep, PageLimit, StoreDep
from app.api.errors import ProblemError
from app.api.resolve import resolve_country, resolve_persons, resolve_place
from app.api.schemas import (
    EventDetail,
    EventPage,
    EventSummary,
    EventType,
    ExportFormat,
    ID_MAX,
    NAME_MAX,
    NAMES_MAX,
    NameText,
    Order,
    Status,
)

router = APIRouter(prefix="/events", tags=["events"])


@router.get("", response_model=EventPage, summary="The timeline of events",
            responses={200: {"content": {"text/csv": {}, "text/calendar": {}}}, 400: {}, 404: {}, 422: {}})
def list_events(
    request: Request,
    store: StoreDep,
    names: NamesDep,
    limit: PageLimit,
    participant: Annotated[list[NameText] | None, Query(max_length=NAMES_MAX, description="Person id, Wikidata id or name in any case; "
                                                               "repeat for several (all must take part).")] = None,
    type: Annotated[list[EventType] | None, Query(description="Event type; repeatable.")] = None,
    status: Status | None = None,
    date_from: Annotated[date | None, Query(alias="from", description="Events ending on or after this day.")] = None,
    date_to: Annotated[date | None, Query(alias="to", description="Events starting on or before this day.")] = None,
    place: Annotated[str | None, Query(min_length=1, max_length=NAME_MAX, description="City or region: id, Wikidata id or name.")] = None,
    country: Annotated[str | None, Query(min_length=1, max_length=NAME_MAX, description="Country: id, Wikidata id or name.")] = None,
    q: Annotated[str | None, Query(max_length=200, description="Words in the title or the evidence.")] = None,
    order: Order = "asc",
    cursor: Annotated[str | None, Query(max_length=500)] = None,
    format: Annotated[ExportFormat | None, Query(description="Or use the Accept header.")] = None,
):
    if date_from and date_to and date_from > date_to:
        raise ProblemError(422, "Invalid request", "'from' is after 'to'.")
    person_ids = resolve_persons(names, participant or [])
    place_id = resolve_place(names, place) if place else None
    country_id = resolve_country(names, country) if country else None
    page = store.events(participants=person_ids, types=list(type or []), status=status,
                        date_from=date_from, date_to=date_to, place=place_id,
                        country=country_id, q=q, order=order, limit=limit, cursor=cursor)
    fmt = format or _from_accept(request.headers.get("accept", ""))
    if fmt == "csv":
        return Response(_csv(page.items), media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": 'attachment; filename="events.csv"'})
    if fmt == "ics":
        return Response(_ics(page.items), media_type="text/calendar; charset=utf-8",
                        headers={"Content-Disposition": 'attachment; filename="events.ics"'})
    return page


@router.get("/{event_id}", response_model=EventDetail, summary="One event with its sources", responses={404: {}})
def get_event(event_id: Annotated[str, Path(max_length=ID_MAX)], store: StoreDep) -> EventDetail:
    found = store.event(event_id)
    if found is None:
        raise ProblemError(404, "Not found", f"No event with id {event_id!r}.")
    return found


def _from_accept(accept: str) -> str:
    if "text/csv" in accept:
        return "csv"
    if "text/calendar" in accept:
        return "ics"
    return "json"


def _csv(items: list[EventSummary]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["id", "type", "status", "title", "start", "end", "precision", "place", "country",
                     "participants", "sources"])
    for e in items:
        writer.writerow([e.id, e.type, e.status, e.title, e.start_text or "", e.end_text or "",
                         e.date_precision or "", e.place.name if e.place else "",
                         e.place.country.name if e.place and e.place.country else "",
                         "; ".join(f"{p.name} ({p.role})" for p in e.participants), e.source_count])
    return out.getvalue()


def _ics_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _ics(items: list[EventSummary]) -> str:
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Letopis//Timeline//RU", "CALSCALE:GREGORIAN"]
    for e in items:
        if e.start is None:
            continue
        end = (e.end or e.start) + timedelta(days=1)
        lines += ["BEGIN:VEVENT", f"UID:{e.id}@letopis", f"DTSTAMP:{stamp}",
                  f"DTSTART;VALUE=DATE:{e.start:%Y%m%d}", f"DTEND;VALUE=DATE:{end:%Y%m%d}",
                  f"SUMMARY:{_ics_escape(e.title)}"]
        if e.place is not None:
            lines.append(f"LOCATION:{_ics_escape(e.place.name)}")
        lines.append(f"DESCRIPTION:{_ics_escape(e.type + ', ' + e.status)}")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "\r\n".join(lines) + "\r\n"
