"""Small-cell suppression at 4, 5 and 6 persons, in the figures and in both file exports."""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from desktop_app.domain.ids import new_id
from desktop_app.domain.record import Record
from desktop_app.reports.build import make_report
from desktop_app.reports.csv_zip import write_csv_zip
from desktop_app.reports.model import Figure, Report, share, shown
from desktop_app.reports.period import Period
from desktop_app.reports.scope import ReportUser, Scope
from desktop_app.reports.xlsx import write_xlsx
from desktop_app.storage.vault import Vault


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    """Three households of 4, 5 and 6 persons, one per manager M4, M5, M6."""
    v = Vault.create(tmp_path_factory.mktemp("small") / "v", "small cells 2026", use_keyring=False)
    records = []
    for size in (4, 5, 6):
        case_id = new_id()
        person_ids = [new_id() for _ in range(size)]
        records.append(
            Record(
                case_id,
                "case",
                v.team_id,
                case_id,
                {
                    "schema": 1,
                    "manager_name": f"M{size}",
                    "start_date": "2026-01-01",
                    "main_person_id": person_ids[0],
                    "status": "open",
                },
            )
        )
        for n, pid in enumerate(person_ids):
            role = "main" if n == 0 else "member"
            records.append(Record(pid, "person", v.team_id, case_id, {"schema": 1, "role": role}))
        # one conversation with every member of the household
        records.append(
            Record(
                new_id(),
                "session",
                v.team_id,
                case_id,
                {
                    "schema": 1,
                    "started_at": "2026-02-01T09:00:00",
                    "duration_minutes": 60,
                    "form": "family",
                    "topics": ["family"],
                    "person_ids": person_ids,
                },
            )
        )
    v.store.put_many(records)
    yield v
    v.lock()


def _report(vault: Vault, size: int, suppress: bool) -> Report:
    return make_report(
        vault.store,
        Period.year(2026),
        Scope.parse(f"manager:M{size}"),
        ReportUser(vault.user_id, vault.user_name, True),
        team_name="Süd",
        mode="team" if suppress else "intern",
    )


@pytest.mark.parametrize(("size", "expected"), [(4, "•"), (5, 5), (6, 6)])
def test_persons_in_care_at_the_threshold(
    vault: Vault, tmp_path: Path, size: int, expected: object
) -> None:
    report = _report(vault, size, suppress=True)
    persons = report.table("overview").figure("Personen in Betreuung")
    assert persons.value == size and persons.persons == size
    assert shown(persons, True) == expected
    # the family conversation rests on all of them: 1 conversation, `size` persons
    talk = report.table("session_forms").figure("Familienberatung")
    assert talk.value == 1
    assert shown(talk, True) == ("•" if size == 4 else 1)
    write_xlsx(report, tmp_path / "r.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "r.xlsx")["Überblick"]
    cells = {r[0]: r[1] for r in sheet.iter_rows(min_row=6, values_only=True)}
    assert cells["Personen in Betreuung"] == expected
    write_csv_zip(report, tmp_path / "r.zip")
    with zipfile.ZipFile(tmp_path / "r.zip") as archive:
        text = archive.read("01 Überblick.csv").decode("utf-8-sig")
    rows = {r[0]: r[1] for r in csv.reader(io.StringIO(text), delimiter=";")}
    assert rows["Personen in Betreuung"] == str(expected)


def test_switched_off_for_internal_use(vault: Vault) -> None:
    report = _report(vault, 4, suppress=False)
    assert shown(report.table("overview").figure("Personen in Betreuung"), False) == 4
    assert "NUR FÜR DEN INTERNEN GEBRAUCH" in report.meta.suppression_note


def test_zero_and_missing_values() -> None:
    assert shown(Figure(0, persons=0), True) == 0  # nobody: nothing to recognise
    assert shown(Figure(None), True) == "–"
    assert shown(share(3, 40), True) == "•"  # the numerator is small
    assert shown(share(0, 3), True) == "•"  # the whole is small
    assert shown(share(10, 40), True) == 25.0
