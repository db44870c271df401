# shellgrade: `make help` lists the targets.
PYTHON ?= python3
IMAGE ?= shellgrade-runner:latest

.PHONY: help setup engine image install lint typecheck test test-fast validate demo bench check clean

help: ## Show this help
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

setup: install engine image ## Everything on a fresh Debian 12: system packages, Python package, Docker engine, image

install: ## Install shellgrade and its development tools (pip, editable)
	$(PYTHON) -m pip install -q -e '.[dev]'

engine: ## Install docker.io, debootstrap and bubblewrap, and start dockerd if none runs (root)
	bash containers/ensure-engine.sh

image: ## Build the runner image from Debian packages (debootstrap + FROM scratch)
	bash containers/build-image.sh $(IMAGE)

lint: ## ruff and mypy
	$(PYTHON) -m ruff check engine tests bench
	$(PYTHON) -m mypy engine

typecheck: ## mypy only
	$(PYTHON) -m mypy engine

test: ## The whole test suite; Docker tests are required (SG_REQUIRE_DOCKER=1)
	SG_REQUIRE_DOCKER=1 $(PYTHON) -m pytest -q

test-fast: ## Tests that need no Docker engine
	$(PYTHON) -m pytest -q -m "not docker"

validate: ## Every reference solution passes every test, in Docker and locally
	$(PYTHON) -m engine.cli validate --backend docker
	$(PYTHON) -m engine.cli validate --backend local

demo: setup ## Set up, then grade the reference solution and a wrong one of head-tail (the main job)
	-$(PYTHON) -m engine.cli grade head-tail reference_solutions/head-tail.sh --backend docker
	-$(PYTHON) -m engine.cli grade head-tail tests/exercises/wrong/head-tail/unquoted.sh --backend docker

bench: ## Benchmarks (ratios against a floor measured in the same run)
	$(PYTHON) -m bench.sandbox_latency
	$(PYTHON) -m bench.lint_corpus

check: setup lint test ## Set up everything, then lint and run all tests (what CI runs)

clean: ## Remove caches and leftover sandboxes
	rm -rf .pytest_cache .mypy_cache .ruff_cache build *.egg-info
	-docker ps -aq --filter label=org.shellgrade.sandbox | xargs -r docker rm -f
