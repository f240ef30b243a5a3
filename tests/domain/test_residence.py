"""Residence kinds and closing reasons as the law has them; a paragraph that does not fit its
kind is a warning, never a refusal."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.domain import codes
from desktop_app.domain.codes import ClosingReason, ResidenceKind, label_de
from desktop_app.domain.records import Case, Person, ResidenceStatus
from desktop_app.domain.residence import Paragraph, paragraph_mismatch, parse_paragraph
from desktop_app.domain.validation import validate, warnings


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("§ 25 Abs. 2 AufenthG", Paragraph("25", 2)),
        ("25 II AufenthG", Paragraph("25", 2)),
        ("§25 (3)", Paragraph("25", 3)),
        ("§ 60A", Paragraph("60a")),
        ("§ 104c AufenthG", Paragraph("104c")),
        ("§ 24 in Verbindung mit", Paragraph("24")),
        ("FreizügG/EU", None),
        ("", None),
    ],
)
def test_paragraph_is_read_as_people_type_it(text: str, expected: Paragraph | None) -> None:
    assert parse_paragraph(text) == expected


@pytest.mark.parametrize(
    ("kind", "paragraph"),
    [
        ("duldung", "§ 60a AufenthG"),
        ("ausbildungsduldung", "§ 60c"),
        ("beschaeftigungsduldung", "60d"),
        ("fiktionsbescheinigung", "§ 81 Abs. 4"),
        ("chancen_aufenthaltsrecht", "§ 104c AufenthG"),
        ("aufenthaltserlaubnis", "§ 25 Abs. 2"),
        ("niederlassungserlaubnis", "§ 26 Abs. 3"),
        ("niederlassungserlaubnis", "§ 9a"),
        ("gestattung", "§ 55 AsylG"),
        ("temporary_protection_24", "§ 24"),
        ("eu_citizen", "§ 2 FreizügG/EU"),
        ("duldung", "nach Vorsprache"),
    ],
)
def test_fitting_paragraphs_give_no_warning(kind: str, paragraph: str) -> None:
    assert paragraph_mismatch(kind, paragraph) is None


@pytest.mark.parametrize(
    ("kind", "paragraph"),
    [
        ("duldung", "§ 25 Abs. 2"),
        ("ausbildungsduldung", "§ 60d"),
        ("chancen_aufenthaltsrecht", "§ 25b"),
        ("niederlassungserlaubnis", "§ 26 Abs. 1"),
        ("temporary_protection_24", "§ 25"),
        ("gestattung", "§ 60a"),
    ],
)
def test_mismatch_is_a_warning_not_an_error(kind: str, paragraph: str) -> None:
    person = Person(family_name="Haddad", given_names="Lina", role="main")
    person.residence_status = ResidenceStatus(kind=kind, paragraph=paragraph)
    assert validate(person) == []  # saving stays possible
    [warning] = warnings(person)
    assert warning.field == "residence_status.paragraph"
    assert warning.code == "residence_paragraph_mismatch"
    assert warning.args[0] == str(parse_paragraph(paragraph))


def test_duldung_with_25_names_the_allowed_sections() -> None:
    person = Person(family_name="Haddad", given_names="Lina", role="main")
    person.residence_status = ResidenceStatus(kind="duldung", paragraph="§ 25 Abs. 2")
    [warning] = warnings(person)
    assert warning.args == ("§ 25 Abs. 2", "§ 60a, § 60b")
    assert "does not fit duldung" in warning.message


def test_new_residence_kinds_and_closing_reasons_have_german_labels() -> None:
    assert label_de(ResidenceKind.FIKTIONSBESCHEINIGUNG).startswith("Fiktionsbescheinigung")
    assert "§ 104c" in label_de(ResidenceKind.CHANCEN_AUFENTHALTSRECHT)
    assert "§ 60c" in label_de(ResidenceKind.AUSBILDUNGSDULDUNG)
    assert "§ 60d" in label_de(ResidenceKind.BESCHAEFTIGUNGSDULDUNG)
    assert label_de(ClosingReason.DIED) == "verstorben"
    assert label_de(ClosingReason.NATURALISED) == "eingebürgert"
    for enum in (ResidenceKind, ClosingReason):
        assert set(codes.GERMAN_LABELS[enum]) == set(enum._value2member_map_)


@pytest.mark.parametrize("reason", [r.value for r in ClosingReason])
def test_every_closing_reason_closes_a_case(reason: str) -> None:
    case = Case(
        number="IM-2026-00001",
        status="closed",
        start_date=date(2025, 1, 1),
        closed_on=date(2026, 1, 1),
        closing_reason=reason,
    )
    assert validate(case) == []


def test_older_codes_keep_their_meaning() -> None:
    """Codes stored by earlier versions still read as before (never renamed)."""
    old = ["gestattung", "duldung", "aufenthaltserlaubnis", "niederlassungserlaubnis"]
    old += ["temporary_protection_24", "eu_citizen", "german", "other"]
    assert all(codes.is_code(ResidenceKind, code) for code in old)
    old = ["goals_reached", "moved_away", "no_longer_needed", "client_ended", "max_duration"]
    assert all(codes.is_code(ClosingReason, code) for code in [*old, "other"])
