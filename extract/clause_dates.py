"""Which date of its sentence an event takes: the date mention nearest its trigger in the trigger's clause,
not across a verb of speech, not one of another event ("саммит, который пройдёт осенью", "өтетін саммитке"),
not the arrival's for what the arrival is for; anchored by the clause's tense."""

from __future__ import annotations

from datetime import date

from extract.dates import DateMention
from extract.dating import anchor, in_year
from extract.drafts import DateValue
from extract.rules.language import Language
from extract.text import disagree, relative_clause_at
from extract.trigger_scope import TriggerScope


# Events that may last several days: "11 и 12 ноября" is their span.
SPANNING = frozenset({"visit", "summit", "forum"})
LIST_JOINERS = frozenset({"и", ",", "-", "–", "—", "мен", "және"})
# A date set off from the trigger by a comma is taken only when none stands on the trigger's side of it.
BEYOND_COMMA = 10_000
PERIOD_REACH = 8  # words before "на 2026 год" in which the document it is the period of is named
# An event put off, told with no year: its day a year off is rather the one just past (the plan already missed).
FAR_AHEAD_DAYS = 300
JUST_PAST_DAYS = 45


class ClauseDates:
    def __init__(self, lang: Language, published: date | None):
        self.lang = lang
        self.published = published

    def date_of(self, scope: TriggerScope, i: int, tense: str | None, planned: bool = False) -> DateValue | None:
        """The date mention nearest the trigger in its clause (not across a verb of speech), its open year
        or week anchored by the clause's tense: "посетил в сентябре" is the last September."""
        tokens = scope.sent.tokens
        nearest = self._nearest_in_clause(scope, i, scope.dates, across_speech=self.lang.is_venue(tokens, i),
                                          gaps=tense != "future")  # "первый визит пройдет с 5 сентября": its start
        if nearest is None or self._of_the_main_clause(scope, i, nearest, tense):
            return None
        nearest, year = self._in_the_year_told(scope, i, nearest, tense)
        if scope.trigger.type in SPANNING:
            nearest = self._span_holding(scope, nearest)
        planned = planned or self.lang.planned_before(tokens, scope.lo, i)
        d = anchor((in_year(nearest, year) if year is not None and nearest.year_inferred else None) or nearest,
                   self.published, tense=tense, planned=planned)
        value = DateValue(d.start_iso(), d.end_iso(), d.precision, d.text, year_inferred=d.year_inferred,
                          month_inferred=d.month_inferred)
        if scope.trigger.type in SPANNING:
            value = self._days_in_a_row(scope, nearest, d, value)
        return value

    def _in_the_year_told(self, scope: TriggerScope, i: int, nearest, tense: str | None):
        """"в прошлом году форум прошел 29-30 мая", "В прошлом году Токаев в мае посетил Китай", "өткен жылы форум
        29-30 мамырда өтіп": a year alone, and days (or a month) of no stated year told in the same clause, are
        those days in that year: the days' mention (as the text has it) and that year."""
        if not isinstance(nearest, DateMention):
            return nearest, None
        year_alone = nearest.precision == "year" and not nearest.year_inferred and nearest.first.year == nearest.last.year
        open_days = nearest.precision in ("day", "month") and nearest.year_inferred and nearest.first.year == nearest.last.year
        if not (year_alone or open_days):
            return nearest, None
        other = [d for d in scope.dates if isinstance(d, DateMention) and d is not nearest and d.first.year == d.last.year
                 and (d.precision in ("day", "month") and d.year_inferred if year_alone
                      else d.precision == "year" and not d.year_inferred)]
        found = self._nearest_in_clause(scope, i, other, across_speech=self.lang.is_venue(scope.sent.tokens, i),
                                        gaps=tense != "future")
        if found is None:
            return nearest, None
        days, year = (found, nearest) if year_alone else (nearest, found)
        return days, year.first.year

    def put_off(self, scope: TriggerScope, i: int) -> DateValue | None:
        """The day of an event put off, told with no year (or month): the one ahead ("перенесли встречу на
        декабрь", "который планировался на 17-18 апреля, перенесен"), but a day only just past when the one
        ahead is a year off ("8-9 сәуірге жоспарланған сапары кейінге шегерілді" told on 21 April)."""
        ahead = self.date_of(scope, i, "future", planned=True)
        if ahead is None or self.published is None or ahead.precision != "day" \
                or (date.fromisoformat(ahead.start) - self.published).days <= FAR_AHEAD_DAYS:
            return ahead
        past = self.date_of(scope, i, "past")
        just_past = past is not None and 0 <= (self.published - date.fromisoformat(past.start)).days <= JUST_PAST_DAYS
        return past if just_past else ahead

    def just_past(self, value: DateValue) -> DateValue:
        """A day told with no year that a plan put a year ahead, when the same day this year is only just past:
        "ранее намеченный на 20 октября визит ... отменен" told on 22 October was of this 20 October."""
        if self.published is None or value.precision != "day" or not value.year_inferred:
            return value
        first = date.fromisoformat(value.start)
        back = _year_before(value.start)
        if back is None or (first - self.published).days <= FAR_AHEAD_DAYS \
                or not 0 <= (self.published - back).days <= JUST_PAST_DAYS:
            return value
        end = _year_before(value.end) if value.end else None
        return DateValue(back.isoformat(), end.isoformat() if end else None, "day", value.text, value.source,
                         year_inferred=True, month_inferred=value.month_inferred)

    @staticmethod
    def _span_holding(scope: TriggerScope, day):
        """"5–7 қараша күндері ... жасаған сапары бүгін аяқталды": a day of the clause inside a span of days the
        clause also states is a day of that span (its end, here), and the span is the visit's or gathering's."""
        if day.first != day.last:
            return day
        tokens = scope.sent.tokens
        lo_c, hi_c = tokens[scope.lo].start, tokens[scope.hi].end
        spans = [d for d in scope.dates if d is not day and lo_c <= d.start and d.end <= hi_c
                 and d.precision == "day" and d.first < d.last and d.first <= day.first <= d.last]
        return spans[0] if len(spans) == 1 else day

    def _of_the_main_clause(self, scope: TriggerScope, i: int, mention, tense: str | None) -> bool:
        """"Накануне Токаев провел переговоры с Си, который ... примет участие в саммите": a day already past,
        stated before the relative clause an event still to come is told in, is the main clause's."""
        if tense != "future" or self.published is None or mention.last >= self.published:
            return False
        tokens = scope.sent.tokens
        return any(mention.end <= t.start < tokens[i].start and t.lemma in self.lang.relative_pronouns
                   for t in tokens)

    def _days_in_a_row(self, scope: TriggerScope, nearest, anchored, value: DateValue) -> DateValue:
        """"визит продлился два дня, 11 и 12 ноября": days listed in a row are the span of a visit or a
        gathering (talks on "11 и 12 ноября" may be two talks: they keep the nearest day)."""
        if anchored.precision != "day" or anchored.first != anchored.last:
            return value
        listed = sorted(scope.dates, key=lambda m: m.start)
        k = listed.index(nearest)
        lo = hi = k
        text, base = scope.sent.text, scope.sent.start
        while lo > 0 and _in_a_row(listed[lo - 1], listed[lo], text, base):
            lo -= 1
        while hi + 1 < len(listed) and _in_a_row(listed[hi], listed[hi + 1], text, base):
            hi += 1
        if lo == hi:
            return value
        shift = anchored.first - nearest.first  # the year the tense gave the nearest day
        first, last = listed[lo].first + shift, listed[hi].last + shift
        text_of = text[listed[lo].start - base:listed[hi].end - base]
        return DateValue(first.isoformat(), last.isoformat(), "day", text_of, year_inferred=value.year_inferred)

    def words_of(self, scope: TriggerScope, i: int) -> str | None:
        """Words that say when but name no days here ("в субботу" in a text read without a publication date):
        the nearest in the trigger's clause, not across a verb of speech."""
        nearest = self._nearest_in_clause(scope, i, scope.phrases, across_speech=False)
        return nearest.text if nearest is not None else None

    def _nearest_in_clause(self, scope: TriggerScope, i: int, spans, across_speech: bool, gaps: bool = True):
        """Of ``spans`` (anything with character ``start``/``end``), the one in the trigger's clause nearest
        the trigger; one with a verb of speech between it and the trigger only when ``across_speech``; not the
        day a gap began ("первый визит с ноября 2019 года") when ``gaps``."""
        tokens = scope.sent.tokens
        lo_c, hi_c = tokens[scope.lo].start, tokens[scope.hi].end
        if self.lang.continues_sequence(tokens, scope.lo) and not any(lo_c <= d.start and d.end <= hi_c
                                                                       for d in spans):
            lo_c = tokens[0].start  # "В среду ..., а затем проведет переговоры": the day of the clause before
        trig = tokens[i]
        # "прибыл 31 августа в Китай для участия в саммите", "..., прибывший для участия в саммите, 31 августа
        # провёл": the day of the arrival or of the main clause, not of the summit
        purpose = self.lang.purpose(tokens, i)
        # "во вторник обсудили по телефону подготовку к визиту", "предстоящий визит": an event still to come
        # named inside another event's clause takes no date stated before that event
        ahead = self.lang.planned_before(tokens, scope.lo, i)
        best = None
        for d in spans:
            if not (lo_c <= d.start and d.end <= hi_c) or self._period(scope, d):
                continue
            between = [t for t in tokens if min(d.end, trig.start) <= t.start < max(d.start, trig.end)]
            if gaps and self._since(scope, d) and not (d.end <= trig.start and any(
                    t.lemma in self.lang.since_when for t in between)):
                continue  # not "с ноября 2019 года, когда ... вел переговоры": that earlier event's day
            if purpose and (d.end <= trig.start or any(t.text == "," for t in between)):
                continue
            if ahead and d.end <= trig.start and any(d.end <= tokens[j].start and tokens[j].end <= trig.start
                                                     for j in scope.others):
                continue
            if not across_speech and any(t.lemma in self.lang.speech_verbs for t in between):
                continue
            if d.start > trig.end and self.of_a_later_event(scope, i, between, d.end):
                continue
            if d.end <= trig.start and any(d.end <= tokens[j].start and tokens[j].end <= trig.start
                                           and self.lang.trip_participle(tokens[j + 1:i]) for j in scope.others):
                continue  # "4–5 желтоқсанда Үндістанға сапармен келген Путин Модимен келіссөз жүргізді": the trip's
            if getattr(d, "first", None) != self.published and self._in_participle_phrase(tokens, d, i, scope.others):
                # "Токаев и Си Цзиньпин, прибывший накануне в Астану, провели переговоры": the arrival's day (one
                # "прибывшим сегодня" tells is the report's, the day of the news the talks are too)
                continue
            if d.start > trig.end and self._in_another_relative_clause(tokens, i, d):
                continue  # "Саммит ОДКБ, председательство в которой в этом году ..., запланирован на 26 ноября"
            distance = trig.start - d.end if d.end <= trig.start else d.start - trig.end
            commas = [n for n, t in enumerate(between) if t.text == ","]
            if commas and not (d.start > trig.end and commas[-1] + 1 < len(between)
                               and between[commas[-1] + 1].lemma in self.lang.relative_pronouns):
                # "визит запланирован на 20-22 октября, переговоры пройдут 21-го" (but "саммит, который
                # пройдёт осенью" tells the summit's own date)
                distance += BEYOND_COMMA
            if best is None or distance < best[0]:
                best = (distance, d)
        return best[1] if best else None

    def _in_another_relative_clause(self, tokens, i: int, d) -> bool:
        """Whether the date ``d`` after the trigger stands in a relative clause set off by commas that is not
        the trigger's own ("саммит, который пройдёт осенью" is; "саммит ОДКБ, председательство в которой в этом
        году осуществляет Россия, ..." is the bloc's)."""
        for k in range(i + 1, len(tokens)):
            if tokens[k].start >= d.start:
                return False
            clause = relative_clause_at(tokens, k, self.lang.relative_pronouns)
            if clause is None:
                continue
            pronoun, end = clause[0], len(tokens) if clause[1] is None else clause[1]
            if tokens[k + 1].start <= d.start < tokens[end - 1].end \
                    and (pronoun != k + 1 or disagree(tokens[i], tokens[pronoun])):
                return True
        return False

    @staticmethod
    def _in_participle_phrase(tokens, d, i: int, others) -> bool:
        """Whether the date ``d`` stands in the phrase of another trigger that is a participle set off by commas
        ("..., прибывший накануне в Астану, ..."), and the trigger at ``i`` outside it."""
        def phrase(k: int) -> tuple[int, int]:
            lo = max((n for n in range(k) if tokens[n].text == ","), default=-1)
            hi = min((n for n in range(k, len(tokens)) if tokens[n].text in (",", ".")), default=len(tokens))
            return lo, hi
        at = next((n for n, t in enumerate(tokens) if t.start <= d.start < t.end), None)
        if at is None:
            return False
        return any(tokens[j].feat("VerbForm") == "Part" and tokens[j - 1].text == "," and phrase(j) == phrase(at)
                   and phrase(i) != phrase(at) for j in others if j > 0)

    def _period(self, scope: TriggerScope, d) -> bool:
        """Years a thing is for, not when the event was: "Программа сотрудничества на 2026-2028 годы", "2026
        жылға арналған бағдарлама", "Үкіметтің 2026 жылға арналған жұмыс жоспары"."""
        if getattr(d, "precision", None) != "year":
            return False
        text, base = scope.sent.text.lower(), scope.sent.start
        before, after = text[:d.start - base], text[d.end - base:].lstrip()
        if after.startswith(self.lang.period_after):
            return True
        # "на 2026 год" is the years of a document named right before it, not of "перенесен на 2027 год"
        heads = [t for t in scope.sent.tokens if t.end <= d.start][-PERIOD_REACH:]
        heads = heads[max((n + 1 for n, t in enumerate(heads) if t.pos == "PUNCT"), default=0):]  # its own phrase
        return before.endswith(self.lang.period_before) and any(t.lemma in self.lang.document_heads for t in heads)

    def tells_a_gap(self, scope: TriggerScope) -> bool:
        """"Это первый визит ... с ноября 2019 года": the sentence tells the event is the first since a day."""
        return any(self._since(scope, d) for d in scope.dates)

    def _since(self, scope: TriggerScope, d) -> bool:
        """The day a gap in such events began, not the event's: "первый визит Эрдогана в Белый дом с ноября
        2019 года", "впервые с 2019 года посетил", "2019 жылдан бері алғаш рет барды"."""
        text, base = scope.sent.text.lower(), scope.sent.start
        before, after = text[:d.start - base], text[d.end - base:].split()[:2]
        # (an empty tuple of cues matches nothing: a language without them tells no gap)
        if not (before.endswith(self.lang.since_before) or any(w.startswith(self.lang.since_after) for w in after)):
            return False
        return any(w.startswith(self.lang.first_time) for w in text.split())

    def of_a_later_event(self, scope: TriggerScope, i: int, between, end: int) -> bool:
        """A date or place after the trigger that tells of another event: "обсудили подготовку к саммиту,
        который пройдёт осенью" (a relative clause after that event's noun), "қарашада Мәскеуде өтетін
        саммитке" (before a participle that qualifies it)."""
        tokens = scope.sent.tokens
        pronoun = next((t for t in between if t.lemma in self.lang.relative_pronouns), None)
        if pronoun is not None and any(i < j and tokens[j].end <= pronoun.start for j in scope.others):
            return True
        # "провел переговоры с X, который находится с визитом 20-21 августа": the visit's, named in the clause
        if pronoun is not None and any(i < j and pronoun.start < tokens[j].start and tokens[j].end <= end
                                       and any(t is tokens[j] for t in between) for j in scope.others):
            return True
        return any(i < j and end <= tokens[j].start and self.lang.participle_between(
            [t for t in tokens[:j] if t.start >= end]) for j in scope.others)


def _in_a_row(a, b, text: str, base: int) -> bool:
    """Two day mentions of the next day after the other, listed ("11 и 12 ноября", "11, 12")."""
    return a.precision == b.precision == "day" and (b.first - a.last).days == 1 \
        and text[a.end - base:b.start - base].strip() in LIST_JOINERS


def _year_before(iso: str) -> date | None:
    day = date.fromisoformat(iso)
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return None
