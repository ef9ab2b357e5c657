"""A deterministic synthetic corpus of Russian news about heads of state.

Benchmarks need many articles that read like agency news — visits, talks, phone calls, summits and
forums, signed documents — with a known answer for what each one reports. Every article here is built
from templates over the registry: a short story (a visit with its talks and documents, talks on their
own, phone calls, a summit or a forum) told with the names, titles, cities and date expressions real
news uses, in the right grammatical case, padded with paragraphs that report no event (figures, quotes,
background, a press secretary's comment) and closed with page boilerplate.

Leaders are drawn with `bench.cast.Cast`, so a few presidents appear in most articles. Article ``i``
depends only on ``(seed, i)``: any slice of a corpus can be regenerated on its own, byte for byte.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

from bench.cast import HEAD_OF_STATE_ROLES, Cast, Leader
from extract.registry import Person, Place, Registry

DEFAULT_SEED = 20261121
FIRST_DAY = date(2015, 1, 1)
LAST_DAY = date(2026, 10, 31)
MANIFEST_NAME = "manifest.yaml"
MAX_BYTES = 4096
MIN_BYTES = 1536

CASES = ("nom", "gen", "dat", "acc", "ins", "loc")


# ============================================================================ planned events


@dataclass(frozen=True)
class PlannedEvent:
    """An event the templates put into an article: what a perfect extractor would find.

    ``start`` is the first day the text dates the event to (the first of the month when the text only
    names the month, see ``precision``); None when the text gives no date for it.
    """

    type: str
    participants: tuple[str, ...]
    place: str | None
    start: date | None
    precision: str | None = None  # "day" | "month" when start is set


@dataclass(frozen=True)
class SyntheticArticle:
    """One generated article: its text (title on the first line) and the events it reports."""

    index: int
    title: str
    text: str
    published: date
    events: tuple[PlannedEvent, ...]
    lang: str = "ru"
    source: str = ""

    @property
    def filename(self) -> str:
        return f"{self.index:07d}.txt"


# ============================================================================ Russian declension
# Names in the registry are nominative. News puts them in every case ("с Касым-Жомартом Токаевым",
# "в Ташкент", "президента Узбекистана"), so the templates decline them with the regular rules of
# Russian noun, adjective and surname declension, plus the handful of exceptions the registry needs.

_HARD_SIBILANT = "жшчщц"
_TAKES_I = "гкхжшчщ"  # after these letters -ы is written -и
# Particles and name parts that stay as they are: "Тамима бен Хамада Аль Тани", "Абдель Фаттаха ас-Сиси".
_INVARIANT_WORDS = frozenset({"бен", "ибн", "аль", "ас", "да", "де", "ван", "фон", "Аль", "Абдель", "Абдул",
                              "Абу", "Али"})
_ROMAN = re.compile(r"^[IVXLC]+$")
_FEMININE_SOFT = frozenset({"Казань", "Астрахань", "Тюмень", "Пермь"})
_STEM_OVERRIDES = {"Лев": "Льв", "Павел": "Павл", "Пётр": "Петр", "Египет": "Египт", "Стрелец": "Стрельц"}
_INDECLINABLE = frozenset({"Бразилиа", "Николя"})
_FEMALE_GIVEN = frozenset({"Майя", "Саломе", "Драупади", "Санаэ", "Элизабет", "Лиз", "Тереза", "Джорджа",
                           "Ангела", "Юлия", "Наталья", "Зинаида", "Роза", "Нино", "Елизавета", "Мария"})
_SLAVIC_SURNAME = re.compile(r"(ов|ев|ёв|ин|ын)$")
_NOT_SLAVIC = frozenset({"Цзиньпин", "Казнёв"})


def _noun_a(word: str, case: str) -> str:
    """First declension in -а/-я: Москва, Астана, глава, Юлия, Наталья."""
    if case == "nom":
        return word
    stem, last = word[:-1], word[-1]
    if word.endswith("ия"):
        return stem + {"gen": "и", "dat": "и", "acc": "ю", "ins": "ей", "loc": "и"}[case]
    if last == "я":
        return stem + {"gen": "и", "dat": "е", "acc": "ю", "ins": "ей", "loc": "е"}[case]
    gen = "и" if stem[-1:].lower() in _TAKES_I else "ы"
    ins = "ей" if stem[-1:].lower() in _HARD_SIBILANT else "ой"
    return stem + {"gen": gen, "dat": "е", "acc": "у", "ins": ins, "loc": "е"}[case]


def _noun_masc(word: str, case: str, animate: bool) -> str:
    """Second declension: Касым-Жомарт, Ташкент, президент, Шанхай, Эммануэль, Брюссель."""
    if case == "nom" or (case == "acc" and not animate):
        return word
    stem = _STEM_OVERRIDES.get(word, word)
    if word.endswith(("й", "ь")):
        base = word[:-1]
        if word.endswith("ий"):
            return base + {"gen": "я", "dat": "ю", "acc": "я", "ins": "ем", "loc": "и"}[case]
        return base + {"gen": "я", "dat": "ю", "acc": "я", "ins": "ем", "loc": "е"}[case]
    ins = "ем" if word[-1].lower() in _HARD_SIBILANT else "ом"
    return stem + {"gen": "а", "dat": "у", "acc": "а", "ins": ins, "loc": "е"}[case]


def _noun_fem_soft(word: str, case: str) -> str:
    """Third declension: Казань, Пермь."""
    if case in ("nom", "acc"):
        return word
    return word[:-1] + {"gen": "и", "dat": "и", "ins": "ью", "loc": "и"}[case]


def _adjective(word: str, case: str, animate: bool) -> str:
    """Adjectives and adjectival surnames: казахстанский, Зеленский, Южная, Нижний, Отунбаева."""
    if case == "nom":
        return word
    if word.endswith("ая") or word.endswith("яя"):
        soft = word.endswith("яя")
        base = word[:-2]
        return base + ({"gen": "ей", "dat": "ей", "acc": "юю", "ins": "ей", "loc": "ей"} if soft else
                       {"gen": "ой", "dat": "ой", "acc": "ую", "ins": "ой", "loc": "ой"})[case]
    if case == "acc" and not animate:
        return word
    base = word[:-2]
    soft = word.endswith("ний")
    velar = base[-1:] in ("к", "г", "х", "ж", "ш", "ч", "щ")
    if soft:
        return base + {"gen": "его", "dat": "ему", "acc": "его", "ins": "им", "loc": "ем"}[case]
    ins = "им" if velar or word.endswith("ий") else "ым"
    return base + {"gen": "ого", "dat": "ому", "acc": "ого", "ins": ins, "loc": "ом"}[case]


def _is_invariant(word: str) -> bool:
    return (word in _INVARIANT_WORDS or word in _INDECLINABLE or bool(_ROMAN.match(word))
            or not word[:1].isupper() or word.isupper() and len(word) > 1
            or word[-1].lower() in "оеёиуыэю"
            or word.endswith(("уа", "оа", "эа", "ийн")))  # Франсуа, Ухнаагийн


def _decline_segment(word: str, case: str, *, animate: bool, female: bool, surname: bool,
                     proper: bool = True) -> str:
    if case == "nom" or proper and _is_invariant(word):
        return word
    if female:
        if surname and re.search(r"(ова|ева|ёва|ина|ына)$", word):
            return word[:-1] + {"gen": "ой", "dat": "ой", "acc": "у", "ins": "ой", "loc": "ой"}[case]
        if word.endswith(("ая", "яя")):
            return _adjective(word, case, animate)
        if word.endswith(("а", "я")):
            return _noun_a(word, case)
        return word  # a woman's name ending in a consonant does not decline: Меркель, Борн
    if surname and word.endswith(("ский", "цкий", "ской")):
        return _adjective(word, case, animate)
    if surname and _SLAVIC_SURNAME.search(word) and len(word) > 4 and word not in _NOT_SLAVIC:
        return word + {"gen": "а", "dat": "у", "acc": "а", "ins": "ым", "loc": "е"}[case]
    if word.endswith(("а", "я")):
        return _noun_a(word, case)
    return _noun_masc(word, case, animate)


def _decline_word(word: str, case: str, **kw) -> str:
    """A hyphenated word declines in its last part (Касым-Жомарта), "X-на-Y" in its first (Ростова-на-Дону)."""
    if "-на-" in word:
        head, _, tail = word.partition("-на-")
        return _decline_segment(head, case, **kw) + "-на-" + tail
    if "-" in word:
        head, _, tail = word.rpartition("-")
        if tail[:1].isupper():
            return head + "-" + _decline_segment(tail, case, **kw)
    return _decline_segment(word, case, **kw)


def is_female(person: Person) -> bool:
    """Whether news about the person writes feminine verbs ("заявила"), from the Russian name."""
    name = person.name.ru or ""
    first = name.split()[0] if name else ""
    surname = person.surname.ru or ""
    return first in _FEMALE_GIVEN or bool(re.search(r"(ова|ева|ина|ая)$", surname))


def decline_person(person: Person, case: str, *, surname_only: bool = False) -> str:
    """The person's Russian name (or surname) in ``case``."""
    full = person.name.ru or person.id
    surname = person.surname.ru or full.split()[-1]
    female = is_female(person)
    words = (surname if surname_only else full).split()
    surname_words = len(surname.split())
    east_asian = len(words) > 1 and not _ROMAN.match(words[-1]) and (
        words[0] == surname.split()[0] and surname != full or surname == full)
    out = []
    for k, word in enumerate(words):
        if east_asian and k < len(words) - 1:
            out.append(word)
            continue
        is_surname = k >= len(words) - surname_words
        out.append(_decline_word(word, case, animate=True, female=female, surname=is_surname))
    return " ".join(out)


