"""Text analysis shared by both languages: sentences of tokens with lemmas, grammar and offsets.

Russian goes through natasha (segmentation, morphology, NER); Kazakh, which natasha does not read, through
razdel's segmentation with the Kazakh stemmer giving each token its possible base forms.

With a prefilter (`extract.prefilter`) natasha's taggers run only on the Russian sentences that need them;
the others are skimmed: their tokens keep the words as written, with no grammar and no names.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Protocol

from razdel import sentenize, tokenize

from extract import kazakh
from extract.lexicon import RU_NOT_NAME_OPENERS


def quoted_spans(text: str, base: int = 0) -> list[tuple[int, int]]:
    """The character spans (offset by ``base``) of the quotations in ``text``: «...», “...”, and straight
    quotes paired in order."""
    spans: list[tuple[int, int]] = []
    for opener, closer in (("«", "»"), ("“", "”"), ('"', '"')):
        k = text.find(opener)
        while k >= 0:
            end = text.find(closer, k + 1)
            if end < 0:
                break
            spans.append((base + k, base + end + 1))
            k = text.find(opener, end + 1)
    return spans


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int
    lemma: str
    pos: str = ""
    feats: tuple[tuple[str, str], ...] = ()
    # Possible base forms (lowercase, Ё→Е): what gazetteer look-ups compare.
    forms: frozenset[str] = frozenset()

    def feat(self, name: str) -> str | None:
        for key, value in self.feats:
            if key == name:
                return value
        return None

    @property
    def low(self) -> str:
        return self.text.lower().replace("ё", "е")

    @property
    def is_capitalized(self) -> bool:
        return self.text[:1].isupper()


@dataclass(frozen=True)
class NerSpan:
    kind: str  # PER | LOC | ORG
    start: int
    end: int
    text: str
    normal: str


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    tokens: tuple[Token, ...]
    spans: tuple[NerSpan, ...] = field(default=())


# Case endings a Russian proper name may carry; stripped to compare stems of inflected names.
_RU_ENDINGS = ("ого", "его", "ому", "ему", "ыми", "ими", "ая", "яя", "ую", "юю", "ый", "ий", "ое", "ее",
               "ым", "им", "ом", "ем", "ой", "ей", "ою", "ею",
               "ых", "их", "ах", "ях", "ам", "ям", "а", "я", "у", "ю", "е", "ы", "и")
_WORD = re.compile(r"\w", re.UNICODE)


_LATIN_TO_CYRILLIC = str.maketrans("ABCEHKMOPTXaceopxy", "АВСЕНКМОРТХасеорху")
_CYRILLIC_TO_LATIN = str.maketrans("АВСЕНКМОРТХасеорху", "ABCEHKMOPTXaceopxy")
_CYRILLIC = re.compile(r"[а-яёәғқңөұүһі]", re.IGNORECASE)
_LATIN = re.compile(r"[a-z]", re.IGNORECASE)


def unify_script(word: str) -> str:
    """A word mixing look-alike Latin and Cyrillic letters ("Рutin" with a Cyrillic "Р", "Mосква" with a
    Latin "M") is read in the script most of its letters are in; words in one script are left as they are."""
    cyrillic, latin = len(_CYRILLIC.findall(word)), len(_LATIN.findall(word))
    if not cyrillic or not latin:
        return word
    return word.translate(_LATIN_TO_CYRILLIC if cyrillic >= latin else _CYRILLIC_TO_LATIN)


def fold_ru(word: str) -> str:
    return unify_script(word).lower().replace("ё", "е")


def ru_forms(word: str, lemmas: tuple[str, ...] = ()) -> frozenset[str]:
    """Base-form candidates of a Russian word: itself, its lemmas and its stem without a case ending."""
    low = fold_ru(word)
    forms = {low, *(fold_ru(lemma) for lemma in lemmas if lemma)}
    for ending in _RU_ENDINGS:
        if low.endswith(ending) and len(low) - len(ending) >= 3:
            forms.add(low[: -len(ending)])
            break
    return frozenset(forms)


@lru_cache(maxsize=1)
def _natasha():
    from natasha import MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger, Segmenter

    embedding = NewsEmbedding()
    return Segmenter(), MorphVocab(), NewsMorphTagger(embedding), NewsNERTagger(embedding)


def warm_up() -> None:
    """Load the natasha models now rather than on the first article."""
    _natasha()


@lru_cache(maxsize=50_000)
def _morph_lemmas(word: str) -> tuple[str, ...]:
    morph = _natasha()[1]
    try:
        parses = morph(word)[:3]
    except (KeyError, ValueError):  # pymorphy cannot shape some rare code points
        return ()
    return tuple(dict.fromkeys(parse.normal_form for parse in parses))


# What a sentence needs of natasha's taggers (a `Prefilter`'s answer, flags): nothing; NER, which tagged
# alone leads to morphology only where it finds a person or a place (PER, LOC); morphology; both.
SKIM, NER, MORPH = 0, 1, 2
FULL = NER | MORPH


class RawToken(Protocol):
    """A token of natasha's segmenter: the word and its offsets."""

    text: str
    start: int
    stop: int


