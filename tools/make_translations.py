"""Update the .ts files from the UI sources, add the code labels, compile the .qm files.

    python tools/make_translations.py          # lupdate + code labels + lrelease
    python tools/make_translations.py --release  # only lrelease (what the build runs)

``fallakte_de.ts`` is the source of the German texts (edit it with ``pyside6-linguist``);
the ``codes`` context is generated from ``desktop_app.domain.codes`` German labels.
"""

from __future__ import annotations

import copy
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


def _known_translations(path: Path) -> dict[str, ET.Element]:
    """Finished translations by source text, where every context agrees on one."""
    found: dict[str, ET.Element] = {}
    clashing: set[str] = set()
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if source is None or translation is None or translation.get("type"):
            continue
        if not ((translation.text or "").strip() or len(translation)):
            continue
        before = found.setdefault(source, translation)
        if ET.tostring(before) != ET.tostring(translation):
            clashing.add(source)
    return {source: t for source, t in found.items() if source not in clashing}


def _carry_over(path: Path, known: dict[str, ET.Element]) -> None:
    """Give a text that moved to another class (new context) the translation it had."""
    tree = ET.parse(path)
    changed = False
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        source = message.findtext("source")
        if translation is None or translation.get("type") != "unfinished" or source not in known:
            continue
        message.remove(translation)
        message.append(copy.deepcopy(known[source]))
        changed = True
    if changed:
        ET.indent(tree)
        tree.write(path, encoding="utf-8", xml_declaration=True)


def update_sources() -> None:
    """Run lupdate over every UI module into the German and English .ts files.

    ``-no-obsolete`` drops the messages of a class that no longer has them; a text that only
    moved to another class keeps its translation (carried over by its source text).
    """
    sources = sorted(str(p) for p in (ROOT / "desktop_app" / "ui").rglob("*.py"))
    for lang in ("de", "en"):
        known = _known_translations(FOLDER / f"fallakte_{lang}.ts")
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
        _carry_over(FOLDER / f"fallakte_{lang}.ts", known)


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
    # One message per code list and code: the same English label means different things in
    # different lists (``family``: *Familienberatung* as a session form, *Familie* as a topic),
    # so the list's name is the message's disambiguation (``comment``; ui/common/labels.py).
    for enum, labels in GERMAN_LABELS.items():
        for member in enum:
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = label_en(member)
            ET.SubElement(message, "comment").text = enum.__name__
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
