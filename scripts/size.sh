#!/usr/bin/env bash
# Prints raw and gzip (-9) sizes of the wasm, JS and CSS in dist/.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d dist ] || { echo "no dist/: run make build first" >&2; exit 1; }
total_raw=0; total_gz=0
printf '%-32s %10s %10s\n' file raw gzip
while IFS= read -r f; do
  raw=$(stat -c %s "$f"); gz=$(gzip -9 -c "$f" | wc -c)
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz))
  printf '%-32s %10d %10d\n' "${f#dist/}" "$raw" "$gz"
done < <(find dist -type f \( -name '*.wasm' -o -name '*.js' -o -name '*.css' \) | sort)
printf '%-32s %10d %10d\n' total "$total_raw" "$total_gz"
