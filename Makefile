# Two commands set everything up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
PORT   ?= 8000
DB     ?= warta.db

.PHONY: install dev demo test lint format clean models bench

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install --quiet -e .

dev: $(BIN)/python
	$(BIN)/pip install --quiet -e '.[dev]'

demo: install
	$(BIN)/warta ingest --examples --db $(DB)
	@echo "Warta is serving on http://127.0.0.1:$(PORT)"
	$(BIN)/warta serve --db $(DB) --port $(PORT)

test: dev
	$(BIN)/ruff check .
	$(BIN)/python -m pytest

lint: dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: dev
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# Rebuild the shipped models from ../shared/data (CPU, about an hour; CI never trains). Nothing is downloaded
# at run time: floret and nlp-id (the `train` extra) are needed for training only.
models: dev
	$(BIN)/pip install --quiet -e '.[train]'
	$(BIN)/python -m training.train all
	$(BIN)/python training/pfsa/clusters.py
	$(BIN)/python training/pfsa/train.py --bag 2 --final

# The benchmarks that need no database (the ingest and API ones take a news database: see bench/*.py).
bench: dev
	$(BIN)/python -m bench.bench_startup
	$(BIN)/python -m bench.bench_tokenizer
	$(BIN)/python -m bench.bench_models

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
