#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# A throwaway PostgreSQL 15 for the tests: a new cluster in a fresh /tmp/reportlens-pg.XXXXXX,
# listening only on a Unix socket there, with the ReportLens roles and database (scripts/pgsupport.sh)
# and three members. Durability is off (fsync), so it starts in about two seconds.
#
#   pg-scratch.sh start STATEFILE    new server; STATEFILE gets its URLs (below). A server left by
#                                    an earlier STATEFILE of the same name is stopped first.
#   pg-scratch.sh stop STATEFILE     stops it, deletes its directory and STATEFILE (0 if gone)
#   pg-scratch.sh kill STATEFILE     SIGKILL to the server and all its backends (a crash); data stays
#   pg-scratch.sh restart STATEFILE  starts the same cluster again (after kill), or restarts it
#
# STATEFILE has one KEY=VALUE a line, no quotes; values hold no spaces or shell metacharacters, so
# it can be sourced (set -a; . STATEFILE) or split at the first '='. Keys:
#   PG_DIR, PG_SOCKET_DIR (the same directory), PG_DATA, PG_LOG, PG_PORT, PG_BINDIR, PG_RUN_AS,
#   PG_SCRATCH (this script), REPORTLENS_PG_OWNER, REPORTLENS_PG_ALICE, REPORTLENS_PG_BOB,
#   REPORTLENS_PG_CAROL, REPORTLENS_PG_SUPERUSER: URLs postgresql://ROLE:PASSWORD@/reportlens?host=PG_DIR
#   (the superuser, "postgres", is for tests that look behind row-level security or end sessions;
#   kill/restart go through PG_SCRATCH with the same STATEFILE).
# alice and bob are in reportlens_member, carol in reportlens_admin; the owner owns the database.
#
# Exit status 77 when PostgreSQL 15 is not installed (the caller skips); any other failure is
# non-zero with the end of the server's log.
set -euo pipefail
PGS_NAME=pg-scratch
SELF="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/$(basename "${BASH_SOURCE[0]}")"
# shellcheck source=pgsupport.sh
source "$(dirname "$SELF")/pgsupport.sh"

usage() {
  echo "usage: $0 start|stop|kill|restart STATEFILE" >&2
  exit 2
}
(($# == 2)) || usage
ACTION="$1"
STATEFILE="$2"

# Reads the keys of STATEFILE into ST_* variables (parsed, never executed).
read_state() {
  ST_DIR="" ST_DATA="" ST_LOG="" ST_RUN_AS=""
  local line key value
  while IFS= read -r line || [[ -n "$line" ]]; do
    key="${line%%=*}"
    value="${line#*=}"
    case "$key" in
      PG_DIR) ST_DIR="$value" ;;
      PG_DATA) ST_DATA="$value" ;;
      PG_LOG) ST_LOG="$value" ;;
      PG_RUN_AS) ST_RUN_AS="$value" ;;
    esac
  done <"$STATEFILE"
  # Only ever act on (and delete) a directory this script made.
  if ! [[ "$ST_DIR" =~ ^/tmp/reportlens-pg\.[A-Za-z0-9]{6}$ && "$ST_DATA" == "$ST_DIR/data" ]]; then
    pgs_say "$STATEFILE does not name a pg-scratch directory (PG_DIR='$ST_DIR')"
    exit 1
  fi
  PGS_RUN_AS="$ST_RUN_AS"
}

log_tail() {
  [[ -n "${1:-}" && -f "$1" ]] || return 0
  echo "--- last lines of $1:" >&2
  tail -n 30 "$1" >&2 || true
}

# Whether process PID runs (a zombie, killed but not yet reaped, does not).
alive() {
  local stat
  stat="$(cat "/proc/$1/stat" 2>/dev/null)" || return 1
  stat="${stat##*) }"
  [[ "${stat%% *}" != Z ]]
}

# The postmaster's process id, or nothing.
postmaster_pid() {
  [[ -f "$ST_DATA/postmaster.pid" ]] || return 0
  local pid
  pid="$(head -n 1 "$ST_DATA/postmaster.pid" 2>/dev/null || true)"
  if [[ "$pid" =~ ^[0-9]+$ ]] && alive "$pid"; then echo "$pid"; fi
  return 0
}

# The processes of the server on ST_DATA: the postmaster and every backend work in the data
# directory (each backend is its own process group, so a group kill would not reach them).
server_processes() {
  local data proc
  data="$(realpath -m "$ST_DATA")"
  for proc in /proc/[0-9]*; do
    [[ "$(readlink "$proc/cwd" 2>/dev/null)" == "$data" ]] && echo "${proc#/proc/}"
  done
  return 0
}

# SIGKILL to the postmaster and then to all its processes, as in a crash of the machine, and wait
# until they are gone so that a restart finds nothing attached to the old shared memory.
kill_server() {
  local pid i pids
  pid="$(postmaster_pid)"
  [[ -z "$pid" ]] || kill -KILL "$pid" 2>/dev/null || true
  for ((i = 0; i < 100; i++)); do
    pids="$(server_processes)"
    if [[ -z "$pids" ]]; then
      # Nothing runs there any more: the lock files would make a new postmaster wait for a
      # process id that the system may not have reaped yet.
      rm -f "$ST_DATA/postmaster.pid" "$ST_DIR"/.s.PGSQL.*.lock
      return 0
    fi
    # shellcheck disable=SC2086 # one process id a word
    kill -KILL $pids 2>/dev/null || true
    sleep 0.1
  done
  pgs_say "the server's processes did not end: $(server_processes | tr '\n' ' ')"
  return 1
}

