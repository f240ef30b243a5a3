"""``fallakte purge-due``: the *Löschliste* headless (dry run, JSON) and the deletion of what is
due in a standalone vault, whose user leads its own team. Real vault, real processes."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from desktop_app.app.retention import deletions, due_date
from desktop_app.cli import main
from desktop_app.domain.dates import add_years
from desktop_app.domain.ids import new_id
from desktop_app.domain.record import Record
from desktop_app.storage.vault import Vault
from tests.cli.conftest import PASSPHRASE, run


def closed_cases(data_dir: Path) -> dict[int, str]:
    """Cases closed 2, 3 and 4 years ago today (and one open); their numbers by years."""
    numbers = {}
    with Vault.unlock(data_dir, PASSPHRASE) as vault:
        team = vault.team_id
        for years, family in ((2, "Okafor"), (3, "Petrović"), (4, "Haddad"), (None, "Nowak")):
            case_id, person_id = new_id(), new_id()
            number = vault.store.next_case_number(2020)
            closed = add_years(date.today(), -years) if years is not None else None
            case = {
                "schema": 1, "number": number, "status": "closed" if closed else "open",
                "closed_on": closed.isoformat() if closed else None, "start_date": "2019-05-02",
                "main_person_id": person_id,
            }  # fmt: skip
            person = {"schema": 1, "family_name": family, "given_names": "Amal", "role": "main"}
            vault.store.put_many(
                [
                    Record(case_id, "case", team, case_id, case),
                    Record(person_id, "person", team, case_id, person),
                ]
            )
            if years is not None:
                numbers[years] = number
    return numbers


def test_dry_run_lists_the_case_past_its_period_and_deletes_nothing(
    env: dict[str, str], data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["init"]) == 0
    numbers = closed_cases(data_dir)
    capsys.readouterr()

    assert main(["purge-due", "--dry-run", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    closed = add_years(date.today(), -4)
    assert out == {
        "retention_years": 3,
        "due": [
            {
                "case_id": out["due"][0]["case_id"],
                "number": numbers[4],
                "closed_on": closed.isoformat(),
                "due_since": due_date(closed, 3).isoformat(),
            }
        ],
    }
    text = run(env, "purge-due", "--dry-run")
    assert text.returncode == 0, text.stderr
    assert text.stdout.splitlines() == [
        f"{numbers[4]}  closed on {closed}  due since {due_date(closed, 3)}",
        "1 case(s) due for deletion (dry run: nothing deleted)",
    ]
    with Vault.unlock(data_dir, PASSPHRASE) as vault:
        assert len(list(vault.store.iter_records("case"))) == 4 and deletions(vault) == []


def test_purge_due_deletes_in_a_standalone_vault_and_keeps_the_record(
    env: dict[str, str], data_dir: Path, tmp_path: Path
) -> None:
    assert main(["init"]) == 0
    numbers = closed_cases(data_dir)
    policy = tmp_path / "policy.json"
    policy.write_text(json.dumps({"retention_years": 2}), encoding="utf-8")

    done = run({**env, "FALLAKTE_POLICY": str(policy)}, "purge-due", "--json")

    assert done.returncode == 0, done.stderr
    deleted = json.loads(done.stdout)["deleted"]
    assert sorted(r["number"] for r in deleted) == sorted([numbers[3], numbers[4]])
    with Vault.unlock(data_dir, PASSPHRASE) as vault:
        left = {r.payload["number"] for r in vault.store.iter_records("case")}
        assert numbers[2] in left and numbers[4] not in left and numbers[3] not in left
        assert sorted(d.case_number for d in deletions(vault)) == sorted([numbers[3], numbers[4]])
        assert not vault.index.search("Haddad") and vault.index.search("Okafor")
    stray = [p for p in data_dir.rglob("*") if p.is_file() and b"Haddad" in p.read_bytes()]
    assert stray == []
