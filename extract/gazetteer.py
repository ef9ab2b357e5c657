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
from extract.registry import Office, Person, Place, Registry, default_registry
from extract.rules import names_people as np
from extract.rules import places_cases as pc
from extract.rules.places_residences import RESIDENCES
from extract.text import Token, _morph_lemmas, _natasha, fold_ru, ru_forms

_KAZAKH_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")


def _has_kazakh_letters(word: str) -> bool:
    return any(ch in _KAZAKH_LETTERS for ch in word)

HEAD_OF_STATE_ROLES = ("president", "chairman", "king", "monarch")
HEAD_OF_GOVERNMENT_ROLES = ("prime_minister", "chancellor")
# Offices that make someone a possible participant of a summit-level event.
LEADER_ROLES = frozenset(HEAD_OF_STATE_ROLES + HEAD_OF_GOVERNMENT_ROLES
                         + ("vice_president", "head_of_region", "un_secretary_general", "foreign_minister"))
NON_PARTICIPANT_ROLES = frozenset({"press_secretary", "aide"})


def word_forms(word: str) -> frozenset[str]:
    """Forms a registry word may take in either language's token candidates.

    A word that does not decline in Russian ("Раиси", "Моди", "Сочи") is kept whole: its stem ("раис")
    is the stem of other words ("Раиса") and would match them."""
    lemmas = _morph_lemmas(word) if word[:1].isupper() and not _has_kazakh_letters(word) else ()
    if fold_ru(word).endswith(np.INDECLINABLE_ENDINGS):
        forms = {fold_ru(word), *(fold_ru(lemma) for lemma in lemmas)}
    else:
        forms = set(ru_forms(word, lemmas))
    forms.add(kazakh.fold(word))
    return frozenset(f for f in forms if f)


@lru_cache(maxsize=50_000)
def _parses(word: str) -> tuple[tuple[str, frozenset[str], bool], ...]:
    """pymorphy's readings of a word: (normal form, grammemes, known to the dictionary)."""
    morph = _natasha()[1]
    return tuple((fold_ru(p.normal_form), frozenset(str(p.tag).replace(" ", ",").split(",")), p.is_known)
                 for p in morph(word)[:3])


def is_russian_token(token: Token) -> bool:
    """A token analysed by natasha (a Kazakh token carries no part of speech)."""
    return bool(token.pos)


def is_form_of(token: Token, word: str) -> bool:
    """Whether a Russian token is an inflected form of ``word`` by its own reading, not through a stem
    it shares with an unrelated word ("Путиным" is a form of "Путин", "Раиса" is not a form of "Раиси").
    Kazakh letters count as their Russian stand-ins ("Тоқаев" is "Токаев")."""
    target = kazakh.fold(word)
    if kazakh.fold(token.low) == target or kazakh.fold(token.lemma) == target:
        return True
    return any(kazakh.fold(normal) == target for normal, _, _ in _parses(token.text))


def is_dictionary_word(token: Token) -> bool:
    """A word the dictionary knows as something other than a proper name ("Трассы", "Мамин")."""
    readings = _parses(token.text)
    if not readings:
        return False
    _, grammemes, known = readings[0]
    return known and not grammemes & np.PROPER_GRAMMEMES and not any(
        "Surn" in g for _, g, _ in readings)


def is_common_word(token: Token) -> bool:
    """A word that is itself the base form of a common word ("Мамин", "Мур"), whatever else it is."""
    readings = _parses(token.text)
    return bool(readings) and readings[0][2] and readings[0][0] == token.low and not any(
        g & np.PROPER_GRAMMEMES for _, g, _ in readings)


def is_given_name(token: Token) -> bool:
    """A word the dictionary knows only as a first name ("Альберт", "Раиса"), never as a surname."""
    readings = _parses(token.text)
    return bool(readings) and readings[0][2] and "Name" in readings[0][1] and not any(
        "Surn" in g for _, g, _ in readings)


def place_case(tokens: tuple[Token, ...], first: int, last: int, names) -> str | None:
    """The case of a place name; for one that does not decline ("в Абу-Даби", "в США") the word that
    governs the preposition decides: "прибыл в" is a direction, "встретились в" a location."""
    tagged = tokens[last].feat("Case")
    if not is_russian_token(tokens[last]) or first == 0 or tokens[first - 1].low not in pc.DIRECTION_PREPOSITIONS:
        return tagged
    written = fold_ru(" ".join(t.text for t in tokens[first:last + 1]))
    indeclinable = tokens[last].text.isupper() or (
        written.endswith(np.INDECLINABLE_ENDINGS) and any(fold_ru(n) == written for n in names))
    if not indeclinable:
        return _case_by_ending(written, names) or tagged
    for k in range(first - 2, max(-1, first - 2 - pc.GOVERNOR_REACH), -1):
        tok = tokens[k]
        if tok.pos == "PUNCT":
            break
        if tok.lemma in pc.MOTION_GOVERNORS:
            return "Acc"
        if tok.pos in ("VERB", "AUX"):
            break
    return "Loc"


