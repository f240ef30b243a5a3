#!/usr/bin/env bash
# CI step (make installer-test): lintian on the built .deb (any error fails; the accepted tags
# are in installer/debian/lintian-overrides with their reasons), install it with dpkg -i, verify
# it against its md5sums, check the installed commands, man pages and RUNPATHs, start the
# installed GUI on Xvfb to a screenshot of the unlock screen, measure (bench/results/installer.*),
# then dpkg -r / dpkg -P and check that no file is left behind. Then the server package
# (installer/server/test_server_deb.sh). Needs root, and the Debian packages of .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."

PY=${PY:-.venv/bin/python}
version=$("$PY" -c 'from importlib.metadata import version; print(version("fallakte"))')
deb=dist/fallakte_${version}_$(dpkg --print-architecture).deb
watched=(/opt /usr/bin /usr/share/applications /usr/share/icons/hicolor /usr/share/doc /etc
         /usr/share/man/man1 /usr/share/lintian/overrides)
fail() { echo "installer-test: $*" >&2; exit 1; }
snapshot() { find "${watched[@]}" -xdev 2>/dev/null | sort; }

test -f "$deb" || fail "$deb missing: run make installer"
[ "$(id -u)" = 0 ] || fail "needs root (dpkg -i)"
if dpkg-query -W fallakte >/dev/null 2>&1; then dpkg -P fallakte >/dev/null; fi

echo "installer-test: lintian $deb"
lintian --fail-on error --tag-display-limit 0 "$deb" || fail "lintian found an error (above)"

work=$(mktemp -d)
xvfb_pid=
cleanup() {
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  dpkg -P fallakte >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
snapshot > "$work/before"

echo "installer-test: dpkg -i $deb"
dpkg -i "$deb"
dpkg-query -W -f='${Status} ${Version} ${Installed-Size} KiB\n' fallakte
dpkg --verify fallakte || fail "dpkg --verify: installed files differ from the md5sums"
test -s /var/lib/dpkg/info/fallakte.md5sums || fail "no md5sums"
for page in fallakte fallakte-desktop; do
  man -l "/usr/share/man/man1/$page.1.gz" 2>/dev/null | grep -q "^NAME" || fail "no man page $page"
done
foreign=$(find /opt/fallakte -type f -name '*.so*' -exec objdump -p {} + 2>/dev/null \
  | awk '$1 ~ /^R(UN)?PATH$/ && $2 !~ /^\$ORIGIN/' | sort -u)
[ -z "$foreign" ] || fail "RUNPATH out of the bundle: $foreign"

# The commands on the PATH, run as a user would: no venv, no source tree.
export HOME="$work/home" FALLAKTE_DATA_DIR="$work/home/vault"
mkdir -p "$HOME"
got=$(cd / && env -i PATH=/usr/bin:/bin HOME="$HOME" fallakte --version)
[ "$got" = "fallakte $version" ] || fail "fallakte --version said '$got', not 'fallakte $version'"
echo "installer-test: $got"
(cd / && env -i PATH=/usr/bin:/bin HOME="$HOME" fallakte self-test) || fail "fallakte self-test failed"
# A user's vault, made with the installed CLI; it must survive dpkg -r and dpkg -P.
(cd / && env -i PATH=/usr/bin:/bin HOME="$HOME" FALLAKTE_DATA_DIR="$FALLAKTE_DATA_DIR" \
  FALLAKTE_PASSPHRASE="Installer-Test 2026" PYTHON_KEYRING_BACKEND=keyring.backends.fail.Keyring \
  fallakte init >/dev/null)
(cd / && env -i PATH=/usr/bin:/bin HOME="$HOME" FALLAKTE_DATA_DIR="$FALLAKTE_DATA_DIR" \
  FALLAKTE_PASSPHRASE="Installer-Test 2026" PYTHON_KEYRING_BACKEND=keyring.backends.fail.Keyring \
  fallakte demo-data --cases 3 --sessions-per-case 2) || fail "fallakte demo-data failed"
grep -q '^Exec=/usr/bin/fallakte-desktop$' /usr/share/applications/fallakte.desktop
test -f /usr/share/icons/hicolor/256x256/apps/fallakte.png
test "$(cat /etc/fallakte/policy.json)" = "{}"
dpkg-query -W -f='${Conffiles}\n' fallakte | grep -q /etc/fallakte/policy.json || fail "no conffile"

# A malformed machine-wide policy stops the CLI with one line and exit code 2.
echo '{"idle_lock_minutes": 240}' > /etc/fallakte/policy.json
set +e
err=$(cd / && env -i PATH=/usr/bin:/bin HOME="$HOME" fallakte search x 2>&1 >/dev/null)
code=$?
set -e
[ $code = 2 ] && [ "$(echo "$err" | wc -l)" = 1 ] || fail "bad policy: exit $code, '$err'"
echo "installer-test: bad policy refused: $err"
echo '{}' > /etc/fallakte/policy.json

# The installed GUI on a virtual screen: timing and a screenshot of the unlock screen.
Xvfb :77 -screen 0 1280x1024x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 1 50); do xdpyinfo -display :77 >/dev/null 2>&1 && break; sleep 0.1; done
DISPLAY=:77 "$PY" -m bench.bench_installer --app /opt/fallakte \
  --screenshot bench/results/installer-unlock.png
kill "$xvfb_pid"; xvfb_pid=

echo "installer-test: dpkg -r fallakte"
dpkg -r fallakte
snapshot > "$work/after-remove"
left=$(comm -13 "$work/before" "$work/after-remove")
# dpkg -r keeps conffiles by design (IT's policy survives a reinstall); nothing else may stay.
[ "$left" = $'/etc/fallakte\n/etc/fallakte/policy.json' ] || fail "left after dpkg -r: $left"
for path in /opt/fallakte /usr/bin/fallakte /usr/bin/fallakte-desktop \
    /usr/share/applications/fallakte.desktop; do
  [ ! -e "$path" ] && [ ! -L "$path" ] || fail "$path still there after dpkg -r"
done
dpkg -P fallakte
snapshot > "$work/after-purge"
diff "$work/before" "$work/after-purge" || fail "files differ after dpkg -P"
test -f "$FALLAKTE_DATA_DIR/vault.db" || fail "the user's vault was removed"
echo "installer-test: removed without a trace (the user's data stays in $FALLAKTE_DATA_DIR)"