def decline_place(name: str, case: str) -> str:
    """A place name in ``case``: Ташкент → в Ташкент / в Ташкенте, Южная Корея → Южной Кореи."""
    if case == "nom":
        return name
    words = name.split()
    out = []
    for k, word in enumerate(words):
        adjectival = word.endswith(("ая", "яя", "ий", "ый")) and k < len(words) - 1 or word.endswith("ный")
        if adjectival:
            out.append(_adjective(word, case, animate=False))
        elif word in _FEMININE_SOFT:
            out.append(_noun_fem_soft(word, case))
        else:
            out.append(_decline_word(word, case, animate=False, female=False, surname=False))
    return " ".join(out)


def decline_common(word: str, case: str, *, animate: bool = True) -> str:
    """A common noun or adjective of a title: президент, глава, премьер-министр, казахстанский."""
    if word.endswith(("ий", "ый", "ой")):
        return _adjective(word, case, animate)
    if word == "король" and case == "ins":
        return "королём"
    return _decline_word(word, case, animate=animate, female=False, surname=False, proper=False)


def phrase(words: str, case: str, *, animate: bool = True) -> str:
    """Decline a noun phrase whose words all agree: "Восточный экономический форум" → "Восточном
    экономическом форуме". A genitive tail ("форум межрегионального сотрудничества") is the caller's."""
    return " ".join(decline_common(w, case, animate=animate) for w in words.split())


# ============================================================================ the people in a story

_GOVERNMENT_ROLES = ("prime_minister", "chancellor")
_TITLE_HEADS = {
    "president": ("президент", "президент", "глава", "лидер"),
    "chairman": ("председатель",),
    "king": ("король",),
    "prime_minister": ("премьер-министр", "премьер-министр", "глава правительства"),
    "chancellor": ("канцлер",),
}
# Roles the extractor resolves from an adjective title ("казахстанский лидер", "российский премьер").
_ADJECTIVE_HEADS = {"president": ("лидер", "президент"), "chairman": ("лидер",),
                    "prime_minister": ("премьер",)}
# Country names a title takes instead of the plain one ("председатель КНР").
_TITLE_COUNTRY = {"CN": "КНР"}


@dataclass(frozen=True)
class Actor:
    """A leader as the templates write about them: name forms, titles, gender."""

    leader: Leader
    country: Place
    registry: Registry
    surname_ok: bool  # the surname alone names this person unambiguously on the day

    @property
    def id(self) -> str:
        return self.leader.id

    @property
    def person(self) -> Person:
        return self.leader.person

    @property
    def female(self) -> bool:
        return is_female(self.person)

    @property
    def head_of_state(self) -> bool:
        return self.leader.role in HEAD_OF_STATE_ROLES

    def v(self, masc: str, fem: str) -> str:
        """The verb form agreeing with the actor: v("прибыл", "прибыла")."""
        return fem if self.female else masc

    def name(self, case: str) -> str:
        return decline_person(self.person, case)

    def surname(self, case: str) -> str:
        return decline_person(self.person, case, surname_only=True) if self.surname_ok else self.name(case)

    def titles(self) -> list[str]:
        """Title phrases (nominative) that name this actor alone on the day, for the extractor too."""
        heads = _TITLE_HEADS.get(self.leader.role, ())
        if self.leader.role == "monarch" and self.country.id == "QA":
            heads = ("эмир",)
        country = _TITLE_COUNTRY.get(self.country.id) or decline_place(self.country.name.ru or "", "gen")
        out = [f"{head} {country}" for head in heads]
        adjective = next(iter(self.country.adjectives.ru), None)
        if adjective and adjective.endswith(("ский", "кий")) and self.country.id not in ("VA",):
            out.extend(f"{adjective} {head}" for head in _ADJECTIVE_HEADS.get(self.leader.role, ()))
        return out

    def title(self, rng: random.Random, case: str) -> str:
        options = self.titles()
        if not options:
            return self.name(case)
        return _decline_title(rng.choice(options), case)

    def titled(self, rng: random.Random, case: str) -> str:
        """Title and full name: "президента Узбекистана Шавката Мирзиёева"."""
        options = [t for t in self.titles() if " " in t and not t.split()[0].endswith(("ский", "кий"))]
        if not options:
            return self.name(case)
        return f"{_decline_title(rng.choice(options), case)} {self.name(case)}"

    def first(self, rng: random.Random, case: str) -> str:
        """How an article first names the actor: mostly title and name, sometimes the name alone."""
        return self.titled(rng, case) if rng.random() < 0.7 else self.name(case)

    def again(self, rng: random.Random, case: str, *, title: bool = True) -> str:
        """A later mention: the surname, a title, or the full name.

        ``title=False`` keeps to names: a bare title right before "и <name>" ("российский президент и
        Токаев") reads to the extractor as the title of the name that follows.
        """
        roll = rng.random()
        if roll < 0.55 and self.surname_ok:
            return self.surname(case)
        if roll < 0.8 and self.titles() and title:
            return self.title(rng, case)
        return self.name(case)


def _decline_title(title: str, case: str) -> str:
    """"президент Казахстана" → "президентом Казахстана": the words up to the country decline."""
    words = title.split()
    out = []
    for k, word in enumerate(words):
        lower = word[:1].islower()
        declinable = lower and (k == 0 or words[k - 1].endswith(("ский", "кий")) or word.endswith(("ский", "кий")))
        if word == "правительства":
            declinable = False
        out.append(decline_common(word, case) if declinable else word)
    return " ".join(out)


# ============================================================================ dates

MONTH_GEN = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
             "ноября", "декабря")
MONTH_LOC = ("январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре", "октябре",
             "ноябре", "декабре")
WEEKDAY_ACC = ("понедельник", "вторник", "среду", "четверг", "пятницу", "субботу", "воскресенье")


@dataclass(frozen=True)
class When:
    """When a story happens and how its lead sentence says so.

    ``day`` is the real first day; ``start``/``precision`` are what the text pins down (None when the
    sentence carries no date and nothing else in the article dates it).
    """

    text: str
    day: date
    start: date | None
    precision: str | None
    future: bool
    two_days: bool = False


def _weighted(rng: random.Random, options: Sequence[tuple[str, float]]) -> str:
    return rng.choices([o for o, _ in options], weights=[w for _, w in options])[0]


def _day_month(day: date, with_year: bool) -> str:
    text = f"{day.day} {MONTH_GEN[day.month - 1]}"
    return f"{text} {day.year} года" if with_year else text


def _month_text(rng: random.Random, day: date, published: date) -> str:
    text = f"в {MONTH_LOC[day.month - 1]}"
    if day.year != published.year:
        return f"{text} {rng.choice(('прошлого года', f'{day.year} года'))}" if day.year < published.year else \
            f"{text} {day.year} года"
    return f"{text} {rng.choice(('', '', 'этого года', 'текущего года', f'{day.year} года'))}".rstrip()


