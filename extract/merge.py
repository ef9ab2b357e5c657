"""When two event records describe the same real event, and how to combine them.

Pure functions over `extract.records.Event`: the extractor uses them inside one article and `graph`
uses them when a new article reports an event the graph already holds.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta

from extract.intervals import interval, overlaps, rank
from extract.rules import documents
from extract.rules.blocs import blocs_named, different_blocs
from extract.records import (
    PLACE_KIND_RANK,
    ROLE_STRENGTH,
    STATUS_STRENGTH,
    Event,
    Office,
    Participant,
    PlaceRef,
)

_KAZAKH_LETTERS = re.compile("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")
# Leading letters of a word that stand for it when document titles are compared (endings differ by case).
DOCUMENT_STEM = 5
# An undated report is taken to be about something within this many days of its publication.
UNDATED_WINDOW = timedelta(days=75)
# ... a call, within this many: leaders who call each other call often, and an undated call told in one
# report is not the one another report dates weeks away.
UNDATED_CALL_WINDOW = timedelta(days=10)
# A date inferred from the dateline ("прибыл в Москву" in a report of the day) may be a day or two
# late: the report can come out the day after. It stands for this many days before it as well.
DATELINE_SLACK = timedelta(days=2)
# Events that last days: a span the text states holds the day one report gives (the arrival, a sitting).
LASTING = ("visit", "summit", "forum")


def date_window(event: Event) -> tuple[date, date] | None:
    """The days an event may fall on: its dates (a dateline date reaching back a little), or a window
    around its report when it has none."""
    span = interval(event.start, event.end)
    if span is not None:
        if event.date_source == "dateline":
            return span[0] - DATELINE_SLACK, span[1]
        return span
    if event.reported_on is not None:
        reach = UNDATED_CALL_WINDOW if event.type == "phone_call" else UNDATED_WINDOW
        return event.reported_on - reach, event.reported_on + reach
    return None


def dates_compatible(a: Event, b: Event) -> bool:
    """Both dated: their spans overlap. One undated: the dated one lies near the undated one's report."""
    wa, wb = date_window(a), date_window(b)
    if wa is None or wb is None:
        return True
    return overlaps(wa, wb)


def places_compatible(a: PlaceRef | None, b: PlaceRef | None) -> bool:
    if a is None or b is None or a.id == b.id:
        return True
    country_a = a.country_id if a.kind != "country" else a.id
    country_b = b.country_id if b.kind != "country" else b.id
    if a.kind == "country" or b.kind == "country":
        return country_a is not None and country_a == country_b
    return False


def _participants_compatible(a: Event, b: Event) -> bool:
    ids_a, ids_b = a.participant_ids(), b.participant_ids()
    if a.type in ("forum", "summit"):
        return True  # a gathering is identified by its place and dates, not by who spoke at it
    if a.type == "visit":
        guests_a, guests_b = a.ids_with_role("guest"), b.ids_with_role("guest")
        hosts_a, hosts_b = a.ids_with_role("host"), b.ids_with_role("host")
        if not guests_a & guests_b:
            return False
        return not (hosts_a and hosts_b and not hosts_a & hosts_b)
    shared = ids_a & ids_b
    if not shared:
        return False
    # bilateral talks: Tokayev–Putin is not Tokayev–Macron
    return len(shared) >= min(2, len(ids_a), len(ids_b))


def _places_for_match(a: Event, b: Event) -> bool:
    if places_compatible(a.place, b.place):
        return True
    # a relocated meeting matches the report of it at its new place
    return any(e.relocated_from is not None and e.relocated_from.id == other.place.id
               for e, other in ((a, b), (b, a)) if other.place is not None)


def same_event(a: Event, b: Event) -> bool:
    """Same type, overlapping participants, compatible dates at their precision, compatible place; for
    gatherings, no two different blocs in their names."""
    if a.type != b.type:
        return False
    if a.type in ("forum", "summit"):
        if different_blocs(a.title, b.title):
            return False  # "Саммит ШОС" and "Саммит ОДКБ", "ТМД саммиті": another bloc's gathering
        if a.place is not None and b.place is not None:
            if not places_compatible(a.place, b.place):
                return False
        elif not a.participant_ids() & b.participant_ids():
            return False
    if a.type == "signing" and a.document and b.document and not same_document(a.document.title, b.document.title):
        return False
    if not _participants_compatible(a, b):
        return False
    if not dates_compatible(a, b):
        return False
    return _places_for_match(a, b)


def _norm(text: str) -> str:
    return " ".join(text.lower().replace("ё", "е").split())


