"""Article text → `Extraction`: the one entry point of the extractor. Pure: no I/O, no database."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from extract import discourse, discourse_dates, discourse_signings, discourse_visits, visit_parts
from extract.bilateral_councils import councils_of_two
from extract.call_series import calls_of_the_series, series_told
from extract.clean import content_mask
from extract.dates import DateMention, DatePhrase, scan_dates
from extract.datelines import AGENCY_LINE, CITY_LINE, DATE_LINE, DATELINE, break_datelines
from extract.dating import news_of_the_day
from extract.dating_cues import DAY_BEFORE
from extract.drafts import DateValue, Draft
from extract.context import Context, head_of_the_text
from extract.events import SentenceRules
from extract.gazetteer import Gazetteer, default_gazetteer
from extract.ids import event_id
from extract.mentions import MentionFinder, PlaceMention, SentenceMentions
from extract.reference_time import reference_time
from extract.merge import combine, match
from extract.visit_spans import lasting_days
from extract.records import (ArticleInfo, Document, Entity, Event, Evidence, Extraction, Office, Participant,
                             PlaceRef)
from extract.intervals import interval
from extract.prefilter import SentenceFilter, prefilter_enabled
from extract.text import analyse

# "МОСКВА, 5 июня.", "ҚАРАҒАНДЫ, 5 маусым.", "Астана, 12 қараша.": a city and a day, alone before the report
TYPE_LABELS = {"visit": "Визит", "meeting": "Встреча", "phone_call": "Телефонный разговор",
               "forum": "Форум", "summit": "Саммит", "signing": "Подписание"}
KIND_LABELS = {"state": "Государственный визит", "official": "Официальный визит", "working": "Рабочий визит"}
# Where a draft's date came from → `Event.date_source`.
DATE_SOURCES = {"text": "text", "dateline": "dateline", "visit": "context", "context": "context"}
BASE_CONFIDENCE = {"visit": 0.7, "meeting": 0.65, "phone_call": 0.7, "forum": 0.65, "summit": 0.65,
                   "signing": 0.7}


def _to_come_after(event: Event, news: set[str]) -> bool:
    """"Находится с визитом ... Завтра посетит Самарканд": a stop still to come, dated after the day whose
    news a report is, is not that report."""
    return bool(news) and event.status == "planned" and event.start is not None and event.start > max(news)


def _stop_after(a: Event, b: Event) -> bool:
    """A visit held and one still to come on a later day: the next stop ("Завтра посетят индустриальный парк")."""
    held, planned = (a, b) if a.status == "held" else (b, a)
    return {a.status, b.status} == {"held", "planned"} and held.start is not None and planned.start is not None \
        and planned.date_precision == "day" and planned.start > held.start


def _dated_by_the_report(d: Draft) -> bool:
    """Whether the report's day may date the event: it has no date of its own, no words that say when (even
    relative ones), and is not an event only talked about."""
    return d.date is None and not (d.date_words or d.told_about or d.relative or d.purpose)


def _day_before(value: DateValue) -> bool:
    """"Накануне", "вчера": a day counted back from the report's, so not the day's news."""
    return value.precision == "day" and (value.text or "").strip().lower().startswith(DAY_BEFORE)


def _shift(mention: DateMention, offset: int) -> DateMention:
    return replace(mention, start=mention.start + offset, end=mention.end + offset)


# The headline and the lead paragraph: where an undated past or present report is the day's news.
LEAD_SENTENCES = 4
# Sentences that report nothing and do not count in the lead: an agency's tag ("/ТАСС/.", "(РИА Новости).")
# and who told it ("Об этом сообщила пресс-служба Кремля", "Бұл туралы Ақорда хабарлады").
_ATTRIBUTION = ("об этом ", "как сообщ", "как переда", "бұл туралы ")
TAG_WORDS = 2


def _filler(text: str) -> bool:
    return len(re.findall(r"\w+", text)) <= TAG_WORDS or text.lstrip().lower().startswith(_ATTRIBUTION)
LOOKAHEAD_SENTENCES = 5  # how far ahead a text that opens with "Глава государства" may name him


class ArticleExtractor:
    def __init__(self, gazetteer: Gazetteer | None = None, prefilter: bool | None = None):
        self.gaz = gazetteer or default_gazetteer()
        # natasha's taggers only on the sentences that need them (same output); None: the environment's choice
        use = prefilter_enabled() if prefilter is None else prefilter
        self.prefilter = SentenceFilter(self.gaz) if use else None

    def extract(self, text: str, published: date | None = None, lang: str = "auto",
                title: str | None = None) -> Extraction:
        if lang == "auto":
            from extract.lang import detect_language

            lang = detect_language(text)
        if title is None:
            title = next((line.strip() for line in text.splitlines() if line.strip()), None)
        info = ArticleInfo(lang=lang, published=published, title=title)
        if lang not in ("ru", "kk") or not text.strip():
            return Extraction(article=info)
        masked = break_datelines(content_mask(text))
        sentences = analyse(masked, lang, self.prefilter)
        finder = MentionFinder(self.gaz, lang)
        rules = SentenceRules(self.gaz, lang, published)
        ctx = Context()
        drafts: list[Draft] = []
        all_mentions: list[SentenceMentions] = []
        persons_by_sentence: list[list[tuple[str, str, bool]]] = []
        # the sentences right after a dateline ("АСТАНА, 5 июня") report the news of that day
        dateline_left = 0
        fillers = 0  # sentences of the lead that report nothing (`_filler`)
        # people the article gives an office of state somewhere ("министр иностранных дел Ципи Ливни" ... "Ливни
        # ведёт переговоры"): officials in every sentence that names them
        officials: set[str] = set()
        stated: list[DateMention] = []  # every date the text has stated so far
        dateline_city: PlaceMention | None = None  # "ТАШКЕНТ, 14 марта.": where the report comes from
        city_alone: PlaceMention | None = None  # "Астана." on a line of its own, before "24 шілде."
        after_dateline = False  # the sentence before was a dateline: "/ТАСС/." after it is the agency's name
        for k, sent in enumerate(sentences):
            found, phrases = scan_dates(sent.text, published, lang)
            dates = [_shift(d, sent.start) for d in found]
            phrases = [DatePhrase(p.start + sent.start, p.end + sent.start, p.text) for p in phrases]
            if CITY_LINE.match(sent.text) and k + 1 < len(sentences) and (
                    DATE_LINE.match(sentences[k + 1].text) or AGENCY_LINE.match(sentences[k + 1].text)):
                alone = finder.find(sent, None)
                city_alone = next((p for p in alone.places if p.kind == "city" and p.from_registry), None)
                if city_alone is not None:
                    all_mentions.append(alone)
                    persons_by_sentence.append([])
                    continue
            dated = bool(DATE_LINE.match(sent.text) and dates)
            if city_alone is not None and (dated or AGENCY_LINE.match(sent.text)) or \
                    after_dateline and AGENCY_LINE.match(sent.text):  # "АСТАНА." + "КАЗИНФОРМ –"; "/ТАСС/."
                if city_alone is not None:
                    ctx.dateline, dateline_left, dateline_city = dates[0].first if dated else None, 3, city_alone
                all_mentions.append(finder.find(sent, dates[0].first if dated else None))
                persons_by_sentence.append([])
                city_alone, after_dateline = None, True
                continue
            after_dateline = False
            city_alone = None
            if DATELINE.match(sent.text) and dates:
                dateline = finder.find(sent, dates[0].first)
                # a city in capitals, or one the gazetteer knows ("Астана, 12 қараша."; not "Путин, 5 июня")
                if sent.text.split(",")[0].isupper() or any(p.first == 0 and p.from_registry for p in dateline.places):
                    ctx.dateline, dateline_left, after_dateline = dates[0].first, 3, True
                    all_mentions.append(dateline)
                    dateline_city = next((p for p in dateline.places if p.kind == "city" and p.from_registry), None)
                    persons_by_sentence.append([])
                    continue
            at = reference_time(dates, ctx.dateline or published, masked, lang)
            m = finder.find(sent, at)
            all_mentions.append(m)
            if ctx.focus is None and any(p.via == "self" and p.case == "Nom" for p in m.persons):
                sides = {self.gaz.home_country(p.person, at.first if at else None)
                         for p in m.persons if p.person and p.from_registry}
                ctx.focus, ctx.focus_name = self._named_later(sentences[k + 1:k + 1 + LOOKAHEAD_SENTENCES], lang, at,
                                                              sides)
            if ctx.head is None and any(p.via == "self" for p in m.persons):
                ctx.head = head_of_the_text(ctx, m, all_mentions[:-1], self.gaz, at.first if at else None,
                                            rules.lang.home_country, dateline_city)
            ctx.dateline_city = dateline_city
            new = rules.drafts(sent, m, dates, ctx, phrases=phrases)
            discourse_dates.date_relative(new, stated + dates, published, drafts)
            stated.extend(dates)
            if not new and _filler(sent.text):
                fillers += 1
                dateline_left += 1 if dateline_left else 0  # (counted down below: it takes none of the lead)
            if dateline_left:
                dateline_left -= 1
                for d in new:
                    day = None if not _dated_by_the_report(d) else news_of_the_day(
                        ctx.dateline or published, tense=d.tense, clause=sent.text, lang=lang, dates=dates,
                        planned=d.status != "held")
                    if day is not None:
                        d.date = DateValue(day.start_iso(), None, day.precision, None, "dateline")
                if new:
                    dateline_left = 0
            if published is not None and sent.index - fillers < LEAD_SENTENCES:
                for d in new:
                    if not _dated_by_the_report(d):
                        continue
                    day = news_of_the_day(published, tense=d.tense, clause=sent.text, lang=lang, dates=dates,
                                          planned=d.status != "held")
                    if day is not None:
                        d.lead_day = DateValue(day.start_iso(), None, day.precision, None, "dateline")
            for d in new:
                lasting_days(d, sent, rules.lang)
            new += self._calls_one_by_one(ctx, sent, m, rules.lang, new, dates, published,
                                          lead=sent.index - fillers < LEAD_SENTENCES)
            drafts.extend(new)
            self._update_context(ctx, sent, m, new)
            persons_by_sentence.append([(p.person, p.name, p.from_registry) for p in m.persons
                                        if p.person and not p.speaker_only and p.via in ("name", "title")])
            officials |= {p.person for p in m.persons if p.person and rules.lang.titled(sent.tokens, p)}
        discourse.offices_named_by_the_text(drafts, all_mentions)
        councils_of_two(drafts)
        discourse_visits.refine_visit_cities(drafts, all_mentions, self.gaz, dateline_city, ctx.dateline)
        discourse_signings.talks_of_the_signatories(drafts)
        discourse_signings.ceremony_of_the_signing(drafts)
        discourse_signings.talks_before_the_ceremony(drafts)
        discourse.place_from_dateline(drafts, dateline_city, ctx.dateline or published, self.gaz)
        discourse_visits.unify_visits(drafts, self.gaz)
        discourse.sittings_of_the_summit(drafts, self.gaz, text)
        discourse.series_of_the_bloc(drafts)
        discourse.unify_gatherings(drafts, self.gaz)
        discourse.talks_told_again(drafts)
        visit_parts.link_parts(drafts, self.gaz, ctx.dateline or published)
        discourse.date_from_visit_parts(drafts)
        # (a gathering the visit placed and dated is the one a bare "Саммит аясында ..." after it names)
        discourse.unify_gatherings(drafts, self.gaz)
        discourse.calls_told_again(drafts)
        discourse.complete_pairs(drafts, persons_by_sentence)
        discourse_signings.signed_by_the_talks(drafts)
        discourse_signings.signed_where_the_talks_were(drafts)
        for d in drafts:
            d.leaders |= officials & set(d.participants)
        discourse.drop_weak(drafts)
        discourse_dates.date_from_talks(drafts)
        discourse_dates.talks_on_the_eve(drafts)
        discourse_dates.date_from_gatherings(drafts, self.gaz.heads_state_or_government, text)
        discourse_dates.inherit_neighbour_dates(drafts)
        discourse.places_of_talks_in_sequence(drafts, self.gaz)
        discourse_dates.news_apart_from_the_eve(drafts)
        discourse_dates.talks_after_the_gathering(drafts)
        discourse.place_from_dateline(drafts, dateline_city, ctx.dateline or published, self.gaz)  # what only now has the dateline's day
        discourse_dates.headline_day_gives_way(drafts, dateline_city)
        discourse.in_office_then(drafts, all_mentions, self.gaz)
        events = self._records(drafts, text, published)
        entities = self._entities(all_mentions, events)
        return Extraction(article=info, entities=entities, events=events)

    # ------------------------------------------------------------------ helpers
    def _named_later(self, later, lang: str, at, sides: set) -> tuple[str | None, str | None]:
        """"Глава государства провёл телефонный разговор с ... . Касым-Жомарт Токаев также поздравил ...":
        a text that opens with the bare title names its head of state a little later, as the subject; not
        a leader of the country of the other side already named."""
        finder = MentionFinder(self.gaz, lang)  # its own memory of names: the article's is not disturbed
        day = at.first if at else None
        for sent in later:
            for p in finder.find(sent, at).persons:
                if p.person and p.from_registry and p.via in ("name", "title") and p.case in ("Nom", None) \
                        and not p.speaker_only and self.gaz.is_head_of_state(p.person, day) \
                        and self.gaz.home_country(p.person, day) not in sides:
                    return p.person, p.name
        return None, None

    def _update_context(self, ctx: Context, sent, m: SentenceMentions, new: list[Draft]) -> None:
        subject = next((p for p in m.persons if p.person and not p.speaker_only and p.via in ("name", "title")
                        and (p.case == "Nom" or p.case is None)), None)
        if subject is not None and (not subject.from_registry or self.gaz.is_leader(subject.person)):
            ctx.focus, ctx.focus_name = subject.person, subject.name
        named = [p for p in m.persons if not p.speaker_only and (p.person or p.via == "office")]
        if named:
            office = named[-1]
            ctx.focus_office = office if office.via == "office" and office.office and len(named) == 1 else None
            if ctx.focus_office is not None:
                ctx.focus = ctx.focus_name = None
        for p in m.persons:
            if p.person and not p.speaker_only and p.via in ("name", "title"):
                ctx.note_leader(p)
        pair = {p.person: (p.person, p.name, p.from_registry) for p in m.persons
                if p.person and not p.speaker_only and p.via in ("name", "title")}
        ctx.pair = tuple(pair.values()) if len(pair) == 2 and not new else ()
        visits = [d for d in new if d.type == "visit"]
        if visits:
            ctx.visit = visits[-1]
        # (a sentence that reports nothing, "Токаев тепло поздравил коллегу", or only tells the talks again,
        # "В ходе встречи X передал приветствия от Y", keeps them)
        fresh = [d for d in new if not d.during_talks]
        talks = [d for d in fresh if d.type in ("meeting", "phone_call") and len(d.participants) >= 2]
        if talks or fresh:
            ctx.talks = talks[-1] if talks else None
        # (and the sitting told as joined, "В нем приняли участие X, Y и Z", whose kind is settled later)
        gatherings = [d for d in new if (d.type in ("summit", "forum") or d.refers_back) and len(d.participants) >= 2
                      and not d.inside]
        if gatherings:
            ctx.gathering = gatherings[-1]

    @staticmethod
    def _calls_one_by_one(ctx: Context, sent, m, lang, new: list[Draft], dates, published: date | None,
                          lead: bool) -> list[Draft]:
        """The calls of a series told before (`extract.call_series`), and the series this sentence tells."""
        calls = calls_of_the_series(ctx.call_series, sent, m, new) if ctx.call_series is not None else []
        series = series_told(sent, m, lang, new, (ctx.focus, ctx.focus_name or ctx.focus) if ctx.focus else None,
                             dates, published if lead else None, ctx.own_leader())
        if series is not None:
            ctx.call_series = series
        return calls

    def _place_ref(self, p: PlaceMention | None) -> PlaceRef | None:
        if p is None:
            return None
        if not p.from_registry:
            return PlaceRef(id=p.place, name=p.name, country=None, kind="city", country_id=None)
        place = self.gaz.place(p.place)
        country_id = self.gaz.country_of(place.id)
        country = self.gaz.place(country_id).name.ru if country_id else None
        return PlaceRef(id=place.id, name=place.name.ru or place.id, country=country, kind=place.kind,
                        country_id=country_id)

    def _records(self, drafts: list[Draft], text: str, published: date | None) -> tuple[Event, ...]:
        kept = [(i, d) for i, d in enumerate(drafts) if not d.dropped]
        records: dict[int, Event] = {}
        for i, d in kept:
            records[i] = self._record(d, text, published)
        # merge repeats inside the article
        merged: list[Event] = []
        owner: dict[int, int] = {}
        with_others: list[bool] = []  # a merged event is talks with a side that is no leader
        news: list[set[str]] = []      # the days of the day's news its undated lead reports stand for
        before: list[set[str]] = []    # the days its reports "накануне", "вчера" give
        told: list[set[tuple[int, frozenset[str]]]] = []  # the sentences its talks are told in, with their sides
        headlined: list[bool] = []     # told only by the headline so far
        for i, d in kept:
            event = records[i]
            mine_told = {(d.sentence, event.participant_ids())} if event.type in ("meeting", "phone_call") else set()
            # (a headline sums up the report: "Тоқаев пен Путин келіссөз жүргізді" over "Кеше ... өтті" is one)
            headline = d.sentence == 0 and not text[d.evidence[0]:d.evidence[1]].rstrip().endswith((".", "!", "?"))
            mine_news = {d.lead_day.start} if d.lead_day is not None and d.date is None and not headline else set()
            mine_before = {d.date.start} if d.date is not None and _day_before(d.date) else set()
            # "встретится со студентами" is not the leaders' talks told beside it; "Накануне лидеры провели
            # беседу" is not the talks the lead reports as the day's news
            allowed = [n for n, k in enumerate(merged) if not (
                d.other_party and len(k.participant_ids()) >= 2
                or with_others[n] and len(event.participant_ids()) >= 2
                or mine_news and before[n] - mine_news or mine_before and news[n] - mine_before
                or _to_come_after(merged[n], mine_news) or _to_come_after(event, news[n])
                # "В саммите приняли участие ... пригласил на саммит ШОС, который пройдет": held and to come, two
                or event.type in ("summit", "forum") and {event.status, merged[n].status} == {"held", "planned"}
                and not headline and not headlined[n]
                # "прибыл с визитом ... Завтра лидеры посетят индустриальный парк": a visit and a stop still to come
                # (unless one is the headline's, whose status the body settles)
                or event.type == "visit" and _stop_after(event, merged[n]) and not headline and not headlined[n]
                # "встречи с Алиевым и с Пашиняном, а затем три лидера провели переговоры": other sides, other talks
                or any(s == d.sentence and sides != event.participant_ids() for s, sides in told[n]))]
            n = match(event, [merged[k] for k in allowed])
            if n is not None:
                n = allowed[n]
                # a headline's "рассказал о поездке в Пекин" gives way to the body's "отправится в Пекин"
                status = event.status if headlined[n] and not headline else merged[n].status if headline else None
                merged[n] = combine(merged[n], event)
                if status in ("held", "planned") and merged[n].status in ("held", "planned"):
                    merged[n] = merged[n].model_copy(update={"status": status})
                headlined[n] = headlined[n] and headline
                owner[i] = n
                with_others[n] = with_others[n] and d.other_party
                news[n] |= mine_news
                before[n] |= mine_before
                told[n] |= mine_told
            else:
                owner[i] = len(merged)
                merged.append(event)
                with_others.append(d.other_party)
                news.append(mine_news)
                before.append(mine_before)
                told.append(mine_told)
                headlined.append(headline)
        # A report of the day's news that nothing in the article dates is of its publication day (a month only
        # guessed from the report before it gives way to that day, when the day is in it).
        for n, event in enumerate(merged):
            guessed = event.date_source == "context" and event.date_precision == "month"
            if event.start is not None and not guessed:
                continue
            leads = [d.lead_day for i, d in kept if owner[i] == n and d.lead_day is not None
                     and (not guessed or d.lead_day.start.startswith(event.start))]
            if leads:
                day = leads[0]
                merged[n] = event.model_copy(update={"start": day.start, "end": None, "date_precision": "day",
                                                     "date_text": None, "date_source": "dateline"})
        parent_of: dict[int, int] = {}
        for n in range(len(merged)):
            parents = {owner[d.part_of] for i, d in kept if owner[i] == n and d.part_of is not None
                       and d.part_of in owner}
            parents.discard(n)
            if parents:
                parent_of[n] = min(parents)
        # The held talks and signings of a visit, or on the margins of the one summit or forum, reported as the
        # day's news and undated themselves, are of its day.
        frames = dict(parent_of)
        gatherings = [n for n, e in enumerate(merged) if e.type in ("summit", "forum") and e.status == "held"]
        if len(gatherings) == 1:
            inside = {owner[i] for i, d in kept if d.inside and d.type in ("meeting", "signing")}
            frames.update({n: gatherings[0] for n in inside if n not in frames})
        for n, p in frames.items():
            event, parent = merged[n], merged[p]
            if event.start is None and event.status == "held" and parent.date_source == "dateline" \
                    and parent.date_precision == "day":
                merged[n] = event.model_copy(update={"start": parent.start, "date_precision": "day",
                                                     "date_source": "dateline"})
        out = []
        for n, event in enumerate(merged):
            part_of = merged[parent_of[n]].id if n in parent_of else None
            event = event.model_copy(update={"part_of": part_of})
            out.append(self._finish_status(event, published))
        return tuple(out)

    @staticmethod
    def _finish_status(event: Event, published: date | None) -> Event:
        if event.status not in ("held", "planned") or published is None:
            return event
        span = interval(event.start, event.end)
        if span is None:
            return event
        if span[1] < published:
            return event.model_copy(update={"status": "held"})
        if span[0] > published:
            return event.model_copy(update={"status": "planned"})
        return event

    def _record(self, d: Draft, text: str, published: date | None) -> Event:
        participants = tuple(Participant(id=pid, name=d.names.get(pid, pid), role=role)
                             for pid, role in d.participants.items())
        place = self._place_ref(d.place)
        evidence = Evidence(start=d.evidence[0], end=d.evidence[1], text=text[d.evidence[0]:d.evidence[1]],
                            trigger=d.trigger)
        confidence = BASE_CONFIDENCE[d.type]
        if d.date is not None:
            confidence += 0.1 if d.date.source == "text" else 0.02
        if place is not None:
            confidence += 0.05
        if participants and all(p.id in d.registry_ids for p in participants):
            confidence += 0.1
        if d.weak:
            confidence -= 0.15
        country = place.country_id if place is not None else None
        extra = d.document or d.name or ""
        if d.type in ("forum", "summit"):
            ident = event_id(d.type, [], d.date.start if d.date else None, published,
                             place.id if place else None, "")
        else:
            ident = event_id(d.type, list(d.participants) + [f"{t}/{c}" for t, c, _ in d.offices],
                             d.date.start if d.date else None, published, country, extra)
        return Event(
            id=ident, type=d.type, kind=d.kind, status=d.status, title=self._title(d, place),
            start=d.date.start if d.date else None, end=d.date.end if d.date else None,
            date_precision=d.date.precision if d.date else None,
            date_text=d.date.text if d.date else d.date_words,
            place=place, participants=participants,
            document=Document(title=d.document) if d.document else None,
            evidence=(evidence,), confidence=round(max(0.05, min(0.95, confidence)), 3),
            relocated_from=self._place_ref(d.relocated_from), reported_on=published,
            date_source=DATE_SOURCES.get(d.date.source) if d.date else None,
            offices=tuple(Office(title=t, country_id=c, role=r) for t, c, r in d.offices),
        )

    @staticmethod
    def _title(d: Draft, place: PlaceRef | None) -> str:
        names = [d.names.get(pid, pid) for pid in d.participants]
        surnames = ", ".join(n.split()[-1] for n in names) if names else ""
        if d.type == "visit":
            label = KIND_LABELS.get(d.kind or "", "Визит")
        elif d.type in ("forum", "summit") and d.name:
            label = d.name
        elif d.type == "signing" and d.document:
            label = f"Подписание: {d.document}"
        else:
            label = TYPE_LABELS[d.type]
        parts = [label]
        if surnames and d.type not in ("forum", "summit", "signing"):
            parts.append(surnames)
        title = ": ".join(parts) if len(parts) > 1 else parts[0]
        if place is not None:
            title += f" ({place.name})"
        return title

    def _entities(self, all_mentions: list[SentenceMentions], events) -> tuple[Entity, ...]:
        spans: dict[str, list[tuple[int, int]]] = {}
        meta: dict[str, tuple[str, str, str | None, str, str | None]] = {}
        offices: dict[str, str] = {}
        for m in all_mentions:
            for p in m.persons:
                if p.person is None:
                    continue
                spans.setdefault(p.person, []).append((p.start, p.end))
                if p.from_registry:
                    person = self.gaz.person(p.person)
                    meta[p.person] = ("person", person.name.ru or person.id, person.wikidata, "registry", None)
                elif p.person not in offices or p.office:
                    # "президент Эквадора Рафаэль Корреа": the office the text gives him, for readers to see
                    meta[p.person] = ("person", p.name, None, "ner", p.office_country if p.office else None)
                    if p.office:
                        offices[p.person] = p.office
            for pl in m.places:
                spans.setdefault(pl.place, []).append((pl.start, pl.end))
                if pl.from_registry:
                    place = self.gaz.place(pl.place)
                    meta[pl.place] = (place.kind, place.name.ru or place.id, place.wikidata, "registry",
                                      self.gaz.country_of(place.id) if place.kind != "country" else None)
                else:
                    meta[pl.place] = ("city", pl.name, None, "ner", None)
        out = []
        for ident, (kind, name, wikidata, source, country) in meta.items():
            mentions = tuple(sorted(set(spans[ident])))
            out.append(Entity(id=ident, kind=kind, name=name, wikidata=wikidata, mentions=mentions,
                              source=source, country_id=country, office=offices.get(ident)))
        return tuple(sorted(out, key=lambda e: (e.kind, e.id)))


_default: ArticleExtractor | None = None


def extract_article(text: str, published: date | None = None, lang: str = "auto",
                    title: str | None = None) -> Extraction:
    """Extract the events one article reports. Never raises on text; an unreadable language gives no events."""
    global _default
    if _default is None:
        _default = ArticleExtractor()
    return _default.extract(text, published=published, lang=lang, title=title)
