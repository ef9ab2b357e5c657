"""Rules across sentences: talks that are part of a visit, one gathering told twice, and events that turned
out to have too little to stand on. (A visit's reports and city: `extract.discourse_visits`; undated events
dated by their neighbours: `extract.discourse_dates`; who signed what: `extract.discourse_signings`.)"""

from __future__ import annotations

from datetime import date, timedelta

from extract.drafts import DateValue, Draft, compatible_dates
from extract.gazetteer import Gazetteer
from extract.intervals import interval, parse_iso
from extract.mentions import PlaceMention, SentenceMentions
from extract.rules.blocs import blocs_named, different_blocs, of_the_series

PART_OF_WINDOW = 6      # sentences around a visit in which its talks may be reported
UNNAMED_TALKS_WINDOW = 2  # sentences after a visit in which talks with nobody named are its talks
SITTING_WINDOW = 2      # sentences after a summit in which "заседание" with no name of its own is its sitting
SITTING_STEM = 6        # letters of a sitting's noun that the name of the summit it is of opens with ("заседа")
TALKS_WINDOW = 2        # sentences after talks in which a signing "в ходе визита" may be of them
TALKS_FRAMED_WINDOW = 16  # ... and in which one "по итогам переговоров" may follow
FOLLOWS_ON_REACH = 3    # sentences before "Кроме того, ..." in which the day (and talks' place) it goes on with is told
CALL_WINDOW = 3         # sentences after a call in which "в ходе беседы" still tells that call
DATELINE_REACH = 6      # sentences of a report the dateline's city may place
LATER_REPORT_DAYS = 3   # days after a visit's arrival in which a report's undated parts are not the arrival's
RECALLED_VISIT_DAYS = 40  # days before the report after which a visit recalled frames none of its undated parts


def offices_named_by_the_text(drafts: list[Draft], mentions: list[SentenceMentions]) -> None:
    """"Президент США встретился с семьёй Манделы. ... Президент США Барак Обама, находящийся с визитом
    ...": an office left unnamed for want of a date is the one person the article itself names with that
    office (never when it names two holders of it)."""
    holders: dict[tuple[str, str | None], dict[str, tuple[str, bool]]] = {}
    for m in mentions:
        for p in m.persons:
            if p.person and p.office and p.via in ("name", "title") and not p.speaker_only:
                holders.setdefault((p.office.casefold(), p.office_country), {})[p.person] = (p.name, p.from_registry)
    for d in drafts:
        kept = []
        for title, country, role in d.offices:
            named = holders.get((title.casefold(), country), {})
            if country is None and not named:  # "канцлера": whoever the text names as "канцлер Германии" too
                named = {pid: v for (t, _), people in holders.items() if t.split()[0] == title.casefold()
                         for pid, v in people.items()}
            if len(named) != 1:
                kept.append((title, country, role))
                continue
            (pid, (name, registry)), = named.items()
            d.add(pid, name, role, registry)
            d.leaders.add(pid)
        d.offices = kept


def spans_the_day(value: DateValue, day: date | None) -> bool:
    """"находится с визитом 20-21 августа" in a report of 20 August: the visit is on the dateline's day."""
    if day is None or value.precision != "day":
        return False
    return value.start <= day.isoformat() <= (value.end or value.start)


def _on_the_trip(when: DateValue, day: date) -> bool:
    """Whether a trip dated so may still go on on the day: its span holds it, or it began a few days before it."""
    first, last = interval(when.start, when.end)
    return first <= day <= last or when.end is None and 0 <= (day - first).days <= LATER_REPORT_DAYS


def place_from_dateline(drafts: list[Draft], city: PlaceMention | None, day: date | None, gaz: Gazetteer) -> None:
    """"ДУШАНБЕ, 10 октября. Вчера вечером Токаев провёл неформальную встречу с Путиным", "Астана. 24 шілде.
    ... Мередовты қабылдады": talks, a signing or a gathering held on the dateline's day or the evening before,
    with no place of their own, were where the report comes from ("Накануне ..." with its own day too). Not a
    call, a visit (see `refine_visit_cities`), nor what is told as background with no day of its own."""
    if city is None or day is None:
        return
    home = gaz.country_of(city.place)
    if any(v.type == "visit" and not v.dropped and v.status == "held" and v.place is not None
           and v.place.from_registry and gaz.country_of(v.place.place) != home
           and (v.date or v.lead_day) is not None and _on_the_trip(v.date or v.lead_day, day) for v in drafts):
        return  # "Астана. 5 ноября. ... в ходе визита во Францию провёл переговоры": the day's news is from the trip
        # (not a trip of another month recalled: "напомнил, что в марте побывал с визитом в Китае")
    for d in drafts:
        if d.dropped or d.place is not None or d.type not in ("meeting", "signing", "summit", "forum") \
                or d.status != "held" or d.remote or d.background and d.date is None or d.told_about \
                or d.sentence > DATELINE_REACH or d.refers_back or d.during_call \
                or d.visit_place is not None:
            continue
        when = d.date or d.lead_day
        if when is None or when.precision != "day":
            continue
        if 0 <= (day - date.fromisoformat(when.start)).days <= 1:
            d.place = city


