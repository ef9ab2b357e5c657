"""Which Russian sentences need natasha's taggers: a cheap look at the words before the expensive steps.

Most of the time of the analysis goes to natasha's morphology and NER taggers, and much of a news text
(figures, quotes, background) holds nothing the rules take: no event, no leader, no place. This pass reads
a sentence's words with the dictionary alone and says what the sentence needs:

- `MORPH`: a word one of whose dictionary lemmas is an event trigger or a leader's title in the rules'
  own tables;
- `NER`: a capitalised word inside the sentence, or one opening it that the dictionary does not know
  as a common word only. Where NER finds a person or a place (PER, LOC), morphology follows;
- `FULL` (both): words that may be a registry person's or place's name, whose reading depends on both;
- `SKIM` (neither): the rest. Its words are kept as they are written (`extract.text`).

Each test takes every reading natasha could choose (all dictionary lemmas, every base form a name
look-up compares), so a sentence it skims is one the rules find nothing in with the full analysis either;
the tables are the rules' own (imported, never copied), so the pass follows them as they change.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from functools import lru_cache

from extract import lexicon as lx
from extract.gazetteer import Gazetteer
from extract.rules import names_people as np
from extract.rules import triggers_ru as tr
from extract.text import FULL, MORPH, NER, SKIM, RawToken, Token, _morph_lemmas, _natasha, fold_ru, ru_forms

__all__ = ["FULL", "MORPH", "NER", "SKIM", "SentenceFilter", "lemma_candidates", "prefilter_enabled", "rule_lemmas"]


def rule_lemmas() -> frozenset[str]:
    """Lemmas that make a sentence the rules' business on their own: event triggers (`triggers_ru`) and
    the titles of offices of state the rules read ("президент", "министр", `lexicon.RU_OFFICIAL_TITLES`)."""
    return frozenset(tr.TRIGGERS) | frozenset(lx.RU_OFFICIAL_TITLES)


def _natasha_word(word: str) -> str:
    """A word as natasha's lemmatiser looks it up: lowercase, Ё→Е."""
    return word.lower().replace("ё", "е")


@lru_cache(maxsize=50_000)
def lemma_candidates(word: str) -> frozenset[str]:
    """Every lemma `extract.text` may give the word, whatever natasha tags it as: the normal form of each
    dictionary reading, or the word itself (as `Token.lemma` holds them: folded)."""
    out = {fold_ru(_natasha_word(word)), fold_ru(word)}
    try:
        parses = _natasha()[1](_natasha_word(word))
    except Exception:  # pymorphy cannot shape some rare code points; the word itself is then the lemma
        parses = ()
    out.update(fold_ru(_natasha_word(p.normal)) for p in parses)
    return frozenset(out)


@lru_cache(maxsize=50_000)
def _name_forms(word: str) -> frozenset[str]:
    """Every base form a name look-up may compare for the word (`Token.forms` over all its lemmas)."""
    lemmas = tuple(sorted(lemma_candidates(word)))
    if word[:1].isupper():
        lemmas += _morph_lemmas(word)
    return ru_forms(word, lemmas)


# pymorphy's grammemes of a person's or a place's name: the kinds of name the rules take from NER.
_PERSON_OR_PLACE = frozenset({"Name", "Surn", "Patr", "Geox"})


@lru_cache(maxsize=50_000)
def _may_be_a_name(word: str) -> bool:
    """Whether a capitalised word opening a sentence may be a name: unknown to the dictionary, read first
    as a proper name, or with any reading of a person's or a place's name ("Москва", "Путин"); not a word
    known first as a common one ("Эксперты", "В")."""
    try:
        parses = _natasha()[1](word)
    except Exception:  # a word the dictionary cannot read may be anything
        return True
    if not parses or not parses[0].is_known or parses[0].tag.grammemes & np.PROPER_GRAMMEMES:
        return True
    # an initial ("В.") comes with the surname after it, which is a name inside the sentence
    return any(p.tag.grammemes & _PERSON_OR_PLACE and "Init" not in p.tag.grammemes for p in parses)


def _opens(text: str, tokens: Sequence[RawToken], k: int) -> bool:
    """The word starts the sentence, a line, or follows punctuation (a quote, a dash): capitalised there
    by the spelling rules, not by being a name."""
    if k == 0:
        return True
    prev = tokens[k - 1]
    return not any(ch.isalnum() for ch in prev.text) or "\n" in text[prev.stop:tokens[k].start]


class SentenceFilter:
    """`need(text, tokens)`: what one sentence (natasha's tokens, offsets into ``text``) needs."""

    def __init__(self, gazetteer: Gazetteer):
        self.gaz = gazetteer
        self.lemmas = rule_lemmas()

    def need(self, text: str, tokens: Sequence[RawToken]) -> int:
        need = SKIM
        capitalised = False
        for k, tok in enumerate(tokens):
            word = tok.text
            if not need & MORPH and not lemma_candidates(word).isdisjoint(self.lemmas):
                need |= MORPH
            if word[:1].isupper():
                capitalised = True
                if not need & NER and (not _opens(text, tokens, k) or _may_be_a_name(word)):
                    need |= NER
        # A registry name needs both; where NER runs anyway the look-up waits for it (`read_by_rules`).
        if capitalised and not need & NER and self._registry_name(tokens):
            need = FULL
        return need

    def read_by_rules(self, tokens: Sequence[RawToken]) -> bool:
        """For a sentence NER found no person or place in: whether it may still name a registry person or
        place, which the rules read with the sentence's grammar."""
        return self._registry_name(tokens)

    def _registry_name(self, tokens: Sequence[RawToken]) -> bool:
        """Whether a registry person's or place's name may start at a word, with every form each word
        may take (the look-up itself is the gazetteer's)."""
        words = tuple(Token(t.text, t.start, t.stop, "", forms=_name_forms(t.text)) for t in tokens)
        return any((tok.is_capitalized or tok.text.isupper())
                   and (self.gaz.places_at(words, i) or self.gaz.persons_at(words, i))
                   for i, tok in enumerate(words))


ENV_SWITCH = "LETOPIS_EXTRACT_PREFILTER"


def prefilter_enabled() -> bool:
    """On unless ``LETOPIS_EXTRACT_PREFILTER`` says 0/false/no/off: the switch compares the two ways."""
    return os.environ.get(ENV_SWITCH, "1").strip().lower() not in ("0", "false", "no", "off")
