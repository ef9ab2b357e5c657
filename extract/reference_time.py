"""What a sentence's titles resolve against: the day or span it speaks of ("президент Украины" names
a person only on a known date). The sentence's own date, else the article's, else the latest full date
the text states."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from extract import kazakh
from extract.dates import find_dates
from extract.rules import names_titles as nt

_WORD_BEFORE = re.compile(r"(\w+)\s*$")


@dataclass(frozen=True)
class When:
    """The time a sentence speaks of: a day, or a span ("в 2013 году") the office must be held through."""

    first: date
    last: date

    @classmethod
    def of(cls, at: date | When | None) -> When | None:
        if at is None or isinstance(at, When):
            return at
        return cls(at, at)


def reference_time(dates, known: date | None, text: str, lang: str = "ru") -> When | None:
    """What a sentence's titles resolve against: the sentence's own date, else the date the article is
    known to speak of (dateline, publication), else the latest full date the article states."""
    if dates:
        return When(dates[0].first, dates[0].last)
    if known is not None:
        return When(known, known)
    stated = latest_stated_date(text, lang)
    return When(stated, stated) if stated else None


@lru_cache(maxsize=8)
def latest_stated_date(text: str, lang: str = "ru") -> date | None:
    """The latest calendar day the text states ("24 апреля 2017 года", "2018 жылғы 5 қарашада").

    A bare year is left out: news gives years for background ("в 1994 году он стал президентом"),
    and a title resolved against it names a leader of that time. "до 1 января 2030 года" is a plan."""
    days = []
    for mention in find_dates(text, None, lang):
        if mention.precision != "day" or mention.year_inferred:
            continue
        before = _WORD_BEFORE.search(text[max(0, mention.start - 20):mention.start])
        if before and before.group(1).lower() in nt.RU_PLAN_PREPOSITIONS:
            continue
        if any(kazakh.fold(text[mention.end:mention.end + 12]).lstrip().startswith(kazakh.fold(w))
               for w in nt.KK_PLAN_WORDS):
            continue
        days.append(mention.first)
    return max(days) if days else None
