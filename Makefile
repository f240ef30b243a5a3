# Fallakte: one entry point for newcomers, CI and benchmarks.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed


.PHONY: help venv run test check lint format bench server clean translations installer installer-test \
	server-package

help:
	@echo "make run    - set up and start the desktop app on a local vault (ARGS=--demo for demo data)"
	@echo "make test   - set up, run every check and the whole test suite"
	@echo "make check  - ruff, ruff format --check, mypy"
	@echo "make bench  - run the benchmarks, figures go to bench/results/"
	@echo "make server - start a trial sync server on SQLite on 127.0.0.1:8765"
	@echo "make installer      - PyInstaller folder dist/fallakte and, on Debian, the .deb"
	@echo "make installer-test - lint and install both .debs, self-test, sync, measure, remove (root)"
	@echo "make server-package - the fallakte-server .deb (dist/fallakte-server_<v>_<arch>.deb)"

venv: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e ".[server,dev]"
	touch $(STAMP)

translations: $(STAMP)
	$(PY) tools/make_translations.py --release

run: $(STAMP) translations
	$(PY) -m desktop_app $(ARGS)

check: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

format: $(STAMP)
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

test: check translations
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q $(PYTEST_ARGS)

bench: $(STAMP)
	$(PY) -m bench

server: $(STAMP)
	mkdir -p .trial-server
	$(VENV)/bin/fallakte-server --db sqlite:///.trial-server/server.db migrate
	$(VENV)/bin/fallakte-server --db sqlite:///.trial-server/server.db serve --host 127.0.0.1 --port 8765

$(VENV)/.installed-build: $(STAMP)
	$(PY) -m pip install -q -e ".[build]"
	touch $@

installer: $(VENV)/.installed-build translations
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath dist \
		--workpath build/pyinstaller installer/fallakte.spec
	if command -v dpkg-deb >/dev/null; then installer/build_deb.sh; fi

installer-test: installer server-package
	installer/test_deb.sh
	installer/server/test_server_deb.sh

server-package: $(STAMP)
	installer/server/build_server_deb.sh

clean:
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache .pytest_cache
