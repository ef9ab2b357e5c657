"""Every Cypher statement Letopis runs, as named constants. Nothing else in the project writes Cypher.

All values travel as parameters. The only strings assembled here are built once at import
time from fixed fragments (the event projection, the anchors and sort orders of event lists),
never from input. See docs/graph-model.md for the model these statements maintain.
"""

from __future__ import annotations

# ============================================================================ schema

CONSTRAINTS: tuple[str, ...] = tuple(
    f"CREATE CONSTRAINT {name} IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE"
    for name, label in (
        ("person_id", "Person"),
        ("place_id", "Place"),
        ("city_id", "City"),
        ("country_id", "Country"),
        ("region_id", "Region"),
        ("event_id", "Event"),
        ("article_id", "Article"),
        ("document_id", "Document"),
        ("day_id", "Day"),
        ("month_id", "Month"),
        ("year_id", "Year"),
        ("ingest_lock_id", "IngestLock"),
    )
)

INDEXES: tuple[str, ...] = (
    "CREATE INDEX event_start IF NOT EXISTS FOR (e:Event) ON (e.start)",
    "CREATE INDEX event_end IF NOT EXISTS FOR (e:Event) ON (e.end)",
    "CREATE INDEX event_type_start IF NOT EXISTS FOR (e:Event) ON (e.type, e.start)",
    "CREATE INDEX event_reported_on IF NOT EXISTS FOR (e:Event) ON (e.reported_on)",
    "CREATE INDEX event_status IF NOT EXISTS FOR (e:Event) ON (e.status)",
    "CREATE INDEX person_wikidata IF NOT EXISTS FOR (p:Person) ON (p.wikidata)",
    "CREATE INDEX place_wikidata IF NOT EXISTS FOR (p:Place) ON (p.wikidata)",
    "CREATE INDEX place_kind IF NOT EXISTS FOR (p:Place) ON (p.kind)",
    "CREATE INDEX article_published IF NOT EXISTS FOR (a:Article) ON (a.published)",
    "CREATE INDEX article_text_hash IF NOT EXISTS FOR (a:Article) ON (a.text_hash)",
    "CREATE INDEX day_date IF NOT EXISTS FOR (d:Day) ON (d.date)",
    # Undated events, found by their first report's date when a new report may be about them.
    "CREATE INDEX undated_event_reported IF NOT EXISTS FOR (e:Undated) ON (e.type, e.reported_on)",
)

# The person-ordered access path of event lists: each PARTICIPATED_IN relationship carries its
# person's id and its event's start (`undated`: the event's id, for events without a date), so a
# person's events are read in date order straight off an index, a page at a time, however many
# there are. `graph.schema.ensure_schema` fills these properties in on older graphs
# (BACKFILL_PARTICIPATION) before it creates these two indexes, so once they exist every
# relationship has them.
#
# Two people's shared events the same way: every event carries one PAIR relationship to itself per
# two of its participants (`pair`: their ids, sorted, joined by '|'), with the event's `start` or
# `undated` id, so "the meetings of A and B" walks only events both took part in, however many
# each has alone (SET_PAIRS keeps them; BACKFILL_PAIRS makes them for older graphs).
PARTICIPATION_INDEXES: tuple[str, ...] = (
    "CREATE INDEX participated_person_start IF NOT EXISTS FOR ()-[r:PARTICIPATED_IN]-() ON (r.person, r.start)",
    "CREATE INDEX participated_person_undated IF NOT EXISTS FOR ()-[r:PARTICIPATED_IN]-() ON (r.person, r.undated)",
    "CREATE INDEX pair_start IF NOT EXISTS FOR ()-[r:PAIR]-() ON (r.pair, r.start)",
    "CREATE INDEX pair_undated IF NOT EXISTS FOR ()-[r:PAIR]-() ON (r.pair, r.undated)",
)

PERSON_FULLTEXT = "person_names"
PLACE_FULLTEXT = "place_names"

FULLTEXT_INDEXES: tuple[str, ...] = (
    f"CREATE FULLTEXT INDEX {PERSON_FULLTEXT} IF NOT EXISTS FOR (n:Person) "
    "ON EACH [n.name, n.name_en, n.name_kk, n.aliases, n.search_names]",
    f"CREATE FULLTEXT INDEX {PLACE_FULLTEXT} IF NOT EXISTS FOR (n:Place) "
    "ON EACH [n.name, n.name_en, n.name_kk, n.aliases, n.search_names]",
)

AWAIT_INDEXES = "CALL db.awaitIndexes($timeout)"

SHOW_CONSTRAINTS = "SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names"
# Whether a server's schema is complete: the indexes (a constraint's is named after it) that are online.
ONLINE_INDEX_NAMES = "SHOW INDEXES YIELD name, state WHERE state = 'ONLINE' RETURN collect(name) AS names"
SHOW_INDEXES = "SHOW INDEXES YIELD name, type, state RETURN name, type, state"

# ============================================================================ reference data

MERGE_PERSONS = """
UNWIND $rows AS row
MERGE (p:Person {id: row.id})
SET p += row.props
"""

# NER-only people: create once, never overwrite what the registry (or an editor) set. The office the text
# gives a person outside the registry ("президент Эквадора") is kept from the first report that gives one.
MERGE_NER_PERSONS = """
UNWIND $rows AS row
MERGE (p:Person {id: row.id})
ON CREATE SET p += row.props
SET p.office = coalesce(p.office, row.office), p.office_country = coalesce(p.office_country, row.office_country)
"""