def make_when(rng: random.Random, published: date, *, future: bool, dateline: bool, span: bool = False) -> When:
    """A date for a story relative to the publication day, in one of the forms news uses."""
    if future:
        form = _weighted(rng, (("tomorrow", 0.1), ("weekday", 0.12), ("day", 0.5), ("day_year", 0.1),
                               ("month", 0.1), ("none", 0.08)))
        if form == "tomorrow":
            day = published + timedelta(days=1)
            return When("завтра", day, day, "day", True)
        if form == "weekday":
            day = published + timedelta(days=rng.choice((2, 3)))
            prep = "во" if day.weekday() == 1 else "в"
            return When(f"{prep} {WEEKDAY_ACC[day.weekday()]}", day, day, "day", True)
        if form == "month":
            first = (published.replace(day=1) + timedelta(days=32 * rng.randint(1, 2))).replace(day=1)
            day = first + timedelta(days=rng.randint(0, 25))
            return When(_month_text(rng, day, published), day, first, "month", True)
        if form == "none":
            return When("", published + timedelta(days=rng.randint(3, 20)), None, None, True)
        day = published + timedelta(days=rng.randint(2, 45))
    else:
        recent = (("none", 0.3), ("today", 0.15), ("yesterday", 0.1), ("nakanune", 0.15), ("weekday", 0.1),
                  ("day", 0.2))
        form = _weighted(rng, recent if dateline else (
            ("none", 0.1), ("today", 0.06), ("yesterday", 0.05), ("nakanune", 0.08), ("weekday", 0.12),
            ("day", 0.39), ("day_year", 0.1), ("month", 0.1)))
        if form == "none":
            return When("", published, published if dateline else None, "day" if dateline else None, False)
        if form == "today":
            return When("сегодня", published, published, "day", False)
        if form in ("yesterday", "nakanune"):
            day = published - timedelta(days=1)
            return When("вчера" if form == "yesterday" else "накануне", day, day, "day", False)
        if form == "weekday":
            day = published - timedelta(days=rng.choice((1, 2, 3)))
            prep = "во" if day.weekday() == 1 else "в"
            return When(f"{prep} {WEEKDAY_ACC[day.weekday()]}", day, day, "day", False)
        if form == "month":
            first = (published.replace(day=1) - timedelta(days=1 + 28 * rng.randint(0, 1))).replace(day=1)
            day = min(first + timedelta(days=rng.randint(0, 25)), published)
            return When(_month_text(rng, day, published), day, first, "month", False)
        day = published - timedelta(days=rng.randint(1, 12 if dateline else 40))
    with_year = form == "day_year"
    if span and (day + timedelta(days=1)).month == day.month and rng.random() < 0.45:
        text = f"{day.day}–{day.day + 1} {MONTH_GEN[day.month - 1]}" + (f" {day.year} года" if with_year else "")
        return When(text, day, day, "day", future, two_days=True)
    return When(_day_month(day, with_year), day, day, "day", future)


# ============================================================================ vocabulary

# Past masculine, past feminine, past plural, future singular, future plural.
_VERBS: dict[str, tuple[str, str, str, str, str]] = {
    "arrive": ("прибыл", "прибыла", "прибыли", "прибудет", "прибудут"),
    "fly": ("прилетел", "прилетела", "прилетели", "прилетит", "прилетят"),
    "visit": ("посетил", "посетила", "посетили", "посетит", "посетят"),
    "make": ("совершил", "совершила", "совершили", "совершит", "совершат"),
    "hold": ("провел", "провела", "провели", "проведет", "проведут"),
    "meet": ("встретился", "встретилась", "встретились", "встретится", "встретятся"),
    "sign": ("подписал", "подписала", "подписали", "подпишет", "подпишут"),
    "take": ("принял", "приняла", "приняли", "примет", "примут"),
    "speak": ("выступил", "выступила", "выступили", "выступит", "выступят"),
    "talk": ("поговорил", "поговорила", "поговорили", "поговорит", "поговорят"),
    "discuss": ("обсудил", "обсудила", "обсудили", "обсудит", "обсудят"),
    "happen_m": ("состоялся", "состоялся", "состоялись", "состоится", "состоятся"),
    "happen_f": ("состоялась", "состоялась", "состоялись", "состоится", "состоятся"),
    "start_m": ("начался", "начался", "начались", "начнется", "начнутся"),
    "pass_m": ("прошел", "прошел", "прошли", "пройдет", "пройдут"),
    "open_m": ("открылся", "открылся", "открылись", "откроется", "откроются"),
    "end_m": ("завершился", "завершился", "завершились", "завершится", "завершатся"),
    "note": ("отметил", "отметила", "отметили", "отметит", "отметят"),
    "stress": ("подчеркнул", "подчеркнула", "подчеркнули", "подчеркнет", "подчеркнут"),
    "say": ("заявил", "заявила", "заявили", "заявит", "заявят"),
    "tell": ("сообщил", "сообщила", "сообщили", "сообщит", "сообщат"),
    "greet": ("поздравил", "поздравила", "поздравили", "поздравит", "поздравят"),
    "instruct": ("поручил", "поручила", "поручили", "поручит", "поручат"),
    "consider": ("рассмотрели", "рассмотрели", "рассмотрели", "рассмотрят", "рассмотрят"),
}


def verb(key: str, subject: Actor | None, future: bool, plural: bool = False) -> str:
    """The verb ``key`` agreeing with ``subject`` (None or ``plural``: several subjects)."""
    past_m, past_f, past_pl, fut_sg, fut_pl = _VERBS[key]
    if future:
        return fut_pl if plural else fut_sg
    if plural:
        return past_pl
    return past_f if subject is not None and subject.female else past_m


_KINDS = {
    "state": ("государственный", "государственным"),
    "official": ("официальный", "официальным"),
    "working": ("рабочий", "рабочим"),
}
_TOPICS = (
    "вопросы торгово-экономического и инвестиционного сотрудничества",
    "перспективы развития транспортно-логистических маршрутов",
    "взаимодействие в энергетике и промышленной кооперации",
    "актуальные вопросы региональной и международной повестки",
    "сотрудничество в сфере водных ресурсов и агропромышленного комплекса",
    "реализацию совместных проектов в металлургии и машиностроении",
    "расширение культурно-гуманитарных связей",
    "ход реализации ранее достигнутых договоренностей",
    "развитие цифровой экономики и искусственного интеллекта",
    "укрепление связей в сфере образования и науки",
)
_DOCUMENTS = (  # accusative, nominative
    ("Договор о стратегическом партнерстве", "Договор о стратегическом партнерстве"),
    ("Декларацию о всеобъемлющем стратегическом партнерстве", "Декларация о всеобъемлющем стратегическом партнерстве"),
    ("Совместное заявление глав государств", "Совместное заявление глав государств"),
    ("Соглашение о сотрудничестве в области энергетики", "Соглашение о сотрудничестве в области энергетики"),
    ("Соглашение о взаимной защите инвестиций", "Соглашение о взаимной защите инвестиций"),
    ("Меморандум о взаимопонимании в сфере цифровизации", "Меморандум о взаимопонимании в сфере цифровизации"),
    ("Программу экономического сотрудничества", "Программа экономического сотрудничества"),
    ("Дорожную карту по развитию торговли", "Дорожная карта по развитию торговли"),
    ("Договор о союзнических отношениях", "Договор о союзнических отношениях"),
    ("Соглашение о демаркации государственной границы", "Соглашение о демаркации государственной границы"),
    ("Протокол о внесении изменений в Соглашение о свободной торговле",
     "Протокол о внесении изменений в Соглашение о свободной торговле"),
    ("Меморандум о сотрудничестве в области образования", "Меморандум о сотрудничестве в области образования"),
)


@dataclass(frozen=True)
class Gathering:
    """A summit or forum: its name's parts and the registry cities that host it."""

    type: str  # summit | forum
    head: str  # declinable words: "саммит", "Астанинский международный форум"
    tail: str  # fixed genitive tail: "ШОС", "межрегионального сотрудничества Казахстана и России"
    cities: tuple[str, ...]
    members: tuple[str, ...] = ()  # countries whose leaders attend; empty: anyone

    def form(self, case: str) -> str:
        head = phrase(self.head, case, animate=False)
        return f"{head} {self.tail}".strip()


