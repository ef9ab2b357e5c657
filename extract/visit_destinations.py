"""Where the visit a trigger tells goes: the place its clause names, the country of the leader the guest is
with ("находится в республике с визитом"), else the country the news comes from: Kazakhstan for a foreign
leader's state visit in Kazakh news, the outlet's own country ("прибыл в нашу страну", "елімізге келді"), or
the dateline's city for a foreign leader's arrival told in the report's lead ("АСТАНА, 14 мая. ... Мирзиёев
прибыл с государственным визитом")."""

from __future__ import annotations

from datetime import date

from extract.context import Context
from extract.gazetteer import Gazetteer
from extract.kazakh import fold
from extract.mentions import PersonMention, PlaceMention
from extract.rules import arrivals
from extract.rules.language import Language
from extract.series import mention_case
from extract.trigger_scope import TriggerScope

DATELINE_LEAD = 6  # sentences of a report (its headline among them) an arrival may be told in at the dateline's city


class VisitDestinations:
    def __init__(self, gaz: Gazetteer, lang: Language, published: date | None) -> None:
        self.gaz, self.lang, self.published = gaz, lang, published

    def home(self, person_id: str, at: date | None) -> str | None:
        try:
            return self.gaz.home_country(person_id, at)
        except KeyError:
            return None

    def told(self, scope: TriggerScope) -> PlaceMention | None:
        """The place the clause names as the visit's, else the country of the leader the guest is with."""
        candidates = [p for p in scope.m.places if scope.lo <= p.first <= scope.hi]
        return self.lang.destination(scope.sent, candidates, scope.i) or self._host_country(scope)

    def of_the_news(self, scope: TriggerScope, ctx: Context, subject: PersonMention | None,
                    at: date | None) -> PlaceMention | None:
        """A visit that names no destination, of a leader from abroad: where the news comes from."""
        return self._home_of_kazakh_news(scope, ctx, at) or self._our_country(scope, ctx, subject, at) \
            or self._arrival_at_the_dateline(scope, ctx, subject, at)

    def _home_of_kazakh_news(self, scope: TriggerScope, ctx: Context, at: date | None) -> PlaceMention | None:
        """"Кеше аяқталған Өзбекстан Президенті Шавкат Мирзиёевтің мемлекеттік сапары": in news of a language
        that is one country's (Kazakh), a state or official visit of a foreign leader named as its owner, with no
        destination and no visit told before, is a visit to that country."""
        tokens, i, home = scope.sent.tokens, scope.i, self.lang.home_country
        if home is None or ctx.visit is not None or tokens[i].pos == "VERB" \
                or not any(self.lang.kind(t) in ("state", "official") for t in tokens[max(scope.lo, i - 2):i]):
            return None
        owners = [p for p in scope.m.persons if p.person and p.from_registry and p.last < i
                  and mention_case(p, tokens) == "Gen"]
        if not owners or self.home(owners[-1].person, at) in (None, home):
            return None
        return self._country_at(home, scope, i)

    def _our_country(self, scope: TriggerScope, ctx: Context, subject: PersonMention | None,
                     at: date | None) -> PlaceMention | None:
        """"Мирзиёев прибыл в нашу страну", "Мирзиёев елімізге келді": the country the outlet is of, Kazakhstan
        for Kazakh news, else the dateline's; the guest's own country never."""
        tokens = scope.sent.tokens
        if self.lang.code == "kk":
            k = next((k for k in range(scope.lo, scope.hi + 1) if fold(tokens[k].text) in arrivals.OUR_COUNTRY_KK), None)
            home = self.lang.home_country
        else:
            k = next((k for k in range(max(scope.lo, 2), scope.hi + 1) if tokens[k].lemma in arrivals.OUR_COUNTRY_RU
                      and tokens[k - 1].lemma == arrivals.OUR_WORD_RU and tokens[k - 2].lemma in ("в", "во")), None)
            home = self.gaz.country_of(ctx.dateline_city.place) if ctx.dateline_city is not None else None
        if k is None or home is None or self._guest_home(scope, subject, at) in (None, home):
            return None
        return self._country_at(home, scope, k)

    def _arrival_at_the_dateline(self, scope: TriggerScope, ctx: Context, subject: PersonMention | None,
                                 at: date | None) -> PlaceMention | None:
        """"АСТАНА, 14 мая. ... Президент Узбекистана Шавкат Мирзиёев прибыл с государственным визитом": a leader
        from abroad arriving, or staying on a visit, told in the report's lead with no destination, is where the
        report comes from; not a leader of the dateline's own country ("Токаев прибыл с рабочим визитом")."""
        city, tokens = ctx.dateline_city, scope.sent.tokens
        if city is None or scope.sent.index > DATELINE_LEAD or not any(
                (fold(t.text) in arrivals.ARRIVE_KK if self.lang.code == "kk" else t.lemma in arrivals.ARRIVE_RU)
                for t in tokens[scope.lo:scope.hi + 1]):
            return None
        if self._guest_home(scope, subject, at) in (None, self.gaz.country_of(city.place)):
            return None
        i = scope.i
        return PlaceMention(city.place, city.name, city.kind, i, i, tokens[i].start, tokens[i].end, "Dat", None)

    def _guest_home(self, scope: TriggerScope, subject: PersonMention | None, at: date | None) -> str | None:
        """The country of the one who comes: the clause's subject, else the first leader it names."""
        leaders = [p for p in scope.persons() if p.person and p.from_registry]
        guest = subject if subject is not None and subject.person and subject.from_registry \
            else (leaders[0] if leaders else None)
        return self.home(guest.person, at) if guest is not None else None

    def _country_at(self, country: str, scope: TriggerScope, k: int, case: str = "Dat",
                    prep: str | None = None) -> PlaceMention:
        """The country as a place mention standing at the word ``k`` that tells it."""
        tokens = scope.sent.tokens
        name = self.gaz.place(country).name.ru or country
        return PlaceMention(country, name, "country", k, k, tokens[k].start, tokens[k].end, case, prep)

    def _host_country(self, scope: TriggerScope) -> PlaceMention | None:
        """"Лукашенко провел переговоры с Пезешкианом, который находится в республике с визитом": the country
        of the other leader the sentence names, the one the guest (named right before it) is with."""
        tokens = scope.sent.tokens
        k = next((k for k in range(scope.lo, scope.hi + 1) if tokens[k].lemma in self.lang.host_country_words
                  and k > 0 and tokens[k - 1].lemma in ("в", "во")), None)
        leaders = [p for p in scope.m.persons if p.person and p.from_registry]
        before = [p for p in leaders if k is not None and p.last < k]
        if not before:
            return None
        guest = max(before, key=lambda p: p.last)
        homes = {self.home(p.person, self.published) for p in leaders if p.person != guest.person}
        homes.discard(None)
        homes.discard(self.home(guest.person, self.published))
        if len(homes) != 1:
            return None
        return self._country_at(homes.pop(), scope, k, "Loc", "в")