do_stop() {
  [[ -f "$STATEFILE" ]] || return 0
  read_state
  if [[ -d "$ST_DATA" ]] && pgs_find_bindir; then
    pgs_stop "$ST_DATA" immediate 2>/dev/null || true
  fi
  [[ -d "$ST_DIR" ]] && kill_server
  rm -rf "$ST_DIR"
  rm -f "$STATEFILE"
}

require_postgres() {
  if ! pgs_find_bindir; then
    pgs_say "PostgreSQL $PGS_MAJOR is not installed (no initdb, pg_ctl, postgres, psql in $PGS_BINDIR);" \
      "apt-get install postgresql-$PGS_MAJOR"
    exit 77
  fi
}

do_start() {
  require_postgres
  if [[ -f "$STATEFILE" ]]; then
    pgs_say "stopping the server left by $STATEFILE"
    do_stop
  fi
  pgs_choose_run_user
  local dir
  dir="$(mktemp -d /tmp/reportlens-pg.XXXXXX)"
  # From here on a failure shows the log and removes what was made.
  FAILED_DIR="$dir"
  trap 'start_failed' EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  chmod 711 "$dir"
  pgs_chown "$dir"
  local data="$dir/data" log="$dir/postgres.log"
  PGS_HOST="$dir"
  PGS_PORT=5432
  PGS_SUPERPW="$(pgs_password)"
  pgs_initdb "$data" "$PGS_SUPERPW" nosync
  pgs_configure "$data" "$dir" "$PGS_PORT" no \
    "fsync = off" "synchronous_commit = off" "full_page_writes = off"
  pgs_start "$data" "$log"

  local owner_pw alice_pw bob_pw carol_pw
  owner_pw="$(pgs_password)" alice_pw="$(pgs_password)" bob_pw="$(pgs_password)" carol_pw="$(pgs_password)"
  pgs_create_library "$owner_pw"
  pgs_add_member alice "$alice_pw"
  pgs_add_member bob "$bob_pw"
  pgs_add_member carol "$carol_pw" "$PGS_ADMIN_GROUP"

  local state
  state="PG_DIR=$dir
PG_SOCKET_DIR=$dir
PG_DATA=$data
PG_LOG=$log
PG_PORT=$PGS_PORT
PG_BINDIR=$PGS_BINDIR
PG_RUN_AS=$PGS_RUN_AS
PG_SCRATCH=$SELF
REPORTLENS_PG_OWNER=$(pgs_url "$PGS_OWNER" "$owner_pw")
REPORTLENS_PG_ALICE=$(pgs_url alice "$alice_pw")
REPORTLENS_PG_BOB=$(pgs_url bob "$bob_pw")
REPORTLENS_PG_CAROL=$(pgs_url carol "$carol_pw")
REPORTLENS_PG_SUPERUSER=$(pgs_url "$PGS_SUPERUSER" "$PGS_SUPERPW")"
  # Nothing that a shell would read as more than a word.
  if grep -qv '^[A-Z_]*=[A-Za-z0-9_./:@?=-]*$' <<<"$state"; then
    pgs_say "a path or name holds characters the state file cannot carry: $(grep -v '^[A-Z_]*=[A-Za-z0-9_./:@?=-]*$' <<<"$state")"
    exit 1
  fi
  mkdir -p "$(dirname "$STATEFILE")"
  (umask 077 && printf '%s\n' "$state" >"$STATEFILE.tmp.$$")
  mv -f "$STATEFILE.tmp.$$" "$STATEFILE"
  trap - EXIT INT TERM
}

# On exit before the state file is written: show the log, remove the server and its directory.
start_failed() {
  local status=$?
  trap - EXIT
  ((status)) || status=1
  pgs_say "start failed (status $status)"
  log_tail "$FAILED_DIR/postgres.log"
  if [[ -d "$FAILED_DIR/data" ]]; then
    pgs_stop "$FAILED_DIR/data" immediate >/dev/null 2>&1 || true
  fi
  rm -rf "$FAILED_DIR"
  exit "$status"
}

do_kill() {
  [[ -f "$STATEFILE" ]] || {
    pgs_say "no $STATEFILE"
    exit 1
  }
  read_state
  kill_server
}

do_restart() {
  [[ -f "$STATEFILE" ]] || {
    pgs_say "no $STATEFILE"
    exit 1
  }
  read_state
  require_postgres
  if [[ -n "$(postmaster_pid)" ]]; then
    pgs_as "$PGS_BINDIR/pg_ctl" -D "$ST_DATA" -l "$ST_LOG" -m fast -w -t 60 -s restart >/dev/null ||
      { log_tail "$ST_LOG"; exit 1; }
  else
    kill_server # what a crash left: backends still ending, stale lock files
    pgs_start "$ST_DATA" "$ST_LOG" || { log_tail "$ST_LOG"; exit 1; }
  fi
}

case "$ACTION" in
  start) do_start ;;
  stop) do_stop ;;
  kill) do_kill ;;
  restart) do_restart ;;
  *) usage ;;
esac