def _case_by_ending(written: str, names) -> str | None:
    """After "в": the ending a declined place name took tells its case where the tagger, not knowing a foreign
    name, may not ("в Габале" from "Габала" is a location, "в Габалу" a direction)."""
    for name in (fold_ru(n) for n in names):
        if not name or written == name or written[:-2] != name[:-2] and written[:len(name) - 1] != name[:-1]:
            continue
        if written.endswith(("е", "и")) and not name.endswith(("е", "и")):
            return "Loc"
        if written.endswith(("у", "ю")) and name.endswith(("а", "я")):
            return "Acc"
    return None


@dataclass(frozen=True)
class NameKey:
    words: tuple[frozenset[str], ...]
    target: str  # person or place id
    exact: bool  # a short word: only an exact (uninflected or case-ending) match counts
    word: str = ""  # the word of a one-word name ("Путин"), else ""


@dataclass(frozen=True)
class Match:
    target: str
    first: int  # token index
    last: int   # inclusive
    word: str = ""  # the registry word of a one-word match (a surname alone), else ""

    @property
    def bare(self) -> bool:
        return bool(self.word)


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
        # "в Акорде", "в Кремле": a residence stands for its city
        for residence, city in RESIDENCES.items():
            if registry.has_place(city):
                self._add(self._place_keys, residence, city)
        self._given: dict[str, frozenset[str]] = {p.id: self._given_forms(p) for p in registry.persons}

    @staticmethod
    def _person_names(person: Person) -> set[str]:
        names = set(person.names())
        # The surname alone, and the last word of each full name ("Цзиньпин"), are how news refer back.
        for name in person.name.values():
            names.add(name.split()[-1])
        # "Владимир Владимирович", "Касым-Жомарт Кемелевич": the given name and patronymic of the full name,
        # how a speaker refers to a leader in a quote
        for full in (person.full_name.values() if person.full_name else ()):
            words = full.split()
            if len(words) == 3 and words[1].lower().endswith(np.PATRONYMIC_ENDINGS):
                names.add(f"{words[0]} {words[1]}")
        return {n for n in names if n}

    @staticmethod
    def _add(index: dict[str, list[NameKey]], name: str, target: str) -> None:
        words = [w for w in name.replace(".", ". ").split() if w]
        if not words:
            return
        key = NameKey(tuple(word_forms(w) for w in words), target, exact=len(name) <= 3,
                      word=words[0] if len(words) == 1 else "")
        # Index by every form of the first word so a token's forms find it.
        for form in key.words[0]:
            index[form].append(key)

    # ------------------------------------------------------------------ matching
    def _match(self, index: dict[str, list[NameKey]], tokens: tuple[Token, ...], i: int) -> list[Match]:
        token = tokens[i]
        if not token.forms or not (token.is_capitalized or token.text.isupper()):
            return []
        found: dict[str, Match] = {}
        for form in sorted(token.forms):  # sorted: the same key wins in every process
            for key in index.get(form, ()):
                if key.exact and token.low not in key.words[0] and kazakh.fold(token.text) not in key.words[0]:
                    continue
                n = len(key.words)
                if i + n > len(tokens):
                    continue
                if all(tokens[i + k].forms & key.words[k] for k in range(1, n)):
                    previous = found.get(key.target)
                    if previous is None or previous.last < i + n - 1:
                        found[key.target] = Match(key.target, i, i + n - 1, key.word)
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

    def adjective_place(self, word: str) -> str | None:
        """The place an adjective written out in its base form points to ("казахстанский")."""
        return self._adjectives.get(fold_ru(word)) or self._adjectives.get(kazakh.fold(word))

    # ------------------------------------------------------------------ knowledge
    def person(self, person_id: str) -> Person:
        return self.registry.person(person_id)

    def place(self, place_id: str) -> Place:
        return self.registry.place(place_id)

    def country_of(self, place_id: str) -> str | None:
        place = self.registry.place(place_id)
        return place_id if place.kind == "country" else place.country

    def head_of(self, place_id: str, at: date | None, government: bool = False) -> Person | None:
        """Who led a country (head of state, or of government) or a region on a date. Without a date
        nobody: today's holder is not who a text of another year means."""
        if at is None:
            return None
        return self.head_during(place_id, at, at, government)

    def capital_of(self, country_id: str) -> Place | None:
        """The registry's capital city of a country, if it knows one."""
        return next((c for c in self.registry.cities() if c.capital and c.country == country_id), None)

    def leader_of(self, place_id: str, at: date | None) -> Person | None:
        """Who the news means by the leader of a country on a date: its head of state, or its head of
        government where the registry says that office leads ("лидеры России и Германии")."""
        return self.head_of(place_id, at, government=self.leads_by_government(place_id))

    def leads_by_government(self, place_id: str) -> bool:
        """Whether "the leader of" this country is its head of government (a parliamentary state)."""
        return self.registry.place(place_id).leader == "head_of_government"

    def head_during(self, place_id: str, first: date, last: date, government: bool = False) -> Person | None:
        """The one person who held the office the whole time from ``first`` to ``last``, or None when the
        office changed hands within it (a year the text states, "в 2009 году президент США")."""
        place = self.registry.place(place_id)
        roles = ("head_of_region",) if place.kind == "region" else (
            HEAD_OF_GOVERNMENT_ROLES if government else HEAD_OF_STATE_ROLES)
        for role in roles:
            at_first = self.registry.office_holders(role, place_id, first)
            if not at_first and not self.registry.office_holders(role, place_id, last):
                continue
            whole = [p for p in at_first if any(_covers(o, role, place_id, first, last) for o in p.offices)]
            return whole[0] if len(whole) == 1 else None
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

    def is_head_of_state(self, person_id: str, at: date | None = None) -> bool:
        """Whether a registry person heads a state (on the day, when it is known): who a bare "Президент",
        "глава государства" may stand for. Someone outside the registry may: nothing says otherwise."""
        if not self.registry.has_person(person_id):
            return True
        person = self.registry.person(person_id)
        offices = person.offices_at(at) if at else person.offices
        return any(o.role in HEAD_OF_STATE_ROLES for o in offices)

    def heads_state_or_government(self, person_id: str) -> bool:
        """Whether a registry person ever headed a state or its government: a leader a summit is for."""
        return any(o.role in HEAD_OF_STATE_ROLES + HEAD_OF_GOVERNMENT_ROLES
                   for o in self.registry.person(person_id).offices)

    def is_non_participant(self, person_id: str) -> bool:
        person = self.registry.person(person_id)
        return bool(person.offices) and all(o.role in NON_PARTICIPANT_ROLES for o in person.offices)

    def held_office_during(self, person_id: str, first: date, last: date) -> bool:
        person = self.registry.person(person_id)
        return any(o.held_on(first) or o.held_on(last) or first <= o.start <= last for o in person.offices)

    # ------------------------------------------------------------------ names
    @staticmethod
    def _given_forms(person: Person) -> frozenset[str]:
        """Forms of every word of a person's names other than the surname."""
        surnames = {kazakh.fold(s) for s in person.surname.values()}
        forms: set[str] = set()
        for name in person.names():
            for word in name.replace(".", ". ").split():
                if kazakh.fold(word) in surnames or word.endswith("."):
                    continue
                for part in (word, *word.split("-")):
                    forms |= word_forms(part)
        return frozenset(forms)

    def fits_name(self, token: Token, person_id: str) -> bool:
        """Whether a word next to a person's surname can be part of that person's name: a first name or
        patronymic the registry knows (or a spelling of it), an initial, a particle."""
        low = kazakh.fold(token.text)
        if token.text.endswith(".") or (len(token.text) <= 2 and token.text[:1].isupper()):
            return True  # an initial: "В. Путин", "Қ.-Ж."
        if low in np.NAME_PARTICLES or low.endswith(np.PATRONYMIC_ENDINGS):
            return True
        given = self._given.get(person_id, frozenset())
        if token.forms & given or kazakh.fold(token.text) in given:
            return True
        n, head = np.SAME_NAME_PREFIX, _plain(low)[:np.SAME_NAME_PREFIX]
        return len(low) >= n and any(len(g) >= n and _plain(g)[:n] == head for g in given)


def _plain(word: str) -> str:
    """A spelling with the letters transliterations swap levelled ("Дэвид" / "Девид")."""
    return word.translate(_PLAIN)


_PLAIN = str.maketrans({"э": "е", "ё": "е", "й": "и"})


def _covers(office: Office, role: str, of: str, first: date, last: date) -> bool:
    return office.role == role and office.of == of and office.held_on(first) and office.held_on(last)


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    return Gazetteer(default_registry())
