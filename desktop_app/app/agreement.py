"""The integration agreement as it is signed (docs/USER_GUIDE.md, *Integrationsvereinbarung*).

A draft is made from the current plan and printed (never stored); once the paper is signed, the
signature is recorded — the day it was signed (not necessarily today), the place, the signers
with their roles, and optionally a scan stored as an encrypted document — and only then is
the numbered, immutable agreement written. Qt-free; the UI runs :func:`record_signature` on
the executor.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from desktop_app.app.case_file import save_records
from desktop_app.app.case_work import plan_snapshot
from desktop_app.app.documents import add_document
from desktop_app.domain.ids import new_id
from desktop_app.domain.record import Record
from desktop_app.domain.records import Agreement, Signatory
from desktop_app.storage.vault import Vault

CLIENT, MANAGER, INTERPRETER = "client", "manager", "interpreter"
SIGNER_ROLES = (CLIENT, MANAGER, INTERPRETER)
AGREEMENT_LANGUAGES = (
    "en", "ar", "uk", "prs", "fa", "ps", "tr", "kmr", "ti", "ru", "fr", "so", "ka",
)  # fmt: skip
"""The client languages an agreement is printed in beside German (ISO 639 codes)."""
_ALIASES = {"ku": "kmr", "pus": "ps", "tir": "ti", "fas": "fa", "per": "fa", "ukr": "uk",
            "ara": "ar", "eng": "en", "fra": "fr", "fre": "fr", "rus": "ru", "tur": "tr",
            "som": "so", "kat": "ka", "geo": "ka", "fa-af": "prs", "fa_af": "prs"}  # fmt: skip


class AgreementError(ValueError):
    """The agreement cannot be made or signed as asked; ``reasons`` are codes the UI words:
    ``no_plan``, ``plan_changed``, ``no_place``, ``future_date``, ``no_signers``, ``no_name``,
    ``no_role``, ``no_client``, ``no_manager``, ``no_interpreter_language``."""

    def __init__(self, reasons: Iterable[str]) -> None:
        self.reasons = tuple(reasons)
        super().__init__("agreement not signed: " + ", ".join(self.reasons))


@dataclass(frozen=True)
class Signer:
    """One person who signed: ``role`` is ``client``, ``manager`` or ``interpreter``."""

    name: str
    role: str
    language: str | None = None


@dataclass(frozen=True)
class Heading:
    """What the printed agreement names besides the plan: the second language, the
    organisation and the manager with a contact."""

    client_language: str | None = None
    organisation: str = ""
    manager_name: str = ""
    manager_contact: str = ""


@dataclass(frozen=True)
class Signature:
    """What the person records after the paper was signed."""

    signed_on: date
    place: str
    signers: tuple[Signer, ...] = field(default_factory=tuple)


def preferred_language(languages: Iterable[str]) -> str | None:
    """The first of a client's languages an agreement can be printed in (None: German only)."""
    for code in languages:
        key = str(code).strip().lower()
        key = _ALIASES.get(key, key)
        if key in AGREEMENT_LANGUAGES:
            return key
    return None


def client_languages(records: list[Record]) -> list[str]:
    """The languages of the case's main client, as recorded."""
    case = next((r for r in records if r.kind == "case"), None)
    main = case.payload.get("main_person_id") if case else None
    person = next((r for r in records if r.kind == "person" and r.id == main), None)
    return [str(x) for x in (person.payload.get("languages") or [])] if person else []


def next_number(records: list[Record]) -> int:
    """The number the next agreement of the case gets."""
    numbers = (int(r.payload.get("number") or 0) for r in records if r.kind == "agreement")
    return 1 + max(numbers, default=0)


def agreement_draft(records: list[Record], heading: Heading) -> dict[str, Any]:
    """The draft to print and discuss: the next number and the current plan, no signature.
    Never stored. ``AgreementError(["no_plan"])`` without a plan."""
    plan = plan_snapshot(records)
    if not plan:
        raise AgreementError(["no_plan"])
    return _agreement(records, heading, plan, None, ()).to_payload()


def check_signature(signature: Signature, today: date) -> list[str]:
    """Why a signature cannot be recorded (empty: it can)."""
    reasons = []
    if not signature.place.strip():
        reasons.append("no_place")
    if signature.signed_on > today:
        reasons.append("future_date")
    signers = signature.signers
    if not signers:
        reasons.append("no_signers")
    if any(not s.name.strip() for s in signers):
        reasons.append("no_name")
    if any(s.role not in SIGNER_ROLES for s in signers):
        reasons.append("no_role")
    roles = {s.role for s in signers}
    if signers and CLIENT not in roles:
        reasons.append("no_client")
    if signers and MANAGER not in roles:
        reasons.append("no_manager")
    if any(s.role == INTERPRETER and not s.language for s in signers):
        reasons.append("no_interpreter_language")
    return reasons


def signed_agreement(
    team_id: str,
    case_id: str,
    records: list[Record],
    heading: Heading,
    signature: Signature,
    author: str,
    today: date,
    printed: list[dict[str, Any]] | None = None,
) -> Record:
    """The next numbered agreement, signed as recorded; ``AgreementError`` if the plan is
    empty, differs from the ``printed`` draft's plan (when known), or the signature is
    incomplete (nothing is made then)."""
    plan = plan_snapshot(records)
    reasons = [] if plan else ["no_plan"]
    if plan and printed is not None and printed != plan:
        reasons.append("plan_changed")
    reasons += check_signature(signature, today)
    if reasons:
        raise AgreementError(reasons)
    agreement = _agreement(records, heading, plan, signature, signature.signers)
    agreement.created_by = author
    return Record(new_id(), "agreement", team_id, case_id, agreement.to_payload())


def _agreement(
    records: list[Record],
    heading: Heading,
    plan: list[dict[str, Any]],
    signature: Signature | None,
    signers: tuple[Signer, ...],
) -> Agreement:
    return Agreement(
        number=next_number(records),
        signed_on=signature.signed_on if signature else None,
        signed_place=signature.place.strip() if signature else None,
        signed_by=[
            Signatory(name=s.name.strip(), role=s.role, language=s.language) for s in signers
        ],
        interpreter_present=any(s.role == INTERPRETER for s in signers),
        client_language=heading.client_language,
        organisation=heading.organisation or None,
        manager_name=heading.manager_name or None,
        manager_contact=heading.manager_contact or None,
        plan=plan,
    )


def record_signature(vault: Vault, agreement: Record, scan: Path | None) -> Record:
    """Store the signed agreement; with ``scan``, first store the scan as an encrypted
    document of the case and name it in the agreement (``scan_id``). Runs on the executor."""
    payload = dict(agreement.payload)
    if scan is not None:
        description = f"Integrationsvereinbarung Nr. {payload.get('number')}, unterschrieben"
        author = str(payload.get("created_by") or "")
        document = add_document(
            vault, agreement.team_id, agreement.case_id, scan, author, description
        )
        payload["scan_id"] = document.id
    signed = Record(agreement.id, agreement.kind, agreement.team_id, agreement.case_id, payload)
    return save_records(vault, [signed])[0]  # stamped: who signed it in, and when
