"""Kazakh word forms: which registry base form does an inflected token stand for?

natasha does not read Kazakh, so Kazakh articles are matched against a registry of
nominative base forms ("Тоқаев", "Астана", "Ресей") by stripping inflection from each
token. Kazakh is agglutinative and regular: a noun takes a fixed chain of suffix slots

    stem + [derivational -лық] + [plural -лар] + [possessive -ы / -ымыз] + [case] + [-ғы after locative]

and each suffix has a few allomorphs chosen by vowel harmony (hard а/ы vs soft е/і) and
by the sound the preceding morpheme ends with (vowel, nasal, sonorant, voiced, voiceless).
This module enumerates every such chain once, at import time, into a table keyed by the
chain's folded spelling, so stripping a token is a handful of dictionary look-ups.

Design choices, in order of importance:

* A wrong match is worse than a miss. A remainder is accepted only if it is a complete
  suffix chain *and* that chain may follow the stem's final sound: "Алматы" is not
  "Алма" + accusative, because after a vowel the accusative is -ны, never -ты.
  Stems of three letters or fewer ("ел", "АҚШ") only take a single case ending.
* Vowel harmony is not enforced. Names harmonise by rules a spelling does not show
  ("Тоқаевқа" takes its harmony from "Тоқа-", "Парижде" is soft despite its а), and
  text typed without Kazakh letters loses the distinction anyway. In the evaluation no
  wrong match depended on harmony, while enforcing it would have rejected such forms.
* Everything is compared through `fold`, so "Токаевтын" (typed with Russian letters)
  still matches "Тоқаев". `fold` keeps string length so callers can reuse offsets.

docs/kazakh-morphology.md compares these rules with a finite-state analyser package and a
name-declension generator package; the rules were kept for their recall at near-equal
precision (bench/evaluations/kazakh_morphology.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

__all__ = ["case_of", "fold", "matches", "stem_candidates"]

# --- folding -----------------------------------------------------------------------

# Kazakh-specific letters and their usual stand-ins when typed on a Russian layout.
_FOLD_TABLE: Final = str.maketrans(
    {
        "қ": "к",
        "ғ": "г",
        "ң": "н",
        "ү": "у",
        "ұ": "у",
        "ө": "о",
        "ә": "а",
        "і": "и",
        "һ": "х",
        "ё": "е",
    }
)


def fold(text: str) -> str:
    """Lowercase `text` and replace Kazakh letters (and ё) by their Russian stand-ins.

    The result has exactly the same length as `text`, so character offsets found in the
    folded string are valid in the original. The rare characters whose lowercase form
    is longer than one character (e.g. "İ") are kept as they are for that reason.
    """
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
    return lowered.translate(_FOLD_TABLE)


# --- sound classes -----------------------------------------------------------------

# The class of a morpheme's final sound decides the allomorph of the next suffix.
_V: Final = "V"  # vowel
_R: Final = "R"  # р, й (and и, у at the end of a word, which sound like [ій], [уw])
_L: Final = "L"  # л: like a sonorant for case endings, like a nasal for -лар / -лық
_N: Final = "N"  # м, н, ң
_Z: Final = "Z"  # ж, з
_T: Final = "T"  # voiceless, and б в г ғ д which are devoiced at the end of loan names
_P3: Final = "P3"  # after the 3rd-person possessive: case endings take the pronominal -н-

_CLASS_OF_LETTER: Final[dict[str, frozenset[str]]] = {
    **{ch: frozenset({_V}) for ch in "аәеёоөұүыіэюя"},
    **{ch: frozenset({_V, _R}) for ch in "иу"},
    **{ch: frozenset({_R}) for ch in "рй"},
    "л": frozenset({_L}),
    **{ch: frozenset({_N}) for ch in "мнң"},
    **{ch: frozenset({_Z}) for ch in "жз"},
    **{ch: frozenset({_T}) for ch in "кқпстфхһцчшщбвгғд"},
}
_NO_CLASS: Final = frozenset[str]()

# Stem-final voiceless stops voice before a vowel: кітап -> кітабы, жүрек -> жүрегі.
_VOICED: Final = {"п": "б", "к": "г", "қ": "ғ"}
_DEVOICED: Final = {voiced: plain for plain, voiced in _VOICED.items()}

_VOWELS: Final = frozenset("аәеёиоөұүыіэюя")
_HARD_VOWELS: Final = frozenset("аоұыяё")
_SOFT_VOWELS: Final = frozenset("әеөүіэ")
# Final consonants after which a narrow vowel drops before a vowel (халық -> халқы, орын -> орны).
_ELIDING: Final = frozenset("кқнз")


def has_stem(word: str, stems: Iterable[str]) -> bool:
    """Whether the word, folded, starts with one of ``stems`` (Kazakh words carry their endings after the
    stem: "журналистер", "Президенттің кеңесшісі")."""
    low = fold(word)
    return any(low.startswith(fold(stem)) for stem in stems)


def _final_classes(stem: str) -> frozenset[str]:
    """Sound classes of the last sounding letter of a lowercased stem (ь, ъ are silent)."""
    for ch in reversed(stem):
        if ch not in "ьъ":
            return _CLASS_OF_LETTER.get(ch, _NO_CLASS)
    return _NO_CLASS


# --- suffix chains -------------------------------------------------------------------


@dataclass(frozen=True)
class _Morpheme:
    """A suffix: (hard, soft) allomorphs keyed by the class of the sound before it."""

    forms: dict[str, tuple[str, str]]
    leaves: str | None = None  # class it leaves behind; None: that of its last letter


def _morpheme(leaves: str | None = None, **groups: tuple[str, str]) -> _Morpheme:
    """Build a morpheme from groups such as V_N=("ның", "нің") (classes joined by _)."""
    forms = {cls: allomorphs for classes, allomorphs in groups.items() for cls in classes.split("_")}
    return _Morpheme(forms, leaves)


_CASES: Final = {
    "gen": _morpheme(V_N_P3=("ның", "нің"), R_L_Z=("дың", "дің"), T=("тың", "тің")),
    "dat": _morpheme(V_R_L_N_Z=("ға", "ге"), T=("қа", "ке"), P3=("на", "не")),
    "acc": _morpheme(V=("ны", "ні"), R_L_N_Z=("ды", "ді"), T=("ты", "ті"), P3=("н", "н")),
    "loc": _morpheme(V_R_L_N_Z=("да", "де"), T=("та", "те"), P3=("нда", "нде")),
    "abl": _morpheme(V_R_L_Z=("дан", "ден"), N_P3=("нан", "нен"), T=("тан", "тен")),
    "ins": _morpheme(V_R_L_N_P3=("мен", "мен"), Z=("бен", "бен"), T=("пен", "пен")),
}
_DERIVATIONAL: Final = _morpheme(V_R=("лық", "лік"), L_N_Z=("дық", "дік"), T=("тық", "тік"))
_PLURAL: Final = _morpheme(V_R=("лар", "лер"), L_N_Z=("дар", "дер"), T=("тар", "тер"))
_POSSESSIVES: Final = (
    _morpheme(leaves=_P3, V=("сы", "сі"), R_L_N_Z_T=("ы", "і")),  # 3rd person
    _morpheme(V=("мыз", "міз"), R_L_N_Z_T=("ымыз", "іміз")),  # 1st person plural: еліміз
)
_RELATIVE: Final = ("ғы", "гі")  # only after the locative: Астанадағы, Ресейдегі


def _append(chain: str, cls: str, morpheme: _Morpheme, soft: bool) -> tuple[str, str] | None:
    """Attach one morpheme to a chain ending in class `cls`; None if it cannot follow."""
    forms = morpheme.forms.get(cls)
    if forms is None:
        return None
    suffix = forms[soft]
    if suffix[0] in _VOWELS and chain[-1:] in _VOICED:
        chain = chain[:-1] + _VOICED[chain[-1]]
    leaves = morpheme.leaves or min(_final_classes(suffix))
    return chain + suffix, leaves


def _extend(stages: list[tuple[str, str, int]], morpheme: _Morpheme, soft: bool) -> list[tuple[str, str, int]]:
    """Every stage with `morpheme` attached, where it may attach."""
    grown = []
    for chain, cls, count in stages:
        step = _append(chain, cls, morpheme, soft)
        if step is not None:
            grown.append((step[0], step[1], count + 1))
    return grown


def _chains(start: str, soft: bool) -> Iterator[tuple[str, bool]]:
    """All suffix chains that may follow a stem of class `start`: (chain, is_single_case)."""
    stages: list[tuple[str, str, int]] = [("", start, 0)]  # (chain, class it ends in, morphemes)
    stages += _extend(stages, _DERIVATIONAL, soft)
    stages += _extend(stages, _PLURAL, soft)
    stages += [grown for possessive in _POSSESSIVES for grown in _extend(stages, possessive, soft)]
    for chain, cls, count in stages:
        if chain:
            yield chain, False
        for name, case in _CASES.items():
            step = _append(chain, cls, case, soft)
            if step is None:
                continue
            yield step[0], count == 0
            if name == "loc":
                yield step[0] + _RELATIVE[soft], False


_Table = dict[str, frozenset[str]]


def _build_tables() -> tuple[_Table, _Table, _Table, _Table]:
    """Chain -> stem classes it may follow, spelled as written and folded.

    Returns (all chains, single case endings) as written, then the same two folded.
    """
    tables: tuple[dict[str, set[str]], ...] = ({}, {}, {}, {})
    for start in (_V, _R, _L, _N, _Z, _T):
        for soft in (False, True):
            for chain, is_single_case in _chains(start, soft):
                for spelling, offset in ((chain, 0), (fold(chain), 2)):
                    tables[offset].setdefault(spelling, set()).add(start)
                    if is_single_case:
                        tables[offset + 1].setdefault(spelling, set()).add(start)
    every, single, every_folded, single_folded = (
        {chain: frozenset(classes) for chain, classes in table.items()} for table in tables
    )
    return every, single, every_folded, single_folded


_ALL_CHAINS, _SINGLE_CASE, _ALL_CHAINS_FOLDED, _SINGLE_CASE_FOLDED = _build_tables()
_MAX_CHAIN: Final = max(map(len, _ALL_CHAINS))
_KAZAKH_LETTERS: Final = frozenset("әғқңөұүһі")
_SHORT_STEM: Final = 3  # stems this short only take a single case ending
_MIN_STEM: Final = 2
_HYPHENS: Final = "-\u2010\u2011"
# Loan names ending in these clusters take a narrow vowel before a suffix: Минск -> Минскіде.
_EPENTHESIS_AFTER: Final = frozenset({"ск"})
_EPENTHETIC: Final = frozenset("ыі")


# --- stripping -------------------------------------------------------------------------


def _is_soft(stem: str) -> bool | None:
    """Vowel harmony of a stem from its last hard or soft vowel; None if it has neither."""
    for ch in reversed(stem):
        if ch in _HARD_VOWELS:
            return False
        if ch in _SOFT_VOWELS:
            return True
    return None


def _restorations(stem: str) -> Iterator[str]:
    """Base forms hidden behind a stem before a vowel-initial suffix.

    Voicing: кітаб(ы) <- кітап. Elision of a narrow vowel: халқ(ы) <- халық, ерн(і) <- ерін.
    """
    last = stem[-1]
    if last in _DEVOICED:
        yield stem[:-1] + _DEVOICED[last]
    if len(stem) >= 3 and last in _ELIDING and stem[-2] not in _VOWELS and stem[-2] not in "ьъ":
        soft = _is_soft(stem)
        for vowel, vowel_is_soft in (("ы", False), ("і", True)):
            if soft is None or soft == vowel_is_soft:
                yield stem[:-1] + vowel + last


def _suffix_classes(rest: str, single_case_only: bool) -> frozenset[str] | None:
    """Stem classes that the suffix chain `rest` may follow, or None if it is no chain.

    A remainder written with Kazakh letters must be a chain exactly as written; only one
    typed with Russian stand-ins is compared folded. So "-ың" is not mistaken for the
    possessive-accusative "-ын", while "Токаевтын" is still read as "Тоқаевтың".
    """
    if _KAZAKH_LETTERS.isdisjoint(rest):
        return (_SINGLE_CASE_FOLDED if single_case_only else _ALL_CHAINS_FOLDED).get(fold(rest))
    return (_SINGLE_CASE if single_case_only else _ALL_CHAINS).get(rest)


def _split(token: str) -> Iterator[str]:
    """Stems left after stripping one whole suffix chain from a lowercased token."""
    for cut in range(len(token) - 1, max(len(token) - _MAX_CHAIN, 0) - 1, -1):
        rest = token[cut:]
        stem = token[:cut]
        hyphenated = stem[-1:] in _HYPHENS
        if hyphenated:
            stem = stem[:-1]
        if len(stem) < _MIN_STEM:
            continue
        if hyphenated or len(stem) <= _SHORT_STEM:
            single = _suffix_classes(rest, single_case_only=True)
            if single is not None and (hyphenated or _final_classes(stem) & single):
                yield stem
            if hyphenated:
                continue
        allowed = _suffix_classes(rest, single_case_only=False)
        if allowed is None:
            continue
        if len(stem) > _SHORT_STEM and _final_classes(stem) & allowed:
            yield stem
            if stem[-1:] in _EPENTHETIC and stem[-3:-1] in _EPENTHESIS_AFTER and len(stem) > _SHORT_STEM + 1:
                yield stem[:-1]  # "Минскіде" <- Минск: a vowel breaks the final cluster before a suffix
        if rest[0] in _VOWELS:
            for base in _restorations(stem):
                if len(base) > _SHORT_STEM and _final_classes(base) & allowed:
                    yield base


# --- public API ------------------------------------------------------------------------


@lru_cache(maxsize=65_536)
def stem_candidates(token: str) -> tuple[str, ...]:
    """Possible base forms of a Kazakh token, longest first, the token itself included.

    All are lowercased. A base ending in a hyphen-separated case suffix ("АҚШ-пен") is
    accepted whatever its final sound, because abbreviations and figures are read out
    by letter names. Candidates are hypotheses to look up in a registry, not lemmas:
    "кітабы" yields both "кітаб" and "кітап".
    """
    word = token.strip().lower()
    if not word:
        return ()
    return tuple(_unique_longest_first([word, *_split(word), *_initial(token.strip())]))


def _initial(token: str) -> Iterator[str]:
    """A capitalised one-letter word with a single case ending: the last word of a name such as
    "Ван И" ("Ван Иді", "Ван Имен")."""
    if len(token) > 1 and token[0].isupper() and not token[1].isupper():
        single = _suffix_classes(token[1:].lower(), single_case_only=True)
        if single is not None and _final_classes(token[0].lower()) & single:
            yield token[0].lower()


def _unique_longest_first(items: Iterable[str]) -> list[str]:
    """Drop repeats (first wins), then order by length, longest first (stable)."""
    seen: dict[str, None] = dict.fromkeys(items)
    return sorted(seen, key=len, reverse=True)


@lru_cache(maxsize=65_536)
def _folded_candidates(token: str) -> frozenset[str]:
    """Folded candidates, memoised: `matches` is called once per registry base."""
    return frozenset(fold(candidate) for candidate in stem_candidates(token))


def matches(token: str, base: str) -> bool:
    """Whether `token` is `base` or an inflected form of it (case- and letter-insensitive).

    Multi-word bases ("Эммануэль Макрон") inflect on their last word only; the other
    words must be equal after folding. Short bases (three letters or fewer) match only
    exactly or with a single case ending.
    """
    token_words, base_words = fold(token).split(), fold(base).split()
    if not base_words or len(token_words) != len(base_words):
        return False
    if token_words[:-1] != base_words[:-1]:
        return False
    last_token, last_base = token_words[-1], base_words[-1]
    if last_token == last_base:
        return True
    # Stripping only ever changes the last two letters of the base (voicing, elision).
    if len(last_token) < len(last_base) or not last_token.startswith(last_base[:-2]):
        return False
    return last_base in _folded_candidates(token.split()[-1])


# --- case of a word ----------------------------------------------------------------------

# Every spelling (folded) of each case ending, longest first, so "-нда" is read before "-да".
_CASE_ENDINGS: Final = tuple(sorted(
    {(fold(form), name) for name, case in _CASES.items() for pair in case.forms.values() for form in pair},
    key=lambda item: -len(item[0])))
_RELATIVE_FOLDED: Final = tuple(fold(r) for r in _RELATIVE)


@lru_cache(maxsize=65_536)
def case_of(token: str) -> str | None:
    """The case ending a token carries: "gen", "dat", "acc", "loc", "abl", "ins", "rel" (the locative
    made an adjective, "Астанадағы"), or None for the bare (nominative) form and for words not read.

    Only a remainder that `stem_candidates` accepts as a whole suffix chain is read, so "Моди" and
    "Алматы" stay nominative while "Путинмен", "Мирзиёевті", "Президентінің" carry their case.
    """
    word = token.strip().lower()
    folded = fold(word)
    for stem in reversed(stem_candidates(token)):
        if len(stem) >= len(word) or not folded.startswith(fold(stem)):
            continue
        rest = folded[len(stem):].lstrip("-\u2010\u2011")
        if rest.endswith(_RELATIVE_FOLDED):
            return "rel"
        for ending, name in _CASE_ENDINGS:
            if rest.endswith(ending):
                return name
    return None


def name_case(token: str, name: str | None) -> str | None:
    """The case a person's name carries in `token`: none when the token is a word of the name as the registry
    writes it ("Цзиньпин" of "Си Цзиньпин" is no accusative, though it ends like one), else `case_of`."""
    if name and fold(token) in {fold(word) for word in name.split()}:
        return None
    return case_of(token)
