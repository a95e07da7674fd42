#!/usr/bin/env bash
# A throwaway PostgreSQL 15 server for the store tests.
#
# Usage: pg_server.sh start DIR
#          Stops a server still running from DIR, wipes DIR, and starts a new cluster
#          in it: trust authentication for local and loopback connections, listening
#          on 127.0.0.1 only, on a free port, with its unix socket in DIR, its log in
#          DIR/log, and a database acta_test. Writes the connection URL
#          postgresql://USER@127.0.0.1:PORT/acta_test to DIR/url and prints it.
#          Exit 0 on success; 77 when the server binaries are not installed; 1 on
#          any other failure, after printing the end of the log.
#        pg_server.sh stop DIR
#          Stops the server of DIR if one runs and removes DIR. Exit 0, silently,
#          when nothing runs or DIR does not exist.
#
# Run as root, the server runs as the "postgres" user. When that user cannot reach
# DIR, or DIR is too long a path for a unix socket, the cluster lives in a new
# directory under ${TMPDIR:-/tmp} and DIR is a symlink to it. A directory this
# script did not make is never removed.
set -euo pipefail

readonly marker=.acta-pg-server
bindir=""
pg_user=""
run=""  # the cluster's directory: DIR, or where the symlink DIR points

die() {
  echo "pg_server.sh: $*" >&2
  exit 1
}

# Sets bindir to a directory holding the PostgreSQL 15 server programs.
find_bindir() {
  local d
  for d in /usr/lib/postgresql/15/bin "$(pg_config --bindir 2>/dev/null || true)"; do
    if [[ -x $d/initdb && -x $d/pg_ctl && -x $d/postgres && -x $d/createdb ]] &&
      [[ $("$d/postgres" --version 2>/dev/null) == *" 15."* ]]; then
      bindir=$d
      return 0
    fi
  done
  return 1
}

# Runs a command as pg_user: directly, or through runuser when we are root.
as_pg() {
  if [[ $EUID -eq 0 ]]; then
    runuser -u "$pg_user" -- "$@"
  else
    "$@"
  fi
}

# True when a cluster directory at PATH can work: its socket path fits in the
# 108 bytes of sun_path, and, as root, the postgres user can reach PATH's parent.
fits() {
  ((${#1} <= 90)) || return 1
  [[ $EUID -ne 0 ]] || runuser -u postgres -- test -x "$(dirname "$1")"
}

# True when something accepts connections on 127.0.0.1:PORT.
in_use() {
  (: <>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# Prints the absolute form of PATH, whose parent exists.
absolute() {
  local path=${1%/}
  echo "$(cd "$(dirname "$path")" && pwd -P)/$(basename "$path")"
}

# True when the postmaster named in DATA/postmaster.pid runs on DATA. A stale file
# may name a PID that another program's process has now; on Linux the
# postmaster's working directory tells them apart.
running() {
  local pid
  pid=$(head -n 1 "$1/postmaster.pid" 2>/dev/null) && [[ $pid =~ ^[0-9]+$ ]] || return 1
  if [[ -d /proc/self ]]; then
    [[ $(readlink "/proc/$pid/cwd" 2>/dev/null) == "$(cd "$1" && pwd -P)" ]]
  else
    as_pg "$bindir/pg_ctl" status -D "$1" >/dev/null 2>&1
  fi
}

stop() {
  local dir=$1
  [[ -e $dir || -L $dir ]] || return 0
  if [[ -L $dir ]]; then
    run=$(readlink "$dir")
  elif [[ -d $dir ]]; then
    run=$dir
  else
    die "refusing to remove $dir: not a directory made by pg_server.sh"
  fi
  if [[ -d $run ]]; then
    if [[ ! -e $run/$marker && -n $(ls -A "$run") ]]; then
      die "refusing to remove $dir: not a directory made by pg_server.sh"
    fi
    if [[ -f $run/data/postmaster.pid ]] && find_bindir; then
      pg_user=$(stat -c %U "$run/data")
      if running "$run/data"; then
        as_pg "$bindir/pg_ctl" stop -m fast -w -D "$run/data" >/dev/null 2>&1 ||
          as_pg "$bindir/pg_ctl" stop -m immediate -w -D "$run/data" >/dev/null ||
          die "could not stop the server of $dir"
      fi
    fi
    rm -rf "$run"
  fi
  if [[ -L $dir ]]; then rm -f "$dir"; fi
  run=""
}

# On a failed start: prints the end of the log and stops the server if it runs.
on_exit() {
  local rc=$?
  if ((rc == 0)) || [[ -z $run ]]; then return; fi
  if [[ -s $run/log ]]; then
    echo "--- last lines of $run/log:" >&2
    tail -n 20 "$run/log" >&2
  fi
  if [[ -f $run/data/postmaster.pid ]]; then
    as_pg "$bindir/pg_ctl" stop -m immediate -D "$run/data" >/dev/null 2>&1 || true
  fi
}

start() {
  local dir=$1 base port from i
  if ! find_bindir; then
    echo "skipping: PostgreSQL 15 server not installed (make deps installs it)" >&2
    exit 77
  fi
  pg_user=$(id -un)
  if [[ $EUID -eq 0 ]]; then
    id -u postgres >/dev/null 2>&1 ||
      die "no postgres user to run the server as (the postgresql-15 package makes it)"
    pg_user=postgres
  fi
  stop "$dir"
  mkdir -p "$(dirname "${dir%/}")"
  dir=$(absolute "$dir")

  trap on_exit EXIT
  if fits "$dir"; then
    mkdir "$dir"
    run=$dir
  else
    for base in "${TMPDIR:-/tmp}" /tmp; do
      if fits "$base/acta-pg.XXXXXX"; then break; fi
    done
    run=$(mktemp -d "$base/acta-pg.XXXXXX")
    ln -s "$run" "$dir"
  fi
  touch "$run/$marker" "$run/log"
  if [[ $EUID -eq 0 ]]; then chown -R postgres: "$run"; fi

  as_pg "$bindir/initdb" -D "$run/data" -E UTF8 --locale=C --no-sync \
    --auth-local=trust --auth-host=trust >>"$run/log" 2>&1 || die "initdb failed"
  cat >>"$run/data/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
unix_socket_directories = '${run//\'/\'\'}'
fsync = off
synchronous_commit = off
full_page_writes = off
shared_buffers = 16MB
max_connections = 50
EOF

  # A port derived from our PID; another one when it is taken, even between the
  # check and the server binding it.
  for ((i = 0; i < 20; i++)); do
    port=$((55000 + ($$ + i * 997) % 5000))
    if in_use "$port"; then continue; fi
    from=$(($(stat -c %s "$run/log") + 1))
    # shellcheck disable=SC2094  # pg_ctl and the server append to the log, too
    if as_pg "$bindir/pg_ctl" start -w -t 60 -D "$run/data" -l "$run/log" \
      -o "-p $port" >/dev/null 2>>"$run/log"; then
      as_pg "$bindir/createdb" -h 127.0.0.1 -p "$port" acta_test >>"$run/log" 2>&1 ||
        die "could not create the database acta_test"
      echo "postgresql://$pg_user@127.0.0.1:$port/acta_test" | tee "$run/url"
      return 0
    fi
    tail -c "+$from" "$run/log" | grep -q "Address already in use" ||
      die "the server did not start"
  done
  die "found no free port"
}

if [[ $# -ne 2 || ($1 != start && $1 != stop) ]]; then
  echo "usage: pg_server.sh start|stop DIR" >&2
  exit 2
fi
"$1" "$2"
