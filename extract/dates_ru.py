"""Russian date grammar: regexes over the text → `Candidate`s with language-neutral specs.

The grammar only recognises shapes and says what they name; `extract.dates` turns that into days.
All patterns are compiled at import. A date never spans a line break (headlines and list items sit on
their own lines), so "whitespace" below is horizontal whitespace only.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from re import Match, Pattern

from extract.date_specs import (
    DASH,
    NO_YEAR,
    SPACE,
    SPACE0,
    WORD_END,
    WORD_START,
    Candidate,
    DayOfMonth,
    DaySpan,
    MonthSpan,
    NightBefore,
    Part,
    Relation,
    RelativeDay,
    RelativeMonth,
    SeasonSpan,
    Spec,
    WordsOnly,
    YearRef,
    YearSpan,
)
from extract.date_weeks import RelativeWeek, WeekdayRangeSpec, WeekdaySpec
from extract.dates_numeric import numeric_candidates
from extract.dates_ru_following import genitive_follows, nakanune_stands_alone, next_token
from extract.dates_ru_words import (
    ADJECTIVE_ENDINGS,
    COUNTS,
    DAY_ADJECTIVES,
    EVENT_NOUNS,
    MONTH_ACC,
    MONTH_ADJECTIVES,
    MONTH_PREFIXES,
    MONTH_PREP,
    MONTH_STEMS,
    ORDINAL_NOUN_ENDINGS,
    REL_MONTH_GEN,
    REL_MONTH_PREP,
    REL_YEAR_GEN,
    REL_YEAR_PREP,
    RELATIVE_DAYS,
    SEASON_QUALIFIERS,
    SEASONS,
    WEEKDAY_QUALIFIERS,
    WEEKDAYS,
    WEEKDAYS_GEN,
)

# Horizontal whitespace (required, optional), a dash, word start and end: short names for the patterns.
_S, _S0, _DASH, _B, _E = SPACE, SPACE0, DASH, WORD_START, WORD_END


# ---- months ------------------------------------------------------------------------------------

_MONTH_ANY = (
    rf"(?:(?:{MONTH_STEMS})(?:ь|я|ю|е|ём|ем)|март(?:а|е|у|ом)?|август(?:а|е|у|ом)?|ма(?:й|я|ю|е|ем)){_E}"
    r"|(?:янв|февр?|мар|апр|июн|июл|авг|сент?|окт|нояб?|дек)\."
    rf"|(?:янв|фев|мар|апр|июн|июл|авг|сен|окт|ноя|дек){_E}"  # "МОСКВА, 2 апр — РИА Новости."
)


def _month(token: str) -> int:
    word = token.lower()
    return next(number for prefix, number in MONTH_PREFIXES if word.startswith(prefix))


# ---- years -------------------------------------------------------------------------------------


def _alt(words: Iterable[str]) -> str:
    """An alternation that tries longer words first ("позапрошлого" before "прошлого")."""
    return "|".join(sorted(words, key=len, reverse=True))


_YEAR_WORD = rf"(?:{_S0}г\.|{_S}год(?:а|у)?{_E})"


def _year_tail(tag: str, optional: bool = True) -> str:
    """A year after a day or month: "2022 года", "2022 г.", "2022", "прошлого года".

    A bare four-digit number counts only when it looks like a modern year, so that
    "10 мая 1500 человек" does not read 1500 as a year.
    """
    body = (
        rf"{_S}(?:(?P<{tag}y>(?:19|20)\d\d|\d{{4}}(?={_YEAR_WORD}))(?!\d){_YEAR_WORD}?"
        rf"|(?P<{tag}r>{_alt(REL_YEAR_GEN)}){_S}года{_E}"
        rf"|(?P<{tag}c>(?:т|с|тек){_S0}\.{_S0}г\.))"
    )
    return f"(?:{body})?" if optional else f"(?:{body})"


def _opt(match: Match[str], name: str) -> str | None:
    """A group that only some of the patterns sharing a handler define."""
    return match.group(name) if name in match.re.groupindex else None


def _year_ref(match: Match[str], tag: str) -> YearRef:
    if year := _opt(match, f"{tag}y"):
        return YearRef(absolute=int(year))
    if relative := _opt(match, f"{tag}r"):
        return YearRef(offset=REL_YEAR_GEN[relative.lower()])
    if _opt(match, f"{tag}c"):
        return YearRef(offset=0)  # "т. г.", "с. г.": текущего, сего года
    return NO_YEAR


# ---- days --------------------------------------------------------------------------------------


def _day(tag: str) -> str:
    """A day number, optionally with an ordinal ending ("28-го"); never a piece of a larger number."""
    return rf"(?<![\w.,:/])(?P<{tag}>\d{{1,2}})(?!\d)(?:-(?:го|ого|е|ое){_E})?"


_PARTS = (
    rf"начал(?:е|а|у|ом)|перв(?:ой|ую){_S}половин(?:е|ы|у)|середин(?:е|ы|у|ой)"
    rf"|конц(?:е|а|у|ом)|конец|втор(?:ой|ую){_S}половин(?:е|ы|у)"
    rf"|(?:перв|втор|трет|последн)(?:ой|ую|ьей|ью|ей|юю){_S}декад(?:е|ы|у)"
    rf"|(?:перв|последн)(?:ых|ые|их|ие){_S}числа(?:х)?"
)


def _part(word: str) -> Part:
    word = word.lower()
    if word.startswith("втор") and "декад" in word:
        return "mid"
    if word.startswith(("начал", "перв")):
        return "early"
    if word.startswith("середин"):
        return "mid"
    return "late"


_APPROXIMATE = re.compile(rf"(?:около|примерно|почти|более|менее|свыше|больше|меньше|порядка|с\s+лишним){_S}$", re.IGNORECASE)


def _qualifier(word: str | None, table: dict[str, Relation], default: Relation) -> Relation:
    if not word:
        return default
    word = word.lower()
    return next((relation for stem, relation in table.items() if word.startswith(stem)), default)


# ---- patterns and what each one names ----------------------------------------------------------

Handler = Callable[[Match[str]], Iterator[Candidate]]


def _one(match: Match[str], spec: Spec) -> Iterator[Candidate]:
    yield Candidate(match.start(), match.end(), spec)


def _day_range(match: Match[str]) -> Iterator[Candidate]:
    """"с 8 по 10 мая", "с 30 ноября по 2 декабря", "29-30 ноября", "30 ноября – 2 декабря 2022 года"."""
    last_month = _month(match.group("m2"))
    first_month = _month(first) if (first := _opt(match, "m1")) else last_month
    spec = DaySpan(
        int(match.group("d1")), first_month, int(match.group("d2")), last_month,
        last_year=_year_ref(match, "b"), first_year=_year_ref(match, "a"),
    )  # fmt: skip
    return _one(match, spec)


def _day_single(match: Match[str]) -> Iterator[Candidate]:
    """"28 ноября", "28 ноября 2022 года", "28-го ноября прошлого года"."""
    day, month = int(match.group("d2")), _month(match.group("m2"))
    return _one(match, DaySpan(day, month, day, month, _year_ref(match, "b")))


def _day_list(match: Match[str]) -> Iterator[Candidate]:
    """"28 и 29 ноября", "5, 6 и 7 мая": each listed day is its own mention, sharing month and year."""
    month, year = _month(match.group("m2")), _year_ref(match, "b")
    offset = match.start()
    for number in re.finditer(r"\d{1,2}", match.string[offset : match.start("d2")]):
        day = int(number.group())
        yield Candidate(offset + number.start(), offset + number.end(), DaySpan(day, month, day, month, year))
    day = int(match.group("d2"))
    yield Candidate(match.start("d2"), match.end(), DaySpan(day, month, day, month, year))


def _month_part(match: Match[str]) -> Iterator[Candidate]:
    """"в конце октября", "в начале 2025 года", "в середине текущего месяца"."""
    part = _part(match.group("part"))
    if unit := match.group("unit"):  # "до конца года", "в начале месяца": of the current year or month
        return _one(match, YearSpan(YearRef(offset=0), part=part) if unit.lower() == "года" else RelativeMonth(0, part))
    if match.group("m2"):
        month = _month(match.group("m2"))
        return _one(match, MonthSpan(month, month, _year_ref(match, "b"), part))
    if match.group("cy"):
        return _one(match, YearSpan(YearRef(absolute=int(match.group("cy"))), part=part))
    if match.group("rm"):
        return _one(match, RelativeMonth(REL_MONTH_GEN[match.group("rm").lower()], part))
    return _one(match, YearSpan(YearRef(offset=REL_YEAR_GEN[match.group("cr").lower()]), part=part))


def _month_part_range(match: Match[str]) -> Iterator[Candidate]:
    """"в конце ноября – начале декабря", "с конца октября по середину ноября": the months, from one part
    to another, keep month precision; the parts are only a hint, so none is kept for the whole."""
    first, last = _month(match.group("m1")), _month(match.group("m2"))
    spec = MonthSpan(first, last, _year_ref(match, "b"), first_year=_year_ref(match, "a"))
    return _one(match, spec)


def _day_of_month(match: Match[str]) -> Iterator[Candidate]:
    """"22-го числа", "22 числа текущего месяца": a day of the current (or a relative) month."""
    offset = REL_MONTH_GEN[rm.lower()] if (rm := _opt(match, "rm")) else None
    return _one(match, DayOfMonth(int(match.group("d")), offset))


def _bare_ordinal(match: Match[str]) -> Iterator[Candidate]:
    """"с 20 по 25 мая ... 22-го": a day of the date stated before it; never "22-го созыва"."""
    word = next_token(match.string, match.end())
    if word and word[0].isalpha() and word.lower().endswith(ORDINAL_NOUN_ENDINGS):
        return iter(())
    return _one(match, DayOfMonth(int(match.group("d")), needs_context=True))


def _night(match: Match[str]) -> Iterator[Candidate]:
    """"в ночь на 5 мая", "в ночь с 4 на 5 мая [2025 года]": from the day before into the day named."""
    day, month = int(match.group("d2")), _month(match.group("m2"))
    if (before := _opt(match, "d1")) is not None and int(before) not in (day - 1, 28, 29, 30, 31):
        return iter(())
    return _one(match, NightBefore(DaySpan(day, month, day, month, _year_ref(match, "b"))))


def _adjective(match: Match[str]) -> Iterator[Candidate]:
    """"на декабрьском заседании", "сегодняшние переговоры": a month or a day as an event's adjective."""
    stem = match.group("adj").lower()
    if stem in DAY_ADJECTIVES:
        return _one(match, RelativeDay(DAY_ADJECTIVES[stem]))
    month = MONTH_ADJECTIVES.index(stem) + 1
    return _one(match, MonthSpan(month, month))


