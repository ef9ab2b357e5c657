"""Sentence rules: triggers → draft events with participants, roles, place, date, status and kind.

One sentence at a time, with a small discourse context (who the text is about, the visit in focus) that
`extract.discourse` keeps up to date between sentences. What depends on the language (how triggers are
found, how a destination or a place of action is marked) is asked of a `extract.rules.language.Language`.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from extract.clause_dates import ClauseDates
from extract.context import Context, addressee, speaker_and_addressee
from extract.dates import DateMention, DatePhrase
from extract.event_status import held_later, status_of_the_clause
from extract.dating import recently, told_as_background
from extract.drafts import Draft
from extract.gatherings_beside_trips import gatherings_beside_trips
from extract.gazetteer import Gazetteer
from extract.heads_of_sides import heads_of_the_sides
from extract.series import called_by_each, one_by_one, sides_of_the_plural, stops_of_the_trip
from extract.mentions import PersonMention, PlaceMention, SentenceMentions
from extract.rules.language import Trigger
from extract.rules.languages import for_language
from extract.intervals import parse_iso
from extract.text import Sentence, Token, quoted_spans
from extract.trigger_scope import TriggerScope
from extract.visit_destinations import VisitDestinations
from extract.visit_spans import began_on, span_of_the_visit_told
from extract.with_objects import assign_with_objects, object_groups

PARTICIPLE_HEAD_REACH = 10  # words from "прибывшего" to the name it agrees with ("прибывшего в США с визитом Путина")


class SentenceRules:
    def __init__(self, gazetteer: Gazetteer, lang: str, published: date | None):
        self.gaz = gazetteer
        self.lang = for_language(lang)
        self.published = published
        self.dating = ClauseDates(self.lang, published)
        self.places = VisitDestinations(gazetteer, self.lang, published)

    # ------------------------------------------------------------------ public
    def drafts(self, sent: Sentence, m: SentenceMentions, dates: list[DateMention],
               ctx: Context, phrases: list[DatePhrase] = ()) -> list[Draft]:
        tokens = sent.tokens
        triggers = self.lang.triggers(sent)
        bilateral, ctx.bilateral = ctx.bilateral, any(t.lemma in self.lang.bilateral_words for t in sent.tokens) \
            or self.lang.on_the_margins(sent.tokens)  # "на полях саммита встретился с A и B": with each
        if not triggers:
            return []
        clauses = self.lang.clauses(tokens)
        ctx.gathering_named = self.lang.names_gathering(tokens)
        # "он" goes on with the leader in focus; "Глава государства" is resolved as the article's own (`_resolve`)
        sentence_subject = self.lang.subject(sent, m, (ctx.focus, ctx.focus_name or ctx.focus) if ctx.focus else None)
        if sentence_subject is None and ctx.focus_office is not None:
            k = self.lang.subject_pronoun(tokens)
            if k is not None:
                sentence_subject = replace(ctx.focus_office, first=k, last=k, start=tokens[k].start,
                                           end=tokens[k].end, case="Nom")
        subject = sentence_subject
        out: list[Draft] = []
        assigned = assign_with_objects(self.lang, tokens, m.persons, triggers, clauses)
        # what the whole sentence says, read once for all its triggers
        during_call = self.lang.during_call(sent.text.lower())
        during_talks = self.lang.during_talks(sent.text)
        follows_on = self.lang.follows_on(sent.text)
        cue = told_as_background(sent.text, self.lang.code)
        background, earlier = cue is not None, cue is not None and not recently(cue, self.lang.code)
        purposes: set[int] = set()  # drafts (by id) that are what an arrival is for
        for trig in triggers:
            etype, i, flags = trig
            lo, hi = clauses[i]
            subject = self.lang.subordinate_subject(sent, m, lo, i) or self.lang.clause_subject(sent, m, lo, hi) \
                or sentence_subject  # "..., ал X барады", "..., когда Си находился в Москве"
            modality = self.lang.modality(tokens, lo, i)
            to_come = etype in ("summit", "forum") and self.lang.holding_to_come(tokens, i)
            if modality == "proposal" and not to_come:
                continue  # "предложил провести саммит": a suggestion, not an event
            invited = to_come and modality == "proposal"
            if invited:
                modality = None  # "пригласил на саммит, который пройдет в мае": the summit is to come all the same
            negation = "absent" if modality == "absent" else self.lang.negation(tokens, lo, hi, i)
            if negation == "none":
                continue  # "не встречался с Трампом", "встреча не планируется": denied, not an event
            scope = TriggerScope(sent, m, dates, trig, lo, hi, tuple(phrases),
                           tuple(t.index for t in triggers if t.index != i))
            draft = Draft(etype, sent.index, (tokens[i].start, tokens[i].end), (sent.start, sent.end))
            draft.weak = "weak" in flags
            draft.refers_back = "ref" in flags
            # "по итогам переговоров с Путиным": talks told by their outcome are dated by no report of the day
            # ("итоги переговоров, прошедших в Москве": held on a day of their own, the report's or not)
            draft.told_about = self.lang.told_about(tokens, lo, i) or bool(flags & {"meta", "told"}) and etype != "visit"
            draft.during_call, draft.follows_on, draft.background = during_call, follows_on, background
            # ("В ходе встречи с Алиевым лидеры ...": talks with a side of their own, not the talks told before)
            draft.earlier = earlier
            draft.during_talks = during_talks and etype == "meeting" and not self.lang.has_own_object(tokens, i)
            draft.another, draft.formal = self.lang.another_occasion(tokens, lo, i), self.lang.formal_talks(tokens[i])
            if self.lang.purpose(tokens, i):
                purposes.add(id(draft))
            draft.frame = "frame" in flags
            # "в ходе визита", "встретились на саммите ОДКБ": during another event the sentence tells
            draft.after_talks = self.lang.after_talks(sent.text.lower())
            draft.after_gathering = self.lang.after_gathering(sent.text.lower())
            draft.eve = self.lang.eve_of_gathering(sent.text.lower())
            draft.before_ceremony = self.lang.before_ceremony(sent.text.lower())
            draft.inside = self.lang.part_of_cue(sent.text.lower()) or etype in ("meeting", "signing") and any(
                t.type == "visit" or t.type in ("forum", "summit") and self.lang.is_venue(tokens, t.index)
                for t in triggers)
            if etype in ("meeting", "signing", "forum", "summit"):
                draft.visit_place = next((self.places.told(TriggerScope(sent, m, dates, t, *clauses[t.index]))
                                          for t in triggers if t.type == "visit"), None)
            same_clause = [t.index for t in triggers if clauses[t.index] == clauses[i]]
            scope_lo = max([j + 1 for j in same_clause if j < i] + [lo])
            scope_hi = min([j - 1 for j in same_clause if j > i] + [hi])
            if etype in ("meeting", "phone_call"):
                objects = assigned.get(i, [])
                groups = object_groups(self.lang, tokens, objects)
                if subject is not None and len(groups) >= 2 and all(
                        o.person or o.via == "office" for o in objects):
                    # "с A, с B": each "с" is talks (a call) of its own; "с A, B и C" is one meeting of all
                    for group in groups[1:]:
                        twin = Draft(etype, sent.index, draft.trigger, draft.evidence, weak=draft.weak,
                                     inside=draft.inside, visit_place=draft.visit_place,
                                     before_ceremony=draft.before_ceremony)
                        self._add(twin, [subject, *group], "participant", ctx, m)
                        twin.tense = self.lang.tense(tokens, lo, hi, i)
                        twin.date = None if "meta" in flags else self.dating.date_of(scope, i, twin.tense)
                        self._status(twin, scope)
                        out.append(twin)
                    assigned[i] = groups[0]
                self._meeting(draft, scope, assigned, subject, ctx)
                self._teller_as_side(draft, ctx, m)
                if "reception" in flags and subject is not None:
                    self._receive(draft, self._resolve([subject], ctx, m))
            elif etype == "visit":
                if not self._visit(draft, scope, subject, ctx):
                    span_of_the_visit_told(scope, ctx, self.dating, self.lang)
                    continue
                if span_of_the_visit_told(scope, ctx, self.dating, self.lang, draft.with_role("guest")):
                    continue  # "Государственный визит Мирзиёева продлится до 13 марта": the visit told before
            elif etype in ("forum", "summit") and negation == "absent":
                draft.name = self.lang.gathering_name(scope.sent, scope.i)  # who is absent takes no part
            elif etype in ("forum", "summit"):
                self._gathering(draft, scope, subject, ctx)
                invitees = [pid for pid in draft.participants if subject is None or pid != subject.person]
                for pid in invitees if invited else ():
                    draft.remove(pid)  # who is invited has not said he will come
            elif etype == "signing":
                if self.lang.ceremony(tokens, i) and not self.lang.document_title(sent, i):
                    draft.refers_back = True  # its place and day are those of the signing told before
                elif not self._signing(draft, scope, subject, ctx):
                    continue
            if draft.place is None and etype not in ("phone_call", "visit"):
                draft.place = self._place_in(scope, scope_lo, scope_hi, i, prefer_after=True)
            if draft.place is None and etype not in ("phone_call", "visit") and scope_lo > lo \
                    and self.lang.listed_after(tokens, i):
                # "В Акорде состоялись переговоры ..., а также заседание ...": where the events it lists were held
                draft.place = self._place_in(scope, lo, min(same_clause) - 1, i)
            if draft.place is None and etype in ("forum", "summit"):
                draft.place = draft.visit_place  # "прибыл в Баку для участия в саммите СНГ": where it is held
            if draft.place is None and etype in ("forum", "summit"):  # "Габала приняла саммит ОТГ": the host city
                draft.place = self.lang.hosting_city(tokens, [p for p in m.places if lo <= p.first < i], i)
            if etype in ("meeting", "phone_call"):
                person_tokens = {k for p in m.persons if not p.speaker_only for k in range(p.first, p.last + 1)}
                draft.other_party = self.lang.other_party(sent, person_tokens, i, lo, hi)
            draft.tense = "future" if to_come else self.lang.tense(tokens, lo, hi, i)
            clause_text = sent.text[tokens[lo].start - sent.start:tokens[hi].end - sent.start]
            if "meta" not in flags:
                draft.date = self.dating.date_of(scope, i, draft.tense, planned=modality == "possible")
                if draft.date is None:
                    draft.date_words = self.dating.words_of(scope, i)
                    draft.relative = self.lang.relative_date(clause_text)
                draft.visit_day = self.lang.visit_day(clause_text)  # (a dated one counts the others' days)
                draft.after_a_gap = self.dating.tells_a_gap(scope)
            if etype in ("meeting", "summit") and draft.parties() < 2:
                heads_of_the_sides(draft, scope.sent.tokens, scope.i, clause_text, self.lang, self.gaz)
                draft.states_named = len(self.lang.sides_by_adjective(tokens, i)) >= 2
            self._kind(draft, scope)
            self._status(draft, scope)
            if draft.status in ("postponed", "relocated", "cancelled") and draft.date is not None \
                    and (draft.date.year_inferred or draft.date.month_inferred):
                # "перенёс встречу на декабрь": ahead; "намеченный на 20 октября визит отменен" (22 October): just past
                draft.date = self.dating.put_off(scope, i) if draft.status != "cancelled" \
                    else self.dating.just_past(draft.date)
            if "outcome" in flags and draft.status == "planned":
                draft.status = "held"  # "По итогам разговора ... решено перенести визит": the call took place
            if modality == "possible" and draft.status == "held" or etype in ("summit", "forum") and any(
                    t.type == "meeting" and t.index != i and clauses[t.index] == clauses[i]
                    and self.lang.modality(tokens, lo, t.index) == "proposal" for t in triggers):
                # "может посетить", "возможный визит"; "выразил надежду на встречу с Лукашенко на саммите ШОС в
                # Бишкеке": the gathering a meeting is hoped for at is still to come
                draft.status = "planned"
            if etype == "visit" and "meta" not in flags:
                began_on(draft, scope, self.dating, self.lang)  # "завершил визит, начавшийся в среду"
            if negation == "cancelled":  # "встреча не состоялась" ("..., договорились провести ее позже": put off)
                draft.status = "postponed" if held_later(self.lang, sent) else "cancelled"
            draft.remote = draft.remote or self.lang.remote(clause_text.lower())
            if draft.remote:
                for pid, role in draft.participants.items():
                    if role == "participant":
                        draft.participants[pid] = "remote"
            hub = called_by_each(draft, m.persons, tokens, lo, hi)
            if hub is None and (self.lang.series_of_talks(tokens, i) or etype == "meeting" and (
                    bilateral or ctx.bilateral) and tokens[i].pos == "VERB" and draft.parties() > 2
                    or etype == "phone_call" and draft.parties() > 2 and not self.lang.many_sided(tokens)
                    and sum(p.person is not None and p.last < i for p in scope.persons()) <= 1):
                # ("проинформировал по телефону A и B": a call is of two sides, one with each)
                # "провел серию двусторонних встреч ... затем встретился с A и B": with each of them
                hub = self._host(subject, ctx, m, i)
            stops = stops_of_the_trip(draft, m.places, tokens, self.gaz, self._at(ctx))  # "в Германию и Францию"
            out.extend(one_by_one(draft, hub) if hub is not None else stops)
        out.extend(self._ellipsis(sent, m, dates, clauses, triggers, out, sentence_subject, ctx))
        self._margins_of_talks_to_come(out, tokens)
        return gatherings_beside_trips(out, tokens, triggers, clauses, purposes, self.lang)

    def _margins_of_talks_to_come(self, out: list[Draft], tokens) -> None:
        """"Как уточнил помощник, на полях саммита запланирована встреча Путина и Пашиняна": the gathering on
        whose margins talks are still to come is still to come too, whatever verb tells the news (not one on whose
        margins talks did not take place: "встреча на полях саммита не состоялась")."""
        if not any(d.type in ("meeting", "signing") and d.status == "planned" for d in out) \
                or any(d.type in ("meeting", "signing") and d.status != "planned" for d in out):
            return
        for g in out:
            k = next((k for k, t in enumerate(tokens) if t.start == g.trigger[0]), None)
            if g.type in ("summit", "forum") and g.status == "held" and k is not None and self.lang.margins(tokens, k):
                g.status = "planned"

    def _host(self, subject: PersonMention | None, ctx: Context, m: SentenceMentions, i: int) -> str | None:
        """The side a series of talks is held by: the subject, or the noun's own side in the genitive right
        after it ("состоялись двусторонние встречи Токаева с Путиным и Рахмоном")."""
        if subject is None:
            subject = next((p for p in m.persons if p.person and p.case == "Gen" and 0 < p.first - i <= 2), None)
        resolved = self._resolve([subject], ctx, m) if subject is not None else []
        return resolved[0][0] if resolved else None

    # ------------------------------------------------------------------ arguments
    def _add(self, draft: Draft, persons: list[PersonMention], role: str, ctx: Context,
             m: SentenceMentions) -> None:
        """The people (and unresolved offices: "президент Эквадора" with no date to name him) take part."""
        for pid, name, reg in self._resolve(persons, ctx, m):
            draft.add(pid, name, role, reg)
        for p in persons:
            if p.via == "office" and p.office:
                draft.add_office(p.office, p.office_country, role)

    def _resolve(self, persons: list[PersonMention], ctx: Context, m: SentenceMentions) -> list[tuple[str, str, bool]]:
        out: list[tuple[str, str, bool]] = []
        for p in persons:
            if p.via == "plural":
                out.extend(sides_of_the_plural(m, ctx, self.gaz, self._at(ctx)))
            elif p.via == "self":
                # "Глава государства", a bare "Президент": the leader the text is about, if he heads a state
                own = ctx.own_leader()
                if own and self.gaz.is_head_of_state(own[0], self._at(ctx)):
                    out.append((own[0], own[1], True))
            elif p.person:
                out.append((p.person, p.name, p.from_registry))
        return out

    def _at(self, ctx: Context) -> date | None:
        return ctx.dateline or self.published

    # ------------------------------------------------------------------ per type
    def _meeting(self, draft: Draft, scope: TriggerScope, assigned, subject, ctx) -> None:
        # (not the side of talks a time is counted from: "Путинмен сөйлесуден бір күн бұрын ... Әлиевпен")
        objects = [p for p in assigned.get(scope.i, []) if not self.lang.side_of_talks_told(scope.sent.tokens, p)]
        if not any(p.person and not p.speaker_only for p in scope.persons()) \
                and self.lang.we_with_you(scope.sent.tokens, scope.lo, scope.i):
            # "– Мы с Вами в последний раз встречались в ноябре ...": the speaker and the one he speaks to
            for pid, name in speaker_and_addressee(ctx, scope.m, lambda pid: self._home(pid, self._at(ctx))):
                draft.add(pid, name, "participant", self.gaz.registry.has_person(pid))
            return
        own = self.lang.noun_arguments(scope.sent.tokens, scope.persons(), scope.i)
        if own:
            # "встреча Путина и Трампа", "переговоры Токаева с Мирзиёевым": the event noun names its sides;
            # whoever the sentence is about (a speaker, the subject of "сообщил") is not among them
            self._add(draft, own + [o for o in objects if o not in own], "participant", ctx, scope.m)
            return
        chosen = list(objects)
        if not objects:  # (not who a later event noun names: "обсудили подготовку к визиту Президента Турции")
            taken = {id(p) for lst in assigned.values() for p in lst}
            later = min((j for j in scope.others if j > scope.i), default=len(scope.sent.tokens))
            chosen = [p for p in scope.persons() if id(p) not in taken and p.first < later
                      and not self.lang.side_of_talks_told(scope.sent.tokens, p)]
        if subject is not None and all(not _same(p, subject) for p in chosen):
            chosen = [subject] + chosen
        self._add(draft, chosen, "participant", ctx, scope.m)
        sides = objects or (chosen if self.lang.side_before_noun and len(chosen) == 1 else [])  # ("X-пен келіссөз")
        if subject is None and sides and ctx.focus and ctx.focus not in draft.participants \
                and self.lang.talks_with_one_side(scope.sent.tokens, scope.i) \
                and not self.lang.official_subject(scope.sent.tokens, scope.lo, scope.i) \
                and all(p in sides or p.via == "plural" for p in scope.persons()):
            # "В ходе встречи с Алиевым лидеры подтвердили ...": talks with one side named, no one else in the
            # sentence: the other is the leader the text is about
            draft.add(ctx.focus, ctx.focus_name or ctx.focus, "participant", True)

    def _teller_as_side(self, draft: Draft, ctx: Context, m: SentenceMentions) -> None:
        """"По словам Путина, переговоры с Токаевым прошли успешно": talks with one side named, told by a
        leader, were his own; "По словам Пескова, ..." (no leader) and talks with both sides named are not."""
        if draft.parties() != 1:
            return
        teller = next((p for p in m.persons if p.source and p.person and p.person not in draft.participants
                       and (p.from_registry and self.gaz.is_leader(p.person) or p.office)), None)
        if teller is not None:
            self._add(draft, [teller], "participant", ctx, m)

    @staticmethod
    def _receive(draft: Draft, host: list[tuple[str, str, bool]]) -> None:
        """"X received Y" ("қабылдады"): the subject hosts the talks, the others are its guests; a subject
        named by an office ("Глава государства принял ...") hosts as the leader it names."""
        if not host:
            return
        for pid in draft.participants:
            draft.participants[pid] = "host" if pid == host[0][0] else "guest"

    def _visit(self, draft: Draft, scope: TriggerScope, subject, ctx) -> bool:
        tokens, m, lo, hi, i = scope.sent.tokens, scope.m, scope.lo, scope.hi, scope.i
        dest = self.places.told(scope) or self.places.of_the_news(scope, ctx, subject, self._at(ctx))
        guests = self.lang.guest_list(tokens, scope.persons(), i)
        site = self.lang.site_visit(tokens, i, hi)  # "посетил в Астане выставку": a visit at home too
        if dest is None and not (guests and self.lang.occasion(tokens, lo, hi)) and not site:
            return False
        draft.site = site
        case = tokens[i].feat("Case") if tokens[i].feat("VerbForm") == "Part" else None
        if case not in (None, "Nom"):
            # "встретился с Токаевым, прибывшим в Москву": the participle's guest is the person it agrees with,
            # never the subject ("встречи с лидерами, прибывшими на саммит" names no guest)
            # (in an oblique case too: the tagger often reads "прибывшим" as a dative)
            # (or after it: "встретил прибывшего в США с визитом Путина")
            agreeing = [p for p in scope.persons() if p.person and (p.last < i and p.case not in (None, "Nom") or (
                0 < p.first - i <= PARTICIPLE_HEAD_REACH and p.via in ("name", "title")
                and all(t.pos != "PUNCT" for t in tokens[i:p.first])))]
            if not agreeing:
                return False
            subject = max((p for p in agreeing if p.last < i), key=lambda p: p.last, default=agreeing[0])
        subject = self.lang.participle_guest(tokens, i, scope.persons()) or subject
        at = self._at(ctx)
        dest_country = self.gaz.country_of(dest.place) if dest is not None and dest.from_registry else None
        if guests:
            # "прибыли почётные гости: президент Германии X, президент Латвии Y": each listed leader is a guest
            for p in guests:
                self._add(draft, [p], "guest", ctx, m)
            draft.place = dest
            return True
        resolved = self._resolve(scope.persons(), ctx, m)
        host_cue = {p.person for p in m.persons if p.person and self.lang.is_host_cue(tokens, p)}
        # "обсудили подготовку к визиту Президента Турции": the visit noun's own genitive side, not the subject
        owner = next((p for p in m.persons if p.person and p.case == "Gen" and 0 < p.first - i <= 2), None) \
            if tokens[i].pos == "NOUN" else None
        guest = None
        if owner is not None and self._home(owner.person, at) != dest_country:
            guest = (owner.person, owner.name, owner.from_registry)
        elif subject is not None and subject.person and subject.person not in host_cue and (
                site or self._home(subject.person, at) != dest_country):
            guest = (subject.person, subject.name, subject.from_registry)
        if guest is None:
            for pid, name, reg in resolved:
                if pid not in host_cue and (not reg or self._home(pid, at) != dest_country):
                    guest = (pid, name, reg)
                    break
        if guest is None and subject is not None and subject.person and any(
                self.lang.kind(t) == "working" for t in tokens[max(lo, i - 3):i + 4]):
            # "совершил рабочую поездку в Алматы", "Түркістанға жұмыс сапарымен барды": a working trip at home
            # (not "вернулся в Москву"; a state or official visit is always abroad)
            guest = (subject.person, subject.name, subject.from_registry)
        if guest is None and any(self.lang.fold_text(t.text) in self.lang.owner_pronouns for t in tokens[max(lo, i - 3):i]):
            named = [p for p in m.persons if p.person and p.last < lo and self._home(p.person, at) != dest_country]
            guest = (named[-1].person, named[-1].name, named[-1].from_registry) if named else None
        if guest is None and any(t.lemma in self.lang.addressee_words for t in tokens[max(lo, i - 3):i]):
            # "«Ваш государственный визит в Кыргызстан ...», — отметил Жапаров": the one he speaks to
            guest = addressee(ctx, m, lambda pid: self._home(pid, at), dest_country)
            guest = guest and (*guest, self.gaz.registry.has_person(guest[0]))
        if guest is None and ctx.focus and any(t.lemma in self.lang.self_words for t in tokens[lo:hi + 1]):
            if self._home(ctx.focus, at) != dest_country:
                guest = (ctx.focus, ctx.focus_name or ctx.focus, True)
        if guest is None:
            # "Президент США посетит ЮАР" with no date to name him: the office is the guest; so is the noun's own
            # ("визит канцлера в Узбекистан": the chancellor the text names, see `offices_named_by_the_text`)
            office = subject if subject is not None and subject.via == "office" and subject.office else None
            if office is None and tokens[i].pos == "NOUN":
                office = next((p for p in m.persons if p.via == "office" and p.office and p.office_country is None
                               and p.case == "Gen" and 0 < p.first - i <= 2), None)
            if office is None or office.office_country == dest_country or office.office_country is None \
                    and office is subject:
                return False
            draft.add_office(office.office, office.office_country, "guest")
            guest_home = office.office_country
        else:
            draft.add(guest[0], guest[1], "guest", guest[2])
            guest_home = self._home(guest[0], at)
        host = None
        for pid, name, reg in resolved:
            if (guest is None or pid != guest[0]) and reg and dest_country and self._home(pid, at) == dest_country:
                host = (pid, name, reg)
                break
        if host is None and dest_country and guest_home != dest_country and not self._official(guest, m, tokens):
            date_at = self.dating.date_of(scope, i, self.lang.tense(tokens, lo, hi, i))
            when = (parse_iso(date_at.start) if date_at else None) or at
            head = self.gaz.head_of(dest_country, when)
            if head is not None:
                host = (head.id, head.name.ru or head.id, True)
        if host is not None and (guest is None or host[0] != guest[0]):
            draft.add(host[0], host[1], "host", host[2])
        draft.place = dest
        return True

    def _official(self, guest: tuple[str, str, bool] | None, m: SentenceMentions, tokens: tuple[Token, ...]) -> bool:
        """Whether the guest is an official who heads no state nor government: a minister's trip is no visit to
        the head of the state he goes to ("Сыртқы істер министрі Ермек Көшербаев Берлинге барады")."""
        if guest is None:
            return False
        if self.gaz.registry.has_person(guest[0]):
            return not self.gaz.heads_state_or_government(guest[0])
        return any(p.person == guest[0] and self.lang.official_named(tokens, p) for p in m.persons)

    def _home(self, person_id: str, at: date | None) -> str | None:
        return self.places.home(person_id, at)

    def _gathering(self, draft: Draft, scope: TriggerScope, subject, ctx) -> None:
        # (on its margins, only the one the clause is about: "На полях саммита Путин встретился с Алиевым")
        chosen = [p for p in scope.persons() if p.via == "plural" or not self.lang.margins(scope.sent.tokens, scope.i)]
        if subject is not None and all(not _same(p, subject) for p in chosen) \
                and scope.lo <= subject.first <= scope.hi:
            chosen.insert(0, subject)
        self._add(draft, chosen, "participant", ctx, scope.m)
        draft.name = self.lang.gathering_name(scope.sent, scope.i)
        if draft.place is None:  # "Астана халықаралық форумы": named after the city it is held in
            draft.place = next((p for p in scope.m.places if p.kind == "city"
                                and self.lang.names_the_gathering(scope.sent.tokens, p, scope.i)), None)

    def _signing(self, draft: Draft, scope: TriggerScope, subject, ctx) -> bool:
        title = self.lang.document_title(scope.sent, scope.i)
        if not title:
            return False
        draft.document = title
        agents = self.lang.passive_agents(scope.sent.tokens, scope.persons(), scope.i)
        if agents is not None:
            chosen = agents  # "договор был подписан Медведевым и Обамой": the agents, not the subject
        else:
            chosen = scope.persons()
            if subject is not None and all(not _same(p, subject) for p in chosen):
                chosen.insert(0, subject)
        self._add(draft, chosen, "signatory", ctx, scope.m)
        if len(chosen) == 1 and not chosen[0].from_registry and not self.lang.titled(scope.sent.tokens, chosen[0]):
            return False  # "специалист X, подписавший соглашение с клубом": one signatory, not a leader
        return True

    # ------------------------------------------------------------------ details
    def _place_in(self, scope: TriggerScope, lo, hi, i, prefer_after=False) -> PlaceMention | None:
        tokens = scope.sent.tokens
        quotes = quoted_spans(scope.sent.text, scope.sent.start)
        trigger_quote = next((q for q in quotes if q[0] <= tokens[i].start < q[1]), None)
        # (a place inside a quotation is the speaker's, not where the event told outside it is: "«... в Турции,
        # в Европе ...», - сказал Трамп перед началом встречи")
        good = [p for p in scope.m.places if lo <= p.first <= hi and self.lang.is_location(tokens, p)
                and not self.lang.of_another_participle(tokens, p, i)
                and next((q for q in quotes if q[0] <= p.start < q[1]), None) == trigger_quote
                and not (p.first > i and self.dating.of_a_later_event(scope, i, tokens[i + 1:p.first], tokens[p.last].end))]
        if not good:
            return None
        # a city the gazetteer knows before a name it does not ("в Азии в Астане": a word of a name)
        cities = [p for p in good if p.kind == "city" and p.from_registry] or [
            p for p in good if p.kind == "city"] or good
        return min(cities, key=lambda p: (p.first < i if prefer_after else 0, abs(p.first - i)))

    def _kind(self, draft: Draft, scope: TriggerScope) -> None:
        if draft.type != "visit":
            return
        # the kind nearest the visit word: "церемония официальной встречи ..., прибывшего с государственным визитом"
        clause = range(scope.lo, scope.hi + 1)
        for k in sorted(clause, key=lambda k: abs(k - scope.i)):
            kind = self.lang.kind(scope.sent.tokens[k])
            if kind:
                draft.kind = kind
                return

    def _status(self, draft: Draft, scope: TriggerScope) -> None:
        status_of_the_clause(self.lang, draft, scope, lambda: self.places.told(scope))

    def _ellipsis(self, sent, m, dates, clauses, triggers, drafts, subject, ctx) -> list[Draft]:
        """"встретится с Путиным, а 29-30 ноября с Макроном": the second clause repeats the verb."""
        out = []
        trigger_clauses = {clauses[t.index] for t in triggers}
        meeting = next((d for d in drafts if d.type == "meeting"), None)
        if meeting is None:
            return out
        for clause in dict.fromkeys(clauses):
            if clause in trigger_clauses:
                continue
            lo, hi = clause
            objects = [p for p in m.persons if lo <= p.first <= hi and not p.speaker_only and p.person
                       and p.first > 0 and self.lang.is_with_object(sent.tokens, p)]
            if not objects:
                continue
            draft = Draft("meeting", sent.index, (sent.tokens[lo].start, sent.tokens[lo].end),
                          (sent.start, sent.end))
            self._add(draft, ([subject] if subject is not None else []) + objects, "participant", ctx, m)
            draft.tense = meeting.tense
            draft.date = self.dating.date_of(TriggerScope(sent, m, dates, Trigger("meeting", lo), lo, hi), lo, meeting.tense)
            draft.status = meeting.status
            out.append(draft)
        return out


def _same(a: PersonMention, b: PersonMention) -> bool:
    return a.person == b.person if a.person or b.person else (a.first, a.last) == (b.first, b.last)