def sittings_of_the_summit(drafts: list[Draft], gaz: Gazetteer, text: str = "") -> None:
    """"Саммит СНГ прошёл в Душанбе. В заседании приняли участие X, Y и Z", "Отырысқа X, Y қатысты": an
    unplaced sitting with no name of its own, told right after the article's summit (one place, one status),
    is that summit's sitting; so is a meeting only told as joined ("Во встрече также участвовали ..."). A
    country the sentence names for someone's trip ("Сессияға Қазақстанға жұмыс сапарымен келген Лукашенко
    қатысты") is no other place when the summit's city is in it."""
    for d in drafts:
        sitting = d.type == "forum" and d.weak
        if not (sitting or d.type == "meeting" and d.refers_back) or d.name or d.dropped \
                or d.place is not None and d.place.kind != "country":
            continue
        summits = [g for g in drafts if g.type == "summit" and not g.dropped and g.status == d.status
                   and g.sentence < d.sentence  # told before it ("the previous summit" told later is not it)
                   and compatible_dates(d.date, g.date)]  # (not one recalled from years before: "в октябре 2022 года")
        # (of several told before, the one whose name opens with the sitting's own noun: "Заседание ВЕЭС ... «на
        # саммите ОДКБ в Бишкеке ...» ... На полях заседания")
        word = text[d.trigger[0]:d.trigger[1]].lower()[:SITTING_STEM]
        named_so = [g for g in summits if word in head_stems(g.name)]
        summits = named_so or summits
        places = [g.place for g in summits if g.place is not None]
        if d.refers_back and any(d.sentence - g.sentence == 1 for g in summits):
            d.type = "summit"  # "... саммит Нью-Йоркте өткен еді. Оған ... қатысқан": the one told just before
            continue
        if not _one_place(places, gaz) or d.place is not None and places and not _one_place(places + [d.place], gaz):
            continue  # two summits told before: whose sitting it is is not said
        # (or any later, when no other gathering of its status is told in between: a live report's sittings)
        others = [g for g in drafts if g.type in ("forum", "summit") and not g.dropped and g.status == d.status
                  and g not in summits and g is not d and not g.weak and g.sentence < d.sentence]
        # (or one whose name opens with the sitting's own noun: "заседание ВЕЭС ... На полях заседания")
        if any(0 < d.sentence - g.sentence <= SITTING_WINDOW for g in summits) or d.date is None and sitting and \
                bool(summits) and (not others or len(named_so) == len(summits)):
            d.type = "summit"
            if others and len({g.name for g in named_so}) == 1:
                d.name = named_so[0].name  # (named so, it is never taken for the other gathering told)
        elif d.refers_back and sitting:
            d.dropped = True  # the sitting told before is no summit: its people are the forum's told just before
            told = [g for g in drafts if g.type == "forum" and not g.dropped and g.status == d.status
                    and g.sentence == d.sentence - 1]  # "Форумның отырысында Тоқаев сөйледі. Оған X, Y қатысты"
            for pid in d.participants if len(told) == 1 else ():
                told[0].add(pid, d.names.get(pid, pid), "participant", pid in d.registry_ids)


def head_stems(name: str | None) -> set[str]:
    """The stems of the nouns a gathering's name may be called by: its first word and its last ("Заседание Высшего
    Евразийского экономического совета", "Жоғары Еуразиялық экономикалық кеңестің отырысы")."""
    words = (name or "").lower().split()
    return {words[0][:SITTING_STEM], words[-1][:SITTING_STEM]} if words else set()


def _one_place(places: list[PlaceMention], gaz: Gazetteer) -> bool:
    """At most one place, a country counting as the city in it ("в Таджикистане" is where "в Душанбе" is)."""
    cities = {p.place for p in places if p.kind == "city"}
    if len(cities) > 1:
        return False
    return len({p.place for p in places}) <= 1 or all(
        p.kind == "city" or any(_in_country(c, p, gaz) for c in places if c.kind == "city") for p in places)