_EAEU = ("KZ", "RU", "BY", "KG", "AM", "UZ")
_GATHERINGS = (
    Gathering("summit", "саммит", "ШОС",
              ("astana", "tashkent", "bishkek", "dushanbe", "samarkand", "ufa", "qingdao", "tianjin"),
              ("KZ", "RU", "CN", "KG", "TJ", "UZ", "IN", "PK", "IR", "BY", "MN", "TR", "AZ")),
    Gathering("summit", "саммит", "СНГ",
              ("astana", "dushanbe", "ashgabat", "bishkek", "minsk", "moscow", "saint-petersburg"),
              ("KZ", "RU", "BY", "UZ", "KG", "TJ", "TM", "AZ", "AM", "MD")),
    Gathering("summit", "саммит", "ОДКБ", ("astana", "yerevan", "minsk", "bishkek", "dushanbe", "moscow"),
              ("KZ", "RU", "BY", "KG", "TJ", "AM")),
    Gathering("summit", "саммит", "ЕАЭС", ("minsk", "moscow", "astana", "bishkek", "yerevan", "saint-petersburg"),
              _EAEU),
    Gathering("summit", "саммит", "БРИКС", ("ufa", "johannesburg", "brasilia", "kazan"),
              ("RU", "CN", "IN", "BR", "ZA", "IR", "EG", "AE", "KZ", "TR")),
    Gathering("summit", "саммит", "Организации тюркских государств",
              ("astana", "baku", "istanbul", "samarkand", "bishkek", "shusha"),
              ("KZ", "TR", "AZ", "UZ", "KG", "TM", "HU")),
    Gathering("summit", "саммит", "«Центральная Азия – Китай»", ("xian", "astana"),
              ("KZ", "UZ", "KG", "TJ", "TM", "CN")),
    Gathering("summit", "саммит", "СВМДА", ("astana",),
              ("KZ", "RU", "CN", "TR", "AZ", "IR", "IN", "PK", "TJ", "KG", "UZ", "MN", "QA", "AE")),
    Gathering("forum", "Астанинский международный форум", "", ("astana",)),
    Gathering("forum", "Петербургский международный экономический форум", "", ("saint-petersburg",)),
    Gathering("forum", "Восточный экономический форум", "", ("vladivostok",)),
    Gathering("forum", "Евразийский экономический форум", "", ("minsk", "moscow", "astana", "bishkek", "yerevan"),
              _EAEU),
    Gathering("forum", "Ташкентский международный инвестиционный форум", "", ("tashkent",)),
    Gathering("forum", "Всемирный экономический форум", "", ("davos",)),
    Gathering("forum", "форум", "межрегионального сотрудничества Казахстана и России",
              ("uralsk", "kostanay", "petropavl", "atyrau", "aktobe", "omsk", "orenburg", "chelyabinsk",
               "astrakhan", "tyumen"), ("KZ", "RU")),
)
_SOURCES = ("Kazinform", "ТАСС", "РИА Новости", "Интерфакс-Казахстан", "Tengrinews.kz", "Zakon.kz", "КазТАГ",
            "BaigeNews.kz", "Sputnik Казахстан", "Informburo.kz")
_DATELINE_SOURCES = {"Kazinform": "/Корр. Kazinform/", "ТАСС": "/ТАСС/", "КазТАГ": "/КазТАГ/",
                     "Интерфакс-Казахстан": "/Интерфакс-Казахстан/"}
_NUR_SULTAN = (date(2019, 3, 23), date(2022, 9, 17))
_PALACES = {"KZ": "в Акорде", "RU": "в Кремле", "BY": "во Дворце Независимости", "UZ": "в резиденции «Куксарой»"}


def place_name(place: Place, at: date) -> str:
    """The place's Russian name as news wrote it on ``at`` (Astana was Nur-Sultan in 2019–2022)."""
    if place.id == "astana" and _NUR_SULTAN[0] <= at < _NUR_SULTAN[1]:
        return "Нур-Султан"
    return place.name.ru or place.id


def _prep(word: str) -> str:
    """"в" or "во" before a place: во Францию, во Владивосток, в Вашингтон."""
    return "во" if word[:1] in "ВФвф" and word[1:2] not in "аеёиоуыэюяь" else "в"


def to_place(place: Place, at: date) -> str:
    name = decline_place(place_name(place, at), "acc")
    return f"{_prep(name)} {name}"


def in_place(place: Place, at: date) -> str:
    name = decline_place(place_name(place, at), "loc")
    return f"{_prep(name)} {name}"


def of_place(place: Place, at: date, case: str) -> str:
    return decline_place(place_name(place, at), case)


def _cap(sentence: str) -> str:
    sentence = re.sub(r"\s+", " ", sentence).strip()
    sentence = re.sub(r"\s+([,.])", r"\1", sentence)
    return sentence[:1].upper() + sentence[1:]


# ============================================================================ stories


def _surname_stem(person: Person) -> str:
    return (person.surname.ru or "").removesuffix("а")  # "Алиева": Алиев's genitive, Алиева's nominative


def _surname_index(registry: Registry) -> dict[str, list[Person]]:
    index: dict[str, list[Person]] = {}
    for person in registry.persons:
        index.setdefault(_surname_stem(person), []).append(person)
    return index


def _surname_ok(index: dict[str, list[Person]], person: Person, at: date) -> bool:
    """The bare surname names the person when no one else in office that day shares it and it is
    neither too short, nor several words, nor lowercase."""
    surname = person.surname.ru or ""
    if len(surname) <= 3 or " " in surname or surname == person.name.ru or not surname[:1].isupper():
        return False  # "Си", "Аль Сауд", "Ли Чжэ Мён", "ас-Сиси": news writes these in full
    return not any(o.id != person.id and o.offices_at(at) for o in index.get(_surname_stem(person), ()))


@dataclass
class _Draft:
    """An article while it is being written."""

    title: str = ""
    lead: list[str] = field(default_factory=list)          # sentences of the first paragraph
    body: list[list[str]] = field(default_factory=list)    # further paragraphs with events
    events: list[PlannedEvent] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    place: Place | None = None                             # where the story happens, for the dateline


