#!/usr/bin/env bash
# Builds the static site into dist/: wasm-pack (release, --target web), then
# binaryen's wasm-opt -Oz from npm (wasm-pack's own is disabled in Cargo.toml),
# then index.html, web/ and styles/ (joined into styles/app.css, print.css
# apart) beside pkg/, and finally the service
# worker's build id (a hash of every other file) and file list into sw.js.
#
# Optional environment (defaults give the release build in dist/):
#   OUT=dir      output folder (default dist)
#   PKG=dir      wasm-pack's output folder (default pkg)
#   PROFILE=--dev  a quick unoptimized build (no wasm-opt), e.g. for tests
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
OUT="${OUT:-dist}"
PKG="${PKG:-pkg}"
PROFILE="${PROFILE:---release}"

rm -rf "$PKG" "$OUT"
wasm-pack build --target web "$PROFILE" --no-typescript --no-pack --out-dir "$PKG" --out-name kaohe
wasm="$PKG/kaohe_bg.wasm"
if [ "$PROFILE" = "--release" ]; then
  before=$(stat -c %s "$wasm")
  node_modules/.bin/wasm-opt -Oz "$wasm" -o "$wasm.opt"
  mv "$wasm.opt" "$wasm"
  echo "wasm-opt -Oz: $before -> $(stat -c %s "$wasm") bytes"
fi

mkdir -p "$OUT/pkg" "$OUT/styles"
cp index.html "$OUT/"
cp web/* "$OUT/"
# One stylesheet for the screen (main.css first, then the screens' in name
# order), print.css apart (it loads with media="print" and blocks nothing).
for css in styles/main.css $(ls styles/*.css | grep -v -e '/main.css$' -e '/print.css$'); do
  printf '/* %s */\n' "$css"
  cat "$css"
done > "$OUT/styles/app.css"
cp styles/print.css "$OUT/styles/"
cp "$PKG/kaohe.js" "$wasm" "$OUT/pkg/"

# The service worker caches exactly this build: its cache name holds a hash
# of every other file, so any change installs a new cache and drops the old.
node - "$OUT" <<'JS'
const { createHash } = require('node:crypto');
const { readdirSync, readFileSync, statSync, writeFileSync } = require('node:fs');
const { join, relative, sep } = require('node:path');
const out = process.argv[2];
const files = [];
(function walk(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else files.push(relative(out, path).split(sep).join('/'));
  }
})(out);
const cached = files.filter((f) => f !== 'sw.js');
const hash = createHash('sha256');
for (const f of cached) hash.update(f).update('\0').update(readFileSync(join(out, f)));
const id = hash.digest('hex').slice(0, 16);
const sw = join(out, 'sw.js');
const text = readFileSync(sw, 'utf8')
  .replace("'__KAOHE_BUILD_ID__'", JSON.stringify(id))
  .replace('["__KAOHE_FILES__"]', JSON.stringify(['./', ...cached]));
if (text.includes('__KAOHE_')) throw new Error('sw.js placeholders not replaced');
writeFileSync(sw, text);
console.log(`sw.js: build ${id}, ${cached.length + 1} files`);
JS
echo "$OUT/ ready"
