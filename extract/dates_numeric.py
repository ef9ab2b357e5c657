"""Full numeric dates, "28.11.2022" and "2022-11-28": the one date form that reads the same in every language."""

from __future__ import annotations

import re
from collections.abc import Iterator

from extract.date_specs import Candidate, DaySpan, YearRef

_NUMERIC = re.compile(
    r"(?<![\w.,:/])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})(?![\d]|\.\d)(?:[^\S\r\n]*(?:г|ж)\.)?"
    r"|(?<![\w.,:/-])(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})(?![\w-])"
)


def numeric_candidates(text: str) -> Iterator[Candidate]:
    """"28.11.2022" and "2022-11-28" (with "г."/"ж." after the first form)."""
    for match in _NUMERIC.finditer(text):
        if match.group("d"):
            day, month, year = match.group("d", "m", "y")
        else:
            year, month, day = match.group("iy", "im", "id")
        spec = DaySpan(int(day), int(month), int(day), int(month), YearRef(absolute=int(year)))
        yield Candidate(match.start(), match.end(), spec)
