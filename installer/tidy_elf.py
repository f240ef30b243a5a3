"""Tidy the bundle's ELF files for Debian: no RUNPATH out of the bundle, libraries not
executable, every library linked against libc.

    python3 installer/tidy_elf.py FOLDER

Wheels and PyInstaller's Python carry search paths into the build machine (the Python prefix,
``/root/.pyenv/...``); on an installed system they point nowhere or, worse, somewhere a user can
write. ``$ORIGIN``-relative entries stay (Qt finds its own libraries that way); a file left with
none loses the tag (``patchelf --remove-rpath``). Shared libraries get mode 0644 (only the
two executables run). A few of CPython's extension modules call no libc function and so name
no libc; they get ``NEEDED libc.so.6`` (harmless: the process has libc loaded anyway), so the
linker and lintian see a normal library. Prints what it changed; exit 1 without patchelf.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from check_bundle import elf_files, needed


def runpath(path: Path) -> list[str]:
    """The file's RUNPATH (or RPATH) entries."""
    out = subprocess.run(
        ["patchelf", "--print-rpath", str(path)], capture_output=True, text=True, check=True
    ).stdout.strip()
    return [entry for entry in out.split(":") if entry]


def fix(path: Path) -> bool:
    """Keep only ``$ORIGIN`` entries; True if the file changed."""
    entries = runpath(path)
    kept = [e for e in entries if e.startswith(("$ORIGIN", "${ORIGIN}"))]
    if kept == entries:
        return False
    args = ["--set-rpath", ":".join(kept)] if kept else ["--remove-rpath"]
    subprocess.run(["patchelf", *args, str(path)], check=True)
    return True


def _library(path: Path) -> bool:
    return path.name.endswith(".so") or ".so." in path.name


def link_libc(path: Path) -> bool:
    """Add ``NEEDED libc.so.6`` to a shared library without it; True if it changed."""
    if not _library(path) or "libc.so.6" in needed(path):
        return False
    subprocess.run(["patchelf", "--add-needed", "libc.so.6", str(path)], check=True)
    return True


def main(folder: Path) -> int:
    """Fix every ELF file under ``folder``."""
    if shutil.which("patchelf") is None:
        print("tidy_elf: patchelf missing (Debian package patchelf)", file=sys.stderr)
        return 1
    files = elf_files(folder)
    changed = [p for p in files if fix(p)]
    linked = [p for p in files if link_libc(p)]
    for path in files:
        if _library(path):
            path.chmod(0o644)
    print(
        f"tidy_elf: foreign RUNPATH removed from {len(changed)} files, libc linked to {len(linked)}"
    )
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: tidy_elf.py FOLDER")
    sys.exit(main(Path(sys.argv[1])))
