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

dev: $(STAMP) $(WEB_DIST)
	$(BIN)/redgrid dev

# The web app's packages (the tests generate and compile its API clients with them) and its
# build (make dev serves it; the browser tests open it)
WEB_MODULES := web/node_modules/.package-lock.json
$(WEB_MODULES): web/package-lock.json
	cd web && npm ci
WEB_DIST := web/dist/index.html
$(WEB_DIST): $(WEB_MODULES) $(shell find web/src -type f 2>/dev/null) web/index.html web/vite.config.ts web/tsconfig.json web/tsconfig.app.json
	cd web && npm run build

test: $(STAMP) $(WEB_MODULES) $(WEB_DIST)
	$(BIN)/ruff check .
	$(BIN)/lint-imports
	cd web && npm test
	$(BIN)/pytest -q $(PYTEST_ARGS)

unit: $(STAMP)
	$(BIN)/pytest -q tests/unit

integration: $(STAMP)
	$(BIN)/pytest -q tests/integration

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/lint-imports

# A development token: make token ROLE=community_admin ORG=<org id>
token: $(STAMP)
	$(BIN)/redgrid token --role $(or $(ROLE),street_admin) $(if $(ORG),--org $(ORG),)

$(BENCH_STAMP): $(STAMP)
	$(BIN)/pip install --quiet -e '.[test,bench]'
	touch $(BENCH_STAMP)

# The benchmarks: end to end against the bare baseline, city-sized queries, the PII detector,
# make dev's start
# (QUICK=1: the CI smoke test, a small city and no start timing: fails on lost or duplicated
# events and on wrong answers, never on speed). Results in bench/results/.
bench: $(BENCH_STAMP)
	$(BIN)/python -m bench.e2e $(if $(QUICK),--quick,)
	$(BIN)/python -m bench.queries $(if $(QUICK),--quick,)
	$(BIN)/python -m bench.figures $(if $(QUICK),--quick,)
	$(BIN)/python -m bench.masking $(if $(QUICK),--quick,)
	$(if $(QUICK),,$(BIN)/python -m bench.startup)

# The fault-injection suite, long: more load and more faults, then its table (tests/faults/);
# then the schema fuzzing, long: 40 examples per operation (FUZZ_EXAMPLES=n to change), every
# phase for every role, its figures printed (server errors and unparseable answers must be 0).
soak: $(STAMP)
	FAULTS_SOAK=1 $(BIN)/pytest -q --timeout 3600 tests/faults $(PYTEST_ARGS)
	FAULTS_SOAK=1 $(if $(FUZZ_EXAMPLES),REDGRID_FUZZ_EXAMPLES=$(FUZZ_EXAMPLES),) \
		$(BIN)/pytest -q -s --timeout 7200 tests/security/test_fuzz.py $(PYTEST_ARGS)

clean:
	rm -rf $(VENV) .redgrid .pytest_cache