def unify_gatherings(drafts: list[Draft], gaz: Gazetteer) -> None:
    """A summit or forum reported twice in one article ("Саммит ШОС прошел в Астане 4 июля. На саммите
    выступили Путин, Си Цзиньпин и Токаев"): the report without a place takes the place and date of the one
    with them, so that both fold into one event with all its participants. Only when one placed gathering of
    that kind fits it: the same status (a summit held and the next one planned are two), dates and names
    that do not disagree."""
    for etype in ("summit", "forum"):
        gatherings = [d for d in drafts if d.type == etype and not d.dropped]
        placed = [d for d in gatherings if d.place is not None]
        for d in gatherings:
            if d.place is not None and not (d.place.kind == "country" and d.place.from_registry):
                continue  # (a country is no place of its own: "прибыл в Азербайджан для участия в саммите")
            inferred = d.date is not None and d.date.source != "text"  # a dateline day gives way to the text
            fits = [a for a in placed if (a.status == d.status or _still_to_come(d, a)) and a is not d
                    and (inferred or compatible_dates(d.date, a.date))
                    and _names_agree(d.name, a.name)
                    and (d.place is None or a.place.kind == "city" and _in_country(a.place, d.place, gaz))]
            if not (d.background or d.earlier) and any(not (a.background or a.earlier) and a.sentence < d.sentence
                                                       for a in fits):
                # "... заседание ВЕЭС в Астане. Последний раз Пашинян участвовал в заседании ВЕЭС в декабре в
                # Санкт-Петербурге. ... На полях саммита ...": the news's gathering, not one recalled as background,
                # unless it refers back to the one told in the sentence just before ("... 2023 жылы Нью-Йоркте
                # өткен еді. Оған ... қатысқан" goes on with that one)
                fits = [a for a in fits if not (a.background or a.earlier)
                        or d.refers_back and 0 <= d.sentence - a.sentence <= 1]
            told = [a for a in fits if a.sentence < d.sentence]
            if d.refers_back and told:  # "... саммит өтті. Оған X, Y қатысты": the one told just before it
                last = max(t.sentence for t in told)
                fits = [a for a in told if a.sentence == last]
            if fits and all(a.sentence > d.sentence for a in fits) and any(
                    a is not d and a.sentence < d.sentence and a.status == d.status and _names_agree(d.name, a.name)
                    for a in gatherings):
                # "... на заседании Совета ШОС. В своем выступлении на саммите ... Напомним, в июне ... саммит в
                # Астане": a gathering named again points back to the one told before it, not on to a later one
                continue
            if len({a.place.place for a in fits}) > 1:
                # "... отырысына қатысты. Отырысқа X, Y қатысты ... алдыңғы саммиті 2024 жылы Мәскеуде өткен":
                # the one told before it whose date does not disagree with its own
                fits = [a for a in fits if a.sentence < d.sentence and compatible_dates(d.date, a.date)]
            if len({a.place.place for a in fits}) != 1:
                continue
            anchor = next((a for a in fits if a.date is not None), fits[0])
            d.place, d.status = anchor.place, anchor.status
            if (d.date is None or inferred) and anchor.date is not None:
                d.date = DateValue(anchor.date.start, anchor.date.end, anchor.date.precision, anchor.date.text,
                                   "context")
            d.name = d.name or anchor.name
        _date_from_the_same_place(gatherings)


def _still_to_come(d: Draft, told: Draft) -> bool:
    """"... саммиті қыркүйекке ауыстырылды. Саммитті Ли Чжэ Мён өткізеді, оған Тоқаев қатысады": a gathering
    still to come, told right after one put off or moved, is that one."""
    return d.status == "planned" and told.status in ("postponed", "relocated") and d.sentence - told.sentence == 1


def series_of_the_bloc(drafts: list[Draft]) -> None:
    """"Саммит ОТГ прошёл в Габале. Следующий саммит пройдёт в Казахстане", "Келесі саммит ...": the next
    (or last) gathering of a series, named by no bloc, is of the bloc of the gathering of that kind told
    before it, so that it is never taken for another bloc's."""
    for d in drafts:
        if d.dropped or d.type not in ("summit", "forum") or not of_the_series(d.name):
            continue
        named = [g for g in drafts if g.type == d.type and not g.dropped and g.sentence < d.sentence
                 and g.name and blocs_named(g.name)]
        if named:
            d.name = f"{d.name} ({named[-1].name})"


