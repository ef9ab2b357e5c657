"""Writing one article's extraction into the graph, merging its events with the ones already there.

One article is one write transaction (`session.execute_write`, which retries transient errors),
and every statement in it is a batched UNWIND. Inside the transaction:

0. locks are taken (see `lock_keys`): concurrent writers of the same text, or of events that could
   be the same one, are serialised, so the later writer sees the earlier one's article and events;
1. the article id (a hash of the normalised text) is looked up: a known text changes nothing;
2. for every extracted event, stored events that could be the same one are found with one indexed
   query (same type; a shared participant, or for forums and summits the same place or country;
   overlapping date windows) and turned back into `extract.records.Event` objects;
3. `extract.merge.same_event` decides; a match is combined with `extract.merge.combine(stored, new)`
   and written onto the stored node, which keeps its id; otherwise the event is created;
4. ``part_of`` links are remapped onto the ids the events ended up with, and the article's evidence
   goes onto its own REPORTS relationships (offsets are into that article's text).
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

import neo4j
from neo4j.exceptions import ConstraintError, ResultFailedError

from extract import records as rec
from extract.records import PLACE_KIND_RANK
from extract.merge import UNDATED_WINDOW, combine, date_window, same_event
from extract.registry import Registry, default_registry
from extract.spans import interval
from graph import cypher
from graph.results import IngestResult
from graph.schema import batches, person_row, place_row, search_names

MAX_DAYS_LINKED = 31  # a day-precision event is put ON each of its days, up to a month of them
MAX_MONTHS_LINKED = 12
BATCH_ROWS = 500  # rows per UNWIND statement when ingesting one article
BULK_ROWS = 5000  # and when bulk loading
SEASON_REACH = timedelta(days=92)  # how far back a season that overlaps a date may start


# ---------------------------------------------------------------------------- identity


def normalise_text(text: str) -> str:
    """NFC, whitespace runs collapsed to one space, stripped: what the article id is a hash of."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def text_hash(text: str) -> str:
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()


def article_id(text: str) -> str:
    """The id an article's text gets: the same text (up to whitespace and normal form) is the same id."""
    return "art-" + text_hash(text)[:20]


def document_id(title: str) -> str:
    norm = " ".join(unicodedata.normalize("NFC", title).lower().replace("ё", "е").split())
    return "doc-" + hashlib.sha1(norm.encode("utf-8")).hexdigest()[:16]


def _derived_event_id(event_id: str, article: str, attempt: int = 0) -> str:
    """An id for an event whose extracted id is already taken by a different event."""
    return "ev-" + hashlib.sha1(f"{event_id}|{article}|{attempt}".encode()).hexdigest()[:16]


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
        **time_tree_keys(window),
    }


