"""The extractor never raises on any text, and every offset it reports points inside the text."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract.pipeline import extract_article

WORDS = st.sampled_from(["Путин", "Токаев", "встретился", "с", "в", "Москве", "визит", "28 ноября", "Тоқаев",
                         "Астанаға", "сапармен", "келеді", ",", ".", "\n", "«", "»", "—", "президент", "России"])
TEXTS = st.one_of(st.text(max_size=400), st.lists(WORDS, max_size=60).map(" ".join))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXTS, lang=st.sampled_from(["auto", "ru", "kk"]),
       published=st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31))))
def test_any_text_gives_a_valid_result(text, lang, published):
    result = extract_article(text, published=published, lang=lang)
    n = len(text)
    for entity in result.entities:
        for start, end in entity.mentions:
            assert 0 <= start <= end <= n
    for event in result.events:
        assert 0.0 <= event.confidence <= 1.0
        for ev in event.evidence:
            assert 0 <= ev.start <= ev.end <= n
            assert text[ev.start:ev.end] == ev.text
            assert ev.start <= ev.trigger[0] <= ev.trigger[1] <= ev.end