def _ago(match: Match[str]) -> Iterator[Candidate]:
    """"два дня назад", "год назад", "пять лет назад": counted back from publication in the unit named.

    An approximate count ("около семи лет назад", "несколько дней назад") names no date.
    """
    if _APPROXIMATE.search(match.string, 0, match.start()):
        return iter(())
    count, unit = match.group("n"), match.group("unit").lower()
    if count is None and unit not in ("день", "сутки", "месяц", "год"):
        return iter(())  # "семи лет назад", "нескольких дней назад": a count the grammar does not read
    n = 1 if count is None else int(count) if count.isdigit() else COUNTS[count.lower()]
    if unit.startswith(("д", "сут")):
        return _one(match, RelativeDay(-n))
    if unit.startswith("месяц"):
        return _one(match, RelativeMonth(-n))
    return _one(match, YearSpan(YearRef(offset=-n)))


def _night_weekday(match: Match[str]) -> Iterator[Candidate]:
    """"в ночь на субботу": from the evening before into the weekday named."""
    return _one(match, NightBefore(WeekdaySpec(WEEKDAYS[match.group("w").lower()])))


def _week(match: Match[str]) -> Iterator[Candidate]:
    """"на прошлой неделе", "в конце этой недели", "в минувшие выходные": the week's month
    (`RelativeWeek`); "в выходные" of no stated week names no days."""
    qualifier = next((q for name in ("q1", "q2", "q3") if (q := match.group(name))), None)
    if qualifier is None:
        return _one(match, WordsOnly())
    return _one(match, RelativeWeek(_WEEK_OFFSETS[qualifier.lower()], weekend=bool(match.group("weekend"))))


