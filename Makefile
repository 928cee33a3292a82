# LLM Sizes — every command a newcomer needs. `make help` lists them.
# Only Python 3.11, make and git are assumed; uv (pinned) comes from PyPI into .tools/.

PYTHON ?= python3
UV_VERSION := 0.13.9
UV := .tools/bin/uv
VENV := .venv
PY := $(VENV)/bin/python
export UV_PYTHON_DOWNLOADS := never
export HF_HUB_DISABLE_TELEMETRY := 1

# `make serve LANG=th` previews English + Thai; the shell's own LANG (e.g. C.UTF-8) is ignored.
ifeq ($(origin LANG),command line)
SITE_LANG := $(LANG)
endif
SITE_LANG ?=

.PHONY: help setup site site-zensical serve test test-fast check refresh bench clean audit

help: ## list the commands
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/' | expand -t 12

$(UV):
	$(PYTHON) -m venv .tools
	.tools/bin/pip install --quiet --disable-pip-version-check "uv==$(UV_VERSION)"

$(VENV)/.synced: $(UV) uv.lock pyproject.toml
	$(UV) sync --frozen --python "$$($(PYTHON) -c 'import sys; print(sys.executable)')"
	@touch $@

setup: $(VENV)/.synced ## create .venv from the lock file (no network beyond PyPI)

site: setup ## build the whole site from committed data into site/
	$(PY) -m pipeline compute --check
	$(PY) -m pipeline build --site-dir site
	@echo "Site built in site/. Preview: make serve  (http://127.0.0.1:8000/)"

# Zensical (Material's successor) is on trial: its own dependency group, never installed by `make setup`
# (see CONTRIBUTING.md, "Zensical"). Builds every language into site-zensical/, then lists
# what differs from site/ (run `make site` first for the comparison).
site-zensical: setup ## trial build with Zensical into site-zensical/, compared with site/
	$(UV) sync --frozen --group zensical
	$(PY) -m pipeline site zensical --site-dir site-zensical
	@if [ -d site ]; then $(PY) -m pipeline site compare site site-zensical; else echo "no site/ to compare with: make site"; fi

# Preview is not strict: a missing translation shows English with a warning instead of stopping.
serve: setup ## preview on http://127.0.0.1:8000/ (English + one language: make serve LANG=th)
	$(if $(SITE_LANG),LLMSIZES_ONLY_LANG=$(SITE_LANG)) $(VENV)/bin/mkdocs serve --no-strict --dev-addr 127.0.0.1:8000

# Two workers, one test file each at a time (module fixtures such as the browser session stay shared):
# on 2 cores the suite takes ~8 minutes instead of ~12.
test: setup ## run the whole test suite (browser tests included)
	$(PY) -m pytest -n 2 --dist loadfile

test-fast: setup ## the inner loop: every test that needs no mkdocs build and no browser (~1 min)
	$(PY) -m pytest -m "not browser and not build" -q -n 2

check: setup ## translation and derived-data checks, as CI runs them
	$(PY) -m pipeline compute --check
	$(PY) -m pipeline i18n status --check
	$(PY) -m pipeline i18n messages --check

refresh: setup ## what the scheduled job does, minus commit and deploy: refresh, test, check, build, summary
	$(PY) -m pipeline refresh || [ $$? -eq 1 ]   # 1 = partial: stale models keep their last good data
	$(MAKE) test check site
	$(PY) -m pipeline changes

bench: setup ## run the benchmarks in bench/
	$(PY) bench/run.py

# The audit tools are pinned in tools/audit/package.json; vnu.jar needs Java (apt-get install default-jre-headless).
tools/audit/node_modules/.installed: tools/audit/package.json tools/audit/package-lock.json
	cd tools/audit && npm ci --no-audit --no-fund --ignore-scripts
	@touch $@

# CI: make audit AUDIT_ARGS=--no-lighthouse. Lighthouse (~4 min for its 15 pages on an idle machine, up to
# three runs of a page that misses) simulates a phone from timings on this machine, so a busy CI
# runner would fail it for reasons that are not the site's.
audit: setup tools/audit/node_modules/.installed ## build, serve at / and a sub-path: Nu Html Checker, link check, Lighthouse
	$(PY) tools/audit/audit.py $(AUDIT_ARGS)

clean: ## remove build output and caches (keeps .venv)
	rm -rf site site-zensical site-shots .cache .pytest_cache .hypothesis
