#!/usr/bin/env bash
# The release build, for clinic web teams: installs what the build needs on a fresh machine (as
# root, Debian with Rust and Node.js 20; skipping what is already there), then writes dist/, a
# folder of static files to copy to any path on any static host (README: hosting and embedding).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
setup_build
say "Building the release into dist/"
release_flags
trunk build --release --offline
say "dist/ is ready: copy all of its files to your host, sw.js included"