_PLACE_LABELS = """
FOREACH (_ IN CASE WHEN row.kind = 'city' THEN [1] ELSE [] END | SET pl:City)
FOREACH (_ IN CASE WHEN row.kind = 'region' THEN [1] ELSE [] END | SET pl:Region)
FOREACH (_ IN CASE WHEN row.kind = 'country' THEN [1] ELSE [] END | SET pl:Country)
"""

MERGE_PLACES = f"""
UNWIND $rows AS row
MERGE (pl:Place {{id: row.id}})
SET pl += row.props
{_PLACE_LABELS}
"""

MERGE_NER_PLACES = f"""
UNWIND $rows AS row
MERGE (pl:Place {{id: row.id}})
ON CREATE SET pl += row.props
WITH pl, row WHERE pl.source = 'ner'
{_PLACE_LABELS}
"""

# Run after every place of a batch exists: a region's country, a city's country and region.
LINK_PLACES = """
UNWIND $rows AS row
MATCH (pl:Place {id: row.id})
CALL (pl, row) {
  WITH * WHERE row.country IS NOT NULL
  MATCH (c:Country {id: row.country})
  MERGE (pl)-[:IN_COUNTRY]->(c)
}
CALL (pl, row) {
  WITH * WHERE row.region IS NOT NULL
  MATCH (r:Region {id: row.region})
  MERGE (pl)-[:IN_REGION]->(r)
}
"""

# ============================================================================ time tree

MERGE_YEARS = """
UNWIND $rows AS row
MERGE (y:Year {id: row.id})
ON CREATE SET y.year = row.year
"""

MERGE_MONTHS = """
UNWIND $rows AS row
MERGE (m:Month {id: row.id})
ON CREATE SET m.year = row.year, m.month = row.month, m.start = row.start
WITH m, row
MATCH (y:Year {id: row.year_id})
MERGE (m)-[:IN_YEAR]->(y)
"""

MERGE_DAYS = """
UNWIND $rows AS row
MERGE (d:Day {id: row.id})
ON CREATE SET d.date = row.date
WITH d, row
MATCH (m:Month {id: row.month_id})
MERGE (d)-[:IN_MONTH]->(m)
"""

# ============================================================================ ingest

ARTICLE_EXISTS = "MATCH (a:Article {id: $id}) RETURN a.id AS id"

ARTICLES_FROM_SOURCE = "MATCH (a:Article) WHERE a.source = $source RETURN count(a) AS n"

# Removes articles, and the events no other article reports. Events that other articles report
# keep what the removed reports added to them (a date made precise stays precise).
FORGET_ARTICLES = """
UNWIND $ids AS id
MATCH (a:Article {id: id})
OPTIONAL MATCH (a)-[:REPORTS]->(e:Event)
WITH a, collect(e) AS events
DETACH DELETE a
WITH events
UNWIND events AS e
WITH DISTINCT e
WHERE NOT EXISTS { (:Article)-[:REPORTS]->(e) }
DETACH DELETE e
RETURN count(*) AS events
"""

# Taken first in every ingest transaction: a write lock on one IngestLock node per key (the keys are
# sorted, so two writers take them in the same order). Writers whose articles may hash alike, or
# whose events could be the same one, wait here for each other, so the later one sees what the
# earlier one wrote instead of creating it a second time. Locks are released at commit or rollback.
_TAKE_INGEST_LOCKS = """
UNWIND $keys AS key
MERGE (l:IngestLock {id: key})
SET l.taken = coalesce(l.taken, 0) + 1
"""

CREATE_ARTICLE = """
CREATE (a:Article {id: $id})
SET a += $props, a.ingested_at = datetime()
"""

# Bulk loading: articles known to be new are created in batches; MERGE keeps a re-run harmless.
MERGE_ARTICLES = """
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
ON CREATE SET a += row.props, a.ingested_at = datetime()
"""

KNOWN_ARTICLES = """
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN collect(a.id) AS ids
"""

# Events the new ones may be repeats of: the same type, and a shared participant or (for forums
# and summits) the same place or country, with a date window that overlaps. An undated stored
# event counts by its first report's date +- $undated_days.
#
# Two routes find the same set. By entity: walk the participants' (or places') events — cheap for
# people with a short history. By time: walk the time tree over the new event's window (days,
# months, years) and the undated events reported around it — cheap when a participant has
# hundreds of thousands of events, as the most covered leaders do. Each event takes the route
# that reads fewer: its participants' events against its window's days times the graph's mean
# events per day ($route forces one, for tests). A stored date inferred from a dateline reaches
# back $dateline_days (`extract.merge.DATELINE_SLACK`), as `extract.merge.date_window` says. (An
# undated stored event whose article had no publication date has no place in time, so only the
# entity route finds it.)
_BY_TIME = """
  WITH ev, by_time WHERE by_time
  CALL (ev) {
    UNWIND ev.days AS day_id
    MATCH (:Day {id: day_id})<-[:ON]-(e:Event)
    RETURN e
    UNION
    UNWIND ev.months AS month_id
    MATCH (:Month {id: month_id})<-[:ON]-(e:Event)
    RETURN e
    UNION
    UNWIND ev.years AS year_id
    MATCH (:Year {id: year_id})<-[:ON]-(e:Event)
    RETURN e
    UNION
    MATCH (e:Undated)
    WHERE e.type = ev.type
      AND e.reported_on >= ev.from - duration({days: $undated_days})
      AND e.reported_on <= ev.to + duration({days: $undated_days})
    RETURN e
  }
  WITH ev, e
  WHERE e.type = ev.type
    AND (EXISTS { MATCH (p:Person)-[:PARTICIPATED_IN]->(e) WHERE p.id IN ev.participants }
         OR (ev.by_place AND EXISTS {
               MATCH (e)-[:HELD_IN]->(pl:Place)
               WHERE pl.id IN ev.places OR EXISTS { (pl)-[:IN_COUNTRY]->(:Country {id: ev.in_country}) } }))
  RETURN e
"""

