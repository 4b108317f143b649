# Two commands on a fresh machine with Python 3.11: `make demo` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
# uv from PATH, else the copy `make uv` installs for this Python.
UV := $(shell command -v uv 2>/dev/null || echo "$(PYTHON) -m uv")

export GX_ANALYTICS_ENABLED := false
export DO_NOT_TRACK := true
export PREFECT_SERVER_ANALYTICS_ENABLED := false

.PHONY: demo test sync uv lint format browser bench

demo: sync
	$(UV) run newsetl demo

test: sync browser lint
	$(UV) run pytest

sync: uv
	$(UV) sync --locked

uv:
	@command -v uv >/dev/null 2>&1 || $(PYTHON) -m uv --version >/dev/null 2>&1 || $(PYTHON) -m pip install --quiet uv

lint:
	$(UV) run ruff check .
	$(UV) run ruff format --check .

format:
	$(UV) run ruff check --fix .
	$(UV) run ruff format .

# Headless Chromium for the report's browser test (Debian's package).
browser:
	bash scripts/install-chromium.sh

bench: sync
	$(UV) run python benchmarks/extraction.py ../shared/bench/scrapinghub
	$(UV) run python benchmarks/dedupe.py
	$(UV) run python benchmarks/knowledge.py
	$(UV) run python benchmarks/validation.py