class _Writer:
    """Writes one article; every random choice comes from the article's own generator."""

    def __init__(self, cast: Cast, rng: random.Random, published: date):
        self.cast = cast
        self.registry = cast.registry
        self.surnames = _surname_index(cast.registry)
        self.rng = rng
        self.published = published
        self.dateline = False
        self.draft = _Draft()
        self.subject_named = False  # the lead's last event sentence has the protagonist as its subject

    # ------------------------------------------------------------------ people and places
    def actor(self, leader: Leader, at: date) -> Actor:
        person = leader.person
        actor = Actor(leader, self.registry.place(leader.country), self.registry,
                      _surname_ok(self.surnames, person, at) and _surname_ok(self.surnames, person, self.published))
        if all(a.id != actor.id for a in self.draft.actors):
            self.draft.actors.append(actor)
        return actor

    def _absent(self, day: date) -> frozenset[str]:
        """Leaders in office on the publication day but not on the event's day."""
        now = {leader.id for leader in self.cast.in_office(self.published)}
        then = {leader.id for leader in self.cast.in_office(day)}
        return frozenset(sorted(now - then))

    def _outside(self, members: Sequence[str]) -> frozenset[str]:
        """Leaders in office whose country is not one of ``members`` (nobody when members is empty)."""
        if not members:
            return frozenset()
        return frozenset(sorted(leader.id for leader in self.cast.in_office(self.published)
                                if leader.country not in members))

    def protagonist(self, day: date, members: Sequence[str] = ()) -> Actor | None:
        picked = self.cast.pick(self.rng, self.published, 1, exclude=self._absent(day) | self._outside(members))
        return self.actor(picked[0], day) if picked else None

    def counterpart(self, day: date, *others: Actor, heads_only: bool = False,
                    members: Sequence[str] = ()) -> Actor | None:
        """Another leader, from a country none of ``others`` serves."""
        countries = {o.country.id for o in others}
        exclude = {leader.id for leader in self.cast.in_office(self.published)
                   if leader.country in countries or (heads_only and leader.role not in HEAD_OF_STATE_ROLES)}
        if "RU" in countries and day >= date(2022, 2, 24) or "UA" in countries and day >= date(2014, 3, 1):
            exclude |= {leader.id for leader in self.cast.in_office(self.published)
                        if leader.country in ("RU", "UA")}
        exclude |= self._absent(day) | self._outside(members)
        picked = self.cast.pick(self.rng, self.published, 1, exclude=frozenset(sorted(exclude)))
        return self.actor(picked[0], day) if picked else None

    def city_of(self, country: Place, at: date, capital_share: float = 0.8) -> Place | None:
        cities = [p for p in self.registry.cities() if p.country == country.id]
        if not cities:
            return None
        capitals = [p for p in cities if p.capital]
        if capitals and (self.rng.random() < capital_share or len(cities) == 1):
            return capitals[0]
        return self.rng.choice(cities)

    # ------------------------------------------------------------------ events
    def plan(self, etype: str, actors: Sequence[Actor], place: Place | None, when: When | None) -> None:
        self.draft.events.append(PlannedEvent(
            type=etype, participants=tuple(a.id for a in actors), place=place.id if place else None,
            start=when.start if when else None, precision=when.precision if when and when.start else None))

    def choose(self, options: Sequence[str]) -> str:
        return _cap(self.rng.choice(list(options)))

    def topics(self, k: int = 2) -> str:
        chosen = self.rng.sample(_TOPICS, k)
        return ", а также ".join(chosen) if k == 2 and self.rng.random() < 0.3 else " и ".join(chosen)

    def short(self, actor: Actor, case: str = "nom") -> str:
        """The headline form: the surname, or a title when the surname is ambiguous."""
        if actor.surname_ok:
            return actor.surname(case)
        titles = [t for t in actor.titles() if " " in t]
        return _decline_title(titles[0], case) if titles else actor.name(case)

    # ------------------------------------------------------------------ visit: guest, host, talks, documents
    def visit_story(self, n_events: int) -> bool:
        rng = self.rng
        future = rng.random() < 0.25
        when = make_when(rng, self.published, future=future, dateline=self.dateline, span=True)
        day, at = when.day, self.published
        guest = self.protagonist(day)
        host = self.counterpart(day, guest, heads_only=True) if guest else None
        if guest is None or host is None:
            return False
        country = host.country
        city = self.city_of(country, day)
        dest = city or country
        kind = _weighted(rng, (("state", 0.35), ("official", 0.35), ("working", 0.3)))
        kind_nom, kind_ins = _KINDS[kind]
        if when.two_days:
            kind_ins = f"двухдневным {kind_ins}"
        d = self.draft
        d.place = dest
        w = when.text
        g1, g1_gen = guest.first(rng, "nom"), guest.first(rng, "gen")
        if future:
            lead = self.choose([
                f"{w} {g1} {verb('visit', guest, True)} {of_place(country, at, 'acc')} с {kind_ins} визитом, "
                f"сообщает пресс-служба {'главы' if guest.head_of_state else 'правительства'} "
                f"{of_place(guest.country, at, 'gen')}.",
                f"{g1} {w} {verb('make', guest, True)} {kind_nom} визит {to_place(country, at)}.",
                f"По приглашению {host.titled(rng, 'gen')} {g1} {w} {verb('arrive', guest, True)} "
                f"с {kind_ins} визитом {to_place(dest, at)}.",
            ])
            title = self.choose([
                f"{self.short(guest)} {verb('visit', guest, True)} {of_place(country, at, 'acc')} с {kind_ins} визитом",
                f"{self.short(guest)} {verb('make', guest, True)} {kind_nom} визит {to_place(country, at)}",
            ])
        else:
            lead = self.choose([
                f"{w} {g1} {verb('arrive', guest, False)} с {kind_ins} визитом {to_place(dest, at)}.",
                f"{g1} {w} {verb('fly', guest, False)} {to_place(dest, at)} с {kind_ins} визитом.",
                f"По приглашению {host.titled(rng, 'gen')} {g1} {w} {verb('arrive', guest, False)} "
                f"с {kind_ins} визитом {to_place(dest, at)}.",
                f"{w} {verb('start_m', None, False)} {kind_nom} визит {g1_gen} {to_place(country, at)}.",
                f"{g1} {w} {guest.v('отправился', 'отправилась')} {to_place(dest, at)} с {kind_ins} визитом.",
                f"{g1} {w} {verb('arrive', guest, False)} {to_place(dest, at)} с {kind_ins} визитом "
                f"по приглашению {host.first(rng, 'gen')}.",
                f"{w} {g1} {verb('arrive', guest, False)} {to_place(dest, at)}, где {'ее' if guest.female else 'его'} "
                f"{host.v('встретил', 'встретила')} {host.first(rng, 'nom')}.",
            ] + ([f"{w} {verb('end_m', None, False)} {kind_nom} визит {g1_gen} {to_place(country, at)}."]
                 if when.start is None else []))
            title = self.choose([
                f"{self.short(guest)} {verb('arrive', guest, False)} с {kind_ins} визитом {to_place(dest, at)}",
                f"{self.short(guest)} {verb('fly', guest, False)} {to_place(dest, at)}",
                f"Начался {kind_nom} визит {self.short(guest, 'gen')} {to_place(country, at)}",
            ])
        d.title = title
        d.lead.append(lead)
        self.plan("visit", (guest, host), dest, when)
        if city is not None and rng.random() < 0.6:
            pm = next((p for p in self.registry.persons if p.id != host.id and any(
                o.role in _GOVERNMENT_ROLES and o.of == country.id for o in p.offices_at(day))), None)
            if future:
                d.lead.append(_cap(f"Программа пребывания {in_place(city, at)} включает ряд двусторонних "
                                   f"мероприятий и посещение промышленных предприятий."))
            elif pm is not None and rng.random() < 0.6:
                pm_leader = Leader(pm, "prime_minister", country.id, 0.0)
                pm_actor = Actor(pm_leader, country, self.registry, False)
                d.lead.append(_cap(f"В аэропорту {of_place(city, at, 'gen')} {guest.again(rng, 'acc')} "
                                   f"{pm_actor.v('встретил', 'встретила')} {pm_actor.titled(rng, 'nom')}."))
            else:
                d.lead.append(_cap(f"В аэропорту {of_place(city, at, 'gen')} высокого гостя встретили "
                                   f"официальные лица."))
        extras = {1: [], 2: [rng.choice(("meeting", "meeting", "signing"))], 3: ["meeting", "signing"]}[n_events]
        if "VA" in (guest.country.id, host.country.id):
            extras = [e for e in extras if e != "signing"]
        paragraph: list[str] = []
        if "meeting" in extras:
            palace = _PALACES.get(country.id, "") if city is not None and city.capital and rng.random() < 0.3 else ""
            g2, h2 = guest.again(rng, "gen", title=False), host.again(rng, "gen")
            paragraph.append(self.choose([
                f"{palace} {verb('happen_m', None, future, plural=True)} переговоры {g2} и {h2} "
                f"в узком и расширенном составах.",
                f"{host.again(rng, 'nom', title=False)} и {guest.again(rng, 'nom')} "
                f"{verb('hold', None, future, plural=True)} "
                f"переговоры {palace}.",
                f"{guest.again(rng, 'nom')} {verb('meet', guest, future)} с {host.again(rng, 'ins')} {palace}.",
                f"{host.again(rng, 'nom')} {verb('hold', host, future)} переговоры с {guest.again(rng, 'ins')} "
                f"в формате тет-а-тет, после чего {'продолжатся' if future else 'продолжились'} переговоры "
                f"в расширенном составе.",
            ] + ([f"Лидеры двух стран {verb('hold', None, future, plural=True)} переговоры в узком формате, "
                  f"затем к ним присоединились члены делегаций."] if not future else [])))
            self.plan("meeting", (guest, host), city, when)
            paragraph.append(_cap(f"В ходе переговоров стороны {verb('discuss', None, future, plural=True)} "
                                  f"{self.topics()}."))
        if "signing" in extras:
            doc_acc, doc_nom = rng.choice(_DOCUMENTS)
            options = [
                f"По итогам переговоров {guest.again(rng, 'nom', title=False)} и {host.again(rng, 'nom')} "
                f"{verb('sign', None, future, plural=True)} {doc_acc}.",
                f"{host.again(rng, 'nom', title=False)} и {guest.again(rng, 'nom')} "
                f"{verb('sign', None, future, plural=True)} "
                f"{doc_acc}, а также ряд межправительственных соглашений.",
            ]
            if not future:
                options.append(f"В присутствии {guest.again(rng, 'gen', title=False)} и {host.again(rng, 'gen')} "
                               f"был подписан {doc_nom}.")
            if guest.head_of_state and host.head_of_state:
                both_presidents = guest.leader.role == host.leader.role == "president"
                options.append(f"{rng.choice(('Главы государств', 'Президенты' if both_presidents else 'Лидеры'))} "
                               f"{verb('sign', None, future, plural=True)} {doc_acc}.")
            paragraph.append(self.choose(options))
            self.plan("signing", (guest, host), city, when)
        if paragraph:
            d.body.append(paragraph)
        return True

    # ------------------------------------------------------------------ talks
    def meeting_story(self, n_events: int) -> bool:
        rng = self.rng
        future = rng.random() < 0.2
        when = make_when(rng, self.published, future=future, dateline=self.dateline)
        day, at = when.day, self.published
        a = self.protagonist(day)
        b = self.counterpart(day, a) if a else None
        if a is None or b is None:
            return False
        country = rng.choice((a.country, b.country))
        city = self.city_of(country, day, capital_share=0.7)
        d = self.draft
        d.place = city or country
        w = when.text
        where = in_place(city, at) if city else ""
        a1, b1 = a.first(rng, "nom"), b.first(rng, "ins")
        options = [
            f"{w} {where} {a1} {verb('hold', a, future)} переговоры с {b1}.",
            f"{w} {a1} {verb('meet', a, future)} с {b1} {where}.",
            f"{w} {where} {verb('happen_f', None, future)} встреча {a.first(rng, 'gen')} и {b.first(rng, 'gen')}.",
            f"{a1} и {b.first(rng, 'nom')} {w} {verb('hold', None, future, plural=True)} переговоры {where}.",
        ]
        if not future:
            options.append(f"{w} {where} {verb('happen_m', None, False, plural=True)} переговоры "
                           f"{a.first(rng, 'gen')} с {b1}.")
            if city is not None:
                options.append(f"Переговоры между {a.first(rng, 'ins')} и {b1} {w} прошли {where}.")
        if rng.random() < 0.12:
            city = None
            where = ""
            d.place = a.country
            options = [f"{w} {a1} и {b.first(rng, 'nom')} {verb('hold', None, future, plural=True)} переговоры "
                       f"в режиме видеоконференции.",
                       f"{w} {a1} {verb('hold', a, future)} переговоры с {b1} по видеосвязи."]
        d.lead.append(self.choose(options))
        d.title = self.choose([
            f"{self.short(a)} и {self.short(b)} {verb('hold', None, future, plural=True)} переговоры {where}",
            f"{self.short(a)} {verb('meet', a, future)} с {self.short(b, 'ins')}",
        ])
        self.plan("meeting", (a, b), city, when)
        d.lead.append(_cap(f"Стороны {verb('discuss', None, future, plural=True)} {self.topics()}."))
        extras = {1: [], 2: [rng.choice(("signing", "phone_call"))], 3: ["signing", "phone_call"]}[n_events]
        if "signing" in extras:
            doc_acc, _ = rng.choice(_DOCUMENTS)
            d.lead.append(self.choose([
                f"По итогам встречи {a.again(rng, 'nom', title=False)} и {b.again(rng, 'nom')} "
                f"{verb('sign', None, future, plural=True)} {doc_acc}.",
                f"{b.again(rng, 'nom', title=False)} и {a.again(rng, 'nom')} также "
                f"{verb('sign', None, future, plural=True)} "
                f"{doc_acc}.",
            ]))
            self.plan("signing", (a, b), city, when)
        if "phone_call" in extras:
            c = self.counterpart(day, a, b)
            if c is not None:
                self.phone_sentence(a, c, None, also=True)
        return True

    # ------------------------------------------------------------------ phone calls
    def phone_sentence(self, a: Actor, b: Actor, when: When | None, *, also: bool = False) -> None:
        rng = self.rng
        w = when.text if when else ""
        if also:
            sentence = self.choose([
                f"Также {a.again(rng, 'nom')} {verb('hold', a, False)} телефонный разговор с {b.first(rng, 'ins')}.",
                f"Кроме того, {a.again(rng, 'nom')} {verb('talk', a, False)} по телефону с {b.first(rng, 'ins')}.",
            ])
            self.draft.body.append([sentence, _cap(f"Собеседники {verb('consider', None, False)} "
                                                   f"{self.topics(1)}.")])
        else:
            a1, b1 = a.first(rng, "nom"), b.first(rng, "ins")
            with_subject = [  # the caller's "Он также ..." may refer back to these
                f"{w} {a1} {verb('hold', a, False)} телефонный разговор с {b1}.",
                f"{a1} {w} {verb('talk', a, False)} по телефону с {b1}.",
                f"{w} {a1} {verb('hold', a, False)} телефонные переговоры с {b1}.",
            ]
            without = [
                f"{w} {verb('happen_m', None, False)} телефонный разговор между {a.first(rng, 'ins')} и {b1}.",
                f"{a1} и {b.first(rng, 'nom')} {w} {verb('discuss', None, False, plural=True)} по телефону "
                f"{self.topics(1)}.",
                f"{w} по инициативе {rng.choice(('казахстанской', 'российской', 'узбекской', 'турецкой'))} "
                f"стороны {verb('happen_m', None, False)} телефонный разговор {a.first(rng, 'gen')} и "
                f"{b.first(rng, 'gen')}.",
            ]
            sentence = self.choose(with_subject + without)
            self.subject_named = any(_cap(o) == sentence for o in with_subject)
            self.draft.lead.append(sentence)
        self.plan("phone_call", (a, b), None, when)

    def phone_story(self, n_events: int) -> bool:
        rng = self.rng
        when = make_when(rng, self.published, future=False, dateline=self.dateline)
        day = when.day
        a = self.protagonist(day)
        b = self.counterpart(day, a) if a else None
        if a is None or b is None:
            return False
        d = self.draft
        d.place = a.country
        d.title = self.choose([
            f"{self.short(a)} и {self.short(b)} провели телефонный разговор",
            f"{self.short(a)} {verb('talk', a, False)} по телефону с {self.short(b, 'ins')}",
            f"{self.short(a)} и {self.short(b)} обсудили по телефону двустороннее сотрудничество",
        ])
        self.phone_sentence(a, b, when)
        d.lead.append(self.choose([
            f"Собеседники {verb('consider', None, False)} {self.topics()}.",
            f"{a.again(rng, 'nom')} {verb('greet', a, False)} {b.again(rng, 'acc')} с национальным праздником "
            f"и пожелал{'а' if a.female else ''} народу {of_place(b.country, self.published, 'gen')} "
            f"мира и благополучия.",
        ]))
        partners = [b]
        for _ in range(n_events - 1):
            c = self.counterpart(day, a, *partners)
            if c is None:
                break
            partners.append(c)
            if len(partners) == 2 and self.subject_named and rng.random() < 0.5:
                # "Он": the subject of the paragraph so far, as agency copy refers back
                d.lead.append(_cap(f"{'Она' if a.female else 'Он'} также {verb('hold', a, False)} телефонный "
                                   f"разговор с {c.first(rng, 'ins')}."))
                self.plan("phone_call", (a, c), None, None)
            else:
                self.phone_sentence(a, c, None, also=True)
        return True

    # ------------------------------------------------------------------ summits and forums
    def gathering_story(self, n_events: int, kind: str) -> bool:
        rng = self.rng
        future = rng.random() < 0.15
        when = make_when(rng, self.published, future=future, dateline=self.dateline)
        day, at = when.day, self.published
        gathering = rng.choice([g for g in _GATHERINGS if g.type == kind])
        city = self.registry.place(rng.choice(gathering.cities))
        members = gathering.members
        a = self.protagonist(day, members)
        if a is None:
            return False
        d = self.draft
        d.place = city
        w = when.text
        a1 = a.first(rng, "nom")
        loc, gen, nom = gathering.form("loc"), gathering.form("gen"), gathering.form("nom")
        others: list[Actor] = []
        if kind == "summit":
            options = [
                f"{w} {a1} {verb('take', a, future)} участие в {loc} {in_place(city, at)}.",
                f"{a1} {w} {verb('speak', a, future)} на {loc} {in_place(city, at)}.",
            ]
            if not future:
                options.append(f"{w} {in_place(city, at)} {verb('pass_m', None, False)} {nom}, "
                               f"в котором {verb('take', a, False)} участие {a1}.")
                took = ("принимает" if w in ("", "сегодня") else verb("take", a, False))
                options.append(f"{w} {in_place(city, at)} стартовал {nom}, в работе которого {took} участие {a1}.")
            if rng.random() < 0.35:
                b = self.counterpart(day, a, members=members)
                if b is not None:
                    others.append(b)
                    options = [f"{w} {a1} и {b.first(rng, 'nom')} {verb('take', None, future, plural=True)} "
                               f"участие в {loc} {in_place(city, at)}."]
            d.title = self.choose([f"{self.short(a)} {verb('take', a, future)} участие в {loc}",
                                   f"{in_place(city, at)} {verb('pass_m', None, future)} {nom}"])
        else:
            options = [
                f"{w} {a1} {verb('speak', a, future)} на пленарном заседании {gen} {in_place(city, at)}.",
                f"{a1} {w} {verb('take', a, future)} участие в {loc} {in_place(city, at)}.",
            ]
            d.title = self.choose([f"{self.short(a)} {verb('speak', a, future)} на {loc}",
                                   f"{self.short(a)} {verb('take', a, future)} участие в {loc}"])
        d.lead.append(self.choose(options))
        self.plan(kind, (a, *others), city, when)
        word = "саммита" if kind == "summit" else "форума"
        partners: list[Actor] = []
        for _ in range(n_events - 1):
            b = self.counterpart(day, a, *others, *partners, members=members)
            if b is None:
                break
            partners.append(b)
        if len(partners) == 1:
            b = partners[0]
            d.body.append([self.choose([
                f"На полях {word} {a.again(rng, 'nom')} {verb('hold', a, future)} двустороннюю встречу "
                f"с {b.first(rng, 'ins')}.",
                f"{a.again(rng, 'nom')} также {verb('meet', a, future)} с {b.first(rng, 'ins')} на полях {word}.",
            ]), _cap(f"Стороны {verb('discuss', None, future, plural=True)} {self.topics()}.")])
        elif len(partners) == 2:
            b, c = partners
            d.body.append([_cap(f"На полях {word} {a.again(rng, 'nom')} {verb('meet', a, future)} "
                                f"с {b.first(rng, 'ins')} и {c.first(rng, 'ins')}.")])
        for b in partners:
            self.plan("meeting", (a, b), city, when)
        return True

    # ------------------------------------------------------------------ paragraphs that report no event
    def fillers(self) -> list[str]:
        """Paragraphs of figures, quotes, background and a spokesman's words, in random order, none
        reporting an event (no visit, talks, call, gathering or signing in them)."""
        rng, at = self.rng, self.published
        actors = self.draft.actors or []
        countries = list(dict.fromkeys(a.country.id for a in actors))
        if len(countries) < 2:
            countries.append("RU" if countries[:1] != ["RU"] else "KZ")
        k1, k2 = (self.registry.place(c) for c in countries[:2])
        year = at.year - 1

        def billions() -> str:
            return f"{rng.randint(5, 400) / 10:.1f}".replace(".", ",")

        months = rng.randint(2, 10)
        paragraphs = [
            [f"По итогам {year} года товарооборот между {of_place(k1, at, 'ins')} и {of_place(k2, at, 'ins')} "
             f"составил {billions()} млрд долларов США, увеличившись на {rng.randint(3, 35)}% по сравнению "
             f"с предыдущим годом.",
             f"{of_place(k2, at, 'nom')} входит в число ключевых торговых партнеров {of_place(k1, at, 'gen')}, "
             f"а объем накопленных прямых инвестиций превышает {rng.randint(2, 60)} млрд долларов."],
            [f"За {months} {'месяца' if months < 5 else 'месяцев'} текущего года объем взаимной торговли "
             f"{of_place(k1, at, 'gen')} и {of_place(k2, at, 'gen')} вырос на {rng.randint(3, 35)}% и достиг "
             f"{billions()} млрд долларов.",
             "Рост взаимной торговли обеспечивают поставки продовольствия, металлов, удобрений и "
             "машиностроительной продукции."],
            [f"{in_place(k1, at)} работают более {rng.randint(3, 40) * 100} предприятий с участием капитала "
             f"{of_place(k2, at, 'gen')}.",
             f"Стороны реализуют портфель из {rng.randint(2, 18) * 10} совместных проектов на общую сумму свыше "
             f"{rng.randint(3, 50)} млрд долларов в промышленности, энергетике и сельском хозяйстве."],
            [rng.choice((
                "Особое внимание уделяется развитию транспортно-логистических коридоров, в том числе "
                "Транскаспийского международного транспортного маршрута.",
                "Планируется увеличить пропускную способность пограничных переходов и упростить "
                "процедуры таможенного контроля.",
                "В числе приоритетов названы глубокая переработка сельскохозяйственной продукции, "
                "возобновляемая энергетика и подготовка инженерных кадров.")),
             f"В {year} году взаимный туристический поток превысил {rng.randint(2, 90) * 10} тысяч человек."],
            [f"Дипломатические отношения между {of_place(k1, at, 'ins')} и {of_place(k2, at, 'ins')} "
             f"установлены в {rng.choice((1992, 1992, 1993, 1994))} году.",
             f"{of_place(k1, at, 'nom')} и {of_place(k2, at, 'nom')} взаимодействуют в рамках ООН и ряда "
             f"региональных организаций.",
             "Межправительственная комиссия по экономическому сотрудничеству двух стран собирается ежегодно."],
            ["Эксперты отмечают устойчивый рост взаимных инвестиций и туристического потока.",
             "Растет число студентов, обучающихся по программам академического обмена, а в вузах обеих стран "
             "открываются филиалы и совместные образовательные программы."],
        ]
        quotes = [
            "Мы придаем большое значение дальнейшему укреплению отношений стратегического партнерства "
            "между нашими странами",
            "Наши страны связывают давние узы дружбы и добрососедства. {sure}, что вместе мы сможем "
            "добиться новых результатов",
            "{partner} является для нас надежным и близким партнером",
            "Потенциал нашего взаимодействия далеко не исчерпан, и нам предстоит большая совместная работа",
        ]
        rng.shuffle(quotes)
        for speaker, quote in zip(actors[:2], quotes):
            partner = k2 if speaker.country.id == k1.id else k1
            text = quote.format(sure="Уверена" if speaker.female else "Уверен", partner=of_place(partner, at, "nom"))
            verb_key = rng.choice(("note", "stress", "say"))
            paragraphs.append([f"«{text}», — {verb(verb_key, speaker, False)} {speaker.again(rng, 'nom')}."])
        if actors:
            speaker = actors[0]
            paragraphs.append([f"По словам {speaker.again(rng, 'gen')}, {of_place(k1, at, 'nom')} и "
                               f"{of_place(k2, at, 'nom')} обладают значительным потенциалом для наращивания "
                               f"сотрудничества в промышленности, энергетике и цифровых технологиях."])
        statement = rng.choice((
            "в повестке дня — вопросы торгово-экономического, инвестиционного и культурно-гуманитарного "
            "взаимодействия",
            "стороны уделят особое внимание реализации крупных инфраструктурных проектов",
            "готовится пакет межправительственных и межведомственных документов",
        ))
        holders = self.registry.office_holders("press_secretary", k1.id, at)
        if holders and k1.id in ("KZ", "RU"):
            spokesman = min(holders, key=lambda p: min(o.start for o in p.offices if o.role == "press_secretary"))
            said = "сообщила" if is_female(spokesman) else "сообщил"
            paragraphs.append([f"Как {said} журналистам пресс-секретарь президента {of_place(k1, at, 'gen')} "
                               f"{decline_person(spokesman, 'nom')}, {statement}."])
        else:
            office = "президента" if any(p.held("president", k1.id, at) for p in self.registry.persons) else "МИД"
            paragraphs.append([f"Как сообщила пресс-служба {office} {of_place(k1, at, 'gen')}, {statement}."])
        rng.shuffle(paragraphs)
        return [" ".join(_cap(s) for s in p) for p in paragraphs]

    def boilerplate(self, source: str) -> list[str]:
        rng = self.rng
        lines = []
        if rng.random() < 0.6:
            lines.append(rng.choice(("Фото: пресс-служба Акорды", "Фото: kremlin.ru", "Фото: akorda.kz",
                                     f"Фото: {source}")))
        if rng.random() < 0.5:
            lines.append(rng.choice(("Подписывайтесь на наш канал в Telegram",
                                     "Подписывайтесь на наши страницы в социальных сетях")))
        if rng.random() < 0.4:
            lines.append("Теги: " + ", ".join(dict.fromkeys(
                [a.country.name.ru or a.country.id for a in self.draft.actors] + ["политика"])))
        lines.append(f"© {source}")
        return lines


