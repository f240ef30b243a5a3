"""Retention and deletion across a team: the lead deletes what is due (or early, on an Art. 17
request); the server and every laptop erase it; a deletion record without personal data stays.

Real server process (SQLite and PostgreSQL), real enrolled vaults, the lead's real signature.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from desktop_app import cli
from desktop_app.app.retention import (
    ART17,
    RETENTION,
    DeletionRefused,
    add_years,
    delete_case,
    deletions,
    due_cases,
    is_lead,
    server_purge,
)
from desktop_app.domain.record import Record
from desktop_app.sync.purge import purge_records
from tests.sync.conftest import Client, ClientFactory, Server
from tests.sync.syncutil import closed_case, snapshot, sync

YEARS = 3


def files_holding(folder: Path, needles: list[bytes]) -> list[str]:
    """Every file under ``folder`` (database, WAL, anything the app wrote) that holds one."""
    return [
        str(p)
        for p in folder.rglob("*")
        if p.is_file() and any(n in p.read_bytes() for n in needles)
    ]


def server_rows_holding(server: Server, needles: list[str]) -> list[str]:
    """Every row of every server table whose text or bytes hold one of ``needles``."""
    found = []
    with server.engine.connect() as conn:
        for table in inspect(conn).get_table_names():
            for row in conn.execute(text(f"SELECT * FROM {table}")):
                for value in row:
                    raw = value if isinstance(value, bytes | memoryview) else str(value).encode()
                    if any(n.encode() in bytes(raw) for n in needles):
                        found.append(table)
    return found


def team_with_cases(clients: ClientFactory) -> tuple[str, Client, Client, dict[int, list[Record]]]:
    team_id, lead, (member,) = clients.team(members=1)
    cases = {
        years: closed_case(lead.vault, team_id, family, years)
        for years, family in ((2, "Okafor"), (3, "Petrović"), (4, "Haddad"))
    }
    sync(lead), sync(member)
    return team_id, lead, member, cases


def test_purge_due_deletes_only_the_case_past_its_period_everywhere(
    clients: ClientFactory, live_server: Server
) -> None:
    _team_id, lead, member, cases = team_with_cases(clients)
    gone = cases[4]
    number = str(gone[0].payload["number"])
    sealed = [
        bytes(row[0])
        for row in lead.vault.connection.raw.execute(
            "SELECT envelope FROM records WHERE case_id = ?", (gone[0].id,)
        )
    ]
    assert [r.number for r in due_cases(lead.vault, YEARS)] == [number]
    assert [r.number for r in due_cases(member.vault, YEARS)] == [number]  # the same list

    delete_case(lead.vault, gone[0].id, RETENTION, purge=server_purge(lead.session), years=YEARS)

    assert lead.vault.store.case_records(gone[0].id, include_deleted=True) == []
    assert not lead.vault.index.search("Haddad") and lead.vault.index.search("Okafor")
    assert due_cases(lead.vault, YEARS) == []
    assert member.vault.store.get(gone[0].id) is not None  # until it syncs
    assert sync(member).purged == len(gone)
    sync(lead), sync(member)
    for laptop in (lead, member):
        assert not {r.id for r in gone} & set(snapshot(laptop.vault))
        assert all(laptop.vault.store.case_records(c[0].id) for c in (cases[2], cases[3]))
        (record,) = deletions(laptop.vault)
        assert (record.case_number, record.legal_basis, record.deleted_by) == (
            number, RETENTION, lead.vault.user_id
        )  # fmt: skip
        assert record.closed_on == add_years(date.today(), -4) and record.note is None
        lead_name = lead.vault.user_name
        assert record.deleted_by_name == lead_name and record.opened_on == date(2019, 4, 1)
        assert files_holding(laptop.data_dir, [number.encode(), b"Haddad", *sealed]) == []
    events = [e for e in lead.vault.store.iter_records("deletion")]
    assert events[0].case_id == "" and "Haddad" not in str(events[0].payload)
    assert server_rows_holding(live_server, [number, "Haddad", "Wohnung"]) == []


def test_a_member_cannot_delete_and_nothing_changes(clients: ClientFactory) -> None:
    _team_id, lead, member, cases = team_with_cases(clients)
    assert is_lead(lead.vault) and not is_lead(member.vault)
    before = snapshot(member.vault)

    with pytest.raises(DeletionRefused, match="only a team lead"):
        delete_case(
            member.vault, cases[4][0].id, RETENTION, purge=server_purge(member.session), years=3
        )

    assert snapshot(member.vault) == before and deletions(member.vault) == []
    assert sync(lead).purged == 0 and lead.vault.store.get(cases[4][0].id) is not None


def test_an_art17_request_deletes_an_open_case_early_with_its_note(
    clients: ClientFactory,
) -> None:
    team_id, lead, (member,) = clients.team(members=1)
    case = closed_case(lead.vault, team_id, "Nowak", None)
    sync(lead), sync(member)
    purge = server_purge(lead.session)
    with pytest.raises(DeletionRefused, match="not due"):
        delete_case(lead.vault, case[0].id, RETENTION, purge=purge, years=YEARS)
    with pytest.raises(DeletionRefused, match="needs a note"):
        delete_case(lead.vault, case[0].id, ART17, purge=purge, years=YEARS, note="  ")
    assert lead.vault.store.get(case[0].id) is not None

    note = "Schriftlicher Antrag vom 2. Dezember"
    delete_case(lead.vault, case[0].id, ART17, purge=purge, years=YEARS, note=note)

    assert sync(member).purged == len(case)
    sync(lead), sync(member)
    (record,) = deletions(member.vault)
    assert (record.legal_basis, record.note, record.closed_on) == (ART17, note, None)
    assert member.vault.store.case_records(case[0].id, include_deleted=True) == []


def test_the_cli_purges_due_cases_as_the_lead_and_refuses_a_member(
    clients: ClientFactory,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _team_id, lead, member, cases = team_with_cases(clients)
    monkeypatch.setenv("FALLAKTE_PASSPHRASE", lead.passphrase)
    capsys.readouterr()

    assert cli.main(["--data-dir", str(member.data_dir), "purge-due"]) == 1
    assert "only a team lead may delete cases" in capsys.readouterr().err
    assert cli.main(["--data-dir", str(lead.data_dir), "purge-due", "--json"]) == 0

    number = cases[4][0].payload["number"]
    out = json.loads(capsys.readouterr().out)
    assert [row["number"] for row in out["deleted"]] == [number]
    assert sync(member).purged == len(cases[4])
    sync(member)
    assert [d.case_number for d in deletions(member.vault)] == [number]
    assert cli.main(["--data-dir", str(lead.data_dir), "purge-due", "--dry-run"]) == 0
    assert capsys.readouterr().out == "no case is due for deletion\n"


def test_a_lead_the_server_made_but_the_roster_does_not_name_erases_nothing(
    clients: ClientFactory,
) -> None:
    team_id, lead, member, cases = team_with_cases(clients)
    rogue = clients.enroll(team_id, "lead")  # the server's role table says lead; no roster does
    gone = cases[4]
    assert not is_lead(rogue.vault)
    with pytest.raises(DeletionRefused):  # no case here, and no lead in any roster it holds
        delete_case(rogue.vault, gone[0].id, RETENTION, purge=server_purge(rogue.session), years=3)
    # Its signed purge gets past the server (a lead there) but not past a laptop.
    assert purge_records(rogue.session, team_id, gone[0].id, [r.id for r in gone]) == len(gone)

    report = sync(member)

    assert report.purged == 0 and report.quarantined == len(gone)
    assert {r.id for r in gone} <= set(snapshot(member.vault))
    assert sync(lead).purged == 0 and lead.vault.store.get(gone[0].id) is not None
    assert due_cases(member.vault, YEARS)[0].case_id == gone[0].id