def _month_range(match: Match[str]) -> Iterator[Candidate]:
    """"в сентябре–октябре 2024 года", "с марта по май"."""
    return _one(match, MonthSpan(_month(match.group("m1")), _month(match.group("m2")), _year_ref(match, "b")))


def _month_single(match: Match[str]) -> Iterator[Candidate]:
    """"в ноябре", "в ноябре прошлого года", "ноябрь 2024 года"."""
    month = _month(match.group("m2"))
    return _one(match, MonthSpan(month, month, _year_ref(match, "b")))


def _relative_month(match: Match[str]) -> Iterator[Candidate]:
    return _one(match, RelativeMonth(REL_MONTH_PREP[match.group("rm").lower()]))


def _season(match: Match[str]) -> Iterator[Candidate]:
    """"осенью", "весной 2026 года", "прошлой зимой", "лето 2024 года"."""
    word = match.group("s").lower()
    season = next(name for stem, name in SEASONS.items() if word.startswith(stem))
    relation = _qualifier(_opt(match, "q"), SEASON_QUALIFIERS, "nearest")
    return _one(match, SeasonSpan(season, _year_ref(match, "b"), relation))


def _year_range(match: Match[str]) -> Iterator[Candidate]:
    first, last = YearRef(absolute=int(match.group("y1"))), YearRef(absolute=int(match.group("y2")))
    return _one(match, YearSpan(first, last))


