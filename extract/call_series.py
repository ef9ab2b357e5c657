"""A day of calls told one by one: "Мирзиёев провел ряд телефонных разговоров с главами зарубежных государств.
Президент России Владимир Путин пожелал ... С Президентом Казахстана Касым-Жомартом Токаевым рассмотрены ...
Президенты Кыргызстана и Таджикистана ... затронули ..." (and "Мемлекет басшысы бірқатар шет мемлекеттердің
басшыларымен телефон арқылы сөйлесті. ..."): the series names no side, and each later sentence that names a
leader as its subject, or "с" him, tells one call of that day between him and the series' leader."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from extract import kazakh
from extract.dates import DateMention
from extract.drafts import DateValue, Draft
from extract.mentions import SentenceMentions
from extract.rules.language import Language
from extract.text import Sentence

SERIES_REACH = 8  # sentences after the series in which each call may be told
PHONE = ("телефон", "позвон")  # "телефонных разговоров", "позвонили ряд зарубежных лидеров"
CONVERSATIONS = ("разговор", "переговор", "бесед", "сөйлес", "әңгімелес", "соғ", "шал", "позвон")  # ("телефон соғып", "телефон шалып")
SERIES_WORDS = ("ряд", "серия", "бірқатар")  # before the call noun: "ряд телефонных разговоров"
# the sides in the plural, not named: "с главами зарубежных государств", "шет мемлекеттердің басшыларымен"
UNNAMED_SIDES = ("глав", "лидер", "руководител", "коллег", "басшылар", "көшбасшылар", "әріптестер")
# a message is no call: "Поздравительные послания направили Си Цзиньпин, Моди ..."
MESSAGES = ("послани", "телеграмм", "письм", "хат ", "хатын", "жеделхат")
SIDE_CASES = ("Nom", "Ins", None)  # the subject, or "с" him (Kazakh names are often read without a case)


@dataclass
class CallSeries:
    host: str
    name: str
    registry: bool
    sentence: int
    date: DateValue | None
    lead_day: DateValue | None


def series_told(sent: Sentence, m: SentenceMentions, lang: Language, new: list[Draft], focus,
                dates: list[DateMention], report_day: date | None, own=None) -> CallSeries | None:
    """The series of calls the sentence tells, with no side of it named, if it tells one: on the first day the
    sentence states, else (``report_day``, for a sentence of the lead) the report's day."""
    if not any(w in sent.text.lower() for w in PHONE) or any(d.type == "phone_call" and d.parties() >= 2 for d in new):
        return None
    low = [t.text.lower() for t in sent.tokens]
    # (the series is no event of its own, so no trigger: read its words)
    i = next((k for k, w in enumerate(low) if w.startswith(PHONE) and any(
        x.startswith(CONVERSATIONS) for x in low[max(0, k - 1):k + 3])), None)
    # ("ряд телефонных разговоров с главами ...", "бірқатар ... басшыларымен телефон арқылы сөйлесті")
    if i is None or not any(w.startswith(SERIES_WORDS) for w in low[:i + 3]) \
            or not any(w.startswith(UNNAMED_SIDES) for w in low):
        return None
    host = lang.subject(sent, m, focus)
    if host is None or host.person is None:
        # "Тоқаевқа бірқатар шет мемлекеттердің басшылары телефон соғып": the leaders called him, the one named
        host = next((p for p in m.persons if p.person and p.via in ("name", "title") and not p.speaker_only
                     and (p.case == "Dat" or p.case is None and lang.code == "kk" and _dative(p, sent))), None)
    told = next((p for p in m.persons if p.via == "self" and p.case == "Dat"), None)
    if (host is None or host.person is None) and told is not None:
        # "в день рождения Президента Узбекистана Шавката Мирзиёева, главе государства позвонили руководители ряда
        # зарубежных стран": "глава государства" is the article's own leader, else the one leader it names
        named = {p.person: p for p in m.persons if p.person and p.from_registry and p.via in ("name", "title")
                 and not p.speaker_only}
        if own is None and len(named) == 1:
            own = next((p.person, p.name) for p in named.values())
        if own is not None:
            host = replace(told, person=own[0], name=own[1], from_registry=True)
    if host is None or host.person is None:
        return None
    day = next((d for d in dates if d.precision == "day"), None)
    return CallSeries(host.person, host.name, host.from_registry, sent.index,
                      DateValue(day.start_iso(), day.end_iso(), "day", day.text, "text") if day else None,
                      DateValue(report_day.isoformat(), None, "day", None, "dateline") if report_day else None)


def _dative(p, sent: Sentence) -> bool:
    """A Kazakh name in the dative ("Тоқаевқа"), by its last word's ending."""
    word = next((t.text for t in sent.tokens if t.start <= p.end - 1 < t.end), "")
    return kazakh.case_of(word) == "dat"


def calls_of_the_series(series: CallSeries, sent: Sentence, m: SentenceMentions, new: list[Draft]) -> list[Draft]:
    """One call of the series for each leader the sentence names as its subject or "с" him (not one it has a
    call with already, and not in a sentence about messages sent)."""
    if not 0 < sent.index - series.sentence <= SERIES_REACH or any(w in sent.text.lower() for w in MESSAGES):
        return []
    named = {p.person for p in m.persons if p.person}
    for d in new:
        # "Также состоялся телефонный разговор с Президентом Казахстана ...": the side the sentence does not name
        # is the series' leader, not the one in focus
        unnamed = [pid for pid in d.participants if pid not in named]
        if d.type == "phone_call" and series.host not in d.participants and len(d.participants) == 2 \
                and len(unnamed) == 1:
            d.remove(unnamed[0])
            d.add(series.host, series.name, "participant", series.registry)
    called = {pid for d in new if d.type == "phone_call" and series.host in d.participants for pid in d.participants}
    for d in new:
        # a call of the series the sentence tells in words of its own ("Мирзиёев те Тоқаевты телефон арқылы
        # құттықтады") is of the series' day when it states none
        if d.type == "phone_call" and series.host in d.participants and d.date is None and d.date_words is None:
            d.date = series.date.borrowed() if series.date is not None else None
            d.lead_day = d.lead_day or series.lead_day
    out = []
    for p in m.persons:
        if not p.person or p.person == series.host or p.person in called or p.speaker_only \
                or p.via not in ("name", "title") or p.case not in SIDE_CASES:
            continue
        d = Draft("phone_call", sent.index, (p.start, p.end), (sent.start, sent.end), tense="past")
        d.add(series.host, series.name, "participant", series.registry)
        d.add(p.person, p.name, "participant", p.from_registry)
        d.date = series.date.borrowed() if series.date is not None else None
        d.lead_day = series.lead_day
        called.add(p.person)
        out.append(d)
    return out
