"""Generate fictional, realistic caseloads: households, sessions over up to three years, plans
with goals and steps in varied states, referrals, follow-ups and consents.

The same seed and ``today`` give the same content (record ids are fresh UUIDv7s).
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from desktop_app.demo.pools import (
    GOAL_TEXTS,
    MANAGERS,
    MUNICIPALITIES,
    NOTE_SNIPPETS,
    PLACES,
    STEP_TEXTS,
    NamePools,
    build_pools,
    pick_origin,
)
from desktop_app.domain.dates import planned_end
from desktop_app.domain.ids import format_case_number, new_id
from desktop_app.domain.record import Record

FIELDS = list(NOTE_SNIPPETS)
FORMS = (
    ["individual"] * 5
    + ["family"] * 2
    + ["home_visit"] * 2
    + ["phone", "video", "group", "accompaniment"]
)
GOAL_STATES = [
    "open",
    "in_progress",
    "in_progress",
    "reached",
    "partly_reached",
    "not_reached",
    "dropped",
]
TARGETS = [
    "integration_course",
    "language_course_dff",
    "jobcenter",
    "employment_agency",
    "recognition_counselling",
    "migration_counselling",
    "school_social_work",
    "volunteering",
    "health",
]
REF_STATES = ["referred", "accepted", "started", "completed", "aborted"]
CEFR = ["none", "A1", "A2", "B1", "B2", "C1"]


@dataclass
class _Ctx:
    rng: random.Random
    pools: NamePools
    team_id: str
    today: date
    sessions_per_case: int


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _day(rng: random.Random, start: date, end: date) -> date:
    span = max(0, (end - start).days)
    return start + timedelta(days=rng.randint(0, span))


def _person(
    c: _Ctx, origin: str, family: str, *, role: str, relation: str | None, age: int, start: date
) -> dict[str, Any]:
    rng = c.rng
    _, female, male, languages = c.pools.by_origin[origin]
    gender = rng.choice(["female", "male"])
    given = rng.choice(female if gender == "female" else male)
    birth = date(c.today.year - age, rng.randint(1, 12), rng.randint(1, 28))
    level_start = rng.choice(CEFR[:3])
    levels = [
        {"language": "de", "level": level_start, "course_status": None, "assessed_on": _iso(start)}
    ]
    if rng.random() < 0.5:
        gained = CEFR[min(len(CEFR) - 1, CEFR.index(level_start) + rng.randint(1, 2))]
        levels.append(
            {
                "language": "de",
                "level": gained,
                "course_status": "completed",
                "assessed_on": _iso(_day(rng, start, c.today)),
            }
        )
    employment = [{"status": "none", "employer": None, "since": _iso(start)}]
    if age >= 18 and rng.random() < 0.35:
        employment.append(
            {
                "status": rng.choice(["course", "training", "minijob", "part_time", "full_time"]),
                "employer": None,
                "since": _iso(_day(rng, start, c.today)),
            }
        )
    benefits = [{"kind": rng.choice(["sgb2", "sgb2", "asylblg"]), "since": _iso(start)}]
    if rng.random() < 0.15:
        benefits.append({"kind": "none", "since": _iso(_day(rng, start, c.today))})
    return {
        "schema": 1,
        "family_name": family,
        "given_names": given,
        "birth_date": _iso(birth),
        "gender": gender,
        "nationalities": [origin if origin != "DE" else "SY"],
        "languages": languages[: rng.randint(1, len(languages))],
        "interpreter_needed": rng.random() < 0.4,
        "interpreter_language": languages[0] if rng.random() < 0.4 else None,
        "phone": f"01{rng.randint(50, 79)} {rng.randint(1000000, 9999999)}" if age >= 16 else None,
        "role": role,
        "relation": relation,
        "residence_status": {
            "kind": "temporary_protection_24"
            if origin == "UA"
            else rng.choice(
                ["aufenthaltserlaubnis", "aufenthaltserlaubnis", "gestattung", "duldung"]
            ),
            "paragraph": "§ 25 Abs. 2 AufenthG" if origin != "UA" else "§ 24 AufenthG",
            "expires_on": _iso(c.today + timedelta(days=rng.randint(-30, 900))),
            "since": _iso(start),
        },
        "housing": {
            "kind": "private_flat" if rng.random() < 0.2 else "follow_up_housing",
            "address": f"{rng.choice(['Haupt', 'Garten', 'Schul', 'Linden'])}straße "
            f"{rng.randint(1, 120)}",
            "municipality": rng.choice(MUNICIPALITIES),
            "since": _iso(start),
        },
        "language_levels": levels,
        "education": None,
        "employment": employment,
        "benefits": benefits,
        "health_notes": None,
    }


def _rec(
    c: _Ctx, kind: str, case_id: str, payload: dict[str, Any], rid: str | None = None
) -> Record:
    payload.setdefault("schema", 1)
    return Record(rid or new_id(), kind, c.team_id, case_id, payload)


def _sessions(c: _Ctx, case_id: str, start: date, person_ids: list[str]) -> Iterator[Record]:
    rng = c.rng
    end = min(c.today, planned_end(start))
    days = sorted(_day(rng, start, end) for _ in range(c.sessions_per_case))
    for i, day in enumerate(days):
        topics = rng.sample(FIELDS, rng.randint(1, 3))
        draft = i == len(days) - 1 and rng.random() < 0.05
        at = datetime.combine(day, time(rng.randint(8, 17), rng.choice([0, 15, 30, 45])))
        yield _rec(
            c,
            "session",
            case_id,
            {
                "started_at": at.isoformat(),
                "duration_minutes": rng.choice([15, 30, 45, 60, 90]),
                "form": rng.choice(FORMS),
                "place": rng.choice(PLACES),
                "interpreter_language": None,
                "person_ids": person_ids[:1],
                "topics": topics,
                "notes": " ".join(rng.choice(NOTE_SNIPPETS[t]) for t in topics),
                "next_steps": rng.choice(STEP_TEXTS),
                "follow_up_date": None,
                "finalized": not draft,
                "finalized_at": None if draft else at.isoformat(),
                "amendments": [],
            },
        )


def _plan(c: _Ctx, case_id: str, start: date) -> Iterator[Record]:
    rng = c.rng
    for field in rng.sample(list(GOAL_TEXTS), rng.randint(1, 3)):
        created = _day(rng, start, min(c.today, start + timedelta(days=90)))
        status = rng.choice(GOAL_STATES)
        text, target = GOAL_TEXTS[field]
        goal_id = new_id()
        yield _rec(
            c,
            "goal",
            case_id,
            {
                "field": field,
                "text": text,
                "target": target,
                "status": status,
                "review_date": _iso(created + timedelta(days=rng.randint(60, 240))),
                "created_on": _iso(created),
                "status_changed_on": _iso(_day(rng, created, c.today)),
            },
            goal_id,
        )
        for _ in range(rng.randint(1, 2)):
            due = created + timedelta(days=rng.randint(14, 120))
            done = rng.random() < 0.5
            yield _rec(
                c,
                "step",
                case_id,
                {
                    "goal_id": goal_id,
                    "text": rng.choice(STEP_TEXTS),
                    "responsible": rng.choice(["client", "manager", "third_party"]),
                    "due_date": _iso(due),
                    "status": "done" if done else "open",
                    "done_on": _iso(min(due, c.today)) if done else None,
                },
            )


def _extras(c: _Ctx, case_id: str, start: date, person_id: str) -> Iterator[Record]:
    rng = c.rng
    yield _rec(
        c,
        "consent",
        case_id,
        {
            "person_id": person_id,
            "given_on": _iso(start),
            "scope": "Beratung und Vermittlung",
            "recipient": "Jobcenter, Ausländerbehörde",
            "purpose": "Integrationsmanagement",
            "revoked_on": None if rng.random() < 0.95 else _iso(_day(rng, start, c.today)),
        },
    )
    for _ in range(rng.randint(0, 2)):
        referred = _day(rng, start, c.today)
        yield _rec(
            c,
            "referral",
            case_id,
            {
                "target": rng.choice(TARGETS),
                "offer_id": None,
                "goal_id": None,
                "person_id": person_id,
                "status": rng.choice(REF_STATES),
                "referred_on": _iso(referred),
                "status_changed_on": _iso(_day(rng, referred, c.today)),
                "outcome": None,
            },
        )
    for _ in range(rng.randint(0, 2)):
        due = c.today + timedelta(days=rng.randint(-10, 40))
        yield _rec(
            c,
            "follow_up",
            case_id,
            {
                "due_date": _iso(due),
                "text": rng.choice(STEP_TEXTS),
                "done": due < c.today and rng.random() < 0.5,
                "done_on": None,
                "session_id": None,
            },
        )


def generate_case(c: _Ctx, serial: int) -> list[Record]:
    """Every record of one fictional case."""
    rng = c.rng
    origin = pick_origin(rng)
    family = rng.choice(c.pools.by_origin[origin][0])
    start = c.today - timedelta(days=rng.randint(10, 3 * 365))
    case_id, main_id = new_id(), new_id()
    people = [
        (
            main_id,
            _person(
                c, origin, family, role="main", relation=None, age=rng.randint(19, 60), start=start
            ),
        )
    ]
    for _ in range(rng.choice([0, 0, 1, 1, 2, 3])):
        relation = rng.choice(["spouse", "child", "child"])
        age = rng.randint(1, 17) if relation == "child" else rng.randint(19, 60)
        people.append(
            (
                new_id(),
                _person(c, origin, family, role="member", relation=relation, age=age, start=start),
            )
        )
    closed = start < c.today - timedelta(days=900) and rng.random() < 0.5
    records = [
        _rec(
            c,
            "case",
            case_id,
            {
                "number": format_case_number(start.year, serial),
                "status": "closed" if closed else rng.choice(["open"] * 9 + ["paused"]),
                "manager_id": None,
                "manager_name": rng.choice(MANAGERS),
                "main_person_id": main_id,
                "start_date": _iso(start),
                "planned_end_date": _iso(planned_end(start)),
                "extension_reason": None,
                "closed_on": _iso(c.today - timedelta(days=rng.randint(1, 60))) if closed else None,
                "closing_reason": rng.choice(["goals_reached", "moved_away"]) if closed else None,
            },
            case_id,
        )
    ]
    records += [_rec(c, "person", case_id, p, pid) for pid, p in people]
    records.append(
        _rec(
            c,
            "household",
            case_id,
            {
                "members": [
                    {"person_id": pid, "relation": p["relation"] or "self"} for pid, p in people
                ]
            },
        )
    )
    records += _sessions(c, case_id, start, [main_id])
    records += _plan(c, case_id, start)
    records += _extras(c, case_id, start, main_id)
    return records


def generate(
    cases: int,
    *,
    team_id: str,
    sessions_per_case: int = 20,
    seed: int = 1,
    today: date | None = None,
    first_serial: int = 1,
) -> Iterator[list[Record]]:
    """Yield the records of ``cases`` fictional cases, one list per case."""
    ctx = _Ctx(
        random.Random(seed), build_pools(seed), team_id, today or date.today(), sessions_per_case
    )
    for i in range(cases):
        yield generate_case(ctx, first_serial + i)


def generate_offers(team_id: str, seed: int = 1) -> list[Record]:
    """A small directory of fictional local offers."""
    rng = random.Random(seed)
    titles = [
        ("Integrationskurs mit Alphabetisierung", "Volkshochschule", "integration_course"),
        ("Deutsch für Flüchtlinge (Abendkurs)", "Bildungswerk", "language_course_dff"),
        ("Anerkennungsberatung IQ", "IQ Netzwerk BW", "recognition_counselling"),
        ("Migrationsberatung für Erwachsene", "Caritasverband", "migration_counselling"),
        ("Sprach-Café im Stadtteil", "Ehrenamtskreis Asyl", "volunteering"),
    ]
    offers = []
    for title, provider, category in titles:
        offers.append(
            Record(
                new_id(),
                "offer",
                team_id,
                "",
                {
                    "schema": 1,
                    "title": title,
                    "provider": provider,
                    "category": category,
                    "contact_name": rng.choice(MANAGERS),
                    "phone": f"07{rng.randint(100, 999)} {rng.randint(10000, 99999)}",
                    "email": None,
                    "address": rng.choice(MUNICIPALITIES),
                    "languages": ["de", "ar"][: rng.randint(1, 2)],
                    "start_dates": [],
                    "notes": None,
                },
            )
        )
    return offers