_BY_ENTITY = """
  WITH ev, by_time WHERE NOT by_time
  CALL (ev) {
    UNWIND ev.participants AS person_id
    MATCH (p:Person {id: person_id})-[:PARTICIPATED_IN]->(e:Event)
    USING INDEX p:Person(id)
    WHERE e.type = ev.type
    RETURN e
    UNION
    UNWIND CASE WHEN ev.by_place THEN ev.places ELSE [] END AS place_id
    MATCH (pl:Place {id: place_id})<-[:HELD_IN]-(e:Event)
    USING INDEX pl:Place(id)
    WHERE e.type = ev.type
    RETURN e
    UNION
    MATCH (c:Country {id: ev.in_country})<-[:IN_COUNTRY]-(:Place)<-[:HELD_IN]-(e:Event)
    WHERE ev.by_place AND e.type = ev.type
    RETURN e
  }
  RETURN e
"""

_CANDIDATE_WINDOW = """
WITH ev, e
WHERE ev.from IS NULL
   OR (e.start IS NOT NULL AND e.end >= ev.from
       AND CASE WHEN e.date_source = 'dateline' THEN e.start - duration({days: $dateline_days})
                ELSE e.start END <= ev.to)
   OR (e.start IS NULL AND (e.reported_on IS NULL
       OR (e.reported_on >= ev.from - duration({days: $undated_days})
           AND e.reported_on <= ev.to + duration({days: $undated_days}))))
"""

# Stored events as the merge function needs them (see extract.records.Event).
_STORED_EVENT = """{event: e {.*},
  participants: [(p:Person)-[r:PARTICIPATED_IN]->(e) | {id: p.id, name: p.name, role: r.role}],
  place: head([(e)-[:HELD_IN]->(pl:Place) | pl {.id, .name, .kind,
        country_id: head([(pl)-[:IN_COUNTRY]->(c:Country) | c.id]),
        country: head([(pl)-[:IN_COUNTRY]->(c:Country) | c.name])}]),
  relocated_from: head([(e)-[:RELOCATED_FROM]->(pl:Place) | pl {.id, .name, .kind,
        country_id: head([(pl)-[:IN_COUNTRY]->(c:Country) | c.id]),
        country: head([(pl)-[:IN_COUNTRY]->(c:Country) | c.name])}]),
  document: head([(e)-[:SIGNED]->(d:Document) | d.title]),
  part_of: head([(e)-[:PART_OF]->(parent:Event) | parent.id])}"""

# The first of the two statements of an ingest transaction: the locks, then (unless the article is
# already stored) the merge candidates of every extracted event ($rows, `graph.plan.candidate_row`),
# those stored events in full, and which of the extracted events' own ids are taken.
INGEST_LOOKUP = f"""CYPHER replan=skip
CALL () {{{_TAKE_INGEST_LOCKS}}}
OPTIONAL MATCH (known:Article {{id: $id}})
WITH known IS NOT NULL AS duplicate
CALL () {{ MATCH (e:Event) RETURN count(e) AS events }}
CALL () {{ MATCH (d:Day) RETURN count(d) AS days }}
WITH duplicate, toFloat(events) / CASE WHEN days < 1 THEN 1 ELSE days END AS mean_per_day
WITH duplicate, CASE WHEN mean_per_day < 1.0 THEN 1.0 ELSE mean_per_day END AS per_day
CALL (duplicate, per_day) {{
  UNWIND CASE WHEN duplicate THEN [] ELSE $rows END AS ev
  CALL (ev) {{
    UNWIND ev.participants AS person_id
    MATCH (p:Person {{id: person_id}})
    WITH COUNT {{ (p)-[:PARTICIPATED_IN]->() }} AS degree
    RETURN sum(degree) AS degree
  }}
  WITH ev, CASE
    WHEN ev.from IS NULL THEN false
    WHEN $route IS NOT NULL THEN $route = 'time'
    WHEN ev.by_place THEN true
    ELSE size(ev.days) * per_day < toFloat(degree) END AS by_time
  CALL (ev, by_time) {{{_BY_TIME}  UNION{_BY_ENTITY}}}
{_CANDIDATE_WINDOW}
  WITH ev.key AS key, collect(DISTINCT e.id) AS ids
  RETURN collect({{key: key, ids: ids}}) AS candidates
}}
CALL (candidates) {{
  UNWIND candidates AS candidate
  UNWIND candidate.ids AS id
  WITH DISTINCT id
  MATCH (e:Event {{id: id}})
  RETURN collect({_STORED_EVENT}) AS stored
}}
CALL (duplicate) {{
  UNWIND CASE WHEN duplicate THEN [] ELSE $own_ids END AS id
  MATCH (e:Event {{id: id}})
  RETURN collect(e.id) AS existing
}}
RETURN duplicate, candidates, stored, existing
"""

