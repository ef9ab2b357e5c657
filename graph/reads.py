"""Reading the graph: the queries behind the API, returning the models of `graph.results`.

Every function takes a `Db` (a driver and a database name) and runs read transactions only.
Name resolution (`resolve_person`, `resolve_place`) understands ids, Wikidata ids and names in
Russian, Kazakh or English in any grammatical case: registry names through the extractor's
gazetteer, people and places only named entity recognition found through the full-text indexes.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import neo4j
from neo4j.exceptions import DriverError, Neo4jError

from extract.records import ROLE_ORDER
from extract.registry import Registry
from graph import cypher
from graph.errors import InvalidCursor
from graph.results import (
    ArticleEvent,
    ArticleOut,
    Connection,
    CyEdge,
    CyEdgeData,
    CyNode,
    CyNodeData,
    EventDetail,
    EventPage,
    EventSummary,
    GraphCounts,
    GraphElements,
    OfficeTerm,
    PersonOut,
    PersonRef,
    PlaceOut,
    PlaceRef,
)

MAX_LIMIT = 1000
_WIKIDATA = re.compile(r"^Q[1-9][0-9]*$", re.IGNORECASE)


@dataclass(frozen=True)
class Db:
    """Where reads go: a driver and the database on it (None: the server's default)."""

    driver: neo4j.Driver
    database: str | None = None

    def read(self, query: str, **params: Any) -> list[dict[str, Any]]:
        def work(tx: neo4j.ManagedTransaction) -> list[dict[str, Any]]:
            return [native(record.data()) for record in tx.run(query, **params)]

        with self.driver.session(
            database=self.database, notifications_disabled_classifications=["UNRECOGNIZED"]
        ) as session:
            return session.execute_read(work)


def native(value: Any) -> Any:
    """Neo4j temporal values (anywhere inside maps and lists) as Python's."""
    if isinstance(value, dict):
        return {k: native(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [native(v) for v in value]
    to_native = getattr(value, "to_native", None)
    return to_native() if callable(to_native) else value


# ---------------------------------------------------------------------------- cursors


def encode_cursor(order: str, key: date, event_id: str) -> str:
    raw = json.dumps({"o": order, "k": key.isoformat(), "i": event_id}, separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode("utf-8")).decode("ascii").rstrip("=")


def decode_cursor(cursor: str, order: str) -> tuple[date, str]:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        data = json.loads(base64.urlsafe_b64decode(padded.encode("ascii")))
        key, event_id, cursor_order = date.fromisoformat(data["k"]), str(data["i"]), data["o"]
    except (ValueError, KeyError, TypeError, binascii.Error, UnicodeError) as exc:
        raise InvalidCursor("the cursor is not one this API handed out") from exc
    if cursor_order != order:
        raise InvalidCursor(f"the cursor belongs to a list in {cursor_order!r} order, not {order!r}")
    return key, event_id


# ---------------------------------------------------------------------------- events


def _as_list(value: str | Sequence[str] | None) -> list[str] | None:
    if value is None:
        return None
    if isinstance(value, str):
        return [value]
    values = [v for v in value if v]
    return values or None


def _summary(data: dict[str, Any]) -> EventSummary:
    return EventSummary.model_validate(_clean_event(data))


def _clean_event(data: dict[str, Any]) -> dict[str, Any]:
    data = dict(data)
    data["participants"] = sorted(data.get("participants") or [], key=_participant_order)
    return data


def _participant_order(p: dict[str, Any]) -> tuple[int, str]:
    return ROLE_ORDER.get(p.get("role") or "", 9), p.get("id") or ""


def _by_date(events: list[EventSummary]) -> list[EventSummary]:
    return sorted(events, key=lambda e: (e.start or date.max, e.id))


def event(db: Db, event_id: str) -> EventDetail | None:
    rows = db.read(cypher.EVENT_DETAIL, id=event_id)
    return _detail(rows[0]) if rows else None


def event_details(db: Db, ids: Sequence[str]) -> list[EventDetail]:
    """The events with these ids in full (sources, parts, parent), in the order given; unknown ids skipped."""
    return [_detail(row) for row in db.read(cypher.EVENT_DETAILS, ids=list(ids))]


def _detail(row: dict[str, Any]) -> EventDetail:
    data = _clean_event(row["event"])
    sources = sorted(row["sources"], key=lambda s: (s.get("published") or date.max, s["id"]))
    return EventDetail.model_validate({
        **data,
        "reported_on": row["reported_on"],
        "relocated_from": row["relocated_from"],
        "parent": _clean_event(row["parent"]) if row["parent"] else None,
        "parts": _by_date([_summary(p) for p in row["parts"]]),
        "siblings": _by_date([_summary(p) for p in row["siblings"]]),
        "document": row["document"],
        "sources": sources,
    })


def events(
    db: Db,
    *,
    participants: Sequence[str] | None = None,
    types: str | Sequence[str] | None = None,
    status: str | Sequence[str] | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
    place: str | None = None,
    country: str | None = None,
    q: str | None = None,
    order: str = "asc",
    limit: int = 50,
    cursor: str | None = None,
    include_undated: bool = False,
) -> EventPage:
    """Events matching every given filter, in (start, id) order; undated events come last.

    ``participants``: all of them took part. ``place``: held there or in a place inside it
    (a city of a region or country). ``date_from``/``date_to``: the event's span overlaps them
    (undated events are left out then, unless ``include_undated``). ``q``: text in the title or
    in a reporting sentence.
    """
    if order not in ("asc", "desc"):
        raise ValueError("order must be 'asc' or 'desc'")
    limit = max(1, min(int(limit), MAX_LIMIT))
    people = list(dict.fromkeys(p for p in (participants or ()) if p))
    after_key, after_id = decode_cursor(cursor, order) if cursor else (None, None)
    params: dict[str, Any] = {
        "participants": people,
        "types": _as_list(types),
        "status": _as_list(status),
        "date_from": date_from,
        "date_to": date_to,
        "place": place,
        "country": country,
        "q": q.strip().lower() if q and q.strip() else None,
        "include_undated": bool(include_undated),
    }
    if people:
        rows = _events_by_people(db, order, people, after_key, after_id, limit + 1, params)
    elif place:
        rows = db.read(cypher.EVENT_LIST[("place", order)], anchor=place, after_key=after_key, after_id=after_id,
                       limit=limit + 1, **params)
    else:
        rows = _events_by_date(db, order, after_key, after_id, limit + 1, MAX_SCAN, params)
        if rows is None:  # the scan ran out before the page was full: read the whole list instead
            rows = db.read(cypher.EVENT_LIST[("all", order)], anchor=None, after_key=after_key, after_id=after_id,
                           limit=limit + 1, **params)
    items = [_summary(r["event"]) for r in rows[:limit]]
    next_cursor = None
    if len(rows) > limit:
        last = rows[limit - 1]
        next_cursor = encode_cursor(order, last["key"], last["event"]["id"])
    return EventPage(items=items, next_cursor=next_cursor)


def count_undated(
    db: Db,
    *,
    participants: Sequence[str] | None = None,
    types: str | Sequence[str] | None = None,
    status: str | Sequence[str] | None = None,
    place: str | None = None,
    country: str | None = None,
    q: str | None = None,
) -> int:
    """How many undated events match the other filters (what a date range leaves out)."""
    rows = db.read(cypher.EVENT_COUNT_UNDATED, participants=list(dict.fromkeys(p for p in (participants or ()) if p)),
                   types=_as_list(types), status=_as_list(status), date_from=None, date_to=None, place=place,
                   country=country, q=q.strip().lower() if q and q.strip() else None, include_undated=False)
    return int(rows[0]["n"])


def person_event_counts(db: Db, ids: Sequence[str]) -> dict[str, int]:
    """How many events each of these people took part in (0 for unknown ids)."""
    degrees = _degrees(db, list(ids))
    return {pid: degrees.get(pid, 0) for pid in ids}


MAX_SCAN = 50_000  # index entries a list without participants reads down the date index before giving up
_UNDATED_KEYS = {"asc": date(9999, 12, 31), "desc": date(1, 1, 1)}


def _degrees(db: Db, people: list[str]) -> dict[str, int]:
    return {row["id"]: row["degree"] for row in db.read(cypher.PERSON_DEGREES, ids=people)}


def pair_key(a: str, b: str) -> str:
    """The `pair` of two people's PAIR relationships: their ids, sorted, joined by '|'."""
    return "|".join(sorted((a, b)))


def _events_by_people(
    db: Db, order: str, people: list[str], after_key: date | None, after_id: str | None, limit: int,
    params: dict[str, Any],
) -> list[dict[str, Any]]:
    """A page of the events all ``people`` took part in (with the filters in ``params``), in date order:
    one person's down the person-ordered index; several people's down the PAIR index of the two with
    the fewest events (the others are checked on each event). Undated events follow, by id."""
    if len(people) == 1:
        dated, undated, anchor = cypher.EVENT_LIST_BY_PERSON, cypher.EVENT_LIST_BY_PERSON_UNDATED, people[0]
    else:
        degrees = _degrees(db, people)
        first, second = sorted(people, key=lambda p: (degrees.get(p, 0), people.index(p)))[:2]
        dated, undated, anchor = cypher.EVENT_LIST_BY_PAIR, cypher.EVENT_LIST_BY_PAIR_UNDATED, pair_key(first, second)
    rows: list[dict[str, Any]] = []
    if after_key != _UNDATED_KEYS[order]:
        to_key = min(d for d in (params["date_to"], after_key if order == "desc" else None, date.max) if d)
        from_key = after_key if order == "asc" and after_key is not None else date.min
        rows = db.read(dated[order], anchor=anchor, after_key=after_key, after_id=after_id,
                       from_key=from_key, to_key=to_key, limit=limit, **params)
        if len(rows) == limit:
            return rows
        after_id = None
    return rows + db.read(undated[order], anchor=anchor, after_id=after_id, limit=limit - len(rows), **params)


def _events_by_date(
    db: Db, order: str, after_key: date | None, after_id: str | None, limit: int, scan: int,
    params: dict[str, Any],
) -> list[dict[str, Any]] | None:
    """A full page down the date index, or None when ``scan`` index entries did not fill it (also at
    the end of the dated events: the anchored walk then gives the rest, undated events last)."""
    if after_key == _UNDATED_KEYS[order]:  # the cursor is already among the undated events, which sort last
        return db.read(cypher.EVENT_LIST_UNDATED[order], after_id=after_id, limit=limit, **params)
    rows = db.read(cypher.EVENT_LIST_BY_DATE[order], after_key=after_key, after_id=after_id,
                   from_key=after_key or date.min, to_key=after_key or date.max, limit=limit, scan=scan, **params)
    return rows if len(rows) == limit else None


# ---------------------------------------------------------------------------- articles


def article(db: Db, article_id: str, with_text: bool = False) -> ArticleOut | None:
    rows = db.read(cypher.ARTICLE, id=article_id, with_text=with_text)
    if not rows:
        return None
    row = rows[0]
    reported = [
        ArticleEvent.model_validate({**_clean_event(r["event"]), "evidence": r["evidence"],
                                     "evidence_start": r["evidence_start"], "evidence_end": r["evidence_end"]})
        for r in row["events"]
    ]
    reported.sort(key=lambda e: (e.evidence_start, e.id))
    mentions = sorted(row["mentions"], key=lambda m: (-m["count"], m["id"]))
    return ArticleOut.model_validate({**row["article"], "events": reported, "mentions": mentions})


def article_exists(db: Db, article_id: str) -> bool:
    return bool(db.read(cypher.ARTICLE_EXISTS, id=article_id))


def known_articles(db: Db, ids: Sequence[str]) -> set[str]:
    """Which of these article ids are stored (one query for all of them)."""
    return set(db.read(cypher.KNOWN_ARTICLES, ids=list(ids))[0]["ids"])


# ---------------------------------------------------------------------------- people


def person(db: Db, person_id: str, registry: Registry | None = None) -> PersonOut | None:
    rows = db.read(cypher.PERSON, id=person_id)
    if not rows:
        return None
    row = rows[0]
    data = dict(row["person"])
    data["aliases"] = data.get("aliases") or []
    offices: list[OfficeTerm] = []
    if registry is not None and registry.has_person(person_id):
        offices = [OfficeTerm(role=o.role, of=o.of, start=o.start, end=o.end)
                   for o in sorted(registry.person(person_id).offices, key=lambda o: o.start, reverse=True)]
    # The first and last dated events: one-item pages of the timeline, read off the person-ordered index.
    first = events(db, participants=[person_id], order="asc", limit=1).items
    last = events(db, participants=[person_id], order="desc", limit=1).items
    return PersonOut.model_validate({
        **data,
        "offices": offices,
        "event_count": row["event_count"],
        "article_count": row["article_count"],
        "first_date": first[0].start if first and first[0].start else None,
        "last_date": (last[0].end or last[0].start) if last and last[0].start else None,
    })


def person_connections(db: Db, person_id: str, limit: int = 100) -> list[Connection]:
    rows = db.read(cypher.PERSON_CONNECTIONS, id=person_id, limit=max(1, min(limit, MAX_LIMIT)))
    return [
        Connection(counterpart=PersonRef.model_validate(r["counterpart"]), count=r["count"],
                   first_date=r["first"], last_date=r["last"], types=sorted(r["types"]))
        for r in rows
    ]


def persons_by_ids(db: Db, ids: Sequence[str]) -> list[PersonRef]:
    """The stored persons with these ids, in no particular order."""
    return [PersonRef.model_validate(r["person"]) for r in db.read(cypher.PERSONS_BY_IDS, ids=list(ids))]


def persons_by_wikidata(db: Db, wikidata: str) -> list[PersonRef]:
    return [PersonRef.model_validate(r["person"]) for r in db.read(cypher.PERSONS_BY_WIKIDATA, wikidata=wikidata)]


def search_person_names(db: Db, lucene: str, limit: int) -> list[PersonRef]:
    """Persons whose name index matches a Lucene query (built by the caller from plain word stems)."""
    return [PersonRef.model_validate(r["person"])
            for r in db.read(cypher.SEARCH_PERSONS, lucene=lucene, limit=max(1, min(limit, MAX_LIMIT)))]


# ---------------------------------------------------------------------------- places


def place(db: Db, place_id: str) -> PlaceOut | None:
    rows = db.read(cypher.PLACE, id=place_id)
    if not rows:
        return None
    row = rows[0]
    return PlaceOut.model_validate({**row["place"], "aliases": row["aliases"] or [], "region": row["region"],
                                    "event_count": row["event_count"]})


def place_events(
    db: Db,
    place_id: str,
    *,
    types: str | Sequence[str] | None = None,
    status: str | Sequence[str] | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
    participants: Sequence[str] | None = None,
    order: str = "asc",
    limit: int = 50,
    cursor: str | None = None,
) -> EventPage:
    """Events held in a place or anywhere inside it (a country's cities, a region's cities)."""
    return events(db, place=place_id, types=types, status=status, date_from=date_from, date_to=date_to,
                  participants=participants, order=order, limit=limit, cursor=cursor)


def places_by_ids(db: Db, ids: Sequence[str]) -> list[PlaceRef]:
    return [PlaceRef.model_validate(r["place"]) for r in db.read(cypher.PLACES_BY_IDS, ids=list(ids))]


def places_by_wikidata(db: Db, wikidata: str) -> list[PlaceRef]:
    return [PlaceRef.model_validate(r["place"]) for r in db.read(cypher.PLACES_BY_WIKIDATA, wikidata=wikidata)]


def search_place_names(db: Db, lucene: str, limit: int) -> list[PlaceRef]:
    return [PlaceRef.model_validate(r["place"])
            for r in db.read(cypher.SEARCH_PLACES, lucene=lucene, limit=max(1, min(limit, MAX_LIMIT)))]


# ---------------------------------------------------------------------------- pictures and health


def subgraph(
    db: Db,
    participants: Sequence[str] | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
    limit: int = 200,
) -> GraphElements:
    """Events all ``participants`` took part in, with their people and places, as Cytoscape.js elements."""
    people = list(dict.fromkeys(p for p in (participants or ()) if p))
    anchor_kind = "person" if people else "all"
    rows = db.read(cypher.SUBGRAPH[anchor_kind], anchor=people[0] if people else None, participants=people,
                   date_from=date_from, date_to=date_to, limit=max(1, min(limit, MAX_LIMIT)))
    nodes: dict[str, CyNode] = {}
    edges: dict[str, CyEdge] = {}

    def node(node_id: str, label: str, kind: str) -> None:
        nodes.setdefault(node_id, CyNode(data=CyNodeData(id=node_id, label=label, kind=kind)))

    def edge(source: str, target: str, label: str) -> None:
        edge_id = f"{source}|{label}|{target}"
        edges.setdefault(edge_id, CyEdge(data=CyEdgeData(id=edge_id, source=source, target=target, label=label)))

    event_ids = {r["event"]["id"] for r in rows}
    for r in rows:
        e = r["event"]
        when = e.get("start_text") or e.get("date_text")
        node(e["id"], f"{e['title']} — {when}" if when else e["title"], e["type"])
        for p in r["participants"]:
            node(p["id"], p["name"] or p["id"], "person")
            edge(p["id"], e["id"], p["role"] or "participant")
        for pl in r["places"]:
            node(pl["id"], pl["name"] or pl["id"], pl["kind"] or "city")
            edge(e["id"], pl["id"], "held_in")
            if pl["country"]:
                node(pl["country"]["id"], pl["country"]["name"] or pl["country"]["id"], "country")
                edge(pl["id"], pl["country"]["id"], "in_country")
        for parent in r["parents"]:
            if parent in event_ids:
                edge(e["id"], parent, "part_of")
    return GraphElements(nodes=list(nodes.values()), edges=list(edges.values()))


def ping(db: Db) -> bool:
    """Whether the database answers a query."""
    try:
        return bool(db.read(cypher.PING))
    except (DriverError, Neo4jError, OSError):
        return False


def counts(db: Db) -> GraphCounts:
    row = db.read(cypher.COUNTS)[0]
    return GraphCounts(nodes=row["nodes"], relationships=row["relationships"])


def articles_from_source(db: Db, source: str) -> int:
    """How many stored articles name ``source`` as where they come from."""
    return int(db.read(cypher.ARTICLES_FROM_SOURCE, source=source)[0]["n"])
