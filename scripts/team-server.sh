#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# A team library on this machine, to try one: a PostgreSQL 15 cluster of your own in DIR (kept
# across runs; not a throwaway like scripts/pg-scratch.sh), the ReportLens roles and database, a
# member role for you, and the schema. Run it again to start the server after a reboot.
#
#   bash scripts/team-server.sh [DIR] [--member NAME] [--tcp | --no-tcp]
#   bash scripts/team-server.sh [DIR] --stop
#
# DIR defaults to ~/.local/share/ReportLens/team-server (as root: /var/lib/reportlens/team-server,
# since the server runs as the unprivileged user reportlens-pg, which cannot enter /root).
# The server listens on a Unix socket in DIR; --tcp also on localhost port 5433 (remembered until
# --no-tcp). --member NAME adds a member other than you. Passwords are in DIR/passwords (mode 600).
# docs/TEAM.md says how to set up a team library on a real server.
set -euo pipefail
PGS_NAME=team-server
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TCP_PORT=5433

usage() {
  echo "usage: bash scripts/team-server.sh [DIR] [--member NAME] [--tcp | --no-tcp]" >&2
  echo "       bash scripts/team-server.sh [DIR] --stop" >&2
  exit 2
}

DIR="" MEMBER="" TCP="" STOP=""
while (($#)); do
  case "$1" in
    --member)
      (($# >= 2)) || usage
      MEMBER="$2"
      shift 2
      ;;
    --member=*)
      MEMBER="${1#--member=}"
      shift
      ;;
    --tcp) TCP=yes && shift ;;
    --no-tcp) TCP=no && shift ;;
    --stop) STOP=1 && shift ;;
    -h | --help) usage ;;
    -*) usage ;;
    *)
      [[ -z "$DIR" ]] || usage
      DIR="$1"
      shift
      ;;
  esac
done

# shellcheck source=packages.sh
source "$ROOT/scripts/packages.sh"
[[ -n "$STOP" ]] || ensure_packages team-server postgresql-15 libqt6sql6-psql
# shellcheck source=pgsupport.sh
source "$ROOT/scripts/pgsupport.sh"
die() {
  pgs_say "$*"
  exit 1
}
pgs_find_bindir || die "PostgreSQL $PGS_MAJOR is not installed (apt-get install postgresql-$PGS_MAJOR)"

if [[ -z "$DIR" ]]; then
  if [[ $(id -u) -eq 0 ]]; then
    DIR=/var/lib/reportlens/team-server
  else
    DIR="${XDG_DATA_HOME:-$HOME/.local/share}/ReportLens/team-server"
  fi
fi
# The directory goes into a setting and into URLs: keep to characters that need no quoting there.
[[ "$DIR" =~ ^[A-Za-z0-9_./~+-]+$ ]] || die "use a DIR of letters, digits and _ . / ~ + - only (not '$DIR')"
DATA_REL=data
PASSWORDS_REL=passwords

if [[ -n "$STOP" ]]; then
  [[ -d "$DIR" ]] || die "no team server in $DIR"
  DIR="$(cd "$DIR" && pwd)"
  [[ -f "$DIR/$DATA_REL/PG_VERSION" ]] || die "no team server in $DIR"
  PGS_RUN_AS="$(stat -c %U "$DIR/$DATA_REL")"
  if pgs_running "$DIR/$DATA_REL"; then
    pgs_stop "$DIR/$DATA_REL" fast
    echo "team-server: stopped the server in $DIR"
  else
    echo "team-server: the server in $DIR was not running"
  fi
  exit 0
fi