class Prefilter(Protocol):
    def need(self, text: str, tokens: Sequence[RawToken]) -> int:
        """What one sentence needs: SKIM, NER, MORPH or FULL."""

    def read_by_rules(self, tokens: Sequence[RawToken]) -> bool:
        """Whether the rules read a sentence NER was asked about and found no person or place in."""


# Words of context NER gets on each side of the sentences it tags: more than its network sees around a
# word (three convolutions of width 3), so the words of a tagged sentence get the scores the whole text
# gives them, and the best path through them is the same (tests/unit/extract/test_prefilter_identity.py).
NER_MARGIN = 4


def analyse_ru(text: str, prefilter: Prefilter | None = None) -> list[Sentence]:
    from natasha import Doc

    segmenter, morph_vocab, morph_tagger, ner_tagger = _natasha()
    doc = Doc(text)
    doc.segment(segmenter)
    if prefilter is None:
        doc.tag_morph(morph_tagger)
        doc.tag_ner(ner_tagger)
        tagged = None
    else:
        tagged = _tag_needed(doc, prefilter, morph_tagger, ner_tagger)
    spans = []
    for span in doc.spans:
        try:
            span.normalize(morph_vocab)
        except Exception:  # natasha's normaliser can fail on odd spans; keep the surface form
            span.normal = span.text
        spans.append(NerSpan(span.type, span.start, span.stop, span.text, span.normal or span.text))
    sentences: list[Sentence] = []
    for k, sent in enumerate(doc.sents):
        full = tagged is None or k in tagged
        for start, stop, toks in _split_lines(text, sent.tokens):
            if full:
                sentences.append(_ru_sentence(text, len(sentences), start, stop, toks, spans))
            else:
                sentences.append(_skimmed_sentence(text, len(sentences), start, stop, toks))
    return sentences


def _tag_needed(doc, prefilter: Prefilter, morph_tagger, ner_tagger) -> set[int]:
    """Tag the sentences of a segmented ``doc`` that need it; ``doc.spans`` are the names NER finds in
    them. The sentences given morphology, by index."""
    sents = doc.sents
    needs = [prefilter.need(doc.text, sent.tokens) for sent in sents]
    spans = _ner_spans(doc, [k for k, need in enumerate(needs) if need & NER], ner_tagger)
    starts = [sent.start for sent in sents]
    where = [bisect_right(starts, span.start) - 1 for span in spans]
    for span, k in zip(spans, where):
        if span.type in ("PER", "LOC"):
            needs[k] |= MORPH
    for k, need in enumerate(needs):
        if need == NER and prefilter.read_by_rules(sents[k].tokens):
            needs[k] = FULL
    tagged = [k for k, need in enumerate(needs) if need & MORPH]
    chosen = [sents[k] for k in tagged]
    # natasha tags each sentence on its own (padding is masked), as `Doc.tag_morph` does for all of them
    for sent, markup in zip(chosen, morph_tagger.map([[t.text for t in s.tokens] for s in chosen])):
        for target, source in zip(sent.tokens, markup.tokens):
            target.pos, target.feats = source.pos, source.feats
    doc.spans = [span for span, k in zip(spans, where) if needs[k] & MORPH]
    doc.envelop_span_tokens()
    return set(tagged)


