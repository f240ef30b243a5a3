#!/usr/bin/env bash
# make installer-test, server part: lintian on dist/fallakte-server_*.deb, install it next to
# the local PostgreSQL, check user, conffile rights and the systemd unit (systemd-analyze
# verify), migrate, serve as the system user, enroll and sync one client through it, reinstall
# as an upgrade (postinst migrates), then dpkg -r / -P. Needs root and PostgreSQL on
# 127.0.0.1:5432 (.ci/run starts it).
set -euo pipefail
cd "$(dirname "$0")/../.."

PY=${PY:-.venv/bin/python}
version=$("$PY" -c 'from importlib.metadata import version; print(version("fallakte"))')
deb=dist/fallakte-server_${version}_$(dpkg --print-architecture).deb
db=fallakte_pkgtest
port=${FALLAKTE_PKGTEST_PORT:-18765}
env_file=/etc/fallakte/server.env
fail() { echo "server-package-test: $*" >&2; exit 1; }
say() { echo "server-package-test: $*"; }
as_server() { runuser -u fallakte -- sh -c "set -a; . $env_file; set +a; exec fallakte-server $*"; }
psql_admin() { psql -h 127.0.0.1 -U postgres -d postgres -qtAX "$@"; }

test -f "$deb" || fail "$deb missing: run make server-package"
[ "$(id -u)" = 0 ] || fail "needs root (dpkg -i)"
say "lintian $deb"
lintian --fail-on error --tag-display-limit 0 "$deb" || fail "lintian found an error (above)"
if dpkg-query -W fallakte-server >/dev/null 2>&1; then dpkg -P fallakte-server >/dev/null; fi

work=$(mktemp -d)
server_pid=
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
  dpkg -P fallakte-server >/dev/null 2>&1 || true
  psql_admin -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

say "dpkg -i $deb"
dpkg -i "$deb"
dpkg --verify fallakte-server || fail "dpkg --verify: installed files differ from the md5sums"
getent passwd fallakte >/dev/null || fail "no system user fallakte"
[ "$(stat -c '%U:%G %a' $env_file)" = "root:fallakte 640" ] || fail "$env_file: $(stat -c '%U:%G %a' $env_file)"
dpkg-query -W -f='${Conffiles}\n' fallakte-server | grep -q "$env_file" || fail "no conffile"
man -l /usr/share/man/man1/fallakte-server.1.gz 2>/dev/null | grep -q "^NAME" || fail "no man page"
if command -v systemd-analyze >/dev/null; then
  systemd-analyze verify /lib/systemd/system/fallakte-server.service \
    || fail "systemd-analyze verify found a problem (above)"
  say "systemd-analyze verify: ok"
fi

# The database as OPERATIONS.md describes it, on the local PostgreSQL.
psql_admin -c "DO \$\$BEGIN CREATE ROLE fallakte LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END\$\$"
psql_admin -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db OWNER fallakte"
sed -i -e "s#^FALLAKTE_SERVER_DB=.*#FALLAKTE_SERVER_DB=postgresql://fallakte@127.0.0.1:5432/$db#" \
  -e "s#^FALLAKTE_SERVER_PORT=.*#FALLAKTE_SERVER_PORT=$port#" "$env_file"
as_server migrate
runuser -u fallakte -- sh -c "set -a; . $env_file; set +a; exec fallakte-server serve" \
  >"$work/server.log" 2>&1 &
server_pid=$!
url=http://127.0.0.1:$port
for _ in $(seq 1 100); do
  "$PY" -c "import httpx,sys; sys.exit(httpx.get('$url/healthz').status_code != 200)" \
    2>/dev/null && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log"; fail "server did not start"; }
  sleep 0.2
done
pgrep -u fallakte -f "sync_server.cli serve" >/dev/null || fail "the server does not run as fallakte"
say "serving $url as the system user fallakte"

# One client enrolls and syncs through the packaged server.
team=$(as_server create-team "'Team Paket'" --json | "$PY" -c 'import json,sys; print(json.load(sys.stdin)["team_id"])')
code=$(as_server create-user anna.paket --team "$team" --role lead --json \
  | "$PY" -c 'import json,sys; print(json.load(sys.stdin)["enrollment_code"])')
client() {
  env FALLAKTE_DATA_DIR="$work/laptop" FALLAKTE_PASSPHRASE="Paket-Test am Neckar 2026" \
    FALLAKTE_ENROLLMENT_CODE="$code" FALLAKTE_POLICY="$work/no-policy.json" \
    PYTHON_KEYRING_BACKEND=keyring.backends.fail.Keyring "$PY" -m desktop_app.cli "$@"
}
client enroll --server "$url" --username anna.paket >/dev/null || fail "enroll failed"
client demo-data --cases 2 --sessions-per-case 1 >/dev/null
client sync || fail "sync failed"
rows=$(psql_admin -d "$db" -c "SELECT count(*) FROM records")
[ "$rows" -gt 0 ] || fail "the server holds no records after the sync"
say "one client synced $rows records through the package"
kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=

# An upgrade (the same package again): postinst runs migrate with the kept settings.
out=$(dpkg -i "$deb" 2>&1) || { echo "$out"; fail "upgrade failed"; }
echo "$out" | grep -q "upgrading from $version: fallakte-server migrate" || fail "no migrate: $out"
grep -q "^FALLAKTE_SERVER_PORT=$port$" "$env_file" || fail "the upgrade replaced the settings"

dpkg -r fallakte-server
test -f "$env_file" || fail "dpkg -r removed the conffile"
test ! -e /usr/lib/fallakte-server || fail "/usr/lib/fallakte-server left: $(find /usr/lib/fallakte-server | head)"
dpkg -P fallakte-server
test ! -e "$env_file" || fail "dpkg -P kept $env_file"
say "installed, migrated, served, synced, upgraded and removed"