def _year(match: Match[str]) -> Iterator[Candidate]:
    return _one(match, YearSpan(YearRef(absolute=int(match.group("y")))))


def _relative_year(match: Match[str]) -> Iterator[Candidate]:
    """"в прошлом году", "в этом году", and the bare genitive "итоги прошлого года"."""
    if word := _opt(match, "rp"):
        return _one(match, YearSpan(YearRef(offset=REL_YEAR_PREP[word.lower()])))
    return _one(match, YearSpan(YearRef(offset=REL_YEAR_GEN[match.group("rg").lower()])))


def _relative_day(match: Match[str]) -> Iterator[Candidate]:
    return _one(match, RelativeDay(RELATIVE_DAYS[match.group("rd").lower()]))


def _weekday(match: Match[str]) -> Iterator[Candidate]:
    """"в понедельник", "в прошлую пятницу"; but "в среду обитания" is an environment, not Wednesday."""
    weekday = match.group("w").lower()
    if weekday == "среду" and genitive_follows(match.string, match.end()):
        return iter(())
    relation = _qualifier(match.group("q"), WEEKDAY_QUALIFIERS, "nearest")
    return _one(match, WeekdaySpec(WEEKDAYS[weekday], relation))


def _weekday_range(match: Match[str]) -> Iterator[Candidate]:
    """"с понедельника по среду", "в понедельник–вторник", "в понедельник и вторник".

    Joined by "и", only neighbouring days are a span ("в понедельник и вторник находился с визитом");
    "в понедельник и в четверг" are two days, and the first is read alone, as before.
    """
    if first := _opt(match, "g"):
        start = WEEKDAYS_GEN[first.lower()]
        last = _opt(match, "g2")
        end = WEEKDAYS_GEN[last.lower()] if last else WEEKDAYS[match.group("w2").lower()]
    else:
        start, end = WEEKDAYS[match.group("w1").lower()], WEEKDAYS[match.group("w3").lower()]
    if _opt(match, "and") and end != (start + 1) % 7:
        return iter(())
    # "(запланированный) на четверг и пятницу": the days a plan is for, the coming ones
    ahead = match.group(0).lower().lstrip().startswith("на")
    return _one(match, WeekdayRangeSpec(start, end, "ahead" if ahead else "nearest"))


