"""The project explains itself: decision records are numbered without gaps or doubles, every
reference to one resolves, and no code cites a design page that is not in the repository."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DECISIONS = ROOT / "docs" / "decisions"
SOURCES = ("desktop_app", "sync_protocol", "sync_server", "tests", "bench", "tools", "installer")


def _numbers(names: list[str]) -> list[int]:
    return sorted(int(m.group(1)) for n in names if (m := re.match(r"(\d{4})-.+\.md$", n)))


def numbering_problems(names: list[str]) -> list[str]:
    """Doubles and gaps in decision file names (``NNNN-title.md``)."""
    numbers = _numbers(names)
    doubles = sorted({n for n in numbers if numbers.count(n) > 1})
    gaps = sorted(set(range(1, max(numbers, default=0) + 1)) - set(numbers))
    return [f"{n:04d} twice" for n in doubles] + [f"{n:04d} missing" for n in gaps]


def _texts() -> list[tuple[Path, str]]:
    files = [p for folder in SOURCES for p in (ROOT / folder).rglob("*.py")]
    files += [*(ROOT / "docs").rglob("*.md"), ROOT / "README.md", ROOT / "pyproject.toml"]
    return [(p, p.read_text(encoding="utf-8")) for p in files if p.is_file()]


def test_decisions_are_numbered_without_gaps_or_doubles() -> None:
    assert numbering_problems([p.name for p in DECISIONS.glob("*.md")]) == []


def test_the_numbering_check_can_fail() -> None:
    names = ["0001-a.md", "0002-b.md", "0002-c.md", "0004-d.md"]
    assert numbering_problems(names) == ["0002 twice", "0003 missing"]


def test_every_decision_reference_resolves() -> None:
    known = {p.name for p in DECISIONS.glob("*.md")}
    numbers = set(_numbers(list(known)))
    bad = []
    for path, text in _texts():
        for ref in re.findall(r"docs/decisions/(\d{4}[\w.-]*)", text):
            number = int(ref[:4])
            named = ref if ref.endswith(".md") else None
            if number not in numbers or (named is not None and named not in known):
                bad.append(f"{path.relative_to(ROOT)}: docs/decisions/{ref}")
    assert not bad, "\n".join(bad)


def test_code_cites_docs_not_the_design_page() -> None:
    """DESIGN.md is not in the repository; what the code relies on lives in docs/."""
    cites = [
        str(path.relative_to(ROOT))
        for path, text in _texts()
        if path.suffix == ".py"
        and "DESIGN.md" in text
        and path.name != Path(__file__).name
        and "desktop_app/ui" not in path.as_posix()  # the ui branch moves those files
    ]
    assert cites == []
