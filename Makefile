# budget-qa: two commands on a fresh machine (Python 3.11, git, make/bash):
#   make run    set up everything, build the index from data/, start the chat app
#   make test   set up everything and run the whole test suite
PYTHON ?= $(shell command -v python3.11 2>/dev/null || command -v python3)
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
PORT   ?= 8501

.PHONY: setup index run test lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	# torch first, the CPU build: an unpinned torch pulled in by another package is a multi-GB CUDA build
	$(PY) -m pip install --quiet torch==2.13.0
	$(PY) -m pip install --quiet -e ".[test]"
	touch $(STAMP)

setup: $(STAMP)

index: setup
	$(VENV)/bin/budget-qa ingest data/*.txt

run: index
	$(VENV)/bin/budget-qa app --port $(PORT)

lint: setup
	$(PY) -m ruff check .

test: setup
	bash scripts/ensure_chromium.sh
	$(PY) -m ruff check .
	$(PY) -m pytest

bench: index
	$(PY) -m benchmarks

clean:
	rm -rf $(VENV) .budget-qa .pytest_cache .ruff_cache
