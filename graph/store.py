"""`GraphStore`: the one object the API and the CLI hold to talk to the graph.

It binds a driver and a database to the functions of `graph.schema` (set-up), `graph.writes`
(ingest) and `graph.reads` (queries), so callers need neither Cypher nor the driver's API.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from datetime import date

import neo4j

from extract.gazetteer import Gazetteer, default_gazetteer
from extract.ids import article_id
from extract.records import Extraction
from extract.registry import Registry, default_registry
from graph import reads, schema, writes
from graph.driver import ConnectionSettings, open_driver
from graph.errors import InvalidCursor
from graph.results import (
    ArticleOut,
    Connection,
    EventDetail,
    EventPage,
    GraphCounts,
    GraphElements,
    IngestResult,
    PersonOut,
    PersonRef,
    PlaceOut,
    PlaceRef,
)

__all__ = ["GraphStore", "InvalidCursor", "connect"]


class GraphStore:
    """Set-up, writes and reads over one Neo4j database."""

    def __init__(
        self,
        driver: neo4j.Driver,
        database: str | None = None,
        registry: Registry | None = None,
        gazetteer: Gazetteer | None = None,
    ):
        self.driver = driver
        self.database = database
        self._registry = registry
        self._gazetteer = gazetteer
        self._db = reads.Db(driver, database)
        self._ready = False
        self._ready_lock = threading.Lock()

    @property
    def registry(self) -> Registry:
        if self._registry is None:
            self._registry = default_registry()
        return self._registry

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            self._gazetteer = default_gazetteer() if self._registry is None else Gazetteer(self._registry)
        return self._gazetteer

    def close(self) -> None:
        self.driver.close()

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ------------------------------------------------------------------ set-up

    def ensure_schema(self) -> None:
        schema.ensure_schema(self.driver, self.database)

    def ensure_reference_data(self) -> dict[str, int]:
        return schema.ensure_reference_data(self.driver, self.registry, self.database)

    def ensure_ready(self) -> None:
        """The schema (constraints, range and full-text indexes, online), once per store, before the first query.

        One quick check when it is already there; created and awaited online otherwise (a fresh
        database). Registry people and places need no loading for reads: the writes MERGE those an
        article names, and `letopis run` / `ingest` load them all. Cheap after the first call. When Neo4j is down the error is raised and
        the next call tries again, so a server started before its database catches up by itself.
        """
        if self._ready:
            return
        with self._ready_lock:
            if self._ready:
                return
            if not schema.schema_in_place(self.driver, self.database):
                self.ensure_schema()
            self._ready = True

    # ------------------------------------------------------------------ writes

    def ingest(
        self,
        extraction: Extraction,
        text: str,
        *,
        url: str | None = None,
        source: str | None = None,
        title: str | None = None,
    ) -> IngestResult:
        return writes.ingest(self.driver, extraction, text, url=url, source=source, title=title,
                             database=self.database, registry=self.registry)

    # ------------------------------------------------------------------ reads

    def event(self, event_id: str) -> EventDetail | None:
        return reads.event(self._db, event_id)

    def events(
        self,
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
        return reads.events(self._db, participants=participants, types=types, status=status,
                            date_from=date_from, date_to=date_to, place=place, country=country, q=q,
                            order=order, limit=limit, cursor=cursor, include_undated=include_undated)

    def event_details(self, ids: Sequence[str]) -> list[EventDetail]:
        return reads.event_details(self._db, ids)

    def count_undated(self, **filters) -> int:
        """Undated events matching ``filters`` (participants, types, status, place, country, q)."""
        return reads.count_undated(self._db, **filters)

    def person_event_counts(self, ids: Sequence[str]) -> dict[str, int]:
        return reads.person_event_counts(self._db, ids)

    def article(self, article_id: str, with_text: bool = False) -> ArticleOut | None:
        return reads.article(self._db, article_id, with_text=with_text)

    def has_article(self, text: str) -> str | None:
        """The id of the article with this text (up to whitespace) if it is stored, else None."""
        article = article_id(text)
        return article if reads.article_exists(self._db, article) else None

    def known_articles(self, texts: Sequence[str]) -> list[str | None]:
        """For each text, the id of its stored article, or None: `has_article` for many texts in one query."""
        ids = [article_id(text) for text in texts]
        known = reads.known_articles(self._db, ids)
        return [i if i in known else None for i in ids]

    def persons_by_ids(self, ids: Sequence[str]) -> list[PersonRef]:
        return reads.persons_by_ids(self._db, ids)

    def persons_by_wikidata(self, wikidata: str) -> list[PersonRef]:
        return reads.persons_by_wikidata(self._db, wikidata)

    def search_person_names(self, lucene: str, limit: int = 20) -> list[PersonRef]:
        return reads.search_person_names(self._db, lucene, limit)

    def person(self, person_id: str) -> PersonOut | None:
        return reads.person(self._db, person_id, registry=self.registry)

    def person_timeline(
        self,
        person_id: str,
        limit: int = 50,
        cursor: str | None = None,
        *,
        order: str = "asc",
        types: str | Sequence[str] | None = None,
        date_from: date | None = None,
        date_to: date | None = None,
    ) -> EventPage:
        return reads.events(self._db, participants=[person_id], types=types, date_from=date_from,
                            date_to=date_to, order=order, limit=limit, cursor=cursor)

    def person_connections(self, person_id: str, limit: int = 100) -> list[Connection]:
        return reads.person_connections(self._db, person_id, limit)

    def place(self, place_id: str) -> PlaceOut | None:
        return reads.place(self._db, place_id)

    def place_events(
        self,
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
        return reads.place_events(self._db, place_id, types=types, status=status, date_from=date_from,
                                  date_to=date_to, participants=participants, order=order, limit=limit,
                                  cursor=cursor)

    def subgraph(
        self,
        participants: Sequence[str] | None = None,
        date_from: date | None = None,
        date_to: date | None = None,
        limit: int = 200,
    ) -> GraphElements:
        return reads.subgraph(self._db, participants, date_from, date_to, limit)

    def places_by_ids(self, ids: Sequence[str]) -> list[PlaceRef]:
        return reads.places_by_ids(self._db, ids)

    def places_by_wikidata(self, wikidata: str) -> list[PlaceRef]:
        return reads.places_by_wikidata(self._db, wikidata)

    def search_place_names(self, lucene: str, limit: int = 20) -> list[PlaceRef]:
        return reads.search_place_names(self._db, lucene, limit)

    def ping(self) -> bool:
        return reads.ping(self._db)

    def counts(self) -> GraphCounts:
        return reads.counts(self._db)

    def articles_from_source(self, source: str) -> int:
        return reads.articles_from_source(self._db, source)


def connect(settings: ConnectionSettings, *, max_retry_time: float | None = None) -> GraphStore:
    """A store on the database the settings point at (``neo4j_uri``, ``neo4j_database``, ...)."""
    return GraphStore(open_driver(settings, max_retry_time=max_retry_time), settings.neo4j_database)
