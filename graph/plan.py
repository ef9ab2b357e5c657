"""What one article does to the graph, worked out before anything is written: pure functions.

Records become parameter rows here (events, time-tree links, participants, places, reports), the
merge plan is made here (which extracted event is which stored one, see `plan_article`), and the
rows of every write step (`write_rows`, one list per step of `cypher.WRITE_STEPS`) are made here,
once, for both the per-article ingest (one statement applying them all) and the bulk load in
`graph.writes`, which only runs them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from extract import records as rec
from extract.ids import derived_event_id, document_id, text_hash
from extract.intervals import interval
from extract.merge import DATELINE_SLACK, combine, date_window, match
from extract.records import PLACE_KIND_RANK
from extract.registry import Registry
from graph import cypher
from graph.schema import person_row, place_row, search_names

MAX_DAYS_LINKED = 31  # a day-precision event is put ON each of its days, up to a month of them
MAX_MONTHS_LINKED = 12
SEASON_REACH = timedelta(days=92)  # how far back a season that overlaps a date may start


# ---------------------------------------------------------------------------- time


def _months_between(first: date, last: date) -> list[date]:
    months, cursor = [], first.replace(day=1)
    while cursor <= last and len(months) < MAX_MONTHS_LINKED:
        months.append(cursor)
        cursor = (cursor + timedelta(days=32)).replace(day=1)
    return months


def time_links(event: rec.Event) -> dict[str, list[str]]:
    """The time-tree nodes an event is ON, at its precision.

    day: each day of its span (at most a month of days); month: each month of its span; season:
    the month it starts in; year: its year. Undated events are on nothing.
    """
    span = interval(event.start, event.end)
    links: dict[str, list[str]] = {"days": [], "months": [], "years": []}
    if span is None:
        return links
    first, last = span
    precision = event.date_precision or {10: "day", 7: "month", 4: "year"}.get(len(event.start or ""), "day")
    if precision == "day":
        days = min((last - first).days + 1, MAX_DAYS_LINKED)
        links["days"] = [(first + timedelta(days=i)).isoformat() for i in range(max(days, 1))]
    elif precision == "month":
        links["months"] = [m.isoformat()[:7] for m in _months_between(first, last)]
    elif precision == "season":
        links["months"] = [first.isoformat()[:7]]
    else:
        links["years"] = [str(first.year)]
    return links


def _time_tree_rows(links: Iterable[dict[str, list[str]]]) -> tuple[list[dict], list[dict], list[dict]]:
    days: set[str] = set()
    months: set[str] = set()
    years: set[str] = set()
    for link in links:
        days.update(link["days"])
        months.update(link["months"])
        years.update(link["years"])
    months.update(d[:7] for d in days)
    years.update(m[:4] for m in months)
    year_rows = [{"id": y, "year": int(y)} for y in sorted(years)]
    month_rows = [
        {"id": m, "year": int(m[:4]), "month": int(m[5:7]), "year_id": m[:4],
         "start": date(int(m[:4]), int(m[5:7]), 1)}
        for m in sorted(months)
    ]
    day_rows = [{"id": d, "date": date.fromisoformat(d), "month_id": d[:7]} for d in sorted(days)]
    return year_rows, month_rows, day_rows


# ---------------------------------------------------------------------------- records <-> rows


def candidate_row(key: int, event: rec.Event) -> dict[str, Any]:
    window = date_window(event)
    place = event.place
    by_place = event.type in ("forum", "summit") and place is not None
    places: list[str] = []
    in_country = None
    if place is not None:
        places.append(place.id)
        if place.kind == "country":
            in_country = place.id
        elif place.country_id:
            places.append(place.country_id)
    return {
        "key": key,
        "type": event.type,
        "participants": sorted(event.participant_ids()),
        "by_place": by_place,
        "places": places,
        "in_country": in_country,
        "from": window[0] if window else None,
        "to": window[1] if window else None,
        # Stored events dated from a dateline may sit a little after the window: walk those days too.
        **time_tree_keys((window[0], window[1] + DATELINE_SLACK) if window else None),
    }


def time_tree_keys(window: tuple[date, date] | None) -> dict[str, list[str]]:
    """The time-tree nodes a stored event overlapping ``window`` is ON, whatever its precision.

    Days of the window; months from a season before it (a season-precision event is ON its first
    month only) to its end; its years. The time route of `cypher.INGEST_LOOKUP` walks these.
    """
    if window is None:
        return {"days": [], "months": [], "years": []}
    first, last = window
    days = [(first + timedelta(days=i)).isoformat() for i in range((last - first).days + 1)]
    months, cursor = [], (first - SEASON_REACH).replace(day=1)
    while cursor <= last:
        months.append(cursor.isoformat()[:7])
        cursor = (cursor + timedelta(days=32)).replace(day=1)
    return {"days": days, "months": months, "years": [str(y) for y in range(first.year, last.year + 1)]}


def _native(value: Any) -> Any:
    to_native = getattr(value, "to_native", None)
    return to_native() if callable(to_native) else value


def _place_ref(row: dict[str, Any] | None) -> rec.PlaceRef | None:
    if not row:
        return None
    kind = row.get("kind") if row.get("kind") in ("city", "region", "country") else "city"
    return rec.PlaceRef(
        id=row["id"], name=row.get("name") or row["id"], kind=kind,
        country_id=row.get("country_id") if kind != "country" else None,
        country=row.get("country") if kind != "country" else None,
    )


def stored_event(record: Any) -> rec.Event:
    """A stored event node (with its relationships) as the record the merge rules work on."""
    props = record["event"]
    return rec.Event(
        id=props["id"],
        type=props["type"],
        kind=props.get("kind"),
        status=props.get("status") or "held",
        title=props.get("title") or props["id"],
        start=props.get("start_text"),
        end=props.get("end_text"),
        date_precision=props.get("date_precision"),
        date_text=props.get("date_text"),
        place=_place_ref(record["place"]),
        relocated_from=_place_ref(record["relocated_from"]),
        participants=tuple(
            rec.Participant(id=p["id"], name=p.get("name") or p["id"], role=p.get("role") or "participant")
            for p in sorted(record["participants"], key=lambda p: p["id"])
        ),
        document=rec.Document(title=record["document"]) if record["document"] else None,
        part_of=record["part_of"],
        confidence=float(props.get("confidence") or 0.5),
        reported_on=_native(props.get("reported_on")),
        date_source=props.get("date_source"),
        offices=tuple(
            rec.Office(title=title, country_id=country or None, role=role)
            for title, country, role in zip(props.get("office_titles") or (), props.get("office_countries") or (),
                                            props.get("office_roles") or (), strict=False)
        ),
    )


def event_props(event: rec.Event) -> dict[str, Any]:
    span = interval(event.start, event.end)
    return {
        "type": event.type,
        "kind": event.kind,
        "status": event.status,
        "title": event.title,
        "start": span[0] if span else None,
        "end": span[1] if span else None,
        "start_text": event.start,
        "end_text": event.end,
        "date_precision": event.date_precision,
        "date_text": event.date_text,
        "confidence": event.confidence,
        "reported_on": event.reported_on,
        "date_source": event.date_source,
        # Leaders named only by an office: parallel lists (Neo4j properties hold no maps or nulls).
        "office_titles": [o.title for o in event.offices],
        "office_countries": [o.country_id or "" for o in event.offices],
        "office_roles": [o.role for o in event.offices],
    }


# ---------------------------------------------------------------------------- locks

ARTICLE_LOCK_BUCKET = 3  # hex digits of the article id: at most 4096 article lock nodes


def lock_keys(article: str, events: Iterable[rec.Event]) -> list[str]:
    """The IngestLock ids a transaction writing this article takes, in the order it takes them.

    One for the article id (a bucket of it, to keep the lock nodes few) and one per event type and
    participant, plus per event type and place for the events matched by place (forums, summits):
    two events that `cypher.INGEST_LOOKUP` could pair always share one of these keys.
    """
    keys = {"article|" + article.removeprefix("art-")[:ARTICLE_LOCK_BUCKET]}
    for event in events:
        row = candidate_row(0, event)
        keys.update(f"{event.type}|person|{p}" for p in row["participants"])
        if row["by_place"]:
            keys.update(f"{event.type}|place|{p}" for p in row["places"])
    return sorted(keys)


# ---------------------------------------------------------------------------- the plan


@dataclass
class _Plan:
    """What one article does to the graph, worked out before anything is written."""

    article: str
    state: dict[str, rec.Event] = field(default_factory=dict)  # target id -> record to write
    created: list[str] = field(default_factory=list)
    merged: list[str] = field(default_factory=list)
    target_of: dict[str, str] = field(default_factory=dict)  # extracted id -> target id
    evidence: dict[str, list[rec.Evidence]] = field(default_factory=dict)
    confidence: dict[str, float] = field(default_factory=dict)

    @property
    def touched(self) -> list[str]:
        return list(dict.fromkeys((*self.created, *self.merged)))


def _prepare(events: Iterable[rec.Event], article: str, published: date | None) -> list[rec.Event]:
    """The extracted events with their evidence pointing at this article and a report date."""
    out = []
    for event in events:
        evidence = tuple(e.model_copy(update={"article": article}) for e in event.evidence)
        out.append(event.model_copy(update={
            "evidence": evidence,
            "reported_on": event.reported_on or published,
        }))
    return out


def plan_article(
    article: str,
    events: Sequence[rec.Event],
    candidates: dict[int, list[str]],
    stored: dict[str, rec.Event],
    existing_ids: set[str],
) -> _Plan:
    """Decide, for every extracted event, whether it is a stored one (and which) or a new one."""
    plan = _Plan(article=article)
    plan.state.update(stored)
    for key, original in enumerate(events):
        event = original.model_copy(update={"part_of": None})
        options = [plan.state[c] for c in candidates.get(key, ()) if c in stored]
        found = match(event, options)
        if found is not None:
            target = options[found].id
            plan.state[target] = combine(plan.state[target], event)
            if target not in plan.merged:
                plan.merged.append(target)
        else:
            target, attempt = event.id, 0
            while target in existing_ids or target in plan.state:
                target = derived_event_id(event.id, article, attempt)
                attempt += 1
            plan.state[target] = event.model_copy(update={"id": target})
            plan.created.append(target)
        plan.target_of[original.id] = target
        plan.evidence.setdefault(target, []).extend(event.evidence)
        plan.confidence[target] = max(plan.confidence.get(target, 0.0), event.confidence)
    # part_of: onto the ids events ended up with; a stored parent is kept, as combine() keeps it.
    for original in events:
        if not original.part_of or original.part_of not in plan.target_of:
            continue
        child, parent = plan.target_of[original.id], plan.target_of[original.part_of]
        record = plan.state[child]
        if parent == child or record.part_of is not None or plan.state[parent].part_of == child:
            continue
        plan.state[child] = record.model_copy(update={"part_of": parent})
    return plan


# ---------------------------------------------------------------------------- rows to write


def _entity_rows(
    plan: _Plan, extraction: rec.Extraction, registry: Registry
) -> tuple[list[dict], list[dict], list[dict], list[dict]]:
    """Registry persons, NER persons, registry places (with their countries, regions), NER places."""
    persons: dict[str, str] = {}  # id -> name
    places: dict[str, tuple[str, str]] = {}  # id -> (name, kind)
    for target in plan.touched:
        event = plan.state[target]
        for p in event.participants:
            persons.setdefault(p.id, p.name)
        for place in (event.place, event.relocated_from):
            if place is not None:
                places.setdefault(place.id, (place.name, place.kind))
    for entity in extraction.entities:
        if entity.kind == "person":
            persons.setdefault(entity.id, entity.name)
        elif entity.kind in ("city", "region", "country"):
            places.setdefault(entity.id, (entity.name, entity.kind))

    registry_persons = [person_row(registry.person(pid), registry)
                        for pid in sorted(persons) if registry.has_person(pid)]
    offices = {e.id: (e.office, e.country_id) for e in extraction.entities if e.kind == "person" and e.office}
    ner_persons = [
        {"id": pid, "props": {"name": name, "source": "ner", "aliases": [], "search_names": search_names([name])},
         "office": offices.get(pid, (None, None))[0], "office_country": offices.get(pid, (None, None))[1]}
        for pid, name in sorted(persons.items()) if not registry.has_person(pid)
    ]
    wanted: set[str] = set()
    for pid in places:
        if registry.has_place(pid):
            place = registry.place(pid)
            wanted.add(pid)
            for parent in (place.country, place.region):
                if parent and registry.has_place(parent):
                    wanted.add(parent)
    registry_places = [place_row(registry.place(pid))
                       for pid in sorted(wanted, key=lambda i: (PLACE_KIND_RANK[registry.place(i).kind], i))]
    ner_places = [
        {"id": pid, "kind": kind,
         "props": {"name": name, "kind": kind, "source": "ner", "aliases": [], "search_names": search_names([name])}}
        for pid, (name, kind) in sorted(places.items()) if not registry.has_place(pid)
    ]
    return registry_persons, ner_persons, registry_places, ner_places


def _report_props(evidence: list[rec.Evidence], confidence: float) -> dict[str, Any]:
    unique = sorted({(e.start, e.end): e for e in evidence}.values(), key=lambda e: (e.start, e.end))
    first = unique[0]
    return {
        "evidence": first.text,
        "start": first.start,
        "end": first.end,
        "trigger_start": first.trigger[0],
        "trigger_end": first.trigger[1],
        "confidence": confidence,
        "evidence_all": [e.text for e in unique],
        "starts": [e.start for e in unique],
        "ends": [e.end for e in unique],
    }


def _mention_rows(article: str, extraction: rec.Extraction) -> list[dict[str, Any]]:
    return [
        {"article": article, "id": e.id, "kind": e.kind, "count": max(1, len(e.mentions))}
        for e in extraction.entities if e.kind in ("person", "city", "region", "country")
    ]


def article_props(
    text: str, info: rec.ArticleInfo, *, url: str | None = None, source: str | None = None, title: str | None = None
) -> dict[str, Any]:
    """The Article node's properties."""
    return {
        "url": url,
        "title": title or info.title,
        "source": source,
        "published": info.published,
        "lang": info.lang,
        "text_hash": text_hash(text),
        "text": text,
        "chars": len(text),
    }