def _content_stems(title: str) -> set[str]:
    return {w[:DOCUMENT_STEM] for w in re.findall(r"\w+", _norm(title)) if len(w) > 3}


def _concepts(title: str, table: dict[str, tuple[str, ...]]) -> set[str]:
    text = _norm(title)
    words = re.findall(r"[\w-]+", text)
    return {concept for concept, stems in table.items()
            if any(stem in text if " " in stem else any(w.startswith(stem) for w in words) for stem in stems)}


def same_document(a: str, b: str) -> bool:
    """Two titles of one document: equal, or the words of the shorter all in the longer, at least two of
    them ("декларация о всеобъемлющем стратегическом партнёрстве" and "Декларация о переходе к отношениям
    всеобъемлющего стратегического партнёрства и союзничества"); a Russian and a Kazakh title, the same kind
    of document and the topics of the shorter all in the longer, at least two (`rules/documents.py`); the bare
    name of a kind signed once at a meeting ("Декларация") and a full title of that kind."""
    if _norm(a) == _norm(b):
        return True
    short = min((a, b), key=lambda t: len(_content_stems(t)))
    kinds = _concepts(a, documents.KINDS) & _concepts(b, documents.KINDS)
    if len(_content_stems(short)) == 1 and kinds & set(documents.ONE_PER_MEETING):
        return True  # "Декларация" and "Декларация о переходе к ...": one declaration of a meeting
    if bool(_KAZAKH_LETTERS.search(a)) != bool(_KAZAKH_LETTERS.search(b)):
        kinds = _concepts(a, documents.KINDS), _concepts(b, documents.KINDS)
        short, long = sorted((_concepts(a, documents.TOPICS), _concepts(b, documents.TOPICS)), key=len)
        return bool(kinds[0] & kinds[1]) and len(short) >= 2 and short <= long
    short, long = sorted((_content_stems(a), _content_stems(b)), key=len)
    return len(short) >= 2 and short <= long


def _better_date(a: Event, b: Event) -> Event:
    """The record with the better date: a day the text states beats one inferred from a dateline;
    otherwise the more precise date, then the narrower span (for a visit or a gathering, the span the text
    states when it holds the other: its days, not one of them), then the one the text states, then the first."""
    stated_day = [e for e in (a, b) if e.date_precision == "day" and e.date_source == "text" and e.start]
    if len(stated_day) == 1 and any(e.date_source == "dateline" for e in (a, b)):
        return stated_day[0]
    if rank(a.date_precision) != rank(b.date_precision):
        return a if rank(a.date_precision) > rank(b.date_precision) else b
    # a day the event's own report gives beats one taken from the visit or gathering around it
    own = [e for e in (a, b) if e.start and e.date_source != "context"]
    if len(own) == 1 and all(e.start for e in (a, b)):
        return own[0]
    sa, sb = interval(a.start, a.end), interval(b.start, b.end)
    if sa and sb and (sa[1] - sa[0]) != (sb[1] - sb[0]):
        wide, narrow, (w, n) = (a, b, (sa, sb)) if (sa[1] - sa[0]) > (sb[1] - sb[0]) else (b, a, (sb, sa))
        if a.type in LASTING and wide.date_source == "text" and w[0] <= n[0] and n[1] <= w[1]:
            return wide  # "визит 11-12 ноября" and "прибыл во вторник": the visit's days, not its first
        return narrow
    if a.start and not b.start:
        return a
    if b.start and not a.start:
        return b
    if a.date_source == "dateline" and b.date_source != "dateline":
        return b
    if not a.start and not b.start and b.date_text and not a.date_text:
        return b  # words that say when ("в субботу") beat no words at all
    return a


def _merge_offices(a: Event, b: Event) -> tuple[Office, ...]:
    """Both records' unresolved offices, once each (the same office of the same country is one)."""
    merged: dict[tuple[str, str | None], Office] = {}
    for office in (*a.offices, *b.offices):
        key = (" ".join(office.title.lower().replace("ё", "е").split()), office.country_id)
        current = merged.get(key)
        if current is None or ROLE_STRENGTH[office.role] > ROLE_STRENGTH[current.role]:
            merged[key] = office
    return tuple(merged.values())


def _better_place(a: PlaceRef | None, b: PlaceRef | None) -> PlaceRef | None:
    if a is None:
        return b
    if b is None:
        return a
    return a if PLACE_KIND_RANK.get(a.kind, 0) >= PLACE_KIND_RANK.get(b.kind, 0) else b


