# Set-up and checks; every target creates .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: demo test lint types unit bench fuzz clean

$(BIN)/factcheck: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.test-installed: $(BIN)/factcheck
	$(BIN)/pip install --quiet -e '.[test,html]'
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
	$(BIN)/python benchmarks/hostile.py

# Many more fuzz examples than the test suite runs: FUZZ_EXAMPLES per target (three targets).
FUZZ_EXAMPLES ?= 70000
fuzz: $(VENV)/.test-installed
	FACTCHECK_FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) $(BIN)/pytest tests/fuzz -p no:cacheprovider

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
