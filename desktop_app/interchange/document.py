"""Interchange document ⇄ records. ``read_document`` validates everything before it builds
anything and reports every error with its JSON path; ``write_document`` is its inverse."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from desktop_app.domain.ids import is_uuid, new_id
from desktop_app.domain.payload import Payload
from desktop_app.domain.record import Record
from desktop_app.domain.records import (
    CLIENT,
    Agreement,
    Case,
    Consent,
    FollowUp,
    Goal,
    Household,
    HouseholdMember,
    Offer,
    Person,
    Referral,
    Session,
    Step,
)
from desktop_app.domain.stamps import modern
from desktop_app.domain.validation import ValidationContext, validate
from desktop_app.interchange.typecheck import check_object

FORMAT = "fallakte"
VERSION = 1

# section name in a case -> payload class
LIST_SECTIONS: dict[str, type[Payload]] = {
    "sessions": Session,
    "goals": Goal,
    "referrals": Referral,
    "follow_ups": FollowUp,
    "consents": Consent,
    "agreements": Agreement,
}
_RENAMES: dict[type[Payload], dict[str, str]] = {Session: {"started_at": "date"}}
_CASE_SKIP = frozenset({"main_person_id"})


class InvalidDocument(Exception):
    """A document that cannot be imported; ``errors`` lists every problem with its JSON path."""

    def __init__(self, errors: list[str]) -> None:
        super().__init__(f"{len(errors)} error(s) in the import file")
        self.errors = errors


@dataclass
class _Reader:
    team_id: str
    today: date
    errors: list[str] = field(default_factory=list)
    records: list[Record] = field(default_factory=list)
    seen_ids: dict[str, str] = field(default_factory=dict)

    def record_id(self, obj: dict[str, Any], path: str) -> str:
        rid = obj.get("id")
        if rid is None:
            return new_id()
        if not isinstance(rid, str) or not is_uuid(rid):
            self.errors.append(f"{path}.id: {rid!r} is not a record id (UUID)")
            return new_id()
        if rid in self.seen_ids:
            self.errors.append(f"{path}.id: duplicate id, also used at {self.seen_ids[rid]}")
        self.seen_ids[rid] = path
        return rid

    def typed(
        self, cls: type[Payload], obj: Any, path: str, skip: frozenset[str] = frozenset()
    ) -> Payload | None:
        renames = _RENAMES.get(cls, {})
        if isinstance(obj, dict):  # older files: updated_* for changed_* (domain/stamps.py)
            obj = modern({renames_back(renames, k): v for k, v in obj.items()})
        before = len(self.errors)
        if not check_object(cls, obj, path, self.errors, skip):
            return None
        if len(self.errors) > before:
            return None
        payload = {k: v for k, v in obj.items() if k != "id" and k not in skip}
        return cls.from_payload(payload)

    def checked(self, obj: Payload, path: str, context: ValidationContext | None = None) -> None:
        renames = _RENAMES.get(type(obj), {})
        for err in validate(obj, today=self.today, context=context):
            name = err.field
            for internal, external in renames.items():
                name = name.replace(internal, external)
            self.errors.append(f"{path}.{name}: {err.message}")

    def add(self, rid: str, kind: str, case_id: str, obj: Payload) -> None:
        self.records.append(Record(rid, kind, self.team_id, case_id, obj.to_payload()))


def renames_back(renames: dict[str, str], key: str) -> str:
    """The payload name of an interchange key."""
    for internal, external in renames.items():
        if key == external:
            return internal
    return key


def _read_case(r: _Reader, raw: Any, path: str) -> None:
    if not isinstance(raw, dict):
        r.errors.append(f"{path}: must be an object")
        return
    case_id = r.record_id(raw, path)
    sections = {"person", "household", *LIST_SECTIONS}
    case = r.typed(Case, {k: v for k, v in raw.items() if k not in sections}, path, _CASE_SKIP)
    person_raw = raw.get("person")
    if person_raw is None:
        r.errors.append(f"{path}.person: missing (every case needs its main client)")
        return
    person_id = r.record_id(person_raw, f"{path}.person") if isinstance(person_raw, dict) else ""
    person = r.typed(Person, person_raw, f"{path}.person")
    if isinstance(person, Person):
        person.role = "main"
        r.checked(person, f"{path}.person")
        r.add(person_id, "person", case_id, person)
    if isinstance(case, Case):
        case.main_person_id = person_id
        r.checked(case, path)
        r.add(case_id, "case", case_id, case)
    plan_start = case.start_date if isinstance(case, Case) else None
    members = _read_household(r, raw.get("household"), f"{path}.household", case_id, person_id)
    for name, cls in LIST_SECTIONS.items():
        _read_list(r, raw.get(name, []), f"{path}.{name}", cls, case_id, plan_start)
    _check_participants(r, raw.get("sessions"), f"{path}.sessions", members)


def _check_participants(r: _Reader, sessions: Any, path: str, members: set[str]) -> None:
    """A session's ``participants`` may name the client and this case's household members."""
    if not isinstance(sessions, list):
        return
    for i, item in enumerate(sessions):
        named = item.get("participants") if isinstance(item, dict) else None
        if not isinstance(named, list):
            continue
        for who in named:
            if who != CLIENT and isinstance(who, str) and is_uuid(who) and who not in members:
                r.errors.append(
                    f"{path}[{i}].participants: {who!r} is not the id of a household member"
                    " of this case"
                )


def _read_household(r: _Reader, raw: Any, path: str, case_id: str, main_id: str) -> set[str]:
    """Read the household; returns the ids of its members (the main client not included)."""
    if raw is None:
        raw = {"members": []}
    if not isinstance(raw, dict) or not isinstance(raw.get("members", []), list):
        r.errors.append(f"{path}: must be an object with a list of members")
        return set()
    household_id = r.record_id(raw, path)
    members = [HouseholdMember(person_id=main_id, relation="self")]
    for i, member in enumerate(raw.get("members", [])):
        mpath = f"{path}.members[{i}]"
        pid = r.record_id(member, mpath) if isinstance(member, dict) else ""
        person = r.typed(Person, member, mpath)
        if isinstance(person, Person):
            person.role = "member"
            r.checked(person, mpath)
            r.add(pid, "person", case_id, person)
            members.append(HouseholdMember(person_id=pid, relation=person.relation or "other"))
    r.add(household_id, "household", case_id, Household(members=members))
    return {m.person_id for m in members[1:]}


def _read_list(
    r: _Reader, raw: Any, path: str, cls: type[Payload], case_id: str, plan_start: date | None
) -> None:
    if not isinstance(raw, list):
        r.errors.append(f"{path}: must be a list")
        return
    for i, item in enumerate(raw):
        ipath = f"{path}[{i}]"
        rid = r.record_id(item, ipath) if isinstance(item, dict) else ""
        skip = frozenset({"steps"}) if cls is Goal else frozenset()
        obj = r.typed(cls, item, ipath, skip)
        if obj is None:
            continue
        r.checked(obj, ipath)
        r.add(rid, _kind(cls), case_id, obj)
        if cls is Goal:
            _read_steps(
                r,
                item.get("steps", []),
                f"{ipath}.steps",
                rid,
                case_id,
                plan_start or getattr(obj, "created_on", None),
            )


def _read_steps(
    r: _Reader, raw: Any, path: str, goal_id: str, case_id: str, plan_start: date | None
) -> None:
    if not isinstance(raw, list):
        r.errors.append(f"{path}: must be a list")
        return
    for i, item in enumerate(raw):
        ipath = f"{path}[{i}]"
        rid = r.record_id(item, ipath) if isinstance(item, dict) else ""
        step = r.typed(Step, item, ipath, frozenset({"goal_id"}))
        if isinstance(step, Step):
            step.goal_id = goal_id
            r.checked(step, ipath, ValidationContext(plan_start=plan_start))
            r.add(rid, "step", case_id, step)


def _kind(cls: type[Payload]) -> str:
    return str(getattr(cls, "KIND"))  # noqa: B009


def read_document(doc: Any, *, team_id: str, today: date | None = None) -> list[Record]:
    """All records of a document, or :class:`InvalidDocument` listing every error."""
    r = _Reader(team_id=team_id, today=today or date.today())
    if not isinstance(doc, dict):
        raise InvalidDocument(["$: the document must be a JSON object"])
    if doc.get("format") != FORMAT:
        r.errors.append(f"format: must be {FORMAT!r}, not {doc.get('format')!r}")
    if doc.get("version") != VERSION:
        r.errors.append(
            f"version: {doc.get('version')!r} is not supported "
            f"(this Fallakte reads version {VERSION})"
        )
    cases = doc.get("cases")
    if not isinstance(cases, list):
        r.errors.append("cases: must be a list")
        cases = []
    for i, raw in enumerate(cases):
        _read_case(r, raw, f"cases[{i}]")
    offers = doc.get("offers", [])
    _read_list(r, offers, "offers", Offer, "", None)
    if r.errors:
        raise InvalidDocument(r.errors)
    return r.records


# -- export ------------------------------------------------------------------------------
def _clean(payload: dict[str, Any], drop: Iterable[str] = ()) -> dict[str, Any]:
    skip = {"schema", *drop}
    return {k: v for k, v in payload.items() if k not in skip and v is not None}


def _export_item(record: Record, renames: dict[str, str] | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"id": record.id}
    for key, value in _clean(record.payload).items():
        out[(renames or {}).get(key, key)] = value
    return out


def case_document(records: Iterable[Record]) -> dict[str, Any]:
    """One case of the interchange document from the live records of that case."""
    by_kind: dict[str, list[Record]] = defaultdict(list)
    for record in records:
        if not record.deleted:
            by_kind[record.kind].append(record)
    (case,) = by_kind["case"]
    main_id = case.payload.get("main_person_id")
    persons = {p.id: p for p in by_kind["person"]}
    out = _export_item(case)
    out.pop("main_person_id", None)
    main = persons.pop(main_id) if main_id in persons else None
    out["person"] = _export_item(main) if main else {}
    out["person"].pop("role", None)
    households = by_kind["household"]
    members = [_export_item(p) for p in persons.values()]
    for member in members:
        member.pop("role", None)
    out["household"] = {"id": households[0].id if households else new_id(), "members": members}
    steps: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for step in by_kind["step"]:
        item = _export_item(step)
        steps[str(item.pop("goal_id", ""))].append(item)
    for name, cls in LIST_SECTIONS.items():
        renames = _RENAMES.get(cls, {})
        items = [_export_item(rec, renames) for rec in by_kind[_kind(cls)]]
        if cls is Goal:
            for item in items:
                item["steps"] = steps.get(item["id"], [])
        out[name] = items
    return out


def write_document(
    cases: Iterable[Iterable[Record]], offers: Iterable[Record] = ()
) -> dict[str, Any]:
    """The interchange document for the given cases (each an iterable of its records)."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "cases": [case_document(c) for c in cases],
        "offers": [_export_item(o) for o in offers if not o.deleted],
    }
