"""The client's own copy (Art. 15) without Qt: everything stored about the person in the case is
listed in German words, a deleted record only as a deletion in the history, nothing of another
case (app/auskunft.py)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from desktop_app.app.auskunft import HEADINGS, Auskunft, gather_auskunft
from desktop_app.app.auskunft_words import label
from desktop_app.app.case_file import open_case_file, save_records
from desktop_app.app.cases import create_case, new_case_records
from desktop_app.app.corrections import deletion
from desktop_app.app.documents import add_document
from desktop_app.domain.ids import new_id
from desktop_app.domain.payload import field_types
from desktop_app.domain.record import Record
from desktop_app.domain.records import KIND_TYPES, Case, Person
from desktop_app.domain.stamps import META_KEYS
from desktop_app.storage.vault import Vault

TODAY = date(2026, 12, 3)


def _case(vault: Vault, family: str, given: str, languages: list[str]) -> tuple[str, str]:
    records = new_case_records(
        vault.team_id,
        Case(status="open", start_date=date(2026, 3, 1), manager_name="Katrin Vogel"),
        Person(
            family_name=family,
            given_names=given,
            role="main",
            languages=languages,
            nationalities=["SY"],
            birth_date=date(1990, 4, 12),
        ),
    )
    stored = create_case(vault, records)
    return stored[0].id, str(stored[0].payload["main_person_id"])


def _record(vault: Vault, kind: str, case_id: str, payload: dict[str, object]) -> Record:
    return Record(new_id(), kind, vault.team_id, case_id, payload)


def _fill(vault: Vault, case_id: str, person_id: str, tmp_path: Path) -> dict[str, Record]:
    """A session, a goal with a step, a referral, a consent, a follow-up, a household member,
    a document, and a goal that is deleted again."""
    goal = _record(
        vault,
        "goal",
        case_id,
        {
            "field": "work",
            "text": "Ausbildung zur Pflegehelferin",
            "status": "in_progress",
            "created_on": "2026-04-01",
        },
    )
    gone = _record(
        vault,
        "goal",
        case_id,
        {"field": "housing", "text": "Geheimer Umzugsplan", "status": "open"},
    )
    records = {
        "session": _record(
            vault,
            "session",
            case_id,
            {
                "started_at": "2026-04-01T10:00:00",
                "duration_minutes": 60,
                "form": "individual",
                "topics": ["work"],
                "notes": "Bewerbungsunterlagen gemeinsam durchgesehen",
                "next_steps": "",
                "finalized": False,
            },
        ),
        "goal": goal,
        "gone": gone,
        "step": _record(
            vault,
            "step",
            case_id,
            {
                "goal_id": goal.id,
                "text": "Lebenslauf schreiben",
                "responsible": "client",
                "status": "open",
            },
        ),
        "referral": _record(
            vault,
            "referral",
            case_id,
            {
                "target": "recognition_counselling",
                "person_id": person_id,
                "status": "referred",
                "referred_on": "2026-05-02",
                "outcome": "Termin bei der IQ-Beratung vereinbart",
            },
        ),
        "consent": _record(
            vault,
            "consent",
            case_id,
            {
                "person_id": person_id,
                "given_on": "2026-03-01",
                "scope": "Austausch",
                "recipient": "Jobcenter Musterstadt",
                "purpose": "Vermittlung in Arbeit",
            },
        ),
        "follow_up": _record(
            vault,
            "follow_up",
            case_id,
            {"due_date": "2026-06-01", "text": "Nach der Bewerbung fragen", "done": False},
        ),
        "agreement": _record(
            vault,
            "agreement",
            case_id,
            {
                "number": 1,
                "signed_on": "2026-04-03",
                "signed_place": "Ulm",
                "signed_by": [{"name": "Lina Zaraqelyn", "role": "client", "language": None}],
                "plan": [{"text": "Ausbildung zur Pflegehelferin", "field": "work"}],
            },
        ),
        "member": _record(
            vault,
            "person",
            case_id,
            {
                "family_name": "Zaraqelyn",
                "given_names": "Samir",
                "role": "member",
                "relation": "spouse",
            },
        ),
    }
    save_records(vault, list(records.values()))
    tmp_path.mkdir(exist_ok=True)
    file = tmp_path / f"Zeugnis_{tmp_path.name}.pdf"
    file.write_bytes(b"%PDF-1.4 Inhalt des Zeugnisses, der nie in der Auskunft steht")
    records["document"] = add_document(vault, vault.team_id, case_id, file, vault.user_id, None)
    live = open_case_file(vault, case_id).records
    tombstones, errors = deletion(gone, live)
    assert errors == []
    save_records(vault, tombstones)
    return records


def _words(copy: Auskunft, key: str) -> str:
    section = copy.section(key)
    return " | ".join(
        f"{e.title}: " + "; ".join(f"{r.label}={r.value}" for r in e.rows) for e in section.entries
    )


def test_the_copy_lists_everything_stored_about_the_person(vault: Vault, tmp_path: Path) -> None:
    case_id, person_id = _case(vault, "Zaraqelyn", "Lina", ["ar", "de"])
    other_id, other_person = _case(vault, "Okonkwo", "Ada", ["en"])
    _fill(vault, other_id, other_person, tmp_path / "other")
    _fill(vault, case_id, person_id, tmp_path)

    copy = gather_auskunft(vault, case_id, TODAY)

    assert [s.key for s in copy.sections] == list(HEADINGS)
    assert copy.person_name == "Zaraqelyn, Lina" and copy.language == "ar"
    assert copy.case_number.startswith("IM-") and copy.made_on == TODAY
    master = _words(copy, "master")
    assert "Familienname=Zaraqelyn" in master and "Geburtsdatum=12.04.1990" in master
    assert "Staatsangehörigkeiten=Syrien" in master and "Arabisch, Deutsch" in master
    assert "Integrationsmanager:in=Katrin Vogel" in master
    assert "Samir" in _words(copy, "household") and "Ehe" in _words(copy, "household")
    sessions = _words(copy, "sessions")
    assert "Beratung am 01.04.2026 10:00" in sessions
    assert "Notizen=Bewerbungsunterlagen gemeinsam durchgesehen" in sessions
    plan = _words(copy, "plan")
    assert "Ausbildung zur Pflegehelferin" in plan and "Lebenslauf schreiben" in plan
    assert "Ziel (Arbeit)" in plan
    assert "Termin bei der IQ-Beratung vereinbart" in _words(copy, "referrals")
    assert "Jobcenter Musterstadt" in _words(copy, "consents")
    assert "Nach der Bewerbung fragen" in _words(copy, "follow_ups")
    agreements = _words(copy, "agreements")
    assert "Integrationsvereinbarung Nr. 1" in agreements and "Klient:in" in agreements
    assert "Ort der Unterschrift=Ulm" in agreements
    documents = _words(copy, "documents")
    assert f"Zeugnis_{tmp_path.name}.pdf" in documents and "Inhalt des Zeugnisses" not in documents
    history = _words(copy, "history")
    assert "Ziel gelöscht" in history and "Beratung angelegt" in history
    assert vault.user_name in history

    everything = " ".join(_words(copy, key) for key in HEADINGS) + copy.person_name
    assert "Geheimer Umzugsplan" not in everything  # deleted: only its deletion is listed
    assert "Okonkwo" not in everything and "Ada" not in everything
    assert "Zeugnis_other.pdf" not in everything


def test_a_change_is_listed_with_its_fields_in_words(vault: Vault) -> None:
    case_id, _person_id = _case(vault, "Haddad", "Omar", ["de"])
    session = _record(
        vault,
        "session",
        case_id,
        {
            "started_at": "2026-04-01T10:00:00",
            "duration_minutes": 60,
            "form": "individual",
            "notes": "erste Fassung",
            "finalized": False,
        },
    )
    save_records(vault, [session], now=datetime(2026, 4, 1, 11, 0))
    changed = Record(
        session.id,
        "session",
        session.team_id,
        case_id,
        {**session.payload, "notes": "zweite Fassung", "topics": ["health"]},
    )
    save_records(vault, [changed], now=datetime(2026, 4, 2, 9, 30))

    copy = gather_auskunft(vault, case_id, TODAY)

    assert copy.language is None  # German only: no second language
    rows = [(r.label, r.value) for e in copy.section("history").entries for r in e.rows]
    assert (
        f"02.04.2026 09:30 · {vault.user_name}",
        "Beratung geändert (Beratung am 01.04.2026 10:00): Notizen, Themen",
    ) in rows
    assert "zweite Fassung" in _words(copy, "sessions") and "Gesundheit" in _words(copy, "sessions")
    assert copy.section("agreements").entries == ()


def test_every_payload_key_of_every_kind_has_a_german_label() -> None:
    """A new field never shows in the copy as its raw key (``finalized_at``)."""
    missing = [
        f"{kind}.{key}"
        for kind, cls in KIND_TYPES.items()
        # the team's directory and what is left of a deleted case: no part of a case's copy
        if kind not in ("offer", "deletion")
        for key in field_types(cls)
        if key not in META_KEYS and label(key, kind) == key
    ]
    assert missing == []