# Only the locks and whether the article is stored: what a duplicate costs when checked on its own.
ARTICLE_EXISTS = "MATCH (a:Article {id: $id}) RETURN a.id AS id"

UPSERT_EVENTS = """
UNWIND $rows AS row
MERGE (e:Event {id: row.id})
SET e += row.props
FOREACH (_ IN CASE WHEN row.type = 'visit' THEN [1] ELSE [] END | SET e:Visit)
FOREACH (_ IN CASE WHEN row.type = 'meeting' THEN [1] ELSE [] END | SET e:Meeting)
FOREACH (_ IN CASE WHEN row.type = 'phone_call' THEN [1] ELSE [] END | SET e:PhoneCall)
FOREACH (_ IN CASE WHEN row.type = 'forum' THEN [1] ELSE [] END | SET e:Forum)
FOREACH (_ IN CASE WHEN row.type = 'summit' THEN [1] ELSE [] END | SET e:Summit)
FOREACH (_ IN CASE WHEN row.type = 'signing' THEN [1] ELSE [] END | SET e:Signing)
FOREACH (_ IN CASE WHEN e.start IS NULL THEN [1] ELSE [] END | SET e:Undated)
FOREACH (_ IN CASE WHEN e.start IS NOT NULL THEN [1] ELSE [] END | REMOVE e:Undated)
WITH e
CALL (e) {
  MATCH (e)<-[r:PARTICIPATED_IN]-()
  WHERE coalesce(r.start <> e.start, (r.start IS NULL) <> (e.start IS NULL))
  SET r.start = e.start, r.undated = CASE WHEN e.start IS NULL THEN e.id END
}
"""

# Each PARTICIPATED_IN carries the person's id and the event's start (or, undated, its id): the
# keys of the person-ordered indexes (PARTICIPATION_INDEXES). UPSERT_EVENTS keeps them in step when
# a merge changes an event's date.
SET_PARTICIPANTS = """
UNWIND $rows AS row
MATCH (e:Event {id: row.event}), (p:Person {id: row.person})
MERGE (p)-[r:PARTICIPATED_IN]->(e)
SET r.role = row.role, r.person = p.id, r.start = e.start,
    r.undated = CASE WHEN e.start IS NULL THEN e.id END
"""

# For graphs written before PARTICIPATED_IN carried those keys (run outside a transaction).
BACKFILL_PARTICIPATION = """
MATCH (p:Person)-[r:PARTICIPATED_IN]->(e:Event)
WHERE r.person IS NULL
CALL (p, r, e) {
  SET r.person = p.id, r.start = e.start, r.undated = CASE WHEN e.start IS NULL THEN e.id END
} IN TRANSACTIONS OF 10000 ROWS
"""

# Each pair of an event's participants, as a PAIR relationship from the event to itself (see
# PARTICIPATION_INDEXES). Run after SET_PARTICIPANTS; participants are only ever added, so pairs are too.
_PAIRS_OF_EVENT = """
  MATCH (a:Person)-[:PARTICIPATED_IN]->(e)<-[:PARTICIPATED_IN]-(b:Person)
  WHERE a.id < b.id
  MERGE (e)-[x:PAIR {pair: a.id + '|' + b.id}]->(e)
  SET x.start = e.start, x.undated = CASE WHEN e.start IS NULL THEN e.id END
"""

SET_PAIRS = f"""
UNWIND $rows AS row
MATCH (e:Event {{id: row.event}})
CALL (e) {{{_PAIRS_OF_EVENT}}}
"""

BACKFILL_PAIRS = f"""
MATCH (e:Event)
WHERE NOT EXISTS {{ (e)-[:PAIR]->(e) }}
CALL (e) {{{_PAIRS_OF_EVENT}}} IN TRANSACTIONS OF 5000 ROWS
"""

# The place an event is held in (and the one it was moved from) is replaced, not added to:
# a merged report may name a more specific place.
SET_PLACES = """
UNWIND $rows AS row
MATCH (e:Event {id: row.event})
CALL (e) {
  MATCH (e)-[old:HELD_IN|RELOCATED_FROM]->()
  DELETE old
}
CALL (e, row) {
  WITH * WHERE row.place IS NOT NULL
  MATCH (pl:Place {id: row.place})
  MERGE (e)-[:HELD_IN]->(pl)
}
CALL (e, row) {
  WITH * WHERE row.relocated_from IS NOT NULL
  MATCH (pl:Place {id: row.relocated_from})
  MERGE (e)-[:RELOCATED_FROM]->(pl)
}
"""

SET_DOCUMENTS = """
UNWIND $rows AS row
MATCH (e:Event {id: row.event})
CALL (e, row) {
  MATCH (e)-[old:SIGNED]->(d:Document)
  WHERE d.id <> row.document
  DELETE old
  WITH d WHERE NOT EXISTS { (d)--() }
  DELETE d
}
MERGE (d:Document {id: row.document})
ON CREATE SET d.title = row.title
MERGE (e)-[:SIGNED]->(d)
"""

SET_PART_OF = """
UNWIND $rows AS row
MATCH (child:Event {id: row.child}), (parent:Event {id: row.parent})
CALL (child) {
  MATCH (child)-[old:PART_OF]->()
  DELETE old
}
MERGE (child)-[:PART_OF]->(parent)
"""

