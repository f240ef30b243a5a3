"""Which legal paragraphs fit which residence kind, and a warning when they do not.

A residence status is stored as its kind (a :class:`~desktop_app.domain.codes.ResidenceKind`
code) and the paragraph as the person typed it (``§ 25 Abs. 2``, ``25 II AufenthG``, ``60a``).
The paragraph is checked against the kind only to *warn*: the law changes more often than the
app, and an unusual but correct entry must still be saved.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop_app.domain.codes import ResidenceKind

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8}
_SECTION = re.compile(r"(\d{1,3}[a-z]?)\b", re.IGNORECASE)
_ABS = re.compile(r"^\s*(?:abs(?:atz)?\.?\s*(\d{1,2})|\((\d{1,2})\)|([ivx]{1,4})\b)", re.IGNORECASE)


@dataclass(frozen=True)
class Paragraph:
    """A section (``25``, ``60a``) and, if given, its subsection (*Absatz*)."""

    section: str
    subsection: int | None = None

    def __str__(self) -> str:
        return f"§ {self.section}" + (f" Abs. {self.subsection}" if self.subsection else "")


def _p(section: str, *subsections: int) -> tuple[Paragraph, ...]:
    if not subsections:
        return (Paragraph(section),)
    return tuple(Paragraph(section, n) for n in subsections)


def _sections(*names: str) -> tuple[Paragraph, ...]:
    return tuple(Paragraph(n) for n in names)


_TEMPORARY_PERMITS = _sections(
    "7", "16a", "16b", "16c", "16d", "16e", "16f", "17", "18a", "18b", "18d", "18g", "19",
    "19b", "19c", "19d", "20", "21", "22", "23", "23a", "24", "25", "25a", "25b", "26", "27",
    "28", "29", "30", "31", "32", "33", "34", "36", "36a", "37", "38", "38a", "104a", "104b",
)  # fmt: skip

ALLOWED: dict[ResidenceKind, tuple[Paragraph, ...]] = {
    ResidenceKind.GESTATTUNG: _sections("55"),
    ResidenceKind.DULDUNG: _sections("60a", "60b"),
    ResidenceKind.AUSBILDUNGSDULDUNG: _sections("60c"),
    ResidenceKind.BESCHAEFTIGUNGSDULDUNG: _sections("60d"),
    ResidenceKind.FIKTIONSBESCHEINIGUNG: _sections("81"),
    ResidenceKind.AUFENTHALTSERLAUBNIS: _TEMPORARY_PERMITS,
    ResidenceKind.NIEDERLASSUNGSERLAUBNIS: (
        _sections("9", "9a", "18c", "19c", "35", "38")
        + _p("21", 4)
        + _p("26", 3, 4)
        + _p("28", 2)
        + _p("31", 3)
    ),
    ResidenceKind.TEMPORARY_PROTECTION_24: _sections("24"),
    ResidenceKind.CHANCEN_AUFENTHALTSRECHT: _sections("104c"),
}
"""The paragraphs (of the AufenthG; § 55 of the AsylG for a *Gestattung*) each kind allows.

A kind that is not listed (EU citizen, German, other) takes any paragraph. An allowed entry
without a subsection allows every subsection of its section.
"""


def parse_paragraph(text: str | None) -> Paragraph | None:
    """The first section number in ``text`` with its subsection, or None if there is none.

    Understands ``§ 25 Abs. 2``, ``§25 Absatz 2``, ``25 (2)``, ``25 II AufenthG`` and ``60A``.
    """
    if not text:
        return None
    match = _SECTION.search(text)
    if match is None:
        return None
    section = match.group(1).lower()
    sub = _ABS.match(text[match.end() :])
    if sub is None:
        return Paragraph(section)
    number = sub.group(1) or sub.group(2)
    subsection = int(number) if number else _ROMAN.get(sub.group(3).lower())
    return Paragraph(section, subsection)


def fits(kind: ResidenceKind, paragraph: Paragraph) -> bool:
    """True if ``paragraph`` is one the law allows for ``kind`` (or ``kind`` has no list)."""
    allowed = ALLOWED.get(kind)
    if allowed is None:
        return True
    return any(
        a.section == paragraph.section
        and (a.subsection is None or paragraph.subsection in (None, a.subsection))
        for a in allowed
    )


def allowed_text(kind: ResidenceKind) -> str:
    """The allowed sections of ``kind`` for a message (``§ 60a, § 60b``); "" if any fits."""
    allowed = ALLOWED.get(kind, ())
    return ", ".join(dict.fromkeys(f"§ {a.section}" for a in allowed))


def paragraph_mismatch(kind: str | None, paragraph: str | None) -> Paragraph | None:
    """The typed paragraph if it does not fit ``kind`` (a warning, never a refusal), else None."""
    if not kind or kind not in ResidenceKind._value2member_map_:
        return None
    parsed = parse_paragraph(paragraph)
    if parsed is None or fits(ResidenceKind(kind), parsed):
        return None
    return parsed
