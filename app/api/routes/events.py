"""The timeline: events filtered by who, what, when and where; one event in full; CSV and iCalendar exports.

The filters are `app.api.filters.event_query`. JSON answers in pages (``limit``, ``cursor``); CSV and
iCalendar (``format=csv|ics`` or the Accept header) return every matching event, streamed, whatever
``limit`` says (see `service.exports`).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import StreamingResponse

from app.api.deps import PageLimit, SettingsDep, StoreDep
from app.api.errors import ProblemError
from app.api.filters import EventQuery, event_query
from app.api.schemas import ID_MAX, EventDetail, EventDetailPage, EventList, ExportFormat, Order
from service import exports

router = APIRouter(prefix="/events", tags=["events"])

QueryDep = Annotated[EventQuery, Depends(event_query)]
CursorQuery = Annotated[str | None, Query(max_length=500)]


def _undated_left_out(store, query: EventQuery) -> int | None:
    if not query.dated_range or query.filters["include_undated"]:
        return None
    return store.count_undated(**query.undated_filters())


@router.get("", response_model=EventList, summary="The timeline of events",
            responses={200: {"content": {"text/csv": {}, "text/calendar": {}},
                             "description": "JSON pages, or every matching event as CSV / iCalendar."},
                       400: {}, 404: {}, 422: {}})
def list_events(
    request: Request,
    store: StoreDep,
    settings: SettingsDep,
    query: QueryDep,
    limit: PageLimit,
    order: Order = "asc",
    cursor: CursorQuery = None,
    format: Annotated[ExportFormat | None, Query(description="Or use the Accept header. CSV and iCalendar "
                                                              "return every matching event (no pages).")] = None,
):
    fmt = format or _from_accept(request.headers.get("accept", ""))
    if fmt in ("csv", "ics"):
        return _export(store, settings, query, order, fmt)
    page = store.events(**query.filters, order=order, limit=limit, cursor=cursor)
    return EventList(items=page.items, next_cursor=page.next_cursor, resolved=query.resolved,
                     undated_left_out=_undated_left_out(store, query))


@router.get("/detailed", response_model=EventDetailPage, summary="The timeline with every event in full",
            description="The same filters and pages as `GET /events`, each event with its sources "
                        "(evidence sentences), parts and parent, as the workbench page shows them.",
            responses={400: {}, 404: {}, 422: {}})
def list_events_detailed(store: StoreDep, query: QueryDep, limit: PageLimit, order: Order = "asc",
                         cursor: CursorQuery = None) -> EventDetailPage:
    page = store.events(**query.filters, order=order, limit=limit, cursor=cursor)
    return EventDetailPage(items=store.event_details([e.id for e in page.items]), next_cursor=page.next_cursor,
                           resolved=query.resolved, undated_left_out=_undated_left_out(store, query))


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


def _export(store, settings, query: EventQuery, order: str, fmt: str) -> StreamingResponse:
    events = exports.iter_events(store, {**query.filters, "order": order}, batch=settings.export_batch)
    if fmt == "csv":
        return StreamingResponse(exports.csv_lines(events), media_type="text/csv; charset=utf-8",
                                 headers={"Content-Disposition": 'attachment; filename="events.csv"'})
    omitted = store.count_undated(**query.undated_filters())  # a calendar has no place for them
    return StreamingResponse(exports.ics_lines(events, omitted), media_type="text/calendar; charset=utf-8",
                             headers={"Content-Disposition": 'attachment; filename="events.ics"',
                                      "X-Letopis-Undated-Omitted": str(omitted)})
