# Letopis developer entry points. Everything runs from the project virtualenv in .venv.
#
#   make install     create .venv (Python 3.11) and install the project with dev extras
#   make web         install the page's browser assets (npm ci into app/web/node_modules)
#   make browser     install Chromium for the browser tests (Debian's chromium; needs root or sudo)
#   make neo4j       start the local Neo4j (jars from Maven Central on first use)
#   make neo4j-stop  stop it
#   make test        run the test suite (it starts its own throwaway Neo4j)
#   make run         start Neo4j, create the schema, ingest the seeds, serve the API
#   make bench       measure extraction, ingest, queries at 1M events, cold start -> BENCHMARKS.md

PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
INSTALL_STAMP := $(VENV)/.install-stamp
PYTEST_ARGS ?=
BENCH_ARGS ?=

.DEFAULT_GOAL := help
.PHONY: help install web browser neo4j neo4j-stop neo4j-status test run bench
WEB := app/web
WEB_STAMP := $(WEB)/node_modules/.install-stamp
CHROMIUM ?= /usr/bin/chromium

help:
	@sed -n 's/^#   //p' $(MAKEFILE_LIST)

install: $(INSTALL_STAMP)

# Re-runs only when pyproject.toml changes (or the venv is missing/broken).
# natasha's pymorphy2 does not run on Python 3.12+, hence the pinned interpreter.
$(INSTALL_STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { \
		echo "error: $(PYTHON) not found. Letopis needs Python 3.11 (natasha/pymorphy2 fail on 3.12+)." >&2; \
		echo "       Install it, or point make at one: make install PYTHON=/path/to/python3.11" >&2; \
		exit 1; }
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' || { \
		echo "error: $(PYTHON) is not Python 3.11 ($$($(PYTHON) --version 2>&1))." >&2; exit 1; }
	@if [ -x $(BIN)/python ] && ! $(BIN)/python -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))'; then \
		echo "error: $(VENV) uses $$($(BIN)/python --version 2>&1), not 3.11; remove $(VENV) and rerun." >&2; \
		exit 1; fi
	@[ -x $(BIN)/python ] || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --disable-pip-version-check -e '.[dev]'
	@touch $@

# The page and /docs are served offline from these npm packages; re-run only when the lock file changes.
web: $(WEB_STAMP)

$(WEB_STAMP): $(WEB)/package.json $(WEB)/package-lock.json
	@command -v npm >/dev/null 2>&1 || { echo "error: npm not found; install Node.js (npm) to build the page's assets." >&2; exit 1; }
	cd $(WEB) && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	@touch $@

# Playwright drives the system's Chromium (no browser download): a no-op when it is there.
browser:
	@if [ -x $(CHROMIUM) ]; then exit 0; fi; \
	SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium

neo4j: install
	$(BIN)/letopis neo4j start

neo4j-stop: install
	$(BIN)/letopis neo4j stop

neo4j-status: install
	$(BIN)/letopis neo4j status

test: install web browser
	$(BIN)/pytest -q $(PYTEST_ARGS)

run: install web
	$(BIN)/letopis run

# The first run loads a million-event graph into a separate Neo4j (.neo4j/bench), kept for later runs.
bench: install
	$(BIN)/python -m bench run $(BENCH_ARGS)
