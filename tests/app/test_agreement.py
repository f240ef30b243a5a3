"""The agreement's use cases without Qt: draft, signature checks, the signed record, the scan,
the client's language, and the sealed audit event (app/agreement.py, app/audit.py)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import orjson
import pytest

from desktop_app.app import case_work as work
from desktop_app.app.agreement import (
    AgreementError,
    Heading,
    Signature,
    Signer,
    agreement_draft,
    check_signature,
    client_languages,
    preferred_language,
    record_signature,
    signed_agreement,
)
from desktop_app.app.audit import PDF_SAVED, record_event
from desktop_app.app.case_file import open_case_file, save_records
from desktop_app.app.cases import create_case, new_case_records
from desktop_app.crypto.envelope import open_record
from desktop_app.domain.records import Case, Goal, Person
from desktop_app.storage.store import context_of
from desktop_app.storage.vault import Vault

TODAY = date(2026, 6, 15)
HEADING = Heading("ps", "Stadt Musterstadt", "Katrin Vogel", "0711 123456")
SIGNED = Signature(
    date(2026, 6, 2),
    "Ulm",
    (
        Signer("Lina Haddad", "client"),
        Signer("Katrin Vogel", "manager"),
        Signer("Omar Haidari", "interpreter", "ps"),
    ),
)


def _case(vault: Vault, languages: list[str]) -> str:
    records = new_case_records(
        vault.team_id,
        Case(status="open", start_date=date(2026, 3, 1), manager_name="Katrin Vogel"),
        Person(family_name="Haddad", given_names="Lina", role="main", languages=languages),
    )
    return create_case(vault, records)[0].id


@pytest.mark.parametrize(
    ("languages", "expected"),
    [
        (["de", "ps"], "ps"),
        (["fa-AF"], "prs"),
        (["ku", "ar"], "kmr"),
        (["ti"], "ti"),
        (["de"], None),
        (["xx", "ka"], "ka"),
        ([], None),
    ],
)
def test_the_clients_language_is_preselected(languages: list[str], expected: str | None) -> None:
    assert preferred_language(languages) == expected


def test_signature_checks_say_what_is_missing() -> None:
    assert check_signature(SIGNED, TODAY) == []
    assert check_signature(replace(SIGNED, place="  "), TODAY) == ["no_place"]
    assert check_signature(replace(SIGNED, signed_on=date(2026, 6, 16)), TODAY) == ["future_date"]
    assert check_signature(replace(SIGNED, signers=()), TODAY) == ["no_signers"]
    no_role = (Signer("Lina Haddad", ""), Signer("Katrin Vogel", "manager"))
    assert check_signature(replace(SIGNED, signers=no_role), TODAY) == ["no_role", "no_client"]
    alone = (Signer("Katrin Vogel", "manager"), Signer("Omar", "interpreter"))
    assert check_signature(replace(SIGNED, signers=alone), TODAY) == [
        "no_client",
        "no_interpreter_language",
    ]


def test_draft_then_signed_with_a_scan(vault: Vault, tmp_path: Path) -> None:
    case_id = _case(vault, ["ps", "de"])
    records = open_case_file(vault, case_id).records
    assert preferred_language(client_languages(records)) == "ps"
    with pytest.raises(AgreementError) as refused:
        agreement_draft(records, HEADING)
    assert refused.value.reasons == ("no_plan",)
    goal, _ = work.new_goal(vault.team_id, case_id, Goal(field="work", text="Arbeit finden"))
    assert goal is not None
    save_records(vault, [goal])
    records = open_case_file(vault, case_id).records
    draft = agreement_draft(records, HEADING)
    assert draft["number"] == 1 and draft["signed_on"] is None and draft["signed_by"] == []
    assert not any(r.kind == "agreement" for r in open_case_file(vault, case_id).records)

    with pytest.raises(AgreementError) as refused:
        signed_agreement(
            vault.team_id, case_id, records, HEADING, replace(SIGNED, signers=()), "kv", TODAY
        )
    assert refused.value.reasons == ("no_signers",)
    record = signed_agreement(
        vault.team_id, case_id, records, HEADING, SIGNED, "kv", TODAY, draft["plan"]
    )  # the plan signed on paper is the one stored
    more, _ = work.new_goal(vault.team_id, case_id, Goal(field="language", text="B1"))
    assert more is not None
    with pytest.raises(AgreementError) as refused:  # changed after the draft was printed
        signed_agreement(
            vault.team_id, case_id, [*records, more], HEADING, SIGNED, "kv", TODAY, draft["plan"]
        )
    assert refused.value.reasons == ("plan_changed",)
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4 fictional scan")
    stored = record_signature(vault, record, scan)
    payload = stored.payload
    assert payload["signed_on"] == "2026-06-02" and payload["signed_place"] == "Ulm"
    assert payload["created_by"] == "kv" and payload["changed_by"] == vault.user_id  # issue 15
    assert payload["created_at"] == payload["changed_at"]
    assert [s["role"] for s in payload["signed_by"]] == ["client", "manager", "interpreter"]
    assert payload["signed_by"][2]["language"] == "ps" and payload["interpreter_present"]
    assert (payload["organisation"], payload["manager_contact"]) == (
        "Stadt Musterstadt",
        "0711 123456",
    )
    attachment = vault.store.get(payload["scan_id"])
    assert attachment is not None and attachment.kind == "attachment"
    assert attachment.payload["mime_type"] == "application/pdf"
    again = signed_agreement(
        vault.team_id, case_id, open_case_file(vault, case_id).records, HEADING, SIGNED, "kv",
        TODAY,
    )  # fmt: skip
    assert again.payload["number"] == 2


def test_audit_events_are_sealed(vault: Vault) -> None:
    case_id = _case(vault, [])
    at = datetime(2026, 6, 15, 9, 0)
    event_id = record_event(vault, PDF_SAVED, case_id, {"document": "agreement"}, at=at)
    with pytest.raises(ValueError, match="unknown audit event kind"):
        record_event(vault, "opened_everything", case_id)
    row = vault._conn.raw.execute(
        "SELECT key_version, envelope, pushed FROM audit_events WHERE id = ?", (event_id,)
    ).fetchone()
    assert row is not None and row[2] == 0  # waits for the next push
    envelope = bytes(row[1])
    assert b"pdf_saved" not in envelope and case_id.encode() not in envelope
    keyring = vault.store.keyring_for(vault.team_id)
    ctx = context_of(event_id, "audit", vault.team_id, "", 1, int(row[0]))
    event = orjson.loads(open_record(envelope, ctx, keyring))
    assert event == {
        "action": "pdf_saved",
        "case_id": case_id,
        "user_id": vault.user_id,
        "user_name": vault.user_name,
        "at": "2026-06-15T09:00:00",
        "document": "agreement",
    }
