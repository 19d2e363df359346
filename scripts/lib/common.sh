# shellcheck shell=bash
# Shared helpers for scripts/run and scripts/test. Source this file; it does not
# change shell options itself (callers use `set -euo pipefail`).

# Repository root (the directory that holds FrontDoor.slnx).
FRONTDOOR_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export FRONTDOOR_ROOT

info() { printf '==> %s\n' "$*"; }
warn() { printf 'warning: %s\n' "$*" >&2; }
die()  { printf 'error: %s\n' "$*" >&2; exit 1; }

# Checks that the .NET 10 SDK is on PATH; otherwise explains what to install.
require_dotnet() {
  if ! command -v dotnet >/dev/null 2>&1; then
    local debian_version=12
    [[ -r /etc/os-release ]] && debian_version="$(. /etc/os-release && echo "${VERSION_ID:-12}")"
    cat >&2 <<MSG
error: \`dotnet\` was not found on PATH. FrontDoor needs the .NET 10 SDK.
Install it on Debian with:
    wget https://packages.microsoft.com/config/debian/$debian_version/packages-microsoft-prod.deb -O /tmp/packages-microsoft-prod.deb
    sudo dpkg -i /tmp/packages-microsoft-prod.deb
    sudo apt-get update && sudo apt-get install -y dotnet-sdk-10.0
(see https://learn.microsoft.com/dotnet/core/install/linux-debian), then re-run this command.
MSG
    exit 1
  fi
  if ! dotnet --list-sdks 2>/dev/null | grep -q '^10\.'; then
    {
      echo "error: the .NET 10 SDK is not installed (found: $(dotnet --list-sdks 2>/dev/null | awk '{print $1}' | paste -sd' ' -))."
      echo "Install it on Debian with: sudo apt-get install -y dotnet-sdk-10.0"
      echo "(see https://learn.microsoft.com/dotnet/core/install/linux-debian), then re-run this command."
    } >&2
    exit 1
  fi
}

# Checks that node and npm are on PATH; otherwise explains what to install.
require_node() {
  local missing=()
  command -v node >/dev/null 2>&1 || missing+=(node)
  command -v npm  >/dev/null 2>&1 || missing+=(npm)
  if ((${#missing[@]})); then
    {
      local what="${missing[0]}"
      ((${#missing[@]} == 2)) && what="node and npm"
      echo "error: $what not found on PATH. FrontDoor needs Node.js with npm to build its front-end assets."
      echo "Install them on Debian with:"
      echo "    sudo apt-get update && sudo apt-get install -y nodejs npm"
      echo "then re-run this command."
    } >&2
    exit 1
  fi
}

# ensure_npm_packages DIR
# Installs npm packages in DIR when DIR/package.json exists and node_modules is
# missing or older than package.json / package-lock.json. Uses `npm ci` when a
# lock file exists, `npm install` otherwise.
ensure_npm_packages() {
  local dir="$1"
  [[ -f "$dir/package.json" ]] || return 0
  local stamp="$dir/node_modules/.package-lock.json"   # written by npm on every install
  local reason=""
  if [[ ! -d "$dir/node_modules" ]]; then
    reason="node_modules is missing"
  elif [[ ! -f "$stamp" ]]; then
    reason="node_modules was not installed by npm 7+"
  elif [[ "$dir/package.json" -nt "$stamp" ]] ||
       [[ -f "$dir/package-lock.json" && "$dir/package-lock.json" -nt "$stamp" ]]; then
    reason="package.json or package-lock.json changed since the last install"
  fi
  if [[ -z "$reason" ]]; then
    info "npm packages in ${dir#"$FRONTDOOR_ROOT"/} are up to date"
    return 0
  fi
  if [[ -f "$dir/package-lock.json" ]]; then
    info "npm ci in ${dir#"$FRONTDOOR_ROOT"/} ($reason)"
    (cd "$dir" && npm ci --no-audit --no-fund)
  else
    info "npm install in ${dir#"$FRONTDOOR_ROOT"/} ($reason; no package-lock.json)"
    (cd "$dir" && npm install --no-audit --no-fund)
  fi
}

# Restores the local .NET tools listed in .config/dotnet-tools.json.
restore_dotnet_tools() {
  info "dotnet tool restore"
  (cd "$FRONTDOOR_ROOT" && dotnet tool restore)
}

# --- cleanup on exit --------------------------------------------------------
# Functions registered with add_cleanup run once, in reverse order, when the
# script exits for any reason (normal end, error under `set -e`, Ctrl-C, TERM).
FRONTDOOR_CLEANUPS=()
_frontdoor_cleanup_done=0
_frontdoor_run_cleanups() {
  ((_frontdoor_cleanup_done)) && return 0
  _frontdoor_cleanup_done=1
  local i
  for ((i = ${#FRONTDOOR_CLEANUPS[@]} - 1; i >= 0; i--)); do
    "${FRONTDOOR_CLEANUPS[i]}" || true
  done
}
add_cleanup() {
  local f
  for f in "${FRONTDOOR_CLEANUPS[@]}"; do [[ "$f" == "$1" ]] && return 0; done
  FRONTDOOR_CLEANUPS+=("$1")
  trap _frontdoor_run_cleanups EXIT
  trap '_frontdoor_run_cleanups; exit 130' INT
  trap '_frontdoor_run_cleanups; exit 143' TERM
}

# run_bounded SECONDS COMMAND [ARGS...]
# Runs COMMAND under `timeout`, in the background so that Ctrl-C / TERM sent to
# this script still reach it (timeout moves itself into its own process group,
# so the terminal's Ctrl-C would otherwise never reach the command).
# Returns the command's exit status; 124 means it hit the time limit.
FRONTDOOR_BOUNDED_PID=""
_frontdoor_stop_bounded() {
  if [[ -n "$FRONTDOOR_BOUNDED_PID" ]]; then
    kill -TERM "$FRONTDOOR_BOUNDED_PID" 2>/dev/null || true
    wait "$FRONTDOOR_BOUNDED_PID" 2>/dev/null || true
    FRONTDOOR_BOUNDED_PID=""
  fi
}
run_bounded() {
  local secs="$1"; shift
  add_cleanup _frontdoor_stop_bounded
  timeout --kill-after=30 "$secs" "$@" &
  FRONTDOOR_BOUNDED_PID=$!
  local rc=0
  wait "$FRONTDOOR_BOUNDED_PID" || rc=$?
  FRONTDOOR_BOUNDED_PID=""
  return "$rc"
}
