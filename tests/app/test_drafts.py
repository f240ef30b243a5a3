"""Overview drafts kept over a lock: sealed in the vault, one case at a time, never plaintext."""

from __future__ import annotations

from pathlib import Path

from desktop_app.app.drafts import (
    OVERVIEW_DRAFT,
    OverviewDraft,
    drop_overview_draft,
    keep_overview_draft,
    overview_draft,
)
from desktop_app.storage.vault import Vault


def test_a_draft_is_kept_sealed_for_its_case_only(vault: Vault, data_dir: Path) -> None:
    draft = OverviewDraft("case-a", {"personSection": {"input": {"phone": "Emu-0711"}}})
    keep_overview_draft(vault, draft)
    assert overview_draft(vault, "case-a") == draft
    assert overview_draft(vault, "case-b") is None
    vault.connection.raw.execute("PRAGMA wal_checkpoint(FULL)")
    for path in data_dir.rglob("*"):
        assert not path.is_file() or b"Emu-0711" not in path.read_bytes()
    keep_overview_draft(vault, OverviewDraft("case-a"))  # nothing unsaved: nothing kept
    assert overview_draft(vault, "case-a") is None
    keep_overview_draft(vault, draft)
    drop_overview_draft(vault)
    assert overview_draft(vault, "case-a") is None


def test_a_value_that_is_no_draft_is_none(vault: Vault) -> None:
    for raw in (b"not json", b"[1, 2]", b'{"case_id": "a", "sections": 3}'):
        vault.sealed.put(OVERVIEW_DRAFT, raw)
        assert overview_draft(vault, "a") is None
    vault.sealed.put(OVERVIEW_DRAFT, b'{"case_id": "a", "sections": {"s": {"input": {}}, "t": 1}}')
    kept = overview_draft(vault, "a")
    assert kept is not None and kept.sections == {"s": {"input": {}}}