# ============================================================================ articles

_STORIES = (("visit", 0.3), ("meeting", 0.2), ("phone_call", 0.25), ("summit", 0.12), ("forum", 0.13))
_EVENT_COUNTS = (("1", 0.35), ("2", 0.4), ("3", 0.25))
_SPAN_DAYS = (LAST_DAY - FIRST_DAY).days


@lru_cache(maxsize=1)
def _default_cast() -> Cast:
    return Cast()


def make_article(index: int, *, seed: int = DEFAULT_SEED, cast: Cast | None = None) -> SyntheticArticle:
    """Article ``index`` of the corpus with ``seed``; depends on nothing else."""
    rng = random.Random(f"{seed}:{index}")
    cast = cast or _default_cast()
    published = FIRST_DAY + timedelta(days=rng.randint(0, _SPAN_DAYS))
    source = rng.choice(_SOURCES)
    writer = _Writer(cast, rng, published)
    writer.dateline = source in _DATELINE_SOURCES and rng.random() < 0.7
    n_events = int(_weighted(rng, _EVENT_COUNTS))
    story = _weighted(rng, _STORIES)
    ok = False
    for attempt in (story, "phone_call", "meeting"):
        writer.draft = _Draft()
        if attempt == "visit":
            ok = writer.visit_story(n_events)
        elif attempt == "meeting":
            ok = writer.meeting_story(n_events)
        elif attempt == "phone_call":
            ok = writer.phone_story(n_events)
        else:
            ok = writer.gathering_story(n_events, attempt)
        if ok:
            break
    if not ok:
        raise RuntimeError(f"article {index}: no leaders in office on {published}")
    return _assemble(index, writer, source)


