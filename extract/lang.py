"""Which language an article is written in: Russian, Kazakh, English, or something else.

The pipeline needs this to route an article: Russian goes to natasha, Kazakh to the
registry matcher of `extract.kazakh`. Both are written in Cyrillic, so the script alone
does not decide; two kinds of evidence do, counted per word:

* Kazakh: a word containing a Kazakh-only letter (ә ғ қ ң ө ұ ү һ і), or one of the
  frequent Kazakh function words (мен, деп, жылы, туралы, бойынша ...).
* Russian: one of the frequent Russian function words (и, в, на, что, это ...), which
  make up about a fifth of any Russian text and practically never occur in Kazakh.

Each share is divided by its typical rate in real text before they are compared, so a
Russian article that quotes a Kazakh title ("Парасат майданы") or spells a few names
with Kazakh letters ("Ақорда") stays Russian: its many function words outweigh a few
marked words. Latin text is English when English function words outnumber the common
French, German and Spanish ones plus words with accented letters. Anything else, or fewer than three letters, is "other".
"""

from __future__ import annotations

import re
from typing import Final, Literal

__all__ = ["Language", "detect_language"]

Language = Literal["ru", "kk", "en", "other"]

_WORD: Final = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_MIN_LETTERS: Final = 3

_KAZAKH_LETTERS: Final = frozenset("әғқңөұүһі")
# Ukrainian and Belarusian letters: their "і" must not pass for Kazakh.
_OTHER_CYRILLIC_LETTERS: Final = frozenset("їєґў")
_KAZAKH_WORDS: Final = frozenset(
    "мен деп жылы туралы бойынша осы ол оның кейін дейін деді еді болып болды сол және бұл".split()
)
# "не" and "да" are left out: Kazakh uses them too ("не үшін" = why).
_RUSSIAN_WORDS: Final = frozenset(
    "и в во на с со по что это как для от из к о об за у а но он она они его ее её их "
    "который которая которые которых также при после был была было были будет года году "
    "ли же бы только уже или так все всё мы вы я".split()
)
_ENGLISH_WORDS: Final = frozenset(
    "the of and to in is was for on with that by as at from has have had will are be "
    "said it its an a this his her he she they were not after which who".split()
)
_OTHER_LATIN_WORDS: Final = frozenset(
    "le la les des du et est une un der die das und ist von den dem el los las y es con por que "
    "del al".split()
)

# Typical share of marked words in real news text (the seed articles: Kazakh ~0.6 of
# words carry Kazakh evidence, Russian ~0.22 are Russian function words). Halved, so a
# text needs only about half the usual density to count.
_KAZAKH_RATE: Final = 0.3
_RUSSIAN_RATE: Final = 0.11
_ENGLISH_MIN_SHARE: Final = 0.1


def _script(ch: str) -> str:
    """'cyr', 'lat' or 'other' for a letter."""
    code = ord(ch)
    if 0x0400 <= code <= 0x052F:
        return "cyr"
    if ch.isascii() or 0x00C0 <= code <= 0x024F or 0x1E00 <= code <= 0x1EFF:
        return "lat"
    return "other"


def _letter_counts(text: str) -> dict[str, int]:
    counts = {"cyr": 0, "lat": 0, "other": 0}
    for ch in text:
        if ch.isalpha():
            counts[_script(ch)] += 1
    return counts


def _cyrillic_language(words: list[str]) -> Language:
    """Kazakh, Russian or other for text whose letters are mostly Cyrillic."""
    cyrillic = [word for word in words if _script(word[0]) == "cyr"]
    if not cyrillic:
        return "other"
    other = sum(1 for word in cyrillic if not _OTHER_CYRILLIC_LETTERS.isdisjoint(word))
    if other >= 2 and other / len(cyrillic) >= 0.03:
        return "other"
    kazakh = sum(1 for word in cyrillic if word in _KAZAKH_WORDS or not _KAZAKH_LETTERS.isdisjoint(word))
    russian = sum(1 for word in cyrillic if word in _RUSSIAN_WORDS)
    kazakh_score = kazakh / len(cyrillic) / _KAZAKH_RATE
    russian_score = russian / len(cyrillic) / _RUSSIAN_RATE
    return "kk" if kazakh_score > russian_score else "ru"


def _latin_language(words: list[str]) -> Language:
    """English or other for text whose letters are mostly Latin."""
    latin = [word for word in words if _script(word[0]) == "lat"]
    english = sum(1 for word in latin if word in _ENGLISH_WORDS)
    # Function words of the nearest languages, and words with accented letters, which
    # English spells only in borrowed names ("Präsident", "président" are not English).
    others = sum(1 for word in latin if word in _OTHER_LATIN_WORDS or not word.isascii())
    if latin and english > others and english / len(latin) >= _ENGLISH_MIN_SHARE:
        return "en"
    return "other"


def detect_language(text: str) -> Language:
    """The language of `text`: "ru", "kk", "en", or "other" (other script, too short).

    Decided by the script most letters are written in, then by the word evidence
    described in the module docstring. A text without evidence either way that is
    written in Cyrillic counts as Russian, the language most of the sources use.
    """
    counts = _letter_counts(text)
    if sum(counts.values()) < _MIN_LETTERS:
        return "other"
    script = max(counts, key=lambda name: counts[name])
    words = [word.lower() for word in _WORD.findall(text)]
    if script == "cyr":
        return _cyrillic_language(words)
    if script == "lat":
        return _latin_language(words)
    return "other"
