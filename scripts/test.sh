#!/usr/bin/env bash
# Run every test, failing on the first problem, and end with a one-line summary.
#   formatting and lints (native and wasm32) → native tests → browser component tests
#   (wasm-bindgen-test in headless Chromium) → release build (scripts/build.sh) → end-to-end tests
#   with Playwright and axe against the release build → the main journeys in WebKit and Firefox
#   through WebDriver (on Xvfb if there is no display) → size report and budget.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
set +e

LOG_DIR="$ROOT/target/test-logs"
mkdir -p "$LOG_DIR"
STAGES_OK=0
TESTS_PASSED=0
TESTS_FAILED=0
SERVER_PID=""
XVFB_PID=""
TIMES=""

summary() {
  local status="$1"
  [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null
  [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null
  printf '\nStage times:%b\n' "$TIMES"
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
  local started=$SECONDS
  "$@" 2>&1 | tee "$log"
  local rc=${PIPESTATUS[0]}
  TIMES="$TIMES\n  $((SECONDS - started)) s  $name"
  count "$log"
  if [ "$rc" -ne 0 ]; then
    printf '\n\033[31mFAILED: %s (log: %s)\033[0m\n' "$name" "$log"
    summary "FAILED at '$name'"
    exit 1
  fi
  STAGES_OK=$((STAGES_OK + 1))
}

# `;`, not `&&`: set -e (from setup.sh) then stops the set-up at its first failing command.
stage "setup" bash -c "source scripts/setup.sh; setup_build; setup_test"
# Formatting of the app's own code.
stage "cargo fmt --check" cargo fmt -- --check
stage "clippy (native)" cargo clippy --all-targets --locked -- -D warnings
stage "clippy (wasm32)" cargo clippy --target wasm32-unknown-unknown --lib --bins --tests --locked -- -D warnings
stage "native tests" cargo test --locked
stage "Spanish readability (Fernández-Huerta of the results, five kinds of people; target ≥ 70)" \
  cargo test --locked --test plain_language what_people_read_in_spanish_is_fairly_easy -- --nocapture
stage "browser component tests (wasm-bindgen-test, headless Chromium)" \
  env CHROMEDRIVER=/usr/bin/chromedriver cargo test --locked --target wasm32-unknown-unknown --test browser
stage "release build (scripts/build.sh)" ./scripts/build.sh

PORT="${E2E_PORT:-8181}"
node tests/e2e/server.mjs --port "$PORT" --dir dist >"$LOG_DIR/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 50); do curl -fs "http://127.0.0.1:$PORT/" >/dev/null && break; sleep 0.2; done
# Another server already on the port would answer instead, with another build: stop rather than
# test the wrong files.
if ! kill -0 "$SERVER_PID" 2>/dev/null; then
  printf '\n\033[31mFAILED: the test server could not start on port %s (in use? set E2E_PORT)\033[0m\n' "$PORT"
  cat "$LOG_DIR/server.log"
  summary "FAILED: no test server"
  exit 1
fi
stage "end-to-end tests (Playwright + axe, release build)" \
  env BASE_URL="http://127.0.0.1:$PORT/" node --test --test-concurrency=1 tests/e2e/
# WebKit's MiniBrowser needs an X display: a virtual one unless there is one already.
if [ -z "${DISPLAY:-}" ]; then
  Xvfb -displayfd 1 -screen 0 1280x1024x24 -nolisten tcp -maxclients 1024 \
    >"$LOG_DIR/xvfb.display" 2>"$LOG_DIR/xvfb.log" &
  XVFB_PID=$!
  for _ in $(seq 100); do [ -s "$LOG_DIR/xvfb.display" ] && break; sleep 0.1; done
  export DISPLAY=":$(head -n 1 "$LOG_DIR/xvfb.display")"
fi
stage "end-to-end tests in WebKit and Firefox (WebDriver, release build)" \
  env BASE_URL="http://127.0.0.1:$PORT/" node --test --test-concurrency=1 tests/engines/
stage "size report and budget" node tests/e2e/size.mjs dist

summary "PASSED"