def _assemble(index: int, writer: _Writer, source: str) -> SyntheticArticle:
    """Title, dateline and lead, event paragraphs, filler up to a realistic size, boilerplate."""
    rng, d, published = writer.rng, writer.draft, writer.published
    lead = " ".join(d.lead)
    if writer.dateline:
        city = d.place if d.place is not None and d.place.kind == "city" else writer.registry.place("astana")
        line = place_name(city, published).upper()
        lead = f"{line}, {published.day} {MONTH_GEN[published.month - 1]}. {_DATELINE_SOURCES[source]}. {lead}"
    paragraphs = [lead] + [" ".join(p) for p in d.body]
    tail = writer.boilerplate(source)
    separator = "\n\n" if rng.random() < 0.5 else "\n"
    target = rng.randint(MIN_BYTES + 200, MAX_BYTES - 300)

    def size(parts: list[str]) -> int:
        return len(separator.join([d.title, *parts, *tail]).encode("utf-8"))

    fillers: list[str] = []
    for candidate in writer.fillers():
        if size(paragraphs + fillers) >= target:
            break
        if size(paragraphs + fillers + [candidate]) <= MAX_BYTES:
            fillers.append(candidate)
    # Fillers go after the lead, between event paragraphs, and at the end, as in agency copy.
    body = [paragraphs[0]]
    rest = paragraphs[1:]
    for paragraph in fillers:
        if rest and rng.random() < 0.4:
            body.append(rest.pop(0))
        body.append(paragraph)
    body.extend(rest)
    text = separator.join([d.title, *body, *tail])
    return SyntheticArticle(index=index, title=d.title, text=text, published=published,
                            events=tuple(d.events), source=source)


