#!/usr/bin/env bash
# Build dist/fallakte_<version>_<arch>.deb from the PyInstaller folder dist/fallakte
# (make installer runs the spec first). Layout:
#   /opt/fallakte/                      the PyInstaller folder (fallakte, fallakte-desktop, _internal/)
#   /usr/bin/fallakte{,-desktop}        symlinks into /opt/fallakte
#   /usr/share/applications/            fallakte.desktop
#   /usr/share/icons/hicolor/           the icon (256 px PNG and SVG)
#   /etc/fallakte/policy.json           the machine-wide policy, a conffile ({} = defaults)
# No maintainer scripts: dpkg itself removes every file on `dpkg -r` (the conffile on `dpkg -P`).
set -euo pipefail
cd "$(dirname "$0")/.."

PY=${PY:-.venv/bin/python}
DIST=dist/fallakte
version=$("$PY" -c 'from importlib.metadata import version; print(version("fallakte"))')
arch=$(dpkg --print-architecture)
stage=build/deb/fallakte_${version}_${arch}
deb=dist/fallakte_${version}_${arch}.deb

test -x "$DIST/fallakte" || { echo "build_deb: $DIST missing: run make installer" >&2; exit 1; }
python3 installer/check_bundle.py "$DIST" installer/debian/control.in

rm -rf "$stage"
install -d "$stage/DEBIAN" "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications" \
  "$stage/usr/share/icons/hicolor/256x256/apps" "$stage/usr/share/icons/hicolor/scalable/apps" \
  "$stage/usr/share/doc/fallakte" "$stage/etc/fallakte"
cp -a "$DIST" "$stage/opt/fallakte"
ln -s /opt/fallakte/fallakte "$stage/usr/bin/fallakte"
ln -s /opt/fallakte/fallakte-desktop "$stage/usr/bin/fallakte-desktop"
install -m 644 installer/debian/fallakte.desktop "$stage/usr/share/applications/"
install -m 644 resources/icons/fallakte.png "$stage/usr/share/icons/hicolor/256x256/apps/"
install -m 644 resources/icons/fallakte.svg "$stage/usr/share/icons/hicolor/scalable/apps/"
install -m 644 installer/debian/copyright "$stage/usr/share/doc/fallakte/"
install -m 644 installer/debian/policy.json "$stage/etc/fallakte/policy.json"
install -m 644 installer/debian/conffiles "$stage/DEBIAN/conffiles"
find "$stage" -type d -exec chmod 755 {} +

size_kb=$(du -sk --apparent-size --exclude=DEBIAN "$stage" | cut -f1)
sed -e "s/@VERSION@/$version/" -e "s/@ARCH@/$arch/" -e "s/@INSTALLED_SIZE@/$size_kb/" \
  installer/debian/control.in > "$stage/DEBIAN/control"

dpkg-deb --root-owner-group -Zgzip -z6 --build "$stage" "$deb" >/dev/null
echo "build_deb: $deb ($(du -h "$deb" | cut -f1), installed $((size_kb / 1024)) MiB)"
