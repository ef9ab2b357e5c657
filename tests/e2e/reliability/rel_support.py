"""Helpers for the reliability tests: generated Russian articles, an app on the test server, counts.

The articles are built from a few sentence templates about meetings and phone calls of leaders in
the registry, so what the extractor finds in them is known: every meeting is identified by its
pair of participants and its day, and several differently worded articles may report one meeting.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

import neo4j
import uvicorn
from fastapi import FastAPI
from pydantic import SecretStr

from app.core.config import Settings
from app.main import create_app

API_KEY = "reliability-key"

MONTHS_GEN = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
              "октября", "ноября", "декабря")


@dataclass(frozen=True)
class Leader:
    id: str
    nom: str  # Касым-Жомарт Токаев
    gen: str  # Касым-Жомарта Токаева
    ins: str  # Касым-Жомартом Токаевым
    title_gen: str  # президента Казахстана
    title_ins: str  # президентом Казахстана
    title_nom: str  # Президент Казахстана


LEADERS = {
    "tokayev": Leader("tokayev", "Касым-Жомарт Токаев", "Касым-Жомарта Токаева", "Касым-Жомартом Токаевым",
                      "президента Казахстана", "президентом Казахстана", "Президент Казахстана"),
    "putin": Leader("putin", "Владимир Путин", "Владимира Путина", "Владимиром Путиным",
                    "президента России", "президентом России", "Президент России"),
    "mirziyoyev": Leader("mirziyoyev", "Шавкат Мирзиёев", "Шавката Мирзиёева", "Шавкатом Мирзиёевым",
                         "президента Узбекистана", "президентом Узбекистана", "Президент Узбекистана"),
    "japarov": Leader("japarov", "Садыр Жапаров", "Садыра Жапарова", "Садыром Жапаровым",
                      "президента Киргизии", "президентом Киргизии", "Президент Киргизии"),
    "erdogan": Leader("erdogan", "Реджеп Тайип Эрдоган", "Реджепа Тайипа Эрдогана", "Реджепом Тайипом Эрдоганом",
                      "президента Турции", "президентом Турции", "Президент Турции"),
    "rahmon": Leader("rahmon", "Эмомали Рахмон", "Эмомали Рахмона", "Эмомали Рахмоном",
                     "президента Таджикистана", "президентом Таджикистана", "Президент Таджикистана"),
}

CITIES = {  # id -> prepositional case
    "moscow": "Москве",
    "astana": "Астане",
    "tashkent": "Ташкенте",
    "bishkek": "Бишкеке",
    "ankara": "Анкаре",
    "dushanbe": "Душанбе",
}

TOPICS = (
    "торгово-экономическое сотрудничество и транспортные коридоры",
    "вопросы энергетики и водных ресурсов",
    "развитие промышленной кооперации и логистики",
    "гуманитарные связи и образовательные программы",
    "вопросы региональной безопасности и борьбы с терроризмом",
    "совместные инвестиционные проекты в сельском хозяйстве",
)


@dataclass(frozen=True)
class Meeting:
    """One meeting the articles report: who, where, which day."""

    first: str
    second: str
    city: str
    day: date

    @property
    def participants(self) -> tuple[str, str]:
        return tuple(sorted((self.first, self.second)))  # type: ignore[return-value]


def meeting_article(meeting: Meeting, variant: int, serial: int = 0) -> str:
    """A short news item about the meeting; ``variant`` picks the wording, ``serial`` makes it unique."""
    a, b = LEADERS[meeting.first], LEADERS[meeting.second]
    when = f"{meeting.day.day} {MONTHS_GEN[meeting.day.month - 1]}"
    where = CITIES[meeting.city]
    topic = TOPICS[(variant + serial) % len(TOPICS)]
    if variant % 3 == 0:
        lead = (f"{a.title_nom} {a.nom} {when} в {where} провёл переговоры с {b.title_ins} {b.ins}. "
                f"Стороны обсудили {topic}.")
    elif variant % 3 == 1:
        lead = (f"В {where} {when} состоялась встреча {a.gen} и {b.gen}. "
                f"Лидеры обсудили {topic}.")
    else:
        lead = (f"{b.nom} и {a.nom} встретились {when} в {where}. "
                f"Главы государств обсудили {topic}.")
    tail = (f"По итогам встречи стороны договорились продолжить консультации на уровне правительств. "
            f"Материал №{serial}.")
    return lead + " " + tail


def published_after(meeting: Meeting) -> str:
    return date.fromordinal(meeting.day.toordinal() + 1).isoformat()


# ---------------------------------------------------------------------------- the graph


def count_articles(driver: neo4j.Driver) -> int:
    return driver.execute_query("MATCH (a:Article) RETURN count(a) AS n").records[0]["n"]


def article_ids(driver: neo4j.Driver) -> list[str]:
    return [r["id"] for r in driver.execute_query("MATCH (a:Article) RETURN a.id AS id").records]


def events_by_key(driver: neo4j.Driver) -> dict[tuple, list[str]]:
    """(type, participants, start day) -> ids of the events with that key; more than one is a duplicate."""
    records = driver.execute_query(
        "MATCH (e:Event) "
        "RETURN e.id AS id, e.type AS type, e.start AS start, "
        "       [(p:Person)-[:PARTICIPATED_IN]->(e) | p.id] AS people"
    ).records
    out: dict[tuple, list[str]] = {}
    for r in records:
        start = r["start"].to_native() if r["start"] is not None else None
        out.setdefault((r["type"], tuple(sorted(r["people"])), start), []).append(r["id"])
    return out


def duplicate_events(driver: neo4j.Driver) -> int:
    return sum(len(ids) - 1 for ids in events_by_key(driver).values())


def sources_of(driver: neo4j.Driver, event_id: str) -> set[str]:
    records = driver.execute_query(
        "MATCH (a:Article)-[:REPORTS]->(e:Event {id: $id}) RETURN a.id AS id", id=event_id
    ).records
    return {r["id"] for r in records}


# ---------------------------------------------------------------------------- the app


def settings_for(server, **overrides) -> Settings:
    return Settings(neo4j_uri=server.bolt_uri, neo4j_user=server.user,
                    neo4j_password=SecretStr(server.password), **overrides)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def serving(app: FastAPI, timeout: float = 90.0) -> Iterator[str]:
    """Run the app under uvicorn on a free loopback port in a thread; yield its base URL."""
    port = free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="uvicorn-rel", daemon=True)
    thread.start()
    deadline = time.monotonic() + timeout
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout)


def reliability_app(server):
    return create_app(settings_for(server, api_key=SecretStr(API_KEY)))
