# newsrake: `make demo` and `make test` are the contract with a new user.
# Everything is installed into .venv by these targets; nothing is installed by hand.

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.newsrake-installed
STORE ?= file://./data
BENCH_DIR ?= ../shared/benchmarks/article-extraction

.PHONY: demo test lint eval bench services clean-data help constraints

help:
	@echo "make demo   - set up .venv, serve the bundled sample sites, crawl them into ./data"
	@echo "make test   - set up .venv and test services (redis-server), run every test"
	@echo "make lint   - ruff and mypy --strict"
	@echo "make eval   - score extraction on $(BENCH_DIR) (newsrake vs trafilatura vs readability)"
	@echo "make bench  - benchmarks; figures go to BENCHMARKS.md"

# constraints.txt pins every package to the versions the tests last passed with, so a
# fresh machine resolves the same set; `make constraints` refreshes it from .venv.
$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	# the pip that ships with the venv fails to resolve this dependency set: upgrade it first
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[test]'
	touch $(STAMP)

constraints: $(STAMP)
	$(BIN)/python -m pip freeze --exclude-editable | grep -v '^newsrake' > constraints.txt

demo: $(STAMP)
	$(BIN)/newsrake demo --store $(STORE)

# redis-server backs the distributed-mode tests; chromium renders the inspect report; the moto S3 server is started by the
# tests themselves (tests/services.py). Installed here so a fresh machine needs nothing.
services:
	@command -v redis-server >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "installing redis-server (Debian package)"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null; \
	  else echo "redis-server not found and cannot be installed here: Redis tests will skip (they fail under CI=true)"; fi; }
	@# chromium (headless) renders the `newsrake inspect` report in tests/test_inspect_browser.py
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "installing chromium (Debian package)"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null; \
	  else echo "chromium not found and cannot be installed here: browser tests will skip (they fail under CI=true)"; fi; }

test: $(STAMP) services
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check crawler cleaners tests eval bench
	$(BIN)/mypy

eval: $(STAMP)
	NEWSRAKE_BENCHMARK_DIR=$(BENCH_DIR) $(BIN)/python eval/run_eval.py

bench: $(STAMP) services
	$(BIN)/python bench/run_all.py

clean-data:
	rm -rf ./data
