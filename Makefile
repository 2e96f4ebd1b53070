# Set-up and checks; every target creates .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: demo test lint types unit bench quality fuzz clean browser report-shots

$(BIN)/factcheck: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.test-installed: $(BIN)/factcheck
	$(BIN)/pip install --quiet -e '.[test,html,ftm,dask]'
	touch $@

# Debian's chromium (and its driver) for the browser tests, from the distribution's packages;
# skipped when it is already there. Playwright drives it; it never downloads a browser.
CHROMIUM := /usr/bin/chromium

browser: $(CHROMIUM)

$(CHROMIUM):
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null

# The seed report as HTML and a 1400 px wide screenshot in shots/ (not committed).
report-shots: $(VENV)/.test-installed $(CHROMIUM)
	$(BIN)/python -m tests.browser.report_shots shots

demo: $(BIN)/factcheck
	$(BIN)/factcheck check seeds

lint: $(VENV)/.test-installed
	$(BIN)/ruff check src tests examples benchmarks
	$(BIN)/ruff format --check src tests examples benchmarks

types: $(VENV)/.test-installed
	$(BIN)/mypy src

unit: $(VENV)/.test-installed $(CHROMIUM)
	$(BIN)/pytest

test: lint types unit

# About ten minutes on the shared 2-core machine; the hostile shapes get a cap of 30 s a
# measurement, as the parser is past the 10 s/MB target at 100 KB already.
bench: quality $(VENV)/.test-installed
	$(BIN)/python benchmarks/run.py
	$(BIN)/python benchmarks/extractors.py
	$(BIN)/python benchmarks/hostile.py --profile --cap 30 --slow 20
	$(BIN)/python benchmarks/reconcile_scale.py

# score.py's figures for the rule and the parser extractor side by side (needs ../shared).
quality: $(VENV)/.test-installed
	$(BIN)/python benchmarks/quality.py

# Many more fuzz examples than the test suite runs: FUZZ_EXAMPLES per target (three targets).
FUZZ_EXAMPLES ?= 70000
fuzz: $(VENV)/.test-installed
	FACTCHECK_FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) $(BIN)/pytest tests/fuzz -p no:cacheprovider

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