SET_TIME = """
UNWIND $rows AS row
MATCH (e:Event {id: row.event})
CALL (e) {
  MATCH (e)-[old:ON]->()
  DELETE old
}
CALL (e, row) {
  UNWIND row.days AS id
  MATCH (t:Day {id: id})
  MERGE (e)-[:ON]->(t)
}
CALL (e, row) {
  UNWIND row.months AS id
  MATCH (t:Month {id: id})
  MERGE (e)-[:ON]->(t)
}
CALL (e, row) {
  UNWIND row.years AS id
  MATCH (t:Year {id: id})
  MERGE (e)-[:ON]->(t)
}
"""

SET_REPORTS = """
UNWIND $rows AS row
MATCH (a:Article {id: row.article}), (e:Event {id: row.event})
MERGE (a)-[r:REPORTS]->(e)
SET r += row.props
"""

SET_MENTIONS = """
UNWIND $rows AS row
MATCH (a:Article {id: row.article})
CALL (row) {
  MATCH (n:Person {id: row.id}) WHERE row.kind = 'person'
  RETURN n
  UNION
  MATCH (n:Place {id: row.id}) WHERE row.kind <> 'person'
  RETURN n
}
MERGE (a)-[m:MENTIONS]->(n)
SET m.count = row.count
"""

# Every write after the article node, in the order they must run, each named after the parameter
# that carries its rows: persons and places first (events point at them), then the time tree, the
# events and their links, the reports and the mentions. `graph.plan.write_rows` makes the rows.
WRITE_STEPS: tuple[tuple[str, str], ...] = (
    ("registry_persons", MERGE_PERSONS),
    ("ner_persons", MERGE_NER_PERSONS),
    ("registry_places", MERGE_PLACES),
    ("place_links", LINK_PLACES),
    ("ner_places", MERGE_NER_PLACES),
    ("years", MERGE_YEARS),
    ("months", MERGE_MONTHS),
    ("days", MERGE_DAYS),
    ("events", UPSERT_EVENTS),
    ("participants", SET_PARTICIPANTS),
    ("pairs", SET_PAIRS),
    ("places", SET_PLACES),
    ("documents", SET_DOCUMENTS),
    ("parts", SET_PART_OF),
    ("time", SET_TIME),
    ("reports", SET_REPORTS),
    ("mentions", SET_MENTIONS),
)


def _step(name: str, statement: str) -> str:
    body = statement.strip().replace("$rows", f"$plan.{name}")
    return "CALL () {\n" + body + "\n}\n"


# Both statements of an ingest transaction keep the plan Neo4j first made for them (`replan=skip`):
# their work is fixed by unique-id look-ups and index hints, and planning statements this size
# takes far longer than running them, so re-planning whenever a growing graph's statistics move
# would cost more than any better plan could save. For the same reason the rows of every step
# travel in one map ($plan): the plan cache keys on the parameters' types, and a list that is
# empty for one article and not for the next would otherwise be planned again.
REUSE_PLAN = "CYPHER replan=skip\n"

# The second statement of an ingest transaction: the whole plan at once, the article node and then
# every step of WRITE_STEPS as a subquery over its own rows ($plan.registry_persons, ...).
APPLY_ARTICLE = (REUSE_PLAN + CREATE_ARTICLE.strip() + "\nWITH a\n" + "".join(_step(n, q) for n, q in WRITE_STEPS)
                 + "RETURN a.id AS id\n")

# ============================================================================ reads: fragments

_COUNTRY_MAP = "c {.id, .name, .name_en, .name_kk, .wikidata}"


def _place_map(var: str) -> str:
    return (
        f"{var} {{.id, .name, .kind, .name_en, .name_kk, .wikidata, .lat, .lon, .source, "
        f"country: head([({var})-[:IN_COUNTRY]->(c:Country) | {_COUNTRY_MAP}])}}"
    )


def _event_map(var: str) -> str:
    return (
        f"{var} {{.id, .type, .kind, .status, .title, .start, .end, .start_text, .end_text, "
        f".date_precision, .date_text, .date_source, .confidence, "
        f"offices: [i IN range(0, size(coalesce({var}.office_titles, [])) - 1) | "
        f"{{title: {var}.office_titles[i], country: {var}.office_countries[i], role: {var}.office_roles[i]}}], "
        f"participants: [(p:Person)-[r:PARTICIPATED_IN]->({var}) | "
        f"p {{.id, .name, .name_en, .name_kk, .wikidata, .source, .office, role: r.role}}], "
        f"place: head([({var})-[:HELD_IN]->(pl:Place) | {_place_map('pl')}]), "
        f"source_count: COUNT {{ (:Article)-[:REPORTS]->({var}) }}}}"
    )


EVENT_MAP = _event_map("e")

PING = "RETURN 1 AS ok"

NODE_LABELS: tuple[str, ...] = (
    "Person", "Place", "City", "Region", "Country", "Event", "Visit", "Meeting", "PhoneCall", "Forum",
    "Summit", "Signing", "Undated", "Document", "Article", "Day", "Month", "Year",
)
RELATIONSHIP_TYPES: tuple[str, ...] = (
    "PARTICIPATED_IN", "PAIR", "HELD_IN", "RELOCATED_FROM", "PART_OF", "SIGNED", "ON", "IN_MONTH", "IN_YEAR",
    "IN_COUNTRY", "IN_REGION", "REPORTS", "MENTIONS",
)

COUNTS = (
    "RETURN {"
    + ", ".join(f"{label}: COUNT {{ (:{label}) }}" for label in NODE_LABELS)
    + "} AS nodes, {"
    + ", ".join(f"{rel}: COUNT {{ ()-[:{rel}]->() }}" for rel in RELATIONSHIP_TYPES)
    + "} AS relationships"
)

