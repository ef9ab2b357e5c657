"""Names as people mistype them: ranked suggestions by edit distance over the registry's name forms.

Every spelling the registry records for a person or a place (names and surnames in ru/kk/en, full
and official names, aliases, and each word of them) is folded (case, Kazakh letters, ё) and scored
against the query with rapidfuzz's weighted ratio, so "Токаевв", "Путен" or "Астонa" still find
Tokayev, Putin and Astana. The graph's full-text index adds people and places only NER knows
(Lucene fuzzy terms), ranked after the registry's.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from extract import kazakh
from extract.registry import Registry
from extract.text import unify_script

MAX_FUZZY_WORDS = 4
MIN_SCORE = 70.0  # out of 100: below it a form is not offered as a suggestion
_WORD = re.compile(r"\w+", re.UNICODE)


def fold(text: str) -> str:
    return " ".join(kazakh.fold(unify_script(w)) for w in _WORD.findall(text or ""))


@dataclass(frozen=True)
class Suggestion:
    id: str
    score: float  # 0..100, higher is closer
    form: str  # the registry spelling that matched best


class NameIndex:
    """Folded name forms → registry ids, for one kind (persons or places)."""

    def __init__(self, forms: list[tuple[str, str, str, float]]):
        # (folded form, id, original spelling, weight), without repeats
        seen: dict[tuple[str, str], tuple[str, float]] = {}
        for folded, ident, original, weight in forms:
            if folded and (folded, ident) not in seen:
                seen[(folded, ident)] = (original, weight)
        self._keys = list(seen)
        self._choices = [k[0] for k in self._keys]
        self._originals = [v[0] for v in seen.values()]
        self._weights = [v[1] for v in seen.values()]

    def suggest(self, query: str, limit: int = 10, min_score: float = MIN_SCORE) -> list[Suggestion]:
        q = fold(query)
        if len(q) < 2:
            return []
        best: dict[str, Suggestion] = {}
        hits = process.extract(q, self._choices, scorer=_score, limit=max(limit * 8, 40), score_cutoff=min_score)
        for _, score, index in hits:
            ident = self._keys[index][1]
            score *= self._weights[index]
            if ident not in best or score > best[ident].score:
                best[ident] = Suggestion(ident, round(float(score), 1), self._originals[index])
        return sorted(best.values(), key=lambda s: (-s.score, s.id))[:limit]


def _score(query: str, choice: str, **kwargs) -> float:
    # The plain ratio rewards whole-form matches ("путен" ~ "путин"); the token ratio lets word order
    # and a missing first name pass ("токаев касым-жомарт"). Partial matches of short queries inside
    # long names are what makes WRatio noisy, so it is not used.
    return max(fuzz.ratio(query, choice, **kwargs), 0.95 * fuzz.token_sort_ratio(query, choice, **kwargs))


WORD_WEIGHT = 0.97  # one word of a longer name ranks just below a whole name that matches as well


def _forms(ident: str, spellings: tuple[str, ...]) -> list[tuple[str, str, str, float]]:
    out = []
    for spelling in spellings:
        out.append((fold(spelling), ident, spelling, 1.0))
        words = _WORD.findall(spelling)
        if len(words) > 1:
            out += [(fold(w), ident, spelling, WORD_WEIGHT) for w in words if len(w) >= 3]
    return out


def person_index(registry: Registry) -> NameIndex:
    forms: list[tuple[str, str, str, float]] = []
    for p in registry.persons:
        forms += _forms(p.id, p.names())
    return NameIndex(forms)


def place_index(registry: Registry) -> NameIndex:
    forms: list[tuple[str, str, str, float]] = []
    for p in registry.places:
        forms += _forms(p.id, p.names())
    return NameIndex(forms)


_lock = threading.Lock()
_indexes: dict[tuple[int, str], tuple[Registry, NameIndex]] = {}


def indexes_for(registry: Registry, kind: str) -> NameIndex:
    """The index of ``kind`` ("persons"/"places") for a registry, built once per registry object."""
    key = (id(registry), kind)
    with _lock:
        cached = _indexes.get(key)
        if cached is None or cached[0] is not registry:
            cached = (registry, person_index(registry) if kind == "persons" else place_index(registry))
            _indexes[key] = cached
        return cached[1]


def lucene_fuzzy(text: str) -> str | None:
    """A Lucene query with every word of ``text`` as a fuzzy term (words of 4+ letters; others exact)."""
    clauses = []
    # A name has a few words; each fuzzy term expands to many, and Lucene caps a query's clauses.
    for word in _WORD.findall(fold(text))[:MAX_FUZZY_WORDS]:
        clauses.append(f"{word}~" if len(word) >= 4 else word)
    return " AND ".join(clauses) if clauses else None
