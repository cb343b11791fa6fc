#!/usr/bin/env bash
# Run every test, failing on the first problem, and end with a one-line summary.
#   formatting and lints (native and wasm32) → native tests → browser component tests
#   (wasm-bindgen-test in headless Chromium) → release build → end-to-end tests with Playwright and
#   axe against the release build → size report and budget.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
set +e

LOG_DIR="$ROOT/target/test-logs"
mkdir -p "$LOG_DIR"
STAGES_OK=0
TESTS_PASSED=0
TESTS_FAILED=0
SERVER_PID=""

summary() {
  local status="$1"
  [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null
  printf '\nSUMMARY: %s — %d stages passed; tests: %d passed, %d failed\n' \
    "$status" "$STAGES_OK" "$TESTS_PASSED" "$TESTS_FAILED"
}

# Add up "test result: ok. N passed; M failed" (cargo) and "# pass N" / "# fail M" (node --test).
count() {
  local log="$1" p f
  p=$(grep -Eo 'test result: [a-zA-Z]+\. [0-9]+ passed' "$log" | grep -Eo '[0-9]+ passed' | awk '{s+=$1} END {print s+0}')
  f=$(grep -Eo '[0-9]+ failed' "$log" | awk '{s+=$1} END {print s+0}')
  p=$((p + $(grep -E '^# pass [0-9]+' "$log" | awk '{s+=$3} END {print s+0}')))
  f=$((f + $(grep -E '^# fail [0-9]+' "$log" | awk '{s+=$3} END {print s+0}')))
  TESTS_PASSED=$((TESTS_PASSED + p))
  TESTS_FAILED=$((TESTS_FAILED + f))
}

stage() {
  local name="$1"; shift
  local log="$LOG_DIR/$(echo "$name" | tr ' /' '__').log"
  say "$name"
  "$@" 2>&1 | tee "$log"
  local rc=${PIPESTATUS[0]}
  count "$log"
  if [ "$rc" -ne 0 ]; then
    printf '\n\033[31mFAILED: %s (log: %s)\033[0m\n' "$name" "$log"
    summary "FAILED at '$name'"
    exit 1
  fi
  STAGES_OK=$((STAGES_OK + 1))
}

stage "setup" bash -c "source scripts/setup.sh && setup_build && setup_test"
stage "cargo fmt --check" cargo fmt --all -- --check
stage "clippy (native)" cargo clippy --all-targets --locked -- -D warnings
stage "clippy (wasm32)" cargo clippy --target wasm32-unknown-unknown --lib --bins --tests --locked -- -D warnings
stage "native tests" cargo test --locked
stage "browser component tests (wasm-bindgen-test, headless Chromium)" \
  env CHROMEDRIVER=/usr/bin/chromedriver cargo test --locked --target wasm32-unknown-unknown --test browser
stage "release build" trunk build --release --offline

PORT="${E2E_PORT:-8181}"
node tests/e2e/server.mjs --port "$PORT" --dir dist >"$LOG_DIR/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 50); do curl -fs "http://127.0.0.1:$PORT/" >/dev/null && break; sleep 0.2; done
stage "end-to-end tests (Playwright + axe, release build)" \
  env BASE_URL="http://127.0.0.1:$PORT/" node --test --test-concurrency=1 tests/e2e/
stage "size report and budget" node tests/e2e/size.mjs dist

summary "PASSED"
