"""Sentence rules: triggers → draft events with participants, roles, place, date, status and kind.

One sentence at a time, with a small discourse context (who the text is about, the visit in focus) that
`extract.discourse` keeps up to date between sentences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from extract import kazakh
from extract import lexicon as lx
from extract.dates import DateMention
from extract.drafts import DateValue, Draft
from extract.gazetteer import Gazetteer
from extract.mentions import PersonMention, PlaceMention, SentenceMentions
from extract.text import Sentence, Token

_KK_DATIVE = tuple(kazakh.fold(s) for s in ("ға", "ге", "қа", "ке", "на", "не", "а", "е", "ғa"))
_KK_LOCATIVE = tuple(kazakh.fold(s) for s in ("да", "де", "та", "те", "нда", "нде"))
_KK_GENITIVE = tuple(kazakh.fold(s) for s in ("ның", "нің", "дың", "дің", "тың", "тің"))
_CLAUSE_OPENERS = {"а", "чтобы", "затем", "но", "однако"}


@dataclass
class Context:
    """What the previous sentences established."""

    focus: str | None = None                 # the leader the text is about (last subject)
    focus_name: str | None = None
    recent: list[tuple[str, str]] = field(default_factory=list)   # (id, name), most recent last
    visit: Draft | None = None               # the visit in focus
    dateline: date | None = None

    def note_leader(self, person: PersonMention) -> None:
        self.recent = [r for r in self.recent if r[0] != person.person] + [(person.person, person.name)]


class SentenceRules:
    def __init__(self, gazetteer: Gazetteer, lang: str, published: date | None):
        self.gaz = gazetteer
        self.lang = lang
        self.published = published

    # ------------------------------------------------------------------ public
    def drafts(self, sent: Sentence, m: SentenceMentions, dates: list[DateMention],
               ctx: Context) -> list[Draft]:
        self._current_mentions = m
        tokens = sent.tokens
        triggers = self._triggers(sent)
        clauses = self._clauses(tokens)
        subject = self._subject(sent, m, ctx)
        out: list[Draft] = []
        if not triggers:
            return out
        assigned = self._assign_with_objects(tokens, m.persons, triggers)
        for tindex, (etype, i, flags) in enumerate(triggers):
            clause = clauses[i]
            lo, hi = clause
            draft = Draft(etype, sent.index, (tokens[i].start, tokens[i].end), (sent.start, sent.end))
            draft.weak = "weak" in flags
            draft.inside = self._has_part_of_cue(sent, lo, hi) or (
                etype in ("meeting", "signing") and any(t[0] == "visit" for t in triggers))
            if etype in ("meeting", "signing"):
                draft.visit_place = next((self._destination(sent, m, clauses[j][0], clauses[j][1], j)
                                          for t, j, _ in triggers if t == "visit"), None)
            same_clause = [j for _, j, _ in triggers if clauses[j] == clause]
            scope_lo = max([j + 1 for j in same_clause if j < i] + [lo])
            scope_hi = min([j - 1 for j in same_clause if j > i] + [hi])
            clause_persons = [p for p in m.persons if lo <= p.first <= hi and not p.speaker_only]
            if etype in ("meeting", "phone_call"):
                objects = assigned.get(i, [])
                if etype == "meeting" and subject is not None and len(objects) >= 2 and all(
                        o.person and o.via != "plural" for o in objects):
                    # talks "with A, with B" reported together are separate bilateral talks
                    for extra in objects[1:]:
                        twin = Draft(etype, sent.index, draft.trigger, draft.evidence)
                        twin.add(subject.person, subject.name, "participant", subject.from_registry)
                        twin.add(extra.person, extra.name, "participant", extra.from_registry)
                        twin.date = None if "meta" in flags else self._date(sent, dates, i, lo, hi)
                        twin.tense = self._tense(tokens, lo, hi, i)
                        self._status(twin, sent, m, lo, hi, i)
                        out.append(twin)
                    assigned[i] = objects[:1]
                self._meeting(draft, i, tindex, clause_persons, assigned, subject, ctx, sent)
            elif etype == "visit":
                if not self._visit(draft, i, lo, hi, sent, m, clause_persons, subject, ctx, dates):
                    continue
            elif etype in ("forum", "summit"):
                self._gathering(draft, i, lo, hi, sent, m, clause_persons, subject, ctx)
            elif etype == "signing":
                if not self._signing(draft, i, sent, clause_persons, subject, ctx):
                    continue
            if draft.place is None and etype not in ("phone_call", "visit"):
                draft.place = self._place_in(sent, m, scope_lo, scope_hi, i, prefer_after=True)
            if etype in ("meeting", "phone_call"):
                draft.other_party = self._other_party(sent, m, i, lo, hi)
            if "meta" not in flags:
                draft.date = self._date(sent, dates, i, lo, hi)
            self._kind(draft, tokens, lo, hi)
            draft.tense = self._tense(tokens, lo, hi, i)
            self._past_year(draft)
            self._status(draft, sent, m, lo, hi, i)
            draft.remote = draft.remote or self._remote(sent, lo, hi)
            if draft.remote:
                for pid, role in draft.participants.items():
                    if role == "participant":
                        draft.participants[pid] = "remote"
            out.append(draft)
        out.extend(self._ellipsis(sent, m, dates, clauses, triggers, out, subject, ctx))
        return out

    # ------------------------------------------------------------------ triggers
    def _triggers(self, sent: Sentence) -> list[tuple[str, int, set[str]]]:
        return self._kk_triggers(sent) if self.lang == "kk" else self._ru_triggers(sent)

    def _ru_triggers(self, sent: Sentence) -> list[tuple[str, int, set[str]]]:
        tokens = sent.tokens
        lemmas = [t.lemma for t in tokens]
        phone = any(l in lx.RU_PHONE_MARKERS for l in lemmas) and any(l in lx.RU_CONVERSATION for l in lemmas)
        found: list[tuple[str, int, set[str]]] = []
        for i, tok in enumerate(tokens):
            etype = lx.RU_TRIGGERS.get(tok.lemma)
            if etype is None:
                continue
            flags: set[str] = set()
            if etype == "phone_call":
                if not phone or any(f[0] == "phone_call" for f in found):
                    continue
            elif etype == "meeting" and phone:
                continue  # "обсудили по телефону": the conversation word belongs to the call
            if tok.lemma in lx.RU_WEAK_TRIGGERS:
                flags.add("weak")
                if tok.lemma in ("завтрак", "обед", "ужин") and not any(
                        t.lemma in ("рабочий", "формат", "неформальный") for t in tokens[max(0, i - 3):i]):
                    continue
            prev = tokens[i - 1] if i > 0 else None
            if prev is not None and (prev.pos == "NUM" or prev.text.isdigit()):
                continue  # "33 визита": a count, not an event
            if tok.feat("Number") == "Plur" and etype in ("visit", "forum", "summit") and tok.pos == "NOUN":
                continue  # "визиты", "форумы": a habit or a series
            if prev is not None and prev.lemma in lx.RU_ANAPHORIC:
                continue  # "этот визит": the event is already in the graph
            if tok.pos == "VERB" and tok.feat("Person") == "1" and tok.feat("Tense") == "Pres":
                continue  # "мы встречаемся": a habit
            window = [t.lemma for t in tokens[max(0, i - 3):i]]
            if any(w in lx.RU_META_NOUNS for w in window) and tok.feat("Case") == "Gen":
                flags.add("meta")
                if etype != "visit":
                    continue  # "подробности встречи", "итоги переговоров": about an event, not the event
            found.append((etype, i, flags))
        return self._dedupe(found, tokens)

    def _kk_triggers(self, sent: Sentence) -> list[tuple[str, int, set[str]]]:
        tokens = sent.tokens
        found: list[tuple[str, int, set[str]]] = []
        for i, tok in enumerate(tokens):
            low = kazakh.fold(tok.text)
            for stem, etype in lx.KK_TRIGGERS.items():
                words = kazakh.fold(stem).split()
                if len(words) == 2:
                    if i + 1 < len(tokens) and low == words[0] and kazakh.fold(tokens[i + 1].text).startswith(words[1]):
                        found.append((etype, i, set()))
                    continue
                if low.startswith(words[0]):
                    if etype == "phone_call" and not any(
                            kazakh.fold(t.text).startswith(("сөйлес", "арқылы", "сөйл")) for t in tokens):
                        continue
                    found.append((etype, i, set()))
                    break
            else:
                if low.startswith(tuple(kazakh.fold(v) for v in lx.KK_VISIT_VERBS)):
                    found.append(("visit", i, {"verb"}))
        return self._dedupe(found, tokens)

    def _dedupe(self, found, tokens):
        """One trigger per event type and clause ("прилетит ... с первым визитом" is one visit)."""
        clauses = self._clauses(tokens)
        seen: dict[tuple[str, tuple[int, int]], int] = {}
        out = []
        for etype, i, flags in found:
            key = (etype, clauses[i])
            if key in seen and etype != "meeting":
                continue
            if key in seen and etype == "meeting" and not self._has_with_object(tokens, i):
                continue
            seen[key] = i
            out.append((etype, i, flags))
        return out

    @staticmethod
    def _has_with_object(tokens: tuple[Token, ...], i: int) -> bool:
        return any(t.lemma in ("с", "со") for t in tokens[i + 1:i + 3])

    # ------------------------------------------------------------------ structure
    def _clauses(self, tokens: tuple[Token, ...]) -> list[tuple[int, int]]:
        bounds = [0]
        for k, tok in enumerate(tokens):
            if tok.text == ";" or (tok.text == "," and k + 1 < len(tokens)
                                   and tokens[k + 1].lemma in _CLAUSE_OPENERS
                                   and not (k + 2 < len(tokens) and tokens[k + 2].lemma == "также")):
                bounds.append(k + 1)
        bounds.append(len(tokens))
        spans = [(bounds[n], bounds[n + 1] - 1) for n in range(len(bounds) - 1)]
        out = []
        for lo, hi in spans:
            out.extend([(lo, hi)] * (hi - lo + 1))
        return out

    def _subject(self, sent: Sentence, m: SentenceMentions, ctx: Context) -> PersonMention | None:
        if self.lang == "kk":
            return None
        for p in m.persons:
            if p.speaker_only or p.person is None or p.case != "Nom":
                continue
            return p
        for k, tok in enumerate(sent.tokens):
            if tok.lemma in lx.RU_PRONOUNS_SINGULAR and tok.feat("Case") == "Nom" and ctx.focus:
                return PersonMention(ctx.focus, ctx.focus_name or ctx.focus, k, k, tok.start, tok.end, "Nom",
                                     via="pronoun")
        return None

    def _assign_with_objects(self, tokens, persons, triggers) -> dict[int, list[PersonMention]]:
        """Each "с X" person goes to the nearest meeting trigger before it in the same clause."""
        clauses = self._clauses(tokens)
        meeting_idx = [i for etype, i, _ in triggers if etype in ("meeting", "phone_call")]
        out: dict[int, list[PersonMention]] = {i: [] for i in meeting_idx}
        for p in persons:
            if p.speaker_only or p.person is None and p.via != "plural":
                continue
            before = tokens[p.first - 1].lemma if p.first > 0 else ""
            if before not in ("с", "со") and not (p.via == "name" and self._title_before_with(tokens, p)):
                continue
            clause = clauses[p.first]
            owners = [i for i in meeting_idx if i < p.first and clauses[i] == clause]
            if owners:
                out[owners[-1]].append(p)
        # "с председателем КНР Си Цзиньпином, президентом США Дональдом Трампом": a list continues the object
        for owner, objects in out.items():
            if not objects:
                continue
            last = max(o.last for o in objects)
            for p in sorted(persons, key=lambda q: q.first):
                if p.first <= last or p in objects or p.speaker_only or p.person is None:
                    continue
                gap = tokens[last + 1:p.first]
                if clauses[p.first] != clauses[owner] or len(gap) > 4:
                    break
                if gap and gap[0].text in (",", "и") and all(t.pos != "VERB" for t in gap):
                    objects.append(p)
                    last = p.last
                else:
                    break
        return out

    @staticmethod
    def _title_before_with(tokens, p: PersonMention) -> bool:
        # "с президентом России Владимиром Путиным" — the name follows its title.
        for k in range(p.first - 1, max(-1, p.first - 4), -1):
            if tokens[k].lemma in ("с", "со"):
                return True
            if tokens[k].pos == "PUNCT":
                return False
        return False

    # ------------------------------------------------------------------ per type
    def _resolve(self, persons: list[PersonMention], ctx: Context, sent: Sentence,
                 m: SentenceMentions) -> list[tuple[str, str, bool]]:
        out: list[tuple[str, str, bool]] = []
        for p in persons:
            if p.via == "plural":
                out.extend(self._plural(sent, m, ctx))
            elif p.via == "self":
                if ctx.focus:
                    out.append((ctx.focus, ctx.focus_name or ctx.focus, True))
            elif p.person:
                out.append((p.person, p.name, p.from_registry))
        return out

    def _plural(self, sent: Sentence, m: SentenceMentions, ctx: Context) -> list[tuple[str, str, bool]]:
        """"главы государств", "екі ел басшылары": the heads of the countries named, else the visit's sides."""
        at = self._at(ctx)
        countries = []
        for place in m.places:
            if place.kind == "country" and place.from_registry and place.place not in countries:
                countries.append(place.place)
        if len(countries) >= 2:
            heads = [self.gaz.head_of(c, at) for c in countries[:2]]
            if all(heads):
                return [(h.id, h.name.ru or h.id, True) for h in heads]
        if ctx.visit is not None and len(ctx.visit.participants) >= 2:
            return [(pid, ctx.visit.names.get(pid, pid), pid in ctx.visit.registry_ids)
                    for pid in ctx.visit.participants]
        return [(pid, name, True) for pid, name in ctx.recent[-2:]] if len(ctx.recent) >= 2 else []

    def _at(self, ctx: Context) -> date | None:
        return ctx.dateline or self.published

    def _meeting(self, draft, i, tindex, clause_persons, assigned, subject, ctx, sent) -> None:
        m = self._current_mentions
        objects = assigned.get(i, [])
        chosen = list(objects)
        if not objects:
            taken = {id(p) for lst in assigned.values() for p in lst}
            chosen = [p for p in clause_persons if id(p) not in taken]
        if subject is not None and all(p.person != subject.person for p in chosen):
            chosen = [subject] + chosen
        for pid, name, reg in self._resolve(chosen, ctx, sent, m):
            draft.add(pid, name, "participant", reg)

    def _visit(self, draft, i, lo, hi, sent, m, clause_persons, subject, ctx, dates) -> bool:
        tokens = sent.tokens
        dest = self._destination(sent, m, lo, hi, i)
        if dest is None:
            return False
        at = self._at(ctx)
        dest_country = self.gaz.country_of(dest.place) if dest.from_registry else None
        resolved = self._resolve(clause_persons, ctx, sent, m)
        host_cue = self._host_cue_ids(sent, m)
        guest = None
        if subject is not None and subject.person and self._home(subject.person, at) != dest_country \
                and subject.person not in host_cue:
            guest = (subject.person, subject.name, subject.from_registry)
        if guest is None:
            for pid, name, reg in resolved:
                if pid not in host_cue and (not reg or self._home(pid, at) != dest_country):
                    guest = (pid, name, reg)
                    break
        if guest is None and ctx.focus and any(t.lemma in lx.RU_SELF for t in tokens[lo:hi + 1]):
            if self._home(ctx.focus, at) != dest_country:
                guest = (ctx.focus, ctx.focus_name or ctx.focus, True)
        if guest is None:
            return False
        draft.add(guest[0], guest[1], "guest", guest[2])
        host = None
        for pid, name, reg in resolved:
            if pid != guest[0] and reg and dest_country and self._home(pid, at) == dest_country:
                host = (pid, name, reg)
                break
        if host is None and dest_country and self._home(guest[0], at) != dest_country:
            date_at = self._date(sent, dates, i, lo, hi)
            when = _first_day(date_at) or at
            head = self.gaz.head_of(dest_country, when)
            if head is not None:
                host = (head.id, head.name.ru or head.id, True)
        if host is not None and host[0] != guest[0]:
            draft.add(host[0], host[1], "host", host[2])
        draft.place = dest
        return True

    def _host_cue_ids(self, sent, m) -> set[str]:
        """"по приглашению X", "X шақыруымен": X is the host."""
        tokens = sent.tokens
        out = set()
        for p in m.persons:
            window = [t for t in tokens[max(0, p.first - 3):p.first]]
            after = tokens[p.last + 1] if p.last + 1 < len(tokens) else None
            if any(t.lemma == "приглашение" for t in window) or (
                    after is not None and kazakh.fold(after.text).startswith(kazakh.fold("шақыру"))):
                if p.person:
                    out.add(p.person)
        return out

    def _home(self, person_id: str, at: date | None) -> str | None:
        try:
            return self.gaz.home_country(person_id, at)
        except KeyError:
            return None

    def _destination(self, sent, m, lo, hi, i) -> PlaceMention | None:
        candidates = [p for p in m.places if lo <= p.first <= hi]
        if self.lang == "kk":
            def score(p):
                low = kazakh.fold(sent.tokens[p.last].text)
                return (low.endswith(_KK_DATIVE) and not low.endswith(_KK_GENITIVE), -abs(p.first - i))
            ranked = sorted(candidates, key=score, reverse=True)
            for p in ranked:
                low = kazakh.fold(sent.tokens[p.last].text)
                if low.endswith(_KK_DATIVE) and not low.endswith(_KK_GENITIVE):
                    return p
            return None
        acc = [p for p in candidates if p.case == "Acc" and p.prep in ("в", "во", None) or
               p.case == "Acc" and sent.tokens[p.first - 1].pos != "ADP"]
        if acc:
            return min(acc, key=lambda p: abs(p.first - i))
        return None

    def _gathering(self, draft, i, lo, hi, sent, m, clause_persons, subject, ctx) -> None:
        chosen = list(clause_persons)
        if subject is not None and all(p.person != subject.person for p in chosen) and lo <= subject.first <= hi:
            chosen.insert(0, subject)
        for pid, name, reg in self._resolve(chosen, ctx, sent, m):
            draft.add(pid, name, "participant", reg)
        draft.name = self._gathering_name(sent, i)

    def _signing(self, draft, i, sent, clause_persons, subject, ctx) -> bool:
        title = self._document_title(sent, i)
        if not title:
            return False
        draft.document = title
        chosen = list(clause_persons)
        if subject is not None and all(p.person != subject.person for p in chosen):
            chosen.insert(0, subject)
        for pid, name, reg in self._resolve(chosen, ctx, sent, self._current_mentions):
            draft.add(pid, name, "signatory", reg)
        return True

    # ------------------------------------------------------------------ details
    def _past_year(self, draft: Draft) -> None:
        """"в сентябре посетил": a past-tense report of a year-less date after publication is last year's."""
        value = draft.date
        if value is None or not value.year_inferred or draft.tense != "past" or self.published is None:
            return
        if value.start[:4].isdigit() and value.start > self.published.isoformat()[:len(value.start)]:
            draft.date = DateValue(_year_back(value.start), _year_back(value.end) if value.end else None,
                                   value.precision, value.text, value.source, True)

    def _other_party(self, sent: Sentence, m: SentenceMentions, i: int, lo: int, hi: int) -> bool:
        """Talks with people who are not leaders: "встретится с представителями деловых кругов",
        "Қауіпсіздік кеңесінің мүшелерімен ... кездесіп"."""
        tokens = sent.tokens
        person_tokens = {k for p in m.persons for k in range(p.first, p.last + 1)}
        if self.lang == "kk":
            ins = tuple(kazakh.fold(e) for e in ("мен", "бен", "пен"))
            for k in range(max(lo, i - 5), i):
                low = kazakh.fold(tokens[k].text)
                if k not in person_tokens and len(low) > 5 and low.endswith(ins):
                    return True
            return False
        for k in range(i + 1, min(hi, i + 3) + 1):
            if tokens[k].lemma in ("с", "со") and k + 1 <= hi:
                nxt = tokens[k + 1]
                head = next((t for t in tokens[k + 1:min(hi, k + 4) + 1] if t.pos in ("NOUN", "PROPN")), None)
                if k + 1 not in person_tokens and head is not None and head.feat("Animacy") != "Inan" \
                        and all(n not in person_tokens for n in range(k + 1, min(hi, k + 4) + 1)) \
                        and head.lemma not in lx.RU_HEAD_OF_STATE | lx.RU_HEAD_OF_GOVERNMENT:
                    return nxt is not None
        return False

    def _place_in(self, sent, m, lo, hi, i, prefer_after=False) -> PlaceMention | None:
        tokens = sent.tokens
        good = []
        for p in m.places:
            if not lo <= p.first <= hi:
                continue
            if self.lang == "kk":
                low = kazakh.fold(tokens[p.last].text)
                if low.endswith(_KK_LOCATIVE) and not low.endswith(_KK_GENITIVE):
                    good.append(p)
            elif p.case == "Loc" and p.prep in ("в", "во"):
                good.append(p)
            elif p.case == "Loc" and p.first >= 2 and tokens[p.first - 2].lemma in ("в", "во") \
                    and tokens[p.first - 1].pos == "ADJ":
                good.append(p)  # "в казахстанском Уральске"
        if not good:
            return None
        cities = [p for p in good if p.kind == "city"] or good
        return min(cities, key=lambda p: (p.first < i if prefer_after else 0, abs(p.first - i)))

    def _date(self, sent: Sentence, dates: list[DateMention], i: int, lo: int, hi: int) -> DateValue | None:
        tokens = sent.tokens
        lo_c, hi_c = tokens[lo].start, tokens[hi].end
        trig = tokens[i]
        venue = i > 0 and tokens[i - 1].lemma in ("на", "в", "во")
        best = None
        for d in dates:
            if not (lo_c <= d.start and d.end <= hi_c):
                continue
            between = [t for t in tokens if min(d.end, trig.start) <= t.start < max(d.start, trig.end)]
            if not venue and any(t.lemma in lx.RU_SPEECH_VERBS for t in between):
                continue
            distance = trig.start - d.end if d.end <= trig.start else d.start - trig.end
            if best is None or distance < best[0]:
                best = (distance, d)
        if best is None:
            return None
        d = best[1]
        return DateValue(d.start_iso(), d.end_iso(), d.precision, d.text,
                         year_inferred=getattr(d, "year_inferred", False))

    def _kind(self, draft: Draft, tokens, lo, hi) -> None:
        if draft.type != "visit":
            return
        for tok in tokens[lo:hi + 1]:
            kind = lx.RU_KINDS.get(tok.lemma) if self.lang != "kk" else next(
                (v for k, v in lx.KK_KINDS.items() if kazakh.fold(tok.text).startswith(kazakh.fold(k))), None)
            if kind:
                draft.kind = kind
                return

    def _tense(self, tokens, lo, hi, i) -> str | None:
        if self.lang == "kk":
            for tok in tokens[lo:hi + 1]:
                low = kazakh.fold(tok.text)
                if low.startswith(tuple(kazakh.fold(c) for c in lx.KK_PLANNED)) or low.endswith(
                        (kazakh.fold("ады"), kazakh.fold("еді"), kazakh.fold("йды"), kazakh.fold("йді"),
                         kazakh.fold("мақ"), kazakh.fold("бақ"), kazakh.fold("етін"))):
                    return "future"
            return None
        verbs = [t for t in tokens[lo:hi + 1] if t.pos in ("VERB", "AUX") and t.feat("VerbForm") == "Fin"]
        verbs.sort(key=lambda t: abs(t.start - tokens[i].start))
        for verb in verbs:
            tense = verb.feat("Tense")
            if tense == "Fut" or verb.lemma in ("собираться", "планировать", "намереваться"):
                return "future"
            if tense == "Past":
                return "past"
            if tense == "Pres":
                return "present"
        if any(t.lemma in lx.RU_PLANNED_WORDS for t in tokens[lo:hi + 1]):
            return "future"
        return None

    def _status(self, draft, sent, m, lo, hi, i) -> None:
        tokens = sent.tokens
        near_cancel = {t.lemma for t in tokens[lo:hi + 1]}
        kk_text = kazakh.fold(sent.text) if self.lang == "kk" else ""
        if near_cancel & lx.RU_CANCEL or any(kazakh.fold(c) in kk_text for c in lx.KK_CANCEL):
            draft.status = "cancelled"
            return
        near = {t.lemma for t in tokens[max(lo, i - 4):min(hi, i + 4) + 1]}
        moved_place = "место" in {t.lemma for t in tokens[max(lo, i - 2):i]} and \
            bool({t.lemma for t in tokens[lo:i]} & {"изменить", "сменить", "поменять"})
        if near & lx.RU_POSTPONE or moved_place:
            moved_from = None
            for p in m.places:
                if p.first > i and p.case == "Loc" and p.prep in ("в", "во") and lo <= p.first <= hi:
                    moved_from = p
                    break
            if moved_from is not None or moved_place:
                draft.status = "relocated"
                draft.relocated_from = moved_from
                if draft.place is not None and moved_from is not None and draft.place.place == moved_from.place:
                    draft.place = None
            else:
                draft.status = "postponed"
            return
        before = {t.lemma for t in tokens[max(lo, i - 3):i]}
        if before & lx.RU_PLANNED_WORDS or any(t.lemma in ("в", "во") and n + 1 < i and
                                                tokens[n + 1].lemma in ("канун", "преддверие")
                                                for n, t in enumerate(tokens[max(lo, i - 4):i], max(lo, i - 4))):
            draft.status = "planned"
            return
        draft.status = "planned" if draft.tense == "future" else "held"

    def _remote(self, sent: Sentence, lo: int, hi: int) -> bool:
        tokens = sent.tokens
        text = sent.text.lower()
        clause = text[tokens[lo].start - sent.start:tokens[hi].end - sent.start]
        cues = lx.KK_REMOTE if self.lang == "kk" else lx.RU_REMOTE
        return any(c in clause for c in cues)

    def _has_part_of_cue(self, sent: Sentence, lo: int, hi: int) -> bool:
        text = sent.text.lower()
        cues = lx.KK_PART_OF_CUES if self.lang == "kk" else lx.RU_PART_OF_CUES
        return any(c in text for c in cues)

    def _ellipsis(self, sent, m, dates, clauses, triggers, drafts, subject, ctx) -> list[Draft]:
        """"встретится с Путиным, а 29-30 ноября с Макроном": the second clause repeats the verb."""
        out = []
        trigger_clauses = {clauses[i] for _, i, _ in triggers}
        meeting = next((d for d in drafts if d.type == "meeting"), None)
        if meeting is None:
            return out
        for clause in dict.fromkeys(clauses):
            if clause in trigger_clauses:
                continue
            lo, hi = clause
            objects = [p for p in m.persons if lo <= p.first <= hi and not p.speaker_only and p.person
                       and p.first > 0 and (sent.tokens[p.first - 1].lemma in ("с", "со")
                                            or self._title_before_with(sent.tokens, p))]
            if not objects:
                continue
            draft = Draft("meeting", sent.index, (sent.tokens[lo].start, sent.tokens[lo].end),
                          (sent.start, sent.end))
            if subject is not None:
                draft.add(subject.person, subject.name, "participant", subject.from_registry)
            for pid, name, reg in self._resolve(objects, ctx, sent, m):
                draft.add(pid, name, "participant", reg)
            draft.date = self._date(sent, dates, lo, lo, hi)
            draft.tense = meeting.tense
            draft.status = meeting.status
            out.append(draft)
        return out

    # ------------------------------------------------------------------ names
    def _gathering_name(self, sent: Sentence, i: int) -> str | None:
        if self.lang == "kk":
            return None
        tokens = sent.tokens
        first = i
        while first > 0 and (tokens[first - 1].pos == "ADJ" or re.fullmatch(r"[IVXLC]+", tokens[first - 1].text)):
            first -= 1
        last = i
        k = i + 1
        while k < len(tokens) and tokens[k].pos != "PUNCT" and (
                tokens[k].feat("Case") == "Gen" or tokens[k].lemma in ("и",) or tokens[k].pos in ("PROPN",)):
            last = k
            k += 1
        words = [_nominative(t) if first <= n <= i else t.text for n, t in enumerate(tokens[first:last + 1], first)]
        if last == i and first == i:
            return None
        name = " ".join(words)
        return name[:1].upper() + name[1:]

    def _document_title(self, sent: Sentence, i: int) -> str | None:
        if self.lang == "kk":
            return None
        tokens = sent.tokens
        for k in range(i + 1, min(len(tokens), i + 4)):
            if tokens[k].lemma in lx.DOCUMENT_HEADS:
                end = len(tokens)
                for n in range(k + 1, len(tokens)):
                    if tokens[n].text in (",", ".", ";", "–", "—", "\"", "»", ":") or tokens[n].lemma in ("который",):
                        end = n
                        break
                if end - k > 30:
                    return None
                words = [_nominative(tokens[k])] + [t.text for t in tokens[k + 1:end]]
                title = " ".join(words)
                title = re.sub(r"\s+([,.)»])", r"\1", title).replace("« ", "«").replace("( ", "(")
                return title[:1].upper() + title[1:]
        return None

    _current_mentions: SentenceMentions


def _year_back(iso: str) -> str:
    """The same day or month one year earlier (29 February becomes 28 February)."""
    year = int(iso[:4]) - 1
    rest = iso[4:]
    return f"{year}{'-02-28' if rest == '-02-29' else rest}"


def _first_day(value: DateValue | None) -> date | None:
    if value is None:
        return None
    from extract.intervals import parse_iso
    return parse_iso(value.start)


def _nominative(tok: Token) -> str:
    """The noun of a name in the nominative ("Декларации" → "Декларация"), keeping its capitalisation."""
    from extract.text import _natasha

    morph = _natasha()[1]
    try:
        parses = morph(tok.text)
        best = next((p for p in parses if p.pos == "NOUN"), parses[0] if parses else None)
        form = best.inflect({"Nom", "Plur" if tok.feat("Number") == "Plur" else "Sing"}) if best else None
        word = form.word if form is not None else tok.text
    except Exception:  # a word pymorphy cannot inflect stays as written
        return tok.text
    if tok.text[:1].isupper():
        word = word[:1].upper() + word[1:]
    return word
