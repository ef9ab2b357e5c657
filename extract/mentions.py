"""Who and where a sentence names: registry persons and places, titles that stand for a leader
("президент России", "Ресей басшысы"), unknown people and places from NER, and plural references
("главы государств", "екі ел басшылары") left for the discourse rules to resolve.

A title names a person only against a known date (`When`); without one it stays an unresolved office.
A surname names a registry person only when nothing beside it makes it someone else's name. One
`MentionFinder` reads one article, sentence by sentence, and remembers who it has met in full.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from extract import kazakh
from extract import lexicon as lx
from extract.bystanders import bystanders, sources
from extract.kazakh_names import kazakh_officials
from extract.name_forms import nominative_name, title_case
from extract.rules.heads_ru import heads_of_others, stands_in
from extract.gazetteer import (Gazetteer, Match, is_common_word, is_dictionary_word, is_form_of, is_given_name,
                               is_russian_token, place_case)
from extract.reference_time import When
from extract.rules import names_people as np
from extract.rules import names_titles as nt
from extract.text import Sentence, Token, fold_ru
from extract.title_words import is_title, office_before

_SLUG = re.compile(r"[^0-9a-zа-яёәғқңөұүһі]+")
# Titles that make an unknown (NER) place after them a country: "президент Эквадора".
_KK_TWO = kazakh.fold(lx.KK_TWO)
_KK_COUNTS = {kazakh.fold(w): n for w, n in lx.KK_COUNTS.items()}
_KK_LEADER_NOUNS = tuple(kazakh.fold(w) for w in lx.KK_LEADER_NOUNS)
_KK_HOME_CAPITAL = frozenset(kazakh.fold(w) for w in nt.KK_HOME_CAPITAL)  # ("елордаға" folds to "елордага")
_NER_COUNTRY_TITLES = {"президент", "премьер-министр", "премьер", "канцлер", "король", "монарх", "эмир",
                       "султан", "шах"}


def slug(text: str) -> str:
    return _SLUG.sub("-", kazakh.fold(text)).strip("-")


@dataclass(frozen=True)
class PersonMention:
    person: str | None          # registry or NER id; None for an unresolved office, plural or pronoun
    name: str
    first: int                  # token indices, inclusive
    last: int
    start: int                  # char offsets
    end: int
    case: str | None = None
    via: str = "name"           # name | title | office | pronoun | plural | self
    speaker_only: bool = False  # a press secretary, journalist: talks about events, takes no part
    source: bool = False        # "По словам X, ...": the report's source (a side only of talks he alone names)
    from_registry: bool = True
    # The office the text gives the person, in the nominative as written ("президент Эквадора",
    # "Ресей Президенті"), with the registry country id when the country is known. For via="office"
    # this is all there is: nobody could be named for it on a known date.
    office: str | None = None
    office_country: str | None = None
    office_role: str | None = None  # head_of_state | head_of_government | head_of_region
    count: int | None = None  # "три лидера": a plural of so many


@dataclass(frozen=True)
class PlaceMention:
    place: str
    name: str
    kind: str                   # city | region | country
    first: int
    last: int
    start: int
    end: int
    case: str | None = None
    prep: str | None = None     # the preposition before it (в, во, из, ...)
    from_registry: bool = True


@dataclass(frozen=True)
class SentenceMentions:
    persons: tuple[PersonMention, ...]
    places: tuple[PlaceMention, ...]


@dataclass(frozen=True)
class _TitleHit:
    """A leader title found in a sentence: tokens first..last, the country (registry id or None for an
    NER place), the country's words as written, and whether it is the head of government."""

    first: int
    last: int
    place: str | None
    title: str
    government: bool
    head: int                   # the token of the title noun


def _kk_has(token: Token, stems) -> bool:
    return kazakh.has_stem(token.text, stems)


