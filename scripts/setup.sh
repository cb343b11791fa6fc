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

# Yew, patched (patches/yew-0.23.0-without-unused-features.patch says why): a copy of the crate in
# vendor/yew, which Cargo.toml's [patch.crates-io] points to, so it must exist before any cargo
# command. Taken from Cargo's download cache, or else from crates.io, checked against the same
# checksum Cargo would use; made again whenever the patch file changes.
YEW_VERSION=0.23.0
YEW_SHA256=2c154fadfa97eabdd3f3b79345ceeb9c05ee8f13f76d3d881d17fba618bf558d
setup_vendor() {
  local patch="$ROOT/patches/yew-${YEW_VERSION}-without-unused-features.patch" dest="$ROOT/vendor/yew"
  local stamp crate tmp
  stamp="${YEW_VERSION} $(sha256sum "$patch" | cut -d' ' -f1)"
  [ "$(cat "$dest/.patched" 2>/dev/null)" = "$stamp" ] && return 0
  if ! command -v git >/dev/null; then
    echo "setup: git is needed to apply the Yew patch (apt-get install git)" >&2
    return 1
  fi
  say "Preparing Yew ${YEW_VERSION} with the app's patch (seconds)"
  # Made beside its final place and moved there whole, the stamp written last: an interrupted
  # run leaves no half-made copy that looks finished. Every failure returns 1 (set -e does not
  # apply when the caller is part of an && list).
  mkdir -p "$ROOT/vendor"
  tmp="$(mktemp -d "$ROOT/vendor/.yew-XXXXXX")"
  crate="$(ls "${CARGO_HOME:-$HOME/.cargo}"/registry/cache/*/yew-${YEW_VERSION}.crate 2>/dev/null | head -1 || true)"
  if [ -z "$crate" ]; then
    crate="$tmp/yew.crate"
    if ! curl -sSfL --retry 3 -o "$crate" "https://static.crates.io/crates/yew/yew-${YEW_VERSION}.crate"; then
      echo "setup: could not download yew-${YEW_VERSION}.crate from crates.io" >&2
      rm -rf "$tmp"
      return 1
    fi
  fi
  if ! echo "${YEW_SHA256}  ${crate}" | sha256sum -c --quiet - \
    || ! tar -xzf "$crate" -C "$tmp" \
    || ! (cd "$tmp/yew-${YEW_VERSION}" && GIT_DIR=/nonexistent git apply -p1 "$patch"); then
    # (git apply runs outside any repository: vendor/ is inside this one, which would change
    # the paths it patches.)
    echo "setup: could not make vendor/yew (checksum, archive or patch failed; see above)" >&2
    rm -rf "$tmp"
    return 1
  fi
  rm -rf "$dest"
  mv "$tmp/yew-${YEW_VERSION}" "$dest"
  rm -rf "$tmp"
  echo "$stamp" >"$dest/.patched"
}

setup_build() {
  setup_vendor || return 1
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
  if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] \
     || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    say "Installing npm packages: wasm-opt (binaryen), playwright-core, axe-core (under a minute)"
    npm ci --no-audit --no-fund
  fi
}

# The release wasm: the standard library rebuilt with the app's size settings, and panics that
# stop at once (no panic messages or the formatting code behind them; a panic already stopped the
# app, as the release profile has panic = "abort"). About 10 KB brotli less per patient (8 %).
# Stable Rust takes these two unstable options only with RUSTC_BOOTSTRAP=1; the toolchain stays
# the pinned stable one. Only release builds use them: the tests' wasm is built normally.
release_flags() {
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
