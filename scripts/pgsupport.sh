# shellcheck shell=bash
# Functions shared by scripts/pg-scratch.sh (throwaway server for the tests) and
# scripts/team-server.sh (a persistent local team library): find PostgreSQL 15, run the server as
# an unprivileged user (PostgreSQL refuses to run as root), create a cluster, and create the
# ReportLens roles and database. Sourced; the callers run with `set -euo pipefail`.
#
# Roles made here (docs/TEAM.md says why):
#   reportlens_owner   LOGIN, owns the database and schema public; runs the schema migrations
#   reportlens_member  NOLOGIN group: every member is in it
#   reportlens_admin   NOLOGIN group, itself in reportlens_member: may hide team annotations
# None of them is SUPERUSER or BYPASSRLS (pgs_create_library checks).

PGS_MAJOR=15
PGS_SYSTEM_USER=reportlens-pg # the server's user when the scripts run as root
PGS_DATABASE=reportlens
PGS_OWNER=reportlens_owner
PGS_MEMBER_GROUP=reportlens_member
PGS_ADMIN_GROUP=reportlens_admin
PGS_SUPERUSER=postgres # the bootstrap superuser made by initdb
PGS_LOCALE=C.UTF-8     # LC_CTYPE/LC_COLLATE: with "C", upper()/lower() and pg_trgm see no Chinese

# Connection used by pgs_psql: socket directory, port, superuser password. Set by the caller.
PGS_HOST=""
PGS_PORT=5432
PGS_SUPERPW=""

pgs_say() { echo "${PGS_NAME:-pgsupport}: $*" >&2; }

# Sets PGS_BINDIR to PostgreSQL 15's programs; returns 1 if it is not installed.
# REPORTLENS_PG_BINDIR overrides the place (another build of PostgreSQL 15).
pgs_find_bindir() {
  PGS_BINDIR="${REPORTLENS_PG_BINDIR:-/usr/lib/postgresql/$PGS_MAJOR/bin}"
  local program
  for program in initdb pg_ctl postgres psql; do
    [[ -x "$PGS_BINDIR/$program" ]] || return 1
  done
}

# Sets PGS_RUN_AS, the user the server runs as: the current user, or (as root) PGS_SYSTEM_USER,
# created once as a system user without a home or a login shell.
pgs_choose_run_user() {
  if [[ $(id -u) -ne 0 ]]; then
    PGS_RUN_AS="$(id -un)"
    return 0
  fi
  PGS_RUN_AS="$PGS_SYSTEM_USER"
  getent passwd "$PGS_RUN_AS" >/dev/null && return 0
  # Two scripts started together would both try useradd; one waits for the other.
  (
    flock 9
    getent passwd "$PGS_RUN_AS" >/dev/null ||
      useradd --system --user-group --no-create-home --home-dir /nonexistent \
        --shell /usr/sbin/nologin --comment "ReportLens PostgreSQL (scripts/pgsupport.sh)" "$PGS_RUN_AS"
  ) 9>/tmp/.reportlens-pg-useradd.lock
}

# pgs_as COMMAND...: runs COMMAND as PGS_RUN_AS from /, with umask 077.
pgs_as() {
  if [[ $(id -u) -eq 0 && "$PGS_RUN_AS" != root ]]; then
    (cd / && umask 077 && exec setpriv --reuid="$PGS_RUN_AS" --regid="$PGS_RUN_AS" --init-groups \
      env HOME=/ USER="$PGS_RUN_AS" LOGNAME="$PGS_RUN_AS" "$@")
  else
    (cd / && umask 077 && exec "$@")
  fi
}

# pgs_chown PATH...: gives PATH to PGS_RUN_AS (only needed as root).
pgs_chown() {
  if [[ $(id -u) -eq 0 ]]; then
    chown "$PGS_RUN_AS:$(id -gn "$PGS_RUN_AS")" "$@"
  fi
}

# A random password of 32 hexadecimal digits: nothing to escape in a URL, a shell or SQL.
pgs_password() {
  od -An -N16 -tx1 /dev/urandom | tr -d ' \n'
}