def _date_from_the_same_place(gatherings: list[Draft]) -> None:
    """"Основное заседание ... состоится 1 сентября. На полях саммита ...": once placed, an undated report of
    a gathering takes the one date the article's other reports of it in that place give."""
    for d in gatherings:
        if d.date is not None or d.place is None:
            continue
        dates = {(a.date.start, a.date.end, a.date.precision) for a in gatherings
                 if a is not d and a.date is not None and a.place is not None and a.place.place == d.place.place
                 and a.status == d.status and _names_agree(d.name, a.name)}
        if len(dates) == 1:
            start, end, precision = dates.pop()
            d.date = DateValue(start, end, precision, None, "context")


def told_as_talks(talks: list[Draft]) -> list[Draft]:
    """Of ``talks``, those named as such ("переговоры", "келіссөздер"), if any: what came of the talks is not of
    a chat "накануне" told between them."""
    formal = [t for t in talks if t.formal]
    return formal or talks


def _in_country(city: PlaceMention, country: PlaceMention, gaz: Gazetteer) -> bool:
    return city.from_registry and gaz.country_of(city.place) == country.place


def _norm_name(name: str) -> str:
    return " ".join(w[:5] for w in name.lower().replace("ё", "е").split())


def _names_agree(a: str | None, b: str | None) -> bool:
    """Two names of gatherings that may be one: either missing, the same up to endings, different head nouns
    ("Заседание Совета глав государств", "Саммит ШОС": the names say nothing), or an abbreviation and the
    words it stands for ("Саммит ШОС", "Саммит Шанхайской организации сотрудничества")."""
    if not a or not b or _norm_name(a) == _norm_name(b):
        return True
    if different_blocs(a, b):
        return False  # "ШЫҰ саммиті", "ТМД саммиті": two blocs' gatherings
    head_a, *tail_a = a.split()
    head_b, *tail_b = b.split()
    if _norm_name(head_a) != _norm_name(head_b):
        return True
    return any(len(short) == 1 and short[0].isupper() and short[0] == _initials(long)
               for short, long in ((tail_a, tail_b), (tail_b, tail_a)))


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if len(w) > 2).upper()


def date_from_visit_parts(drafts: list[Draft]) -> None:
    """A visit with no date of its own takes the dates of its talks (a visit held, of its talks held; the earliest
    of them: "Накануне ... переговоры ... в пятницу провели заседание"); a part of it with no date of its own
    reported right after a dated one ("Сегодня состоялись переговоры ... По итогам переговоров подписали
    ...") happened that day. A day of the visit counted from another the text dates is that many days after it
    ("В первый день визита, 31 августа, ... Во второй день визита ..." is 1 September)."""
    for d in sorted(drafts, key=lambda p: p.date.start if p.date is not None else ""):
        if d.part_of is None or d.date is None or d.date.source != "text" or d.type not in ("meeting", "signing"):
            continue
        visit = drafts[d.part_of]
        if visit.date is None and (d.status == visit.status or visit.status != "held"):
            # (not a visit under way from talks still to come: "прибыл ... Завтра пройдут переговоры")
            visit.date = DateValue(d.date.start, d.date.end, d.date.precision, d.date.text, "context")
    for d in drafts:
        if d.part_of is None or d.date is not None or d.visit_day is None or d.visit_day[1] < 1:
            continue
        counted = [p for p in drafts if p.part_of == d.part_of and p.visit_day is not None and p.visit_day[1] > 0
                   and p.date is not None and p.date.source == "text" and p.date.precision == "day"
                   and not p.date.end]
        if counted:
            p = counted[0]
            when = date.fromisoformat(p.date.start) + timedelta(days=d.visit_day[1] - p.visit_day[1])
            d.date = DateValue(when.isoformat(), None, "day", d.visit_day[0], "visit")
    for d in drafts:
        # (a day only the visit's span gave it gives way too)
        if d.part_of is None or d.date is not None and d.date.source != "visit" or d.date_words \
                or d.relative is not None or d.visit_day is not None:  # "Сапардың екінші күні" is its own day
            continue
        before = [p for p in drafts if p.part_of == d.part_of and p is not d and p.date is not None
                  and p.date.source == "text" and 0 <= d.sentence - p.sentence <= PART_OF_WINDOW]
        if d.follows_on:  # "Бүгін ... Мурмумен кездесті. Кейін ... бизнес-форумына қатысты": the day just told
            before += [p for p in drafts if p.part_of is None and not p.dropped and p.date is not None
                       and p.date.source == "text" and p.date.precision == "day" and d.sentence - p.sentence == 1
                       and compatible_dates(p.date, drafts[d.part_of].date)]
        if d.formal or d.after_talks:  # "Открывая переговоры", "По итогам переговоров"
            before = told_as_talks(before)
        if before:
            source = max(before, key=lambda p: p.sentence).date
            d.date = source.borrowed()