# ============================================================================ reads: events

_EVENT_DETAIL_RETURN = f"""
RETURN {EVENT_MAP} AS event,
  e.reported_on AS reported_on,
  head([(e)-[:RELOCATED_FROM]->(rp:Place) | {_place_map('rp')}]) AS relocated_from,
  head([(e)-[:PART_OF]->(parent:Event) | {_event_map('parent')}]) AS parent,
  [(part:Event)-[:PART_OF]->(e) | {_event_map('part')}] AS parts,
  [(e)-[:PART_OF]->(:Event)<-[:PART_OF]-(sib:Event) WHERE sib <> e | {_event_map('sib')}] AS siblings,
  head([(e)-[:SIGNED]->(d:Document) | d {{.id, .title}}]) AS document,
  [(a:Article)-[r:REPORTS]->(e) | a {{.id, .url, .title, .source, .published, .lang,
      evidence: r.evidence, start: r.start, end: r.end, trigger_start: r.trigger_start,
      trigger_end: r.trigger_end, confidence: r.confidence,
      evidence_all: [i IN range(0, size(coalesce(r.evidence_all, [])) - 1) |
                     {{text: r.evidence_all[i], start: r.starts[i], end: r.ends[i]}}]}}] AS sources
"""
EVENT_DETAIL = "MATCH (e:Event {id: $id})" + _EVENT_DETAIL_RETURN
# Many events in full at once (exports, the workbench's list), in the order of $ids.
EVENT_DETAILS = "UNWIND $ids AS id\nMATCH (e:Event {id: id})" + _EVENT_DETAIL_RETURN

_EVENT_FILTERS = """
WHERE ($types IS NULL OR e.type IN $types)
  AND ($status IS NULL OR e.status IN $status)
  AND ($date_from IS NULL OR (e.start IS NULL AND $include_undated) OR (e.start IS NOT NULL AND e.end >= $date_from))
  AND ($date_to IS NULL OR (e.start IS NULL AND $include_undated) OR (e.start IS NOT NULL AND e.start <= $date_to))
  AND all(pid IN $participants WHERE EXISTS { (e)<-[:PARTICIPATED_IN {person: pid}]-(:Person) })
  AND ($place IS NULL OR EXISTS {
        MATCH (e)-[:HELD_IN]->(pl:Place)
        WHERE pl.id = $place OR EXISTS { (pl)-[:IN_REGION|IN_COUNTRY]->(:Place {id: $place}) } })
  AND ($country IS NULL OR EXISTS {
        MATCH (e)-[:HELD_IN]->(pl:Place)
        WHERE pl.id = $country OR EXISTS { (pl)-[:IN_COUNTRY]->(:Country {id: $country}) } })
  AND ($q IS NULL OR toLower(e.title) CONTAINS $q OR EXISTS {
        MATCH (:Article)-[r:REPORTS]->(e)
        WHERE any(t IN coalesce(r.evidence_all, [r.evidence]) WHERE toLower(t) CONTAINS $q) })
"""

_EVENT_ANCHORS = {
    "all": "MATCH (e:Event)",
    "person": "MATCH (:Person {id: $anchor})-[:PARTICIPATED_IN]->(e:Event)",
    "place": """MATCH (anchor:Place {id: $anchor})
CALL (anchor) {
  MATCH (e:Event)-[:HELD_IN]->(anchor)
  RETURN e
  UNION
  MATCH (e:Event)-[:HELD_IN]->(:Place)-[:IN_REGION|IN_COUNTRY]->(anchor)
  RETURN e
}
WITH e""",
}

# Keyset pagination on (sort key, id); undated events sort last in both directions.
_EVENT_PAGES = {
    "asc": """
WITH e, coalesce(e.start, date('9999-12-31')) AS k
WHERE $after_key IS NULL OR k > $after_key OR (k = $after_key AND e.id > $after_id)
WITH e, k ORDER BY k ASC, e.id ASC LIMIT $limit
""",
    "desc": """
WITH e, coalesce(e.start, date('0001-01-01')) AS k
WHERE $after_key IS NULL OR k < $after_key OR (k = $after_key AND e.id < $after_id)
WITH e, k ORDER BY k DESC, e.id DESC LIMIT $limit
""",
}

EVENT_LIST: dict[tuple[str, str], str] = {
    (anchor, order): (
        f"{match}\n{_EVENT_FILTERS}{page}RETURN {EVENT_MAP} AS event, k AS key"
    )
    for anchor, match in _EVENT_ANCHORS.items()
    for order, page in _EVENT_PAGES.items()
}

# Lists without participants walked in date order straight off the `event_start` index, stopping
# at the page's end. Dated events only; the undated ones follow from EVENT_LIST_UNDATED. At most
# $scan events are read off the index; when the page is not full by then, `graph.reads` falls back
# to the anchored query (a place's events may all lie in a few years of the index).
_DATE_SCANS = {
    "asc": """
MATCH (e:Event)
WHERE e.start >= $from_key
  AND ($after_key IS NULL OR e.start > $after_key OR e.id > $after_id)
WITH e ORDER BY e.start ASC, e.id ASC LIMIT $scan
WITH e
""",
    "desc": """
MATCH (e:Event)
WHERE e.start <= $to_key
  AND ($after_key IS NULL OR e.start < $after_key OR e.id < $after_id)
WITH e ORDER BY e.start DESC, e.id DESC LIMIT $scan
WITH e
""",
}
_DATE_PAGES = {
    "asc": "WITH e, e.start AS k ORDER BY k ASC, e.id ASC LIMIT $limit\n",
    "desc": "WITH e, e.start AS k ORDER BY k DESC, e.id DESC LIMIT $limit\n",
}
_AND_FILTERS = "  AND " + _EVENT_FILTERS.strip().removeprefix("WHERE ") + "\n"

