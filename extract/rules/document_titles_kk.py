"""Kazakh names of signed documents as they are written: the dative document noun before "қол" and the
words that qualify it ("стратегиялық әріптестік туралы шартқа қол қойды" → "Стратегиялық әріптестік туралы
шарт"), or the document a participle of signing qualifies ("қол қойылған ... шарт")."""

from __future__ import annotations

from extract.kazakh import case_of, fold
from extract.rules import cues_kk as cues
from extract.text import Sentence, Token


def _is_word(tok: Token) -> bool:
    return tok.pos != "PUNCT"


def document_title(sent: Sentence, i: int) -> str | None:
    """"стратегиялық әріптестік туралы шартқа қол қойды": the dative noun before "қол" and the words
    that qualify it, back to a name, a postposition or a comma."""
    tokens = sent.tokens
    k = _document_before(tokens, i)
    if k is None:
        return _document_after(tokens, i)
    head = fold(tokens[k].text)
    nominative = next(v for stem, v in cues.DOCUMENT_HEADS.items() if head.startswith(stem))
    if nominative in cues.SET_ONLY_HEADS and not any(
            t.text[:1].isdigit() or fold(t.text) in cues.QUANTIFIERS for t in tokens[max(0, k - 6):k]):
        return None  # "Құжатқа Трамп та қол қойды": one "құжат" is the one told before, or a decree
    first = k
    while first - 1 >= 0 and k - first < cues.TITLE_MAX:
        prev = tokens[first - 1]
        low = fold(prev.text)
        case = case_of(prev.text)
        if low == cues.AND and first - 2 >= 0 and _is_word(tokens[first - 2]) and case_of(tokens[first - 2].text) \
                is None and not tokens[first - 2].is_capitalized and not _document_head(tokens[first - 2]):
            first -= 1  # "стратегиялық әріптестік және одақтастық ... туралы": one title's "and"
            continue
        if not _is_word(prev) or low in cues.TITLE_STOPS or case in ("ins", "loc", "abl") \
                or (prev.is_capitalized and case is None):
            break  # a postposition, a place or time of the signing, the signatories' names
        first -= 1
    words = [t.text for t in tokens[first:k]] + [nominative]
    title = " ".join(words)
    return title[:1].upper() + title[1:]


def _document_head(token: Token) -> bool:
    return fold(token.text).startswith(tuple(cues.DOCUMENT_HEADS))


def _document_after(tokens: tuple[Token, ...], i: int) -> str | None:
    """"2022 жылы Ташкентте қол қойылған Одақтастық қатынастар туралы шарт": a document the participle of signing
    qualifies, named right after it."""
    verb = i + 1
    if verb >= len(tokens) or not fold(tokens[verb].text).endswith(cues.PAST_PARTICIPLE):
        return None
    k = next((n for n in range(verb + 1, min(len(tokens), verb + 1 + cues.TITLE_MAX)) if _document_head(tokens[n])), None)
    if k is None or any(not _is_word(t) for t in tokens[verb + 1:k]):
        return None
    nominative = next(v for stem, v in cues.DOCUMENT_HEADS.items() if fold(tokens[k].text).startswith(stem))
    title = " ".join([t.text for t in tokens[verb + 1:k]] + [nominative])
    return title[:1].upper() + title[1:]


def _document_before(tokens: tuple[Token, ...], i: int) -> int | None:
    """Where the document signed is: the word right before "қол", or the nearest dative document noun a few
    words before it, past when, where and by whom ("келісімге 9 желтоқсанда Астанада қол қойды", "Құжаттарға
    екі ел басшылары қол қойды", "Келісімге Тоқаев пен Мирзиёевтің қатысуымен қол қойылды")."""
    if i > 0 and _document_head(tokens[i - 1]):
        return i - 1
    for k in range(i - 2, max(-1, i - 1 - cues.DOCUMENT_REACH), -1):
        if tokens[k].pos == "PUNCT" and tokens[k].text not in ("-", "–"):
            return None
        if _document_head(tokens[k]) and case_of(tokens[k].text) == "dat":
            return k
    return None
