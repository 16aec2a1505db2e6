# The two commands of the README are `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
LANGUAGES := fr de en

.PHONY: demo test lint format install translations messages screenshot serve-prod bench

# Install everything, prepare the demo site and serve it on http://127.0.0.1:8000/
demo: install
	$(BIN)/python manage.py migrate --no-input
	$(BIN)/python manage.py load_demo
	$(BIN)/python manage.py create_demo_account
	$(BIN)/python manage.py runserver 127.0.0.1:8000

# Run the whole test suite (SQLite by default; set DATABASE_URL for PostgreSQL), one worker per
# processor (pytest-xdist; each worker has its own test database). TEST_PROCESSES=0 runs it in one process.
TEST_PROCESSES ?= auto
test: install
	$(BIN)/python -m pytest --numprocesses $(TEST_PROCESSES) --dist worksteal $(PYTEST_ARGS)

# Style: ruff (lint and format) for Python, djhtml for template indentation, and no template
# line longer than 160 characters. `make format` rewrites what `make lint` would refuse.
lint: $(BIN)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djhtml --check templates
	@awk 'length > 160 { print FILENAME ":" FNR ": line longer than 160 characters"; long = 1 } END { exit long }' \
		$$(find templates -name '*.html')

format: $(BIN)/.installed
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	-$(BIN)/djhtml templates

install: $(BIN)/.installed translations

$(BIN)/.installed: requirements.txt requirements-dev.txt
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo 'Python 3.11 or newer is needed (set PYTHON=python3.11).'; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	touch $@

# Compile the interface translations; needs no GNU gettext.
translations: $(BIN)/.installed
	$(BIN)/pybabel compile --domain django --directory locale --statistics

# Refresh the .po files from the code and templates (needs GNU gettext's xgettext).
messages: $(BIN)/.installed
	$(BIN)/python manage.py makemessages --no-obsolete $(foreach language,$(LANGUAGES),--locale $(language)) --ignore .venv
	$(MAKE) translations

# Screenshots of the home page for the README (needs Debian's chromium).
screenshot: install
	$(BIN)/python scripts/screenshot.py

# Serve the demo site as in production (gunicorn, DEBUG off, compressed static files) on http://127.0.0.1:8000/
serve-prod: install
	scripts/serve-prod

# Measure the production server with wrk, page cache on and off (docs/performance.md).
bench: install
	$(BIN)/python scripts/bench.py $(BENCH_ARGS)
