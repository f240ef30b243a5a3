"""Drafts of *Überblick* sections, list panels and the offer editor kept over a lock, sealed.

Locking the app with unsaved input in a section of the case file's overview keeps that input
as a draft (the list panels' input too, each under its panel's name with the id of its record):
the raw field values per section, as JSON sealed under a key only the user's keys
open (``Vault.sealed``, AES-256-GCM; never plaintext on disk). After the next unlock the case
shows the draft again, marked unsaved, and the draft is dropped. Only one case has a draft at a
time (only one case file is open). Session drafts are not kept here: a session's draft is the
session record itself, saved unfinalised.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from desktop_app.storage.vault import Vault

OVERVIEW_DRAFT = "drafts/overview"


@dataclass(frozen=True)
class OverviewDraft:
    """The unsaved input of one case's overview: section name → field key → raw value."""

    case_id: str
    sections: dict[str, dict[str, Any]] = field(default_factory=dict)

    def to_json(self) -> bytes:
        """The sealed form's plaintext."""
        return json.dumps({"case_id": self.case_id, "sections": self.sections}).encode("utf-8")

    @classmethod
    def from_json(cls, raw: bytes) -> OverviewDraft | None:
        """The draft, or None if ``raw`` is not one (a draft is a convenience, never an error)."""
        try:
            data = json.loads(raw)
        except ValueError:
            return None
        if not isinstance(data, dict) or not isinstance(data.get("sections"), dict):
            return None
        sections = {
            str(name): dict(values)
            for name, values in data["sections"].items()
            if isinstance(values, dict)
        }
        return cls(str(data.get("case_id", "")), sections)


def keep_overview_draft(vault: Vault, draft: OverviewDraft) -> None:
    """Keep ``draft`` sealed (replacing any other); an empty draft drops the kept one."""
    if draft.sections:
        vault.sealed.put(OVERVIEW_DRAFT, draft.to_json())
    else:
        vault.sealed.delete(OVERVIEW_DRAFT)


def overview_draft(vault: Vault, case_id: str) -> OverviewDraft | None:
    """The kept draft of ``case_id``'s overview, if there is one."""
    raw = vault.sealed.get(OVERVIEW_DRAFT)
    draft = OverviewDraft.from_json(raw) if raw else None
    return draft if draft is not None and draft.case_id == case_id else None


def drop_overview_draft(vault: Vault) -> None:
    """Forget the kept draft (it shows again in its sections)."""
    vault.sealed.delete(OVERVIEW_DRAFT)


OFFER_DRAFT = "drafts/offer"


def keep_offer_draft(vault: Vault, state: dict[str, Any]) -> None:
    """Keep the offer directory's unsaved input (one offer's field values) sealed."""
    vault.sealed.put(OFFER_DRAFT, json.dumps(state).encode("utf-8"))


def take_offer_draft(vault: Vault) -> dict[str, Any] | None:
    """The kept input of the offer directory, forgotten as it is handed out (it shows again
    in the offer editor); None if there is none or it is not a draft."""
    raw = vault.sealed.get(OFFER_DRAFT)
    if raw is None:
        return None
    vault.sealed.delete(OFFER_DRAFT)
    try:
        state = json.loads(raw)
    except ValueError:
        return None
    return state if isinstance(state, dict) else None
