# Set-up and checks; every target creates .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: demo test lint types unit bench clean

$(BIN)/factcheck: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.test-installed: $(BIN)/factcheck
	$(BIN)/pip install --quiet -e '.[test,html,dask]'
	touch $@

demo: $(BIN)/factcheck
	$(BIN)/factcheck check seeds

lint: $(VENV)/.test-installed
	$(BIN)/ruff check src tests examples benchmarks
	$(BIN)/ruff format --check src tests examples benchmarks

types: $(VENV)/.test-installed
	$(BIN)/mypy src

unit: $(VENV)/.test-installed
	$(BIN)/pytest

test: lint types unit

bench: $(VENV)/.test-installed
	$(BIN)/python benchmarks/run.py
	$(BIN)/python benchmarks/reconcile_scale.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
