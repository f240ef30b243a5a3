"""The unsaved input of the case file's list panels (goal, step, referral, follow-up, consent:
:class:`~desktop_app.ui.case_file.record_editor.RecordEditor`) kept over a lock in the same
sealed draft as the *Überblick* sections (:mod:`desktop_app.app.drafts`): per panel its field
values, the stored values they started from and the id of the record being corrected. After
unlock the panel shows that record again with the input, marked unsaved."""

from __future__ import annotations

from collections.abc import Iterable

from desktop_app.app.drafts import OverviewDraft
from desktop_app.ui.case_file.record_editor import RecordEditor

RECORD_KEY = "record"


def keep_panel_drafts(editors: Iterable[RecordEditor], draft: OverviewDraft) -> OverviewDraft:
    """``draft`` with the unsaved input of ``editors`` added (one entry per panel name)."""
    for editor in editors:
        if editor.has_unsaved() and editor.record is not None:
            draft.sections[editor.name] = {**editor.draft_state(), RECORD_KEY: editor.record.id}
    return draft


def restore_panel_drafts(editors: Iterable[RecordEditor], draft: OverviewDraft) -> None:
    """Show the input kept in ``draft`` in its panels again, on the record it was typed for
    (a record gone meanwhile: that input is not shown)."""
    for editor in editors:
        state = draft.sections.get(editor.name)
        if state is None:
            continue
        record = next((r for r in editor.records if r.id == state.get(RECORD_KEY)), None)
        if record is None:
            continue
        editor.show_record(record)
        editor.restore_draft(state)
