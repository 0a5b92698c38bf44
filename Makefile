# Kaohe: the two commands a new user needs are `make serve` and `make test`.
# Both install what is missing (scripts/setup.sh) and skip what is present.
SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(PATH)
PORT ?= 8080
CHROMEDRIVER ?= /usr/bin/chromedriver
# Every tests/browser*.rs is a browser test target (wasm-bindgen-test).
BROWSER_TESTS = $(patsubst tests/%.rs,--test %,$(wildcard tests/browser*.rs))

.PHONY: serve test build setup setup-test test-native test-browser test-wasm-features check-floor test-e2e size fuzz bench clean

## serve: install what is missing, build dist/, serve it on http://127.0.0.1:$(PORT)
serve: build
	node scripts/serve.mjs dist $(PORT)

## test: install what is missing (incl. chromium, chromedriver, CJK fonts), run every test
test: setup-test
	$(MAKE) --no-print-directory test-native test-browser build test-wasm-features check-floor test-e2e

## build: dist/ (wasm-pack release + wasm-opt -Oz + static files)
build: setup
	bash scripts/build.sh

setup:
	bash scripts/setup.sh

setup-test:
	bash scripts/setup.sh --test

test-native:
	cargo test

# Without debug info the wasm test binaries are 25 MB instead of 115 MB each
# (wasm-pack builds every test target): 0.7 GB of target/ instead of 2.8 GB.
test-browser:
	CARGO_PROFILE_DEV_DEBUG=0 wasm-pack test --headless --chrome --chromedriver $(CHROMEDRIVER) -- $(BROWSER_TESTS)

# The wasm may use only these features (they set the minimum browsers in the
# README): a new one must be a deliberate change of this list and the README.
WASM_FEATURES = wasm1,mutable-global,sign-extension,saturating-float-to-int,multi-value,bulk-memory,reference-types
test-wasm-features:
	wasm-tools validate --features=$(WASM_FEATURES) dist/pkg/kaohe_bg.wasm
	@echo "dist/pkg/kaohe_bg.wasm uses only: $(WASM_FEATURES)"

# The crate without its screens (the `ui` feature) must keep building:
# `make bench` measures that build as the floor of the bundle and start.
check-floor:
	cargo check --release --target wasm32-unknown-unknown --lib --no-default-features

test-e2e:
	node --test --test-concurrency=1 tests/e2e/*.test.mjs

## size: raw and gzip sizes of the wasm, JS and CSS in dist/
size:
	@[ -d dist ] || $(MAKE) --no-print-directory build
	bash scripts/size.sh

## bench: measure the budgets (bundle, start, engine, recompute, goal seek); writes BENCHMARKS.md; fails on a missed hard budget
bench: setup-test
	bash scripts/bench.sh

## fuzz: run every cargo-fuzz target for FUZZ_SECONDS (default 180) each; log in FUZZING.md
fuzz:
	bash scripts/fuzz.sh

clean:
	rm -rf dist pkg target tests/e2e/artifacts
