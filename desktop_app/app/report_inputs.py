"""The lead's report inputs (denominators, VZÄ, default funding line), sealed in the vault."""

from __future__ import annotations

from desktop_app.reports.inputs import Denominator, LeadInputs, Staffing
from desktop_app.storage.vault import Vault

# What the lead-inputs dialog names (the UI imports only ``app``).
__all__ = ["Denominator", "LeadInputs", "Staffing", "lead_inputs", "save_lead_inputs"]

KEY = "reports/lead_inputs"


def lead_inputs(vault: Vault) -> LeadInputs:
    """What the lead entered on this device (nothing if never saved or unreadable)."""
    return LeadInputs.from_json(vault.sealed.get(KEY))


def save_lead_inputs(vault: Vault, inputs: LeadInputs) -> None:
    """Keep ``inputs`` sealed under the user's keys (replaces what was there)."""
    vault.sealed.put(KEY, inputs.to_json())
