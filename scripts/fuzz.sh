#!/usr/bin/env bash
# make fuzz: runs every cargo-fuzz target (fuzz/fuzz_targets) for
# FUZZ_SECONDS each (default 180) on the nightly toolchain, installing
# cargo-fuzz if missing. Crashes are copied to tests/fuzz-regressions/<target>/
# (so `make test` replays them) and each run is logged in FUZZING.md.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
SECONDS_PER_TARGET=${FUZZ_SECONDS:-180}
CARGO_FUZZ_VERSION=0.13.2

if ! rustup toolchain list | grep -q '^nightly'; then
  rustup toolchain install nightly --profile minimal
fi
if [ "$(cargo fuzz --version 2>/dev/null || true)" != "cargo-fuzz $CARGO_FUZZ_VERSION" ]; then
  cargo install cargo-fuzz --version "$CARGO_FUZZ_VERSION" --locked
fi

cargo run --quiet --example fuzz_seeds -- fuzz/seeds
targets=$(sed -n 's/^name = "\(.*\)"$/\1/p' fuzz/Cargo.toml | grep -v '^kaohe-fuzz$')
date=$(date -u +%Y-%m-%d)
machine="$(nproc) cores, $(free -g | awk '/^Mem:/ { print $2 }') GiB, $(uname -m)"
status=0
for t in $targets; do
  mkdir -p "fuzz/corpus/$t" "fuzz/artifacts/$t"
  log="fuzz/artifacts/$t.log"
  echo "==> fuzzing $t for ${SECONDS_PER_TARGET}s"
  set +e
  (cd fuzz && cargo +nightly fuzz run "$t" "corpus/$t" "seeds/$t" -- \
      -max_total_time="$SECONDS_PER_TARGET" -rss_limit_mb=2048 -max_len=400000 \
      -print_final_stats=1) >"$log" 2>&1
  rc=$?
  set -e
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  corpus=$(find "fuzz/corpus/$t" -type f | wc -l)
  crashes=0
  for f in fuzz/artifacts/"$t"/crash-* fuzz/artifacts/"$t"/oom-* fuzz/artifacts/"$t"/timeout-*; do
    [ -e "$f" ] || continue
    cp "$f" "tests/fuzz-regressions/$t/"
    crashes=$((crashes + 1))
  done
  echo "    $t: ${execs:-?} executions, corpus $corpus, crashes $crashes (exit $rc; log $log)"
  printf '| %s | %s | %ss | %s | %s | %s | %s |\n' "$date" "$t" "$SECONDS_PER_TARGET" "${execs:-?}" "$corpus" "$crashes" "$machine" >>FUZZING.md
  if [ "$crashes" -gt 0 ] || { [ "$rc" -ne 0 ] && [ -z "$execs" ]; }; then status=1; fi
done
[ "$status" -eq 0 ] && echo "fuzzing found no crash" || echo "fuzzing found problems: see above; crashing inputs are now in tests/fuzz-regressions/"
exit "$status"
