# The two commands a new user needs: `make report` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test

.PHONY: report test lint bench eval score-model clean

# torch==2.13.0 first: that pin resolves to the local CPU build; anything else pulls the CUDA stack.
$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python setup.cfg pyproject.toml
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -e .
	touch $@

$(TEST_STAMP): $(STAMP)
	$(BIN)/pip install --quiet -e '.[test,dev]'
	touch $@

report: $(STAMP)
	$(BIN)/crosscheck report sources --output reports/

test: $(TEST_STAMP)
	$(BIN)/python -m pytest -q

lint: $(TEST_STAMP)
	$(BIN)/ruff check compare tests eval benchmarks
	$(BIN)/ruff format --check compare tests eval benchmarks
	$(BIN)/mypy

eval: $(STAMP)
	$(BIN)/python eval/align_eval.py
	$(BIN)/python eval/pairs_eval.py
	$(BIN)/python eval/articles_eval.py

# Refit compare/data/score_model.json (the calibrated finding score) after changing detection rules.
score-model: $(STAMP)
	$(BIN)/python eval/fit_score.py

bench: $(STAMP)
	$(BIN)/python benchmarks/bench.py

clean:
	rm -rf $(VENV) build *.egg-info
