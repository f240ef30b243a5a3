"""What reports read from a record beyond dates and codes: who took part, who did the work,
which funding line, and the personal attributes of the *Auswertung im Team*.

``reports/load.py`` calls these when it turns a decrypted payload into a case's raw facts, so
the meaning of a field lives here and the loading (reading, caching, in parallel) lives there.
"""

from __future__ import annotations

from typing import Any

from desktop_app.domain.records import CLIENT

LOCAL_AUTHOR = "local"
"""``created_by`` of a standalone vault: no one in particular (the case's manager counts)."""


def participants_of(payload: dict[str, Any]) -> list[str]:
    """A session's participants as stored: ``"client"`` and person ids.

    ``participants`` if given; otherwise an older record's ``person_ids``; otherwise nobody
    named, which means the client alone (docs/RECORDS.md, *session*).
    """
    named = payload.get("participants") or payload.get("person_ids") or ()
    return [str(who) for who in named if isinstance(who, str) and who]


def author_of(payload: dict[str, Any]) -> str | None:
    """The user id that wrote a record first (None if unknown or a standalone vault's)."""
    author = payload.get("created_by")
    if not isinstance(author, str) or not author or author == LOCAL_AUTHOR:
        return None
    return author


def funding_of(payload: dict[str, Any]) -> str | None:
    """A case's funding line code (None if not recorded: the team default applies)."""
    value = payload.get("funding_line")
    return value if isinstance(value, str) and value else None


def person_attributes(payload: dict[str, Any]) -> list[Any]:
    """``[gender, birth year, first nationality, municipality]`` of a person (each None if not
    recorded; the municipality is the current housing's)."""
    gender = payload.get("gender")
    birth = payload.get("birth_date")
    year = int(birth[:4]) if isinstance(birth, str) and birth[:4].isdigit() else None
    nationalities = payload.get("nationalities")
    first = nationalities[0] if isinstance(nationalities, list) and nationalities else None
    housing = payload.get("housing")
    place = housing.get("municipality") if isinstance(housing, dict) else None
    return [
        gender if isinstance(gender, str) and gender else None,
        year,
        first if isinstance(first, str) else None,
        place.strip() if isinstance(place, str) and place.strip() else None,
    ]


def resolve(tokens: tuple[str, ...], main_person: str | None) -> tuple[str, ...]:
    """Participant tokens as person ids: ``"client"`` is the case's main client."""
    if CLIENT not in tokens:
        return tokens
    return tuple(main_person or "" if who == CLIENT else who for who in tokens)
