# shellcheck shell=bash
# Debian packages FrontDoor needs to run: fonts-noto-core (Noto Sans and Noto Sans
# Bengali, which letters are printed in; ADR 0008). And those the test run needs
# besides: PostgreSQL (throw-away test server), Chromium (browser tests), dovecot
# (a real IMAP server for inbound email) and poppler-utils (pdftotext reads back
# the letters FrontDoor renders). Installed with apt-get when root or sudo is
# available; otherwise the exact command to run is printed.
#
# Overrides (mainly for testing these scripts):
#   FRONTDOOR_PG_ROOT      where PostgreSQL versions live (default /usr/lib/postgresql)
#   FRONTDOOR_CHROMIUM     Chromium binary (default /usr/bin/chromium)
#   FRONTDOOR_FONT_FOLDER  where the letter fonts are (default /usr/share/fonts/truetype/noto,
#                          the app's Notifications:Letters:FontFolder)

# Prints the Debian packages FrontDoor needs to run that are missing, one per line.
missing_runtime_packages() {
  local fonts="${FRONTDOOR_FONT_FOLDER:-/usr/share/fonts/truetype/noto}" file
  for file in NotoSans-Regular.ttf NotoSans-Bold.ttf NotoSansBengali-Regular.ttf NotoSansBengali-Bold.ttf; do
    if [[ ! -f "$fonts/$file" ]]; then
      echo fonts-noto-core
      return 0
    fi
  done
  return 0
}

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
  missing_runtime_packages
}

# What scripts/test needs.
ensure_system_packages() {
  ensure_debian_packages missing_system_packages "postgresql, chromium, dovecot-imapd, poppler-utils, fonts-noto-core"
}

# What scripts/run needs.
ensure_runtime_packages() {
  ensure_debian_packages missing_runtime_packages "fonts-noto-core"
}

# ensure_debian_packages LISTER DESCRIPTION: installs what LISTER prints as missing.
ensure_debian_packages() {
  local lister="$1" description="$2"
  local missing=()
  mapfile -t missing < <("$lister")
  if ((${#missing[@]} == 0)); then
    info "system packages present ($description)"
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
        echo "Run this as root, then run this script again:"
        echo "    apt-get update && apt-get install -y ${missing[*]}"
      } >&2
      exit 1
    fi
  fi

  info "installing missing Debian packages: ${missing[*]}"
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"

  missing=()
  mapfile -t missing < <("$lister")
  ((${#missing[@]} == 0)) || die "still missing after apt-get install: ${missing[*]}"
}