def talks_told_again(drafts: list[Draft]) -> None:
    """"Токаев принял Мередова. В ходе встречи обсуждена подготовка к визиту Бердымухамедова", "Кездесуде
    ... талқыланды": a sentence opening on the talks just told tells what was said in them; who else it
    names is talked about, not met: it is one more report of those talks, with their sides and place. Its
    own day, if the text gives one, makes it talks of their own."""
    for d in drafts:
        if d.type != "meeting" or d.dropped or not d.during_talks or d.date is not None and d.date.source == "text":
            continue
        told = [t for t in drafts if t is not d and not t.dropped and t.type == "meeting" and not t.during_talks
                and 0 < d.sentence - t.sentence <= CALL_WINDOW and len(t.participants) >= 2]
        if not told:
            continue
        t = max(told, key=lambda t: t.sentence)
        d.participants, d.names = dict(t.participants), dict(t.names)
        d.registry_ids, d.leaders, d.offices = set(t.registry_ids), set(t.leaders), list(t.offices)
        d.place, d.status, d.date, d.lead_day = t.place, t.status, t.date, t.lead_day


def calls_told_again(drafts: list[Draft]) -> None:
    """A discussion ("обсудили") between the sides of the article's call is that call; "... телефон арқылы
    сөйлесті. Әңгімелесу барысында тараптар ... талқылады": talk "during the conversation" right after a call,
    between its sides, is that call told again, not a meeting; talks with a place of their own ("встретился в
    Йоханнесбурге") were met in person."""
    calls = [c for c in drafts if c.type == "phone_call" and not c.dropped]
    for d in drafts:
        # a place the sentence gives another event ("в ходе беседы обсудили договорённости, достигнутые во
        # время визита в Астану") is no place of the talk
        # (nor the place of a visit the talk was linked to, or of a gathering the sentence names: "обсудили
        # подготовку к предстоящему в Душанбе саммиту")
        own_place = d.place is not None and not ((d.during_call or d.weak) and d.part_of is not None) \
            and not any(o is not d and o.sentence == d.sentence and o.type in ("summit", "forum", "visit")
                        and o.status != d.status and o.place is not None and o.place.place == d.place.place
                        for o in drafts)
        if d.type != "meeting" or d.dropped or own_place:
            continue
        if d.weak and len(d.ids()) >= 2:
            # "Путин и Токаев обсудили ситуацию на рынках" over a report of their call: what they discussed
            # was the call, wherever the article says it (nor is the day of another event of its sentence the
            # talk's: "Стороны обсудили реализацию договоренностей, достигнутых в ходе государственного визита в
            # Астану в конце мая")
            others_day = d.date is not None and any(
                o is not d and o.sentence == d.sentence and o.type in ("summit", "forum", "visit")
                and o.date is not None and o.date.start == d.date.start for o in drafts)
            call = next((c for c in calls if c.ids() == d.ids() and (compatible_dates(d.date, c.date) or others_day)),
                        None)
        elif d.inside or d.during_call or d.weak and not d.ids():
            # ("Стороны обсудили ..." right after a call: its sides told again)
            window = CALL_WINDOW if d.during_call else 1
            call = next((c for c in reversed(calls) if 0 <= d.sentence - c.sentence <= window
                         and c.trigger < d.trigger and d.ids() <= c.ids()
                         and (d.date is None or d.date.source != "text" or compatible_dates(d.date, c.date))), None)
        else:
            continue
        if call is not None:
            d.type = "phone_call"
            d.date = call.date  # what was said in the call is of the call's day
            d.part_of, d.place = None, call.place  # no part of a visit it talked about, nor where another event is


