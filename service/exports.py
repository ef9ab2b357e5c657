"""Exports of an event selection: every matching event (read in batches off the keyset pages, never
cut at a page size) as CSV rows or an RFC 5545 calendar, produced line by line for streaming.

iCalendar: a dated event is an all-day VEVENT. One at month, season or year precision starts on the
first day of its period and lasts one day; its DESCRIPTION says the period and the precision
("Date: 2025-11 (month precision)"), so a calendar does not show a month-long meeting. Undated events
cannot be placed in a calendar: they are left out and counted (`X-LETOPIS-UNDATED-OMITTED`, and
the response header of the same name). Lines are folded at 75 octets (RFC 5545 §3.1).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from datetime import datetime, timedelta, timezone
from typing import Any

from graph.results import EventDetail, SourceOut
from graph.store import GraphStore

CSV_COLUMNS = ["id", "type", "status", "title", "start", "end", "precision", "date_text", "place", "country",
               "participants", "parent_id", "source_count", "source_titles", "source_outlets", "source_dates",
               "source_urls"]
LIST_SEPARATOR = " | "  # between the items of a multi-valued CSV cell; the n-th title goes with the n-th URL


def iter_events(store: GraphStore, filters: dict[str, Any], batch: int = 500) -> Iterator[EventDetail]:
    """Every event ``filters`` select (store.events keywords), in timeline order, with sources and parts."""
    cursor = None
    while True:
        page = store.events(**filters, limit=batch, cursor=cursor)
        if page.items:
            yield from store.event_details([e.id for e in page.items])
        if not page.next_cursor:
            return
        cursor = page.next_cursor


# ---------------------------------------------------------------------------- CSV


def _csv_line(row: list[Any]) -> str:
    out = io.StringIO()
    csv.writer(out).writerow(row)
    return out.getvalue()


def _outlet(s: SourceOut) -> str:
    return s.source or ""


def csv_lines(events: Iterable[EventDetail]) -> Iterator[str]:
    yield "\ufeff" + _csv_line(CSV_COLUMNS)  # the BOM makes spreadsheet programs read UTF-8
    for e in events:
        yield _csv_line([
            e.id, e.type, e.status, e.title, e.start_text or "", e.end_text or "", e.date_precision or "",
            e.date_text or "", e.place.name if e.place else "",
            e.place.country.name if e.place and e.place.country else (e.place.name if e.place and e.place.kind == "country" else ""),
            "; ".join(f"{p.name} ({p.role})" for p in e.participants),
            e.parent.id if e.parent else "",
            len(e.sources),
            LIST_SEPARATOR.join(s.title or "" for s in e.sources),
            LIST_SEPARATOR.join(_outlet(s) for s in e.sources),
            LIST_SEPARATOR.join(s.published.isoformat() if s.published else "" for s in e.sources),
            LIST_SEPARATOR.join(s.url or "" for s in e.sources),
        ])


# ---------------------------------------------------------------------------- iCalendar


def ics_escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n"))


def fold(line: str, limit: int = 75) -> str:
    """One content line folded into CRLF + space continuations of at most ``limit`` octets, never inside
    a UTF-8 character."""
    out: list[str] = []
    current, size = [], 0
    budget = limit
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > budget:
            out.append("".join(current))
            current, size = [], 0
            budget = limit - 1  # continuation lines start with one space
        current.append(ch)
        size += n
    out.append("".join(current))
    return "\r\n ".join(out) + "\r\n"


def _when(e: EventDetail) -> str:
    precision = e.date_precision or "day"
    span = e.start_text or ""
    if e.end_text and e.end_text != e.start_text:
        span += f" – {e.end_text}"
    return f"{span} ({precision} precision)" if precision != "day" else span


def _description(e: EventDetail) -> str:
    lines = [f"{e.type}, {e.status}", f"Date: {_when(e)}"]
    if e.date_text:
        lines.append(f"As reported: {e.date_text}")
    if e.participants:
        lines.append("Participants: " + "; ".join(f"{p.name} ({p.role})" for p in e.participants))
    if e.parts:
        lines.append("Parts: " + "; ".join(f"{p.title} ({p.start_text or 'undated'})" for p in e.parts))
    for s in e.sources:
        bits = [s.title or s.id, s.source, s.published.isoformat() if s.published else None, s.url]
        lines.append("Source: " + ", ".join(b for b in bits if b))
    return "\n".join(lines)


def ics_lines(events: Iterable[EventDetail], undated_omitted: int, now: datetime | None = None) -> Iterator[str]:
    stamp = (now or datetime.now(timezone.utc)).strftime("%Y%m%dT%H%M%SZ")
    yield from (fold(line) for line in ("BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Letopis//Timeline//RU",
                                        "CALSCALE:GREGORIAN", f"X-LETOPIS-UNDATED-OMITTED:{undated_omitted}"))
    for e in events:
        if e.start is None:
            continue
        if (e.date_precision or "day") == "day":
            end = (e.end or e.start) + timedelta(days=1)
        else:  # a month, season or year: its first day only, the period is in the description
            end = e.start + timedelta(days=1)
        lines = ["BEGIN:VEVENT", f"UID:{e.id}@letopis", f"DTSTAMP:{stamp}",
                 f"DTSTART;VALUE=DATE:{e.start:%Y%m%d}", f"DTEND;VALUE=DATE:{end:%Y%m%d}",
                 f"SUMMARY:{ics_escape(e.title)}"]
        if e.place is not None:
            where = e.place.name + (f", {e.place.country.name}" if e.place.country else "")
            lines.append(f"LOCATION:{ics_escape(where)}")
        lines.append(f"DESCRIPTION:{ics_escape(_description(e))}")
        lines.append("STATUS:" + ("CANCELLED" if e.status == "cancelled" else
                                  "TENTATIVE" if e.status in ("planned", "postponed") else "CONFIRMED"))
        url = next((s.url for s in e.sources if s.url), None)
        if url:
            lines.append(f"URL:{url}")
        lines.append("END:VEVENT")
        yield from (fold(line) for line in lines)
    yield fold("END:VCALENDAR")
