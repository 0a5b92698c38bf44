#!/usr/bin/env bash
# Builds the static site into dist/: wasm-pack (release, --target web), then
# binaryen's wasm-opt -Oz from npm (wasm-pack's own is disabled in Cargo.toml),
# then index.html, web/ and styles/ beside pkg/.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

rm -rf pkg dist
wasm-pack build --target web --release --no-typescript --no-pack --out-dir pkg --out-name kaohe
wasm=pkg/kaohe_bg.wasm
before=$(stat -c %s "$wasm")
node_modules/.bin/wasm-opt -Oz "$wasm" -o "$wasm.opt"
mv "$wasm.opt" "$wasm"
echo "wasm-opt -Oz: $before -> $(stat -c %s "$wasm") bytes"

mkdir -p dist/pkg dist/styles
cp index.html dist/
cp web/* dist/
cp styles/*.css dist/styles/
cp pkg/kaohe.js "$wasm" dist/pkg/
echo "dist/ ready"
