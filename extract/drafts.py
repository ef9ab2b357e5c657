"""The mutable working record of one event while the rules of one article shape it."""

from __future__ import annotations

from dataclasses import dataclass, field

from extract.intervals import interval, overlaps
from extract.mentions import PlaceMention


@dataclass
class DateValue:
    start: str
    end: str | None
    precision: str
    text: str | None
    source: str = "text"  # text | dateline | visit | context
    year_inferred: bool = False  # the text gave no year; it was taken nearest to publication
    month_inferred: bool = False  # ... no month ("на 22-е число"); nor was it

    def borrowed(self) -> DateValue:
        """The same days given to another event the text tells near it: no words of its own, from context."""
        return DateValue(self.start, self.end, self.precision, None, "context")


def compatible_dates(a: DateValue | None, b: DateValue | None) -> bool:
    """Two dates that may be of one event: their spans overlap, or one of them is not known."""
    sa = interval(a.start, a.end) if a else None
    sb = interval(b.start, b.end) if b else None
    return sa is None or sb is None or overlaps(sa, sb)


@dataclass
class Draft:
    type: str
    sentence: int
    trigger: tuple[int, int]
    evidence: tuple[int, int]
    kind: str | None = None
    status: str = "held"
    participants: dict[str, str] = field(default_factory=dict)   # id -> role
    names: dict[str, str] = field(default_factory=dict)          # id -> display name
    registry_ids: set[str] = field(default_factory=set)
    leaders: set[str] = field(default_factory=set)  # participants known to lead a state (registry or title)
    # leaders named only by an office nobody could be named for: (title, country id, role)
    offices: list[tuple[str, str | None, str]] = field(default_factory=list)
    place: PlaceMention | None = None
    relocated_from: PlaceMention | None = None
    date: DateValue | None = None
    # When the text says when in words that name no days here ("в субботу" read without a publication
    # date, "на прошлой неделе"): quoted as the event's date_text, never turned into a date.
    date_words: str | None = None
    document: str | None = None
    name: str | None = None
    tense: str | None = None   # past | present | future
    remote: bool = False
    weak: bool = False
    other_party: bool = False  # talks with people who are not leaders (business circles, a council)
    inside: bool = False  # the sentence says it happens during another event ("в ходе визита")
    after_talks: bool = False  # "по итогам переговоров": of the talks told before, however far before
    after_gathering: bool = False  # "по итогам саммита": of the gathering told before, however far before
    eve: bool = False  # "Накануне саммита ...", "Саммит қарсаңында ...": the day before the gathering told, there
    before_ceremony: bool = False  # "Перед церемонией ...", "Рәсім алдында ...": of the signing told before
    # "на следующий день": (words, unit, offset) counted from the date the text stated last before it
    relative: tuple[str, str, int] | None = None
    visit_day: tuple[str, int] | None = None  # "в первый день визита": (words, 1), counted in the visit's days
    told_about: bool = False  # "рассказал о встрече": the report of the day does not date it
    background: bool = False  # "Напомним, ...", "Еске сала кетейік, ...": told as background, not the news
    earlier: bool = False  # ... of some time before it ("ранее", "напомним"), not just recently ("недавно")
    follows_on: bool = False  # "В частности, ...", "Затем ...": of the day of the sentence before
    during_call: bool = False  # "В ходе беседы лидеры обсудили": a call told again, if one was told before
    during_talks: bool = False  # "В ходе встречи обсуждена ...": talks told again, if some were told before
    refers_back: bool = False  # "Отырысқа X, Y қатысты": the sitting told before; none of its own
    purpose: bool = False  # "прибыл для участия в саммите": what an arrival is for, undated; not the day's news
    formal: bool = False  # talks named as such ("переговоры", "келіссөздер"), not a chat ("пообщались")
    another: bool = False  # "Предыдущий визит ...", "келесі сапары": another occasion than the one the news tells
    after_a_gap: bool = False  # "первый визит ... с ноября 2019 года": the first since a day, an earlier event's
    states_named: bool = False  # "российско-китайские переговоры": sides named as states, none from other sentences
    frame: bool = False  # the trigger frames its clause: "в рамках визита в ЮАР" before "посетил остров"
    site: bool = False  # "посетят индустриальный парк": a visit to a site, a stop, no frame of talks told apart
    visit_place: PlaceMention | None = None  # "в повестке визита в Москву": the visit this is part of
    part_of: int | None = None  # index of the parent draft
    dropped: bool = False
    # The publication day, for an undated report of the day's news in the article's lead: given to
    # the event only if, once the article's reports of it are folded together, none dates it.
    lead_day: DateValue | None = None

    def add(self, person_id: str, name: str, role: str, registry: bool) -> None:
        current = self.participants.get(person_id)
        if current in ("guest", "host", "signatory") and role == "participant":
            return
        self.participants[person_id] = role
        self.names[person_id] = name
        if registry:
            self.registry_ids.add(person_id)

    def remove(self, person_id: str) -> None:
        """The person takes no part after all."""
        self.participants.pop(person_id, None)
        self.names.pop(person_id, None)
        self.registry_ids.discard(person_id)
        self.leaders.discard(person_id)

    def add_office(self, title: str, country: str | None, role: str) -> None:
        for n, (t, c, r) in enumerate(self.offices):
            if (t, c) == (title, country):
                if r == "participant":
                    self.offices[n] = (t, c, role)
                return
        self.offices.append((title, country, role))

    def parties(self) -> int:
        """How many sides are named: people and unresolved offices."""
        return len(self.participants) + len(self.offices)

    def ids(self) -> set[str]:
        return set(self.participants)

    def with_role(self, role: str) -> set[str]:
        return {pid for pid, r in self.participants.items() if r == role}