# pgs_initdb DATADIR SUPERUSER_PASSWORD [nosync]: a new cluster in DATADIR (whose parent
# PGS_RUN_AS can write), UTF8 in C.UTF-8, every connection authenticated by SCRAM password.
# nosync: do not wait for the files to reach the disk (a throwaway cluster).
pgs_initdb() {
  local data="$1" password="$2" sync=() pwfile
  [[ "${3:-}" != nosync ]] || sync=(--no-sync)
  pwfile="$(dirname "$data")/.pwfile.$$"
  (umask 077 && printf '%s\n' "$password" >"$pwfile")
  pgs_chown "$pwfile"
  local status=0
  pgs_as "$PGS_BINDIR/initdb" -D "$data" -U "$PGS_SUPERUSER" --pwfile="$pwfile" -E UTF8 \
    --locale="$PGS_LOCALE" --auth-local=scram-sha-256 --auth-host=scram-sha-256 "${sync[@]}" \
    --no-instructions >"$(dirname "$data")/initdb.log" 2>&1 || status=$?
  rm -f "$pwfile"
  if ((status)); then
    pgs_say "initdb failed:"
    tail -n 20 "$(dirname "$data")/initdb.log" >&2
    return "$status"
  fi
  # The settings of scripts live in reportlens.conf, which they rewrite; postgresql.conf stays
  # as initdb wrote it apart from this line.
  pgs_as sh -c "echo \"include_if_exists = 'reportlens.conf'\" >>'$data/postgresql.conf'"
}

# pgs_configure DATADIR SOCKETDIR PORT TCP(yes|no) [SETTING = VALUE]...: writes reportlens.conf
# (Unix socket in SOCKETDIR, TCP on localhost only if TCP is yes, extra settings after) and
# pg_hba.conf (SCRAM on the socket, and on localhost TCP if enabled; nothing else).
pgs_configure() {
  local data="$1" socketdir="$2" port="$3" tcp="$4"
  shift 4
  local listen="" setting conf hba
  [[ "$tcp" == yes ]] && listen=localhost
  conf="listen_addresses = '$listen'"$'\n'"port = $port"$'\n'"unix_socket_directories = '$socketdir'"$'\n'
  conf+="password_encryption = 'scram-sha-256'"$'\n'
  for setting in "$@"; do conf+="$setting"$'\n'; done
  hba="# Written by scripts/pgsupport.sh: every role signs in with its password (SCRAM)."$'\n'
  hba+="local all all scram-sha-256"$'\n'
  if [[ "$tcp" == yes ]]; then
    hba+="host all all 127.0.0.1/32 scram-sha-256"$'\n'"host all all ::1/128 scram-sha-256"$'\n'
  fi
  printf '%s' "$conf" | pgs_as sh -c "cat >'$data/reportlens.conf'"
  printf '%s' "$hba" | pgs_as sh -c "cat >'$data/pg_hba.conf'"
}

# pgs_running DATADIR: whether a server runs on DATADIR.
pgs_running() {
  pgs_as "$PGS_BINDIR/pg_ctl" -D "$1" status >/dev/null 2>&1
}

# pgs_start DATADIR LOGFILE: starts the server and waits until it accepts connections.
pgs_start() {
  pgs_as "$PGS_BINDIR/pg_ctl" -D "$1" -l "$2" -w -t 60 -s start >/dev/null
}

# pgs_stop DATADIR MODE(fast|immediate): stops the server if it runs.
pgs_stop() {
  pgs_running "$1" || return 0
  pgs_as "$PGS_BINDIR/pg_ctl" -D "$1" -m "$2" -w -t 60 -s stop
}

# pgs_psql DATABASE [PSQL ARGUMENTS...]: psql as the bootstrap superuser over PGS_HOST, run as the
# calling user (the socket is open to it), stopping at the first error.
pgs_psql() {
  local database="$1"
  shift
  PGPASSWORD="$PGS_SUPERPW" PGCONNECT_TIMEOUT=10 "$PGS_BINDIR/psql" -X -q -v ON_ERROR_STOP=1 \
    -h "$PGS_HOST" -p "$PGS_PORT" -U "$PGS_SUPERUSER" -d "$database" "$@"
}

