"""Concurrent writers over HTTP: one text posted many times at once, one meeting reported twice at once."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import date

from rel_support import (
    CITIES,
    LEADERS,
    Meeting,
    count_articles,
    duplicate_events,
    events_by_key,
    meeting_article,
    published_after,
    sources_of,
)

WRITERS = 8


def _post_all_at_once(live, bodies: list[dict]) -> list:
    """POST every body from its own thread, all released by one barrier."""
    barrier = threading.Barrier(len(bodies))

    def post(body: dict):
        with live.client() as http:
            barrier.wait(timeout=30)
            return http.post("/api/v1/articles", json=body)

    with ThreadPoolExecutor(max_workers=len(bodies)) as pool:
        return list(pool.map(post, bodies))


def test_one_article_posted_by_eight_writers_is_stored_once(live) -> None:
    meeting = Meeting("tokayev", "putin", "moscow", date(2025, 3, 12))
    body = {"text": meeting_article(meeting, 0), "published": published_after(meeting), "lang": "ru",
            "source": "test"}
    responses = _post_all_at_once(live, [body] * WRITERS)

    results = [r.json() for r in responses]
    # The one writer that stored it answers 201; the others find it stored: 200 with duplicate: true.
    assert [r.status_code for r in responses] == [200 if r["duplicate"] else 201 for r in results], \
        [r.text for r in responses]
    assert len({r["article_id"] for r in results}) == 1
    assert sorted(r["duplicate"] for r in results) == [False] + [True] * (WRITERS - 1)
    assert count_articles(live.driver) == 1
    assert duplicate_events(live.driver) == 0
    events = events_by_key(live.driver)
    assert list(events) == [("meeting", ("putin", "tokayev"), date(2025, 3, 12))]
    (event_id,) = events[("meeting", ("putin", "tokayev"), date(2025, 3, 12))]
    assert sources_of(live.driver, event_id) == {results[0]["article_id"]}


MONTHS_PREP = ("январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре",
               "октябре", "ноябре", "декабре")


def _month_report(meeting: Meeting) -> str:
    """The same meeting told without its day: the extractor gives it another id than the dated one."""
    a, b = LEADERS[meeting.first], LEADERS[meeting.second]
    return (f"В {MONTHS_PREP[meeting.day.month - 1]} в {CITIES[meeting.city]} состоялась встреча {a.gen} и {b.gen}. "
            "Лидеры обсудили вопросы энергетики и водных ресурсов. Пресс-служба подчеркнула, что переговоры "
            "прошли в конструктивной атмосфере.")


ROUNDS = (
    Meeting("tokayev", "putin", "moscow", date(2025, 3, 12)),
    Meeting("mirziyoyev", "tokayev", "astana", date(2025, 4, 8)),
    Meeting("japarov", "mirziyoyev", "tashkent", date(2025, 5, 15)),
    Meeting("erdogan", "tokayev", "ankara", date(2025, 6, 3)),
    Meeting("rahmon", "putin", "dushanbe", date(2025, 7, 21)),
)


def test_two_articles_about_one_meeting_at_once_make_one_meeting(live) -> None:
    for meeting in ROUNDS:
        dated = {"text": meeting_article(meeting, 0), "published": published_after(meeting), "lang": "ru"}
        undated = {"text": _month_report(meeting), "published": published_after(meeting), "lang": "ru"}
        first, second = _post_all_at_once(live, [dated, undated])
        assert (first.status_code, second.status_code) == (201, 201), (first.text, second.text)
        ids = {first.json()["article_id"], second.json()["article_id"]}
        assert len(ids) == 2

        meetings = [
            (key, event_ids) for key, event_ids in events_by_key(live.driver).items()
            if key[0] == "meeting" and key[1] == meeting.participants
        ]
        assert len(meetings) == 1 and len(meetings[0][1]) == 1, meetings
        key, (event_id,) = meetings[0]
        assert key[2] == meeting.day  # the dated report's day wins over the month
        assert sources_of(live.driver, event_id) == ids
    assert count_articles(live.driver) == 2 * len(ROUNDS)