# ---------------------------------------------------------------------------- the write sequence


def event_rows(events: Sequence[rec.Event], links: dict[str, dict[str, list[str]]]) -> dict[str, list[dict]]:
    """The rows that write events (nodes, participants, places, documents, parts, time)."""
    return {
        "events": [{"id": e.id, "type": e.type, "props": event_props(e)} for e in events],
        "participants": [{"event": e.id, "person": p.id, "role": p.role} for e in events for p in e.participants],
        "pairs": [{"event": e.id} for e in events if len(e.participants) > 1],
        "places": [{"event": e.id, "place": e.place.id if e.place else None,
                    "relocated_from": e.relocated_from.id if e.relocated_from else None} for e in events],
        "documents": [{"event": e.id, "document": document_id(e.document.title), "title": e.document.title}
                      for e in events if e.document is not None],
        "parts": [{"child": e.id, "parent": e.part_of} for e in events if e.part_of],
        "time": [{"event": e.id, **links[e.id]} for e in events],
    }


def write_rows(
    events: Sequence[rec.Event],
    entities: tuple[list[dict], list[dict], list[dict], list[dict]],
    reports: list[dict[str, Any]],
    mentions: list[dict[str, Any]],
) -> dict[str, list[dict]]:
    """The rows of every step after the article node, by the step's name in `cypher.WRITE_STEPS`.

    `graph.writes.ingest` hands them all to one statement (`cypher.APPLY_ARTICLE`);
    `graph.writes.load_batch` runs the steps one by one, in that order, over many articles.
    """
    registry_persons, ner_persons, registry_places, ner_places = entities
    links = {e.id: time_links(e) for e in events}
    years, months, days = _time_tree_rows(links.values())
    rows = {
        "registry_persons": registry_persons,
        "ner_persons": ner_persons,
        "registry_places": registry_places,
        "place_links": registry_places,
        "ner_places": ner_places,
        "years": years,
        "months": months,
        "days": days,
        **event_rows(events, links),
        "reports": reports,
        "mentions": mentions,
    }
    return {name: rows[name] for name, _ in cypher.WRITE_STEPS}


def report_rows(plan: _Plan) -> list[dict[str, Any]]:
    """One REPORTS row per event the article touched: its evidence in this article."""
    return [{"article": plan.article, "event": t, "props": _report_props(plan.evidence[t], plan.confidence[t])}
            for t in plan.touched if plan.evidence.get(t)]
