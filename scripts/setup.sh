#!/usr/bin/env bash
# Installs what Kaohe's build needs, and with --test also what its tests need.
# Idempotent: everything already present at the right version is skipped.
#   build: wasm32 target, wasm-pack, wasm-bindgen-cli (Cargo.lock's version),
#          npm dev packages from package-lock.json (binaryen, playwright-core, axe-core)
#   test:  + wasm-tools (feature check of the built wasm), Debian's chromium,
#          chromium-driver and fonts-noto-cjk
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

WASM_PACK_VERSION=0.15.1
say() { printf '==> %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(wasm-pack --version 2>/dev/null || true)" != "wasm-pack $WASM_PACK_VERSION" ]; then
  say "installing wasm-pack $WASM_PACK_VERSION"
  cargo install wasm-pack --version "$WASM_PACK_VERSION"
fi

# wasm-pack uses the wasm-bindgen on PATH only when it matches Cargo.lock.
wb_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ -z "$wb_version" ]; then
  echo "setup: no wasm-bindgen in Cargo.lock" >&2
  exit 1
fi
if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $wb_version" ]; then
  say "installing wasm-bindgen-cli $wb_version"
  cargo install wasm-bindgen-cli --version "$wb_version"
fi

# npm dev packages, exactly as locked; a stamp records what was installed.
if ! cmp -s package-lock.json node_modules/.kaohe-lock; then
  say "installing npm dev packages (npm ci)"
  npm ci --no-audit --no-fund
  cp package-lock.json node_modules/.kaohe-lock
fi

if [ "${1:-}" = "--test" ]; then
  WASM_TOOLS_VERSION=1.263.0
  if [ "$(wasm-tools --version 2>/dev/null || true)" != "wasm-tools $WASM_TOOLS_VERSION" ]; then
    say "installing wasm-tools $WASM_TOOLS_VERSION"
    cargo install wasm-tools --version "$WASM_TOOLS_VERSION" --locked
  fi
  missing=()
  for pkg in chromium chromium-driver fonts-noto-cjk; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$pkg")
    fi
  done
  if [ ${#missing[@]} -gt 0 ]; then
    say "installing ${missing[*]} (Debian packages)"
    sudo_cmd=()
    [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get update -q
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -q "${missing[@]}"
  fi
fi
say "tools ready"
