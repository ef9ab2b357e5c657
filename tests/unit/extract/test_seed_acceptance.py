"""Acceptance: the seed articles give exactly the events a careful reader takes out of them.

The expected list (tests/data/expected_events.yaml) is a check, not an input: the extractor never reads it.
Events from all articles are folded with the same merge function the graph uses.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from extract.merge import merge_events
from extract.pipeline import extract_article
from extract.records import Evidence

ROOT = Path(__file__).resolve().parents[3]
SEEDS = ROOT / "seeds" / "articles"
EXPECTED = yaml.safe_load((ROOT / "tests" / "data" / "expected_events.yaml").read_text(encoding="utf-8"))
SURNAME_IDS = {"Tokayev": "tokayev", "Putin": "putin", "Macron": "macron", "Minnikhanov": "minnikhanov",
               "Zelensky": "zelensky", "Xi": "xi-jinping", "Trump": "trump"}
PLACE_IDS = {"Moscow": "moscow", "Astana": "astana", "Paris": "paris", "Orenburg": "orenburg",
             "Kostanay": "kostanay", "Uralsk": "uralsk", "Dushanbe": "dushanbe"}


@pytest.fixture(scope="module")
def graph_events():
    manifest = yaml.safe_load((SEEDS / "manifest.yaml").read_text(encoding="utf-8"))
    stream = []
    for entry in manifest["articles"]:
        text = (SEEDS / entry["file"]).read_text(encoding="utf-8")
        extraction = extract_article(text, published=entry["published"], lang=entry["lang"])
        source = entry["file"][:3]
        for event in extraction.events:
            evidence = tuple(Evidence(**{**e.model_dump(), "article": source}) for e in event.evidence)
            stream.append(event.model_copy(update={"evidence": evidence}))
    return merge_events(stream)


def _ids(names):
    return {SURNAME_IDS[n] for n in names}


def _matches(event, spec) -> bool:
    if event.type != spec["type"]:
        return False
    people = event.participant_ids()
    for field, role in (("guest", "guest"), ("host", "host"), ("remote_participants", "remote")):
        if field in spec and not _ids(spec[field]) <= event.ids_with_role(role):
            return False
    if "participants" in spec and not _ids(spec["participants"]) <= people:
        return False
    if "place" in spec and (event.place is None or event.place.id != PLACE_IDS[spec["place"]]):
        return False
    if "start" in spec and event.start != str(spec["start"]):
        return False
    if "end" in spec and event.end != str(spec["end"]):
        return False
    if "document" in spec and (event.document is None or event.document.title != spec["document"]):
        return False
    if "status" in spec and event.status != spec["status"]:
        return False
    return True


@pytest.mark.parametrize("spec", EXPECTED["must"], ids=[m["key"] for m in EXPECTED["must"]])
def test_must_event_is_found_once_with_its_sources(graph_events, spec):
    found = [e for e in graph_events if _matches(e, spec)]
    assert len(found) == 1, f"{spec['key']}: {len(found)} matching events"
    sources = {ev.article for ev in found[0].evidence}
    assert sources == {f"{s:03d}" if isinstance(s, int) else str(s).zfill(3) for s in spec["sources"]}


def test_part_of_links_point_to_the_expected_visit(graph_events):
    by_key = {}
    for spec in EXPECTED["must"]:
        by_key[spec["key"]] = next(e for e in graph_events if _matches(e, spec))
    for spec in EXPECTED["must"]:
        if "part_of" in spec:
            assert by_key[spec["key"]].part_of == by_key[spec["part_of"]].id, spec["key"]


def test_exactly_four_tokayev_putin_meetings(graph_events):
    meetings = [e for e in graph_events if e.type == "meeting" and {"tokayev", "putin"} <= e.participant_ids()]
    assert sorted((m.start, m.end, m.place.id) for m in meetings) == [
        ("2022-11-28", None, "moscow"), ("2023-11-09", None, "astana"), ("2024-11", None, "astana"),
        ("2025-11-11", "2025-11-12", "moscow")]


def test_no_meeting_in_orenburg(graph_events):
    assert not [e for e in graph_events if e.type == "meeting" and e.place and e.place.id == "orenburg"]


def test_nothing_from_the_recent_posts_list(graph_events):
    places = {e.place.id for e in graph_events if e.place}
    assert not places & {"taraz", "turkistan", "almaty"}


def test_speakers_are_not_participants(graph_events):
    speakers = {"peskov", "zheldibay", "zarubin"}
    for event in graph_events:
        assert not event.participant_ids() & speakers, event.title


def test_every_event_is_either_expected_or_allowed(graph_events):
    specs = EXPECTED["must"] + EXPECTED["may"]
    unexpected = [e.title for e in graph_events if not any(_loose(e, s) for s in specs)]
    assert not unexpected


def _loose(event, spec) -> bool:
    if event.type != spec["type"]:
        return False
    wanted = set()
    for field in ("participants", "guest", "host", "remote_participants"):
        wanted |= _ids(spec.get(field, []))
    return wanted <= event.participant_ids()