pgs_choose_run_user
MADE_DIR=""
[[ -d "$DIR" ]] || MADE_DIR=1
mkdir -p "$DIR"
DIR="$(cd "$DIR" && pwd)"
DATA="$DIR/$DATA_REL"
PASSWORDS="$DIR/$PASSWORDS_REL"
LOG="$DIR/server.log"
SETTINGS="$DIR/team-server.conf"
# The socket's path (DIR/.s.PGSQL.5433) must fit in the 107 bytes of a Unix socket address.
((${#DIR} <= 90)) || die "$DIR is too long for a Unix socket path; choose a shorter DIR"
if [[ ! -f "$DATA/PG_VERSION" ]]; then
  pgs_chown "$DIR"
  chmod 711 "$DIR"
fi
if ! pgs_as test -w "$DIR"; then
  [[ -z "$MADE_DIR" ]] || rmdir "$DIR"
  die "$PGS_RUN_AS, who runs the server, cannot write to $DIR (is a parent folder private?); choose another DIR"
fi

# DIR/passwords: one ROLE=PASSWORD a line, readable by you only.
password_of() {
  [[ -f "$PASSWORDS" ]] || return 0
  sed -n "s/^$1=//p" "$PASSWORDS" | tail -n 1
}
remember_password() {
  (umask 077 && echo "$1=$2" >>"$PASSWORDS")
}

# --tcp / --no-tcp are remembered in DIR/team-server.conf.
if [[ -z "$TCP" ]]; then
  TCP="$(sed -n 's/^tcp=//p' "$SETTINGS" 2>/dev/null || true)"
  TCP="${TCP:-no}"
fi
echo "tcp=$TCP" >"$SETTINGS"
PGS_HOST="$DIR"
PGS_PORT=5432
[[ "$TCP" == yes ]] && PGS_PORT=$TCP_PORT
SETTINGS_CHANGED=""

if [[ ! -f "$DATA/PG_VERSION" ]]; then
  [[ ! -e "$DATA" ]] || die "$DATA exists but holds no cluster; move it away first"
  echo "team-server: creating a PostgreSQL $PGS_MAJOR cluster in $DATA"
  rm -f "$PASSWORDS"
  remember_password "$PGS_SUPERUSER" "$(pgs_password)"
  remember_password "$PGS_OWNER" "$(pgs_password)"
  PGS_SUPERPW="$(password_of "$PGS_SUPERUSER")"
  pgs_initdb "$DATA" "$PGS_SUPERPW"
  SETTINGS_CHANGED=1
fi
PGS_SUPERPW="$(password_of "$PGS_SUPERUSER")"
[[ -n "$PGS_SUPERPW" ]] || die "no password for $PGS_SUPERUSER in $PASSWORDS"
[[ "$(stat -c %U "$DATA")" == "$PGS_RUN_AS" ]] ||
  die "$DATA belongs to $(stat -c %U "$DATA"), not $PGS_RUN_AS: run this script as the user who made it"

# Settings are rewritten each time; a running server is restarted only when they change.
OLD_CONF="$(cat "$DATA/reportlens.conf" 2>/dev/null || true)"
pgs_configure "$DATA" "$DIR" "$PGS_PORT" "$TCP"
[[ "$OLD_CONF" == "$(cat "$DATA/reportlens.conf")" ]] || SETTINGS_CHANGED=1

if pgs_running "$DATA"; then
  if [[ -n "$SETTINGS_CHANGED" ]]; then
    echo "team-server: restarting the server with the new settings"
    pgs_as "$PGS_BINDIR/pg_ctl" -D "$DATA" -l "$LOG" -m fast -w -t 60 -s restart >/dev/null ||
      {
        tail -n 20 "$LOG" >&2
        exit 1
      }
  else
    echo "team-server: the server in $DIR is running"
  fi
else
  echo "team-server: starting the server (log: $LOG)"
  pgs_start "$DATA" "$LOG" || {
    tail -n 20 "$LOG" >&2
    exit 1
  }
fi

OWNER_PW="$(password_of "$PGS_OWNER")"
[[ -n "$OWNER_PW" ]] || die "no password for $PGS_OWNER in $PASSWORDS"
pgs_create_library "$OWNER_PW"

MEMBER="${MEMBER:-${SUDO_USER:-$(id -un)}}"
pgs_valid_role "$MEMBER" ||
  die "'$MEMBER' cannot be a member's name (letters, digits, _ . -; not a ReportLens or PostgreSQL role): use --member NAME"
MEMBER_PW="$(password_of "$MEMBER")"
if [[ -z "$MEMBER_PW" ]]; then
  MEMBER_PW="$(pgs_password)"
  remember_password "$MEMBER" "$MEMBER_PW"
fi
pgs_add_member "$MEMBER" "$MEMBER_PW"

OWNER_URL="$(pgs_url "$PGS_OWNER" "$OWNER_PW")"
MEMBER_URL="$(pgs_url "$MEMBER" "$MEMBER_PW")"

# The owner opening the library creates or upgrades the schema. Run from an empty folder so that
# a build without PostgreSQL support, taking the URL for a file name, leaves nothing behind.
CLI="${REPORTLENS_BUILD_DIR:-$ROOT/build}/bin/reportlens-cli"
schema_tables() {
  pgs_psql "$PGS_DATABASE" -At -c "SELECT count(*) FROM pg_tables WHERE tableowner = '$PGS_OWNER'"
}
if [[ -x "$CLI" ]]; then
  SCRATCH_CWD="$(mktemp -d)"
  CLI_STATUS=0
  CLI_OUTPUT="$(cd "$SCRATCH_CWD" && "$CLI" list --db "$OWNER_URL" 2>&1 >/dev/null)" || CLI_STATUS=$?
  rm -rf "$SCRATCH_CWD"
  if ((CLI_STATUS)) || [[ "$(schema_tables)" == 0 ]]; then
    [[ -z "$CLI_OUTPUT" ]] || printf '%s\n' "$CLI_OUTPUT" >&2
    die "$CLI could not create the schema (above); if that build predates team libraries, rebuild with 'bash scripts/run.sh' and run this script again"
  fi
  echo "team-server: schema ready ($(schema_tables) tables)"
else
  echo "team-server: no $CLI yet, so no schema: build with 'bash scripts/run.sh', then run this script again"
fi

echo
echo "Team library ready. Open it as $MEMBER with:"
echo "  reportlens --db '$MEMBER_URL'"
echo "  (from the checkout: bash scripts/run.sh --db '$MEMBER_URL')"
if [[ "$TCP" == yes ]]; then
  echo "or over TCP from this machine:"
  echo "  reportlens --db 'postgresql://$MEMBER:$MEMBER_PW@localhost:$TCP_PORT/$PGS_DATABASE'"
fi
echo "Copy your personal library in (as yourself, so that your annotations stay yours):"
echo "  reportlens-cli push --to '$MEMBER_URL'"
echo "Schema upgrades run as the owner (after updating ReportLens):"
echo "  reportlens-cli list --db '$OWNER_URL'"
echo "Passwords: $PASSWORDS"
echo "Another member: bash $0 $DIR --member NAME    Stop: bash $0 $DIR --stop"
