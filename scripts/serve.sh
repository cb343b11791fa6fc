#!/usr/bin/env bash
# Build the widget (release) and serve it at http://127.0.0.1:8080, rebuilding on changes.
# Installs anything missing first; on a machine that has everything it starts in seconds.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
setup_build
say "Building and serving at http://127.0.0.1:8080 (Ctrl-C to stop)"
release_flags
exec trunk serve --release --offline --no-autoreload --address 127.0.0.1 --port "${PORT:-8080}"
