# shellcheck shell=bash
# Debian packages the test run needs: PostgreSQL (throw-away test server),
# Chromium (browser tests), dovecot (a real IMAP server for inbound email) and
# poppler-utils (pdftotext reads back the letters FrontDoor renders). Installed with apt-get when root or sudo is
# available; otherwise the exact command to run is printed.
#
# Overrides (mainly for testing these scripts):
#   FRONTDOOR_PG_ROOT    where PostgreSQL versions live (default /usr/lib/postgresql)
#   FRONTDOOR_CHROMIUM   Chromium binary (default /usr/bin/chromium)

# Prints the Debian packages that are missing, one per line.
missing_system_packages() {
  local pg_root="${FRONTDOOR_PG_ROOT:-/usr/lib/postgresql}"
  local initdb found=""
  for initdb in "$pg_root"/*/bin/initdb; do
    [[ -x "$initdb" ]] && found=1
  done
  [[ -n "$found" ]] || echo postgresql
  [[ -x "${FRONTDOOR_CHROMIUM:-/usr/bin/chromium}" ]] || echo chromium
  [[ -x /usr/sbin/dovecot ]] || echo dovecot-imapd
  command -v pdftotext >/dev/null 2>&1 || echo poppler-utils
  return 0
}

ensure_system_packages() {
  local missing=()
  mapfile -t missing < <(missing_system_packages)
  if ((${#missing[@]} == 0)); then
    info "system packages present (postgresql, chromium, dovecot-imapd, poppler-utils)"
    return 0
  fi

  local sudo=()
  if ((EUID != 0)); then
    if command -v sudo >/dev/null 2>&1 && { [[ -t 0 ]] || sudo -n true 2>/dev/null; }; then
      sudo=(sudo)
    else
      {
        echo "error: missing Debian packages: ${missing[*]}"
        echo "This script is not running as root and cannot use sudo, so it cannot install them."
        echo "Run this as root, then re-run scripts/test:"
        echo "    apt-get update && apt-get install -y ${missing[*]}"
      } >&2
      exit 1
    fi
  fi

  info "installing missing Debian packages: ${missing[*]}"
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"

  missing=()
  mapfile -t missing < <(missing_system_packages)
  ((${#missing[@]} == 0)) || die "still missing after apt-get install: ${missing[*]}"
}
