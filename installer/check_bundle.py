"""Check a built folder against the Debian package's ``Depends:`` (like dpkg-shlibdeps, by hand).

    python3 installer/check_bundle.py dist/fallakte installer/debian/control.in

Every shared library a bundled ELF file needs directly (``objdump -p``: NEEDED) must be in the
bundle or come from a Debian package named in ``Depends:`` (found with ``ldconfig -p`` and
``dpkg -S``). Exit 1 and one line per problem otherwise: a library not found on this machine, or
a package missing from Depends. Prints the packages it found, so the list can be kept exact.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path


def elf_files(root: Path) -> list[Path]:
    """Every regular ELF file under ``root``."""
    found = []
    for path in root.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as f:
                if f.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def needed(path: Path) -> set[str]:
    """The sonames ``path`` names as NEEDED."""
    out = subprocess.run(["objdump", "-p", str(path)], capture_output=True, text=True).stdout
    return set(re.findall(r"^\s+NEEDED\s+(\S+)$", out, re.MULTILINE))


def system_libraries() -> dict[str, str]:
    """soname → path of the 64-bit libraries the dynamic linker knows (``ldconfig -p``)."""
    out = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, check=True).stdout
    found: dict[str, str] = {}
    for name, flags, path in re.findall(r"^\s+(\S+) \(([^)]*)\) => (\S+)$", out, re.MULTILINE):
        if "x86-64" in flags or "64" in flags:
            found.setdefault(name, path)
    return found


def package_of(path: str) -> str | None:
    """The Debian package that ships ``path`` (with or without the /usr prefix of usrmerge)."""
    for candidate in (path, path.removeprefix("/usr"), "/usr" + path):
        result = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
        if result.returncode == 0:
            return result.stdout.split(":", 1)[0].strip()
    return None


def declared_depends(control: Path) -> set[str]:
    """Package names in the control file's Depends field (alternatives and versions dropped)."""
    text = control.read_text("utf-8")
    match = re.search(r"^Depends:(.*(?:\n .*)*)", text, re.MULTILINE)
    if not match:
        return set()
    return {re.split(r"[\s(|]", item.strip())[0] for item in match.group(1).split(",") if item}


def main(bundle: Path, control: Path) -> int:
    """Report every problem; 0 if the bundle's needs are covered by Depends."""
    files = elf_files(bundle)
    bundled = {p.name for p in bundle.rglob("*")}
    wanted = set().union(*(needed(f) for f in files)) - bundled
    system = system_libraries()
    packages: dict[str, set[str]] = {}
    problems = []
    for soname in sorted(wanted):
        path = system.get(soname)
        package = package_of(path) if path else None
        if package is None:
            problems.append(f"{soname}: not found on this machine (or in no Debian package)")
        else:
            packages.setdefault(package, set()).add(soname)
    depends = declared_depends(control)
    for package in sorted(set(packages) - depends):
        problems.append(f"{package} (for {', '.join(sorted(packages[package]))}) is not in Depends")
    print(f"{len(files)} ELF files; system packages needed: {', '.join(sorted(packages))}")
    for line in problems:
        print(f"check_bundle: {line}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: check_bundle.py BUNDLE_FOLDER CONTROL_FILE")
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2])))
