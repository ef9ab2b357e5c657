"""What the sentences read so far established for the next one: the leader the text is about, the people
named last, the visit, gathering and talks in focus, the dateline's day."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from extract.call_series import CallSeries
from extract.drafts import Draft
from extract.gazetteer import Gazetteer
from extract.mentions import PersonMention, PlaceMention, SentenceMentions


@dataclass
class Context:
    """What the previous sentences established."""

    focus: str | None = None                 # the leader the text is about (last subject)
    focus_name: str | None = None
    recent: list[tuple[str, str]] = field(default_factory=list)   # (id, name), most recent last
    visit: Draft | None = None               # the visit in focus
    gathering: Draft | None = None           # the last summit or forum with its participants named
    gathering_named: frozenset[str] = frozenset()  # the kinds of gathering this sentence names
    # a leader named only by an office, when the last sentence was about him ("цитирует белорусского лидера.
    # Он сообщил, что ..."): who a following "он" is when no person can be named for the office
    focus_office: PersonMention | None = None
    dateline: date | None = None
    dateline_city: PlaceMention | None = None  # "ТАШКЕНТ, 14 марта.": where the report comes from
    talks: Draft | None = None               # talks or a call of two sides told in the sentence just before
    # "История контактов Путина и Трампа насчитывает несколько встреч": two leaders the sentence just before
    # named with nothing reported of them, whom a following "президенты" means (id, name, from the registry)
    pair: tuple[tuple[str, str, bool], ...] = ()
    # "Глава государства", "Мемлекет басшысы": the head of state the text is about, fixed when it first calls
    # him so ("Макрон пригласил Токаева ... Глава государства поговорил с Моди": still Tokayev)
    head: tuple[str, str] | None = None
    # leaders named beside "Глава государства" in one sentence, the other side of what he does: never he
    # ("Главе государства позвонил Президент Франции")
    not_self: set[str] = field(default_factory=set)
    # "провел серию двусторонних встреч": the sentence before told talks held with each side one by one
    bilateral: bool = False
    # "провел ряд телефонных разговоров с главами государств": the calls later sentences tell one by one
    call_series: CallSeries | None = None

    def own_leader(self) -> tuple[str, str] | None:
        """Who "Глава государства" is: the article's head of state, else the leader in focus."""
        if self.head is not None:
            return self.head
        return (self.focus, self.focus_name or self.focus) if self.focus and self.focus not in self.not_self else None

    def note_leader(self, person: PersonMention) -> None:
        self.recent = [r for r in self.recent if r[0] != person.person] + [(person.person, person.name)]


def head_of_the_text(ctx: Context, m: SentenceMentions, before: list[SentenceMentions], gaz: Gazetteer,
                     day: date | None, home_country: str | None, dateline: PlaceMention | None) -> tuple[str, str] | None:
    """Who "Глава государства" is, fixed when the text first calls him so: the head of state of the dateline's
    country when the text named him before the leader in focus ("АСТАНА. КАЗИНФОРМ – ... под председательством
    Касым-Жомарта Токаева ... присутствовал Президент Узбекистана Шавкат Мирзиёев. ... Глава государства
    отметил": Tokayev), else the leader in focus if he heads a state, else (Kazakh news) Kazakhstan's head.
    The leaders named beside the title in its sentence are noted as never he (`Context.not_self`)."""
    ctx.not_self |= {p.person for p in m.persons if p.person and p.via in ("name", "title") and p.person != ctx.focus}
    named = [p.person for s in before for p in s.persons if p.person and p.via in ("name", "title")]
    local = gaz.head_of(gaz.country_of(dateline.place), day) if dateline is not None and dateline.from_registry else None
    if local is not None and local.id in named and local.id not in ctx.not_self and (
            ctx.focus not in named or named.index(local.id) < named.index(ctx.focus)):
        return local.id, local.name.ru or local.id
    if ctx.focus and ctx.focus not in ctx.not_self and gaz.registry.has_person(ctx.focus) \
            and gaz.is_head_of_state(ctx.focus, day):
        return ctx.focus, ctx.focus_name or ctx.focus
    if home_country and day is not None and (home := gaz.leader_of(home_country, day)):
        return home.id, home.name.ru or home.id  # Kazakh news: "Мемлекет басшысы" is Kazakhstan's
    return None


def addressee(ctx: Context, m: SentenceMentions, home: Callable[[str], str | None],
              visited: str | None) -> tuple[str, str] | None:
    """"«Ваш государственный визит в Кыргызстан ...», — отметил Жапаров": the one a leader speaks to, the leader
    from abroad (``home`` gives a leader's country; ``visited``, the country of the visit) named last, never the
    speaker."""
    speakers = {p.person for p in m.persons if p.speaker_only}
    return next(((pid, name) for pid, name in reversed(ctx.recent)
                 if pid not in speakers and home(pid) not in (None, visited)), None)


def speaker_and_addressee(ctx: Context, m: SentenceMentions,
                          home: Callable[[str], str | None]) -> list[tuple[str, str]]:
    """"– Мы с Вами в последний раз встречались ...": the speaker and the one he speaks to, the last two leaders
    of two countries the text named (the speaker named after the quote first); none when there are not two."""
    pair: list[tuple[str, str]] = []
    speakers = [(p.person, p.name) for p in m.persons if p.person and p.speaker_only]
    for pid, name in speakers + list(reversed(ctx.recent)):
        if len(pair) < 2 and home(pid) not in [None] + [home(q) for q, _ in pair]:
            pair.append((pid, name))
    return pair if len(pair) == 2 else []
