"""The lexical pass that spares natasha's taggers the sentences the rules take nothing from.

Sentences are written for these tests. What a sentence needs is a set of flags: MORPH for an event
trigger or a leader's title, NER for a word that may be a name, both for a registry name.
"""

from __future__ import annotations

import numpy as np
import pytest

from extract import prefilter
from extract.gazetteer import default_gazetteer
from extract.prefilter import FULL, MORPH, NER, SKIM, SentenceFilter, lemma_candidates, rule_lemmas
from extract.rules import triggers_ru as tr
from extract.text import _best_tags, _natasha, analyse_ru


@pytest.fixture(scope="module")
def sentence_filter() -> SentenceFilter:
    return SentenceFilter(default_gazetteer())


def _need(sentence_filter: SentenceFilter, text: str) -> int:
    tokens = list(_natasha()[0].tokenize(text))
    return sentence_filter.need(text, tokens)


@pytest.mark.parametrize(("text", "need"), [
    # an event trigger or a title in any form: morphology (the rules read the sentence's grammar)
    ("Стороны подписали соглашение о сотрудничестве.", MORPH),
    ("переговоры прошли в дружественной атмосфере.", MORPH),
    ("российский лидер прибыл с рабочим визитом.", MORPH),
    ("по словам премьер-министра, делегации обсудят проект.", MORPH),
    ("во время поездок глава государства осматривает предприятия.", MORPH),
    # a capitalised word inside the sentence, or a name opening it: NER decides
    ("Рост торговли с Казахстаном продолжился.", NER),
    ("Москва остается главным партнером.", NER),
    ("Объем поставок в Евросоюз вырос на 12%.", NER),
    ("Ранее Токаев заявлял о росте торговли.", NER),
    ("Президент Казахстана заявил о росте торговли.", FULL),
    # nothing the rules take: no trigger, no title, no name
    ("Рост взаимной торговли обеспечивают поставки зерна и металлов.", SKIM),
    ("Эксперты отмечают устойчивый рост инвестиций.", SKIM),
    ("«Мы придаем большое значение этим отношениям», — отметил он.", SKIM),
    ("За девять месяцев объем торговли увеличился на 7,5%.", SKIM),
    ("В 2023 году туристический поток превысил 300 тысяч человек.", SKIM),
    ("Число студентов растет.\nОни учатся по программам обмена.", SKIM),
])
def test_what_a_sentence_needs(sentence_filter: SentenceFilter, text: str, need: int) -> None:
    assert _need(sentence_filter, text) == need


@pytest.mark.parametrize(("text", "read"), [
    ("Рост торговли с Путиным обсуждали долго.", True),      # a registry person, inflected
    ("Рост поставок в Астану продолжился.", True),           # a registry place
    ("Рост поставок в Евросоюз продолжился.", False),        # a name, but none the registry knows
    ("Рост торговли обеспечил Транскаспийский маршрут.", False),
])
def test_registry_names_are_read_by_the_rules(sentence_filter: SentenceFilter, text: str, read: bool) -> None:
    tokens = list(_natasha()[0].tokenize(text))
    assert sentence_filter.read_by_rules(tokens) is read


@pytest.mark.parametrize(("word", "lemma"), [
    ("встретились", "встретиться"), ("переговорах", "переговоры"), ("Визиты", "визит"),
    ("посетит", "посетить"), ("президентом", "президент"), ("ПОДПИСАЛИ", "подписать"), ("ёлки", "елка"),
])
def test_a_word_has_every_lemma_natasha_may_give_it(word: str, lemma: str) -> None:
    assert lemma in lemma_candidates(word)


def test_the_word_lists_are_the_rules_own(monkeypatch: pytest.MonkeyPatch) -> None:
    assert set(tr.TRIGGERS) <= rule_lemmas()
    assert {"президент", "премьер-министр", "канцлер"} <= rule_lemmas()
    text = "Делегации провели брифинг для прессы."
    assert _need(SentenceFilter(default_gazetteer()), text) == SKIM
    monkeypatch.setitem(tr.TRIGGERS, "брифинг", "meeting")   # a trigger the rules gain later
    assert _need(SentenceFilter(default_gazetteer()), text) == MORPH


def test_skimmed_sentences_keep_their_place_and_words(sentence_filter: SentenceFilter) -> None:
    text = ("Президент Казахстана прибыл в Москву. Рост торговли обеспечивают поставки зерна. "
            "Эксперты отмечают рост инвестиций.\nВ Астане подписали соглашение.")
    full, filtered = analyse_ru(text), analyse_ru(text, sentence_filter)
    assert [(s.index, s.start, s.end, s.text) for s in filtered] == [(s.index, s.start, s.end, s.text) for s in full]
    assert filtered[0] == full[0] and filtered[3] == full[3]
    for skimmed, tagged in zip(filtered[1:3], full[1:3]):
        assert skimmed != tagged
        assert [t.text for t in skimmed.tokens] == [t.text for t in tagged.tokens]
        assert all(t.pos == "X" and not t.feats and not t.forms for t in skimmed.tokens)
        assert skimmed.spans == ()


def test_names_between_skimmed_sentences_get_the_whole_texts_spans(sentence_filter: SentenceFilter) -> None:
    filler = "Рост торговли обеспечивают поставки зерна и металлов. "
    text = (filler * 3 + "Переговоры Токаева и Мирзиёева прошли в Ташкенте. " + filler * 2
            + "Владимир Путин посетил Душанбе. " + filler)
    full, filtered = analyse_ru(text), analyse_ru(text, sentence_filter)
    tagged = [(f, s) for f, s in zip(filtered, full) if f.tokens[0].pos != "X"]
    assert len(tagged) == 2
    for f, s in tagged:
        assert f == s
        assert {span.kind for span in f.spans} >= {"PER", "LOC"}


def test_the_decoding_is_slovnets_own() -> None:
    crf = _natasha()[3].infer.model.head.crf
    size = crf.transitions.array.shape[0]
    rng = np.random.default_rng(7)
    for length in (1, 2, 5, 40):
        emissions = rng.normal(0, 3, (length, size)).astype(np.float32)
        expected = crf.decode(emissions[np.newaxis], np.ones((1, length), dtype=bool))[0].tolist()
        assert _best_tags(emissions, crf) == expected


@pytest.mark.parametrize(("value", "enabled"), [(None, True), ("1", True), ("0", False), ("off", False),
                                                ("false", False), ("yes", True)])
def test_the_switch(monkeypatch: pytest.MonkeyPatch, value: str | None, enabled: bool) -> None:
    if value is None:
        monkeypatch.delenv(prefilter.ENV_SWITCH, raising=False)
    else:
        monkeypatch.setenv(prefilter.ENV_SWITCH, value)
    assert prefilter.prefilter_enabled() is enabled
    from extract.pipeline import ArticleExtractor

    assert (ArticleExtractor().prefilter is not None) is enabled
    # an argument overrides the environment
    assert ArticleExtractor(prefilter=True).prefilter is not None
    assert ArticleExtractor(prefilter=False).prefilter is None