def complete_pairs(drafts: list[Draft], persons_by_sentence: list[list[tuple[str, str, bool]]]) -> None:
    """A call or talks with one side named: the other side is the one the previous sentence names."""
    for d in drafts:
        if d.type not in ("meeting", "phone_call") or d.parties() >= 2 or d.part_of is not None or d.other_party \
                or d.states_named:
            continue  # "встретится со студентами": the other side is named, and is no leader ("российско-китайские
            # переговоры": the sides are the states named, not the people of the sentence before)
        if d.sentence == 0:
            continue
        previous = persons_by_sentence[d.sentence - 1]
        ids = list(dict.fromkeys(p[0] for p in previous))
        if len(ids) == 2 and (not d.participants or set(d.participants) <= set(ids)):
            for pid, name, reg in previous:
                if pid not in d.participants:
                    d.add(pid, name, "participant", reg)
            continue
        # "Сапар барысында келіссөздер жоспарланған, – деді Уәли. Сәрсенбіде Ақордада келіссөздер өтеді": talks
        # with nobody named right after talks of two sides told by someone else are those talks
        told = [t for t in drafts if t.type == d.type and not t.dropped and t.sentence == d.sentence - 1
                and len(t.participants) >= 2 and t.status == d.status]
        # (told several times over between the same sides: "Впервые президенты встретились в 2017 году в Гамбурге,
        # а в 2019 году встречались в Осаке. Последняя встреча прошла на Аляске")
        if not d.participants and len({frozenset(t.participants) for t in told}) == 1 \
                and len({t.part_of for t in told}) == 1:
            for pid in told[0].participants:
                d.add(pid, told[0].names.get(pid, pid), "participant", pid in told[0].registry_ids)
            d.part_of = told[0].part_of


def drop_weak(drafts: list[Draft]) -> None:
    """Events without enough to identify them do not enter the graph."""
    for d in drafts:
        leaders = (d.leaders | d.registry_ids) & set(d.participants)
        offices = {role for _, _, role in d.offices}
        gathering = d.type in ("forum", "summit")
        if d.participants and not (leaders or offices) or not gathering and not d.parties() or \
                d.type == "visit" and not (leaders & d.with_role("guest") or "guest" in offices):
            d.dropped = True  # no leader takes part: a match, an arrest, a writer's contract
        elif d.type in ("meeting", "phone_call") and d.parties() < 2 and not (d.other_party and (leaders or offices)):
            d.dropped = True
        elif d.type in ("forum", "summit") and (d.place is None and not (d.name and d.date) or d.weak) \
                and not d.parties():
            d.dropped = True  # a sitting ("заседание") is recorded only with a leader in it; a gathering by name
            # and day ("Саммит ШОС пройдет 15 мая") is one, wherever it is
        elif d.type == "signing" and (not d.document or not d.parties()):
            d.dropped = True  # a document signed by nobody named


def places_of_talks_in_sequence(drafts: list[Draft], gaz: Gazetteer) -> None:
    """"В Акорде Токаев встретился с Эрдоганом. Затем Токаев провел встречу с Шарифом. Также состоялась встреча
    с Лукашенко": talks told in sequence with the talks before, by the same leader, with no place of their own,
    are held where those were (a city; the country a visit names is not where in it)."""
    for d in sorted(drafts, key=lambda d: d.sentence):
        if d.dropped or d.type != "meeting" or not d.follows_on or d.earlier or d.remote \
                or d.place is not None and d.place.kind != "country":
            continue
        before = [p for p in drafts if not p.dropped and p.type == "meeting" and p.status == d.status
                  and 0 < d.sentence - p.sentence <= FOLLOWS_ON_REACH and p.place is not None
                  and p.place.kind == "city" and set(p.participants) & set(d.participants) and not p.remote]
        if not before:
            continue
        last = max(before, key=lambda p: p.sentence)
        if d.place is None or _in_country(last.place, d.place, gaz):
            d.place = last.place


def in_office_then(drafts: list[Draft], mentions: list[SentenceMentions], gaz: Gazetteer) -> None:
    """A leader an event took from the sentences around it, not from its own, who held no office on the event's
    days is none of its people: "Предыдущий саммит в этом формате прошел в сентябре 2024 года в Астане" in a
    report of Merz's trip is no summit of Merz, chancellor since May 2025."""
    for d in drafts:
        if d.dropped or d.date is None or d.date.precision not in ("day", "month", "year"):
            continue
        first, last = parse_iso(d.date.start), parse_iso(d.date.end or d.date.start, last=True)
        named = {p.person for p in mentions[d.sentence].persons if p.person} if d.sentence < len(mentions) else set()
        for pid in [pid for pid in d.participants if pid not in named and gaz.registry.has_person(pid)]:
            if gaz.registry.person(pid).offices and not gaz.held_office_during(pid, first, last):
                d.remove(pid)
