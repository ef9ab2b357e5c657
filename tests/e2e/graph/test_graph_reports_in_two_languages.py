"""One event reported in Russian and in Kazakh is one stored event with both articles as its sources (the
extractor and the write path together, on the real test server)."""

from __future__ import annotations

from datetime import date

import neo4j

from extract.pipeline import extract_article
from graph.store import GraphStore

RU = ("Путин и Токаев провели переговоры в Кремле\n\nПрезидент России Владимир Путин и Президент Казахстана "
      "Касым-Жомарт Токаев 12 ноября провели переговоры в Кремле. По итогам переговоров президенты подписали "
      "Декларацию о переходе к отношениям всеобъемлющего стратегического партнерства и союзничества.")
KK = ("Тоқаев пен Путин Кремльде келіссөз жүргізді\n\nМемлекет басшысы Қасым-Жомарт Тоқаев 12 қарашада "
      "Мәскеуде Ресей Президенті Владимир Путинмен келіссөз жүргізді. Келіссөздер қорытындысы бойынша екі ел "
      "басшылары Жан-жақты стратегиялық әріптестік және одақтастық қатынастарға көшу туралы декларацияға қол "
      "қойды.")


def test_talks_and_a_declaration_reported_in_two_languages_are_stored_once(clean_db: neo4j.Driver) -> None:
    store = GraphStore(clean_db)
    store.ensure_schema()
    published = date(2025, 11, 12)
    first = store.ingest(extract_article(RU, published=published, lang="ru"), RU)
    second = store.ingest(extract_article(KK, published=published, lang="kk"), KK)
    assert first.created and not second.created
    assert sorted(second.merged) == sorted(first.created)
    counts = store.counts()
    assert counts.nodes["Meeting"] == 1 and counts.nodes["Signing"] == 1
    for ident in first.created:
        detail = store.event(ident)
        assert detail is not None and detail.source_count == 2