def _ner_spans(doc, chosen: list[int], ner_tagger) -> list:
    """natasha's NER (`Doc.tag_ner` reads the whole text as one sequence of words) over the chosen
    sentences only, each run of them with `NER_MARGIN` words of context; the spans inside them."""
    from natasha.doc import DocSpan
    from slovnet.bio import bio_spans

    tokens = doc.tokens
    if not chosen or not tokens:
        return []
    index = {tok.start: i for i, tok in enumerate(tokens)}
    windows: list[list[int]] = []
    inside: list[tuple[int, int]] = []
    for k in chosen:
        sent = doc.sents[k]
        first = index[sent.tokens[0].start]
        last = first + len(sent.tokens) - 1
        inside.append((sent.start, sent.stop))
        lo, hi = max(0, first - NER_MARGIN), min(len(tokens) - 1, last + NER_MARGIN)
        if windows and lo <= windows[-1][1] + 1:
            windows[-1][1] = max(windows[-1][1], hi)
        else:
            windows.append([lo, hi])
    infer = ner_tagger.infer
    (tagged,) = infer.encoder([[tok.text for lo, hi in windows for tok in tokens[lo:hi + 1]]])
    emissions = infer.model(tagged.word_id, tagged.shape_id, tagged.pad_mask)[0]
    tags = [infer.decoder.tags_vocab.decode(tag) for tag in _best_tags(emissions, infer.model.head.crf)]
    spans = []
    offset = 0
    for lo, hi in windows:
        size = hi - lo + 1
        for span in bio_spans(tokens[lo:hi + 1], tags[offset:offset + size]):
            if any(start <= span.start and span.stop <= stop for start, stop in inside):
                spans.append(DocSpan(span.start, span.stop, span.type, doc.text[span.start:span.stop]))
        offset += size
    return spans


def _best_tags(emissions, crf) -> list[int]:
    """The most likely tags of one sequence: slovnet's own decoding (`CRF.decode`) step for step, in the
    same float32 arithmetic and order, without its batch bookkeeping around every word."""
    transitions = crf.transitions.array
    n = transitions.shape[0]
    score = emissions[0]
    history = []
    for row in emissions[1:]:
        step = score.reshape(n, 1) + transitions + row.reshape(1, n)
        history.append(step.argmax(0))
        score = step.max(0)
    best = int(score.argmax())
    tags = [best]
    for back in reversed(history):
        best = int(back[best])
        tags.append(best)
    tags.reverse()
    return tags


def _skimmed_sentence(text: str, index: int, start: int, stop: int, toks) -> Sentence:
    """A sentence the taggers skipped: each token is its word, folded; no grammar, no names."""
    tokens = tuple(Token(tok.text, tok.start, tok.stop, fold_ru(tok.text), "X") for tok in toks)
    return Sentence(index, start, stop, text[start:stop], tokens)


def _split_lines(text: str, tokens) -> list[tuple[int, int, list]]:
    """natasha may run a sentence across a line break (a heading, a paragraph without a full stop);
    a line break always ends a sentence in news text."""
    groups: list[tuple[int, int, list]] = []
    current: list = []
    for tok in tokens:
        if current and "\n" in text[current[-1].stop:tok.start]:
            groups.append((current[0].start, current[-1].stop, current))
            current = []
        current.append(tok)
    if current:
        groups.append((current[0].start, current[-1].stop, current))
    return groups


def _ru_sentence(text: str, index: int, start: int, stop: int, toks, spans) -> Sentence:
    tokens = []
    for tok in toks:
        feats = None if tok.feats is None else tuple(sorted(tok.feats.items()))
        lemma, forms = _ru_word(tok.text, tok.pos, feats)
        tokens.append(Token(tok.text, tok.start, tok.stop, lemma, tok.pos or "", feats or (), forms))
    sent_spans = tuple(_without_leading_adverb(s, tokens) for s in spans if start <= s.start and s.end <= stop)
    return Sentence(index, start, stop, text[start:stop], tuple(tokens), sent_spans)


