"""The workbench page in a real browser: the API served over HTTP (uvicorn, loopback, a free port) on the
test Neo4j with the seeds ingested, and Playwright driving the system's Chromium (`make browser`).

No browser is downloaded: Playwright launches ``LETOPIS_CHROMIUM`` (default /usr/bin/chromium) with the
flags that keep it off the network. Set ``LETOPIS_SCREENSHOTS=docs/img`` to write a screenshot of each
view there.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from pathlib import Path

import httpx
import pytest
import uvicorn
from pydantic import SecretStr

from app.core.config import Settings
from app.main import create_app
from app.web import vendor_dirs
from service.ingest import collect_files, ingest_files

SEEDS = Path(__file__).resolve().parents[3] / "seeds" / "articles"
CHROMIUM = os.environ.get("LETOPIS_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage"]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def live_server(neo4j_test_server, neo4j_driver):
    """The base URL of the API with the five seed articles, for the browser."""
    missing = [str(folder) for folder in vendor_dirs(Settings().web_modules_dir).values() if not folder.is_dir()]
    if missing:
        pytest.fail(f"the page's browser assets are not installed ({', '.join(missing)}): run `make web`",
                    pytrace=False)
    neo4j_driver.execute_query("MATCH (n) DETACH DELETE n")
    settings = Settings(neo4j_uri=neo4j_test_server.bolt_uri, neo4j_user=neo4j_test_server.user,
                        neo4j_password=SecretStr(neo4j_test_server.password), export_batch=3)
    app = create_app(settings)
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 120
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            pytest.fail("the test API server did not start", pytrace=False)
        time.sleep(0.1)
    store = app.state.store
    store.ensure_schema()
    store.ensure_reference_data()
    assert not ingest_files(store, collect_files([SEEDS])).failed
    base = f"http://127.0.0.1:{port}"
    assert httpx.get(f"{base}/ready").status_code == 200
    # Neo4j plans each new query once (seconds on a busy machine): do it before the browser waits on it.
    for path, params in [("events/detailed", {"participant": ["tokayev", "putin"]}), ("events/detailed", {}),
                         ("graph", {"participant": "tokayev"}), ("persons", {"q": "Путен"})]:
        httpx.get(f"{base}/api/v1/{path}", params=params, timeout=120).raise_for_status()
    yield base
    server.should_exit = True
    thread.join(timeout=15)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import expect

    # The machine running the suite may be busy: give assertions on the page time to come true.
    expect.set_options(timeout=20_000)
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} not found: run `make browser` (Debian's chromium)", pytrace=False)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        # Playwright gives every launch a fresh temporary profile (user-data-dir).
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, live_server, request):
    """A fresh page on the live server; the test fails on any console error or uncaught exception."""
    context = browser.new_context(base_url=live_server, viewport={"width": 1280, "height": 900},
                                  accept_downloads=True)
    problems: list[str] = []

    def offline(route):  # the page must not need any other host (no CDN)
        if route.request.url.startswith(live_server):
            route.continue_()
        else:
            problems.append(f"request to another host: {route.request.url}")
            route.abort()

    context.route("**/*", offline)
    page = context.new_page()
    page.set_default_timeout(20_000)

    def console(msg) -> None:
        # A 4xx the test provokes on purpose is logged by Chromium itself as a failed resource.
        if msg.type == "error" and not (page.http_errors_expected and "status of 4" in msg.text):
            problems.append(f"console.{msg.type}: {msg.text}")

    page.http_errors_expected = False
    page.on("console", console)
    page.on("pageerror", lambda exc: problems.append(f"page error: {exc}"))
    yield page
    context.close()
    assert not problems, problems
