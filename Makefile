# ReturnDesk: `make run` to start the app, `make test` to run every test.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)
DEMO_RECEIPTS ?= 5000

.PHONY: help install run test test-fast test-pg dist dist-test bench bench-quick translations lint clean

help:
	@echo "make run          set up (venv, install, migrate) and start ReturnDesk; a demo store the first time"
	@echo "make test         install, lint (ruff, mypy) and run the whole test suite (SQLite and PostgreSQL)"
	@echo "make dist         build the packaged app (PyInstaller one-dir and a .deb) in dist/"
	@echo "make bench-quick  the benchmarks, quick mode (under 2 minutes)"
	@echo "make bench        the full benchmarks (seeds up to 1,000,000 receipts, cached)"

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "Python 3.11 or newer is needed: sudo apt-get install -y python3 python3-venv"; exit 1; }
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "Python 3.11 or newer is needed ($(PYTHON) is older)"; exit 1; }
	@$(PYTHON) -m venv $(VENV) || { echo "Cannot create a virtual environment: sudo apt-get install -y python3-venv"; exit 1; }
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@rm -f $(VENV)/.installed-*
	@touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	@installer/check-system.sh desktop
	@$(BIN)/returndesk db upgrade
	@$(BIN)/returndesk demo seed --receipts $(DEMO_RECEIPTS) --if-empty >/dev/null
	@$(BIN)/returndesk

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy

test: $(STAMP) lint
	@installer/check-system.sh offscreen
	@installer/check-system.sh gui
	@installer/check-postgres.sh $(BIN)/python
	$(BIN)/python -m pytest -q -p no:cacheprovider $(PYTEST_ARGS)

test-fast: $(STAMP)
	$(BIN)/python -m pytest -q -x -m "not slow" $(PYTEST_ARGS)

dist: $(STAMP)
	$(BIN)/python -m pip install --quiet 'pyinstaller>=6.5'
	installer/build-linux.sh

dist-test: dist
	QT_QPA_PLATFORM=offscreen dist/returndesk/returndesk --selftest

translations: $(STAMP)
	$(BIN)/python tools/translations.py

bench-quick: $(STAMP)
	$(BIN)/python -m bench --quick

bench: $(STAMP)
	$(BIN)/python -m bench

clean:
	rm -rf build dist .pytest_cache