def _merge_participants(a: Event, b: Event) -> tuple[Participant, ...]:
    merged: dict[str, Participant] = {}
    for p in (*a.participants, *b.participants):
        current = merged.get(p.id)
        if current is None or ROLE_STRENGTH[p.role] > ROLE_STRENGTH[current.role]:
            merged[p.id] = p
    return tuple(sorted(merged.values(), key=lambda p: (-ROLE_STRENGTH[p.role], p.id)))


def _status(a: Event, b: Event) -> str:
    """The later report knows more; a cancellation or a move stays recorded."""
    later, earlier = (a, b) if (a.reported_on or date.min) >= (b.reported_on or date.min) else (b, a)
    if "relocated" in (a.status, b.status) and "cancelled" not in (a.status, b.status):
        return "relocated"
    if later.reported_on != earlier.reported_on:
        return later.status
    return max((a.status, b.status), key=lambda s: STATUS_STRENGTH[s])


def combine(a: Event, b: Event) -> Event:
    """One record for both: union of evidence, the more precise date, the more specific place.

    The first record's id is kept, so an event keeps its id as new articles report it.
    """
    dated = _better_date(a, b)
    evidence = {(e.article, e.start, e.end): e for e in (*a.evidence, *b.evidence)}
    reported = [d for d in (a.reported_on, b.reported_on) if d]
    place = _better_place(a.place, b.place)
    relocated_from = a.relocated_from or b.relocated_from
    if relocated_from is not None and place is not None and relocated_from.id == place.id:
        other = b.place if place is a.place else a.place
        place = other if other is not None and other.id != relocated_from.id else None
    document = a.document or b.document
    if a.document and b.document and len(b.document.title) > len(a.document.title):
        document = b.document
    return a.model_copy(update={
        "title": _better_title(a, b),
        "kind": a.kind or b.kind,
        "status": _status(a, b),
        "start": dated.start,
        "end": dated.end,
        "date_precision": dated.date_precision,
        "date_text": dated.date_text,
        "date_source": dated.date_source,
        "offices": _merge_offices(a, b),
        "place": place,
        "relocated_from": relocated_from,
        "participants": _merge_participants(a, b),
        "document": document,
        "part_of": a.part_of or b.part_of,
        "evidence": tuple(sorted(evidence.values(), key=lambda e: (e.article or "", e.start))),
        "confidence": round(min(0.99, max(a.confidence, b.confidence) + 0.05), 3),
        "reported_on": min(reported) if reported else None,
    })


def _better_title(a: Event, b: Event) -> str:
    """A gathering's title that names its bloc ("ШЫҰ саммиті (Астана)"); otherwise the title that names more
    of the sides, which names them better."""
    if a.type in ("forum", "summit"):
        named_a, named_b = bool(blocs_named(a.title)), bool(blocs_named(b.title))
        if named_a != named_b:
            return a.title if named_a else b.title
    return b.title if len(b.participants) > len(a.participants) else a.title


def closest(new: Event, matches: Sequence[Event]) -> Event:
    """Of several known events a report matches, the one it most likely reports: the most shared
    participants, then the same place, then the nearest start, then the smallest id (stable)."""
    new_span = interval(new.start, new.end)

    def score(candidate: Event) -> tuple:
        shared = len(new.participant_ids() & candidate.participant_ids())
        same_place = bool(new.place and candidate.place and new.place.id == candidate.place.id)
        span = interval(candidate.start, candidate.end)
        distance = abs((span[0] - new_span[0]).days) if span and new_span else 10_000
        return (-shared, not same_place, distance, candidate.id)

    return min(matches, key=score)


def match(event: Event, known: Sequence[Event]) -> int | None:
    """The index of the known event that ``event`` reports (`same_event`, then `closest`), or None.

    The one matching rule: the extractor folds an article's events with it, `merge_events` folds a
    stream, and the graph decides with it whether a new report is a stored event.
    """
    matches = [k for k in known if same_event(k, event)]
    if not matches:
        return None
    best = closest(event, matches)
    return next(n for n, k in enumerate(known) if k is best)


def merge_events(events: list[Event]) -> list[Event]:
    """Fold a stream of records into one per real event (the first record of each keeps its id)."""
    merged: list[Event] = []
    remap: dict[str, str] = {}
    for event in events:
        n = match(event, merged)
        if n is not None:
            remap[event.id] = merged[n].id
            merged[n] = combine(merged[n], event)
        else:
            merged.append(event)
            remap[event.id] = event.id
    return [e.model_copy(update={"part_of": remap.get(e.part_of, e.part_of) if e.part_of else None})
            for e in merged]
