"""Names → people and places, the way people type them: ids, Wikidata ids, names in ru/kk/en in
any grammatical case, beginnings of names. The registry's gazetteer is asked first; the graph's
full-text name index (queried through `GraphStore`) finds the people and places only NER knows.
"""

from __future__ import annotations

import re
from datetime import date

from razdel import tokenize

from extract import kazakh
from extract.gazetteer import Gazetteer
from extract.text import Token, ru_forms, unify_script
from graph.results import PersonRef, PlaceRef
from graph.store import GraphStore
from service import fuzzy
from service.choice import Chosen, choose

MAX_LIMIT = 1000
# What reaches the full-text index is bounded whatever the caller let through: no name has more words,
# and no name word is longer (Lucene refuses prefix queries that grow too large).
MAX_QUERY_WORDS = 12
MAX_WORD_CHARS = 64
_WIKIDATA = re.compile(r"^Q[1-9][0-9]*$", re.IGNORECASE)
_WORD = re.compile(r"\w+", re.UNICODE)


def _lucene_terms(text: str) -> list[list[str]]:
    """For each word of ``text``: its searchable stems (folded, inflection and Kazakh endings off)."""
    words = []
    for word in _WORD.findall(text)[:MAX_QUERY_WORDS]:
        word = word[:MAX_WORD_CHARS]
        whole = kazakh.fold(word)
        stems = {kazakh.fold(f) for f in ru_forms(word)} | {kazakh.fold(c) for c in kazakh.stem_candidates(word)}
        # A stem shorter than four letters ("кас" of "Касым") would match half the registry.
        forms = {whole} | {f for f in stems if len(f) >= 4}
        forms = {f for f in forms if _WORD.fullmatch(f)}
        if forms:
            words.append(sorted(forms))
    return words


def _lucene_query(text: str) -> str | None:
    """Every word must match one of its stems as a prefix (stems are plain \\w+: nothing to escape)."""
    clauses = []
    for forms in _lucene_terms(text):
        clauses.append("(" + " OR ".join(f"{f}*" for f in forms) + ")")
    return " AND ".join(clauses) if clauses else None


def search_persons(store: GraphStore, q: str, limit: int = 10) -> list[PersonRef]:
    """People whose names (any language, any case, or their beginning) match ``q``, best first."""
    limit = max(1, min(limit, MAX_LIMIT))
    found: dict[str, PersonRef] = {}
    for ref in _registry_persons(store, q, store.gazetteer):
        found.setdefault(ref.id, ref)
    query = _lucene_query(q)
    if query:
        for ref in store.search_person_names(query, limit):
            found.setdefault(ref.id, ref)
    return list(found.values())[:limit]


def _tokens(text: str) -> tuple[Token, ...]:
    tokens = []
    for tok in tokenize(text):
        word = tok.text
        if not _WORD.search(word):
            continue
        if word[:1].islower():
            word = word[:1].upper() + word[1:]
        forms = set(ru_forms(word)) | {kazakh.fold(c) for c in kazakh.stem_candidates(word)}
        tokens.append(Token(word, tok.start, tok.stop, word.lower(), "", (), frozenset(forms)))
    return tuple(tokens)


def _gazetteer_ids(text: str, match) -> list[str]:
    """Registry ids a name matches: the ones covering the whole text if any, else any match."""
    tokens = _tokens(text)
    full: list[str] = []
    partial: list[str] = []
    for i in range(len(tokens)):
        for m in match(tokens, i):
            (full if m.first == 0 and m.last == len(tokens) - 1 else partial).append(m.target)
    return list(dict.fromkeys(full or partial))


def _registry_persons(store: GraphStore, text: str, gaz: Gazetteer) -> list[PersonRef]:
    ids = _gazetteer_ids(text, gaz.persons_at)
    if not ids:
        return []
    stored = {p.id: p for p in store.persons_by_ids(ids)}
    return [stored.get(pid) or _registry_person_ref(gaz, pid) for pid in ids]


def _registry_person_ref(gaz: Gazetteer, person_id: str) -> PersonRef:
    p = gaz.person(person_id)
    return PersonRef(id=person_id, name=p.name.ru or p.name.en or person_id, name_en=p.name.en,
                     name_kk=p.name.kk, wikidata=p.wikidata, source="registry")


def resolve_person(store: GraphStore, text: str) -> list[PersonRef]:
    """Everyone ``text`` may mean: an id, a Wikidata id, or a name in ru/kk/en in any case.

    An id or Wikidata id that exists gives that person alone. Otherwise registry names are
    matched through the gazetteer; when none match, the graph's full-text index (every word
    of the text as the beginning of a name word) finds people NER alone knows.
    """
    text = " ".join(unify_script(word) for word in (text or "").split())
    if not text:
        return []
    gaz = store.gazetteer
    rows = store.persons_by_ids(list(dict.fromkeys([text, text.lower()])))
    if rows:
        return rows[:1]
    if gaz.registry.has_person(text):
        return [_registry_person_ref(gaz, text)]
    if _WIKIDATA.match(text):
        return store.persons_by_wikidata(text.upper())
    found = _registry_persons(store, text, gaz)
    if found:
        return found
    query = _lucene_query(text)
    if not query:
        return []
    return store.search_person_names(query, 20)