def time_tree_keys(window: tuple[date, date] | None) -> dict[str, list[str]]:
    """The time-tree nodes a stored event overlapping ``window`` is ON, whatever its precision.

    Days of the window; months from a season before it (a season-precision event is ON its first
    month only) to its end; its years. `cypher.EVENT_CANDIDATES_BY_TIME` walks these.
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


def choose_routes(rows: Sequence[dict[str, Any]], stats: dict[str, Any]) -> tuple[list[dict], list[dict]]:
    """Split candidate rows between the entity route and the time route, by which walks fewer events.

    Entity route: the participants' events (their degrees). Time route: the events of the window's
    days, estimated from the graph's mean events per day. Forums and summits, matched by place,
    and any event with a window always can take the time route; an event without a window cannot.
    """
    degrees = {d["id"]: d["degree"] for d in stats.get("degrees") or ()}
    per_day = max(1.0, (stats.get("events") or 0) / max(1, stats.get("days") or 0))
    by_entity, by_time = [], []
    for row in rows:
        if row["from"] is None:
            by_entity.append(row)
            continue
        entity_cost = float("inf") if row["by_place"] else sum(degrees.get(p, 0) for p in row["participants"])
        time_cost = len(row["days"]) * per_day
        (by_time if time_cost < entity_cost else by_entity).append(row)
    return by_entity, by_time


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


def stored_event(record: neo4j.Record) -> rec.Event:
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
    }


def _shared(a: rec.Event, b: rec.Event) -> int:
    return len(a.participant_ids() & b.participant_ids())


def _best_match(new: rec.Event, matches: Sequence[rec.Event]) -> rec.Event:
    """Of several stored events a report matches, the closest one."""
    new_span = interval(new.start, new.end)

    def score(candidate: rec.Event) -> tuple:
        same_place = bool(new.place and candidate.place and new.place.id == candidate.place.id)
        span = interval(candidate.start, candidate.end)
        distance = abs((span[0] - new_span[0]).days) if span and new_span else 10_000
        return (-_shared(new, candidate), not same_place, distance, candidate.id)

    return min(matches, key=score)


# ---------------------------------------------------------------------------- locks

ARTICLE_LOCK_BUCKET = 3  # hex digits of the article id: at most 4096 article lock nodes


def lock_keys(article: str, events: Iterable[rec.Event]) -> list[str]:
    """The IngestLock ids a transaction writing this article takes, in the order it takes them.

    One for the article id (a bucket of it, to keep the lock nodes few) and one per event type and
    participant, plus per event type and place for the events matched by place (forums, summits):
    two events that `cypher.EVENT_CANDIDATES` could pair always share one of these keys.
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
        matches = [c for c in options if same_event(c, event)]
        if matches:
            target = _best_match(event, matches).id
            plan.state[target] = combine(plan.state[target], event)
            if target not in plan.merged:
                plan.merged.append(target)
        else:
            target, attempt = event.id, 0
            while target in existing_ids or target in plan.state:
                target = _derived_event_id(event.id, article, attempt)
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
    ner_persons = [
        {"id": pid, "props": {"name": name, "source": "ner", "aliases": [], "search_names": search_names([name])}}
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


# ---------------------------------------------------------------------------- the transaction


def _run(tx: neo4j.ManagedTransaction, statement: str, rows: Sequence[dict], *, size: int = BATCH_ROWS,
         **params: Any) -> None:
    for batch in batches(rows, size):
        tx.run(statement, rows=batch, **params).consume()


def _ingest_tx(
    tx: neo4j.ManagedTransaction,
    *,
    article: str,
    article_props: dict[str, Any],
    extraction: rec.Extraction,
    registry: Registry,
) -> IngestResult:
    tx.run(cypher.TAKE_INGEST_LOCKS, keys=lock_keys(article, extraction.events)).consume()
    if tx.run(cypher.ARTICLE_EXISTS, id=article).single() is not None:
        return IngestResult(article_id=article, duplicate=True)
    published = extraction.article.published
    events = _prepare(extraction.events, article, published)

    candidates: dict[int, list[str]] = {}
    rows = [candidate_row(key, event) for key, event in enumerate(events)]
    people = sorted({p for row in rows for p in row["participants"]})
    stats = tx.run(cypher.CANDIDATE_ROUTE_STATS, ids=people).single()
    by_entity, by_time = choose_routes(rows, dict(stats) if stats else {})
    for statement, routed in ((cypher.EVENT_CANDIDATES, by_entity), (cypher.EVENT_CANDIDATES_BY_TIME, by_time)):
        for batch in batches(routed):
            for record in tx.run(statement, rows=batch, undated_days=UNDATED_WINDOW.days):
                candidates[record["key"]] = list(record["ids"])
    wanted = sorted({i for ids in candidates.values() for i in ids})
    stored: dict[str, rec.Event] = {}
    for i in range(0, len(wanted), 500):
        for record in tx.run(cypher.LOAD_EVENTS, ids=wanted[i : i + 500]):
            event = stored_event(record)
            stored[event.id] = event
    own_ids = [e.id for e in events]
    existing = tx.run(cypher.EXISTING_EVENT_IDS, ids=own_ids).single()
    existing_ids = set(existing["ids"]) if existing else set()

    plan = plan_article(article, events, candidates, stored, existing_ids)

    tx.run(cypher.CREATE_ARTICLE, id=article, props=article_props).consume()
    registry_persons, ner_persons, registry_places, ner_places = _entity_rows(plan, extraction, registry)
    _run(tx, cypher.MERGE_PERSONS, registry_persons)
    _run(tx, cypher.MERGE_NER_PERSONS, ner_persons)
    _run(tx, cypher.MERGE_PLACES, registry_places)
    _run(tx, cypher.LINK_PLACES, registry_places)
    _run(tx, cypher.MERGE_NER_PLACES, ner_places)

    touched = [plan.state[t] for t in plan.touched]
    links = {e.id: time_links(e) for e in touched}
    years, months, days = _time_tree_rows(links.values())
    _run(tx, cypher.MERGE_YEARS, years)
    _run(tx, cypher.MERGE_MONTHS, months)
    _run(tx, cypher.MERGE_DAYS, days)

    _run(tx, cypher.UPSERT_EVENTS, [{"id": e.id, "type": e.type, "props": event_props(e)} for e in touched])
    _run(tx, cypher.SET_PARTICIPANTS, [
        {"event": e.id, "person": p.id, "role": p.role} for e in touched for p in e.participants
    ])
    _run(tx, cypher.SET_PLACES, [
        {"event": e.id, "place": e.place.id if e.place else None,
         "relocated_from": e.relocated_from.id if e.relocated_from else None}
        for e in touched
    ])
    _run(tx, cypher.SET_DOCUMENTS, [
        {"event": e.id, "document": document_id(e.document.title), "title": e.document.title}
        for e in touched if e.document is not None
    ])
    _run(tx, cypher.SET_PART_OF, [{"child": e.id, "parent": e.part_of} for e in touched if e.part_of])
    _run(tx, cypher.SET_TIME, [{"event": e.id, **links[e.id]} for e in touched])
    _run(tx, cypher.SET_REPORTS, [
        {"article": article, "event": t, "props": _report_props(plan.evidence[t], plan.confidence[t])}
        for t in plan.touched if plan.evidence.get(t)
    ])
    _run(tx, cypher.SET_MENTIONS, _mention_rows(article, extraction))
    return IngestResult(article_id=article, created=plan.created, merged=plan.merged)


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


def ingest(
    driver: neo4j.Driver,
    extraction: rec.Extraction,
    text: str,
    *,
    url: str | None = None,
    source: str | None = None,
    title: str | None = None,
    database: str | None = None,
    registry: Registry | None = None,
) -> IngestResult:
    """Write one article and its events in one transaction; a text seen before changes nothing."""
    article = article_id(text)
    props = article_props(text, extraction.article, url=url, source=source, title=title)
    registry = registry or default_registry()
    with driver.session(database=database, notifications_disabled_classifications=["UNRECOGNIZED"]) as session:
        try:
            return session.execute_write(
                _ingest_tx, article=article, article_props=props, extraction=extraction, registry=registry
            )
        except (ConstraintError, ResultFailedError) as exc:
            # Another writer stored the same text between our check and our CREATE (the driver may
            # report the constraint violation as the cause of a failed result).
            if not isinstance(exc, ConstraintError) and not isinstance(exc.__cause__, ConstraintError):
                raise
            if session.execute_read(lambda tx: tx.run(cypher.ARTICLE_EXISTS, id=article).single()):
                return IngestResult(article_id=article, duplicate=True)
            raise


# ---------------------------------------------------------------------------- bulk loading


@dataclass(frozen=True)
class LoadItem:
    """One article for `load_batch`: its text, its extraction and where it comes from."""

    text: str
    extraction: rec.Extraction
    url: str | None = None
    source: str | None = None
    title: str | None = None


def load_batch(
    driver: neo4j.Driver,
    items: Sequence[LoadItem],
    *,
    database: str | None = None,
    registry: Registry | None = None,
) -> int:
    """Write many articles in one transaction, without looking for stored events to merge with.

    For loading data whose events are already deduplicated (an event reported by several articles
    carries the same id in each): it takes the same rows and statements as `ingest`, batched over
    all the articles, but skips the per-article locks and merge look-ups. Event ids already in the
    graph are overwritten, articles already stored are left alone, so a re-run is harmless.
    Returns the number of events written.
    """
    registry = registry or default_registry()
    articles: list[dict[str, Any]] = []
    plan = _Plan(article="")
    reports: list[dict[str, Any]] = []
    mentions: list[dict[str, Any]] = []
    per_article: list[tuple[rec.Extraction, _Plan]] = []
    for item in items:
        article = article_id(item.text)
        articles.append({"id": article, "props": article_props(
            item.text, item.extraction.article, url=item.url, source=item.source, title=item.title)})
        own = _Plan(article=article)
        for event in _prepare(item.extraction.events, article, item.extraction.article.published):
            known = plan.state.get(event.id)
            plan.state[event.id] = combine(known, event) if known else event
            own.state[event.id] = plan.state[event.id]
            if known is None:
                plan.created.append(event.id)
            own.created.append(event.id)
            reports.append({"article": article, "event": event.id,
                            "props": _report_props(list(event.evidence), event.confidence)})
        mentions.extend(_mention_rows(article, item.extraction))
        per_article.append((item.extraction, own))

    registry_persons: dict[str, dict] = {}
    ner_persons: dict[str, dict] = {}
    registry_places: dict[str, dict] = {}
    ner_places: dict[str, dict] = {}
    for extraction, own in per_article:
        rp, np_, rpl, npl = _entity_rows(own, extraction, registry)
        for target, rows in ((registry_persons, rp), (ner_persons, np_), (registry_places, rpl), (ner_places, npl)):
            for row in rows:
                target.setdefault(row["id"], row)
    places = sorted(registry_places.values(), key=lambda r: (PLACE_KIND_RANK[r["kind"]], r["id"]))

    events = [plan.state[i] for i in plan.created]
    links = {e.id: time_links(e) for e in events}
    years, months, days = _time_tree_rows(links.values())

    def work(tx: neo4j.ManagedTransaction) -> None:
        def run(statement: str, rows: Sequence[dict]) -> None:
            _run(tx, statement, rows, size=BULK_ROWS)

        run(cypher.MERGE_ARTICLES, articles)
        run(cypher.MERGE_PERSONS, list(registry_persons.values()))
        run(cypher.MERGE_NER_PERSONS, list(ner_persons.values()))
        run(cypher.MERGE_PLACES, places)
        run(cypher.LINK_PLACES, places)
        run(cypher.MERGE_NER_PLACES, list(ner_places.values()))
        run(cypher.MERGE_YEARS, years)
        run(cypher.MERGE_MONTHS, months)
        run(cypher.MERGE_DAYS, days)
        run(cypher.UPSERT_EVENTS, [{"id": e.id, "type": e.type, "props": event_props(e)} for e in events])
        run(cypher.SET_PARTICIPANTS, [
            {"event": e.id, "person": p.id, "role": p.role} for e in events for p in e.participants
        ])
        run(cypher.SET_PLACES, [
            {"event": e.id, "place": e.place.id if e.place else None,
             "relocated_from": e.relocated_from.id if e.relocated_from else None}
            for e in events
        ])
        run(cypher.SET_DOCUMENTS, [
            {"event": e.id, "document": document_id(e.document.title), "title": e.document.title}
            for e in events if e.document is not None
        ])
        run(cypher.SET_PART_OF, [{"child": e.id, "parent": e.part_of} for e in events if e.part_of])
        run(cypher.SET_TIME, [{"event": e.id, **links[e.id]} for e in events])
        run(cypher.SET_REPORTS, reports)
        run(cypher.SET_MENTIONS, mentions)

    with driver.session(database=database, notifications_disabled_classifications=["UNRECOGNIZED"]) as session:
        session.execute_write(work)
    return len(events)


def forget_articles(driver: neo4j.Driver, ids: Sequence[str], *, database: str | None = None) -> int:
    """Delete articles, and the events only they reported; returns how many events went with them."""
    def work(tx: neo4j.ManagedTransaction) -> int:
        record = tx.run(cypher.FORGET_ARTICLES, ids=list(ids)).single()
        return int(record["events"]) if record else 0

    with driver.session(database=database) as session:
        return session.execute_write(work)
