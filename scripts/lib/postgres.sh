# shellcheck shell=bash
# A throw-away PostgreSQL server for the test run.
#
#   source scripts/lib/common.sh
#   source scripts/lib/postgres.sh
#   start_postgres            # sets FRONTDOOR_PG_PORT, FRONTDOOR_PG_DATADIR, FRONTDOOR_PG_BIN
#   ...                       # server listens on 127.0.0.1:$FRONTDOOR_PG_PORT, user postgres, trust auth
#   stop_postgres             # also runs automatically when the script exits
#
# Overrides (mainly for testing these scripts):
#   FRONTDOOR_PG_ROOT   where Debian installs PostgreSQL versions (default /usr/lib/postgresql)

FRONTDOOR_PG_ROOT="${FRONTDOOR_PG_ROOT:-/usr/lib/postgresql}"
FRONTDOOR_PG_PORT=""
FRONTDOOR_PG_DATADIR=""
FRONTDOOR_PG_BIN=""

# Prints the bin directory of the newest installed PostgreSQL, or fails.
pg_bin_dir() {
  local newest
  newest="$(
    for d in "$FRONTDOOR_PG_ROOT"/*/bin; do
      [[ -x "$d/initdb" && -x "$d/pg_ctl" ]] && basename "$(dirname "$d")"
    done | sort -V | tail -n 1
  )"
  [[ -n "$newest" ]] || return 1
  printf '%s\n' "$FRONTDOOR_PG_ROOT/$newest/bin"
}

# Prints a loopback TCP port in 55432..55532 that nothing is listening on.
pg_free_port() {
  local p
  for ((p = 55432; p <= 55532; p++)); do
    if ! (echo >"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
      printf '%s\n' "$p"
      return 0
    fi
  done
  return 1
}

# PostgreSQL refuses to run as root: as root, run its tools as the `postgres`
# user (created by the Debian package); otherwise as the current user.
_pg_as_owner() {
  if ((EUID == 0)); then
    (cd / && runuser -u postgres -- "$@")
  else
    "$@"
  fi
}

start_postgres() {
  FRONTDOOR_PG_BIN="$(pg_bin_dir)" ||
    die "no PostgreSQL found under $FRONTDOOR_PG_ROOT/*/bin (install the Debian package 'postgresql')"
  if ((EUID == 0)) && ! id -u postgres >/dev/null 2>&1; then
    die "running as root but there is no 'postgres' user to run PostgreSQL as (it is created by the Debian package 'postgresql')"
  fi

  add_cleanup stop_postgres   # registered before anything exists, so a half-started server is still removed
  FRONTDOOR_PG_DATADIR="$(mktemp -d /tmp/frontdoor-pg.XXXXXX)"
  if ((EUID == 0)); then
    chown postgres: "$FRONTDOOR_PG_DATADIR"
  fi

  info "initdb $FRONTDOOR_PG_DATADIR ($FRONTDOOR_PG_BIN)"
  if ! _pg_as_owner "$FRONTDOOR_PG_BIN/initdb" -D "$FRONTDOOR_PG_DATADIR" \
        -A trust -U postgres --no-sync -E UTF8 --locale=C >"$FRONTDOOR_PG_DATADIR.initdb.log" 2>&1; then
    cat "$FRONTDOOR_PG_DATADIR.initdb.log" >&2
    die "initdb failed"
  fi

  # Another process may grab the port between the check and the bind, so try a few.
  local attempt started=""
  for attempt in 1 2 3 4 5; do
    FRONTDOOR_PG_PORT="$(pg_free_port)" || die "no free port in 55432..55532 for PostgreSQL"
    info "starting PostgreSQL on 127.0.0.1:$FRONTDOOR_PG_PORT"
    rm -f -- "$FRONTDOOR_PG_DATADIR/server.log"
    local opts="-c listen_addresses=127.0.0.1 -c port=$FRONTDOOR_PG_PORT -c fsync=off"
    opts+=" -c synchronous_commit=off -c full_page_writes=off"
    opts+=" -c unix_socket_directories=$FRONTDOOR_PG_DATADIR -c max_connections=200"
    if _pg_as_owner "$FRONTDOOR_PG_BIN/pg_ctl" -D "$FRONTDOOR_PG_DATADIR" \
          -l "$FRONTDOOR_PG_DATADIR/server.log" -o "$opts" -w -t 60 start >/dev/null; then
      started=1
      break
    fi
    if grep -q 'could not bind\|could not create any TCP/IP sockets' "$FRONTDOOR_PG_DATADIR/server.log" 2>/dev/null; then
      warn "port $FRONTDOOR_PG_PORT was taken meanwhile (attempt $attempt); trying another"
      sleep 0.$((RANDOM % 9 + 1))
      continue
    fi
    break
  done
  if [[ -z "$started" ]]; then
    tail -n 30 "$FRONTDOOR_PG_DATADIR/server.log" >&2 || true
    die "PostgreSQL did not start"
  fi

  local i
  for ((i = 0; i < 60; i++)); do
    if "$FRONTDOOR_PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$FRONTDOOR_PG_PORT" -U postgres; then
      info "PostgreSQL is ready on 127.0.0.1:$FRONTDOOR_PG_PORT"
      return 0
    fi
    sleep 0.5
  done
  tail -n 30 "$FRONTDOOR_PG_DATADIR/server.log" >&2 || true
  die "PostgreSQL started but is not accepting connections on 127.0.0.1:$FRONTDOOR_PG_PORT"
}

# Stops the server (if running) and deletes its data directory. Safe to call twice.
stop_postgres() {
  local dir="$FRONTDOOR_PG_DATADIR"
  [[ -n "$dir" ]] || return 0
  if [[ -f "$dir/postmaster.pid" ]]; then
    info "stopping PostgreSQL"
    if ! _pg_as_owner "$FRONTDOOR_PG_BIN/pg_ctl" -D "$dir" -m immediate -w -t 30 stop >/dev/null 2>&1; then
      local pid
      pid="$(head -n 1 "$dir/postmaster.pid" 2>/dev/null || true)"
      warn "pg_ctl stop failed; killing postmaster ${pid:-?}"
      if [[ "$pid" =~ ^[0-9]+$ ]]; then kill -KILL "$pid" 2>/dev/null || true; fi
    fi
  fi
  rm -rf -- "$dir" "$dir.initdb.log"
  FRONTDOOR_PG_DATADIR=""
}
