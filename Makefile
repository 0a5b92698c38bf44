# Kaohe: the two commands a new user needs are `make serve` and `make test`.
# Both install what is missing (scripts/setup.sh) and skip what is present.
SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(PATH)
PORT ?= 8080
CHROMEDRIVER ?= /usr/bin/chromedriver

.PHONY: serve test build setup setup-test test-native test-browser test-e2e size clean

## serve: install what is missing, build dist/, serve it on http://127.0.0.1:$(PORT)
serve: build
	node scripts/serve.mjs dist $(PORT)

## test: install what is missing (incl. chromium, chromedriver, CJK fonts), run every test
test: setup-test
	$(MAKE) --no-print-directory test-native test-browser build test-e2e

## build: dist/ (wasm-pack release + wasm-opt -Oz + static files)
build: setup
	bash scripts/build.sh

setup:
	bash scripts/setup.sh

setup-test:
	bash scripts/setup.sh --test

test-native:
	cargo test

test-browser:
	wasm-pack test --headless --chrome --chromedriver $(CHROMEDRIVER) -- --test browser

test-e2e:
	node --test --test-concurrency=1 tests/e2e/*.test.mjs

## size: raw and gzip sizes of the wasm, JS and CSS in dist/
size:
	@[ -d dist ] || $(MAKE) --no-print-directory build
	bash scripts/size.sh

clean:
	rm -rf dist pkg target tests/e2e/artifacts
