#!/usr/bin/env bash
# Build dist/fallakte_<version>_<arch>.deb from the PyInstaller folder dist/fallakte
# (make installer runs the spec first). Layout:
#   /opt/fallakte/                      the PyInstaller folder (fallakte, fallakte-desktop, _internal/)
#   /usr/bin/fallakte{,-desktop}        symlinks into /opt/fallakte
#   /usr/share/applications/            fallakte.desktop
#   /usr/share/icons/hicolor/           the icon (256 px PNG and SVG)
#   /etc/fallakte/policy.json           the machine-wide policy, a conffile ({} = defaults)
#   /usr/share/man/man1/                fallakte.1, fallakte-desktop.1 (from the argparse parsers)
#   /usr/share/doc/fallakte/            copyright (DEP-5, every bundled component's licence
#                                       text), changelog.gz
# Depends come from dpkg-shlibdeps over the bundle (versioned); RUNPATHs into the build machine
# are removed; DEBIAN/md5sums lists every file. `lintian` must accept the result but for the
# /opt tag (installer/debian/lintian-overrides; make installer-test runs it).
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
head -1 installer/debian/changelog | grep -q "^fallakte ($version)" \
  || { echo "build_deb: installer/debian/changelog has no entry for $version" >&2; exit 1; }

rm -rf "$stage"
install -d "$stage/DEBIAN" "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications" \
  "$stage/usr/share/icons/hicolor/256x256/apps" "$stage/usr/share/icons/hicolor/scalable/apps" \
  "$stage/usr/share/doc/fallakte" "$stage/etc/fallakte" "$stage/usr/share/man/man1" \
  "$stage/usr/share/lintian/overrides"
cp -a "$DIST" "$stage/opt/fallakte"
# Links to Qt libraries the spec pruned point nowhere: drop them.
find "$stage/opt/fallakte" -xtype l -delete
python3 installer/tidy_elf.py "$stage/opt/fallakte"
ln -s /opt/fallakte/fallakte "$stage/usr/bin/fallakte"
ln -s /opt/fallakte/fallakte-desktop "$stage/usr/bin/fallakte-desktop"
install -m 644 installer/debian/fallakte.desktop "$stage/usr/share/applications/"
install -m 644 resources/icons/fallakte.png "$stage/usr/share/icons/hicolor/256x256/apps/"
install -m 644 resources/icons/fallakte.svg "$stage/usr/share/icons/hicolor/scalable/apps/"
"$PY" installer/make_copyright.py "$stage/opt/fallakte" build/pyinstaller/fallakte/PYZ-*.toc \
  > "$stage/usr/share/doc/fallakte/copyright"
gzip -9n -c installer/debian/changelog > "$stage/usr/share/doc/fallakte/changelog.gz"
QT_QPA_PLATFORM=offscreen "$PY" installer/make_manpages.py build/man
for page in fallakte fallakte-desktop; do
  gzip -9n -c "build/man/$page.1" > "$stage/usr/share/man/man1/$page.1.gz"
done
install -m 644 installer/debian/lintian-overrides "$stage/usr/share/lintian/overrides/fallakte"
install -m 644 installer/debian/policy.json "$stage/etc/fallakte/policy.json"
install -m 644 installer/debian/conffiles "$stage/DEBIAN/conffiles"
find "$stage" -type d -exec chmod 755 {} +

depends=$(installer/shlibdeps.sh fallakte "$stage/opt/fallakte")
size_kb=$(du -sk --apparent-size --exclude=DEBIAN "$stage" | cut -f1)
sed -e "s/@VERSION@/$version/" -e "s/@ARCH@/$arch/" -e "s/@INSTALLED_SIZE@/$size_kb/" \
  -e "s/@DEPENDS@/$depends/" installer/debian/control.in > "$stage/DEBIAN/control"
python3 installer/check_bundle.py "$stage/opt/fallakte" "$stage/DEBIAN/control"
(cd "$stage" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | sort -z \
  | xargs -0 md5sum) > "$stage/DEBIAN/md5sums"

dpkg-deb --root-owner-group -Zgzip -z6 --build "$stage" "$deb" >/dev/null
echo "build_deb: $deb ($(du -h "$deb" | cut -f1), installed $((size_kb / 1024)) MiB)"
