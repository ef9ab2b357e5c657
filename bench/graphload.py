"""A large synthetic graph for the query benchmarks, written through `graph.writes.load_batch`.

Extracting a million events from text would take hours; the query benchmarks only need a graph
of that size and shape. This module builds the extractor's own records (`extract.records`)
directly — events of every type between the registry's leaders (Zipf-skewed, see `bench.cast`)
and a long tail of other people, dated over a quarter of a century, placed in registry cities,
each reported by one or two articles — and writes them in batches with the graph layer's bulk
path, so the nodes, relationships and properties are exactly the ones ingestion produces.

Everything is a pure function of the seed: event ``k`` and article ``a`` are rebuilt from
``(seed, k)`` and ``(seed, a)`` alone, so a load can resume where it stopped.
"""

from __future__ import annotations

import queue
import random
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cached_property

import neo4j

from bench.cast import Cast, Leader
from extract import records as rec
from extract.registry import Registry, default_registry
from graph.writes import LoadItem, load_batch

DEFAULT_SEED = 20261121

# How often each kind of event is reported (roughly what the extractor finds in real news).
EVENT_MIX: tuple[tuple[str, float], ...] = (
    ("meeting", 0.36), ("visit", 0.18), ("phone_call", 0.20), ("signing", 0.14), ("forum", 0.06), ("summit", 0.06),
)
SECOND_SOURCE_SHARE = 0.3  # an article also reports the previous article's last event this often
OTHER_PERSON_SHARE = 0.5  # events with someone besides the leaders (ministers, envoys, business people)

_FIRST_NAMES = (
    "Алексей", "Андрей", "Асхат", "Айдар", "Бауыржан", "Борис", "Вадим", "Виктор", "Галым", "Геннадий", "Дмитрий",
    "Ерлан", "Ержан", "Игорь", "Кайрат", "Константин", "Марат", "Михаил", "Нурлан", "Олег", "Павел", "Руслан",
    "Самат", "Сергей", "Тимур", "Фарид", "Шавкат", "Юрий", "Азамат", "Данияр", "Анна", "Айгуль", "Динара",
    "Елена", "Жанна", "Ирина", "Мария", "Сауле", "Татьяна", "Гульнара",
)
_SURNAME_STEMS = (
    "Абдрахман", "Ахмет", "Байжан", "Бекмухамбет", "Волков", "Григорьев", "Досым", "Ермек", "Жумабек", "Зайцев",
    "Ибраим", "Кенжебек", "Лебедев", "Мамыров", "Нурпеис", "Орлов", "Петров", "Рахим", "Сагинтай", "Тасмагамбет",
    "Умаров", "Федоров", "Хасен", "Шайхутдин", "Ыскак", "Есим", "Алимжан", "Баймен", "Касым", "Садык",
    "Жаксылык", "Мусин", "Смагул", "Токтар", "Уразбай", "Калиев", "Нигмат", "Оспан", "Сарсен", "Темирбек",
)
_SURNAME_ENDINGS = ("ов", "ев", "ин", "улы", "баев", "анов", "енко", "ский")

_FORUMS = ("Международный форум", "Экономический форум", "Инвестиционный форум", "Форум регионов")
_SUMMITS = ("Саммит ШОС", "Саммит СНГ", "Саммит ЕАЭС", "Саммит ОДКБ", "Саммит тюркских государств",
            "Саммит Центральная Азия", "Саммит СВМДА")
_DOCUMENTS = ("Соглашение о сотрудничестве в области {}", "Меморандум о взаимопонимании в сфере {}",
              "Договор о стратегическом партнерстве", "Программа экономического сотрудничества",
              "Совместное заявление глав государств", "Дорожная карта по развитию {}")
_FIELDS = ("энергетики", "транспорта", "образования", "здравоохранения", "сельского хозяйства", "культуры",
           "цифровизации", "туризма", "промышленности", "водных ресурсов")
_TITLES = {"meeting": "Переговоры", "visit": "Визит", "phone_call": "Телефонный разговор", "signing": "Подписание",
           "forum": "Форум", "summit": "Саммит"}
_VERBS = {"meeting": "провели переговоры", "visit": "встретились в ходе визита",
          "phone_call": "провели телефонный разговор", "signing": "подписали документ",
          "forum": "приняли участие в форуме", "summit": "приняли участие в саммите"}