EVENT_LIST_BY_DATE: dict[str, str] = {
    order: f"{scan}{_EVENT_FILTERS}{_DATE_PAGES[order]}RETURN {EVENT_MAP} AS event, k AS key"
    for order, scan in _DATE_SCANS.items()
}

# Undated events (sorted last in both orders, by id), for the date route's final pages.
EVENT_LIST_UNDATED: dict[str, str] = {
    "asc": f"""
MATCH (e:Undated)
WHERE ($after_id IS NULL OR e.id > $after_id)
{_AND_FILTERS}WITH e, date('9999-12-31') AS k ORDER BY e.id ASC LIMIT $limit
RETURN {EVENT_MAP} AS event, k AS key""",
    "desc": f"""
MATCH (e:Undated)
WHERE ($after_id IS NULL OR e.id < $after_id)
{_AND_FILTERS}WITH e, date('0001-01-01') AS k ORDER BY e.id DESC LIMIT $limit
RETURN {EVENT_MAP} AS event, k AS key""",
}

# How many undated events the other filters keep: what a date range leaves out (unless
# $include_undated). Called with $date_from and $date_to null.
EVENT_COUNT_UNDATED = f"""
MATCH (e:Undated)
WHERE true
{_AND_FILTERS}RETURN count(e) AS n"""

# Lists with participants walk the least covered one's events in date order down the person-ordered
# index (PARTICIPATION_INDEXES), filtering as they go and stopping at the page's end: they read the
# page and the events the filters drop on the way, never the rest of that person's history.
# ($from_key/$to_key bound the walk: the cursor and `date_to`.) The undated events follow, by id.
# (`link`, not `r`: EVENT_MAP's own pattern binds `r`.)
_PERSON_WALKS = {
    "asc": """
MATCH ()-[link:PARTICIPATED_IN]->(e:Event)
USING INDEX link:PARTICIPATED_IN(person, start)
WHERE link.person = $anchor AND link.start >= $from_key AND link.start <= $to_key
  AND ($after_key IS NULL OR link.start > $after_key OR e.id > $after_id)
""",
    "desc": """
MATCH ()-[link:PARTICIPATED_IN]->(e:Event)
USING INDEX link:PARTICIPATED_IN(person, start)
WHERE link.person = $anchor AND link.start >= $from_key AND link.start <= $to_key
  AND ($after_key IS NULL OR link.start < $after_key OR e.id < $after_id)
""",
}
_PERSON_PAGES = {
    "asc": "WITH e, link ORDER BY link.person ASC, link.start ASC, e.id ASC LIMIT $limit\n",
    "desc": "WITH e, link ORDER BY link.person DESC, link.start DESC, e.id DESC LIMIT $limit\n",
}

EVENT_LIST_BY_PERSON: dict[str, str] = {
    order: f"{walk}{_AND_FILTERS}{_PERSON_PAGES[order]}RETURN {EVENT_MAP} AS event, link.start AS key"
    for order, walk in _PERSON_WALKS.items()
}

EVENT_LIST_BY_PERSON_UNDATED: dict[str, str] = {
    "asc": f"""
MATCH ()-[link:PARTICIPATED_IN]->(e:Event)
USING INDEX link:PARTICIPATED_IN(person, undated)
WHERE link.person = $anchor AND link.undated IS NOT NULL AND ($after_id IS NULL OR link.undated > $after_id)
{_AND_FILTERS}WITH e, link ORDER BY link.person ASC, link.undated ASC LIMIT $limit
RETURN {EVENT_MAP} AS event, date('9999-12-31') AS key""",
    "desc": f"""
MATCH ()-[link:PARTICIPATED_IN]->(e:Event)
USING INDEX link:PARTICIPATED_IN(person, undated)
WHERE link.person = $anchor AND link.undated IS NOT NULL AND ($after_id IS NULL OR link.undated < $after_id)
{_AND_FILTERS}WITH e, link ORDER BY link.person DESC, link.undated DESC LIMIT $limit
RETURN {EVENT_MAP} AS event, date('0001-01-01') AS key""",
}


def _as_pair_walk(statement: str) -> str:
    """A person walk turned into the same walk over two people's PAIR index ($anchor: 'a|b')."""
    return (statement.replace("MATCH ()-[link:PARTICIPATED_IN]->(e:Event)", "MATCH (e:Event)-[link:PAIR]->(e)")
            .replace("link:PARTICIPATED_IN(person,", "link:PAIR(pair,")
            .replace("link.person", "link.pair"))


# Lists with two participants or more walk the shared events of the two least covered ones.
EVENT_LIST_BY_PAIR = {order: _as_pair_walk(q) for order, q in EVENT_LIST_BY_PERSON.items()}
EVENT_LIST_BY_PAIR_UNDATED = {order: _as_pair_walk(q) for order, q in EVENT_LIST_BY_PERSON_UNDATED.items()}

# Where lists of several people started walking down `Event.start` before the person-ordered and
# pair indexes: the latest of their first events (`first_start`, which graphs of that time carry).
# Only the benchmark's PROFILE of the old walks asks for it.
LEGACY_WALK_START = "UNWIND $ids AS id MATCH (p:Person {id: id}) RETURN max(p.first_start) AS first"

