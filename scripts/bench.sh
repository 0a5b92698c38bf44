#!/usr/bin/env bash
# make bench: measures the budgets of BENCHMARKS.md ("Budgets") and exits
# non-zero when a hard budget is missed. Builds dist/, the hello-world
# yardstick (bench/hello) and the floor (dist/ with the crate built without
# its screens) with the same profile in the same run.
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

echo "==> building the floor: the same page and crate without the screens (--no-default-features)"
rm -rf target/bench/floor-pkg target/bench/floor-dist
wasm-pack build --target web --release --no-typescript --no-pack \
  --out-dir target/bench/floor-pkg --out-name kaohe -- --no-default-features >/dev/null 2>&1
node_modules/.bin/wasm-opt -Oz target/bench/floor-pkg/kaohe_bg.wasm -o target/bench/floor-pkg/kaohe_bg.wasm
cp -r dist target/bench/floor-dist
cp target/bench/floor-pkg/kaohe.js target/bench/floor-pkg/kaohe_bg.wasm target/bench/floor-dist/pkg/

echo "==> browser measurements"
node scripts/bench.mjs
