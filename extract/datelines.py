"""Datelines: where and when a report comes from, told before its first sentence.

"АСТАНА, 14 марта.", "МОСКВА, 2 апр — РИА Новости.", "МИНСК, 14 марта (БЕЛТА) –", "АСТАНА, 14 марта. /ТАСС/.",
"Москва. 17 марта. INTERFAX.RU -", "АСТАНА. КАЗИНФОРМ –", "Астана. 24 шілде.". The agency's name stands
after the city and the day, with a dash, in slashes or in brackets; a dateline may have no day at all
("АСТАНА. KAZINFORM –"). `break_datelines` puts a line break between a dateline and the lead it opens, so
the dateline is a sentence of its own; the patterns here tell such sentences apart.
"""

from __future__ import annotations

import re

_UP = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ"
# The city: in capitals ("НУР-СУЛТАН", "НЬЮ-ЙОРК", "САНКТ-ПЕТЕРБУРГ"), or one capitalised word ("Москва")
_CITY = rf"(?:[{_UP}][{_UP}\-]{{2,}}(?: [{_UP}][{_UP}\-]{{2,}})?|[{_UP}][\w\-]+)"
_CAPS_CITY = rf"[{_UP}][{_UP}\-]{{2,}}(?: [{_UP}][{_UP}\-]{{2,}})?"
_DAY = r"\d{1,2}\s+[^\W\d_]+\.?"
_DASH = r"[–—-]"
_BRACKETS = r"\([^()\n]{1,30}\)"
# The agency: "/ТАСС/.", "/Корр. ТАСС Иван Петров/.", "(БЕЛТА) –", "— РИА Новости.", "– Sputnik Казахстан.",
# "КАЗИНФОРМ –", "INTERFAX.RU -"
_AGENCY_IN_SLASHES = r"/[^/\n]{2,40}/\.?"
_AGENCY_IN_BRACKETS = rf"{_BRACKETS}\s*{_DASH}"
_AGENCY_AFTER_DASH = rf"{_DASH}\s*[{_UP}][\w.]*(?: [{_UP}][\w.]*){{0,2}}\."
_AGENCY_BEFORE_DASH = rf"[{_UP}][\w.\-]+(?: [\w.\-]+)?\s*{_DASH}"
_AGENCY = (rf"(?:[.,]?\s*{_AGENCY_IN_SLASHES}|\s*{_AGENCY_IN_BRACKETS}|\s*{_AGENCY_AFTER_DASH}"
           rf"|[.,]?\s*{_AGENCY_BEFORE_DASH})")

# A dateline with its day, alone as a sentence: "АСТАНА, 14 марта.", "МОСКВА, 2 апр — РИА Новости."
DATELINE = re.compile(rf"^{_CITY}(?:\s*{_BRACKETS})?,\s*{_DAY}(?:{_AGENCY})?\s*$")
# "Астана." on a line of its own (a dateline the sentence splitter cut in two), before "24 шілде." or
# "КАЗИНФОРМ –"
CITY_LINE = re.compile(r"^[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w\-]+\.?$")
DATE_LINE = re.compile(r"^\d{1,2}\s+\w+\.?$")
# The agency alone, after the city or the day: "КАЗИНФОРМ –", "/ТАСС/.", "INTERFAX.RU -"
AGENCY_LINE = re.compile(rf"^(?:{_AGENCY_IN_SLASHES}|{_AGENCY_IN_BRACKETS}|{_AGENCY_BEFORE_DASH})$")

# A dateline opening a line, before the lead it is followed by on that line. Without a day, only a city in
# capitals with the agency's name after it: "АСТАНА. КАЗИНФОРМ – Сегодня ..."
_OPENING = re.compile(
    rf"^(?:{_CITY}(?:\s*{_BRACKETS})?[.,]\s*{_DAY}{_AGENCY}|{_CAPS_CITY}\.{_AGENCY})(?=\s+\S)")
LEAD_LINES = 4  # the lines of a report, the headline among them, on which a dateline may stand


def break_datelines(text: str) -> str:
    """The text with a line break put between a dateline and the lead on its line (same length, same
    offsets): "МИНСК, 14 марта (БЕЛТА) –\\nГлава государства ...". Only near the top of the report."""
    out = text
    position, seen = 0, 0
    for line in text.splitlines(keepends=True):
        if line.strip():
            seen += 1
            if seen > LEAD_LINES:
                break
            stripped = line.lstrip()
            indent = len(line) - len(stripped)
            if m := _OPENING.match(stripped):
                at = position + indent + m.end()
                if out[at] == " ":
                    out = out[:at] + "\n" + out[at + 1:]
        position += len(line)
    return out
