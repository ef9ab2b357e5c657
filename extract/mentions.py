"""Who and where a sentence names: registry persons and places, titles that stand for a leader
("президент России", "Ресей басшысы"), unknown people and places from NER, and plural references
("главы государств", "екі ел басшылары") left for the discourse rules to resolve.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from extract import kazakh
from extract import lexicon as lx
from extract.gazetteer import Gazetteer
from extract.text import Sentence, Token

_SLUG = re.compile(r"[^0-9a-zа-яёәғқңөұүһі]+")


def slug(text: str) -> str:
    return _SLUG.sub("-", kazakh.fold(text)).strip("-")


@dataclass(frozen=True)
class PersonMention:
    person: str | None          # registry or NER id; None for an unresolved plural/pronoun reference
    name: str
    first: int                  # token indices, inclusive
    last: int
    start: int                  # char offsets
    end: int
    case: str | None = None
    via: str = "name"           # name | title | pronoun | plural | self
    speaker_only: bool = False  # a press secretary, journalist: talks about events, takes no part
    from_registry: bool = True


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


def _kk_has(token: Token, stems) -> bool:
    low = kazakh.fold(token.text)
    return any(low.startswith(kazakh.fold(stem)) for stem in stems)


class MentionFinder:
    def __init__(self, gazetteer: Gazetteer, lang: str):
        self.gaz = gazetteer
        self.lang = lang

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
                prep = tokens[i - 1].low if i > 0 else None
                found.append(PlaceMention(place.id, place.name.ru or place.id, place.kind, i, best.last,
                                          tokens[i].start, tokens[best.last].end,
                                          tokens[best.last].feat("Case"), prep))
                i = best.last + 1
                continue
            i += 1
        covered = {(m.start, m.end) for m in found}
        for span in sent.spans:
            if span.kind != "LOC" or any(s <= span.start < e for s, e in covered):
                continue
            first = next((k for k, t in enumerate(tokens) if t.start >= span.start), None)
            if first is None:
                continue
            last = max(k for k, t in enumerate(tokens) if t.start < span.end)
            prep = tokens[first - 1].low if first > 0 else None
            found.append(PlaceMention(f"loc-{slug(span.normal)}", span.normal, "city", first, last,
                                      span.start, span.end, tokens[last].feat("Case"), prep,
                                      from_registry=False))
        return sorted(found, key=lambda m: m.first)

    def _place_rank(self, place_id: str) -> int:
        return {"city": 3, "region": 2, "country": 1}.get(self.gaz.place(place_id).kind, 0)

    # ------------------------------------------------------------------ persons
    def persons(self, sent: Sentence, places: list[PlaceMention], at: date | None) -> list[PersonMention]:
        tokens = sent.tokens
        found: list[PersonMention] = []
        taken: set[int] = set()
        i = 0
        while i < len(tokens):
            matches = self.gaz.persons_at(tokens, i)
            if matches:
                best = self._pick_person(matches, at)
                first, last = self._extend_name(sent, i, best.last)
                person = self.gaz.person(best.target)
                found.append(PersonMention(person.id, person.name.ru or person.id, first, last,
                                           tokens[first].start, tokens[last].end,
                                           tokens[last].feat("Case") or tokens[first].feat("Case"),
                                           speaker_only=self.gaz.is_non_participant(person.id)))
                taken.update(range(first, last + 1))
                i = last + 1
                continue
            i += 1
        # Unknown people from NER ("Рустамом Миннихановым" when the registry lacks him).
        for span in sent.spans:
            if span.kind != "PER":
                continue
            idx = [k for k, t in enumerate(tokens) if span.start <= t.start < span.end]
            if not idx or taken.intersection(idx):
                continue
            words = span.normal.split()
            if len(words) < 2:
                continue  # a lone first name or surname of someone unknown is too weak to identify
            found.append(PersonMention(f"per-{slug(span.normal)}", span.normal, idx[0], idx[-1], span.start,
                                       span.end, tokens[idx[-1]].feat("Case"), from_registry=False))
            taken.update(idx)
        found.extend(self._titles(sent, places, at, taken, found))
        found = self._mark_speakers(sent, found)
        return sorted(found, key=lambda m: m.first)

    def _pick_person(self, matches, at):
        def score(m):
            person = self.gaz.person(m.target)
            in_office = bool(person.offices_at(at)) if at else False
            return (m.last - m.first, in_office, self.gaz.is_leader(m.target))
        return max(matches, key=score)

    @staticmethod
    def _extend_name(sent: Sentence, first: int, last: int) -> tuple[int, int]:
        """Grow a surname match to the NER span around it ("Касым-Жомарт Токаев")."""
        tokens = sent.tokens
        for span in sent.spans:
            if span.kind == "PER" and span.start <= tokens[first].start < span.end:
                idx = [k for k, t in enumerate(tokens) if span.start <= t.start < span.end]
                return min(idx[0], first), max(idx[-1], last)
        # Without NER (Kazakh): take capitalised words right before the surname as given names.
        while first > 0 and tokens[first - 1].is_capitalized and tokens[first - 1].forms \
                and first - 1 > 0 and not tokens[first - 1].text.isupper():
            prev = tokens[first - 1]
            if prev.pos in ("PUNCT",) or lx_is_title(prev):
                break
            first -= 1
            if last - first >= 2:
                break
        return first, last

    def _titles(self, sent, places, at, taken, names) -> list[PersonMention]:
        tokens = sent.tokens
        out: list[PersonMention] = []
        by_first = {p.first: p for p in places}
        by_last = {p.last: p for p in places}
        for i, tok in enumerate(tokens):
            if i in taken:
                continue
            if self.lang == "kk":
                mention = self._kk_title(sent, i, by_last, at)
            else:
                mention = self._ru_title(sent, i, by_first, at)
            if mention is None:
                continue
            # "президент России Владимир Путин": the title and the name are one mention.
            following = [n for n in names if n.via == "name" and mention.last < n.first <= mention.last + 2]
            preceding = [n for n in names if n.via == "name" and 0 <= mention.first - n.last <= 2
                         and self.lang == "kk"]
            if following or preceding:
                continue
            out.append(mention)
        return out

    def _ru_title(self, sent: Sentence, i: int, places_by_first, at) -> PersonMention | None:
        tokens = sent.tokens
        tok = tokens[i]
        lemma = tok.lemma
        government = False
        if lemma in lx.RU_HEAD_OF_GOVERNMENT:
            government = True
        elif lemma not in lx.RU_HEAD_OF_STATE:
            return None
        plural = tok.feat("Number") == "Plur"
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
            # "президенты России и Казахстана", "главы государств": resolved from the discourse
            last = i + 1 if nxt is not None and nxt.lemma in lx.RU_STATE_WORDS else i
            return PersonMention(None, tok.text, i, last, tok.start, tokens[last].end, tok.feat("Case"),
                                 via="plural")
        place = places_by_first.get(country_tok)
        if place is not None and place.from_registry and place.case in ("Gen", None) and place.kind != "city":
            return self._resolve_title(sent, i, place.last, place.place, at, government, tok)
        # "казахстанский лидер", "российского президента"
        if i > 0:
            country = self.gaz.adjective_country(tokens[i - 1])
            if country:
                return self._resolve_title(sent, i - 1, i, country, at, government, tok)
        if plural or (nxt is not None and nxt.lemma in lx.RU_STATE_WORDS and nxt.feat("Number") == "Plur"):
            if lemma in lx.RU_PLURAL_LEADERS:
                last = i + 1 if nxt is not None and nxt.lemma in lx.RU_STATE_WORDS else i
                return PersonMention(None, tok.text, i, last, tok.start, tokens[last].end,
                                     tok.feat("Case"), via="plural")
            return None
        if nxt is not None and nxt.lemma in lx.RU_STATE_WORDS:
            # "глава государства": the leader the text is about
            return PersonMention(None, tok.text, i, i + 1, tok.start, nxt.end, tok.feat("Case"), via="self")
        return None

    def _kk_title(self, sent: Sentence, i: int, places_by_last, at) -> PersonMention | None:
        tokens = sent.tokens
        tok = tokens[i]
        low = kazakh.fold(tok.text)
        if any(low.startswith(kazakh.fold(p.split()[-1])) for p in lx.KK_PLURAL_LEADERS):
            start = i - 1 if i > 0 and kazakh.fold(tokens[i - 1].text) in ("ел", "мемлекет") else i
            if start > 0 and kazakh.fold(tokens[start - 1].text) == kazakh.fold("екі"):
                start -= 1
            return PersonMention(None, tok.text, start, i, tokens[start].start, tok.end, via="plural")
        if not any(low.startswith(kazakh.fold(t)) for t in lx.KK_HEAD_OF_STATE):
            return None
        if i > 0 and kazakh.fold(tokens[i - 1].text) == kazakh.fold("мемлекет"):
            country = lx.KK_HOME_COUNTRY
            return self._resolve_title(sent, i - 1, i, country, at, False, tok)
        place = places_by_last.get(i - 1)
        if place is not None and place.from_registry and place.kind != "city":
            return self._resolve_title(sent, place.first, i, place.place, at, False, tok)
        return None

    def _resolve_title(self, sent, first, last, place_id, at, government, tok) -> PersonMention | None:
        holder = self.gaz.head_of(place_id, at, government=government)
        if holder is None:
            return None
        tokens = sent.tokens
        return PersonMention(holder.id, holder.name.ru or holder.id, first, last, tokens[first].start,
                             tokens[last].end, tok.feat("Case"), via="title")

    # ------------------------------------------------------------------ speakers
    def _mark_speakers(self, sent: Sentence, persons: list[PersonMention]) -> list[PersonMention]:
        """A press secretary, journalist or presenter and the office they speak for take no part:
        "пресс-секретарь президента Дмитрий Песков", "Жүргізуші Павел Зарубин"."""
        tokens = sent.tokens
        by_first = sorted(persons, key=lambda p: p.first)
        flagged: set[int] = set()
        for i, tok in enumerate(tokens):
            if not self._is_speaker_title(tok):
                continue
            named = next((p for p in by_first if p.via == "name" and i < p.first <= i + 4), None)
            reach = named.last if named is not None else i + 2
            for p in by_first:
                if i < p.first <= reach and p.via in ("name", "title"):
                    if any(t.pos == "PUNCT" for t in tokens[i + 1:p.first]):
                        continue
                    flagged.add(id(p))
        return [replace(p, speaker_only=True) if id(p) in flagged else p for p in persons]

    def _is_speaker_title(self, tok: Token) -> bool:
        if self.lang == "kk":
            return _kk_has(tok, lx.KK_SPEAKER_TITLES)
        return tok.lemma in lx.RU_SPEAKER_TITLES

    def find(self, sent: Sentence, at: date | None) -> SentenceMentions:
        places = self.places(sent)
        return SentenceMentions(tuple(self.persons(sent, places, at)), tuple(places))


def lx_is_title(tok: Token) -> bool:
    low = kazakh.fold(tok.text)
    return tok.lemma in lx.RU_HEAD_OF_STATE or any(low.startswith(kazakh.fold(t)) for t in lx.KK_HEAD_OF_STATE) \
        or low.startswith(kazakh.fold("мемлекет"))
