# Everything a fresh clone needs: each target sets up .venv (and node_modules
# for the Prism contract test) on first use, from pinned versions.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SETUP  := $(VENV)/.setup-done
SPEC   := spec/heroku.yaml
CONFIG := spec/heroku.generator.yaml
GEN    := $(BIN)/openapi-pygen generate $(SPEC) --config $(CONFIG) --out generated

# Heroku's complete Platform API as a JSON Hyper-Schema (provenance and sha256 in
# spec/README.md) and its OpenAPI 3.1 conversion, which `make spec` rebuilds.
HYPER_SCHEMA := spec/heroku-schema.json
PLATFORM     := spec/heroku-platform.yaml

.PHONY: setup generate check spec test lint fuzz corpus bench clean

setup: $(SETUP)

# Three distributions: the generator (.), the generated client (generated/) and
# heroku-tools (heroku-tools/), all editable; built with the pinned setuptools.
# (Not generated/pyproject.toml: `make generate` rewrites it every time.)
$(SETUP): requirements.lock pyproject.toml heroku-tools/pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps \
		--no-build-isolation -e . -e generated -e heroku-tools
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

test: $(SETUP) node_modules/.setup-done
	$(BIN)/python -m pytest -q

lint: $(SETUP)
	$(BIN)/black --check generator heroku-tools/heroku_tools tests templates/python/hooks.py
	MYPYPATH=generated $(BIN)/mypy --strict --cache-dir .mypy_cache heroku-tools/heroku_tools
	cd generated && ../$(BIN)/black --check .
	cd generated && ../$(BIN)/mypy --strict --cache-dir ../.mypy_cache heroku_platform_api
	$(BIN)/mypy --strict --follow-imports=silent --cache-dir .mypy_cache generator/irbuild \
		generator/builder.py generator/python_reserved.py

corpus: $(SETUP)
	$(BIN)/python scripts/corpus.py

bench: $(SETUP)
	$(BIN)/python scripts/bench.py

fuzz: $(SETUP)
	FUZZ_EXAMPLES=1000 FUZZ_RANDOM=1 $(BIN)/python -m pytest tests/test_hostile_specs.py -q

clean:
	rm -rf $(VENV) node_modules .pytest_cache .mypy_cache .hypothesis
