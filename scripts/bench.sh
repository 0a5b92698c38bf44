#!/usr/bin/env bash
# make bench: measures the budgets of BENCHMARKS.md ("Budgets") and exits
# non-zero when a hard budget is missed. Builds dist/ and the hello-world
# yardstick (bench/hello) with the same profile in the same run.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
mkdir -p target/bench

echo "==> native engine benchmark"
cargo bench --bench engine 2>/dev/null | tee target/bench/native.txt

echo "==> building dist/ and the hello-world yardstick"
bash scripts/build.sh >/dev/null
rm -rf target/bench/hello-dist
(cd bench/hello && wasm-pack build --target web --release --no-typescript --no-pack \
  --out-dir ../../target/bench/hello-pkg --out-name hello >/dev/null 2>&1)
node_modules/.bin/wasm-opt -Oz target/bench/hello-pkg/hello_bg.wasm -o target/bench/hello-pkg/hello_bg.wasm
mkdir -p target/bench/hello-dist/pkg
cp bench/hello/index.html bench/hello/start.js target/bench/hello-dist/
cp target/bench/hello-pkg/hello.js target/bench/hello-pkg/hello_bg.wasm target/bench/hello-dist/pkg/

echo "==> browser measurements"
node scripts/bench.mjs
