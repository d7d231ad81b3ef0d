# Russian news search: `make run` to build the index and serve, `make test` to check.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
CORPUS ?= corpus
INDEX ?= var/index
HOST ?= 127.0.0.1
PORT ?= 8000
JOBS ?=
THREADS ?= 8
WORKERS ?=
SCALE ?=
export NEWS_SEARCH_INDEX := $(INDEX)

JOBS_ARG := $(if $(JOBS),--jobs $(JOBS),)

.PHONY: help install index reindex run serve test lint format bench eval lines leads ends headlines headpicks stress weights clean

help: ## list the targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/' | expand -t 12

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

install: $(VENV)/.installed ## create .venv and install the project with its test tools

index: install ## index new and changed articles of CORPUS into INDEX (incremental)
	$(PY) -O -m indexer build $(CORPUS) --index $(INDEX) $(JOBS_ARG)

reindex: install ## rebuild INDEX from scratch (searchers keep the old one until it is done)
	$(PY) -O -m indexer build $(CORPUS) --index $(INDEX) --full $(JOBS_ARG)

run: install ## build the index if there is none, then serve the site on HOST:PORT
	@ls $(INDEX)/_MAIN_*.toc >/dev/null 2>&1 || $(MAKE) index
	$(MAKE) serve

serve: install ## serve INDEX on HOST:PORT: WORKERS waitress processes (default: one per core)
	$(PY) -m search_ui.serve --host $(HOST) --port $(PORT) --threads $(THREADS) $(if $(WORKERS),--workers $(WORKERS),)

test: install lint ## lint, then every test (browser included)
	$(PY) -m pytest

lint: install ## ruff check and format check
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: install ## reformat the code with ruff
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

bench: install ## speed and memory against the baselines (BENCH_ARGS=--quick; SCALE=N: build at N articles)
	$(PY) -m bench.speed --corpus $(if $(filter corpus,$(CORPUS)),../shared/corpus,$(CORPUS)) $(BENCH_ARGS)
	$(if $(SCALE),$(PY) -m bench.scale --scale $(SCALE) $(JOBS_ARG),@echo "SCALE=N: also the build at N synthetic articles")

eval: install ## search quality against the baselines (BENCH_ARGS=--quick): bench/results/
	$(PY) -m bench.quality --corpus $(if $(filter corpus,$(CORPUS)),../shared/corpus,$(CORPUS)) $(BENCH_ARGS)

lines: install ## train the scraped pages' line scorer (indexer/sources/linescore.json); LINES_ARGS=--measure: leave-one-site-out
	$(PY) -m bench.linetrain $(LINES_ARGS)

leads: install ## train the scraped pages' lead decision (indexer/sources/leadscore.json); LEADS_ARGS=--measure: leave-one-site-out
	$(PY) -m bench.leadtrain $(LEADS_ARGS)

ends: install ## train the scraped pages' end of the text (indexer/sources/endscore.json); ENDS_ARGS=--measure: leave-one-site-out
	$(PY) -m bench.endtrain $(ENDS_ARGS)

headlines: install ## train the scraped pages' headline decision (indexer/sources/titlescore.json); HEADLINES_ARGS=--measure: leave-one-site-out
	$(PY) -m bench.headlinetrain $(HEADLINES_ARGS)

headpicks: install ## train the scraped pages' headline choice (indexer/sources/titlepick.json); HEADPICKS_ARGS=--measure: folds of sites
	$(PY) -m bench.titlepicktrain $(HEADPICKS_ARGS)

stress: install ## long reliability checks: rebuilds under load, killed builds
	$(PY) -m pytest -m stress tests/stress

weights: install ## the learned decisions' stored weights are those the recorded pages train (about 7 minutes)
	$(PY) -m pytest -m weights tests

clean: ## remove the index and caches
	rm -rf var .pytest_cache .ruff_cache
