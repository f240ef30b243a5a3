"""The printed agreement in every language, read back with pypdf: the signature block and its
labels on one page, organisation, manager and contact, *Ort, Datum*, the interpreter's line,
the voluntariness sentence, statuses in both languages, ENTWURF on every page of a draft."""

from __future__ import annotations

import io
import unicodedata
from typing import Any

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from desktop_app.app.agreement import AGREEMENT_LANGUAGES
from desktop_app.ui.case_file.agreement_pdf import paint_agreement
from desktop_app.ui.case_file.agreement_texts import GERMAN, KEYS, RTL, TEXTS
from desktop_app.ui.common.printing import pdf_bytes

NO_FONT = frozenset({"ti"})
"""Scripts the test machine has no font for (Ethiopic): their glyphs are not in the PDF."""


def _agreement(language: str | None, goals: int) -> dict[str, Any]:
    plan = [
        {
            "field": "work",
            "text": f"Ziel {i}: Ausbildung als Pflegehelferin beginnen",
            "target": "Ausbildungsvertrag unterschrieben",
            "status": "in_progress",
            "review_date": "2026-12-01",
            "steps": [
                {
                    "text": "Bewerbung schreiben",
                    "responsible": "client",
                    "due_date": "2026-10-01",
                    "status": "open",
                },
                {
                    "text": "Termin bei der Anerkennungsberatung",
                    "responsible": "manager",
                    "due_date": None,
                    "status": "open",
                },
            ],
        }
        for i in range(1, goals + 1)
    ]
    return {
        "number": 3,
        "client_language": language,
        "plan": plan,
        "organisation": "Stadt Musterstadt – Integrationsmanagement",
        "manager_name": "Katrin Vogel",
        "manager_contact": "0711 987654, k.vogel@musterstadt.example",
        "signed_on": "2026-11-02",
        "signed_place": "Ulm",
        "signed_by": [
            {"name": "Lina Zaraqelyn", "role": "client", "language": None},
            {"name": "Katrin Vogel", "role": "manager", "language": None},
            {"name": "Omar Haidari", "role": "interpreter", "language": language},
        ],
    }


def _pages(agreement: dict[str, Any], draft: bool = False) -> list[str]:
    data = pdf_bytes(
        lambda device: paint_agreement(device, agreement, "Zaraqelyn, Lina", "IM-2026-7", draft),
        "Integrationsvereinbarung",
    )
    return [
        " ".join(unicodedata.normalize("NFKC", page.extract_text() or "").split())
        for page in PdfReader(io.BytesIO(data)).pages
    ]


def _signature_page(pages: list[str]) -> str:
    found = [page for page in pages if "Ort, Datum" in page]
    assert len(found) == 1, "the signature block is on exactly one page"
    page = found[0]
    for label in ("______", "Unterschrift", "Klient:in", "Integrationsmanager:in",
                  "Dolmetscher:in (Name, Sprache)", "Ulm, 02.11.2026", "Lina Zaraqelyn",
                  "Omar Haidari"):  # fmt: skip
        assert label in page, label
    return page


def test_every_language_has_every_text() -> None:
    assert set(TEXTS) == {"de", *AGREEMENT_LANGUAGES}
    for language, words in TEXTS.items():
        assert set(words) == KEYS, language
        assert all(text.strip() for text in words.values()), language


@pytest.mark.parametrize("language", [None, *AGREEMENT_LANGUAGES])
def test_the_agreement_in_each_language(qtbot: QtBot, language: str | None) -> None:
    pages = _pages(_agreement(language, 4))
    whole = " ".join(pages)
    page = _signature_page(pages)
    for text in ("Stadt Musterstadt – Integrationsmanagement", "Katrin Vogel",
                 "0711 987654, k.vogel@musterstadt.example", "Zaraqelyn, Lina",
                 "Die Teilnahme am Integrationsmanagement ist freiwillig",
                 "jederzeit gemeinsam überprüft und geändert werden", "Stand", "in Arbeit",
                 "Arbeit", "Seite 1 von"):  # fmt: skip
        assert text in whole, text
    assert "ENTWURF" not in whole  # a signed version is no draft
    if language is None or language in NO_FONT:
        return
    other = TEXTS[language]
    if language in RTL:  # extracted in visual order: the script is there, on the same page
        assert sum("\u0600" <= ch <= "\u06ff" or "\ufb50" <= ch <= "\ufeff" for ch in page) > 20
    else:
        for key in ("signature", "place_date", "interpreter_line", "client", "manager"):
            assert other[key] in page, (language, key)
        for key in ("title", "voluntary", "status_in_progress", "field_work", "organisation"):
            assert " ".join(other[key].split()) in whole, (language, key)


@pytest.mark.parametrize("language", [None, "ar"])
@pytest.mark.parametrize("goals", range(1, 9))
def test_the_signature_block_is_never_split(qtbot: QtBot, language: str | None, goals: int) -> None:
    """Whatever is left on the last page, the block and its labels stay together."""
    _signature_page(_pages(_agreement(language, goals)))


def test_every_page_of_a_draft_is_marked(qtbot: QtBot) -> None:
    agreement = {**_agreement("uk", 6), "signed_on": None, "signed_place": None, "signed_by": []}
    pages = _pages(agreement, draft=True)
    assert len(pages) > 1
    assert all("ENTWURF" in page and TEXTS["uk"]["draft"] in page for page in pages)
    assert GERMAN["draft_note"] in pages[0]
