# sourcetrace — `make demo` and `make test` are the two commands of the quickstart.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
EXAMPLE := examples/beispiel.txt

.PHONY: demo test lint types unit install dev eval gate bench overlap models clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install -q -e .

dev: $(BIN)/python
	$(BIN)/pip install -q -e ".[dev]"

## demo: analyse the bundled example (terminal report, out/beispiel.html), then ingest and link the
## invented articles of examples/corpus and print their story report (out/story.html)
demo: install
	@mkdir -p out
	$(BIN)/sourcetrace analyze $(EXAMPLE)
	$(BIN)/sourcetrace analyze $(EXAMPLE) --format html -o out/beispiel.html
	$(BIN)/sourcetrace analyze $(EXAMPLE) --format json -o out/beispiel.json
	@echo "HTML report: out/beispiel.html   JSON: out/beispiel.json"
	@# the corpus path: invented articles of examples/corpus → store → linking → the story report
	$(BIN)/pip install -q -e ".[corpus,link]"
	rm -f out/demo.db
	$(BIN)/sourcetrace ingest examples/corpus/articles.jsonl --db sqlite:///out/demo.db --workers 1
	$(BIN)/sourcetrace link --db sqlite:///out/demo.db
	$(BIN)/sourcetrace stories --db sqlite:///out/demo.db
	STORY=$$($(BIN)/sourcetrace stories --db sqlite:///out/demo.db | head -1 | cut -d' ' -f1); \
	$(BIN)/sourcetrace story $$STORY --db sqlite:///out/demo.db && \
	$(BIN)/sourcetrace story $$STORY --db sqlite:///out/demo.db --format html -o out/story.html
	@echo "Story report: out/story.html   store: out/demo.db (claims: sourcetrace export claims --db sqlite:///out/demo.db)"

## test: exactly what CI runs — lint, types, tests
test: dev lint types unit

lint:
	$(BIN)/ruff check src tests benchmarks recipes

types:
	$(BIN)/mypy

unit:
	$(BIN)/python -m pytest

## eval: the figures of the README (needs ../shared/data)
eval: install
	$(BIN)/sourcetrace eval seed
	$(BIN)/sourcetrace eval curated
	$(BIN)/sourcetrace eval de-news-quotes --split test
	$(BIN)/sourcetrace eval polnear --split test
	$(BIN)/sourcetrace eval krauts
	$(BIN)/sourcetrace eval embeds
	$(BIN)/sourcetrace eval dates

## gate: the quality floors of de-news-quotes test and the curated articles (benchmarks/quality_baseline.json)
gate: install
	$(BIN)/python benchmarks/quality_gate.py

## bench: speed and memory on de-news-quotes test (needs ../shared/data)
bench: install
	$(BIN)/python benchmarks/speed.py

## overlap: the lines this branch adds (RANGE, default main...HEAD) that share 7 words with a text of
## ../shared — corpus text must never enter the repository (exit 1 on a hit; skipped without ../shared)
RANGE ?= main...HEAD
overlap:
	$(PY) benchmarks/corpus_overlap.py $(RANGE)

## models: rebuild the shipped spaCy models of step syntax.v1 (needs ../shared/data; 20-40 min each)
models: dev
	nice -n 10 $(BIN)/python recipes/train_syntax.py en
	nice -n 10 $(BIN)/python recipes/train_syntax.py de
	nice -n 10 $(BIN)/python recipes/train_syntax.py de-ud

clean:
	rm -rf $(VENV) out .mypy_cache .pytest_cache .ruff_cache
