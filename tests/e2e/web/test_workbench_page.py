"""The workbench page in headless Chromium against the live API with the seeds: the shared deep link,
a typo picked from the suggestions, the three views, the exports, errors in words, a phone-width
screen, keyboard use, and /docs — all with every request to another host refused."""

from __future__ import annotations

import csv
import io
import re
from urllib.parse import parse_qs, urlparse

import httpx
from playwright.sync_api import expect
from web_support import screenshot

DEEP_LINK = "/?participant=Токаев&participant=Путин&type=meeting"
MEETINGS = ["2022-11-28", "2023-11-09", "2024-11", "2025-11-11"]


def _query(page) -> dict[str, list[str]]:
    return parse_qs(urlparse(page.url).query)


def test_deep_link_shows_the_four_meetings_with_their_sources(page):
    page.goto(DEEP_LINK)
    lanes = page.locator("#view-timeline .lane[data-event-id]")
    expect(lanes).to_have_count(4)
    expect(page.locator("#status-line")).to_have_text("4 events")
    dates = [d.split(" ")[0] for d in lanes.locator(".date").all_inner_texts()]
    assert dates == MEETINGS
    # The month-precision meeting is drawn as its month, hatched, not as a day.
    month = page.locator('#view-timeline .lane[data-precision="month"]')
    expect(month).to_have_count(1)
    assert "(month)" in month.locator(".date").inner_text()
    widths = lanes.locator(".bar").evaluate_all("bars => bars.map(b => b.getBoundingClientRect().width)")
    assert widths[2] > 3 * max(widths[0], widths[1], widths[3])  # day bars are at their minimum width
    screenshot(page, "timeline")

    page.get_by_role("tab", name="List").click()
    expect(page).to_have_url(re.compile(r"view=list"))
    cards = page.locator("#view-list > article.event[data-event-id]")
    expect(cards).to_have_count(4)
    for i in range(4):
        card = cards.nth(i)
        assert card.locator(".place").inner_text()
        people = card.locator(".participants .person").all_inner_texts()
        assert any("Токаев" in p for p in people) and any("Путин" in p for p in people)
        sources = card.locator(".source")
        assert sources.count() >= 1
        assert sources.first.locator("blockquote").inner_text().strip()
        assert re.search(r"\d{4}-\d{2}-\d{2}", sources.first.locator(".meta").inner_text())
    screenshot(page, "list")


def test_a_typo_picked_from_the_suggestions_narrows_the_search(page):
    page.goto("/")
    expect(page.locator("#status-line")).to_have_text(re.compile(r"\d+\+? events"))
    box = page.locator("#person-input")
    box.fill("Токаевв")
    option = page.locator('#person-suggestions [role="option"][data-person-id="tokayev"]')
    expect(option).to_be_visible()
    option.click()
    expect(page.locator('#chips [data-participant="tokayev"]')).to_be_visible()
    assert _query(page)["participant"] == ["tokayev"]

    box.fill("Путен")  # keyboard this time: arrow down to the suggestion, Enter to take it
    expect(page.locator('#person-suggestions [role="option"][data-person-id="putin"]')).to_be_visible()
    box.press("ArrowDown")
    box.press("Enter")
    expect(page.locator('#chips [data-participant="putin"]')).to_be_visible()
    page.get_by_label("meeting").check()
    page.get_by_role("button", name="Show events").click()
    expect(page.locator("#view-timeline .lane[data-event-id]")).to_have_count(4)
    assert _query(page) == {"participant": ["tokayev", "putin"], "type": ["meeting"]}


def test_graph_view_and_a_click_on_a_person_narrows_the_search(page):
    page.goto("/?participant=tokayev&view=graph")
    expect(page.get_by_role("tab", name="Graph")).to_have_attribute("aria-selected", "true")
    page.wait_for_function("window.letopisGraph && window.letopisGraph.nodes().length > 0", polling=100)
    ids = page.evaluate("window.letopisGraph.nodes().map(n => n.id())")
    assert {"tokayev", "putin"} <= set(ids)
    # One edge per pair who took part in the same events, labelled with how often (the four meetings at least).
    together = page.evaluate("window.letopisGraph.getElementById('putin|tokayev').data('count')")
    assert together >= 4
    screenshot(page, "graph")
    # (returns nothing: serialising the cytoscape collection emit() returns takes Playwright ages)
    page.evaluate("() => { window.letopisGraph.getElementById('putin').emit('tap'); }")
    expect(page).to_have_url(re.compile(r"participant=tokayev&participant=putin"))
    expect(page.locator('#chips [data-participant="putin"]')).to_be_visible()


