"""Import a document into a vault (all or nothing) and export cases from it."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from desktop_app.domain.ids import parse_case_number
from desktop_app.domain.record import Record
from desktop_app.interchange.document import InvalidDocument, read_document, write_document
from desktop_app.storage.vault import Vault


@dataclass(frozen=True)
class ImportResult:
    """What an import wrote."""

    cases: int
    records: int


def _numbered(vault: Vault, records: list[Record]) -> list[Record]:
    """Keep an imported case number when it is free, else give the case a new one."""
    taken = {hit.number for hit in vault.index.entries()}
    needs: dict[int, list[int]] = defaultdict(list)
    for i, record in enumerate(records):
        if record.kind != "case":
            continue
        number = record.payload.get("number") or ""
        if parse_case_number(number) and number not in taken:
            taken.add(number)
        else:
            start = record.payload.get("start_date") or date.today().isoformat()
            needs[int(start[:4])].append(i)
    out = list(records)
    for year, positions in needs.items():
        numbers = iter(
            n for n in vault.store.allocate_case_numbers(year, len(positions) * 2) if n not in taken
        )
        for i in positions:
            out[i] = replace(out[i], payload={**out[i].payload, "number": next(numbers)})
    return out


def import_document(vault: Vault, doc: Any, *, today: date | None = None) -> ImportResult:
    """Validate the whole document, then write all its records in one transaction."""
    records = read_document(doc, team_id=vault.team_id, today=today)
    clashes = [r.id for r in records if vault.store.get(r.id) is not None]
    if clashes:
        raise InvalidDocument(
            [f"id {rid}: a record with this id already exists in the vault" for rid in clashes]
        )
    with vault.store.transaction():
        vault.store.put_many(_numbered(vault, records))
    return ImportResult(sum(r.kind == "case" for r in records), len(records))


def find_case(vault: Vault, ref: str) -> str | None:
    """A case id from a case id or a case number."""
    record = vault.store.get(ref)
    if record is not None and record.kind == "case" and not record.deleted:
        return record.id
    for hit in vault.index.search(ref, limit=5):
        if hit.number.lower() == ref.strip().lower():
            return hit.case_id
    return None


def export_cases(vault: Vault, case_ids: list[str] | None = None) -> dict[str, Any]:
    """The interchange document of some cases (all when ``case_ids`` is None)."""
    if case_ids is None:
        case_ids = [r.id for r in vault.store.iter_records("case")]
        offers = list(vault.store.iter_records("offer"))
    else:
        offers = []
    return write_document((vault.store.case_records(cid) for cid in case_ids), offers)
