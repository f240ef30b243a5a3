"""Write the DEP-5 copyright file of the .deb with the licence text of every bundled component.

    python installer/make_copyright.py BUNDLE_FOLDER PYZ_TOC... > copyright
    python installer/make_copyright.py --site LIB_FOLDER INSTALLED_PATH > copyright  # server

Run with the build venv's Python (installer/build_deb.sh). The components are found, not listed
by hand: the top-level modules of PyInstaller's archive (its ``PYZ-*.toc`` files in the work
folder) and the folders of ``_internal/``, mapped to their installed distributions with
:func:`importlib.metadata.packages_distributions`. Each gets a ``Files:`` paragraph with the
copyright lines and the full text of its own licence files; Python's own licence (PSF) is added
from the interpreter. A component with no licence file fails the build (exit 1): the inventory
must be complete (the same list goes into the Windows installer, installer/windows/).
"""

from __future__ import annotations

import ast
import re
import sys
import sysconfig
from importlib import metadata
from pathlib import Path

HEADER = """\
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: fallakte
Upstream-Contact: Fallakte project <fallakte@example.invalid>
Comment: The package bundles Python, Qt (PySide6) and the Python libraries below in
 /opt/fallakte/_internal (PyInstaller); docs/DEPLOYMENT.md lists how they are updated.

Files: *
Copyright: 2024-2026 the Fallakte project
License: EUPL-1.2
 The European Union Public Licence v. 1.2 applies; its text is in the Fallakte
 source tree (LICENSE) and at https://eupl.eu/1.2/en/.
"""
LICENCE_FILE = re.compile(r"(^|/)(LICEN[CS]E|COPYING|NOTICE|AUTHORS)[^/]*$", re.IGNORECASE)
SPDX_BY_CLASSIFIER = {
    "MIT License": "MIT",
    "Apache Software License": "Apache-2.0",
    "BSD License": "BSD",
    "Python Software Foundation License": "PSF-2.0",
    "Mozilla Public License 2.0 (MPL 2.0)": "MPL-2.0",
    "ISC License (ISCL)": "ISC",
    "GNU Lesser General Public License v3 (LGPLv3)": "LGPL-3.0",
}


def bundled_top_levels(bundle: Path, tocs: list[Path]) -> set[str]:
    """Top-level module names in PyInstaller's archives and folders of ``_internal``."""
    names = {p.name.split(".")[0] for p in (bundle / "_internal").iterdir()}
    for toc in tocs:
        _, modules = ast.literal_eval(toc.read_text("utf-8"))  # (archive, [(name, path, kind)])
        names.update(str(entry[0]).split(".")[0] for entry in modules)
    return names


def bundled_distributions(bundle: Path, tocs: list[Path]) -> list[metadata.Distribution]:
    """The installed distributions whose modules are in the bundle (not the project itself)."""
    tops = bundled_top_levels(bundle, tocs)
    names = {
        d for top, dists in metadata.packages_distributions().items() if top in tops for d in dists
    }
    names.discard("fallakte")
    return sorted(
        (metadata.distribution(n) for n in names), key=lambda d: d.metadata["Name"].lower()
    )


def licence_name(dist: metadata.Distribution) -> str:
    """The distribution's licence as a short name (SPDX expression where it gives one)."""
    meta = dist.metadata
    expression = meta.get("License-Expression")
    if expression:
        return str(expression)
    text = (meta.get("License") or "").strip()
    if text and "\n" not in text and len(text) < 60 and text.upper() != "UNKNOWN":
        return text
    for classifier in meta.get_all("Classifier") or []:
        name = classifier.rsplit(" :: ", 1)[-1]
        if classifier.startswith("License ::") and name in SPDX_BY_CLASSIFIER:
            return SPDX_BY_CLASSIFIER[name]
    return "other"


