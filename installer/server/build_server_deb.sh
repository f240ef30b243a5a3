#!/usr/bin/env bash
# Build dist/fallakte-server_<version>_<arch>.deb (make server-package). Layout:
#   /usr/lib/fallakte-server/            sync_server, sync_protocol and their wheels (cp311),
#                                        run by Debian's python3 (3.11), compiled by postinst
#   /usr/bin/fallakte-server             a wrapper: python3 -m sync_server.cli
#   /lib/systemd/system/                 fallakte-server.service (hardened)
#   /etc/fallakte/server.env             the settings, a conffile (0640 root:fallakte)
#   /usr/share/doc/fallakte-server/      copyright, changelog, OPERATIONS.md, examples/nginx
#   /usr/share/man/man1/                 fallakte-server.1 (from the argparse parser)
# Maintainer scripts (installer/server/): the system user, migrate on upgrade, the service.
set -euo pipefail
cd "$(dirname "$0")/../.."

PY=${PY:-.venv/bin/python}
here=installer/server
version=$("$PY" -c 'from importlib.metadata import version; print(version("fallakte"))')
arch=$(dpkg --print-architecture)
stage=build/deb/fallakte-server_${version}_${arch}
deb=dist/fallakte-server_${version}_${arch}.deb
lib=$stage/usr/lib/fallakte-server
doc=$stage/usr/share/doc/fallakte-server

rm -rf "$stage"
install -d "$stage/DEBIAN" "$lib" "$stage/usr/bin" "$stage/lib/systemd/system" \
  "$stage/etc/fallakte" "$doc/examples" "$stage/usr/share/man/man1"

# The server's own code and the third-party wheels it imports (not the desktop app's Qt).
read -r -a requirements <<< "$("$PY" installer/server/requirements.py)"
"$PY" -m pip install -q --disable-pip-version-check --no-compile --only-binary=:all: \
  --target "$lib" "${requirements[@]}"
rm -rf "$lib/bin"
for package in sync_server sync_protocol; do
  cp -r "$package" "$lib/"
done
find "$lib" -name __pycache__ -prune -exec rm -rf {} +
meta="$lib/fallakte-${version}.dist-info"
install -d "$meta"
printf 'Metadata-Version: 2.1\nName: fallakte\nVersion: %s\n' "$version" > "$meta/METADATA"
python3 installer/tidy_elf.py "$lib"
find "$lib" -type f -name '*.so*' -exec strip --strip-unneeded --remove-section=.comment \
  --remove-section=.note {} +

install -m 755 "$here/fallakte-server" "$stage/usr/bin/fallakte-server"
install -m 644 "$here/fallakte-server.service" "$stage/lib/systemd/system/"
install -m 644 "$here/server.env" "$stage/etc/fallakte/server.env"
install -m 644 "$here/nginx-fallakte.conf" "$doc/examples/"
install -m 644 "$here/compose.yaml" "$here/Containerfile" "$doc/examples/"
gzip -9n -c "$here/changelog" > "$doc/changelog.gz"
gzip -9n -c docs/OPERATIONS.md > "$doc/OPERATIONS.md.gz"
QT_QPA_PLATFORM=offscreen "$PY" installer/make_manpages.py build/man
gzip -9n -c build/man/fallakte-server.1 > "$stage/usr/share/man/man1/fallakte-server.1.gz"
"$PY" installer/make_copyright.py --site "$lib" usr/lib/fallakte-server > "$doc/copyright"
for script in postinst prerm postrm; do
  install -m 755 "$here/$script" "$stage/DEBIAN/$script"
done
install -m 644 "$here/conffiles" "$stage/DEBIAN/conffiles"
find "$stage" -type d -exec chmod 755 {} +

depends=$(installer/shlibdeps.sh fallakte-server "$lib")
size_kb=$(du -sk --apparent-size --exclude=DEBIAN "$stage" | cut -f1)
sed -e "s/@VERSION@/$version/" -e "s/@ARCH@/$arch/" -e "s/@INSTALLED_SIZE@/$size_kb/" \
  -e "s/@DEPENDS@/$depends/" "$here/control.in" > "$stage/DEBIAN/control"
(cd "$stage" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | sort -z \
  | xargs -0 md5sum) > "$stage/DEBIAN/md5sums"

dpkg-deb --root-owner-group -Zxz --build "$stage" "$deb" >/dev/null
echo "build_server_deb: $deb ($(du -h "$deb" | cut -f1), installed $((size_kb / 1024)) MiB)"
