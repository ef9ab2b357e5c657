"""Writing articles' extractions into the graph: the transactions. What to write is `graph.plan`'s.

One article is one write transaction (`session.execute_write`, which retries transient errors) of
two statements, whatever the article holds:

1. `cypher.INGEST_LOOKUP`: the locks are taken first (see `graph.plan.lock_keys`), so concurrent
   writers of the same text, or of events that could be the same one, are serialised and the later
   writer sees the earlier one's article and events; then, unless the article id (a hash of the
   normalised text) is already stored, the stored events that could be the same as each extracted
   one (same type; a shared participant, or for forums and summits the same place or country;
   overlapping date windows), those events in full, and which of the extracted ids are taken;
2. `graph.plan.plan_article` decides with `extract.merge` (the same rules the extractor folds an
   article with): a match is combined onto the stored node, which keeps its id; otherwise the event
   is created. `graph.plan.write_rows` turns the plan into rows, and `cypher.APPLY_ARTICLE` writes
   the article node and every row in one statement; ``part_of`` links point at the ids events
   ended up with, and the article's evidence goes onto its own REPORTS relationships (offsets are
   into that article's text).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import neo4j
from neo4j.exceptions import ConstraintError, ResultFailedError

from extract import records as rec
from extract.ids import article_id
from extract.merge import DATELINE_SLACK, UNDATED_WINDOW, combine
from extract.records import PLACE_KIND_RANK
from extract.registry import Registry, default_registry
from graph import cypher
from graph.plan import (
    _entity_rows,
    _mention_rows,
    _Plan,
    _prepare,
    _report_props,
    article_props,
    candidate_row,
    lock_keys,
    plan_article,
    report_rows,
    stored_event,
    write_rows,
)
from graph.results import IngestResult
from graph.schema import batches

BULK_ROWS = 5000  # rows per UNWIND statement when bulk loading


# ---------------------------------------------------------------------------- the transaction


def _run(tx: neo4j.ManagedTransaction, statement: str, rows: Sequence[dict], *, size: int = BULK_ROWS) -> None:
    for batch in batches(rows, size):
        tx.run(statement, rows=batch).consume()


# The merge candidates' route, when forced ("entity" or "time"); None lets each event take the cheaper.
CANDIDATE_ROUTE: str | None = None


def _ingest_tx(
    tx: neo4j.ManagedTransaction,
    *,
    article: str,
    article_props: dict[str, Any],
    extraction: rec.Extraction,
    registry: Registry,
) -> IngestResult:
    published = extraction.article.published
    events = _prepare(extraction.events, article, published)
    found = tx.run(cypher.INGEST_LOOKUP, id=article, keys=lock_keys(article, extraction.events),
                   rows=[candidate_row(key, event) for key, event in enumerate(events)],
                   own_ids=[e.id for e in events], route=CANDIDATE_ROUTE,
                   undated_days=UNDATED_WINDOW.days, dateline_days=DATELINE_SLACK.days).single(strict=True)
    if found["duplicate"]:
        return IngestResult(article_id=article, duplicate=True)
    candidates = {c["key"]: list(c["ids"]) for c in found["candidates"]}
    stored = {event.id: event for event in map(stored_event, found["stored"])}

    plan = plan_article(article, events, candidates, stored, set(found["existing"]))

    touched = [plan.state[t] for t in plan.touched]
    rows = write_rows(touched, _entity_rows(plan, extraction, registry), report_rows(plan),
                      _mention_rows(article, extraction))
    _apply(tx, article, article_props, rows)
    return IngestResult(article_id=article, created=plan.created, merged=plan.merged)


def _apply(tx: neo4j.ManagedTransaction, article: str, props: dict[str, Any], rows: dict[str, list[dict]]) -> None:
    """The second statement of an ingest transaction: the article and its whole plan."""
    tx.run(cypher.APPLY_ARTICLE, id=article, props=props, plan=rows).consume()


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
                kept = target.setdefault(row["id"], row)
                if kept is not row and row.get("office") and not kept.get("office"):
                    target[row["id"]] = row  # the first report that gives a person's office
    places = sorted(registry_places.values(), key=lambda r: (PLACE_KIND_RANK[r["kind"]], r["id"]))

    events = [plan.state[i] for i in plan.created]
    rows = write_rows(events, (list(registry_persons.values()), list(ner_persons.values()), places,
                               list(ner_places.values())), reports, mentions)

    def work(tx: neo4j.ManagedTransaction) -> None:
        _run(tx, cypher.MERGE_ARTICLES, articles)
        for name, statement in cypher.WRITE_STEPS:
            _run(tx, statement, rows[name])

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