# Wheels that install no licence file but name licences Debian ships the texts of: the option
# the package is distributed under (Qt for Python: LGPL-3.0, which adds to GPL-3.0).
COMMON_TEXTS = {"LGPL-3.0-only": ("LGPL-3", "GPL-3")}
# A full text Debian ships in /usr/share/common-licenses is replaced by a pointer to it (Debian
# policy 12.5; lintian's copyright-file-contains-full-*-license).
COMMON_LICENCES = [
    ("Apache-2.0", r"Apache License\s+Version 2\.0, January 2004"),
    ("LGPL-3", r"GNU LESSER GENERAL PUBLIC LICENSE\s+Version 3"),
    ("LGPL-2.1", r"GNU LESSER GENERAL PUBLIC LICENSE\s+Version 2\.1"),
    ("GPL-3", r"GNU GENERAL PUBLIC LICENSE\s+Version 3"),
    ("GPL-2", r"GNU GENERAL PUBLIC LICENSE\s+Version 2"),
    ("MPL-2.0", r"Mozilla Public License Version 2\.0"),
]


def pointer(name: str) -> str:
    """The Debian way to give a licence text that every system has."""
    return (
        f"On Debian systems the full text of this licence is in /usr/share/common-licenses/{name}."
    )


def shortened(text: str) -> str:
    """``text``, or a pointer if it is a full licence text Debian ships (on Debian only: the
    Windows installer's inventory keeps every text)."""
    if not Path("/usr/share/common-licenses").is_dir():
        return text
    for name, pattern in COMMON_LICENCES:
        if re.search(pattern, text[:2000]) and "TERMS AND CONDITIONS" in text.upper():
            return pointer(name)
    return text


QT_COMMENT = (
    "Qt's libraries carry third-party code under their own licences (PDFium with FreeType,"
    " OpenJPEG, LittleCMS, libjpeg-turbo; image plugins with libtiff, libwebp; ICU 73);"
    " https://doc.qt.io/qt-6/licenses-used-in-qt.html lists them for this Qt version."
)


def _common_text(name: str) -> str:
    """A licence text from Debian's common-licenses, else a pointer to the SPDX text."""
    path = Path("/usr/share/common-licenses", name)
    if path.exists():
        return path.read_text("utf-8")
    spdx = name.replace("-3", "-3.0-only")
    return f"The text of {name} is at https://spdx.org/licenses/{spdx}.html."


def licence_texts(dist: metadata.Distribution) -> list[str]:
    """The text of each licence, notice or authors file the distribution installed (or, for a
    wheel without one, the Debian copy of the licence it names)."""
    texts = []
    for file in dist.files or []:
        if LICENCE_FILE.search(str(file)):
            path = Path(str(dist.locate_file(file)))
            if path.is_file():
                texts.append(shortened(path.read_text("utf-8", errors="replace")))
    if not texts:
        for name, files in COMMON_TEXTS.items():
            if name in licence_name(dist):
                texts += [shortened(_common_text(f)) for f in files]
    return texts


def copyright_lines(dist: metadata.Distribution, texts: list[str]) -> list[str]:
    """Copyright notices from the licence files, else the distribution's author."""
    found: list[str] = []
    for text in texts:
        for line in text.splitlines():
            notice = re.sub(r"^(\s*(Copyright|\(c\))[:\s]*)+", "", line.strip(), flags=re.I)
            is_notice = re.match(r"^\s*(Copyright|\(c\))", line.strip(), re.I) is not None
            if is_notice and notice and notice not in found and len(notice) < 120:
                found.append(notice)
    if not found:
        author = dist.metadata.get("Author") or dist.metadata.get("Author-email") or ""
        found.append(f"the {dist.metadata['Name']} authors {author}".strip())
    return found[:8]


def field(name: str, first: str, body: str) -> str:
    """A DEP-5 field with a continuation body (blank lines as `` .``)."""
    lines = [
        f" {line.rstrip()}" if line.strip() else " ." for line in body.strip("\n").splitlines()
    ]
    return "\n".join([f"{name}: {first}", *lines])