# How many events each person took part in (their degree: a count the store keeps), to pick the
# least covered participant as the walk's anchor.
PERSON_DEGREES = """
UNWIND $ids AS id
OPTIONAL MATCH (p:Person {id: id})
RETURN id, CASE WHEN p IS NULL THEN 0 ELSE COUNT { (p)-[:PARTICIPATED_IN]->() } END AS degree
"""

# ============================================================================ reads: articles

ARTICLE = f"""
MATCH (a:Article {{id: $id}})
RETURN a {{.id, .url, .title, .source, .published, .lang, .text_hash, .ingested_at,
          text: CASE WHEN $with_text THEN a.text ELSE null END}} AS article,
  [(a)-[r:REPORTS]->(e:Event) | {{event: {EVENT_MAP}, evidence: r.evidence,
      evidence_start: r.start, evidence_end: r.end}}] AS events,
  [(a)-[m:MENTIONS]->(n) | {{id: n.id, name: n.name, count: m.count,
      kind: CASE WHEN n:Person THEN 'person' ELSE n.kind END}}] AS mentions
"""

# ============================================================================ reads: people

PERSON = """
MATCH (p:Person {id: $id})
RETURN p {.id, .name, .name_en, .name_kk, .wikidata, .source, .aliases, .country, .office} AS person,
  COUNT { (p)-[:PARTICIPATED_IN]->() } AS event_count,
  COUNT { (p)<-[:MENTIONS]-() } AS article_count
"""

PERSONS_BY_IDS = """
UNWIND $ids AS id
MATCH (p:Person {id: id})
RETURN p {.id, .name, .name_en, .name_kk, .wikidata, .source, .office} AS person
"""

PERSONS_BY_WIKIDATA = """
MATCH (p:Person {wikidata: $wikidata})
RETURN p {.id, .name, .name_en, .name_kk, .wikidata, .source, .office} AS person
"""

SEARCH_PERSONS = f"""
CALL db.index.fulltext.queryNodes('{PERSON_FULLTEXT}', $lucene, {{limit: $limit}})
YIELD node, score
RETURN node {{.id, .name, .name_en, .name_kk, .wikidata, .source}} AS person, score
ORDER BY score DESC, node.id
LIMIT $limit
"""

PERSON_CONNECTIONS = """
MATCH (p:Person {id: $id})-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(o:Person)
WHERE o <> p
WITH o, e ORDER BY e.start
WITH o, count(DISTINCT e) AS n, min(e.start) AS first, max(coalesce(e.end, e.start)) AS last,
     collect(DISTINCT e.type) AS types
RETURN o {.id, .name, .name_en, .name_kk, .wikidata, .source} AS counterpart,
       n AS count, first, last, types
ORDER BY n DESC, last DESC, counterpart.id
LIMIT $limit
"""

# ============================================================================ reads: places

PLACE = f"""
MATCH (pl:Place {{id: $id}})
RETURN {_place_map('pl')} AS place, pl.aliases AS aliases,
  head([(pl)-[:IN_REGION]->(r:Region) | {_place_map('r')}]) AS region,
  COUNT {{ (:Event)-[:HELD_IN]->(pl) }} + COUNT {{ (:Event)-[:HELD_IN]->(:Place)-[:IN_REGION|IN_COUNTRY]->(pl) }}
    AS event_count
"""

PLACES_BY_IDS = f"""
UNWIND $ids AS id
MATCH (pl:Place {{id: id}})
RETURN {_place_map('pl')} AS place
"""

PLACES_BY_WIKIDATA = f"""
MATCH (pl:Place {{wikidata: $wikidata}})
RETURN {_place_map('pl')} AS place
"""

SEARCH_PLACES = f"""
CALL db.index.fulltext.queryNodes('{PLACE_FULLTEXT}', $lucene, {{limit: $limit}})
YIELD node, score
RETURN {_place_map('node')} AS place, score
ORDER BY score DESC, node.id
LIMIT $limit
"""

# ============================================================================ reads: subgraph

_SUBGRAPH_BODY = """
WHERE all(pid IN $participants WHERE EXISTS { (:Person {id: pid})-[:PARTICIPATED_IN]->(e) })
  AND ($date_from IS NULL OR (e.start IS NOT NULL AND e.end >= $date_from))
  AND ($date_to IS NULL OR (e.start IS NOT NULL AND e.start <= $date_to))
WITH DISTINCT e ORDER BY e.start, e.id LIMIT $limit
RETURN e {.id, .title, .type, .start_text, .date_text} AS event,
  [(p:Person)-[r:PARTICIPATED_IN]->(e) | {id: p.id, name: p.name, role: r.role}] AS participants,
  [(e)-[:HELD_IN]->(pl:Place) | {id: pl.id, name: pl.name, kind: pl.kind,
      country: head([(pl)-[:IN_COUNTRY]->(c:Country) | {id: c.id, name: c.name}])}] AS places,
  [(e)-[:PART_OF]->(parent:Event) | parent.id] AS parents
"""

# Events (with their people, places and parent links) for a Cytoscape.js picture.
SUBGRAPH: dict[str, str] = {
    "person": "MATCH (:Person {id: $anchor})-[:PARTICIPATED_IN]->(e:Event)" + _SUBGRAPH_BODY,
    "all": "MATCH (e:Event)" + _SUBGRAPH_BODY,
}