def generate(count: int, *, seed: int = DEFAULT_SEED, start: int = 0) -> Iterator[SyntheticArticle]:
    """Articles ``start .. start + count - 1``; each one depends only on ``(seed, index)``."""
    cast = _default_cast()
    for index in range(start, start + count):
        yield make_article(index, seed=seed, cast=cast)


def write_corpus(directory: Path, count: int, *, seed: int = DEFAULT_SEED,
                 progress: Callable[[int, int], None] | None = None) -> Path:
    """Write ``count`` articles as ``NNNNNNN.txt`` files and a ``manifest.yaml`` that `letopis ingest` reads.

    The manifest is streamed entry by entry, so a large corpus never sits in memory.
    """
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    with (directory / MANIFEST_NAME).open("w", encoding="utf-8") as manifest:
        manifest.write(f"# Synthetic news corpus: {count} articles, seed {seed}.\narticles:\n")
        for done, article in enumerate(generate(count, seed=seed), start=1):
            (directory / article.filename).write_text(article.text, encoding="utf-8")
            manifest.write(
                f"  - file: {article.filename}\n"
                f"    lang: {article.lang}\n"
                f"    published: {article.published.isoformat()}\n"
                f"    source: {json.dumps(article.source, ensure_ascii=False)}\n"
                f"    title: {json.dumps(article.title, ensure_ascii=False)}\n")
            if progress is not None:
                progress(done, count)
    return directory


# ============================================================================ how well the extractor reads it


@dataclass
class RecallReport:
    """Planned events against what `extract.pipeline.extract_article` finds in the same articles.

    A planned event is found when an extracted event has its type and participants that include its
    participants; each extracted event answers for one planned event at most. Extracted events that
    answer for none are extras. Dates and places are checked on the found events the text dates or
    places, at the precision the text gives.
    """

    articles: int = 0
    planned: int = 0
    found: int = 0
    extracted: int = 0
    dated: int = 0
    dated_right: int = 0
    placed: int = 0
    placed_right: int = 0
    by_type: dict[str, list[int]] = field(default_factory=dict)   # type -> [planned, found]
    misses: list[tuple[int, PlannedEvent]] = field(default_factory=list)
    extras: list[tuple[int, str, tuple[str, ...]]] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.planned if self.planned else 1.0

    @property
    def extra(self) -> int:
        return self.extracted - self.found

    def summary(self) -> str:
        lines = [f"articles {self.articles}  planned events {self.planned}  found {self.found}  "
                 f"recall {self.recall:.1%}",
                 f"extracted {self.extracted}  extra {self.extra} "
                 f"({self.extra / max(1, self.articles):.2f} per article)",
                 f"dates right {self.dated_right}/{self.dated} "
                 f"({self.dated_right / max(1, self.dated):.1%})  places right {self.placed_right}/{self.placed} "
                 f"({self.placed_right / max(1, self.placed):.1%})"]
        for etype, (planned, found) in sorted(self.by_type.items()):
            lines.append(f"  {etype:<10} {found}/{planned} ({found / max(1, planned):.1%})")
        return "\n".join(lines)


def check_article(article: SyntheticArticle, report: RecallReport) -> None:
    """Extract ``article`` and add the comparison with its planned events to ``report``."""
    from extract.pipeline import extract_article

    extraction = extract_article(article.text, article.published, "ru", article.title)
    events = list(extraction.events)
    used: set[int] = set()
    report.articles += 1
    report.extracted += len(events)
    for planned in article.events:
        counts = report.by_type.setdefault(planned.type, [0, 0])
        counts[0] += 1
        report.planned += 1
        wanted = set(planned.participants)
        candidates = [n for n, e in enumerate(events) if n not in used and e.type == planned.type
                      and wanted <= e.participant_ids()]
        if not candidates:
            report.misses.append((article.index, planned))
            continue
        best = min(candidates, key=lambda n: len(events[n].participant_ids() - wanted))
        used.add(best)
        counts[1] += 1
        report.found += 1
        event = events[best]
        if planned.start is not None:
            report.dated += 1
            want = planned.start.isoformat()[:7 if planned.precision == "month" else 10]
            report.dated_right += bool(event.start and event.start[:len(want)] == want and
                                       (planned.precision != "month" or event.date_precision == "month"))
        if planned.place is not None:
            report.placed += 1
            report.placed_right += event.place is not None and event.place.id == planned.place
    for n, event in enumerate(events):
        if n not in used:
            report.extras.append((article.index, event.type, tuple(sorted(event.participant_ids()))))


def evaluate(articles: Sequence[SyntheticArticle] | Iterator[SyntheticArticle]) -> RecallReport:
    """Run the extractor over ``articles`` and compare with what they were written to report."""
    report = RecallReport()
    for article in articles:
        check_article(article, report)
    return report


def main(argv: Sequence[str] | None = None) -> int:
    """`python -m bench.corpus --evaluate 300` or `python -m bench.corpus --write DIR --count N`."""
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--start", type=int, default=0)
    parser.add_argument("--evaluate", type=int, metavar="N", help="extract N articles and report recall")
    parser.add_argument("--misses", action="store_true", help="list the missed and extra events")
    parser.add_argument("--write", type=Path, metavar="DIR", help="write a corpus to DIR")
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--show", type=int, metavar="I", help="print article I")
    args = parser.parse_args(argv)
    if args.show is not None:
        article = make_article(args.show, seed=args.seed)
        print(article.text)
        for event in article.events:
            print("#", event)
    if args.write is not None:
        write_corpus(args.write, args.count, seed=args.seed)
        print(f"wrote {args.count} articles to {args.write}")
    if args.evaluate:
        report = evaluate(generate(args.evaluate, seed=args.seed, start=args.start))
        print(report.summary())
        if args.misses:
            for index, event in report.misses:
                print("miss ", index, event)
            for index, etype, ids in report.extras:
                print("extra", index, etype, ids)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