def test_exports_hold_every_event_of_the_selection(page, live_server):
    page.goto("/?participant=tokayev")
    expect(page.locator("#status-line")).to_have_text(re.compile(r"\d+ events"))
    shown = int(page.locator("#status-line").inner_text().split()[0])
    assert shown > 3  # more than the server's export batch (3): the export reads several batches
    with page.expect_download() as info:
        page.get_by_role("link", name="CSV").click()
    rows = list(csv.DictReader(io.StringIO(open(info.value.path(), encoding="utf-8-sig").read())))
    assert len(rows) == shown
    assert all(r["source_titles"] and r["source_dates"] for r in rows)
    with page.expect_download() as info:
        page.get_by_role("link", name="iCalendar").click()
    calendar = open(info.value.path(), encoding="utf-8").read()
    undated = int(httpx.get(f"{live_server}/api/v1/events", params={"participant": "tokayev", "format": "ics"})
                  .headers["x-letopis-undated-omitted"])
    assert calendar.count("BEGIN:VEVENT") == shown - undated


def test_api_errors_are_shown_in_words_with_the_closest_names(page):
    page.http_errors_expected = True
    page.goto("/?participant=Путен")
    alert = page.get_by_role("alert")
    expect(alert).to_contain_text("No person matches 'Путен'")
    alert.get_by_role("button", name="Владимир Путин").click()
    expect(alert).to_be_hidden()
    expect(page.locator("#view-timeline .lane[data-event-id]").first).to_be_visible()
    assert _query(page)["participant"] == ["putin"]


def test_empty_selection_says_so(page):
    page.goto("/?participant=tokayev&from=1995&to=1996")
    expect(page.locator("#status-line")).to_have_text("No events match these filters.")
    expect(page.locator("#view-timeline")).to_contain_text("Nothing to show.")


def test_phone_width_and_keyboard(browser, live_server):
    context = browser.new_context(base_url=live_server, viewport={"width": 390, "height": 844},
                                  is_mobile=True, has_touch=True)
    try:
        page = context.new_page()
        page.goto(DEEP_LINK + "&view=list")
        expect(page.locator("#view-list > article.event")).to_have_count(4)
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
        expect(page.locator("#more-filters")).to_have_attribute("open", "")  # a filter is set: shown
        page.locator(".toolbar").scroll_into_view_if_needed()
        screenshot(page, "phone")
        # The views are reachable from the keyboard: focus the selected tab, arrow to the next.
        page.locator("#tab-list").focus()
        page.keyboard.press("ArrowRight")
        expect(page.locator("#tab-graph")).to_be_focused()
        expect(page.locator("#tab-graph")).to_have_attribute("aria-selected", "true")
    finally:
        context.close()


def test_docs_render_offline(page):
    page.goto("/docs")
    expect(page.locator(".swagger-ui .info .title")).to_contain_text("Letopis")
    expect(page.locator(".opblock-summary-path").first).to_be_visible()


def test_a_visit_shows_its_parts_inside_it(page):
    page.goto("/?participant=tokayev&participant=putin&view=list")
    visits = page.locator("#view-list > article.event.type-visit")
    expect(visits.first).to_be_visible()
    nested = page.locator("#view-list > article.event.type-visit .parts article.event[data-event-id]")
    expect(nested.first).to_be_visible()
    # A part inside its visit is not listed again at the top level.
    top = set(page.locator("#view-list > article.event").evaluate_all("cards => cards.map(c => c.dataset.eventId)"))
    inner = set(nested.evaluate_all("cards => cards.map(c => c.dataset.eventId)"))
    assert inner and not (top & inner)
    page.goto("/?participant=tokayev&participant=putin&type=visit&view=list")
    expect(page.locator("#view-list .brief-parts li").first).to_be_visible()  # its filtered-out parts, in brief