@dataclass(frozen=True)
class LoadSpec:
    """The size and shape of the synthetic graph."""

    events: int = 1_000_000
    articles: int = 200_000
    persons: int = 10_000
    seed: int = DEFAULT_SEED
    first_day: date = date(2001, 1, 1)
    last_day: date = date(2026, 10, 31)

    def __post_init__(self) -> None:
        if self.events < self.articles or self.articles < 1:
            raise ValueError("need at least one article and at least as many events as articles")

    @property
    def events_per_article(self) -> int:
        return self.events // self.articles

    def published(self, article: int) -> date:
        """Articles are spread evenly over the period, in index order."""
        span = (self.last_day - self.first_day).days
        return self.first_day + timedelta(days=span * article // self.articles)


@dataclass(frozen=True)
class OtherPerson:
    id: str
    name: str


class SyntheticGraph:
    """Builds event ``k`` and article ``a`` of a `LoadSpec` as extraction records."""

    def __init__(self, spec: LoadSpec, registry: Registry | None = None):
        self.spec = spec
        self.registry = registry or default_registry()
        self.cast = Cast(self.registry)
        self._leaders: dict[tuple[int, int], list[Leader]] = {}

    # ---------------------------------------------------------------- reference material

    @cached_property
    def others(self) -> list[OtherPerson]:
        """People outside the registry, enough to bring the graph's persons up to ``spec.persons``."""
        count = max(0, self.spec.persons - len(self.registry.persons))
        rng = random.Random(f"{self.spec.seed}:others")
        names: dict[str, None] = {}
        while len(names) < count:
            surname = rng.choice(_SURNAME_STEMS) + rng.choice(_SURNAME_ENDINGS)
            names.setdefault(f"{rng.choice(_FIRST_NAMES)} {surname}", None)
        return [OtherPerson(id=f"per-bench-{i:05d}", name=name) for i, name in enumerate(names)]

    @cached_property
    def _cities_by_country(self) -> dict[str, list[rec.PlaceRef]]:
        out: dict[str, list[rec.PlaceRef]] = {}
        for city in sorted(self.registry.cities(), key=lambda c: (not c.capital, c.id)):
            if city.country:
                country = self.registry.place(city.country)
                out.setdefault(city.country, []).append(rec.PlaceRef(
                    id=city.id, name=city.name.ru or city.id, kind="city",
                    country_id=country.id, country=country.name.ru))
        return out

    @cached_property
    def _all_cities(self) -> list[rec.PlaceRef]:
        return [c for cities in self._cities_by_country.values() for c in cities]

    def leaders_on(self, day: date) -> list[Leader]:
        key = (day.year, day.month)
        if key not in self._leaders:
            self._leaders[key] = self.cast.in_office(day.replace(day=15))
        return self._leaders[key]

    # ---------------------------------------------------------------- records

    def article_of(self, event: int) -> int:
        return min(event // self.spec.events_per_article, self.spec.articles - 1)

    def events_of(self, article: int) -> range:
        per = self.spec.events_per_article
        end = self.spec.events if article == self.spec.articles - 1 else (article + 1) * per
        return range(article * per, end)

    def _pick(self, rng: random.Random, day: date, k: int) -> list[Leader]:
        pool = list(self.leaders_on(day))
        chosen: list[Leader] = []
        while pool and len(chosen) < k:
            pick = rng.choices(pool, weights=[leader.weight for leader in pool])[0]
            chosen.append(pick)
            pool = [leader for leader in pool if leader.id != pick.id]
        return chosen

    def _city(self, rng: random.Random, country: str | None) -> rec.PlaceRef:
        cities = self._cities_by_country.get(country or "") or self._all_cities
        return cities[0] if rng.random() < 0.6 else rng.choice(cities)

    def event(self, k: int) -> rec.Event:
        """Event ``k``: type, date, people and place drawn from ``(seed, k)``."""
        rng = random.Random(f"{self.spec.seed}:event:{k}")
        published = self.spec.published(self.article_of(k))
        day = max(self.spec.first_day, published - timedelta(days=rng.randint(0, 6)))
        etype = rng.choices([t for t, _ in EVENT_MIX], weights=[w for _, w in EVENT_MIX])[0]
        size = rng.randint(3, 6) if etype in ("forum", "summit") else 2
        leaders = self._pick(rng, day, size)
        roles = ["participant"] * len(leaders)
        kind = None
        if etype == "visit" and len(leaders) == 2:
            roles = ["guest", "host"]
            kind = rng.choice(("state", "official", "working"))
        elif etype == "signing":
            roles = ["signatory"] * len(leaders)
        elif etype == "phone_call":
            roles = ["remote"] * len(leaders)
        participants = [rec.Participant(id=leader.id, name=leader.person.name.ru or leader.id, role=role)
                        for leader, role in zip(leaders, roles, strict=True)]
        if self.others and etype not in ("phone_call",) and rng.random() < OTHER_PERSON_SHARE:
            other = self.others[int(len(self.others) * rng.random() ** 2)]  # a tail that is skewed too
            participants.append(rec.Participant(id=other.id, name=other.name, role="participant"))
        host_country = leaders[-1].country if leaders else None
        place = None if etype == "phone_call" else self._city(rng, host_country)
        span = rng.choice((1, 1, 1, 1, 2, 3)) if etype in ("visit", "forum", "summit") else 1
        end = day + timedelta(days=span - 1)
        document = None
        if etype == "signing":
            document = rec.Document(title=rng.choice(_DOCUMENTS).format(rng.choice(_FIELDS)))
        if etype in ("forum", "summit"):
            title = f"{rng.choice(_FORUMS if etype == 'forum' else _SUMMITS)} в {place.name if place else ''}".strip()
        else:
            title = f"{_TITLES[etype]}: " + " — ".join(p.name for p in participants[:2])
        names = ", ".join(p.name for p in participants)
        where = f" в {place.name}" if place else ""
        sentence = f"{names} {_VERBS[etype]}{where} {day.isoformat()}."
        return rec.Event(
            id=f"ev-bench-{self.spec.seed}-{k:07d}",
            type=etype,
            kind=kind,
            title=title,
            start=day.isoformat(),
            end=end.isoformat() if span > 1 else None,
            date_precision="day",
            date_text=day.isoformat(),
            place=place,
            participants=tuple(participants),
            document=document,
            evidence=(rec.Evidence(start=0, end=len(sentence), text=sentence, trigger=(0, len(names))),),
            confidence=round(0.6 + 0.4 * rng.random(), 2),
            reported_on=published,
        )

    def article(self, a: int) -> LoadItem:
        """Article ``a``: reports its own events and sometimes the previous article's last one."""
        rng = random.Random(f"{self.spec.seed}:article:{a}")
        ids = list(self.events_of(a))
        if a > 0 and rng.random() < SECOND_SOURCE_SHARE:
            ids.insert(0, self.events_of(a - 1)[-1])
        published = self.spec.published(a)
        lines: list[str] = []
        events: list[rec.Event] = []
        for k in ids:
            event = self.event(k)
            offset = sum(len(line) + 1 for line in lines)
            evidence = event.evidence[0]
            lines.append(evidence.text)
            events.append(event.model_copy(update={"evidence": (evidence.model_copy(update={
                "start": offset, "end": offset + len(evidence.text),
                "trigger": (offset, offset + evidence.trigger[1])}),)}))
        title = f"Хроника визитов и переговоров, выпуск {a + 1}"
        text = "\n".join([*lines, title])
        entities: dict[str, rec.Entity] = {}
        for event in events:
            for p in event.participants:
                source = "registry" if self.registry.has_person(p.id) else "ner"
                entities.setdefault(p.id, rec.Entity(id=p.id, kind="person", name=p.name, source=source))
            if event.place:
                entities.setdefault(event.place.id, rec.Entity(id=event.place.id, kind="city", name=event.place.name))
        extraction = rec.Extraction(
            article=rec.ArticleInfo(lang="ru", published=published, title=title),
            entities=tuple(entities.values()),
            events=tuple(events),
        )
        return LoadItem(text=text, extraction=extraction, source="synthetic", title=title,
                        url=f"https://example.org/chronicle/{self.spec.seed}/{a}")


# ---------------------------------------------------------------------------- loading


@dataclass
class LoadProgress:
    articles_done: int
    articles_total: int
    events_written: int
    seconds: float
    first_article: int = 0  # where this run started (a resumed load counts its rate from there)

    @property
    def rate(self) -> float:
        done = self.articles_done - self.first_article
        return done / self.seconds if self.seconds > 0 else 0.0

    @property
    def eta(self) -> float:
        left = self.articles_total - self.articles_done
        return left / self.rate if self.rate > 0 else float("inf")


def _batches(graph: SyntheticGraph, start: int, batch_articles: int) -> Iterator[list[LoadItem]]:
    for first in range(start, graph.spec.articles, batch_articles):
        last = min(first + batch_articles, graph.spec.articles)
        yield [graph.article(a) for a in range(first, last)]


def load(
    driver: neo4j.Driver,
    spec: LoadSpec,
    *,
    database: str | None = None,
    start_article: int = 0,
    batch_articles: int = 500,
    progress: Callable[[LoadProgress], None] | None = None,
) -> LoadProgress:
    """Write articles ``start_article..`` of the spec; records are built in a thread beside the writes."""
    graph = SyntheticGraph(spec)
    pending: queue.Queue[list[LoadItem] | BaseException | None] = queue.Queue(maxsize=3)
    stop = threading.Event()

    def produce() -> None:
        try:
            for batch in _batches(graph, start_article, batch_articles):
                while not stop.is_set():
                    try:
                        pending.put(batch, timeout=0.5)
                        break
                    except queue.Full:
                        continue
                if stop.is_set():
                    return
            pending.put(None)
        except BaseException as exc:  # handed to the writer, which raises it
            pending.put(exc)

    producer = threading.Thread(target=produce, name="synthetic-records", daemon=True)
    producer.start()
    started = time.perf_counter()
    state = LoadProgress(start_article, spec.articles, 0, 0.0, first_article=start_article)
    done_here = 0
    try:
        while True:
            batch = pending.get()
            if batch is None:
                break
            if isinstance(batch, BaseException):
                raise batch
            state.events_written += load_batch(driver, batch, database=database, registry=graph.registry)
            done_here += len(batch)
            state.articles_done = start_article + done_here
            state.seconds = time.perf_counter() - started
            if progress:
                progress(state)
    finally:
        stop.set()
        producer.join(timeout=5)
    return state