def _without_leading_adverb(span: NerSpan, tokens: list[Token]) -> NerSpan:
    """"Сегодня Шавкат Мирзиёев прибудет", "Накануне Касым-Жомарт Токаев провёл": a capitalised adverb opening
    the sentence is no part of the name NER runs it into."""
    if span.kind != "PER":
        return span
    inside = [t for t in tokens if span.start <= t.start < span.end]
    if len(inside) < 3 or inside[0].pos not in ("ADV", "ADP", "CCONJ", "PART", "SCONJ") \
            and inside[0].text.lower() not in RU_NOT_NAME_OPENERS:
        return span
    rest = inside[1]
    normal = span.normal.split(maxsplit=1)
    return NerSpan(span.kind, rest.start, span.end, span.text[rest.start - span.start:],
                   normal[1] if len(normal) == 2 else span.normal)


@lru_cache(maxsize=100_000)
def _ru_word(word: str, pos: str | None,
             feats: tuple[tuple[str, str], ...] | None) -> tuple[str, frozenset[str]]:
    """A tagged word's lemma and base forms: the same word with the same grammar always gets the same, and
    news repeat their words, so they are worked out once."""
    morph_vocab = _natasha()[1]
    try:
        lemma = morph_vocab.lemmatize(word, pos, None if feats is None else dict(feats)) or word
    except Exception:  # pymorphy has no parse for some symbols; the surface form will do
        lemma = word
    lemma = fold_ru(lemma)
    lemmas = (lemma,) + (_morph_lemmas(word) if word[:1].isupper() else ())
    return lemma, ru_forms(word, lemmas)


def analyse_kk(text: str) -> list[Sentence]:
    sentences: list[Sentence] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        for sent in sentenize(line):
            start = offset + sent.start
            tokens = []
            for tok in tokenize(sent.text):
                t_start, t_end = start + tok.start, start + tok.stop
                if not _WORD.search(tok.text):
                    tokens.append(Token(tok.text, t_start, t_end, tok.text, "PUNCT"))
                    continue
                forms = frozenset(kazakh.fold(c) for c in kazakh.stem_candidates(tok.text))
                tokens.append(Token(tok.text, t_start, t_end, kazakh.fold(tok.text), "", (), forms))
            if tokens:
                sentences.append(Sentence(len(sentences), start, offset + sent.stop, sent.text, tuple(tokens)))
        offset += len(line)
    return sentences


def analyse(text: str, lang: str, prefilter: Prefilter | None = None) -> list[Sentence]:
    """Sentences of ``text``; a ``prefilter`` spares natasha's taggers the Russian sentences it skims."""
    return analyse_kk(text) if lang == "kk" else analyse_ru(text, prefilter)


def disagree(noun: Token, pronoun: Token) -> bool:
    """"саммит ..., которой": a relative pronoun in another gender or number than the noun is not its (only a
    word tagged as a noun is trusted with its gender: the tagger may read "Форуму" as an adjective)."""
    if noun.pos not in ("NOUN", "PROPN"):
        return False
    for feat in ("Number", "Gender"):
        a, b = noun.feat(feat), pronoun.feat(feat)
        if a and b and a != b and not (feat == "Gender" and pronoun.feat("Number") == "Plur"):
            return True
    return False


def relative_clause_at(tokens: tuple[Token, ...], k: int, pronouns: frozenset[str] | set[str],
                       hi: int | None = None) -> tuple[int, int | None] | None:
    """The relative clause the comma at ``k`` opens (", о возможности которой говорил премьер,"): where its
    pronoun stands, within the three words after the comma, and the comma that closes it (None when none does
    before ``hi``); None when the comma opens no such clause."""
    hi = len(tokens) if hi is None else hi
    if tokens[k].text != ",":
        return None
    pronoun = next((n for n in range(k + 1, min(hi, k + 4)) if tokens[n].lemma in pronouns), None)
    if pronoun is None:
        return None
    return pronoun, next((n for n in range(k + 1, hi) if tokens[n].text == ","), None)
