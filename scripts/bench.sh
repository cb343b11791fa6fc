#!/usr/bin/env bash
# Benchmark (slower than the tests; not part of them): builds the release, serves it with
# gzip/brotli like a real host, runs Lighthouse 5x for the widget and 5x for a static comparison
# page (throttling applied and simulated), measures the time to first answer under real CDP
# throttling (7 cold loads each) and the re-render time, and prints a table with the load average.
# Raw reports: bench/reports/ (git-ignored). BENCH_PORT picks the port.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
setup_build
setup_test
if [ ! -x bench/node_modules/.bin/lighthouse ] || [ bench/package-lock.json -nt bench/node_modules/.package-lock.json ]; then
  say "Installing Lighthouse 12.2.3 for the benchmark (under a minute)"
  (cd bench && npm ci --no-audit --no-fund)
fi
say "Building the release"
release_flags
trunk build --release --offline
say "Benchmarking (about 12 minutes)"
node bench/run.mjs
