"""Text analysis shared by both languages: sentences of tokens with lemmas, grammar and offsets.

Russian goes through natasha (segmentation, morphology, NER); Kazakh, which natasha does not read, through
razdel's segmentation with the Kazakh stemmer giving each token its possible base forms.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from razdel import sentenize, tokenize

from extract import kazakh


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


def analyse_ru(text: str) -> list[Sentence]:
    from natasha import Doc

    segmenter, morph_vocab, morph_tagger, ner_tagger = _natasha()
    doc = Doc(text)
    doc.segment(segmenter)
    doc.tag_morph(morph_tagger)
    doc.tag_ner(ner_tagger)
    spans = []
    for span in doc.spans:
        try:
            span.normalize(morph_vocab)
        except Exception:  # natasha's normaliser can fail on odd spans; keep the surface form
            span.normal = span.text
        spans.append(NerSpan(span.type, span.start, span.stop, span.text, span.normal or span.text))
    sentences: list[Sentence] = []
    for sent in doc.sents:
        for start, stop, toks in _split_lines(text, sent.tokens):
            sentences.append(_ru_sentence(text, len(sentences), start, stop, toks, spans, morph_vocab))
    return sentences


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


def _ru_sentence(text: str, index: int, start: int, stop: int, toks, spans, morph_vocab) -> Sentence:
    tokens = []
    for tok in toks:
        try:
            tok.lemmatize(morph_vocab)
            lemma = tok.lemma or tok.text
        except Exception:  # pymorphy has no parse for some symbols; the surface form will do
            lemma = tok.text
        lemma = fold_ru(lemma)
        lemmas = (lemma,) + (_morph_lemmas(tok.text) if tok.text[:1].isupper() else ())
        tokens.append(Token(tok.text, tok.start, tok.stop, lemma, tok.pos or "",
                            tuple(sorted((tok.feats or {}).items())), ru_forms(tok.text, lemmas)))
    sent_spans = tuple(s for s in spans if start <= s.start and s.end <= stop)
    return Sentence(index, start, stop, text[start:stop], tuple(tokens), sent_spans)


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


def analyse(text: str, lang: str) -> list[Sentence]:
    return analyse_kk(text) if lang == "kk" else analyse_ru(text)
