#!/usr/bin/env bash
# Idempotent set-up for a fresh machine: installs only what is missing, and says what it is doing
# and roughly how long it takes. Sourced by serve.sh, test.sh and bench.sh.
#   scripts/setup.sh          build tools (wasm target, trunk, wasm-bindgen-cli, npm packages)
#   scripts/setup.sh --test   also, for the tests: Chromium + chromedriver, poppler and zbar;
#                             WebKitGTK's WebDriver (MiniBrowser) with Xvfb, Firefox ESR and
#                             geckodriver
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"

say() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

setup_build() {
  # rust-toolchain.toml pins the toolchain and names these; rustup normally adds them on first
  # use, but say so and make sure (an older rustup only reads the channel).
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "Adding the wasm32 Rust target (about 1 minute)"
    rustup target add wasm32-unknown-unknown
  fi
  if ! rustup component list --installed 2>/dev/null | grep -q '^rust-src'; then
    say "Adding the Rust standard library's source, to build it smaller for the wasm (under a minute)"
    rustup component add rust-src
  fi
  if ! trunk --version 2>/dev/null | grep -q '^trunk 0\.21\.'; then
    say "Installing trunk 0.21 (compiles from source: about 10 minutes, once)"
    cargo install trunk --version '~0.21' --locked
  fi
  # The CLI must match the wasm-bindgen version pinned in Cargo.lock exactly.
  local wb
  wb="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)"
  if ! wasm-bindgen --version 2>/dev/null | grep -q " ${wb}\$"; then
    say "Installing wasm-bindgen-cli ${wb} (compiles from source: about 5 minutes, once)"
    # --locked fails here (a locked dependency is newer than the registry serves).
    cargo install wasm-bindgen-cli --version "=${wb}"
  fi
  # Every crate the build needs, downloaded now: trunk builds with --offline (so it never
  # downloads tools), which cargo obeys too. That is the project's crates, and the standard
  # library's own for the rebuilt std (release_flags below; docs/decisions/001-rebuilt-std.md).
  # A warm Cargo home makes both a no-op; a fresh one must never be assumed to have them.
  say "Fetching the crates the build needs (seconds when cached)"
  cargo fetch --locked --quiet
  RUSTC_BOOTSTRAP=1 cargo fetch --quiet \
    --manifest-path "$(rustc --print sysroot)/lib/rustlib/src/rust/library/Cargo.toml"
  if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] \
     || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    say "Installing npm packages: wasm-opt (binaryen), playwright-core, axe-core (under a minute)"
    npm ci --no-audit --no-fund
  fi
}

# The release wasm: the standard library rebuilt with the app's size settings, and panics that
# stop at once (no panic messages or the formatting code behind them; a panic already stopped the
# app, as the release profile has panic = "abort"). Stable Rust takes these two unstable options
# only with RUSTC_BOOTSTRAP=1, on the toolchain rust-toolchain.toml pins. Only release builds use
# them: the tests' wasm is built normally. What it buys and how to turn it off (AA_PLAIN_STD=1):
# docs/decisions/001-rebuilt-std.md.
release_flags() {
  [ -n "${AA_PLAIN_STD:-}" ] && return 0
  export RUSTC_BOOTSTRAP=1
  export CARGO_UNSTABLE_BUILD_STD="std,panic_abort"
  export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort"
}

setup_test() {
  local missing=()
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  [ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
  command -v pdftotext >/dev/null || missing+=(poppler-utils)
  # zbarimg decodes the clinician page's QR code from a screenshot.
  command -v zbarimg >/dev/null || missing+=(zbar-tools)
  # The other two engines: WebKit (Safari's) through WebKitWebDriver and MiniBrowser, which need
  # an X display (Xvfb), and Firefox.
  [ -x /usr/bin/WebKitWebDriver ] || missing+=(webkit2gtk-driver)
  command -v Xvfb >/dev/null || missing+=(xvfb)
  [ -x /usr/bin/firefox-esr ] || missing+=(firefox-esr)
  if [ "${#missing[@]}" -gt 0 ]; then
    say "Installing ${missing[*]} from Debian (about 3 minutes, once)"
    # Wait for another apt-get (another developer's set-up) rather than fail.
    as_root apt-get -o DPkg::Lock::Timeout=600 update -qq
    as_root env DEBIAN_FRONTEND=noninteractive \
      apt-get -o DPkg::Lock::Timeout=600 install -y -qq "${missing[@]}" >/dev/null
  fi
  # geckodriver from crates.io (the npm package of that name downloads a binary, which fails here).
  if ! geckodriver --version 2>/dev/null | grep -q '^geckodriver 0\.37\.'; then
    say "Installing geckodriver 0.37 (compiles from source: about 3 to 9 minutes, once)"
    cargo install geckodriver --version '~0.37' --locked
  fi
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  setup_build
  if [ "${1:-}" = "--test" ]; then setup_test; fi
  say "Set-up complete"
fi
