"""A hand-built team for report tests: five cases, eleven persons, sessions, goals, referrals.

Every expected figure in ``test_figures.py`` is derived by hand from what is written here, with
a comment per figure; the report code is never used to make an expectation. Names are invented.

Period under test: the calendar year 2026. The vault's user "Anna Lead" leads the team.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_app.domain.ids import new_id
from desktop_app.domain.record import Record
from desktop_app.storage.vault import Vault

PASSPHRASE = "Fixture passphrase 2026"
USER = "Anna Lead"
OTHER = "Ben Berg"

# Every client name written into the vault; no export may contain any of them.
CLIENT_NAMES = (
    "Quellmann",
    "Ilkanur",
    "Vardanyan",
    "Tigranuhi",
    "Okonkwo-Brandt",
    "Chiamaka",
    "Sverdlovskaja",
    "Oleksandra",
    "Haddadin",
    "Yousra",
    "Mbeki-Lorenz",
)


@dataclass
class Team:
    """The vault and the ids the tests refer to."""

    vault: Vault
    ids: dict[str, str]


def _person(name: tuple[str, str], role: str, **fields: Any) -> dict[str, Any]:
    payload: dict[str, Any] = {
        "schema": 1,
        "family_name": name[0],
        "given_names": name[1],
        "role": role,
        "language_levels": [],
        "employment": [],
        "benefits": [],
        "residence_status": None,
        "housing": None,
    }
    payload.update(fields)
    return payload


def _de(*levels: tuple[str, str]) -> list[dict[str, Any]]:
    return [{"language": "de", "level": lvl, "assessed_on": on} for on, lvl in levels]


def _jobs(*entries: tuple[str, str]) -> list[dict[str, Any]]:
    return [{"status": st, "employer": None, "since": on} for on, st in entries]


def _benefits(*entries: tuple[str, str]) -> list[dict[str, Any]]:
    return [{"kind": k, "since": on} for on, k in entries]


def _housing(kind: str, since: str) -> dict[str, Any]:
    return {"kind": kind, "address": "Musterweg 1", "municipality": "Teststadt", "since": since}


def _residence(kind: str, since: str) -> dict[str, Any]:
    return {"kind": kind, "paragraph": None, "expires_on": None, "since": since}


def _case(number: str, manager: str, main: str, start: str, **fields: Any) -> dict[str, Any]:
    payload = {
        "schema": 1,
        "number": number,
        "status": "open",
        "manager_id": None,
        "manager_name": manager,
        "main_person_id": main,
        "start_date": start,
        "closed_on": None,
        "closing_reason": None,
    }
    payload.update(fields)
    return payload


def _session(
    day: str,
    minutes: int,
    form: str,
    topics: list[str],
    persons: list[str],
    lang: str | None = None,
) -> dict[str, Any]:
    return {
        "schema": 1,
        "started_at": f"{day}T10:00:00",
        "duration_minutes": minutes,
        "form": form,
        "interpreter_language": lang,
        "topics": topics,
        "person_ids": persons,
        "notes": "Gespräch mit Quellmann über Wohnungssuche",  # a name in notes: never exported
        "finalized": True,
    }


def _goal(
    field: str, status: str, created: str, changed: str | None, review: str | None
) -> dict[str, Any]:
    return {
        "schema": 1,
        "field": field,
        "text": "Ziel von Vardanyan",
        "status": status,
        "created_on": created,
        "status_changed_on": changed,
        "review_date": review,
    }


def build_team(data_dir: Path) -> Team:
    """Write the fixture into a new vault (person versions first, so history exists)."""
    vault = Vault.create(data_dir, PASSPHRASE, user_name=USER, use_keyring=False)
    ids = {k: new_id() for k in ["A", "B", "C", "D", "E", "F"]}
    ids.update({k: new_id() for k in ["A1", "A2", "A3", "B1", "C1", "C2", "D1", "E1", "F1"]})
    t = vault.team_id
    rec: list[Record] = []

    def add(kind: str, case: str, payload: dict[str, Any], rid: str | None = None) -> None:
        rec.append(Record(rid or new_id(), kind, t, ids[case], payload))

    # -- cases ------------------------------------------------------------------------------
    add("case", "A", _case("IM-2025-00001", USER, ids["A1"], "2025-06-01"), ids["A"])
    add(
        "case",
        "B",
        _case(
            "IM-2026-00002",
            USER,
            ids["B1"],
            "2026-03-10",
            status="closed",
            closed_on="2026-10-05",
            closing_reason="goals_reached",
        ),
        ids["B"],
    )
    add("case", "C", _case("IM-2024-00003", OTHER, ids["C1"], "2024-01-15"), ids["C"])
    add("case", "D", _case("IM-2026-00004", OTHER, ids["D1"], "2026-11-20"), ids["D"])
    add(
        "case",
        "E",
        _case(
            "IM-2023-00005",
            USER,
            ids["E1"],
            "2023-01-01",
            status="closed",
            closed_on="2025-12-31",
            closing_reason="moved_away",
        ),
        ids["E"],
    )
    add("case", "F", _case("IM-2027-00006", "", ids["F1"], "2027-01-05"), ids["F"])

    # -- persons: first versions -------------------------------------------------------------
    persons_v1 = {
        "A1": _person(
            ("Quellmann", "Ilkanur"),
            "main",
            language_levels=_de(("2025-06-01", "A1"), ("2026-05-01", "B1")),
            employment=_jobs(
                ("2025-06-01", "none"), ("2025-09-01", "course"), ("2026-07-01", "part_time")
            ),
            benefits=_benefits(("2025-06-01", "sgb2"), ("2026-08-01", "none")),
            housing=_housing("follow_up_housing", "2025-06-01"),
            residence_status=_residence("duldung", "2025-06-01"),
        ),
        "A2": _person(
            ("Quellmann", "Tigranuhi"),
            "member",
            relation="spouse",
            language_levels=_de(("2026-02-01", "none"), ("2026-10-01", "A2")),
            employment=_jobs(("2026-01-01", "none")),
        ),
        "A3": _person(("Quellmann", "Chiamaka"), "member", relation="child"),
        "B1": _person(
            ("Vardanyan", "Oleksandra"),
            "main",
            language_levels=_de(("2026-03-10", "A1")),
            employment=_jobs(
                ("2026-03-10", "none"), ("2026-04-01", "minijob"), ("2026-08-01", "full_time")
            ),
            benefits=_benefits(("2026-03-10", "asylblg"), ("2026-06-01", "sgb2")),
            housing=_housing("follow_up_housing", "2026-03-10"),
            residence_status=_residence("aufenthaltserlaubnis", "2026-03-10"),
        ),
        "C1": _person(
            ("Okonkwo-Brandt", "Yousra"),
            "main",
            language_levels=_de(("2024-01-15", "A2"), ("2025-09-01", "B1")),
            employment=_jobs(("2024-01-15", "full_time")),
            benefits=_benefits(("2024-01-15", "none")),
            housing=_housing("private_flat", "2024-01-15"),
        ),
        "C2": _person(
            ("Okonkwo-Brandt", "Chiamaka"),
            "member",
            relation="child",
            employment=_jobs(("2024-01-15", "none"), ("2026-09-01", "training")),
            benefits=_benefits(("2024-01-15", "sgb2"), ("2025-12-01", "none")),
            residence_status=_residence("aufenthaltserlaubnis", "2024-01-15"),
        ),
        "D1": _person(
            ("Sverdlovskaja", "Oleksandra"),
            "main",
            residence_status=_residence("temporary_protection_24", "2026-11-20"),
        ),
        "E1": _person(
            ("Haddadin", "Yousra"),
            "main",
            language_levels=_de(("2025-01-01", "none"), ("2026-02-01", "A2")),
            employment=_jobs(("2023-01-01", "none"), ("2026-03-01", "full_time")),
        ),
        "F1": _person(("Mbeki-Lorenz", "Ilkanur"), "main"),
    }
    case_of = {p: p[0] for p in persons_v1}
    for key, payload in persons_v1.items():
        add("person", case_of[key], payload, ids[key])
    vault.store.put_many(rec)
    rec.clear()

    # -- person changes: the earlier versions go to the record history -------------------------
    changed = {
        # A1 moves to a private flat in September and gets a residence permit in March.
        "A1": {
            "housing": _housing("private_flat", "2026-09-15"),
            "residence_status": _residence("aufenthaltserlaubnis", "2026-03-01"),
        },
        # C2 gets a settlement permit in October.
        "C2": {"residence_status": _residence("niederlassungserlaubnis", "2026-10-10")},
        # B1 finds a flat only in 2027; the permit is extended (same kind, new date).
        "B1": {
            "housing": _housing("private_flat", "2027-01-10"),
            "residence_status": _residence("aufenthaltserlaubnis", "2026-09-10"),
        },
        # D1's housing is recorded for the first time (no earlier housing: not "found").
        "D1": {"housing": _housing("private_flat", "2026-12-01")},
    }
    for key, update in changed.items():
        add("person", case_of[key], {**persons_v1[key], **update}, ids[key])

    # -- sessions ----------------------------------------------------------------------------
    i = ids
    for case, payload in (
        ("A", _session("2026-01-10", 60, "individual", ["language", "work"], [i["A1"]], "ar")),
        ("A", _session("2026-01-20", 30, "home_visit", ["housing"], [i["A1"], i["A2"]])),
        ("A", _session("2026-02-05", 30, "phone", ["work"], [])),
        (
            "B",
            _session("2026-03-15", 90, "family", ["school_childcare", "family"], [i["B1"]], "fa"),
        ),
        ("B", _session("2026-09-30", 30, "phone", ["residence_authorities"], [i["B1"]])),
        ("C", _session("2026-06-01", 60, "home_visit", ["health"], [i["C2"]])),
        ("C", _session("2025-12-31", 60, "individual", ["language"], [i["C1"]])),
        ("E", _session("2025-05-01", 30, "individual", ["work"], [i["E1"]])),
        ("D", _session("2026-12-01", 30, "video", ["language"], [i["D1"]])),
        ("A", _session("2027-01-02", 45, "individual", ["work"], [i["A1"]])),
    ):
        add("session", case, payload)

    # -- goals -------------------------------------------------------------------------------
    for case, payload in (
        ("A", _goal("language", "reached", "2025-07-01", "2026-04-01", "2026-06-01")),
        ("A", _goal("work", "in_progress", "2026-02-01", "2026-02-01", "2026-05-01")),
        ("B", _goal("school_childcare", "reached", "2026-03-20", "2026-08-15", None)),
        ("B", _goal("health", "partly_reached", "2026-03-20", "2026-09-01", None)),
        ("C", _goal("housing", "not_reached", "2024-02-01", "2026-05-05", "2026-01-01")),
        ("C", _goal("health", "reached", "2024-02-01", "2025-11-01", None)),
        ("D", _goal("language", "open", "2027-01-10", None, "2027-03-01")),
        ("E", _goal("work", "dropped", "2023-02-01", "2023-06-01", None)),
    ):
        add("goal", case, payload)

    # -- agreements --------------------------------------------------------------------------
    for case, number, signed in (
        ("A", 1, "2026-02-10"),
        ("A", 2, "2026-06-01"),
        ("C", 1, "2024-03-01"),
        ("D", 1, "2027-01-15"),
    ):
        add(
            "agreement",
            case,
            {
                "schema": 1,
                "number": number,
                "signed_on": signed,
                "signed_by": [{"name": "Ilkanur Quellmann", "role": "client"}],
                "plan": [],
            },
        )

    # -- referrals ---------------------------------------------------------------------------
    for case, target, status, on, person in (
        ("A", "jobcenter", "started", "2026-02-01", "A1"),
        ("A", "integration_course", "completed", "2026-03-01", "A2"),
        ("B", "school_social_work", "accepted", "2026-04-01", "B1"),
        ("C", "jobcenter", "aborted", "2026-07-01", "C1"),
        ("C", "jobcenter", "started", "2025-10-01", "C1"),
    ):
        add(
            "referral",
            case,
            {
                "schema": 1,
                "target": target,
                "status": status,
                "referred_on": on,
                "status_changed_on": on,
                "person_id": ids[person],
                "outcome": None,
            },
        )
    vault.store.put_many(rec)
    return Team(vault, ids)
