# shellcheck shell=bash
# Summarises the TRX files `dotnet test --logger trx` wrote.
#
#   summarise_trx DIR
# prints one line per test project, then sets TRX_PASSED, TRX_FAILED,
# TRX_SKIPPED, TRX_TOTAL and TRX_FILES (number of TRX files read).

# _trx_attr NAME COUNTERS_ELEMENT -> the attribute's value, or 0
_trx_attr() {
  local v
  v="$(printf '%s\n' "$2" | sed -n "s/.*[[:space:]]$1=\"\([0-9]*\)\".*/\1/p")"
  printf '%s\n' "${v:-0}"
}

summarise_trx() {
  local dir="$1" f counters name total executed passed failed skipped
  TRX_PASSED=0 TRX_FAILED=0 TRX_SKIPPED=0 TRX_TOTAL=0 TRX_FILES=0
  shopt -s nullglob
  local files=("$dir"/*.trx)
  shopt -u nullglob
  for f in "${files[@]}"; do
    counters="$(grep -o '<Counters [^>]*>' "$f" | head -n 1 || true)"
    [[ -n "$counters" ]] || { warn "no <Counters> in $f"; continue; }
    total="$(_trx_attr total "$counters")"
    executed="$(_trx_attr executed "$counters")"
    passed="$(_trx_attr passed "$counters")"
    # anything that ran and did not pass counts as a failure
    failed=$(( $(_trx_attr failed "$counters") + $(_trx_attr error "$counters")
             + $(_trx_attr timeout "$counters") + $(_trx_attr aborted "$counters") ))
    skipped=$(( total - executed ))
    # the test assembly's name, from the first <TestMethod codeBase="...dll">
    name="$(grep -o 'codeBase="[^"]*"' "$f" | head -n 1 | sed 's/^codeBase="//; s/"$//; s#.*/##' || true)"
    printf '    %-40s %4d passed, %4d failed, %4d skipped\n' "${name:-(no tests matched) $(basename "$f")}" "$passed" "$failed" "$skipped"
    TRX_PASSED=$((TRX_PASSED + passed))
    TRX_FAILED=$((TRX_FAILED + failed))
    TRX_SKIPPED=$((TRX_SKIPPED + skipped))
    TRX_TOTAL=$((TRX_TOTAL + total))
    TRX_FILES=$((TRX_FILES + 1))
  done
}

# print_failed_browser_windows DIR LOG
# For each failed browser test in DIR's TRX files, prints what the site under test logged (LOG, written by
# tests/FrontDoor.BrowserTests/SiteLog.cs) between the test's start and end, at most 400 lines per test.
print_failed_browser_windows() {
  local dir="$1" log="$2" failed line name start end
  [[ -s "$log" ]] || return 0
  failed="$(cat "$dir"/*.trx 2>/dev/null | grep -o '<UnitTestResult [^>]*outcome="Failed"[^>]*>' | grep 'testName="FrontDoor.BrowserTests' || true)"
  while IFS= read -r line; do
    [[ -n "$line" ]] || continue
    name="$(printf '%s\n' "$line" | sed -n 's/.*testName="\([^"]*\)".*/\1/p')"
    start="$(printf '%s\n' "$line" | sed -n 's/.*startTime="\([^"]*\)".*/\1/p' | cut -c1-23)"
    end="$(printf '%s\n' "$line" | sed -n 's/.*endTime="\([^"]*\)".*/\1/p' | cut -c1-23)"
    echo
    info "what the site under test did during $name ($start to $end; whole log: $log)"
    awk -v s="$start" -v e="$end" 'substr($0, 1, 23) >= s && substr($0, 1, 23) <= e' "$log" | tail -n 400 | cut -c1-300 || true
  done <<<"$failed"
}