def _nakanune(match: Match[str]) -> Iterator[Candidate]:
    if nakanune_stands_alone(match.string, match.end()):
        yield Candidate(match.start(), match.end(), RelativeDay(-1))


_D1, _D2 = _day("d1"), _day("d2")
_M1, _M2 = rf"(?P<m1>{_MONTH_ANY})", rf"(?P<m2>{_MONTH_ANY})"
_IN = rf"{_B}(?:в|во){_S}"
_WEEK_QUALIFIERS = r"прошл|минувш|позапрошл|эт|текущ|нынешн|следующ|будущ|предстоящ|ближайш"
# ... and the week each one counts from the publication week.
_WEEK_OFFSETS = {"позапрошл": -2, "прошл": -1, "минувш": -1, "эт": 0, "текущ": 0, "нынешн": 0,
                 "следующ": 1, "будущ": 1, "предстоящ": 1, "ближайш": 1}

_RULES: tuple[tuple[Pattern[str], Handler], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), handler)
    for pattern, handler in (
        # с 8 по 10 мая | с 30 ноября [2024 года] по 2 декабря [2025 года]
        (
            rf"{_B}(?:с|со){_S}{_D1}(?:{_S}{_M1}{_year_tail('a')})?{_S}(?:по|до){_S}{_D2}{_S}{_M2}{_year_tail('b')}",
            _day_range,
        ),
        # в ночь на 5 мая | в ночь с 4 на 5 мая [2025 года]
        (
            rf"{_B}в{_S}ночь{_S}(?:с{_S}{_D1}(?:{_S}{_M1})?{_S})?на{_S}{_D2}{_S}{_M2}{_year_tail('b')}",
            _night,
        ),
        # на прошлой неделе | в конце этой недели | в минувшие выходные
        (
            rf"{_B}(?:на{_S}(?P<q1>{_WEEK_QUALIFIERS})(?:ой|ей){_S}неделе"
            rf"|(?:в|во|к|до|с|со|на|под){_S}(?:{_PARTS}){_S}(?P<q2>{_WEEK_QUALIFIERS})(?:ой|ей){_S}недели"
            rf"|(?:в|на){_S}(?:(?P<q3>{_WEEK_QUALIFIERS})(?:ие|ые|и|е){_S})?(?P<weekend>выходные)){_E}",
            _week,
        ),
        # в ночь на субботу
        (rf"{_B}в{_S}ночь{_S}на{_S}(?P<w>{_alt(WEEKDAYS)}){_E}", _night_weekday),
        # 29-30 ноября [2022 года]
        (rf"{_D1}{_DASH}{_D2}{_S}{_M2}{_year_tail('b')}", _day_range),
        # 30 ноября – 2 декабря [2022 года]
        (rf"{_D1}{_S}{_M1}{_year_tail('a')}{_DASH}{_D2}{_S}{_M2}{_year_tail('b')}", _day_range),
        # 28 ноября [2022 года | прошлого года]
        (rf"{_D2}{_S}{_M2}{_year_tail('b')}", _day_single),
        # 28 и 29 ноября, 5, 6 и 7 мая
        # (a bounded list, and one way only to read the spaces before "и", so that the scan stays linear)
        (
            rf"(?<![\w.,:/])\d{{1,2}}(?:{_S0},{_S0}\d{{1,2}}){{0,12}}(?:{_S0},)?{_S}и{_S}{_D2}{_S}{_M2}{_year_tail('b')}",
            _day_list,
        ),
        # в конце октября [прошлого года] | в начале 2025 года | в середине текущего месяца | до конца года
        (
            rf"{_B}(?:в|во|к|до|с|со|от|по|под|на){_S}(?P<part>{_PARTS}){_S}"
            rf"(?:{_M2}{_year_tail('b')}|(?P<rm>{_alt(REL_MONTH_GEN)}){_S}месяца{_E}"
            rf"|(?P<cy>\d{{4}})(?!\d){_YEAR_WORD}|(?P<cr>{_alt(REL_YEAR_GEN)}){_S}года{_E}"
            rf"|(?P<unit>года|месяца){_E})",
            _month_part,
        ),
        # в конце ноября – начале декабря | с конца октября по середину ноября [2025 года]
        (
            rf"{_B}(?:в|во|с|со){_S}(?:{_PARTS}){_S}{_M1}{_year_tail('a')}"
            rf"(?:{_DASH}|{_S}(?:по|до|и){_S})(?:(?:в|во){_S})?(?:{_PARTS}){_S}{_M2}{_year_tail('b')}",
            _month_part_range,
        ),
        # 22-го числа [текущего месяца] | 22 числа | на 22-е число | к 22-му числу
        (
            rf"(?<![\w.,:/])(?P<d>\d{{1,2}})(?!\d)(?:-(?:го|ого|е|ое|му|ому))?{_S}(?:числа|число|числу){_E}"
            rf"(?:{_S}(?P<rm>{_alt(REL_MONTH_GEN)}){_S}месяца{_E})?",
            _day_of_month,
        ),
        # (с 20 по 25 мая ...) 22-го
        (rf"(?<![\w.,:/])(?P<d>\d{{1,2}})-(?:го|ого){_E}", _bare_ordinal),
        # в сентябре–октябре [2024 года] | с марта по май [2025 года]
        (rf"{_IN}(?P<m1>{MONTH_PREP}){_DASH}(?P<m2>{MONTH_PREP}){_year_tail('b')}", _month_range),
        (rf"{_B}(?:с|со){_S}{_M1}{_S}(?:по|до){_S}{_M2}{_year_tail('b')}", _month_range),
        # в ноябре [2024 года | прошлого года]
        (rf"{_IN}(?P<m2>{MONTH_PREP}){_year_tail('b')}", _month_single),
        # на январь [2026 года]: a plan's month in the accusative
        (rf"{_B}на{_S}(?P<m2>{MONTH_ACC}){_year_tail('b')}", _month_single),
        # ноябрь 2024 года | ноября прошлого года
        (rf"{_B}{_M2}{_year_tail('b', optional=False)}", _month_single),
        # в следующем месяце
        (rf"{_IN}(?P<rm>{_alt(REL_MONTH_PREP)}){_S}месяце{_E}", _relative_month),
        # [прошлой] осенью [2024 года | текущего года]
        (
            rf"{_B}(?:(?P<q>(?:прошл|эт)(?:ой|ым|им)|(?:минувш|нынешн|текущ|следующ|будущ|предстоящ|наступающ)(?:ей|им)){_S})?"
            rf"(?P<s>зим(?:ой|ою)|весн(?:ой|ою)|летом|осенью){_E}{_year_tail('b')}",
            _season,
        ),
        # осень 2024 года | лета прошлого года
        (rf"{_B}(?P<s>осен[ьи]|зим[аыуе]|весн[аыуе]|лет[оау]){_year_tail('b', optional=False)}", _season),
        # в 2024–2025 годах
        (
            rf"{_B}(?:(?:в|во){_S})?(?<![\w.,:/])(?P<y1>\d{{4}}){_DASH}(?P<y2>\d{{4}})(?!\d)"
            rf"(?:{_S}год(?:ах|ы|ов|ам){_E}|{_S0}гг?\.)",
            _year_range,
        ),
        # в 2024 году | в 2024-м году | 2024 г.
        (
            rf"{_B}(?:(?:в|во){_S})?(?<![\w.,:/])(?P<y>\d{{4}})(?!\d)(?:-(?:м|го|й))?"
            rf"(?:{_S}год(?:а|у|ом)?{_E}|{_S0}г\.)",
            _year,
        ),
        # в прошлом году | прошлого года
        (rf"{_IN}(?P<rp>{_alt(REL_YEAR_PREP)}){_S}году{_E}", _relative_year),
        (rf"{_B}(?P<rg>{_alt(REL_YEAR_GEN)}){_S}года{_E}", _relative_year),
        # сегодня, вчера, позавчера, завтра, послезавтра
        (rf"{_B}(?P<rd>{_alt(RELATIVE_DAYS)}){_E}", _relative_day),
        (rf"{_B}накануне{_E}", _nakanune),
        # два дня назад | год назад | пять лет назад
        (
            rf"{_B}(?:(?P<n>\d{{1,2}}|{_alt(COUNTS)}){_S})?(?P<unit>день|дня|дней|сутки|суток|месяц|месяца|месяцев|год|года|лет)"
            rf"{_S}назад{_E}",
            _ago,
        ),
        # сегодняшняя встреча | на декабрьском заседании | вчерашний телефонный разговор
        (
            rf"{_B}(?P<adj>{_alt(DAY_ADJECTIVES)}|{_alt(MONTH_ADJECTIVES)}){ADJECTIVE_ENDINGS}"
            rf"(?={_S}(?:[а-яё\-]+(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ом|ем|ую|юю|ым|им|ых|их|ыми|ими|ей){_S})?"
            rf"(?:{EVENT_NOUNS}))",
            _adjective,
        ),
        # с понедельника по среду | в понедельник–вторник | в понедельник и (во) вторник | (запланированный)
        # на четверг и пятницу
        (
            rf"{_B}(?:(?:с|со){_S}(?P<g>{_alt(WEEKDAYS_GEN)}){_S}(?:по{_S}(?P<w2>{_alt(WEEKDAYS)})"
            rf"|до{_S}(?P<g2>{_alt(WEEKDAYS_GEN)}))"
            rf"|(?:в|во|на){_S}(?P<w1>{_alt(WEEKDAYS)})(?:{_DASH}|{_S}(?P<and>и)(?:{_S}(?:в|во|на))?{_S})"
            rf"(?P<w3>{_alt(WEEKDAYS)})){_E}",
            _weekday_range,
        ),
        # в понедельник | в прошлую пятницу | в следующий вторник
        (
            rf"{_IN}(?:(?P<q>(?:прошл|эт)(?:ый|ую|ое|от|у|о)|(?:минувш|следующ|будущ|ближайш)(?:ий|ую|ее)){_S})?"
            rf"(?P<w>{_alt(WEEKDAYS)}){_E}",
            _weekday,
        ),
    )
)


# A word without which a rule cannot match: a text that lacks it skips the rule's scan.
_NEEDS: dict[Handler, str] = {
    _ago: "назад", _night: "ночь", _night_weekday: "ночь", _day_of_month: "числ", _bare_ordinal: "го",
}  # fmt: skip


def candidates(text: str) -> Iterator[Candidate]:
    """Every Russian date expression the grammar recognises in ``text``, overlaps included."""
    yield from numeric_candidates(text)
    lower = text.lower()
    for pattern, handler in _RULES:
        needed = _NEEDS.get(handler)
        if needed is not None and needed not in lower:
            continue
        for match in pattern.finditer(text):
            yield from handler(match)