def paragraph(files: str, copyrights: list[str], licence: str, text: str, comment: str) -> str:
    """One ``Files:`` paragraph with the licence text in its ``License:`` field."""
    head = [f"Files: {files}", "Copyright: " + "\n ".join(copyrights)]
    return "\n".join([*head, field("License", licence, text), f"Comment: {comment}"])


def python_paragraph(prefix: str) -> str:
    """CPython itself (libpython, the standard library in the archive)."""
    stdlib = Path(sysconfig.get_paths()["stdlib"])
    found = [
        p for p in (stdlib / "LICENSE.txt", Path(sys.base_prefix) / "LICENSE.txt") if p.exists()
    ]
    text = found[0].read_text("utf-8")
    return paragraph(
        f"{prefix}/libpython* {prefix}/python3.11/*",
        ["2001-2024 Python Software Foundation"],
        "PSF-2.0",
        text,
        f"CPython {sys.version.split()[0]}",
    )


ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons" / "ui"


def icons_paragraph(prefix: str) -> str:
    """The interface icons (Lucide, ISC; the ones derived from Feather, MIT), bundled as SVG
    in ``resources/icons/ui`` with their licence file."""
    return paragraph(
        f"{prefix}/resources/icons/ui/*",
        ["2026 Lucide Icons and Contributors", "2013-present Cole Bemis"],
        "ISC and MIT",
        (ICONS / "LICENSE").read_text("utf-8"),
        "Lucide icons (lucide-static 1.62.0), drawn in the theme's colours at run time",
    )


def main(dists: list[metadata.Distribution], prefix: str, bundled_python: bool) -> int:
    """Print the whole file; 1 if a component has no licence text."""
    paragraphs, missing = [HEADER.rstrip("\n")], []
    if bundled_python:  # the desktop bundle (not the server's venv): Python and the icons
        paragraphs.append(python_paragraph(prefix))
        paragraphs.append(icons_paragraph(prefix))
    for dist in dists:
        name, version = dist.metadata["Name"], dist.version
        texts = licence_texts(dist)
        if not texts:
            missing.append(name)
            continue
        files = " ".join(sorted(f"{prefix}/{t}*" for t in _tops(dist)) or [f"{prefix}/*"])
        body = "\n\n".join(texts)
        copyrights = copyright_lines(dist, texts)
        licence = licence_name(dist)
        comment = f"{name} {version}" + (f". {QT_COMMENT}" if name.startswith("PySide6") else "")
        paragraphs.append(paragraph(files, copyrights, licence, body, comment))
    print("\n\n".join(paragraphs))
    for name in missing:
        print(f"make_copyright: {name} has no licence file", file=sys.stderr)
    return 1 if missing else 0


def _tops(dist: metadata.Distribution) -> set[str]:
    """The distribution's top-level names as they appear in ``_internal``."""
    names = set()
    for file in dist.files or []:
        first = Path(str(file)).parts[0]
        if not first.endswith((".dist-info", ".pth")) and first not in ("..", "__pycache__"):
            names.add(first.removesuffix(".py"))
    return names


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--site":
        site = Path(sys.argv[2])
        found = sorted(metadata.distributions(path=[str(site)]), key=lambda d: d.name.lower())
        sys.exit(main([d for d in found if d.name != "fallakte"], sys.argv[3], False))
    if len(sys.argv) < 3:
        sys.exit("usage: make_copyright.py BUNDLE_FOLDER PYZ_TOC... | --site FOLDER PATH")
    bundle = Path(sys.argv[1])
    # Patterns are expanded here too: cmd.exe on the Windows runner does not expand them.
    tocs = [t for arg in sys.argv[2:] for t in sorted(Path().glob(arg))]
    dists = bundled_distributions(bundle, tocs)
    sys.exit(main(dists, "opt/fallakte/_internal", True))
