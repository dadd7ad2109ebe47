# Everything runs from .venv, which the first target that needs it creates.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test fuzz lint check bench screenshots clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,dask]'
	touch $(STAMP)

## Open the app on the bundled sample pair (or: make run ARGS="a.txt b.txt").
run: $(STAMP)
	$(BIN)/newsdiff $(ARGS)

## The whole test suite, on every core.
test: $(STAMP)
	$(BIN)/python -m pytest -q -n auto

## The property tests with fresh random draws (make test's are fixed), again and again.
fuzz: $(STAMP)
	HYPOTHESIS_PROFILE=fuzz $(BIN)/python -m pytest -q -n auto

## ruff (lint and format) and mypy --strict on src/.
lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy

check: lint test

## Benchmarks behind the figures in README.md.
bench: $(STAMP)
	$(BIN)/python bench/run.py

## Regenerate the SVG screenshots in screenshots/.
screenshots: $(STAMP)
	$(BIN)/python screenshots/make.py

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
