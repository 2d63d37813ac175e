# resqa developer tasks. `make run` and `make test` work on a fresh clone (see README).
VENV ?= .venv
PYTHON ?= python3
PY := $(VENV)/bin/python
BIN := $(VENV)/bin
# The CPU build of torch. Elsewhere: make install TORCH_PIP_ARGS="--index-url https://download.pytorch.org/whl/cpu"
TORCH_SPEC ?= torch==2.13.0
TORCH_PIP_ARGS ?=
PYTEST_ARGS ?=

.PHONY: install run test test-fast lint format bench system-deps clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q $(TORCH_PIP_ARGS) "$(TORCH_SPEC)"
	$(PY) -m pip install -q -e '.[dev]'
	touch $@

# Chromium and CJK fonts for the real-browser tests (Debian packages; needs root or sudo).
system-deps:
	@if command -v chromium >/dev/null 2>&1 && fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; then \
		echo "chromium and fonts-noto-cjk present"; \
	else \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -q && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -q chromium fonts-noto-cjk; \
	fi

run: install
	$(BIN)/resqa index
	$(BIN)/resqa serve

test: install system-deps
	$(BIN)/pytest $(PYTEST_ARGS)

test-fast: install
	$(BIN)/pytest -m "not slow and not browser and not server and not model" $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check bot index ui tests
	$(BIN)/ruff format --check bot index ui tests
	$(BIN)/mypy

format: install
	$(BIN)/ruff check --fix bot index ui tests
	$(BIN)/ruff format bot index ui tests

bench: install
	$(BIN)/resqa bench

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache test-artifacts
