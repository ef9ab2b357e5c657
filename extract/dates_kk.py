"""Kazakh date grammar: regexes over the text → `Candidate`s with language-neutral specs.

Kazakh is agglutinative: a month name carries its case ending ("қарашада" = in November,
"қарашаның 9-ы" = the 9th of November, "қыркүйегінде" with the final к softened to г), and the year
comes first ("2023 жылғы 9 қарашада"). A month name after a day number is read with any ending; a
month on its own only with a locative ending or with "айы", since "қазан" is also a cauldron and,
capitalised, the city of Kazan.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from re import IGNORECASE, Match, Pattern, compile, search

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
    SeasonName,
    SeasonSpan,
    Spec,
    YearRef,
    YearSpan,
)
from extract.date_weeks import RelativeWeek, WeekdayRangeSpec, WeekdaySpec
from extract.dates_numeric import numeric_candidates

# Horizontal whitespace (required, optional), a dash, word start and end: short names for the patterns.
_S, _S0, _DASH, _B, _E = SPACE, SPACE0, DASH, WORD_START, WORD_END

_LETTERS = r"[^\W\d_]*"

_MONTHS = {
    "қаңтар": 1, "ақпан": 2, "наурыз": 3, "сәуір": 4, "мамыр": 5, "маусым": 6,
    "шілде": 7, "тамыз": 8, "қыркүйек": 9, "қыркүйег": 9, "қазан": 10, "қараша": 11, "желтоқсан": 12,
}  # fmt: skip
_OCTOBER = 10
_STEMS = "|".join(sorted(_MONTHS, key=len, reverse=True))
_LOCATIVE = r"(?:сында|сінде|ында|інде|нда|нде|да|де|та|те)"
_GENITIVE = r"(?:ның|нің|дың|дің|тың|тің)"
_ABLATIVE = r"(?:сынан|сінен|ынан|інен|нан|нен|дан|ден|тан|тен)"
_BETWEEN = rf"(?:{_S}аралығында{_E})?"


def _month(token: str) -> int:
    return _MONTHS[token.lower()]


def _is_city(match: Match[str], group: str = "m") -> bool:
    """A capitalised "Қазан" with no day and no "айы" is the city of Kazan, not October."""
    token = match.group(group)
    return _month(token) == _OCTOBER and token[0].isupper()


# ---- years -------------------------------------------------------------------------------------

_REL_YEAR = {"өткен": -1, "былтырғы": -1, "биылғы": 0, "осы": 0, "ағымдағы": 0, "келесі": 1, "алдағы": 1}
_REL_YEAR_ALONE = {"былтыр": -1, "биыл": 0}
_REL_YEAR_ADJ = {"былтырғы": -1, "биылғы": 0, "былтыр": -1, "биыл": 0}


def _alt(words: Iterable[str]) -> str:
    """An alternation that tries longer words first ("позапрошлого" before "прошлого")."""
    return "|".join(sorted(words, key=len, reverse=True))


def _year_prefix(tag: str) -> str:
    """A year before a day, month or season: "2023 жылғы", "өткен жылдың", "өткен жылы", "биылғы", "биыл"."""
    return (
        rf"(?:(?<![\w.,:/])(?P<{tag}y>\d{{4}})(?!\d){_S0}(?:жыл(?:ғы|дың|ы){_E}|ж\.)"
        rf"|(?P<{tag}r>{_alt(_REL_YEAR)}){_S}жыл(?:ғы|дың|ы){_E}"
        rf"|(?P<{tag}a>{_alt(_REL_YEAR_ADJ)}){_E})"
    )


def _year_ref(match: Match[str], tag: str = "p") -> YearRef:
    if year := _opt(match, f"{tag}y"):
        return YearRef(absolute=int(year))
    if relative := _opt(match, f"{tag}r"):
        return YearRef(offset=_REL_YEAR[relative.lower()])
    if adjective := _opt(match, f"{tag}a"):
        return YearRef(offset=_REL_YEAR_ADJ[adjective.lower()])
    return NO_YEAR


def _opt(match: Match[str], name: str) -> str | None:
    """A group that only some of the patterns sharing a handler define."""
    return match.group(name) if name in match.re.groupindex else None


# Every pattern starts at a word start: checking that first keeps the optional prefix cheap.
_PREFIX = rf"{_B}(?:{_year_prefix('p')}{_S})?"


def _day(tag: str) -> str:
    """A day number with an optional case ending ("9-ы", "9-ында"); never a piece of a larger number."""
    return rf"(?<![\w.,:/])(?P<{tag}>\d{{1,2}})(?!\d)(?:-[^\W\d_]+)?"


_PARTS: dict[str, Part] = {"бас": "early", "орта": "mid", "аяғ": "late", "соң": "late"}
_PART_WORDS = r"(?:басында|басынан|басына|ортасында|ортасына|аяғында|аяғына|соңында|соңына)"


def _part(word: str) -> Part:
    word = word.lower()
    return next(part for stem, part in _PARTS.items() if word.startswith(stem))


_SEASONS: dict[str, SeasonName] = {"күз": "autumn", "қыс": "winter", "көктем": "spring", "жаз": "summer"}
_SEASON_QUALIFIERS: dict[str, Relation] = {"өткен": "previous", "келесі": "next", "алдағы": "next", "осы": "this"}
_WEEKDAYS = {"дүйсенбі": 0, "сейсенбі": 1, "сәрсенбі": 2, "бейсенбі": 3, "жұма": 4, "сенбі": 5, "жексенбі": 6}
_WEEKDAY_QUALIFIERS: dict[str, Relation] = {"өткен": "previous", "келесі": "next", "осы": "nearest"}
_RELATIVE_DAYS = {"бүгін": 0, "кеше": -1, "ертең": 1, "бүрсігүні": 2, "бүрсүгүні": 2}
# "кешегі телефон арқылы сөйлесу", "бүгінгі келіссөздер" (not "бүгінгі таңда": nowadays)
_DAY_ADJECTIVES = {"бүгінгі": 0, "кешегі": -1, "ертеңгі": 1}
_COUNTS = {"бір": 1, "екі": 2, "үш": 3, "төрт": 4, "бес": 5, "алты": 6, "жеті": 7, "сегіз": 8, "тоғыз": 9, "он": 10}
_REL_MONTH = {"өткен": -1, "осы": 0, "келесі": 1, "алдағы": 1}


# ---- what each pattern names -------------------------------------------------------------------

Handler = Callable[[Match[str]], Iterator[Candidate]]


def _one(match: Match[str], spec: Spec) -> Iterator[Candidate]:
    yield Candidate(match.start(), match.end(), spec)


def _days(match: Match[str]) -> Iterator[Candidate]:
    """"9 қарашада", "9-10 қараша", "қарашаның 9-ы", "қыркүйектің 4-6 аралығында", "2023 жылғы 9 қарашада"."""
    month = _month(match.group("m"))
    first = int(match.group("d1"))
    last = int(day) if (day := _opt(match, "d2")) else first
    return _one(match, DaySpan(first, month, last, month, _year_ref(match)))


def _cross_month(match: Match[str]) -> Iterator[Candidate]:
    """"30 қарашадан 2 желтоқсанға дейін"."""
    spec = DaySpan(
        int(match.group("d1")), _month(match.group("m1")), int(match.group("d2")), _month(match.group("m2")),
        last_year=_year_ref(match),
    )  # fmt: skip
    return _one(match, spec)


def _day_of_month(match: Match[str]) -> Iterator[Candidate]:
    """"22-сі күні", "осы айдың 22-сінде", "келесі айдың 5-інде": a day of the current or a relative month."""
    offset = _REL_MONTH[rm.lower()] if (rm := _opt(match, "rm")) else None
    return _one(match, DayOfMonth(int(match.group("d")), offset))


def _month_alone(match: Match[str]) -> Iterator[Candidate]:
    """"қарашада", "өткен жылдың қарашасында"; with "айы" even "Қазан айында" is October."""
    if _opt(match, "ay") is None and _is_city(match):
        return iter(())
    month = _month(match.group("m"))
    return _one(match, MonthSpan(month, month, _year_ref(match)))


def _month_part(match: Match[str]) -> Iterator[Candidate]:
    """"қарашаның басында", "қараша айының соңында"."""
    if _opt(match, "ay") is None and _is_city(match):
        return iter(())
    month = _month(match.group("m"))
    return _one(match, MonthSpan(month, month, _year_ref(match), _part(match.group("part"))))


def _year_part(match: Match[str]) -> Iterator[Candidate]:
    """"2024 жылдың соңында", "өткен жылдың басында"."""
    return _one(match, YearSpan(_year_ref(match), part=_part(match.group("part"))))


def _season(match: Match[str]) -> Iterator[Candidate]:
    """"күзде", "биылғы жылдың күзінде", "өткен қыста"."""
    word = match.group("s").lower()
    season = next(name for stem, name in _SEASONS.items() if word.startswith(stem))
    qualifier = (_opt(match, "q") or "").lower()
    return _one(match, SeasonSpan(season, _year_ref(match), _SEASON_QUALIFIERS.get(qualifier, "nearest")))


def _year(match: Match[str]) -> Iterator[Candidate]:
    """"2024 жылы", "2024-2025 жылдары"."""
    first = YearRef(absolute=int(match.group("y1")))
    last = YearRef(absolute=int(year)) if (year := _opt(match, "y2")) else NO_YEAR
    return _one(match, YearSpan(first, last))


def _relative_year(match: Match[str]) -> Iterator[Candidate]:
    """"өткен жылы", "биыл", "былтыр", and a year prefix left on its own ("өткен жылдың")."""
    if word := _opt(match, "ry"):
        return _one(match, YearSpan(YearRef(offset=_REL_YEAR[word.lower()])))
    if word := _opt(match, "ra"):
        return _one(match, YearSpan(YearRef(offset=_REL_YEAR_ALONE[word.lower()])))
    return _one(match, YearSpan(_year_ref(match)))


def _relative_month(match: Match[str]) -> Iterator[Candidate]:
    return _one(match, RelativeMonth(_REL_MONTH[match.group("rm").lower()]))


def _relative_day(match: Match[str]) -> Iterator[Candidate]:
    word = match.group("rd").lower()
    return _one(match, RelativeDay(_RELATIVE_DAYS.get(word, _DAY_ADJECTIVES.get(word, 0))))


_FROM_NOW = {"осыдан", "бүгіннен", "қазірден"}  # "Осыдан бес жыл бұрын": five years ago, from now


def _ago(match: Match[str]) -> Iterator[Candidate]:
    """"екі күн бұрын", "бір жыл бұрын", "үш ай бұрын": counted back from publication in the unit named (not
    "Саммиттен бір күн бұрын", before the event in the ablative: see the relative dates of the discourse)."""
    before = match.string[:match.start()].split()[-1:]
    if before and search(rf"{_ABLATIVE}$", before[0].lower()) and before[0].lower() not in _FROM_NOW:
        return iter(())
    count = match.group("n")
    n = int(count) if count.isdigit() else _COUNTS[count.lower()]
    unit = match.group("unit").lower()
    if unit == "күн":
        return _one(match, RelativeDay(-n))
    if unit == "ай":
        return _one(match, RelativeMonth(-n))
    return _one(match, YearSpan(YearRef(offset=-n)))


def _night(match: Match[str]) -> Iterator[Candidate]:
    """"5 мамырға қараған түні", "сенбіге қараған түні": from the evening before into the day named."""
    if weekday := _opt(match, "w"):
        return _one(match, NightBefore(WeekdaySpec(_WEEKDAYS[weekday.lower()])))
    day, month = int(match.group("d1")), _month(match.group("m"))
    return _one(match, NightBefore(DaySpan(day, month, day, month, _year_ref(match))))


def _week(match: Match[str]) -> Iterator[Candidate]:
    """"өткен аптада", "осы аптаның соңында", "өткен демалыс күндері": the week's month (`RelativeWeek`)."""
    return _one(match, RelativeWeek(_REL_MONTH[match.group("q").lower()], weekend=bool(match.group("weekend"))))