def _registry_places(store: GraphStore, text: str, gaz: Gazetteer) -> list[PlaceRef]:
    return _place_refs(store, gaz, _gazetteer_ids(text, gaz.places_at))


def _place_refs(store: GraphStore, gaz: Gazetteer, ids: list[str]) -> list[PlaceRef]:
    if not ids:
        return []
    stored = {p.id: p for p in store.places_by_ids(ids)}
    out = []
    for pid in ids:
        if pid in stored:
            out.append(stored[pid])
            continue
        p = gaz.place(pid)
        country = None
        if p.kind != "country" and p.country and gaz.registry.has_place(p.country):
            c = gaz.place(p.country)
            country = {"id": c.id, "name": c.name.ru or c.id, "name_en": c.name.en, "name_kk": c.name.kk,
                       "wikidata": c.wikidata}
        out.append(PlaceRef.model_validate({"id": pid, "name": p.name.ru or p.name.en or pid, "kind": p.kind,
                                            "name_en": p.name.en, "name_kk": p.name.kk, "wikidata": p.wikidata,
                                            "lat": p.lat, "lon": p.lon, "country": country}))
    return out


def resolve_place(store: GraphStore, text: str) -> list[PlaceRef]:
    """Every place ``text`` may mean: an id, a Wikidata id, or a name in ru/kk/en in any case."""
    text = " ".join(unify_script(word) for word in (text or "").split())
    if not text:
        return []
    rows = store.places_by_ids(list(dict.fromkeys([text, text.lower(), text.upper()])))
    if rows:
        exact = [r for r in rows if r.id == text]
        return [(exact or rows)[0]]
    if _WIKIDATA.match(text):
        return store.places_by_wikidata(text.upper())
    gaz = store.gazetteer
    found = _registry_places(store, text, gaz)
    if found:
        return found
    query = _lucene_query(text)
    if not query:
        return []
    return store.search_place_names(query, 20)


class Names:
    """The name look-ups over one store, as an object the API and the benchmarks hold."""

    def __init__(self, store: GraphStore):
        self.store = store

    def resolve_person(self, text: str) -> list[PersonRef]:
        return resolve_person(self.store, text)

    def resolve_place(self, text: str) -> list[PlaceRef]:
        return resolve_place(self.store, text)

    def search_persons(self, q: str, limit: int = 10) -> list[PersonRef]:
        """Exact and prefix matches first, then the closest spellings (typos) up to ``limit``."""
        found = {p.id: p for p in search_persons(self.store, q, limit)}
        if len(found) < limit:
            for p in self.suggest_persons(q, limit):
                found.setdefault(p.id, p)
        return list(found.values())[:limit]

    def search_places(self, q: str, limit: int = 10) -> list[PlaceRef]:
        """Places whose names match ``q`` (any case, ru/kk/en, beginnings), then the closest spellings."""
        found: dict[str, PlaceRef] = {p.id: p for p in resolve_place(self.store, q)}
        query = _lucene_query(q)
        if query and len(found) < limit:
            for p in self.store.search_place_names(query, limit):
                found.setdefault(p.id, p)
        if len(found) < limit:
            for p in self.suggest_places(q, limit):
                found.setdefault(p.id, p)
        return list(found.values())[:limit]

    def suggest_persons(self, text: str, limit: int = 5) -> list[PersonRef]:
        """The people whose names are closest to ``text`` (edit distance), best first."""
        gaz = self.store.gazetteer
        ids = [s.id for s in fuzzy.indexes_for(gaz.registry, "persons").suggest(text, limit)]
        stored = {p.id: p for p in self.store.persons_by_ids(ids)}
        found = {pid: stored.get(pid) or _registry_person_ref(gaz, pid) for pid in ids}
        query = fuzzy.lucene_fuzzy(text)
        if query and len(found) < limit:
            for p in self.store.search_person_names(query, limit):
                found.setdefault(p.id, p)
        return list(found.values())[:limit]

    def suggest_places(self, text: str, limit: int = 5) -> list[PlaceRef]:
        """The places whose names are closest to ``text`` (edit distance), best first."""
        gaz = self.store.gazetteer
        ids = [s.id for s in fuzzy.indexes_for(gaz.registry, "places").suggest(text, limit)]
        found = {p.id: p for p in _place_refs(self.store, gaz, ids)}
        query = fuzzy.lucene_fuzzy(text)
        if query and len(found) < limit:
            for p in self.store.search_place_names(query, limit):
                found.setdefault(p.id, p)
        return list(found.values())[:limit]

    def choose_person(self, candidates: list[PersonRef], period: tuple[date, date] | None = None) -> Chosen | None:
        """Of the people one name matches (`resolve_person`), the one a reporter most likely means
        (None: a genuine tie); see `service.choice`."""
        if len(candidates) <= 1:
            return Chosen(candidates[0]) if candidates else None
        counts = self.store.person_event_counts([c.id for c in candidates])
        return choose(candidates, self.store.gazetteer.registry, counts, period)