# pgs_create_library OWNER_PASSWORD: creates (or completes) the group roles, the owner role (whose
# password it sets), the database reportlens and its privileges. Runs again safely.
pgs_create_library() {
  local owner_password="$1"
  # Variables are set in the script text (not on psql's command line, where ps would show them).
  pgs_psql postgres <<SQL
\\set owner $PGS_OWNER
\\set ownerpw $owner_password
\\set member $PGS_MEMBER_GROUP
\\set admin $PGS_ADMIN_GROUP
\\set db $PGS_DATABASE
\\set locale $PGS_LOCALE
SELECT format('CREATE ROLE %I NOLOGIN', r) FROM unnest(ARRAY[:'member', :'admin']) AS r
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = r) \\gexec
ALTER ROLE :"member" NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
ALTER ROLE :"admin" NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
SELECT format('GRANT %I TO %I', :'member', :'admin')
 WHERE NOT pg_has_role(:'admin', :'member', 'MEMBER') \\gexec
SELECT format('CREATE ROLE %I LOGIN', :'owner')
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'owner') \\gexec
ALTER ROLE :"owner" LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD :'ownerpw';
-- FILE_COPY: template0 is small, and copying its files is three times faster than WAL_LOG.
SELECT format('CREATE DATABASE %I OWNER %I ENCODING %L TEMPLATE template0 LC_COLLATE %L LC_CTYPE %L'
              ' STRATEGY FILE_COPY', :'db', :'owner', 'UTF8', :'locale', :'locale')
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'db') \\gexec
REVOKE ALL ON DATABASE :"db" FROM PUBLIC;
GRANT CONNECT, CREATE, TEMPORARY ON DATABASE :"db" TO :"owner";
GRANT CONNECT, TEMPORARY ON DATABASE :"db" TO :"member";
\\connect :"db"
ALTER SCHEMA public OWNER TO :"owner";
REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO :"member";
SQL
  # An existing database made otherwise (another locale) is reported, not silently used.
  local found
  found="$(pgs_psql postgres -At -c "SELECT pg_encoding_to_char(encoding) || ' ' || datcollate || ' ' || datctype
                                       FROM pg_database WHERE datname = '$PGS_DATABASE'")"
  if ! [[ "$found" =~ ^UTF8\ C\.(UTF-8|utf8)\ C\.(UTF-8|utf8)$ ]]; then
    pgs_say "database $PGS_DATABASE has encoding/collate/ctype '$found'; it must be UTF8 and $PGS_LOCALE"
    return 1
  fi
  pgs_check_no_bypass
}

# pgs_add_member NAME PASSWORD [GROUP]: creates (or updates) the login role NAME with PASSWORD in
# GROUP (reportlens_member by default).
pgs_add_member() {
  local name="$1" password="$2" group="${3:-$PGS_MEMBER_GROUP}"
  pgs_psql postgres <<SQL
\\set name $name
\\set pw $password
\\set grp $group
SELECT format('CREATE ROLE %I LOGIN', :'name')
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'name') \\gexec
ALTER ROLE :"name" LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD :'pw';
SELECT format('GRANT %I TO %I', :'grp', :'name')
 WHERE NOT pg_has_role(:'name', :'grp', 'MEMBER') \\gexec
SQL
}

# Fails if a role other than the bootstrap superuser bypasses row-level security.
pgs_check_no_bypass() {
  local bypass
  bypass="$(pgs_psql postgres -At -c "SELECT string_agg(rolname, ' ') FROM pg_roles
                                        WHERE (rolsuper OR rolbypassrls) AND rolname <> '$PGS_SUPERUSER'")"
  if [[ -n "$bypass" ]]; then
    pgs_say "these roles bypass row-level security (SUPERUSER or BYPASSRLS): $bypass"
    return 1
  fi
}

# pgs_valid_role NAME: a member name that needs no quoting in a URL and is not one of ours.
pgs_valid_role() {
  [[ "$1" =~ ^[A-Za-z_][A-Za-z0-9_.-]{0,62}$ ]] || return 1
  case "$1" in
    "$PGS_SUPERUSER" | "$PGS_OWNER" | "$PGS_MEMBER_GROUP" | "$PGS_ADMIN_GROUP" | pg_* | public) return 1 ;;
  esac
}

# pgs_url ROLE PASSWORD: the URL of the library over the socket in PGS_HOST (port PGS_PORT).
pgs_url() {
  local url="postgresql://$1:$2@/$PGS_DATABASE?host=$PGS_HOST"
  [[ "$PGS_PORT" == 5432 ]] || url+="&port=$PGS_PORT"
  printf '%s\n' "$url"
}
