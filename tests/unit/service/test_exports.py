"""iCalendar lines (folding, escaping, precision) and CSV rows, from event records alone."""

from __future__ import annotations

from datetime import date, datetime, timezone

from hypothesis import given
from hypothesis import strategies as st

from graph.results import EventDetail, ParticipantOut, PlaceRef, SourceOut
from service.exports import csv_lines, fold, ics_lines


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\n"), max_size=400))
def test_folded_lines_fit_75_octets_and_unfold_to_the_original(text):
    line = "DESCRIPTION:" + text
    folded = fold(line)
    assert folded.endswith("\r\n")
    parts = folded[:-2].split("\r\n")
    assert all(len(p.encode("utf-8")) <= 75 for p in parts)
    assert all(p.startswith(" ") for p in parts[1:])
    assert "".join([parts[0]] + [p[1:] for p in parts[1:]]) == line


def _event(**kw) -> EventDetail:
    base = dict(id="ev-1", type="meeting", status="held", title="Встреча Токаева и Путина, Астана",
                confidence=0.9, start=date(2024, 11, 1), end=date(2024, 11, 30), start_text="2024-11",
                date_precision="month", place=PlaceRef(id="astana", name="Астана"),
                participants=[ParticipantOut(id="tokayev", name="Касым-Жомарт Токаев", role="host"),
                              ParticipantOut(id="putin", name="Владимир Путин", role="guest")],
                sources=[SourceOut(id="a1", title="Токаев встретился с Путиным", source="Kazinform",
                                   published=date(2024, 11, 28), url="https://example.org/a1",
                                   evidence="В ноябре Токаев и Путин провели переговоры.", start=0, end=10)])
    return EventDetail(**{**base, **kw})


def _unfolded(events, omitted=0) -> list[str]:
    text = "".join(ics_lines(events, omitted, now=datetime(2026, 1, 1, tzinfo=timezone.utc)))
    return text.replace("\r\n ", "").split("\r\n")


def test_a_month_precision_event_is_one_day_with_its_period_described():
    lines = _unfolded([_event()], omitted=2)
    assert "X-LETOPIS-UNDATED-OMITTED:2" in lines
    assert "DTSTART;VALUE=DATE:20241101" in lines and "DTEND;VALUE=DATE:20241102" in lines
    description = next(line for line in lines if line.startswith("DESCRIPTION:"))
    assert "Date: 2024-11 (month precision)" in description
    assert "Касым-Жомарт Токаев (host)\\; Владимир Путин (guest)" in description
    assert "Source: Токаев встретился с Путиным\\, Kazinform\\, 2024-11-28\\, https://example.org/a1" in description
    assert "URL:https://example.org/a1" in lines


def test_day_spans_end_the_day_after_and_undated_events_are_left_out():
    visit = _event(id="ev-2", start=date(2024, 11, 27), end=date(2024, 11, 28), start_text="2024-11-27",
                   end_text="2024-11-28", date_precision="day")
    undated = _event(id="ev-3", start=None, end=None, start_text=None, date_precision=None)
    lines = _unfolded([visit, undated])
    assert "DTSTART;VALUE=DATE:20241127" in lines and "DTEND;VALUE=DATE:20241129" in lines
    assert lines.count("BEGIN:VEVENT") == 1


def test_csv_rows_carry_every_source():
    rows = list(csv_lines([_event()]))
    assert rows[0].startswith("\ufeffid,type,status")
    assert "Kazinform" in rows[1] and "2024-11-28" in rows[1] and "https://example.org/a1" in rows[1]
