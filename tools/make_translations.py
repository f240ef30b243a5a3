"""Update the .ts files from the UI sources, add the code labels, compile the .qm files.

    python tools/make_translations.py          # lupdate + code labels + lrelease
    python tools/make_translations.py --release  # only lrelease (what the build runs)

``fallakte_de.ts`` is the source of the German texts (edit it with ``pyside6-linguist``);
the ``codes`` context is generated from ``desktop_app.domain.codes`` German labels.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
BIN = Path(sys.executable).parent


def _tool(name: str) -> str:
    candidate = BIN / name
    return str(candidate) if candidate.exists() else name


def update_sources() -> None:
    """Run lupdate over every UI module into the German and English .ts files."""
    sources = sorted(str(p) for p in (ROOT / "desktop_app" / "ui").rglob("*.py"))
    for lang in ("de", "en"):
        subprocess.run(
            [
                _tool("pyside6-lupdate"),
                *sources,
                "-ts",
                str(FOLDER / f"fallakte_{lang}.ts"),
                "-source-language",
                "en",
                "-target-language",
                lang,
                "-no-obsolete",
                "-locations",
                "none",
            ],
            check=True,
        )


def add_code_labels() -> None:
    """Write the ``codes`` context (English label → German label) into fallakte_de.ts."""
    sys.path.insert(0, str(ROOT))
    from desktop_app.domain.codes import GERMAN_LABELS, label_en

    path = FOLDER / "fallakte_de.ts"
    tree = ET.parse(path)
    root = tree.getroot()
    for old in [c for c in root.findall("context") if c.findtext("name") == "codes"]:
        root.remove(old)
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = "codes"
    seen: set[str] = set()
    for enum, labels in GERMAN_LABELS.items():
        for member in enum:
            source = label_en(member)
            if source in seen:
                continue
            seen.add(source)
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = source
            ET.SubElement(message, "translation").text = labels[member.value]
    ET.indent(tree)
    tree.write(path, encoding="utf-8", xml_declaration=True)


def release() -> None:
    """Compile every .ts into a .qm next to it."""
    for ts in sorted(FOLDER.glob("*.ts")):
        subprocess.run(
            [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
            check=True,
        )


if __name__ == "__main__":
    if "--release" not in sys.argv:
        update_sources()
        add_code_labels()
    release()
