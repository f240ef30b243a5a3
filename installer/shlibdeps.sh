#!/usr/bin/env bash
# Print the versioned Depends of every ELF file under FOLDER, as debhelper computes them:
# dpkg-shlibdeps over the files, with the folder's own library directories searched first (a
# bundled library is no dependency) and Debian's shlibs/symbols files for the rest.
#   installer/shlibdeps.sh PACKAGE FOLDER   ->  libc6 (>= 2.34), libgcc-s1 (>= 4.2), ...
set -euo pipefail
package=$1
folder=$(realpath "$2")
here=$(realpath "$(dirname "$0")")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/debian"
printf 'Source: %s\n\nPackage: %s\nArchitecture: any\n' "$package" "$package" > "$work/debian/control"
python3 - "$here" "$folder" "$work" <<'PY'
import sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from check_bundle import elf_files
files = elf_files(Path(sys.argv[2]))
Path(sys.argv[3], "files").write_text("\n".join(map(str, files)) + "\n")
dirs = sorted({str(f.parent) for f in files if ".so" in f.name})
Path(sys.argv[3], "dirs").write_text("\n".join(f"-l{d}" for d in dirs) + "\n")
PY
mapfile -t files < "$work/files"
mapfile -t dirs < "$work/dirs"
(cd "$work" && dpkg-shlibdeps -O --ignore-missing-info --warnings=0 "${dirs[@]}" \
  -e "${files[@]}" 2>"$work/log") | sed -n 's/^shlibs:Depends=//p' | grep . \
  || { cat "$work/log" >&2; exit 1; }