class MentionFinder:
    def __init__(self, gazetteer: Gazetteer, lang: str):
        self.gaz = gazetteer
        self.lang = lang
        self._full: set[str] = set()                       # registry persons met by full name or title
        self._ner: dict[str, tuple[str, str]] = {}         # surname forms of NER persons met in full

    # ------------------------------------------------------------------ places
    def places(self, sent: Sentence) -> list[PlaceMention]:
        tokens = sent.tokens
        found: list[PlaceMention] = []
        i = 0
        while i < len(tokens):
            matches = self.gaz.places_at(tokens, i)
            if matches:
                best = max(matches, key=lambda m: (m.last - m.first, self._place_rank(m.target)))
                place = self.gaz.place(best.target)
                prep, case = tokens[i - 1].low if i > 0 else None, place_case(tokens, i, best.last, place.names())
                # "в столице Казахстана", "Тәжікстан астанасында" ("елордасында"): the capital
                before, after = i > 0 and tokens[i - 1].lemma in nt.RU_CAPITAL_WORDS, self.lang == "kk" and \
                    best.last + 1 < len(tokens) and kazakh.fold(tokens[best.last + 1].text).startswith(nt.KK_CAPITAL_WORDS)
                capital = self.gaz.capital_of(place.id) if place.kind == "country" and (before or after) else None
                if capital is not None:
                    first, last = (i - 1, best.last) if before else (i, best.last + 1)
                    found.append(PlaceMention(capital.id, capital.name.ru or capital.id, "city", first, last,
                                              tokens[first].start, tokens[last].end, tokens[first].feat("Case"),
                                              tokens[first - 1].low if first > 0 else None))
                    best = replace(best, last=last)
                else:
                    found.append(PlaceMention(place.id, place.name.ru or place.id, place.kind, i, best.last,
                                              tokens[i].start, tokens[best.last].end, case, prep))
                i = best.last + 1
                continue
            capital, last = self._capital_by_word(tokens, i)  # "в казахстанскую столицу", "елордада"
            if capital is not None:
                found.append(PlaceMention(capital.id, capital.name.ru or capital.id, "city", i, last, tokens[i].start,
                                          tokens[last].end, tokens[last].feat("Case"), tokens[i - 1].low if i else None))
                i = last + 1
                continue
            i += 1
        covered = {(m.start, m.end) for m in found}
        for span in sent.spans:
            if span.kind != "LOC" or any(s <= span.start < e for s, e in covered):
                continue
            if (first := next((k for k, t in enumerate(tokens) if t.start >= span.start), None)) is None:
                continue
            last = max(k for k, t in enumerate(tokens) if t.start < span.end)
            prep = tokens[first - 1].low if first > 0 else None
            found.append(PlaceMention(f"loc-{slug(span.normal)}", span.normal, "city", first, last,
                                      span.start, span.end, place_case(tokens, first, last, (span.normal,)),
                                      prep, from_registry=False))
        return sorted(found, key=lambda m: m.first)

    def _capital_by_word(self, tokens, i: int):  # ("казахстанская столица", Kazakh "елордада": Astana)
        if self.lang == "kk" and kazakh.fold(tokens[i].text) in _KK_HOME_CAPITAL:
            return self.gaz.capital_of(nt.KK_HOME_COUNTRY), i
        country = self.gaz.adjective_country(tokens[i]) if self.lang == "ru" and tokens[i].pos == "ADJ" \
            and i + 1 < len(tokens) and tokens[i + 1].lemma in nt.RU_CAPITAL_WORDS else None
        return (self.gaz.capital_of(country) if country and self.gaz.place(country).kind == "country" else None), i + 1

    def _place_rank(self, place_id: str) -> int:
        return {"city": 3, "region": 2, "country": 1}.get(self.gaz.place(place_id).kind, 0)

    # ------------------------------------------------------------------ persons
    def persons(self, sent: Sentence, places: list[PlaceMention], at: date | When | None) -> list[PersonMention]:
        when = When.of(at)
        tokens = sent.tokens
        found: list[PersonMention] = []
        taken: set[int] = {k for p in places if p.from_registry for k in range(p.first, p.last + 1)}
        i = 0
        while i < len(tokens):
            matches = self.gaz.persons_at(tokens, i) if i not in taken else []
            picked = self._pick_person(sent, matches, when) if matches else None
            if picked is not None:
                match, first, last = picked
                person = self.gaz.person(match.target)
                found.append(PersonMention(person.id, person.name.ru or person.id, first, last,
                                           tokens[first].start, tokens[last].end, _name_case(tokens[first:last + 1]),
                                           speaker_only=self.gaz.is_non_participant(person.id)))
                if last > first:
                    self._full.add(person.id)
                taken.update(range(first, last + 1))
                i = last + 1
                continue
            i += 1
        found.extend(self._ner_persons(sent, taken))
        if self.lang == "kk":  # no Kazakh NER: officials named after their title
            found.extend(PersonMention(f"per-{slug(o.name)}", o.name, o.first, o.last, tokens[o.first].start,
                                       tokens[o.last].end, None, from_registry=False, office=o.office)
                         for o in kazakh_officials(sent, taken))
        found = self._titles(sent, places, when, taken, found)
        flagged = bystanders(sent.tokens, found, self.lang)
        told = sources(sent.tokens, found, self.lang)
        found = [replace(p, speaker_only=True, source=id(p) in told and id(p) not in flagged)
                 if id(p) in flagged | told else p for p in found]
        return sorted(found, key=lambda m: m.first)

    def _ner_persons(self, sent: Sentence, taken: set[int]) -> list[PersonMention]:
        """Unknown people from NER ("Рустамом Миннихановым" when the registry lacks him); a lone surname
        only when the article named its bearer in full before ("Рауль Кастро ... Кастро заявил")."""
        tokens = sent.tokens
        out = []
        for span in sent.spans:
            if span.kind != "PER":
                continue
            idx = [k for k, t in enumerate(tokens) if span.start <= t.start < span.end]
            if not idx or taken.intersection(idx):
                continue
            given = span.normal
            if len(idx) > 2 and idx[0] > 0 and tokens[idx[0] - 1].lemma in nt.RU_SETTLEMENT_WORDS:
                # "главой города Иванова Вячеславом Сверчковым": the word after "города" is the town's
                idx, given = idx[1:], " ".join(span.normal.split()[1:])
            normal = (nominative_name([tokens[k] for k in idx], given, title_case(tokens[:idx[0]]))
                      if self.lang == "ru" else None) \
                or given  # "Ермека Кошербаева" is "Ермек Кошербаев" in every article
            words = normal.split()
            if len(words) >= 2:
                pid, name = f"per-{slug(normal)}", normal
                for form in tokens[idx[-1]].forms | {fold_ru(words[-1])}:
                    self._ner.setdefault(form, (pid, name))
            else:
                known = next((self._ner[f] for f in sorted(tokens[idx[-1]].forms) if f in self._ner), None)
                if known is None and office_before(tokens, idx[0]):
                    # "император Японии Акихито", "король Альберт": one name, but an office says who
                    known = (f"per-{slug(span.normal)}", span.normal)
                    for form in tokens[idx[-1]].forms:
                        self._ner.setdefault(form, known)
                if known is None:
                    continue  # a lone first name or surname of someone unknown is too weak to identify
                pid, name = known
            out.append(PersonMention(pid, name, idx[0], idx[-1], span.start, span.end,
                                     tokens[idx[-1]].feat("Case"), from_registry=False))
            taken.update(idx)
        return out

    def _pick_person(self, sent: Sentence, matches: list[Match], when: When | None):
        """The registry person a name at this token is, with the tokens of the whole name, or None when
        the name is someone else's ("Альберт Каримов", "Ли Куан Ю") or could be several people's."""
        longest = max(m.last - m.first for m in matches)
        fitting = []
        for m in matches:
            if m.last - m.first != longest:
                continue
            first, last = self._extend_name(sent, m)
            if first is None:
                continue
            if m.bare and first == m.first and last == m.last and not self._bare_ok(sent, m):
                continue
            fitting.append((m, first, last))
        if len(fitting) > 1 and all(f[0].bare for f in fitting):
            # "Алиев" is a form of Алиев, not of Алиева
            fitting = [f for f in fitting if is_form_of(sent.tokens[f[0].first], f[0].word)] or fitting
        if len(fitting) > 1:
            fitting = [f for f in fitting if f[0].target in self._full] or [
                f for f in fitting if when is not None and self.gaz.held_office_during(f[0].target, when.first,
                                                                                        when.last)]
        return fitting[0] if len(fitting) == 1 else None

    def _bare_ok(self, sent: Sentence, m: Match) -> bool:
        """A surname alone: how news names a leader ("Путин заявил"), unless the word is a form of another
        word ("Раиса" is not "Раиси"), a common word ("Трассы") or only a first name ("Джонсон")."""
        if m.target in self._full:
            return True
        tok = sent.tokens[m.first]
        if not is_russian_token(tok):
            return not is_given_name(tok)
        if not is_form_of(tok, m.word) and is_dictionary_word(tok):
            return False  # "Трассы" is a form of "трасса", not of "Трасс"
        opening = m.first == 0 or sent.tokens[m.first - 1].pos == "PUNCT"
        if opening and is_common_word(tok) and not any(
                s.kind == "PER" and s.start <= tok.start < s.end for s in sent.spans):
            return False  # capitalised only because it opens the sentence
        return not is_given_name(tok)

    def _extend_name(self, sent: Sentence, m: Match) -> tuple[int | None, int]:
        """Grow a surname match to the whole name around it ("Касым-Жомарт Токаев"); None when a word of
        that name is not the registry person's (another first name: another person)."""
        tokens = sent.tokens
        first, last = m.first, m.last
        for span in sent.spans:
            if span.kind == "PER" and span.start <= tokens[first].start < span.end:
                idx = [k for k, t in enumerate(tokens) if span.start <= t.start < span.end]
                lo, hi = min(idx[0], first), max(idx[-1], last)
                others = [tokens[k] for k in range(lo, hi + 1) if not first <= k <= last]
                if any(not self.gaz.fits_name(t, m.target) for t in others):
                    return None, last
                return lo, hi
        # Without NER (Kazakh): capitalised words right before the surname that fit the person's name.
        while first > 0 and tokens[first - 1].is_capitalized and not tokens[first - 1].text.isupper():
            prev = tokens[first - 1]
            if prev.pos == "PUNCT" or is_title(prev):
                break
            if not self.gaz.fits_name(prev, m.target):
                if is_given_name(prev) and first == m.first:
                    return None, last  # "Альберт Каримов": another man's first name
                break
            first -= 1
            if last - first >= 2:
                break
        return first, last

    # ------------------------------------------------------------------ titles
    def _titles(self, sent, places, when, taken, names) -> list[PersonMention]:
        """Titles: with a name next to them they give that name its office; alone they name the holder
        on a known date, or stay an unresolved office."""
        tokens = sent.tokens
        out = list(names)
        by_first = {p.first: p for p in places}
        by_last = {p.last: p for p in places}
        for i in range(len(tokens)):
            if i in taken:
                continue
            if self.lang == "kk":
                hit = self._kk_title(sent, i, by_last)
            else:
                hit = self._ru_title(sent, i, by_first)
            if hit is None:
                continue
            if isinstance(hit, PersonMention):
                out.append(hit)
                continue
            role = "head_of_government" if hit.government else "head_of_state"
            if hit.place is not None and self.gaz.place(hit.place).kind == "region":
                role = "head_of_region"
            office = {"office": hit.title, "office_country": self._country(hit.place), "office_role": role}
            # "президент России Владимир Путин": the title and the name are one mention.
            named = [n for n, p in enumerate(out) if p.via == "name" and p.office is None and (
                hit.last < p.first <= hit.last + 2 or self._apposition(tokens, p.last, hit.first))
                and self._may_hold(p, hit, when)]
            if named:
                p = out[named[0]]
                out[named[0]] = replace(p, **office)
                if p.from_registry and p.person:
                    self._full.add(p.person)
                continue
            holder = None
            if when is not None and hit.place is not None:
                holder = self.gaz.head_during(hit.place, when.first, when.last, government=hit.government)
            head = tokens[hit.head]
            start, end = tokens[hit.first].start, tokens[hit.last].end
            if holder is not None:
                self._full.add(holder.id)
                out.append(PersonMention(holder.id, holder.name.ru or holder.id, hit.first, hit.last, start, end,
                                         head.feat("Case"), via="title", **office))
            else:
                out.append(PersonMention(None, hit.title, hit.first, hit.last, start, end, head.feat("Case"),
                                         via="office", **office))
        return out

    @staticmethod
    def _apposition(tokens, name_last: int, title_first: int) -> bool:
        """"Владимир Путин, Ресей Президенті,": a title set off after the name is the name's office."""
        between = tokens[name_last + 1:title_first]
        return len(between) == 1 and between[0].text in (",", "–", "—", "-")

    def _may_hold(self, p: PersonMention, hit: _TitleHit, when: When | None) -> bool:
        """A registry person serving another country, or in an office of no state, is not the one the title beside
        them names: "Мемлекет басшысы Эммануэль Макронмен (Антониу Гутерришпен)" is the head of state with him."""
        if not (p.from_registry and p.person and hit.place):
            return True
        home = self.gaz.home_country(p.person, when.first if when else None)
        return home == self._country(hit.place) if home else not (when and self.gaz.registry.offices_of(p.person, when.first))

    def _country(self, place_id: str | None) -> str | None:
        return self.gaz.country_of(place_id) if place_id is not None else None

    def _ru_title(self, sent: Sentence, i: int, places_by_first):
        tokens = sent.tokens
        tok = tokens[i]
        lemma = tok.lemma
        government = False
        if lemma in lx.RU_HEAD_OF_GOVERNMENT:
            government = True
        elif lemma in lx.RU_SIDES and tok.feat("Number") == "Plur" and tok.feat("Case") == "Nom":
            # "Стороны подписали соглашение": the sides of the talks just told
            return PersonMention(None, tok.text, i, i, tok.start, tok.end, "Nom", via="plural")
        elif lemma not in lx.RU_HEAD_OF_STATE:
            return None
        if i > 0 and tokens[i - 1].lemma in nt.RU_COUNCIL_WORDS:
            return None  # "Совета глав государств СНГ": the council's name, not its members
        if i > 0 and tokens[i - 1].lemma in lx.RU_COUNTS and lemma in lx.RU_PLURAL_LEADERS:  # "три лидера"
            return PersonMention(None, tok.text, i - 1, i, tokens[i - 1].start, tok.end, tok.feat("Case"),
                                 via="plural", count=lx.RU_COUNTS[tokens[i - 1].lemma])
        # "Президенты" opening a sentence is tagged a singular name: the ending says plural all the same
        plural = tok.feat("Number") == "Plur" or lemma in nt.RU_PLURAL_ONLY_FORMS and tok.low.endswith(("ы", "и"))
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if nxt is not None and nxt.lemma in lx.RU_GOVERNMENT_WORDS:
            government = True
            country_tok = i + 2
        else:
            country_tok = i + 1
        coordinated = (country_tok in places_by_first and places_by_first[country_tok].last + 1 < len(tokens)
                       and tokens[places_by_first[country_tok].last + 1].lemma == "и"
                       and places_by_first[country_tok].last + 2 in places_by_first)
        if (plural or coordinated) and lemma in lx.RU_PLURAL_LEADERS:
            if heads_of_others(tokens, i, places_by_first):
                return None  # "руководители крупных компаний"
            # "президенты России и Казахстана", "главы государств": resolved from the discourse
            last = i + 1 if nxt is not None and nxt.lemma in lx.RU_STATE_WORDS else i
            return PersonMention(None, tok.text, i, last, tok.start, tokens[last].end, tok.feat("Case"),
                                 via="plural")
        place = places_by_first.get(country_tok)
        if place is not None and place.case in ("Gen", None) and (
                place.from_registry and place.kind != "city" or not place.from_registry
                and lemma in _NER_COUNTRY_TITLES):
            place_id = place.place if place.from_registry else None
            return self._ru_hit(sent, i, i, place.last, place_id, government or self._leads(lemma, place_id))
        # "казахстанский лидер", "российского президента"
        if i > 0:
            country = self.gaz.adjective_country(tokens[i - 1])
            if country:
                return self._ru_hit(sent, i - 1, i, i, country, government or self._leads(lemma, country))
        if plural or (nxt is not None and nxt.lemma in lx.RU_STATE_WORDS and nxt.feat("Number") == "Plur"):
            if lemma in lx.RU_PLURAL_LEADERS:
                last = i + 1 if nxt is not None and nxt.lemma in lx.RU_STATE_WORDS else i
                return PersonMention(None, tok.text, i, last, tok.start, tokens[last].end,
                                     tok.feat("Case"), via="plural")
            return None
        if nxt is not None and nxt.lemma in lx.RU_STATE_WORDS and not stands_in(tokens, i):
            # "глава государства": the leader the text is about
            return PersonMention(None, tok.text, i, i + 1, tok.start, nxt.end, tok.feat("Case"), via="self")
        if lemma in nt.RU_BARE_SELF_TITLES and tok.feat("Case") == "Nom" and not stands_in(tokens, i) and (
                nxt is None or not (nxt.is_capitalized or nxt.pos in ("PROPN", "NOUN", "ADJ")
                                    and nxt.feat("Case") == "Gen")):
            # "Президент провёл телефонный разговор с ...": a bare title as the subject, the leader the text is
            # about (not "президент Путин", "президент компании")
            return PersonMention(None, tok.text, i, i, tok.start, tok.end, "Nom", via="self")
        if lemma in nt.RU_BARE_NAMED_TITLES:  # "визит канцлера в Узбекистан": the holder the text names
            return self._ru_hit(sent, i, i, i, None, government)
        return None

    def _leads(self, lemma: str, place_id: str | None) -> bool:
        """"лидер Германии" is the chancellor: the leader of a state its head of government leads."""
        return lemma in lx.RU_LEADER_WORDS and place_id is not None and self.gaz.place(place_id).kind == "country" \
            and self.gaz.leads_by_government(place_id)

    def _ru_hit(self, sent, first, head, last, place_id, government) -> _TitleHit | None:
        tokens = sent.tokens
        if stands_in(tokens, first):
            return None
        words = [t.lemma if k in (first, head) and k <= head else t.text
                 for k, t in enumerate(tokens[first:last + 1], start=first)]
        return _TitleHit(first, last, place_id, " ".join(words), government, head)

    def _kk_title(self, sent: Sentence, i: int, places_by_last):
        tokens, tok = sent.tokens, sent.tokens[i]
        low = kazakh.fold(tok.text)
        prev = kazakh.fold(tokens[i - 1].text) if i > 0 else ""
        before = kazakh.fold(tokens[i - 2].text) if i > 1 and prev in ("ел", "мемлекет") and low.endswith(nt.KK_ONE_COUNTED) else prev
        if before in _KK_COUNTS and low.startswith(_KK_LEADER_NOUNS):  # "екі көшбасшы", "екі мемлекет басшысы"
            k = i - 1 if before == prev else i - 2  # (not "екі ел басшылары", the heads of the countries named)
            return PersonMention(None, tok.text, k, i, tokens[k].start, tok.end, via="plural", count=_KK_COUNTS[before])
        if any(low.startswith(kazakh.fold(p.split()[-1])) for p in lx.KK_PLURAL_LEADERS):
            if kazakh.case_of(prev) == "gen" and not prev.startswith(("ел", "мемлекет")) and i - 1 not in places_by_last:
                return None  # "компаниялардың басшыларымен": heads of something other than states
            start = i - 1 if prev in ("ел", "мемлекет") else i
            if start > 0 and kazakh.fold(tokens[start - 1].text) == _KK_TWO:
                start -= 1
            return PersonMention(None, tok.text, start, i, tokens[start].start, tok.end, via="plural")
        stem = next((s for s in nt.KK_HEAD_TITLES if low.startswith(kazakh.fold(s))), None)
        if stem is None or low.startswith((kazakh.fold(stem) + "лы", kazakh.fold(stem) + "тік")):
            return None  # "басшылық" (leadership), "президенттік" (presidential)
        nominative, government = nt.KK_HEAD_TITLES[stem]
        if tok.is_capitalized:
            nominative = nominative[:1].upper() + nominative[1:]
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if nxt is not None and _kk_has(nxt, nt.KK_STAND_IN_AFTER):
            return None  # "Президенттің кеңесшісі"
        prev = tokens[i - 1] if i > 0 else None
        home = kazakh.fold(prev.text) if prev is not None else ""
        for word, gov in nt.KK_HOME_OFFICES.items():
            abroad = places_by_last.get(i - 2)  # "Ресей Федерациясының Үкімет төрағасы": another country's
            if home == kazakh.fold(word) and not (abroad is not None and abroad.kind == "country"):
                return self._kk_hit(tokens, i - 1, i, nt.KK_HOME_COUNTRY, f"{prev.text} {nominative}",
                                    gov or government)
        place = places_by_last.get(i - 1)
        if place is not None and place.from_registry and place.kind != "city":
            written = " ".join(t.text for t in tokens[place.first:i])  # "Қытай Халық Республикасының"
            return self._kk_hit(tokens, place.first, i, place.place, f"{written} {nominative}", government)
        # "Президент Мәскеуге барады": the capitalised bare title is the home country's own leader,
        # unless a name follows it ("Президент Эммануэль Макрон").
        if tok.is_capitalized and low in nt.KK_BARE_HOME_TITLES and not any(
                self.gaz.persons_at(tokens, k) for k in (i + 1, i + 2) if k < len(tokens)
                and not (k == i + 2 and i + 1 in places_by_last)):  # "Президент Ақордада Шавкат Мирзиёевпен"
            return self._kk_hit(tokens, i, i, nt.KK_HOME_COUNTRY, "Президент", government)
        return None

    @staticmethod
    def _kk_hit(tokens, first, head, place_id, title, government) -> _TitleHit | None:
        if first > 0 and _kk_has(tokens[first - 1], nt.KK_FORMER):
            return None  # "бұрынғы Ресей Президенті"
        return _TitleHit(first, head, place_id, title, government, head)

    def find(self, sent: Sentence, at: date | When | None) -> SentenceMentions:
        places = self.places(sent)
        return SentenceMentions(tuple(self.persons(sent, places, at)), tuple(places))


def _name_case(name: tuple[Token, ...]) -> str | None:
    """The case of a name: the tagger's, except that a masculine "-ов/-ев/-ин" surname form is nominative and
    its "-овым/-евым/-иным" form instrumental."""
    last = name[-1]
    case = last.feat("Case") or name[0].feat("Case")
    if case != "Ins" and last.is_capitalized and last.low.endswith(np.INSTRUMENTAL_SURNAME_ENDINGS):
        return "Ins"
    if case in ("Gen", "Acc") and last.is_capitalized and last.low.endswith(np.NOMINATIVE_SURNAME_ENDINGS):
        return "Nom"
    return case
