"""Look-up tables over the registry: which token sequences name which person, place or country.

Every name is a sequence of words; a word matches a token when the token's base-form candidates
(`Token.forms`) share a form with the word's. Russian inflection ("Путиным", "Астане") and Kazakh case
endings ("Тоқаевтың", "Астанаға") are handled by those candidates, not here.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from extract import kazakh
from extract.registry import Person, Place, Registry, default_registry
from extract.text import Token, _morph_lemmas, fold_ru, ru_forms

_KAZAKH_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")


def _has_kazakh_letters(word: str) -> bool:
    return any(ch in _KAZAKH_LETTERS for ch in word)

HEAD_OF_STATE_ROLES = ("president", "chairman", "king", "monarch")
HEAD_OF_GOVERNMENT_ROLES = ("prime_minister", "chancellor")
# Offices that make someone a possible participant of a summit-level event.
LEADER_ROLES = frozenset(HEAD_OF_STATE_ROLES + HEAD_OF_GOVERNMENT_ROLES
                         + ("vice_president", "head_of_region", "un_secretary_general", "foreign_minister"))
NON_PARTICIPANT_ROLES = frozenset({"press_secretary"})


def word_forms(word: str) -> frozenset[str]:
    """Forms a registry word may take in either language's token candidates."""
    lemmas = _morph_lemmas(word) if word[:1].isupper() and not _has_kazakh_letters(word) else ()
    forms = set(ru_forms(word, lemmas)) | {kazakh.fold(word)}
    return frozenset(f for f in forms if f)


@dataclass(frozen=True)
class NameKey:
    words: tuple[frozenset[str], ...]
    target: str  # person or place id
    exact: bool  # a short word: only an exact (uninflected or case-ending) match counts


@dataclass(frozen=True)
class Match:
    target: str
    first: int  # token index
    last: int   # inclusive


class Gazetteer:
    def __init__(self, registry: Registry):
        self.registry = registry
        self._person_keys: dict[str, list[NameKey]] = defaultdict(list)
        self._place_keys: dict[str, list[NameKey]] = defaultdict(list)
        self._adjectives: dict[str, str] = {}
        for person in registry.persons:
            for name in self._person_names(person):
                self._add(self._person_keys, name, person.id)
        for place in registry.places:
            for name in place.names():
                self._add(self._place_keys, name, place.id)
            for adjective in place.adjectives.values():
                self._adjectives[kazakh.fold(adjective)] = place.id
                self._adjectives[fold_ru(adjective)] = place.id

    @staticmethod
    def _person_names(person: Person) -> set[str]:
        names = set(person.names())
        # The surname alone, and the last word of each full name ("Цзиньпин"), are how news refer back.
        for name in person.name.values():
            names.add(name.split()[-1])
        return {n for n in names if n}

    @staticmethod
    def _add(index: dict[str, list[NameKey]], name: str, target: str) -> None:
        words = [w for w in name.replace(".", ". ").split() if w]
        if not words:
            return
        key = NameKey(tuple(word_forms(w) for w in words), target, exact=len(name) <= 3)
        # Index by every form of the first word so a token's forms find it.
        for form in key.words[0]:
            index[form].append(key)

    # ------------------------------------------------------------------ matching
    def _match(self, index: dict[str, list[NameKey]], tokens: tuple[Token, ...], i: int) -> list[Match]:
        token = tokens[i]
        if not token.forms or not (token.is_capitalized or token.text.isupper()):
            return []
        found: dict[str, Match] = {}
        for form in token.forms:
            for key in index.get(form, ()):
                if key.exact and token.low not in key.words[0] and kazakh.fold(token.text) not in key.words[0]:
                    continue
                n = len(key.words)
                if i + n > len(tokens):
                    continue
                if all(tokens[i + k].forms & key.words[k] for k in range(1, n)):
                    previous = found.get(key.target)
                    if previous is None or previous.last < i + n - 1:
                        found[key.target] = Match(key.target, i, i + n - 1)
        return list(found.values())

    def persons_at(self, tokens: tuple[Token, ...], i: int) -> list[Match]:
        return self._match(self._person_keys, tokens, i)

    def places_at(self, tokens: tuple[Token, ...], i: int) -> list[Match]:
        return self._match(self._place_keys, tokens, i)

    def adjective_country(self, token: Token) -> str | None:
        """The place an adjective token points to ("казахстанский", "российского", "қазақстандық")."""
        for form in (token.lemma, token.low, *token.forms):
            if form in self._adjectives:
                return self._adjectives[form]
        return None

    # ------------------------------------------------------------------ knowledge
    def person(self, person_id: str) -> Person:
        return self.registry.person(person_id)

    def place(self, place_id: str) -> Place:
        return self.registry.place(place_id)

    def country_of(self, place_id: str) -> str | None:
        place = self.registry.place(place_id)
        return place_id if place.kind == "country" else place.country

    def head_of(self, place_id: str, at: date | None, government: bool = False) -> Person | None:
        """Who led a country (head of state, or of government) or a region on a date."""
        place = self.registry.place(place_id)
        roles = ("head_of_region",) if place.kind == "region" else (
            HEAD_OF_GOVERNMENT_ROLES if government else HEAD_OF_STATE_ROLES)
        for role in roles:
            holders = self.registry.office_holders(role, place_id, at)
            if holders:
                return holders[0]
        return None

    def home_country(self, person_id: str, at: date | None) -> str | None:
        """The country a person serves (at the date if known), for telling guest from host."""
        person = self.registry.person(person_id)
        offices = person.offices_at(at) if at else ()
        for office in offices or person.offices:
            if self.registry.has_place(office.of):
                return self.country_of(office.of)
        return None

    def is_leader(self, person_id: str, at: date | None = None) -> bool:
        person = self.registry.person(person_id)
        return any(o.role in LEADER_ROLES for o in person.offices)

    def is_non_participant(self, person_id: str) -> bool:
        person = self.registry.person(person_id)
        return bool(person.offices) and all(o.role in NON_PARTICIPANT_ROLES | {"other"} for o in person.offices)


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    return Gazetteer(default_registry())
