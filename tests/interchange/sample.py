"""A small valid interchange document used by several tests (fictional people)."""

from __future__ import annotations

import copy
from typing import Any

SAMPLE: dict[str, Any] = {
    "format": "fallakte",
    "version": 1,
    "cases": [
        {
            "number": "IM-2026-00042",
            "status": "open",
            "start_date": "2026-01-15",
            "manager_name": "Katrin Vogel",
            "person": {
                "family_name": "Zaraqelyn",
                "given_names": "Quaxorbeth",
                "birth_date": "1913-07-29",
                "nationalities": ["SY"],
                "languages": ["ar", "de"],
            },
            "household": {
                "members": [
                    {
                        "family_name": "Zaraqelyn",
                        "given_names": "Omid",
                        "birth_date": "2015-03-02",
                        "relation": "child",
                    }
                ]
            },
            "sessions": [
                {
                    "date": "2026-02-01T10:00:00",
                    "duration_minutes": 45,
                    "form": "home_visit",
                    "topics": ["language", "housing"],
                    "notes": "Geheimnotiz Wolke",
                    "finalized": True,
                },
                {
                    "date": "2026-03-01T09:30:00",
                    "duration_minutes": 30,
                    "form": "phone",
                    "topics": ["work"],
                    "notes": "Entwurf",
                    "finalized": False,
                },
            ],
            "goals": [
                {
                    "field": "language",
                    "text": "B1 erreichen",
                    "status": "in_progress",
                    "created_on": "2026-01-20",
                    "steps": [
                        {
                            "text": "Kurs anmelden",
                            "responsible": "client",
                            "due_date": "2026-02-15",
                            "status": "done",
                        }
                    ],
                },
            ],
            "referrals": [
                {"target": "integration_course", "status": "started", "referred_on": "2026-02-02"}
            ],
            "follow_ups": [{"due_date": "2026-04-01", "text": "Kursbescheinigung"}],
            "consents": [{"given_on": "2026-01-15", "scope": "Beratung"}],
        },
        {
            "status": "open",
            "start_date": "2025-06-01",
            "person": {
                "family_name": "Kovalenko",
                "given_names": "Olena",
                "birth_date": "1980-11-30",
                "nationalities": ["UA"],
                "languages": ["uk"],
            },
            "household": {"members": []},
            "sessions": [],
            "goals": [],
            "referrals": [],
            "follow_ups": [],
            "consents": [],
        },
    ],
}


def sample() -> dict[str, Any]:
    """A fresh deep copy of the sample document."""
    return copy.deepcopy(SAMPLE)