def _weekday_range(match: Match[str]) -> Iterator[Candidate]:
    """"дүйсенбі-сейсенбі күндері", "дүйсенбі және сейсенбі күндері" (joined by a word: neighbouring days only)."""
    start, end = _WEEKDAYS[match.group("w1").lower()], _WEEKDAYS[match.group("w2").lower()]
    if _opt(match, "and") and end != (start + 1) % 7:
        return iter(())
    return _one(match, WeekdayRangeSpec(start, end))


def _weekday(match: Match[str]) -> Iterator[Candidate]:
    relation = _WEEKDAY_QUALIFIERS.get((match.group("q") or "").lower(), "nearest")
    return _one(match, WeekdaySpec(_WEEKDAYS[match.group("w").lower()], relation))


_D1, _D2 = _day("d1"), _day("d2")
_MONTH_WORD = rf"(?<!\w)(?P<m>{_STEMS}){_LETTERS}"
_MONTH_GEN = rf"{_B}(?P<m>{_STEMS})(?:{_GENITIVE}|{_S}(?P<ay>айының)){_E}"

_RULES: tuple[tuple[Pattern[str], Handler], ...] = tuple(
    (compile(pattern, IGNORECASE), handler)
    for pattern, handler in (
        # [2023 жылғы] 9 қарашада | 9-10 қараша [аралығында]
        (rf"{_PREFIX}{_D1}(?:{_DASH}{_D2})?{_S}{_MONTH_WORD}{_BETWEEN}", _days),
        # [2023 жылғы] қарашаның 9-ы | қыркүйектің 4-6 аралығында | қараша айының 9-ы
        (rf"{_PREFIX}{_MONTH_GEN}{_S}{_D1}(?:{_DASH}{_D2})?{_BETWEEN}", _days),
        # 5 мамырға қараған түні | сенбіге қараған түні
        (rf"{_PREFIX}{_D1}{_S}(?P<m>{_STEMS})(?:ға|ге|қа|ке|на|не|а|е){_S}қараған{_S}түні{_E}", _night),
        (rf"{_B}(?P<w>{_alt(_WEEKDAYS)})(?:ге|ға|не|ке){_S}қараған{_S}түні{_E}", _night),
        # мамырдың 15-інен 17-сіне дейін
        (
            rf"{_PREFIX}{_MONTH_GEN}{_S}(?P<d1>\d{{1,2}})(?!\d)-{_LETTERS}{_ABLATIVE}{_E}{_S}{_D2}(?:{_S}дейін{_E})?",
            _days,
        ),
        # 15 мамыр – 17 мамыр [аралығында] | 30 қараша – 2 желтоқсан
        (
            rf"{_PREFIX}{_D1}{_S}(?P<m1>{_STEMS}){_LETTERS}{_DASH}{_D2}{_S}(?P<m2>{_STEMS}){_LETTERS}{_BETWEEN}",
            _cross_month,
        ),
        # 22-сі күні | осы айдың 22-сінде
        (rf"(?<![\w.,:/])(?P<d>\d{{1,2}})(?!\d)-(?:сі|сы|і|ы){_S}күні{_E}", _day_of_month),
        (
            rf"{_B}(?P<rm>{_alt(_REL_MONTH)}){_S}айдың{_S}(?P<d>\d{{1,2}})(?!\d)(?:-[^\W\d_]+)?(?:{_S}күні{_E})?",
            _day_of_month,
        ),
        # 30 қарашадан 2 желтоқсанға дейін
        (
            rf"{_PREFIX}{_D1}{_S}(?P<m1>{_STEMS}){_ABLATIVE}{_E}{_S}{_D2}{_S}(?P<m2>{_STEMS}){_LETTERS}"
            rf"(?:{_S}дейін{_E})?",
            _cross_month,
        ),
        # қарашаның басында | қараша айының соңында
        (rf"{_PREFIX}{_MONTH_GEN}{_S}(?P<part>{_PART_WORDS}){_E}", _month_part),
        # 2024 жылдың соңында | өткен жылдың басында
        (rf"{_B}{_year_prefix('p')}{_S}(?P<part>{_PART_WORDS}){_E}", _year_part),
        # [өткен жылдың] қарашасында | қараша айында
        (rf"{_PREFIX}{_B}(?P<m>{_STEMS}){_LOCATIVE}{_E}", _month_alone),
        (rf"{_PREFIX}{_B}(?P<m>{_STEMS}){_S}(?P<ay>ай(?:ы|ында|да)){_E}", _month_alone),
        # [биылғы жылдың | өткен] күзінде
        (
            rf"{_B}(?:{_year_prefix('p')}{_S}|(?P<q>{_alt(_SEASON_QUALIFIERS)}){_S})?"
            rf"{_B}(?P<s>күз|қыс|көктем|жаз)(?:інде|ында|де|да|те|та){_E}",
            _season,
        ),
        # 2024 жылы | 2024-2025 жылдары
        (rf"(?<![\w.,:/])(?P<y1>\d{{4}})(?!\d){_S0}(?:жыл(?:ы|ғы|дың|дан|ға|да){_E}|ж\.)", _year),
        (rf"(?<![\w.,:/])(?P<y1>\d{{4}}){_DASH}(?P<y2>\d{{4}})(?!\d){_S0}(?:жылдар(?:ы|да|дағы)?{_E}|жж\.)", _year),
        # өткен жылы | биыл | былтыр | өткен жылдың (alone)
        (rf"{_B}(?P<ry>{_alt(_REL_YEAR)}){_S}жылы{_E}", _relative_year),
        (rf"{_B}(?P<ra>{_alt(_REL_YEAR_ALONE)}){_E}", _relative_year),
        (rf"{_B}{_year_prefix('p')}", _relative_year),
        # келесі айда
        (rf"{_B}(?P<rm>{_alt(_REL_MONTH)}){_S}айда{_E}", _relative_month),
        # екі күн бұрын | бір жыл бұрын (but not "шамамен бес жыл бұрын", about five years ago)
        (
            rf"(?<!шамамен ){_B}(?P<n>\d{{1,2}}|{_alt(_COUNTS)}){_S}(?P<unit>күн|ай|жыл){_S}бұрын{_E}",
            _ago,
        ),
        # өткен аптада | осы аптаның соңында | өткен демалыс күндері
        (
            rf"{_B}(?P<q>{_alt(_REL_MONTH)}){_S}(?:аптада|аптаның{_S}{_PART_WORDS}"
            rf"|(?P<weekend>демалыс){_S}(?:күндері|күні))(?!\w)",
            _week,
        ),
        # бүгін, кеше, ертең
        (rf"{_B}(?P<rd>{_alt(_RELATIVE_DAYS)}){_E}", _relative_day),
        (rf"{_B}(?P<rd>{_alt(_DAY_ADJECTIVES)}){_E}(?!{_S}таң)", _relative_day),
        # дүйсенбі-сейсенбі күндері | дүйсенбі және сейсенбі күндері
        (
            rf"{_B}(?P<w1>{_alt(_WEEKDAYS)})(?:{_DASH}|{_S}(?P<and>және|мен|пен|бен){_S})"
            rf"(?P<w2>{_alt(_WEEKDAYS)}){_S}күндері{_E}",
            _weekday_range,
        ),
        # [өткен] жұма күні | сенбіде
        (
            rf"{_B}(?:(?P<q>{_alt(_WEEKDAY_QUALIFIERS)}){_S})?(?P<w>{_alt(_WEEKDAYS)})(?:{_S}күні|де){_E}",
            _weekday,
        ),
    )
)


def candidates(text: str) -> Iterator[Candidate]:
    """Every Kazakh date expression the grammar recognises in ``text``, overlaps included."""
    yield from numeric_candidates(text)
    for pattern, handler in _RULES:
        for match in pattern.finditer(text):
            yield from handler(match)
