# Riverbend patient messaging assistant. `make run` and `make test` are all a fresh
# machine needs; every target sets up what it uses.
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV := .venv
PY := $(VENV)/bin/python
PYTHON_VERSION := $(shell cat .python-version)
# Python 3.10 (Rasa 3.6 needs < 3.11): pyenv's build if present, else python3.10 on PATH.
PYTHON310 ?= $(firstword $(wildcard $(HOME)/.pyenv/versions/$(PYTHON_VERSION)/bin/python) $(shell command -v python3.10))
STAMP := $(VENV)/.installed-$(shell cat requirements.txt constraints.txt | sha1sum | cut -c1-12)
# Rasa's CLI with third-party noise filtered (bot/third_party_noise.py)
RASA := $(PY) -m bot.rasa_cli
export RASA_TELEMETRY_ENABLED := false
# Quieter consoles: TensorFlow's C++ info/warnings and SQLAlchemy's 2.0 notice (Rasa pins 1.4).
export TF_CPP_MIN_LOG_LEVEL := 2
export SQLALCHEMY_SILENCE_UBER_WARNING := 1
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: help setup run run-cluster services train validate evaluate publish rollback models test lint bench bench-safety bench-scope bench-scale bench-console safety-model scope-model purge clean

help:
	@echo "make run       set up, train if needed, start the assistant (Ctrl-C stops)"
	@echo "make run-cluster [WORKERS=2]  the same behind nginx: N Rasa workers, PostgreSQL, Redis (docs/DEPLOY.md)"
	@echo "make test      set up, then every test (unit, integration, browser, NLU, stories)"
	@echo "make train     retrain the model if data/ or config/ changed (FORCE=1 to always; fine-tunes when only examples changed)"
	@echo "make validate  check the facts file and the training data (each problem with file:line)"
	@echo "make evaluate  held-out NLU scores, evaluation sets (patients' messages), test conversations: results/evaluation/"
	@echo "make publish   put the newest model live in the running server, if it is not worse (ROLLBACK: make rollback)"
	@echo "make models    the model history: which model is live, what was published or refused"
	@echo "make bench     safety detector scores and latency vs Presidio, then latency, throughput,"
	@echo "               memory and training time vs the stock Rasa bot"
	@echo "make bench-safety  only the safety detector benchmark (bench/safety.py: dev, held-out, leave-one-source-out; minutes)"
	@echo "make safety-model  retrain the safety classifier from ../shared/corpora and the project's data (SAFETY_CORPORA_DIR)"
	@echo "make scope-model   rebuild the out-of-scope gate from ../shared/corpora and data/nlu (after adding an intent)"
	@echo "make bench-scope   the out-of-scope gate, leave one source out (bench/scope.py)"
	@echo "make bench-scale   1 worker on SQLite, 1-3 workers behind nginx on PostgreSQL and Redis, vs stock Rasa"
	@echo "make bench-console the analytics page and the staff queue with 100,000 conversations and 5,000 waiting (SQLite, PostgreSQL)"
	@echo "make purge     delete secure conversations and held messages past their retention"
	@echo "make lint      ruff"

$(PY):
	@test -n "$(PYTHON310)" || { echo "Python $(PYTHON_VERSION) not found: install it with 'pyenv install $(PYTHON_VERSION)'"; exit 1; }
	$(PYTHON310) -m venv $(VENV)

$(STAMP): requirements.txt constraints.txt | $(PY)
	@# -qq: errors only (this machine's pip configuration warns once per package about index folders it lacks)
	$(PY) -m pip install --quiet --quiet -r requirements.txt -c constraints.txt
	rm -f $(VENV)/.installed-* && touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --silent
	touch $@

.env: .env.example | $(STAMP)
	$(PY) -m bot.launcher env

setup: $(STAMP) node_modules/.installed .env

run: setup
	$(PY) -m bot.launcher run

# Debian's PostgreSQL, Redis and nginx, installed if missing (the cluster and its tests start private instances)
services:
	@bash scripts/ensure-services.sh

run-cluster: setup services
	$(PY) -m bot.cluster.launcher $(if $(WORKERS),--workers $(WORKERS),)

train: setup
	$(PY) -m bot.launcher train --finetune $(if $(FORCE),--force,)

validate: setup
	$(PY) -m bot.training.validate
	$(RASA) data validate --domain config/domain.yml --data data --config config/config.yml --fail-on-warnings

evaluate: train
	$(PY) -m bot.training.evaluate

publish: train
	$(PY) -m bot.training.publish

rollback: setup
	$(PY) -m bot.training.publish --rollback

models: setup
	$(PY) -m bot.training.publish --history

test: setup services
	bash scripts/ensure-chromium.sh
	$(PY) -m pytest

lint: setup
	$(PY) -m ruff check .

bench: setup
	$(PY) bench/safety.py
	$(PY) bench/run.py

bench-safety: setup
	$(PY) bench/safety.py

safety-model: setup
	$(PY) -m bot.safety.train_classifier

scope-model: setup
	$(PY) -m bot.scope.train

bench-scope: setup
	$(PY) bench/scope.py

bench-scale: setup services
	$(PY) bench/scale.py

bench-console: setup services
	$(PY) bench/console.py

purge: setup
	$(PY) -m bot.retention purge

clean:
	rm -rf models results var/test bench/out .pytest_cache
