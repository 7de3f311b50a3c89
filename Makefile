# One command starts the system, one runs the tests; both build the virtualenv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PYTEST_ARGS ?=

.PHONY: dev test unit integration lint token bench soak clean
BENCH_STAMP := $(VENV)/.bench-installed

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

dev: $(STAMP)
	$(BIN)/redgrid dev

test: $(STAMP)
	$(BIN)/lint-imports
	$(BIN)/pytest -q $(PYTEST_ARGS)

unit: $(STAMP)
	$(BIN)/pytest -q tests/unit

integration: $(STAMP)
	$(BIN)/pytest -q tests/integration

lint: $(STAMP)
	$(BIN)/lint-imports

# A development token: make token ROLE=community_admin ORG=<org id>
token: $(STAMP)
	$(BIN)/redgrid token --role $(or $(ROLE),street_admin) $(if $(ORG),--org $(ORG),)

$(BENCH_STAMP): $(STAMP)
	$(BIN)/pip install --quiet -e '.[test,bench]'
	touch $(BENCH_STAMP)

# The end-to-end benchmark against the bare baseline (QUICK=1: the CI smoke test, < 2 min,
# which fails on lost or duplicated events, never on speed). Results in bench/results/.
bench: $(BENCH_STAMP)
	$(BIN)/python -m bench.e2e $(if $(QUICK),--quick,)

# The fault-injection suite, long: more load and more faults, then its table (tests/faults/).
soak: $(STAMP)
	FAULTS_SOAK=1 $(BIN)/pytest -q --timeout 3600 tests/faults $(PYTEST_ARGS)

clean:
	rm -rf $(VENV) .redgrid .pytest_cache
