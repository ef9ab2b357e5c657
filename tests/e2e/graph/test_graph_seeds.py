"""Acceptance: the five seed articles (with their manifest) in the real graph.

Expected: exactly four meetings of Tokayev and Putin, each with the articles that report it:
2022-11-28 in Moscow, 2023-11-09 in Astana, November 2024 in Astana, 2025-11-11..12 in Moscow.
These depend on the extractor as much as on the graph: a failure here may be an extraction one.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from extract.ids import article_id
from extract.pipeline import extract_article
from graph.store import GraphStore
from service.ingest import collect_files, ingest_files, read_article, read_manifest

SEEDS = Path(__file__).resolve().parents[3] / "seeds" / "articles"


def _article(name: str) -> str:
    return article_id(read_article(SEEDS / name))


EXPECTED_MEETINGS = [
    # start, end, start_text, place, country, articles that must be among its sources
    (date(2022, 11, 28), date(2022, 11, 28), "2022-11-28", "moscow", "RU", {"000_ed19669c29ddedb0.txt"}),
    (date(2023, 11, 9), date(2023, 11, 9), "2023-11-09", "astana", "KZ", {"003_ceb2dbd392ccd718.txt"}),
    (date(2024, 11, 1), date(2024, 11, 30), "2024-11", "astana", "KZ", {"002_ff0e366d61a328b5.txt"}),
    (date(2025, 11, 11), date(2025, 11, 12), "2025-11-11", "moscow", "RU",
     {"001_26a7dad642b06278.txt", "004_eed482b62da7afd7.txt"}),
]


def test_four_meetings_of_tokayev_and_putin(seeded: GraphStore) -> None:
    page = seeded.events(participants=["tokayev", "putin"], types=["meeting"])
    assert page.next_cursor is None
    got = [(e.start, e.end, e.start_text, e.place.id if e.place else None,
            e.place.country.id if e.place and e.place.country else None) for e in page.items]
    assert got == [row[:5] for row in EXPECTED_MEETINGS]
    for item, expected in zip(page.items, EXPECTED_MEETINGS, strict=True):
        detail = seeded.event(item.id)
        sources = {s.id for s in detail.sources}
        assert {_article(name) for name in expected[5]} <= sources, item.id
        assert {p.id for p in detail.participants} >= {"tokayev", "putin"}


def test_evidence_offsets_point_into_each_article(seeded: GraphStore) -> None:
    texts = {article_id(read_article(p)): read_article(p) for p in collect_files([SEEDS])}
    page = seeded.events(participants=["tokayev"], limit=500)
    checked = 0
    for item in page.items:
        for source in seeded.event(item.id).sources:
            text = texts[source.id]
            assert text[source.start:source.end] == source.evidence
            for ev in source.evidence_all:
                assert text[ev.start:ev.end] == ev.text
            checked += 1
    assert checked >= 10


def test_the_2025_meeting_is_part_of_the_state_visit(seeded: GraphStore) -> None:
    meeting = seeded.events(participants=["tokayev", "putin"], types=["meeting"],
                            date_from=date(2025, 1, 1)).items[0]
    detail = seeded.event(meeting.id)
    assert detail.parent is not None and detail.parent.type == "visit" and detail.parent.kind == "state"
    visit = seeded.event(detail.parent.id)
    assert meeting.id in {p.id for p in visit.parts}
    roles = {p.id: p.role for p in visit.participants}
    assert roles["tokayev"] == "guest" and roles["putin"] == "host"
    assert visit.source_count >= 2


def test_the_2022_meeting_was_moved_from_orenburg(seeded: GraphStore) -> None:
    meeting = seeded.events(participants=["tokayev", "putin"], types=["meeting"], order="asc", limit=1).items[0]
    detail = seeded.event(meeting.id)
    assert detail.relocated_from is not None and detail.relocated_from.id == "orenburg"


def test_ingesting_everything_again_changes_nothing(seeded: GraphStore) -> None:
    before = seeded.counts()
    summary = ingest_files(seeded, collect_files([SEEDS]))
    assert summary.duplicates == 5 and summary.created == 0 and summary.merged == 0
    # and straight through the write path, with fresh extractions
    manifest = read_manifest(SEEDS / "manifest.yaml")
    for name, entry in manifest.items():
        text = read_article(SEEDS / name)
        extraction = extract_article(text, published=entry.get("published"), lang=entry.get("lang", "auto"))
        result = seeded.ingest(extraction, text, source=entry.get("source"))
        assert result.duplicate and result.created == [] and result.merged == []
    seeded.ensure_reference_data()
    assert seeded.counts() == before
